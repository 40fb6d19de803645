//! Any change to a language's pack (the French text the page fetches) and any text as the
//! rarely used steps' English: refused, or read and used to say a whole binder and every check
//! of it, never a panic. The pack keeps its size (another size is refused at once); its bytes
//! are the fuzzer's from an offset it picks, and every line it touched has its plural forms
//! picked for several counts. A pack that reads is kept for the page's life (leaked, by
//! design), so only inputs whose fourth byte is 0xFF are read whole, at most a thousand per
//! process (the fuzzer learns to set that byte): the rest would fill the memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicUsize, Ordering};
use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::description::pool::Pool;
use lync_restore::plan::texts::plural::resolve;
use lync_restore::plan::texts::table::FRENCH_PACK;
use lync_restore::plan::{Lang, Texts, build_checklist, validate};

fn say_everything(texts: Texts) {
    let plan = example_plan();
    let list = build_checklist(&Pool::check(&plan), texts);
    assert!(!list.sections.is_empty());
    for issue in validate(&plan) {
        let _ = texts.render(&issue.message());
    }
}

/// Packs read whole (and leaked) so far in this process.
static READ_WHOLE: AtomicUsize = AtomicUsize::new(0);

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, patch) = data.split_at(4);
    let mut pack = FRENCH_PACK.as_bytes().to_vec();
    let at = u32::from_le_bytes([head[0], head[1], head[2], 0]) as usize % pack.len();
    let end = (at + patch.len()).min(pack.len());
    pack[at..end].copy_from_slice(&patch[..end - at]);
    let Ok(pack) = String::from_utf8(pack) else {
        return;
    };
    let bytes = pack.as_bytes();
    let start = bytes[..at].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let stop = bytes[end..].iter().position(|b| *b == b'\n').map_or(bytes.len(), |i| end + i);
    for line in pack[start..stop].split('\n') {
        for n in [0, 1, 2, 21, 1_000_000] {
            let _ = resolve(line, Lang::Fr, &|_| Some(n));
        }
    }
    if head[3] == 0xFF
        && READ_WHOLE.fetch_add(1, Ordering::Relaxed) < 1000
        && let Ok(texts) = Texts::from_pack(Lang::Fr, &pack)
    {
        say_everything(texts);
    }
    if let Ok(text) = std::str::from_utf8(patch)
        && let Ok(texts) = Texts::english_with(text)
    {
        say_everything(texts);
    }
});
