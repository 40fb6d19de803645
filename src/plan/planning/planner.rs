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

use std::rc::Rc;

use crate::plan::description::fqdn::{Fqdn, Instance};
use crate::plan::description::model::{MirrorLoss, PoolKind, StoreLocation};
use crate::plan::description::pool::{Member, Pool, SqlServer};
use crate::plan::planning::catalogue::{Catalogue, DOC_HOME, SectionDef, doc_url, is_lync_page};
use crate::plan::planning::checklist::{Checklist, DocLink, Section, Step};
use crate::plan::planning::flags::{Flag, Flags, flags_of, has_file_store_section};
use crate::plan::planning::template::{Layered, Lookup, Value, Values, render};
use crate::plan::planning::values::{base_values, fqdn_value, instance_value};
use crate::plan::texts::plural;
use crate::plan::texts::table::{Key, Texts};

/// Front End Servers that must run for a pool's first start (cold start), by pool size, from
/// Microsoft's table (about 85 % of the pool up to 12 servers, 12 for 16).
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
        // Skype for Business Server 2019's pools of up to 16: Microsoft gives 12 for 16, the
        // most a smaller pool of them needs too.
        13..=16 => 12,
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
            sections.push(Rc::new(section));
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

/// The sections, in checklist order: none for a role the version does not have (a Persistent
/// Chat pool on Skype for Business Server 2019), which is refused, never half-made.
fn sections_for(pool: &Pool, flags: &Flags) -> Vec<Planned> {
    let plan = pool.plan;
    if plan.refused() {
        return Vec::new();
    }
    let mut out = vec![Planned::block("prepare")];
    if flags.has(Flag::Failover) {
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
            let always_on = flags.has(Flag::AlwaysOn);
            let (procedure, server, role) = match (flags.has(Flag::CmsRestored), plan.mirror_loss())
            {
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
        PoolKind::StandardEdition if flags.has(Flag::CmsRestored) => "cms_standard_edition",
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

/// The catalogue's text `key` said by `texts`: each count's plural form picked, then the
/// placeholders filled.
fn say(texts: Texts, key: Key, values: &impl Lookup, missing: &mut Vec<String>) -> String {
    let count = |name: &str| match values.scalar(name) {
        Some(Value::Known(value)) => value.parse().ok(),
        _ => None,
    };
    render(
        &plural::resolve(texts.get(key), texts.lang(), &count),
        values,
        missing,
    )
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
    let holds = |all: &[Flag]| all.iter().all(|f| flags.has(*f));
    let none = |any: &[Flag]| !any.iter().any(|f| flags.has(*f));
    // Most steps of a section share its page and where they run: each is worked out once.
    let sfb = flags.has(Flag::Sfb);
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
            "front_end" | "chat_server" if flags.has(Flag::StandardEdition) => "standard_edition",
            "front_end" if def.phase == "back_end" && flags.has(Flag::WholePool) => "internal",
            other => other,
        };
        let runs_on = match &last_place {
            Some((p, text)) if *p == place => text.clone(),
            _ => {
                let text = catalogue
                    .place(place)
                    .map(|p| say(texts, p.text, values, missing))
                    .unwrap_or_else(|| step.runs_on.to_string());
                last_place = Some((place, text.clone()));
                text
            }
        };
        let caution = step
            .caution
            .filter(|_| holds(step.caution_when))
            .map(|c| say(texts, c, values, missing));
        steps.push(Step {
            id: [planned.id.as_str(), "/", step.id].concat(),
            number: steps.len() + 1,
            title: say(texts, step.title, values, missing),
            body: say(texts, step.body, values, missing),
            command: step.command.map(|c| render(c, values, missing)),
            runs_on,
            place,
            permissions: step.permissions.iter().map(|k| texts.get(*k)).collect(),
            doc: match cited(step.pages(def)) {
                page if page == section_page => section_doc.clone(),
                page => doc_link(catalogue, page, sfb, texts),
            },
            caution,
            marks: Vec::new(),
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
        title: say(texts, def.title, values, missing),
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
