//! The versions table (`src/content/versions.toml`) is consistent and true to the code: every
//! difference names known versions, carries a source with its commit, and is carried out either
//! by a catalogue flag that the planner sets for exactly the listed versions, or by a named rule
//! of the code that holds for exactly those versions. Control tests plant each kind of error.

use std::collections::BTreeSet;

use crate::support::fixtures::assert_caught;
use lync_restore::plan::planning::flags::flags;
use lync_restore::plan::{KNOWN_FLAGS, Plan, Texts, Version, key};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    differences: Vec<Difference>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Difference {
    id: String,
    #[serde(default)]
    flag: Option<String>,
    #[serde(default)]
    rule: Option<String>,
    versions: Vec<String>,
    what: String,
    source: String,
}

/// The code's version rules a difference may name: each is true for the versions it lists.
fn rule(name: &str) -> Option<fn(Version) -> bool> {
    Some(match name {
        "has_always_on" => Version::has_always_on,
        "lacks_mirroring" => |v: Version| !v.has_mirroring(),
        "lacks_persistent_chat" => |v: Version| !v.has_persistent_chat(),
        "refuses_two_front_end_pool" => |v: Version| !v.allows_two_front_end_pool(),
        "allows_sixteen_front_ends" => |v: Version| v.max_front_ends() == 16,
        // Every version has its own text, and the texts differ where the table says they do.
        "sql_versions_text" => |v: Version| !sql_versions(v).is_empty(),
        _ => return None,
    })
}

fn sql_versions(v: Version) -> &'static str {
    Texts::english().get(match v {
        Version::Lync2013 => key::SQL_VERSIONS_LYNC2013,
        Version::SfB2015 => key::SQL_VERSIONS_SFB2015,
        Version::SfB2019 => key::SQL_VERSIONS_SFB2019,
        Version::SubscriptionEdition => key::SQL_VERSIONS_SFBSE,
    })
}

fn table() -> Table {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/content/versions.toml");
    toml::from_str(&std::fs::read_to_string(path).expect("read versions.toml"))
        .expect("versions.toml parses")
}

/// Everything wrong with `table`.
fn check(table: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for d in &table.differences {
        let id = &d.id;
        if !ids.insert(id.clone()) {
            problems.push(format!("{id}: listed twice"));
        }
        let listed: Vec<Version> = d
            .versions
            .iter()
            .filter_map(|v| Version::from_key(v))
            .collect();
        if listed.len() != d.versions.len() || listed.is_empty() {
            problems.push(format!("{id}: unknown or no versions {:?}", d.versions));
        }
        if d.what.trim().is_empty() {
            problems.push(format!("{id}: no `what`"));
        }
        let commit = d.source.rsplit_once(" @ ").map(|(_, c)| c).unwrap_or("");
        if commit.len() != 40 || !commit.chars().all(|c| c.is_ascii_hexdigit()) {
            problems.push(format!("{id}: source names no commit"));
        }
        let says = |v: Version| listed.contains(&v);
        match (&d.flag, &d.rule) {
            (Some(flag), None) => {
                if !KNOWN_FLAGS.contains(&flag.as_str()) {
                    problems.push(format!("{id}: unknown flag {flag}"));
                }
                for v in Version::ALL.iter().copied() {
                    let plan = Plan {
                        version: v,
                        ..Plan::default()
                    };
                    if flags(&plan).contains(flag) != says(v) {
                        problems.push(format!("{id}: flag {flag} disagrees for {}", v.key()));
                    }
                }
            }
            (None, Some(name)) => match rule(name) {
                None => problems.push(format!("{id}: unknown rule {name}")),
                Some(holds) => {
                    for v in Version::ALL.iter().copied() {
                        if holds(v) != says(v) {
                            problems.push(format!("{id}: rule {name} disagrees for {}", v.key()));
                        }
                    }
                }
            },
            _ => problems.push(format!("{id}: needs a flag or a rule, not both")),
        }
    }
    problems
}

#[test]
fn every_version_difference_is_sourced_and_true_to_the_code() {
    let table = table();
    assert!(table.differences.len() >= 6, "{table:?}");
    assert_eq!(check(&table), Vec::<String>::new());
    // The SQL Server texts differ between the products whose lists differ.
    assert_ne!(
        sql_versions(Version::Lync2013),
        sql_versions(Version::SfB2015)
    );
    assert_ne!(
        sql_versions(Version::SfB2015),
        sql_versions(Version::SfB2019)
    );
}

#[test]
fn control_each_planted_error_is_caught() {
    let good = table();
    let first_flag = good
        .differences
        .iter()
        .position(|d| d.flag.is_some())
        .expect("a flag");
    let first_rule = good
        .differences
        .iter()
        .position(|d| d.rule.is_some())
        .expect("a rule");

    let mut t = good.clone();
    t.differences[first_flag].versions.pop();
    assert_caught(&check(&t), "disagrees");

    let mut t = good.clone();
    t.differences[first_rule].versions = vec!["lync2013".into()];
    assert_caught(&check(&t), "disagrees");

    let mut t = good.clone();
    t.differences[0].versions.push("sfb2030".into());
    assert_caught(&check(&t), "unknown or no versions");

    let mut t = good.clone();
    t.differences[0].source = "MicrosoftDocs/x page.md".into();
    assert_caught(&check(&t), "no commit");

    let mut t = good.clone();
    t.differences[first_flag].flag = Some("no_such_flag".into());
    assert_caught(&check(&t), "unknown flag");

    let mut t = good.clone();
    t.differences[first_rule].rule = Some("no_such_rule".into());
    assert_caught(&check(&t), "unknown rule");

    let mut t = good.clone();
    t.differences[first_rule].flag = Some("sfb".into());
    assert_caught(&check(&t), "not both");

    let mut t = good;
    let copy = t.differences[0].clone();
    t.differences.push(copy);
    assert_caught(&check(&t), "listed twice");
}
