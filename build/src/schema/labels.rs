//! `src/content/labels.toml`: the console and wizard labels the steps name in bold, with the
//! label Microsoft's product shows in each other language and where that was read.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// Every label.
    pub labels: Vec<Label>,
}

/// One label.
#[derive(Debug, Deserialize)]
pub struct Label {
    /// The English label, as the English texts write it in bold.
    pub en: String,
    /// Microsoft's documentation page it was read from: repository, path and commit (needed
    /// when a language's label is given; the French lint checks).
    #[serde(default)]
    pub source: String,
    /// The sentence it was read from (likewise).
    #[serde(default)]
    pub quote: String,
    /// Each other language's label, by language tag (`fr`); empty when Microsoft gives none
    /// usable (the English is kept). A tag that is not a language of `src/content/texts/` is
    /// refused by the generator.
    #[serde(flatten)]
    pub local: BTreeMap<String, String>,
}
