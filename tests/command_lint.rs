//! Every command of every plan the planner can produce, checked against the pinned copy of
//! Microsoft's cmdlet reference (`src/content/cmdlets.toml`): the golden scenarios, the built-in
//! example and generated plans of every kind and option, in English and French. Control tests
//! prove the lint catches each kind of planted error.

use lync_restore::plan::Pool;
use lync_restore::plan::Texts;
use std::collections::BTreeSet;

use lync_restore::plan::{
    Catalogue, Checklist, DocLink, Lang, Plan, PoolKind, Section, Step, Version, build_checklist,
};

use crate::support::fixtures::assert_caught;
use crate::support::{command_lint, corpus, reference};
use command_lint::{Counts, Finding, lint_checklist};
use corpus::corpus;
use reference::Reference;

fn lint(reference: &Reference, plan: &Plan, lang: Lang, counts: &mut Counts) -> Vec<Finding> {
    let list = build_checklist(&Pool::check(plan), Texts::built_in(lang));
    let (findings, c) = lint_checklist(reference, &list, &plan.backup.location);
    counts.blocks += c.blocks;
    counts.commands += c.commands;
    findings
}

#[test]
fn every_command_of_every_plan_matches_microsofts_reference() {
    let reference = reference::pinned();
    let mut counts = Counts::default();
    let mut problems = BTreeSet::new();
    let mut lines = BTreeSet::new();
    let plans = corpus();
    // Every plan in every product version: a command must exist, with its parameters, in the
    // version the binder is for.
    let plans: Vec<(String, Plan)> = plans
        .into_iter()
        .flat_map(|(name, plan)| {
            Version::ALL.iter().map(move |v| {
                let mut plan = plan.clone();
                plan.version = *v;
                (format!("{name}, {}", v.key()), plan)
            })
        })
        .collect();
    for (name, plan) in &plans {
        for lang in [Lang::En, Lang::Fr] {
            for f in lint(&reference, plan, lang, &mut counts) {
                // One line per step kind and message: generated plans repeat the same defect.
                let step = f.step.rsplit('/').next().unwrap_or_default().to_string();
                problems.insert(format!("{step}: {} — in: {} ({name})", f.message, f.line));
            }
            for section in build_checklist(&Pool::check(plan), Texts::built_in(lang)).sections {
                for step in &section.steps {
                    lines.extend(
                        step.command
                            .iter()
                            .flat_map(|c| c.lines().map(String::from)),
                    );
                }
            }
        }
    }
    eprintln!(
        "command lint: {} plans × 2 languages, {} command blocks, {} commands, {} distinct lines, {} commands in the reference",
        plans.len(),
        counts.blocks,
        counts.commands,
        lines.len(),
        reference.commands.len()
    );
    assert!(
        counts.commands > 10_000,
        "too few commands linted: {counts:?}"
    );
    let list: Vec<_> = problems.into_iter().collect();
    assert!(
        list.is_empty(),
        "{} problems:\n{}",
        list.len(),
        list.join("\n")
    );
}

#[test]
fn the_reference_names_every_place_and_every_rebuilt_server() {
    let reference = reference::pinned();
    let c = Catalogue::embedded();
    for place in c.places.iter().filter(|p| p.id != "target") {
        assert!(
            reference.hosts.contains_key(place.id),
            "cmdlets.toml [hosts] has no entry for place {}",
            place.id
        );
    }
    for section in c.sections {
        if section.steps.iter().any(|s| s.runs_on == "target") {
            assert!(
                reference.targets.contains_key(section.id),
                "cmdlets.toml [targets] has no entry for section {}",
                section.id
            );
        }
    }
    for cmd in &reference.commands {
        assert!(
            cmd.source.contains(" @ ")
                && cmd.source.rsplit(' ').next().is_some_and(|c| c.len() == 40),
            "{}: source names no commit: {}",
            cmd.name,
            cmd.source
        );
        for set in &cmd.sets {
            for name in set.required.iter().chain(&set.optional) {
                assert!(
                    cmd.param(name).is_some(),
                    "{}: set {} names unknown {name}",
                    cmd.name,
                    set.name
                );
            }
        }
    }
}

// ---- Controls: each kind of planted error is caught. ----------------------------------------

/// A one-section checklist whose single step runs `command` on `place`.
fn planted(procedure: &str, place: &'static str, commands: &[&str]) -> Checklist {
    let doc = DocLink {
        slug: "",
        title: "",
        url: String::new(),
        adapted: false,
    };
    let steps = commands
        .iter()
        .enumerate()
        .map(|(i, command)| Step {
            id: format!("{procedure}/planted.{i}"),
            number: i + 1,
            title: String::new(),
            body: String::new(),
            command: Some((*command).to_string()),
            runs_on: "host".into(),
            place,
            permissions: Vec::new(),
            doc: doc.clone(),
            caution: None,
            marks: Vec::new(),
        })
        .collect();
    Checklist {
        lang: Lang::En,
        pool: "pool01.contoso.com".into(),
        kind: PoolKind::FrontEnd,
        version: Default::default(),
        sections: vec![std::rc::Rc::new(Section {
            id: procedure.into(),
            procedure: procedure.into(),
            phase: "data".into(),
            phase_title: String::new(),
            title: String::new(),
            server: None,
            doc,
            steps,
            pool_note: None,
        })],
        missing: Vec::new(),
    }
}

/// The findings' messages for the planted commands.
fn caught(procedure: &str, place: &'static str, commands: &[&str]) -> Vec<String> {
    let reference = reference::pinned();
    let (findings, _) = lint_checklist(
        &reference,
        &planted(procedure, place, commands),
        r"\\backup01.contoso.com\LyncBackup",
    );
    findings.into_iter().map(|f| f.message).collect()
}

#[test]
fn control_a_correct_command_passes() {
    let found = caught(
        "data",
        "front_end",
        &[
            r#"New-Item -ItemType Directory -Force -Path "C:\LyncRestore""#,
            r#"Copy-Item -Path "\\backup01.contoso.com\LyncBackup\E911Config.zip" -Destination "C:\LyncRestore""#,
            r#"Install-CsDatabase -CentralManagementDatabase -Clean -SqlServerFqdn "sql01.contoso.com" -SqlInstanceName "rtc" -Verbose"#,
            r#"Get-CsDatabaseMirrorState -PoolFqdn "pool01.contoso.com" -DatabaseType Archiving"#,
        ],
    );
    assert_eq!(found, Vec::<String>::new());
}

/// Planted errors, one per row: section, place, the command line, and what the lint must say.
const PLANTED: &[(&str, &str, &str, &str)] = &[
    (
        "data",
        "front_end",
        r#"Install-CsDatabase -CentralManagementDatabase -SqlServerFdqn "sql01.contoso.com""#,
        "has no parameter SqlServerFdqn",
    ),
    (
        "data",
        "front_end",
        r#"Get-CsDatabaseMirrorState -PoolFqdn "pool01.contoso.com" -DatabaseType Archive"#,
        r#"DatabaseType "Archive" is not one of"#,
    ),
    (
        "data",
        "chat_sql",
        r#"Import-CsPersistentChatData -DBInstance "chatsql.contoso.com\mgc" -FileName "\\backup01.contoso.com\LyncBackup\chat.zip""#,
        "needs the lync shell, which chat_sql",
    ),
    // The server a Back End section rebuilds is SQL-only too.
    (
        "back_end",
        "target",
        "Enable-CsTopology",
        "needs the lync shell, which target",
    ),
    (
        "data",
        "front_end",
        r#"Copy-Item -Path "\\backup01.contoso.com\LyncBackup\Config.zip" -Destination "C:\LyncRestore""#,
        r"writes into C:\LyncRestore, which no earlier line",
    ),
    (
        "data",
        "front_end",
        "Restore-CsPool -PoolFqdn x",
        "unknown command Restore-CsPool",
    ),
    (
        "data",
        "backup_pool",
        r#"Invoke-CsManagementServerFailover -BackupSqlServerFqdn "sql11.contoso.com""#,
        "missing mandatory Force",
    ),
    (
        "data",
        "front_end",
        r#"Install-CsMirrorDatabase -ConfiguredDatabases -FileShare "\\s\f" -SqlServerFqdn "sql01.contoso.com" -SqlInstanceName "rtc""#,
        "has no parameter set with all of",
    ),
    (
        "data",
        "front_end",
        r#"Reset-CsPoolRegistrarState -PoolFqdn "p" -ResetType Full"#,
        r#"ResetType "Full" is not one of"#,
    ),
    (
        "data",
        "front_end",
        r#"Start-CsPool -PoolFqdn "p""#,
        "does not exist in Lync Server 2013",
    ),
    (
        "data",
        "front_end",
        r#"Get-CsBackupServiceStatus -PoolFqdn "p" -BackupModule ConfServices.DataConf"#,
        "has no parameter BackupModule",
    ),
    (
        "data",
        "front_end",
        r#"Import-CsUserData -PoolFqdn "<pool FQDN>" -FileName "C:\x.zip""#,
        "unfilled placeholder <pool FQDN>",
    ),
    (
        "data",
        "front_end",
        "Enable-CsTopology {server}",
        "unfilled placeholder {server}",
    ),
];

#[test]
fn control_every_planted_error_is_caught() {
    for (procedure, place, command, expected) in PLANTED {
        assert_caught(&caught(procedure, place, &[command]), expected);
    }
}

#[test]
fn control_a_folder_created_on_another_host_does_not_count() {
    let reference = reference::pinned();
    let mut list = planted(
        "data",
        "front_end",
        &[
            r#"New-Item -ItemType Directory -Path "C:\LyncRestore""#,
            r#"Export-CsConfiguration -FileName "C:\LyncRestore\Config.zip""#,
        ],
    );
    std::rc::Rc::make_mut(&mut list.sections[0]).steps[1].runs_on = "another host".into();
    let (findings, _) = lint_checklist(&reference, &list, r"\\backup01\LyncBackup");
    assert_eq!(findings.len(), 1, "{findings:?}");
}

#[test]
fn control_a_parameter_the_binders_version_lacks_is_caught() {
    let reference = reference::pinned();
    let command = r#"Get-CsDatabaseMirrorState -PoolFqdn "pool01.contoso.com" -DatabaseType User"#;
    let mut list = planted("data", "front_end", &[command]);
    let (findings, _) = lint_checklist(&reference, &list, r"\\backup01\LyncBackup");
    assert_eq!(findings, Vec::new(), "fine in Lync Server 2013");
    list.version = Version::SfB2019;
    let (findings, _) = lint_checklist(&reference, &list, r"\\backup01\LyncBackup");
    assert!(
        findings.iter().any(|f| f.message
            == "Get-CsDatabaseMirrorState has no -PoolFqdn in Skype for Business Server 2019"),
        "{findings:?}"
    );
}
