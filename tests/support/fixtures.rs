//! The files under `tests/fixtures/`, read by path relative to that folder, and the check every
//! lint's control makes: that a planted error is among the findings.

use lync_restore::plan::Plan;
use lync_restore::plan::formats::codec::decode_file;
use lync_restore::plan::formats::json_text::SerdeJson;

/// The absolute path of `tests/fixtures/<rel>`.
pub fn fixture_path(rel: &str) -> String {
    format!("{}/tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"))
}

/// The bytes of `tests/fixtures/<rel>`.
pub fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(fixture_path(rel)).unwrap_or_else(|e| panic!("fixture {rel}: {e}"))
}

/// The plan of the plan file `tests/fixtures/plans/<name>.json`.
pub fn fixture_plan(name: &str) -> Plan {
    decode_file(&SerdeJson, &fixture(&format!("plans/{name}.json")))
        .unwrap_or_else(|e| panic!("plan fixture {name}: {e:?}"))
        .plan
}

/// Fails unless one of a lint's `findings` contains `needle`: a control's planted error was
/// caught, and for the reason the control planted.
pub fn assert_caught<S: AsRef<str> + std::fmt::Debug>(findings: &[S], needle: &str) {
    assert!(
        findings.iter().any(|f| f.as_ref().contains(needle)),
        "expected a finding containing {needle:?}, got {findings:?}"
    );
}
