//! Checks a [`Plan`] field by field. Every finding names the form field it belongs to (a
//! stable path such as `servers.2` or `back_end.sql_fqdn`) so the UI can show it right next
//! to that field, and the checklist can say what is still missing. Never panics.

use crate::plan::description::fqdn::{NameProblem, check_fqdn, check_instance, check_unc};
use crate::plan::description::model::{Plan, PoolKind, StoreLocation, Version};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Texts, key};

/// One finding about one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Path of the field, e.g. `pool_fqdn`, `servers.0`, `back_end.mirror_fqdn`.
    pub field: String,
    /// What is wrong.
    pub kind: IssueKind,
}

/// The kinds of finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IssueKind {
    /// A name that is not valid.
    Name(NameProblem),
    /// The pool has no member server yet.
    NoServers,
    /// More Front End Servers than a pool supports.
    TooManyServers(usize, usize),
    /// The same server is listed twice.
    Duplicate(String),
    /// A server is marked as failed but is not a member of the pool.
    NotAMember(String),
    /// "Selected servers" is chosen but nothing is selected.
    NothingFailed,
    /// The pool FQDN equals a member server FQDN in a multi-server pool.
    PoolNameIsServer,
    /// A Persistent Chat role on a version that removed it (nothing to restore).
    NoPersistentChat(Version),
    /// An Always On availability group Back End on a version that does not support one.
    NoAlwaysOn(Version),
    /// A Back End both mirrored and in an availability group (one replaces the other).
    MirroredAndAlwaysOn,
    /// A mirrored Back End on a version that cannot deploy mirroring.
    NoMirroring(Version),
    /// An availability group whose primary replica has the listener's name: one machine.
    AlwaysOnOneMachine,
    /// A Front End pool of two servers on a version that does not support one.
    TwoFrontEndPool(Version),
    /// A Standard Edition server set to fail over to a paired pool: this binder restores it in
    /// place.
    StandardEditionFailover,
    /// The Back End is lost and nobody said whether it is mirrored (a surviving mirror holds
    /// the live data).
    MirrorUnknown,
    /// The whole pool failed and the pool has a file store whose server is not marked lost:
    /// the binder does not restore it (a copy over a live share replaces newer files), so the
    /// form asks.
    FileStoreNotMarked,
}

impl Issue {
    /// The field as the form labels it, said by `texts` (what the command line prints); `None`
    /// for a path the form has no label for (`tests/cli.rs` checks there is none).
    pub fn field_label(&self, texts: Texts) -> Option<String> {
        let s = texts.labels();
        let path = self.field.as_str();
        if let Some(i) = path.strip_prefix("servers.") {
            let n = i.parse::<usize>().ok()?.checked_add(1)?;
            return Some(format!("{} {n}", s.server_n()));
        }
        let (store, field) = path.split_once('.').unwrap_or(("", path));
        let label = match (store, field) {
            ("", "pool_fqdn") => s.pool_fqdn(),
            ("", "kind") => s.pool_kind(),
            ("", "version") => s.version(),
            ("", "servers") => s.servers_group(),
            ("", "failure") | ("failure", "servers") => s.failure_group(),
            ("failure", "file_store_kept") => s.file_store_kept(),
            ("back_end", "sql_fqdn") => s.sql_fqdn(),
            ("back_end", "sql_instance") => s.sql_instance(),
            ("back_end", "mirrored" | "mirror_unknown") => s.mirrored(),
            ("back_end", "always_on") => s.always_on(),
            ("back_end", "mirror_fqdn") => s.mirror_fqdn(),
            ("back_end", "mirror_instance") => s.mirror_instance(),
            ("back_end", "witness_fqdn") => s.witness_fqdn(),
            ("back_end", "primary_replica") => s.primary_replica(),
            ("archiving", "sql_fqdn") => s.archiving_sql(),
            ("monitoring", "sql_fqdn") => s.monitoring_sql(),
            ("archiving" | "monitoring", "sql_instance") => s.instance(),
            ("", "backup_pool") => s.backup_pool(),
            ("", "edge_pool") => s.edge_pool(),
            ("", "backup_sql_fqdn") => s.backup_sql(),
            ("", "backup_sql_instance") => s.backup_sql_instance(),
            ("", "fail_over") => s.fail_over(),
            ("", "file_store") => s.file_store(),
            ("persistent_chat", "enabled") => s.chat_enabled(),
            ("persistent_chat", "sql_fqdn") => s.chat_sql(),
            ("persistent_chat", "sql_instance") => s.instance(),
            ("backup", "location") => s.backup_location(),
            _ => return None,
        };
        Some(label.to_string())
    }

    fn new(field: impl Into<String>, kind: IssueKind) -> Issue {
        Issue {
            field: field.into(),
            kind,
        }
    }

    /// The message shown next to the field.
    pub fn message(&self) -> Message {
        match &self.kind {
            IssueKind::Name(p) => p.message(),
            IssueKind::NoServers => Message::new(key::ISSUE_NO_SERVERS),
            IssueKind::TooManyServers(n, max) => Message::new(key::ISSUE_TOO_MANY_SERVERS)
                .with("count", n)
                .with("max", max),
            IssueKind::Duplicate(s) => Message::new(key::ISSUE_DUPLICATE).with("server", s),
            IssueKind::NotAMember(s) => Message::new(key::ISSUE_NOT_A_MEMBER).with("server", s),
            IssueKind::NothingFailed => Message::new(key::ISSUE_NOTHING_FAILED),
            IssueKind::PoolNameIsServer => Message::new(key::ISSUE_POOL_NAME_IS_SERVER),
            IssueKind::NoPersistentChat(v) => {
                Message::new(key::ISSUE_NO_PERSISTENT_CHAT).nested("version", v.name())
            }
            IssueKind::NoAlwaysOn(v) => {
                Message::new(key::ISSUE_NO_ALWAYS_ON).nested("version", v.name())
            }
            IssueKind::MirroredAndAlwaysOn => Message::new(key::ISSUE_MIRRORED_AND_ALWAYS_ON),
            IssueKind::NoMirroring(v) => {
                Message::new(key::ISSUE_NO_MIRRORING).nested("version", v.name())
            }
            IssueKind::AlwaysOnOneMachine => Message::new(key::ISSUE_ALWAYS_ON_ONE_MACHINE),
            IssueKind::TwoFrontEndPool(v) => {
                Message::new(key::ISSUE_TWO_FRONT_END_POOL).nested("version", v.name())
            }
            IssueKind::FileStoreNotMarked => Message::new(key::ISSUE_FILE_STORE_NOT_MARKED),
            IssueKind::StandardEditionFailover => {
                Message::new(key::ISSUE_STANDARD_EDITION_FAILOVER)
            }
            IssueKind::MirrorUnknown => Message::new(key::ISSUE_MIRROR_UNKNOWN),
        }
    }
}

fn fqdn(issues: &mut Vec<Issue>, field: &str, value: &str) {
    if let Err(p) = check_fqdn(value) {
        issues.push(Issue::new(field, IssueKind::Name(p)));
    }
}

fn instance(issues: &mut Vec<Issue>, field: &str, value: &str) {
    if let Err(p) = check_instance(value) {
        issues.push(Issue::new(field, IssueKind::Name(p)));
    }
}

fn optional_fqdn(issues: &mut Vec<Issue>, field: &str, value: &str) {
    if !value.trim().is_empty() {
        fqdn(issues, field, value);
    }
}

/// All findings for `plan`, in form order. An empty list means the checklist is complete.
pub fn validate(plan: &Plan) -> Vec<Issue> {
    let mut issues = Vec::new();
    fqdn(&mut issues, "pool_fqdn", &plan.pool_fqdn);

    if plan.kind != PoolKind::StandardEdition {
        let members = plan.members();
        if members.is_empty() {
            issues.push(Issue::new("servers", IssueKind::NoServers));
        }
        if plan.kind == PoolKind::FrontEnd
            && members.len() == 2
            && !plan.version.allows_two_front_end_pool()
        {
            issues.push(Issue::new(
                "servers",
                IssueKind::TwoFrontEndPool(plan.version),
            ));
        }
        let max = plan.version.max_front_ends();
        if plan.kind == PoolKind::FrontEnd && members.len() > max {
            issues.push(Issue::new(
                "servers",
                IssueKind::TooManyServers(members.len(), max),
            ));
        }
        let mut seen: Vec<String> = Vec::new();
        for (i, server) in plan.servers.iter().enumerate() {
            let field = format!("servers.{i}");
            if server.trim().is_empty() {
                continue;
            }
            fqdn(&mut issues, &field, server);
            let key = server.trim().to_ascii_lowercase();
            if seen.contains(&key) {
                issues.push(Issue::new(
                    &field,
                    IssueKind::Duplicate(server.trim().into()),
                ));
            } else {
                seen.push(key);
            }
            if members.len() > 1 && server.trim().eq_ignore_ascii_case(plan.pool_fqdn.trim()) {
                issues.push(Issue::new(&field, IssueKind::PoolNameIsServer));
            }
        }
        if !plan.failure.whole_pool {
            for s in &plan.failure.servers {
                if !members.iter().any(|m| m.eq_ignore_ascii_case(s.trim())) {
                    issues.push(Issue::new(
                        "failure.servers",
                        IssueKind::NotAMember(s.trim().into()),
                    ));
                }
            }
            let stores_failed = plan.failure.back_end
                || plan.failure.file_store
                || plan.failure.archiving_store
                || plan.failure.monitoring_store;
            if plan.failed_members().is_empty() && !stores_failed {
                issues.push(Issue::new("failure", IssueKind::NothingFailed));
            }
        }
    }

    if plan.kind == PoolKind::FrontEnd {
        let be = &plan.back_end;
        fqdn(&mut issues, "back_end.sql_fqdn", &be.sql_fqdn);
        instance(&mut issues, "back_end.sql_instance", &be.sql_instance);
        if be.always_on && !plan.version.has_always_on() {
            issues.push(Issue::new(
                "back_end.always_on",
                IssueKind::NoAlwaysOn(plan.version),
            ));
        } else if be.always_on && be.mirrored {
            issues.push(Issue::new(
                "back_end.always_on",
                IssueKind::MirroredAndAlwaysOn,
            ));
        } else if be.mirrored && !plan.version.has_mirroring() {
            issues.push(Issue::new(
                "back_end.mirrored",
                IssueKind::NoMirroring(plan.version),
            ));
        }
        if be.always_on && plan.version.has_always_on() && plan.one_machine_group() {
            issues.push(Issue::new(
                "back_end.primary_replica",
                IssueKind::AlwaysOnOneMachine,
            ));
        }
        if plan.always_on() {
            fqdn(&mut issues, "back_end.primary_replica", &be.primary_replica);
        }
        if plan.mirror_unknown() && plan.back_end_failed() {
            issues.push(Issue::new(
                "back_end.mirror_unknown",
                IssueKind::MirrorUnknown,
            ));
        }
        if plan.mirrored() {
            fqdn(&mut issues, "back_end.mirror_fqdn", &be.mirror_fqdn);
            instance(&mut issues, "back_end.mirror_instance", &be.mirror_instance);
            optional_fqdn(&mut issues, "back_end.witness_fqdn", &be.witness_fqdn);
        }
        for (name, store) in [
            ("archiving", &plan.archiving),
            ("monitoring", &plan.monitoring),
        ] {
            if store.location == StoreLocation::StandAlone {
                fqdn(&mut issues, &format!("{name}.sql_fqdn"), &store.sql_fqdn);
                instance(
                    &mut issues,
                    &format!("{name}.sql_instance"),
                    &store.sql_instance,
                );
            }
        }
        if plan.fail_over {
            fqdn(&mut issues, "backup_pool", &plan.backup_pool);
            optional_fqdn(&mut issues, "edge_pool", &plan.edge_pool);
            // The Central Management store fails over to the backup pool's Back End.
            if plan.hosts_cms {
                fqdn(&mut issues, "backup_sql_fqdn", &plan.backup_sql_fqdn);
                instance(
                    &mut issues,
                    "backup_sql_instance",
                    &plan.backup_sql_instance,
                );
            }
        } else {
            optional_fqdn(&mut issues, "backup_pool", &plan.backup_pool);
        }
    }
    let chat_field = match plan.kind {
        PoolKind::PersistentChat => Some("kind"),
        PoolKind::StandardEdition if plan.persistent_chat.enabled => {
            Some("persistent_chat.enabled")
        }
        _ => None,
    };
    if let Some(field) = chat_field
        && !plan.version.has_persistent_chat()
    {
        issues.push(Issue::new(field, IssueKind::NoPersistentChat(plan.version)));
    } else if chat_field.is_some() {
        fqdn(
            &mut issues,
            "persistent_chat.sql_fqdn",
            &plan.persistent_chat.sql_fqdn,
        );
        instance(
            &mut issues,
            "persistent_chat.sql_instance",
            &plan.persistent_chat.sql_instance,
        );
    }
    if !plan.file_store.trim().is_empty()
        && let Err(p) = check_unc(&plan.file_store)
    {
        issues.push(Issue::new("file_store", IssueKind::Name(p)));
    }
    if plan.kind == PoolKind::StandardEdition && plan.fail_over {
        issues.push(Issue::new("fail_over", IssueKind::StandardEditionFailover));
    }
    // The whole pool does not take its file server with it: ask rather than copy over a share
    // that may be live.
    if plan.kind == PoolKind::FrontEnd
        && plan.failure.whole_pool
        && !plan.file_store.trim().is_empty()
        && !plan.failure.file_store
        && !plan.failure.file_store_kept
    {
        // Said under the second of the two answers, after both.
        issues.push(Issue::new(
            "failure.file_store_kept",
            IssueKind::FileStoreNotMarked,
        ));
    }
    // Microsoft asks for $Backup to be a share on a computer outside every pool.
    if !plan.backup.location.trim().is_empty()
        && let Err(p) = check_unc(&plan.backup.location)
    {
        issues.push(Issue::new("backup.location", IssueKind::Name(p)));
    }
    issues
}
