#Requires -Version 3.0
<#
.SYNOPSIS
Script de sauvegarde de pool01.contoso.com pour son classeur de restauration (plan 05290b85), généré par Lync Restore Planner.

.DESCRIPTION
Ce script écrit exactement ce que lisent les étapes de restauration du classeur, sous les noms qu’elles lisent :
  Topology.xml            la topologie publiée, que Lync Restore Planner importe
  Config.zip              la configuration du magasin central de gestion (topologie, stratégies, paramètres)
  E911Config.zip          les informations d’emplacement E9-1-1
  ExportedUserData.zip    les données utilisateur de pool01.contoso.com (contacts, conférences, droits)
  RgsConfiguration.zip    les paramètres Response Group de pool01.contoso.com
  filestore               le magasin de fichiers \\fs01.contoso.com\LyncShare
  (sauvegarde SQL Server) la base de données d’archivage LcsLog
  (sauvegarde SQL Server) les bases de données de surveillance LcsCDR et QoEMetrics

Chaque exécution écrit dans un nouveau dossier daté, $Backup\Runs\pool01.contoso.com\<date_heure>, avec son journal (backup.log). Un fichier n’est copié dans $Backup qu’une fois écrit, non vide et pas beaucoup plus petit que la dernière bonne copie : un export qui échoue ne remplace jamais le dernier bon. Le magasin de fichiers est copié dans $Backup\filestore, où rien n’est jamais supprimé. Les exécutions de plus de -KeepDays jours sont supprimées, mais jamais la plus récente des exécutions complètes. Les sauvegardes SQL Server sont des sauvegardes de copie uniquement (COPY_ONLY) : elles laissent intacte la chaîne de sauvegarde de vos administrateurs de bases de données.

Donnez à chaque pool son propre partage de sauvegarde (ou ses propres noms de fichiers dans Lync Restore Planner) : deux pools qui écrivent les mêmes noms dans un même partage écrasent mutuellement leurs exports.

Exécutez-le sur un serveur frontal de pool01.contoso.com, dans Windows PowerShell 5.1, avec un compte membre de RTCUniversalServerAdmins qui peut écrire dans le partage de sauvegarde.

Sauvegardes SQL Server : le compte doit pouvoir sauvegarder chaque base de données (db_backupoperator) sur son serveur SQL Server, et le compte de service SQL Server doit pouvoir écrire dans le partage de sauvegarde. Si vos administrateurs de bases de données les sauvegardent, exécutez le script avec -SkipSqlBackups : la vérification de préparation contrôle leurs sauvegardes dans msdb.

Planifiez-le dans le Planificateur de tâches, chaque jour à une heure creuse : « Programme/script » powershell.exe, « Ajouter des arguments (facultatif) » -NoProfile -ExecutionPolicy Bypass -File "<chemin de ce fichier>", « Exécuter même si l’utilisateur n’est pas connecté ».

Pendant une restauration, désactivez la tâche planifiée du script de sauvegarde sur chaque serveur qui l’exécute encore, jusqu’à la vérification de la restauration : une exécution pendant la restauration pourrait copier des données incomplètes par-dessus les fichiers que la restauration lit.

Code de sortie : 0 si tout a été écrit, 1 si quelque chose a échoué (le journal indique lesquels), 2 si le partage de sauvegarde n’est pas accessible en écriture.
#>
[CmdletBinding()]
param(
    [string]$Backup = '\\backup01.contoso.com\LyncBackup',
    [ValidateRange(1, 3650)]
    [int]$KeepDays = 14,
    [switch]$SkipSqlBackups
)

$ErrorActionPreference = 'Stop'
Import-Module Lync
try {
    $Runs = Join-Path $Backup 'Runs\pool01.contoso.com'
    $Run = Join-Path $Runs (Get-Date -Format 'yyyy-MM-dd_HHmmss')
    $null = New-Item -ItemType Directory -Force -Path $Run
} catch {
    Write-Warning ('Impossible d’’écrire dans le partage de sauvegarde {0} : {1}' -f $Backup, $_.Exception.Message)
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

# Un fichier n’est copié dans le partage qu’une fois écrit et non vide.
function Publish-File {
    param([string]$Name, [string]$Pool)
    $written = Join-Path $Run $Name
    if (-not (Test-Path -Path $written -PathType Leaf) -or (Get-Item -Path $written).Length -eq 0) {
        throw ('{0} n’’a pas été écrit, ou est vide' -f $Name)
    }
    $target = Join-Path $Backup $Name
    $owner = $target + '.pool'
    if ($Pool -and (Test-Path -Path $owner -PathType Leaf) -and ([System.IO.File]::ReadAllText($owner).Trim() -ne $Pool)) {
        throw ('{0} appartient au pool {1} : donnez à chaque pool son propre partage de sauvegarde ou ses propres noms de fichiers dans Lync Restore Planner.' -f $Name, [System.IO.File]::ReadAllText($owner).Trim())
    }
    if ((Test-Path -Path $target -PathType Leaf) -and (Get-Item -Path $written).Length -lt ((Get-Item -Path $target).Length / 10)) {
        throw ('{0} fait moins du dixième de la dernière bonne copie : il n’’est pas publié. Vérifiez l’’export ; supprimez l’’ancienne copie si les données ont vraiment diminué.' -f $Name)
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

# Une sauvegarde complète SQL Server de chaque base de données, dans le dossier de cette exécution.
function Backup-LyncDatabase {
    param([string]$SqlServer, [string[]]$Database, [string]$Folder)
    $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList "Server=$SqlServer;Database=master;Integrated Security=True"
    $connection.Open()
    try {
        foreach ($name in $Database) {
            $command = $connection.CreateCommand()
            $command.CommandTimeout = 0
            $command.CommandText = "BACKUP DATABASE [$name] TO DISK = @file WITH COPY_ONLY, INIT, CHECKSUM"
            $null = $command.Parameters.AddWithValue('@file', (Join-Path $Folder "$name.bak"))
            $null = $command.ExecuteNonQuery()
        }
    } finally {
        $connection.Close()
    }
}

function Invoke-Step {
    param([string]$Id, [scriptblock]$Action)
    try {
        & $Action
        Write-Log ('OK      {0}' -f $Id)
    } catch {
        $script:Failed++
        Write-Log ('ÉCHEC   {0} : {1}' -f $Id, $_.Exception.Message)
    }
}

# topology: la topologie publiée, que Lync Restore Planner importe
Invoke-Step 'topology:pool01.contoso.com' {
    Set-Content -Path "$Run\Topology.xml" -Value (Get-CsTopology -AsXml).ToString() -Encoding Unicode
    Publish-File 'Topology.xml'
}

# config: la configuration du magasin central de gestion (topologie, stratégies, paramètres)
Invoke-Step 'config:pool01.contoso.com' {
    Export-CsConfiguration -FileName "$Run\Config.zip"
    Publish-File 'Config.zip'
}

# lis: les informations d’emplacement E9-1-1
Invoke-Step 'lis:pool01.contoso.com' {
    Export-CsLisConfiguration -FileName "$Run\E911Config.zip"
    Publish-File 'E911Config.zip'
}

# user_data: les données utilisateur de pool01.contoso.com (contacts, conférences, droits)
Invoke-Step 'user_data:pool01.contoso.com' {
    Export-CsUserData -PoolFqdn "pool01.contoso.com" -FileName "$Run\ExportedUserData.zip"
    Publish-File 'ExportedUserData.zip' 'pool01.contoso.com'
}

# rgs: les paramètres Response Group de pool01.contoso.com
Invoke-Step 'rgs:pool01.contoso.com' {
    Export-CsRgsConfiguration -Source "service:ApplicationServer:pool01.contoso.com" -FileName "$Run\RgsConfiguration.zip"
    Publish-File 'RgsConfiguration.zip' 'pool01.contoso.com'
}

# file_store: le magasin de fichiers \\fs01.contoso.com\LyncShare
Invoke-Step 'file_store:pool01.contoso.com' {
    robocopy "\\fs01.contoso.com\LyncShare" "$Backup\filestore" /E /XF Meeting.Active /R:2 /W:10 /NP /LOG+:"$Run\filestore.log"
    if ($LASTEXITCODE -ge 8) { throw ('robocopy a échoué (code de sortie {0})' -f $LASTEXITCODE) }
    Set-Content -Path (Join-Path $Backup 'filestore.copied') -Value (Get-Date -Format 'o')
}

# archiving_db: la base de données d’archivage LcsLog
Invoke-Step 'archiving_db:pool01.contoso.com' {
    if ($SkipSqlBackups) { Write-Log 'Sauvegarde SQL Server laissée aux administrateurs de bases de données (-SkipSqlBackups)'; return }
    Backup-LyncDatabase -SqlServer "sql01.contoso.com\rtc" -Database "LcsLog" -Folder "$Run"
}

# monitoring_db: les bases de données de surveillance LcsCDR et QoEMetrics
Invoke-Step 'monitoring_db:pool01.contoso.com' {
    if ($SkipSqlBackups) { Write-Log 'Sauvegarde SQL Server laissée aux administrateurs de bases de données (-SkipSqlBackups)'; return }
    Backup-LyncDatabase -SqlServer "sql01.contoso.com\rtc" -Database "LcsCDR", "QoEMetrics" -Folder "$Run"
}

if ($script:Failed -eq 0) {
    Set-Content -Path (Join-Path $Run 'backup.ok') -Value (Get-Date -Format 'o')
}

# Conserver -KeepDays jours d’exécutions.
$keep = @($Run)
$complete = @(Get-ChildItem -Path $Runs -Directory | Sort-Object -Property Name | Where-Object { Test-Path -Path (Join-Path $_.FullName 'backup.ok') })
if ($complete.Count -gt 0) {
    $keep += $complete[$complete.Count - 1].FullName
}
foreach ($database in @('LcsLog', 'LcsCDR', 'QoEMetrics')) {
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
    Write-Log 'Sauvegarde terminée avec des échecs : voir les lignes marquées ÉCHEC.'
    exit 1
}
Write-Log 'Sauvegarde terminée.'
exit 0
