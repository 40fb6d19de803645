//! Turns the human-edited step catalogue (`src/content/catalogue.toml`) into Rust statics in
//! `OUT_DIR/catalogue.rs` (`&'static str` and slices, pages, places and steps sorted by key for
//! binary search), so the shipped wasm carries no parser and no parsing at start-up: the
//! catalogue is plain read-only data. Unknown fields and wrong types fail the build with the
//! TOML error; the catalogue's *meaning* is linted by `tests/catalogue_lint.rs`.
//!
//! Every text is in a language's table: the app's texts come from `src/content/texts/<lang>.toml`
//! (page labels, engine messages, markers), the catalogue's from the catalogue (English) and the
//! same files (other languages, keyed by the catalogue's ids). `OUT_DIR/texts.rs` holds the keys,
//! a constant per app text, the page's labels as a struct and the English table, built in; the
//! catalogue's statics hold keys. Each other language is a pack, `OUT_DIR/texts-<lang>.txt` (its
//! labels, then its texts in key order, one per line), which the browser fetches only when the
//! language is needed; a copy is written next to
//! the wasm (`target/<target>/<profile>/`), where the Trunk hook picks it up.

use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

use serde::Deserialize;

#[path = "build/backup_table.rs"]
mod backup_table;
#[path = "build/flag_vocabulary.rs"]
mod flag_vocabulary;
use flag_vocabulary::{flag_vocabulary, unknown_flags, variant};

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

/// A text of the catalogue, in English (the catalogue's language): written as its key in the
/// texts tables, `Key(n)`, which `assign_keys` sets.
#[derive(Deserialize, Default)]
#[serde(transparent)]
struct Text {
    en: String,
    #[serde(skip)]
    key: usize,
}

impl Lit for Text {
    fn lit(&self, out: &mut String) {
        let _ = write!(out, "Key({})", self.key);
    }
}

/// A flag a step names (`when`, `unless`, `caution_when`), written as its `Flag` variant; `main`
/// has checked it is in the vocabulary, so the generated code always compiles.
#[derive(Deserialize, Default)]
#[serde(transparent)]
struct FlagName(String);

impl Lit for FlagName {
    fn lit(&self, out: &mut String) {
        let _ = write!(out, "Flag::{}", variant(&self.0));
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

record!(Page {
    slug: String,
    title: Text
});
record!(Named {
    id: String,
    text: Text
});
record!(SectionDef {
    id: String,
    phase: String,
    page: String,
    page_sfb: String,
    title: Text,
    steps: StepRefs
});
record!(StepDef {
    id: String,
    page: String,
    page_sfb: String,
    runs_on: String,
    permissions: Vec<Text>,
    when: Vec<FlagName>,
    unless: Vec<FlagName>,
    title: Text,
    body: Text,
    command: Option<String>,
    caution: Option<Text>,
    caution_when: Vec<FlagName>,
});
record!(Catalogue {
    format_version: u32,
    pages: Vec<Page>,
    phases: Vec<Named>,
    roles: Vec<Named>,
    places: Vec<Named>,
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

/// One difference between product versions (`src/content/versions.toml`): the flag it sets
/// for the versions that have it. What it is and its source are for readers and the lint.
#[derive(Deserialize)]
struct Difference {
    flag: Option<String>,
    versions: Vec<String>,
}

#[derive(Deserialize)]
struct Versions {
    differences: Vec<Difference>,
}

/// `VERSION_FLAGS`: (version key, flag) for every difference a version has.
fn version_flags(text: &str) -> String {
    let table: Versions = toml::from_str(text)
        .unwrap_or_else(|e| panic!("src/content/versions.toml is not a versions table: {e}"));
    let mut out = String::from(
        "/// (product version key, catalogue flag) for each version difference it has.\npub static VERSION_FLAGS: &[(&str, Flag)] = &[",
    );
    for d in &table.differences {
        for (v, flag) in d.versions.iter().zip(std::iter::repeat(&d.flag)) {
            if let Some(flag) = flag {
                let _ = write!(out, "({v:?}, Flag::{}),", variant(flag));
            }
        }
    }
    out.push_str("];\n");
    out
}

/// `OUT_DIR/flag.rs`: the `Flag` type, one variant per flag of the vocabulary, and their names.
fn flag_type(vocabulary: &[(String, String)]) -> String {
    // Flags is a 64-bit set.
    assert!(vocabulary.len() <= 64, "more than 64 flags");
    let mut out = String::from(
        "/// A fact about a plan that decides whether a step applies (`src/content/flags.toml`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Flag {\n",
    );
    for (id, what) in vocabulary {
        let _ = writeln!(out, "    /// {what}\n    {},", variant(id));
    }
    out.push_str("}\n\n/// Every flag, in the order of `src/content/flags.toml`.\npub static ALL_FLAGS: &[Flag] = &[");
    for (id, _) in vocabulary {
        let _ = write!(out, "Flag::{},", variant(id));
    }
    out.push_str("];\n\n/// Every flag's name, as the catalogue writes it.\npub static KNOWN_FLAGS: &[&str] = &[");
    for (id, _) in vocabulary {
        let _ = write!(out, "{id:?},");
    }
    out.push_str("];\n");
    out
}

fn main() {
    let src = "src/content/catalogue.toml";
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
    };
    let text = read(src);
    let versions = read("src/content/versions.toml");
    println!("cargo:rerun-if-changed=build/flag_vocabulary.rs");
    let vocabulary = flag_vocabulary(&read("src/content/flags.toml"))
        .unwrap_or_else(|e| panic!("src/content/flags.toml: {e}"));
    // A misspelled flag fails the build here, not silently at run time.
    match unknown_flags(&text, &versions, &vocabulary) {
        Ok(unknown) if unknown.is_empty() => {}
        Ok(unknown) => panic!(
            "flags not in src/content/flags.toml:\n{}",
            unknown.join("\n")
        ),
        Err(e) => panic!("{src}: {e}"),
    }
    let mut catalogue: Catalogue =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{src} is not a valid catalogue: {e}"));
    let langs = text_files();
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
    // A step's place must be one of the places: a typo fails the build.
    for step in &catalogue.steps.0 {
        if catalogue
            .places
            .binary_search_by(|p| p.id.cmp(&step.runs_on))
            .is_err()
        {
            panic!(
                "{src}: step {:?} runs on {:?}, which is not a place",
                step.id, step.runs_on
            );
        }
    }
    let app_texts = langs[0].1.iter().filter(|(k, _)| !is_label(k)).count();
    let keys = assign_keys(&mut catalogue, app_texts);
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
    out.push_str(&version_flags(&versions));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let write = |path: PathBuf, text: &str| {
        fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()))
    };
    write(out_dir.join("catalogue.rs"), &out);
    write(out_dir.join("flag.rs"), &flag_type(&vocabulary));
    println!("cargo:rerun-if-changed=build/backup_table.rs");
    let backup = backup_table::backup_table(&read("src/content/backup.toml"))
        .unwrap_or_else(|e| panic!("src/content/backup.toml: {e}"));
    write(out_dir.join("backup.rs"), &backup);
    let deferred = on_demand(&catalogue, &read("src/content/on_demand.toml"));
    let (texts, packs) = texts(&langs, &keys, &deferred);
    write(out_dir.join("lang.rs"), &languages(&langs));
    write(out_dir.join("texts.rs"), &texts);
    for (lang, pack) in packs {
        let name = format!("texts-{lang}.txt");
        write(out_dir.join(&name), &pack);
        // OUT_DIR is <target>/<triple>/<profile>/build/<package>-<hash>/out: a copy next to
        // the wasm, where the Trunk hook picks it up.
        if let Some(profile_dir) = out_dir.ancestors().nth(3) {
            write(profile_dir.join(&name), &pack);
        }
    }
}

/// The keys of the texts `src/content/on_demand.toml` names: a listed section's title, and the
/// title, body and caution of each listed step and of each step every section of which is
/// listed. An id the catalogue does not have fails the build.
fn on_demand(catalogue: &Catalogue, text: &str) -> Vec<String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct OnDemand {
        sections: Vec<String>,
        steps: Vec<String>,
    }
    let list: OnDemand = toml::from_str(text)
        .unwrap_or_else(|e| panic!("src/content/on_demand.toml is not valid: {e}"));
    for id in &list.sections {
        assert!(
            catalogue.sections.iter().any(|s| &s.id == id),
            "src/content/on_demand.toml: no section {id:?}"
        );
    }
    for id in &list.steps {
        assert!(
            catalogue.steps.0.iter().any(|s| &s.id == id),
            "src/content/on_demand.toml: no step {id:?}"
        );
    }
    let mut keys: Vec<String> = list
        .sections
        .iter()
        .map(|id| format!("section.{id}"))
        .collect();
    for step in &catalogue.steps.0 {
        let mut listing = catalogue
            .sections
            .iter()
            .filter(|s| s.steps.ids.contains(&step.id))
            .peekable();
        let listed = list.steps.contains(&step.id)
            || (listing.peek().is_some() && listing.all(|s| list.sections.contains(&s.id)));
        if listed {
            keys.push(format!("step_title.{}", step.id));
            keys.push(format!("step_body.{}", step.id));
            if step.caution.is_some() {
                keys.push(format!("step_caution.{}", step.id));
            }
        }
    }
    keys
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
            // The language itself (tag, name, documentation locale): the `Lang` type.
            if section == "language" {
                for (name, value) in items.as_table().into_iter().flatten() {
                    let value = value.as_str().unwrap_or_else(|| {
                        panic!("{}: language.{name} must be text", path.display())
                    });
                    texts.push((format!("language.{name}"), value.to_string()));
                }
                continue;
            }
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
    let labels = console_labels();
    for (lang, texts) in langs.iter_mut().skip(1) {
        for (_, text) in texts.iter_mut() {
            *text = with_labels(text, lang, &labels);
        }
    }
    langs
}

/// The console and wizard labels of `src/content/labels.toml`: each a table of language tag →
/// label (`en` and the others; `source` and `quote` are for readers and the lint).
fn console_labels() -> Vec<toml::Table> {
    let src = "src/content/labels.toml";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let mut table: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{src} is not a labels table: {e}"));
    match table.remove("labels") {
        Some(toml::Value::Array(labels)) => labels
            .into_iter()
            .map(|l| match l {
                toml::Value::Table(t) => t,
                _ => panic!("{src}: each [[labels]] is a table"),
            })
            .collect(),
        _ => panic!("{src}: no [[labels]]"),
    }
}

/// A text of `lang` with each bold English label (`**Save**`) printed as the label the product
/// shows in that language, the English one after it in parentheses (`**Enregistrer** (Save)`).
fn with_labels(text: &str, lang: &str, labels: &[toml::Table]) -> String {
    let mut out = text.to_string();
    for label in labels {
        let (Some(en), Some(local)) = (
            label.get("en").and_then(|v| v.as_str()),
            label.get(lang).and_then(|v| v.as_str()),
        ) else {
            continue;
        };
        if !local.is_empty() && local != en {
            out = out.replace(&format!("**{en}**"), &format!("**{local}** ({en})"));
        }
    }
    out
}

/// True for the page's labels, which are struct fields (`Strings`), and the language's own
/// description (the `Lang` type), not table entries.
fn is_label(key: &str) -> bool {
    key.starts_with("ui.") || key.starts_with("language.")
}

/// `lang.rs`: the `Lang` type, a variant per texts file (English first, the default).
fn languages(langs: &[(String, Vec<(String, String)>)]) -> String {
    let meta = |texts: &[(String, String)], name: &str| -> String {
        texts
            .iter()
            .find(|(k, _)| k == &format!("language.{name}"))
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("a texts file lacks language.{name}"))
    };
    let variant = |tag: &str| {
        let mut c = tag.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    let mut out = String::from(
        "/// A language of the page, the checklist and the Microsoft documentation links: one per\n\
         /// file of `src/content/texts/`. Written as its tag (`en`, `fr`).\n\
         #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]\n\
         #[serde(rename_all = \"lowercase\")]\npub enum Lang {\n",
    );
    for (i, (tag, texts)) in langs.iter().enumerate() {
        assert_eq!(
            &meta(texts, "tag"),
            tag,
            "src/content/texts/{tag}.toml: language.tag"
        );
        let default = if i == 0 { "    #[default]\n" } else { "" };
        let _ = writeln!(
            out,
            "    /// {}.\n{default}    {},",
            meta(texts, "name"),
            variant(tag)
        );
    }
    out.push_str(
        "}\n\nimpl Lang {\n    /// Every language, English first.\n    pub const ALL: &[Lang] = &[",
    );
    for (tag, _) in langs {
        let _ = write!(out, "Lang::{},", variant(tag));
    }
    out.push_str("];\n");
    for (name, doc) in [
        (
            "tag",
            "The BCP 47 tag (`<html lang>`, the texts file's name).",
        ),
        (
            "name",
            "Its name as its speakers write it (the language picker).",
        ),
        (
            "doc_locale",
            "The `learn.microsoft.com` locale segment of its documentation edition.",
        ),
    ] {
        let _ = write!(
            out,
            "    /// {doc}\n    pub fn {name}(self) -> &'static str {{\n        match self {{\n"
        );
        for (tag, texts) in langs {
            let _ = writeln!(
                out,
                "            Lang::{} => {:?},",
                variant(tag),
                meta(texts, name)
            );
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("}\n");
    out
}

/// Gives every text of the catalogue its key (`page.<slug>`, `phase.<id>`, …,
/// `step_title.<id>`, `step_body.<id>`, `step_caution.<id>`) and its place in the tables, after
/// the app's `first` texts. Returns the catalogue's (key, English text), in table order.
fn assign_keys(catalogue: &mut Catalogue, first: usize) -> Vec<(String, String)> {
    let mut keys: Vec<(String, String)> = Vec::new();
    // A text used in several places (a group name in many steps' permissions) has one key.
    let mut take = |key: String, text: &mut Text| match keys.iter().position(|(k, _)| *k == key) {
        Some(i) => text.key = first + i,
        None => {
            text.key = first + keys.len();
            keys.push((key, text.en.clone()));
        }
    };
    for p in &mut catalogue.pages {
        take(format!("page.{}", p.slug), &mut p.title);
    }
    for (kind, list) in [
        ("phase", &mut catalogue.phases),
        ("role", &mut catalogue.roles),
        ("place", &mut catalogue.places),
    ] {
        for n in list.iter_mut() {
            take(format!("{kind}.{}", n.id), &mut n.text);
        }
    }
    for s in &mut catalogue.sections {
        take(format!("section.{}", s.id), &mut s.title);
    }
    for s in &mut catalogue.steps.0 {
        take(format!("step_title.{}", s.id), &mut s.title);
        take(format!("step_body.{}", s.id), &mut s.body);
        if let Some(caution) = &mut s.caution {
            take(format!("step_caution.{}", s.id), caution);
        }
        for group in &mut s.permissions {
            take(format!("permission.{}", group.en), group);
        }
    }
    keys
}

/// `texts.rs`: the key list, a constant per app text, the page's labels (the `Strings` struct),
/// the English table (labels, app and catalogue), built in; each other language's app texts (for
/// native builds and the import worker), labels and catalogue texts (native builds), never
/// referenced by the page, so not in its wasm; and each other language's pack: its labels, then its app texts,
/// then its catalogue texts, one per line, which the page fetches when the language is first
/// needed.
fn texts(
    langs: &[(String, Vec<(String, String)>)],
    catalogue: &[(String, String)],
    deferred: &[String],
) -> (String, Vec<(String, String)>) {
    let labels: Vec<&str> = langs[0]
        .1
        .iter()
        .filter_map(|(k, _)| k.strip_prefix("ui."))
        .collect();
    let app: Vec<&(String, String)> = langs[0].1.iter().filter(|(k, _)| !is_label(k)).collect();
    let all: Vec<&(String, String)> = app.iter().copied().chain(catalogue).collect();
    let (label_count, app_count, count) = (labels.len(), app.len(), all.len());
    let mut out = format!(
        "/// Texts per language.\npub const TEXT_COUNT: usize = {count};\n\
         /// The app's texts come first in the tables, the catalogue's after them.\npub const APP_COUNT: usize = {app_count};\n\
         /// The page's labels per language.\npub const LABEL_COUNT: usize = {label_count};\n\
         /// Every text's key (`section.name`), in table order.\npub static KEYS: [&str; {count}] = ["
    );
    for (key, _) in &all {
        let _ = write!(out, "{key:?},");
    }
    out.push_str("];\n/// One constant per text of the app (the catalogue's are in its statics).\npub mod key {\n    use super::Key;\n");
    for (i, (key, _)) in app.iter().enumerate() {
        let name = key.replace('.', "_").to_uppercase();
        let _ = writeln!(
            out,
            "    /// `{key}`\n    pub const {name}: Key = Key({i});"
        );
    }
    out.push_str(
        "}\n/// The page's labels in one language (`[ui]` of `src/content/texts/<lang>.toml`), a method\n\
         /// per label.\n#[derive(Clone, Copy)]\npub struct Strings(&'static [&'static str; LABEL_COUNT]);\n\
         #[allow(missing_docs)]\nimpl Strings {\n",
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = writeln!(
            out,
            "    pub fn {label}(self) -> &'static str {{\n        self.0[{i}]\n    }}"
        );
    }
    out.push_str("}\n");
    let english: std::collections::BTreeMap<&str, &str> = langs[0]
        .1
        .iter()
        .map(|(k, t)| (k.as_str(), t.as_str()))
        .collect();
    let labels_of = |texts: &std::collections::BTreeMap<&str, &str>, lang: &str| -> Vec<String> {
        labels
            .iter()
            .map(|l| {
                texts
                    .get(format!("ui.{l}").as_str())
                    .unwrap_or_else(|| {
                        panic!("src/content/texts/{lang}.toml has no text for ui.{l}")
                    })
                    .to_string()
            })
            .collect()
    };
    let write_labels = |out: &mut String, name: &str, lang: &str, texts: &[String]| {
        let _ = write!(out, "/// `{lang}`.\nstatic {name}: [&str; LABEL_COUNT] = [");
        for text in texts {
            let _ = write!(out, "{text:?},");
        }
        out.push_str("];\n");
    };
    write_labels(&mut out, "EN_LABELS", "en", &labels_of(&english, "en"));
    // The page never says the command line's texts, nor (yet) what a readiness report says: its
    // tables leave them empty. Its English table leaves the on-demand texts empty too: they are
    // the English pack, fetched when a binder first needs them.
    let page_says = |key: &str| {
        !["cli.", "report.", "drift.", "readiness."]
            .iter()
            .any(|p| key.starts_with(p))
    };
    let on_demand: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, (key, _))| deferred.contains(key))
        .map(|(i, _)| i)
        .collect();
    let english_pack: Vec<&str> = on_demand.iter().map(|i| all[*i].1.as_str()).collect();
    let english_pack = english_pack.join("\n");
    for (cfg, page) in [
        ("not(target_arch = \"wasm32\")", false),
        ("target_arch = \"wasm32\"", true),
    ] {
        let _ = write!(
            out,
            "/// English, built in.\n#[cfg({cfg})]\npub static ENGLISH: [&str; TEXT_COUNT] = ["
        );
        for (i, (key, text)) in all.iter().enumerate() {
            let left_out = page && (!page_says(key) || on_demand.contains(&i));
            let text = if left_out { "" } else { text.as_str() };
            let _ = write!(out, "{text:?},");
        }
        out.push_str("];\n");
    }
    let _ = write!(
        out,
        "/// The table positions of the English texts fetched on demand (`src/content/on_demand.toml`).\npub static ON_DEMAND: [u16; {}] = {on_demand:?};\n\
         /// The size of the English pack of those texts, in bytes.\npub const ON_DEMAND_BYTES: usize = {};\n",
        on_demand.len(),
        english_pack.len()
    );
    let mut packs = Vec::new();
    let mut apps = String::from(
        "/// The other languages' app texts, built into native builds and the import worker only (the page fetches packs).\nstatic APP_TABLES: &[(&str, &[&str; APP_COUNT])] = &[",
    );
    let mut tables = String::from(
        "/// The other languages' labels and catalogue texts, built into native builds only.\nstatic TABLES: &[(&str, &[&str; LABEL_COUNT], &[&str; TEXT_COUNT - APP_COUNT])] = &[",
    );
    let mut sizes = String::from(
        "/// Each other language's pack: its tag and size in bytes.\npub const PACKS: &[(&str, usize)] = &[",
    );
    for (lang, texts) in &langs[1..] {
        let by_key: std::collections::BTreeMap<&str, &str> = texts
            .iter()
            .map(|(k, t)| (k.as_str(), t.as_str()))
            .collect();
        let table: Vec<&str> = all
            .iter()
            .map(|(key, _)| {
                *by_key.get(key.as_str()).unwrap_or_else(|| {
                    panic!("src/content/texts/{lang}.toml has no text for {key}")
                })
            })
            .collect();
        let own = texts.iter().filter(|(k, _)| !is_label(k)).count();
        assert!(
            own == count,
            "src/content/texts/{lang}.toml has texts that English does not"
        );
        let label_texts = labels_of(&by_key, lang);
        let page_table = all
            .iter()
            .zip(&table)
            .map(|((key, _), text)| if page_says(key) { *text } else { "" });
        let lines: Vec<&str> = label_texts
            .iter()
            .map(String::as_str)
            .chain(page_table)
            .collect();
        for (i, text) in lines.iter().enumerate() {
            assert!(
                !text.contains(['\n', '\r']),
                "{lang}: text {i} of the pack spans lines (a pack is one text per line): {text:?}"
            );
        }
        let upper = lang.to_uppercase();
        write_labels(&mut out, &format!("{upper}_LABELS"), lang, &label_texts);
        for (name, part) in [
            ("APP", &table[..app_count]),
            ("CATALOGUE", &table[app_count..]),
        ] {
            let _ = write!(
                out,
                "/// `{lang}`.\nstatic {upper}_{name}: [&str; {}] = [",
                part.len()
            );
            for text in part {
                let _ = write!(out, "{text:?},");
            }
            out.push_str("];\n");
        }
        let _ = write!(apps, "({lang:?}, &{upper}_APP),");
        let _ = write!(tables, "({lang:?}, &{upper}_LABELS, &{upper}_CATALOGUE),");
        let pack = lines.join("\n");
        let _ = write!(sizes, "({lang:?}, {}),", pack.len());
        packs.push((lang.clone(), pack));
    }
    for part in [apps, tables, sizes] {
        out.push_str(&part);
        out.push_str("];\n");
    }
    packs.push(("en-on-demand".to_string(), english_pack));
    (out, packs)
}
