//! `src/content/catalogue.toml`: the step catalogue in English. Pages, phases, roles and places
//! are looked up by id; sections say which steps, in which order; steps say what to do, where,
//! by whom, and when they apply. Ids are stable (ticked progress is keyed by step id). The
//! generator compiles it into the `Catalogue` statics of `src/plan/planning/catalogue.rs`, whose
//! types mirror these (text fields become keys into the texts tables).

use serde::Deserialize;

/// The file.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Catalogue {
    /// The catalogue format (1).
    pub format_version: u32,
    /// The Microsoft pages steps cite.
    pub pages: Vec<Page>,
    /// The phases of a restore, in order, and each one's heading.
    pub phases: Vec<Named>,
    /// The pool kinds' names (by `PoolKind` key).
    pub roles: Vec<Named>,
    /// Where a step runs (a step's `runs_on`) and the text printed for it.
    pub places: Vec<Named>,
    /// The procedures: each an ordered list of steps.
    pub sections: Vec<SectionDef>,
    /// Every step.
    pub steps: Vec<StepDef>,
}

/// A Microsoft documentation page.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Page {
    /// Its file name (`lync-server-2013-…`), or `skypeforbusiness/…` for a Skype for Business
    /// Server page: the link's path.
    pub slug: String,
    /// Microsoft's title, in English.
    pub title: String,
}

/// An id and its text.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Named {
    /// Stable id.
    pub id: String,
    /// The text said for it (placeholders allowed).
    pub text: String,
}

/// One procedure variant.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SectionDef {
    /// Stable id.
    pub id: String,
    /// Its phase's id.
    pub phase: String,
    /// The Lync Server 2013 page it follows.
    pub page: String,
    /// The Skype for Business Server page that covers it, cited in binders of those versions
    /// (empty: none).
    pub page_sfb: String,
    /// Its heading (placeholders allowed).
    pub title: String,
    /// Its steps' ids, in order.
    pub steps: Vec<String>,
}

/// One step.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StepDef {
    /// Stable id: never renamed.
    pub id: String,
    /// The page it follows; empty: its section's.
    pub page: String,
    /// The Skype for Business Server page that covers it (empty: none).
    pub page_sfb: String,
    /// The place it runs on (an id of `places`).
    pub runs_on: String,
    /// The groups whose members may run it.
    pub permissions: Vec<String>,
    /// Flags that must all hold for it to apply.
    pub when: Vec<String>,
    /// Flags none of which may hold for it to apply.
    pub unless: Vec<String>,
    /// Its title.
    pub title: String,
    /// What to do (Markdown-like: `**bold**` console labels).
    pub body: String,
    /// The command to run, with `{placeholders}` and `{?name: …}` optional parts.
    pub command: Option<String>,
    /// A warning printed with it.
    pub caution: Option<String>,
    /// Flags that must all hold for the caution to be printed.
    pub caution_when: Vec<String>,
}
