//! `version.rs`: the `Version` type, one variant per product version of
//! `src/content/versions.toml`, and what each has, so adding a version is a data change. Each
//! version needs its name and SQL Server list in the texts (`[product]`, `[sql_versions]`).

use std::fmt::Write as _;

use super::common::header;
use crate::schema::versions::{VersionDef, Versions};

/// What is wrong with the versions themselves (the differences are the versions lint's).
pub fn problems(versions: &Versions, english_keys: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    if versions.versions.is_empty() {
        problems.push("no [[versions]]".into());
    }
    for (i, v) in versions.versions.iter().enumerate() {
        let earlier = &versions.versions[..i];
        if earlier
            .iter()
            .any(|w| w.key == v.key || w.variant == v.variant)
        {
            problems.push(format!("version {:?} twice", v.key));
        }
        let ident = |s: &str, upper: bool| {
            s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() && (!upper || c.is_ascii_uppercase()))
                && s.chars().all(|c| c.is_ascii_alphanumeric())
        };
        if !ident(&v.key, false) || !ident(&v.variant, true) {
            problems.push(format!(
                "version {:?}: a key is lowercase letters and digits, a variant CamelCase",
                v.key
            ));
        }
        for text in [
            format!("product.{}", v.key),
            format!("sql_versions.{}", v.key),
        ] {
            if !english_keys.contains(&text) {
                problems.push(format!(
                    "version {:?} needs the text {text} in src/content/texts/en.toml",
                    v.key
                ));
            }
        }
    }
    problems
}

/// The Rust source of `version.rs` (inside `src/plan/description/choices.rs`, after its
/// `keyed!` macro).
pub fn write(versions: &Versions) -> String {
    let all = &versions.versions;
    let mut out = header("src/content/versions.toml");
    out.push_str(
        "keyed! {\n    /// The product the pool runs (`src/content/versions.toml`). Microsoft publishes restore\n    \
         /// procedures for the first only; a binder for a later version follows them, adapted, and\n    \
         /// says so.\n    pub enum Version {\n",
    );
    for (i, v) in all.iter().enumerate() {
        let default = if i == 0 { "        #[default]\n" } else { "" };
        let _ = writeln!(
            out,
            "        /// {}\n{default}        {} = {:?},",
            v.doc, v.variant, v.key
        );
    }
    out.push_str("    }\n}\n\nimpl Version {\n");
    let text = |out: &mut String, name: &str, doc: &str, ty: &str, section: &str| {
        let _ = write!(
            out,
            "    /// {doc}\n    pub fn {name}(self) -> {ty} {{\n        {}match self {{\n",
            if ty == "Message" { "Message::new(" } else { "" }
        );
        for v in all {
            let _ = writeln!(
                out,
                "            Version::{} => key::{}_{},",
                v.variant,
                section.to_uppercase(),
                v.key.to_uppercase()
            );
        }
        out.push_str(if ty == "Message" {
            "        })\n    }\n\n"
        } else {
            "        }\n    }\n\n"
        });
    };
    text(
        &mut out,
        "name",
        "The product's name as each language writes it (`[product]` in the texts).",
        "Message",
        "product",
    );
    text(
        &mut out,
        "sql_versions",
        "The SQL Server versions its Back End may run, as each language says them (`[sql_versions]`).",
        "Key",
        "sql_versions",
    );
    let fact = |out: &mut String,
                name: &str,
                doc: &str,
                ty: &str,
                value: &dyn Fn(&VersionDef) -> String| {
        let _ = write!(
            out,
            "    /// {doc}\n    pub fn {name}(self) -> {ty} {{\n        match self {{\n"
        );
        for v in all {
            let _ = writeln!(out, "            Version::{} => {},", v.variant, value(v));
        }
        out.push_str("        }\n    }\n\n");
    };
    fact(
        &mut out,
        "restore_procedures",
        "True when Microsoft publishes step-by-step restore procedures for it: its binder follows them as written, not adapted.",
        "bool",
        &|v| v.restore_procedures.to_string(),
    );
    fact(
        &mut out,
        "shell_module",
        "The PowerShell module of its management shell.",
        "&'static str",
        &|v| format!("{:?}", v.shell_module),
    );
    fact(
        &mut out,
        "has_persistent_chat",
        "True when it has the Persistent Chat role.",
        "bool",
        &|v| v.persistent_chat.to_string(),
    );
    fact(
        &mut out,
        "has_mirroring",
        "True when it supports SQL Server mirroring for the Back End.",
        "bool",
        &|v| v.mirroring.to_string(),
    );
    fact(
        &mut out,
        "has_always_on",
        "True when it supports a Back End in a SQL Server Always On availability group.",
        "bool",
        &|v| v.always_on.to_string(),
    );
    fact(
        &mut out,
        "allows_two_front_end_pool",
        "True when it accepts an Enterprise Edition Front End pool of two servers.",
        "bool",
        &|v| v.two_front_end_pool.to_string(),
    );
    fact(
        &mut out,
        "max_front_ends",
        "The most Front End Servers a pool may have.",
        "usize",
        &|v| v.max_front_ends.to_string(),
    );
    out.push_str(
        "    /// The version an imported topology's `ServiceVersion` is read as: the first with that\n    \
         /// number (`None`: none has it).\n    pub fn from_service_version(number: u32) -> Option<Version> {\n        match number {\n",
    );
    let mut seen = Vec::new();
    for v in all {
        if let Some(n) = v.service_version.filter(|n| !seen.contains(n)) {
            seen.push(n);
            let _ = writeln!(out, "            {n} => Some(Version::{}),", v.variant);
        }
    }
    out.push_str("            _ => None,\n        }\n    }\n\n");
    out.push_str(
        "    /// The `ServiceVersion` a topology of this version is published with (`None`: not read\n    \
         /// from a topology).\n    pub fn service_version(self) -> Option<u32> {\n        match self {\n",
    );
    for v in all {
        let _ = writeln!(
            out,
            "            Version::{} => {:?},",
            v.variant, v.service_version
        );
    }
    out.push_str("        }\n    }\n}\n");
    out
}
