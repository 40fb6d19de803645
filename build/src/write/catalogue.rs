//! `catalogue.rs`: the step catalogue as read-only statics (`STEPS`, `EMBEDDED`), so the shipped
//! wasm carries no parser and parses nothing at start-up. Pages, places and steps are sorted by
//! id for binary search (order carries no meaning in them: sections say the order of steps);
//! a section's steps are references into `STEPS`, resolved here. Every text is written as its
//! key in the texts tables (`Key(n)`).

use std::fmt::Write as _;

use super::common::{header, variant};
use crate::schema::catalogue::Catalogue;

/// The catalogue's texts: each key (`page.<slug>`, `phase.<id>`, …, `step_title.<id>`,
/// `step_body.<id>`, `step_caution.<id>`, `permission.<text>`) and its English, in table order,
/// after the app's `first` texts.
pub struct Keys {
    /// Where the catalogue's texts start in the tables.
    pub first: usize,
    /// (key, English text), in table order.
    pub texts: Vec<(String, String)>,
}

impl Keys {
    /// Gives every text of `catalogue` (sorted) its key; a text used in several places (a
    /// group name in many steps' permissions) has one key.
    pub fn assign(catalogue: &Catalogue, first: usize) -> Keys {
        let mut keys = Keys {
            first,
            texts: Vec::new(),
        };
        let mut take = |key: String, text: &str| {
            if !keys.texts.iter().any(|(k, _)| *k == key) {
                keys.texts.push((key, text.to_string()));
            }
        };
        for p in &catalogue.pages {
            take(format!("page.{}", p.slug), &p.title);
        }
        for (kind, list) in [
            ("phase", &catalogue.phases),
            ("role", &catalogue.roles),
            ("place", &catalogue.places),
        ] {
            for n in list {
                take(format!("{kind}.{}", n.id), &n.text);
            }
        }
        for s in &catalogue.sections {
            take(format!("section.{}", s.id), &s.title);
        }
        for s in &catalogue.steps {
            take(format!("step_title.{}", s.id), &s.title);
            take(format!("step_body.{}", s.id), &s.body);
            if let Some(caution) = &s.caution {
                take(format!("step_caution.{}", s.id), caution);
            }
            for group in &s.permissions {
                take(format!("permission.{group}"), group);
            }
        }
        keys
    }

    /// `Key(n)` of a key.
    fn of(&self, key: &str) -> String {
        let i = self.texts.iter().position(|(k, _)| k == key).unwrap_or(0);
        format!("Key({})", self.first + i)
    }
}

/// Sorts the catalogue's lookup lists by id and says what is wrong with it: a section listing a
/// step that is not defined, a step running on a place that is not one.
pub fn sort_and_check(catalogue: &mut Catalogue) -> Vec<String> {
    catalogue.pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    catalogue.places.sort_by(|a, b| a.id.cmp(&b.id));
    catalogue.steps.sort_by(|a, b| a.id.cmp(&b.id));
    let mut problems = Vec::new();
    for section in &catalogue.sections {
        for id in &section.steps {
            if catalogue.steps.binary_search_by(|s| s.id.cmp(id)).is_err() {
                problems.push(format!(
                    "section {:?} lists step {id:?}, which is not defined",
                    section.id
                ));
            }
        }
    }
    for step in &catalogue.steps {
        if catalogue
            .places
            .binary_search_by(|p| p.id.cmp(&step.runs_on))
            .is_err()
        {
            problems.push(format!(
                "step {:?} runs on {:?}, which is not a place",
                step.id, step.runs_on
            ));
        }
    }
    problems
}

/// A slice expression of `items`, each followed by a comma: `&[a,b,]`.
fn slice(items: impl Iterator<Item = String>) -> String {
    let mut out = String::from("&[");
    for item in items {
        out.push_str(&item);
        out.push(',');
    }
    out.push(']');
    out
}

/// The `Flag` variants of flag names.
fn flags(names: &[String]) -> String {
    slice(names.iter().map(|n| format!("Flag::{}", variant(n))))
}

/// The Rust source of `catalogue.rs`, of a catalogue `sort_and_check` passed. Text values are
/// written with `{:?}` (Debug quoting is Rust literal syntax, `Some("…")` and `None` included).
pub fn write(catalogue: &Catalogue, keys: &Keys) -> String {
    let mut out = header("src/content/catalogue.toml");
    let _ = writeln!(
        out,
        "/// Every step, sorted by id.\nstatic STEPS: [StepDef; {}] = [",
        catalogue.steps.len()
    );
    for s in &catalogue.steps {
        let permissions = slice(
            s.permissions
                .iter()
                .map(|g| keys.of(&format!("permission.{g}"))),
        );
        let caution = match &s.caution {
            Some(_) => format!("Some({})", keys.of(&format!("step_caution.{}", s.id))),
            None => "None".into(),
        };
        let _ = writeln!(
            out,
            "    StepDef {{ id: {:?}, page: {:?}, page_sfb: {:?}, runs_on: {:?}, permissions: {permissions}, \
             when: {}, unless: {}, title: {}, body: {}, command: {:?}, caution: {caution}, caution_when: {} }},",
            s.id,
            s.page,
            s.page_sfb,
            s.runs_on,
            flags(&s.when),
            flags(&s.unless),
            keys.of(&format!("step_title.{}", s.id)),
            keys.of(&format!("step_body.{}", s.id)),
            s.command,
            flags(&s.caution_when),
        );
    }
    out.push_str("];\n\n/// The catalogue built into this binary.\npub static EMBEDDED: Catalogue = Catalogue {\n");
    let _ = writeln!(out, "    format_version: {},", catalogue.format_version);
    out.push_str("    pages: &[\n");
    for p in &catalogue.pages {
        let title = keys.of(&format!("page.{}", p.slug));
        let _ = writeln!(
            out,
            "        Page {{ slug: {:?}, title: {title} }},",
            p.slug
        );
    }
    for (kind, field, list) in [
        ("phase", "phases", &catalogue.phases),
        ("role", "roles", &catalogue.roles),
        ("place", "places", &catalogue.places),
    ] {
        let _ = writeln!(out, "    ],\n    {field}: &[");
        for n in list {
            let text = keys.of(&format!("{kind}.{}", n.id));
            let _ = writeln!(out, "        Named {{ id: {:?}, text: {text} }},", n.id);
        }
    }
    out.push_str("    ],\n    sections: &[\n");
    for s in &catalogue.sections {
        let steps = slice(s.steps.iter().map(|id| {
            let i = catalogue
                .steps
                .binary_search_by(|step| step.id.cmp(id))
                .unwrap_or(0);
            format!("&STEPS[{i}]")
        }));
        let _ = writeln!(
            out,
            "        SectionDef {{ id: {:?}, phase: {:?}, page: {:?}, page_sfb: {:?}, title: {}, steps: {steps} }},",
            s.id,
            s.phase,
            s.page,
            s.page_sfb,
            keys.of(&format!("section.{}", s.id)),
        );
    }
    out.push_str("    ],\n    steps: &STEPS,\n};\n");
    out
}
