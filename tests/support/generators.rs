//! Plan generators shared by the property tests and the command lint: valid plans of every
//! kind, with every choice of the form varied (failure, mirroring and which side was lost, CMS
//! host known or not, paired with or without failover, Edge next hop, stores, default or named
//! SQL instances).

use lync_restore::plan::{
    BackEnd, ChatBackupMethod, Failure, MirrorLoss, PersistentChat, Plan, PoolKind, SqlStore,
    StoreLocation, validate,
};
use proptest::prelude::*;

pub fn kind() -> impl Strategy<Value = PoolKind> {
    prop::sample::select(PoolKind::ALL.to_vec())
}

pub fn loss() -> impl Strategy<Value = MirrorLoss> {
    prop::sample::select(vec![
        MirrorLoss::Both,
        MirrorLoss::Primary,
        MirrorLoss::Mirror,
    ])
}

pub fn location() -> impl Strategy<Value = StoreLocation> {
    prop::sample::select(vec![
        StoreLocation::None,
        StoreLocation::Collocated,
        StoreLocation::StandAlone,
    ])
}

/// A syntactically valid FQDN.
pub fn fqdn() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9-]{0,10}[a-z0-9]", "[a-z]{2,8}")
        .prop_map(|(host, dom)| format!("{host}.{dom}.com"))
}

/// A valid plan of any kind, with a random failure selection among its own servers.
pub fn valid_plan() -> impl Strategy<Value = Plan> {
    (
        kind(),
        fqdn(),
        prop::collection::btree_set(fqdn(), 1..12),
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            loss(),
        ),
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        (location(), location(), any::<bool>(), any::<bool>()),
        prop::collection::vec(any::<bool>(), 12),
        // failover, CMS host unknown, an Edge next hop, default instances (Back End, mirror, others)
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
    )
        .prop_map(|(kind, pool, servers, fail, opts, stores, picks, more)| {
            let (fail_over, cms_unknown, edge, default_be, default_mirror, default_other) = more;
            let instance = |default: bool, name: &str| {
                if default {
                    "MSSQLSERVER".to_string()
                } else {
                    name.to_string()
                }
            };
            let servers: Vec<String> = servers.into_iter().filter(|s| *s != pool).collect();
            let (whole, be, fs, arch, lost) = fail;
            let (mirrored, cms, rgs, paired, mediation) = opts;
            let (archiving, monitoring, chat_export, compliance) = stores;
            let failed: Vec<String> = servers
                .iter()
                .zip(&picks)
                .filter(|(_, p)| **p)
                .map(|(s, _)| s.clone())
                .collect();
            let sql = |name: &str| SqlStore {
                location: StoreLocation::None,
                sql_fqdn: format!("{name}.contoso.com"),
                sql_instance: instance(default_other, name),
            };
            Plan {
                kind,
                pool_fqdn: pool,
                site: "Site".into(),
                servers,
                failure: Failure {
                    whole_pool: whole || (failed.is_empty() && !be && !fs && !arch),
                    servers: failed,
                    back_end: be,
                    file_store: fs,
                    archiving_store: arch,
                },
                back_end: BackEnd {
                    sql_fqdn: "sql01.contoso.com".into(),
                    sql_instance: instance(default_be, "rtc"),
                    mirrored,
                    mirror_fqdn: "sql02.contoso.com".into(),
                    mirror_instance: instance(default_mirror, "rtc"),
                    witness_fqdn: String::new(),
                    lost,
                },
                hosts_cms: cms,
                cms_unknown: cms_unknown && !cms,
                fail_over: fail_over && paired,
                backup_sql_fqdn: if paired {
                    "sql11.contoso.com".into()
                } else {
                    String::new()
                },
                backup_sql_instance: instance(default_other, "rtc"),
                edge_pool: if edge && paired {
                    "edge01.contoso.com".into()
                } else {
                    String::new()
                },
                response_group: rgs,
                mediation_collocated: mediation,
                archiving: SqlStore {
                    location: archiving,
                    ..sql("arch")
                },
                monitoring: SqlStore {
                    location: monitoring,
                    ..sql("mon")
                },
                persistent_chat: PersistentChat {
                    enabled: true,
                    sql_fqdn: "chatsql.contoso.com".into(),
                    sql_instance: instance(default_other, "mgc"),
                    compliance,
                    backup_method: if chat_export {
                        ChatBackupMethod::Export
                    } else {
                        ChatBackupMethod::SqlBackup
                    },
                },
                file_store: r"\\fs01.contoso.com\share".into(),
                backup_pool: if paired {
                    "pool02.contoso.com".into()
                } else {
                    String::new()
                },
                backup: lync_restore::plan::BackupFiles {
                    location: r"\\backup01.contoso.com\LyncBackup".into(),
                    ..Default::default()
                },
                ..Plan::default()
            }
        })
        .prop_filter("Front End pools have at most 12 servers", |p| {
            validate(p).is_empty()
        })
}
