//! Any text into the link decoder (the URL fragment a shared link carries): a plan or a typed
//! error, never a panic; whatever decodes makes a link that decodes to the same plan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lync_restore::plan::formats::codec::{decode_link, encode_link};
use lync_restore::plan::formats::json_text::SerdeJson;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(plan) = decode_link(&SerdeJson, text)
        && let Some(link) = encode_link(&SerdeJson, &plan)
    {
        assert_eq!(decode_link(&SerdeJson, &link).expect("round trip"), plan);
    }
});
