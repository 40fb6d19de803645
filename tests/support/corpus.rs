//! The plans every whole-catalogue lint checks: each golden scenario's pools (a site plan's
//! too), the built-in example, and generated plans of every kind and option, deterministic so a
//! failure reproduces.

use lync_restore::plan::Plan;
use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::formats::codec::decode_file;
use lync_restore::plan::formats::json_text::SerdeJson;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use std::fs;
use std::path::Path;

use super::generators;

/// Generated plans checked on top of the fixtures.
const GENERATED: usize = 600;

/// Every plan of the corpus with its name: `<fixture>#<pool>`, `example`, `generated#<n>`.
pub fn corpus() -> Vec<(String, Plan)> {
    let mut plans = fixture_plans();
    let mut runner = TestRunner::deterministic();
    let strategy = generators::valid_plan();
    plans.extend((0..GENERATED).map(|i| {
        let plan = strategy.new_tree(&mut runner).expect("plan").current();
        (format!("generated#{i}"), plan)
    }));
    plans
}

/// The golden scenarios' pools and the example.
pub fn fixture_plans() -> Vec<(String, Plan)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut plans = Vec::new();
    for p in paths {
        let session = decode_file(&SerdeJson, &fs::read(&p).expect("read")).expect("plan");
        let name = p.file_stem().expect("name").to_string_lossy().into_owned();
        let pools = std::iter::once(session.plan).chain(session.site);
        plans.extend(
            pools
                .enumerate()
                .map(|(i, plan)| (format!("{name}#{i}"), plan)),
        );
    }
    plans.push(("example".into(), example_plan()));
    plans
}
