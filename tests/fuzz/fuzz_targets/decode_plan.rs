//! Any bytes into the plan-file decoder (what "Import a plan file" reads): a session or a typed
//! error, never a panic; whatever decodes re-encodes to the same plan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lync_restore::plan::formats::codec::{decode_file, encode_file};
use lync_restore::plan::formats::json_text::SerdeJson;

fuzz_target!(|data: &[u8]| {
    if let Ok(session) = decode_file(&SerdeJson, data) {
        let again = decode_file(&SerdeJson, encode_file(&SerdeJson, &session, true).as_bytes())
            .expect("a decoded file re-encodes");
        assert_eq!(again.plan, session.plan);
    }
});
