#Requires -Version 5.1
<#
.SYNOPSIS
Readiness check of the backup of edgepool.contoso.com and of the deployment, against its restore binder (plan c6292389), written by Lync Restore Planner.

.DESCRIPTION
Read-only: it changes nothing but its own report, readiness-edgepool.contoso.com.json (JSON, which the planner opens) and readiness-edgepool.contoso.com.txt (text), written next to this file unless -Report and -Summary say otherwise.

It checks each file the binder's restore steps read (there, not empty, opens, at most -MaxAgeHours hours old), the SQL Server backups of the databases the binder restores (a full backup in msdb's history at most -MaxAgeHours hours old, whoever took it), the file store copy, and whether the deployment still matches the plan: the pool's member servers and where the Central Management store is here, and the published topology (Back End, file store, product version) in the planner.

Run it on a Front End Server of the site, in Windows PowerShell 5.1, with an account that is a member of RTCUniversalReadOnlyAdmins, can read the backup share and can read msdb's backup history on each SQL Server. Run it on a calm day after each change, and on a schedule after the backup.

Schedule it in Task Scheduler, daily at a quiet hour: Program powershell.exe, arguments -NoProfile -ExecutionPolicy Bypass -File "<path of this file>", Run whether user is logged on or not.

Exit code: 0 when no check failed (warnings do not fail), 1 when one did. Open the report in the planner: the cover and the steps each failed check protects show it.
#>
[CmdletBinding()]
param(
    [string]$Backup = '\\backup01.contoso.com\LyncBackup',
    [ValidateRange(1, 8760)]
    [int]$MaxAgeHours = 26,
    [string]$Report = (Join-Path $PSScriptRoot 'readiness-edgepool.contoso.com.json'),
    [string]$Summary = (Join-Path $PSScriptRoot 'readiness-edgepool.contoso.com.txt')
)

$ErrorActionPreference = 'Stop'
Import-Module Lync
Add-Type -AssemblyName System.IO.Compression.FileSystem
$Checks = New-Object -TypeName System.Collections.ArrayList
$Now = Get-Date

function Add-Check {
    param([string]$Id, [string[]]$Protects, [string]$Status, [string]$Detail)
    $null = $Checks.Add([pscustomobject]@{ id = $Id; protects = @($Protects); status = $Status; detail = $Detail })
}

function Get-Age {
    param([datetime]$Time)
    [int][math]::Floor(($Now - $Time).TotalHours)
}

function Test-BackupFile {
    param([string]$Id, [string]$Name, [string[]]$Protects, [switch]$Zip, [switch]$Xml)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Leaf)) {
        Add-Check $Id $Protects 'failed' ('{0} is missing' -f $path)
        return
    }
    $item = Get-Item -Path $path
    if ($item.Length -eq 0) {
        Add-Check $Id $Protects 'failed' ('{0} is empty' -f $path)
        return
    }
    if ($Zip) {
        try {
            $archive = [System.IO.Compression.ZipFile]::OpenRead($path)
            $entries = $archive.Entries.Count
            $archive.Dispose()
        } catch {
            Add-Check $Id $Protects 'failed' ('{0} does not open as a zip file' -f $path)
            return
        }
        if ($entries -eq 0) {
            Add-Check $Id $Protects 'failed' ('{0} holds no file' -f $path)
            return
        }
    }
    if ($Xml) {
        try {
            $null = [xml][System.IO.File]::ReadAllText($path)
        } catch {
            Add-Check $Id $Protects 'failed' ('{0} is not XML' -f $path)
            return
        }
    }
    $age = Get-Age $item.LastWriteTime
    if ($age -gt $MaxAgeHours) {
        Add-Check $Id $Protects 'failed' ('{0} is {1} hours old (at most {2})' -f $path, $age, $MaxAgeHours)
    } else {
        Add-Check $Id $Protects 'passed' ('{0}, {1} hours old, {2} KB' -f $path, $age, [math]::Ceiling($item.Length / 1024))
    }
}

function Test-BackupFolder {
    param([string]$Id, [string]$Name, [string[]]$Protects)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Container)) {
        Add-Check $Id $Protects 'failed' ('{0} is missing' -f $path)
        return
    }
    $first = Get-ChildItem -Path $path -File -Recurse | Select-Object -First 1
    if ($null -eq $first) {
        Add-Check $Id $Protects 'warning' ('{0} holds no file' -f $path)
    } else {
        Add-Check $Id $Protects 'passed' ('{0} holds files' -f $path)
    }
}

function Test-SqlBackup {
    param([string]$Id, [string]$SqlServer, [string[]]$Database, [string[]]$Protects)
    foreach ($name in $Database) {
        $check = '{0}:{1}' -f $Id, $name
        try {
            $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList "Server=$SqlServer;Database=msdb;Integrated Security=True;ApplicationIntent=ReadOnly"
            $connection.Open()
            $command = $connection.CreateCommand()
            $command.CommandText = "SELECT MAX(backup_finish_date) FROM msdb.dbo.backupset WHERE database_name = @name AND type = 'D'"
            $null = $command.Parameters.AddWithValue('@name', $name)
            $last = $command.ExecuteScalar()
            $connection.Close()
        } catch {
            Add-Check $check $Protects 'warning' ('the backup history of {0} on {1} could not be read: {2}' -f $name, $SqlServer, $_.Exception.Message)
            continue
        }
        if ($last -is [System.DBNull] -or $null -eq $last) {
            Add-Check $check $Protects 'failed' ('{0} on {1} has no full backup' -f $name, $SqlServer)
            continue
        }
        $age = Get-Age $last
        if ($age -gt $MaxAgeHours) {
            Add-Check $check $Protects 'failed' ('the last full backup of {0} on {1} is {2} hours old (at most {3})' -f $name, $SqlServer, $age, $MaxAgeHours)
        } else {
            Add-Check $check $Protects 'passed' ('{0} on {1}: full backup {2} hours old' -f $name, $SqlServer, $age)
        }
    }
}

function Read-Live {
    param([scriptblock]$Read)
    try {
        [string](& $Read)
    } catch {
        ''
    }
}

function Test-Live {
    param([string]$Id, [string[]]$Protects, [string]$What, [string]$Live, [string]$Planned, [switch]$Within)
    if ($Live -eq '') {
        Add-Check $Id $Protects 'warning' ('{0} could not be read' -f $What)
    } elseif ($Live -eq $Planned -or ($Within -and $Live -like ('*' + $Planned + '*'))) {
        Add-Check $Id $Protects 'passed' ('{0}: {1}, as planned' -f $What, $Live)
    } else {
        Add-Check $Id $Protects 'failed' ('{0} is {1}; the plan says {2}: print the binder again from an updated plan' -f $What, $Live, $Planned)
    }
}

function Test-Members {
    param([string]$Pool, [string[]]$Planned)
    $id = 'drift:members:' + $Pool
    $protects = @('prep.names')
    try {
        $live = [string[]]@((Get-CsPool -Identity $Pool).Computers)
    } catch {
        Add-Check $id $protects 'warning' ('{0} could not be read' -f $Pool)
        return
    }
    $extra = @($live | Where-Object { $Planned -notcontains $_ })
    $gone = @($Planned | Where-Object { $live -notcontains $_ })
    if ($extra.Count -eq 0 -and $gone.Count -eq 0) {
        Add-Check $id $protects 'passed' ('{0} has the {1} member servers of the plan' -f $Pool, $live.Count)
    } else {
        Add-Check $id $protects 'failed' ('{0} has servers the plan does not list ({1}) or lacks servers it lists ({2}): print the binder again from an updated plan' -f $Pool, ($extra -join ', '), ($gone -join ', '))
    }
}

# The backup the binder reads.
Test-BackupFile -Id 'topology:edgepool.contoso.com' -Name 'Topology.xml' -Protects @('prep.backup-files') -Xml

# The deployment against the plan.
Test-Members -Pool 'edgepool.contoso.com' -Planned @('edge01.contoso.com', 'edge02.contoso.com')
$Topology = Read-Live { (Get-CsTopology -AsXml).ToString() }
if ($Topology -eq '') {
    Add-Check 'drift:topology' @('prep.names') 'warning' 'The published topology could not be read: the planner cannot compare the deployment with the plan.'
}

# The report (JSON, for the planner) and its summary (text).
$failed = @($Checks | Where-Object { $_.status -eq 'failed' }).Count
$warnings = @($Checks | Where-Object { $_.status -eq 'warning' }).Count
$document = [ordered]@{
    app = 'lync-restore-readiness'
    format_version = 1
    plan_fingerprint = 'c6292389'
    pools = @('edgepool.contoso.com')
    computer = [System.Net.Dns]::GetHostEntry('').HostName
    user = '{0}\{1}' -f $env:USERDOMAIN, $env:USERNAME
    finished = Get-Date -Format 'o'
    checks = @($Checks)
    topology = $Topology
}
Set-Content -Path $Report -Value (ConvertTo-Json -InputObject $document -Depth 6) -Encoding UTF8
$lines = @(('Readiness check {0} on {1}: {2} of {3} checks passed, {4} warnings, {5} failed.' -f $document.finished, $document.computer, ($Checks.Count - $failed - $warnings), $Checks.Count, $warnings, $failed))
$lines += @($Checks | Where-Object { $_.status -ne 'passed' } | Select-Object -ExpandProperty detail)
Set-Content -Path $Summary -Value $lines -Encoding UTF8
$lines
if ($failed -gt 0) {
    exit 1
}
exit 0
