//! The generated files (`src/plan/*/generated/`) are what the content compiler (`build/`) makes of
//! `src/content/` today: a content change without `cargo run -p lync-restore-content` fails here,
//! naming the stale files. The compiler's own refusals have controls: each planted fault in the
//! content is refused with its reason, so the generated code always compiles.

use std::path::Path;

use content::schema::{self, catalogue::Catalogue, flags::Flags, versions::Versions};
use content::write::flags::{unknown_flags, vocabulary_problems};
use lync_restore::plan::KNOWN_FLAGS;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_generated_files_are_current() {
    let outputs = content::generate(root()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(outputs.len() >= 8, "every generated file");
    let stale = content::stale(root(), &outputs);
    assert!(
        stale.is_empty(),
        "stale generated files (run `cargo run -p lync-restore-content`):\n{}",
        stale.join("\n")
    );
}

#[test]
fn control_a_stale_or_stray_generated_file_is_found() {
    let mut outputs = content::generate(root()).expect("generates");
    outputs[0].text.push_str("// edited by hand\n");
    let path = outputs[0].path.clone();
    outputs.pop();
    let stale = content::stale(root(), &outputs);
    assert!(stale.contains(&path), "{stale:?}");
    assert!(
        stale.iter().any(|s| s.ends_with("(nothing generates it)")),
        "{stale:?}"
    );
}

fn read(name: &str) -> String {
    std::fs::read_to_string(root().join("src/content").join(name)).expect("content file")
}

#[test]
fn control_a_misspelled_flag_is_refused() {
    let flags: Flags = schema::read(root(), "flags.toml").expect("flags");
    let catalogue: Catalogue = schema::read(root(), "catalogue.toml").expect("catalogue");
    let versions: Versions = schema::read(root(), "versions.toml").expect("versions");
    assert_eq!(
        unknown_flags(&flags, &catalogue, &versions),
        Vec::<String>::new()
    );
    assert_eq!(vocabulary_problems(&flags), Vec::<String>::new());
    // The `Flag` type is exactly the vocabulary.
    let names: Vec<&str> = flags.flags.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(KNOWN_FLAGS, names.as_slice());
    // A step and a version difference naming a flag outside the vocabulary.
    let planted = read("catalogue.toml").replacen("when = [\"", "when = [\"front_end_pol\", \"", 1);
    let catalogue: Catalogue = schema::parse("catalogue.toml", &planted).expect("parses");
    let planted = read("versions.toml").replacen("flag = \"sfb\"", "flag = \"sfbb\"", 1);
    let versions: Versions = schema::parse("versions.toml", &planted).expect("parses");
    let unknown = unknown_flags(&flags, &catalogue, &versions);
    assert!(
        unknown.iter().any(|u| u.contains("when: front_end_pol")),
        "{unknown:?}"
    );
    assert!(
        unknown.iter().any(|u| u.contains("flag: sfbb")),
        "{unknown:?}"
    );
    // A flag defined twice.
    let twice = format!(
        "{}\n[[flags]]\nid = \"sfb\"\nwhat = \"again\"\n",
        read("flags.toml")
    );
    let twice: Flags = schema::parse("flags.toml", &twice).expect("parses");
    assert!(
        vocabulary_problems(&twice)
            .iter()
            .any(|p| p.contains("twice"))
    );
}

#[test]
fn control_unknown_fields_and_missing_texts_are_refused() {
    // Every schema refuses a field it does not know.
    let planted = read("catalogue.toml").replacen("[[steps]]\n", "[[steps]]\nrun_on = \"x\"\n", 1);
    let err = schema::parse::<Catalogue>("catalogue.toml", &planted).expect_err("refused");
    assert!(err.contains("unknown field `run_on`"), "{err}");
    let planted =
        read("versions.toml").replacen("[[versions]]\n", "[[versions]]\nmirrored = true\n", 1);
    let err = schema::parse::<Versions>("versions.toml", &planted).expect_err("refused");
    assert!(err.contains("unknown field `mirrored`"), "{err}");
    // A version without its texts, a version twice.
    let mut versions: Versions = schema::read(root(), "versions.toml").expect("versions");
    let mut new = versions.versions[0].clone();
    new.key = "sfb2027".into();
    new.variant = "SfB2027".into();
    versions.versions.push(new.clone());
    versions.versions.push(new);
    let english = vec!["product.lync2013".to_string()];
    let problems = content::write::versions::problems(&versions, &english);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("needs the text product.sfb2027")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("needs the text sql_versions.lync2013")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"sfb2027\" twice")),
        "{problems:?}"
    );
}
