//! The two languages of the product and a bilingual text type.

use serde::Serialize;

/// A language of the UI, the checklist and the Microsoft documentation links.
/// Written as its tag (`en`, `fr`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (`en-us` documentation edition).
    #[default]
    En,
    /// French (`fr-fr` documentation edition).
    Fr,
}

impl Lang {
    /// The `learn.microsoft.com` locale segment of this language.
    pub fn doc_locale(self) -> &'static str {
        match self {
            Lang::En => "en-us",
            Lang::Fr => "fr-fr",
        }
    }

    /// The language for a browser language tag (`fr`, `fr-CA`… → French; anything else → English).
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The other language (for the bilingual binder).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}
