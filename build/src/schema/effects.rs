//! `src/content/effects.toml`: what each catalogue step changes, by step id (`verb:thing`; the
//! file's header says each thing and the rule the data-safety lint holds it to).

use std::collections::BTreeMap;

use serde::Deserialize;

/// The file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effects {
    /// Step id → its effects (`[]`: it changes nothing).
    pub steps: BTreeMap<String, Vec<String>>,
}
