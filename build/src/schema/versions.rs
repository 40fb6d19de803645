//! `src/content/versions.toml`: the product versions the planner knows, with what each has, and
//! every difference between them with Microsoft's source. The generator writes the `Version` type
//! from `versions` and the catalogue flags each version sets from `differences`; the versions lint
//! checks each difference against the versions' facts.

use serde::Deserialize;

/// The file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Versions {
    /// Every version, in the order the form offers them; the first is the default (a plan that
    /// names none) and the one Microsoft's restore procedures are written for.
    pub versions: Vec<VersionDef>,
    /// Every difference a restore makes between versions.
    pub differences: Vec<Difference>,
}

/// One product version. Its name and SQL Server list are texts of every language
/// (`[product] <key>`, `[sql_versions] <key>`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionDef {
    /// The plan's key: plan files and links carry it, so it is never renamed.
    pub key: String,
    /// The Rust variant of `Version`.
    pub variant: String,
    /// What it is (the variant's documentation).
    pub doc: String,
    /// The topology's `ServiceVersion` an import reads as this version (the first version with
    /// that number; none: never read from a topology).
    pub service_version: Option<u32>,
    /// Microsoft publishes step-by-step restore procedures for it: its binder is not "adapted".
    pub restore_procedures: bool,
    /// The PowerShell module of its management shell.
    pub shell_module: String,
    /// It has the Persistent Chat role.
    pub persistent_chat: bool,
    /// It supports SQL Server mirroring for the Back End.
    pub mirroring: bool,
    /// It supports a Back End in an Always On availability group.
    pub always_on: bool,
    /// It accepts an Enterprise Edition Front End pool of two servers.
    pub two_front_end_pool: bool,
    /// The most Front End Servers a pool may have.
    pub max_front_ends: u32,
    /// The SQL Server versions its Back End may run; its `[sql_versions]` text names each.
    pub sql_server: Vec<String>,
}

/// One difference between versions: for the versions listed, carried out by a catalogue flag
/// the planner sets for exactly them, or stated by a fact of `versions` whose value for exactly
/// them differs from the first version's.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Difference {
    /// Stable id.
    pub id: String,
    /// The catalogue flag set for the listed versions.
    #[serde(default)]
    pub flag: Option<String>,
    /// The fact of `versions` (a field name: `mirroring`, `max_front_ends`…) that differs.
    #[serde(default)]
    pub fact: Option<String>,
    /// The versions it applies to (keys).
    pub versions: Vec<String>,
    /// What it is, in our words.
    pub what: String,
    /// The Microsoft source read: repository, path, ` @ ` and commit.
    pub source: String,
}

impl VersionDef {
    /// The value of the fact `name` (a field of this record), as text; `None` for a name that is
    /// not a fact.
    pub fn fact(&self, name: &str) -> Option<String> {
        Some(match name {
            "restore_procedures" => self.restore_procedures.to_string(),
            "shell_module" => self.shell_module.clone(),
            "persistent_chat" => self.persistent_chat.to_string(),
            "mirroring" => self.mirroring.to_string(),
            "always_on" => self.always_on.to_string(),
            "two_front_end_pool" => self.two_front_end_pool.to_string(),
            "max_front_ends" => self.max_front_ends.to_string(),
            "sql_server" => self.sql_server.join(", "),
            _ => return None,
        })
    }
}
