//! A readiness report read back against its plan: strict reading of untrusted input (every
//! damaged-input error, with the field's path), a report for another plan refused, the live
//! topology it carries read by the importer into drift findings, and the steps each failed check
//! marks. Writes the sample plan and reports the end-to-end test opens
//! (`tests/fixtures/readiness/`, refreshed with `UPDATE_GOLDEN=1`, otherwise checked current).

use std::fs;
use std::path::Path;

use crate::support::fixtures::fixture;
use lync_restore::plan::description::readiness::{Readiness, Status, drift};
use lync_restore::plan::formats::codec::encode_file;
use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::import::import_topology;
use lync_restore::plan::readiness::artefacts::artefact;
use lync_restore::plan::readiness::report::{MAX_REPORT_BYTES, ReportError, read_report};
use lync_restore::plan::readiness::scripts::items;
use lync_restore::plan::{Lang, Plan, Session, Texts, fingerprint};

/// The topology fixture as UTF-8 text, and its pool01 as a plan (with a backup share).
fn topology_and_plan() -> (String, Plan) {
    let bytes = fixture("topology/published-two-sites.utf16le.xml");
    let units: Vec<u16> = bytes[2..]
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let text = String::from_utf16(&units).expect("utf-16");
    let topology = import_topology(&bytes).expect("topology");
    let mut plan = topology
        .pools
        .iter()
        .find(|p| p.fqdn == "pool01.contoso.com")
        .expect("pool01")
        .to_plan(&[]);
    plan.backup.location = r"\\backup01.contoso.com\LyncBackup".into();
    plan.back_end.mirror_unknown = false;
    plan.response_group_unknown = false;
    (text, plan)
}

/// `text` read as the readiness report of `plan` (which it must be).
fn read_for(plan: &Plan, text: &str) -> Readiness {
    let id = fingerprint(&SerdeJson, plan);
    read_report(&SerdeJson, text.as_bytes(), &id, std::slice::from_ref(plan)).expect("report")
}

/// A report as the check writes it, for `plan`, with these checks.
fn report(plan: &Plan, topology: &str, checks: &str) -> String {
    let doc = serde_json::json!({
        "app": "lync-restore-readiness",
        "format_version": 1,
        "plan_fingerprint": fingerprint(&SerdeJson, plan),
        "pools": [plan.pool_fqdn],
        "computer": "fe01.contoso.com",
        "user": "CONTOSO\\lyncadmin",
        "finished": "2026-12-05T02:10:00.0000000+01:00",
        "checks": serde_json::from_str::<serde_json::Value>(checks).expect("checks"),
        "topology": topology,
    });
    // What Windows PowerShell 5.1's Set-Content -Encoding UTF8 writes: a byte order mark first.
    format!(
        "\u{feff}{}",
        serde_json::to_string_pretty(&doc).expect("json")
    )
}

/// Every check the plan's readiness check writes, passed (ids and protected steps as the script
/// writes them).
fn passing(plan: &Plan) -> String {
    let mut checks = Vec::new();
    for item in items(std::slice::from_ref(plan), Lang::En) {
        let mut protects = vec!["prep.backup-files".to_string()];
        protects.extend(item.protects.iter().map(|p| p.to_string()));
        let id = format!("{}:{}", item.id, item.pool);
        let dbs = artefact(item.id).map_or(&[][..], |a| a.databases);
        let ids: Vec<String> = if dbs.is_empty() {
            vec![id]
        } else {
            dbs.iter().map(|db| format!("{id}:{db}")).collect()
        };
        for id in ids {
            checks.push(serde_json::json!({
                "id": id, "protects": protects, "status": "passed",
                "detail": format!("{id}: 3 h old"), "say": "", "args": [],
            }));
        }
    }
    checks.push(serde_json::json!({
        "id": format!("drift:members:{}", plan.pool_fqdn), "protects": ["prep.names"],
        "status": "passed", "detail": "every member server of the plan",
        "say": "check.members_same", "args": [plan.pool_fqdn, "3"],
    }));
    serde_json::to_string(&checks).expect("json")
}

/// The passing checks with the user data export too old, the Archiving history unreadable and
/// a server the plan does not list.
fn failing(plan: &Plan) -> String {
    let mut checks: Vec<serde_json::Value> = serde_json::from_str(&passing(plan)).expect("checks");
    for c in &mut checks {
        let id = c["id"].as_str().unwrap_or_default().to_string();
        if id.starts_with("user_data:") {
            c["status"] = "failed".into();
            c["detail"] = r"\\backup01.contoso.com\LyncBackup\ExportedUserData.zip is too old: 2160 h (at most 26 h)".into();
            c["say"] = "check.too_old".into();
            c["args"] = serde_json::json!([
                r"\\backup01.contoso.com\LyncBackup\ExportedUserData.zip",
                "2160",
                "26"
            ]);
        } else if id.starts_with("archiving_db:") {
            c["status"] = "warning".into();
            c["detail"] = r"the backup history of LcsLog on sqlarch.contoso.com\arch could not be read: Login failed".into();
            c["say"] = "check.sql_unread".into();
            c["args"] = serde_json::json!(["LcsLog", r"sqlarch.contoso.com\arch", "Login failed"]);
        } else if id.starts_with("drift:members:") {
            c["id"] = format!("{id}:extra").into();
            c["status"] = "failed".into();
            c["detail"] = "pool01.contoso.com has servers the plan does not list: fe04.contoso.com. Print the binder again from an updated plan.".into();
            c["say"] = "check.members_extra".into();
            c["args"] = serde_json::json!(["pool01.contoso.com", "fe04.contoso.com"]);
        }
    }
    serde_json::to_string(&checks).expect("json")
}

#[test]
fn a_passing_report_reads_back_with_no_drift() {
    let (topology, plan) = topology_and_plan();
    let text = report(&plan, &topology, &passing(&plan));
    let r = read_for(&plan, &text);
    let (done, total) = r.passed();
    assert!(done == total && total > 3, "{done} of {total}");
    assert!(r.observed.read);
    assert_eq!(r.observed.pools[0].members.len(), 3);
    assert!(
        drift(&r, std::slice::from_ref(&plan)).is_empty(),
        "{:?}",
        drift(&r, std::slice::from_ref(&plan))
    );
    assert_eq!(r.marks("server:fe01/data.user").count(), 0);
}

#[test]
fn a_failing_report_marks_the_steps_it_protects_and_says_the_drift() {
    let (topology, plan) = topology_and_plan();
    // The plan lost a member server the deployment still has.
    let edited = edited_plan(&plan);
    let text = report(&edited, &topology, &failing(&edited));
    let r = read_for(&edited, &text);
    let (done, total) = r.passed();
    assert_eq!(total - done, 3, "{done} of {total}");
    let marks: Vec<_> = r.marks("data/data.user").map(|c| c.status).collect();
    assert_eq!(marks, [Status::Failed]);
    assert_eq!(r.marks("prep/prep.backup-files").count(), 2);
    assert_eq!(r.marks("cms/cms.import").count(), 0);
    let texts = Texts::built_in(Lang::En);
    let said: Vec<String> = drift(&r, &[edited])
        .iter()
        .map(|m| texts.render(m))
        .collect();
    assert_eq!(
        said,
        ["pool01.contoso.com has fe03.contoso.com, which this plan does not list."]
    );
    let fr = Texts::built_in(Lang::Fr);
    assert_eq!(
        fr.render(&drift(&r, std::slice::from_ref(&edited_plan(&plan)))[0]),
        "pool01.contoso.com a fe03.contoso.com, que ce plan ne cite pas."
    );
}

fn edited_plan(plan: &Plan) -> Plan {
    let mut edited = plan.clone();
    edited.servers.retain(|s| s != "fe03.contoso.com");
    edited
}

/// The topology with a fourth Front End Server in pool01, which the plan does not list.
fn grown(topology: &str) -> String {
    let fe03 = topology
        .lines()
        .find(|l| l.contains("Fqdn=\"fe03.contoso.com\""))
        .expect("fe03");
    let fe04 = fe03
        .replace("fe03", "fe04")
        .replace("OrdinalInCluster=\"3\"", "OrdinalInCluster=\"4\"");
    topology.replacen(fe03, &format!("{fe03}\n{fe04}"), 1)
}

#[test]
fn drift_of_back_end_file_store_version_and_store() {
    let (topology, plan) = topology_and_plan();
    let mut other = plan.clone();
    other.back_end.sql_fqdn = "sql09.contoso.com".into();
    other.file_store = r"\\fs09.contoso.com\share".into();
    other.version = lync_restore::plan::Version::SfB2019;
    other.hosts_cms = !plan.hosts_cms;
    other.servers.push("fe09.contoso.com".into());
    let text = report(&other, &topology, &passing(&other));
    let r = read_for(&other, &text);
    let texts = Texts::built_in(Lang::En);
    let said: Vec<String> = drift(&r, &[other])
        .iter()
        .map(|m| texts.render(m))
        .collect();
    let all = said.join("\n");
    for expected in [
        "This plan lists fe09.contoso.com, which pool01.contoso.com no longer has.",
        "The Back End of pool01.contoso.com is sql01.contoso.com\\rtc; this plan says sql09.contoso.com",
        "The file store of pool01.contoso.com is",
        "pool01.contoso.com runs Lync Server 2013; this plan is for Skype for Business Server 2019.",
        "The Central Management store",
    ] {
        assert!(all.contains(expected), "{expected:?} not in:\n{all}");
    }
}

#[test]
fn a_report_without_a_readable_topology_says_drift_was_not_checked() {
    let (_, plan) = topology_and_plan();
    let r = read_for(&plan, &report(&plan, "", &passing(&plan)));
    assert!(!r.observed.read);
    let texts = Texts::built_in(Lang::En);
    assert!(
        texts
            .render(&drift(&r, &[plan])[0])
            .contains("could not read the published topology")
    );
}

#[test]
fn every_damaged_report_is_refused_with_its_reason() {
    let (topology, plan) = topology_and_plan();
    let id = fingerprint(&SerdeJson, &plan);
    let good = report(&plan, &topology, &passing(&plan));
    let read = |text: &str| {
        read_report(
            &SerdeJson,
            text.as_bytes(),
            &id,
            std::slice::from_ref(&plan),
        )
    };
    assert_eq!(read(""), Err(ReportError::Empty));
    assert_eq!(read("   \n"), Err(ReportError::Empty));
    assert!(matches!(
        read("{\"app\": "),
        Err(ReportError::NotJson(1, _))
    ));
    assert_eq!(read("[1, 2]"), Err(ReportError::NotAReport));
    assert_eq!(
        read("{\"app\": \"lync-restore-planner\", \"format_version\": 1}"),
        Err(ReportError::NotAReport)
    );
    assert_eq!(
        read(&good.replace("\"format_version\": 1", "\"format_version\": 9")),
        Err(ReportError::NewerVersion(9))
    );
    let bad_status = good.replacen("\"passed\"", "\"fine\"", 1);
    assert!(
        matches!(read(&bad_status), Err(ReportError::BadField(p)) if p.contains("checks")),
        "{:?}",
        read(&bad_status)
    );
    let unknown = good.replacen("\"computer\"", "\"extra\": 1, \"computer\"", 1);
    assert!(matches!(read(&unknown), Err(ReportError::BadField(_))));
    let other = good.replace(&id, "0badc0de");
    assert_eq!(read(&other), Err(ReportError::OtherPlan("0badc0de".into())));
    let huge = vec![b' '; MAX_REPORT_BYTES + 1];
    assert_eq!(
        read_report(&SerdeJson, &huge, &id, std::slice::from_ref(&plan)),
        Err(ReportError::TooLarge(MAX_REPORT_BYTES + 1))
    );
    let long = good.replacen("fe01.contoso.com\"", &format!("{}\"", "x".repeat(5000)), 1);
    assert!(matches!(read(&long), Err(ReportError::BadField(_))));
    // Every error is said in both languages, with its values.
    for e in [
        ReportError::Empty,
        ReportError::TooLarge(9_000_000),
        ReportError::NotJson(0, 0),
        ReportError::NotJson(3, 4),
        ReportError::NotAReport,
        ReportError::NewerVersion(2),
        ReportError::BadField("checks[0].status".into()),
        ReportError::OtherPlan("0badc0de".into()),
    ] {
        for lang in [Lang::En, Lang::Fr] {
            let said = Texts::built_in(lang).render(&e.message());
            assert!(!said.is_empty() && !said.contains('{'), "{said}");
        }
    }
}

#[test]
fn any_bytes_give_a_report_or_an_error() {
    use proptest::prelude::*;
    let (topology, plan) = topology_and_plan();
    let id = fingerprint(&SerdeJson, &plan);
    let good = report(&plan, &topology, &failing(&plan)).into_bytes();
    proptest!(ProptestConfig::with_cases(300), |(cut in 0..good.len(), flip in 0..good.len(), byte: u8)| {
        let mut bytes = good[..cut].to_vec();
        let _ = read_report(&SerdeJson, &bytes, &id, std::slice::from_ref(&plan));
        bytes = good.clone();
        bytes[flip] = byte;
        let _ = read_report(&SerdeJson, &bytes, &id, std::slice::from_ref(&plan));
    });
}

#[test]
fn sample_plan_and_reports_for_the_end_to_end_test() {
    let (topology, plan) = topology_and_plan();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/readiness");
    let session = Session {
        plan: plan.clone(),
        ..Session::default()
    };
    let files = [
        ("pool01-plan.json", encode_file(&SerdeJson, &session, false)),
        (
            "pool01-passing.json",
            report(&plan, &topology, &passing(&plan)),
        ),
        (
            "pool01-other-plan.json",
            report(
                &edited_plan(&plan),
                &topology,
                &passing(&edited_plan(&plan)),
            ),
        ),
        (
            "pool01-failing.json",
            report(&plan, &grown(&topology), &failing(&plan)),
        ),
    ];
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for (name, text) in files {
        let path = dir.join(name);
        if update {
            fs::create_dir_all(&dir).expect("dir");
            fs::write(&path, &text).expect("write");
        } else {
            assert_eq!(
                fs::read_to_string(&path).ok().as_deref(),
                Some(text.as_str()),
                "{name} is stale: UPDATE_GOLDEN=1"
            );
        }
    }
}

#[test]
fn the_binder_shows_the_report_on_its_cover_its_steps_and_the_part_before_the_incident() {
    use lync_restore::plan::readiness::view::{mark_steps, view, with_readiness_markdown};
    use lync_restore::plan::{Pool, build_checklist, to_markdown};
    let (topology, plan) = topology_and_plan();
    let id = fingerprint(&SerdeJson, &plan);
    let text = report(&plan, &topology, &failing(&plan));
    let r = read_for(&plan, &text);
    for lang in [Lang::En, Lang::Fr] {
        let texts = Texts::built_in(lang);
        let v = view(std::slice::from_ref(&plan), Some(&r), &id, texts);
        assert_eq!(v.lines.len(), 1, "{:?}", v.lines);
        let mut list = build_checklist(&Pool::check(&plan), texts);
        mark_steps(&mut list, &v);
        let marked: Vec<&str> = list
            .sections
            .iter()
            .flat_map(|s| &s.steps)
            .filter(|s| s.marks.iter().any(|m| m.contains("2160")))
            .map(|s| s.id.rsplit('/').next().unwrap_or_default())
            .collect();
        assert!(
            marked.contains(&"prep.backup-files") && marked.contains(&"data.user"),
            "{marked:?}"
        );
        let md = with_readiness_markdown(&to_markdown(&list, texts), &v);
        let (heading, worksheet) = match lang {
            Lang::En => ("## Before the incident", "| Data | Server name (FQDN) |"),
            _ => ("## Avant l’incident", "| Données | Nom du serveur (FQDN) |"),
        };
        assert!(md.contains(heading) && md.contains(worksheet), "{md}");
        // One worksheet row per artefact the backup writes, each with its tool.
        assert!(
            md.contains("| Export-CsUserData |") && md.contains("| Robocopy |"),
            "{md}"
        );
        assert!(md.contains("| Get-CsTopology |"), "{md}");
        // Failed first, each on its own line, labelled apart from Microsoft's caution.
        let failed = match lang {
            Lang::En => "> Readiness check failed: ",
            _ => "> Échec de la vérification de préparation\u{a0}: ",
        };
        assert!(md.contains(failed), "{md}");
        // The check's words in the binder's language, from the report's word ids.
        if lang == Lang::Fr {
            assert!(md.contains("ExportedUserData.zip est trop ancien"), "{md}");
        }
    }
    // A report for an older version of the plan says so and marks nothing.
    let texts = Texts::built_in(Lang::En);
    let stale = view(std::slice::from_ref(&plan), Some(&r), "0badc0de", texts);
    assert!(stale.marks.is_empty() && stale.lines[0].contains(&id));
    // No report: only the part before the incident.
    let none = view(std::slice::from_ref(&plan), None, &id, texts);
    assert!(none.lines.is_empty() && !none.sheet.is_empty());
}

#[test]
fn a_report_that_leaves_a_check_out_fails_it() {
    let (topology, plan) = topology_and_plan();
    let mut checks: Vec<serde_json::Value> = serde_json::from_str(&passing(&plan)).expect("checks");
    checks.retain(|c| {
        !c["id"]
            .as_str()
            .unwrap_or_default()
            .starts_with("user_data:")
    });
    let text = report(
        &plan,
        &topology,
        &serde_json::to_string(&checks).expect("json"),
    );
    let r = read_for(&plan, &text);
    let missing: Vec<_> = r
        .checks
        .iter()
        .filter(|c| c.say == "check.not_in_report")
        .collect();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0].status, Status::Failed);
    assert!(missing[0].protects.iter().any(|p| p == "data.user"));
}
