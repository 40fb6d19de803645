//! The content compiler. Reads the human-edited content of `src/content/` through its schemas
//! (`schema`, one module per file, shared with the lints) and writes what the app is built from
//! (`write`, one module per generated file): Rust statics, committed under each engine stage's
//! `generated/` folder so the generated API can be read and grepped, and each language's pack,
//! which the Trunk post-build hook publishes. It never writes anywhere else.
//!
//! Guarantees: content that does not fit its schema, names an unknown step, place, flag or
//! version text, or leaves a language without a text is an `Err` listing every fault, so the
//! generated code always compiles; the same content always gives the same bytes.

pub mod schema;
pub mod write;

use std::path::Path;

use schema::backup::Backup;
use schema::catalogue::Catalogue;
use schema::flags::Flags;
use schema::labels::Labels;
use schema::on_demand::OnDemand;
use schema::texts::TextFile;
use schema::versions::Versions;
use write::catalogue::Keys;

/// One generated file: its path under the repository root, and its content.
pub struct Output {
    /// Relative to the repository root.
    pub path: String,
    /// What it must hold.
    pub text: String,
}

/// The folders that hold generated files and nothing else.
pub const GENERATED_DIRS: &[&str] = &[
    "src/plan/texts/generated",
    "src/plan/description/generated",
    "src/plan/planning/generated",
    "src/plan/readiness/generated",
];

/// Every generated file, from the content under `root`, or every fault found.
pub fn generate(root: &Path) -> Result<Vec<Output>, Vec<String>> {
    let one = |e: String| vec![e];
    let flags: Flags = schema::read(root, "flags.toml").map_err(one)?;
    let mut catalogue: Catalogue = schema::read(root, "catalogue.toml").map_err(one)?;
    let versions: Versions = schema::read(root, "versions.toml").map_err(one)?;
    let backup: Backup = schema::read(root, "backup.toml").map_err(one)?;
    let labels: Labels = schema::read(root, "labels.toml").map_err(one)?;
    let on_demand: OnDemand = schema::read(root, "on_demand.toml").map_err(one)?;
    let files = text_files(root).map_err(one)?;

    let mut problems = write::flags::vocabulary_problems(&flags);
    problems.extend(write::flags::unknown_flags(&flags, &catalogue, &versions));
    problems.extend(write::catalogue::sort_and_check(&mut catalogue));
    problems.extend(write::backup::problems(&backup));
    let langs = write::texts::languages(files, &labels);
    match langs.first() {
        Some(en) if en.file.language.tag == "en" => {}
        _ => problems.push("src/content/texts/en.toml: no English texts file".into()),
    }
    for l in &langs {
        let path = format!("src/content/texts/{}.toml", l.file.language.tag);
        if !root.join(&path).is_file() {
            problems.push(format!("{path}: language.tag must be the file's name"));
        }
    }
    for label in &labels.labels {
        for tag in label.local.keys() {
            if !langs.iter().any(|l| &l.file.language.tag == tag) {
                problems.push(format!(
                    "labels.toml: label {:?} has {tag:?}, which is not a language of src/content/texts/",
                    label.en
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let english_keys: Vec<String> = langs[0].texts.iter().map(|(k, _)| k.clone()).collect();
    problems.extend(write::versions::problems(&versions, &english_keys));
    let keys = Keys::assign(&catalogue, write::texts::app_count(&langs[0]));
    let deferred = write::texts::on_demand(&catalogue, &on_demand).unwrap_or_else(|e| {
        problems.extend(e);
        Vec::new()
    });
    let texts = write::texts::write_texts(&langs, &keys, &deferred).unwrap_or_else(|e| {
        problems.extend(e);
        write::texts::Written {
            rust: String::new(),
            packs: Vec::new(),
        }
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = vec![
        output(
            "src/plan/texts/generated/lang.rs",
            write::texts::write_lang(&langs),
        ),
        output("src/plan/texts/generated/texts.rs", texts.rust),
        output(
            "src/plan/planning/generated/catalogue.rs",
            write::catalogue::write(&catalogue, &keys),
        ),
        output(
            "src/plan/planning/generated/flag.rs",
            write::flags::write(&flags, &versions),
        ),
        output(
            "src/plan/description/generated/version.rs",
            write::versions::write(&versions),
        ),
        output(
            "src/plan/readiness/generated/backup.rs",
            write::backup::write(&backup),
        ),
    ];
    for (name, pack) in texts.packs {
        out.push(output(
            &format!("src/plan/texts/generated/pack-{name}.txt"),
            pack,
        ));
    }
    Ok(out)
}

fn output(path: &str, text: String) -> Output {
    Output {
        path: path.to_string(),
        text,
    }
}

/// Every file of `src/content/texts/`, read through its schema.
fn text_files(root: &Path) -> Result<Vec<TextFile>, String> {
    let dir = root.join("src/content/texts");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| schema::read(root, &format!("texts/{n}")))
        .collect()
}

/// What differs between the generated files on disk under `root` and `outputs`: each stale or
/// missing file, and each file of a generated folder that nothing generates any more.
pub fn stale(root: &Path, outputs: &[Output]) -> Vec<String> {
    let mut stale: Vec<String> = outputs
        .iter()
        .filter(|o| std::fs::read_to_string(root.join(&o.path)).ok().as_deref() != Some(&o.text))
        .map(|o| o.path.clone())
        .collect();
    for dir in GENERATED_DIRS {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !outputs.iter().any(|o| o.path == path) {
                stale.push(format!("{path} (nothing generates it)"));
            }
        }
    }
    stale
}
