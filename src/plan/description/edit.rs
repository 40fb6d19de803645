//! Every change the form can make to a [`Plan`], as a pure reducer: `apply(plan, action)`.
//! The UI only dispatches actions; what an action means (and that it never drops what the
//! user typed) is decided and tested here.

use crate::plan::description::model::{
    ChatBackupMethod, MirrorLoss, Plan, PoolKind, StoreLocation, Version,
};

/// A text field of the form. Its [`TextField::path`] is the validation path of the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// Pool FQDN.
    PoolFqdn,
    /// Site name.
    Site,
    /// Back End SQL Server FQDN.
    SqlFqdn,
    /// Back End SQL instance.
    SqlInstance,
    /// Mirror SQL Server FQDN.
    MirrorFqdn,
    /// Mirror SQL instance.
    MirrorInstance,
    /// Mirroring witness FQDN.
    WitnessFqdn,
    /// Stand-alone Archiving SQL Server.
    ArchivingSql,
    /// Stand-alone Archiving SQL instance.
    ArchivingInstance,
    /// Stand-alone Monitoring SQL Server.
    MonitoringSql,
    /// Stand-alone Monitoring SQL instance.
    MonitoringInstance,
    /// Persistent Chat SQL Server.
    ChatSql,
    /// Persistent Chat SQL instance.
    ChatInstance,
    /// File store share.
    FileStore,
    /// Paired backup pool.
    BackupPool,
    /// The backup pool's Back End SQL Server (Central Management store failover target).
    BackupSqlFqdn,
    /// Its SQL instance.
    BackupSqlInstance,
    /// An Edge pool whose next hop is this pool.
    EdgePool,
    /// `$Backup` share.
    BackupLocation,
    /// Local folder for copied backup files.
    LocalFolder,
    /// User data export file name.
    UserDataFile,
    /// Configuration export file name.
    ConfigFile,
    /// LIS export file name.
    LisFile,
    /// Response Group export file name.
    RgsFile,
    /// Persistent Chat export file name.
    ChatFile,
}

impl TextField {
    /// The validation path of this field (see [`crate::plan::description::validate`]).
    pub fn path(self) -> &'static str {
        match self {
            TextField::PoolFqdn => "pool_fqdn",
            TextField::Site => "site",
            TextField::SqlFqdn => "back_end.sql_fqdn",
            TextField::SqlInstance => "back_end.sql_instance",
            TextField::MirrorFqdn => "back_end.mirror_fqdn",
            TextField::MirrorInstance => "back_end.mirror_instance",
            TextField::WitnessFqdn => "back_end.witness_fqdn",
            TextField::ArchivingSql => "archiving.sql_fqdn",
            TextField::ArchivingInstance => "archiving.sql_instance",
            TextField::MonitoringSql => "monitoring.sql_fqdn",
            TextField::MonitoringInstance => "monitoring.sql_instance",
            TextField::ChatSql => "persistent_chat.sql_fqdn",
            TextField::ChatInstance => "persistent_chat.sql_instance",
            TextField::FileStore => "file_store",
            TextField::BackupPool => "backup_pool",
            TextField::BackupSqlFqdn => "backup_sql_fqdn",
            TextField::BackupSqlInstance => "backup_sql_instance",
            TextField::EdgePool => "edge_pool",
            TextField::BackupLocation => "backup.location",
            TextField::LocalFolder => "backup.local_folder",
            TextField::UserDataFile => "backup.user_data",
            TextField::ConfigFile => "backup.config",
            TextField::LisFile => "backup.lis",
            TextField::RgsFile => "backup.rgs",
            TextField::ChatFile => "backup.chat",
        }
    }

    /// The field's current text in `plan`.
    pub fn get(self, plan: &Plan) -> &str {
        match self {
            TextField::PoolFqdn => &plan.pool_fqdn,
            TextField::Site => &plan.site,
            TextField::SqlFqdn => &plan.back_end.sql_fqdn,
            TextField::SqlInstance => &plan.back_end.sql_instance,
            TextField::MirrorFqdn => &plan.back_end.mirror_fqdn,
            TextField::MirrorInstance => &plan.back_end.mirror_instance,
            TextField::WitnessFqdn => &plan.back_end.witness_fqdn,
            TextField::ArchivingSql => &plan.archiving.sql_fqdn,
            TextField::ArchivingInstance => &plan.archiving.sql_instance,
            TextField::MonitoringSql => &plan.monitoring.sql_fqdn,
            TextField::MonitoringInstance => &plan.monitoring.sql_instance,
            TextField::ChatSql => &plan.persistent_chat.sql_fqdn,
            TextField::ChatInstance => &plan.persistent_chat.sql_instance,
            TextField::FileStore => &plan.file_store,
            TextField::BackupPool => &plan.backup_pool,
            TextField::BackupSqlFqdn => &plan.backup_sql_fqdn,
            TextField::BackupSqlInstance => &plan.backup_sql_instance,
            TextField::EdgePool => &plan.edge_pool,
            TextField::BackupLocation => &plan.backup.location,
            TextField::LocalFolder => &plan.backup.local_folder,
            TextField::UserDataFile => &plan.backup.user_data,
            TextField::ConfigFile => &plan.backup.config,
            TextField::LisFile => &plan.backup.lis,
            TextField::RgsFile => &plan.backup.rgs,
            TextField::ChatFile => &plan.backup.chat,
        }
    }

    fn get_mut(self, plan: &mut Plan) -> &mut String {
        match self {
            TextField::PoolFqdn => &mut plan.pool_fqdn,
            TextField::Site => &mut plan.site,
            TextField::SqlFqdn => &mut plan.back_end.sql_fqdn,
            TextField::SqlInstance => &mut plan.back_end.sql_instance,
            TextField::MirrorFqdn => &mut plan.back_end.mirror_fqdn,
            TextField::MirrorInstance => &mut plan.back_end.mirror_instance,
            TextField::WitnessFqdn => &mut plan.back_end.witness_fqdn,
            TextField::ArchivingSql => &mut plan.archiving.sql_fqdn,
            TextField::ArchivingInstance => &mut plan.archiving.sql_instance,
            TextField::MonitoringSql => &mut plan.monitoring.sql_fqdn,
            TextField::MonitoringInstance => &mut plan.monitoring.sql_instance,
            TextField::ChatSql => &mut plan.persistent_chat.sql_fqdn,
            TextField::ChatInstance => &mut plan.persistent_chat.sql_instance,
            TextField::FileStore => &mut plan.file_store,
            TextField::BackupPool => &mut plan.backup_pool,
            TextField::BackupSqlFqdn => &mut plan.backup_sql_fqdn,
            TextField::BackupSqlInstance => &mut plan.backup_sql_instance,
            TextField::EdgePool => &mut plan.edge_pool,
            TextField::BackupLocation => &mut plan.backup.location,
            TextField::LocalFolder => &mut plan.backup.local_folder,
            TextField::UserDataFile => &mut plan.backup.user_data,
            TextField::ConfigFile => &mut plan.backup.config,
            TextField::LisFile => &mut plan.backup.lis,
            TextField::RgsFile => &mut plan.backup.rgs,
            TextField::ChatFile => &mut plan.backup.chat,
        }
    }
}

/// A yes/no field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    /// The whole pool failed.
    WholePool,
    /// The Back End (or Persistent Chat store) failed.
    BackEndFailed,
    /// The file store failed.
    FileStoreFailed,
    /// The stand-alone Archiving/Monitoring store failed.
    ArchivingStoreFailed,
    /// The Back End is mirrored.
    Mirrored,
    /// The pool hosts the Central Management store.
    HostsCms,
    /// Whether it does is not known yet.
    CmsUnknown,
    /// The users (and the store) are failed over to the paired backup pool.
    FailOver,
    /// Response Group is used.
    ResponseGroup,
    /// Mediation is collocated on the Front End Servers.
    MediationCollocated,
    /// Persistent Chat is collocated (Standard Edition).
    ChatEnabled,
    /// A Persistent Chat compliance store is deployed.
    ChatCompliance,
}

impl Switch {
    /// The switch's current value in `plan`.
    pub fn get(self, plan: &Plan) -> bool {
        match self {
            Switch::WholePool => plan.failure.whole_pool,
            Switch::BackEndFailed => plan.failure.back_end,
            Switch::FileStoreFailed => plan.failure.file_store,
            Switch::ArchivingStoreFailed => plan.failure.archiving_store,
            Switch::Mirrored => plan.back_end.mirrored,
            Switch::HostsCms => plan.hosts_cms,
            Switch::CmsUnknown => plan.cms_unknown,
            Switch::FailOver => plan.fail_over,
            Switch::ResponseGroup => plan.response_group,
            Switch::MediationCollocated => plan.mediation_collocated,
            Switch::ChatEnabled => plan.persistent_chat.enabled,
            Switch::ChatCompliance => plan.persistent_chat.compliance,
        }
    }

    fn get_mut(self, plan: &mut Plan) -> &mut bool {
        match self {
            Switch::WholePool => &mut plan.failure.whole_pool,
            Switch::BackEndFailed => &mut plan.failure.back_end,
            Switch::FileStoreFailed => &mut plan.failure.file_store,
            Switch::ArchivingStoreFailed => &mut plan.failure.archiving_store,
            Switch::Mirrored => &mut plan.back_end.mirrored,
            Switch::HostsCms => &mut plan.hosts_cms,
            Switch::CmsUnknown => &mut plan.cms_unknown,
            Switch::FailOver => &mut plan.fail_over,
            Switch::ResponseGroup => &mut plan.response_group,
            Switch::MediationCollocated => &mut plan.mediation_collocated,
            Switch::ChatEnabled => &mut plan.persistent_chat.enabled,
            Switch::ChatCompliance => &mut plan.persistent_chat.compliance,
        }
    }
}

/// Which SQL store a location choice is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// Archiving.
    Archiving,
    /// Monitoring.
    Monitoring,
}

/// One edit of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Replace the whole plan (example, import).
    Load(Box<Plan>),
    /// Change the pool kind.
    SetKind(PoolKind),
    /// Change the product version.
    SetVersion(Version),
    /// Change a text field.
    SetText(TextField, String),
    /// Change a yes/no field.
    SetSwitch(Switch, bool),
    /// Change which mirror side was lost.
    SetMirrorLoss(MirrorLoss),
    /// Change where a store lives.
    SetStore(Store, StoreLocation),
    /// Change how Persistent Chat was backed up.
    SetChatMethod(ChatBackupMethod),
    /// Change the member server at an index.
    SetServer(usize, String),
    /// Add an empty member server row.
    AddServer,
    /// Remove the member server at an index.
    RemoveServer(usize),
    /// Move the member server at an index one place up.
    MoveServerUp(usize),
    /// Append pasted names (one per line, or separated by commas, semicolons or spaces).
    PasteServers(String),
    /// Mark or unmark a member server as failed.
    SetServerFailed(String, bool),
}

/// Applies `action` to `plan`, returning the new plan. Out-of-range indexes are ignored.
pub fn apply(mut plan: Plan, action: Action) -> Plan {
    match action {
        Action::Load(p) => return *p,
        Action::SetKind(kind) => plan.kind = kind,
        Action::SetVersion(version) => plan.version = version,
        Action::SetText(field, text) => *field.get_mut(&mut plan) = text,
        Action::SetSwitch(switch, on) => *switch.get_mut(&mut plan) = on,
        Action::SetMirrorLoss(loss) => plan.back_end.lost = loss,
        Action::SetStore(Store::Archiving, loc) => plan.archiving.location = loc,
        Action::SetStore(Store::Monitoring, loc) => plan.monitoring.location = loc,
        Action::SetChatMethod(m) => plan.persistent_chat.backup_method = m,
        Action::SetServer(i, text) => {
            if let Some(slot) = plan.servers.get_mut(i) {
                let old = std::mem::replace(slot, text.clone());
                // Keep the "failed" mark attached to the server being renamed.
                for f in plan.failure.servers.iter_mut() {
                    if !old.trim().is_empty() && f.trim().eq_ignore_ascii_case(old.trim()) {
                        *f = text.clone();
                    }
                }
            }
        }
        Action::AddServer => plan.servers.push(String::new()),
        Action::RemoveServer(i) => {
            if i < plan.servers.len() {
                let gone = plan.servers.remove(i);
                plan.failure
                    .servers
                    .retain(|f| !f.trim().eq_ignore_ascii_case(gone.trim()));
            }
        }
        Action::MoveServerUp(i) => {
            if i > 0 && i < plan.servers.len() {
                plan.servers.swap(i - 1, i);
            }
        }
        Action::PasteServers(text) => {
            // Fill empty rows first, then append.
            let names = text
                .split(|c: char| c == '\n' || c == ',' || c == ';' || c.is_whitespace())
                .map(str::trim)
                .filter(|s| !s.is_empty());
            plan.servers.retain(|s| !s.trim().is_empty());
            for name in names {
                if !plan
                    .servers
                    .iter()
                    .any(|s| s.trim().eq_ignore_ascii_case(name))
                {
                    plan.servers.push(name.to_string());
                }
            }
        }
        Action::SetServerFailed(name, failed) => {
            plan.failure
                .servers
                .retain(|f| !f.trim().eq_ignore_ascii_case(name.trim()));
            if failed {
                plan.failure.servers.push(name.trim().to_string());
            }
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_text_is_kept_verbatim() {
        let plan = apply(
            Plan::default(),
            Action::SetText(TextField::PoolFqdn, "-bad..name ".into()),
        );
        assert_eq!(plan.pool_fqdn, "-bad..name ");
    }

    #[test]
    fn paste_splits_dedupes_and_keeps_order() {
        let plan = apply(
            Plan::default(),
            Action::PasteServers("fe1.a.com\r\nfe2.a.com, fe1.A.com;fe3.a.com".into()),
        );
        assert_eq!(plan.servers, vec!["fe1.a.com", "fe2.a.com", "fe3.a.com"]);
    }

    #[test]
    fn renaming_a_failed_server_keeps_its_mark_and_removing_drops_it() {
        let mut plan = apply(
            Plan::default(),
            Action::PasteServers("a.x.com b.x.com".into()),
        );
        plan = apply(plan, Action::SetServerFailed("b.x.com".into(), true));
        plan = apply(plan, Action::SetServer(1, "c.x.com".into()));
        assert_eq!(plan.failure.servers, vec!["c.x.com"]);
        plan = apply(plan, Action::RemoveServer(1));
        assert!(plan.failure.servers.is_empty());
    }

    #[test]
    fn out_of_range_indexes_change_nothing() {
        let plan = apply(Plan::default(), Action::PasteServers("a.x.com".into()));
        let same = apply(
            apply(plan.clone(), Action::RemoveServer(5)),
            Action::MoveServerUp(7),
        );
        assert_eq!(same, plan);
        assert_eq!(apply(plan.clone(), Action::MoveServerUp(0)), plan);
    }
}
