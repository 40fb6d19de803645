// Generated from src/content/texts/ by build/ (`cargo run -p lync-restore-content`); do not edit.
// The test command fails while this file is stale.

/// A language of the page, the checklist and the Microsoft documentation links: one per
/// file of `src/content/texts/`. Written as its tag (`en`, `fr`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Français.
    Fr,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: &[Lang] = &[Lang::En,Lang::Fr,];

    /// The BCP 47 tag (`<html lang>`, the texts file's name).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Its name as its speakers write it (the language picker).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The `learn.microsoft.com` locale segment of its documentation edition.
    pub fn doc_locale(self) -> &'static str {
        match self {
            Lang::En => "en-us",
            Lang::Fr => "fr-fr",
        }
    }

    /// Said in this language, after the English notice, when its texts could not be loaded.
    pub fn missing(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Fr => "Le texte français n’a pas pu être chargé\u{a0}: la page s’affiche en anglais. Rechargez la page pour réessayer.",
        }
    }
}
