//! The texts of one language, as a value passed to whoever says something: [`Texts`]. Every
//! text has a key ([`Key`]; the app's are constants in [`key`], the catalogue's are in its
//! statics) and the page's labels are the fields of [`Strings`]; each language is a table of
//! every text in key order, made by the content compiler (`build/`) from `src/content/texts/<lang>.toml` and the
//! catalogue. English is built in. Another language is a pack (its labels, then its texts, one
//! per line) the page fetches when the language is first needed and reads with
//! [`Texts::from_pack`], refusing a pack of another build; until then the page is in English.
//! The page's English leaves out the rarely used steps' texts (`src/content/on_demand.toml`):
//! they are a pack too, read with [`Texts::english_with`] the first time a binder needs them.
//! Native builds (the command line, the tests) have every table built in ([`Texts::built_in`]),
//! and the import worker each language's messages ([`Texts::messages`]).

use crate::plan::texts::lang::Lang;

/// A text of the tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Key(pub(crate) u16);

// TEXT_COUNT, APP_COUNT, LABEL_COUNT, KEYS, `mod key`, `Strings`, ENGLISH, ON_DEMAND,
// ON_DEMAND_BYTES, APP_TABLES, TABLES and PACKS, written by build/.
include!("generated/texts.rs");

/// The texts of one language.
#[derive(Clone, Copy)]
pub struct Texts {
    lang: Lang,
    labels: &'static [&'static str; LABEL_COUNT],
    app: &'static [&'static str],
    catalogue: &'static [&'static str],
}

/// Two `Texts` are the same when they are the same tables.
impl PartialEq for Texts {
    fn eq(&self, other: &Texts) -> bool {
        self.lang == other.lang
            && std::ptr::eq(self.labels, other.labels)
            && std::ptr::eq(self.app, other.app)
            && std::ptr::eq(self.catalogue, other.catalogue)
    }
}

impl Eq for Texts {}

/// Shown as its language and whether its steps are its own (not every text).
impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let own = !std::ptr::eq(self.catalogue, &ENGLISH[APP_COUNT..]) || self.lang == Lang::En;
        write!(
            f,
            "Texts({}{})",
            self.lang.tag(),
            if own { "" } else { ", steps in English" }
        )
    }
}

/// Why a language's pack was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongPack {
    /// Its lines.
    pub lines: usize,
    /// Its size in bytes.
    pub bytes: usize,
}

/// `lang`'s entry in one of the generated per-language lists.
fn of_lang<T: Copy>(list: &[(&str, T)], lang: Lang) -> Option<T> {
    list.iter()
        .find(|(tag, _)| *tag == lang.tag())
        .map(|(_, t)| *t)
}

/// This build's French pack as the page fetches it (native builds only: the tests and the fuzz
/// target that read packs).
#[cfg(not(target_arch = "wasm32"))]
pub const FRENCH_PACK: &str = include_str!("generated/pack-fr.txt");

impl Texts {
    /// English, built in.
    pub fn english() -> Texts {
        Texts {
            lang: Lang::En,
            labels: &EN_LABELS,
            app: &ENGLISH[..APP_COUNT],
            catalogue: &ENGLISH[APP_COUNT..],
        }
    }

    /// The app texts of `lang` (its messages), with the labels and the catalogue in English: what
    /// the import worker says its messages with (built into the worker's wasm, not the page's).
    pub fn messages(lang: Lang) -> Texts {
        match of_lang(APP_TABLES, lang) {
            Some(app) => Texts {
                lang,
                app,
                ..Texts::english()
            },
            None => Texts::english(),
        }
    }

    /// The texts of `lang` from its pack (as fetched; kept for the life of the page). Only this
    /// build's pack is accepted, so a text never shows under another key.
    pub fn from_pack(lang: Lang, pack: &str) -> Result<Texts, WrongPack> {
        let lines = pack.split('\n').count();
        let fits = of_lang(PACKS, lang).is_some_and(|bytes| bytes == pack.len());
        if lines != LABEL_COUNT + TEXT_COUNT || !fits || lang == Lang::En {
            return Err(WrongPack {
                lines,
                bytes: pack.len(),
            });
        }
        // Once per language and page: the tables are `&'static`, like the built-in ones.
        let pack: &'static str = Box::leak(pack.to_owned().into_boxed_str());
        let lines: &'static [&'static str] = Box::leak(pack.split('\n').collect());
        let (labels, texts) = lines.split_at(LABEL_COUNT);
        let Ok(labels) = <&[&str; LABEL_COUNT]>::try_from(labels) else {
            return Err(WrongPack {
                lines: lines.len(),
                bytes: pack.len(),
            });
        };
        Ok(Texts {
            lang,
            labels,
            app: &texts[..APP_COUNT],
            catalogue: &texts[APP_COUNT..],
        })
    }

    /// English with its on-demand texts (`src/content/on_demand.toml`, which the page's table
    /// leaves empty) read from their pack, as fetched and kept for the life of the page. Only
    /// this build's pack is accepted.
    pub fn english_with(pack: &str) -> Result<Texts, WrongPack> {
        let lines = pack.split('\n').count();
        if lines != ON_DEMAND.len() || pack.len() != ON_DEMAND_BYTES {
            return Err(WrongPack {
                lines,
                bytes: pack.len(),
            });
        }
        let pack: &'static str = Box::leak(pack.to_owned().into_boxed_str());
        let mut table: Vec<&'static str> = ENGLISH.to_vec();
        for (at, line) in ON_DEMAND.iter().zip(pack.split('\n')) {
            if let Some(slot) = table.get_mut(usize::from(*at)) {
                *slot = line;
            }
        }
        let table: &'static [&'static str] = Box::leak(table.into_boxed_slice());
        Ok(Texts {
            app: &table[..APP_COUNT],
            catalogue: &table[APP_COUNT..],
            ..Texts::english()
        })
    }

    /// The texts of `lang` from the tables built into native builds (the page fetches packs
    /// instead: calling this from the page would put every language into its first load, which
    /// `tests/e2e/size.test.mjs` would catch).
    pub fn built_in(lang: Lang) -> Texts {
        let tables = TABLES.iter().find(|(tag, ..)| *tag == lang.tag());
        match (of_lang(APP_TABLES, lang), tables) {
            (Some(app), Some(&(_, labels, catalogue))) => Texts {
                lang,
                labels,
                app,
                catalogue,
            },
            _ => Texts::english(),
        }
    }

    /// The page's labels.
    pub fn labels(self) -> Strings {
        Strings(self.labels)
    }

    /// Their language.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The text of `key`, placeholders unfilled.
    pub fn get(self, key: Key) -> &'static str {
        let i = usize::from(key.0);
        let text = match i.checked_sub(APP_COUNT) {
            None => self.app.get(i),
            Some(i) => self.catalogue.get(i),
        };
        text.copied().unwrap_or_default()
    }

    /// Every text with its key (`section.name`), in table order: what a lint of a language reads.
    pub fn entries(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        KEYS.iter()
            .enumerate()
            .map(move |(i, key)| (*key, self.get(Key(i as u16))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_builds_pack_is_accepted() {
        let french = Texts::built_in(Lang::Fr);
        let pack = FRENCH_PACK.to_string();
        let read = Texts::from_pack(Lang::Fr, &pack).expect("this build's pack");
        let step = Key(u16::try_from(APP_COUNT).expect("fits"));
        assert_eq!(read.get(step), french.get(step));
        assert_ne!(read.get(step), Texts::english().get(step));
        assert_eq!(read.get(key::NAME_EMPTY), "Obligatoire.");
        assert_eq!(read.labels().print_blank(), french.labels().print_blank());
        assert_ne!(
            read.labels().print_blank(),
            Texts::english().labels().print_blank()
        );
        // Every text, in order, but those the page never says (build/'s list): the command
        // line's and a readiness report's.
        let page_says = |(key, _): &(&str, &str)| {
            !["cli.", "report.", "drift.", "readiness."]
                .iter()
                .any(|p| key.starts_with(p))
        };
        assert!(
            read.entries()
                .filter(page_says)
                .eq(french.entries().filter(page_says)),
        );
        assert!(
            read.entries()
                .filter(|e| !page_says(e))
                .all(|(_, t)| t.is_empty())
        );
        assert!(Texts::from_pack(Lang::Fr, "").is_err());
        assert!(Texts::from_pack(Lang::Fr, &pack[..pack.len() - 1]).is_err());
        assert!(Texts::from_pack(Lang::Fr, &format!("{pack}\nextra")).is_err());
        assert!(
            Texts::from_pack(Lang::En, &pack).is_err(),
            "English has no pack"
        );
        assert_eq!(Texts::english().get(Key(u16::MAX)), "");
    }

    #[test]
    fn the_english_on_demand_pack_fills_exactly_the_texts_the_page_leaves_out() {
        let pack = include_str!("generated/pack-en-on-demand.txt").to_string();
        assert!(ON_DEMAND.len() > 50, "the rarely used steps' texts");
        let full = Texts::english_with(&pack).expect("this build's pack");
        assert!(full.entries().eq(Texts::english().entries()));
        for at in ON_DEMAND {
            assert!(!full.get(Key(at)).is_empty());
        }
        assert!(Texts::english_with("").is_err());
        assert!(Texts::english_with(&pack[1..]).is_err());
        assert!(Texts::english_with(&format!("{pack}\nextra")).is_err());
    }

    #[test]
    fn the_worker_has_the_messages_of_its_language() {
        let messages = Texts::messages(Lang::Fr);
        let step = Key(u16::try_from(APP_COUNT).expect("fits"));
        assert_eq!(messages.get(step), Texts::english().get(step));
        assert_eq!(messages.get(key::NAME_EMPTY), "Obligatoire.");
    }
}
