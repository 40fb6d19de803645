//! What each catalogue step changes, read from `src/content/effects.toml` (its schema in
//! `build/`): the data-safety lint checks it against what a plan loses, the backup lint finds the
//! SQL Server restores in it.

use std::collections::BTreeMap;

use content::schema::effects::Effects;

/// Each step id's effects, from `src/content/effects.toml`.
pub fn effects() -> BTreeMap<String, Vec<String>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    content::schema::read::<Effects>(root, "effects.toml")
        .expect("src/content/effects.toml")
        .steps
}
