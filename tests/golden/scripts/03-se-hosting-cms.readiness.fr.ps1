#Requires -Version 5.1
<#
.SYNOPSIS
Vérification de préparation de la sauvegarde de se01.contoso.com et du déploiement, par rapport à son classeur de restauration (plan 514e75f1), générée par Lync Restore Planner.

.DESCRIPTION
En lecture seule : elle ne modifie rien d’autre que son propre rapport, readiness-se01.contoso.com.json (JSON, que le planificateur ouvre) et readiness-se01.contoso.com.txt (texte), écrits à côté de ce fichier sauf si -Report et -Summary disent autre chose.

Elle vérifie chaque fichier que lisent les étapes de restauration du classeur (présent, non vide, lisible, vieux d’au plus -MaxAgeHours heures), les sauvegardes SQL Server des bases de données que le classeur restaure (une sauvegarde complète de moins de -MaxAgeHours heures dans l’historique de msdb, quel que soit son auteur), la copie du magasin de fichiers, et si le déploiement correspond encore au plan : ici les serveurs membres du pool et l’emplacement du magasin central de gestion, et dans le planificateur la topologie publiée (serveur principal, magasin de fichiers, version du produit).

Exécutez-la sur se01.contoso.com lui-même, dans Windows PowerShell 5.1, avec un compte membre de RTCUniversalReadOnlyAdmins qui peut lire le partage de sauvegarde et l’historique des sauvegardes de msdb sur chaque serveur SQL Server. Exécutez-la un jour calme après chaque modification, et planifiée après la sauvegarde.

Planifiez-le dans le Planificateur de tâches, chaque jour à une heure creuse : programme powershell.exe, arguments -NoProfile -ExecutionPolicy Bypass -File "<chemin de ce fichier>", exécuter même si l’utilisateur n’est pas connecté.

Code de sortie : 0 si aucune vérification n’a échoué (les avertissements ne comptent pas), 1 sinon. Ouvrez le rapport dans le planificateur : la couverture et les étapes que protège chaque vérification échouée l’affichent.
#>
[CmdletBinding()]
param(
    [string]$Backup = '\\backup01.contoso.com\LyncBackup',
    [ValidateRange(1, 8760)]
    [int]$MaxAgeHours = 26,
    [string]$Report = (Join-Path $PSScriptRoot 'readiness-se01.contoso.com.json'),
    [string]$Summary = (Join-Path $PSScriptRoot 'readiness-se01.contoso.com.txt')
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
        Add-Check $Id $Protects 'failed' ('{0} est absent' -f $path)
        return
    }
    $item = Get-Item -Path $path
    if ($item.Length -eq 0) {
        Add-Check $Id $Protects 'failed' ('{0} est vide' -f $path)
        return
    }
    if ($Zip) {
        try {
            $archive = [System.IO.Compression.ZipFile]::OpenRead($path)
            $entries = $archive.Entries.Count
            $archive.Dispose()
        } catch {
            Add-Check $Id $Protects 'failed' ('{0} ne s’ouvre pas comme fichier zip' -f $path)
            return
        }
        if ($entries -eq 0) {
            Add-Check $Id $Protects 'failed' ('{0} ne contient aucun fichier' -f $path)
            return
        }
    }
    if ($Xml) {
        try {
            $null = [xml][System.IO.File]::ReadAllText($path)
        } catch {
            Add-Check $Id $Protects 'failed' ('{0} n’est pas du XML' -f $path)
            return
        }
    }
    $age = Get-Age $item.LastWriteTime
    if ($age -gt $MaxAgeHours) {
        Add-Check $Id $Protects 'failed' ('{0} date de {1} heures (au plus {2})' -f $path, $age, $MaxAgeHours)
    } else {
        Add-Check $Id $Protects 'passed' ('{0}, {1} heures, {2} Ko' -f $path, $age, [math]::Ceiling($item.Length / 1024))
    }
}

function Test-BackupFolder {
    param([string]$Id, [string]$Name, [string[]]$Protects)
    $path = Join-Path $Backup $Name
    if (-not (Test-Path -Path $path -PathType Container)) {
        Add-Check $Id $Protects 'failed' ('{0} est absent' -f $path)
        return
    }
    $first = Get-ChildItem -Path $path -File -Recurse | Select-Object -First 1
    if ($null -eq $first) {
        Add-Check $Id $Protects 'warning' ('{0} ne contient aucun fichier' -f $path)
    } else {
        Add-Check $Id $Protects 'passed' ('{0} contient des fichiers' -f $path)
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
            Add-Check $check $Protects 'warning' ('l’historique des sauvegardes de {0} sur {1} n’a pas pu être lu : {2}' -f $name, $SqlServer, $_.Exception.Message)
            continue
        }
        if ($last -is [System.DBNull] -or $null -eq $last) {
            Add-Check $check $Protects 'failed' ('{0} sur {1} n’a aucune sauvegarde complète' -f $name, $SqlServer)
            continue
        }
        $age = Get-Age $last
        if ($age -gt $MaxAgeHours) {
            Add-Check $check $Protects 'failed' ('la dernière sauvegarde complète de {0} sur {1} date de {2} heures (au plus {3})' -f $name, $SqlServer, $age, $MaxAgeHours)
        } else {
            Add-Check $check $Protects 'passed' ('{0} sur {1} : sauvegarde complète de {2} heures' -f $name, $SqlServer, $age)
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
        Add-Check $Id $Protects 'warning' ('{0} n’a pas pu être lu' -f $What)
    } elseif ($Live -eq $Planned -or ($Within -and $Live -like ('*' + $Planned + '*'))) {
        Add-Check $Id $Protects 'passed' ('{0} : {1}, comme prévu' -f $What, $Live)
    } else {
        Add-Check $Id $Protects 'failed' ('{0} est {1} ; le plan indique {2} : imprimez de nouveau le classeur à partir d’un plan mis à jour' -f $What, $Live, $Planned)
    }
}

function Test-Members {
    param([string]$Pool, [string[]]$Planned)
    $id = 'drift:members:' + $Pool
    $protects = @('prep.names')
    try {
        $live = [string[]]@((Get-CsPool -Identity $Pool).Computers)
    } catch {
        Add-Check $id $protects 'warning' ('{0} n’a pas pu être lu' -f $Pool)
        return
    }
    $extra = @($live | Where-Object { $Planned -notcontains $_ })
    $gone = @($Planned | Where-Object { $live -notcontains $_ })
    if ($extra.Count -eq 0 -and $gone.Count -eq 0) {
        Add-Check $id $protects 'passed' ('{0} a les {1} serveurs membres du plan' -f $Pool, $live.Count)
    } else {
        Add-Check $id $protects 'failed' ('{0} a des serveurs que le plan ne cite pas ({1}) ou n’a plus des serveurs qu’il cite ({2}) : imprimez de nouveau le classeur à partir d’un plan mis à jour' -f $Pool, ($extra -join ', '), ($gone -join ', '))
    }
}

# La sauvegarde que lit le classeur.
Test-BackupFile -Id 'topology:se01.contoso.com' -Name 'Topology.xml' -Protects @('prep.backup-files') -Xml
Test-BackupFile -Id 'config:se01.contoso.com' -Name 'Config.zip' -Protects @('prep.backup-files', 'cms.replica-export', 'cms.import') -Zip
Test-BackupFile -Id 'lis:se01.contoso.com' -Name 'E911Config.zip' -Protects @('prep.backup-files', 'data.lis') -Zip
Test-BackupFile -Id 'user_data:se01.contoso.com' -Name 'ExportedUserData.zip' -Protects @('prep.backup-files', 'data.user', 'data.user-se', 'data.user-start-pool') -Zip
Test-BackupFile -Id 'rgs:se01.contoso.com' -Name 'RgsConfiguration.zip' -Protects @('prep.backup-files', 'data.rgs-check', 'data.rgs', 'fo.rgs') -Zip
Test-BackupFolder -Id 'file_store:se01.contoso.com' -Name 'filestore' -Protects @('prep.backup-files', 'se.file-store', 'fs.copy')

# Le déploiement par rapport au plan.
Test-Members -Pool 'se01.contoso.com' -Planned @('se01.contoso.com')
Test-Live -Id 'drift:cms' -Protects @('cms.confirm', 'cms.install-db', 'cms.scp') -What 'Le magasin central de gestion' -Live (Read-Live { Get-CsConfigurationStoreLocation }) -Planned 'se01.contoso.com' -Within
$Topology = Read-Live { (Get-CsTopology -AsXml).ToString() }
if ($Topology -eq '') {
    Add-Check 'drift:topology' @('prep.names') 'warning' 'La topologie publiée n’a pas pu être lue : le planificateur ne peut pas comparer le déploiement au plan.'
}

# Le rapport (JSON, pour le planificateur) et son résumé (texte).
$failed = @($Checks | Where-Object { $_.status -eq 'failed' }).Count
$warnings = @($Checks | Where-Object { $_.status -eq 'warning' }).Count
$document = [ordered]@{
    app = 'lync-restore-readiness'
    format_version = 1
    plan_fingerprint = '514e75f1'
    pools = @('se01.contoso.com')
    computer = [System.Net.Dns]::GetHostEntry('').HostName
    user = '{0}\{1}' -f $env:USERDOMAIN, $env:USERNAME
    finished = Get-Date -Format 'o'
    checks = @($Checks)
    topology = $Topology
}
Set-Content -Path $Report -Value (ConvertTo-Json -InputObject $document -Depth 6) -Encoding UTF8
$lines = @(('Vérification de préparation du {0} sur {1} : {2} vérifications réussies sur {3}, {4} avertissements, {5} échecs.' -f $document.finished, $document.computer, ($Checks.Count - $failed - $warnings), $Checks.Count, $warnings, $failed))
$lines += @($Checks | Where-Object { $_.status -ne 'passed' } | Select-Object -ExpandProperty detail)
Set-Content -Path $Summary -Value $lines -Encoding UTF8
$lines
if ($failed -gt 0) {
    exit 1
}
exit 0
