//! `src/content/glossary.toml`: one French term per concept, with the variants a French text must
//! not use and where the term was read.

use serde::Deserialize;

/// The file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// Every term.
    pub terms: Vec<Term>,
}

/// One concept's term.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The concept, in English.
    pub concept: String,
    /// The French term to use.
    pub term: String,
    /// Variants a French text must not use.
    pub forbidden: Vec<String>,
    /// Where the term was read: repository, path (and commit), quote.
    pub source: String,
}
