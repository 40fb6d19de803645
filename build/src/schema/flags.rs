//! `src/content/flags.toml`: the facts about a plan that decide whether a step applies (every
//! name a step's `when`, `unless`, `caution_when` and a version difference's `flag` may use).

use serde::Deserialize;

/// The file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flags {
    /// Every flag, in the order the `Flag` type lists them.
    pub flags: Vec<FlagDef>,
}

/// One flag.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagDef {
    /// Its name, snake_case (the `Flag` variant is its CamelCase).
    pub id: String,
    /// When it holds.
    pub what: String,
}
