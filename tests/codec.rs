//! Links, plan files and stored plans: round trips on generated plans, no panic on any input,
//! damaged inputs rejected with the right error, and golden fixtures of every format version,
//! kept forever, that must keep decoding.

use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::formats::codec::{
    DecodeError, MAX_FILE_BYTES, decode_file, decode_link, encode_file, encode_link, is_link,
};
use lync_restore::plan::formats::fingerprint::fingerprint;
use lync_restore::plan::formats::store::{Store, StoreProblem};
use lync_restore::plan::{
    BackEnd, ChatBackupMethod, Failure, Lang, MirrorLoss, PersistentChat, Plan, PoolKind, Progress,
    Session, SqlStore, StoreLocation,
};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/formats/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-z0-9.-]{0,30}", Just(String::new())]
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::sample::select(PoolKind::ALL.to_vec()),
        (
            text(),
            text(),
            prop::collection::vec(text(), 0..14),
            prop::collection::vec(text(), 0..3),
        ),
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        (text(), text(), text(), text(), text()),
        prop::sample::select(vec![
            MirrorLoss::Both,
            MirrorLoss::Primary,
            MirrorLoss::Mirror,
        ]),
        prop::sample::select(vec![
            StoreLocation::None,
            StoreLocation::Collocated,
            StoreLocation::StandAlone,
        ]),
        (any::<bool>(), any::<bool>(), any::<bool>()),
        (text(), text(), text()),
    )
        .prop_map(
            |(
                kind,
                (pool, site, servers, failed),
                (w, b, f, a, m),
                (t1, t2, t3, t4, t5),
                lost,
                loc,
                (c, r, x),
                (b1, b2, b3),
            )| {
                let mut p = Plan {
                    kind,
                    pool_fqdn: pool,
                    site,
                    servers,
                    failure: Failure {
                        whole_pool: w,
                        servers: failed,
                        back_end: b,
                        file_store: f,
                        archiving_store: a,
                    },
                    back_end: BackEnd {
                        sql_fqdn: t1.clone(),
                        sql_instance: t2,
                        mirrored: m,
                        mirror_fqdn: t3,
                        mirror_instance: t4.clone(),
                        witness_fqdn: t5,
                        lost,
                    },
                    hosts_cms: c,
                    response_group: r,
                    mediation_collocated: x,
                    archiving: SqlStore {
                        location: loc,
                        sql_fqdn: t1,
                        sql_instance: t4,
                    },
                    monitoring: SqlStore {
                        location: loc,
                        ..SqlStore::default()
                    },
                    persistent_chat: PersistentChat {
                        enabled: x,
                        sql_fqdn: b1.clone(),
                        sql_instance: b2.clone(),
                        compliance: c,
                        backup_method: if r {
                            ChatBackupMethod::Export
                        } else {
                            ChatBackupMethod::SqlBackup
                        },
                    },
                    file_store: b3.clone(),
                    backup_pool: b2,
                    ..Plan::default()
                };
                p.backup.location = b1;
                p.backup.user_data = b3;
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_link_gives_back_the_same_plan(p in plan()) {
        let link = encode_link(&p).expect("fits in a link");
        prop_assert!(is_link(&link));
        prop_assert_eq!(decode_link(&link), Ok(p.clone()));
        prop_assert_eq!(decode_link(link.trim_start_matches('#')), Ok(p));
    }

    #[test]
    fn a_file_gives_back_the_same_session(p in plan(), ticks in prop::collection::btree_map("[a-z/:.]{1,20}", text(), 0..5), with in any::<bool>()) {
        let session = Session { plan: p, progress: Progress { ticks }, ..Session::default() };
        let decoded = decode_file(encode_file(&session, with).as_bytes()).expect("decodes");
        prop_assert_eq!(&decoded.plan, &session.plan);
        prop_assert_eq!(decoded.progress, if with { session.progress } else { Progress::default() });
    }

    #[test]
    fn decoding_never_panics_on_any_text(s in any::<String>()) {
        let _ = decode_link(&s);
        let _ = decode_link(&format!("#plan=v1.{s}"));
        let _ = decode_file(s.as_bytes());
        let _ = Store::decode(Some(&s));
    }

    #[test]
    fn decoding_never_panics_on_any_bytes(b in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode_file(&b);
    }

    #[test]
    fn truncated_links_and_files_are_refused(p in plan(), cut in 1usize..40) {
        let link = encode_link(&p).expect("fits");
        let short = &link[..link.len().saturating_sub(cut).max(8)];
        prop_assert!(decode_link(short).is_err(), "a cut link is refused");
        let file = encode_file(&Session { plan: p, ..Session::default() }, false);
        let short = &file.as_bytes()[..file.len().saturating_sub(cut + 2)];
        prop_assert!(decode_file(short).is_err());
    }

    #[test]
    fn a_link_altered_by_one_bit_is_refused(p in plan(), at in any::<prop::sample::Index>(), bit in 0u8..7) {
        let link = encode_link(&p).expect("fits");
        let mut bytes = link.into_bytes();
        let i = at.index(bytes.len());
        bytes[i] ^= 1 << bit;
        if let Ok(flipped) = String::from_utf8(bytes) {
            // The check refuses the link; it can only open if the flip changed nothing the
            // plan is made of (never as another plan).
            match decode_link(&flipped) {
                Err(_) => {}
                Ok(decoded) => prop_assert_eq!(decoded, decode_link(&encode_link(&p).expect("fits")).expect("opens")),
            }
        }
    }
}

#[test]
fn damaged_inputs_get_the_right_error() {
    let link = encode_link(&example_plan()).expect("fits");
    assert_eq!(decode_link("#other"), Err(DecodeError::NotALink));
    assert_eq!(decode_link("#plan=v1"), Err(DecodeError::Damaged));
    assert_eq!(decode_link("#plan=v1.%%%"), Err(DecodeError::Damaged));
    assert_eq!(
        decode_link(&link[..link.len() / 2]),
        Err(DecodeError::Damaged)
    );
    assert_eq!(
        decode_link(&link.replace("#plan=v2.", "#plan=v9.")),
        Err(DecodeError::NewerVersion(9))
    );
    assert!(matches!(
        decode_link(&"#plan=v1.".repeat(10_000)),
        Err(DecodeError::TooLarge { .. })
    ));

    let file = encode_file(
        &Session {
            plan: example_plan(),
            ..Session::default()
        },
        true,
    );
    assert!(matches!(
        decode_file(&file.as_bytes()[..file.len() / 2]),
        Err(DecodeError::NotJson { .. })
    ));
    assert_eq!(decode_file(b""), Err(DecodeError::Empty));
    assert_eq!(decode_file(b"[1,2]"), Err(DecodeError::NotAPlan));
    assert_eq!(
        decode_file(br#"{"hello": "world", "format_version": 1}"#),
        Err(DecodeError::NotAPlan)
    );
    assert_eq!(
        decode_file(
            &file
                .replace("\"format_version\": 1", "\"format_version\": 7")
                .into_bytes()
        ),
        Err(DecodeError::NewerVersion(7))
    );
    assert!(matches!(
        decode_file(br#"{"format_version": 1, "kind": "teapot"}"#),
        Err(DecodeError::BadField(_))
    ));
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        decode_file(&big),
        Err(DecodeError::TooLarge {
            size: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        })
    );
    let fifty_mb = DecodeError::TooLarge {
        size: 50 * 1024 * 1024,
        limit: MAX_FILE_BYTES,
    };
    assert_eq!(
        fifty_mb.message(Lang::En),
        "It is 50.0 MB but a plan is at most 1.0 MB: this is not a plan file of this app."
    );
    let servers: Vec<String> = (0..201).map(|i| format!("\"s{i}.x.com\"")).collect();
    let many = format!(
        r#"{{"format_version": 1, "servers": [{}]}}"#,
        servers.join(",")
    );
    assert_eq!(
        decode_file(many.as_bytes()),
        Err(DecodeError::TooManyServers(201))
    );
}

#[test]
fn the_example_link_stays_short() {
    let link = encode_link(&example_plan()).expect("fits");
    assert!(
        link.len() < 1400,
        "the 12-server example link is {} characters",
        link.len()
    );
}

#[test]
fn golden_fixtures_of_every_version_still_decode() {
    // Format 1 link, written by this app's first link encoder.
    let link = String::from_utf8(fixture("link-v1.txt")).expect("utf8");
    assert_eq!(decode_link(link.trim()), Ok(example_plan()));
    // Format 1 plan file with progress, and a bare plan as the command-line tool reads.
    let session = decode_file(&fixture("plan-file-v1.json")).expect("plan file v1");
    assert_eq!(session.plan, example_plan());
    assert_eq!(
        session.progress.tick_time("prepare/prep.troubleshoot"),
        Some("2026-11-26 04:30")
    );
    assert_eq!(
        decode_file(&fixture("bare-plan-v1.json"))
            .expect("bare plan")
            .plan
            .pool_fqdn,
        "pool01.contoso.com"
    );
    // UTF-8 with a byte-order mark, as Windows editors save.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(fixture("bare-plan-v1.json"));
    assert!(decode_file(&bom).is_ok());
    // Stored plans, format 1, and the single session the first release kept.
    let (store, problem) = Store::decode(Some(
        &String::from_utf8(fixture("store-v1.json")).expect("utf8"),
    ));
    assert_eq!(problem, None);
    assert_eq!(store.plans.len(), 2);
    assert_eq!(store.current.as_deref(), Some("p2"));
    let mut migrated = Store::decode(None).0;
    assert!(migrated.migrate_legacy(
        Some(&String::from_utf8(fixture("legacy-session.json")).expect("utf8")),
        "now"
    ));
    assert_eq!(migrated.plans[0].session.plan, example_plan());
    assert_eq!(migrated.plans[0].session.progress.ticks.len(), 1);
}

#[test]
fn stored_plans_are_salvaged_not_lost() {
    let good = Store::decode(Some(
        &String::from_utf8(fixture("store-v1.json")).expect("utf8"),
    ))
    .0;
    let mut value: serde_json::Value = serde_json::from_str(&good.encode()).expect("json");
    value["plans"][0]["session"] = serde_json::json!("garbage");
    let (salvaged, problem) = Store::decode(Some(&value.to_string()));
    assert_eq!(problem, Some(StoreProblem::Dropped(1)));
    assert_eq!(salvaged.plans.len(), 1);
    assert_eq!(salvaged.plans[0], good.plans[1]);
    let (empty, problem) = Store::decode(Some("{\"format_version\":1,\"plans\":[{\"id\":"));
    assert!(matches!(
        problem,
        Some(StoreProblem::Unreadable(DecodeError::NotJson { .. }))
    ));
    assert!(empty.plans.is_empty());
    let (_, newer) = Store::decode(Some(r#"{"format_version": 2, "plans": []}"#));
    assert_eq!(
        newer,
        Some(StoreProblem::Unreadable(DecodeError::NewerVersion(2)))
    );
}

#[test]
fn saved_plans_can_be_added_renamed_and_deleted() {
    let mut store = Store::decode(None).0;
    let s = Session {
        plan: example_plan(),
        ..Session::default()
    };
    let id = store.new_id();
    store.save(&id, &s, "t1");
    assert_eq!(store.find(&id).expect("saved").name, "pool01.example.com");
    assert!(store.rename(&id, "  Paris pool  "));
    assert!(!store.rename(&id, "   "));
    assert_eq!(store.find(&id).expect("saved").name, "Paris pool");
    assert_eq!(
        store.same_pool(&s).map(|p| p.id.as_str()),
        Some(id.as_str())
    );
    let other = store.new_id();
    assert_ne!(other, id);
    store.delete(&id);
    assert!(store.find(&id).is_none());
    assert_eq!(store.current, None);
}

/// What this build writes, byte for byte: links, fingerprints, plan files and stored plans of
/// a plan with every awkward character. The fixture was written by the serde_json-based writer
/// of earlier builds; the fingerprint printed on a binder must not change from build to build.
#[test]
fn written_formats_are_pinned() {
    let example = example_plan();
    let ticks = [(
        "a/b".to_string(),
        "2026-11-26 03:59 \"q\"\n\u{1}é".to_string(),
    )];
    let mut odd = Plan {
        kind: PoolKind::Edge,
        pool_fqdn: "x\"\\\u{7f}\u{1f}/é😀".into(),
        failure: Failure {
            whole_pool: false,
            servers: vec!["a".into()],
            ..Failure::default()
        },
        ..Plan::default()
    };
    odd.backup.location = "\\\\s\\b".into();
    let session = Session {
        plan: example.clone(),
        progress: Progress {
            ticks: ticks.into_iter().collect(),
        },
        site: vec![odd.clone(), Plan::default()],
    };
    let mut store = Store::decode(None).0;
    store.save("p1", &session, "2026-11-26 09:00");
    store.save("p2", &Session::default(), "now");
    store.current = None;
    let written = format!(
        "{}\n{}\n{}\n{}\n{}\n---\n{}---\n{}---\n{}\n",
        encode_link(&example).expect("fits"),
        encode_link(&odd).expect("fits"),
        fingerprint(&example),
        fingerprint(&odd),
        fingerprint(&Plan::default()),
        encode_file(&session, true),
        encode_file(&session, false),
        store.encode()
    );
    assert_eq!(
        written,
        String::from_utf8(fixture("written-v1.txt")).expect("utf8")
    );
}
