//! Lints the step catalogue (`src/content/catalogue.toml`): ids are unique, every
//! reference resolves (pages, phases, places, steps, placeholders; flags are refused by the
//! build itself, with a control here), no text or command is empty, and the planner uses every
//! step and section somewhere.

use lync_restore::plan::Pool;
use lync_restore::plan::Texts;
use lync_restore::plan::formats::json_text::SerdeJson;
use std::collections::BTreeSet;

use lync_restore::plan::formats::codec::decode_file;
use lync_restore::plan::planning::catalogue::{SFB_PREFIX, is_lync_page};
use lync_restore::plan::planning::template::{
    LISTS, SCALARS, guarded_placeholders, placeholders, segment_conditions,
};
use lync_restore::plan::{Catalogue, Lang, Plan, PoolKind};

fn catalogue() -> &'static Catalogue {
    // The content compiler (build/) refuses a catalogue that does not parse; here only its meaning.
    Catalogue::embedded()
}

/// Fails with `<owner> <id>: unknown <what> <value>` unless `found`.
fn known(found: bool, owner: &str, id: &str, what: &str, value: &str) {
    assert!(found, "{owner} {id}: unknown {what} {value}");
}

fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(!id.trim().is_empty(), "empty {what} id");
        assert!(seen.insert(id), "duplicate {what} id {id:?}");
    }
}

#[test]
fn ids_are_unique_and_the_format_is_known() {
    let c = catalogue();
    assert_eq!(c.format_version, 1);
    unique("page", c.pages.iter().map(|p| p.slug));
    unique("phase", c.phases.iter().map(|p| p.id));
    unique("place", c.places.iter().map(|p| p.id));
    unique("role", c.roles.iter().map(|p| p.id));
    unique("section", c.sections.iter().map(|p| p.id));
    unique("step", c.steps.iter().map(|p| p.id));
}

/// What is wrong with a `page_sfb`: it must be empty or a Skype for Business Server page of
/// the catalogue (a Lync Server 2013 page there would be cited unmarked as adapted).
fn sfb_page_problem(c: &Catalogue, slug: &str) -> Option<String> {
    if slug.is_empty() {
        None
    } else if c.page(slug).is_none() {
        Some(format!("page_sfb {slug:?} is not a page of the catalogue"))
    } else if is_lync_page(slug) {
        Some(format!("page_sfb {slug:?} is a Lync Server 2013 page"))
    } else {
        None
    }
}

#[test]
fn control_a_page_sfb_that_is_not_a_skype_for_business_page_is_caught() {
    let c = catalogue();
    assert!(sfb_page_problem(c, "lync-server-2013-restoring-a-lync-server-pool").is_some());
    assert!(sfb_page_problem(c, "skypeforbusiness/no-such-page").is_some());
    assert!(
        sfb_page_problem(
            c,
            "skypeforbusiness/deploy/install/install-skype-for-business-server"
        )
        .is_none()
    );
}

#[test]
fn every_reference_resolves() {
    let c = catalogue();
    for page in c.pages {
        let sfb_path = page.slug.strip_prefix(SFB_PREFIX).is_some_and(|path| {
            path.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || "-/".contains(ch))
        });
        assert!(
            page.slug.starts_with("lync-server-2013-") || sfb_path,
            "slug {:?}",
            page.slug
        );
        assert!(
            !Texts::english().get(page.title).trim().is_empty(),
            "page {} has no English title",
            page.slug
        );
    }
    for s in c.sections {
        known(c.page(s.page).is_some(), "section", s.id, "page", s.page);
        assert_eq!(sfb_page_problem(c, s.page_sfb), None, "section {}", s.id);
        known(
            c.phase(s.phase).is_some(),
            "section",
            s.id,
            "phase",
            s.phase,
        );
        assert!(!s.steps.is_empty(), "section {} has no steps", s.id);
        // The content compiler resolved the ids (it refuses an unknown one): each points at its step.
        for step in s.steps {
            assert!(
                c.step(step.id)
                    .is_some_and(|found| std::ptr::eq(found, *step)),
                "section {}: step {} resolved to another entry",
                s.id,
                step.id
            );
        }
    }
    for s in c.steps {
        let page_ok = s.page.is_empty() || c.page(s.page).is_some();
        known(page_ok, "step", s.id, "page", s.page);
        assert_eq!(sfb_page_problem(c, s.page_sfb), None, "step {}", s.id);
        known(
            c.place(s.runs_on).is_some(),
            "step",
            s.id,
            "runs_on",
            s.runs_on,
        );
        assert!(
            c.sections
                .iter()
                .any(|sec| sec.steps.iter().any(|t| t.id == s.id)),
            "step {} is used by no section",
            s.id
        );
    }
    for role in PoolKind::ALL.iter().copied() {
        assert!(
            c.roles.iter().any(|r| r.id == role.key()),
            "no role name for {}",
            role.key()
        );
    }
}

#[test]
fn texts_and_commands_are_present_and_placeholders_known() {
    let c = catalogue();
    let (en, fr) = (Texts::english(), Texts::built_in(Lang::Fr));
    let mut templates: Vec<(String, &str)> = Vec::new();
    for s in c.steps {
        assert!(
            !en.get(s.title).trim().is_empty() && !en.get(s.body).trim().is_empty(),
            "step {} lacks text",
            s.id
        );
        if let Some(cmd) = &s.command {
            assert!(!cmd.trim().is_empty(), "step {} has an empty command", s.id);
            templates.push((format!("{} command", s.id), cmd));
        }
        if let Some(caution) = &s.caution {
            assert!(
                !en.get(*caution).trim().is_empty(),
                "step {} has an empty caution",
                s.id
            );
            templates.push((format!("{} caution", s.id), en.get(*caution)));
            templates.push((format!("{} caution fr", s.id), fr.get(*caution)));
        }
        for (what, text) in [("title", s.title), ("body", s.body)] {
            templates.push((format!("{} {what}", s.id), en.get(text)));
            templates.push((format!("{} {what} fr", s.id), fr.get(text)));
        }
    }
    for s in c.sections {
        templates.push((format!("section {}", s.id), en.get(s.title)));
    }
    for p in c.places {
        templates.push((format!("place {}", p.id), en.get(p.text)));
        templates.push((format!("place {} fr", p.id), fr.get(p.text)));
    }
    for (what, text) in templates {
        for name in segment_conditions(text) {
            assert!(
                SCALARS.contains(&name),
                "{what}: optional segment on unknown placeholder {{?{name}:…}}"
            );
        }
        for name in placeholders(text) {
            assert!(
                SCALARS.contains(&name) || LISTS.contains(&name),
                "{what}: unknown placeholder {{{name}}}"
            );
        }
    }
}

/// Placeholders whose value may be the SQL Server default instance: in a command each must
/// stand inside a segment that leaves the argument out then. (`{mirror}` and `{rgs_file}` are
/// defaults only in plans without a mirror or Response Group, where the steps that use them
/// outside a segment are not planned.)
const MAY_BE_DEFAULT: &[&str] = &[
    "server_instance",
    "sql_instance",
    "mirror_instance",
    "chat_instance",
    "backup_sql_instance",
];

#[test]
fn commands_leave_out_arguments_whose_value_is_a_default() {
    for s in catalogue().steps {
        if let Some(cmd) = s.command {
            check_defaults_guarded(s.id, cmd);
        }
    }
}

fn check_defaults_guarded(id: &str, cmd: &str) {
    let guarded = guarded_placeholders(cmd);
    for name in placeholders(cmd) {
        if MAY_BE_DEFAULT.contains(&name) {
            let uses = placeholders(cmd).iter().filter(|n| **n == name).count();
            let safe = guarded.iter().filter(|n| **n == name).count();
            assert!(
                safe >= uses,
                "step {id}: {{{name}}} may be a default (e.g. the SQL Server default instance) and must stand in {{?{name}: …}}"
            );
        }
    }
}

#[test]
#[should_panic(expected = "must stand in {?server_instance")]
fn control_an_unguarded_instance_is_caught() {
    check_defaults_guarded(
        "planted",
        r#"Install-CsDatabase -CentralManagementDatabase -SqlServerFqdn "{server}" -SqlInstanceName "{server_instance}""#,
    );
}

#[test]
fn every_section_variant_is_reachable() {
    // Each procedure variant must be produced by at least one plan shape, or it is dead content.
    let mut produced = BTreeSet::new();
    let golden = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans"))
        .expect("fixtures");
    for entry in golden {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        let plan: Plan = decode_file(&SerdeJson, text.as_bytes()).expect("plan").plan;
        for s in lync_restore::plan::build_checklist(
            &Pool::check(&plan),
            Texts::built_in(lync_restore::plan::Lang::En),
        )
        .sections
        {
            produced.insert(s.procedure.clone());
        }
    }
    for s in catalogue().sections {
        assert!(
            produced.contains(s.id),
            "no golden scenario produces section {}",
            s.id
        );
    }
}

#[test]
fn documented_typos_are_not_copied() {
    let c = catalogue();
    for s in c.steps {
        if let Some(cmd) = &s.command {
            for typo in [
                "Uninstall -CsMirrorDatabase",
                "ExportedUserDatal",
                "atl0cs",
                "service: ApplicationServer",
                "mgd.mdf",
                "Mgs.mdf",
            ] {
                assert!(
                    !cmd.contains(typo),
                    "step {} copies Microsoft's typo {typo:?}",
                    s.id
                );
            }
        }
    }
}
