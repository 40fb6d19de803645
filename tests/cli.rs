//! The command-line planner: plan file in, Markdown or JSON checklist out.

use crate::support::fixtures::fixture_path;
use std::ffi::OsStr;
use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lync-restore-plan"))
}

/// Runs the tool with `args`, expects success (else fails with its stderr) and gives its output.
fn stdout_of<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> String {
    let out = cli().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

#[test]
fn writes_markdown_with_the_typed_names() {
    let md = stdout_of([fixture_path("plans/01-fe-pool-3-whole.json")]);
    assert!(md.starts_with("# Restore binder: pool01.contoso.com\n"));
    assert!(md.contains("### Back End Server sql01.contoso.com"));
    assert!(md.contains("Import-CsUserData -PoolFqdn \"pool01.contoso.com\""));
    assert!(
        md.find("### Back End Server").expect("be")
            < md.find("### Front End Server fe01").expect("fe")
    );
}

#[test]
fn writes_json_that_lists_the_sections() {
    let out = stdout_of([
        &fixture_path("plans/05-edge-pool-2.json"),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let ids: Vec<&str> = v["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "prepare",
            "edge_export",
            "server:edge01.contoso.com",
            "server:edge02.contoso.com",
            "verify"
        ]
    );
}

#[test]
fn the_example_round_trips_through_the_cli() {
    let example = stdout_of(["--example"]);
    let path = std::env::temp_dir().join(format!("lync-example-{}.json", std::process::id()));
    std::fs::write(&path, example).expect("write");
    // The example is valid: --strict accepts it.
    let out = stdout_of([path.as_os_str(), OsStr::new("--strict")]);
    let _ = std::fs::remove_file(&path);
    assert!(out.contains("pool01.example.com"));
}

#[test]
fn bad_input_gets_a_clear_message_and_a_failing_status() {
    let out = cli().arg("/nonexistent/plan.json").output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/plan.json"));

    let path = std::env::temp_dir().join(format!("lync-bad-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"{"kind": "front_end", "pool_fqdn": "-bad.contoso.com", "servers": ["fe1.contoso.com"]}"#,
    )
    .expect("write");
    let strict = cli().arg(&path).arg("--strict").output().expect("run");
    std::fs::write(&path, "{not json").expect("write");
    let broken = cli().arg(&path).output().expect("run");
    let _ = std::fs::remove_file(&path);
    assert_eq!(strict.status.code(), Some(2), "--strict fails on findings");
    assert!(
        String::from_utf8_lossy(&strict.stderr)
            .contains("Pool FQDN: A label can't start with a hyphen")
    );
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("is not a valid plan file"));
}

#[test]
fn reads_a_topology_and_plans_the_named_pools_in_site_order() {
    let topo = format!(
        "{}/tests/fixtures/topology/published-two-sites.utf16le.xml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = stdout_of(["--topology", &topo]);
    assert!(text.contains(
        "pool se01.contoso.com [Standard Edition server] site Lyon (Central Management store)"
    ));
    assert!(text.contains("not planned: WacService on wac01.contoso.com"));
    let md = stdout_of([
        "--topology",
        &topo,
        "--failed",
        "edgepool.contoso.com,fe02.contoso.com,se01.contoso.com",
    ]);
    let at = |needle: &str| {
        md.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing"))
    };
    assert!(at("**1. se01.contoso.com") < at("**2. pool01.contoso.com"));
    assert!(at("**2. pool01.contoso.com") < at("**3. edgepool.contoso.com"));
    assert!(
        md.contains("### Front End Server fe02.contoso.com")
            && !md.contains("### Front End Server fe01.contoso.com")
    );
    let unknown = cli()
        .args(["--topology", &topo, "--failed", "nope.contoso.com"])
        .output()
        .expect("run");
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unknown.stderr)
            .contains("nope.contoso.com is neither a pool nor a server")
    );
}

#[test]
fn the_product_version_can_be_given() {
    let json = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec![
            fixture_path("plans/05-edge-pool-2.json"),
            "--format".into(),
            "json".into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        serde_json::from_str(&stdout_of(args)).expect("json")
    };
    assert_eq!(json(&[])["version"], "lync2013");
    assert_eq!(json(&["--version", "sfb2019"])["version"], "sfb2019");
    let out = cli()
        .args([
            &fixture_path("plans/05-edge-pool-2.json"),
            "--version",
            "2019",
        ])
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("sfb2019"));
}

#[test]
fn a_pool_that_gets_no_binder_is_an_error_in_every_format() {
    for format in ["markdown", "json"] {
        let out = cli()
            .args([
                fixture_path("plans/34-sfb2019-persistent-chat-refused.json").as_str(),
                "--format",
                format,
            ])
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(3),
            "{format}: no binder is an error"
        );
        assert!(
            out.stdout.is_empty(),
            "{format}: nothing that looks like a binder"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("error: no binder for"), "{format}: {err}");
    }
    // The same pool on a version that has the role gets its binder.
    stdout_of([
        fixture_path("plans/34-sfb2019-persistent-chat-refused.json").as_str(),
        "--version",
        "sfb2015",
    ]);
}

#[test]
fn writes_the_backup_script_and_the_readiness_check() {
    let backup = stdout_of([
        fixture_path("plans/16-fe-12-whole-everything.json").as_str(),
        "--script",
        "backup",
    ]);
    // Windows PowerShell 5.1 reads a script without a byte order mark in the ANSI code page.
    assert!(backup.starts_with("\u{feff}#Requires -Version 3.0"));
    assert!(backup.contains("Export-CsUserData -PoolFqdn \"pool01.contoso.com\""));
    let check = stdout_of([
        fixture_path("plans/16-fe-12-whole-everything.json").as_str(),
        "--script",
        "readiness",
        "--lang",
        "fr",
    ]);
    assert!(check.contains("En lecture seule") && check.contains("Test-BackupFile"));
    let out = cli()
        .args([
            fixture_path("plans/16-fe-12-whole-everything.json").as_str(),
            "--script",
            "restore",
        ])
        .output()
        .expect("run");
    assert!(!out.status.success());
}

#[test]
fn reads_a_readiness_report_back_into_the_binder() {
    let plan = fixture_path("readiness/pool01-plan.json");
    let passing = cli()
        .args([
            plan.as_str(),
            "--report",
            &fixture_path("readiness/pool01-passing.json"),
        ])
        .output()
        .expect("run");
    assert!(
        passing.status.success(),
        "{}",
        String::from_utf8_lossy(&passing.stderr)
    );
    let md = String::from_utf8(passing.stdout).expect("utf8");
    assert!(
        md.contains("checks passed") && md.contains("## Before the incident"),
        "{md}"
    );
    let failing = cli()
        .args([
            plan.as_str(),
            "--report",
            &fixture_path("readiness/pool01-failing.json"),
        ])
        .output()
        .expect("run");
    assert_eq!(failing.status.code(), Some(1));
    let md = String::from_utf8(failing.stdout).expect("utf8");
    let said = String::from_utf8(failing.stderr).expect("utf8");
    assert!(
        md.contains("has fe04.contoso.com, which this plan does not list"),
        "{md}"
    );
    assert!(
        md.contains("> Readiness check failed: \\\\\\\\backup01.contoso.com")
            && md.contains("> Readiness check warning: "),
        "{md}"
    );
    assert!(
        said.contains("error: user_data:pool01.contoso.com"),
        "{said}"
    );
    let other = cli()
        .args([
            plan.as_str(),
            "--report",
            &fixture_path("readiness/pool01-other-plan.json"),
        ])
        .output()
        .expect("run");
    assert_eq!(other.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&other.stderr).contains("not for this one"));
    let before = stdout_of([plan.as_str(), "--before", "--lang", "fr"]);
    assert!(before.contains("## Avant l’incident") && !before.contains("Dernière vérification"));
}
