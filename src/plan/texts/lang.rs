//! The languages of the product: one per file of `src/content/texts/` (`build.rs` writes the
//! `Lang` type from their `[language]` sections), so a new language is a data change.

// `Lang`, `Lang::ALL`, `tag`, `name` and `doc_locale`, written by build.rs.
include!("generated/lang.rs");

impl Lang {
    /// The language for a browser language tag (`fr`, `fr-CA`, `FR_fr` → French); English for
    /// a language the app does not have.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
            .unwrap_or_default()
    }

    /// The language printed beside this one in a bilingual binder: English, or for English the
    /// first other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::ALL.get(1).copied().unwrap_or_default(),
            _ => Lang::En,
        }
    }
}
