//! Property tests of the planner on generated plans: it never panics (any strings, any
//! choices), every failed member server appears in exactly one section, the Back End / CMS
//! section precedes every member server section, every flag is one the catalogue may use, and
//! a valid plan leaves no placeholder unfilled; a rebuild that reuses the last build's pools
//! equals a fresh build and shares exactly the sections of the pools that did not change.

use lync_restore::plan::Pool;
use lync_restore::plan::Texts;
use std::collections::BTreeMap;
use std::rc::Rc;

use lync_restore::plan::{
    BuiltPools, KNOWN_FLAGS, Lang, PoolKind, Session, build_checklist, build_session_checklist,
    build_session_checklist_reusing, flags, ordered, validate,
};
use proptest::prelude::*;

use crate::support::generators;
use generators::{any_plan, valid_plan};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn planning_and_validation_never_panic(plan in any_plan()) {
        for lang in [Lang::En, Lang::Fr] {
            let list = build_checklist(&Pool::check(&plan), Texts::built_in(lang));
            let _ = lync_restore::plan::formats::markdown::to_markdown(&list, Texts::built_in(list.lang));
            for issue in validate(&plan) {
                prop_assert!(!Texts::built_in(lang).render(&issue.message()).is_empty());
                // The command line names the field as the form labels it.
                prop_assert!(issue.field_label(Texts::built_in(lang)).is_some(), "{}", issue.field);
            }
        }
    }

    #[test]
    fn every_failed_server_is_in_exactly_one_section(plan in valid_plan()) {
        let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for s in &list.sections {
            if let Some(server) = &s.server {
                *count.entry(server.to_ascii_lowercase()).or_default() += 1;
            }
        }
        for m in plan.failed_members() {
            prop_assert_eq!(count.get(&m.to_ascii_lowercase()).copied(), Some(1), "server {} in {:?}", m, count);
        }
    }

    #[test]
    fn back_end_comes_before_every_member_server(plan in valid_plan()) {
        let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
        let first_member = list.sections.iter().position(|s| s.id.starts_with("server:") && s.phase == "servers");
        let back_end = list.sections.iter().position(|s| s.phase == "back_end");
        // A missing section leaves nothing to order, and is missing only when its part was not
        // lost: a lost store (a Front End pool's Back End, a Persistent Chat pool's store) always
        // has its section here, and a lost member server always has its own
        // (`every_failed_server_is_in_exactly_one_section`; a Standard Edition server that hosts
        // the Central Management store is restored in the Back End phase).
        let store_lost = plan.back_end_failed()
            || (plan.kind == PoolKind::PersistentChat && !plan.refused() && (plan.failure.whole_pool || plan.failure.back_end));
        if store_lost {
            prop_assert!(back_end.is_some(), "a lost store gets its section");
        }
        if let (Some(b), Some(m)) = (back_end, first_member) {
            prop_assert!(b < m);
        }
        // Phases never go backwards.
        let order = ["prepare", "back_end", "file_store", "servers", "data", "verify"];
        let ranks: Vec<usize> = list.sections.iter().map(|s| order.iter().position(|p| *p == s.phase).unwrap_or(99)).collect();
        prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "phases out of order: {:?}", ranks);
    }

    #[test]
    fn a_valid_plan_leaves_no_placeholder_unfilled(plan in valid_plan()) {
        let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
        prop_assert!(list.missing.is_empty(), "missing {:?}", list.missing);
        for step in list.sections.iter().flat_map(|s| &s.steps) {
            for text in [&step.title, &step.body, &step.runs_on].into_iter().chain(step.command.as_ref()) {
                prop_assert!(!text.contains('{') && !text.contains("<"), "unfilled in {}: {}", step.id, text);
            }
        }
    }

    #[test]
    fn flags_are_all_known(plan in any_plan()) {
        for f in flags(&plan).iter() {
            prop_assert!(KNOWN_FLAGS.contains(&f), "unknown flag {}", f);
        }
    }

    #[test]
    fn step_ids_are_unique_within_a_checklist(plan in valid_plan()) {
        let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
        let mut ids: Vec<&str> = list.sections.iter().flat_map(|s| s.steps.iter().map(|t| t.id.as_str())).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), n);
    }

    #[test]
    fn a_rebuild_equals_a_fresh_build_and_shares_only_unchanged_pools(
        site in prop::collection::vec(valid_plan(), 1..5),
        edited in valid_plan(),
        which in 0usize..5,
        french in any::<bool>(),
    ) {
        let mut session = Session { plan: edited.clone(), site, ..Session::default() };
        let english = Texts::built_in(Lang::En);
        let mut built = BuiltPools::default();
        let before = build_session_checklist_reusing(&session, english, &mut built);
        let old = session.clone();
        // An edit of one pool (any of them, the edited one included), and maybe of the language.
        let which = which % (session.site.len() + 1);
        let texts = if french { Texts::built_in(Lang::Fr) } else { english };
        if which == 0 {
            session.plan = edited;
        } else {
            session.site[which - 1] = edited;
        }
        let after = build_session_checklist_reusing(&session, texts, &mut built);
        prop_assert_eq!(&after, &build_session_checklist(&session, texts));
        // Pool by pool in site order: the same plan at the same place in the same language hands
        // back its very sections; any other pool's sections are all new.
        let (old_pools, new_pools) = (ordered(&old), ordered(&session));
        let (mut at_old, mut at_new) = (0, 0);
        for (place, plan) in new_pools.iter().enumerate() {
            let count = build_checklist(&Pool::check(plan), texts).sections.len();
            let old_count = build_checklist(&Pool::check(old_pools[place]), english).sections.len();
            let new = &after.sections[at_new..at_new + count];
            if !french && old_pools[place] == *plan {
                let same = &before.sections[at_old..at_old + count];
                prop_assert!(new.iter().zip(same).all(|(a, b)| Rc::ptr_eq(a, b)));
            } else {
                prop_assert!(new.iter().all(|a| !before.sections.iter().any(|b| Rc::ptr_eq(a, b))));
            }
            at_new += count;
            at_old += old_count;
        }
    }
}
