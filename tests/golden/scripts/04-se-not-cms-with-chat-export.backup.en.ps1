#Requires -Version 3.0
<#
.SYNOPSIS
Backup script of se02.contoso.com for its restore binder (plan bf242b99), written by Lync Restore Planner.

.DESCRIPTION
This script writes exactly what the binder's restore steps read, under the names they read it from:
  Topology.xml            the published topology, which Lync Restore Planner imports
  ExportedUserData.zip    the user data of se02.contoso.com (contacts, conferences, rights)
  PersistentChatData.zip  the Persistent Chat data, exported
  filestore               the file store \\se02.contoso.com\LyncShare

Each run writes into a new dated folder, $Backup\Runs\se02.contoso.com\<date_time>, with its log (backup.log). A file is copied to $Backup only once it is written, not empty and not much smaller than the last good copy, so a failed export never replaces the last good one. The file store is copied to $Backup\filestore, where nothing is ever deleted. Runs older than -KeepDays days are deleted, but never the newest complete one.

Give each pool its own backup share (or its own file names in Lync Restore Planner): two pools writing the same names to one share overwrite each other's exports.

Run it on se02.contoso.com itself, in Windows PowerShell 5.1, with an account that is a member of RTCUniversalServerAdmins (and CsPersistentChatAdministrator for the Persistent Chat data) and can write to the backup share.

Schedule it in Task Scheduler, daily at a quiet hour: Program/script powershell.exe, Add arguments (optional) -NoProfile -ExecutionPolicy Bypass -File "<path of this file>", Run whether user is logged on or not.

During a restore, disable the backup script's scheduled task on every server that still runs it until the restore is verified: a run during the restore could copy incomplete data over the files the restore reads.

Exit code: 0 when everything was written, 1 when something failed (the log says which), 2 when the backup share cannot be written.
#>
[CmdletBinding()]
param(
    [string]$Backup = '\\backup01.contoso.com\LyncBackup',
    [ValidateRange(1, 3650)]
    [int]$KeepDays = 14
)

$ErrorActionPreference = 'Stop'
Import-Module Lync
try {
    $Runs = Join-Path $Backup 'Runs\se02.contoso.com'
    $Run = Join-Path $Runs (Get-Date -Format 'yyyy-MM-dd_HHmmss')
    $null = New-Item -ItemType Directory -Force -Path $Run
} catch {
    Write-Warning ('Cannot write to the backup share {0}: {1}' -f $Backup, $_.Exception.Message)
    exit 2
}
$Log = Join-Path $Run 'backup.log'
$script:Failed = 0

function Write-Log {
    param([string]$Text)
    $line = '{0}  {1}' -f (Get-Date -Format 's'), $Text
    Add-Content -Path $Log -Value $line
    Write-Output $line
}

# A file is copied to the share only once written and not empty.
function Publish-File {
    param([string]$Name, [string]$Pool)
    $written = Join-Path $Run $Name
    if (-not (Test-Path -Path $written -PathType Leaf) -or (Get-Item -Path $written).Length -eq 0) {
        throw ('{0} was not written, or is empty' -f $Name)
    }
    $target = Join-Path $Backup $Name
    $owner = $target + '.pool'
    if ($Pool -and (Test-Path -Path $owner -PathType Leaf) -and ([System.IO.File]::ReadAllText($owner).Trim() -ne $Pool)) {
        throw ('{0} belongs to pool {1}: give each pool its own backup share or its own file names in Lync Restore Planner.' -f $Name, [System.IO.File]::ReadAllText($owner).Trim())
    }
    if ((Test-Path -Path $target -PathType Leaf) -and (Get-Item -Path $written).Length -lt ((Get-Item -Path $target).Length / 10)) {
        throw ('{0} is less than a tenth of the last good copy: it is not published. Check the export; delete the old copy if the data really shrank.' -f $Name)
    }
    $new = $target + '.new'
    Copy-Item -Path $written -Destination $new -Force
    if (Test-Path -Path $target -PathType Leaf) {
        [System.IO.File]::Replace($new, $target, $null)
    } else {
        Move-Item -Path $new -Destination $target
    }
    if ($Pool) {
        Set-Content -Path $owner -Value $Pool
    }
}

function Invoke-Step {
    param([string]$Id, [scriptblock]$Action)
    try {
        & $Action
        Write-Log ('OK      {0}' -f $Id)
    } catch {
        $script:Failed++
        Write-Log ('FAILED  {0}: {1}' -f $Id, $_.Exception.Message)
    }
}

# topology: the published topology, which Lync Restore Planner imports
Invoke-Step 'topology:se02.contoso.com' {
    Set-Content -Path "$Run\Topology.xml" -Value (Get-CsTopology -AsXml).ToString() -Encoding Unicode
    Publish-File 'Topology.xml'
}

# user_data: the user data of se02.contoso.com (contacts, conferences, rights)
Invoke-Step 'user_data:se02.contoso.com' {
    Export-CsUserData -PoolFqdn "se02.contoso.com" -FileName "$Run\ExportedUserData.zip"
    Publish-File 'ExportedUserData.zip' 'se02.contoso.com'
}

# chat_export: the Persistent Chat data, exported
Invoke-Step 'chat_export:se02.contoso.com' {
    Export-CsPersistentChatData -DBInstance "se02.contoso.com\rtc" -FileName "$Run\PersistentChatData.zip"
    Publish-File 'PersistentChatData.zip' 'se02.contoso.com'
}

# file_store: the file store \\se02.contoso.com\LyncShare
Invoke-Step 'file_store:se02.contoso.com' {
    robocopy "\\se02.contoso.com\LyncShare" "$Backup\filestore" /E /XF Meeting.Active /R:2 /W:10 /NP /LOG+:"$Run\filestore.log"
    if ($LASTEXITCODE -ge 8) { throw ('robocopy failed (exit code {0})' -f $LASTEXITCODE) }
    Set-Content -Path (Join-Path $Backup 'filestore.copied') -Value (Get-Date -Format 'o')
}

if ($script:Failed -eq 0) {
    Set-Content -Path (Join-Path $Run 'backup.ok') -Value (Get-Date -Format 'o')
}

# Keep -KeepDays days of runs.
$keep = @($Run)
$complete = @(Get-ChildItem -Path $Runs -Directory | Sort-Object -Property Name | Where-Object { Test-Path -Path (Join-Path $_.FullName 'backup.ok') })
if ($complete.Count -gt 0) {
    $keep += $complete[$complete.Count - 1].FullName
}
foreach ($database in @()) {
    $last = Get-ChildItem -Path $Runs -Filter ($database + '.bak') -File -Recurse | Sort-Object -Property LastWriteTime | Select-Object -Last 1
    if ($null -ne $last) {
        $keep += $last.DirectoryName
    }
}
$old = Get-ChildItem -Path $Runs -Directory |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) -and $keep -notcontains $_.FullName }
foreach ($folder in @($old)) {
    Remove-Item -LiteralPath $folder.FullName -Recurse -Force
}
if ($script:Failed -gt 0) {
    Write-Log 'Backup finished with failures: see the lines marked FAILED.'
    exit 1
}
Write-Log 'Backup complete.'
exit 0
