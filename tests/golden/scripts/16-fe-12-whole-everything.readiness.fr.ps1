#Requires -Version 3.0
<#
.SYNOPSIS
Vérification de préparation de la sauvegarde de pool01.contoso.com et du déploiement, par rapport à son classeur de restauration (plan 05290b85), générée par Lync Restore Planner.

.DESCRIPTION
En lecture seule : elle ne modifie rien d’autre que son propre rapport, readiness-pool01.contoso.com.json (JSON, que Lync Restore Planner lit) et readiness-pool01.contoso.com.txt (texte), écrits à côté de ce fichier sauf si -Report et -Summary disent autre chose.

Elle vérifie chaque fichier que lisent les étapes de restauration du classeur (présent, non vide, lisible, de moins de -MaxAgeHours heures), les sauvegardes SQL Server des bases de données que le classeur restaure (une sauvegarde complète de moins de -MaxAgeHours heures dans l’historique de msdb, quel que soit son auteur), la copie du magasin de fichiers, et si le déploiement correspond encore au plan : ici les serveurs membres du pool et l’emplacement du magasin central de gestion, et dans Lync Restore Planner la topologie publiée (serveur principal, magasin de fichiers, version du produit).

Exécutez-la sur un serveur frontal de pool01.contoso.com, dans Windows PowerShell 5.1, avec un compte membre de RTCUniversalReadOnlyAdmins qui peut lire le partage de sauvegarde et l’historique des sauvegardes de msdb sur chaque serveur SQL Server. Exécutez-la un jour calme après chaque modification.

Planifiez-la aussi dans le Planificateur de tâches, chaque jour une fois la sauvegarde terminée : le même programme et les mêmes arguments avec le chemin de ce fichier, « Exécuter même si l’utilisateur n’est pas connecté ».

Code de sortie : 0 si aucune vérification n’a échoué (les avertissements ne comptent pas), 1 sinon. Intégrez le rapport au classeur (lync-restore-plan plan.json --report <rapport>) : sa page de garde indique la dernière exécution de la vérification, et chaque vérification échouée s’affiche sur les étapes qu’elle protège.
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
    'check.missing' = '{0} est absent'
    'check.empty' = '{0} est vide'
    'check.not_zip' = '{0} ne s’’ouvre pas comme fichier ZIP'
    'check.empty_zip' = '{0} ne contient aucun fichier'
    'check.not_xml' = '{0} n’’est pas du XML'
    'check.too_old' = '{0} est trop ancien : {1} h (au plus {2} h)'
    'check.fresh' = '{0} : datant de {1} h, {2} Ko'
    'check.empty_folder' = '{0} ne contient aucun fichier'
    'check.never_copied' = '{0} : le script de sauvegarde n’’a jamais terminé la copie du magasin de fichiers'
    'check.copy_old' = '{0} : la dernière copie complète est trop ancienne : {1} h (au plus {2} h)'
    'check.folder' = '{0} : dernière copie complète il y a {1} h'
    'check.sql_unread' = 'l’’historique des sauvegardes de {0} sur {1} n’’a pas pu être lu : {2}'
    'check.sql_none' = '{0} sur {1} n’’a aucune sauvegarde complète ou différentielle'
    'check.sql_old' = 'la dernière sauvegarde de {0} sur {1} est trop ancienne : {2} h (au plus {3} h)'
    'check.sql_fresh' = '{0} sur {1} : dernière sauvegarde datant de {2} h'
    'check.unread' = '{0} n’’a pas pu être lu'
    'check.same' = '{0} : {1}, comme prévu'
    'check.drift' = '{0} est {1} ; le plan indique {2} : imprimez de nouveau le classeur à partir d’’un plan mis à jour'
    'check.members_same' = '{0} a tous les serveurs membres du plan ({1})'
    'check.members_extra' = '{0} a des serveurs que le plan ne cite pas : {1}. Imprimez de nouveau le classeur à partir d’’un plan mis à jour.'
    'check.members_gone' = '{0} n’’a plus des serveurs que le plan cite : {1}. Imprimez de nouveau le classeur à partir d’’un plan mis à jour.'
    'check.no_topology' = 'la topologie publiée n’’a pas pu être lue : Lync Restore Planner ne peut pas comparer le déploiement au plan.'
    'check.other_pool' = '{0} est la sauvegarde du pool {1}, pas de celui-ci : donnez à chaque pool son propre partage de sauvegarde ou ses propres noms de fichiers.'
    'check.error' = 'la vérification s’’est arrêtée : {0}'
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

# La sauvegarde que lit le classeur.
Invoke-Check 'topology:pool01.contoso.com' @('prep.backup-files') { Test-BackupFile -Id 'topology:pool01.contoso.com' -Name 'Topology.xml' -Protects @('prep.backup-files') -Xml }
Invoke-Check 'config:pool01.contoso.com' @('prep.backup-files', 'cms.replica-export', 'cms.import') { Test-BackupFile -Id 'config:pool01.contoso.com' -Name 'Config.zip' -Protects @('prep.backup-files', 'cms.replica-export', 'cms.import') -Zip }
Invoke-Check 'lis:pool01.contoso.com' @('prep.backup-files', 'data.lis') { Test-BackupFile -Id 'lis:pool01.contoso.com' -Name 'E911Config.zip' -Protects @('prep.backup-files', 'data.lis') -Zip }
Invoke-Check 'user_data:pool01.contoso.com' @('prep.backup-files', 'data.user', 'data.user-se', 'data.user-start-pool') { Test-BackupFile -Id 'user_data:pool01.contoso.com' -Name 'ExportedUserData.zip' -Protects @('prep.backup-files', 'data.user', 'data.user-se', 'data.user-start-pool') -Pool 'pool01.contoso.com' -Zip }
Invoke-Check 'rgs:pool01.contoso.com' @('prep.backup-files', 'data.rgs-check', 'data.rgs', 'fo.rgs') { Test-BackupFile -Id 'rgs:pool01.contoso.com' -Name 'RgsConfiguration.zip' -Protects @('prep.backup-files', 'data.rgs-check', 'data.rgs', 'fo.rgs') -Pool 'pool01.contoso.com' -Zip }
Invoke-Check 'file_store:pool01.contoso.com' @('prep.backup-files', 'se.file-store', 'fs.copy') { Test-BackupFolder -Id 'file_store:pool01.contoso.com' -Name 'filestore' -Protects @('prep.backup-files', 'se.file-store', 'fs.copy') }
Invoke-Check 'archiving_db:pool01.contoso.com' @('prep.backup-files', 'data.archiving') { Test-SqlBackup -Id 'archiving_db:pool01.contoso.com' -SqlServer 'sql01.contoso.com\rtc' -Database @('LcsLog') -Protects @('prep.backup-files', 'data.archiving') }
Invoke-Check 'monitoring_db:pool01.contoso.com' @('prep.backup-files', 'data.monitoring') { Test-SqlBackup -Id 'monitoring_db:pool01.contoso.com' -SqlServer 'sql01.contoso.com\rtc' -Database @('LcsCDR', 'QoEMetrics') -Protects @('prep.backup-files', 'data.monitoring') }

# Le déploiement par rapport au plan.
Test-Members -Pool 'pool01.contoso.com' -Planned @('fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'fe04.contoso.com', 'fe05.contoso.com', 'fe06.contoso.com', 'fe07.contoso.com', 'fe08.contoso.com', 'fe09.contoso.com', 'fe10.contoso.com', 'fe11.contoso.com', 'fe12.contoso.com')
Test-Live -Id 'drift:cms' -Protects @('cms.confirm', 'cms.install-db', 'cms.scp') -What 'Le magasin central de gestion' -Live (Read-Live { Get-CsConfigurationStoreLocation }) -Planned 'sql01.contoso.com' -Within
$Topology = Read-Live { (Get-CsTopology -AsXml).ToString() }
if ($Topology -eq '') {
    Add-Check 'drift:topology' @('prep.names') 'warning' 'check.no_topology' @()
}

# Le rapport (JSON, pour Lync Restore Planner) et son résumé (texte).
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
$lines = @(('Vérification de préparation du {0} sur {1} — réussies : {2} sur {3} ; avertissements : {4} ; échecs : {5}.' -f $document.finished, $document.computer, ($Checks.Count - $failed - $warnings), $Checks.Count, $warnings, $failed))
$lines += @($Checks | Where-Object { $_.status -ne 'passed' } | Select-Object -ExpandProperty detail)
Set-Content -Path $Summary -Value $lines -Encoding UTF8
$lines
if ($failed -gt 0) {
    exit 1
}
exit 0
