//! The step catalogue: pages, phases, roles, sections and steps, read from
//! `src/content/catalogue.toml` (converted to JSON at build time by `build.rs`). Loading never
//! panics: a catalogue that fails to parse yields an empty one plus the error, and
//! `tests/catalogue_lint.rs` makes sure the shipped one parses and is consistent.

use std::sync::OnceLock;

use serde::Deserialize;

use super::lang::{Lang, Text};

/// The catalogue as embedded in this build.
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"));

/// Base of every documentation link; the locale and the slug complete it.
pub const DOC_BASE: &str = "https://learn.microsoft.com";

/// A Microsoft documentation page, keyed by slug (never by its French title, which collide).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct Page {
    /// File name of the page, e.g. `lync-server-2013-restoring-a-lync-server-pool`.
    pub slug: String,
    /// English title.
    pub en: String,
    /// French title (empty: use the English one).
    pub fr: String,
}

impl Page {
    /// The page title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr if !self.fr.is_empty() => &self.fr,
            _ => &self.en,
        }
    }
}

/// The URL of a Lync Server 2013 page in the language edition of `lang`.
pub fn doc_url(slug: &str, lang: Lang) -> String {
    format!(
        "{DOC_BASE}/{}/previous-versions/office/lync-server-2013/{slug}",
        lang.doc_locale()
    )
}

/// A phase of the checklist (sections are grouped and ordered by phase).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct PhaseDef {
    /// Stable id.
    pub id: String,
    /// Heading.
    pub title: Text,
}

/// The name of a server role, by pool kind key.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct RoleDef {
    /// A [`crate::plan::PoolKind::key`].
    pub id: String,
    /// Role name.
    pub title: Text,
}

/// Where a step runs: the text printed for a `runs_on` id.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct PlaceDef {
    /// The id steps refer to in `runs_on`.
    pub id: String,
    /// Text template (placeholders allowed).
    pub text: Text,
}

/// One procedure variant: an ordered list of step ids under one heading.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct SectionDef {
    /// Stable id, e.g. `back_end_primary`.
    pub id: String,
    /// Phase id this section belongs to.
    pub phase: String,
    /// Slug of the Microsoft page the procedure comes from.
    pub page: String,
    /// Heading template (placeholders allowed).
    pub title: Text,
    /// Step ids, in order.
    pub steps: Vec<String>,
}

/// One step as written in the catalogue.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct StepDef {
    /// Stable id; ticked progress is keyed by it, so it is never renamed.
    pub id: String,
    /// Slug of the Microsoft page this step paraphrases; empty: the page of its section.
    pub page: String,
    /// Where the step runs: a key the planner resolves to a server name.
    pub runs_on: String,
    /// Groups the account must belong to.
    pub permissions: Vec<String>,
    /// Flags that must all hold for the step to appear.
    pub when: Vec<String>,
    /// Flags none of which may hold.
    pub unless: Vec<String>,
    /// Short imperative title (placeholders allowed).
    pub title: Text,
    /// What to do, in our own words (placeholders allowed; `**label**` marks a UI label).
    pub body: Text,
    /// PowerShell, exact, with placeholders; lines with an `{each_…}` list repeat per item.
    pub command: Option<String>,
    /// Warning, e.g. where Microsoft's text is wrong or ambiguous.
    pub caution: Option<Text>,
    /// Flags that must all hold for the caution to be shown.
    pub caution_when: Vec<String>,
}

/// The whole catalogue.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct Catalogue {
    /// Catalogue format version.
    pub format_version: u32,
    /// Documentation pages.
    pub pages: Vec<Page>,
    /// Phases, in order.
    pub phases: Vec<PhaseDef>,
    /// Role names.
    pub roles: Vec<RoleDef>,
    /// Where steps run.
    pub places: Vec<PlaceDef>,
    /// Procedure variants.
    pub sections: Vec<SectionDef>,
    /// Steps.
    pub steps: Vec<StepDef>,
}

impl Catalogue {
    /// Parses a catalogue from its JSON form.
    pub fn from_json(json: &str) -> Result<Catalogue, String> {
        let mut c: Catalogue =
            serde_json::from_slice(json.as_bytes()).map_err(|e| e.to_string())?;
        // Sorted by key so every lookup is a binary search (planning a 500-server site looks
        // steps, places and pages up tens of thousands of times). Order carries no meaning in
        // these lists: sections say the order of steps.
        c.pages.sort_by(|a, b| a.slug.cmp(&b.slug));
        c.places.sort_by(|a, b| a.id.cmp(&b.id));
        c.steps.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(c)
    }

    /// The catalogue built into this binary (parsed once).
    pub fn embedded() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue::from_json(EMBEDDED).unwrap_or_default())
    }

    /// Why the embedded catalogue failed to parse, if it did (for the lint test).
    pub fn embedded_parse_error() -> Option<String> {
        Catalogue::from_json(EMBEDDED).err()
    }

    /// Looks up a page by slug.
    pub fn page(&self, slug: &str) -> Option<&Page> {
        let i = self
            .pages
            .binary_search_by(|p| p.slug.as_str().cmp(slug))
            .ok()?;
        self.pages.get(i)
    }

    /// Looks up a step by id.
    pub fn step(&self, id: &str) -> Option<&StepDef> {
        let i = self
            .steps
            .binary_search_by(|s| s.id.as_str().cmp(id))
            .ok()?;
        self.steps.get(i)
    }

    /// Looks up a section by id.
    pub fn section(&self, id: &str) -> Option<&SectionDef> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Looks up a place by id.
    pub fn place(&self, id: &str) -> Option<&PlaceDef> {
        let i = self
            .places
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()?;
        self.places.get(i)
    }

    /// Looks up a phase by id.
    pub fn phase(&self, id: &str) -> Option<&PhaseDef> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The role name of a pool kind key, in `lang`.
    pub fn role(&self, key: &str, lang: Lang) -> String {
        self.roles
            .iter()
            .find(|r| r.id == key)
            .map(|r| r.title.get(lang).to_string())
            .unwrap_or_else(|| key.to_string())
    }
}
