//! `src/content/backup.toml`: what a plan's backup writes and its readiness check reads, one
//! artefact per thing the binder's restore steps read from the backup share (the file's header
//! says each field's meaning at length).

use std::collections::BTreeMap;

use serde::Deserialize;

/// The file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    /// Every artefact, in the order the scripts handle them.
    pub artefact: Vec<Artefact>,
    /// The scripts' own words, by id.
    pub say: BTreeMap<String, Said>,
}

/// One thing the backup writes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Artefact {
    /// Stable id (the readiness report and the binder's marks are keyed by it).
    pub id: String,
    /// Which pools have it (one of [`POOLS`]).
    pub pools: String,
    /// What it is (one of [`KINDS`]).
    pub kind: String,
    /// Where the restore reads it, under the backup share (empty for a SQL Server backup).
    pub path: String,
    /// The databases a SQL Server backup holds.
    #[serde(default)]
    pub databases: Vec<String>,
    /// Which SQL Server holds them (one of [`SQL`]).
    #[serde(default)]
    pub sql: String,
    /// The command that writes it (`{placeholders}` filled from the plan).
    pub write: String,
    /// The catalogue steps that read it.
    pub protects: Vec<String>,
    /// The Microsoft page and step it follows.
    pub source: String,
    /// Which server holds it (one of [`HOLDERS`]).
    pub holder: String,
    /// It changes with the configuration: back it up after every change too.
    #[serde(default)]
    pub after_change: bool,
    /// What the worksheet notes of it.
    #[serde(default)]
    pub notes: Option<Said>,
    /// What it is.
    pub what: Said,
}

/// A text in each language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Said {
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
}

/// What the pool must have for an artefact to be backed up.
pub const POOLS: &[&str] = &[
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
pub const KINDS: &[&str] = &["zip", "xml", "folder", "sql"];
/// Which SQL Server holds a database artefact.
pub const SQL: &[&str] = &["", "archiving", "monitoring", "chat"];
/// Which server holds an artefact.
pub const HOLDERS: &[&str] = &[
    "cms",
    "back_end",
    "file_store",
    "archiving",
    "monitoring",
    "chat",
];
