//! The paths into this crate that a Rust source file names, each resolved to the module it
//! names: `crate::…`, `super::…` and `self::…` (from the module the file is, or the inline module
//! the path sits in), and a path that starts with a module the file declares (`mod x;`, then
//! `x::…`). `use` groups are expanded, one path per leaf. Comments, strings and character
//! literals are left out, so a path said in prose or printed is not counted. A reading for the
//! architecture test, not a Rust parser: it knows paths, groups and inline modules, nothing else.

use std::path::Path;

/// The module a file under `src/` is: `plan/description/edit.rs` → `plan::description::edit`,
/// `plan/mod.rs` → `plan`, `lib.rs` → the crate root (no segment).
pub fn module_of(under_src: &Path) -> Vec<String> {
    let mut parts: Vec<String> = under_src
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// `src` with every comment, string and character literal blanked (lines kept).
pub fn code_only(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let prev_ident = i > 0 && ident(chars[i - 1]);
        // How far a literal or comment starting here runs (exclusive), if one does.
        let end = if c == '/' && next == Some('/') {
            Some(
                (i..chars.len())
                    .find(|&j| chars[j] == '\n')
                    .unwrap_or(chars.len()),
            )
        } else if c == '/' && next == Some('*') {
            let (mut depth, mut j) = (0, i);
            loop {
                match (chars.get(j), chars.get(j + 1)) {
                    (Some('/'), Some('*')) => (depth, j) = (depth + 1, j + 2),
                    (Some('*'), Some('/')) => (depth, j) = (depth - 1, j + 2),
                    (Some(_), _) => j += 1,
                    (None, _) => break Some(j),
                }
                if depth == 0 {
                    break Some(j);
                }
            }
        } else if !prev_ident && (c == 'r' || (c == 'b' && next == Some('r'))) {
            // A raw string: r"…", r#"…"#, br"…".
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let hashes = chars[start..].iter().take_while(|&&h| h == '#').count();
            (chars.get(start + hashes) == Some(&'"')).then(|| {
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                (start + hashes + 1..chars.len())
                    .find(|&j| chars[j..].starts_with(&close))
                    .map_or(chars.len(), |j| j + close.len())
            })
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            Some((j + 1).min(chars.len()))
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{2019}'), not a lifetime or label ('a).
            match (next, chars.get(i + 2)) {
                (Some('\\'), _) => (i + 2..chars.len())
                    .find(|&j| chars[j] == '\'')
                    .map(|j| j + 1),
                (Some(_), Some('\'')) => Some(i + 3),
                _ => None,
            }
        } else {
            None
        };
        match end {
            Some(end) => {
                out.extend(chars[i..end].iter().map(|&c| blank(c)));
                i = end;
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Words and the punctuation that matters to paths (`::`, braces, commas, `;`, `*`).
fn tokens(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            let mut word = c.to_string();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphanumeric() || **d == '_') {
                word.push(d);
                chars.next();
            }
            out.push(word);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            out.push("::".into());
        } else if !c.is_whitespace() {
            out.push(c.to_string());
        }
    }
    out
}

fn is_word(token: &str) -> bool {
    token.starts_with(|c: char| c.is_alphabetic() || c == '_')
}

/// Reads the rest of a path after `prefix` at `tokens[i]` (which is `::`), groups expanded;
/// returns the leaves and where the path ends.
fn rest_of_path(tokens: &[String], mut i: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut path = prefix;
    while tokens.get(i).map(String::as_str) == Some("::") {
        match tokens.get(i + 1).map(String::as_str) {
            Some("{") => {
                let mut leaves = Vec::new();
                i += 2;
                while let Some(token) = tokens.get(i) {
                    match token.as_str() {
                        "}" => return (leaves, i + 1),
                        "," => i += 1,
                        "self" | "*" => {
                            leaves.push(path.clone());
                            i += 1;
                        }
                        word if is_word(word) => {
                            let mut item = path.clone();
                            item.push(word.to_string());
                            let (inner, end) = rest_of_path(tokens, i + 1, item);
                            leaves.extend(inner);
                            // `x as y`: the new name is not a path.
                            i = if tokens.get(end).map(String::as_str) == Some("as") {
                                end + 2
                            } else {
                                end
                            };
                        }
                        _ => i += 1,
                    }
                }
                return (leaves, i);
            }
            Some(word) if is_word(word) => {
                path.push(word.to_string());
                i += 2;
            }
            // `::*` or `::<T>`: the path is what came before.
            _ => break,
        }
    }
    (vec![path], i)
}

/// The inline modules each token sits in (their names, outermost first).
fn inline_modules(tokens: &[String]) -> Vec<Vec<String>> {
    // The inline modules open here: (name, brace depth inside it).
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut out = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        match token.as_str() {
            "{" => {
                depth += 1;
                // `mod name {`: the module opens with its brace (its name is outside it).
                if i >= 2 && tokens[i - 2] == "mod" {
                    open.push((tokens[i - 1].clone(), depth));
                }
            }
            "}" => {
                depth -= 1;
                if open.last().is_some_and(|(_, d)| *d > depth) {
                    open.pop();
                }
            }
            _ => {}
        }
        out.push(open.iter().map(|(name, _)| name.clone()).collect());
    }
    out
}

/// Every path into this crate that `src` (the file of module `module`) names, resolved to the
/// module path it names (no leading `crate`), item names included.
pub fn named_paths(src: &str, module: &[String]) -> Vec<Vec<String>> {
    let tokens = tokens(&code_only(src));
    let inside = inline_modules(&tokens);
    // Modules the file declares, each with the inline module it is declared in.
    let declared: Vec<(&[String], &str)> = (1..tokens.len())
        .filter(|&i| tokens[i - 1] == "mod" && is_word(&tokens[i]))
        .map(|i| (inside[i - 1].as_slice(), tokens[i].as_str()))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        let starts = i == 0 || tokens[i - 1] != "::";
        let followed = tokens.get(i + 1).map(String::as_str) == Some("::");
        if !(starts && followed) {
            i += 1;
            continue;
        }
        let mut here: Vec<String> = module.to_vec();
        here.extend(inside[i].iter().cloned());
        // A module declared here or in a module around it (the innermost such declaration).
        let declaration = declared
            .iter()
            .filter(|(at, name)| *name == token && inside[i].starts_with(at))
            .max_by_key(|(at, _)| at.len());
        let base = match token {
            "crate" => Some(Vec::new()),
            "self" => Some(here),
            "super" => {
                // `super::super::…`: one module up per `super`.
                while tokens.get(i + 2).map(String::as_str) == Some("super") {
                    here.pop();
                    i += 2;
                }
                here.pop();
                Some(here)
            }
            name => declaration.map(|(at, _)| {
                let mut base = module.to_vec();
                base.extend(at.iter().cloned());
                base.push(name.to_string());
                base
            }),
        };
        match base {
            Some(base) => {
                let (leaves, end) = rest_of_path(&tokens, i + 1, base);
                out.extend(leaves);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}
