//! The step catalogue: pages, phases, roles, sections and steps from
//! `src/content/catalogue.toml`, written as read-only statics into `generated/catalogue.rs` by the
//! content compiler (`build/`, which refuses a catalogue that does not fit its schema; nothing is
//! parsed at run time).
//! `tests/catalogue_lint.rs` checks that it is consistent.

use crate::plan::planning::flags::Flag;
use crate::plan::texts::lang::Lang;
use crate::plan::texts::table::{Key, Texts};

include!("generated/catalogue.rs");

/// Base of every documentation link; the locale and the slug complete it.
pub const DOC_BASE: &str = "https://learn.microsoft.com";
/// The documentation site itself (where a link to an unknown page would lead).
pub const DOC_HOME: &str = "https://learn.microsoft.com/";

/// A Microsoft documentation page, keyed by slug (never by its French title, which collide).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// File name of the page, e.g. `lync-server-2013-restoring-a-lync-server-pool`.
    pub slug: &'static str,
    /// Its title (Microsoft's, in each language).
    pub title: Key,
}

/// Slugs of Skype for Business Server pages start with this (their path under the locale);
/// every other slug is a Lync Server 2013 page.
pub const SFB_PREFIX: &str = "skypeforbusiness/";

/// True when `slug` is a Lync Server 2013 page (a Skype for Business Server binder that cites
/// one follows it adapted).
pub fn is_lync_page(slug: &str) -> bool {
    !slug.starts_with(SFB_PREFIX)
}

/// The URL of a page in the language edition of `lang`.
pub fn doc_url(slug: &str, lang: Lang) -> String {
    let locale = lang.doc_locale();
    if is_lync_page(slug) {
        format!("{DOC_BASE}/{locale}/previous-versions/office/lync-server-2013/{slug}")
    } else {
        format!("{DOC_BASE}/{locale}/{slug}")
    }
}

/// An id and the text said for it: a phase and its heading, a role (by
/// [`crate::plan::PoolKind::key`]) and its name, a place (a step's `runs_on`) and the text
/// printed for it (placeholders allowed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Named {
    /// Stable id.
    pub id: &'static str,
    /// Its text.
    pub text: Key,
}

/// One procedure variant: an ordered list of steps under one heading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SectionDef {
    /// Stable id, e.g. `back_end_primary`.
    pub id: &'static str,
    /// Phase id this section belongs to.
    pub phase: &'static str,
    /// Slug of the Microsoft page the procedure comes from.
    pub page: &'static str,
    /// The Skype for Business Server page that covers it, cited instead in binders of those
    /// versions (empty: none; the Lync Server 2013 page is cited, marked adapted).
    pub page_sfb: &'static str,
    /// Heading template (placeholders allowed).
    pub title: Key,
    /// Its steps, in order (resolved from ids at build time).
    pub steps: &'static [&'static StepDef],
}

/// One step as written in the catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepDef {
    /// Stable id; ticked progress is keyed by it, so it is never renamed.
    pub id: &'static str,
    /// Slug of the Microsoft page this step paraphrases; empty: the page of its section.
    pub page: &'static str,
    /// The Skype for Business Server page that covers the step, cited instead in binders of
    /// those versions (empty: none).
    pub page_sfb: &'static str,
    /// Where the step runs: a key the planner resolves to a server name.
    pub runs_on: &'static str,
    /// Groups the account must belong to (their names in each language: Windows names the
    /// local Administrators group after the system's language).
    pub permissions: &'static [Key],
    /// Flags that must all hold for the step to appear.
    pub when: &'static [Flag],
    /// Flags none of which may hold.
    pub unless: &'static [Flag],
    /// Short imperative title (placeholders allowed).
    pub title: Key,
    /// What to do, in our own words (placeholders allowed; `**label**` marks a UI label).
    pub body: Key,
    /// PowerShell, exact, with placeholders; lines with an `{each_…}` list repeat per item.
    pub command: Option<&'static str>,
    /// Warning, e.g. where Microsoft's text is wrong or ambiguous.
    pub caution: Option<Key>,
    /// Flags that must all hold for the caution to be shown.
    pub caution_when: &'static [Flag],
}

impl SectionDef {
    /// The page the section cites in a Lync Server 2013 binder and in a Skype for Business
    /// Server one.
    pub fn pages(&self) -> (&'static str, &'static str) {
        (self.page, or(self.page_sfb, self.page))
    }
}

impl StepDef {
    /// The page the step cites in a Lync Server 2013 binder and in a Skype for Business Server
    /// one, within `section`: its own, else the section's.
    pub fn pages(&self, section: &SectionDef) -> (&'static str, &'static str) {
        let (lync, skype) = section.pages();
        if self.page.is_empty() || self.page == section.page {
            (lync, or(self.page_sfb, skype))
        } else {
            (self.page, or(self.page_sfb, self.page))
        }
    }
}

/// `first` unless it is empty.
fn or(first: &'static str, second: &'static str) -> &'static str {
    if first.is_empty() { second } else { first }
}

/// The whole catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// Catalogue format version.
    pub format_version: u32,
    /// Documentation pages.
    pub pages: &'static [Page],
    /// Phases and their headings, in order.
    pub phases: &'static [Named],
    /// Role names.
    pub roles: &'static [Named],
    /// Where steps run (sorted by id).
    pub places: &'static [Named],
    /// Procedure variants.
    pub sections: &'static [SectionDef],
    /// Steps.
    pub steps: &'static [StepDef],
}

impl Catalogue {
    /// The catalogue built into this binary.
    pub fn embedded() -> &'static Catalogue {
        &EMBEDDED
    }

    /// Looks up a page by slug.
    pub fn page(&self, slug: &str) -> Option<&Page> {
        let i = self.pages.binary_search_by(|p| p.slug.cmp(slug)).ok()?;
        self.pages.get(i)
    }

    /// Looks up a step by id.
    pub fn step(&self, id: &str) -> Option<&StepDef> {
        let i = self.steps.binary_search_by(|s| s.id.cmp(id)).ok()?;
        self.steps.get(i)
    }

    /// Looks up a section by id.
    pub fn section(&self, id: &str) -> Option<&SectionDef> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Looks up a place by id.
    pub fn place(&self, id: &str) -> Option<&Named> {
        let i = self.places.binary_search_by(|p| p.id.cmp(id)).ok()?;
        self.places.get(i)
    }

    /// Looks up a phase by id.
    pub fn phase(&self, id: &str) -> Option<&Named> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The role name of a pool kind key, said by `texts`.
    pub fn role(&self, key: &str, texts: Texts) -> String {
        self.roles
            .iter()
            .find(|r| r.id == key)
            .map(|r| texts.get(r.text).to_string())
            .unwrap_or_else(|| key.to_string())
    }
}
