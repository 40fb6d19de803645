//! Every language, everywhere: each language's file in `src/content/texts/` has every text that
//! English has (the app's, from `en.toml`, and the catalogue's, from the catalogue), none empty,
//! with the same placeholders; every engine message is said in each language with every
//! placeholder filled. A third language is a new file there, checked by this test as it is.

use std::collections::BTreeMap;

use content::schema::texts::TextFile;

use lync_restore::plan::description::fqdn::NameProblem;
use lync_restore::plan::formats::codec::DecodeError;
use lync_restore::plan::formats::store::StoreProblem;
use lync_restore::plan::import::{ImportError, Product};
use lync_restore::plan::planning::template::placeholders;
use lync_restore::plan::texts::table::{ENGLISH, KEYS};
use lync_restore::plan::{Issue, IssueKind, Lang, Message, Texts};
use lync_restore::state::workspace::Notice;

/// Each message said in English and in French.
fn in_both(messages: impl IntoIterator<Item = Message>) -> Vec<(String, String)> {
    messages
        .into_iter()
        .map(|m| {
            (
                Texts::built_in(Lang::En).render(&m),
                Texts::built_in(Lang::Fr).render(&m),
            )
        })
        .collect()
}

/// A language's texts file (read through its schema) as `section.name` → text, and what the
/// language says when its texts are missing.
fn text_file(text: &str) -> (BTreeMap<String, String>, String) {
    let file: TextFile = content::schema::parse("texts", text).expect("a texts file");
    let texts = file.entries().map(|(k, t)| (k, t.to_string())).collect();
    (texts, file.language.missing)
}

/// What is wrong with a language's texts against English: missing or extra keys, empty texts,
/// other placeholders.
fn text_findings(
    english: &BTreeMap<String, String>,
    other: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut findings = Vec::new();
    for key in english.keys().filter(|k| !other.contains_key(*k)) {
        findings.push(format!("{key}: missing"));
    }
    for key in other.keys().filter(|k| !english.contains_key(*k)) {
        findings.push(format!("{key}: not in English"));
    }
    fn names(t: &str) -> (Vec<&str>, usize) {
        let mut names = placeholders(t);
        names.sort_unstable();
        (names, t.matches("**").count())
    }
    for (key, en) in english {
        let Some(text) = other.get(key) else { continue };
        if text.trim().is_empty() {
            findings.push(format!("{key}: empty"));
        }
        if names(en) != names(text) {
            findings.push(format!("{key}: other placeholders than English"));
        }
    }
    findings
}

fn texts_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/texts")
}

#[test]
fn every_language_has_every_text_with_the_same_placeholders() {
    let read = |path: &std::path::Path| text_file(&std::fs::read_to_string(path).expect("read"));
    // English: the app's texts (en.toml, the page's labels included) and the catalogue's.
    let mut english: BTreeMap<String, String> = KEYS
        .iter()
        .zip(ENGLISH)
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect();
    english.extend(read(&texts_dir().join("en.toml")).0);
    assert!(english.len() > 400, "{} texts", english.len());
    assert!(
        english.keys().any(|k| k.starts_with("step_body."))
            && english.keys().any(|k| k.starts_with("ui.")),
        "the catalogue's and the page's texts"
    );
    for (key, text) in &english {
        assert!(!text.trim().is_empty(), "{key}: English is empty");
    }
    let mut languages = 0;
    for entry in std::fs::read_dir(texts_dir()).expect("texts dir") {
        let path = entry.expect("entry").path();
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_string();
        if lang != "en" {
            let (texts, missing) = read(&path);
            assert_eq!(
                text_findings(&english, &texts),
                Vec::<String>::new(),
                "{lang}.toml"
            );
            assert!(
                !missing.trim().is_empty(),
                "{lang}.toml: language.missing says what the page says when its texts are missing"
            );
        }
        languages += 1;
    }
    assert!(languages >= 2, "{languages} languages");
}

#[test]
fn control_a_missing_text_and_a_changed_placeholder_are_caught() {
    let language = "[language]\ntag = \"x\"\nname = \"X\"\ndoc_locale = \"x\"\n";
    let english = text_file(&format!(
        "{language}[a]\nx = \"{{n}} servers\"\ny = \"Yes\"\nz = \"**Copy** it\"\n"
    ))
    .0;
    let planted = text_file(&format!(
        "{language}[a]\nx = \"{{count}} serveurs\"\nz = \"Copiez-le\"\nw = \"extra\"\n"
    ))
    .0;
    assert_eq!(
        text_findings(&english, &planted),
        [
            "a.y: missing",
            "a.w: not in English",
            "a.x: other placeholders than English",
            "a.z: other placeholders than English",
        ]
    );
    assert!(text_findings(&english, &english).is_empty());
}

#[test]
fn every_engine_message_is_in_both_languages() {
    let messages: Vec<(String, String)> = {
        let issue = |kind| Issue {
            field: "f".into(),
            kind,
        };
        let issues = [
            issue(IssueKind::Name(NameProblem::LeadingHyphen("-a".into()))),
            issue(IssueKind::NoServers),
            issue(IssueKind::TooManyServers(13, 12)),
            issue(IssueKind::Duplicate("a.b.c".into())),
            issue(IssueKind::NotAMember("a.b.c".into())),
            issue(IssueKind::NothingFailed),
            issue(IssueKind::PoolNameIsServer),
        ];
        let names = [
            NameProblem::Empty,
            NameProblem::NotQualified,
            NameProblem::TooLong,
            NameProblem::EmptyLabel,
            NameProblem::LabelTooLong("x".into()),
            NameProblem::TrailingHyphen("a-".into()),
            NameProblem::BadCharacter('_'),
            NameProblem::NumericTld,
            NameProblem::NotUnc,
            NameProblem::BadInstance(' '),
            NameProblem::InstanceTooLong,
        ];
        let decode = [
            DecodeError::Empty,
            DecodeError::TooLarge { size: 5, limit: 4 },
            DecodeError::NotALink,
            DecodeError::Damaged,
            DecodeError::NotJson { line: 1, column: 2 },
            DecodeError::NotJson { line: 0, column: 0 },
            DecodeError::NotAPlan,
            DecodeError::NewerVersion(9),
            DecodeError::BadField("x".into()),
            DecodeError::TooManyServers(300),
        ];
        let import = [
            ImportError::Empty,
            ImportError::TooLarge {
                size: 9 << 20,
                limit: 8 << 20,
            },
            ImportError::Zip,
            ImportError::NotText,
            ImportError::Xml {
                message: "m".into(),
                line: 1,
                column: 1,
            },
            ImportError::Dtd,
            ImportError::TooManyNodes,
            ImportError::NotATopology {
                root: "html".into(),
            },
            ImportError::UnknownNamespace("urn:x".into()),
        ];
        let notices = [
            Notice::Store(StoreProblem::Dropped(1)),
            Notice::Store(StoreProblem::Unreadable(DecodeError::Damaged)),
            Notice::BadLink(DecodeError::Damaged),
            Notice::LinkOpened { same_pool: None },
            Notice::LinkOpened {
                same_pool: Some(("p1".into(), "n".into())),
            },
            Notice::Migrated,
            Notice::Imported("n".into()),
        ];
        let mut all = in_both(issues.iter().map(Issue::message));
        all.extend(in_both(names.iter().map(NameProblem::message)));
        all.extend(in_both(decode.iter().map(DecodeError::message)));
        all.extend(in_both(import.iter().map(ImportError::message)));
        all.extend(in_both(notices.iter().map(Notice::message)));
        all.extend(in_both([
            Product::Unknown(Some(9)).name(),
            Product::Unknown(None).name(),
        ]));
        all
    };
    for (en, fr) in messages {
        assert!(!en.is_empty() && !fr.is_empty());
        assert_ne!(en, fr, "not translated: {en}");
        // Every placeholder of the text was given a value by the engine.
        assert!(
            !en.contains('{') && !fr.contains('{'),
            "a placeholder left: {en} / {fr}"
        );
    }
}
