//! Lays out compact JSON the way `serde_json::to_string_pretty` does (two-space indent,
//! `"key": value`, `[]` and `{}` kept on one line), so plan files stay readable by people
//! without a second, pretty-printing instance of every `Serialize` impl in the wasm.
//! Text inside strings is copied untouched; input that is not JSON is laid out best-effort,
//! never panics and loses no character.

/// The pretty layout of `compact` (output of `serde_json::to_string`).
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if chars.peek().is_some_and(|&n| n == '}' || n == ']') {
                    // An empty object or array stays `{}` / `[]`.
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::pretty;
    use crate::plan::example::example_plan;
    use crate::plan::progress::{Progress, Session};

    #[test]
    fn same_layout_as_serde_json() {
        let mut session = Session {
            plan: example_plan(),
            progress: Progress::default(),
            site: vec![example_plan()],
        };
        session
            .progress
            .ticks
            .insert("a/b".into(), "2026-11-26 \"q\" \\ {x: [1, 2]}".into());
        session.plan.servers.push("odd,\"name\"\n:{}[]".into());
        let compact = serde_json::to_string(&session).expect("serialises");
        let expected = serde_json::to_string_pretty(&session).expect("serialises");
        assert_eq!(pretty(&compact), expected);
        assert_eq!(
            pretty(r#"{"a":[],"b":{},"c":[{}]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    {}\n  ]\n}"
        );
    }

    #[test]
    fn keeps_every_character_of_anything() {
        for text in ["", "}}]]", "{\"unterminated", "[1,{2:3}", "\"\\\"", "ü,:{"] {
            let out = pretty(text);
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&out), strip(text), "{text:?}");
        }
    }
}
