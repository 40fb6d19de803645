//! Keeps the engine pure: nothing under `src/plan/` may name a browser, UI framework, clock or
//! randomness API, and no source file of ours may write an inline `style=` (strict CSP).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn the_engine_uses_no_browser_ui_clock_or_randomness() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let forbidden = [
        "yew",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "SystemTime",
        "Instant::now",
        "chrono",
        "rand::",
        "getrandom",
    ];
    let mut files = rust_files(&root.join("src/plan"));
    files.extend(rust_files(&root.join("src/state")));
    assert!(files.len() >= 8, "found the engine's files");
    for file in files {
        let text = fs::read_to_string(&file).expect("read");
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{} mentions {word}: the engine must stay pure",
                file.display()
            );
        }
    }
}

#[test]
fn no_inline_styles_or_scripts_of_ours() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in rust_files(&root.join("src")) {
        let text = fs::read_to_string(&file).expect("read");
        assert!(
            !text.contains(" style="),
            "{} sets an inline style",
            file.display()
        );
        assert!(
            !text.contains("<script"),
            "{} writes a script tag",
            file.display()
        );
    }
    let index = fs::read_to_string(root.join("index.html")).expect("index.html");
    assert!(!index.contains("style="), "index.html has an inline style");
    assert!(
        !index.contains("<script"),
        "index.html has an inline script of ours"
    );
    assert!(
        !index.contains("http://") && !index.contains("https://"),
        "index.html loads nothing from elsewhere"
    );
}

/// The engine's stages in data-flow order: a module may use its own stage and earlier ones,
/// never a later one (so the layout has no dependency circle).
const STAGES: &[&str] = &[
    "texts",
    "description",
    "planning",
    "formats",
    "import",
    "readiness",
];

/// The later stages `text` (a file of stage `stage`) names.
fn later_stages_named(stage: &str, text: &str) -> Vec<&'static str> {
    let rank = STAGES.iter().position(|s| *s == stage).unwrap_or(0);
    STAGES[rank + 1..]
        .iter()
        .copied()
        .filter(|later| text.contains(&format!("plan::{later}")))
        .collect()
}

#[test]
fn the_engine_stages_depend_only_on_earlier_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/plan");
    let mut checked = 0;
    for stage in STAGES {
        let dir = root.join(stage);
        let files = if dir.is_dir() {
            rust_files(&dir)
        } else {
            vec![root.join(format!("{stage}.rs"))]
        };
        for file in files {
            let text = fs::read_to_string(&file).expect("read");
            let later = later_stages_named(stage, &text);
            assert!(
                later.is_empty(),
                "{} ({stage}) uses the later stage(s) {later:?}",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "checked {checked} files");
}

#[test]
fn control_a_stage_using_a_later_one_is_caught() {
    assert_eq!(
        later_stages_named(
            "description",
            "use crate::plan::formats::codec::decode_file;"
        ),
        ["formats"]
    );
    assert!(
        later_stages_named(
            "formats",
            "use crate::plan::planning::checklist::Checklist;"
        )
        .is_empty()
    );
}

/// The name checks only the description may run: the planner takes a checked `Pool`.
const NAME_CHECKS: &[&str] = &[
    "check_fqdn",
    "check_instance",
    "check_unc",
    "Fqdn::parse",
    "Instance::parse",
    "Share::parse",
];

fn name_checks_in(text: &str) -> Vec<&'static str> {
    NAME_CHECKS
        .iter()
        .copied()
        .filter(|check| text.contains(check))
        .collect()
}

#[test]
fn the_planner_takes_checked_names_and_checks_none_itself() {
    let files = rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/plan/planning"));
    assert!(files.len() >= 6, "found the planner's files");
    for file in files {
        let text = fs::read_to_string(&file).expect("read");
        assert_eq!(
            name_checks_in(&text),
            Vec::<&str>::new(),
            "{} checks names again",
            file.display()
        );
    }
}

#[test]
fn control_a_planner_checking_a_name_is_caught() {
    assert_eq!(
        name_checks_in("match check_fqdn(raw) { Ok(()) => known(raw), Err(_) => marker() }"),
        ["check_fqdn"]
    );
}
