//! Plan → checklist. This module holds the *rules* (which procedure variant applies to which
//! server, in which order); the catalogue holds the *content* (steps, commands, wording).
//!
//! Order, after Microsoft's "Restoring a Lync Server pool": before you start (with the
//! failover, for a paired pool failed over first; the one configuration export, for Edge
//! Servers) → Central Management store / Back End (the CMS procedure replaces the plain Back
//! End one where the pool hosts the store and it was not failed over; one mirror side lost uses
//! the primary/mirror variants) → file store → each member server in pool order → data
//! restores → pool start and verification.
//!
//! Guarantees: total (never panics, whatever the plan holds); every failed member server
//! appears in exactly one section; the Back End/CMS section comes before every member section;
//! with a valid plan no placeholder is left unfilled.

use crate::plan::description::fqdn::{Fqdn, Instance};
use crate::plan::description::loss::{Lost, file_store_is_dfs};
use crate::plan::description::model::{
    ChatBackupMethod, MirrorLoss, Plan, PoolKind, SqlStore, StoreLocation, Version,
};
use crate::plan::description::pool::{Member, Pool, SqlServer};
use crate::plan::planning::catalogue::{
    Catalogue, DOC_HOME, SectionDef, VERSION_FLAGS, doc_url, is_lync_page,
};
use crate::plan::planning::checklist::{Checklist, DocLink, Section, Step};
use crate::plan::planning::template::{Layered, Lookup, Value, Values, render};
use crate::plan::texts::table::{Key, Texts, key};

/// Front End Servers that must run for a pool's first start (cold start), by pool size, from
/// Microsoft's table (about 85 % of the pool).
pub fn cold_start_quorum(front_ends: usize) -> usize {
    match front_ends {
        0..=2 => front_ends.min(1),
        3 => 3,
        4 => 3,
        5 => 4,
        6 => 5,
        7 => 5,
        8 => 6,
        9 => 7,
        10 => 8,
        11 => 9,
        12 => 10,
        n => n.saturating_mul(85).div_ceil(100),
    }
}

/// Builds the checklist of `pool`, said by `texts`, from the embedded catalogue.
pub fn build_checklist(pool: &Pool, texts: Texts) -> Checklist {
    build_checklist_with(pool, Catalogue::embedded(), texts)
}

/// The server a section rebuilds: its name as typed (section ids and headings keep it), checked.
#[derive(Clone)]
struct Server {
    typed: String,
    fqdn: Option<Fqdn>,
    instance: Option<Instance>,
}

impl Server {
    fn sql(typed: &str, sql: &SqlServer) -> Server {
        Server {
            typed: typed.trim().to_string(),
            fqdn: sql.fqdn.clone(),
            instance: sql.instance.clone(),
        }
    }

    fn member(member: &Member, instance: &Option<Instance>) -> Server {
        Server {
            typed: member.typed.clone(),
            fqdn: member.fqdn.clone(),
            instance: instance.clone(),
        }
    }
}

/// A section to emit: procedure variant and the server it rebuilds.
struct Planned {
    id: String,
    procedure: &'static str,
    server: Option<Server>,
    /// Which marker to print when the server's name is missing (see [`marker`]).
    role: &'static str,
}

impl Planned {
    /// A section that rebuilds no particular server (preparation, data, verification…).
    fn block(procedure: &'static str) -> Planned {
        Planned {
            id: procedure.into(),
            procedure,
            server: None,
            role: "server",
        }
    }
}

/// Builds the checklist of `pool`, said by `texts`, from `catalogue`.
pub fn build_checklist_with(pool: &Pool, catalogue: &Catalogue, texts: Texts) -> Checklist {
    let plan = pool.plan;
    let flags = flags_of(plan, &pool.lost);
    let base = base_values(pool, &flags, catalogue, texts);
    let mut missing = Vec::new();
    let mut sections = Vec::new();
    for planned in sections_for(pool, &flags) {
        let Some(def) = catalogue.section(planned.procedure) else {
            continue;
        };
        let mut values = Layered {
            top: Values::default(),
            base: &base,
        };
        let server = planned.server.as_ref();
        values.top.set(
            "server",
            fqdn_value(server.and_then(|s| s.fqdn.as_ref()), planned.role, texts),
        );
        values.top.set(
            "server_instance",
            instance_value(server.and_then(|s| s.instance.as_ref()), texts),
        );
        if let Some(section) = render_section(
            &planned,
            def,
            catalogue,
            &values,
            &flags,
            texts,
            &mut missing,
        ) {
            sections.push(section);
        }
    }
    Checklist {
        lang: texts.lang(),
        pool: plan.pool_fqdn.trim().to_string(),
        kind: plan.kind,
        version: plan.version,
        sections,
        missing,
    }
}

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
fn flags_of(plan: &Plan, lost: &Lost) -> Flags {
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

fn has_file_store_section(plan: &Plan, lost: &Lost) -> bool {
    plan.kind == PoolKind::FrontEnd && lost.file_store
}

/// The sections, in checklist order: none for a role the version does not have (a Persistent
/// Chat pool on Skype for Business Server 2019), which is refused, never half-made.
fn sections_for(pool: &Pool, flags: &Flags) -> Vec<Planned> {
    let plan = pool.plan;
    if plan.refused() {
        return Vec::new();
    }
    let mut out = vec![Planned::block("prepare")];
    if flags.contains("failover") {
        out.push(Planned::block("failover"));
    }
    // Edge Servers cannot read the store: one exported file serves every Edge Server rebuilt.
    if plan.kind == PoolKind::Edge && !plan.failed_members().is_empty() {
        out.push(Planned::block("edge_export"));
    }
    let be = &plan.back_end;
    let primary = Server::sql(&be.sql_fqdn, &pool.back_end);
    let mirror = Server::sql(&be.mirror_fqdn, &pool.mirror);
    match plan.kind {
        PoolKind::FrontEnd if plan.back_end_failed() => {
            let always_on = flags.contains("always_on");
            let (procedure, server, role) =
                match (flags.contains("cms_restored"), plan.mirror_loss()) {
                    (true, _) if always_on => ("cms_back_end_ag", primary, "sql"),
                    (false, _) if always_on => ("back_end_ag", primary, "sql"),
                    (true, _) => ("cms_back_end", primary, "sql"),
                    (false, MirrorLoss::Both) => ("back_end", primary, "sql"),
                    (false, MirrorLoss::Primary) => ("back_end_primary", primary, "sql"),
                    (false, MirrorLoss::Mirror) => ("back_end_mirror", mirror, "mirror"),
                };
            out.push(Planned {
                id: procedure.into(),
                procedure,
                server: Some(server),
                role,
            });
        }
        PoolKind::PersistentChat if plan.failure.whole_pool || plan.failure.back_end => {
            let chat = &plan.persistent_chat;
            out.push(Planned {
                id: "chat_store".into(),
                procedure: "chat_store",
                server: Some(Server::sql(&chat.sql_fqdn, &pool.chat_sql)),
                role: "chat_sql",
            });
        }
        _ => {}
    }
    if plan.kind == PoolKind::FrontEnd {
        let mut seen: Vec<String> = Vec::new();
        for (store, sql) in [
            (&plan.archiving, &pool.archiving),
            (&plan.monitoring, &pool.monitoring),
        ] {
            let key = store.sql_fqdn.trim().to_ascii_lowercase();
            if store.location == StoreLocation::StandAlone
                && pool.lost.machine(&key)
                && !seen.contains(&key)
            {
                seen.push(key.clone());
                out.push(Planned {
                    id: format!("archiving_store:{key}"),
                    procedure: "archiving_store",
                    server: Some(Server::sql(&store.sql_fqdn, sql)),
                    role: "archiving_sql",
                });
            }
        }
    }
    if has_file_store_section(plan, &pool.lost) {
        out.push(Planned::block("file_store"));
    }
    let member_procedure = match plan.kind {
        PoolKind::StandardEdition if flags.contains("cms_restored") => "cms_standard_edition",
        PoolKind::StandardEdition => "standard_edition",
        PoolKind::Edge => "edge",
        _ => "member",
    };
    for member in &pool.failed {
        out.push(Planned {
            id: format!("server:{}", member.typed.to_ascii_lowercase()),
            procedure: member_procedure,
            server: Some(Server::member(member, &pool.back_end.instance)),
            role: "server",
        });
    }
    out.push(Planned::block("data"));
    // Pools without users start server by server: their checks cite the member-server page
    // (the section keeps its id, which ticked steps are keyed by).
    out.push(match plan.kind {
        PoolKind::FrontEnd | PoolKind::StandardEdition => Planned::block("verify"),
        _ => Planned {
            id: "verify".into(),
            procedure: "verify_member",
            server: None,
            role: "server",
        },
    });
    out
}

fn render_section(
    planned: &Planned,
    def: &SectionDef,
    catalogue: &Catalogue,
    values: &impl Lookup,
    flags: &Flags,
    texts: Texts,
    missing: &mut Vec<String>,
) -> Option<Section> {
    let holds = |names: &[&str]| names.iter().all(|n| flags.contains(n));
    let none = |names: &[&str]| !names.iter().any(|n| flags.contains(n));
    // Most steps of a section share its page and where they run: each is worked out once.
    let sfb = flags.contains("sfb");
    let cited = |(lync, skype): (&'static str, &'static str)| if sfb { skype } else { lync };
    let section_page = cited(def.pages());
    let section_doc = doc_link(catalogue, section_page, sfb, texts);
    let mut last_place: Option<(&str, String)> = None;
    let mut steps = Vec::with_capacity(def.steps.len());
    for step in def.steps {
        if !holds(step.when) || !none(step.unless) {
            continue;
        }
        // With the whole pool down there is no Front End Server yet while the Back End is
        // rebuilt: those steps run from any domain computer with the administrative tools.
        // A Standard Edition server is its own (only) Front End Server.
        let place = match step.runs_on {
            "front_end" | "chat_server" if flags.contains("standard_edition") => "standard_edition",
            "front_end" if def.phase == "back_end" && flags.contains("whole_pool") => "internal",
            other => other,
        };
        let runs_on = match &last_place {
            Some((p, text)) if *p == place => text.clone(),
            _ => {
                let text = catalogue
                    .place(place)
                    .map(|p| render(texts.get(p.text), values, missing))
                    .unwrap_or_else(|| step.runs_on.to_string());
                last_place = Some((place, text.clone()));
                text
            }
        };
        let caution = step
            .caution
            .filter(|_| holds(step.caution_when))
            .map(|c| render(texts.get(c), values, missing));
        steps.push(Step {
            id: [planned.id.as_str(), "/", step.id].concat(),
            number: steps.len() + 1,
            title: render(texts.get(step.title), values, missing),
            body: render(texts.get(step.body), values, missing),
            command: step.command.map(|c| render(c, values, missing)),
            runs_on,
            place,
            permissions: step.permissions.iter().map(|k| texts.get(*k)).collect(),
            doc: match cited(step.pages(def)) {
                page if page == section_page => section_doc.clone(),
                page => doc_link(catalogue, page, sfb, texts),
            },
            caution,
        });
    }
    if steps.is_empty() {
        return None;
    }
    let phase = catalogue.phase(def.phase);
    Some(Section {
        id: planned.id.clone(),
        procedure: def.id.to_string(),
        phase: def.phase.to_string(),
        phase_title: phase
            .map(|p| texts.get(p.text).to_string())
            .unwrap_or_default(),
        title: render(texts.get(def.title), values, missing),
        server: planned.server.as_ref().map(|s| s.typed.clone()),
        doc: section_doc,
        steps,
        pool_note: None,
    })
}

/// The link to a page; in a Skype for Business Server binder a Lync Server 2013 page is marked
/// adapted.
fn doc_link(catalogue: &Catalogue, slug: &str, sfb: bool, texts: Texts) -> DocLink {
    match catalogue.page(slug) {
        Some(page) => DocLink {
            slug: page.slug,
            title: texts.get(page.title),
            url: doc_url(page.slug, texts.lang()),
            adapted: sfb && is_lync_page(page.slug),
        },
        // Every slug the catalogue uses is one of its pages (tests/catalogue_lint.rs); should
        // one slip through, the link still leads to Microsoft's documentation.
        None => DocLink {
            slug: "",
            title: "learn.microsoft.com",
            url: DOC_HOME.to_string(),
            adapted: false,
        },
    }
}

/// The marker printed where a value is missing, by role.
fn marker(role: &str, texts: Texts) -> String {
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
fn fqdn_value(fqdn: Option<&Fqdn>, role: &str, texts: Texts) -> Value {
    match fqdn {
        Some(fqdn) => Value::Known(fqdn.as_str().to_string()),
        None => Value::Missing(marker(role, texts)),
    }
}

/// A named instance as typed; the default instance as a [`Value::Default`], which commands
/// leave out (`-SqlInstanceName` defaults to it) and prose names in words.
fn instance_value(instance: Option<&Instance>, texts: Texts) -> Value {
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

fn base_values(pool: &Pool, flags: &Flags, catalogue: &Catalogue, texts: Texts) -> Values {
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
    let restore_from = if flags.contains("cms_fresh_backup") {
        fresh.clone()
    } else {
        backup.clone()
    };
    v.set("fresh", fresh);
    v.set("restore_from", restore_from);
    v.set("backup", backup);
    v.set(
        "local",
        text_value(
            plan.backup.local_folder.trim_end_matches('\\'),
            marker("local", texts),
        ),
    );
    let files = &plan.backup;
    for (name, value) in [
        ("user_data_file", &files.user_data),
        ("config_file", &files.config),
        ("lis_file", &files.lis),
        ("rgs_file", &files.rgs),
        ("chat_file", &files.chat),
    ] {
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
    // Each store's own SQL Server (a collocated one is the Back End's).
    for (name, sql) in [
        ("archiving_sql", &pool.archiving),
        ("monitoring_sql", &pool.monitoring),
    ] {
        v.set(name, fqdn_value(sql.fqdn.as_ref(), "archiving_sql", texts));
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
        (&plan.archiving, "archiving_db_restore", "Archiving"),
        (&plan.monitoring, "monitoring_db_restore", "Monitoring"),
    ] {
        if store.location == StoreLocation::Collocated && flags.contains(flag) {
            restored_types.push(Value::Known(db_type.into()));
        }
    }
    v.set_list("each_restored_db_type", restored_types);
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
    let front_ends: Vec<Value> = if fe {
        pool.members
            .iter()
            .map(|m| fqdn_value(m.fqdn.as_ref(), "server", texts))
            .collect()
    } else {
        Vec::new()
    };
    v.set(
        "front_end",
        front_ends
            .first()
            .cloned()
            .unwrap_or_else(|| Value::Missing(marker("server", texts))),
    );
    v.set_list("each_front_end", front_ends);
    // Where Persistent Chat cmdlets run: a Persistent Chat Server (the Standard Edition server
    // when collocated), never the SQL Server that holds mgc.
    let chat_server = match plan.kind {
        PoolKind::PersistentChat | PoolKind::StandardEdition => {
            pool.members.first().and_then(|m| m.fqdn.as_ref())
        }
        _ => None,
    };
    v.set("chat_server", fqdn_value(chat_server, "server", texts));
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
    let sfb = flags.contains("sfb");
    for (name, lync, skype) in PRODUCT_TERMS {
        let text = texts.get(if sfb { *skype } else { *lync });
        v.set(name, Value::Known(text.to_string()));
    }
    v.set("product", Value::Known(texts.render(&plan.version.name())));
    let sql_versions = match plan.version {
        Version::Lync2013 => key::SQL_VERSIONS_LYNC2013,
        Version::SfB2015 => key::SQL_VERSIONS_SFB2015,
        Version::SfB2019 => key::SQL_VERSIONS_SFB2019,
        Version::SubscriptionEdition => key::SQL_VERSIONS_SFBSE,
    };
    v.set(
        "sql_versions",
        Value::Known(texts.get(sql_versions).to_string()),
    );
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
    if flags.contains("cms_restored") {
        needs.push(f.config.trim().into());
        needs.push(f.lis.trim().into());
    }
    if flags.contains("user_data") {
        needs.push(f.user_data.trim().into());
    }
    if flags.contains("rgs_restore") {
        needs.push(f.rgs.trim().into());
    }
    if flags.contains("file_store_restored") {
        needs.push(r"filestore\".into());
    }
    if flags.contains("chat_restore") {
        needs.push(match plan.persistent_chat.backup_method {
            ChatBackupMethod::Export => f.chat.trim().into(),
            ChatBackupMethod::SqlBackup => format!("mgc ({sql_backup})"),
        });
    }
    let mut dbs = Vec::new();
    if flags.contains("archiving_db_restore") {
        dbs.push("LcsLog");
    }
    if flags.contains("monitoring_db_restore") {
        dbs.extend(["LcsCDR", "QoEMetrics"]);
    }
    if !dbs.is_empty() {
        needs.push(format!("{} ({sql_backups})", dbs.join(" / ")));
    }
    needs.retain(|n| !n.is_empty());
    needs.join(", ")
}
