//! One schema per content file of `src/content/`: what each field means, as the file is read
//! (unknown fields and wrong types are refused). The generator and the lints read the files
//! through these types only.

pub mod backup;
pub mod catalogue;
pub mod cmdlets;
pub mod effects;
pub mod flags;
pub mod glossary;
pub mod labels;
pub mod on_demand;
pub mod texts;
pub mod trace;
pub mod versions;

use std::path::Path;

/// Reads `src/content/<name>` under `root` as `T`, or says which file and what is wrong.
pub fn read<T: serde::de::DeserializeOwned>(root: &Path, name: &str) -> Result<T, String> {
    let path = root.join("src/content").join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(name, &text)
}

/// Parses the text of content file `name` as `T`.
pub fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| format!("src/content/{name}: {e}"))
}
