//! Any text as the saved plans (localStorage, the durable copy, another tab's save): the start
//! reads them salvage-first and merges them, never panicking; what it keeps survives being
//! written and read again, and merging a store with itself changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::formats::store::Store;
use lync_restore::state::workspace::{Workspace, WorkspaceAction};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The same text as the local copy, the durable copy and another tab's save.
    let (ws, _) = Workspace::start(&SerdeJson, Some(text), Some(text), None, None, "t");
    let (theirs, problem) = Store::decode(&SerdeJson, Some(text));
    let merged = ws.clone().apply(WorkspaceAction::Merge(Box::new(theirs.clone())), "t");
    if problem.is_none() {
        assert_eq!(merged.store.plans.len(), ws.store.plans.len());
    }
    let written = merged.store.encode(&SerdeJson);
    let (again, problem) = Store::decode(&SerdeJson, Some(&written));
    assert_eq!(problem, None, "what the app writes reads back");
    assert_eq!(again.plans, merged.store.plans);
});
