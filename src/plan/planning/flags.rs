//! Plan → flags: the facts about a plan that decide which steps of a section apply (the
//! catalogue's `when`/`unless`, every name in [`KNOWN_FLAGS`]). They are a projection of what the
//! plan loses ([`Lost`]) and of its choices, worked out once per plan.
//!
//! Guarantees: total; a flag is set only under the plan's own facts (never from another pool's);
//! nothing lost is assumed that [`Lost`] does not say.

use crate::plan::description::loss::{Lost, file_server};
use crate::plan::description::model::{
    ChatBackupMethod, MirrorLoss, Plan, PoolKind, SqlStore, StoreLocation,
};

include!("generated/flag.rs");

/// The flags that hold for a plan: a set of [`Flag`]s, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(u64);

impl Flags {
    /// Sets a flag.
    pub fn insert(&mut self, flag: Flag) {
        self.0 |= 1 << flag as u32;
    }

    /// True when the flag holds.
    pub fn has(&self, flag: Flag) -> bool {
        self.0 & (1 << flag as u32) != 0
    }

    /// True when the flag of that name holds (an unknown name holds never).
    pub fn contains(&self, name: &str) -> bool {
        self.iter().any(|n| n == name)
    }

    /// The names of the flags that hold, in the vocabulary's order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        ALL_FLAGS
            .iter()
            .zip(KNOWN_FLAGS)
            .filter(|(f, _)| self.has(**f))
            .map(|(_, name)| *name)
    }
}

/// Facts about the plan that decide which steps apply (the catalogue's `when`/`unless`).
pub fn flags(plan: &Plan) -> Flags {
    flags_of(plan, &Lost::of(plan))
}

/// The Front End Servers that must run for a pool to keep running, and among how many of its
/// first servers (topology order) they count: Microsoft's pool-level quorum table (2 → 1, 3–4 →
/// 2, 5–6 → 3, 7 → 4, 8–9 → 4 of the first 7, 10–12 → 5 of the first 9, and for the 13 to 16
/// servers of Skype for Business Server 2019, 7 of the first 12).
pub fn pool_quorum(front_ends: usize) -> (usize, usize) {
    match front_ends {
        0..=2 => (front_ends.min(1), front_ends),
        3 | 4 => (2, front_ends),
        5 | 6 => (3, front_ends),
        7..=9 => (4, 7),
        10..=12 => (5, 9),
        _ => (7, 12),
    }
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
    let mut set = |flag: Flag, on: bool| {
        if on {
            f.insert(flag);
        }
    };
    set(Flag::FrontEndPool, fe);
    set(Flag::UserPool, fe || se);
    // No Front End Server of the pool runs: the whole pool, or every member named.
    set(Flag::WholePool, lost.every_member || se);
    set(Flag::StandardEdition, se);
    let mirrored = plan.mirrored();
    set(Flag::Mirrored, mirrored);
    set(Flag::MirrorUnknown, plan.mirror_unknown());
    set(Flag::AlwaysOn, plan.always_on());
    set(Flag::PrimaryLost, mirrored && loss == MirrorLoss::Primary);
    set(Flag::MirrorLostToo, mirrored && loss == MirrorLoss::Both);
    set(Flag::BackEndRestored, be_failed);
    let cms_restored =
        (se && cms) || (fe && be_failed && cms && loss != MirrorLoss::Mirror && !cms_failed_over);
    set(Flag::CmsRestored, cms_restored);
    set(Flag::Failover, failover);
    set(Flag::CmsFailedOver, cms_failed_over);
    set(
        Flag::CmsUnknown,
        (fe || se) && plan.cms_unknown && !plan.hosts_cms,
    );
    set(
        Flag::EdgeNextHop,
        failover && !plan.edge_pool.trim().is_empty(),
    );
    // A mirrored store whose primary is lost: the live data is on the mirror, which the
    // restore replaces, so it is exported afresh first and every import reads that export.
    let fresh = cms_restored && mirrored && loss == MirrorLoss::Primary;
    set(Flag::CmsFreshBackup, fresh);
    set(Flag::Edge, plan.kind == PoolKind::Edge);
    set(Flag::Director, plan.kind == PoolKind::Director);
    set(Flag::Mediation, plan.kind == PoolKind::Mediation);
    set(Flag::PersistentChat, plan.kind == PoolKind::PersistentChat);
    // The Back End's databases are gone with no live copy (a surviving mirror side is one).
    let back_end_data = fe && be_failed && (loss == MirrorLoss::Both || cms_restored);
    // After a failover the users' data lives in the backup pool and comes back with the
    // failback (Microsoft: "no other steps are necessary"): an old export is never imported.
    let user_data = se || (back_end_data && !failover);
    set(Flag::BackEndRecreated, back_end_data);
    set(Flag::UserData, user_data);
    let rgs = plan.response_group || plan.response_group_unknown;
    set(Flag::RgsRestore, user_data && rgs);
    set(Flag::RgsFailover, failover && rgs);
    set(
        Flag::RgsUnknown,
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
    set(Flag::ArchivingDbRestore, archiving_db);
    set(Flag::MonitoringDbRestore, monitoring_db);
    set(Flag::ArchivingRestore, archiving_db || monitoring_db);
    set(
        Flag::CollocatedDbRestore,
        (archiving_db && plan.archiving.location == StoreLocation::Collocated)
            || (monitoring_db && plan.monitoring.location == StoreLocation::Collocated),
    );
    set(Flag::FreshSqlBackup, fresh && collocated);
    // The store is recreated from a backup file while a replica of it may still run on a server
    // the plan does not rebuild: that copy is exported first and the newer one imported (a
    // surviving mirror is the live store itself, exported afresh instead).
    set(Flag::CmsReplica, cms_restored && !fresh);
    // A Front End Server of this pool survived: its replica ran until the failure.
    set(
        Flag::CmsLocalReplica,
        cms_restored && !fresh && fe && !lost.every_member,
    );
    // A version without Persistent Chat has nothing of it to restore (validation says so).
    let has_chat = plan.version.has_persistent_chat();
    let chat =
        has_chat && (plan.kind == PoolKind::PersistentChat || (se && plan.persistent_chat.enabled));
    let chat_restore = has_chat
        && ((plan.kind == PoolKind::PersistentChat
            && (plan.failure.whole_pool || plan.failure.back_end))
            // Collocated on a Standard Edition server: mgc is lost only where it lives on it.
            || (se && plan.persistent_chat.enabled && lost.machine(&plan.persistent_chat.sql_fqdn)));
    set(Flag::ChatRestore, chat_restore);
    set(
        Flag::ChatSqlBackup,
        chat && plan.persistent_chat.backup_method == ChatBackupMethod::SqlBackup,
    );
    set(
        Flag::ChatExportBackup,
        chat && plan.persistent_chat.backup_method == ChatBackupMethod::Export,
    );
    set(Flag::Paired, paired);
    // Every Front End Server rebuilt, or too few left to hold the pool's quorum: the pool starts
    // from nothing, Back End lost or not.
    let (members, failed) = (plan.members(), plan.failed_members());
    let running = members.len() - failed.len().min(members.len());
    // Only the pool's first servers count toward its quorum.
    let (needed, first) = pool_quorum(members.len());
    let running_first = members
        .iter()
        .take(first)
        .filter(|m| !failed.contains(m))
        .count();
    let members = members.len();
    let cold_start = fe && members >= 2 && (lost.every_member || running_first < needed);
    set(Flag::ColdStart, cold_start);
    // The user data import stops and starts every Front End Server too.
    set(
        Flag::PoolRestarted,
        cold_start || (fe && members >= 2 && user_data),
    );
    let primary_variant = be_failed && !cms_restored && mirrored && loss == MirrorLoss::Primary;
    // The Back End moved to its mirror while some Front End Servers run and one was lost: their
    // rolling restart must not take the pool below its quorum, so it waits for the rebuild.
    set(
        Flag::RollingRestartUnsafe,
        primary_variant
            && running > 0
            && running < members
            && running_first.saturating_sub(1) < needed,
    );
    set(Flag::TopologyChanged, primary_variant);
    // A Standard Edition server's file store is on it unless the share names another server;
    // that server, when lost, is rebuilt and shared like a Front End pool's file server.
    let se_own_share = se
        && (plan.file_store.trim().is_empty()
            || file_server(plan) == plan.pool_fqdn.trim().to_ascii_lowercase());
    let file_server_rebuilt =
        has_file_store_section(plan, lost) || (se && !se_own_share && lost.file_store);
    let file_store_restored = file_server_rebuilt || se_own_share;
    set(Flag::FileStoreRestored, file_store_restored);
    set(Flag::FileServerRebuilt, file_server_rebuilt);
    set(Flag::LyncServersRestored, !plan.failed_members().is_empty());
    set(Flag::MediationCollocated, fe && plan.mediation_collocated);
    let chat_file = chat_restore && plan.persistent_chat.backup_method == ChatBackupMethod::Export;
    let archiving = f.has(Flag::ArchivingRestore);
    let needs_backup =
        cms_restored || user_data || file_store_restored || chat_restore || archiving || chat_file;
    if needs_backup {
        f.insert(Flag::NeedsBackup);
    }
    // What the product version changes (src/content/versions.toml).
    for (version, flag) in VERSION_FLAGS {
        if *version == plan.version.key() {
            f.insert(*flag);
        }
    }
    // Microsoft: a Front End pool of three or more servers "must use the Start-CsPool cmdlet".
    if fe && plan.members().len() >= 3 && f.has(Flag::StartCsPool) {
        f.insert(Flag::PoolStartCmdlet);
    }
    f
}

/// The Front End pool's file store is restored: its server was lost.
pub(crate) fn has_file_store_section(plan: &Plan, lost: &Lost) -> bool {
    plan.kind == PoolKind::FrontEnd && lost.file_store
}
