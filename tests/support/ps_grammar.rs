//! Reads a PowerShell script with a real PowerShell grammar (tree-sitter-powershell) to lint
//! generated Windows PowerShell 5.1 scripts: the syntax errors of the parse (each ERROR or
//! MISSING node, located), the command invocations and .NET method calls in source order, and
//! the constructs Windows PowerShell 5.1 cannot run (PowerShell 7 operators, parameters,
//! cmdlets and blocks).
//!
//! What it guarantees: every function is total (any text, even empty or not PowerShell at all,
//! gives a list and never a panic; the walk over the tree is iterative, so deep nesting cannot
//! overflow the stack); results come in source order; and what is inside a string or a comment
//! is never read as code. The tree decides what a string or a comment is; inside a region the
//! grammar could not parse (an ERROR node) a small lexer does (quotes with `''`, `""` and
//! backtick escapes, here-strings, `#` and `<# #>` comments). A variable or `$( )` inside a
//! double-quoted string is code: PowerShell expands it.
//!
//! Limits, from the grammar: a script with no statement at all (empty, comments only, a lone
//! `param( )` block) is parsed with a `;` appended, so it reads as clean, as PowerShell reads it.
//! Parameters reached by splatting (`@params`) are not seen. Valid Windows PowerShell 5.1 the
//! grammar (tree-sitter-powershell 0.26.6) rejects, so a generated script should avoid it:
//! `$a.ForEach({ … })` (use `ForEach-Object` or `foreach`); a function's `param( )` followed by
//! code on the same line (`function f { param($p) $p }`: put a line break or `;` after it);
//! switch clauses on one line with no `;` between them; a number with a multiplier suffix as
//! an operand (`10 * 1MB`; `$s = 10MB` alone parses); a variable whose name holds `?` (`$a?`,
//! reported as `?.`/`?[` when followed by `.` or `[`). It misreads without an error: `1..3` at
//! the start of a pipeline is read as a command named `1..3`.

use tree_sitter::{Node, Parser, Tree};

/// A parsed script: the text the tree was built from (the source, or the source with `\n;`
/// appended when it has no statement), the tree, and for each byte whether it is code (not
/// inside a string or a comment).
struct Parsed {
    text: String,
    tree: Tree,
    code: Vec<bool>,
}

fn parse_text(text: &str) -> Result<Tree, String> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_powershell::LANGUAGE.into())
        .map_err(|e| format!("the PowerShell grammar does not load: {e}"))?;
    parser
        .parse(text, None)
        .ok_or_else(|| "the PowerShell parser gave no tree".to_string())
}

/// Parses `src`. The grammar needs at least one statement, and PowerShell does not: when the
/// source fails only for that reason (with `\n;` appended it parses cleanly and that `;` is
/// its only statement), the appended parse is used.
fn parse(src: &str) -> Result<Parsed, String> {
    let tree = parse_text(src)?;
    let (text, tree) = if tree.root_node().has_error() {
        let padded = format!("{src}\n;");
        match parse_text(&padded) {
            Ok(alt) if only_statement_is_appended(&alt, src.len()) => (padded, alt),
            _ => (src.to_string(), tree),
        }
    } else {
        (src.to_string(), tree)
    };
    let code = code_mask(&text, &tree);
    Ok(Parsed { text, tree, code })
}

fn only_statement_is_appended(tree: &Tree, src_len: usize) -> bool {
    let root = tree.root_node();
    if root.has_error() || root.kind() != "program" {
        return false;
    }
    let mut cursor = root.walk();
    let lists: Vec<Node> = root
        .named_children(&mut cursor)
        .filter(|n| n.kind() == "statement_list")
        .collect();
    let [list] = lists.as_slice() else {
        return false;
    };
    let mut cursor = list.walk();
    let statements: Vec<Node> = list.named_children(&mut cursor).collect();
    matches!(statements.as_slice(), [only] if only.kind() == "empty_statement" && only.start_byte() >= src_len)
}

/// Visits every node in pre-order (source order); `visit` returns whether to enter the node's
/// children. Iterative: no recursion, whatever the depth.
fn preorder<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>) -> bool) {
    let mut cursor = root.walk();
    loop {
        let enter = visit(cursor.node());
        if enter && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// Tokens the grammar reads as one piece of text that is not code.
const TEXT_TOKENS: &[&str] = &[
    "comment",
    "verbatim_string_characters",
    "verbatim_here_string_characters",
    "stop_parsing",
    "verbatim_command_argument",
];

/// Double-quoted strings: text, except the variables and `$( )` they expand.
const EXPANDABLE: &[&str] = &[
    "expandable_string_literal",
    "expandable_here_string_literal",
];

fn set(mask: &mut [bool], from: usize, to: usize, value: bool) {
    let to = to.min(mask.len());
    if from < to {
        mask[from..to].iter_mut().for_each(|b| *b = value);
    }
}

/// For each byte of `text`: true when it is code, false inside a string or a comment.
fn code_mask(text: &str, tree: &Tree) -> Vec<bool> {
    let mut mask = vec![true; text.len()];
    preorder(tree.root_node(), |node| {
        let kind = node.kind();
        if node.is_error() {
            lex_mask(text, node.start_byte(), node.end_byte(), &mut mask);
            return false;
        }
        if TEXT_TOKENS.contains(&kind) {
            set(&mut mask, node.start_byte(), node.end_byte(), false);
            return false;
        }
        if EXPANDABLE.contains(&kind) {
            set(&mut mask, node.start_byte(), node.end_byte(), false);
            return true;
        }
        let in_string = node
            .parent()
            .is_some_and(|p| EXPANDABLE.contains(&p.kind()));
        if in_string && matches!(kind, "variable" | "braced_variable" | "sub_expression") {
            set(&mut mask, node.start_byte(), node.end_byte(), true);
        }
        true
    });
    mask
}

/// Marks strings and comments in `text[from..to]` by a small lexer (used where the grammar
/// gave up: inside an ERROR node its strings are not string nodes).
fn lex_mask(text: &str, from: usize, to: usize, mask: &mut [bool]) {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    let starts_with = |i: usize, s: &[u8]| bytes.get(i..to).is_some_and(|b| b.starts_with(s));
    let mut i = from;
    while i < to {
        let start = i;
        let end = match bytes[i] {
            b'`' => {
                i = (i + 2).min(to);
                continue;
            }
            b'<' if starts_with(i, b"<#") => find(bytes, i + 2, to, b"#>").map_or(to, |e| e + 2),
            b'#' => find(bytes, i, to, b"\n").unwrap_or(to),
            b'@' if here_string_opens(bytes, i, to) => {
                let close: &[u8] = if bytes[i + 1] == b'"' {
                    b"\n\"@"
                } else {
                    b"\n'@"
                };
                find(bytes, i + 2, to, close).map_or(to, |e| e + close.len())
            }
            b'\'' => close_quote(bytes, i + 1, to, b'\'', false),
            b'"' => close_quote(bytes, i + 1, to, b'"', true),
            _ => {
                i += 1;
                continue;
            }
        };
        set(mask, start, end, false);
        i = end.max(start + 1);
    }
}

fn find(bytes: &[u8], from: usize, to: usize, needle: &[u8]) -> Option<usize> {
    (from..to).find(|&i| bytes.get(i..to).is_some_and(|b| b.starts_with(needle)))
}

/// `@"` or `@'` followed by spaces and a line break.
fn here_string_opens(bytes: &[u8], i: usize, to: usize) -> bool {
    if !matches!(bytes.get(i + 1), Some(b'"' | b'\'')) {
        return false;
    }
    let mut j = i + 2;
    while j < to && matches!(bytes[j], b' ' | b'\t') {
        j += 1;
    }
    j < to && matches!(bytes[j], b'\n' | b'\r')
}

/// The end (exclusive) of a quoted string whose body starts at `i`: a doubled quote is an
/// escape, and in a double-quoted string so is a backtick.
fn close_quote(bytes: &[u8], mut i: usize, to: usize, quote: u8, backtick: bool) -> usize {
    while i < to {
        if backtick && bytes[i] == b'`' {
            i += 2;
        } else if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) && i + 1 < to {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            i += 1;
        }
    }
    to
}

fn node_text<'a>(text: &'a str, node: Node) -> &'a str {
    text.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// 1-based line and column (in characters) of byte `i`.
fn locate(text: &str, i: usize) -> (usize, usize) {
    let before = &text[..floor_boundary(text, i)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Whitespace runs folded into one space; at most `max` characters, `…` when cut.
fn squeeze(s: &str, max: usize) -> String {
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() > max {
        format!("{}…", folded.chars().take(max).collect::<String>())
    } else {
        folded
    }
}

/// The source line holding byte `i`, trimmed; the previous non-blank line when it is blank
/// (a MISSING `}` at the end of the file).
fn line_around(text: &str, i: usize) -> String {
    let i = floor_boundary(text, i);
    let start = text[..i].rfind('\n').map_or(0, |n| n + 1);
    let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
    let line = squeeze(&text[start..end], 100);
    if line.is_empty() && start > 0 {
        let prev = text[..start - 1].trim_end();
        let from = prev.rfind('\n').map_or(0, |n| n + 1);
        return squeeze(&prev[from..], 100);
    }
    line
}

/// Every ERROR or MISSING node of the parse, in source order, as
/// `line:column: syntax error at `…` in: <line>` or `line:column: missing `…` in: <line>`
/// (1-based, the column in characters). Empty when the script parses cleanly. A script with no
/// statement (empty, comments only, a lone `param( )`) is clean.
pub fn syntax_errors(src: &str) -> Vec<String> {
    let parsed = match parse(src) {
        Ok(p) => p,
        Err(e) => return vec![format!("1:1: {e}")],
    };
    let text = parsed.text.as_str();
    let mut errors = Vec::new();
    preorder(parsed.tree.root_node(), |node| {
        if node.is_missing() || node.is_error() {
            // An ERROR node may start with the spaces before the offending token.
            let body = node_text(text, node);
            let at = node.start_byte() + (body.len() - body.trim_start().len());
            let (line, col) = locate(text, at);
            let around = line_around(text, at);
            let what = if node.is_missing() {
                format!("missing `{}`", node.kind())
            } else {
                match squeeze(node_text(text, node), 40) {
                    s if s.is_empty() => "syntax error".to_string(),
                    s => format!("syntax error at `{s}`"),
                }
            };
            errors.push(format!("{line}:{col}: {what} in: {around}"));
        }
        node.has_error()
    });
    // A nested ERROR node can span exactly what its parent spans.
    errors.dedup();
    errors
}

/// `text[from..to]` with each line continuation outside strings and comments (a backtick at
/// the end of a line, the spaces around it and the next line's indent) turned into one space;
/// trimmed.
fn join_continuations(text: &str, code: &[bool], from: usize, to: usize) -> String {
    let slice = text.get(from..to).unwrap_or("");
    let mut out = String::with_capacity(slice.len());
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let rest = &slice[i..];
        let continuation = c == '`'
            && code.get(from + i).copied().unwrap_or(false)
            && (rest.starts_with("`\n") || rest.starts_with("`\r\n"));
        if !continuation {
            out.push(c);
            continue;
        }
        while chars.next_if(|&(_, c)| c == '\r' || c == '\n').is_some() {}
        while chars.next_if(|&(_, c)| c == ' ' || c == '\t').is_some() {}
        let kept = out.trim_end_matches([' ', '\t']).len();
        out.truncate(kept);
        out.push(' ');
    }
    out.trim().to_string()
}

/// The source text of each command invocation (the grammar's `command` node: a command name
/// with its arguments, `& $exe …` and `. .\file.ps1` too), in source order, nested ones
/// included (script blocks, pipelines, `if`/`try`/`foreach` bodies, `( )` and `$( )`, also
/// inside double-quoted strings); line continuations joined into one line, surrounding spaces
/// trimmed. Here-strings keep their lines.
pub fn commands(src: &str) -> Vec<String> {
    let Ok(parsed) = parse(src) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    preorder(parsed.tree.root_node(), |node| {
        if node.kind() == "command" && is_code(&parsed, node.start_byte()) {
            out.push(join_continuations(
                &parsed.text,
                &parsed.code,
                node.start_byte(),
                node.end_byte(),
            ));
        }
        true
    });
    out
}

fn is_code(parsed: &Parsed, i: usize) -> bool {
    parsed.code.get(i).copied().unwrap_or(false)
}

/// The member name of every .NET method invocation, as written (`$x.Dispose()` → `Dispose`,
/// `[System.IO.Compression.ZipFile]::OpenRead($f)` → `OpenRead`, `[string]::new()` → `new`,
/// `$a.foreach{ }` → `foreach`), in source order (of the names: in `$a.Split('.')[0].Trim()`
/// `Split` comes before `Trim`). Property reads (`$x.Count`) are not calls.
pub fn method_calls(src: &str) -> Vec<String> {
    let found = hits_in_code(src, |text, node, calls| {
        if node.kind() != "invokation_expression" {
            return;
        }
        let mut cursor = node.walk();
        let children: Vec<Node> = node.children(&mut cursor).collect();
        if let Some(name) = children.iter().find(|c| c.kind() == "member_name") {
            calls.push((name.start_byte(), node_text(text, *name).to_string()));
        } else if let Some(each) = children
            .iter()
            .find(|c| c.kind() == "invokation_foreach_expression")
        {
            let mut cursor = each.walk();
            let dot = each
                .children(&mut cursor)
                .find(|c| !c.is_named() && node_text(text, *c).starts_with('.'));
            if let Some(dot) = dot {
                let name = node_text(text, dot).trim_start_matches('.').trim();
                calls.push((dot.start_byte(), name.to_string()));
            }
        }
    });
    let Some((_, calls)) = found else {
        return Vec::new();
    };
    calls.into_iter().map(|(_, name)| name).collect()
}

/// What `visit` records while walking `src`'s syntax tree (each hit a byte offset and a
/// text), kept where it lies in code, not in a string or a comment, in source order; with the
/// parse, for what the caller adds. `None` when `src` does not parse.
fn hits_in_code(
    src: &str,
    mut visit: impl FnMut(&str, Node, &mut Vec<(usize, String)>),
) -> Option<(Parsed, Vec<(usize, String)>)> {
    let parsed = parse(src).ok()?;
    let mut hits = Vec::new();
    preorder(parsed.tree.root_node(), |node| {
        visit(&parsed.text, node, &mut hits);
        true
    });
    hits.retain(|(at, _)| is_code(&parsed, *at));
    hits.sort();
    Some((parsed, hits))
}

/// A parameter that only PowerShell 7 has: `-name` or an unambiguous prefix of at least
/// `min` letters, on the commands listed (any command when empty).
struct Ps7Parameter {
    commands: &'static [&'static str],
    name: &'static str,
    min: usize,
    label: &'static str,
}

const PS7_PARAMETERS: &[Ps7Parameter] = &[
    Ps7Parameter {
        commands: &["ForEach-Object", "%", "foreach"],
        name: "Parallel",
        min: 2,
        label: "`ForEach-Object -Parallel`",
    },
    Ps7Parameter {
        commands: &["Join-Path"],
        name: "AdditionalChildPath",
        min: 1,
        label: "`Join-Path -AdditionalChildPath`",
    },
    Ps7Parameter {
        commands: &["ConvertFrom-Json"],
        name: "AsHashtable",
        min: 1,
        label: "`ConvertFrom-Json -AsHashtable`",
    },
    Ps7Parameter {
        commands: &[],
        name: "SkipCertificateCheck",
        min: 5,
        label: "`-SkipCertificateCheck`",
    },
];

/// Cmdlets that only PowerShell 7 has.
const PS7_COMMANDS: &[&str] = &["Get-Error", "Test-Json"];

/// The command's name, without a module qualifier (`Microsoft.PowerShell.Management\Join-Path`).
fn command_name<'a>(text: &'a str, command: Node) -> Option<&'a str> {
    let mut cursor = command.walk();
    let name = command
        .named_children(&mut cursor)
        .find(|c| matches!(c.kind(), "command_name" | "command_name_expr"))?;
    let name = node_text(text, name).trim();
    Some(name.rsplit('\\').next().unwrap_or(name))
}

/// The command's own elements (not those of commands nested in its arguments).
fn command_elements(command: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = command.walk();
    let Some(elements) = command
        .named_children(&mut cursor)
        .find(|c| c.kind() == "command_elements")
    else {
        return Vec::new();
    };
    let mut cursor = elements.walk();
    elements
        .named_children(&mut cursor)
        .filter(|c| c.kind() != "command_argument_sep")
        .collect()
}

/// Down the chain of wrappers with the same extent (`array_literal_expression` →
/// `unary_expression` → …) to the node that says what the text is.
fn innermost(mut node: Node) -> Node {
    while node.named_child_count() == 1 {
        match node.named_child(0) {
            Some(child) if child.byte_range() == node.byte_range() => node = child,
            _ => break,
        }
    }
    node
}

fn ps7_in_command(text: &str, command: Node, found: &mut Vec<(usize, String)>) {
    let Some(name) = command_name(text, command) else {
        return;
    };
    if let Some(cmdlet) = PS7_COMMANDS.iter().find(|c| c.eq_ignore_ascii_case(name)) {
        found.push((command.start_byte(), format!("`{cmdlet}`")));
    }
    let elements = command_elements(command);
    if name.eq_ignore_ascii_case("clean")
        && elements
            .first()
            .is_some_and(|e| innermost(*e).kind() == "script_block_expression")
    {
        found.push((command.start_byte(), "`clean { }` block".to_string()));
    }
    for param in elements.iter().filter(|e| e.kind() == "command_parameter") {
        let written = node_text(text, *param).trim_start_matches('-');
        let written = written.split(':').next().unwrap_or(written);
        for rule in PS7_PARAMETERS {
            let applies = rule.commands.is_empty()
                || rule.commands.iter().any(|c| c.eq_ignore_ascii_case(name));
            let matches = written.len() >= rule.min
                && written.len() <= rule.name.len()
                && rule.name[..written.len()].eq_ignore_ascii_case(written);
            if applies && matches {
                found.push((param.start_byte(), rule.label.to_string()));
            }
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'$' | b':')
}

/// The PowerShell 7 operators among the code bytes: `??`, `??=`, `?.`, `?[`, the ternary
/// `? :` (a `?` the grammar could not parse, after an operand), `&&`, `||`; and `clean {`
/// where the grammar could not parse it (after another named block).
fn ps7_operators(parsed: &Parsed, found: &mut Vec<(usize, String)>) {
    let bytes = parsed.text.as_bytes();
    let root = parsed.tree.root_node();
    let code = |i: usize| parsed.code.get(i).copied().unwrap_or(false);
    let deepest = |i: usize| root.descendant_for_byte_range(i, i + 1);
    let mut i = 0;
    while i < bytes.len() {
        if !code(i) {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied();
        match bytes[i] {
            b'&' | b'|' if next == Some(bytes[i]) && code(i + 1) => {
                let op = if bytes[i] == b'&' { "&&" } else { "||" };
                found.push((i, format!("`{op}` pipeline chain operator")));
                i += 2;
                continue;
            }
            b'?' if i > 0 && bytes[i - 1] == b'$' => {}
            b'?' if deepest(i).is_some_and(|n| n.is_error()) => {
                let (label, len) = match (next, bytes.get(i + 2).copied()) {
                    (Some(b'?'), Some(b'=')) => ("`??=` null-coalescing assignment", 3),
                    (Some(b'?'), _) => ("`??` null-coalescing operator", 2),
                    (Some(b'.'), _) => ("`?.` null-conditional member access", 2),
                    (Some(b'['), _) => ("`?[` null-conditional element access", 2),
                    _ => ("`? :` ternary operator", 1),
                };
                let before = bytes[..i]
                    .iter()
                    .rposition(|b| !b.is_ascii_whitespace())
                    .map(|p| bytes[p]);
                let after_operand =
                    !matches!(before, None | Some(b'|' | b';' | b'{' | b'(' | b'\n'));
                if len > 1 || after_operand {
                    found.push((i, label.to_string()));
                }
                i += len;
                continue;
            }
            b'c' | b'C'
                if bytes
                    .get(i..i + 5)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"clean")) =>
            {
                let boundary_before = i == 0 || !is_word_byte(bytes[i - 1]);
                let rest = bytes.get(i + 5..).unwrap_or(&[]);
                let brace = rest.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
                let boundary_after = rest.first().is_some_and(|b| !is_word_byte(*b));
                let in_error = deepest(i).is_some_and(|n| {
                    n.is_error()
                        || (n.kind() == "simple_name" && n.parent().is_some_and(|p| p.is_error()))
                });
                if boundary_before && boundary_after && brace && in_error {
                    found.push((i, "`clean { }` block".to_string()));
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// Constructs Windows PowerShell 5.1 cannot run, in source order, each as
/// `line:column: <construct> in: <line>`: the operators `??`, `??=`, `?.`, `?[`, `&&`, `||`
/// and the ternary `? :`; `ForEach-Object -Parallel` (also as `%` or `foreach`); a `clean { }`
/// block; `$PSStyle`; `Join-Path -AdditionalChildPath`; `ConvertFrom-Json -AsHashtable`;
/// `Get-Error`; `Test-Json`; `-SkipCertificateCheck` on any command; a trailing `&` (background
/// job). Parameters match as PowerShell does: any case, or a prefix (`-AsHash`). Nothing inside
/// a string or a comment counts; a variable inside a double-quoted string does (`"$PSStyle"` is
/// expanded), an escaped one (`` "`$PSStyle" ``) does not.
pub fn ps7_only(src: &str) -> Vec<String> {
    let found = hits_in_code(src, |text, node, found| match node.kind() {
        "command" => ps7_in_command(text, node, found),
        "variable" | "braced_variable" => {
            let name = node_text(text, node);
            let name = name.trim_start_matches(['$', '@']);
            let name = name.trim_start_matches('{').trim_end_matches('}');
            let name = name.rsplit(':').next().unwrap_or(name);
            if name.eq_ignore_ascii_case("PSStyle") {
                found.push((node.start_byte(), "`$PSStyle`".to_string()));
            }
        }
        "background_operator" => {
            found.push((node.start_byte(), "`&` background operator".to_string()));
        }
        _ => {}
    });
    let Some((parsed, mut found)) = found else {
        return Vec::new();
    };
    let text = parsed.text.as_str();
    ps7_operators(&parsed, &mut found);
    found.sort();
    found.dedup();
    found
        .into_iter()
        .map(|(at, label)| {
            let (line, col) = locate(text, at);
            format!("{line}:{col}: {label} in: {}", line_around(text, at))
        })
        .collect()
}
