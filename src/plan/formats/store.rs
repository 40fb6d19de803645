//! The saved plans kept in the browser (format 1, one storage key): a list of named sessions
//! and which one is open. Reading is salvage-first: every plan that can be read is kept, what
//! cannot is reported, and the raw text is never thrown away by this module (the UI keeps a
//! copy before writing). Older stored formats are migrated. Pure: the UI does the storage I/O.

use crate::plan::formats::codec::DecodeError;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::plan::formats::json_text::JsonText;
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
    /// Plan and progress.
    pub session: Session,
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
}

/// The stored plans' version and open plan, read before the plans (each on its own).
#[derive(Deserialize)]
struct StoreHead {
    #[serde(default)]
    format_version: Option<u64>,
    #[serde(default)]
    current: Option<String>,
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
        let mut dropped = 0;
        for item in plans {
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
        let Some(session) = legacy.and_then(|t| json.typed::<Session>(json.parse(t).ok()?).ok())
        else {
            return false;
        };
        if session == Session::default() {
            return false;
        }
        let id = self.new_id();
        self.plans.push(SavedPlan {
            name: default_name(&session),
            id: id.clone(),
            updated: now.into(),
            session,
        });
        self.current.get_or_insert(id);
        true
    }

    /// A saved plan by id.
    pub fn find(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// A fresh id (`p1`, `p2`, …) not used yet.
    pub fn new_id(&self) -> String {
        (1..)
            .map(|n| format!("p{n}"))
            .find(|id| self.find(id).is_none())
            .unwrap_or_default()
    }

    /// Saves `session` under `id` (creating the slot if needed) and makes it current.
    pub fn save(&mut self, id: &str, session: &Session, now: &str) {
        match self.plans.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                if p.session != *session {
                    p.session = session.clone();
                    p.updated = now.into();
                }
            }
            None => self.plans.push(SavedPlan {
                id: id.into(),
                name: default_name(session),
                updated: now.into(),
                session: session.clone(),
            }),
        }
        self.current = Some(id.into());
    }

    /// Renames a saved plan (blank names are refused).
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        let name = name.trim();
        match self.plans.iter_mut().find(|p| p.id == id) {
            Some(p) if !name.is_empty() => {
                p.name = name.chars().take(120).collect();
                true
            }
            _ => false,
        }
    }

    /// Deletes a saved plan; the open plan is then none.
    pub fn delete(&mut self, id: &str) {
        self.plans.retain(|p| p.id != id);
        if self.current.as_deref() == Some(id) {
            self.current = None;
        }
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

/// The name a new saved plan gets: its pool FQDN, or "Untitled plan".
pub fn default_name(session: &Session) -> String {
    let pool = session.plan.pool_fqdn.trim();
    if pool.is_empty() {
        "Untitled plan".into()
    } else {
        pool.chars().take(120).collect()
    }
}
