//! `src/content/texts/<lang>.toml`: one language's texts. `[language]` describes the language;
//! `[ui]` holds the page's labels; every other table holds texts by name (`[section] name =
//! "text"`), the catalogue's by step, section or page id. English (`en.toml`) has every key; each
//! other language has the same keys.

use std::collections::BTreeMap;

use serde::Deserialize;

/// One language's file.
#[derive(Debug, Deserialize)]
pub struct TextFile {
    /// The language itself.
    pub language: Language,
    /// Every other table: section → name → text.
    #[serde(flatten)]
    pub sections: BTreeMap<String, BTreeMap<String, String>>,
}

/// The language a texts file is in.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Its BCP 47 tag, the file's name (`fr`).
    pub tag: String,
    /// Its name as its speakers write it (the language picker).
    pub name: String,
    /// The `learn.microsoft.com` locale segment of its documentation edition (`fr-fr`).
    pub doc_locale: String,
    /// Said in this language when its texts could not be loaded, after the English notice (the
    /// page is then in English): built into the first load, since this language's own texts are
    /// what is missing. Empty for English, which is always there.
    #[serde(default)]
    pub missing: String,
}

impl TextFile {
    /// Every text but the language's own description, as (`section.name`, text), sorted by key.
    pub fn entries(&self) -> impl Iterator<Item = (String, &str)> {
        self.sections.iter().flat_map(|(section, items)| {
            items
                .iter()
                .map(move |(name, text)| (format!("{section}.{name}"), text.as_str()))
        })
    }
}
