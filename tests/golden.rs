//! Golden checklists: each plan in `tests/fixtures/plans/` is planned and written as a readable
//! outline (sections, step ids, where each runs, commands) that must equal the reviewed file in
//! `tests/golden/`, and as the whole French binder (`tests/golden/fr/`, its Markdown). Any change
//! to the plans or to a French text shows up as a diff of those files.
//! Regenerate after a reviewed change with `UPDATE_GOLDEN=1 cargo test golden::`.

use lync_restore::plan::Texts;
use lync_restore::plan::formats::json_text::SerdeJson;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use lync_restore::plan::formats::codec::decode_file;
use lync_restore::plan::{
    Checklist, DocLink, Lang, Version, build_session_checklist, to_markdown, validate,
};

/// A page cited, with its mark when a later version follows it adapted.
fn cited(doc: &DocLink) -> String {
    if doc.adapted {
        format!("{} [adapted]", doc.slug)
    } else {
        doc.slug.to_string()
    }
}

fn outline(name: &str, list: &Checklist, findings: &[String]) -> String {
    let mut out = format!("# {name}: {} steps\n", list.step_count());
    if list.version != Version::Lync2013 {
        let _ = writeln!(out, "version: {}", list.version.key());
    }
    for finding in findings {
        let _ = writeln!(out, "finding: {finding}");
    }
    if !list.missing.is_empty() {
        let _ = writeln!(out, "missing: {}", list.missing.join(", "));
    }
    for section in &list.sections {
        let _ = writeln!(
            out,
            "\n[{}] {} :: {} ({})",
            section.id,
            section.procedure,
            section.title,
            cited(&section.doc)
        );
        for step in &section.steps {
            let _ = writeln!(out, "  {:>2}. {}  @ {}", step.number, step.id, step.runs_on);
            if step.doc.slug != section.doc.slug {
                let _ = writeln!(out, "        > {}", cited(&step.doc));
            }
            if let Some(cmd) = &step.command {
                for line in cmd.lines() {
                    let _ = writeln!(out, "        $ {line}");
                }
            }
            if step.caution.is_some() {
                let _ = writeln!(out, "        ! caution");
            }
        }
    }
    out
}

#[test]
fn every_scenario_matches_its_reviewed_checklist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut names: Vec<_> = fs::read_dir(root.join("fixtures/plans"))
        .expect("fixtures dir")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    assert!(
        names.len() >= 15,
        "at least 15 golden scenarios, found {}",
        names.len()
    );
    let mut mismatches = Vec::new();
    for path in names {
        let name = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        let session = decode_file(&SerdeJson, &fs::read(&path).expect("read")).expect("plan json");
        let texts = Texts::built_in(Lang::En);
        let findings: Vec<String> = std::iter::once(&session.plan)
            .chain(&session.site)
            .flat_map(validate)
            .map(|issue| format!("{}: {}", issue.field, texts.render(&issue.message())))
            .collect();
        let list = build_session_checklist(&session, texts);
        // A scenario named "refused" is a plan the product cannot have: findings, no sections.
        // One named "asks" has a finding that asks a question and still gets its binder.
        if name.contains("refused") {
            assert!(
                !findings.is_empty() && list.sections.is_empty(),
                "{name}: a refused plan has findings and no checklist"
            );
        } else if name.contains("asks") {
            assert!(
                !findings.is_empty() && !list.sections.is_empty(),
                "{name}: a plan that asks has findings and a checklist"
            );
        } else {
            assert_eq!(
                findings,
                Vec::<String>::new(),
                "{name}: golden plans must be valid"
            );
            assert!(
                list.missing.is_empty(),
                "{name}: a valid plan leaves nothing missing: {:?}",
                list.missing
            );
        }
        // The outline, and the whole French binder (every title, body and caution as printed),
        // so that every change of a French text is a reviewed diff.
        let french = Texts::built_in(Lang::Fr);
        let files = [
            (format!("{name}.txt"), outline(&name, &list, &findings)),
            (
                format!("fr/{name}.md"),
                to_markdown(&build_session_checklist(&session, french), french),
            ),
        ];
        for (file, actual) in files {
            let golden = root.join("golden").join(&file);
            if update {
                fs::write(&golden, &actual).expect("write golden");
            } else if fs::read_to_string(&golden).ok().as_deref() != Some(actual.as_str()) {
                mismatches.push(format!(
                    "{file}: differs from {}\n--- actual ---\n{actual}",
                    golden.display()
                ));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
