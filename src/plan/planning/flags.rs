//! Plan → flags: the facts about a plan that decide which steps of a section apply (the
//! catalogue's `when`/`unless`, every name in [`KNOWN_FLAGS`]). They are a projection of what the
//! plan loses ([`Lost`]) and of its choices, worked out once per plan.
//!
//! Guarantees: total; a flag is set only under the plan's own facts (never from another pool's);
//! nothing lost is assumed that [`Lost`] does not say.

use crate::plan::description::loss::Lost;
use crate::plan::description::model::{
    ChatBackupMethod, MirrorLoss, Plan, PoolKind, SqlStore, StoreLocation,
};
use crate::plan::planning::catalogue::VERSION_FLAGS;

/// Every flag [`flags`] can set: the vocabulary of the catalogue's `when`/`unless`.
pub const KNOWN_FLAGS: &[&str] = &[
    "front_end_pool",
    "user_pool",
    "standard_edition",
    "mirrored",
    "primary_lost",
    "mirror_lost_too",
    "back_end_restored",
    "cms_restored",
    "user_data",
    "rgs_restore",
    "rgs_unknown",
    "archiving_restore",
    "archiving_db_restore",
    "monitoring_db_restore",
    "collocated_db_restore",
    "cms_replica",
    "chat_restore",
    "chat_sql_backup",
    "chat_export_backup",
    "paired",
    "cold_start",
    "topology_changed",
    "file_store_restored",
    "lync_servers_restored",
    "mediation_collocated",
    "needs_backup",
    "whole_pool",
    "failover",
    "cms_failed_over",
    "cms_unknown",
    "cms_fresh_backup",
    "fresh_sql_backup",
    "edge_next_hop",
    "edge",
    "director",
    "mediation",
    "persistent_chat",
    "always_on",
    // Set by the product version (src/content/versions.toml).
    "sfb",
    "start_cs_pool",
    "no_mirroring",
    "pool_start_cmdlet",
];

/// The flags that hold for a plan: a handful of names, so a small list (searched linearly) is
/// faster and far smaller in the wasm than a tree set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags(Vec<&'static str>);

impl Flags {
    /// Sets a flag.
    pub fn insert(&mut self, name: &'static str) {
        if !self.contains(name) {
            self.0.push(name);
        }
    }

    /// True when the flag holds.
    pub fn contains(&self, name: &str) -> bool {
        self.0.contains(&name)
    }

    /// The flags that hold, in the order they were set.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().copied()
    }
}

/// Facts about the plan that decide which steps apply (the catalogue's `when`/`unless`).
pub fn flags(plan: &Plan) -> Flags {
    flags_of(plan, &Lost::of(plan))
}

/// [`flags`], with what the plan loses already worked out.
pub(crate) fn flags_of(plan: &Plan, lost: &Lost) -> Flags {
    let mut f = Flags::default();
    let fe = plan.kind == PoolKind::FrontEnd;
    let se = plan.kind == PoolKind::StandardEdition;
    let loss = plan.mirror_loss();
    let be_failed = plan.back_end_failed();
    let cms = plan.hosts_cms && (fe || se);
    let paired = fe && !plan.backup_pool.trim().is_empty();
    let failover = paired && plan.fail_over;
    // After a failover the store stays in the backup pool: nothing here rebuilds it.
    let cms_failed_over = failover && cms;
    let mut set = |name: &'static str, on: bool| {
        if on {
            f.insert(name);
        }
    };
    set("front_end_pool", fe);
    set("user_pool", fe || se);
    // No Front End Server of the pool runs: the whole pool, or every member named.
    set("whole_pool", lost.every_member || se);
    set("standard_edition", se);
    let mirrored = plan.mirrored();
    set("mirrored", mirrored);
    set("always_on", plan.always_on());
    set("primary_lost", mirrored && loss == MirrorLoss::Primary);
    set("mirror_lost_too", mirrored && loss == MirrorLoss::Both);
    set("back_end_restored", be_failed);
    let cms_restored =
        (se && cms) || (fe && be_failed && cms && loss != MirrorLoss::Mirror && !cms_failed_over);
    set("cms_restored", cms_restored);
    set("failover", failover);
    set("cms_failed_over", cms_failed_over);
    set(
        "cms_unknown",
        (fe || se) && plan.cms_unknown && !plan.hosts_cms,
    );
    set(
        "edge_next_hop",
        failover && !plan.edge_pool.trim().is_empty(),
    );
    // A mirrored store whose primary is lost: the live data is on the mirror, which the
    // restore replaces, so it is exported afresh first and every import reads that export.
    let fresh = cms_restored && mirrored && loss == MirrorLoss::Primary;
    set("cms_fresh_backup", fresh);
    set("edge", plan.kind == PoolKind::Edge);
    set("director", plan.kind == PoolKind::Director);
    set("mediation", plan.kind == PoolKind::Mediation);
    set("persistent_chat", plan.kind == PoolKind::PersistentChat);
    // The Back End's databases are gone with no live copy (a surviving mirror side is one).
    let back_end_data = fe && be_failed && (loss == MirrorLoss::Both || cms_restored);
    // After a failover the users' data lives in the backup pool and comes back with the
    // failback (Microsoft: "no other steps are necessary"): an old export is never imported.
    let user_data = se || (back_end_data && !failover);
    set("user_data", user_data);
    let rgs = plan.response_group || plan.response_group_unknown;
    set("rgs_restore", user_data && rgs);
    set(
        "rgs_unknown",
        plan.response_group_unknown && !plan.response_group,
    );
    let collocated = [&plan.archiving, &plan.monitoring]
        .iter()
        .any(|s| s.location == StoreLocation::Collocated);
    // Each store's databases are restored where it lives, and only when no copy survives: a
    // collocated one with the Back End's user data, a stand-alone one with its own server.
    let restored = |store: &SqlStore, lost: bool| {
        fe && match store.location {
            StoreLocation::None => false,
            StoreLocation::Collocated => back_end_data,
            StoreLocation::StandAlone => lost,
        }
    };
    let archiving_db = restored(&plan.archiving, lost.archiving);
    let monitoring_db = restored(&plan.monitoring, lost.monitoring);
    set("archiving_db_restore", archiving_db);
    set("monitoring_db_restore", monitoring_db);
    set("archiving_restore", archiving_db || monitoring_db);
    set(
        "collocated_db_restore",
        (archiving_db && plan.archiving.location == StoreLocation::Collocated)
            || (monitoring_db && plan.monitoring.location == StoreLocation::Collocated),
    );
    set("fresh_sql_backup", fresh && collocated);
    // The store is recreated from a backup file while a replica of it may still run on a server
    // the plan does not rebuild: that copy is exported first and the newer one imported (a
    // surviving mirror is the live store itself, exported afresh instead).
    set("cms_replica", cms_restored && !fresh);
    // A version without Persistent Chat has nothing of it to restore (validation says so).
    let has_chat = plan.version.has_persistent_chat();
    let chat =
        has_chat && (plan.kind == PoolKind::PersistentChat || (se && plan.persistent_chat.enabled));
    let chat_restore = has_chat
        && ((plan.kind == PoolKind::PersistentChat
            && (plan.failure.whole_pool || plan.failure.back_end))
            // Collocated on a Standard Edition server: mgc is lost only where it lives on it.
            || (se && plan.persistent_chat.enabled && lost.machine(&plan.persistent_chat.sql_fqdn)));
    set("chat_restore", chat_restore);
    set(
        "chat_sql_backup",
        chat && plan.persistent_chat.backup_method == ChatBackupMethod::SqlBackup,
    );
    set(
        "chat_export_backup",
        chat && plan.persistent_chat.backup_method == ChatBackupMethod::Export,
    );
    set("paired", paired);
    // Every Front End Server rebuilt starts the pool from nothing, Back End lost or not.
    set(
        "cold_start",
        fe && lost.every_member && plan.members().len() >= 2,
    );
    let primary_variant = be_failed && !cms_restored && mirrored && loss == MirrorLoss::Primary;
    set("topology_changed", primary_variant);
    // A Standard Edition server's file store is on it unless the share names another server.
    let file_store_restored = (fe && has_file_store_section(plan, lost))
        || (se && (lost.file_store || plan.file_store.trim().is_empty()));
    set("file_store_restored", file_store_restored);
    set("lync_servers_restored", !plan.failed_members().is_empty());
    set("mediation_collocated", fe && plan.mediation_collocated);
    let chat_file = chat_restore && plan.persistent_chat.backup_method == ChatBackupMethod::Export;
    let archiving = f.contains("archiving_restore");
    let needs_backup =
        cms_restored || user_data || file_store_restored || chat_restore || archiving || chat_file;
    if needs_backup {
        f.insert("needs_backup");
    }
    // What the product version changes (src/content/versions.toml).
    for (version, flag) in VERSION_FLAGS {
        if *version == plan.version.key() {
            f.insert(flag);
        }
    }
    // Microsoft: a Front End pool of three or more servers "must use the Start-CsPool cmdlet".
    if fe && plan.members().len() >= 3 && f.contains("start_cs_pool") {
        f.insert("pool_start_cmdlet");
    }
    f
}

/// The Front End pool's file store is restored: its server was lost.
pub(crate) fn has_file_store_section(plan: &Plan, lost: &Lost) -> bool {
    plan.kind == PoolKind::FrontEnd && lost.file_store
}
