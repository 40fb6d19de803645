//! The workspace: the saved plans, which one is open, and the session being edited, with every
//! user-level operation (open, new, rename, delete, import, keep a plan that came by link) as a
//! pure transition. Autosave is part of the model: an open saved plan's session is the store's
//! own (kept once, edited in place), so the UI only has to persist `store` whenever it changes.
//! The store and its sessions are shared (`Rc`): copying the workspace (the page does, once per
//! action) copies neither, and a change copies the list of plans once and only the session it
//! edits (`Rc::make_mut`). Times are given by the caller (no clock here).

use std::rc::Rc;

use crate::plan::description::example::example_plan;
use crate::plan::formats::codec::{DecodeError, decode_link, is_link};
use crate::plan::formats::json_text::JsonText;
use crate::plan::formats::store::{EXAMPLE_ID, STORE_VERSION, Store, StoreProblem};
use crate::plan::planning::progress::{Session, SessionAction, apply_session};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// The URL fragment that opens the built-in example.
pub const EXAMPLE_FRAGMENT: &str = "#example";

/// Where the open session lives: in the store (a saved plan), or here when no saved plan holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A saved plan (edits are saved into it): its session is the store's, kept nowhere else.
    Saved(String),
    /// Not saved: a blank start, or a plan another tab deleted; saved as soon as it is edited
    /// into something other than a blank plan.
    Unsaved(Rc<Session>),
    /// A plan that came by link: shown, not saved until the user keeps it.
    FromLink(Rc<Session>),
}

impl Slot {
    /// A blank plan, not saved.
    pub fn blank() -> Slot {
        Slot::Unsaved(Rc::default())
    }
}

/// Something the user should be told at start or after an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The stored plans were damaged (the readable ones are kept).
    Store(StoreProblem),
    /// A link could not be opened; the saved plans are unchanged.
    BadLink(DecodeError),
    /// A plan came by link; keep it? (`same_pool` names a saved plan of the same pool.)
    LinkOpened {
        /// Name of a saved plan for the same pool, which "replace" would overwrite.
        same_pool: Option<(String, String)>,
    },
    /// The plan of the first version was brought into the saved plans.
    Migrated,
    /// A plan file was imported as a new saved plan with this name.
    Imported(String),
}

impl Notice {
    /// The message shown to the user.
    pub fn message(&self) -> Message {
        match self {
            Notice::Store(p) => p.message(),
            Notice::BadLink(e) => Message::new(key::NOTICE_BAD_LINK).nested("problem", e.message()),
            Notice::LinkOpened { same_pool: None } => Message::new(key::NOTICE_LINK_OPENED),
            Notice::LinkOpened {
                same_pool: Some((_, name)),
            } => Message::new(key::NOTICE_LINK_OPENED_SAME_POOL).with("name", name),
            Notice::Migrated => Message::new(key::NOTICE_MIGRATED),
            Notice::Imported(name) => Message::new(key::NOTICE_IMPORTED).with("name", name),
        }
    }
}

/// The whole workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    /// Saved plans (what the UI persists), shared: copying the workspace copies no plan, and a
    /// change copies the store once ([`Workspace::store_mut`]).
    pub store: Rc<Store>,
    /// Which session is open, and where it lives.
    pub slot: Slot,
}

/// A user operation on the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceAction {
    /// Edit the open session (plan edits, ticks).
    Session(SessionAction),
    /// Open a saved plan.
    Open(String),
    /// Start a new blank plan.
    New,
    /// Open the built-in example (its own saved slot).
    OpenExample,
    /// Rename a saved plan.
    Rename(String, String),
    /// Delete a saved plan (the UI asks first).
    Delete(String),
    /// Add an imported session as a new saved plan and open it.
    Import(Box<Session>),
    /// Keep the plan that came by link: as a new saved plan, or replacing the given one.
    KeepLink(Option<String>),
    /// Forget the plan that came by link and go back to the last open saved plan.
    DiscardLink,
    /// The saved plans as another tab wrote them: merged in ([`Store::merge`]); the open plan
    /// shows the merged version, and stays open unsaved if the other tab deleted it.
    Merge(Box<Store>),
}

impl Workspace {
    /// The workspace at start: stored plans (salvaged; the durable copy's when it is the newer,
    /// see [`Store::newest`]), the first version's plan migrated, and the URL fragment
    /// (`#example` or a plan link) applied. Returns what to tell the user.
    pub fn start(
        json: &impl JsonText,
        stored: Option<&str>,
        durable: Option<&str>,
        legacy: Option<&str>,
        fragment: Option<&str>,
        now: &str,
    ) -> (Workspace, Vec<Notice>) {
        let (mut store, problem) = Store::newest(json, stored, durable);
        let mut notices: Vec<Notice> = problem.map(Notice::Store).into_iter().collect();
        if stored.is_none() && store.migrate_legacy(json, legacy, now) {
            notices.push(Notice::Migrated);
        }
        store.format_version = STORE_VERSION;
        let mut ws = Workspace {
            slot: Slot::blank(),
            store: Rc::new(store),
        };
        if let Some(id) = ws.store.current.clone() {
            ws = ws.apply(WorkspaceAction::Open(id), now);
        }
        match fragment {
            Some(EXAMPLE_FRAGMENT) => ws = ws.apply(WorkspaceAction::OpenExample, now),
            Some(f) if is_link(f) => match decode_link(json, f) {
                Ok(plan) => {
                    let session = Session {
                        plan,
                        ..Session::default()
                    };
                    let same_pool = ws
                        .store
                        .same_pool(&session)
                        .map(|p| (p.id.clone(), p.name.clone()));
                    ws.slot = Slot::FromLink(Rc::new(session));
                    notices.push(Notice::LinkOpened { same_pool });
                }
                Err(e) => notices.push(Notice::BadLink(e)),
            },
            _ => {}
        }
        (ws, notices)
    }

    /// The saved plans, to change: copied first if shared (with the last state of the page).
    pub fn store_mut(&mut self) -> &mut Store {
        Rc::make_mut(&mut self.store)
    }

    /// The open session: the saved plan's, or the one not saved yet (a blank one if the open
    /// saved plan is not in the store).
    pub fn session(&self) -> Rc<Session> {
        match &self.slot {
            Slot::Saved(id) => self
                .store
                .find(id)
                .map(|p| p.session.clone())
                .unwrap_or_default(),
            Slot::Unsaved(session) | Slot::FromLink(session) => session.clone(),
        }
    }

    /// Applies `action` at time `now`.
    pub fn apply(mut self, action: WorkspaceAction, now: &str) -> Workspace {
        match action {
            WorkspaceAction::Session(a) => {
                // The session is shared (the store, the last state): this copies it once.
                let mut session = self.session();
                let edited = Rc::make_mut(&mut session);
                *edited = apply_session(std::mem::take(edited), a);
                match &mut self.slot {
                    Slot::Saved(id) => {
                        let id = id.clone();
                        self.store_mut().save(&id, session, now);
                    }
                    Slot::Unsaved(_) if *session != Session::default() => {
                        let id = self.store.new_id();
                        self.store_mut().save(&id, session, now);
                        self.slot = Slot::Saved(id);
                    }
                    Slot::Unsaved(open) | Slot::FromLink(open) => *open = session,
                }
            }
            WorkspaceAction::Open(id) => {
                if self.store.find(&id).is_some() {
                    self.slot = Slot::Saved(id.clone());
                    self.store_mut().current = Some(id);
                }
            }
            WorkspaceAction::New => {
                self.slot = Slot::blank();
                self.store_mut().current = None;
            }
            WorkspaceAction::OpenExample => {
                if self.store.find(EXAMPLE_ID).is_none() {
                    let session = Session {
                        plan: example_plan(),
                        ..Session::default()
                    };
                    self.store_mut().save(EXAMPLE_ID, Rc::new(session), now);
                    let _ = self
                        .store_mut()
                        .rename(EXAMPLE_ID, "Example: pool01.example.com");
                }
                return self.apply(WorkspaceAction::Open(EXAMPLE_ID.into()), now);
            }
            WorkspaceAction::Rename(id, name) => {
                let _ = self.store_mut().rename(&id, &name);
            }
            WorkspaceAction::Delete(id) => {
                self.store_mut().delete(&id);
                if self.slot == Slot::Saved(id) {
                    self.slot = Slot::blank();
                }
            }
            WorkspaceAction::Import(session) => {
                let id = self.store.new_id();
                self.store_mut().save(&id, Rc::from(session), now);
                self.slot = Slot::Saved(id);
            }
            WorkspaceAction::KeepLink(replace) => {
                if let Slot::FromLink(session) = &self.slot {
                    let session = session.clone();
                    let id = replace
                        .filter(|r| self.store.find(r).is_some())
                        .unwrap_or_else(|| self.store.new_id());
                    self.store_mut().save(&id, session, now);
                    self.slot = Slot::Saved(id);
                }
            }
            WorkspaceAction::Merge(theirs) => {
                // The merged store holds the open plan's merged version; if the other tab
                // deleted it, the version on screen stays open, unsaved.
                let shown = self.session();
                self.store_mut().merge(*theirs);
                if let Slot::Saved(id) = &self.slot
                    && self.store.find(id).is_none()
                {
                    self.slot = Slot::Unsaved(shown);
                }
            }
            WorkspaceAction::DiscardLink => {
                if matches!(self.slot, Slot::FromLink(_)) {
                    self.slot = Slot::blank();
                    if let Some(id) = self.store.current.clone() {
                        return self.apply(WorkspaceAction::Open(id), now);
                    }
                }
            }
        }
        self
    }

    /// The name of the open plan, if it is saved.
    pub fn open_name(&self) -> Option<&str> {
        match &self.slot {
            Slot::Saved(id) => self.store.find(id).map(|p| p.name.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::description::edit::{Action, TextField};
    use crate::plan::formats::codec::encode_link;
    use crate::plan::formats::json_text::SerdeJson;

    fn edit(field: TextField, text: &str) -> WorkspaceAction {
        WorkspaceAction::Session(SessionAction::Edit(Action::SetText(field, text.into())))
    }

    #[test]
    fn a_blank_start_is_saved_at_the_first_edit_and_reopened_next_time() {
        let (ws, notices) = Workspace::start(&SerdeJson, None, None, None, None, "t0");
        assert!(notices.is_empty());
        assert_eq!(ws.slot, Slot::blank());
        let ws = ws.apply(edit(TextField::PoolFqdn, "pool9.contoso.com"), "t1");
        assert_eq!(ws.slot, Slot::Saved("p1".into()));
        let (again, _) = Workspace::start(
            &SerdeJson,
            Some(&ws.store.encode(&SerdeJson)),
            None,
            None,
            None,
            "t2",
        );
        assert_eq!(again.session().plan.pool_fqdn, "pool9.contoso.com");
    }

    #[test]
    fn a_link_is_shown_unsaved_and_kept_only_on_request() {
        let (saved, _) =
            Workspace::start(&SerdeJson, None, None, None, Some(EXAMPLE_FRAGMENT), "t0");
        let link = encode_link(&SerdeJson, &example_plan()).expect("fits");
        let (ws, notices) = Workspace::start(
            &SerdeJson,
            Some(&saved.store.encode(&SerdeJson)),
            None,
            None,
            Some(&link),
            "t1",
        );
        assert!(matches!(ws.slot, Slot::FromLink(_)));
        assert_eq!(
            notices,
            vec![Notice::LinkOpened {
                same_pool: Some((EXAMPLE_ID.into(), "Example: pool01.example.com".into()))
            }]
        );
        // Editing does not save it…
        let ws = ws.apply(edit(TextField::Site, "Lyon"), "t2");
        assert_eq!(ws.store, saved.store);
        // …keeping it adds a new saved plan, the existing one untouched.
        let kept = ws.apply(WorkspaceAction::KeepLink(None), "t3");
        assert_eq!(kept.store.plans.len(), 2);
        assert_eq!(kept.store.find(EXAMPLE_ID), saved.store.find(EXAMPLE_ID));
    }

    #[test]
    fn a_damaged_link_leaves_everything_as_it_was() {
        let (saved, _) =
            Workspace::start(&SerdeJson, None, None, None, Some(EXAMPLE_FRAGMENT), "t0");
        let (ws, notices) = Workspace::start(
            &SerdeJson,
            Some(&saved.store.encode(&SerdeJson)),
            None,
            None,
            Some("#plan=v1.garbage!"),
            "t1",
        );
        assert_eq!(notices, vec![Notice::BadLink(DecodeError::Damaged)]);
        assert_eq!(ws.session(), saved.session());
        assert_eq!(ws.slot, Slot::Saved(EXAMPLE_ID.into()));
    }

    #[test]
    fn import_never_overwrites_and_delete_closes() {
        let (ws, _) = Workspace::start(&SerdeJson, None, None, None, Some(EXAMPLE_FRAGMENT), "t0");
        let session = Box::new((*ws.session()).clone());
        let ws = ws.apply(WorkspaceAction::Import(session), "t1");
        assert_eq!(ws.store.plans.len(), 2);
        let id = match &ws.slot {
            Slot::Saved(id) => id.clone(),
            other => panic!("{other:?}"),
        };
        let ws = ws.apply(WorkspaceAction::Delete(id), "t2");
        assert_eq!(ws.slot, Slot::blank());
        assert_eq!(ws.store.plans.len(), 1);
    }
}
