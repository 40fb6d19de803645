//! Values written as Rust constant expressions, and the names and header generated files share.

use std::fmt::Write as _;

/// Writes a value as a Rust constant expression.
pub trait Lit {
    /// Appends the expression to `out`.
    fn lit(&self, out: &mut String);
}

impl Lit for String {
    fn lit(&self, out: &mut String) {
        // Debug quoting is valid Rust string-literal syntax.
        let _ = write!(out, "{self:?}");
    }
}

impl<T: Lit> Lit for Option<T> {
    fn lit(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.lit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

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
