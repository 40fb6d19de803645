//! Every fixed string of the UI chrome, in both languages side by side (the checklist's own text
//! comes from the catalogue). One macro defines the struct and both tables, so a string cannot
//! exist in one language only; `tests/translations.rs` also checks none is empty.

use crate::plan::{Lang, PoolKind};

macro_rules! ui_strings {
    ($($name:ident: $en:expr, $fr:expr;)*) => {
        /// The UI strings of one language (field names say where each is shown).
        #[allow(missing_docs)]
        pub struct Strings {
            $(pub $name: &'static str,)*
        }

        /// English.
        pub const EN: Strings = Strings { $($name: $en,)* };

        /// French.
        pub const FR: Strings = Strings { $($name: $fr,)* };

        /// Every string as (name, English, French), for the translation lint.
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($name), $en, $fr),)*];
    };
}

ui_strings! {
    colon: ": ", "\u{a0}: ";
    app_title: "Lync Restore Planner", "Lync Restore Planner";
    tagline: "A printable restore checklist for a Lync Server 2013 pool, with your server names in every command.", "Une liste de restauration imprimable pour un pool Lync Server 2013, avec vos noms de serveurs dans chaque commande.";
    welcome: "Describe the failed pool on the left; the checklist builds itself as you type. New here? Load the example: a 12-server Front End pool that hosts the Central Management store.", "Décrivez le pool en panne à gauche : la liste se construit pendant la saisie. Première visite ? Chargez l'exemple : un pool frontal de 12 serveurs qui héberge le magasin central de gestion.";
    load_example: "Load an example", "Charger un exemple";
    french_missing: "The French text of the steps could not be loaded (is the server reachable?), so the steps are shown in English. Reload the page to try again.", "Le texte français des étapes n'a pas pu être chargé (le serveur est-il joignable ?) : les étapes s'affichent en anglais. Rechargez la page pour réessayer.";
    pool_group: "Pool", "Pool";
    pool_kind: "Pool type", "Type de pool";
    pool_fqdn: "Pool FQDN", "FQDN du pool";
    se_fqdn: "Standard Edition server FQDN", "FQDN du serveur Standard Edition";
    site: "Site", "Site";
    servers_group: "Member servers", "Serveurs membres";
    server_n: "Server", "Serveur";
    add_server: "Add a server", "Ajouter un serveur";
    remove: "Remove", "Retirer";
    move_up: "Move up", "Monter";
    paste_label: "Paste a list of FQDNs (one per line, or separated by commas or spaces)", "Coller une liste de FQDN (un par ligne, ou séparés par des virgules ou des espaces)";
    paste_button: "Add pasted servers", "Ajouter les serveurs collés";
    failure_group: "What failed", "Ce qui est en panne";
    whole_pool: "The whole pool", "Tout le pool";
    selected_only: "Only the servers and stores ticked below", "Seulement les serveurs et magasins cochés ci-dessous";
    back_end_failed: "The Back End SQL Server", "Le serveur SQL principal (Back End)";
    chat_store_failed: "The Persistent Chat SQL store", "Le magasin SQL de conversation permanente";
    file_store_failed: "The file store", "Le magasin de fichiers";
    archiving_store_failed: "The stand-alone Archiving/Monitoring SQL Server", "Le serveur SQL autonome d'archivage/surveillance";
    back_end_group: "Back End SQL Server", "Serveur SQL principal (Back End)";
    sql_fqdn: "SQL Server FQDN", "FQDN du serveur SQL";
    sql_instance: "SQL instance (MSSQLSERVER = default instance)", "Instance SQL (MSSQLSERVER = instance par défaut)";
    se_instance: "SQL Express instance of the Central Management store", "Instance SQL Express du magasin central de gestion";
    mirrored: "SQL Server mirroring", "Mise en miroir SQL Server";
    mirror_fqdn: "Mirror SQL Server FQDN", "FQDN du serveur SQL miroir";
    mirror_instance: "Mirror SQL instance", "Instance SQL du miroir";
    witness_fqdn: "Witness FQDN (optional)", "FQDN du témoin (facultatif)";
    lost_side: "Which side was lost", "Côté perdu";
    lost_both: "Both (or not mirrored)", "Les deux (ou pas de miroir)";
    lost_primary: "Only the primary", "Seulement le principal";
    lost_mirror: "Only the mirror", "Seulement le miroir";
    options_group: "Pool options", "Options du pool";
    hosts_cms: "This pool hosts the Central Management store", "Ce pool héberge le magasin central de gestion";
    response_group: "Response Group is used", "Response Group est utilisé";
    mediation_collocated: "Mediation Server is collocated on the Front End Servers", "Le serveur de médiation est colocalisé sur les serveurs frontaux";
    file_store: r"File store share (\\server\share)", r"Partage du magasin de fichiers (\\serveur\partage)";
    backup_pool: "Paired backup pool FQDN (optional)", "FQDN du pool de sauvegarde jumelé (facultatif)";
    fail_over: "Fail over to the backup pool first", "Basculer d'abord vers le pool de sauvegarde";
    backup_sql: "Backup pool's Back End SQL Server FQDN", "FQDN du serveur SQL principal du pool de sauvegarde";
    backup_sql_instance: "Its SQL instance", "Son instance SQL";
    edge_pool: "Edge pool with this pool as next hop (optional)", "Pool Edge ayant ce pool comme tronçon suivant (facultatif)";
    cms_unknown: "Not known: the binder checks first", "Inconnu : le classeur vérifie d'abord";
    archiving: "Archiving database", "Base d'archivage";
    monitoring: "Monitoring databases", "Bases de surveillance";
    store_none: "Not deployed", "Non déployé";
    store_collocated: "On the Back End", "Sur le serveur principal";
    store_stand_alone: "Stand-alone SQL Server", "Serveur SQL autonome";
    archiving_sql: "Archiving SQL Server FQDN", "FQDN du serveur SQL d'archivage";
    monitoring_sql: "Monitoring SQL Server FQDN", "FQDN du serveur SQL de surveillance";
    instance: "Instance", "Instance";
    chat_group: "Persistent Chat", "Conversation permanente";
    chat_enabled: "Persistent Chat is collocated on this server", "La conversation permanente est colocalisée sur ce serveur";
    chat_sql: "Persistent Chat SQL Server FQDN (mgc)", "FQDN du serveur SQL de conversation permanente (mgc)";
    chat_compliance: "A compliance store (mgccomp) is deployed", "Un magasin de conformité (mgccomp) est déployé";
    chat_method: "How mgc was backed up", "Mode de sauvegarde de mgc";
    chat_method_sql: "SQL Server backup", "Sauvegarde SQL Server";
    chat_method_export: "Export-CsPersistentChatData", "Export-CsPersistentChatData";
    backup_group: "Backup files", "Fichiers de sauvegarde";
    backup_location: r"$Backup share (\\server\share)", r"Partage $Backup (\\serveur\partage)";
    local_folder: "Local folder for copied files", "Dossier local des fichiers copiés";
    user_data_file: "User data (Export-CsUserData)", "Données utilisateur (Export-CsUserData)";
    config_file: "Configuration (Export-CsConfiguration)", "Configuration (Export-CsConfiguration)";
    lis_file: "Locations (Export-CsLisConfiguration)", "Emplacements (Export-CsLisConfiguration)";
    rgs_file: "Response Group (Export-CsRgsConfiguration)", "Response Group (Export-CsRgsConfiguration)";
    chat_file: "Persistent Chat (Export-CsPersistentChatData)", "Conversation permanente (Export-CsPersistentChatData)";
    checklist_heading: "Restore checklist", "Liste de restauration";
    missing: "Still missing, shown in the commands as", "Il manque encore, affiché dans les commandes comme";
    steps_heading: "Steps", "Étapes";
    runs_on: "Runs on", "S'exécute sur";
    permissions: "Needs", "Nécessite";
    source: "Microsoft procedure", "Procédure Microsoft";
    caution: "Caution", "Attention";
    print_progress: "Print with progress", "Imprimer avec l'avancement";
    print_blank: "Print blank", "Imprimer vierge";
    reset_progress: "Reset progress", "Remettre à zéro";
    reset_confirm: "Untick every step of this checklist? The tick times are lost.", "Décocher toutes les étapes de cette liste ? Les heures de validation seront perdues.";
    of: "of", "sur";
    done: "done", "faites";
    mark_done: "Done", "Fait";
    ticked_at: "ticked", "cochée";
    copy: "Copy", "Copier";
    copied: "Copied", "Copié";
    copy_failed: "Copy failed: select the text", "Échec de la copie : sélectionnez le texte";
    start: "Start", "Début";
    end: "End", "Fin";
    initials: "Initials", "Visa";
    notes: "Notes", "Notes";
    references: "Microsoft procedures for this section", "Procédures Microsoft de cette section";
    cover_title: "Lync Server 2013 restore binder", "Classeur de restauration Lync Server 2013";
    pool_type: "Pool type", "Type de pool";
    to_restore: "To restore", "À restaurer";
    generated: "Generated", "Généré le";
    fingerprint: "Plan fingerprint", "Empreinte du plan";
    fingerprint_hint: "Every page carries this fingerprint: a page with another one comes from an older binder.", "Chaque page porte cette empreinte : une page avec une autre empreinte vient d'un ancien classeur.";
    incident: "Incident number", "Numéro d'incident";
    on_call: "People on call", "Personnes d'astreinte";
    start_time: "Start time", "Heure de début";
    end_time: "End time", "Heure de fin";
    storage_off: "This browser does not let the app save (storage is disabled): the app works, but your plan and ticks last only until you close the page. Export the plan file to keep them.", "Ce navigateur n'autorise pas l'enregistrement (stockage désactivé) : l'application fonctionne, mais votre plan et vos coches ne durent que jusqu'à la fermeture de la page. Exportez le fichier du plan pour les garder.";
    progress_label: "Progress", "Avancement";
    saved_group: "Saved plans", "Plans enregistrés";
    new_plan: "New plan", "Nouveau plan";
    rename: "Rename", "Renommer";
    save_name: "Save name", "Enregistrer le nom";
    delete: "Delete", "Supprimer";
    delete_confirm: "Delete this saved plan and its progress? This cannot be undone.", "Supprimer ce plan enregistré et son avancement ? C'est définitif.";
    open_now: "open", "ouvert";
    updated: "changed", "modifié";
    no_saved: "No saved plan yet: your plan is saved here as soon as you type.", "Aucun plan enregistré : votre plan est enregistré ici dès la première saisie.";
    not_saved: "Not saved", "Non enregistré";
    keep_new: "Keep as a new saved plan", "Garder comme nouveau plan";
    keep_replace: "Replace the saved plan", "Remplacer le plan enregistré";
    discard: "Discard", "Ignorer";
    share_group: "Share and export", "Partager et exporter";
    copy_link: "Copy link", "Copier le lien";
    link_copied: "Link copied. It carries the whole plan (not the ticks); the server never sees it.", "Lien copié. Il contient tout le plan (pas les coches) ; le serveur ne le voit jamais.";
    link_shown: "Copy this link by hand:", "Copiez ce lien à la main :";
    link_too_long: "This plan is too large for a link: export the plan file instead.", "Ce plan est trop grand pour un lien : exportez plutôt le fichier du plan.";
    export_file: "Export plan file", "Exporter le fichier du plan";
    with_progress: "Include the ticked steps", "Inclure les étapes cochées";
    import_file: "Import a plan file", "Importer un fichier de plan";
    import_failed: "This file could not be imported:", "Ce fichier n'a pas pu être importé :";
    export_markdown: "Export Markdown", "Exporter en Markdown";
    export_html: "Export standalone HTML", "Exporter en HTML autonome";
    save_failed: "Saving failed (storage full or blocked): your latest changes exist only in this page. Export the plan file to keep them.", "Échec de l'enregistrement (stockage plein ou bloqué) : vos dernières modifications n'existent que dans cette page. Exportez le fichier du plan pour les garder.";
    dismiss: "Dismiss", "Fermer";
    topology_group: "Import the topology", "Importer la topologie";
    topology_file: "Topology file (Get-CsTopology -AsXml output, or a Topology Builder .tbxml)", "Fichier de topologie (sortie de Get-CsTopology -AsXml, ou .tbxml du Générateur de topologie)";
    topology_failed: "This topology could not be read:", "Cette topologie n'a pas pu être lue :";
    topology_reading: "Reading the topology…", "Lecture de la topologie…";
    topology_show_servers: "Tick single servers", "Cocher des serveurs";
    topology_no_worker: "the topology reader could not start in this browser (it runs as a Web Worker, which a policy may block). Reload the page and try again, or type the pool in.", "le lecteur de topologie n'a pas pu démarrer dans ce navigateur (il s'exécute comme Web Worker, ce qu'une stratégie peut bloquer). Rechargez la page et réessayez, ou saisissez le pool.";
    topology_not_read: "the browser could not read the file. Choose it again.", "le navigateur n'a pas pu lire le fichier. Choisissez-le à nouveau.";
    topology_found: "Found", "Trouvé";
    topology_sites: "Sites", "Sites";
    topology_roles: "Roles", "Rôles";
    topology_pools: "Pools: tick what failed", "Pools : cochez ce qui est en panne";
    topology_whole: "whole pool", "tout le pool";
    topology_stores: "SQL stores", "Magasins SQL";
    topology_file_stores: "File stores", "Magasins de fichiers";
    topology_cms: "Central Management store", "Magasin central de gestion";
    topology_not_planned: "Seen, not planned (outside the Lync restore procedures)", "Vus, non planifiés (hors des procédures de restauration Lync)";
    topology_plan: "Plan the restore of what is ticked", "Planifier la restauration de ce qui est coché";
    topology_nothing: "Tick at least one pool or server.", "Cochez au moins un pool ou un serveur.";
    site_pools: "Pools in this site plan (restore order)", "Pools de ce plan de site (ordre de restauration)";
    edit_pool: "Edit", "Modifier";
    editing: "editing", "en cours de modification";
    language: "Language", "Langue";
    bilingual: "Bilingual binder (EN + FR)", "Classeur bilingue (FR + EN)";
}

/// The UI strings of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// The label of a pool kind in the form.
pub fn kind_label(kind: PoolKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PoolKind::FrontEnd, Lang::En) => "Front End pool (Enterprise Edition)",
        (PoolKind::FrontEnd, Lang::Fr) => "Pool frontal (Enterprise Edition)",
        (PoolKind::StandardEdition, Lang::En) => "Standard Edition server",
        (PoolKind::StandardEdition, Lang::Fr) => "Serveur Standard Edition",
        (PoolKind::Director, Lang::En) => "Director pool",
        (PoolKind::Director, Lang::Fr) => "Pool directeur",
        (PoolKind::Mediation, Lang::En) => "Mediation pool",
        (PoolKind::Mediation, Lang::Fr) => "Pool de médiation",
        (PoolKind::PersistentChat, Lang::En) => "Persistent Chat pool",
        (PoolKind::PersistentChat, Lang::Fr) => "Pool de conversation permanente",
        (PoolKind::Edge, Lang::En) => "Edge pool",
        (PoolKind::Edge, Lang::Fr) => "Pool de serveurs Edge",
    }
}
