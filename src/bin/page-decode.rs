//! The decoders of every input the page reads, on their own, for the differential test
//! (`tests/e2e/differential.test.mjs`): in the browser they run on the page's own path (the
//! browser's `JSON.parse` and serde-wasm-bindgen, `decode` exported to the test's page); natively
//! on serde_json, reading a corpus from standard input (one input per line, `kind` then the
//! bytes in hex) and printing one outcome per line. Both must say the same of every input: the
//! same plan, or the same kind of error. Never served: the test command builds it.

use lync_restore::plan::formats::codec::{DecodeError, decode_file, decode_link};
use lync_restore::plan::formats::json_text::JsonText;
use lync_restore::plan::formats::store::Store;
use lync_restore::ui::browser_json::PageJson;

/// What decoding `bytes` as `kind` (`file`, `link` or `store`) gives: the decoded value written
/// as JSON, or the error's kind (its details, such as a JSON position, may differ between
/// parsers).
fn outcome(json: &impl JsonText, kind: &str, bytes: &[u8]) -> String {
    let error = |e: &DecodeError| {
        let text = format!("{e:?}");
        let end = text.find([' ', '(', '{']).unwrap_or(text.len());
        format!("error {}", &text[..end])
    };
    match kind {
        "file" => match decode_file(json, bytes) {
            Ok(session) => format!("ok {}", json.write(&session)),
            Err(e) => error(&e),
        },
        "link" => match decode_link(json, &String::from_utf8_lossy(bytes)) {
            Ok(plan) => format!("ok {}", json.write(&plan)),
            Err(e) => error(&e),
        },
        _ => {
            let (store, problem) = Store::decode(json, Some(&String::from_utf8_lossy(bytes)));
            let problem = match problem {
                None => "none".to_string(),
                Some(p) => {
                    let text = format!("{p:?}");
                    text.split([' ', '{'])
                        .next()
                        .unwrap_or_default()
                        .to_string()
                }
            };
            format!("store {problem} {}", json.write(&store))
        }
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
/// The page's outcome of decoding `bytes` as `kind`.
pub fn decode(kind: &str, bytes: &[u8]) -> String {
    outcome(&PageJson, kind, bytes)
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::io::BufRead;
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            let (kind, hex) = line.split_once(' ').unwrap_or((&line, ""));
            let bytes: Vec<u8> = (0..hex.len() / 2)
                .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
                .collect();
            println!("{}", outcome(&PageJson, kind, &bytes));
        }
    }
}
