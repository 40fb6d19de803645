//! Any bytes into the readiness report reader (with the topology it carries), against a fixed
//! plan: a report or a typed error, never a panic; what reads is within the report's limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::readiness::report::read_report;

fuzz_target!(|data: &[u8]| {
    let plan = example_plan();
    // Any fingerprint: a report for another plan is refused after it is read.
    let fingerprint = std::str::from_utf8(data)
        .ok()
        .and_then(|t| t.split("\"plan_fingerprint\": \"").nth(1))
        .and_then(|t| t.get(..8))
        .unwrap_or("00000000")
        .to_string();
    if let Ok(report) = read_report(&SerdeJson, data, &fingerprint, std::slice::from_ref(&plan)) {
        assert!(report.checks.len() <= 2000);
        assert!(report.observed.pools.len() <= 1);
    }
});
