//! Splits a command block the way PowerShell reads it, far enough to lint it: line
//! continuations (a backtick at the end of a line), comments, statements (`;`, new lines) and
//! pipelines (`|`), and in each command its words: quoted strings (`"…"` with backtick escapes
//! and `""`, `'…'` with `''`), `-Param:value`, and script blocks `{…}` or sub-expressions `(…)`
//! kept whole. Total: any text gives some list of commands.

/// One word of a command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Word {
    /// `-Name`, or `-Name:value` with its value.
    Param(String, Option<String>),
    /// Anything else, unquoted (quotes removed, escapes applied).
    Arg(String),
}

/// One command of a pipeline: its name and its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    /// The command's name as written.
    pub name: String,
    /// The words after the name.
    pub words: Vec<Word>,
    /// The source line (after joining continuations), for messages.
    pub line: String,
}

/// A raw token: its text with quotes removed, and whether it started with a quote.
struct Token {
    text: String,
    quoted: bool,
}

/// The commands of a block, in order.
pub fn commands(block: &str) -> Vec<Command> {
    let joined = block.replace("`\r\n", " ").replace("`\n", " ");
    let mut out = Vec::new();
    for line in joined.lines() {
        for segment in split_unquoted(strip_comment(line), &[';', '|']) {
            let mut tokens = tokens(&segment).into_iter();
            let Some(first) = tokens.next() else {
                continue;
            };
            let words = tokens
                .map(|t| match t.text.strip_prefix('-') {
                    Some(rest)
                        if !t.quoted && rest.starts_with(|c: char| c.is_ascii_alphabetic()) =>
                    {
                        match rest.split_once(':') {
                            Some((name, value)) => Word::Param(name.into(), Some(value.into())),
                            None => Word::Param(rest.into(), None),
                        }
                    }
                    _ => Word::Arg(t.text),
                })
                .collect();
            out.push(Command {
                name: first.text,
                words,
                line: line.trim().to_string(),
            });
        }
    }
    out
}

/// The line without its `#` comment (a `#` inside quotes is text).
fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Splits at any of `seps` outside quotes, braces and parentheses.
fn split_unquoted(line: &str, seps: &[char]) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quote = None;
    let mut depth = 0usize;
    for c in line.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '{' | '(') => depth += 1,
            (None, '}' | ')') => depth = depth.saturating_sub(1),
            (None, c) if depth == 0 && seps.contains(&c) => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

fn tokens(segment: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = segment.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return out;
        }
        let mut text = String::new();
        // Only a word that starts with a quote is a quoted value: `-Name:"x"` is a parameter.
        let quoted = matches!(chars.peek(), Some('"' | '\''));
        let mut depth = 0usize;
        while let Some(&c) = chars.peek() {
            if depth == 0 && c.is_whitespace() {
                break;
            }
            chars.next();
            match c {
                '"' if depth == 0 => {
                    while let Some(q) = chars.next() {
                        match q {
                            '`' => text.extend(chars.next()),
                            '"' if chars.peek() == Some(&'"') => {
                                chars.next();
                                text.push('"');
                            }
                            '"' => break,
                            other => text.push(other),
                        }
                    }
                }
                '\'' if depth == 0 => {
                    while let Some(q) = chars.next() {
                        match q {
                            '\'' if chars.peek() == Some(&'\'') => {
                                chars.next();
                                text.push('\'');
                            }
                            '\'' => break,
                            other => text.push(other),
                        }
                    }
                }
                '{' | '(' => {
                    depth += 1;
                    text.push(c);
                }
                '}' | ')' => {
                    depth = depth.saturating_sub(1);
                    text.push(c);
                }
                other => text.push(other),
            }
        }
        out.push(Token { text, quoted });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_params_pipelines_comments_and_continuations() {
        let block = "# a comment\nGet-CsUser -Filter {RegistrarPool -eq \"a b\"} | Move-CsUser -Target:\"p 1\" -Force # end\nCopy-Item -Path 'it''s' `\n -Destination \"C:\\x\"; Stop-CsWindowsService";
        let c = commands(block);
        let names: Vec<_> = c.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Get-CsUser",
                "Move-CsUser",
                "Copy-Item",
                "Stop-CsWindowsService"
            ]
        );
        assert_eq!(
            c[0].words,
            vec![
                Word::Param("Filter".into(), None),
                Word::Arg("{RegistrarPool -eq \"a b\"}".into())
            ]
        );
        assert_eq!(
            c[1].words,
            vec![
                Word::Param("Target".into(), Some("p 1".into())),
                Word::Param("Force".into(), None)
            ]
        );
        assert_eq!(
            c[2].words,
            vec![
                Word::Param("Path".into(), None),
                Word::Arg("it's".into()),
                Word::Param("Destination".into(), None),
                Word::Arg("C:\\x".into())
            ]
        );
        // A quoted dash is a value, not a parameter.
        assert_eq!(commands("X \"-a\"")[0].words, vec![Word::Arg("-a".into())]);
    }
}
