//! The values a checklist's placeholders take for one plan: every checked name (or the marker
//! printed where it is missing), the product's names after its version, the lists a command
//! repeats over, and the backup files the plan reads.
//!
//! Guarantees: total; a name that is missing or invalid is a marker, never an empty string in a
//! command; a default SQL instance is left out of commands.

use crate::plan::description::fqdn::{Fqdn, Instance};
use crate::plan::description::loss::file_store_is_dfs;
use crate::plan::description::model::{ChatBackupMethod, Plan, PoolKind, StoreLocation};
use crate::plan::description::pool::{Member, Pool};
use crate::plan::planning::catalogue::Catalogue;
use crate::plan::planning::flags::{Flag, Flags};
use crate::plan::planning::planner::cold_start_quorum;
use crate::plan::planning::template::{Lookup, Value, Values};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Key, Texts, key};

/// The placeholders that name a part of the product, with their text for Lync Server 2013 and
/// for Skype for Business Server (flag `sfb`); the texts, in each language, cite their source.
const PRODUCT_TERMS: &[(&str, Key, Key)] = &[
    ("brand", key::TERMS_LYNC_BRAND, key::TERMS_SFB_BRAND),
    ("shell", key::TERMS_LYNC_SHELL, key::TERMS_SFB_SHELL),
    (
        "topology_builder",
        key::TERMS_LYNC_TOPOLOGY_BUILDER,
        key::TERMS_SFB_TOPOLOGY_BUILDER,
    ),
    (
        "topology_node",
        key::TERMS_LYNC_TOPOLOGY_NODE,
        key::TERMS_SFB_TOPOLOGY_NODE,
    ),
    (
        "components_step",
        key::TERMS_LYNC_COMPONENTS_STEP,
        key::TERMS_SFB_COMPONENTS_STEP,
    ),
];

/// The marker printed where a value is missing, by role.
pub(crate) fn marker(role: &str, texts: Texts) -> String {
    let key = match role {
        "pool" => key::MARKER_POOL,
        "instance" => key::MARKER_INSTANCE,
        "sql" => key::MARKER_SQL,
        "mirror" => key::MARKER_MIRROR,
        "backup" => key::MARKER_BACKUP,
        "local" => key::MARKER_LOCAL,
        "file" => key::MARKER_FILE,
        "file_store" => key::MARKER_FILE_STORE,
        "backup_pool" => key::MARKER_BACKUP_POOL,
        "chat_sql" => key::MARKER_CHAT_SQL,
        "archiving_sql" => key::MARKER_ARCHIVING_SQL,
        "backup_sql" => key::MARKER_BACKUP_SQL,
        "replica" => key::MARKER_REPLICA,
        "edge_pool" => key::MARKER_EDGE_POOL,
        "site" => key::MARKER_SITE,
        _ => key::MARKER_SERVER,
    };
    format!("<{}>", texts.get(key))
}

/// A checked FQDN, else the marker (made only when needed: once per section on a site).
pub(crate) fn fqdn_value(fqdn: Option<&Fqdn>, role: &str, texts: Texts) -> Value {
    match fqdn {
        Some(fqdn) => Value::Known(fqdn.as_str().to_string()),
        None => Value::Missing(marker(role, texts)),
    }
}

/// A named instance as typed; the default instance as a [`Value::Default`], which commands
/// leave out (`-SqlInstanceName` defaults to it) and prose names in words.
pub(crate) fn instance_value(instance: Option<&Instance>, texts: Texts) -> Value {
    match instance {
        Some(Instance::Default) => Value::Default(texts.get(key::MARKER_DEFAULT_INSTANCE).into()),
        Some(Instance::Named(name)) => Value::Known(name.clone()),
        None => Value::Missing(marker("instance", texts)),
    }
}

fn text_value(raw: &str, missing: String) -> Value {
    let t = raw.trim();
    // Control characters would break a command line; treat them as not given.
    if t.is_empty() || t.chars().any(char::is_control) {
        Value::Missing(missing)
    } else {
        Value::Known(t.to_string())
    }
}

pub(crate) fn base_values(
    pool: &Pool,
    flags: &Flags,
    catalogue: &Catalogue,
    texts: Texts,
) -> Values {
    let plan = pool.plan;
    let mut v = Values::default();
    let members = plan.members();
    let fe = plan.kind == PoolKind::FrontEnd || plan.kind == PoolKind::StandardEdition;
    // Each checked name under its placeholder, which is also the role its marker names.
    for (name, fqdn) in [
        ("pool", &pool.fqdn),
        ("sql", &pool.back_end.fqdn),
        ("backup_pool", &pool.backup_pool),
        ("backup_sql", &pool.backup_sql.fqdn),
        ("edge_pool", &pool.edge_pool),
        ("chat_sql", &pool.chat_sql.fqdn),
        ("replica", &pool.primary_replica),
    ] {
        v.set(name, fqdn_value(fqdn.as_ref(), name, texts));
    }
    for (name, instance) in [
        ("sql_instance", &pool.back_end.instance),
        ("mirror_instance", &pool.mirror.instance),
        ("backup_sql_instance", &pool.backup_sql.instance),
        ("chat_instance", &pool.chat_sql.instance),
    ] {
        v.set(name, instance_value(instance.as_ref(), texts));
    }
    v.set("site", text_value(&plan.site, marker("site", texts)));
    v.set("role", Value::Known(catalogue.role(plan.kind.key(), texts)));
    // No mirror: commands leave their mirror arguments out.
    v.set(
        "mirror",
        if plan.mirrored() {
            fqdn_value(pool.mirror.fqdn.as_ref(), "mirror", texts)
        } else {
            Value::Default(String::new())
        },
    );
    let backup = match &pool.backup_share {
        Some(share) => Value::Known(share.path().trim_end_matches('\\').to_string()),
        None => Value::Missing(marker("backup", texts)),
    };
    // A fresh export from the surviving mirror replaces the old backup files for every import.
    let fresh = match &backup {
        Value::Known(share) => Value::Known(format!("{share}\\MirrorExport")),
        other => other.clone(),
    };
    let restore_from = if flags.has(Flag::CmsFreshBackup) {
        fresh.clone()
    } else {
        backup.clone()
    };
    v.set("fresh", fresh);
    let v_restore_from = restore_from.clone();
    let backup_value = backup.clone();
    v.set("restore_from", restore_from);
    v.set("backup", backup);
    v.set(
        "local",
        text_value(
            plan.backup.local_folder.trim_end_matches('\\'),
            marker("local", texts),
        ),
    );
    for (name, value) in backup_files(plan) {
        v.set(name, text_value(value, marker("file", texts)));
    }
    // No Response Group: the lines that export or import its settings are left out.
    if !plan.response_group && !plan.response_group_unknown {
        v.set("rgs_file", Value::Default(String::new()));
    }
    let (file_store, file_server) = match &pool.file_store {
        Some(share) => (
            Value::Known(share.path().to_string()),
            Value::Known(share.server().to_string()),
        ),
        None => (
            Value::Missing(marker("file_store", texts)),
            Value::Missing(marker("file_store", texts)),
        ),
    };
    // A DFS namespace's "server" is the domain: the files live on its folder target.
    let file_server = match file_server {
        Value::Known(_) if file_store_is_dfs(plan) => {
            Value::Known(texts.get(key::MARKER_DFS_TARGET).to_string())
        }
        other => other,
    };
    v.set("file_store", file_store);
    v.set("file_server", file_server);
    // Each store's own SQL Server (a collocated one is the Back End's: in an availability group,
    // its primary replica, where a database is restored; the listener is no server).
    for (name, store, sql) in [
        ("archiving_sql", &plan.archiving, &pool.archiving),
        ("monitoring_sql", &plan.monitoring, &pool.monitoring),
    ] {
        let host = match store.location {
            StoreLocation::Collocated if plan.always_on() => pool.primary_replica.as_ref(),
            _ => sql.fqdn.as_ref(),
        };
        v.set(name, fqdn_value(host, "archiving_sql", texts));
    }
    for (name, sql) in [
        ("archiving_instance", &pool.archiving),
        ("monitoring_instance", &pool.monitoring),
    ] {
        v.set(name, instance_value(sql.instance.as_ref(), texts));
    }
    // The collocated database types restored, whose mirroring is removed around the restore.
    let mut restored_types = Vec::new();
    for (store, flag, db_type) in [
        (&plan.archiving, Flag::ArchivingDbRestore, "Archiving"),
        (&plan.monitoring, Flag::MonitoringDbRestore, "Monitoring"),
    ] {
        if store.location == StoreLocation::Collocated && flags.has(flag) {
            restored_types.push(Value::Known(db_type.into()));
        }
    }
    v.set_list("each_restored_db_type", restored_types);
    // Archiving or Monitoring on the Back End: its update leaves them to their own (a segment
    // `{?collocated_stores: …}` shows only then).
    let collocated_stores = [&plan.archiving, &plan.monitoring]
        .iter()
        .any(|s| s.location == StoreLocation::Collocated);
    v.set(
        "collocated_stores",
        if collocated_stores {
            Value::Known("yes".into())
        } else {
            Value::Default(String::new())
        },
    );
    // The collocated ones, backed up afresh from a surviving mirror.
    let mut collocated = Vec::new();
    if plan.archiving.location == StoreLocation::Collocated {
        collocated.push("LcsLog");
    }
    if plan.monitoring.location == StoreLocation::Collocated {
        collocated.extend(["LcsCDR", "QoEMetrics"]);
    }
    v.set_list(
        "each_archiving_db",
        collocated
            .into_iter()
            .map(|d| Value::Known(d.into()))
            .collect(),
    );
    let front_ends = if fe { pool.members.as_slice() } else { &[] };
    let value = |m: &Member| fqdn_value(m.fqdn.as_ref(), "server", texts);
    let running: Vec<&Member> = front_ends
        .iter()
        .filter(|m| !pool.lost.machine(&m.typed))
        .collect();
    // Where the pool's commands run: a Front End Server that was not lost, while one is; with
    // every one rebuilt, the first (those steps come after the rebuild).
    v.set(
        "front_end",
        running
            .first()
            .copied()
            .or(front_ends.first())
            .map(value)
            .unwrap_or_else(|| Value::Missing(marker("server", texts))),
    );
    v.set_list("each_front_end", front_ends.iter().map(value).collect());
    v.set_list(
        "each_running_front_end",
        running.into_iter().map(value).collect(),
    );
    // The configuration the store imports: the replica exported at the start of the section
    // (a server that ran until the failure holds the newest copy), else the fresh export from
    // the surviving mirror.
    let (import_from, import_file) = if flags.has(Flag::CmsReplica) {
        (
            backup_value.clone(),
            text_value(
                &format!("Replica-{}", plan.backup.config.trim()),
                marker("file", texts),
            ),
        )
    } else {
        (
            v_restore_from.clone(),
            text_value(&plan.backup.config, marker("file", texts)),
        )
    };
    v.set("import_from", import_from);
    v.set("import_file", import_file);
    // Which servers keep a replica of the store, and which copy the import takes: a Standard
    // Edition server is its whole pool, so no server of the pool survives it.
    let pool_name = match v.get("pool") {
        Some(Value::Known(t) | Value::Missing(t) | Value::Default(t)) => t.clone(),
        None => String::new(),
    };
    let say = |k: Key| {
        let message = Message::new(k)
            .with("pool", &pool_name)
            .with("config", plan.backup.config.trim());
        Value::Known(texts.render(&message))
    };
    v.set(
        "replica_holders",
        say(if plan.kind == PoolKind::StandardEdition {
            key::STORE_COPY_HOLDERS_OTHER_POOLS
        } else if flags.has(Flag::WholePool) {
            key::STORE_COPY_HOLDERS_POOL_LOST
        } else {
            key::STORE_COPY_HOLDERS_POOL
        }),
    );
    v.set(
        "import_source",
        say(if flags.has(Flag::CmsLocalReplica) {
            key::STORE_COPY_SOURCE_LOCAL_REPLICA
        } else if flags.has(Flag::CmsReplica) {
            key::STORE_COPY_SOURCE_REPLICA
        } else {
            key::STORE_COPY_SOURCE_FRESH
        }),
    );
    // Where Persistent Chat cmdlets run: a Persistent Chat Server (the Standard Edition server
    // when collocated), never the SQL Server that holds mgc.
    let chat_server = match plan.kind {
        PoolKind::PersistentChat | PoolKind::StandardEdition => {
            pool.members.first().and_then(|m| m.fqdn.as_ref())
        }
        _ => None,
    };
    v.set("chat_server", fqdn_value(chat_server, "server", texts));
    let chat_servers = match plan.kind {
        PoolKind::PersistentChat | PoolKind::StandardEdition => {
            pool.members.iter().map(value).collect()
        }
        _ => Vec::new(),
    };
    v.set_list("each_chat_server", chat_servers);
    let mut db_types = vec!["User", "Application"];
    if plan.hosts_cms {
        db_types.push("CentralMgmt");
    }
    if plan.archiving.location == StoreLocation::Collocated {
        db_types.push("Archiving");
    }
    if plan.monitoring.location == StoreLocation::Collocated {
        db_types.push("Monitoring");
    }
    v.set_list(
        "each_db_type",
        db_types
            .into_iter()
            .map(|t| Value::Known(t.into()))
            .collect(),
    );
    v.set("front_end_count", Value::Known(members.len().to_string()));
    v.set(
        "quorum",
        Value::Known(cold_start_quorum(members.len()).to_string()),
    );
    v.set(
        "backup_needs",
        Value::Known(backup_needs(plan, flags, texts)),
    );
    let sfb = flags.has(Flag::Sfb);
    for (name, lync, skype) in PRODUCT_TERMS {
        let text = texts.get(if sfb { *skype } else { *lync });
        v.set(name, Value::Known(text.to_string()));
    }
    v.set("product", Value::Known(texts.render(&plan.version.name())));
    v.set(
        "sql_versions",
        Value::Known(texts.get(plan.version.sql_versions()).to_string()),
    );
    // A list of servers with none in it yet prints the language's marker, once.
    for name in [
        "each_front_end",
        "each_running_front_end",
        "each_chat_server",
    ] {
        if v.list(name).is_none_or(<[Value]>::is_empty) {
            v.set_list(name, vec![Value::Missing(marker("server", texts))]);
        }
    }
    v
}

/// The backup files and folders this plan restores from, by name.
fn backup_needs(plan: &Plan, flags: &Flags, texts: Texts) -> String {
    let (sql_backup, sql_backups) = (
        texts.get(key::MARKER_SQL_BACKUP),
        texts.get(key::MARKER_SQL_BACKUPS),
    );
    let f = &plan.backup;
    let mut needs: Vec<String> = Vec::new();
    if flags.has(Flag::CmsRestored) {
        needs.push(f.config.trim().into());
        needs.push(f.lis.trim().into());
    }
    if flags.has(Flag::UserData) {
        needs.push(f.user_data.trim().into());
    }
    if flags.has(Flag::RgsRestore) || flags.has(Flag::RgsFailover) {
        needs.push(f.rgs.trim().into());
    }
    if flags.has(Flag::FileStoreRestored) {
        needs.push(r"filestore\".into());
    }
    if flags.has(Flag::ChatRestore) {
        needs.push(match plan.persistent_chat.backup_method {
            ChatBackupMethod::Export => f.chat.trim().into(),
            ChatBackupMethod::SqlBackup => format!("mgc ({sql_backup})"),
        });
    }
    let mut dbs = Vec::new();
    if flags.has(Flag::ArchivingDbRestore) {
        dbs.push("LcsLog");
    }
    if flags.has(Flag::MonitoringDbRestore) {
        dbs.extend(["LcsCDR", "QoEMetrics"]);
    }
    if !dbs.is_empty() {
        needs.push(format!("{} ({sql_backups})", dbs.join(" / ")));
    }
    needs.retain(|n| !n.is_empty());
    needs.join(", ")
}

/// The backup file names a plan gives, each with the placeholder that says it (the binder's
/// steps and the backup scripts read the same names).
pub fn backup_files(plan: &Plan) -> [(&'static str, &String); 5] {
    let files = &plan.backup;
    [
        ("user_data_file", &files.user_data),
        ("config_file", &files.config),
        ("lis_file", &files.lis),
        ("rgs_file", &files.rgs),
        ("chat_file", &files.chat),
    ]
}
