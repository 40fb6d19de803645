//! The rules a Lync engineer would check first: FQDN validation messages, the pool ordering
//! rule of "Restoring a Lync Server pool" for every pool kind, and the cold-start table.

use crate::support::generators;
use lync_restore::plan::Pool;
use lync_restore::plan::Texts;
use lync_restore::plan::description::fqdn::{NameProblem, check_fqdn, check_instance, check_unc};
use lync_restore::plan::{Lang, Plan, PoolKind, build_checklist, cold_start_quorum, validate};

#[test]
fn fqdn_validation_says_what_is_wrong() {
    let cases: &[(&str, Result<(), NameProblem>)] = &[
        ("fe01.contoso.com", Ok(())),
        ("  FE01.Contoso.COM. ", Ok(())),
        ("a-b.c-d.example", Ok(())),
        ("", Err(NameProblem::Empty)),
        ("fe01", Err(NameProblem::NotQualified)),
        (
            "-fe01.contoso.com",
            Err(NameProblem::LeadingHyphen("-fe01".into())),
        ),
        (
            "fe01-.contoso.com",
            Err(NameProblem::TrailingHyphen("fe01-".into())),
        ),
        ("fe01..contoso.com", Err(NameProblem::EmptyLabel)),
        (".contoso.com", Err(NameProblem::EmptyLabel)),
        ("fe_01.contoso.com", Err(NameProblem::BadCharacter('_'))),
        ("fe01 .contoso.com", Err(NameProblem::BadCharacter(' '))),
        ("<img src=x>.com", Err(NameProblem::BadCharacter('<'))),
        ("10.0.0.1", Err(NameProblem::NumericTld)),
        ("épée.contoso.com", Err(NameProblem::BadCharacter('é'))),
    ];
    for (input, expected) in cases {
        assert_eq!(&check_fqdn(input), expected, "{input:?}");
    }
    let long = format!("{}.com", "a".repeat(64));
    assert!(matches!(
        check_fqdn(&long),
        Err(NameProblem::LabelTooLong(_))
    ));
    let too_long = vec!["abcdefgh"; 30].join(".");
    assert_eq!(check_fqdn(&too_long), Err(NameProblem::TooLong));
    assert_eq!(
        Texts::built_in(Lang::En).render(&NameProblem::LeadingHyphen("-fe01".into()).message()),
        "A label can't start with a hyphen (“-fe01”)."
    );
}

#[test]
fn instance_and_share_checks() {
    assert_eq!(check_instance("rtc"), Ok(()));
    assert_eq!(check_instance(""), Err(NameProblem::Empty));
    assert_eq!(
        check_instance("rtc local"),
        Err(NameProblem::BadInstance(' '))
    );
    assert_eq!(
        check_instance("a_very_long_instance_name"),
        Err(NameProblem::InstanceTooLong)
    );
    assert_eq!(
        check_unc(r"\\fs01.contoso.com\LyncShare"),
        Ok("fs01.contoso.com")
    );
    assert_eq!(check_unc(r"\\fs01\LyncShare"), Ok("fs01"));
    assert_eq!(check_unc(r"C:\LyncShare"), Err(NameProblem::NotUnc));
    assert_eq!(check_unc(r"\\fs01.contoso.com"), Err(NameProblem::NotUnc));
}

/// A plain three-server Front End pool with a non-mirrored Back End.
fn example_plan() -> Plan {
    Plan {
        kind: PoolKind::FrontEnd,
        pool_fqdn: "pool01.example.com".into(),
        servers: vec![
            "fe01.example.com".into(),
            "fe02.example.com".into(),
            "fe03.example.com".into(),
        ],
        back_end: lync_restore::plan::BackEnd {
            sql_fqdn: "sql01.example.com".into(),
            sql_instance: "rtc".into(),
            ..Default::default()
        },
        backup: lync_restore::plan::BackupFiles {
            location: r"\\backup01.example.com\LyncBackup".into(),
            ..Default::default()
        },
        ..Plan::default()
    }
}

fn pool(kind: PoolKind) -> Plan {
    Plan {
        kind,
        pool_fqdn: "pool.contoso.com".into(),
        servers: vec![
            "b.contoso.com".into(),
            "a.contoso.com".into(),
            "c.contoso.com".into(),
        ],
        ..example_plan()
    }
}

fn procedures(plan: &Plan) -> Vec<(String, Option<String>)> {
    build_checklist(&Pool::check(plan), Texts::built_in(Lang::En))
        .sections
        .into_iter()
        .map(|s| (s.procedure.clone(), s.server.clone()))
        .collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.into())
}

#[test]
fn front_end_pool_restores_the_back_end_first_then_each_front_end_in_pool_order() {
    assert_eq!(
        procedures(&pool(PoolKind::FrontEnd)),
        vec![
            ("prepare".into(), None),
            ("back_end".into(), some("sql01.example.com")),
            ("member".into(), some("b.contoso.com")),
            ("member".into(), some("a.contoso.com")),
            ("member".into(), some("c.contoso.com")),
            ("data".into(), None),
            ("verify".into(), None),
        ]
    );
}

#[test]
fn other_pools_restore_each_member_server_and_no_back_end() {
    for (kind, procedure) in [
        (PoolKind::Director, "member"),
        (PoolKind::Mediation, "member"),
        (PoolKind::Edge, "edge"),
    ] {
        let p = procedures(&pool(kind));
        let members: Vec<_> = p
            .iter()
            .filter(|(proc_, _)| proc_ == procedure)
            .map(|(_, s)| s.clone())
            .collect();
        assert_eq!(
            members,
            vec![
                some("b.contoso.com"),
                some("a.contoso.com"),
                some("c.contoso.com")
            ],
            "{kind:?}"
        );
        assert!(
            !p.iter().any(|(proc_, _)| proc_.contains("back_end")),
            "{kind:?} has no Back End"
        );
    }
    let chat = procedures(&pool(PoolKind::PersistentChat));
    assert_eq!(
        chat[1].0, "chat_store",
        "the Persistent Chat store comes before its servers"
    );
}

#[test]
fn standard_edition_is_its_own_single_section() {
    let mut se = pool(PoolKind::StandardEdition);
    se.pool_fqdn = "se01.contoso.com".into();
    let p = procedures(&se);
    let servers: Vec<_> = p.iter().filter_map(|(_, s)| s.clone()).collect();
    assert_eq!(servers, vec!["se01.contoso.com".to_string()]);
    se.hosts_cms = true;
    assert!(
        procedures(&se)
            .iter()
            .any(|(p, _)| p == "cms_standard_edition")
    );
}

#[test]
fn the_cms_procedure_replaces_the_back_end_one() {
    let mut p = pool(PoolKind::FrontEnd);
    p.hosts_cms = true;
    let procs: Vec<String> = procedures(&p).into_iter().map(|(x, _)| x).collect();
    assert!(procs.contains(&"cms_back_end".to_string()));
    assert!(!procs.contains(&"back_end".to_string()));
}

#[test]
fn only_failed_servers_are_planned() {
    let mut p = pool(PoolKind::FrontEnd);
    p.failure.whole_pool = false;
    p.failure.servers = vec!["C.contoso.com".into()];
    let procs = procedures(&p);
    assert_eq!(procs.iter().filter(|(x, _)| x == "member").count(), 1);
    assert!(procs.contains(&("member".into(), some("c.contoso.com"))));
    assert!(
        !procs.iter().any(|(x, _)| x == "back_end"),
        "the Back End did not fail"
    );
}

#[test]
fn cold_start_table_matches_microsoft() {
    let expected = [
        (1, 1),
        (2, 1),
        (3, 3),
        (4, 3),
        (5, 4),
        (6, 5),
        (7, 5),
        (8, 6),
        (9, 7),
        (10, 8),
        (11, 9),
        (12, 10),
        (16, 12),
    ];
    for (pool, needed) in expected {
        assert_eq!(cold_start_quorum(pool), needed, "pool of {pool}");
    }
}

#[test]
fn validation_points_at_the_field() {
    let mut p = example_plan();
    p.pool_fqdn = "-pool.contoso.com".into();
    p.servers.push("fe01.example.com".into());
    p.servers.push("bad_name".into());
    let found: Vec<(String, String)> = validate(&p)
        .into_iter()
        .map(|i| {
            (
                i.field.clone(),
                Texts::built_in(Lang::En).render(&i.message()),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "pool_fqdn".to_string(),
                "A label can't start with a hyphen (“-pool”).".to_string()
            ),
            (
                "servers.3".to_string(),
                "fe01.example.com is listed twice.".to_string()
            ),
            (
                "servers.4".to_string(),
                "“_” isn't allowed: use letters, digits, hyphens and dots only.".to_string()
            ),
        ]
    );
    assert!(validate(&example_plan()).is_empty(), "the example is valid");
    let too_many = Plan {
        servers: (1..=13).map(|i| format!("fe{i}.contoso.com")).collect(),
        ..example_plan()
    };
    assert!(validate(&too_many).iter().any(|i| i.field == "servers"));
}

#[test]
fn invalid_input_shows_what_is_missing_instead_of_breaking() {
    let mut p = example_plan();
    p.back_end.sql_fqdn = "sql01".into();
    let list = build_checklist(&Pool::check(&p), Texts::built_in(Lang::En));
    assert_eq!(list.missing, vec!["<Back End SQL Server FQDN>".to_string()]);
    let back_end = list
        .sections
        .iter()
        .find(|s| s.procedure == "back_end")
        .expect("back end section");
    assert_eq!(back_end.title, "Back End Server <Back End SQL Server FQDN>");
    assert_eq!(list.sections.len(), 7, "every section is still there");
}

#[test]
fn too_few_front_end_servers_left_for_the_pool_quorum_is_a_cold_start() {
    use lync_restore::plan::Failure;
    use lync_restore::plan::planning::flags::{flags, pool_quorum};
    // Microsoft's pool-level table: 2 → 1, 3–4 → 2, 5–6 → 3, 7 → 4, 8–9 → 4 of the first 7,
    // 10–12 → 5 of the first 9, 2019's 13–16 → 7 of the first 12.
    let table = [
        (2, (1, 2)),
        (3, (2, 3)),
        (4, (2, 4)),
        (5, (3, 5)),
        (6, (3, 6)),
        (7, (4, 7)),
        (8, (4, 7)),
        (9, (4, 7)),
        (10, (5, 9)),
        (12, (5, 9)),
        (16, (7, 12)),
    ];
    for (servers, quorum) in table {
        assert_eq!(pool_quorum(servers), quorum, "{servers} servers");
    }
    // Eight servers, the first four lost: four still run, but only three of the first seven.
    let eight: Vec<String> = (1..=8).map(|i| format!("fe{i}.contoso.com")).collect();
    let first_four_lost = Plan {
        kind: PoolKind::FrontEnd,
        pool_fqdn: "pool.contoso.com".into(),
        servers: eight.clone(),
        failure: Failure {
            whole_pool: false,
            servers: eight[..4].to_vec(),
            ..Failure::default()
        },
        ..Plan::default()
    };
    assert!(flags(&first_four_lost).contains("cold_start"));
    let mut last_four_lost = first_four_lost.clone();
    last_four_lost.failure.servers = eight[4..].to_vec();
    assert!(
        !flags(&last_four_lost).contains("cold_start"),
        "fe1–fe4 run: four of the first seven"
    );
    let servers: Vec<String> = (1..=3).map(|i| format!("fe{i}.contoso.com")).collect();
    let lost = |n: usize| Plan {
        kind: PoolKind::FrontEnd,
        pool_fqdn: "pool.contoso.com".into(),
        servers: servers.clone(),
        failure: Failure {
            whole_pool: false,
            servers: servers[..n].to_vec(),
            ..Failure::default()
        },
        ..Plan::default()
    };
    // One of three lost: two run, the pool keeps its quorum; two lost: one runs, below it.
    assert!(!flags(&lost(1)).contains("cold_start"));
    assert!(flags(&lost(2)).contains("cold_start"));
    assert!(flags(&lost(3)).contains("cold_start"));
}

#[test]
fn a_standard_edition_server_set_to_fail_over_is_told_it_is_restored_in_place() {
    use lync_restore::plan::IssueKind;
    let mut plan = Plan {
        kind: PoolKind::StandardEdition,
        pool_fqdn: "se01.contoso.com".into(),
        backup_pool: "se02.contoso.com".into(),
        fail_over: true,
        ..Plan::default()
    };
    let found = |plan: &Plan| {
        validate(plan)
            .into_iter()
            .any(|i| i.field == "fail_over" && i.kind == IssueKind::StandardEditionFailover)
    };
    assert!(found(&plan));
    let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
    assert!(!list.sections.iter().any(|s| s.procedure == "failover"));
    plan.fail_over = false;
    assert!(!found(&plan));
}

#[test]
fn every_field_a_finding_names_has_its_form_label_in_each_language() {
    use lync_restore::plan::{Issue, IssueKind};
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = generators::any_plan();
    let mut fields = std::collections::BTreeSet::new();
    for _ in 0..3000 {
        let plan = strategy.new_tree(&mut runner).expect("plan").current();
        for issue in validate(&plan) {
            for lang in [Lang::En, Lang::Fr] {
                assert!(
                    issue.field_label(Texts::built_in(lang)).is_some(),
                    "{}: no label in {}",
                    issue.field,
                    lang.tag()
                );
            }
            fields.insert(
                issue
                    .field
                    .split('.')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            );
        }
    }
    assert!(fields.len() >= 8, "the plans reach most fields: {fields:?}");
    let example = Issue {
        field: "back_end.mirror_unknown".into(),
        kind: IssueKind::MirrorUnknown,
    };
    assert_eq!(
        example.field_label(Texts::built_in(Lang::Fr)).as_deref(),
        Some("Mise en miroir SQL Server")
    );
    // Control: a path the form does not have gets no label (the command line then prints it).
    let unknown = Issue {
        field: "no_such.field".into(),
        kind: IssueKind::NothingFailed,
    };
    assert_eq!(unknown.field_label(Texts::english()), None);
}
