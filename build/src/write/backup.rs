//! `backup.rs`: the backup table as statics (`ARTEFACTS`, `SAY`), so the script writers carry no
//! TOML parser. Values outside the schema's vocabularies are refused here; the table's meaning
//! is linted by the backup scripts' tests.

use std::fmt::Write as _;

use super::common::{header, variant};
use crate::schema::backup::{Backup, HOLDERS, KINDS, POOLS, SQL};

/// What is wrong with the table: an id twice, a value outside its vocabulary, a SQL Server
/// backup with a path or a file without one.
pub fn problems(table: &Backup) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, a) in table.artefact.iter().enumerate() {
        if table.artefact[..i].iter().any(|b| b.id == a.id) {
            problems.push(format!("artefact {:?} twice", a.id));
        }
        for (field, value, known) in [
            ("pools", &a.pools, POOLS),
            ("kind", &a.kind, KINDS),
            ("sql", &a.sql, SQL),
            ("holder", &a.holder, HOLDERS),
        ] {
            if !known.contains(&value.as_str()) {
                problems.push(format!("artefact {:?}: unknown {field} {value:?}", a.id));
            }
        }
        if (a.kind == "sql") != (!a.databases.is_empty() && !a.sql.is_empty() && a.path.is_empty())
        {
            problems.push(format!(
                "artefact {:?}: a sql artefact has databases and sql and no path; others have a path",
                a.id
            ));
        }
    }
    problems
}

/// The Rust source of `backup.rs`.
pub fn write(table: &Backup) -> String {
    let mut out = header("src/content/backup.toml");
    out.push_str(
        "/// Every artefact of `src/content/backup.toml`, in file order.\npub static ARTEFACTS: &[Artefact] = &[\n",
    );
    for a in &table.artefact {
        let notes = a
            .notes
            .as_ref()
            .map(|n| format!("Some([{:?}, {:?}])", n.en, n.fr))
            .unwrap_or_else(|| "None".into());
        let _ = writeln!(
            out,
            "    Artefact {{ id: {:?}, pools: Pools::{}, kind: Kind::{}, path: {:?}, databases: &{:?}, sql: {:?}, write: {:?}, protects: &{:?}, source: {:?}, holder: {:?}, after_change: {}, notes: {notes}, what: [{:?}, {:?}] }},",
            a.id,
            variant(&a.pools),
            variant(&a.kind),
            a.path,
            a.databases,
            a.sql,
            a.write,
            a.protects,
            a.source,
            a.holder,
            a.after_change,
            a.what.en,
            a.what.fr,
        );
    }
    out.push_str("];\n\n/// The scripts' own words: id, English, French.\npub static SAY: &[(&str, &str, &str)] = &[\n");
    for (id, what) in &table.say {
        let _ = writeln!(out, "    ({id:?}, {:?}, {:?}),", what.en, what.fr);
    }
    out.push_str("];\n");
    out
}
