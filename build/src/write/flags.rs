//! `flag.rs`: the `Flag` type, one variant per flag of `src/content/flags.toml`, their names,
//! and the flags each product version sets (`VERSION_FLAGS`, from the versions table's
//! differences). A flag the catalogue or the versions table names outside the vocabulary is
//! refused here, so the generated code always compiles.

use std::fmt::Write as _;

use super::common::{header, variant};
use crate::schema::catalogue::Catalogue;
use crate::schema::flags::Flags;
use crate::schema::versions::Versions;

/// Every flag name the catalogue (a step's `when`, `unless`, `caution_when`) or the versions
/// table (a difference's `flag`) uses and the vocabulary lacks, with where it is used.
pub fn unknown_flags(flags: &Flags, catalogue: &Catalogue, versions: &Versions) -> Vec<String> {
    let known = |name: &str| flags.flags.iter().any(|f| f.id == name);
    let mut unknown = Vec::new();
    for step in &catalogue.steps {
        for (list, names) in [
            ("when", &step.when),
            ("unless", &step.unless),
            ("caution_when", &step.caution_when),
        ] {
            for name in names.iter().filter(|n| !known(n)) {
                unknown.push(format!("step {} {list}: {name}", step.id));
            }
        }
    }
    for d in &versions.differences {
        if let Some(name) = d.flag.as_ref().filter(|n| !known(n)) {
            unknown.push(format!("difference {} flag: {name}", d.id));
        }
    }
    unknown
}

/// The vocabulary's own faults: a name twice, more flags than the 64-bit set holds.
pub fn vocabulary_problems(flags: &Flags) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, f) in flags.flags.iter().enumerate() {
        if flags.flags[..i].iter().any(|g| g.id == f.id) {
            problems.push(format!("flag {:?} twice", f.id));
        }
    }
    if flags.flags.len() > 64 {
        problems.push("more than 64 flags".into());
    }
    problems
}

/// The Rust source of `flag.rs`.
pub fn write(flags: &Flags, versions: &Versions) -> String {
    let mut out = header("src/content/flags.toml and src/content/versions.toml");
    out.push_str(
        "/// A fact about a plan that decides whether a step applies (`src/content/flags.toml`).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Flag {\n",
    );
    for f in &flags.flags {
        let _ = writeln!(out, "    /// {}\n    {},", f.what, variant(&f.id));
    }
    out.push_str("}\n\n/// Every flag, in the order of `src/content/flags.toml`.\npub static ALL_FLAGS: &[Flag] = &[\n");
    for f in &flags.flags {
        let _ = writeln!(out, "    Flag::{},", variant(&f.id));
    }
    out.push_str("];\n\n/// Every flag's name, as the catalogue writes it.\npub static KNOWN_FLAGS: &[&str] = &[\n");
    for f in &flags.flags {
        let _ = writeln!(out, "    {:?},", f.id);
    }
    out.push_str(
        "];\n\n/// (product version key, catalogue flag) for each version difference it has.\n\
         pub static VERSION_FLAGS: &[(&str, Flag)] = &[\n",
    );
    for d in &versions.differences {
        if let Some(flag) = &d.flag {
            for v in &d.versions {
                let _ = writeln!(out, "    ({v:?}, Flag::{}),", variant(flag));
            }
        }
    }
    out.push_str("];\n");
    out
}
