//! Counts said as each language says them: every text of every language (the page's labels, the
//! app's messages, the catalogue) says each count placeholder (`plural::COUNTS`) through a plural
//! form with a branch for `other` and only the categories its language has, and each language's
//! rule is CLDR's, checked against ICU4X's `icu_plurals` (every locale's rules from the current
//! CLDR; the page carries only its languages' rules, see `src/plan/texts/plural.rs`). A control
//! plants each kind of fault.

use lync_restore::plan::texts::plural::{COUNTS, Category, categories, category, forms};
use lync_restore::plan::{Lang, Texts};

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// What is wrong with how `text` says its counts in `lang`.
fn faults(lang: Lang, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for name in COUNTS {
        if text.contains(&format!("{{{name}}}")) {
            found.push(format!("{{{name}}} is said without its plural form"));
        }
    }
    let allowed: Vec<&str> = categories(lang)
        .unwrap_or_default()
        .iter()
        .map(|c| c.name())
        .collect();
    match forms(text) {
        Err(at) => found.push(format!("the plural form at byte {at} does not parse")),
        Ok(forms) => {
            for form in forms {
                if !COUNTS.contains(&form.name) {
                    found.push(format!("{} is not a count (plural::COUNTS)", form.name));
                }
                if !form.branches.iter().any(|(c, _)| *c == "other") {
                    found.push(format!("{}'s form has no branch for other", form.name));
                }
                for (c, branch) in &form.branches {
                    if !allowed.contains(c) {
                        found.push(format!("{}: {} has no category {c}", form.name, lang.tag()));
                    }
                    // A form inside a branch is checked the same way (its bare counts were
                    // found above, in the whole text).
                    found.extend(
                        faults(lang, branch)
                            .into_iter()
                            .filter(|f| !f.contains("without its plural form")),
                    );
                }
            }
        }
    }
    found
}

/// Every text of `lang`: its page labels (from its file) and its table (messages, catalogue).
fn every_text(lang: Lang) -> Vec<(String, String)> {
    let path = format!(
        "{}/src/content/texts/{}.toml",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    let file: toml::Table =
        toml::from_str(&std::fs::read_to_string(path).expect("texts file")).expect("TOML");
    let labels = file
        .get("ui")
        .and_then(|ui| ui.as_table())
        .expect("a [ui] section")
        .iter()
        .map(|(k, v)| {
            (
                format!("ui.{k}"),
                v.as_str().unwrap_or_default().to_string(),
            )
        });
    let table = Texts::built_in(lang)
        .entries()
        .map(|(k, t)| (k.to_string(), t.to_string()));
    labels.chain(table).collect()
}

#[test]
fn every_count_is_said_with_its_plural_form() {
    let mut findings = Vec::new();
    let mut forms_seen = 0;
    for lang in Lang::ALL {
        for (key, text) in every_text(*lang) {
            forms_seen += forms(&text).map(|f| f.len()).unwrap_or_default();
            for fault in faults(*lang, &text) {
                findings.push(format!("{}: {key}: {fault}", lang.tag()));
            }
        }
    }
    assert!(findings.is_empty(), "{findings:#?}");
    assert!(
        forms_seen >= 20,
        "the texts say their counts in forms ({forms_seen})"
    );
}

#[test]
fn control_each_kind_of_fault_is_caught() {
    let planted = [
        (Lang::En, "{count} pools", "without its plural form"),
        (
            Lang::Fr,
            "{quorum, plural, one {# serveur} other {# serveurs sur {front_end_count}}}",
            "without its plural form",
        ),
        (
            Lang::En,
            "{count, plural, one {# pool}}",
            "no branch for other",
        ),
        (
            Lang::En,
            "{count, plural, many {# pools} other {# pools}}",
            "en has no category many",
        ),
        (
            Lang::Fr,
            "{count, plural, one {# a} other {# b {max, plural, few {#} other {#}}}}",
            "fr has no category few",
        ),
        (Lang::En, "{size, plural, other {#}}", "size is not a count"),
        (Lang::En, "{count, plural, one {# pool", "does not parse"),
    ];
    for (lang, text, fault) in planted {
        let found = faults(lang, text);
        assert!(
            found.iter().any(|f| f.contains(fault)),
            "{text:?}: {found:?}"
        );
    }
    assert!(faults(Lang::Fr, "{count, plural, one {# pool} other {# pools}}").is_empty());
}

#[test]
fn each_languages_rule_is_cldrs() {
    let cldr = |c: PluralCategory| match c {
        PluralCategory::One => "one",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
        other => panic!("a category the app's languages do not use: {other:?}"),
    };
    let numbers = (0..=20_000u64).chain((1..=50).map(|m| m * 1_000_000));
    for lang in Lang::ALL {
        let ours = categories(*lang).unwrap_or_else(|| panic!("{} has no plural rule", lang.tag()));
        assert_eq!(ours.last(), Some(&Category::Other));
        let locale: Locale = lang.tag().parse().expect("a language tag");
        let rules = PluralRules::try_new_cardinal(locale.into()).expect("CLDR has the language");
        let mut seen = Vec::new();
        for n in numbers.clone() {
            let theirs = cldr(rules.category_for(n));
            assert_eq!(category(*lang, n).name(), theirs, "{} {n}", lang.tag());
            if !seen.contains(&theirs) {
                seen.push(theirs);
            }
        }
        let mut ours: Vec<&str> = ours.iter().map(|c| c.name()).collect();
        ours.sort_unstable();
        seen.sort_unstable();
        assert_eq!(
            ours,
            seen,
            "{}: the categories of whole numbers",
            lang.tag()
        );
    }
}
