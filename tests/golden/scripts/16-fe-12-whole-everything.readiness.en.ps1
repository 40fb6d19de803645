#Requires -Version 3.0
<#
.SYNOPSIS
Readiness check of the backup of pool01.contoso.com and of the deployment, against its restore binder (plan 05290b85), written by Lync Restore Planner.

.DESCRIPTION
Read-only: it changes nothing but its own report, readiness-pool01.contoso.com.json (JSON, which Lync Restore Planner reads) and readiness-pool01.contoso.com.txt (text), written next to this file unless -Report and -Summary say otherwise.

It checks each file the binder's restore steps read (there, not empty, opens, less than -MaxAgeHours hours old), the SQL Server backups of the databases the binder restores (a full backup less than -MaxAgeHours hours old in msdb's history, whoever took it), the file store copy, and whether the deployment still matches the plan: here the pool's member servers and where the Central Management store is, and in Lync Restore Planner the published topology (Back End, file store, product version).

Run it on a Front End Server of pool01.contoso.com, in Windows PowerShell 5.1, with an account that is a member of RTCUniversalReadOnlyAdmins, can read the backup share and can read msdb's backup history on each SQL Server. Run it on a calm day after each change.

Schedule it in Task Scheduler too, daily once the backup has finished: the same program and arguments with the path of this file, Run whether user is logged on or not.

Exit code: 0 when no check failed (warnings do not fail), 1 when one did. Bring the report into the binder (lync-restore-plan plan.json --report <report>): its cover sheet says when the check last ran, and each failed check shows on the steps it protects.
#>
[CmdletBinding()]
param(
    [string]$Backup = '\\backup01.contoso.com\LyncBackup',
    [ValidateRange(1, 8760)]
    [int]$MaxAgeHours = 26,
    [string]$Report = '',
    [string]$Summary = ''
)

$ErrorActionPreference = 'Stop'
# Windows PowerShell leaves $PSScriptRoot empty while it reads parameter defaults.
if (-not $Report) {
    $Report = Join-Path $PSScriptRoot 'readiness-pool01.contoso.com.json'
}
if (-not $Summary) {
    $Summary = Join-Path $PSScriptRoot 'readiness-pool01.contoso.com.txt'
}
Import-Module Lync
Add-Type -AssemblyName System.IO.Compression.FileSystem
$Checks = New-Object -TypeName System.Collections.ArrayList
$Now = Get-Date
$Words = @{
    'check.missing' = '{0} is missing'
    'check.empty' = '{0} is empty'
    'check.not_zip' = '{0} does not open as a ZIP file'
    'check.empty_zip' = '{0} holds no file'
    'check.not_xml' = '{0} is not XML'
    'check.too_old' = '{0} is too old: {1} h (at most {2} h)'
    'check.fresh' = '{0}: {1} h old, {2} KB'
    'check.empty_folder' = '{0} holds no file'
    'check.never_copied' = '{0}: the backup script never finished copying the file store'
    'check.copy_old' = '{0}: the last complete copy is too old: {1} h (at most {2} h)'
    'check.folder' = '{0}: last complete copy {1} h old'
    'check.sql_unread' = 'the backup history of {0} on {1} could not be read: {2}'
    'check.sql_none' = '{0} on {1} has no full or differential backup'
    'check.sql_old' = 'the last backup of {0} on {1} is too old: {2} h (at most {3} h)'
    'check.sql_fresh' = '{0} on {1}: last backup {2} h old'
    'check.unread' = '{0} could not be read'
    'check.same' = '{0}: {1}, as planned'
    'check.drift' = '{0} is {1}; the plan says {2}: print the binder again from an updated plan'
    'check.members_same' = '{0} has every member server of the plan ({1})'
    'check.members_extra' = '{0} has servers the plan does not list: {1}. Print the binder again from an updated plan.'
    'check.members_gone' = '{0} no longer has servers the plan lists: {1}. Print the binder again from an updated plan.'
    'check.no_topology' = 'the published topology could not be read: Lync Restore Planner cannot compare the deployment with the plan.'
    'check.other_pool' = '{0} is the backup of pool {1}, not of this one: give each pool its own backup share or its own file names.'
    'check.error' = 'the check stopped: {0}'
}

function Add-Check {
    param([string]$Id, [string[]]$Protects, [string]$Status, [string]$Say, [object[]]$Values)
    $null = $Checks.Add([pscustomobject]@{ id = $Id; protects = @($Protects); status = $Status; detail = ($Words[$Say] -f $Values); say = $Say; args = [string[]]@($Values) })
}

function Invoke-Check {
    param([string]$Id, [string[]]$Protects, [scriptblock]$Run)
    try {
        & $Run
    } catch {
        Add-Check $Id $Protects 'failed' 'check.error' @($_.Exception.Message)
    }
}

function Get-Age {
    param([datetime]$Time)
    [int][math]::Floor(($Now - $Time).TotalHours)
}

function Test-BackupFile {
    param([string]$Id, [string]$Name, [string[]]$Protects, [string]$Pool, [switch]$Zip, [switch]$Xml)
    $path = Join-Path $Backup $Name
    $owner = $path + '.pool'
    if ($Pool -and (Test-Path -Path $owner -PathType Leaf) -and ([System.IO.File]::ReadAllText($owner).Trim() -ne $Pool)) {
        Add-Check $Id $Protects 'failed' 'check.other_pool' @($path, [System.IO.File]::ReadAllText($owner).Trim())
        return
    }
    if (-not (Test-Path -Path $path -PathType Leaf)) {
        Add-Check $Id $Protects 'failed' 'check.missing' @($path)
        return
    }
    $item = Get-Item -Path $path
    if ($item.Length -eq 0) {
        Add-Check $Id $Protects 'failed' 'check.empty' @($path)
        return
    }
    if ($Zip) {
        try {
            $archive = [System.IO.Compression.ZipFile]::OpenRead($path)
            $entries = $archive.Entries.Count
            $archive.Dispose()
        } catch {
            Add-Check $Id $Protects 'failed' 'check.not_zip' @($path)
            return
        }
        if ($entries -eq 0) {
            Add-Check $Id $Protects 'failed' 'check.empty_zip' @($path)
            return
        }
    }
    if ($Xml) {
        try {
            $null = [xml][System.IO.File]::ReadAllText($path)
        } catch {
            Add-Check $Id $Protects 'failed' 'check.not_xml' @($path)
            return
        }
    }
    $age = Get-Age $item.LastWriteTime
    if ($age -gt $MaxAgeHours) {
        Add-Check $Id $Protects 'failed' 'check.too_old' @($path, $age, $MaxAgeHours)
    } else {
        Add-Check $Id $Protects 'passed' 'check.fresh' @($path, $age, [math]::Ceiling($item.Length / 1024))
    }
}

function Test-BackupFolder {
    param([string]$Id, [string]$Name, [string[]]$Protects)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Container)) {
        Add-Check $Id $Protects 'failed' 'check.missing' @($path)
        return
    }
    $first = Get-ChildItem -Path $path -File -Recurse | Select-Object -First 1
    $copied = $path + '.copied'
    if ($null -eq $first) {
        Add-Check $Id $Protects 'failed' 'check.empty_folder' @($path)
    } elseif (-not (Test-Path -Path $copied -PathType Leaf)) {
        Add-Check $Id $Protects 'failed' 'check.never_copied' @($path)
    } else {
        $age = Get-Age (Get-Item -Path $copied).LastWriteTime
        if ($age -gt $MaxAgeHours) {
            Add-Check $Id $Protects 'failed' 'check.copy_old' @($path, $age, $MaxAgeHours)
        } else {
            Add-Check $Id $Protects 'passed' 'check.folder' @($path, $age)
        }
    }
}

function Test-SqlBackup {
    param([string]$Id, [string]$SqlServer, [string[]]$Database, [string[]]$Protects)
    foreach ($name in $Database) {
        $check = '{0}:{1}' -f $Id, $name
        try {
            $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList "Server=$SqlServer;Database=msdb;Integrated Security=True"
            $connection.Open()
            $command = $connection.CreateCommand()
            $command.CommandText = "SELECT MAX(backup_finish_date) FROM msdb.dbo.backupset WHERE database_name = @name AND type IN ('D', 'I')"
            $null = $command.Parameters.AddWithValue('@name', $name)
            $last = $command.ExecuteScalar()
            $connection.Close()
        } catch {
            Add-Check $check $Protects 'failed' 'check.sql_unread' @($name, $SqlServer, $_.Exception.Message)
            continue
        }
        if ($last -is [System.DBNull] -or $null -eq $last) {
            Add-Check $check $Protects 'failed' 'check.sql_none' @($name, $SqlServer)
            continue
        }
        $age = Get-Age $last
        if ($age -gt $MaxAgeHours) {
            Add-Check $check $Protects 'failed' 'check.sql_old' @($name, $SqlServer, $age, $MaxAgeHours)
        } else {
            Add-Check $check $Protects 'passed' 'check.sql_fresh' @($name, $SqlServer, $age)
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
        Add-Check $Id $Protects 'warning' 'check.unread' @($What)
    } elseif ($Live -eq $Planned -or ($Within -and $Live -like ('*' + $Planned + '*'))) {
        Add-Check $Id $Protects 'passed' 'check.same' @($What, $Live)
    } else {
        Add-Check $Id $Protects 'failed' 'check.drift' @($What, $Live, $Planned)
    }
}

function Test-Members {
    param([string]$Pool, [string[]]$Planned)
    $id = 'drift:members:' + $Pool
    $protects = @('prep.names')
    try {
        $live = [string[]]@((Get-CsPool -Identity $Pool).Computers)
    } catch {
        Add-Check $id $protects 'warning' 'check.unread' @($Pool)
        return
    }
    $extra = @($live | Where-Object { $Planned -notcontains $_ })
    $gone = @($Planned | Where-Object { $live -notcontains $_ })
    if ($extra.Count -gt 0) {
        Add-Check ($id + ':extra') $protects 'failed' 'check.members_extra' @($Pool, ($extra -join ', '))
    }
    if ($gone.Count -gt 0) {
        Add-Check ($id + ':gone') $protects 'failed' 'check.members_gone' @($Pool, ($gone -join ', '))
    }
    if ($extra.Count -eq 0 -and $gone.Count -eq 0) {
        Add-Check $id $protects 'passed' 'check.members_same' @($Pool, $live.Count)
    }
}

# The backup the binder reads.
Invoke-Check 'topology:pool01.contoso.com' @('prep.backup-files') { Test-BackupFile -Id 'topology:pool01.contoso.com' -Name 'Topology.xml' -Protects @('prep.backup-files') -Xml }
Invoke-Check 'config:pool01.contoso.com' @('prep.backup-files', 'cms.replica-export', 'cms.import') { Test-BackupFile -Id 'config:pool01.contoso.com' -Name 'Config.zip' -Protects @('prep.backup-files', 'cms.replica-export', 'cms.import') -Zip }
Invoke-Check 'lis:pool01.contoso.com' @('prep.backup-files', 'data.lis') { Test-BackupFile -Id 'lis:pool01.contoso.com' -Name 'E911Config.zip' -Protects @('prep.backup-files', 'data.lis') -Zip }
Invoke-Check 'user_data:pool01.contoso.com' @('prep.backup-files', 'data.user', 'data.user-se', 'data.user-start-pool') { Test-BackupFile -Id 'user_data:pool01.contoso.com' -Name 'ExportedUserData.zip' -Protects @('prep.backup-files', 'data.user', 'data.user-se', 'data.user-start-pool') -Pool 'pool01.contoso.com' -Zip }
Invoke-Check 'rgs:pool01.contoso.com' @('prep.backup-files', 'data.rgs-check', 'data.rgs', 'fo.rgs') { Test-BackupFile -Id 'rgs:pool01.contoso.com' -Name 'RgsConfiguration.zip' -Protects @('prep.backup-files', 'data.rgs-check', 'data.rgs', 'fo.rgs') -Pool 'pool01.contoso.com' -Zip }
Invoke-Check 'file_store:pool01.contoso.com' @('prep.backup-files', 'se.file-store', 'fs.copy') { Test-BackupFolder -Id 'file_store:pool01.contoso.com' -Name 'filestore' -Protects @('prep.backup-files', 'se.file-store', 'fs.copy') }
Invoke-Check 'archiving_db:pool01.contoso.com' @('prep.backup-files', 'data.archiving') { Test-SqlBackup -Id 'archiving_db:pool01.contoso.com' -SqlServer 'sql01.contoso.com\rtc' -Database @('LcsLog') -Protects @('prep.backup-files', 'data.archiving') }
Invoke-Check 'monitoring_db:pool01.contoso.com' @('prep.backup-files', 'data.monitoring') { Test-SqlBackup -Id 'monitoring_db:pool01.contoso.com' -SqlServer 'sql01.contoso.com\rtc' -Database @('LcsCDR', 'QoEMetrics') -Protects @('prep.backup-files', 'data.monitoring') }

# The deployment against the plan.
Test-Members -Pool 'pool01.contoso.com' -Planned @('fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'fe04.contoso.com', 'fe05.contoso.com', 'fe06.contoso.com', 'fe07.contoso.com', 'fe08.contoso.com', 'fe09.contoso.com', 'fe10.contoso.com', 'fe11.contoso.com', 'fe12.contoso.com')
Test-Live -Id 'drift:cms' -Protects @('cms.confirm', 'cms.install-db', 'cms.scp') -What 'The Central Management store' -Live (Read-Live { Get-CsConfigurationStoreLocation }) -Planned 'sql01.contoso.com' -Within
$Topology = Read-Live { (Get-CsTopology -AsXml).ToString() }
if ($Topology -eq '') {
    Add-Check 'drift:topology' @('prep.names') 'warning' 'check.no_topology' @()
}

# The report (JSON, for Lync Restore Planner) and its summary (text).
$failed = @($Checks | Where-Object { $_.status -eq 'failed' }).Count
$warnings = @($Checks | Where-Object { $_.status -eq 'warning' }).Count
$document = [ordered]@{
    app = 'lync-restore-readiness'
    format_version = 1
    plan_fingerprint = '05290b85'
    pools = @('pool01.contoso.com')
    computer = [System.Net.Dns]::GetHostEntry('').HostName
    user = '{0}\{1}' -f $env:USERDOMAIN, $env:USERNAME
    finished = Get-Date -Format 'o'
    checks = @($Checks)
    topology = $Topology
}
Set-Content -Path $Report -Value (ConvertTo-Json -InputObject $document -Depth 6) -Encoding UTF8
$lines = @(('Readiness check {0} on {1}: passed {2} of {3}; warnings: {4}; failed: {5}.' -f $document.finished, $document.computer, ($Checks.Count - $failed - $warnings), $Checks.Count, $warnings, $failed))
$lines += @($Checks | Where-Object { $_.status -ne 'passed' } | Select-Object -ExpandProperty detail)
Set-Content -Path $Summary -Value $lines -Encoding UTF8
$lines
if ($failed -gt 0) {
    exit 1
}
exit 0
