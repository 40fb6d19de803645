//! The planner's output: an ordered checklist of sections and numbered steps, every text
//! already in the chosen language and every command filled in. Plain data, written as JSON by
//! the CLI, so the UI, the Markdown writer and the CLI all render the same thing.

use std::rc::Rc;

use serde::Serialize;

use crate::plan::description::model::{PoolKind, Version};
use crate::plan::texts::lang::Lang;

/// A link to the Microsoft page a section or step comes from (slug and title are catalogue
/// data, borrowed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocLink {
    /// Page slug (the stable key).
    pub slug: &'static str,
    /// Page title in the checklist's language.
    pub title: &'static str,
    /// Full URL in the checklist's language edition.
    pub url: String,
    /// A Lync Server 2013 page cited in a binder for a later version: the step follows it,
    /// adapted, since Microsoft publishes no Skype for Business Server version of it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub adapted: bool,
}

/// One numbered step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// Stable id: `<section id>/<catalogue step id>`; progress is keyed by it.
    pub id: String,
    /// Number within its section, from 1.
    pub number: usize,
    /// Short imperative title.
    pub title: String,
    /// What to do.
    pub body: String,
    /// The exact command to type, if any.
    pub command: Option<String>,
    /// Where it runs.
    pub runs_on: String,
    /// The catalogue place it runs on (`front_end`, `target`, `chat_sql`…), after the planner's
    /// substitutions: what the command lint checks the host's shells against.
    #[serde(skip)]
    pub place: &'static str,
    /// Groups the account needs.
    pub permissions: Vec<&'static str>,
    /// Source page.
    pub doc: DocLink,
    /// Warning to read before doing the step.
    pub caution: Option<String>,
    /// What the last readiness check found against the step (a failed check first), said in
    /// full; empty unless a report was read into the binder.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<String>,
}

/// One section: a procedure applied to one server (or a preparation / verification block).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable id, e.g. `back_end` or `server:fe01.contoso.com`.
    pub id: String,
    /// Catalogue section (procedure variant) id.
    pub procedure: String,
    /// Phase id.
    pub phase: String,
    /// Phase heading.
    pub phase_title: String,
    /// Section heading.
    pub title: String,
    /// The server this section rebuilds, if any.
    pub server: Option<String>,
    /// The procedure's Microsoft page.
    pub doc: DocLink,
    /// Numbered steps.
    pub steps: Vec<Step>,
    /// In a site plan, on a pool's first section: its place in the order and why.
    pub pool_note: Option<String>,
}

/// The whole checklist for one pool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Checklist {
    /// Language of every text in it.
    pub lang: Lang,
    /// Pool FQDN as typed (may be empty).
    pub pool: String,
    /// Pool kind.
    pub kind: PoolKind,
    /// The product version the binder is for.
    pub version: Version,
    /// Sections, in the order to follow; shared, so a rebuild can hand back a section it did
    /// not plan again and a view can tell it unchanged by its pointer.
    pub sections: Vec<Rc<Section>>,
    /// Markers of values still missing (e.g. `<pool FQDN>`), in order of first use.
    pub missing: Vec<String>,
}

impl Checklist {
    /// True when some of its text has not come yet: the page's English leaves the rarely used
    /// steps' texts to a pack fetched on first need (`src/content/on_demand.toml`), and every
    /// section and step has a title otherwise (the translations test sees none empty).
    pub fn text_pending(&self) -> bool {
        self.sections
            .iter()
            .any(|s| s.title.is_empty() || s.steps.iter().any(|st| st.title.is_empty()))
    }

    /// Number of steps in all sections.
    pub fn step_count(&self) -> usize {
        self.sections.iter().map(|s| s.steps.len()).sum()
    }
}
