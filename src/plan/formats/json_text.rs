//! How JSON text becomes the app's types and back, through serde. The formats take a
//! [`JsonText`], so each side uses its best route: natively (command line, tests) [`SerdeJson`];
//! in the browser, the browser's own `JSON.parse` and `JSON.stringify` through
//! serde-wasm-bindgen (`ui::browser_json`), which keeps a JSON parser out of the wasm. Both
//! write the same text: fields in declaration order, defaults left out, serde_json's escapes
//! (`tests/e2e/persistence.test.mjs` checks the page's link and fingerprint against the fixtures
//! written natively).
//!
//! Reading is total: any bytes give a value or an error, never a panic. Unknown fields are
//! ignored and missing ones take their defaults (the types say `#[serde(default)]`); a wrong
//! value is reported with its field path, e.g. `back_end.mirrored: invalid type: …`.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Where a text stops being JSON (both 1-based; `0` when the reader does not say).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line.
    pub line: usize,
    /// Column.
    pub column: usize,
}

/// A JSON reader and writer over serde.
pub trait JsonText {
    /// A parsed document.
    type Doc: Clone;
    /// Reads a whole JSON document (surrounding whitespace allowed, nothing after it).
    fn parse(&self, text: &str) -> Result<Self::Doc, SyntaxError>;
    /// Reads `doc` as a `T`; the error is serde's message.
    fn typed<T: DeserializeOwned>(&self, doc: Self::Doc) -> Result<T, String>;
    /// True when `doc` is an object.
    fn is_object(&self, doc: &Self::Doc) -> bool;
    /// An object's field names, or an array's indices (`0`, `1`…); none for other values.
    fn children(&self, doc: &Self::Doc) -> Vec<String>;
    /// The child named `key` (a field, or an index in an array), unless absent or `null`.
    fn child(&self, doc: &Self::Doc, key: &str) -> Option<Self::Doc>;
    /// A copy of `doc` without the child at `path`.
    fn without(&self, doc: &Self::Doc, path: &[String]) -> Self::Doc;
    /// `value` as compact JSON. Writing the app's types cannot fail: every map key is text.
    fn write<T: Serialize>(&self, value: &T) -> String;
    /// `value` as JSON indented by two spaces.
    fn write_pretty<T: Serialize>(&self, value: &T) -> String;
}

/// Most children looked at when searching the field a wrong value is in (a larger object or
/// array is reported without the path below it, so a huge document cannot stall the search).
const MAX_CHILDREN_SEARCHED: usize = 256;

/// Reads `doc` as a `T`, naming the field path of a wrong value.
pub fn read<T: DeserializeOwned, J: JsonText>(json: &J, doc: J::Doc) -> Result<T, String> {
    match json.typed::<T>(doc.clone()) {
        Ok(value) => Ok(value),
        Err(message) => match path_of_error::<T, J>(json, &doc, &message) {
            path if path.is_empty() => Err(message),
            path => Err(format!("{path}: {message}")),
        },
    }
}

/// The path of the value that `message` is about: every field has a default, so taking the
/// wrong value out of `doc` makes the message go (the document reads, or the next wrong value
/// is reported). The search goes down from the top, one child at a time.
fn path_of_error<T: DeserializeOwned, J: JsonText>(
    json: &J,
    doc: &J::Doc,
    message: &str,
) -> String {
    let mut path: Vec<String> = Vec::new();
    let mut shown = String::new();
    let mut at = doc.clone();
    loop {
        let children = json.children(&at);
        if children.len() > MAX_CHILDREN_SEARCHED {
            break;
        }
        let found = children.into_iter().find(|key| {
            let mut inner = path.clone();
            inner.push(key.clone());
            json.typed::<T>(json.without(doc, &inner))
                .err()
                .is_none_or(|other| other != message)
        });
        let Some(key) = found else { break };
        if !json.is_object(&at) {
            shown += &format!("[{key}]");
        } else if shown.is_empty() {
            shown += &key;
        } else {
            shown += &format!(".{key}");
        }
        let Some(next) = json.child(&at, &key) else {
            break;
        };
        at = next;
        path.push(key);
    }
    shown
}

/// serde_json: the reader and writer of the command line and the tests.
#[derive(Clone, Copy, Debug, Default)]
pub struct SerdeJson;

impl JsonText for SerdeJson {
    type Doc = Value;

    fn parse(&self, text: &str) -> Result<Value, SyntaxError> {
        serde_json::from_str(text).map_err(|e| SyntaxError {
            line: e.line(),
            column: e.column(),
        })
    }

    fn typed<T: DeserializeOwned>(&self, doc: Value) -> Result<T, String> {
        serde_json::from_value(doc).map_err(|e| e.to_string())
    }

    fn is_object(&self, doc: &Value) -> bool {
        doc.is_object()
    }

    fn children(&self, doc: &Value) -> Vec<String> {
        match doc {
            Value::Object(fields) => fields.keys().cloned().collect(),
            Value::Array(items) => (0..items.len()).map(|i| i.to_string()).collect(),
            _ => Vec::new(),
        }
    }

    fn child(&self, doc: &Value, key: &str) -> Option<Value> {
        let child = match doc {
            Value::Array(items) => items.get(key.parse::<usize>().ok()?),
            _ => doc.get(key),
        };
        child.filter(|v| !v.is_null()).cloned()
    }

    fn without(&self, doc: &Value, path: &[String]) -> Value {
        let mut copy = doc.clone();
        let Some((last, parents)) = path.split_last() else {
            return copy;
        };
        let mut at = &mut copy;
        for key in parents {
            let next = match at {
                Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
                Value::Object(fields) => fields.get_mut(key),
                _ => None,
            };
            match next {
                Some(next) => at = next,
                None => return copy,
            }
        }
        match at {
            Value::Array(items) => {
                if let Some(i) = last.parse::<usize>().ok().filter(|i| *i < items.len()) {
                    items.remove(i);
                }
            }
            Value::Object(fields) => {
                fields.remove(last);
            }
            _ => {}
        }
        copy
    }

    fn write<T: Serialize>(&self, value: &T) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }

    fn write_pretty<T: Serialize>(&self, value: &T) -> String {
        serde_json::to_string_pretty(value).unwrap_or_default()
    }
}
