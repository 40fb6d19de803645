//! The languages of the product: one per file of `src/content/texts/` (the content compiler,
//! `build/`, writes the `Lang` type from their `[language]` sections), so a new language is a data change.

// `Lang`, `Lang::ALL`, `tag`, `name`, `doc_locale` and `missing`, written by build/.
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
}
