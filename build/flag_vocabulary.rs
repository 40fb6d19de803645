//! The flag vocabulary (`src/content/flags.toml`), shared by `build.rs`, which turns it into the
//! `Flag` type and refuses a catalogue or versions table naming a flag outside it, and by
//! `tests/catalogue_lint.rs`, whose control proves that refusal. Plain `std` and `toml`: it
//! compiles in both.

/// The flags' names, in file order, and what each means.
pub fn flag_vocabulary(flags_toml: &str) -> Result<Vec<(String, String)>, String> {
    let table: toml::Table = flags_toml.parse().map_err(|e| format!("{e}"))?;
    let Some(flags) = table.get("flags").and_then(|f| f.as_array()) else {
        return Err("no [[flags]]".into());
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for f in flags {
        let field = |name: &str| f.get(name).and_then(|v| v.as_str()).map(str::to_string);
        let (Some(id), Some(what)) = (field("id"), field("what")) else {
            return Err(format!("a flag without id or what: {f}"));
        };
        if out.iter().any(|(known, _)| *known == id) {
            return Err(format!("flag {id:?} twice"));
        }
        out.push((id, what));
    }
    Ok(out)
}

/// Every flag name that `catalogue_toml` (`when`, `unless`, `caution_when` of its steps) or
/// `versions_toml` (a difference's `flag`) uses and `known` lacks, with where it is used.
pub fn unknown_flags(
    catalogue_toml: &str,
    versions_toml: &str,
    known: &[(String, String)],
) -> Result<Vec<String>, String> {
    let is_known = |name: &str| known.iter().any(|(k, _)| k == name);
    let mut unknown = Vec::new();
    let catalogue: toml::Table = catalogue_toml.parse().map_err(|e| format!("{e}"))?;
    let steps = catalogue.get("steps").and_then(|s| s.as_array());
    for step in steps.into_iter().flatten() {
        let id = step.get("id").and_then(|v| v.as_str()).unwrap_or("?");
        for list in ["when", "unless", "caution_when"] {
            let names = step.get(list).and_then(|v| v.as_array());
            for name in names.into_iter().flatten().filter_map(|n| n.as_str()) {
                if !is_known(name) {
                    unknown.push(format!("step {id} {list}: {name}"));
                }
            }
        }
    }
    let versions: toml::Table = versions_toml.parse().map_err(|e| format!("{e}"))?;
    let differences = versions.get("differences").and_then(|d| d.as_array());
    for d in differences.into_iter().flatten() {
        if let Some(name) = d.get("flag").and_then(|v| v.as_str())
            && !is_known(name)
        {
            let id = d.get("id").and_then(|v| v.as_str()).unwrap_or("?");
            unknown.push(format!("difference {id} flag: {name}"));
        }
    }
    Ok(unknown)
}

/// The Rust name of a flag: `front_end_pool` → `FrontEndPool`.
pub fn variant(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
