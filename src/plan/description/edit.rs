//! Every change the form can make to a [`Plan`], as a pure reducer: `apply(plan, action)`.
//! The UI only dispatches actions; what an action means (and that it never drops what the
//! user typed) is decided and tested here.

use crate::plan::description::model::{
    ChatBackupMethod, MirrorLoss, Plan, PoolKind, StoreLocation, Version,
};

/// An enum of the form's fields of one type, each naming its place in the plan, written once:
/// its path (`back_end.sql_fqdn`, also the validation path), and reading and writing it.
macro_rules! form_fields {
    ($(#[$meta:meta])* pub enum $ty:ident: $value:ty {
        $($(#[$vmeta:meta])* $variant:ident => $first:ident $(. $rest:ident)*,)*
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $ty {
            $($(#[$vmeta])* $variant,)*
        }

        impl $ty {
            /// The field's path in the plan, which is also its validation path (see
            /// [`crate::plan::description::validate`]).
            pub fn path(self) -> &'static str {
                match self {
                    $($ty::$variant => concat!(stringify!($first) $(, ".", stringify!($rest))*),)*
                }
            }

            /// The field's current value in `plan`.
            pub fn get(self, plan: &Plan) -> &$value {
                match self {
                    $($ty::$variant => &plan.$first $(.$rest)*,)*
                }
            }

            fn get_mut(self, plan: &mut Plan) -> &mut $value {
                match self {
                    $($ty::$variant => &mut plan.$first $(.$rest)*,)*
                }
            }
        }
    };
}

form_fields! {
    /// A text field of the form.
    pub enum TextField: String {
        /// Pool FQDN.
        PoolFqdn => pool_fqdn,
        /// Site name.
        Site => site,
        /// Back End SQL Server FQDN.
        SqlFqdn => back_end.sql_fqdn,
        /// Back End SQL instance.
        SqlInstance => back_end.sql_instance,
        /// Mirror SQL Server FQDN.
        MirrorFqdn => back_end.mirror_fqdn,
        /// Mirror SQL instance.
        MirrorInstance => back_end.mirror_instance,
        /// Mirroring witness FQDN.
        WitnessFqdn => back_end.witness_fqdn,
        /// Primary replica of the Back End's availability group.
        PrimaryReplica => back_end.primary_replica,
        /// Stand-alone Archiving SQL Server.
        ArchivingSql => archiving.sql_fqdn,
        /// Stand-alone Archiving SQL instance.
        ArchivingInstance => archiving.sql_instance,
        /// Stand-alone Monitoring SQL Server.
        MonitoringSql => monitoring.sql_fqdn,
        /// Stand-alone Monitoring SQL instance.
        MonitoringInstance => monitoring.sql_instance,
        /// Persistent Chat SQL Server.
        ChatSql => persistent_chat.sql_fqdn,
        /// Persistent Chat SQL instance.
        ChatInstance => persistent_chat.sql_instance,
        /// File store share.
        FileStore => file_store,
        /// Paired backup pool.
        BackupPool => backup_pool,
        /// The backup pool's Back End SQL Server (Central Management store failover target).
        BackupSqlFqdn => backup_sql_fqdn,
        /// Its SQL instance.
        BackupSqlInstance => backup_sql_instance,
        /// An Edge pool whose next hop is this pool.
        EdgePool => edge_pool,
        /// `$Backup` share.
        BackupLocation => backup.location,
        /// Local folder for copied backup files.
        LocalFolder => backup.local_folder,
        /// User data export file name.
        UserDataFile => backup.user_data,
        /// Configuration export file name.
        ConfigFile => backup.config,
        /// LIS export file name.
        LisFile => backup.lis,
        /// Response Group export file name.
        RgsFile => backup.rgs,
        /// Persistent Chat export file name.
        ChatFile => backup.chat,
    }
}

form_fields! {
    /// A yes/no field of the form.
    pub enum Switch: bool {
        /// The whole pool failed.
        WholePool => failure.whole_pool,
        /// The Back End (or Persistent Chat store) failed.
        BackEndFailed => failure.back_end,
        /// The file store failed.
        FileStoreFailed => failure.file_store,
        /// The stand-alone Archiving SQL Server failed.
        ArchivingStoreFailed => failure.archiving_store,
        /// The stand-alone Monitoring SQL Server failed.
        MonitoringStoreFailed => failure.monitoring_store,
        /// The file store's server still runs.
        FileStoreKept => failure.file_store_kept,
        /// The Back End is mirrored.
        Mirrored => back_end.mirrored,
        /// Whether it is mirrored is not known yet.
        MirrorUnknown => back_end.mirror_unknown,
        /// The Back End is an Always On availability group.
        AlwaysOn => back_end.always_on,
        /// The pool hosts the Central Management store.
        HostsCms => hosts_cms,
        /// Whether it does is not known yet.
        CmsUnknown => cms_unknown,
        /// The users (and the store) are failed over to the paired backup pool.
        FailOver => fail_over,
        /// Response Group is used.
        ResponseGroup => response_group,
        /// Whether Response Group is used is not known.
        ResponseGroupUnknown => response_group_unknown,
        /// Mediation is collocated on the Front End Servers.
        MediationCollocated => mediation_collocated,
        /// Persistent Chat is collocated (Standard Edition).
        ChatEnabled => persistent_chat.enabled,
        /// A Persistent Chat compliance store is deployed.
        ChatCompliance => persistent_chat.compliance,
    }
}

form_fields! {
    /// Which SQL store a location choice is for.
    pub enum Store: StoreLocation {
        /// Archiving.
        Archiving => archiving.location,
        /// Monitoring.
        Monitoring => monitoring.location,
    }
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
        Action::SetSwitch(switch, on) => {
            *switch.get_mut(&mut plan) = on;
            // Saying the Back End is mirrored answers whether it is.
            if switch == Switch::Mirrored && on {
                plan.back_end.mirror_unknown = false;
            }
        }
        Action::SetMirrorLoss(loss) => plan.back_end.lost = loss,
        Action::SetStore(store, loc) => *store.get_mut(&mut plan) = loc,
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
