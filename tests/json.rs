//! The app's JSON reader and writer (`plan::json`) against serde_json, the reference it
//! replaced: the same documents accepted, the same values read, the same text written (compact
//! and pretty), and field paths in errors.

use lync_restore::plan::json::{FromJson, Json, MAX_DEPTH, ToJson, parse};
use lync_restore::plan::{BackEnd, Plan};
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's value as ours (its maps are sorted, and so is the text it writes).
fn ours(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Num(n.to_string()),
        Value::String(s) => Json::Str(s.clone()),
        Value::Array(items) => Json::Arr(items.iter().map(ours).collect()),
        Value::Object(map) => Json::Obj(map.iter().map(|(k, v)| (k.clone(), ours(v))).collect()),
    }
}

/// `json` as a value, for comparing readings: numbers by their value as a float (ours keeps
/// `-0` as written, serde_json reads -0.0), objects by key with the last of repeated keys.
fn by_value(json: &Json) -> Json {
    match json {
        Json::Num(n) => Json::Num(format!("{:?}", n.parse::<f64>().ok())),
        Json::Arr(items) => Json::Arr(items.iter().map(by_value).collect()),
        Json::Obj(fields) => Json::Obj(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), by_value(v)))
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_iter()
                .collect(),
        ),
        other => other.clone(),
    }
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Text that is JSON-like: the characters of JSON, so near-misses are common.
fn json_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(
            [
                "{", "}", "[", "]", ",", ":", "\"", "\\", "u", "d834", "dd1e", "0", "1", "-", ".",
                "e", "+", "true", "false", "null", " ", "\n", "a", "é", "\u{1}", "\"k\":",
            ]
            .to_vec(),
        ),
        0..30,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn reads_and_writes_what_serde_json_writes(v in value()) {
        let compact = serde_json::to_string(&v).expect("serialises");
        let pretty = serde_json::to_string_pretty(&v).expect("serialises");
        let read = parse(compact.as_bytes()).expect("ours reads serde_json's text");
        prop_assert_eq!(&read, &ours(&v));
        prop_assert_eq!(parse(pretty.as_bytes()).expect("and its pretty text"), ours(&v));
        prop_assert_eq!(read.compact_json(), compact);
        prop_assert_eq!(read.pretty_json(), pretty);
    }

    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in json_like()) {
        let theirs = serde_json::from_str::<Value>(&text);
        let mine = parse(text.as_bytes());
        prop_assert_eq!(mine.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", text, mine, theirs);
        if let (Ok(mine), Ok(theirs)) = (mine, theirs) {
            prop_assert_eq!(by_value(&mine), by_value(&ours(&theirs)));
        }
    }

    #[test]
    fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = parse(&bytes);
    }
}

#[test]
fn nesting_is_limited_as_serde_json_limits_it() {
    for depth in [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1] {
        let text = "[".repeat(depth) + &"]".repeat(depth);
        assert_eq!(
            parse(text.as_bytes()).is_ok(),
            serde_json::from_str::<Value>(&text).is_ok(),
            "depth {depth}"
        );
    }
    // Far deeper than any stack allows to recurse: refused, not a crash.
    assert!(parse("[".repeat(1_000_000).as_bytes()).is_err());
}

#[test]
fn errors_give_the_line_and_column() {
    let e = parse(b"{\n  \"a\": tru\n}").expect_err("not JSON");
    assert_eq!((e.line, e.column), (2, 11));
    let e = parse("{\"é\": 1,".as_bytes()).expect_err("cut");
    assert_eq!((e.line, e.column), (1, 9));
    let e = parse(b"[1] x").expect_err("trailing text");
    assert_eq!((e.line, e.column), (1, 5));
    let e = parse(b"\"\xff\"").expect_err("not UTF-8");
    assert_eq!((e.line, e.column), (1, 2));
}

#[test]
fn a_wrong_value_names_its_field() {
    let doc = parse(br#"{"kind": "edge", "back_end": {"mirrored": "yes"}}"#).expect("json");
    assert_eq!(
        Plan::from_json(&doc).expect_err("wrong type").to_string(),
        "back_end.mirrored: expected true or false"
    );
    let doc = parse(br#"{"servers": ["a", 2]}"#).expect("json");
    assert_eq!(
        Plan::from_json(&doc).expect_err("wrong type").to_string(),
        "servers[1]: expected text"
    );
    let doc = parse(br#"{"kind": "front"}"#).expect("json");
    assert!(
        Plan::from_json(&doc)
            .expect_err("unknown kind")
            .to_string()
            .starts_with("kind: expected a pool kind")
    );
}

#[test]
fn missing_null_and_unknown_fields_read_as_defaults() {
    let doc = parse(br#"{"sql_fqdn": null, "later_field": [1, {"x": 2}]}"#).expect("json");
    assert_eq!(BackEnd::from_json(&doc), Ok(BackEnd::default()));
    // Fields at their default are not written; reading them back gives the same value.
    let be = BackEnd {
        sql_fqdn: "sql01".into(),
        ..BackEnd::default()
    };
    assert_eq!(be.compact_json(), r#"{"sql_fqdn":"sql01"}"#);
    let read = parse(be.compact_json().as_bytes()).expect("json");
    assert_eq!(BackEnd::from_json(&read), Ok(be));
}
