//! The two scripts a plan gives, in Windows PowerShell 5.1 (what Lync Server and Skype for
//! Business Server run): the backup, which writes exactly the backup table's artefacts of the
//! plan's pools under the names the binder reads, and the readiness check, which only reads and
//! writes its own report. The commands of both come from the backup table and from this file's
//! fixed skeleton; `tests/backup_scripts.rs` parses them with a PowerShell grammar, lints every
//! command against Microsoft's reference, proves the check read-only and pins golden copies.

use crate::plan::description::model::{Plan, PoolKind, Version};
use crate::plan::description::pool::Pool;
use crate::plan::planning::progress::Session;
use crate::plan::planning::template::render;
use crate::plan::readiness::artefacts::{ARTEFACTS, Artefact, Kind, SAY, backup_set, values};
use crate::plan::readiness::report::{REPORT_APP, REPORT_VERSION};
use crate::plan::texts::lang::Lang;

/// The byte order mark a script file starts with: Windows PowerShell 5.1 reads a file without
/// one in the system's ANSI code page, which garbles every accented letter.
pub const BOM: &str = "\u{feff}";

/// One artefact of one pool, with its names filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The artefact.
    pub id: &'static str,
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
    let share_of = |plan: &Plan| render("{backup}", &values(&Pool::check(plan)), &mut Vec::new());
    let share = plans.first().map(share_of).unwrap_or_default();
    let mut out: Vec<Item> = Vec::new();
    for plan in plans {
        let pool = Pool::check(plan);
        let values = values(&pool);
        for artefact in backup_set(plan) {
            let mut missing = Vec::new();
            let write = render(artefact.write, &values, &mut missing);
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
            let own_share = share_of(plan);
            if missing.is_empty() && !own_share.eq_ignore_ascii_case(&share) {
                missing.push(own_share);
            }
            let what = artefact.what[usize::from(lang == Lang::Fr)];
            let mut item = Item {
                id: artefact.id,
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

/// A PowerShell single-quoted string of `text`.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// `text` with each `{name}` of `names` replaced.
fn fill(text: &str, names: &[(&str, &str)]) -> String {
    names.iter().fold(text.to_string(), |t, (name, value)| {
        t.replace(&format!("{{{name}}}"), value)
    })
}

/// The module that holds the management shell's cmdlets.
fn module(version: Version) -> &'static str {
    match version {
        Version::Lync2013 => "Lync",
        _ => "SkypeForBusiness",
    }
}

/// Where the scripts run: a server with the management shell of the first pool's site.
fn runs_on(plans: &[Plan], lang: Lang) -> String {
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
    out.push_str("#Requires -Version 5.1\n<#\n.SYNOPSIS\n");
    out.push_str(synopsis);
    out.push_str("\n\n.DESCRIPTION\n");
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("#>\n");
}

/// The items written, and a comment line for each one left out.
fn split(items: Vec<Item>, lang: Lang, out: &mut Vec<String>) -> Vec<Item> {
    let (written, left): (Vec<Item>, Vec<Item>) =
        items.into_iter().partition(|i| i.missing.is_empty());
    for item in &left {
        out.push(fill(
            say(lang, "left_out"),
            &[("what", &item.what), ("why", &item.missing.join(", "))],
        ));
    }
    written
}

/// The backup script of `plans` (a pool, or a site's pools), for the plan whose fingerprint is
/// `fingerprint`.
pub fn backup_script(plans: &[Plan], lang: Lang, fingerprint: &str) -> String {
    let version = plans.first().map(|p| p.version).unwrap_or_default();
    let pools: Vec<&str> = plans.iter().map(|p| p.pool_fqdn.trim()).collect();
    let mut left = Vec::new();
    let items = split(items(plans, lang), lang, &mut left);
    let share = plans
        .first()
        .map(|p| render("{backup}", &values(&Pool::check(p)), &mut Vec::new()))
        .unwrap_or_default();
    let names = [
        ("pool", pools.join(", ")),
        ("fingerprint", fingerprint.to_string()),
        ("runs_on", runs_on(plans, lang)),
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
        "backup.where",
        "backup.sql",
        "schedule",
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
    $Run = Join-Path $Backup ('Runs\' + (Get-Date -Format 'yyyy-MM-dd_HHmmss'))
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
    param([string]$Name)
    $written = Join-Path $Run $Name
    if (-not (Test-Path -Path $written -PathType Leaf) -or (Get-Item -Path $written).Length -eq 0) {{
        throw ({not_written} -f $Name)
    }}
    Copy-Item -Path $written -Destination (Join-Path $Backup $Name) -Force
}}
"#,
        share = quoted(&share),
        skip = if has_sql { ",\n    [switch]$SkipSqlBackups" } else { "" },
        module = module(version),
        no_share = quoted(say(lang, "backup.no_share")),
        publish_comment = say(lang, "backup.publish"),
        not_written = quoted(say(lang, "backup.not_written")),
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
            $command.CommandText = "BACKUP DATABASE [$name] TO DISK = @file WITH INIT, CHECKSUM"
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
        let body = match artefact_kind(item.id) {
            Kind::Zip | Kind::Xml => {
                format!(
                    "    {}\n    Publish-File {}\n",
                    item.write,
                    quoted(&item.path)
                )
            }
            Kind::Folder => format!(
                "    {}\n    if ($LASTEXITCODE -ge 8) {{ throw ({} -f $LASTEXITCODE) }}\n",
                item.write,
                quoted(say(lang, "backup.robocopy_failed"))
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
# {keep}
$old = Get-ChildItem -Path (Join-Path $Backup 'Runs') -Directory |
    Where-Object {{ $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) -and $_.FullName -ne $Run }}
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
        failed = quoted(say(lang, "backup.failed")),
        done = quoted(say(lang, "backup.done")),
    ));
    out
}

/// The kind of the artefact with this id.
fn artefact_kind(id: &str) -> Kind {
    ARTEFACTS
        .iter()
        .find(|a| a.id == id)
        .map_or(Kind::Zip, |a| a.kind)
}

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
    let version = plans.first().map(|p| p.version).unwrap_or_default();
    let pools: Vec<&str> = plans.iter().map(|p| p.pool_fqdn.trim()).collect();
    let mut left = Vec::new();
    let items = split(items(plans, lang), lang, &mut left);
    let share = plans
        .first()
        .map(|p| render("{backup}", &values(&Pool::check(p)), &mut Vec::new()))
        .unwrap_or_default();
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
    for id in ["check.where", "schedule", "check.exit"] {
        lines.push(fill(say(lang, id), &names));
        lines.push(String::new());
    }
    lines.pop();
    let mut out = String::new();
    help(&mut out, &fill(say(lang, "check.synopsis"), &names), &lines);
    out.push_str(&format!(
        r#"[CmdletBinding()]
param(
    [string]$Backup = {share},
    [ValidateRange(1, 8760)]
    [int]$MaxAgeHours = 26,
    [string]$Report = (Join-Path $PSScriptRoot {report}),
    [string]$Summary = (Join-Path $PSScriptRoot {summary})
)

$ErrorActionPreference = 'Stop'
Import-Module {module}
Add-Type -AssemblyName System.IO.Compression.FileSystem
$Checks = New-Object -TypeName System.Collections.ArrayList
$Now = Get-Date

function Add-Check {{
    param([string]$Id, [string[]]$Protects, [string]$Status, [string]$Detail)
    $null = $Checks.Add([pscustomobject]@{{ id = $Id; protects = @($Protects); status = $Status; detail = $Detail }})
}}

function Get-Age {{
    param([datetime]$Time)
    [int][math]::Floor(($Now - $Time).TotalHours)
}}

function Test-BackupFile {{
    param([string]$Id, [string]$Name, [string[]]$Protects, [switch]$Zip, [switch]$Xml)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Leaf)) {{
        Add-Check $Id $Protects 'failed' ({missing} -f $path)
        return
    }}
    $item = Get-Item -Path $path
    if ($item.Length -eq 0) {{
        Add-Check $Id $Protects 'failed' ({empty} -f $path)
        return
    }}
    if ($Zip) {{
        try {{
            $archive = [System.IO.Compression.ZipFile]::OpenRead($path)
            $entries = $archive.Entries.Count
            $archive.Dispose()
        }} catch {{
            Add-Check $Id $Protects 'failed' ({not_zip} -f $path)
            return
        }}
        if ($entries -eq 0) {{
            Add-Check $Id $Protects 'failed' ({empty_zip} -f $path)
            return
        }}
    }}
    if ($Xml) {{
        try {{
            $null = [xml][System.IO.File]::ReadAllText($path)
        }} catch {{
            Add-Check $Id $Protects 'failed' ({not_xml} -f $path)
            return
        }}
    }}
    $age = Get-Age $item.LastWriteTime
    if ($age -gt $MaxAgeHours) {{
        Add-Check $Id $Protects 'failed' ({too_old} -f $path, $age, $MaxAgeHours)
    }} else {{
        Add-Check $Id $Protects 'passed' ({fresh} -f $path, $age, [math]::Ceiling($item.Length / 1024))
    }}
}}

function Test-BackupFolder {{
    param([string]$Id, [string]$Name, [string[]]$Protects)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Container)) {{
        Add-Check $Id $Protects 'failed' ({missing} -f $path)
        return
    }}
    $first = Get-ChildItem -Path $path -File -Recurse | Select-Object -First 1
    if ($null -eq $first) {{
        Add-Check $Id $Protects 'warning' ({empty_folder} -f $path)
    }} else {{
        Add-Check $Id $Protects 'passed' ({folder} -f $path)
    }}
}}

function Test-SqlBackup {{
    param([string]$Id, [string]$SqlServer, [string[]]$Database, [string[]]$Protects)
    foreach ($name in $Database) {{
        $check = '{{0}}:{{1}}' -f $Id, $name
        try {{
            $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList "Server=$SqlServer;Database=msdb;Integrated Security=True;ApplicationIntent=ReadOnly"
            $connection.Open()
            $command = $connection.CreateCommand()
            $command.CommandText = "SELECT MAX(backup_finish_date) FROM msdb.dbo.backupset WHERE database_name = @name AND type = 'D'"
            $null = $command.Parameters.AddWithValue('@name', $name)
            $last = $command.ExecuteScalar()
            $connection.Close()
        }} catch {{
            Add-Check $check $Protects 'warning' ({sql_unread} -f $name, $SqlServer, $_.Exception.Message)
            continue
        }}
        if ($last -is [System.DBNull] -or $null -eq $last) {{
            Add-Check $check $Protects 'failed' ({sql_none} -f $name, $SqlServer)
            continue
        }}
        $age = Get-Age $last
        if ($age -gt $MaxAgeHours) {{
            Add-Check $check $Protects 'failed' ({sql_old} -f $name, $SqlServer, $age, $MaxAgeHours)
        }} else {{
            Add-Check $check $Protects 'passed' ({sql_fresh} -f $name, $SqlServer, $age)
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
        Add-Check $Id $Protects 'warning' ({unread} -f $What)
    }} elseif ($Live -eq $Planned -or ($Within -and $Live -like ('*' + $Planned + '*'))) {{
        Add-Check $Id $Protects 'passed' ({same} -f $What, $Live)
    }} else {{
        Add-Check $Id $Protects 'failed' ({drift} -f $What, $Live, $Planned)
    }}
}}

function Test-Members {{
    param([string]$Pool, [string[]]$Planned)
    $id = 'drift:members:' + $Pool
    $protects = @('prep.names')
    try {{
        $live = [string[]]@((Get-CsPool -Identity $Pool).Computers)
    }} catch {{
        Add-Check $id $protects 'warning' ({unread} -f $Pool)
        return
    }}
    $extra = @($live | Where-Object {{ $Planned -notcontains $_ }})
    $gone = @($Planned | Where-Object {{ $live -notcontains $_ }})
    if ($extra.Count -eq 0 -and $gone.Count -eq 0) {{
        Add-Check $id $protects 'passed' ({members_same} -f $Pool, $live.Count)
    }} else {{
        Add-Check $id $protects 'failed' ({members_drift} -f $Pool, ($extra -join ', '), ($gone -join ', '))
    }}
}}
"#,
        share = quoted(&share),
        report = quoted(&format!("{stem}.json")),
        summary = quoted(&format!("{stem}.txt")),
        module = module(version),
        missing = quoted(say(lang, "check.missing")),
        empty = quoted(say(lang, "check.empty")),
        not_zip = quoted(say(lang, "check.not_zip")),
        empty_zip = quoted(say(lang, "check.empty_zip")),
        not_xml = quoted(say(lang, "check.not_xml")),
        too_old = quoted(say(lang, "check.too_old")),
        fresh = quoted(say(lang, "check.fresh")),
        empty_folder = quoted(say(lang, "check.empty_folder")),
        folder = quoted(say(lang, "check.folder")),
        sql_unread = quoted(say(lang, "check.sql_unread")),
        sql_none = quoted(say(lang, "check.sql_none")),
        sql_old = quoted(say(lang, "check.sql_old")),
        sql_fresh = quoted(say(lang, "check.sql_fresh")),
        unread = quoted(say(lang, "check.unread")),
        same = quoted(say(lang, "check.same")),
        drift = quoted(say(lang, "check.drift")),
        members_same = quoted(say(lang, "check.members_same")),
        members_drift = quoted(say(lang, "check.members_drift")),
    ));
    out.push_str(&format!("\n# {}\n", say(lang, "check.backups")));
    for item in &items {
        let id = quoted(&format!("{}:{}", item.id, item.pool));
        let protects = array(&protected(item));
        out.push_str(&match artefact_kind(item.id) {
            Kind::Zip => format!(
                "Test-BackupFile -Id {id} -Name {} -Protects {protects} -Zip\n",
                quoted(&item.path)
            ),
            Kind::Xml => format!(
                "Test-BackupFile -Id {id} -Name {} -Protects {protects} -Xml\n",
                quoted(&item.path)
            ),
            Kind::Folder => format!(
                "Test-BackupFolder -Id {id} -Name {} -Protects {protects}\n",
                quoted(&item.path)
            ),
            Kind::Sql => {
                let dbs = ARTEFACTS
                    .iter()
                    .find(|a| a.id == item.id)
                    .map_or(&[][..], |a| a.databases);
                format!(
                    "Test-SqlBackup -Id {id} -SqlServer {} -Database {} -Protects {protects}\n",
                    quoted(&item.sql),
                    array(dbs)
                )
            }
        });
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
    out.push_str(&format!(
        "$Topology = Read-Live {{ (Get-CsTopology -AsXml).ToString() }}\nif ($Topology -eq '') {{\n    Add-Check 'drift:topology' @('prep.names') 'warning' {}\n}}\n",
        quoted(say(lang, "check.no_topology"))
    ));
    out
}

/// The pools a session's binder restores: its plan, then the site's other pools.
pub fn session_plans(session: &Session) -> Vec<Plan> {
    std::iter::once(&session.plan)
        .chain(&session.site)
        .cloned()
        .collect()
}
