//! Every step traced to Microsoft's procedure (`src/content/trace.toml`): each page the
//! catalogue cites lists its numbered steps without a gap, each traced to catalogue steps or
//! marked not applicable with a reason; every catalogue step that cites a page (its own, or its
//! section's) implements one of that page's steps or is listed as our addition, with why.
//! Control tests prove a missing page step, an untraced catalogue step and an unknown id are
//! caught.

use std::collections::BTreeSet;

use crate::support::fixtures::assert_caught;
use content::schema::trace::Trace;
use lync_restore::plan::Catalogue;

fn pinned() -> Trace {
    content::schema::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        "trace.toml",
    )
    .expect("src/content/trace.toml")
}

/// Every (page, step id) pair the catalogue cites: a step cites its own page, or else the page
/// of each section it appears in, in a Lync Server 2013 binder and in a Skype for Business
/// Server one (`page_sfb`).
fn citations(c: &Catalogue) -> BTreeSet<(&'static str, &'static str)> {
    let mut out = BTreeSet::new();
    for section in c.sections {
        for step in section.steps {
            let (lync, skype) = step.pages(section);
            out.insert((lync, step.id));
            out.insert((skype, step.id));
        }
    }
    out
}

/// The numbers of a page's steps have no gap: 1, 2, 3…; 4.1, 4.2…; a, b, c….
fn gaps(numbers: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for n in numbers {
        let (parent, last) = match n.rsplit_once('.') {
            Some((p, l)) => (p.to_string(), l.to_string()),
            None => (String::new(), n.to_string()),
        };
        let kind = if last.chars().all(|c| c.is_ascii_digit()) {
            "1"
        } else {
            "a"
        };
        let key = format!("{parent}#{kind}");
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, items)) => items.push(last),
            None => groups.push((key, vec![last])),
        }
    }
    for (key, items) in groups {
        let expected: Vec<String> = if key.ends_with("#1") {
            (1..=items.len()).map(|i| i.to_string()).collect()
        } else {
            (b'a'..)
                .take(items.len())
                .map(|b| (b as char).to_string())
                .collect()
        };
        if items != expected {
            problems.push(format!(
                "numbers {} run {} instead of {}",
                key.trim_end_matches("#1").trim_end_matches("#a"),
                items.join(","),
                expected.join(",")
            ));
        }
    }
    problems
}

/// Everything wrong with `trace` against `c`.
fn check(trace: &Trace, c: &Catalogue) -> Vec<String> {
    let mut problems = Vec::new();
    let cited = citations(c);
    let pages: BTreeSet<&str> = cited.iter().map(|(p, _)| *p).collect();
    for page in &pages {
        if !trace.pages.iter().any(|t| t.slug == *page) {
            problems.push(format!("page {page}: cited by the catalogue, not traced"));
        }
    }
    let mut seen = BTreeSet::new();
    for t in &trace.pages {
        if !seen.insert(t.slug.as_str()) {
            problems.push(format!("page {} traced twice", t.slug));
        }
        if c.page(&t.slug).is_none() {
            problems.push(format!("page {}: not a page of the catalogue", t.slug));
        }
        if t.source.rsplit(' ').next().is_none_or(|h| h.len() != 40) {
            problems.push(format!("page {}: source names no commit", t.slug));
        }
        let numbers: Vec<&str> = t.steps.iter().map(|s| s.n.as_str()).collect();
        for gap in gaps(&numbers) {
            problems.push(format!("page {}: {gap} (a page step is missing)", t.slug));
        }
        for s in &t.steps {
            let traced = !s.steps.is_empty();
            let na = s.na.as_deref().is_some_and(|r| !r.trim().is_empty());
            if traced == na {
                problems.push(format!(
                    "page {} step {}: needs either catalogue steps or an `na` reason, not {}",
                    t.slug,
                    s.n,
                    if traced { "both" } else { "neither" }
                ));
            }
            if s.text.trim().is_empty() {
                problems.push(format!("page {} step {}: no text", t.slug, s.n));
            }
            for id in &s.steps {
                if c.step(id).is_none() {
                    problems.push(format!(
                        "page {} step {}: unknown catalogue step {id}",
                        t.slug, s.n
                    ));
                }
            }
        }
    }
    for a in &trace.additions {
        if c.step(&a.step).is_none() {
            problems.push(format!("addition {}: unknown catalogue step", a.step));
        }
        if a.why.trim().is_empty() {
            problems.push(format!("addition {} on {}: no reason", a.step, a.page));
        }
        if !cited.contains(&(a.page.as_str(), a.step.as_str())) {
            problems.push(format!(
                "addition {} on {}: the catalogue does not cite that page for it",
                a.step, a.page
            ));
        }
    }
    for (page, id) in &cited {
        let implements = trace
            .pages
            .iter()
            .filter(|t| t.slug == *page)
            .flat_map(|t| &t.steps)
            .any(|s| s.steps.iter().any(|x| x == id));
        let added = trace
            .additions
            .iter()
            .any(|a| a.page == *page && a.step == *id);
        if !implements && !added {
            problems.push(format!(
                "step {id} cites {page} but traces to none of its steps and is not listed as an addition"
            ));
        }
        if implements && added {
            problems.push(format!(
                "step {id} on {page}: both traced and listed as an addition"
            ));
        }
    }
    problems
}

#[test]
fn every_cited_page_is_traced_step_by_step() {
    let trace = pinned();
    let problems = check(&trace, Catalogue::embedded());
    let page_steps: usize = trace.pages.iter().map(|p| p.steps.len()).sum();
    let na = trace
        .pages
        .iter()
        .flat_map(|p| &p.steps)
        .filter(|s| s.na.is_some())
        .count();
    eprintln!(
        "trace: {} pages, {page_steps} page steps ({} traced, {na} not applicable), {} additions",
        trace.pages.len(),
        page_steps - na,
        trace.additions.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn control_an_untraced_page_step_is_caught() {
    let mut trace = pinned();
    // Drop the second numbered step of the Back End page: the numbering then has a gap.
    let page = trace
        .pages
        .iter_mut()
        .find(|p| p.slug == "lync-server-2013-restoring-an-enterprise-edition-back-end-server")
        .expect("Back End page traced");
    let i = page.steps.iter().position(|s| s.n == "2").expect("step 2");
    page.steps.remove(i);
    assert_caught(
        &check(&trace, Catalogue::embedded()),
        "a page step is missing",
    );
}

#[test]
fn control_a_catalogue_step_that_traces_to_nothing_is_caught() {
    let mut trace = pinned();
    for page in &mut trace.pages {
        for s in &mut page.steps {
            s.steps.retain(|id| id != "cms.install-db");
            if s.steps.is_empty() && s.na.is_none() {
                s.na = Some("planted".into());
            }
        }
    }
    assert_caught(
        &check(&trace, Catalogue::embedded()),
        "step cms.install-db cites",
    );
}

#[test]
fn control_unknown_ids_and_empty_entries_are_caught() {
    let mut trace = pinned();
    trace.pages[0].steps[0].steps = vec!["no.such-step".into()];
    trace.pages[0].steps[0].na = None;
    trace.pages[1].steps[0].steps.clear();
    trace.pages[1].steps[0].na = None;
    assert_caught(
        &check(&trace, Catalogue::embedded()),
        "unknown catalogue step no.such-step",
    );
    assert_caught(&check(&trace, Catalogue::embedded()), "not neither");
}
