//! Turns the human-edited step catalogue (`src/content/catalogue.toml`) into Rust statics in
//! `OUT_DIR/catalogue.rs` (`&'static str` and slices, pages, places and steps sorted by key for
//! binary search), so the shipped wasm carries no parser and no parsing at start-up: the
//! catalogue is plain read-only data. Unknown fields and wrong types fail the build with the
//! TOML error; the catalogue's *meaning* is linted by `tests/catalogue_lint.rs`.

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
    fr: String
});
record!(Page {
    slug: String,
    en: String,
    fr: String
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
    let path =
        PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("catalogue.rs");
    fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
