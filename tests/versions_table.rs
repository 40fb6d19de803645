//! The versions table (`src/content/versions.toml`, read through its schema in `build/`) is
//! consistent and true to the code: the `Version` type has exactly its versions in its order;
//! every difference names known versions, carries a source with its commit, and is carried out
//! either by a catalogue flag that the planner sets for exactly the listed versions, or by a fact
//! of the versions whose value differs from Lync Server 2013's for exactly them; and each
//! version's SQL Server text, in every language, names every SQL Server version it lists. Control
//! tests plant each kind of error.

use std::collections::BTreeSet;

use crate::support::fixtures::assert_caught;
use content::schema::versions::Versions;
use lync_restore::plan::planning::flags::flags;
use lync_restore::plan::{KNOWN_FLAGS, Lang, Plan, Texts, Version};

fn table() -> Versions {
    content::schema::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        "versions.toml",
    )
    .expect("versions.toml")
}

/// Everything wrong with `table`.
fn check(table: &Versions) -> Vec<String> {
    let mut problems = Vec::new();
    let keys: Vec<&str> = table.versions.iter().map(|v| v.key.as_str()).collect();
    let code: Vec<&str> = Version::ALL.iter().map(|v| v.key()).collect();
    if keys != code {
        problems.push(format!("versions {keys:?} are not the code's {code:?}"));
    }
    for v in &table.versions {
        let Some(version) = Version::from_key(&v.key) else {
            continue;
        };
        for lang in Lang::ALL.iter().copied() {
            let said = Texts::built_in(lang).get(version.sql_versions());
            for sql in &v.sql_server {
                if !said.contains(sql.as_str()) {
                    problems.push(format!(
                        "{}: the {} SQL Server text {said:?} does not name {sql}",
                        v.key,
                        lang.tag()
                    ));
                }
            }
        }
    }
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
        match (&d.flag, &d.fact) {
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
            (None, Some(fact)) => {
                let baseline = table.versions.first().and_then(|b| b.fact(fact));
                if baseline.is_none() {
                    problems.push(format!("{id}: unknown fact {fact}"));
                }
                for v in &table.versions {
                    let differs = v.fact(fact) != baseline;
                    if Version::from_key(&v.key).is_some_and(|version| differs != says(version)) {
                        problems.push(format!("{id}: fact {fact} disagrees for {}", v.key));
                    }
                }
            }
            _ => problems.push(format!("{id}: needs a flag or a fact, not both")),
        }
    }
    problems
}

#[test]
fn every_version_difference_is_sourced_and_true_to_the_code() {
    let table = table();
    assert!(
        table.versions.len() >= 4 && table.differences.len() >= 6,
        "{table:?}"
    );
    assert_eq!(check(&table), Vec::<String>::new());
}

#[test]
fn control_each_planted_error_is_caught() {
    let good = table();
    let first_flag = good
        .differences
        .iter()
        .position(|d| d.flag.is_some())
        .expect("a flag");
    let first_fact = good
        .differences
        .iter()
        .position(|d| d.fact.is_some())
        .expect("a fact");

    let mut t = good.clone();
    t.differences[first_flag].versions.pop();
    assert_caught(&check(&t), "disagrees");

    let mut t = good.clone();
    t.differences[first_fact].versions = vec!["lync2013".into()];
    assert_caught(&check(&t), "disagrees");

    // A fact changed in the table but not in the versions listed.
    let mut t = good.clone();
    t.versions[1].max_front_ends = 16;
    assert_caught(&check(&t), "fact max_front_ends disagrees for sfb2015");

    // A SQL Server version the text does not name.
    let mut t = good.clone();
    t.versions[0].sql_server.push("2014".into());
    assert_caught(&check(&t), "lync2013: the en SQL Server text");
    assert_caught(&check(&t), "lync2013: the fr SQL Server text");

    let mut t = good.clone();
    t.versions.swap(1, 2);
    assert_caught(&check(&t), "are not the code's");

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
    t.differences[first_fact].fact = Some("no_such_fact".into());
    assert_caught(&check(&t), "unknown fact");

    let mut t = good.clone();
    t.differences[first_fact].flag = Some("sfb".into());
    assert_caught(&check(&t), "not both");

    let mut t = good;
    let copy = t.differences[0].clone();
    t.differences.push(copy);
    assert_caught(&check(&t), "listed twice");
}
