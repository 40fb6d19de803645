//! The page's JSON: the browser's own `JSON.parse` and `JSON.stringify`, with serde-wasm-bindgen
//! between their JavaScript values and the engine's types, so no JSON parser is compiled into
//! the wasm. It writes what [`SerdeJson`] writes (the formats' fixtures are checked against the
//! page in `tests/e2e/persistence.test.mjs`). Natively (the render tests) the page uses serde_json.

use serde::Serialize;
use serde::de::DeserializeOwned;

#[cfg(not(target_arch = "wasm32"))]
pub use crate::plan::formats::json_text::SerdeJson as PageJson;
use crate::plan::formats::json_text::{JsonText, SyntaxError, beyond_serde_json};
#[cfg(target_arch = "wasm32")]
pub use BrowserJson as PageJson;

use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `JSON.parse` / `JSON.stringify` through serde-wasm-bindgen.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserJson;

impl BrowserJson {
    /// `value` as a plain JavaScript value (objects, not `Map`s, as JSON has).
    fn value<T: Serialize>(value: &T) -> JsValue {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap_or(JsValue::NULL)
    }

    fn stringify(value: &JsValue, indent: &JsValue) -> String {
        JSON::stringify_with_replacer_and_space(value, &JsValue::NULL, indent)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }
}

impl JsonText for BrowserJson {
    type Doc = JsValue;

    /// Where the text stops being JSON comes from the browser's message: `line N column M`
    /// (Firefox, recent Chromium), else `position P` or "end of … input" (older Chromium);
    /// `0, 0` when it says neither.
    fn parse(&self, text: &str) -> Result<JsValue, SyntaxError> {
        let doc = JSON::parse(text).map_err(|e| {
            let message = String::from(e.unchecked_into::<js_sys::Error>().message());
            let number_after = |word: &str| -> Option<usize> {
                let rest = message.split(word).nth(1)?;
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                digits.parse().ok()
            };
            if let (Some(line), Some(column)) = (number_after("line "), number_after("column ")) {
                return SyntaxError { line, column };
            }
            let at = match number_after("position ") {
                Some(at) => at,
                None if message.contains("end of") => text.encode_utf16().count(),
                None => return SyntaxError { line: 0, column: 0 },
            };
            // `at` counts UTF-16 units, as JavaScript does.
            let (mut line, mut column, mut units) = (1, 1, 0);
            for c in text.chars().take_while(|c| {
                units += c.len_utf16();
                units <= at
            }) {
                (line, column) = if c == '\n' {
                    (line + 1, 1)
                } else {
                    (line, column + 1)
                };
            }
            SyntaxError { line, column }
        })?;
        match beyond_serde_json(text, |number| js_sys::parse_float(number).is_finite()) {
            Some(error) => Err(error),
            None => Ok(doc),
        }
    }

    fn typed<T: DeserializeOwned>(&self, doc: JsValue) -> Result<T, String> {
        serde_wasm_bindgen::from_value(doc).map_err(|e| {
            // The message alone, without JavaScript's `Error: `.
            String::from(JsValue::from(e).unchecked_into::<js_sys::Error>().message())
        })
    }

    fn is_object(&self, doc: &JsValue) -> bool {
        doc.is_object() && !Array::is_array(doc)
    }

    fn is_array(&self, doc: &JsValue) -> bool {
        Array::is_array(doc)
    }

    fn children(&self, doc: &JsValue) -> Vec<String> {
        if !doc.is_object() {
            return Vec::new();
        }
        Object::keys(doc.unchecked_ref::<Object>())
            .iter()
            .filter_map(|key| key.as_string())
            .collect()
    }

    fn child(&self, doc: &JsValue, key: &str) -> Option<JsValue> {
        if !doc.is_object() {
            return None;
        }
        Reflect::get(doc, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())
    }

    fn without(&self, doc: &JsValue, path: &[String]) -> JsValue {
        // A deep copy: the document is JSON, so its text is the copy.
        let copy = JSON::stringify(doc)
            .ok()
            .and_then(|text| JSON::parse(&String::from(text)).ok())
            .unwrap_or(JsValue::NULL);
        let Some((last, parents)) = path.split_last() else {
            return copy;
        };
        let parent = parents
            .iter()
            .try_fold(copy.clone(), |at, key| self.child(&at, key));
        match parent {
            Some(parent) if Array::is_array(&parent) => {
                let items = parent.unchecked_ref::<Array>();
                if let Some(i) = last
                    .parse::<i32>()
                    .ok()
                    .filter(|i| (*i as u32) < items.length())
                {
                    // Shifts the items after `i` one place left, then drops the last.
                    items.copy_within(i, i + 1, items.length() as i32);
                    items.pop();
                }
            }
            Some(parent) if parent.is_object() => {
                let _ = Reflect::delete_property(
                    parent.unchecked_ref::<Object>(),
                    &JsValue::from_str(last),
                );
            }
            _ => {}
        }
        copy
    }

    fn write<T: Serialize>(&self, value: &T) -> String {
        Self::stringify(&Self::value(value), &JsValue::UNDEFINED)
    }

    fn write_pretty<T: Serialize>(&self, value: &T) -> String {
        Self::stringify(&Self::value(value), &JsValue::from(2))
    }
}
