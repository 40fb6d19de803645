//! The product version is part of the plan: older plans read as Lync Server 2013, imported
//! topologies carry theirs, a binder for a later version says it follows the Lync Server 2013
//! procedures adapted, and a role the version removed (Persistent Chat in Skype for Business
//! Server 2019 and Subscription Edition) is refused, never half-made. What each version changes
//! in the binder: names, links and adapted marks, Start-CsPool, the availability group Back End,
//! and the findings for what a version cannot have.

use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::import::import_topology;
use lync_restore::plan::{
    IssueKind, Lang, Plan, Pool, PoolKind, Texts, Version, build_checklist, decode_file,
    example_plan, validate,
};

fn checklist(plan: &Plan) -> lync_restore::plan::Checklist {
    build_checklist(&Pool::check(plan), Texts::english())
}

fn chat_pool(version: Version) -> Plan {
    let mut plan = example_plan();
    plan.kind = PoolKind::PersistentChat;
    plan.servers = vec!["chat01.example.com".into()];
    plan.persistent_chat.sql_fqdn = "sqlchat.example.com".into();
    plan.persistent_chat.sql_instance = "chat".into();
    plan.version = version;
    plan
}

#[test]
fn a_plan_without_a_version_is_lync_server_2013() {
    let session = decode_file(
        &SerdeJson,
        br#"{"kind": "front_end", "pool_fqdn": "p.example.com"}"#,
    )
    .expect("reads");
    assert_eq!(session.plan.version, Version::Lync2013);
    assert_eq!(checklist(&example_plan()).version, Version::Lync2013);
    let read =
        decode_file(&SerdeJson, br#"{"kind": "edge", "version": "sfb2019"}"#).expect("reads");
    assert_eq!(read.plan.version, Version::SfB2019);
}

#[test]
fn persistent_chat_is_refused_where_the_version_removed_it() {
    for version in Version::ALL.iter().copied() {
        let plan = chat_pool(version);
        let list = checklist(&plan);
        let findings: Vec<_> = validate(&plan)
            .into_iter()
            .filter(|i| matches!(i.kind, IssueKind::NoPersistentChat(_)))
            .collect();
        if version.has_persistent_chat() {
            assert!(
                list.sections.iter().any(|s| s.procedure == "chat_store"),
                "{version:?}"
            );
            assert!(findings.is_empty(), "{version:?}");
        } else {
            assert!(list.sections.is_empty(), "{version:?}: nothing half-made");
            assert_eq!(findings.len(), 1, "{version:?}");
            assert_eq!(findings[0].field, "kind");
            let said = Texts::english().render(&findings[0].message());
            let name = Texts::english().render(&version.name());
            assert!(
                said.starts_with(&name) && said.contains("Persistent Chat"),
                "{said}"
            );
        }
    }
    assert!(
        !Version::SfB2019.has_persistent_chat()
            && !Version::SubscriptionEdition.has_persistent_chat()
    );
    assert!(Version::SfB2015.has_persistent_chat());
}

#[test]
fn a_standard_edition_server_on_2019_gets_no_chat_steps() {
    let mut plan = example_plan();
    plan.kind = PoolKind::StandardEdition;
    // The chat store on the server itself, lost with it.
    plan.pool_fqdn = "se01.example.com".into();
    plan.persistent_chat.enabled = true;
    plan.persistent_chat.sql_fqdn = "se01.example.com".into();
    plan.persistent_chat.sql_instance = "rtc".into();
    let chat_steps = |plan: &Plan| {
        checklist(plan)
            .sections
            .iter()
            .flat_map(|s| &s.steps)
            .filter(|s| s.id.contains("chat"))
            .count()
    };
    assert!(
        chat_steps(&plan) > 0,
        "2013 restores the collocated chat store"
    );
    plan.version = Version::SfB2019;
    assert_eq!(chat_steps(&plan), 0);
    assert!(
        validate(&plan)
            .iter()
            .any(|i| i.field == "persistent_chat.enabled")
    );
}

#[test]
fn an_imported_topology_carries_its_version() {
    for (fixture, version) in [
        ("builder-sfb2015.tbxml", Version::SfB2015),
        ("published-two-sites.utf16le.xml", Version::Lync2013),
        ("published-sfb2019-always-on.xml", Version::SfB2019),
    ] {
        let path = format!(
            "{}/tests/fixtures/topology/{fixture}",
            env!("CARGO_MANIFEST_DIR")
        );
        let topology = import_topology(&std::fs::read(path).expect("fixture")).expect("imports");
        assert!(!topology.pools.is_empty(), "{fixture}");
        for pool in &topology.pools {
            assert_eq!(
                pool.to_plan(&[]).version,
                version,
                "{fixture}: {}",
                pool.fqdn
            );
        }
    }
}

#[test]
fn the_binder_names_its_version_in_both_languages() {
    let mut plan = example_plan();
    plan.version = Version::SfB2019;
    let list = checklist(&plan);
    assert_eq!(list.version, Version::SfB2019);
    // Microsoft's French documentation writes "Skype Entreprise Server".
    for (lang, name) in [
        (Lang::En, "Skype for Business Server 2019"),
        (Lang::Fr, "Skype Entreprise Server 2019"),
    ] {
        let adapted = lync_restore::plan::Message::new(lync_restore::plan::key::NOTICE_ADAPTED)
            .nested("version", Version::SfB2019.name());
        let said = Texts::built_in(lang).render(&adapted);
        assert!(
            said.contains(name) && said.contains("Lync Server 2013"),
            "{said}"
        );
    }
}

fn steps(list: &lync_restore::plan::Checklist) -> Vec<&lync_restore::plan::Step> {
    list.sections.iter().flat_map(|s| &s.steps).collect()
}

fn findings(plan: &Plan) -> Vec<(String, IssueKind)> {
    validate(plan)
        .into_iter()
        .map(|i| (i.field, i.kind))
        .collect()
}

#[test]
fn links_go_to_skype_for_business_pages_or_are_marked_adapted() {
    for version in Version::ALL.iter().copied() {
        let mut plan = example_plan();
        plan.version = version;
        for lang in [Lang::En, Lang::Fr] {
            let list = build_checklist(&Pool::check(&plan), Texts::built_in(lang));
            let locale = lang.doc_locale();
            for doc in list
                .sections
                .iter()
                .map(|s| &s.doc)
                .chain(steps(&list).into_iter().map(|s| &s.doc))
            {
                let lync = format!(
                    "https://learn.microsoft.com/{locale}/previous-versions/office/lync-server-2013/"
                );
                let skype = format!("https://learn.microsoft.com/{locale}/skypeforbusiness/");
                if version == Version::Lync2013 {
                    assert!(doc.url.starts_with(&lync) && !doc.adapted, "{}", doc.url);
                } else {
                    // A later version cites a Skype for Business page, or a Lync page marked adapted.
                    assert!(
                        (doc.url.starts_with(&skype) && !doc.adapted)
                            || (doc.url.starts_with(&lync) && doc.adapted),
                        "{version:?}: {}",
                        doc.url
                    );
                }
            }
            if version != Version::Lync2013 {
                assert!(steps(&list).iter().any(|s| !s.doc.adapted), "{version:?}");
            }
        }
    }
}

#[test]
fn the_product_names_follow_the_version() {
    for (version, shell, node) in [
        (
            Version::Lync2013,
            "Lync Server Management Shell",
            "**Lync Server 2013**",
        ),
        (
            Version::SfB2015,
            "Skype for Business Server Management Shell",
            "**Skype for Business Server**",
        ),
        (
            Version::SubscriptionEdition,
            "Skype for Business Server Management Shell",
            "**Skype for Business Server**",
        ),
    ] {
        let mut plan = example_plan();
        plan.version = version;
        let list = checklist(&plan);
        let text: String = steps(&list)
            .iter()
            .map(|s| format!("{} {} {}\n", s.title, s.body, s.runs_on))
            .collect();
        assert!(text.contains(shell) && text.contains(node), "{version:?}");
        let other = if version == Version::Lync2013 {
            "Skype"
        } else {
            "Lync Server Management Shell"
        };
        assert!(!text.contains(other), "{version:?} says {other}");
    }
}

#[test]
fn a_pool_of_three_or_more_starts_with_start_cs_pool_from_2015() {
    // The whole example pool is lost, Back End included: the user data restore starts the pool
    // (with Start-CsPool from 2015 for three or more servers) and verification does not start it
    // again; with the Back End kept, verification starts it.
    for (version, servers, back_end_lost, expected) in [
        (Version::Lync2013, 3, true, "ver.cold-start"),
        (Version::SfB2015, 3, true, "data.user-start-pool"),
        (Version::SfB2019, 4, true, "data.user-start-pool"),
        (Version::SfB2015, 3, false, "ver.start-pool"),
        (Version::SfB2015, 2, true, "ver.cold-start"),
    ] {
        let mut plan = example_plan();
        plan.version = version;
        plan.back_end.mirrored = false;
        plan.servers.truncate(servers);
        if !back_end_lost {
            plan.failure.whole_pool = false;
            plan.failure.servers = plan.servers.clone();
            plan.failure.back_end = false;
        }
        let list = checklist(&plan);
        let ids: Vec<&str> = steps(&list)
            .iter()
            .map(|s| s.id.rsplit('/').next().unwrap_or_default())
            .collect();
        assert!(ids.contains(&expected), "{version:?} {servers}: {ids:?}");
        let starts = steps(&list)
            .iter()
            .filter_map(|s| s.command.as_deref())
            .filter(|c| c.contains("Start-CsPool"))
            .count();
        let by_cmdlet = expected != "ver.cold-start";
        assert_eq!(
            starts,
            usize::from(by_cmdlet),
            "{version:?} {servers}: started once"
        );
    }
}

#[test]
fn an_always_on_back_end_gets_its_own_section_from_2015() {
    let mut plan = example_plan();
    plan.hosts_cms = false;
    plan.back_end.mirrored = false;
    plan.back_end.always_on = true;
    plan.back_end.sql_fqdn = "sqlag.example.com".into();
    plan.back_end.primary_replica = "sql01a.example.com".into();
    for version in Version::ALL.iter().copied() {
        plan.version = version;
        let list = checklist(&plan);
        let ag = list.sections.iter().any(|s| s.procedure == "back_end_ag");
        assert_eq!(ag, version.has_always_on(), "{version:?}");
        let found = findings(&plan);
        if version.has_always_on() {
            assert_eq!(found, vec![], "{version:?}");
            let text: String = steps(&list)
                .iter()
                .map(|s| format!("{} {}", s.title, s.body))
                .collect();
            assert!(text.contains("sql01a.example.com") && text.contains("sqlag.example.com"));
        } else {
            assert_eq!(
                found,
                vec![(
                    "back_end.always_on".to_string(),
                    IssueKind::NoAlwaysOn(version)
                )]
            );
        }
    }
    // The primary replica is asked for; hosting the store gets the store's procedure adapted to
    // the group (issue 24: a new pool may be deployed with the store on its group).
    plan.version = Version::SfB2019;
    plan.back_end.primary_replica.clear();
    assert!(
        findings(&plan)
            .iter()
            .any(|(f, _)| f == "back_end.primary_replica")
    );
    plan.back_end.primary_replica = "sql01a.example.com".into();
    plan.hosts_cms = true;
    assert_eq!(findings(&plan), vec![]);
    let list = checklist(&plan);
    let section = list
        .sections
        .iter()
        .find(|s| s.procedure == "cms_back_end_ag")
        .expect("the store's procedure on the group");
    let commands: Vec<&str> = section
        .steps
        .iter()
        .filter_map(|s| s.command.as_deref())
        .collect();
    let install = commands
        .iter()
        .position(|c| {
            c.contains("-CentralManagementDatabase -Clean -SqlServerFqdn \"sql01a.example.com\"")
        })
        .expect("the store created on the primary replica");
    let listener = commands
        .iter()
        .position(|c| {
            c.starts_with("Set-CsConfigurationStoreLocation -SqlServerFqdn \"sqlag.example.com\"")
        })
        .expect("the pointer moved to the listener");
    assert!(install < listener);
    // A "group" whose primary replica is the listener itself is one machine: a finding, and
    // the plain Back End procedure.
    plan.back_end.primary_replica = plan.back_end.sql_fqdn.clone();
    assert!(findings(&plan).contains(&(
        "back_end.primary_replica".into(),
        IssueKind::AlwaysOnOneMachine
    )));
    assert!(
        checklist(&plan)
            .sections
            .iter()
            .any(|s| s.procedure == "cms_back_end")
    );
    plan.back_end.primary_replica = "sql01a.example.com".into();
    plan.back_end.mirrored = true;
    plan.hosts_cms = false;
    assert!(
        findings(&plan).contains(&("back_end.always_on".into(), IssueKind::MirroredAndAlwaysOn))
    );
}

#[test]
fn mirroring_and_two_server_pools_are_findings_on_2019() {
    let mut plan = example_plan();
    assert!(plan.back_end.mirrored);
    let mirror_commands = |plan: &Plan| {
        steps(&checklist(plan))
            .iter()
            .filter_map(|s| s.command.as_deref())
            .filter(|c| c.contains("Mirror"))
            .count()
    };
    assert!(mirror_commands(&plan) > 0);
    for version in [Version::SfB2019, Version::SubscriptionEdition] {
        plan.version = version;
        assert!(
            findings(&plan)
                .contains(&("back_end.mirrored".into(), IssueKind::NoMirroring(version)))
        );
        assert_eq!(
            mirror_commands(&plan),
            0,
            "{version:?}: restored unmirrored"
        );
    }
    plan.back_end.mirrored = false;
    plan.servers.truncate(2);
    assert!(findings(&plan).contains(&(
        "servers".into(),
        IssueKind::TwoFrontEndPool(Version::SubscriptionEdition)
    )));
    plan.version = Version::SfB2015;
    assert_eq!(findings(&plan), vec![]);
}

#[test]
fn a_2019_topology_with_an_availability_group_is_planned_with_its_listener_and_replica() {
    let path = format!(
        "{}/tests/fixtures/topology/published-sfb2019-always-on.xml",
        env!("CARGO_MANIFEST_DIR")
    );
    let topology = import_topology(&std::fs::read(path).expect("fixture")).expect("imports");
    let pool = topology
        .pools
        .iter()
        .find(|p| p.fqdn == "pool01.contoso.com")
        .expect("front end pool");
    let plan = pool.to_plan(&[]);
    assert_eq!(plan.version, Version::SfB2019);
    assert!(plan.back_end.always_on && !plan.hosts_cms);
    assert_eq!(plan.back_end.sql_fqdn, "sqlag.contoso.com");
    assert_eq!(plan.back_end.primary_replica, "sql01a.contoso.com");
    let mut plan = plan;
    plan.backup.location = r"\\backup01.contoso.com\SfBBackup".into();
    plan.failure.file_store_kept = true;
    assert_eq!(findings(&plan), vec![]);
    assert!(
        checklist(&plan)
            .sections
            .iter()
            .any(|s| s.procedure == "back_end_ag")
    );
    // The Standard Edition server of the other site holds the store, on a plain instance.
    let se = topology
        .pools
        .iter()
        .find(|p| p.fqdn == "se01.contoso.com")
        .expect("se");
    assert!(se.hosts_cms && !se.to_plan(&[]).back_end.always_on);
}

#[test]
fn a_pool_may_have_sixteen_front_end_servers_from_2019() {
    let mut plan = example_plan();
    plan.back_end.mirrored = false;
    plan.servers = (1..=14).map(|i| format!("fe{i:02}.example.com")).collect();
    let too_many = |plan: &Plan| {
        findings(plan).into_iter().find_map(|(_, kind)| match kind {
            IssueKind::TooManyServers(n, max) => Some((n, max)),
            _ => None,
        })
    };
    plan.version = Version::SfB2015;
    assert_eq!(too_many(&plan), Some((14, 12)));
    plan.version = Version::SfB2019;
    assert_eq!(too_many(&plan), None);
    plan.servers = (1..=17).map(|i| format!("fe{i:02}.example.com")).collect();
    assert_eq!(too_many(&plan), Some((17, 16)));
}
