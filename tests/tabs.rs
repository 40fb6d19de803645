//! Saved plans shared by two tabs and kept through a killed browser: what one tab writes reaches
//! the other; ticks made in either survive; no saved plan is dropped but by a delete; two tabs
//! settle on the same stored text without writing back and forth; and at start the newer of the
//! local and durable copies is read. Each tab is a `Workspace`, the browser's storage event a
//! `Merge` of the text the other tab wrote.

use lync_restore::plan::description::edit::{Action, TextField};
use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::formats::json_text::SerdeJson;
use lync_restore::plan::formats::store::Store;
use lync_restore::plan::{Session, SessionAction};
use lync_restore::state::workspace::{Slot, Workspace, WorkspaceAction};
use proptest::prelude::*;
use std::rc::Rc;

/// A tab with the stored text `stored`, its page id `tab`.
fn open(stored: Option<&str>, tab: &str) -> Workspace {
    let (mut ws, _) = Workspace::start(&SerdeJson, stored, None, None, None, "t0");
    ws.store_mut().tab = tab.into();
    ws
}

fn text(ws: &Workspace) -> String {
    ws.store.encode(&SerdeJson)
}

/// The storage event: `to` hears what `from` wrote.
fn hear(to: Workspace, from: &Workspace) -> Workspace {
    let (theirs, problem) = Store::decode(&SerdeJson, Some(&text(from)));
    assert_eq!(problem, None);
    to.apply(WorkspaceAction::Merge(Box::new(theirs)), "t")
}

fn tick(ws: Workspace, step: &str) -> Workspace {
    ws.apply(
        WorkspaceAction::Session(SessionAction::Tick(step.into(), "t".into())),
        "t",
    )
}

fn edit(ws: Workspace, field: TextField, value: &str) -> Workspace {
    ws.apply(
        WorkspaceAction::Session(SessionAction::Edit(Action::SetText(field, value.into()))),
        "t",
    )
}

/// Two tabs on the example, both open on it.
fn two_tabs() -> (Workspace, Workspace) {
    let (first, _) = Workspace::start(&SerdeJson, None, None, None, Some("#example"), "t0");
    let stored = text(&first);
    (open(Some(&stored), ".a"), open(Some(&stored), ".b"))
}

fn ticks(ws: &Workspace) -> Vec<String> {
    ws.session().progress.ticks.keys().cloned().collect()
}

#[test]
fn an_edit_in_one_tab_reaches_the_other_which_then_writes_the_same_text() {
    let (a, b) = two_tabs();
    let a = edit(tick(a, "prepare/x"), TextField::Site, "Lyon");
    let b = hear(b, &a);
    assert_eq!(b.session().plan.site, "Lyon");
    assert_eq!(ticks(&b), ["prepare/x"]);
    // What b would write back is what a wrote: the browser fires no event for an equal value.
    assert_eq!(text(&b), text(&a));
    // And b's next change builds on it.
    let b = tick(b, "prepare/y");
    let a = hear(a, &b);
    assert_eq!(ticks(&a), ["prepare/x", "prepare/y"]);
    assert_eq!(a.session().plan.site, "Lyon");
}

#[test]
fn an_untick_after_seeing_the_tick_stays_unticked() {
    let (a, b) = two_tabs();
    let a = tick(a, "prepare/x");
    let b = hear(b, &a);
    let b = b.apply(
        WorkspaceAction::Session(SessionAction::Untick("prepare/x".into())),
        "t",
    );
    let a = hear(a, &b);
    assert!(ticks(&a).is_empty());
    assert_eq!(text(&a), text(&b));
}

#[test]
fn ticks_made_at_the_same_time_in_both_tabs_both_survive_and_the_tabs_agree() {
    let (a, b) = two_tabs();
    // Neither has heard the other yet.
    let a = tick(a, "prepare/x");
    let b = tick(b, "prepare/y");
    let (a_heard, b_heard) = (hear(a.clone(), &b), hear(b, &a));
    assert_eq!(ticks(&a_heard), ["prepare/x", "prepare/y"]);
    assert_eq!(text(&a_heard), text(&b_heard));
}

#[test]
fn plans_made_at_the_same_time_in_both_tabs_are_both_kept() {
    let (a, b) = two_tabs();
    let a = edit(
        a.apply(WorkspaceAction::New, "t"),
        TextField::PoolFqdn,
        "a.contoso.com",
    );
    let b = edit(
        b.apply(WorkspaceAction::New, "t"),
        TextField::PoolFqdn,
        "b.contoso.com",
    );
    let b = hear(b, &a);
    let a = hear(a, &b);
    let pools = |ws: &Workspace| -> Vec<String> {
        let mut pools: Vec<String> = ws
            .store
            .plans
            .iter()
            .map(|p| p.session.plan.pool_fqdn.clone())
            .collect();
        pools.sort();
        pools
    };
    assert_eq!(
        pools(&a),
        ["a.contoso.com", "b.contoso.com", "pool01.example.com"]
    );
    assert_eq!(text(&a), text(&b));
    // Each tab still edits its own plan.
    assert_eq!(a.session().plan.pool_fqdn, "a.contoso.com");
    assert_eq!(b.session().plan.pool_fqdn, "b.contoso.com");
}

#[test]
fn a_delete_in_one_tab_is_not_undone_by_the_other_and_an_open_plan_stays_on_screen() {
    let (a, b) = two_tabs();
    let id = a.store.plans[0].id.clone();
    let a = a.apply(WorkspaceAction::Delete(id.clone()), "t");
    let b = hear(b, &a);
    assert!(b.store.find(&id).is_none());
    // b was showing it: it stays on screen, saved again (as a new plan) at its next change.
    assert!(matches!(b.slot, Slot::Unsaved(_)));
    assert_eq!(b.session().plan, example_plan());
    let b = tick(b, "prepare/x");
    assert_eq!(b.store.plans.len(), 1);
    assert_ne!(b.store.plans[0].id, id);
    let a = hear(a, &b);
    assert_eq!(a.store.plans.len(), 1);
}

#[test]
fn the_durable_copy_counts_at_start_when_it_is_newer() {
    let (a, _) = two_tabs();
    let lagging = text(&a);
    let a = edit(tick(a, "prepare/x"), TextField::Site, "Lyon");
    let durable = text(&a);
    // A killed browser: localStorage kept an older text, IndexedDB the latest.
    let (ws, _) = Workspace::start(&SerdeJson, Some(&lagging), Some(&durable), None, None, "t");
    assert_eq!(ws.session().plan.site, "Lyon");
    assert_eq!(ticks(&ws), ["prepare/x"]);
    // Equal or older durable copy: the local one.
    let (ws, _) = Workspace::start(&SerdeJson, Some(&durable), Some(&lagging), None, None, "t");
    assert_eq!(ws.session().plan.site, "Lyon");
    // A plan an older page added to localStorage only is kept beside the durable copy's.
    let mut older_page = Store::decode(&SerdeJson, Some(&lagging)).0;
    let mut other = Session {
        plan: example_plan(),
        ..Session::default()
    };
    other.plan.pool_fqdn = "older.contoso.com".into();
    older_page.save("p7", Rc::new(other), "t");
    let local: serde_json::Value =
        serde_json::from_str(&older_page.encode(&SerdeJson)).expect("json");
    // An older page writes no clock.
    let mut local = local;
    local.as_object_mut().expect("object").remove("clock");
    let (ws, _) = Workspace::start(
        &SerdeJson,
        Some(&local.to_string()),
        Some(&durable),
        None,
        None,
        "t",
    );
    assert_eq!(ws.session().plan.site, "Lyon");
    assert!(ws.store.find("p7").is_some());
}

/// What a tab does in the property below.
#[derive(Clone, Debug)]
enum Op {
    Tick(usize),
    Untick(usize),
    Site(u8),
    NewPlan,
    Open(usize),
    Delete,
    /// The other tab hears this tab's last write.
    Hear,
}

fn op() -> impl Strategy<Value = (bool, Op)> {
    let op = prop_oneof![
        4 => (0..6usize).prop_map(Op::Tick),
        1 => (0..6usize).prop_map(Op::Untick),
        1 => any::<u8>().prop_map(Op::Site),
        1 => Just(Op::NewPlan),
        1 => (0..4usize).prop_map(Op::Open),
        1 => Just(Op::Delete),
        4 => Just(Op::Hear),
    ];
    (any::<bool>(), op)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any interleaving of changes in two tabs, with the storage events arriving late: once
    /// every write is heard, both tabs hold the same stored text, reached in a few writes (no
    /// back and forth); every tick made and never unticked is there, and every plan made and
    /// never deleted.
    #[test]
    fn two_tabs_settle_on_the_same_plans_and_lose_nothing(ops in prop::collection::vec(op(), 0..40)) {
        let (a, b) = two_tabs();
        let mut tabs = [a, b];
        let mut made_ticks: Vec<(String, String)> = Vec::new();
        let mut unticked: Vec<String> = Vec::new();
        let mut deleted: Vec<String> = Vec::new();
        let mut made_plans: Vec<String> = Vec::new();
        for (second, op) in ops {
            let (me, other) = if second { (1, 0) } else { (0, 1) };
            let ws = tabs[me].clone();
            let plan = match &ws.slot { Slot::Saved(id) => Some(id.clone()), _ => None };
            tabs[me] = match op {
                Op::Tick(k) => {
                    let ws = tick(ws, &format!("prepare/s{k}"));
                    if let Slot::Saved(id) = &ws.slot {
                        made_ticks.push((id.clone(), format!("prepare/s{k}")));
                    }
                    ws
                }
                Op::Untick(k) => {
                    unticked.push(format!("prepare/s{k}"));
                    ws.apply(WorkspaceAction::Session(SessionAction::Untick(format!("prepare/s{k}"))), "t")
                }
                Op::Site(n) => edit(ws, TextField::Site, &format!("site{n}")),
                Op::NewPlan => edit(ws.apply(WorkspaceAction::New, "t"), TextField::PoolFqdn, &format!("n{}.contoso.com", tabs[me].store.clock)),
                Op::Open(i) => match ws.store.plans.get(i).map(|p| p.id.clone()) {
                    Some(id) => ws.apply(WorkspaceAction::Open(id), "t"),
                    None => ws,
                },
                Op::Delete => match plan {
                    Some(id) => { deleted.push(id.clone()); ws.apply(WorkspaceAction::Delete(id), "t") }
                    None => ws,
                },
                Op::Hear => { let heard = hear(tabs[other].clone(), &ws); tabs[other] = heard; ws }
            };
            for plan in tabs.iter().flat_map(|t| &t.store.plans) {
                if !made_plans.contains(&plan.id) {
                    made_plans.push(plan.id.clone());
                }
            }
        }
        // Every write is heard: each tab writes when its stored text changes; count the writes.
        let mut written = [text(&tabs[0]), text(&tabs[1])];
        let mut writes = 0;
        for turn in 0.. {
            prop_assert!(turn < 8, "the tabs write back and forth: {writes} writes");
            let (me, other) = (turn % 2, 1 - turn % 2);
            let heard = hear(tabs[other].clone(), &tabs[me]);
            tabs[other] = heard;
            let now = text(&tabs[other]);
            if now != written[other] {
                written[other] = now;
                writes += 1;
            } else if written[0] == written[1] {
                break;
            }
        }
        prop_assert_eq!(&written[0], &written[1]);
        let store = &tabs[0].store;
        for (id, step) in made_ticks {
            if !deleted.contains(&id) && !unticked.contains(&step) {
                let plan = store.find(&id);
                prop_assert!(plan.is_some(), "plan {} lost", id);
                prop_assert!(plan.is_some_and(|p| p.session.progress.ticks.contains_key(&step)), "tick {} of {} lost", step, id);
            }
        }
        for id in made_plans {
            prop_assert!(deleted.contains(&id) || store.find(&id).is_some(), "plan {} lost", id);
        }
    }
}
