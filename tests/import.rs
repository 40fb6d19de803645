//! Topology import on realistic fixtures written from the format facts: both file shapes, every
//! encoding, what is found (pools, kinds, servers, stores, file stores, CMS host, versions,
//! roles not planned), and the plans made from it.

use lync_restore::plan::Texts;
use lync_restore::plan::formats::json_text::SerdeJson;
use std::time::{Duration, Instant};

use crate::support::fixtures::fixture;
use lync_restore::plan::import::{
    ImportError, MAX_TOPOLOGY_BYTES, Product, Shape, TopologyView, import_topology,
    read_worker_reply, worker_reply,
};
use lync_restore::plan::planning::site::{build_session_checklist, ordered};
use lync_restore::plan::{Lang, PoolKind, Session, StoreLocation, Version, decode_file, validate};

fn published_utf8() -> String {
    let bytes = fixture("topology/published-two-sites.utf16le.xml");
    let units: Vec<u16> = bytes[2..]
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16(&units).expect("utf16")
}

#[test]
fn the_published_topology_is_read_in_every_encoding() {
    let text = published_utf8();
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut bom8 = b"\xEF\xBB\xBF".to_vec();
    bom8.extend(text.as_bytes());
    let reference =
        import_topology(&fixture("topology/published-two-sites.utf16le.xml")).expect("utf-16le");
    for bytes in [be, bom8, text.into_bytes()] {
        assert_eq!(import_topology(&bytes).expect("decodes"), reference);
    }
}

#[test]
fn the_published_topology_shows_what_a_restore_needs() {
    let t = import_topology(&fixture("topology/published-two-sites.utf16le.xml")).expect("imports");
    assert_eq!(t.shape, Shape::Published);
    assert_eq!(t.product, Product::Planned(Version::Lync2013));
    assert_eq!(t.product.notice(), None);
    assert_eq!(t.sites, ["Paris", "Lyon"]);
    let kinds: Vec<(&str, PoolKind, usize)> = t
        .pools
        .iter()
        .map(|p| (p.fqdn.as_str(), p.kind, p.servers.len()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("pool01.contoso.com", PoolKind::FrontEnd, 3),
            ("dirpool.contoso.com", PoolKind::Director, 2),
            ("medpool.contoso.com", PoolKind::Mediation, 2),
            ("edgepool.contoso.com", PoolKind::Edge, 2),
            ("chatpool.contoso.com", PoolKind::PersistentChat, 2),
            ("se01.contoso.com", PoolKind::StandardEdition, 1),
        ]
    );
    let fe = &t.pools[0];
    assert!(fe.mediation_collocated);
    assert_eq!(
        fe.user_store
            .as_ref()
            .map(|s| (s.fqdn.as_str(), s.instance.as_str())),
        Some(("sql01.contoso.com", "rtc"))
    );
    assert_eq!(
        fe.archiving.as_ref().map(|s| s.fqdn.as_str()),
        Some("sqlarch.contoso.com")
    );
    assert_eq!(
        fe.file_store.as_deref(),
        Some(r"\\fs01.contoso.com\LyncShare")
    );
    assert_eq!(t.cms_host.as_deref(), Some("se01.contoso.com"));
    assert_eq!(t.pools[5].site, "Lyon");
    assert!(
        t.file_stores
            .contains(&r"\\se01.contoso.com\SEShare".to_string())
    );
    let holds = |fqdn: &str| {
        t.stores
            .iter()
            .filter(|s| s.sql.fqdn == fqdn)
            .flat_map(|s| s.holds.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        holds("sqlarch.contoso.com"),
        ["ArchivingStore", "MonitoringStore"]
    );
    assert_eq!(
        holds("chatsql.contoso.com"),
        ["PersistentChatStore", "PersistentChatComplianceStore"]
    );
    let not_planned: Vec<(&str, &str)> = t
        .not_planned
        .iter()
        .map(|n| (n.role.as_str(), n.on.as_str()))
        .collect();
    assert_eq!(
        not_planned,
        [
            ("WacService", "wac01.contoso.com"),
            ("PstnGateway", "gw01.contoso.com")
        ]
    );

    // The Enterprise pool becomes a valid plan with stand-alone archiving and the collocated Mediation.
    let plan = fe.to_plan(&[]);
    assert_eq!(plan.archiving.location, StoreLocation::StandAlone);
    assert_eq!(plan.archiving.sql_fqdn, "sqlarch.contoso.com");
    assert!(plan.mediation_collocated && plan.failure.whole_pool);
    let mut plan = plan;
    plan.backup.location = r"\\backup.contoso.com\Lync".into();
    // The file says neither whether the Back End is mirrored nor whether the file server was
    // lost with the pool: the form asks both.
    let asked: Vec<String> = validate(&plan).into_iter().map(|i| i.field).collect();
    assert_eq!(
        asked,
        ["back_end.mirror_unknown", "failure.file_store_kept"]
    );
    plan.failure.file_store_kept = true;
    plan.back_end.mirror_unknown = false;
    assert_eq!(validate(&plan), vec![]);
    // One failed server only.
    let one = fe.to_plan(&["fe02.contoso.com".to_string()]);
    assert!(!one.failure.whole_pool);
    assert_eq!(one.failed_members(), ["fe02.contoso.com"]);
    // Every member server named is those servers, not the whole pool: the Back End survives.
    let every = fe.to_plan(&fe.servers);
    assert!(!every.failure.whole_pool && !every.back_end_failed());
    assert_eq!(every.failed_members().len(), fe.servers.len());
    // The SE server hosting the CMS.
    let se = t.pools[5].to_plan(&[]);
    assert!(se.hosts_cms);
    assert_eq!(se.back_end.sql_instance, "rtc");
}

#[test]
fn a_site_plan_puts_the_cms_host_first_and_says_why() {
    let t = import_topology(&fixture("topology/published-two-sites.utf16le.xml")).expect("imports");
    let plans: Vec<_> = t.pools.iter().map(|p| p.to_plan(&[])).collect();
    let session = Session {
        plan: plans[3].clone(),
        site: [&plans[..3], &plans[4..]].concat(),
        ..Session::default()
    };
    let order: Vec<&str> = ordered(&session)
        .iter()
        .map(|p| p.pool_fqdn.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "se01.contoso.com",
            "pool01.contoso.com",
            "dirpool.contoso.com",
            "medpool.contoso.com",
            "chatpool.contoso.com",
            "edgepool.contoso.com"
        ]
    );
    let list = build_session_checklist(&session, Texts::built_in(Lang::En));
    let notes: Vec<&str> = list
        .sections
        .iter()
        .filter_map(|s| s.pool_note.as_deref())
        .collect();
    assert_eq!(notes.len(), 6);
    assert!(notes[0].starts_with("1. se01.contoso.com — hosts the Central Management store"));
    assert!(notes[5].starts_with("6. edgepool.contoso.com — Edge pool"));
}

#[test]
fn the_topology_builder_document_is_read_and_flagged_as_skype_for_business() {
    let t = import_topology(&fixture("topology/builder-sfb2015.tbxml")).expect("imports");
    assert_eq!(t.shape, Shape::Builder);
    assert_eq!(t.product, Product::Planned(Version::SfB2015));
    assert!(
        Texts::built_in(Lang::En)
            .render(&t.product.notice().expect("notice"))
            .contains("Lync Server 2013 procedures")
    );
    assert_eq!(t.sites, ["Seattle"]);
    let fe = &t.pools[0];
    assert_eq!(
        (fe.fqdn.as_str(), fe.kind),
        ("lyncpool.fabrikam.com", PoolKind::FrontEnd)
    );
    assert_eq!(fe.servers, ["lyncfe1.fabrikam.com", "lyncfe2.fabrikam.com"]);
    assert!(fe.hosts_cms);
    assert_eq!(
        fe.file_store.as_deref(),
        Some(r"\\lyncfs.fabrikam.com\share")
    );
    assert_eq!(t.pools[1].kind, PoolKind::Edge);
    assert_eq!(
        t.not_planned
            .iter()
            .map(|n| n.role.as_str())
            .collect::<Vec<_>>(),
        ["ExternalServer"]
    );
}

fn refused(bytes: &[u8]) -> (ImportError, Duration) {
    let start = Instant::now();
    let err = import_topology(bytes).expect_err("refused");
    (err, start.elapsed())
}

#[test]
fn wrong_files_get_a_message_that_helps() {
    let (zip, _) = refused(b"PK\x03\x04\x14\x00\x00\x00");
    assert!(
        Texts::built_in(Lang::En)
            .render(&zip.message())
            .contains("Export-CsConfiguration")
    );
    assert!(
        matches!(refused(b"<html><body/></html>").0, ImportError::NotATopology { ref root } if root == "html")
    );
    assert!(matches!(
        refused(br#"<Topology xmlns="urn:other"/>"#).0,
        ImportError::UnknownNamespace(_)
    ));
    let text = published_utf8();
    let (cut, _) = refused(&text.as_bytes()[..text.len() / 2]);
    match cut {
        ImportError::Xml {
            line,
            column,
            ref message,
        } => assert!(line > 1 && column >= 1, "{line}:{column} {message}"),
        other => panic!("{other:?}"),
    }
    assert!(
        Texts::built_in(Lang::En)
            .render(&cut.message())
            .contains("may be truncated")
    );
}

#[test]
fn hostile_xml_is_refused_quickly() {
    let billion_laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&lol4;</Topology>"#;
    let xxe = r#"<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&xxe;</Topology>"#;
    let quadratic = format!(
        r#"<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "{}">]><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">{}</Topology>"#,
        "x".repeat(20_000),
        "&a;".repeat(20_000)
    );
    let nested = format!("{}{}", "<a>".repeat(1_000_000), "</a>".repeat(1_000_000));
    let huge = vec![b' '; MAX_TOPOLOGY_BYTES + 1];
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("billion laughs", billion_laughs.as_bytes().to_vec()),
        ("external entity", xxe.as_bytes().to_vec()),
        ("quadratic blow-up", quadratic.into_bytes()),
        ("a million nested elements", nested.into_bytes()),
        ("over the size cap", huge),
    ];
    for (name, bytes) in cases {
        let (err, took) = refused(&bytes);
        eprintln!("{name}: {err:?} in {took:?}");
        assert!(
            matches!(
                err,
                ImportError::Dtd | ImportError::TooManyNodes | ImportError::TooLarge { .. }
            ),
            "{name}: {err:?}"
        );
        assert!(took < Duration::from_millis(500), "{name} took {took:?}");
        assert!(!Texts::built_in(Lang::En).render(&err.message()).is_empty());
    }
}

#[test]
fn the_worker_reply_carries_the_same_topology_or_message() {
    for (bytes, lang) in [
        (
            fixture("topology/published-two-sites.utf16le.xml"),
            Lang::En,
        ),
        (fixture("topology/builder-sfb2015.tbxml"), Lang::Fr),
        (b"PK\x03\x04 zip".to_vec(), Lang::Fr),
        (b"<a><b></a>".to_vec(), Lang::En),
    ] {
        let direct = import_topology(&bytes)
            .map(|t| TopologyView::from(&t))
            .map_err(|e| Texts::built_in(lang).render(&e.message()));
        assert_eq!(
            read_worker_reply(
                &SerdeJson,
                &worker_reply(&SerdeJson, &bytes, Texts::built_in(lang)),
                Texts::built_in(lang)
            ),
            direct
        );
    }
    for garbage in ["", "{\"Ok\": 3}", "null", "\"Ok\""] {
        let read = read_worker_reply(&SerdeJson, garbage, Texts::built_in(Lang::En));
        assert!(
            read.is_err_and(|m| m.contains("reload the page")),
            "{garbage:?}"
        );
    }
}

#[test]
fn the_view_plans_exactly_as_the_imported_pools_do() {
    for name in ["published-two-sites.utf16le.xml", "builder-sfb2015.tbxml"] {
        let topology = import_topology(&fixture(&format!("topology/{name}"))).expect("imports");
        let view = TopologyView::from(&topology);
        assert_eq!(view.pools.len(), topology.pools.len());
        for (pool, shown) in topology.pools.iter().zip(&view.pools) {
            let mut subsets: Vec<Vec<String>> = vec![Vec::new(), pool.servers.clone()];
            subsets.extend(pool.servers.iter().map(|s| vec![s.to_uppercase()]));
            subsets.push(pool.servers.iter().skip(1).cloned().collect());
            for failed in subsets {
                assert_eq!(
                    shown.plan_for(&failed),
                    pool.to_plan(&failed),
                    "{} {failed:?}",
                    pool.fqdn
                );
            }
        }
        // Whole pools and single servers ticked together, in pool order.
        let last = view.pools.len() - 1;
        let server = view.pools[last].servers[0].clone();
        let session = view
            .session_for(&[0], &[(last, server.clone())])
            .expect("ticked");
        assert_eq!(session.plan, topology.pools[0].to_plan(&[]));
        if last > 0 {
            assert_eq!(session.site, vec![topology.pools[last].to_plan(&[server])]);
        }
        assert_eq!(view.session_for(&[], &[]), None);
    }
}

#[test]
fn a_default_instance_and_an_unnamed_cms_host_are_imported_as_such() {
    // The same topology with the Back End on a default instance (an empty instance name) and
    // without the Central Management store's services.
    let text = published_utf8()
        .replace(
            r#"<SqlInstanceId Name="rtc">"#,
            r#"<SqlInstanceId Name="">"#,
        )
        .replace(
            r#"RoleName="CentralMgmtStore""#,
            r#"RoleName="UnknownStore""#,
        )
        .replace(r#"RoleName="CentralMgmt""#, r#"RoleName="UnknownRole""#);
    let t = import_topology(text.as_bytes()).expect("imports");
    assert_eq!(t.cms_host, None);
    let plan = t.pools[0].to_plan(&[]);
    assert_eq!(plan.back_end.sql_instance, "MSSQLSERVER");
    assert!(
        plan.cms_unknown,
        "a Front End pool of a topology naming no CMS host"
    );
    assert!(
        !t.pools[1].to_plan(&[]).cms_unknown,
        "a Director never hosts it"
    );
    let mut plan = plan;
    plan.failure.file_store_kept = true;
    plan.back_end.mirror_unknown = false;
    assert_eq!(
        validate(&plan),
        vec![],
        "a default instance is a complete answer"
    );
    let view = TopologyView::from(&t);
    let stores = format!("{:?}", view.stores);
    assert!(stores.contains("(default instance)"), "{stores}");
    assert!(
        !stores.contains(r"\ —") && !stores.contains("\\\\ "),
        "{stores}"
    );
    // The plan says it does not know, and how to find out, before the Back End is rebuilt.
    let list = lync_restore::plan::build_checklist(
        &lync_restore::plan::Pool::check(&lync_restore::plan::Plan {
            failure: lync_restore::plan::Failure {
                whole_pool: false,
                back_end: true,
                ..Default::default()
            },
            ..plan
        }),
        Texts::english(),
    );
    let back_end = list
        .sections
        .iter()
        .find(|s| s.phase == "back_end")
        .expect("back end");
    assert!(
        back_end.steps[0].id.ends_with("cms.where"),
        "{:?}",
        back_end.steps[0].id
    );
    assert_eq!(
        back_end.steps[0].command.as_deref(),
        Some("Get-CsConfigurationStoreLocation")
    );
    let commands: String = list
        .sections
        .iter()
        .flat_map(|s| &s.steps)
        .filter_map(|s| s.command.clone())
        .collect();
    assert!(!commands.contains("SqlInstanceName"), "{commands}");
    // Only the backup share, which a topology does not say, is still to be filled in.
    assert_eq!(list.missing, [r"<$Backup share, \\server\share>"]);
}

#[test]
fn an_unpublished_builder_document_with_one_pool_says_that_pool_hosts_the_store() {
    // Saved before the first publish: no CentralMgmt service, one Front End pool. That pool is
    // where the store is published, so it hosts it (not "unknown", not "no").
    let t =
        import_topology(&fixture("topology/builder-unpublished-one-pool.tbxml")).expect("imports");
    assert_eq!(t.shape, Shape::Builder);
    assert_eq!(t.cms_host.as_deref(), Some("lyncpool.fabrikam.com"));
    let plan = t.pools[0].to_plan(&[]);
    assert!(plan.hosts_cms && !plan.cms_unknown);
    // The Edge pool never hosts it.
    assert!(
        !t.pools
            .iter()
            .any(|p| p.kind == PoolKind::Edge && p.hosts_cms)
    );
}

#[test]
fn the_unpublished_builder_golden_is_the_plan_the_import_makes() {
    // tests/fixtures/plans/44-… is the plan of that document's pool, with the answers a user
    // gives (not mirrored, the file store's server still runs, where the backups are).
    let t =
        import_topology(&fixture("topology/builder-unpublished-one-pool.tbxml")).expect("imports");
    let mut plan = t.pools[0].to_plan(&[]);
    assert!(
        plan.back_end.mirror_unknown,
        "the file does not say whether it is mirrored"
    );
    plan.back_end.mirror_unknown = false;
    plan.failure.file_store_kept = true;
    plan.backup.location = r"\\backup01.fabrikam.com\SfBBackup".into();
    let path = format!(
        "{}/tests/fixtures/plans/44-sfb2015-unpublished-builder-one-pool-whole.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let golden = decode_file(&SerdeJson, &std::fs::read(path).expect("read")).expect("plan");
    assert_eq!(golden.plan, plan);
}
