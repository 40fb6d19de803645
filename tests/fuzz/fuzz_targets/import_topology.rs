//! Any bytes into the topology importer: it must return (Ok or a typed error), never panic.
#![no_main]

use lync_restore::plan::Texts;
use lync_restore::plan::Pool;
use libfuzzer_sys::fuzz_target;
use lync_restore::plan::import::import_topology;

fuzz_target!(|data: &[u8]| {
    if let Ok(topology) = import_topology(data) {
        // Every pool must turn into a plan and a checklist without panicking either.
        for pool in &topology.pools {
            let plan = pool.to_plan(&[]);
            let _ = lync_restore::plan::build_checklist(&Pool::check(&plan), Texts::built_in(lync_restore::plan::Lang::En));
        }
    }
});
