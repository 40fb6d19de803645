//! The backup script and the readiness check a plan gives, held to the binder and to Microsoft's
//! reference: every file, folder and SQL Server backup a restore step of a plan's binder reads is
//! written by that plan's backup script, under the name the step reads, and each such step is
//! protected by the check of it; both scripts parse with a real PowerShell grammar with no error
//! and nothing Windows PowerShell 5.1 lacks; every command in them is in the pinned reference
//! with valid parameters; the readiness check is read-only by construction; golden copies of
//! both for several scenarios. Each lint has a control that plants the fault it catches.

use std::fs;
use std::path::Path;

use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::readiness::scripts::{Item, backup_script, items, readiness_script};
use lync_restore::plan::{
    Lang, Plan, Pool, Texts, Version, build_checklist, decode_file, fingerprint,
};

use crate::support::{command_lint, corpus, effects, powershell, ps_grammar, reference};
use effects::effects;
use powershell::{Word, commands};

/// (step id, path) of files and folders read; (step id, artefact id) of SQL Server restores.
type Reads = (Vec<(String, String)>, Vec<(String, &'static str)>);

/// What a binder reads from the backup share: (step id, path under the share) for files and
/// folders, (step id, database artefact) for SQL Server restores. Paths the binder itself wrote
/// earlier (a fresh export, a replica's export) are not the backup's.
fn binder_reads(plan: &Plan) -> Reads {
    let share = Pool::check(plan)
        .backup_share
        .map(|s| s.path().trim_end_matches('\\').to_lowercase());
    let effects = effects();
    let list = build_checklist(&Pool::check(plan), Texts::built_in(Lang::En));
    let mut written: Vec<String> = Vec::new();
    let mut files = Vec::new();
    let mut sql = Vec::new();
    for section in &list.sections {
        for step in &section.steps {
            let id = step.id.rsplit('/').next().unwrap_or_default().to_string();
            for effect in effects.get(&id).into_iter().flatten() {
                let db = match effect.as_str() {
                    "restore:archiving" => "archiving_db",
                    "restore:monitoring" => "monitoring_db",
                    "restore:chat" => "chat_db",
                    _ => continue,
                };
                sql.push((id.clone(), db));
            }
            let Some(block) = &step.command else { continue };
            let Some(share) = &share else { continue };
            for cmd in commands(block) {
                let name = cmd.name.to_lowercase();
                let mut paths: Vec<(bool, String)> = Vec::new();
                let mut words = cmd.words.iter().peekable();
                let mut first_arg = true;
                while let Some(word) = words.next() {
                    match word {
                        Word::Param(p, inline) => {
                            let value = inline.clone().or_else(|| {
                                match words.next_if(|w| matches!(w, Word::Arg(_))) {
                                    Some(Word::Arg(v)) => Some(v.clone()),
                                    _ => None,
                                }
                            });
                            let Some(value) = value else { continue };
                            let p = p.to_lowercase();
                            for v in value.split(',') {
                                let v = v.trim().to_string();
                                match (name.as_str(), p.as_str()) {
                                    ("copy-item" | "get-childitem", "path") => {
                                        paths.push((true, v))
                                    }
                                    (_, "filename" | "fileshare") => paths.push((false, v)),
                                    _ => {}
                                }
                            }
                        }
                        Word::Arg(v) if name == "robocopy" && first_arg => {
                            first_arg = false;
                            paths.push((true, v.clone()));
                        }
                        Word::Arg(v) if name == "get-childitem" => paths.extend(
                            v.split(',')
                                .map(|v| (true, v.trim().to_string()))
                                .filter(|(_, v)| !v.is_empty()),
                        ),
                        Word::Arg(_) => {}
                    }
                }
                for (read, path) in paths {
                    let lower = path.to_lowercase();
                    let Some(rest) = lower.strip_prefix(share.as_str()) else {
                        continue;
                    };
                    let rest = rest.trim_start_matches('\\').to_string();
                    if !read {
                        written.push(rest);
                    } else if !rest.is_empty()
                        && !written.iter().any(|w| {
                            rest == *w
                                || rest.starts_with(&format!("{w}\\"))
                                || w.starts_with(&format!("{rest}\\"))
                        })
                    {
                        files.push((id.clone(), rest));
                    }
                }
            }
        }
    }
    (files, sql)
}

/// What is wrong between a plan's binder and its backup script, one line per fault.
fn coverage_faults(plan: &Plan, written: &[Item]) -> Vec<String> {
    let mut faults = Vec::new();
    let (files, sql) = binder_reads(plan);
    let live: Vec<&Item> = written.iter().filter(|i| i.missing.is_empty()).collect();
    for (step, path) in files {
        match live
            .iter()
            .find(|i| !i.path.is_empty() && i.path.to_lowercase() == path)
        {
            None => faults.push(format!(
                "{step} reads {path}, which the backup does not write"
            )),
            Some(item)
                if step != "prep.backup-files" && !item.protects.contains(&step.as_str()) =>
            {
                faults.push(format!(
                    "{step} reads {path}, but the check of {} does not protect it",
                    item.id
                ))
            }
            Some(_) => {}
        }
    }
    for (step, id) in sql {
        match live.iter().find(|i| i.id == id) {
            None => faults.push(format!(
                "{step} restores {id}, which the backup does not back up"
            )),
            Some(item) if !item.protects.contains(&step.as_str()) => faults.push(format!(
                "{step} restores {id}, but its check does not protect it"
            )),
            Some(_) => {}
        }
    }
    faults
}

/// Plans whose names are all valid (a missing name leaves a marker in the binder and the
/// artefact out of the script, which the planner says).
fn valid(plan: &Plan) -> bool {
    lync_restore::plan::validate(plan)
        .iter()
        .all(|i| !matches!(i.kind, lync_restore::plan::IssueKind::Name(_)))
}

#[test]
fn every_file_a_restore_step_reads_is_written_by_the_backup_of_the_same_plan() {
    let mut checked = 0;
    let mut reads = 0;
    let mut faults = Vec::new();
    for (name, plan) in corpus::corpus() {
        if !valid(&plan) || plan.refused() {
            continue;
        }
        for version in Version::ALL {
            let mut plan = plan.clone();
            plan.version = *version;
            if plan.refused() {
                continue;
            }
            let written = items(std::slice::from_ref(&plan), Lang::En);
            let (files, sql) = binder_reads(&plan);
            reads += files.len() + sql.len();
            faults.extend(
                coverage_faults(&plan, &written)
                    .into_iter()
                    .map(|f| format!("{name} ({}): {f}", version.key())),
            );
            checked += 1;
        }
    }
    faults.sort();
    faults.dedup();
    eprintln!("backup coverage: {checked} plans, {reads} reads from the backup");
    assert!(checked > 1000, "{checked} plans");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn control_a_file_the_backup_does_not_write_is_caught() {
    let plan = lync_restore::plan::example_plan();
    let mut written = items(std::slice::from_ref(&plan), Lang::En);
    assert!(coverage_faults(&plan, &written).is_empty());
    // The user data export dropped, and the Archiving backup's check no longer protecting its
    // restore.
    written.retain(|i| i.id != "user_data");
    for item in &mut written {
        if item.id == "archiving_db" {
            item.protects.clear();
        }
    }
    let faults = coverage_faults(&plan, &written).join("\n");
    assert!(
        faults.contains("exporteduserdata.zip, which the backup does not write"),
        "{faults}"
    );
    assert!(
        faults.contains("data.archiving restores archiving_db, but its check"),
        "{faults}"
    );
}

/// The scripts of a golden scenario: the pools of its fixture, with the printed fingerprint.
fn scenario_scripts(fixture: &str, lang: Lang) -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/plans")
        .join(format!("{fixture}.json"));
    let session = decode_file(&SerdeJson, &fs::read(path).expect("fixture")).expect("plan");
    let plans: Vec<Plan> = std::iter::once(session.plan.clone())
        .chain(session.site)
        .collect();
    let id = fingerprint(&SerdeJson, &session.plan);
    (
        backup_script(&plans, lang, &id),
        readiness_script(&plans, lang, &id),
    )
}

/// Every script the lints read: each fixture's pool (and site), each generated plan, both
/// languages, both scripts, with the product its commands must exist in.
fn every_script() -> Vec<(String, String, &'static str)> {
    let mut out = Vec::new();
    for (name, plan) in corpus::corpus().into_iter().step_by(3) {
        for lang in [Lang::En, Lang::Fr] {
            let plans = std::slice::from_ref(&plan);
            let product = command_lint::product_of(plan.version);
            out.push((
                format!("{name} backup"),
                backup_script(plans, lang, "0"),
                product,
            ));
            out.push((
                format!("{name} check"),
                readiness_script(plans, lang, "0"),
                product,
            ));
        }
    }
    out
}

/// The functions a script defines itself.
fn functions(script: &str) -> Vec<String> {
    script
        .lines()
        .filter_map(|l| l.strip_prefix("function "))
        .map(|l| l.trim_end_matches(" {").trim().to_string())
        .collect()
}

#[test]
fn both_scripts_parse_as_powershell_with_nothing_windows_powershell_lacks() {
    let scripts = every_script();
    let mut problems = Vec::new();
    for (name, script, _) in &scripts {
        for e in ps_grammar::syntax_errors(script) {
            problems.push(format!("{name}: {e}"));
        }
        for e in ps_grammar::ps7_only(script) {
            problems.push(format!("{name}: PowerShell 7 only: {e}"));
        }
    }
    eprintln!("scripts parsed: {}", scripts.len());
    assert!(scripts.len() > 800, "{}", scripts.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn control_a_broken_or_powershell_7_script_is_caught() {
    let (backup, _) = scenario_scripts("16-fe-12-whole-everything", Lang::En);
    assert!(ps_grammar::syntax_errors(&backup).is_empty());
    let broken = backup.replacen("function Write-Log {", "function Write-Log {{", 1);
    assert!(!ps_grammar::syntax_errors(&broken).is_empty());
    let seven = backup.replacen("exit 0", "$code = $script:Failed ?? 0\nexit 0", 1);
    assert!(!ps_grammar::ps7_only(&seven).is_empty());
}

/// Every command of `script` against the reference: one line per problem.
fn lint_script(reference: &reference::Reference, script: &str, product: &str) -> Vec<String> {
    let own = functions(script);
    ps_grammar::commands(script)
        .iter()
        .flat_map(|c| {
            command_lint::lint_command(reference, c, product, &own)
                .into_iter()
                .map(move |p| format!("{p} — in: {c}"))
        })
        .collect()
}

#[test]
fn every_command_of_both_scripts_matches_microsofts_reference() {
    let reference = reference::pinned();
    let mut problems = std::collections::BTreeSet::new();
    let mut commands = 0;
    let mut names = std::collections::BTreeSet::new();
    for (name, script, product) in every_script() {
        let own = functions(&script);
        for c in ps_grammar::commands(&script) {
            commands += 1;
            if let Some(first) = c.split_whitespace().next()
                && !own.iter().any(|f| f.eq_ignore_ascii_case(first))
            {
                names.insert(first.to_string());
            }
        }
        for p in lint_script(&reference, &script, product) {
            problems.insert(format!("{p} ({name})"));
        }
    }
    eprintln!(
        "script command lint: {commands} commands, {} distinct: {}",
        names.len(),
        names.into_iter().collect::<Vec<_>>().join(", ")
    );
    assert_none(&problems);
}

#[test]
fn control_a_wrong_command_in_a_script_is_caught() {
    let reference = reference::pinned();
    let (backup, _) = scenario_scripts("16-fe-12-whole-everything", Lang::En);
    let product = "Lync Server 2013";
    assert!(lint_script(&reference, &backup, product).is_empty());
    for (planted, expected) in [
        (
            "Export-CsConfiguration -FileName",
            "Export-CsConfiguration -File",
        ),
        ("Export-CsUserData -PoolFqdn", "Export-CsUserData -Pool"),
        ("Get-ChildItem -Path", "Get-ChildItems -Path"),
    ] {
        let bad = backup.replacen(planted, expected, 1);
        assert!(
            !lint_script(&reference, &bad, product).is_empty(),
            "{expected} not caught"
        );
    }
}

/// Commands that change nothing, and .NET methods that only read; the check may use only
/// these. `Set-Content` is allowed only onto its own report and summary.
const READ_ONLY_COMMANDS: &[&str] = &[
    "Add-Type",
    "ConvertTo-Json",
    "Get-ChildItem",
    "Get-CsConfigurationStoreLocation",
    "Get-CsPool",
    "Get-CsTopology",
    "Get-Date",
    "Get-Item",
    "Import-Module",
    "Join-Path",
    "New-Object",
    "Select-Object",
    "Test-Path",
    "Where-Object",
    "Write-Output",
    "Write-Warning",
];
const READ_ONLY_METHODS: &[&str] = &[
    "Add",
    "AddWithValue",
    "Ceiling",
    "Close",
    "CreateCommand",
    "Dispose",
    "Escape",
    "ExecuteScalar",
    "Floor",
    "GetHostEntry",
    "Open",
    "OpenRead",
    "ReadAllText",
    "ToString",
    "Trim",
];
/// SQL that changes a server.
const SQL_WRITES: &[&str] = &[
    "BACKUP ",
    "RESTORE ",
    "INSERT ",
    "UPDATE ",
    "DELETE ",
    "DROP ",
    "ALTER ",
    "CREATE ",
    "EXEC",
    "TRUNCATE ",
    "GRANT ",
    "MERGE ",
];

/// What in a readiness check could change something, one line each.
fn writes(script: &str) -> Vec<String> {
    let own = functions(script);
    let mut out = Vec::new();
    for c in ps_grammar::commands(script) {
        let name = c.split_whitespace().next().unwrap_or_default();
        if name.starts_with('&') || own.iter().any(|f| f.eq_ignore_ascii_case(name)) {
            continue;
        }
        let report = c.starts_with("Set-Content -Path $Report ")
            || c.starts_with("Set-Content -Path $Summary ");
        if name == "New-Object"
            && !c.contains("System.Data.SqlClient.SqlConnection")
            && !c.contains("System.Collections.ArrayList")
        {
            out.push(format!("object: {c}"));
        }
        if !report
            && !READ_ONLY_COMMANDS
                .iter()
                .any(|r| r.eq_ignore_ascii_case(name))
        {
            out.push(format!("command: {c}"));
        }
    }
    for m in ps_grammar::method_calls(script) {
        if !READ_ONLY_METHODS.contains(&m.as_str()) {
            out.push(format!("method: {m}"));
        }
    }
    // The SQL it sends: every command text it sets.
    for line in script.lines().filter(|l| l.contains("CommandText")) {
        let upper = line.to_uppercase();
        for sql in SQL_WRITES {
            if upper.contains(sql) {
                out.push(format!("SQL: {}", line.trim()));
            }
        }
    }
    out
}

#[test]
fn the_readiness_check_is_read_only_by_construction() {
    let mut problems = std::collections::BTreeSet::new();
    let mut n = 0;
    for (name, script, _) in every_script() {
        if name.ends_with("check") {
            n += 1;
            for w in writes(&script) {
                problems.insert(format!("{name}: {w}"));
            }
        }
    }
    assert!(n > 400, "{n} checks");
    assert_none(&problems);
}

#[test]
fn control_a_readiness_check_that_writes_is_caught() {
    let (_, check) = scenario_scripts("16-fe-12-whole-everything", Lang::En);
    assert!(writes(&check).is_empty(), "{:?}", writes(&check));
    for planted in [
        "Remove-Item -Path $Backup -Recurse",
        "Set-Content -Path 'C:\\x.txt' -Value 1",
        "$null = $command.ExecuteNonQuery()",
        "$command.CommandText = 'DELETE FROM msdb.dbo.backupset'",
        "Copy-Item -Path $Report -Destination $Backup",
        "$o = New-Object -ComObject WScript.Shell",
    ] {
        let bad = check.replacen("exit 0", &format!("{planted}\nexit 0"), 1);
        assert!(!writes(&bad).is_empty(), "{planted} not caught");
    }
    // The backup script itself is caught writing.
    let (backup, _) = scenario_scripts("16-fe-12-whole-everything", Lang::En);
    assert!(!writes(&backup).is_empty());
}

/// The golden scenarios whose scripts are pinned: a Front End pool with everything, a Standard
/// Edition server hosting the store, an Edge pool, a site, Persistent Chat by export.
const GOLDEN: &[&str] = &[
    "16-fe-12-whole-everything",
    "03-se-hosting-cms",
    "05-edge-pool-2",
    "37-sfb2019-site-front-end-and-edge",
    "04-se-not-cms-with-chat-export",
];

#[test]
fn golden_scripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/scripts");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for fixture in GOLDEN {
        for lang in [Lang::En, Lang::Fr] {
            let (backup, check) = scenario_scripts(fixture, lang);
            for (kind, text) in [("backup", backup), ("readiness", check)] {
                let path = dir.join(format!("{fixture}.{kind}.{}.ps1", lang.tag()));
                if update {
                    fs::create_dir_all(&dir).expect("dir");
                    fs::write(&path, &text).expect("write");
                } else if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                    stale.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "scripts differ from their golden copies (review, then UPDATE_GOLDEN=1):\n{}",
        stale.join("\n")
    );
}

/// Typographic single quotes in code: PowerShell reads ‘ ’ ‚ ‛ as `'`, so inside a string each
/// must be doubled like `'` (the help block and `#` comments are not code).
fn lone_curly_quotes(script: &str) -> Vec<String> {
    let code = script.split_once("#>").map_or(script, |(_, code)| code);
    code.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter(|l| {
            let mut rest = l.to_string();
            for q in ["\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"] {
                rest = rest.replace(&format!("{q}{q}"), "");
            }
            rest.contains(['\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'])
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn a_typographic_quote_never_ends_a_string() {
    let mut faults = Vec::new();
    let mut french = 0;
    for (name, script, _) in every_script() {
        french += usize::from(script.contains('\u{2019}'));
        faults.extend(
            lone_curly_quotes(&script)
                .into_iter()
                .map(|l| format!("{name}: {l}")),
        );
    }
    assert!(french > 100, "{french} scripts with a French apostrophe");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
    // Control: one apostrophe left single.
    let (backup, _) = scenario_scripts("16-fe-12-whole-everything", Lang::Fr);
    let planted = backup.replacen("\u{2019}\u{2019}", "\u{2019}", 1);
    assert!(!lone_curly_quotes(&planted).is_empty());
}

/// Fails with every problem found, one a line.
fn assert_none(problems: &std::collections::BTreeSet<String>) {
    let all: Vec<&str> = problems.iter().map(String::as_str).collect();
    assert!(all.is_empty(), "{}", all.join("\n"));
}
