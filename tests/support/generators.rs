//! Plan generators shared by the property tests, the format tests and the command lint: any
//! plan at all (arbitrary text, every field varied), and valid plans of every kind, with every
//! choice of the form varied (failure, mirroring and which side was lost, CMS host known or
//! not, paired with or without failover, Edge next hop, stores, default or named SQL instances).

use lync_restore::plan::{
    BackEnd, BackupFiles, ChatBackupMethod, Failure, MirrorLoss, PersistentChat, Plan, PoolKind,
    SqlStore, StoreLocation, Version, validate,
};
use proptest::prelude::*;

pub fn kind() -> impl Strategy<Value = PoolKind> {
    prop::sample::select(PoolKind::ALL.to_vec())
}

pub fn loss() -> impl Strategy<Value = MirrorLoss> {
    prop::sample::select(MirrorLoss::ALL.to_vec())
}

pub fn location() -> impl Strategy<Value = StoreLocation> {
    prop::sample::select(StoreLocation::ALL.to_vec())
}

/// Any text: arbitrary, name-like or empty.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-z0-9.-]{0,30}", Just(String::new())]
}

/// Any plan at all: arbitrary text everywhere, every field of every part varied on its own (the struct literals list every
/// field, so a field added to a type must be added here before this compiles).
pub fn any_plan() -> impl Strategy<Value = Plan> {
    let texts = prop::collection::vec(any_text(), 26);
    let version = prop::sample::select(Version::ALL.to_vec());
    let flags = prop::collection::vec(any::<bool>(), 17);
    let lists = (
        prop::collection::vec(any_text(), 0..14),
        prop::collection::vec(any_text(), 0..3),
    );
    let choices = (
        kind(),
        prop::sample::select(MirrorLoss::ALL.to_vec()),
        location(),
        location(),
        prop::sample::select(ChatBackupMethod::ALL.to_vec()),
    );
    (texts, flags, lists, choices, version).prop_map(
        |(t, f, (servers, failed), (kind, lost, archiving, monitoring, method), version)| Plan {
            format_version: 1,
            kind,
            pool_fqdn: t[0].clone(),
            site: t[1].clone(),
            servers,
            failure: Failure {
                whole_pool: f[0],
                servers: failed,
                back_end: f[1],
                file_store: f[2],
                archiving_store: f[3],
                monitoring_store: f[13],
                file_store_kept: f[14],
            },
            back_end: BackEnd {
                sql_fqdn: t[2].clone(),
                sql_instance: t[3].clone(),
                mirrored: f[4],
                mirror_fqdn: t[4].clone(),
                mirror_instance: t[5].clone(),
                witness_fqdn: t[6].clone(),
                lost,
                always_on: f[12],
                primary_replica: t[25].clone(),
                mirror_unknown: f[16],
            },
            hosts_cms: f[5],
            response_group: f[6],
            mediation_collocated: f[7],
            archiving: SqlStore {
                location: archiving,
                sql_fqdn: t[7].clone(),
                sql_instance: t[8].clone(),
            },
            monitoring: SqlStore {
                location: monitoring,
                sql_fqdn: t[9].clone(),
                sql_instance: t[10].clone(),
            },
            persistent_chat: PersistentChat {
                enabled: f[8],
                sql_fqdn: t[11].clone(),
                sql_instance: t[12].clone(),
                compliance: f[9],
                backup_method: method,
            },
            file_store: t[13].clone(),
            backup_pool: t[14].clone(),
            backup: BackupFiles {
                location: t[15].clone(),
                local_folder: t[16].clone(),
                user_data: t[17].clone(),
                config: t[18].clone(),
                lis: t[19].clone(),
                rgs: t[20].clone(),
                chat: t[21].clone(),
            },
            cms_unknown: f[10],
            fail_over: f[11],
            backup_sql_fqdn: t[22].clone(),
            backup_sql_instance: t[23].clone(),
            edge_pool: t[24].clone(),
            version,
            response_group_unknown: f[15],
        },
    )
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
            any::<bool>(),
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
        // the product version, an Always On Back End
        (prop::sample::select(Version::ALL.to_vec()), any::<bool>()),
        // failover, CMS host unknown, an Edge next hop, default instances (Back End, mirror, others)
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        // Archiving and Monitoring on one SQL Server, a DFS namespace as the file store
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(kind, pool, servers, fail, opts, stores, picks, product, more, shared)| {
                // A version without the pool's role would be refused: such plans are not valid.
                let (version, always_on) = match product {
                    (v, _) if kind == PoolKind::PersistentChat && !v.has_persistent_chat() => {
                        (Version::SfB2015, false)
                    }
                    (v, on) => (v, on && v.has_always_on()),
                };
                let (fail_over, cms_unknown, edge, default_be, default_mirror, default_other) =
                    more;
                let instance = |default: bool, name: &str| {
                    if default {
                        "MSSQLSERVER".to_string()
                    } else {
                        name.to_string()
                    }
                };
                let servers: Vec<String> = servers.into_iter().filter(|s| *s != pool).collect();
                let (whole, be, fs, arch, lost, mon) = fail;
                let (one_store_server, dfs) = shared;
                let (mirrored, cms, rgs, paired, mediation) = opts;
                let mirrored = mirrored && !always_on;
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
                        whole_pool: whole || (failed.is_empty() && !be && !fs && !arch && !mon),
                        servers: failed,
                        back_end: be,
                        file_store: fs,
                        archiving_store: arch,
                        monitoring_store: mon,
                        // The whole pool asks about the file server: answered either way.
                        file_store_kept: !fs,
                    },
                    back_end: BackEnd {
                        sql_fqdn: "sql01.contoso.com".into(),
                        sql_instance: instance(default_be, "rtc"),
                        mirrored,
                        mirror_fqdn: "sql02.contoso.com".into(),
                        mirror_instance: instance(default_mirror, "rtc"),
                        witness_fqdn: String::new(),
                        lost,
                        always_on,
                        primary_replica: "sql01a.contoso.com".into(),
                        mirror_unknown: false,
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
                    response_group_unknown: !rgs && default_other,
                    mediation_collocated: mediation,
                    archiving: SqlStore {
                        location: archiving,
                        ..sql("arch")
                    },
                    monitoring: SqlStore {
                        location: monitoring,
                        ..sql(if one_store_server { "arch" } else { "mon" })
                    },
                    persistent_chat: PersistentChat {
                        enabled: version.has_persistent_chat(),
                        sql_fqdn: "chatsql.contoso.com".into(),
                        sql_instance: instance(default_other, "mgc"),
                        compliance,
                        backup_method: if chat_export {
                            ChatBackupMethod::Export
                        } else {
                            ChatBackupMethod::SqlBackup
                        },
                    },
                    file_store: if dfs {
                        r"\\contoso.com\LyncShare".into()
                    } else {
                        r"\\fs01.contoso.com\share".into()
                    },
                    backup_pool: if paired {
                        "pool02.contoso.com".into()
                    } else {
                        String::new()
                    },
                    backup: lync_restore::plan::BackupFiles {
                        location: r"\\backup01.contoso.com\LyncBackup".into(),
                        ..Default::default()
                    },
                    version,
                    ..Plan::default()
                }
            },
        )
        .prop_filter("Front End pools have at most 12 servers", |p| {
            validate(p).is_empty()
        })
}
