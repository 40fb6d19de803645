//! Both languages, everywhere: every UI string, catalogue text and engine message exists in
//! English and French, and a text's placeholders are the same in both.

use std::collections::BTreeMap;

use lync_restore::plan::description::fqdn::NameProblem;
use lync_restore::plan::formats::codec::DecodeError;
use lync_restore::plan::formats::store::StoreProblem;
use lync_restore::plan::import::ImportError;
use lync_restore::plan::planning::template::placeholders;
use lync_restore::plan::workspace::Notice;
use lync_restore::plan::{Catalogue, Issue, IssueKind, Lang, Text};
use lync_restore::ui::strings::ALL;

fn same_placeholders(what: &str, en: &str, fr: &str) {
    let count = |t: &str| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for p in placeholders(t) {
            *m.entry(p.to_string()).or_default() += 1;
        }
        m
    };
    assert_eq!(
        count(en),
        count(fr),
        "{what}: placeholders differ between English and French"
    );
    assert_eq!(
        en.matches("**").count(),
        fr.matches("**").count(),
        "{what}: UI label marks differ"
    );
}

fn both(what: &str, text: &Text) {
    assert!(!text.en.trim().is_empty(), "{what}: English missing");
    let fr = text.fr.text().unwrap_or_default();
    assert!(!fr.trim().is_empty(), "{what}: French missing");
    same_placeholders(what, text.en, fr);
}

/// Each item's message in English and in French.
fn in_both<T>(items: &[T], message: impl Fn(&T, Lang) -> String) -> Vec<(String, String)> {
    items
        .iter()
        .map(|i| (message(i, Lang::En), message(i, Lang::Fr)))
        .collect()
}

#[test]
fn every_catalogue_text_is_in_both_languages() {
    let c = Catalogue::embedded();
    for p in c.pages {
        assert!(
            !p.en.is_empty() && p.fr.text().is_some_and(|t| !t.is_empty()),
            "page {} lacks a title",
            p.slug
        );
    }
    for p in c.phases {
        both(&format!("phase {}", p.id), &p.title);
    }
    for r in c.roles {
        both(&format!("role {}", r.id), &r.title);
    }
    for p in c.places {
        both(&format!("place {}", p.id), &p.text);
    }
    for s in c.sections {
        both(&format!("section {}", s.id), &s.title);
    }
    for s in c.steps {
        both(&format!("{} title", s.id), &s.title);
        both(&format!("{} body", s.id), &s.body);
        if let Some(caution) = &s.caution {
            both(&format!("{} caution", s.id), caution);
        }
    }
}

#[test]
fn every_ui_string_is_in_both_languages() {
    assert!(ALL.len() > 100);
    for (name, en, fr) in ALL {
        assert!(!en.trim().is_empty(), "{name}: English missing");
        assert!(!fr.trim().is_empty(), "{name}: French missing");
        same_placeholders(name, en, fr);
    }
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
            issue(IssueKind::TooManyServers(13)),
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
        let mut all = in_both(&issues, |i, l| i.message(l));
        all.extend(in_both(&names, |i, l| i.message(l)));
        all.extend(in_both(&decode, |i, l| i.message(l)));
        all.extend(in_both(&import, |i, l| i.message(l)));
        all.extend(in_both(&notices, |i, l| i.message(l)));
        all
    };
    for (en, fr) in messages {
        assert!(!en.is_empty() && !fr.is_empty());
        assert_ne!(en, fr, "not translated: {en}");
    }
}
