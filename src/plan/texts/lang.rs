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

/// A French text of the catalogue: its line in the French pack (see [`crate::plan::texts::french`]); `0`
/// when the text is not translated yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FrRef(pub u16);

impl FrRef {
    /// The French text, when it is translated and the French pack is installed.
    pub fn text(self) -> Option<&'static str> {
        crate::plan::texts::french::line(self.0)
    }
}

/// A text in both languages, as stored in the catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// English text.
    pub en: &'static str,
    /// French text.
    pub fr: FrRef,
}

impl Text {
    /// The text in `lang`, falling back to English where the French text is missing (not
    /// translated yet, or the French pack is not installed).
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr.text().unwrap_or(self.en),
            Lang::En => self.en,
        }
    }

    /// True when the English text is empty.
    pub fn is_empty(&self) -> bool {
        self.en.trim().is_empty()
    }
}
