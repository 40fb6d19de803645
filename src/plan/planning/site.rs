//! Several failed pools of one site, restored in a defensible order: the pool hosting the
//! Central Management store first (nothing can be configured without it), then the other Front
//! End pools and Standard Edition servers (they hold the user data and the registrars the rest
//! depend on), then Directors, Mediation, Persistent Chat and Edge pools. Within a pool the
//! usual rules hold (Back End and file store before the servers that use them). Every pool's
//! section ids get the pool's FQDN in front, so ticks stay apart.

use std::rc::Rc;

use crate::plan::description::model::{Plan, PoolKind};
use crate::plan::description::pool::Pool;
use crate::plan::planning::checklist::Checklist;
use crate::plan::planning::planner::build_checklist;
use crate::plan::planning::progress::Session;
use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Texts, key};

/// Rank of a pool in the site order, and why.
fn rank(plan: &Plan) -> (u8, &'static str) {
    match plan.kind {
        PoolKind::FrontEnd | PoolKind::StandardEdition if plan.hosts_cms => (0, "cms"),
        PoolKind::FrontEnd | PoolKind::StandardEdition => (1, "front_end"),
        PoolKind::Director => (2, "director"),
        PoolKind::Mediation => (3, "mediation"),
        PoolKind::PersistentChat => (4, "persistent_chat"),
        PoolKind::Edge => (5, "edge"),
    }
}

/// Why a pool comes where it does.
pub fn reason(plan: &Plan) -> Message {
    let (_, why) = rank(plan);
    Message::new(match why {
        "cms" => key::SITE_ORDER_CMS,
        "front_end" => key::SITE_ORDER_FRONT_END,
        "director" => key::SITE_ORDER_DIRECTOR,
        "mediation" => key::SITE_ORDER_MEDIATION,
        "persistent_chat" => key::SITE_ORDER_PERSISTENT_CHAT,
        _ => key::SITE_ORDER_EDGE,
    })
}

/// Every pool of the session (the edited one first), in site order.
pub fn ordered(session: &Session) -> Vec<&Plan> {
    let pools: Vec<&Plan> = std::iter::once(&session.plan)
        .chain(session.site.iter())
        .collect();
    // One pass per rank keeps the order within a rank, as a stable sort would, without the
    // sort's code in the page.
    (0..=5)
        .flat_map(|r| pools.iter().copied().filter(move |p| rank(p).0 == r))
        .collect()
}

/// The checklist of a session: one pool as usual, several pools merged in site order.
pub fn build_session_checklist(session: &Session, texts: Texts) -> Checklist {
    build_session_checklist_reusing(session, texts, &mut BuiltPools::default())
}

/// Each pool's part of the last site checklist built, with what it was built from: the next
/// build plans again only the pools whose plan, place in the order or language changed, and
/// hands back the others' sections as the same shared values (a view then sees them unchanged
/// by their pointer, without comparing a step).
#[derive(Default)]
pub struct BuiltPools(Vec<BuiltPool>);

/// One pool's part of a site checklist and what it was built from.
struct BuiltPool {
    plan: Plan,
    place: usize,
    texts: Texts,
    list: Checklist,
}

/// [`build_session_checklist`], reusing from `last` every pool whose inputs did not change, and
/// leaving in it the pools of this build.
pub fn build_session_checklist_reusing(
    session: &Session,
    texts: Texts,
    last: &mut BuiltPools,
) -> Checklist {
    if session.site.is_empty() {
        return build_checklist(&Pool::check(&session.plan), texts);
    }
    let pools = ordered(session);
    let names: Vec<&str> = pools.iter().map(|p| p.pool_fqdn.trim()).collect();
    let mut merged = Checklist {
        lang: texts.lang(),
        pool: names.join(" + "),
        kind: pools.first().map_or(session.plan.kind, |p| p.kind),
        version: pools.first().map_or(session.plan.version, |p| p.version),
        sections: Vec::new(),
        missing: Vec::new(),
    };
    let mut built = Vec::with_capacity(pools.len());
    for (place, plan) in pools.into_iter().enumerate() {
        let part = match last
            .0
            .iter()
            .position(|b| b.place == place && b.texts == texts && b.plan == *plan)
        {
            Some(found) => last.0.swap_remove(found),
            None => BuiltPool {
                plan: plan.clone(),
                place,
                texts,
                list: pool_part(plan, place, texts),
            },
        };
        merged.sections.extend(part.list.sections.iter().cloned());
        for m in &part.list.missing {
            if !merged.missing.contains(m) {
                merged.missing.push(m.clone());
            }
        }
        built.push(part);
    }
    last.0 = built;
    merged
}

/// The checklist of the pool at `place` in the site order, its ids prefixed with its FQDN and
/// its first section saying its place and why.
fn pool_part(plan: &Plan, place: usize, texts: Texts) -> Checklist {
    let mut list = build_checklist(&Pool::check(plan), texts);
    let prefix = plan.pool_fqdn.trim().to_ascii_lowercase();
    for (i, section) in list.sections.iter_mut().enumerate() {
        // Just built: nothing else holds it, so this changes it in place.
        let section = Rc::make_mut(section);
        section.id = [prefix.as_str(), "/", &section.id].concat();
        for step in &mut section.steps {
            step.id = [prefix.as_str(), "/", &step.id].concat();
        }
        if i == 0 {
            section.pool_note = Some(format!(
                "{}. {} — {}",
                place + 1,
                plan.pool_fqdn.trim(),
                texts.render(&reason(plan))
            ));
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(kind: PoolKind, fqdn: &str, cms: bool) -> Plan {
        Plan {
            kind,
            pool_fqdn: fqdn.into(),
            hosts_cms: cms,
            servers: vec![format!("a.{fqdn}")],
            ..Plan::default()
        }
    }

    #[test]
    fn cms_host_first_then_front_ends_then_the_rest() {
        let session = Session {
            plan: pool(PoolKind::Edge, "edge.x.com", false),
            site: vec![
                pool(PoolKind::Director, "dir.x.com", false),
                pool(PoolKind::FrontEnd, "fe2.x.com", false),
                pool(PoolKind::FrontEnd, "fe1.x.com", true),
            ],
            ..Session::default()
        };
        let order: Vec<&str> = ordered(&session)
            .iter()
            .map(|p| p.pool_fqdn.as_str())
            .collect();
        assert_eq!(order, ["fe1.x.com", "fe2.x.com", "dir.x.com", "edge.x.com"]);
        let list = build_session_checklist(&session, Texts::english());
        assert!(list.sections[0].id.starts_with("fe1.x.com/"));
        assert!(
            list.sections[0]
                .pool_note
                .as_deref()
                .is_some_and(|n| n.contains("Central Management store"))
        );
        assert!(
            list.sections
                .iter()
                .flat_map(|s| &s.steps)
                .all(|s| s.id.contains(".x.com/"))
        );
    }
}
