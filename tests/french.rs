//! The French binder as a French administrator would write it. Over every French text (the
//! tables as built, the page's labels) and every French binder of the golden scenarios (their
//! Markdown), three lints:
//! - console labels: a bold label is the French one from `src/content/labels.toml` (the English
//!   one follows it in parentheses), never the English one alone;
//! - glossary: one term per concept (`src/content/glossary.toml`), no forbidden variant;
//! - typography: a no-break space before « : ; ? ! » and inside « », one apostrophe (’), no
//!   capital letter after a colon unless a proper name.
//!
//! Each lint has a control that plants an error. The counts are printed
//! (`cargo test french:: -- --nocapture`).

use std::path::Path;

use content::schema::backup::Backup;
use content::schema::glossary::{Glossary, Term};
use content::schema::labels::Labels;
use lync_restore::plan::formats::codec::decode_file;
use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::readiness::view::{view, with_readiness_markdown};
use lync_restore::plan::{Lang, Texts, build_session_checklist, example_plan, to_markdown};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// A console label in English and French (`src/content/labels.toml`, read through its schema).
struct Label {
    en: String,
    fr: String,
}

fn content(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/content")
        .join(name);
    std::fs::read_to_string(path).expect("content file")
}

fn labels() -> Vec<Label> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let file: Labels = content::schema::read(root, "labels.toml").expect("labels.toml");
    file.labels
        .into_iter()
        .map(|l| Label {
            fr: l.local.get("fr").cloned().unwrap_or_default(),
            en: l.en,
        })
        .collect()
}

fn glossary() -> Vec<Term> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    content::schema::read::<Glossary>(root, "glossary.toml")
        .expect("glossary.toml")
        .terms
}

/// Every French text: the tables as built (console labels applied), the page's labels (read
/// from the file: they are struct fields), and the Markdown of every golden scenario in French.
fn french_texts() -> Vec<(String, String)> {
    let fr = Texts::built_in(Lang::Fr);
    let mut out: Vec<(String, String)> = fr
        .entries()
        .filter(|(key, _)| !key.starts_with("language."))
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect();
    let file: toml::Table = toml::from_str(&content("texts/fr.toml")).expect("fr.toml");
    for (name, text) in file["ui"].as_table().expect("[ui]") {
        out.push((
            format!("ui.{name}"),
            text.as_str().expect("text").to_string(),
        ));
    }
    let plans = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans");
    let mut paths: Vec<_> = std::fs::read_dir(plans)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let session =
            decode_file(&SerdeJson, &std::fs::read(&path).expect("read")).expect("a plan");
        let list = build_session_checklist(&session, fr);
        let name = path.file_stem().expect("stem").to_string_lossy();
        out.push((format!("binder {name}"), to_markdown(&list, fr)));
    }
    // The backup table's French (the scripts' words, the part before the incident), and that
    // part as a binder prints it.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let backup: Backup = content::schema::read(root, "backup.toml").expect("backup.toml");
    for artefact in &backup.artefact {
        for (field, said) in [
            ("what", Some(&artefact.what)),
            ("notes", artefact.notes.as_ref()),
        ] {
            if let Some(said) = said {
                out.push((format!("backup.{}.{field}", artefact.id), said.fr.clone()));
            }
        }
    }
    for (id, said) in &backup.say {
        out.push((format!("backup.say.{id}"), said.fr.clone()));
    }
    let plan = example_plan();
    let part = view(std::slice::from_ref(&plan), None, "0", fr);
    out.push((
        "binder before the incident".into(),
        with_readiness_markdown("# \n", &part),
    ));
    out
}

/// The French prose of a text: without commands (fenced), link targets,
/// Markdown escapes, template syntax, and the English names given in parentheses after a French
/// one (labels and tool names), which are English on purpose.
fn prose(text: &str, labels: &[Label]) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.push_str(line);
            out.push('\n');
        }
    }
    // Link targets (a URL's colon is not punctuation).
    while let Some(at) = out.find("](") {
        match out[at..].find(')') {
            Some(end) => out.replace_range(at + 1..at + end + 1, ""),
            None => break,
        }
    }
    for mark in [
        "\\*", "\\_", "\\[", "\\]", "\\<", "\\>", "\\#", "\\|", "\\!", "\\`", "\\\\",
    ] {
        out = out.replace(mark, &mark[1..]);
    }
    for l in labels.iter().filter(|l| !l.fr.is_empty()) {
        out = out.replace(&format!(" ({})", l.en), "");
    }
    for english in TOOL_NAMES {
        out = out.replace(&format!(" ({english})"), "");
    }
    // Template syntax: a placeholder reads as a lower-case word, an optional segment as nothing.
    let mut clean = String::with_capacity(out.len());
    let mut depth = 0;
    for c in out.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    clean.push('x');
                }
                depth += 1
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => clean.push(c),
        }
    }
    clean
}

/// English names of the tools that the French texts give in parentheses after the French ones.
const TOOL_NAMES: &[&str] = &[
    "Lync Server Topology Builder",
    "Skype for Business Server Topology Builder",
    "Skype for Business Server Management Shell",
    "Skype for Business Server",
    "Step 2: Setup or Remove Lync Server Components",
    "Step 2: Setup or Remove Skype for Business Server Components",
    "Administrators",
];

/// Proper names that may follow a colon with a capital.
const PROPER: &[&str] = &[
    "Microsoft",
    "Lync",
    "Skype",
    "Windows",
    "SQL",
    "PowerShell",
    "Active",
    "Edge",
    "True",
    "False",
    "Standard",
    "Enterprise",
    "Always",
    "Exchange",
    "Office",
    "Administrateurs",
];

/// Typography faults of one French prose text.
fn typography(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut faults = Vec::new();
    let near = |i: usize| -> String {
        chars[i.saturating_sub(20)..(i + 20).min(chars.len())]
            .iter()
            .collect()
    };
    let bold_at = |i: usize| chars[..i].iter().collect::<String>().matches("**").count() % 2 == 1;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        match c {
            ':' | ';' | '?' | '!' => {
                // Punctuation (not a drive letter, a URL, a time or `service:Name`).
                let punctuation = next.is_none_or(|n| n.is_whitespace() || "*)»\"".contains(n));
                if punctuation && !matches!(prev, Some(NBSP | NNBSP)) {
                    faults.push(format!("no no-break space before « {c} »: …{}…", near(i)));
                }
                // Inside a bold label the colon is Microsoft's; ending a bold lead
                // (« **Attention :** ») it is ours.
                let lead = next == Some('*');
                if c == ':' && punctuation && (lead || !bold_at(i)) {
                    // After a lead, the text; elsewhere a bold label may follow (Microsoft's).
                    let rest = chars[i + 1..].iter().skip(if lead { 2 } else { 0 });
                    let word: String = rest
                        .skip_while(|c| c.is_whitespace())
                        .take_while(|c| c.is_alphanumeric() || "-._".contains(**c))
                        .collect();
                    let word = word.trim_end_matches(['.', '_']);
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    // An identifier (PowerShell, a group, a file) keeps its capitals.
                    let identifier = word.chars().skip(1).any(char::is_uppercase)
                        || word.contains(['-', '.', '_'])
                        || word.chars().any(|c| c.is_ascii_digit());
                    // A wizard step's label: « Étape 1 : Installer … ».
                    let before: String = chars[i.saturating_sub(9)..i].iter().collect();
                    let wizard_step = before.contains("Étape");
                    if capital && !identifier && !wizard_step && !PROPER.contains(&word) {
                        faults.push(format!("capital after a colon: …{}…", near(i)));
                    }
                }
            }
            '«' if !matches!(next, Some(NBSP | NNBSP)) => {
                faults.push(format!("no no-break space after «: …{}…", near(i)))
            }
            '»' if !matches!(prev, Some(NBSP | NNBSP)) => {
                faults.push(format!("no no-break space before »: …{}…", near(i)))
            }
            '\'' => faults.push(format!("straight apostrophe: …{}…", near(i))),
            _ => {}
        }
    }
    faults
}

/// Forbidden variants of the glossary's terms found in a French prose text.
fn terminology(text: &str, glossary: &[Term]) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut faults = Vec::new();
    for term in glossary {
        for variant in &term.forbidden {
            let v = variant.to_lowercase();
            let whole = lower.match_indices(&v).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + v.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            });
            if whole {
                faults.push(format!("« {variant} »: say « {} »", term.term));
            }
        }
    }
    faults
}

/// Bold segments of a French text (before rendering) that are not a French console label: an
/// English label of the table, or a label the table does not know.
fn console_labels(text: &str, labels: &[Label]) -> Vec<String> {
    let mut faults = Vec::new();
    for (n, segment) in text.split("**").enumerate() {
        if n % 2 == 0 || segment.starts_with('{') {
            continue;
        }
        let french = labels.iter().any(|l| l.fr == segment);
        let kept = labels.iter().any(|l| l.fr.is_empty() && l.en == segment);
        if !french && !kept {
            let english = labels.iter().any(|l| l.en == segment);
            faults.push(if english {
                format!("English label without its French one: **{segment}**")
            } else {
                format!("bold text that is not a console label of labels.toml: **{segment}**")
            });
        }
    }
    faults
}

/// Every fault of every French text, by lint.
fn faults() -> [(&'static str, Vec<String>); 3] {
    let labels = labels();
    let glossary = glossary();
    let (mut typo, mut terms, mut console) = (Vec::new(), Vec::new(), Vec::new());
    for (key, text) in french_texts() {
        let clean = prose(&text, &labels);
        typo.extend(
            typography(&clean)
                .into_iter()
                .map(|f| format!("{key}: {f}")),
        );
        // Console labels are Microsoft's words, not ours: the glossary reads around them.
        let unlabelled: String = clean
            .split("**")
            .enumerate()
            .filter(|(n, _)| n % 2 == 0)
            .map(|(_, part)| part)
            .collect::<Vec<_>>()
            .join(" ");
        terms.extend(
            terminology(&unlabelled, &glossary)
                .into_iter()
                .map(|f| format!("{key}: {f}")),
        );
        if !key.starts_with("binder ") {
            console.extend(
                console_labels(&text, &labels)
                    .into_iter()
                    .map(|f| format!("{key}: {f}")),
            );
        }
    }
    [
        ("typography", typo),
        ("glossary", terms),
        ("console labels", console),
    ]
}

#[test]
fn every_french_text_uses_french_labels_one_term_per_concept_and_french_typography() {
    let all = faults();
    for (lint, found) in &all {
        eprintln!("french lint: {lint}: {} faults", found.len());
    }
    let report: Vec<String> = all
        .iter()
        .filter(|(_, found)| !found.is_empty())
        .map(|(lint, found)| format!("{lint}: {} faults\n{}", found.len(), found.join("\n")))
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn every_label_is_sourced() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let file: Labels = content::schema::read(root, "labels.toml").expect("labels.toml");
    assert!(file.labels.len() >= 40);
    for label in &file.labels {
        let fr = label.local.get("fr").map_or("", String::as_str);
        if !fr.is_empty() {
            let commit = label.source.rsplit(" @ ").next().unwrap_or("");
            assert!(
                commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit()),
                "{label:?}: source with its commit"
            );
            // The apostrophe is normalised to ’ (one style); the quote keeps Microsoft's.
            assert!(
                label.quote.replace('\'', "’").contains(fr)
                    || label.quote.starts_with("[kept in English"),
                "{label:?}: the quote shows the label"
            );
        }
    }
}

#[test]
fn control_each_lint_catches_a_planted_error() {
    let labels = labels();
    let glossary = glossary();
    let bad = "Ouvrez le Topology Builder : Cliquez sur « OK» ; c'est fini !";
    let typo = typography(&prose(bad, &labels));
    for needle in [
        "no no-break space before « : »",
        "capital after a colon",
        "no no-break space before »",
        "straight apostrophe",
        "no no-break space before « ! »",
    ] {
        assert!(
            typo.iter().any(|f| f.contains(needle)),
            "{needle}: {typo:?}"
        );
    }
    assert!(typography(&prose("Ouvrez-le\u{a0}: c’est «\u{a0}OK\u{a0}».", &labels)).is_empty());
    // A drive, a URL and a cmdlet parameter are not punctuation.
    assert!(typography(&prose("Copiez dans C:\\LyncRestore (https://learn.microsoft.com) avec service:ApplicationServer.", &labels)).is_empty());
    assert!(!terminology("le principal perdu", &glossary).is_empty());
    assert!(!terminology("Dans Topology Builder, publiez.", &glossary).is_empty());
    assert!(terminology("le serveur principal et sa base primaire", &glossary).is_empty());
    assert!(!console_labels("Cliquez sur **Save**.", &labels).is_empty());
    assert!(!console_labels("Cliquez sur **Sauvegarder**.", &labels).is_empty());
    assert!(console_labels("Cliquez sur **Enregistrer** (Save).", &labels).is_empty());
}
