//! JSON for the app's own formats (plan links and files, saved plans, the import worker's
//! answer, the command-line checklist). One small, non-generic reader and writer, and a few
//! lines per type ([`json_object!`]), in place of serde + serde_json, whose deserializer is
//! instantiated once per type and weighed about a tenth of the wasm.
//!
//! Guarantees: [`parse`] is total — any bytes give a value or the line and column of the first
//! error, never a panic — and accepts exactly RFC 8259 JSON (numbers are kept as text, so no
//! number is out of range; nesting deeper than [`MAX_DEPTH`] is refused); `tests/json.rs`
//! checks it against serde_json. [`Writer`] writes as it goes what `serde_json::to_string` writes
//! (fields in order, the same escapes), so plan fingerprints stay the same from build to build,
//! or lays it out as `serde_json::to_string_pretty` does. Reading a type
//! ([`FromJson`]) ignores unknown fields, takes the default for missing or `null` ones and
//! names the field path of a wrong value.

use std::collections::BTreeMap;

/// A JSON value. Objects keep their fields in order (duplicates too; the last one is read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as written.
    Num(String),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object.
    Obj(Vec<(String, Json)>),
}

/// Deepest nesting of arrays and objects accepted (as deep as serde_json goes).
pub const MAX_DEPTH: usize = 127;

/// Where a text stops being JSON (both 1-based; the column counts characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line.
    pub line: usize,
    /// Column.
    pub column: usize,
}

/// Reads a whole JSON document (surrounding whitespace allowed, nothing else after it).
pub fn parse(bytes: &[u8]) -> Result<Json, SyntaxError> {
    let at = |pos: usize| {
        let before = &bytes[..pos.min(bytes.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        SyntaxError {
            line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
            // Characters, not bytes: UTF-8 continuation bytes are not counted.
            column: 1 + before[line_start..]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count(),
        }
    };
    let src = std::str::from_utf8(bytes).map_err(|e| at(e.valid_up_to()))?;
    let mut reader = Reader {
        src,
        s: bytes,
        i: 0,
    };
    let value = reader.value(0).map_err(at)?;
    reader.space();
    if reader.i < bytes.len() {
        return Err(at(reader.i));
    }
    Ok(value)
}

/// The parser over text already checked to be UTF-8; errors are byte offsets.
struct Reader<'a> {
    src: &'a str,
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Result<(), usize> {
        if self.peek() == Some(byte) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.i)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, usize> {
        self.space();
        let open = self.peek();
        if matches!(open, Some(b'[' | b'{')) {
            if depth >= MAX_DEPTH {
                return Err(self.i);
            }
            self.i += 1;
            return if open == Some(b'[') {
                self.items(depth + 1).map(Json::Arr)
            } else {
                self.fields(depth + 1).map(Json::Obj)
            };
        }
        match open {
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.i),
        }
    }

    /// The elements of an array whose `[` was read.
    fn items(&mut self, depth: usize) -> Result<Vec<Json>, usize> {
        let mut items = Vec::new();
        self.space();
        if self.eat(b']').is_ok() {
            return Ok(items);
        }
        loop {
            items.push(self.value(depth)?);
            self.space();
            if self.eat(b']').is_ok() {
                return Ok(items);
            }
            self.eat(b',')?;
        }
    }

    /// The fields of an object whose `{` was read.
    fn fields(&mut self, depth: usize) -> Result<Vec<(String, Json)>, usize> {
        let mut fields = Vec::new();
        self.space();
        if self.eat(b'}').is_ok() {
            return Ok(fields);
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.i);
            }
            let key = self.string()?;
            self.space();
            self.eat(b':')?;
            fields.push((key, self.value(depth)?));
            self.space();
            if self.eat(b'}').is_ok() {
                return Ok(fields);
            }
            self.eat(b',')?;
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, usize> {
        for &b in word.as_bytes() {
            self.eat(b)?;
        }
        Ok(value)
    }

    fn digits(&mut self) -> Result<(), usize> {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.i);
        }
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.i += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Json, usize> {
        let start = self.i;
        let _ = self.eat(b'-');
        if self.eat(b'0').is_err() {
            self.digits()?;
        }
        if self.eat(b'.').is_ok() {
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.digits()?;
        }
        Ok(Json::Num(self.text(start, self.i).into()))
    }

    /// The text between two offsets (always next to ASCII bytes, so on character boundaries).
    fn text(&self, from: usize, to: usize) -> &str {
        self.src.get(from..to).unwrap_or_default()
    }

    fn hex4(&mut self) -> Result<u32, usize> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or(self.i)?;
            n = n * 16 + digit;
            self.i += 1;
        }
        Ok(n)
    }

    /// A string whose opening quote is at the cursor.
    fn string(&mut self) -> Result<String, usize> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let run = self.i;
            while self
                .peek()
                .is_some_and(|b| b >= 0x20 && b != b'"' && b != b'\\')
            {
                self.i += 1;
            }
            out.push_str(self.text(run, self.i));
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.i += 1,
                // A raw control character, or the end of the text.
                _ => return Err(self.i),
            }
            let escape = self.peek().ok_or(self.i)?;
            self.i += 1;
            out.push(match escape {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return Err(self.i - 1),
            });
        }
    }

    /// The character of a `\u` escape (a surrogate pair takes two); lone surrogates are refused.
    fn unicode_escape(&mut self) -> Result<char, usize> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                self.eat(b'\\')?;
                self.eat(b'u')?;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.i);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        char::from_u32(code).ok_or(self.i)
    }
}

impl Json {
    /// The fields, when this is an object.
    pub fn fields(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Obj(fields) => Some(fields),
            _ => None,
        }
    }

    /// The field `key` of an object (the last one if it is repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.fields()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

/// Writes JSON text as it goes (no tree is built): compact, as `serde_json::to_string`, or laid
/// out for people as `serde_json::to_string_pretty` (two-space indent, `"key": value`, `[]` and
/// `{}` on one line).
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// An array or object was just opened: no element yet.
    empty: bool,
}

impl Writer {
    fn new(pretty: bool) -> Self {
        Writer {
            out: String::new(),
            pretty,
            depth: 0,
            empty: false,
        }
    }

    /// A compact writer.
    pub fn compact() -> Self {
        Writer::new(false)
    }

    /// A writer that lays the text out for people.
    pub fn pretty() -> Self {
        Writer::new(true)
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn new_line(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Opens an array (`[`) or an object (`{`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes what [`Writer::open`] opened.
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.new_line();
        }
        self.empty = false;
        self.out.push(bracket);
    }

    /// Starts the next element of an array.
    pub fn element(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.new_line();
    }

    /// Starts the field `key` of an object.
    pub fn field(&mut self, key: &str) {
        self.element();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// Writes a number, `true`, `false` or `null` as given.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// Writes a string, escaped as serde_json does.
    pub fn string(&mut self, s: &str) {
        let out = &mut self.out;
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(char::from(HEX[c as usize >> 4]));
                    out.push(char::from(HEX[c as usize & 15]));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

/// A value of the wrong type or out of range, and where it is (`back_end.mirrored`,
/// `servers[2]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadValue {
    /// Path of the field, empty at the top.
    pub path: String,
    /// What was expected.
    pub expected: &'static str,
}

impl BadValue {
    /// A wrong value here.
    pub fn expected(expected: &'static str) -> Self {
        BadValue {
            path: String::new(),
            expected,
        }
    }

    /// The same error one level down: in field `key`.
    pub fn in_field(mut self, key: &str) -> Self {
        let sep = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("{key}{sep}{}", self.path);
        self
    }
}

impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "expected {}", self.expected)
        } else {
            write!(f, "{}: expected {}", self.path, self.expected)
        }
    }
}

/// A type written as JSON.
pub trait ToJson {
    /// Writes it.
    fn write_json(&self, w: &mut Writer);

    /// Its compact JSON text.
    fn compact_json(&self) -> String {
        let mut w = Writer::compact();
        self.write_json(&mut w);
        w.finish()
    }

    /// Its JSON text laid out for people.
    fn pretty_json(&self) -> String {
        let mut w = Writer::pretty();
        self.write_json(&mut w);
        w.finish()
    }
}

impl ToJson for Json {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Json::Null => w.raw("null"),
            Json::Bool(b) => b.write_json(w),
            Json::Num(n) => w.raw(n),
            Json::Str(s) => w.string(s),
            Json::Arr(items) => items.write_json(w),
            Json::Obj(fields) => {
                w.open('{');
                for (key, value) in fields {
                    w.field(key);
                    value.write_json(w);
                }
                w.close('}');
            }
        }
    }
}

/// A type read from JSON.
pub trait FromJson: Sized {
    /// The value read from `json`.
    fn from_json(json: &Json) -> Result<Self, BadValue>;
}

/// A place a JSON value is read into (lets [`read_field`] be one function for every type).
pub trait Slot {
    /// Reads `json` into the place.
    fn read(&mut self, json: &Json) -> Result<(), BadValue>;
}

impl<T: FromJson> Slot for T {
    fn read(&mut self, json: &Json) -> Result<(), BadValue> {
        *self = T::from_json(json)?;
        Ok(())
    }
}

/// Reads field `key` of `json` into `slot` when it is there and not `null`.
pub fn read_field(json: &Json, key: &str, slot: &mut dyn Slot) -> Result<(), BadValue> {
    match json.get(key) {
        None | Some(Json::Null) => Ok(()),
        Some(value) => slot.read(value).map_err(|e| e.in_field(key)),
    }
}

/// True when `value` is its type's default (such fields are not written).
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// `ToJson` and `FromJson` for a struct with `Default`: `always` fields are written in order,
/// then the `omitted` ones that are not at their type's default (so fields must be listed in
/// declaration order, always-written first). Reading starts from `Default::default()`.
macro_rules! json_object {
    ($ty:ty { $($always:ident),* ; $($omitted:ident),* }) => {
        $crate::plan::json::json_object!(@write $ty { $($always),* ; $($omitted),* });
        impl $crate::plan::json::FromJson for $ty {
            fn from_json(
                json: &$crate::plan::json::Json,
            ) -> Result<Self, $crate::plan::json::BadValue> {
                if json.fields().is_none() {
                    return Err($crate::plan::json::BadValue::expected("an object"));
                }
                let mut out = <$ty>::default();
                $( $crate::plan::json::read_field(json, stringify!($always), &mut out.$always)?; )*
                $( $crate::plan::json::read_field(json, stringify!($omitted), &mut out.$omitted)?; )*
                Ok(out)
            }
        }
    };
    (@write $ty:ty { $($always:ident),* ; $($omitted:ident),* }) => {
        impl $crate::plan::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::plan::json::Writer) {
                w.open('{');
                $( w.field(stringify!($always)); self.$always.write_json(w); )*
                $(
                    if !$crate::plan::json::is_default(&self.$omitted) {
                        w.field(stringify!($omitted));
                        self.$omitted.write_json(w);
                    }
                )*
                w.close('}');
            }
        }
    };
}
pub(crate) use json_object;

/// `ToJson` and `FromJson` for a fieldless enum with a `key()` and a `from_key()`.
macro_rules! json_keyed {
    ($ty:ty, $expected:literal) => {
        impl $crate::plan::json::ToJson for $ty {
            fn write_json(&self, w: &mut $crate::plan::json::Writer) {
                w.string(self.key());
            }
        }
        impl $crate::plan::json::FromJson for $ty {
            fn from_json(
                json: &$crate::plan::json::Json,
            ) -> Result<Self, $crate::plan::json::BadValue> {
                match json {
                    $crate::plan::json::Json::Str(s) => <$ty>::from_key(s),
                    _ => None,
                }
                .ok_or($crate::plan::json::BadValue::expected($expected))
            }
        }
    };
}
pub(crate) use json_keyed;

impl ToJson for String {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        match json {
            Json::Str(s) => Ok(s.clone()),
            _ => Err(BadValue::expected("text")),
        }
    }
}

impl ToJson for &str {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut Writer) {
        w.raw(if *self { "true" } else { "false" });
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        match json {
            Json::Bool(b) => Ok(*b),
            _ => Err(BadValue::expected("true or false")),
        }
    }
}

impl ToJson for u64 {
    fn write_json(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
}

impl FromJson for u64 {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        match json {
            Json::Num(n) => n.parse().ok(),
            _ => None,
        }
        .ok_or(BadValue::expected("a whole number"))
    }
}

impl ToJson for u32 {
    fn write_json(&self, w: &mut Writer) {
        u64::from(*self).write_json(w);
    }
}

impl FromJson for u32 {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        u32::try_from(u64::from_json(json)?).map_err(|_| BadValue::expected("a whole number"))
    }
}

impl ToJson for usize {
    fn write_json(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write_json(w),
            None => w.raw("null"),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        match json {
            Json::Null => Ok(None),
            _ => T::from_json(json).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut Writer) {
        w.open('[');
        for item in self {
            w.element();
            item.write_json(w);
        }
        w.close(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        self.as_slice().write_json(w);
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        let Json::Arr(items) = json else {
            return Err(BadValue::expected("a list"));
        };
        let mut out = Vec::with_capacity(items.len());
        for (n, item) in items.iter().enumerate() {
            out.push(T::from_json(item).map_err(|e| e.in_field(&format!("[{n}]")))?);
        }
        Ok(out)
    }
}

impl ToJson for (String, String) {
    fn write_json(&self, w: &mut Writer) {
        w.open('[');
        for text in [&self.0, &self.1] {
            w.element();
            w.string(text);
        }
        w.close(']');
    }
}

impl FromJson for (String, String) {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        match json {
            Json::Arr(pair) if pair.len() == 2 => {
                Ok((String::from_json(&pair[0])?, String::from_json(&pair[1])?))
            }
            _ => Err(BadValue::expected("a pair of texts")),
        }
    }
}

impl ToJson for BTreeMap<String, String> {
    fn write_json(&self, w: &mut Writer) {
        w.open('{');
        for (key, value) in self {
            w.field(key);
            w.string(value);
        }
        w.close('}');
    }
}

impl FromJson for BTreeMap<String, String> {
    fn from_json(json: &Json) -> Result<Self, BadValue> {
        let fields = json.fields().ok_or(BadValue::expected("an object"))?;
        let mut out = BTreeMap::new();
        for (key, value) in fields {
            out.insert(
                key.clone(),
                String::from_json(value).map_err(|e| e.in_field(key))?,
            );
        }
        Ok(out)
    }
}
