//! Turns the human-edited step catalogue (`src/content/catalogue.toml`) into Rust statics in
//! `OUT_DIR/catalogue.rs` (`&'static str` and slices, pages, places and steps sorted by key for
//! binary search), so the shipped wasm carries no parser and no parsing at start-up: the
//! catalogue is plain read-only data. Unknown fields and wrong types fail the build with the
//! TOML error; the catalogue's *meaning* is linted by `tests/catalogue_lint.rs`.
//!
//! The app's other texts (`src/content/texts/<lang>.toml`: page labels, engine messages, markers)
//! become one table per language in `OUT_DIR/texts.rs`, with one constant per key, and the page
//! labels a `Strings` struct per language in `OUT_DIR/ui-strings.rs`.
//!
//! French texts of the catalogue are not in the statics: they go to the French pack, `OUT_DIR/fr-pack.txt` (one
//! text per line; a catalogue text refers to its line as `FrRef(n)`, from 1), which the browser
//! fetches only when French is needed. A copy is written next to the wasm
//! (`target/<target>/<profile>/fr-pack.txt`), where the Trunk hook picks it up.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

use serde::Deserialize;

/// Writes a value as a Rust constant expression.
trait Lit {
    fn lit(&self, out: &mut String);
}

impl Lit for String {
    fn lit(&self, out: &mut String) {
        // Debug quoting is valid Rust string-literal syntax.
        let _ = write!(out, "{self:?}");
    }
}

impl Lit for u32 {
    fn lit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Lit> Lit for Vec<T> {
    fn lit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self {
            item.lit(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<T: Lit> Lit for Option<T> {
    fn lit(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.lit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

thread_local! {
    /// The French pack being written: each distinct French text once, in order of first use.
    static FRENCH: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A French text: written as its line in the French pack (`FrRef(0)`: not translated).
#[derive(Deserialize, Default)]
#[serde(transparent)]
struct French(String);

impl Lit for French {
    fn lit(&self, out: &mut String) {
        let text = self.0.trim();
        let line = if text.is_empty() {
            0
        } else {
            assert!(
                !text.contains(['\n', '\r']),
                "a French text of the catalogue spans lines (the French pack is one text per line): {text:?}"
            );
            FRENCH.with_borrow_mut(|pack| {
                let at = pack.iter().position(|t| t == text).unwrap_or_else(|| {
                    pack.push(text.to_string());
                    pack.len() - 1
                });
                at + 1
            })
        };
        let _ = write!(out, "FrRef({line})");
    }
}

/// Declares a catalogue record as read from TOML and how it is written out.
macro_rules! record {
    ($name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        #[derive(Deserialize, Default)]
        #[serde(default, deny_unknown_fields)]
        struct $name { $($field: $ty),* }

        impl Lit for $name {
            fn lit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), "{"));
                $(
                    out.push_str(concat!(stringify!($field), ":"));
                    self.$field.lit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

record!(Text {
    en: String,
    fr: French
});
record!(Page {
    slug: String,
    en: String,
    fr: French
});
record!(PhaseDef {
    id: String,
    title: Text
});
record!(RoleDef {
    id: String,
    title: Text
});
record!(PlaceDef {
    id: String,
    text: Text
});
record!(SectionDef {
    id: String,
    phase: String,
    page: String,
    title: Text,
    steps: StepRefs
});
record!(StepDef {
    id: String,
    page: String,
    runs_on: String,
    permissions: Vec<String>,
    when: Vec<String>,
    unless: Vec<String>,
    title: Text,
    body: Text,
    command: Option<String>,
    caution: Option<Text>,
    caution_when: Vec<String>,
});
record!(Catalogue {
    format_version: u32,
    pages: Vec<Page>,
    phases: Vec<PhaseDef>,
    roles: Vec<RoleDef>,
    places: Vec<PlaceDef>,
    sections: Vec<SectionDef>,
    steps: Steps,
});

/// A section's steps: ids in the TOML, written as references into `STEPS` (resolved once here,
/// so planning never looks a step up by id).
#[derive(Deserialize, Default)]
#[serde(from = "Vec<String>")]
struct StepRefs {
    ids: Vec<String>,
    at: Vec<usize>,
}

impl From<Vec<String>> for StepRefs {
    fn from(ids: Vec<String>) -> Self {
        StepRefs {
            ids,
            at: Vec::new(),
        }
    }
}

impl Lit for StepRefs {
    fn lit(&self, out: &mut String) {
        out.push_str("&[");
        for i in &self.at {
            let _ = write!(out, "&STEPS[{i}],");
        }
        out.push(']');
    }
}

/// The steps, written as the separate static `STEPS` that sections point into.
#[derive(Deserialize, Default)]
#[serde(transparent)]
struct Steps(Vec<StepDef>);

impl Lit for Steps {
    fn lit(&self, out: &mut String) {
        out.push_str("&STEPS");
    }
}

fn main() {
    let src = "src/content/catalogue.toml";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let mut catalogue: Catalogue =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{src} is not a valid catalogue: {e}"));
    // Sorted by key so every lookup is a binary search (planning a 500-server site looks steps,
    // places and pages up tens of thousands of times). Order carries no meaning in these lists:
    // sections say the order of steps.
    catalogue.pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    catalogue.places.sort_by(|a, b| a.id.cmp(&b.id));
    catalogue.steps.0.sort_by(|a, b| a.id.cmp(&b.id));
    for section in &mut catalogue.sections {
        for id in &section.steps.ids {
            let Ok(i) = catalogue.steps.0.binary_search_by(|s| s.id.cmp(id)) else {
                panic!(
                    "{src}: section {:?} lists step {id:?}, which is not defined",
                    section.id
                );
            };
            section.steps.at.push(i);
        }
    }
    let mut out = format!(
        "/// Every step, sorted by id.\nstatic STEPS: [StepDef; {}] = ",
        catalogue.steps.0.len()
    );
    // An array expression: the slice literal without its leading `&`.
    let mut steps = String::new();
    catalogue.steps.0.lit(&mut steps);
    out.push_str(&steps[1..]);
    out.push_str(";\n/// The catalogue built into this binary.\npub static EMBEDDED: Catalogue = ");
    catalogue.lit(&mut out);
    out.push_str(";\n");
    let pack = FRENCH.with_borrow(|texts| texts.join("\n"));
    // The pack's size goes to its own file: the French module checks a fetched pack against it
    // without depending on the catalogue.
    let pack_size = format!(
        "/// Lines of the French pack of this build.\nconst FRENCH_LINES: usize = {};\n\
         /// Size of the French pack of this build, in bytes.\nconst FRENCH_BYTES: usize = {};\n",
        FRENCH.with_borrow(Vec::len),
        pack.len()
    );
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let write = |path: PathBuf, text: &str| {
        fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()))
    };
    write(out_dir.join("catalogue.rs"), &out);
    let (texts, ui_strings) = texts();
    write(out_dir.join("texts.rs"), &texts);
    write(out_dir.join("ui-strings.rs"), &ui_strings);
    write(out_dir.join("fr-pack-size.rs"), &pack_size);
    write(out_dir.join("fr-pack.txt"), &pack);
    // OUT_DIR is <target>/<triple>/<profile>/build/<package>-<hash>/out.
    if let Some(profile_dir) = out_dir.ancestors().nth(3) {
        write(profile_dir.join("fr-pack.txt"), &pack);
    }
}

/// The languages of `src/content/texts/`, English first: each file's keys (`section.name`,
/// sorted) and texts.
fn text_files() -> Vec<(String, Vec<(String, String)>)> {
    let dir = "src/content/texts";
    println!("cargo:rerun-if-changed={dir}");
    let mut langs = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {dir}: {e}")) {
        let path = entry.expect("directory entry").path();
        println!("cargo:rerun-if-changed={}", path.display());
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut texts = Vec::new();
        for (section, items) in table {
            let toml::Value::Table(items) = items else {
                panic!("{}: [{section}] must be a table of texts", path.display());
            };
            for (name, value) in items {
                let toml::Value::String(value) = value else {
                    panic!("{}: {section}.{name} must be text", path.display());
                };
                texts.push((format!("{section}.{name}"), value));
            }
        }
        langs.push((lang, texts));
    }
    langs.sort_by_key(|(lang, _)| (lang != "en", lang.clone()));
    let keys =
        |texts: &[(String, String)]| texts.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    for (lang, texts) in &langs[1..] {
        assert!(
            keys(texts) == keys(&langs[0].1),
            "src/content/texts/{lang}.toml must have exactly the keys of en.toml"
        );
    }
    langs
}

/// `texts.rs` (the tables and a constant per key) and `ui-strings.rs` (the page labels).
fn texts() -> (String, String) {
    let langs = text_files();
    let english = &langs[0].1;
    let count = english.len();
    let mut out = format!(
        "/// Texts per language.\npub const TEXT_COUNT: usize = {count};\n\
         /// Every text's key (`section.name`), in table order.\npub static KEYS: [&str; {count}] = ["
    );
    for (key, _) in english {
        let _ = write!(out, "{key:?},");
    }
    out.push_str("];\n/// One constant per text.\npub mod key {\n    use super::Key;\n");
    for (i, (key, _)) in english.iter().enumerate() {
        let name = key.replace('.', "_").to_uppercase();
        let _ = writeln!(
            out,
            "    /// `{key}`\n    pub const {name}: Key = Key({i});"
        );
    }
    out.push_str("}\n");
    let mut ui = String::from(
        "/// The page's labels in one language.\n#[allow(missing_docs)]\npub struct Strings {\n",
    );
    let labels: Vec<&str> = english
        .iter()
        .filter_map(|(k, _)| k.strip_prefix("ui."))
        .collect();
    for label in &labels {
        let _ = writeln!(ui, "    pub {label}: &'static str,");
    }
    ui.push_str("}\n");
    for (lang, texts) in &langs {
        let upper = lang.to_uppercase();
        let _ = write!(
            out,
            "/// The `{lang}` texts, by key.\npub static {upper}: [&str; {count}] = ["
        );
        for (_, text) in texts {
            let _ = write!(out, "{text:?},");
        }
        out.push_str("];\n");
        let _ = writeln!(
            ui,
            "/// The `{lang}` labels.\npub const {upper}: Strings = Strings {{"
        );
        for (key, text) in texts {
            if let Some(label) = key.strip_prefix("ui.") {
                let _ = writeln!(ui, "    {label}: {text:?},");
            }
        }
        ui.push_str("};\n");
    }
    (out, ui)
}
