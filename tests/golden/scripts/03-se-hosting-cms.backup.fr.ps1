#Requires -Version 5.1
<#
.SYNOPSIS
Sauvegarde de se01.contoso.com pour son classeur de restauration (plan 514e75f1), générée par Lync Restore Planner.

.DESCRIPTION
Écrit exactement ce que lisent les étapes de restauration du classeur, sous les noms qu’elles lisent :
  Topology.xml            la topologie publiée, que le planificateur importe
  Config.zip              la configuration du magasin central de gestion (topologie, stratégies, paramètres)
  E911Config.zip          les informations d’emplacement E9-1-1
  ExportedUserData.zip    les données utilisateur de se01.contoso.com (contacts, conférences, droits)
  RgsConfiguration.zip    les paramètres Response Group de se01.contoso.com
  filestore               le magasin de fichiers \\se01.contoso.com\LyncShare

Chaque exécution écrit dans un nouveau dossier daté, $Backup\Runs\<date_heure>, avec son journal (backup.log). Un fichier n’est copié dans $Backup qu’une fois écrit et non vide : un export qui échoue ne remplace jamais le dernier bon. Le magasin de fichiers est copié dans $Backup\filestore, où rien n’est jamais supprimé. Les exécutions de plus de -KeepDays jours sont supprimées.

Exécutez-le sur se01.contoso.com lui-même, dans Windows PowerShell 5.1, avec un compte membre de RTCUniversalServerAdmins (et de CsPersistentChatAdministrator pour les données de conversation permanente) qui peut écrire dans le partage de sauvegarde.

Planifiez-le dans le Planificateur de tâches, chaque jour à une heure creuse : programme powershell.exe, arguments -NoProfile -ExecutionPolicy Bypass -File "<chemin de ce fichier>", exécuter même si l’utilisateur n’est pas connecté.

Code de sortie : 0 si tout a été écrit, 1 si quelque chose a échoué (le journal dit quoi), 2 si le partage de sauvegarde n’est pas accessible en écriture.
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
    Write-Warning ('Impossible d’écrire dans le partage de sauvegarde {0} : {1}' -f $Backup, $_.Exception.Message)
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
    param([string]$Name)
    $written = Join-Path $Run $Name
    if (-not (Test-Path -Path $written -PathType Leaf) -or (Get-Item -Path $written).Length -eq 0) {
        throw ('{0} n’a pas été écrit, ou est vide' -f $Name)
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
        Write-Log ('ÉCHEC   {0} : {1}' -f $Id, $_.Exception.Message)
    }
}

# topology: la topologie publiée, que le planificateur importe
Invoke-Step 'topology:se01.contoso.com' {
    Set-Content -Path "$Run\Topology.xml" -Value (Get-CsTopology -AsXml).ToString() -Encoding UTF8
    Publish-File 'Topology.xml'
}

# config: la configuration du magasin central de gestion (topologie, stratégies, paramètres)
Invoke-Step 'config:se01.contoso.com' {
    Export-CsConfiguration -FileName "$Run\Config.zip"
    Publish-File 'Config.zip'
}

# lis: les informations d’emplacement E9-1-1
Invoke-Step 'lis:se01.contoso.com' {
    Export-CsLisConfiguration -FileName "$Run\E911Config.zip"
    Publish-File 'E911Config.zip'
}

# user_data: les données utilisateur de se01.contoso.com (contacts, conférences, droits)
Invoke-Step 'user_data:se01.contoso.com' {
    Export-CsUserData -PoolFqdn "se01.contoso.com" -FileName "$Run\ExportedUserData.zip"
    Publish-File 'ExportedUserData.zip'
}

# rgs: les paramètres Response Group de se01.contoso.com
Invoke-Step 'rgs:se01.contoso.com' {
    Export-CsRgsConfiguration -Source "service:ApplicationServer:se01.contoso.com" -FileName "$Run\RgsConfiguration.zip"
    Publish-File 'RgsConfiguration.zip'
}

# file_store: le magasin de fichiers \\se01.contoso.com\LyncShare
Invoke-Step 'file_store:se01.contoso.com' {
    robocopy "\\se01.contoso.com\LyncShare" "$Backup\filestore" /E /XF Meeting.Active /R:2 /W:10 /NP /LOG+:"$Run\filestore.log"
    if ($LASTEXITCODE -ge 8) { throw ('robocopy a échoué (code de sortie {0})' -f $LASTEXITCODE) }
}

# Conserver -KeepDays jours d’exécutions.
$old = Get-ChildItem -Path (Join-Path $Backup 'Runs') -Directory |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) -and $_.FullName -ne $Run }
foreach ($folder in @($old)) {
    Remove-Item -LiteralPath $folder.FullName -Recurse -Force
}
if ($script:Failed -gt 0) {
    Write-Log 'Sauvegarde terminée avec des échecs : voir les lignes marquées ÉCHEC.'
    exit 1
}
Write-Log 'Sauvegarde terminée.'
exit 0
