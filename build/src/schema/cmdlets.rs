//! `src/content/cmdlets.toml`: the pinned command reference, each command's parameter sets and
//! parameters as Microsoft's reference gives them, and the shells each place of the catalogue
//! offers. Read by the command lint and the backup scripts' lint.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole reference file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// PowerShell's common parameters.
    pub common: Vec<String>,
    /// Every command the catalogue may use.
    pub commands: Vec<CommandRef>,
    /// Place id → shells available there.
    pub hosts: BTreeMap<String, Vec<String>>,
    /// Section id → shells of the server it rebuilds (`target`).
    pub targets: BTreeMap<String, Vec<String>>,
}

/// One command.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandRef {
    /// Name as Microsoft writes it.
    pub name: String,
    /// `lync`, `windows` or `sql`: what must be on the host to run it.
    pub shell: String,
    /// Repository, path and commit it was read from.
    pub source: String,
    /// Products that have it (Lync and Skype for Business cmdlets only).
    #[serde(default)]
    pub products: Vec<String>,
    /// Its parameter sets.
    pub sets: Vec<SetRef>,
    /// Its parameters.
    pub params: Vec<ParamRef>,
}

/// A parameter set.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetRef {
    /// Set name.
    pub name: String,
    /// Mandatory in this set.
    pub required: Vec<String>,
    /// The other parameters of this set.
    pub optional: Vec<String>,
}

/// A parameter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamRef {
    /// Name (no dash for PowerShell; `/E` for robocopy, `-S` for sqlcmd).
    pub name: String,
    /// `switch` or `value`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The allowed values, when Microsoft gives a fixed set.
    #[serde(default)]
    pub values: Vec<String>,
    /// Products that have it, when they differ from the command's.
    #[serde(default)]
    pub products: Vec<String>,
    /// Positional index, when positional.
    pub position: Option<u32>,
    /// What it means for a restore (our words): read by people, not by the lint.
    pub note: Option<String>,
    /// `folder` or `parent`: a folder that must exist before the command runs.
    pub destination: Option<String>,
    /// `folder`: the command creates that folder.
    pub creates: Option<String>,
}

/// The product a Lync Server 2013 plan runs on.
pub const LYNC_2013: &str = "Lync Server 2013";

impl Reference {
    /// A command by name (case-insensitive, as PowerShell and cmd resolve them).
    pub fn command(&self, name: &str) -> Option<&CommandRef> {
        self.commands
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The shells on the host of `place` in section `procedure`.
    pub fn shells(&self, procedure: &str, place: &str) -> Option<&[String]> {
        if place == "target" {
            self.targets.get(procedure).map(Vec::as_slice)
        } else {
            self.hosts.get(place).map(Vec::as_slice)
        }
    }
}

impl CommandRef {
    /// True for a PowerShell cmdlet (which takes the common parameters).
    pub fn is_cmdlet(&self) -> bool {
        self.name.contains('-')
    }

    /// A parameter by name: case-insensitive, except sqlcmd's options (`-E` and `-e` differ).
    pub fn param(&self, name: &str) -> Option<&ParamRef> {
        let exact = self.name == "sqlcmd";
        self.params.iter().find(|p| {
            if exact {
                p.name == name
            } else {
                p.name.eq_ignore_ascii_case(name)
            }
        })
    }
}
