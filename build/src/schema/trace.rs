//! `src/content/trace.toml`: every Microsoft page the catalogue cites, step by numbered step, each
//! traced to the catalogue steps that implement it or marked not applicable with why; and the
//! catalogue steps that are our additions to a page, with why.

use serde::Deserialize;

/// The file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trace {
    /// Each page traced.
    pub pages: Vec<PageTrace>,
    /// Catalogue steps citing a page that implement none of its steps.
    pub additions: Vec<Addition>,
}

/// One page.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageTrace {
    /// Its slug, as the catalogue cites it.
    pub slug: String,
    /// The source read: repository, path and commit.
    pub source: String,
    /// Its numbered steps, in order.
    pub steps: Vec<PageStep>,
}

/// One numbered step of a page.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageStep {
    /// Its number as the page writes it (`3`, `3.a`).
    pub n: String,
    /// What it says, shortened.
    pub text: String,
    /// The catalogue steps that implement it.
    #[serde(default)]
    pub steps: Vec<String>,
    /// Why it does not apply, when no catalogue step implements it.
    pub na: Option<String>,
}

/// A catalogue step that is our addition to a page.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Addition {
    /// The page's slug.
    pub page: String,
    /// The catalogue step id.
    pub step: String,
    /// Why it is there.
    pub why: String,
}
