#Requires -Version 5.1
<#
.SYNOPSIS
Backup of edgepool.contoso.com for its restore binder (plan c6292389), written by Lync Restore Planner.

.DESCRIPTION
Writes exactly what the binder's restore steps read, under the names they read it from:
  Topology.xml            the published topology, which the planner imports

Each run writes into a new dated folder, $Backup\Runs\<date_time>, with its log (backup.log). A file is copied to $Backup only once it is written and not empty, so a failed export never replaces the last good one; the file store is copied to $Backup\filestore, where nothing is ever deleted. Runs older than -KeepDays days are deleted.

Run it on a Front End Server of the site, in Windows PowerShell 5.1, with an account that is a member of RTCUniversalServerAdmins (and CsPersistentChatAdministrator for Persistent Chat data) and can write to the backup share.

Schedule it in Task Scheduler, daily at a quiet hour: Program powershell.exe, arguments -NoProfile -ExecutionPolicy Bypass -File "<path of this file>", Run whether user is logged on or not.

Exit code: 0 when everything was written, 1 when something failed (the log says what), 2 when the backup share cannot be written.
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
    $Run = Join-Path $Backup ('Runs\' + (Get-Date -Format 'yyyy-MM-dd_HHmmss'))
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
    param([string]$Name)
    $written = Join-Path $Run $Name
    if (-not (Test-Path -Path $written -PathType Leaf) -or (Get-Item -Path $written).Length -eq 0) {
        throw ('{0} was not written, or is empty' -f $Name)
    }
    Copy-Item -Path $written -Destination (Join-Path $Backup $Name) -Force
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

# topology: the published topology, which the planner imports
Invoke-Step 'topology:edgepool.contoso.com' {
    Set-Content -Path "$Run\Topology.xml" -Value (Get-CsTopology -AsXml).ToString() -Encoding UTF8
    Publish-File 'Topology.xml'
}

# Keep -KeepDays days of runs.
$old = Get-ChildItem -Path (Join-Path $Backup 'Runs') -Directory |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) -and $_.FullName -ne $Run }
foreach ($folder in @($old)) {
    Remove-Item -LiteralPath $folder.FullName -Recurse -Force
}
if ($script:Failed -gt 0) {
    Write-Log 'Backup finished with failures: see the lines marked FAILED.'
    exit 1
}
Write-Log 'Backup complete.'
exit 0
