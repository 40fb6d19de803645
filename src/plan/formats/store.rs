//! The saved plans kept in the browser (format 1, one storage key): a list of named sessions
//! and which one is open. Reading is salvage-first: every plan that can be read is kept, what
//! cannot is reported, and the raw text is never thrown away by this module (the UI keeps a
//! copy before writing). Older stored formats are migrated. Every change carries a Lamport
//! stamp, so that what two tabs wrote, or the two copies a killed browser left, merge into the
//! same plans in every tab without losing a plan or a tick. Pure: the UI does the storage I/O.

use crate::plan::formats::codec::DecodeError;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::plan::formats::json_text::JsonText;
use crate::plan::formats::shape::{SAVED_PLAN, SESSION};
use crate::plan::planning::progress::Session;
use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// The storage key of the saved plans.
pub const STORE_KEY: &str = "lync-restore/v1/plans";
/// Where the single session of the first version (before saved plans) was kept.
pub const LEGACY_SESSION_KEY: &str = "lync-restore/v1/current";
/// Where an unreadable stored value is copied before it is replaced.
pub const DAMAGED_KEY: &str = "lync-restore/v1/damaged";
/// Version of the stored format.
pub const STORE_VERSION: u32 = 1;
/// The id of the built-in example's slot (`#example`).
pub const EXAMPLE_ID: &str = "example";

/// One saved plan. Its id, name and session are required (a damaged one is left out).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPlan {
    /// Stable id within this browser.
    pub id: String,
    /// Name the user gave it (defaults to the pool FQDN).
    pub name: String,
    /// When it was last changed (text from the UI's clock).
    #[serde(default)]
    pub updated: String,
    /// Plan and progress (shared: the open plan's is the one the page edits, and copying the
    /// store copies no session).
    pub session: Rc<Session>,
    /// When it last changed, on the store's [`Store::clock`] (0: before tabs shared the plans).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rev: u64,
    /// The page (tab) that made that change: of two versions made at the same time, every tab
    /// keeps the same one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// When each step was last ticked or unticked, on the store's clock written in decimal (a
    /// map of text like the ticks', which costs the page no code of its own): of two versions
    /// of one plan, each step is as the later of the two left it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ticked_at: BTreeMap<String, String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// All saved plans.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Store {
    /// Format version.
    pub format_version: u32,
    /// Id of the open plan.
    pub current: Option<String>,
    /// Saved plans, oldest first.
    pub plans: Vec<SavedPlan>,
    /// A Lamport clock over every tab's changes: the latest change any tab made that this
    /// store has seen (of two stored copies, the one with the later clock is the newer).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub clock: u64,
    /// Ids of deleted plans, so that a tab still holding one does not bring it back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    /// This page's id, given by the UI and never stored: it stamps this page's changes and the
    /// ids of the plans it creates, so two tabs never make two plans with one id.
    #[serde(skip)]
    pub tab: String,
}

/// The stored plans' version and open plan, read before the plans (each on its own).
#[derive(Deserialize)]
struct StoreHead {
    #[serde(default)]
    format_version: Option<u64>,
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    clock: u64,
    #[serde(default)]
    removed: Vec<String>,
}

/// What went wrong reading the stored plans (the readable ones are still returned).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    /// The stored value is not readable at all.
    Unreadable(DecodeError),
    /// This many saved plans could not be read and were left out.
    Dropped(usize),
}

impl StoreProblem {
    /// The message shown to the user.
    pub fn message(&self) -> Message {
        match self {
            StoreProblem::Unreadable(e) => {
                Message::new(key::STORE_UNREADABLE).nested("problem", e.message())
            }
            StoreProblem::Dropped(n) => Message::new(key::STORE_DROPPED).with("count", n),
        }
    }
}

impl Store {
    /// Reads the stored text; `None` (nothing stored yet) gives an empty store.
    pub fn decode<J: JsonText>(json: &J, text: Option<&str>) -> (Store, Option<StoreProblem>) {
        let empty = Store {
            format_version: STORE_VERSION,
            ..Store::default()
        };
        let Some(text) = text else {
            return (empty, None);
        };
        let doc = match json.parse(text) {
            Ok(doc) => doc,
            Err(e) => {
                let err = DecodeError::NotJson {
                    line: e.line,
                    column: e.column,
                };
                return (empty, Some(StoreProblem::Unreadable(err)));
            }
        };
        // Each saved plan is read on its own, so one damaged plan loses only itself.
        let not_a_store = || Some(StoreProblem::Unreadable(DecodeError::NotAPlan));
        let plans = json.child(&doc, "plans");
        let head = json.is_object(&doc).then(|| json.typed::<StoreHead>(doc));
        let Some(Ok(StoreHead {
            format_version,
            current,
            clock,
            removed,
        })) = head
        else {
            return (empty, not_a_store());
        };
        // An array of anything: each saved plan is read on its own below.
        let plans: Vec<Option<J::Doc>> = match plans {
            None => Vec::new(),
            Some(plans) if json.typed::<Vec<IgnoredAny>>(plans.clone()).is_ok() => json
                .children(&plans)
                .iter()
                .map(|i| json.child(&plans, i))
                .collect(),
            Some(_) => return (empty, not_a_store()),
        };
        match format_version {
            Some(v) if v > u64::from(STORE_VERSION) => {
                return (
                    empty,
                    Some(StoreProblem::Unreadable(DecodeError::NewerVersion(v))),
                );
            }
            Some(1) => {}
            _ => return (empty, not_a_store()),
        }
        let mut store = empty;
        store.current = current;
        store.clock = clock;
        store.removed = removed;
        let mut dropped = 0;
        for item in plans {
            let item = item.filter(|item| SAVED_PLAN.check(json, item).is_ok());
            match item.map(|item| json.typed::<SavedPlan>(item)) {
                Some(Ok(p)) if !store.plans.iter().any(|q| q.id == p.id) => store.plans.push(p),
                _ => dropped += 1,
            }
        }
        if store
            .current
            .as_ref()
            .is_some_and(|c| store.find(c).is_none())
        {
            store.current = None;
        }
        (
            store,
            (dropped > 0).then_some(StoreProblem::Dropped(dropped)),
        )
    }

    /// The saved plans at start, from the copy kept where the browser writes at once
    /// (`durable`, IndexedDB) and the one every version of the page reads (`local`,
    /// localStorage, which a killed browser may have kept from up to a minute earlier). The
    /// durable copy counts when it has seen later changes; the local copy's plans are merged
    /// into it, so a plan only the local copy has (written by an older page) is kept.
    pub fn newest<J: JsonText>(
        json: &J,
        local: Option<&str>,
        durable: Option<&str>,
    ) -> (Store, Option<StoreProblem>) {
        let (store, problem) = Store::decode(json, local);
        match durable.map(|text| Store::decode(json, Some(text))) {
            Some((mut newer, None)) if newer.clock > store.clock => {
                let current = newer.current.take();
                newer.merge(store);
                newer.current = current.filter(|c| newer.find(c).is_some());
                (newer, problem)
            }
            _ => (store, problem),
        }
    }

    /// The stored text.
    pub fn encode(&self, json: &impl JsonText) -> String {
        json.write(self)
    }

    /// Brings in the single session the first version kept (if readable and not blank).
    pub fn migrate_legacy<J: JsonText>(
        &mut self,
        json: &J,
        legacy: Option<&str>,
        now: &str,
    ) -> bool {
        let session = legacy.and_then(|t| {
            let doc = json.parse(t).ok()?;
            SESSION.check(json, &doc).ok()?;
            json.typed::<Session>(doc).ok()
        });
        let Some(session) = session else {
            return false;
        };
        if session == Session::default() {
            return false;
        }
        let id = self.new_id();
        self.save(&id, Rc::new(session), now);
        true
    }

    /// A saved plan by id.
    pub fn find(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// A fresh id (`p1`, `p2`, …, followed by this page's id) neither used nor deleted yet.
    pub fn new_id(&self) -> String {
        (1..)
            .map(|n| format!("p{n}{}", self.tab))
            .find(|id| self.find(id).is_none() && !self.removed.contains(id))
            .unwrap_or_default()
    }

    /// Saves `session` under `id` (creating the slot if needed) and makes it current. The same
    /// session (the same `Rc`) is known unchanged without comparing it.
    pub fn save(&mut self, id: &str, session: Rc<Session>, now: &str) {
        match self.plans.iter().position(|p| p.id == id) {
            Some(i) => {
                // Rc's `==` compares the pointers first (a `Session` is `Eq`): the same session
                // is known unchanged at once.
                if self.plans[i].session != session {
                    let before = std::mem::replace(&mut self.plans[i].session, session);
                    self.plans[i].updated = now.into();
                    self.stamp(i, &before.progress.ticks);
                }
            }
            None => {
                self.plans.push(SavedPlan {
                    id: id.into(),
                    name: default_name(&session),
                    updated: now.into(),
                    session,
                    rev: 0,
                    by: String::new(),
                    ticked_at: BTreeMap::new(),
                });
                self.stamp(self.plans.len() - 1, &BTreeMap::new());
            }
        }
        self.current = Some(id.into());
    }

    /// Marks the plan at `i` as changed now, by this page, and each step ticked or unticked
    /// since `ticks`.
    fn stamp(&mut self, i: usize, ticks: &BTreeMap<String, String>) {
        self.clock += 1;
        let plan = &mut self.plans[i];
        plan.rev = self.clock;
        plan.by.clone_from(&self.tab);
        let now = &plan.session.progress.ticks;
        let changed = ticks.keys().filter(|step| !now.contains_key(*step));
        for step in changed.chain(now.keys().filter(|step| !ticks.contains_key(*step))) {
            plan.ticked_at.insert(step.clone(), self.clock.to_string());
        }
    }

    /// Renames a saved plan (blank names are refused).
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        let name: String = name.trim().chars().take(120).collect();
        match self.plans.iter().position(|p| p.id == id) {
            Some(i) if !name.is_empty() => {
                if self.plans[i].name != name {
                    self.plans[i].name = name;
                    let ticks = self.plans[i].session.progress.ticks.clone();
                    self.stamp(i, &ticks);
                }
                true
            }
            _ => false,
        }
    }

    /// Deletes a saved plan (for every tab); the open plan is then none.
    pub fn delete(&mut self, id: &str) {
        if self.find(id).is_some() {
            self.clock += 1;
            self.removed.push(id.into());
        }
        self.plans.retain(|p| p.id != id);
        if self.current.as_deref() == Some(id) {
            self.current = None;
        }
    }

    /// Brings in the saved plans as another page wrote them (another tab). A plan deleted in
    /// either is deleted; a plan only one has is kept (none is ever dropped); of two versions of
    /// one plan, the later is kept, the same one in every tab, each step ticked as the later
    /// change left it (a tick made in either survives unless unticked after). Their order and
    /// open plan are taken, this page's own plans after theirs: a tab with nothing new then
    /// holds exactly what the other wrote, so two tabs never write back and forth.
    pub fn merge(&mut self, theirs: Store) {
        self.clock = self.clock.max(theirs.clock);
        let ours_removed = std::mem::replace(&mut self.removed, theirs.removed);
        for id in ours_removed {
            if !self.removed.contains(&id) {
                self.removed.push(id);
            }
        }
        let mut ours = std::mem::take(&mut self.plans);
        for plan in theirs.plans {
            match ours.iter().position(|p| p.id == plan.id) {
                Some(i) => self.plans.push(later_of(ours.remove(i), plan)),
                None => self.plans.push(plan),
            }
        }
        self.plans.append(&mut ours);
        let removed = &self.removed;
        self.plans.retain(|p| !removed.contains(&p.id));
        self.current = theirs.current.filter(|c| self.find(c).is_some());
    }

    /// Saved plans for the same pool FQDN as `session` (a link or file may be an update of one).
    pub fn same_pool(&self, session: &Session) -> Option<&SavedPlan> {
        let pool = session.plan.pool_fqdn.trim();
        (!pool.is_empty()).then(|| {
            self.plans
                .iter()
                .find(|p| p.session.plan.pool_fqdn.trim().eq_ignore_ascii_case(pool))
        })?
    }
}

/// Of two versions of one saved plan, the one with the later stamp (the same in every tab),
/// each step ticked or not as the later of the two left it: a tick made in either survives
/// unless it was unticked after. A step ticked in both keeps the later time of day.
fn later_of(ours: SavedPlan, theirs: SavedPlan) -> SavedPlan {
    let (mut kept, other) = if (theirs.rev, &theirs.by) >= (ours.rev, &ours.by) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let when = |plan: &SavedPlan, step: &str| {
        plan.ticked_at
            .get(step)
            .and_then(|at| at.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let steps: Vec<String> = other
        .ticked_at
        .keys()
        .chain(other.session.progress.ticks.keys())
        .cloned()
        .collect();
    for step in steps {
        let (mine, theirs) = (when(&kept, &step), when(&other, &step));
        let now = kept.session.progress.ticks.get(&step);
        // Only a step that changes copies the session (it may be shared).
        match other.session.progress.ticks.get(&step) {
            Some(at)
                if now != Some(at) && (theirs > mine || (theirs == mine && now < Some(at))) =>
            {
                let ticks = &mut Rc::make_mut(&mut kept.session).progress.ticks;
                ticks.insert(step.clone(), at.clone());
            }
            None if theirs > mine && now.is_some() => {
                Rc::make_mut(&mut kept.session).progress.ticks.remove(&step);
            }
            _ => {}
        }
        kept.ticked_at.insert(step, mine.max(theirs).to_string());
    }
    kept
}

/// The name a new saved plan gets: its pool FQDN, or "Untitled plan".
pub fn default_name(session: &Session) -> String {
    let pool = session.plan.pool_fqdn.trim();
    if pool.is_empty() {
        "Untitled plan".into()
    } else {
        pool.chars().take(120).collect()
    }
}
