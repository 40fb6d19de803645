//! The backup table (`src/content/backup.toml`) as Rust statics (`OUT_DIR/backup.rs`), so the
//! script writers carry no TOML parser. Its schema lives here once (unknown fields and wrong
//! types fail the build); its meaning is linted by `tests/backup_scripts.rs`.

use serde::Deserialize;

/// What the pool must have for an artefact to be backed up.
const POOLS: &[&str] = &[
    "any",
    "front_end",
    "cms_host",
    "response_group",
    "file_store",
    "chat_export",
    "chat_sql",
    "archiving",
    "monitoring",
];
/// What an artefact is.
const KINDS: &[&str] = &["zip", "xml", "folder", "sql"];
/// Which SQL Server holds a database artefact.
const SQL: &[&str] = &["", "archiving", "monitoring", "chat"];
/// Which server holds an artefact.
const HOLDERS: &[&str] = &[
    "cms",
    "back_end",
    "file_store",
    "archiving",
    "monitoring",
    "chat",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    artefact: Vec<Artefact>,
    say: std::collections::BTreeMap<String, What>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Artefact {
    id: String,
    pools: String,
    kind: String,
    path: String,
    #[serde(default)]
    databases: Vec<String>,
    #[serde(default)]
    sql: String,
    write: String,
    protects: Vec<String>,
    source: String,
    holder: String,
    #[serde(default)]
    after_change: bool,
    #[serde(default)]
    notes: Option<What>,
    what: What,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct What {
    en: String,
    fr: String,
}

/// Capitalises a snake_case name into a variant name.
fn variant(name: &str) -> String {
    name.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The Rust source of `ARTEFACTS`, or why the table is refused.
pub fn backup_table(text: &str) -> Result<String, String> {
    let table: Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut out = String::from(
        "/// Every artefact of `src/content/backup.toml`, in file order.\npub static ARTEFACTS: &[Artefact] = &[\n",
    );
    let mut ids = Vec::new();
    for a in &table.artefact {
        if ids.contains(&a.id) {
            return Err(format!("artefact {:?} twice", a.id));
        }
        ids.push(a.id.clone());
        for (field, value, known) in [
            ("pools", &a.pools, POOLS),
            ("kind", &a.kind, KINDS),
            ("sql", &a.sql, SQL),
            ("holder", &a.holder, HOLDERS),
        ] {
            if !known.contains(&value.as_str()) {
                return Err(format!("artefact {:?}: unknown {field} {value:?}", a.id));
            }
        }
        if (a.kind == "sql") != (!a.databases.is_empty() && !a.sql.is_empty() && a.path.is_empty())
        {
            return Err(format!(
                "artefact {:?}: a sql artefact has databases and sql and no path; others have a path",
                a.id
            ));
        }
        let notes = a
            .notes
            .as_ref()
            .map(|n| format!("Some([{:?}, {:?}])", n.en, n.fr))
            .unwrap_or_else(|| "None".into());
        out.push_str(&format!(
            "    Artefact {{ id: {:?}, pools: Pools::{}, kind: Kind::{}, path: {:?}, databases: &{:?}, sql: {:?}, write: {:?}, protects: &{:?}, source: {:?}, holder: {:?}, after_change: {}, notes: {notes}, what: [{:?}, {:?}] }},\n",
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
        ));
    }
    out.push_str("];\n/// The scripts' own words: id, English, French.\npub static SAY: &[(&str, &str, &str)] = &[\n");
    for (id, what) in &table.say {
        out.push_str(&format!("    ({id:?}, {:?}, {:?}),\n", what.en, what.fr));
    }
    out.push_str("];\n");
    Ok(out)
}
