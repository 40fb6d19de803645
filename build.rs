//! Turns the human-edited step catalogue (`src/content/catalogue.toml`) into compact JSON in
//! `OUT_DIR`, so the shipped wasm carries a small JSON parser instead of a TOML one.
//! The catalogue's *meaning* is linted by `tests/catalogue_lint.rs`; here we only convert.

use std::{env, fs, path::PathBuf};

fn main() {
    let src = "src/content/catalogue.toml";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{src} is not valid TOML: {e}"));
    let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("cannot encode {src}: {e}"));
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("catalogue.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
