//! What each catalogue step changes, read from `src/content/effects.toml`: the data-safety lint
//! checks it against what a plan loses, the backup lint finds the SQL Server restores in it.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Each step id's effects, from `src/content/effects.toml`.
pub fn effects() -> BTreeMap<String, Vec<String>> {
    #[derive(serde::Deserialize)]
    struct File {
        steps: BTreeMap<String, Vec<String>>,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/effects.toml");
    let text = fs::read_to_string(path).expect("effects.toml");
    toml::from_str::<File>(&text)
        .expect("effects.toml parses")
        .steps
}
