//! Any bytes into the plan-file, link and stored-plans decoders; whatever decodes must round-trip.
#![no_main]

use lync_restore::plan::formats::json_text::SerdeJson;
use libfuzzer_sys::fuzz_target;
use lync_restore::plan::formats::codec::{decode_file, decode_link, encode_file, encode_link};
use lync_restore::plan::formats::store::Store;

fuzz_target!(|data: &[u8]| {
    if let Ok(session) = decode_file(&SerdeJson, data) {
        let again = decode_file(&SerdeJson, encode_file(&SerdeJson, &session, true).as_bytes()).expect("a decoded file re-encodes");
        assert_eq!(again.plan, session.plan);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(plan) = decode_link(&SerdeJson, text) {
            if let Some(link) = encode_link(&SerdeJson, &plan) {
                assert_eq!(decode_link(&SerdeJson, &link).expect("round trip"), plan);
            }
        }
        let _ = Store::decode(&SerdeJson, Some(text));
    }
});
