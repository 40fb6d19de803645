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

use crate::plan::formats::shape::Shape;

/// Where a text stops being JSON (both 1-based; `0` when the reader does not say).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line.
    pub line: usize,
    /// Column.
    pub column: usize,
}

/// What serde_json refuses in a text that the browser's `JSON.parse` takes, found in a text
/// `JSON.parse` has read: a number out of a double's range (the browser reads it as infinity;
/// `finite` says whether a number's text is in range), an escaped UTF-16 surrogate without its
/// pair, and arrays or objects nested 128 deep. The page refuses these too, so that the page
/// and the command line read every text alike (`tests/e2e/differential.test.mjs`).
pub fn beyond_serde_json(text: &str, finite: impl Fn(&str) -> bool) -> Option<SyntaxError> {
    let (mut line, mut column, mut depth) = (1, 0, 0usize);
    let at = |line, column| Some(SyntaxError { line, column });
    let mut chars = text.char_indices().peekable();
    // A high surrogate's escape waiting for its low half.
    let mut high = false;
    while let Some((i, c)) = chars.next() {
        (line, column) = if c == '\n' {
            (line + 1, 0)
        } else {
            (line, column + 1)
        };
        match c {
            '"' => loop {
                let (_, c) = chars.next()?;
                column += 1;
                match c {
                    '"' if !high => break,
                    '\\' => {
                        column += 1;
                        if chars.next().map(|(_, e)| e) != Some('u') {
                            if high {
                                return at(line, column);
                            }
                            continue;
                        }
                        // JSON.parse has checked the four hex digits.
                        let unit = (0..4).fold(0, |unit, _| {
                            let digit = chars.next().and_then(|(_, h)| h.to_digit(16));
                            unit * 16 + digit.unwrap_or(0)
                        });
                        column += 4;
                        match unit {
                            0xD800..=0xDBFF if !high => high = true,
                            0xDC00..=0xDFFF if high => high = false,
                            0xD800..=0xDFFF => return at(line, column),
                            _ if high => return at(line, column),
                            _ => {}
                        }
                    }
                    _ if high => return at(line, column),
                    _ => {}
                }
            },
            '[' | '{' => {
                depth += 1;
                if depth >= 128 {
                    return at(line, column);
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            '-' | '0'..='9' => {
                let mut end = i + 1;
                while let Some(&(j, d)) = chars.peek() {
                    if !matches!(d, '0'..='9' | '.' | 'e' | 'E' | '+' | '-') {
                        break;
                    }
                    end = j + 1;
                    column += 1;
                    chars.next();
                }
                if !finite(&text[i..end]) {
                    return at(line, column);
                }
            }
            _ => {}
        }
    }
    None
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
    /// True when `doc` is an array.
    fn is_array(&self, doc: &Self::Doc) -> bool;
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

/// Reads `doc` as a `T` whose objects are where `shape` says, naming the field path of a wrong
/// value.
pub fn read<T: DeserializeOwned, J: JsonText>(
    json: &J,
    doc: J::Doc,
    shape: &Shape,
) -> Result<T, String> {
    shape.check(json, &doc)?;
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

    fn is_array(&self, doc: &Value) -> bool {
        doc.is_array()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `JSON.parse` takes and serde_json refuses is found, and nothing else: checked
    /// against serde_json itself.
    #[test]
    fn finds_exactly_what_serde_json_refuses_beyond_json() {
        let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        let texts = [
            "1e400".to_string(),
            "-1e400".into(),
            "[1.7976931348623157e308, -0, 1e-400]".into(),
            "1.8e308".into(),
            "\"\\ud800\"".into(),
            "\"\\udc00\"".into(),
            "\"\\ud83d\\ude00 ok\"".into(),
            "\"\\ud83d x\"".into(),
            "\"\\ud83d\\n\"".into(),
            "{\"a\": \"1e400\", \"b\": [\"\\\\ud800\"]}".into(),
            "{\"k\": 5, \"k\": 18446744073709551616}".into(),
            deep(127),
            deep(128),
        ];
        for text in texts {
            let finite = |n: &str| n.parse::<f64>().is_ok_and(f64::is_finite);
            assert_eq!(
                beyond_serde_json(&text, finite).is_some(),
                serde_json::from_str::<Value>(&text).is_err(),
                "{text}"
            );
        }
    }
}
