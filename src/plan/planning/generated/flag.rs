// Generated from src/content/flags.toml and src/content/versions.toml by build/ (`cargo run -p lync-restore-content`); do not edit.
// The test command fails while this file is stale.

/// A fact about a plan that decides whether a step applies (`src/content/flags.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// An Enterprise Edition Front End pool.
    FrontEndPool,
    /// A pool that homes users: an Enterprise Edition Front End pool or a Standard Edition server.
    UserPool,
    /// A Standard Edition server.
    StandardEdition,
    /// The Back End is mirrored (on a version that has mirroring, not in an availability group).
    Mirrored,
    /// Nobody said whether the Back End is mirrored.
    MirrorUnknown,
    /// Mirrored, and only the primary side was lost.
    PrimaryLost,
    /// Mirrored, and both sides were lost.
    MirrorLostToo,
    /// The Back End is lost and restored.
    BackEndRestored,
    /// The Back End's databases are recreated (no copy of them survives, or the store is rebuilt from a fresh export).
    BackEndRecreated,
    /// The Central Management store is lost and recreated here (not failed over).
    CmsRestored,
    /// User data is imported: the Back End's data is gone with no live copy, and no failover brings it back.
    UserData,
    /// Response Group settings are imported (used, or not known, with user data).
    RgsRestore,
    /// Nobody said whether Response Group is used.
    RgsUnknown,
    /// The pool is failed over and uses Response Group (or nobody said): its Response Groups go to the backup pool and come back.
    RgsFailover,
    /// An Archiving or Monitoring database is restored.
    ArchivingRestore,
    /// The Archiving database is restored (its store was lost).
    ArchivingDbRestore,
    /// The Monitoring databases are restored (their store was lost).
    MonitoringDbRestore,
    /// An Archiving or Monitoring database on the Back End is restored.
    CollocatedDbRestore,
    /// The store is recreated from a backup file while a replica of it may survive elsewhere.
    CmsReplica,
    /// With cms_replica, a Front End Server of this pool survived: its replica is the one imported.
    CmsLocalReplica,
    /// The Persistent Chat database is restored (its store was lost).
    ChatRestore,
    /// Persistent Chat was backed up with SQL Server.
    ChatSqlBackup,
    /// Persistent Chat was backed up with Export-CsPersistentChatData.
    ChatExportBackup,
    /// A Front End pool with a paired backup pool.
    Paired,
    /// A pool of two or more whose Front End Servers are all rebuilt, or too few survive for its quorum: it starts from nothing.
    ColdStart,
    /// A Front End Server of the pool was lost and the others run: restarting one at a time would drop below the pool's quorum, so they restart after the rebuild.
    RollingRestartUnsafe,
    /// The Back End was re-pointed at the mirror while the pool was down.
    TopologyChanged,
    /// The file store is restored (its server was lost).
    FileStoreRestored,
    /// Every Front End Server of the pool is started again together: a cold start, or the services stopped and started around the user data import.
    PoolRestarted,
    /// The file store is on a server of its own (not a Standard Edition server's own share), which was lost: it is rebuilt and shared before the copy.
    FileServerRebuilt,
    /// At least one member server is rebuilt.
    LyncServersRestored,
    /// Mediation Server is collocated on the Front End Servers.
    MediationCollocated,
    /// Something is restored from the backup.
    NeedsBackup,
    /// No server of the pool runs: every member rebuilt, or a Standard Edition server.
    WholePool,
    /// The pool is failed over to its backup pool first.
    Failover,
    /// The Central Management store is failed over to the backup pool.
    CmsFailedOver,
    /// Nobody knows yet whether the pool hosts the Central Management store.
    CmsUnknown,
    /// The store's primary was lost and its mirror survives: everything is exported afresh from the mirror.
    CmsFreshBackup,
    /// With cms_fresh_backup, collocated Archiving or Monitoring databases are backed up from the mirror.
    FreshSqlBackup,
    /// An Edge pool's next hop is moved to the backup pool during the failover.
    EdgeNextHop,
    /// An Edge pool.
    Edge,
    /// A Director pool.
    Director,
    /// A Mediation pool.
    Mediation,
    /// A Persistent Chat pool.
    PersistentChat,
    /// The Back End is an Always On availability group.
    AlwaysOn,
    /// Skype for Business Server (2015 or later); set by the versions table.
    Sfb,
    /// The product has Start-CsPool; set by the versions table.
    StartCsPool,
    /// The product cannot deploy mirroring; set by the versions table.
    NoMirroring,
    /// A Front End pool of three or more on a product with Start-CsPool.
    PoolStartCmdlet,
}

/// Every flag, in the order of `src/content/flags.toml`.
pub static ALL_FLAGS: &[Flag] = &[
    Flag::FrontEndPool,
    Flag::UserPool,
    Flag::StandardEdition,
    Flag::Mirrored,
    Flag::MirrorUnknown,
    Flag::PrimaryLost,
    Flag::MirrorLostToo,
    Flag::BackEndRestored,
    Flag::BackEndRecreated,
    Flag::CmsRestored,
    Flag::UserData,
    Flag::RgsRestore,
    Flag::RgsUnknown,
    Flag::RgsFailover,
    Flag::ArchivingRestore,
    Flag::ArchivingDbRestore,
    Flag::MonitoringDbRestore,
    Flag::CollocatedDbRestore,
    Flag::CmsReplica,
    Flag::CmsLocalReplica,
    Flag::ChatRestore,
    Flag::ChatSqlBackup,
    Flag::ChatExportBackup,
    Flag::Paired,
    Flag::ColdStart,
    Flag::RollingRestartUnsafe,
    Flag::TopologyChanged,
    Flag::FileStoreRestored,
    Flag::PoolRestarted,
    Flag::FileServerRebuilt,
    Flag::LyncServersRestored,
    Flag::MediationCollocated,
    Flag::NeedsBackup,
    Flag::WholePool,
    Flag::Failover,
    Flag::CmsFailedOver,
    Flag::CmsUnknown,
    Flag::CmsFreshBackup,
    Flag::FreshSqlBackup,
    Flag::EdgeNextHop,
    Flag::Edge,
    Flag::Director,
    Flag::Mediation,
    Flag::PersistentChat,
    Flag::AlwaysOn,
    Flag::Sfb,
    Flag::StartCsPool,
    Flag::NoMirroring,
    Flag::PoolStartCmdlet,
];

/// Every flag's name, as the catalogue writes it.
pub static KNOWN_FLAGS: &[&str] = &[
    "front_end_pool",
    "user_pool",
    "standard_edition",
    "mirrored",
    "mirror_unknown",
    "primary_lost",
    "mirror_lost_too",
    "back_end_restored",
    "back_end_recreated",
    "cms_restored",
    "user_data",
    "rgs_restore",
    "rgs_unknown",
    "rgs_failover",
    "archiving_restore",
    "archiving_db_restore",
    "monitoring_db_restore",
    "collocated_db_restore",
    "cms_replica",
    "cms_local_replica",
    "chat_restore",
    "chat_sql_backup",
    "chat_export_backup",
    "paired",
    "cold_start",
    "rolling_restart_unsafe",
    "topology_changed",
    "file_store_restored",
    "pool_restarted",
    "file_server_rebuilt",
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
    "sfb",
    "start_cs_pool",
    "no_mirroring",
    "pool_start_cmdlet",
];

/// (product version key, catalogue flag) for each version difference it has.
pub static VERSION_FLAGS: &[(&str, Flag)] = &[
    ("sfb2015", Flag::Sfb),
    ("sfb2019", Flag::Sfb),
    ("sfbse", Flag::Sfb),
    ("sfb2015", Flag::StartCsPool),
    ("sfb2019", Flag::StartCsPool),
    ("sfbse", Flag::StartCsPool),
    ("sfb2019", Flag::NoMirroring),
    ("sfbse", Flag::NoMirroring),
];
