//! What the generated files share: Rust names of ids, and the header.

/// The Rust name of a snake_case id: `front_end_pool` → `FrontEndPool`, `fr` → `Fr`.
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

/// The header of every generated Rust file: where it comes from, and how to write it again.
pub fn header(from: &str) -> String {
    format!(
        "// Generated from {from} by build/ (`cargo run -p lync-restore-content`); do not edit.\n\
         // The test command fails while this file is stale.\n\n"
    )
}
