//! The two scripts a plan gives, for Windows PowerShell 3.0 to 5.1 (what Lync Server and Skype
//! for Business Server run): the backup, which writes exactly the backup table's artefacts of the
//! plan's pools under the names the binder reads, and the readiness check, which only reads and
//! writes its own report. The commands of both come from the backup table and from this file's
//! fixed skeleton; `tests/backup_scripts.rs` parses them with a PowerShell grammar, lints every
//! command against Microsoft's reference, proves the check read-only and pins golden copies.

use crate::plan::description::model::{Plan, PoolKind, Version};
use crate::plan::description::pool::Pool;
use crate::plan::planning::progress::Session;
use crate::plan::planning::template::render;
use crate::plan::readiness::artefacts::{Artefact, Kind, SAY, backup_set, script_values, values};
use crate::plan::readiness::report::{REPORT_APP, REPORT_VERSION};
use crate::plan::texts::lang::Lang;
use crate::plan::texts::table::Texts;

/// The plan's backup share as the scripts write it (empty when the plan has no valid one).
pub fn share(plan: &Plan) -> String {
    Pool::check(plan)
        .backup_share
        .map(|s| s.path().trim_end_matches('\\').to_string())
        .unwrap_or_default()
}

/// The byte order mark a script file starts with: Windows PowerShell 5.1 reads a file without
/// one in the system's ANSI code page, which garbles every accented letter.
pub const BOM: &str = "\u{feff}";

/// One artefact of one pool, with its names filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The artefact's id.
    pub id: &'static str,
    /// The artefact.
    pub of: &'static Artefact,
    /// The pool it belongs to.
    pub pool: String,
    /// Where the restore reads it, under the backup share (empty for SQL backups).
    pub path: String,
    /// The SQL Server (and instance) of a SQL backup, as a connection names it.
    pub sql: String,
    /// The command that writes it.
    pub write: String,
    /// The catalogue steps that read it.
    pub protects: Vec<&'static str>,
    /// What it is, in the script's language.
    pub what: String,
    /// Why it is left out of the scripts: the placeholders the plan does not (validly) fill, or
    /// the other pool whose file of the same name it would overwrite. Empty: it is written.
    pub missing: Vec<String>,
}

/// A text of the backup table's `[say]`, in `lang` (English when the language lacks it).
pub fn say(lang: Lang, id: &str) -> &'static str {
    SAY.iter()
        .find(|(key, _, _)| *key == id)
        .map(|(_, en, fr)| if lang == Lang::Fr { *fr } else { *en })
        .unwrap_or_default()
}

/// Each pool's artefacts, in pool order then table order; the first pool's backup share is the
/// scripts' `$Backup`. An artefact of the whole organisation (topology, configuration, E9-1-1) is
/// written once; a pool's own artefact that another pool's would overwrite (the same file name)
/// or that goes to another share is kept, left out, with the reason in `missing`.
pub fn items(plans: &[Plan], lang: Lang) -> Vec<Item> {
    let first_share = plans.first().map(share).unwrap_or_default();
    let mut out: Vec<Item> = Vec::new();
    for plan in plans {
        let pool = Pool::check(plan);
        let values = values(&pool);
        for artefact in backup_set(plan) {
            let mut missing = Vec::new();
            let write = render(artefact.write, &script_values(&pool), &mut missing);
            let path = render(artefact.path, &values, &mut missing);
            let sql = match artefact.sql {
                "" => String::new(),
                s => render(
                    &format!("{{{s}_sql}}{{?{s}_instance:\\{{{s}_instance}}}}"),
                    &values,
                    &mut missing,
                ),
            };
            // Nothing is written without the share.
            render("{backup}", &values, &mut missing);
            missing.sort();
            missing.dedup();
            let own_share = share(plan);
            if missing.is_empty() && !own_share.eq_ignore_ascii_case(&first_share) {
                missing.push(own_share);
            }
            let what = artefact.what[usize::from(lang == Lang::Fr)];
            let mut item = Item {
                id: artefact.id,
                of: artefact,
                pool: plan.pool_fqdn.trim().to_string(),
                path,
                sql,
                write,
                protects: artefact.protects.to_vec(),
                what: render(what, &values, &mut Vec::new()),
                missing,
            };
            let same = out
                .iter()
                .find(|o| !o.path.is_empty() && o.path.eq_ignore_ascii_case(&item.path));
            match same {
                Some(o) if o.id == item.id && organisation_wide(artefact) => continue,
                Some(o) if item.missing.is_empty() => {
                    item.missing = vec![format!("{} ({})", item.path, o.pool)];
                }
                _ => {}
            }
            out.push(item);
        }
    }
    out
}

/// Artefacts of the whole organisation: one copy serves every pool.
fn organisation_wide(artefact: &Artefact) -> bool {
    matches!(artefact.id, "topology" | "config" | "lis")
}

/// A PowerShell single-quoted string of `text`. PowerShell reads the typographic quotes ‘ ’ ‚ ‛ as `'` too (its tokenizer's `IsSingleQuote`),
/// so each is doubled like `'`: a French apostrophe would otherwise end the string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        out.push(c);
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// `text` with each `{name}` of `names` replaced.
fn fill(text: &str, names: &[(&str, &str)]) -> String {
    names.iter().fold(text.to_string(), |t, (name, value)| {
        t.replace(&format!("{{{name}}}"), value)
    })
}

/// Where the scripts run: a server with the management shell of the first pool's site.
pub(crate) fn runs_on(plans: &[Plan], lang: Lang) -> String {
    let Some(plan) = plans.first() else {
        return String::new();
    };
    let id = match plan.kind {
        PoolKind::FrontEnd => "where.front_end",
        PoolKind::StandardEdition => "where.standard_edition",
        _ => "where.site",
    };
    fill(say(lang, id), &[("pool", plan.pool_fqdn.trim())])
}

/// The comment-based help both scripts open with: `lines` as they are, one per line.
fn help(out: &mut String, synopsis: &str, lines: &[String]) {
    // Nothing in the scripts needs more than Windows PowerShell 3.0, which Lync Server 2013
    // requires: a server that never got WMF 5.1 runs them too.
    out.push_str("#Requires -Version 3.0\n<#\n.SYNOPSIS\n");
    out.push_str(synopsis);
    out.push_str("\n\n.DESCRIPTION\n");
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("#>\n");
}

/// Why an item is left out, in `lang`: each missing name as the form labels its field.
pub fn why(item: &Item, lang: Lang) -> String {
    let s = Texts::built_in(lang).labels();
    let label = |name: &str| -> String {
        match name {
            "pool" => s.pool_fqdn().into(),
            "backup" => s.backup_location().into(),
            "file_store" => s.file_store().into(),
            "archiving_sql" => s.archiving_sql().into(),
            "monitoring_sql" => s.monitoring_sql().into(),
            "chat_sql" => s.chat_sql().into(),
            "archiving_instance" => format!("{} ({})", s.archiving_sql(), s.instance()),
            "monitoring_instance" => format!("{} ({})", s.monitoring_sql(), s.instance()),
            "chat_instance" => format!("{} ({})", s.chat_sql(), s.instance()),
            "config_file" => s.config_file().into(),
            "lis_file" => s.lis_file().into(),
            "user_data_file" => s.user_data_file().into(),
            "rgs_file" => s.rgs_file().into(),
            "chat_file" => s.chat_file().into(),
            other => other.into(),
        }
    };
    let (open, close) = match lang {
        Lang::Fr => ("\u{ab}\u{a0}", "\u{a0}\u{bb}"),
        _ => ("\u{201c}", "\u{201d}"),
    };
    let names: Vec<String> = item
        .missing
        .iter()
        .map(|m| format!("{open}{}{close}", label(m)))
        .collect();
    names.join(", ")
}

/// The items written, and a comment line for each one left out.
fn split(items: Vec<Item>, lang: Lang, out: &mut Vec<String>) -> Vec<Item> {
    let (written, left): (Vec<Item>, Vec<Item>) =
        items.into_iter().partition(|i| i.missing.is_empty());
    for item in &left {
        out.push(fill(
            say(lang, "left_out"),
            &[("what", &item.what), ("why", &why(item, lang))],
        ));
    }
    written
}

/// What both scripts start from.
struct Scope<'a> {
    /// The product the pools run.
    version: Version,
    /// The pools' FQDNs, in order.
    pools: Vec<&'a str>,
    /// The items written.
    items: Vec<Item>,
    /// A comment line for each item left out.
    left: Vec<String>,
    /// The scripts' `$Backup`: the first pool's share.
    share: String,
}

/// The scope of `plans`' scripts.
fn scope(plans: &[Plan], lang: Lang) -> Scope<'_> {
    let mut left = Vec::new();
    Scope {
        version: plans.first().map(|p| p.version).unwrap_or_default(),
        pools: plans.iter().map(|p| p.pool_fqdn.trim()).collect(),
        items: split(items(plans, lang), lang, &mut left),
        left,
        share: plans.first().map(share).unwrap_or_default(),
    }
}

/// The backup script of `plans` (a pool, or a site's pools), for the plan whose fingerprint is
/// `fingerprint`.
pub fn backup_script(plans: &[Plan], lang: Lang, fingerprint: &str) -> String {
    let Scope {
        version,
        pools,
        items,
        left,
        share,
    } = scope(plans, lang);
    let has = |id: &str| items.iter().any(|i| i.id == id);
    let names = [
        ("pool", pools.join(", ")),
        (
            "first_pool",
            pools.first().copied().unwrap_or_default().to_string(),
        ),
        ("fingerprint", fingerprint.to_string()),
        ("runs_on", runs_on(plans, lang)),
        (
            "chat_admin",
            if has("chat_export") {
                say(lang, "backup.chat_admin")
            } else {
                ""
            }
            .to_string(),
        ),
        (
            "file_store",
            if has("file_store") {
                say(lang, "backup.runs_file_store")
            } else {
                ""
            }
            .to_string(),
        ),
        (
            "copy_only",
            if items.iter().any(|i| !i.sql.is_empty()) {
                say(lang, "backup.copy_only")
            } else {
                ""
            }
            .to_string(),
        ),
    ];
    let names: Vec<(&str, &str)> = names.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let mut lines = vec![say(lang, "backup.writes").to_string()];
    for item in &items {
        let name = match item.path.as_str() {
            "" => say(lang, "backup.sql_file").to_string(),
            path => path.to_string(),
        };
        lines.push(format!("  {name:<24}{}", item.what));
    }
    lines.extend(left);
    for id in [
        "backup.runs",
        "backup.share_per_pool",
        "backup.where",
        "backup.sql",
        "schedule",
        "backup.disable_during_restore",
        "backup.exit",
    ] {
        if id == "backup.sql" && !items.iter().any(|i| !i.sql.is_empty()) {
            continue;
        }
        lines.push(String::new());
        lines.push(fill(say(lang, id), &names));
    }
    let mut out = String::new();
    help(
        &mut out,
        &fill(say(lang, "backup.synopsis"), &names),
        &lines,
    );
    let has_sql = items.iter().any(|i| !i.sql.is_empty());
    out.push_str(&format!(
        r#"[CmdletBinding()]
param(
    [string]$Backup = {share},
    [ValidateRange(1, 3650)]
    [int]$KeepDays = 14{skip}
)

$ErrorActionPreference = 'Stop'
Import-Module {module}
try {{
    $Runs = Join-Path $Backup {runs}
    $Run = Join-Path $Runs (Get-Date -Format 'yyyy-MM-dd_HHmmss')
    $null = New-Item -ItemType Directory -Force -Path $Run
}} catch {{
    Write-Warning ({no_share} -f $Backup, $_.Exception.Message)
    exit 2
}}
$Log = Join-Path $Run 'backup.log'
$script:Failed = 0

function Write-Log {{
    param([string]$Text)
    $line = '{{0}}  {{1}}' -f (Get-Date -Format 's'), $Text
    Add-Content -Path $Log -Value $line
    Write-Output $line
}}

# {publish_comment}
function Publish-File {{
    param([string]$Name, [string]$Pool)
    $written = Join-Path $Run $Name
    if (-not (Test-Path -Path $written -PathType Leaf) -or (Get-Item -Path $written).Length -eq 0) {{
        throw ({not_written} -f $Name)
    }}
    $target = Join-Path $Backup $Name
    $owner = $target + '.pool'
    if ($Pool -and (Test-Path -Path $owner -PathType Leaf) -and ([System.IO.File]::ReadAllText($owner).Trim() -ne $Pool)) {{
        throw ({other_pool} -f $Name, [System.IO.File]::ReadAllText($owner).Trim())
    }}
    if ((Test-Path -Path $target -PathType Leaf) -and (Get-Item -Path $written).Length -lt ((Get-Item -Path $target).Length / 10)) {{
        throw ({smaller} -f $Name)
    }}
    $new = $target + '.new'
    Copy-Item -Path $written -Destination $new -Force
    if (Test-Path -Path $target -PathType Leaf) {{
        [System.IO.File]::Replace($new, $target, $null)
    }} else {{
        Move-Item -Path $new -Destination $target
    }}
    if ($Pool) {{
        Set-Content -Path $owner -Value $Pool
    }}
}}
"#,
        share = quoted(&share),
        skip = if has_sql { ",\n    [switch]$SkipSqlBackups" } else { "" },
        module = version.shell_module(),
        no_share = quoted(say(lang, "backup.no_share")),
        publish_comment = say(lang, "backup.publish"),
        not_written = quoted(say(lang, "backup.not_written")),
        smaller = quoted(say(lang, "backup.smaller")),
        other_pool = quoted(say(lang, "backup.other_pool")),
        runs = quoted(&format!(
            "Runs\\{}",
            pools.first().copied().unwrap_or("pool")
        )),
    ));
    if has_sql {
        out.push_str(&format!(
            r#"
# {comment}
function Backup-LyncDatabase {{
    param([string]$SqlServer, [string[]]$Database, [string]$Folder)
    $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList "Server=$SqlServer;Database=master;Integrated Security=True"
    $connection.Open()
    try {{
        foreach ($name in $Database) {{
            $command = $connection.CreateCommand()
            $command.CommandTimeout = 0
            $command.CommandText = "BACKUP DATABASE [$name] TO DISK = @file WITH COPY_ONLY, INIT, CHECKSUM"
            $null = $command.Parameters.AddWithValue('@file', (Join-Path $Folder "$name.bak"))
            $null = $command.ExecuteNonQuery()
        }}
    }} finally {{
        $connection.Close()
    }}
}}
"#,
            comment = say(lang, "backup.sql_function"),
        ));
    }
    out.push_str(&format!(
        r#"
function Invoke-Step {{
    param([string]$Id, [scriptblock]$Action)
    try {{
        & $Action
        Write-Log ({ok} -f $Id)
    }} catch {{
        $script:Failed++
        Write-Log ({failed} -f $Id, $_.Exception.Message)
    }}
}}
"#,
        ok = quoted(say(lang, "log.ok")),
        failed = quoted(say(lang, "log.failed")),
    ));
    for item in &items {
        out.push_str(&format!("\n# {}: {}\n", item.id, item.what));
        let body = match item.of.kind {
            Kind::Zip | Kind::Xml => {
                // A pool's own file carries its pool's name: another pool's script never
                // replaces it, and the readiness check sees whose it is.
                let owner = Some(item.of)
                    .filter(|a| !organisation_wide(a))
                    .map(|_| format!(" {}", quoted(&item.pool)))
                    .unwrap_or_default();
                format!(
                    "    {}\n    Publish-File {}{owner}\n",
                    item.write,
                    quoted(&item.path)
                )
            }
            // The time of the last copy that worked, which the readiness check reads.
            Kind::Folder => format!(
                "    {}\n    if ($LASTEXITCODE -ge 8) {{ throw ({} -f $LASTEXITCODE) }}\n    Set-Content -Path (Join-Path $Backup {}) -Value (Get-Date -Format 'o')\n",
                item.write,
                quoted(say(lang, "backup.robocopy_failed")),
                quoted(&format!("{}.copied", item.path)),
            ),
            Kind::Sql => format!(
                "    if ($SkipSqlBackups) {{ Write-Log {}; return }}\n    {}\n",
                quoted(say(lang, "backup.sql_skipped")),
                item.write
            ),
        };
        out.push_str(&format!(
            "Invoke-Step {} {{\n{body}}}\n",
            quoted(&format!("{}:{}", item.id, item.pool))
        ));
    }
    out.push_str(&format!(
        r#"
if ($script:Failed -eq 0) {{
    Set-Content -Path (Join-Path $Run 'backup.ok') -Value (Get-Date -Format 'o')
}}

# {keep}
$keep = @($Run)
$complete = @(Get-ChildItem -Path $Runs -Directory | Sort-Object -Property Name | Where-Object {{ Test-Path -Path (Join-Path $_.FullName 'backup.ok') }})
if ($complete.Count -gt 0) {{
    $keep += $complete[$complete.Count - 1].FullName
}}
foreach ($database in {databases}) {{
    $last = Get-ChildItem -Path $Runs -Filter ($database + '.bak') -File -Recurse | Sort-Object -Property LastWriteTime | Select-Object -Last 1
    if ($null -ne $last) {{
        $keep += $last.DirectoryName
    }}
}}
$old = Get-ChildItem -Path $Runs -Directory |
    Where-Object {{ $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) -and $keep -notcontains $_.FullName }}
foreach ($folder in @($old)) {{
    Remove-Item -LiteralPath $folder.FullName -Recurse -Force
}}
if ($script:Failed -gt 0) {{
    Write-Log {failed}
    exit 1
}}
Write-Log {done}
exit 0
"#,
        keep = say(lang, "backup.keep"),
        databases = {
            let dbs: Vec<&str> = items
                .iter()
                .flat_map(|i| i.of.databases.iter().copied())
                .collect();
            if dbs.is_empty() { "@()".to_string() } else { array(&dbs) }
        },
        failed = quoted(say(lang, "backup.failed")),
        done = quoted(say(lang, "backup.done")),
    ));
    out
}

/// The words of the readiness check's details, by id (`{0}`, `{1}`… are its values).
const CHECK_WORDS: &[&str] = &[
    "check.missing",
    "check.empty",
    "check.not_zip",
    "check.empty_zip",
    "check.not_xml",
    "check.too_old",
    "check.fresh",
    "check.empty_folder",
    "check.never_copied",
    "check.copy_old",
    "check.folder",
    "check.sql_unread",
    "check.sql_none",
    "check.sql_old",
    "check.sql_fresh",
    "check.unread",
    "check.same",
    "check.drift",
    "check.members_same",
    "check.members_extra",
    "check.members_gone",
    "check.no_topology",
    "check.other_pool",
    "check.error",
];

/// A PowerShell array of single-quoted strings.
fn array(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    format!("@({})", quoted.join(", "))
}

/// The steps a check protects: the artefact's readers and the binder's look at the backup.
fn protected(item: &Item) -> Vec<&'static str> {
    let mut steps = vec!["prep.backup-files"];
    steps.extend(item.protects.iter().copied());
    steps
}

/// The readiness check of `plans`: read-only by construction (it writes nothing but its report
/// and summary, next to itself unless told otherwise).
pub fn readiness_script(plans: &[Plan], lang: Lang, fingerprint: &str) -> String {
    let Scope {
        version,
        pools,
        items,
        left,
        share,
    } = scope(plans, lang);
    let stem = format!(
        "readiness-{}",
        pools
            .first()
            .copied()
            .unwrap_or("pool")
            .replace(['\\', '/', ':'], "-")
    );
    let names = [
        ("pool", pools.join(", ")),
        ("fingerprint", fingerprint.to_string()),
        ("runs_on", runs_on(plans, lang)),
        ("report", format!("{stem}.json")),
        ("summary", format!("{stem}.txt")),
    ];
    let names: Vec<(&str, &str)> = names.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let mut lines = Vec::new();
    for id in ["check.read_only", "check.what"] {
        lines.push(fill(say(lang, id), &names));
        lines.push(String::new());
    }
    lines.extend(left);
    for id in ["check.where", "schedule.check", "check.exit"] {
        lines.push(fill(say(lang, id), &names));
        lines.push(String::new());
    }
    lines.pop();
    let mut out = String::new();
    help(&mut out, &fill(say(lang, "check.synopsis"), &names), &lines);
    // Each check's words, by id: the report keeps the id and the values too, so the binder can
    // say them in its own language.
    let words: Vec<String> = CHECK_WORDS
        .iter()
        .map(|id| format!("    '{id}' = {}", quoted(say(lang, id))))
        .collect();
    out.push_str(&format!(
        r#"[CmdletBinding()]
param(
    [string]$Backup = {share},
    [ValidateRange(1, 8760)]
    [int]$MaxAgeHours = 26,
    [string]$Report = '',
    [string]$Summary = ''
)

$ErrorActionPreference = 'Stop'
# Windows PowerShell leaves $PSScriptRoot empty while it reads parameter defaults.
if (-not $Report) {{
    $Report = Join-Path $PSScriptRoot {report}
}}
if (-not $Summary) {{
    $Summary = Join-Path $PSScriptRoot {summary}
}}
Import-Module {module}
Add-Type -AssemblyName System.IO.Compression.FileSystem
$Checks = New-Object -TypeName System.Collections.ArrayList
$Now = Get-Date
$Words = @{{
{words}
}}

function Add-Check {{
    param([string]$Id, [string[]]$Protects, [string]$Status, [string]$Say, [object[]]$Values)
    $null = $Checks.Add([pscustomobject]@{{ id = $Id; protects = @($Protects); status = $Status; detail = ($Words[$Say] -f $Values); say = $Say; args = [string[]]@($Values) }})
}}

function Invoke-Check {{
    param([string]$Id, [string[]]$Protects, [scriptblock]$Run)
    try {{
        & $Run
    }} catch {{
        Add-Check $Id $Protects 'failed' 'check.error' @($_.Exception.Message)
    }}
}}

function Get-Age {{
    param([datetime]$Time)
    [int][math]::Floor(($Now - $Time).TotalHours)
}}

function Test-BackupFile {{
    param([string]$Id, [string]$Name, [string[]]$Protects, [string]$Pool, [switch]$Zip, [switch]$Xml)
    $path = Join-Path $Backup $Name
    $owner = $path + '.pool'
    if ($Pool -and (Test-Path -Path $owner -PathType Leaf) -and ([System.IO.File]::ReadAllText($owner).Trim() -ne $Pool)) {{
        Add-Check $Id $Protects 'failed' 'check.other_pool' @($path, [System.IO.File]::ReadAllText($owner).Trim())
        return
    }}
    if (-not (Test-Path -Path $path -PathType Leaf)) {{
        Add-Check $Id $Protects 'failed' 'check.missing' @($path)
        return
    }}
    $item = Get-Item -Path $path
    if ($item.Length -eq 0) {{
        Add-Check $Id $Protects 'failed' 'check.empty' @($path)
        return
    }}
    if ($Zip) {{
        try {{
            $archive = [System.IO.Compression.ZipFile]::OpenRead($path)
            $entries = $archive.Entries.Count
            $archive.Dispose()
        }} catch {{
            Add-Check $Id $Protects 'failed' 'check.not_zip' @($path)
            return
        }}
        if ($entries -eq 0) {{
            Add-Check $Id $Protects 'failed' 'check.empty_zip' @($path)
            return
        }}
    }}
    if ($Xml) {{
        try {{
            $null = [xml][System.IO.File]::ReadAllText($path)
        }} catch {{
            Add-Check $Id $Protects 'failed' 'check.not_xml' @($path)
            return
        }}
    }}
    $age = Get-Age $item.LastWriteTime
    if ($age -gt $MaxAgeHours) {{
        Add-Check $Id $Protects 'failed' 'check.too_old' @($path, $age, $MaxAgeHours)
    }} else {{
        Add-Check $Id $Protects 'passed' 'check.fresh' @($path, $age, [math]::Ceiling($item.Length / 1024))
    }}
}}

function Test-BackupFolder {{
    param([string]$Id, [string]$Name, [string[]]$Protects)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Container)) {{
        Add-Check $Id $Protects 'failed' 'check.missing' @($path)
        return
    }}
    $first = Get-ChildItem -Path $path -File -Recurse | Select-Object -First 1
    $copied = $path + '.copied'
    if ($null -eq $first) {{
        Add-Check $Id $Protects 'failed' 'check.empty_folder' @($path)
    }} elseif (-not (Test-Path -Path $copied -PathType Leaf)) {{
        Add-Check $Id $Protects 'failed' 'check.never_copied' @($path)
    }} else {{
        $age = Get-Age (Get-Item -Path $copied).LastWriteTime
        if ($age -gt $MaxAgeHours) {{
            Add-Check $Id $Protects 'failed' 'check.copy_old' @($path, $age, $MaxAgeHours)
        }} else {{
            Add-Check $Id $Protects 'passed' 'check.folder' @($path, $age)
        }}
    }}
}}

function Test-SqlBackup {{
    param([string]$Id, [string]$SqlServer, [string[]]$Database, [string[]]$Protects)
    foreach ($name in $Database) {{
        $check = '{{0}}:{{1}}' -f $Id, $name
        try {{
            $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList "Server=$SqlServer;Database=msdb;Integrated Security=True"
            $connection.Open()
            $command = $connection.CreateCommand()
            $command.CommandText = "SELECT MAX(backup_finish_date) FROM msdb.dbo.backupset WHERE database_name = @name AND type IN ('D', 'I')"
            $null = $command.Parameters.AddWithValue('@name', $name)
            $last = $command.ExecuteScalar()
            $connection.Close()
        }} catch {{
            Add-Check $check $Protects 'failed' 'check.sql_unread' @($name, $SqlServer, $_.Exception.Message)
            continue
        }}
        if ($last -is [System.DBNull] -or $null -eq $last) {{
            Add-Check $check $Protects 'failed' 'check.sql_none' @($name, $SqlServer)
            continue
        }}
        $age = Get-Age $last
        if ($age -gt $MaxAgeHours) {{
            Add-Check $check $Protects 'failed' 'check.sql_old' @($name, $SqlServer, $age, $MaxAgeHours)
        }} else {{
            Add-Check $check $Protects 'passed' 'check.sql_fresh' @($name, $SqlServer, $age)
        }}
    }}
}}

function Read-Live {{
    param([scriptblock]$Read)
    try {{
        [string](& $Read)
    }} catch {{
        ''
    }}
}}

function Test-Live {{
    param([string]$Id, [string[]]$Protects, [string]$What, [string]$Live, [string]$Planned, [switch]$Within)
    if ($Live -eq '') {{
        Add-Check $Id $Protects 'warning' 'check.unread' @($What)
    }} elseif ($Live -eq $Planned -or ($Within -and $Live -like ('*' + $Planned + '*'))) {{
        Add-Check $Id $Protects 'passed' 'check.same' @($What, $Live)
    }} else {{
        Add-Check $Id $Protects 'failed' 'check.drift' @($What, $Live, $Planned)
    }}
}}

function Test-Members {{
    param([string]$Pool, [string[]]$Planned)
    $id = 'drift:members:' + $Pool
    $protects = @('prep.names')
    try {{
        $live = [string[]]@((Get-CsPool -Identity $Pool).Computers)
    }} catch {{
        Add-Check $id $protects 'warning' 'check.unread' @($Pool)
        return
    }}
    $extra = @($live | Where-Object {{ $Planned -notcontains $_ }})
    $gone = @($Planned | Where-Object {{ $live -notcontains $_ }})
    if ($extra.Count -gt 0) {{
        Add-Check ($id + ':extra') $protects 'failed' 'check.members_extra' @($Pool, ($extra -join ', '))
    }}
    if ($gone.Count -gt 0) {{
        Add-Check ($id + ':gone') $protects 'failed' 'check.members_gone' @($Pool, ($gone -join ', '))
    }}
    if ($extra.Count -eq 0 -and $gone.Count -eq 0) {{
        Add-Check $id $protects 'passed' 'check.members_same' @($Pool, $live.Count)
    }}
}}
"#,
        share = quoted(&share),
        report = quoted(&format!("{stem}.json")),
        summary = quoted(&format!("{stem}.txt")),
        module = version.shell_module(),
        words = words.join("\n"),
    ));
    out.push_str(&format!("\n# {}\n", say(lang, "check.backups")));
    for item in &items {
        let id = quoted(&format!("{}:{}", item.id, item.pool));
        let protects = array(&protected(item));
        let owner = Some(item.of)
            .filter(|a| !organisation_wide(a))
            .map(|_| format!(" -Pool {}", quoted(&item.pool)))
            .unwrap_or_default();
        let check = match item.of.kind {
            Kind::Zip => format!(
                "Test-BackupFile -Id {id} -Name {} -Protects {protects}{owner} -Zip",
                quoted(&item.path)
            ),
            Kind::Xml => format!(
                "Test-BackupFile -Id {id} -Name {} -Protects {protects} -Xml",
                quoted(&item.path)
            ),
            Kind::Folder => format!(
                "Test-BackupFolder -Id {id} -Name {} -Protects {protects}",
                quoted(&item.path)
            ),
            Kind::Sql => {
                let dbs = item.of.databases;
                format!(
                    "Test-SqlBackup -Id {id} -SqlServer {} -Database {} -Protects {protects}",
                    quoted(&item.sql),
                    array(dbs)
                )
            }
        };
        out.push_str(&format!("Invoke-Check {id} {protects} {{ {check} }}\n"));
    }
    out.push_str(&drift_checks(plans, lang));
    out.push_str(&format!(
        r#"
# {write}
$failed = @($Checks | Where-Object {{ $_.status -eq 'failed' }}).Count
$warnings = @($Checks | Where-Object {{ $_.status -eq 'warning' }}).Count
$document = [ordered]@{{
    app = {app}
    format_version = {format}
    plan_fingerprint = {fingerprint}
    pools = {pools}
    computer = [System.Net.Dns]::GetHostEntry('').HostName
    user = '{{0}}\{{1}}' -f $env:USERDOMAIN, $env:USERNAME
    finished = Get-Date -Format 'o'
    checks = @($Checks)
    topology = $Topology
}}
Set-Content -Path $Report -Value (ConvertTo-Json -InputObject $document -Depth 6) -Encoding UTF8
$lines = @(({summary_line} -f $document.finished, $document.computer, ($Checks.Count - $failed - $warnings), $Checks.Count, $warnings, $failed))
$lines += @($Checks | Where-Object {{ $_.status -ne 'passed' }} | Select-Object -ExpandProperty detail)
Set-Content -Path $Summary -Value $lines -Encoding UTF8
$lines
if ($failed -gt 0) {{
    exit 1
}}
exit 0
"#,
        write = say(lang, "check.write"),
        app = quoted(REPORT_APP),
        format = REPORT_VERSION,
        fingerprint = quoted(fingerprint),
        pools = array(&pools),
        summary_line = quoted(say(lang, "check.summary")),
    ));
    out
}

/// Whether the deployment still matches the plan: each pool's member servers (`Get-CsPool`, its
/// `Computers`) and where the Central Management store is (`Get-CsConfigurationStoreLocation`)
/// here; the rest (Back End, file store, product version) the planner reads from the published
/// topology the check puts in its report, with its own importer.
fn drift_checks(plans: &[Plan], lang: Lang) -> String {
    let mut out = format!("\n# {}\n", say(lang, "check.drift_comment"));
    let mut cms = None;
    for plan in plans {
        let pool = Pool::check(plan);
        let Some(fqdn) = pool.fqdn.as_ref().map(|f| f.as_str()) else {
            continue;
        };
        let members: Vec<&str> = pool
            .members
            .iter()
            .filter_map(|m| m.fqdn.as_ref().map(|f| f.as_str()))
            .collect();
        out.push_str(&format!(
            "Test-Members -Pool {} -Planned {}\n",
            quoted(fqdn),
            array(&members)
        ));
        let sql = match plan.kind {
            PoolKind::FrontEnd => pool.back_end.fqdn.as_ref().map(|f| f.as_str().to_string()),
            PoolKind::StandardEdition => Some(fqdn.to_string()),
            _ => None,
        };
        if plan.hosts_cms && !plan.cms_unknown && cms.is_none() {
            cms = sql;
        }
    }
    if let Some(sql) = cms {
        out.push_str(&format!(
            "Test-Live -Id 'drift:cms' -Protects {} -What {} -Live (Read-Live {{ Get-CsConfigurationStoreLocation }}) -Planned {} -Within\n",
            array(&["cms.confirm", "cms.install-db", "cms.scp"]),
            quoted(say(lang, "check.cms")),
            quoted(&sql),
        ));
    }
    out.push_str(
        "$Topology = Read-Live { (Get-CsTopology -AsXml).ToString() }\nif ($Topology -eq '') {\n    Add-Check 'drift:topology' @('prep.names') 'warning' 'check.no_topology' @()\n}\n",
    );
    out
}

/// The pools a session's binder restores: its plan, then the site's other pools.
pub fn session_plans(session: &Session) -> Vec<Plan> {
    std::iter::once(&session.plan)
        .chain(&session.site)
        .cloned()
        .collect()
}
