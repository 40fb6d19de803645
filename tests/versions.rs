//! The product version is part of the plan: older plans read as Lync Server 2013, imported
//! topologies carry theirs, a binder for a later version says it follows the Lync Server 2013
//! procedures adapted, and a role the version removed (Persistent Chat in Skype for Business
//! Server 2019 and Subscription Edition) is refused, never half-made.

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
