//! `src/content/on_demand.toml`: the rarely used parts of the catalogue whose English is fetched
//! when a binder first needs it instead of being in the page's first load.

use serde::Deserialize;

/// The file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnDemand {
    /// Section ids: the section's title, and every step only these sections list.
    pub sections: Vec<String>,
    /// Step ids: the step's title, body and caution.
    pub steps: Vec<String>,
}
