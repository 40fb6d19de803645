//! Where the saved formats hold a JSON object: the structs and maps inside a plan, a session (and
//! a plan file, which has the same ones) and a saved plan. An array there is refused before serde
//! reads the document, by the page and the command line alike: serde's derived structs take an
//! array field by field (serde_json), while serde-wasm-bindgen reads a JavaScript array as an
//! object without any of the struct's fields (every one its default: `"failure": [...]` would
//! become "the whole pool failed") and as a map of pairs cut from its items.
//! `tests/e2e/differential.test.mjs` checks both read alike; `tests/codec.rs` that every
//! object in the formats is listed here.

use crate::plan::formats::json_text::JsonText;

/// The places of a document that hold an object.
#[derive(Debug)]
pub enum Shape {
    /// An object, with the fields that hold an object or a list of them (the others are left to
    /// serde).
    Object(&'static [(&'static str, Shape)]),
    /// An array of items of this shape.
    List(&'static Shape),
}

/// An object whose fields hold no object (a struct of plain values, or a map of text).
pub const OBJECT: Shape = Shape::Object(&[]);

/// A plan.
pub const PLAN: Shape = Shape::Object(&[
    ("failure", OBJECT),
    ("back_end", OBJECT),
    ("archiving", OBJECT),
    ("monitoring", OBJECT),
    ("persistent_chat", OBJECT),
    ("backup", OBJECT),
]);

/// A session, and a plan file (the same fields hold objects).
pub const SESSION: Shape = Shape::Object(&[
    ("plan", PLAN),
    ("progress", Shape::Object(&[("ticks", OBJECT)])),
    ("site", Shape::List(&PLAN)),
]);

/// A saved plan of the page's store.
pub const SAVED_PLAN: Shape = Shape::Object(&[("session", SESSION), ("ticked_at", OBJECT)]);

impl Shape {
    /// `Err` naming the first array of `doc` where this shape has an object, in serde's words.
    pub fn check<J: JsonText>(&self, json: &J, doc: &J::Doc) -> Result<(), String> {
        match self.misplaced_array(json, doc, String::new()) {
            Some(path) if path.is_empty() => Err(ARRAY.to_string()),
            Some(path) => Err(format!("{path}: {ARRAY}")),
            None => Ok(()),
        }
    }

    fn misplaced_array<J: JsonText>(&self, json: &J, doc: &J::Doc, path: String) -> Option<String> {
        match self {
            Shape::Object(_) if json.is_array(doc) => Some(path),
            Shape::Object(fields) => fields.iter().find_map(|(key, shape)| {
                let child = json.child(doc, key)?;
                let at = if path.is_empty() {
                    key.to_string()
                } else {
                    format!("{path}.{key}")
                };
                shape.misplaced_array(json, &child, at)
            }),
            Shape::List(item) if json.is_array(doc) => json.children(doc).iter().find_map(|i| {
                let child = json.child(doc, i)?;
                item.misplaced_array(json, &child, format!("{path}[{i}]"))
            }),
            Shape::List(_) => None,
        }
    }
}

/// What is said of an array where an object belongs.
const ARRAY: &str = "invalid type: sequence, expected an object";
