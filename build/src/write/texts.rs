//! `lang.rs`, `texts.rs` and the language packs, from `src/content/texts/<lang>.toml` (English
//! first) and the catalogue's keys.
//!
//! `lang.rs` is the `Lang` type, one variant per texts file. `texts.rs` holds the key list, a
//! constant per app text (`key::…`), the page's labels (`Strings`, a method per label), the
//! English table built in, and the other languages' tables for native builds and the import
//! worker only (never referenced by the page, so not in its wasm). Each other language's pack
//! (its labels, then its texts in key order, one per line) is what the page fetches when the
//! language is first needed; so is the English of the rarely used steps
//! (`src/content/on_demand.toml`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::catalogue::Keys;
use super::common::{header, variant};
use crate::schema::catalogue::Catalogue;
use crate::schema::labels::Labels;
use crate::schema::on_demand::OnDemand;
use crate::schema::texts::TextFile;

/// One language: its file, and its texts as (key, text) in key order, console labels applied.
pub struct Language {
    /// Its file.
    pub file: TextFile,
    /// `section.name` → text, sorted by key.
    pub texts: Vec<(String, String)>,
}

/// The languages, English first, each other language's bold English console labels printed as
/// its own label with the English after it (`**Enregistrer** (Save)`).
pub fn languages(mut files: Vec<TextFile>, labels: &Labels) -> Vec<Language> {
    files.sort_by_key(|f| (f.language.tag != "en", f.language.tag.clone()));
    files
        .into_iter()
        .enumerate()
        .map(|(i, file)| {
            let tag = file.language.tag.clone();
            let texts = file
                .entries()
                .map(|(k, t)| {
                    let t = if i == 0 {
                        t.to_string()
                    } else {
                        with_labels(t, &tag, labels)
                    };
                    (k, t)
                })
                .collect();
            Language { file, texts }
        })
        .collect()
}

/// A text of `lang` with each bold English label printed as `lang`'s label, the English one
/// after it in parentheses.
fn with_labels(text: &str, lang: &str, labels: &Labels) -> String {
    let mut out = text.to_string();
    for label in &labels.labels {
        if let Some(local) = label.local.get(lang)
            && !local.is_empty()
            && *local != label.en
        {
            out = out.replace(
                &format!("**{}**", label.en),
                &format!("**{local}** ({})", label.en),
            );
        }
    }
    out
}

/// True for the page's labels, which are `Strings` methods, not table entries.
fn is_label(key: &str) -> bool {
    key.starts_with("ui.")
}

/// A language's texts by key.
fn by_key(l: &Language) -> BTreeMap<&str, &str> {
    l.texts
        .iter()
        .map(|(k, t)| (k.as_str(), t.as_str()))
        .collect()
}

/// The number of app texts (the catalogue's come after them in the tables).
pub fn app_count(english: &Language) -> usize {
    english.texts.iter().filter(|(k, _)| !is_label(k)).count()
}

/// The Rust source of `lang.rs`.
pub fn write_lang(langs: &[Language]) -> String {
    let mut out = header("src/content/texts/");
    out.push_str(
        "/// A language of the page, the checklist and the Microsoft documentation links: one per\n\
         /// file of `src/content/texts/`. Written as its tag (`en`, `fr`).\n\
         #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]\n\
         #[serde(rename_all = \"lowercase\")]\npub enum Lang {\n",
    );
    for (i, l) in langs.iter().enumerate() {
        let default = if i == 0 { "    #[default]\n" } else { "" };
        let _ = writeln!(
            out,
            "    /// {}.\n{default}    {},",
            l.file.language.name,
            variant(&l.file.language.tag)
        );
    }
    out.push_str(
        "}\n\nimpl Lang {\n    /// Every language, English first.\n    pub const ALL: &[Lang] = &[",
    );
    for l in langs {
        let _ = write!(out, "Lang::{},", variant(&l.file.language.tag));
    }
    out.push_str("];\n");
    type Field = fn(&crate::schema::texts::Language) -> &str;
    let fields: [(&str, &str, Field); 4] = [
        (
            "tag",
            "The BCP 47 tag (`<html lang>`, the texts file's name).",
            |l| &l.tag,
        ),
        (
            "name",
            "Its name as its speakers write it (the language picker).",
            |l| &l.name,
        ),
        (
            "doc_locale",
            "The `learn.microsoft.com` locale segment of its documentation edition.",
            |l| &l.doc_locale,
        ),
        (
            "missing",
            "Said in this language, after the English notice, when its texts could not be loaded.",
            |l| &l.missing,
        ),
    ];
    for (name, doc, field) in fields {
        let _ = write!(
            out,
            "\n    /// {doc}\n    pub fn {name}(self) -> &'static str {{\n        match self {{\n"
        );
        for l in langs {
            let _ = writeln!(
                out,
                "            Lang::{} => {:?},",
                variant(&l.file.language.tag),
                field(&l.file.language)
            );
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("}\n");
    out
}

/// The keys of the texts `on_demand` names: a listed section's title, and the title, body and
/// caution of each listed step and of each step every section of which is listed; or the ids
/// the catalogue does not have.
pub fn on_demand(catalogue: &Catalogue, list: &OnDemand) -> Result<Vec<String>, Vec<String>> {
    let mut unknown = Vec::new();
    for id in &list.sections {
        if !catalogue.sections.iter().any(|s| &s.id == id) {
            unknown.push(format!("on_demand.toml: no section {id:?}"));
        }
    }
    for id in &list.steps {
        if !catalogue.steps.iter().any(|s| &s.id == id) {
            unknown.push(format!("on_demand.toml: no step {id:?}"));
        }
    }
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let mut keys: Vec<String> = list
        .sections
        .iter()
        .map(|id| format!("section.{id}"))
        .collect();
    for step in &catalogue.steps {
        let mut listing = catalogue
            .sections
            .iter()
            .filter(|s| s.steps.contains(&step.id))
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
    Ok(keys)
}

/// `texts.rs` and the packs: (language tag or `en-on-demand`, pack text).
pub struct Written {
    /// The Rust source of `texts.rs`.
    pub rust: String,
    /// Each pack.
    pub packs: Vec<(String, String)>,
}

/// Writes `texts.rs` and the packs, or says which texts are missing or malformed.
pub fn write_texts(
    langs: &[Language],
    catalogue: &Keys,
    deferred: &[String],
) -> Result<Written, Vec<String>> {
    let english = &langs[0];
    let labels: Vec<&str> = english
        .texts
        .iter()
        .filter_map(|(k, _)| k.strip_prefix("ui."))
        .collect();
    let app: Vec<&(String, String)> = english.texts.iter().filter(|(k, _)| !is_label(k)).collect();
    let all: Vec<&(String, String)> = app.iter().copied().chain(&catalogue.texts).collect();
    let (label_count, app_count, count) = (labels.len(), app.len(), all.len());
    let mut problems = Vec::new();
    let mut out = header("src/content/texts/ and src/content/catalogue.toml");
    let _ = write!(
        out,
        "/// Texts per language.\npub const TEXT_COUNT: usize = {count};\n\
         /// The app's texts come first in the tables, the catalogue's after them.\npub const APP_COUNT: usize = {app_count};\n\
         /// The page's labels per language.\npub const LABEL_COUNT: usize = {label_count};\n\
         /// Every text's key (`section.name`), in table order.\npub static KEYS: [&str; {count}] = [\n"
    );
    for (key, _) in &all {
        let _ = writeln!(out, "    {key:?},");
    }
    out.push_str("];\n\n/// One constant per text of the app (the catalogue's are in its statics).\npub mod key {\n    use super::Key;\n");
    for (i, (key, _)) in app.iter().enumerate() {
        let name = key.replace('.', "_").to_uppercase();
        let _ = writeln!(
            out,
            "    /// `{key}`\n    pub const {name}: Key = Key({i});"
        );
    }
    out.push_str(
        "}\n\n/// The page's labels in one language (`[ui]` of `src/content/texts/<lang>.toml`), a method\n\
         /// per label.\n#[derive(Clone, Copy)]\npub struct Strings(&'static [&'static str; LABEL_COUNT]);\n\n\
         #[allow(missing_docs)]\nimpl Strings {\n",
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = writeln!(
            out,
            "    pub fn {label}(self) -> &'static str {{\n        self.0[{i}]\n    }}"
        );
    }
    out.push_str("}\n\n");
    let labels_of =
        |texts: &BTreeMap<&str, &str>, lang: &str, problems: &mut Vec<String>| -> Vec<String> {
            labels
                .iter()
                .map(|l| match texts.get(format!("ui.{l}").as_str()) {
                    Some(t) => t.to_string(),
                    None => {
                        problems.push(format!(
                            "src/content/texts/{lang}.toml has no text for ui.{l}"
                        ));
                        String::new()
                    }
                })
                .collect()
        };
    let write_labels = |out: &mut String, name: &str, lang: &str, texts: &[String]| {
        let _ = writeln!(out, "/// `{lang}`.\nstatic {name}: [&str; LABEL_COUNT] = [");
        for text in texts {
            let _ = writeln!(out, "    {text:?},");
        }
        out.push_str("];\n\n");
    };
    let english_labels = labels_of(&by_key(english), "en", &mut problems);
    write_labels(&mut out, "EN_LABELS", "en", &english_labels);
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
    let english_pack = on_demand
        .iter()
        .map(|i| all[*i].1.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for (cfg, page) in [
        ("not(target_arch = \"wasm32\")", false),
        ("target_arch = \"wasm32\"", true),
    ] {
        let _ = writeln!(
            out,
            "/// English, built in.\n#[cfg({cfg})]\npub static ENGLISH: [&str; TEXT_COUNT] = ["
        );
        for (i, (key, text)) in all.iter().enumerate() {
            let left_out = page && (!page_says(key) || on_demand.contains(&i));
            let text = if left_out { "" } else { text.as_str() };
            let _ = writeln!(out, "    {text:?},");
        }
        out.push_str("];\n\n");
    }
    let _ = write!(
        out,
        "/// The table positions of the English texts fetched on demand (`src/content/on_demand.toml`).\npub static ON_DEMAND: [u16; {}] = {on_demand:?};\n\
         /// The size of the English pack of those texts, in bytes.\npub const ON_DEMAND_BYTES: usize = {};\n\n",
        on_demand.len(),
        english_pack.len()
    );
    let mut packs = Vec::new();
    let mut apps = String::from(
        "/// The other languages' app texts, built into native builds and the import worker only (the page fetches packs).\nstatic APP_TABLES: &[(&str, &[&str; APP_COUNT])] = &[\n",
    );
    let mut tables = String::from(
        "/// The other languages' labels and catalogue texts, built into native builds only.\nstatic TABLES: &[(&str, &[&str; LABEL_COUNT], &[&str; TEXT_COUNT - APP_COUNT])] = &[\n",
    );
    let mut sizes = String::from(
        "/// Each other language's pack: its tag and size in bytes.\npub const PACKS: &[(&str, usize)] = &[\n",
    );
    for l in &langs[1..] {
        let lang = l.file.language.tag.as_str();
        let texts = by_key(l);
        let table: Vec<&str> = all
            .iter()
            .map(|(key, _)| match texts.get(key.as_str()) {
                Some(t) => *t,
                None => {
                    problems.push(format!(
                        "src/content/texts/{lang}.toml has no text for {key}"
                    ));
                    ""
                }
            })
            .collect();
        if l.texts.iter().filter(|(k, _)| !is_label(k)).count() != count {
            problems.push(format!(
                "src/content/texts/{lang}.toml has texts that English does not"
            ));
        }
        let label_texts = labels_of(&texts, lang, &mut problems);
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
            if text.contains(['\n', '\r']) {
                problems.push(format!(
                    "{lang}: text {i} of the pack spans lines (a pack is one text per line): {text:?}"
                ));
            }
        }
        let upper = lang.to_uppercase();
        write_labels(&mut out, &format!("{upper}_LABELS"), lang, &label_texts);
        for (name, part) in [
            ("APP", &table[..app_count]),
            ("CATALOGUE", &table[app_count..]),
        ] {
            let _ = writeln!(
                out,
                "/// `{lang}`.\nstatic {upper}_{name}: [&str; {}] = [",
                part.len()
            );
            for text in part {
                let _ = writeln!(out, "    {text:?},");
            }
            out.push_str("];\n\n");
        }
        let _ = writeln!(apps, "    ({lang:?}, &{upper}_APP),");
        let _ = writeln!(
            tables,
            "    ({lang:?}, &{upper}_LABELS, &{upper}_CATALOGUE),"
        );
        let pack = lines.join("\n");
        let _ = writeln!(sizes, "    ({lang:?}, {}),", pack.len());
        packs.push((lang.to_string(), pack));
    }
    for part in [apps, tables, sizes] {
        out.push_str(&part);
        out.push_str("];\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    packs.push(("en-on-demand".to_string(), english_pack));
    if problems.is_empty() {
        Ok(Written { rust: out, packs })
    } else {
        Err(problems)
    }
}
