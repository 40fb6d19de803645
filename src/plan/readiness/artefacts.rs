//! The backup table (`src/content/backup.toml`, written as statics into `generated/backup.rs` by the content
//! compiler, `build/`) and which of
//! its artefacts a plan's pool has. An artefact is one thing a restore step reads from the
//! backup share, under the name it reads it from; the backup script writes exactly these, the
//! readiness check looks at exactly these.

use crate::plan::description::fqdn::Instance;
use crate::plan::description::model::{ChatBackupMethod, Plan, PoolKind, StoreLocation};
use crate::plan::description::pool::Pool;
use crate::plan::planning::template::{Value, Values};
use crate::plan::planning::values::backup_files;

/// Which pools have an artefact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pools {
    /// Every pool.
    Any,
    /// A Front End pool or Standard Edition server (its user data).
    FrontEnd,
    /// A pool that hosts the Central Management store, or one nobody said does not.
    CmsHost,
    /// A pool that runs Response Group (or may).
    ResponseGroup,
    /// A pool with a file store.
    FileStore,
    /// A Persistent Chat pool backed up with `Export-CsPersistentChatData`.
    ChatExport,
    /// A Persistent Chat pool backed up with SQL Server.
    ChatSql,
    /// A pool with an Archiving database.
    Archiving,
    /// A pool with Monitoring databases.
    Monitoring,
}

/// What an artefact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A file an import opens as a zip.
    Zip,
    /// An XML file.
    Xml,
    /// A folder (the file store copy).
    Folder,
    /// SQL Server full backups of databases.
    Sql,
}

/// One thing the backup writes (a row of the backup table).
#[derive(Debug, PartialEq, Eq)]
pub struct Artefact {
    /// Stable id: reports and marks are keyed by it.
    pub id: &'static str,
    /// Which pools have it.
    pub pools: Pools,
    /// What it is.
    pub kind: Kind,
    /// Where the restore reads it, under the backup share (a template; empty for SQL backups).
    pub path: &'static str,
    /// The databases a SQL backup holds.
    pub databases: &'static [&'static str],
    /// Which SQL Server holds them: `archiving`, `monitoring` or `chat`.
    pub sql: &'static str,
    /// The command that writes it (a template).
    pub write: &'static str,
    /// The catalogue steps that read it.
    pub protects: &'static [&'static str],
    /// The Microsoft page it follows.
    pub source: &'static str,
    /// Which server holds it: `cms`, `back_end`, `file_store`, `archiving`, `monitoring`, `chat`.
    pub holder: &'static str,
    /// It changes with the configuration: back it up after every change too.
    pub after_change: bool,
    /// What the worksheet notes of it, in English and French.
    pub notes: Option<[&'static str; 2]>,
    /// What it is, in English and French.
    pub what: [&'static str; 2],
}

include!("generated/backup.rs");

impl Pools {
    /// True when `plan`'s pool has such an artefact.
    pub fn holds(self, plan: &Plan) -> bool {
        let front_end = matches!(plan.kind, PoolKind::FrontEnd | PoolKind::StandardEdition);
        // A Standard Edition server may hold Persistent Chat collocated.
        let chat = plan.version.has_persistent_chat()
            && (plan.kind == PoolKind::PersistentChat
                || (plan.kind == PoolKind::StandardEdition && plan.persistent_chat.enabled));
        match self {
            Pools::Any => true,
            Pools::FrontEnd => front_end,
            Pools::CmsHost => front_end && (plan.hosts_cms || plan.cms_unknown),
            Pools::ResponseGroup => {
                front_end && (plan.response_group || plan.response_group_unknown)
            }
            Pools::FileStore => !plan.file_store.trim().is_empty(),
            Pools::ChatExport => {
                chat && plan.persistent_chat.backup_method == ChatBackupMethod::Export
            }
            Pools::ChatSql => {
                chat && plan.persistent_chat.backup_method == ChatBackupMethod::SqlBackup
            }
            Pools::Archiving => front_end && plan.archiving.location != StoreLocation::None,
            Pools::Monitoring => front_end && plan.monitoring.location != StoreLocation::None,
        }
    }
}

/// The artefacts of `plan`'s pool, in table order.
pub fn backup_set(plan: &Plan) -> Vec<&'static Artefact> {
    ARTEFACTS.iter().filter(|a| a.pools.holds(plan)).collect()
}

/// The artefact with this id.
pub fn artefact(id: &str) -> Option<&'static Artefact> {
    ARTEFACTS.iter().find(|a| a.id == id)
}

/// The names the backup table's templates use, from the checked pool: a name that is missing or
/// invalid is [`Value::Missing`] (the script writer then leaves its artefact out, and says so).
pub fn values(pool: &Pool) -> Values {
    values_with(pool, str::to_string)
}

/// [`values`], each known text passed through `as_text`.
fn values_with(pool: &Pool, as_text: impl Fn(&str) -> String) -> Values {
    let plan = pool.plan;
    let mut v = Values::default();
    // A missing value's text is its placeholder's name: the script says which names it lacks.
    let known = |name: &str, s: Option<&str>| match s {
        Some(s) => Value::Known(as_text(s)),
        None => Value::Missing(name.to_string()),
    };
    let text = |name: &str, s: &str| match s.trim() {
        "" => Value::Missing(name.to_string()),
        s => Value::Known(as_text(s)),
    };
    v.set(
        "pool",
        known("pool", pool.fqdn.as_ref().map(|f| f.as_str())),
    );
    let share = pool.backup_share.as_ref();
    v.set(
        "backup",
        known("backup", share.map(|s| s.path().trim_end_matches('\\'))),
    );
    let file_store = pool.file_store.as_ref().map(|s| s.path());
    v.set("file_store", known("file_store", file_store));
    for (name, value) in backup_files(plan) {
        v.set(name, text(name, value));
    }
    for (name, sql) in [
        ("archiving", &pool.archiving),
        ("monitoring", &pool.monitoring),
        ("chat", &pool.chat_sql),
    ] {
        let (server, instance) = (format!("{name}_sql"), format!("{name}_instance"));
        v.set(
            &server,
            known(&server, sql.fqdn.as_ref().map(|f| f.as_str())),
        );
        let value = match &sql.instance {
            Some(Instance::Default) => Value::Default(String::new()),
            Some(Instance::Named(i)) => Value::Known(as_text(i)),
            None => Value::Missing(instance.clone()),
        };
        v.set(&instance, value);
    }
    v
}

/// [`values`] escaped for the double-quoted strings of the script's commands: a `$`, a backtick
/// or a double quote (PowerShell reads “ ” „ as `"` too) in a name stays text.
pub fn script_values(pool: &Pool) -> Values {
    values_with(pool, |text| {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if matches!(c, '`' | '$' | '"' | '\u{201c}' | '\u{201d}' | '\u{201e}') {
                out.push('`');
            }
            out.push(c);
        }
        out
    })
}
