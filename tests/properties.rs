//! Property tests of the planner on generated plans: it never panics (any strings, any
//! choices), every failed member server appears in exactly one section, the Back End / CMS
//! section precedes every member server section, every flag is one the catalogue may use, and
//! a valid plan leaves no placeholder unfilled.

use std::collections::BTreeMap;

use lync_restore::plan::{
    BackEnd, ChatBackupMethod, Failure, KNOWN_FLAGS, Lang, MirrorLoss, PersistentChat, Plan,
    PoolKind, SqlStore, StoreLocation, build_checklist, flags, validate,
};
use proptest::prelude::*;

fn kind() -> impl Strategy<Value = PoolKind> {
    prop::sample::select(PoolKind::ALL.to_vec())
}

fn loss() -> impl Strategy<Value = MirrorLoss> {
    prop::sample::select(vec![
        MirrorLoss::Both,
        MirrorLoss::Primary,
        MirrorLoss::Mirror,
    ])
}

fn location() -> impl Strategy<Value = StoreLocation> {
    prop::sample::select(vec![
        StoreLocation::None,
        StoreLocation::Collocated,
        StoreLocation::StandAlone,
    ])
}

/// A syntactically valid FQDN.
fn fqdn() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9-]{0,10}[a-z0-9]", "[a-z]{2,8}")
        .prop_map(|(host, dom)| format!("{host}.{dom}.com"))
}

/// A valid plan of any kind, with a random failure selection among its own servers.
fn valid_plan() -> impl Strategy<Value = Plan> {
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
    )
        .prop_map(|(kind, pool, servers, fail, opts, stores, picks)| {
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
                sql_instance: name.into(),
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
                    sql_instance: "rtc".into(),
                    mirrored,
                    mirror_fqdn: "sql02.contoso.com".into(),
                    mirror_instance: "rtc".into(),
                    witness_fqdn: String::new(),
                    lost,
                },
                hosts_cms: cms,
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
                    sql_instance: "mgc".into(),
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

/// Any plan at all: arbitrary text everywhere.
fn any_plan() -> impl Strategy<Value = Plan> {
    (
        kind(),
        any::<String>(),
        prop::collection::vec(any::<String>(), 0..6),
        prop::collection::vec(any::<String>(), 0..3),
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            loss(),
        ),
        (
            any::<String>(),
            any::<String>(),
            any::<String>(),
            any::<String>(),
        ),
        (location(), location()),
    )
        .prop_map(
            |(kind, pool, servers, failed, (whole, be, mirrored, cms, lost), texts, (a, m))| Plan {
                kind,
                pool_fqdn: pool,
                servers,
                failure: Failure {
                    whole_pool: whole,
                    servers: failed,
                    back_end: be,
                    ..Failure::default()
                },
                back_end: BackEnd {
                    sql_fqdn: texts.0.clone(),
                    sql_instance: texts.1,
                    mirrored,
                    mirror_fqdn: texts.2.clone(),
                    lost,
                    ..BackEnd::default()
                },
                hosts_cms: cms,
                file_store: texts.3,
                backup_pool: texts.0,
                archiving: SqlStore {
                    location: a,
                    ..SqlStore::default()
                },
                monitoring: SqlStore {
                    location: m,
                    sql_fqdn: texts.2,
                    ..SqlStore::default()
                },
                ..Plan::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn planning_and_validation_never_panic(plan in any_plan()) {
        for lang in [Lang::En, Lang::Fr] {
            let list = build_checklist(&plan, lang);
            let _ = lync_restore::plan::markdown::to_markdown(&list);
            for issue in validate(&plan) {
                prop_assert!(!issue.message(lang).is_empty());
            }
        }
    }

    #[test]
    fn every_failed_server_is_in_exactly_one_section(plan in valid_plan()) {
        let list = build_checklist(&plan, Lang::En);
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for s in &list.sections {
            if let Some(server) = &s.server {
                *count.entry(server.to_ascii_lowercase()).or_default() += 1;
            }
        }
        for m in plan.failed_members() {
            prop_assert_eq!(count.get(&m.to_ascii_lowercase()).copied(), Some(1), "server {} in {:?}", m, count);
        }
    }

    #[test]
    fn back_end_comes_before_every_member_server(plan in valid_plan()) {
        let list = build_checklist(&plan, Lang::En);
        let first_member = list.sections.iter().position(|s| s.id.starts_with("server:") && s.phase == "servers");
        let back_end = list.sections.iter().position(|s| s.phase == "back_end");
        if let (Some(b), Some(m)) = (back_end, first_member) {
            prop_assert!(b < m);
        }
        if plan.back_end_failed() {
            prop_assert!(back_end.is_some(), "a failed Back End gets its section");
        }
        // Phases never go backwards.
        let order = ["prepare", "back_end", "file_store", "servers", "data", "verify"];
        let ranks: Vec<usize> = list.sections.iter().map(|s| order.iter().position(|p| *p == s.phase).unwrap_or(99)).collect();
        prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "phases out of order: {:?}", ranks);
    }

    #[test]
    fn a_valid_plan_leaves_no_placeholder_unfilled(plan in valid_plan()) {
        let list = build_checklist(&plan, Lang::En);
        prop_assert!(list.missing.is_empty(), "missing {:?}", list.missing);
        for step in list.sections.iter().flat_map(|s| &s.steps) {
            for text in [&step.title, &step.body, &step.runs_on].into_iter().chain(step.command.as_ref()) {
                prop_assert!(!text.contains('{') && !text.contains("<"), "unfilled in {}: {}", step.id, text);
            }
        }
    }

    #[test]
    fn flags_are_all_known(plan in any_plan()) {
        for f in flags(&plan).iter() {
            prop_assert!(KNOWN_FLAGS.contains(&f), "unknown flag {}", f);
        }
    }

    #[test]
    fn step_ids_are_unique_within_a_checklist(plan in valid_plan()) {
        let list = build_checklist(&plan, Lang::En);
        let mut ids: Vec<&str> = list.sections.iter().flat_map(|s| s.steps.iter().map(|t| t.id.as_str())).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), n);
    }
}
