//! A readiness report read back against its plan: strict reading of untrusted input (every
//! damaged-input error, with the field's path), a report for another plan refused, the live
//! topology it carries read by the importer into drift findings, and the steps each failed check
//! marks. Writes the sample plan and reports the end-to-end test opens
//! (`tests/fixtures/readiness/`, refreshed with `UPDATE_GOLDEN=1`, otherwise checked current).

use std::fs;
use std::path::Path;

use lync_restore::plan::description::readiness::{Status, drift};
use lync_restore::plan::formats::codec::encode_file;
use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::import::import_topology;
use lync_restore::plan::readiness::report::{MAX_REPORT_BYTES, ReportError, read_report};
use lync_restore::plan::{Lang, Plan, Session, Texts, fingerprint};

fn fixture(name: &str) -> Vec<u8> {
    fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .expect("fixture")
}

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

const PASSING: &str = r#"[
  {"id": "config:pool01.contoso.com", "protects": ["prep.backup-files", "cms.replica-export", "cms.import"], "status": "passed", "detail": "\\\\backup01.contoso.com\\LyncBackup\\Config.zip, 3 hours old, 412 KB"},
  {"id": "user_data:pool01.contoso.com", "protects": ["prep.backup-files", "data.user"], "status": "passed", "detail": "\\\\backup01.contoso.com\\LyncBackup\\ExportedUserData.zip, 3 hours old, 2310 KB"},
  {"id": "drift:members:pool01.contoso.com", "protects": ["prep.names"], "status": "passed", "detail": "pool01.contoso.com has the 3 member servers of the plan"}
]"#;

const FAILING: &str = r#"[
  {"id": "config:pool01.contoso.com", "protects": ["prep.backup-files", "cms.replica-export", "cms.import"], "status": "passed", "detail": "\\\\backup01.contoso.com\\LyncBackup\\Config.zip, 3 hours old, 412 KB"},
  {"id": "user_data:pool01.contoso.com", "protects": ["prep.backup-files", "data.user"], "status": "failed", "detail": "\\\\backup01.contoso.com\\LyncBackup\\ExportedUserData.zip is 2160 hours old (at most 26)"},
  {"id": "archiving_db:pool01.contoso.com:LcsLog", "protects": ["prep.backup-files", "data.archiving"], "status": "warning", "detail": "the backup history of LcsLog on sqlarch.contoso.com\\arch could not be read: Login failed"},
  {"id": "drift:members:pool01.contoso.com", "protects": ["prep.names"], "status": "failed", "detail": "pool01.contoso.com has servers the plan does not list (fe04.contoso.com) or lacks servers it lists (): print the binder again from an updated plan"}
]"#;

#[test]
fn a_passing_report_reads_back_with_no_drift() {
    let (topology, plan) = topology_and_plan();
    let text = report(&plan, &topology, PASSING);
    let id = fingerprint(&SerdeJson, &plan);
    let r = read_report(
        &SerdeJson,
        text.as_bytes(),
        &id,
        std::slice::from_ref(&plan),
    )
    .expect("report");
    assert_eq!(r.passed(), (3, 3));
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
    let text = report(&edited, &topology, FAILING);
    let id = fingerprint(&SerdeJson, &edited);
    let r = read_report(
        &SerdeJson,
        text.as_bytes(),
        &id,
        std::slice::from_ref(&edited),
    )
    .expect("report");
    assert_eq!(r.passed(), (1, 4));
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
    let id = fingerprint(&SerdeJson, &other);
    let text = report(&other, &topology, PASSING);
    let r = read_report(
        &SerdeJson,
        text.as_bytes(),
        &id,
        std::slice::from_ref(&other),
    )
    .expect("report");
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
    let id = fingerprint(&SerdeJson, &plan);
    let r = read_report(
        &SerdeJson,
        report(&plan, "", PASSING).as_bytes(),
        &id,
        std::slice::from_ref(&plan),
    )
    .expect("report");
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
    let good = report(&plan, &topology, PASSING);
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
    let good = report(&plan, &topology, FAILING).into_bytes();
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
        ("pool01-passing.json", report(&plan, &topology, PASSING)),
        (
            "pool01-other-plan.json",
            report(&edited_plan(&plan), &topology, PASSING),
        ),
        (
            "pool01-failing.json",
            report(&plan, &grown(&topology), FAILING),
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
    let text = report(&plan, &topology, FAILING);
    let r = read_report(
        &SerdeJson,
        text.as_bytes(),
        &id,
        std::slice::from_ref(&plan),
    )
    .expect("report");
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
            .filter(|s| s.caution.as_deref().is_some_and(|c| c.contains("2160")))
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
    }
    // A report for an older version of the plan says so and marks nothing.
    let texts = Texts::built_in(Lang::En);
    let stale = view(std::slice::from_ref(&plan), Some(&r), "0badc0de", texts);
    assert!(stale.marks.is_empty() && stale.lines[0].contains(&id));
    // No report: only the part before the incident.
    let none = view(std::slice::from_ref(&plan), None, &id, texts);
    assert!(none.lines.is_empty() && !none.sheet.is_empty());
}
