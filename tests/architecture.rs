//! The layout's rules, each with a control that plants a violation and sees it caught: the
//! engine (`src/plan/`) and the page state (`src/state/`) name no browser, UI framework, clock or
//! randomness API; every module of the library has a stage, and a module names (through
//! `crate::`, `super::`, `self::` or a module it declares, `use` groups expanded) only its own
//! stage and earlier ones, so the engine never uses the page state or the UI and the layout has
//! no dependency circle; the planner runs no name check; and no source file of ours writes an
//! inline `style=` or a script (strict CSP).

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::module_paths::{code_only, module_of, named_paths};

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

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// What pure code may not name: a browser, UI framework, clock or randomness API.
const FORBIDDEN: &[&str] = &[
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

/// The words of `words` that `text` mentions.
fn mentioned(words: &[&'static str], text: &str) -> Vec<&'static str> {
    words.iter().copied().filter(|w| text.contains(w)).collect()
}

/// The forbidden names `text` mentions (comments included: the pure modules do not even say them).
fn impure_names(text: &str) -> Vec<&'static str> {
    mentioned(FORBIDDEN, text)
}

#[test]
fn the_engine_and_the_page_state_use_no_browser_ui_clock_or_randomness() {
    let mut files = rust_files(&src().join("plan"));
    let engine = files.len();
    files.extend(rust_files(&src().join("state")));
    assert!(engine >= 8 && files.len() > engine, "found both modules");
    for file in files {
        // What a string says (a French text, a generated table: « synchronous ») is not code.
        let text = code_only(&fs::read_to_string(&file).expect("read"));
        let names = impure_names(&text);
        assert!(
            names.is_empty(),
            "{} mentions {names:?}: it must stay pure",
            file.display()
        );
    }
}

#[test]
fn control_a_pure_module_naming_the_browser_or_a_clock_is_caught() {
    assert_eq!(impure_names("use yew::prelude::*;"), ["yew"]);
    assert_eq!(
        impure_names("let t = std::time::SystemTime::now();"),
        ["SystemTime"]
    );
    assert!(impure_names("use crate::plan::Session;").is_empty());
}

/// What a page of ours may not carry under a strict CSP: an inline style or script.
fn inline_style_or_script(text: &str) -> Option<&'static str> {
    [" style=", "<script"]
        .into_iter()
        .find(|bad| text.contains(bad))
}

#[test]
fn no_inline_styles_or_scripts_of_ours() {
    for file in rust_files(&src()) {
        let text = fs::read_to_string(&file).expect("read");
        assert_eq!(
            inline_style_or_script(&text),
            None,
            "{} writes an inline style or script",
            file.display()
        );
    }
    let index = fs::read_to_string(src().join("../index.html")).expect("index.html");
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

#[test]
fn control_an_inline_style_or_script_is_caught() {
    assert_eq!(
        inline_style_or_script(r#"html! { <p style="color: red">{ "x" }</p> }"#),
        Some(" style=")
    );
    assert_eq!(
        inline_style_or_script("<script>alert(1)</script>"),
        Some("<script")
    );
    assert_eq!(inline_style_or_script(r#"<p class="x">"#), None);
}

/// The library's stages in data-flow order: a module may name its own stage and earlier ones,
/// never a later one. The engine's stages come first, then its API (`plan`, which re-exports
/// them all), then the page state (which may use the engine), the UI, and the crate root. A
/// stage with stages under it (`plan`, `state`, the root) is its own file only.
const STAGES: &[&str] = &[
    "plan::texts",
    "plan::description",
    "plan::planning",
    "plan::formats",
    "plan::import",
    "plan::readiness",
    "plan",
    "state::workspace",
    "state::app_state",
    "state",
    "ui",
    "",
];

fn segments(stage: &str) -> Vec<&str> {
    stage.split("::").filter(|s| !s.is_empty()).collect()
}

/// The rank of the stage a path (a module, or an item in one) belongs to: the longest stage it
/// is in.
fn stage_of_path(path: &[String]) -> usize {
    (0..STAGES.len())
        .filter(|&rank| {
            let stage = segments(STAGES[rank]);
            stage.len() <= path.len() && stage.iter().zip(path).all(|(a, b)| a == b)
        })
        .max_by_key(|&rank| segments(STAGES[rank]).len())
        .unwrap_or(STAGES.len() - 1)
}

/// The rank of the stage a module (a file's) is, if it has one: a stage's own module or one
/// under it, but under a stage with stages of its own only those.
fn stage_of_module(module: &[String]) -> Option<usize> {
    let rank = stage_of_path(module);
    let stage = segments(STAGES[rank]);
    let has_stages_under = STAGES.iter().any(|s| {
        let under = segments(s);
        under.len() > stage.len() && under.starts_with(&stage)
    });
    (!has_stages_under || stage.len() == module.len()).then_some(rank)
}

/// The paths `text` (the file of `module`) names that belong to a later stage than its own.
fn later_stages_named(module: &[String], text: &str) -> Vec<String> {
    let own = stage_of_module(module).unwrap_or(0);
    named_paths(text, module)
        .into_iter()
        .filter(|path| stage_of_path(path) > own)
        .map(|path| path.join("::"))
        .collect()
}

/// A file's text with the generated code it includes (`include!("generated/…")`, relative to
/// the file): that code is part of the including module.
fn with_generated(file: &Path, text: String) -> String {
    let dir = file.parent().expect("a file's folder");
    let generated = text
        .split("include!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|name| fs::read_to_string(dir.join(name)).expect("generated"))
        .collect::<String>();
    text + &generated
}

/// The library's files and their modules; the binaries (`main.rs`, `bin/`) are crates of
/// their own, which use the library from outside.
fn library_files() -> Vec<(PathBuf, Vec<String>)> {
    rust_files(&src())
        .into_iter()
        .filter_map(|file| {
            let under = file.strip_prefix(src()).expect("under src").to_path_buf();
            let binary = under.starts_with("bin") || under == Path::new("main.rs");
            // Generated files are not modules: each is read with the module that includes it.
            let generated = under.components().any(|c| c.as_os_str() == "generated");
            (!binary && !generated).then(|| (file, module_of(&under)))
        })
        .collect()
}

fn module(path: &str) -> Vec<String> {
    module_of(Path::new(path))
}

#[test]
fn every_module_of_the_library_has_a_stage() {
    let files = library_files();
    assert!(files.len() >= 60, "found the library's files");
    for (file, module) in files {
        assert!(
            stage_of_module(&module).is_some(),
            "{} ({}) has no stage: add it to STAGES",
            file.display(),
            module.join("::")
        );
    }
}

#[test]
fn control_a_module_without_a_stage_is_caught() {
    assert_eq!(stage_of_module(&module("plan/fresh.rs")), None);
    assert_eq!(stage_of_module(&module("other/mod.rs")), None);
    assert_eq!(stage_of_module(&module("state/fresh.rs")), None);
    assert!(stage_of_module(&module("plan/mod.rs")).is_some());
    assert!(stage_of_module(&module("plan/import/raw.rs")).is_some());
    assert!(stage_of_module(&module("ui/components/header.rs")).is_some());
    assert!(stage_of_module(&module("lib.rs")).is_some());
}

#[test]
fn every_module_names_only_its_own_stage_and_earlier_ones() {
    let mut checked = 0;
    for (file, module) in library_files() {
        let text = with_generated(&file, fs::read_to_string(&file).expect("read"));
        let later = later_stages_named(&module, &text);
        assert!(
            later.is_empty(),
            "{} ({}) names the later stage(s) of {later:?}",
            file.display(),
            module.join("::")
        );
        checked += named_paths(&text, &module).len();
    }
    assert!(checked >= 300, "checked {checked} paths");
}

#[test]
fn control_a_stage_naming_a_later_one_is_caught() {
    let description = module("plan/description/edit.rs");
    assert_eq!(
        later_stages_named(
            &description,
            "use crate::plan::formats::codec::decode_file;"
        ),
        ["plan::formats::codec::decode_file"]
    );
    assert!(
        later_stages_named(
            &module("plan/formats/store.rs"),
            "use crate::plan::planning::checklist::Checklist;"
        )
        .is_empty()
    );
    // Through `super::`, a group, the engine's API, or a module the file declares.
    assert_eq!(
        later_stages_named(&description, "use super::super::formats::codec;"),
        ["plan::formats::codec"]
    );
    assert_eq!(
        later_stages_named(
            &description,
            "use crate::plan::{texts::lang::Lang, planning::{flags::Flag, checklist}};"
        ),
        ["plan::planning::flags::Flag", "plan::planning::checklist"]
    );
    assert_eq!(
        later_stages_named(&description, "let t = crate::plan::Texts::english();"),
        ["plan::Texts::english"]
    );
    assert_eq!(
        later_stages_named(
            &module("plan/texts/mod.rs"),
            "mod extra { pub fn f() {} }\nfn g() { super::formats::x(); extra::f(); }"
        ),
        ["plan::formats::x"]
    );
}

#[test]
fn control_the_engine_using_the_page_state_or_the_state_the_ui_is_caught() {
    assert_eq!(
        later_stages_named(
            &module("plan/formats/store.rs"),
            "use crate::state::Workspace;"
        ),
        ["state::Workspace"]
    );
    assert_eq!(
        later_stages_named(&module("plan/mod.rs"), "pub use crate::state::AppState;"),
        ["state::AppState"]
    );
    assert_eq!(
        later_stages_named(
            &module("state/workspace.rs"),
            "use super::app_state::AppAction;"
        ),
        ["state::app_state::AppAction"]
    );
    assert_eq!(
        later_stages_named(
            &module("state/app_state.rs"),
            "fn now() -> String { crate::ui::browser::now_text() }"
        ),
        ["ui::browser::now_text"]
    );
    assert!(
        later_stages_named(
            &module("state/app_state.rs"),
            "use super::workspace::Slot; use crate::plan::formats::store::Store;"
        )
        .is_empty()
    );
}

#[test]
fn control_a_test_module_comments_and_strings_are_read_as_they_are() {
    let store = module("plan/formats/store.rs");
    // `super::*` in an inline test module is the file's own module, not its parent.
    assert!(later_stages_named(&store, "mod tests {\n use super::*;\n}").is_empty());
    assert_eq!(
        later_stages_named(
            &store,
            "mod tests { mod deeper { use super::super::super::super::import::X; } }"
        ),
        ["plan::import::X"]
    );
    // Prose and text name nothing; code after them still counts.
    assert!(
        later_stages_named(
            &store,
            "/// See [`crate::state::Workspace`].\n// crate::ui::App\nconst S: &str = \"crate::ui::x\";\nconst C: char = '{';"
        )
        .is_empty()
    );
    assert_eq!(
        later_stages_named(
            &store,
            "const R: &str = r#\"crate::ui::x \"quoted\" \"#; fn f<'a>(x: &'a str) { crate::ui::y(x) }"
        ),
        ["ui::y"]
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
    mentioned(NAME_CHECKS, text)
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
