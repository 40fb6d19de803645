//! The pool description as the user gives it: every field is plain text or a choice, exactly
//! as typed, so nothing the user entered is ever lost to validation. This is also the plan
//! file format (JSON, `format_version` = [`FORMAT_VERSION`]); unknown or missing fields take
//! their defaults so older and hand-written files still load, and fields at their default are
//! not written.

use crate::plan::json::{json_keyed, json_object};

/// Stable machine names of a fieldless enum (plan files, links and form values) and its JSON.
macro_rules! keyed {
    ($ty:ident, $expected:literal { $($variant:ident = $key:literal),* $(,)? }) => {
        impl $ty {
            /// Every value, in the order the form offers them.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// Stable machine name.
            pub fn key(self) -> &'static str {
                match self {
                    $($ty::$variant => $key),*
                }
            }

            /// Inverse of `key`.
            pub fn from_key(key: &str) -> Option<$ty> {
                match key {
                    $($key => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }
        json_keyed!($ty, $expected);
    };
}

/// Version of the plan file format written by this build.
pub const FORMAT_VERSION: u32 = 1;

/// The kind of pool being restored; it decides which Microsoft procedures apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PoolKind {
    /// Enterprise Edition Front End pool with a SQL Server Back End.
    #[default]
    FrontEnd,
    /// Standard Edition server (its own pool, SQL Express collocated).
    StandardEdition,
    /// Director pool.
    Director,
    /// Stand-alone Mediation pool.
    Mediation,
    /// Persistent Chat pool (Persistent Chat Front End Servers, `mgc` store).
    PersistentChat,
    /// Edge pool (perimeter network, not domain-joined).
    Edge,
}

keyed!(PoolKind, "a pool kind (front_end, standard_edition, director, mediation, persistent_chat or edge)" {
    FrontEnd = "front_end",
    StandardEdition = "standard_edition",
    Director = "director",
    Mediation = "mediation",
    PersistentChat = "persistent_chat",
    Edge = "edge",
});

impl PoolKind {
    /// True for the pool kinds whose data lives on an Enterprise Edition Back End.
    pub fn has_back_end(self) -> bool {
        self == PoolKind::FrontEnd
    }
}

/// Which side of a mirrored Back End was lost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MirrorLoss {
    /// Both the primary and the mirror (or a Back End that is not mirrored).
    #[default]
    Both,
    /// Only the primary SQL Server; the mirror survived.
    Primary,
    /// Only the mirror SQL Server; the primary survived.
    Mirror,
}

keyed!(MirrorLoss, "both, primary or mirror" {
    Both = "both",
    Primary = "primary",
    Mirror = "mirror",
});

/// Where an Archiving or Monitoring database lives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StoreLocation {
    /// Not deployed for this pool.
    #[default]
    None,
    /// Collocated on the pool's Back End SQL Server.
    Collocated,
    /// On a stand-alone SQL Server.
    StandAlone,
}

keyed!(StoreLocation, "none, collocated or stand_alone" {
    None = "none",
    Collocated = "collocated",
    StandAlone = "stand_alone",
});

/// How the Persistent Chat database was backed up (the restore must use the same method).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChatBackupMethod {
    /// SQL Server backup; restore with SQL Server.
    #[default]
    SqlBackup,
    /// `Export-CsPersistentChatData`; restore with `Import-CsPersistentChatData`.
    Export,
}

keyed!(ChatBackupMethod, "sql_backup or export" {
    SqlBackup = "sql_backup",
    Export = "export",
});

/// What failed. `whole_pool` wins over the individual choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The whole pool is lost: every member server (and the Back End, file store) is rebuilt.
    pub whole_pool: bool,
    /// Member servers that failed (FQDNs as typed), when not the whole pool.
    pub servers: Vec<String>,
    /// The Back End SQL Server (Front End pool) or the Persistent Chat store failed.
    pub back_end: bool,
    /// The file store was lost.
    pub file_store: bool,
    /// The stand-alone Archiving/Monitoring SQL Server was lost.
    pub archiving_store: bool,
}

impl Default for Failure {
    fn default() -> Self {
        Failure {
            whole_pool: true,
            servers: Vec::new(),
            back_end: false,
            file_store: false,
            archiving_store: false,
        }
    }
}

json_object!(Failure { whole_pool; servers, back_end, file_store, archiving_store });

/// The Back End SQL Server of a Front End pool, and its mirror.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackEnd {
    /// FQDN of the (primary) Back End SQL Server.
    pub sql_fqdn: String,
    /// SQL Server instance name, as given to `-SqlInstanceName`.
    pub sql_instance: String,
    /// SQL Server mirroring is configured.
    pub mirrored: bool,
    /// FQDN of the mirror SQL Server.
    pub mirror_fqdn: String,
    /// Instance name on the mirror.
    pub mirror_instance: String,
    /// FQDN of the mirroring witness (optional).
    pub witness_fqdn: String,
    /// Which side was lost (only meaningful when `mirrored`).
    pub lost: MirrorLoss,
}

json_object!(BackEnd { ; sql_fqdn, sql_instance, mirrored, mirror_fqdn, mirror_instance, witness_fqdn, lost });

/// A stand-alone or collocated SQL store (Archiving, Monitoring).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SqlStore {
    /// Where the database lives.
    pub location: StoreLocation,
    /// SQL Server FQDN when stand-alone.
    pub sql_fqdn: String,
    /// SQL instance when stand-alone.
    pub sql_instance: String,
}

json_object!(SqlStore { ; location, sql_fqdn, sql_instance });

/// Persistent Chat stores of a Persistent Chat pool (or collocated on a Standard Edition server).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersistentChat {
    /// Persistent Chat is deployed (always true for a Persistent Chat pool).
    pub enabled: bool,
    /// SQL Server holding the `mgc` database.
    pub sql_fqdn: String,
    /// SQL instance of the `mgc` database.
    pub sql_instance: String,
    /// A compliance store (`mgccomp`) is deployed.
    pub compliance: bool,
    /// How `mgc` was backed up.
    pub backup_method: ChatBackupMethod,
}

json_object!(PersistentChat { ; enabled, sql_fqdn, sql_instance, compliance, backup_method });

/// Where the backups are and what the files are called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupFiles {
    /// The `$Backup` share that holds this backup run.
    pub location: String,
    /// A local folder on the server where files are copied before import.
    pub local_folder: String,
    /// `Export-CsUserData` output.
    pub user_data: String,
    /// `Export-CsConfiguration` output (Central Management store).
    pub config: String,
    /// `Export-CsLisConfiguration` output (E9-1-1 locations).
    pub lis: String,
    /// `Export-CsRgsConfiguration` output (Response Group).
    pub rgs: String,
    /// `Export-CsPersistentChatData` output.
    pub chat: String,
}

impl Default for BackupFiles {
    fn default() -> Self {
        BackupFiles {
            location: String::new(),
            local_folder: r"C:\LyncRestore".into(),
            user_data: "ExportedUserData.zip".into(),
            config: "Config.zip".into(),
            lis: "E911Config.zip".into(),
            rgs: "RgsConfiguration.zip".into(),
            chat: "PersistentChatData.zip".into(),
        }
    }
}

json_object!(BackupFiles { location, local_folder, user_data, config, lis, rgs, chat; });

/// The whole description of one pool to restore: the plan file's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Plan file format version.
    pub format_version: u32,
    /// Kind of pool.
    pub kind: PoolKind,
    /// Pool FQDN (for a Standard Edition server: the server's FQDN).
    pub pool_fqdn: String,
    /// Site name, as in Topology Builder.
    pub site: String,
    /// Member servers, in the order the user keeps them.
    pub servers: Vec<String>,
    /// What failed.
    pub failure: Failure,
    /// Back End SQL Server (Front End pools).
    pub back_end: BackEnd,
    /// This pool's Back End (or this Standard Edition server) hosts the Central Management store.
    pub hosts_cms: bool,
    /// Nobody knows yet whether it does (a topology file that names no Central Management
    /// store): the plan finds out first, from Active Directory.
    pub cms_unknown: bool,
    /// Response Group is used in this pool.
    pub response_group: bool,
    /// Mediation Server is collocated on the Front End Servers.
    pub mediation_collocated: bool,
    /// Archiving database.
    pub archiving: SqlStore,
    /// Monitoring databases (CDR and QoE).
    pub monitoring: SqlStore,
    /// Persistent Chat stores.
    pub persistent_chat: PersistentChat,
    /// File store share, `\\server\share`.
    pub file_store: String,
    /// FQDN of the paired backup pool, if any.
    pub backup_pool: String,
    /// Paired pool: its users (and the Central Management store, when this pool hosts it) are
    /// failed over to the backup pool before the restore, and failed back after it.
    pub fail_over: bool,
    /// The backup pool's Back End SQL Server: where the Central Management store fails over to.
    pub backup_sql_fqdn: String,
    /// Its SQL instance.
    pub backup_sql_instance: String,
    /// An Edge pool whose next hop is this pool (it is pointed at the backup pool first).
    pub edge_pool: String,
    /// Backup location and file names.
    pub backup: BackupFiles,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            format_version: FORMAT_VERSION,
            kind: PoolKind::default(),
            pool_fqdn: String::new(),
            site: String::new(),
            servers: Vec::new(),
            failure: Failure::default(),
            back_end: BackEnd::default(),
            hosts_cms: false,
            cms_unknown: false,
            response_group: false,
            mediation_collocated: false,
            archiving: SqlStore::default(),
            monitoring: SqlStore::default(),
            persistent_chat: PersistentChat::default(),
            file_store: String::new(),
            backup_pool: String::new(),
            fail_over: false,
            backup_sql_fqdn: String::new(),
            backup_sql_instance: String::new(),
            edge_pool: String::new(),
            backup: BackupFiles::default(),
        }
    }
}

json_object!(Plan {
    format_version, kind;
    pool_fqdn, site, servers, failure, back_end, hosts_cms, response_group, mediation_collocated,
    archiving, monitoring, persistent_chat, file_store, backup_pool, backup, cms_unknown,
    fail_over, backup_sql_fqdn, backup_sql_instance, edge_pool
});

impl Plan {
    /// The member servers that take part in the plan: a Standard Edition server is its own
    /// single member; other kinds use the typed list, blank lines skipped.
    pub fn members(&self) -> Vec<&str> {
        if self.kind == PoolKind::StandardEdition {
            return vec![self.pool_fqdn.trim()];
        }
        self.servers
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The member servers to rebuild, in pool order.
    pub fn failed_members(&self) -> Vec<&str> {
        let members = self.members();
        if self.failure.whole_pool || self.kind == PoolKind::StandardEdition {
            return members;
        }
        members
            .into_iter()
            .filter(|m| {
                self.failure
                    .servers
                    .iter()
                    .any(|f| f.trim().eq_ignore_ascii_case(m))
            })
            .collect()
    }

    /// The Front End pool's Back End is being restored.
    pub fn back_end_failed(&self) -> bool {
        self.kind.has_back_end() && (self.failure.whole_pool || self.failure.back_end)
    }

    /// Which Back End side is lost, with "not mirrored" read as "both".
    pub fn mirror_loss(&self) -> MirrorLoss {
        if self.back_end.mirrored {
            self.back_end.lost
        } else {
            MirrorLoss::Both
        }
    }
}
