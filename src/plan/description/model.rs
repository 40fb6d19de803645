//! The pool description as the user gives it: every field is plain text or a choice, exactly
//! as typed, so nothing the user entered is ever lost to validation. This is also the plan
//! file format (JSON, `format_version` = [`FORMAT_VERSION`]); unknown or missing fields take
//! their defaults so older and hand-written files still load, and fields at their default are
//! not written.

use serde::{Deserialize, Serialize};

pub use crate::plan::description::choices::{
    ChatBackupMethod, MirrorLoss, PoolKind, StoreLocation, Version,
};

/// True when `value` is its type's default: such fields are not written (links stay short).
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Version of the plan file format written by this build.
pub const FORMAT_VERSION: u32 = 1;

/// What failed: the whole pool (its member servers and its own store: the Back End, the
/// Persistent Chat store) or the servers named, and each machine outside the pool marked on its
/// own. [`crate::plan::description::loss::Lost`] says what that loses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Failure {
    /// The whole pool is lost: every member server and the pool's own store are rebuilt (not the
    /// file server nor a stand-alone Archiving or Monitoring SQL Server: those are marked below).
    pub whole_pool: bool,
    /// Member servers that failed (FQDNs as typed), when not the whole pool.
    #[serde(skip_serializing_if = "is_default")]
    pub servers: Vec<String>,
    /// The Back End SQL Server (Front End pool) or the Persistent Chat store failed.
    #[serde(skip_serializing_if = "is_default")]
    pub back_end: bool,
    /// The file store was lost.
    #[serde(skip_serializing_if = "is_default")]
    pub file_store: bool,
    /// The stand-alone Archiving SQL Server was lost.
    #[serde(skip_serializing_if = "is_default")]
    pub archiving_store: bool,
    /// The stand-alone Monitoring SQL Server was lost (the same machine as Archiving's, when
    /// both are on one, is lost with either mark).
    #[serde(skip_serializing_if = "is_default")]
    pub monitoring_store: bool,
    /// The file store's server is known to still run (the answer to "was it lost too?" when
    /// the whole pool failed); `file_store` wins if both are set.
    #[serde(skip_serializing_if = "is_default")]
    pub file_store_kept: bool,
}

impl Failure {
    /// The failure of an imported pool: none named means the whole pool; servers named, even
    /// every one of them, are those servers alone (the pool's store survives).
    pub fn of_servers(failed: &[String]) -> Failure {
        Failure {
            whole_pool: failed.is_empty(),
            servers: failed.to_vec(),
            ..Failure::default()
        }
    }
}

impl Default for Failure {
    fn default() -> Self {
        Failure {
            whole_pool: true,
            servers: Vec::new(),
            back_end: false,
            file_store: false,
            archiving_store: false,
            monitoring_store: false,
            file_store_kept: false,
        }
    }
}

/// The Back End SQL Server of a Front End pool, and its mirror.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackEnd {
    /// FQDN of the (primary) Back End SQL Server.
    #[serde(skip_serializing_if = "is_default")]
    pub sql_fqdn: String,
    /// SQL Server instance name, as given to `-SqlInstanceName`.
    #[serde(skip_serializing_if = "is_default")]
    pub sql_instance: String,
    /// SQL Server mirroring is configured.
    #[serde(skip_serializing_if = "is_default")]
    pub mirrored: bool,
    /// FQDN of the mirror SQL Server.
    #[serde(skip_serializing_if = "is_default")]
    pub mirror_fqdn: String,
    /// Instance name on the mirror.
    #[serde(skip_serializing_if = "is_default")]
    pub mirror_instance: String,
    /// FQDN of the mirroring witness (optional).
    #[serde(skip_serializing_if = "is_default")]
    pub witness_fqdn: String,
    /// Which side was lost (only meaningful when `mirrored`).
    #[serde(skip_serializing_if = "is_default")]
    pub lost: MirrorLoss,
    /// The Back End is a SQL Server Always On availability group (Skype for Business Server
    /// 2015 and later); `sql_fqdn` is then the group's listener.
    #[serde(skip_serializing_if = "is_default")]
    pub always_on: bool,
    /// FQDN of the availability group's primary replica (where the databases are created).
    #[serde(skip_serializing_if = "is_default")]
    pub primary_replica: String,
    /// Nobody said yet whether the Back End is mirrored (an imported topology does not say):
    /// the form asks, and the binder checks before it rebuilds.
    #[serde(skip_serializing_if = "is_default")]
    pub mirror_unknown: bool,
}

/// A stand-alone or collocated SQL store (Archiving, Monitoring).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SqlStore {
    /// Where the database lives.
    #[serde(skip_serializing_if = "is_default")]
    pub location: StoreLocation,
    /// SQL Server FQDN when stand-alone.
    #[serde(skip_serializing_if = "is_default")]
    pub sql_fqdn: String,
    /// SQL instance when stand-alone.
    #[serde(skip_serializing_if = "is_default")]
    pub sql_instance: String,
}

/// Persistent Chat stores of a Persistent Chat pool (or collocated on a Standard Edition server).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistentChat {
    /// Persistent Chat is deployed (always true for a Persistent Chat pool).
    #[serde(skip_serializing_if = "is_default")]
    pub enabled: bool,
    /// SQL Server holding the `mgc` database.
    #[serde(skip_serializing_if = "is_default")]
    pub sql_fqdn: String,
    /// SQL instance of the `mgc` database.
    #[serde(skip_serializing_if = "is_default")]
    pub sql_instance: String,
    /// A compliance store (`mgccomp`) is deployed.
    #[serde(skip_serializing_if = "is_default")]
    pub compliance: bool,
    /// How `mgc` was backed up.
    #[serde(skip_serializing_if = "is_default")]
    pub backup_method: ChatBackupMethod,
}

/// Where the backups are and what the files are called.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
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

/// The whole description of one pool to restore: the plan file's content. Fields are written
/// in this order and printed fingerprints hash that text, so new fields go at the end.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// Plan file format version.
    pub format_version: u32,
    /// Kind of pool.
    pub kind: PoolKind,
    /// Pool FQDN (for a Standard Edition server: the server's FQDN).
    #[serde(skip_serializing_if = "is_default")]
    pub pool_fqdn: String,
    /// Site name, as in Topology Builder.
    #[serde(skip_serializing_if = "is_default")]
    pub site: String,
    /// Member servers, in the order the user keeps them.
    #[serde(skip_serializing_if = "is_default")]
    pub servers: Vec<String>,
    /// What failed.
    #[serde(skip_serializing_if = "is_default")]
    pub failure: Failure,
    /// Back End SQL Server (Front End pools).
    #[serde(skip_serializing_if = "is_default")]
    pub back_end: BackEnd,
    /// This pool's Back End (or this Standard Edition server) hosts the Central Management store.
    #[serde(skip_serializing_if = "is_default")]
    pub hosts_cms: bool,
    /// Response Group is used in this pool.
    #[serde(skip_serializing_if = "is_default")]
    pub response_group: bool,
    /// Mediation Server is collocated on the Front End Servers.
    #[serde(skip_serializing_if = "is_default")]
    pub mediation_collocated: bool,
    /// Archiving database.
    #[serde(skip_serializing_if = "is_default")]
    pub archiving: SqlStore,
    /// Monitoring databases (CDR and QoE).
    #[serde(skip_serializing_if = "is_default")]
    pub monitoring: SqlStore,
    /// Persistent Chat stores.
    #[serde(skip_serializing_if = "is_default")]
    pub persistent_chat: PersistentChat,
    /// File store share, `\\server\share`.
    #[serde(skip_serializing_if = "is_default")]
    pub file_store: String,
    /// FQDN of the paired backup pool, if any.
    #[serde(skip_serializing_if = "is_default")]
    pub backup_pool: String,
    /// Backup location and file names.
    #[serde(skip_serializing_if = "is_default")]
    pub backup: BackupFiles,
    /// Nobody knows yet whether it hosts the Central Management store (a topology file that names no Central Management
    /// store): the plan finds out first, from Active Directory.
    #[serde(skip_serializing_if = "is_default")]
    pub cms_unknown: bool,
    /// Paired pool: its users (and the Central Management store, when this pool hosts it) are
    /// failed over to the backup pool before the restore, and failed back after it.
    #[serde(skip_serializing_if = "is_default")]
    pub fail_over: bool,
    /// The backup pool's Back End SQL Server: where the Central Management store fails over to.
    #[serde(skip_serializing_if = "is_default")]
    pub backup_sql_fqdn: String,
    /// Its SQL instance.
    #[serde(skip_serializing_if = "is_default")]
    pub backup_sql_instance: String,
    /// An Edge pool whose next hop is this pool (it is pointed at the backup pool first).
    #[serde(skip_serializing_if = "is_default")]
    pub edge_pool: String,
    /// The product the pool runs.
    #[serde(skip_serializing_if = "is_default")]
    pub version: Version,
    /// Nobody knows yet whether the pool uses Response Group (an imported pool always carries
    /// the application service): the binder restores it only if the backup holds its export.
    #[serde(skip_serializing_if = "is_default")]
    pub response_group_unknown: bool,
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
            version: Version::default(),
            response_group_unknown: false,
        }
    }
}

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

    /// The Back End is in an Always On availability group, and the version supports one. A
    /// "group" whose primary replica is the listener's own name is one machine (a template or an
    /// unfinished group): it is planned as the plain Back End it is, with a finding.
    pub fn always_on(&self) -> bool {
        self.kind == PoolKind::FrontEnd
            && self.back_end.always_on
            && self.version.has_always_on()
            && !self.one_machine_group()
    }

    /// The availability group's primary replica has the listener's name.
    pub fn one_machine_group(&self) -> bool {
        let replica = self.back_end.primary_replica.trim();
        !replica.is_empty() && replica.eq_ignore_ascii_case(self.back_end.sql_fqdn.trim())
    }

    /// The Back End is mirrored (on a version that has mirroring, and not in an availability
    /// group, which replaces it).
    pub fn mirrored(&self) -> bool {
        self.kind == PoolKind::FrontEnd
            && self.back_end.mirrored
            && self.version.has_mirroring()
            && !self.always_on()
    }

    /// A plan this product cannot have, refused whole (no checklist) with a finding: a
    /// Persistent Chat pool on a version that removed the role.
    pub fn refused(&self) -> bool {
        self.kind == PoolKind::PersistentChat && !self.version.has_persistent_chat()
    }

    /// Whether the Back End is mirrored is still to be said (and the version has mirroring).
    pub fn mirror_unknown(&self) -> bool {
        self.kind == PoolKind::FrontEnd
            && self.back_end.mirror_unknown
            && !self.mirrored()
            && !self.always_on()
            && self.version.has_mirroring()
    }

    /// Which Back End side is lost, with "not mirrored" read as "both".
    pub fn mirror_loss(&self) -> MirrorLoss {
        if self.mirrored() {
            self.back_end.lost
        } else {
            MirrorLoss::Both
        }
    }
}
