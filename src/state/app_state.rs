//! Everything the page shows, in one value changed by one action type through one pure
//! reducer: the workspace (saved plans and the open session), the language and the bilingual
//! binder, the notices, what the browser said about storage and the French text, the time the
//! binder is printed at, whether the whole checklist is rendered yet, and the topology being
//! imported (what it holds, what is ticked). The UI only renders this state and dispatches
//! actions; the browser's side effects live in the UI's effects module. Times come in with the
//! actions (no clock here). Total: any action on any state.

use std::rc::Rc;

use super::workspace::{Notice, Workspace, WorkspaceAction};
use crate::plan::formats::store::default_name;
use crate::plan::import::TopologyView;
use crate::plan::texts::lang::Lang;
use crate::plan::texts::table::Texts;

/// The topology import: the file's reading, what it holds, and what is ticked as failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TopologyState {
    /// A file is being read.
    pub reading: bool,
    /// What the last file held, or why it could not be read (shared: it can be large).
    pub view: Option<Rc<Result<TopologyView, String>>>,
    /// Pools ticked as failed whole (their index).
    pub pools: Vec<usize>,
    /// Servers ticked as failed (pool index, FQDN).
    pub servers: Vec<(usize, String)>,
    /// Pools whose server list is shown (a large topology shows them on request).
    pub opened: Vec<usize>,
    /// "Plan" was asked with nothing ticked.
    pub nothing: bool,
}

/// A change of the topology import.
#[derive(Clone, Debug, PartialEq)]
pub enum TopologyAction {
    /// A file is being read.
    Reading,
    /// No file was chosen after all.
    Cancelled,
    /// The file was read: its topology, or the message saying why not.
    Read(Result<TopologyView, String>),
    /// Tick or untick a whole pool.
    Pool(usize, bool),
    /// Tick or untick one server of a pool.
    Server(usize, String, bool),
    /// Show a pool's server list.
    Open(usize),
    /// Plan the ticked pools and servers, at a time: a new site plan in the workspace.
    Plan(String),
}

/// Keeps `item` in `list` exactly when `on`.
fn pick<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
}

/// The app's state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Saved plans and the open session.
    pub ws: Workspace,
    /// The page's language.
    pub lang: Lang,
    /// The texts of the languages whose steps were fetched (English is built in).
    pub packs: Vec<Texts>,
    /// The checklist is printed in two languages: the page's and its companion's.
    pub bilingual: bool,
    /// The last language other than English the page was shown in (at first, the first other
    /// language): printed beside an English page.
    pub last_other: Lang,
    /// Messages about what happened at start or on import, until dismissed.
    pub notices: Vec<Notice>,
    /// The browser lets the app keep plans (checked once at start).
    pub storage_ok: bool,
    /// The last autosave failed (storage full or refused).
    pub save_failed: bool,
    /// The store's clock as last written to disk: every change up to it is saved.
    pub saved_clock: u64,
    /// A language shown whose texts could not be had: the page shows in English.
    pub text_missing: Option<Lang>,
    /// The English of the rarely used steps could not be had: a binder that needs it is not
    /// shown (never printed with steps missing).
    pub on_demand_failed: bool,
    /// When the binder is printed (the cover and running footer show it).
    pub printed_at: String,
    /// The whole checklist is rendered (the first frame shows only its top).
    pub whole: bool,
    /// The topology import.
    pub topology: TopologyState,
}

/// Every change of the app's state.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// A change of the workspace, at a time.
    Workspace(WorkspaceAction, String),
    /// Show the page in a language, with its texts when its steps were just fetched.
    Language(Lang, Option<Texts>),
    /// Print both languages or not, with texts fetched for it as for [`AppAction::Language`].
    Bilingual(bool, Option<Texts>),
    /// Dismiss the notice at an index.
    Dismiss(usize),
    /// An autosave of the store at a clock ended: `true` when it was written.
    Saved(u64, bool),
    /// A print starts now: the binder carries this time and the whole checklist.
    Printing(String),
    /// The first frame is painted: render the rest of the checklist.
    Whole,
    /// A change of the topology import.
    Topology(TopologyAction),
    /// The English of the rarely used steps, fetched when a binder first needed it (`None`:
    /// it could not be had).
    OnDemand(Option<Texts>),
}

impl AppState {
    /// The state at start: `ws` and its notices as read from storage and the link.
    pub fn new(
        ws: Workspace,
        notices: Vec<Notice>,
        lang: Lang,
        storage_ok: bool,
        now: &str,
    ) -> AppState {
        AppState {
            ws,
            lang,
            packs: Vec::new(),
            bilingual: false,
            last_other: Lang::ALL.get(1).copied().unwrap_or_default(),
            notices,
            storage_ok,
            save_failed: false,
            saved_clock: 0,
            text_missing: None,
            on_demand_failed: false,
            printed_at: now.to_string(),
            whole: false,
            topology: TopologyState::default(),
        }
    }

    /// True when `action` certainly leaves the state as it is, known without applying it (an
    /// autosave that changed nothing, a repeated render request): the page then skips the
    /// clone and the render. Workspace actions are never known unchanged in advance.
    pub fn unchanged_by(&self, action: &AppAction) -> bool {
        match action {
            AppAction::Workspace(..) | AppAction::Printing(_) | AppAction::Topology(_) => false,
            AppAction::Language(lang, fetched) => *lang == self.lang && fetched.is_none(),
            AppAction::Bilingual(on, fetched) => *on == self.bilingual && fetched.is_none(),
            AppAction::Dismiss(i) => *i >= self.notices.len(),
            AppAction::Saved(clock, ok) => {
                self.save_failed != *ok && (!ok || self.saved_clock >= *clock)
            }
            AppAction::Whole => self.whole,
            AppAction::OnDemand(_) => false,
        }
    }

    /// Applies `action`. An action that changes nothing returns an equal state, so the page
    /// does not render again.
    pub fn apply(mut self, action: AppAction) -> AppState {
        match action {
            AppAction::Workspace(action, now) => {
                match &action {
                    // A plan file imported: one notice names it (the newest replaces the last).
                    WorkspaceAction::Import(session) => {
                        self.notices.retain(|n| !matches!(n, Notice::Imported(_)));
                        self.notices.push(Notice::Imported(default_name(session)));
                    }
                    // The question a link asked is answered.
                    WorkspaceAction::KeepLink(_) | WorkspaceAction::DiscardLink => {
                        self.notices
                            .retain(|n| !matches!(n, Notice::LinkOpened { .. }));
                    }
                    _ => {}
                }
                self.ws = self.ws.apply(action, &now);
            }
            AppAction::Language(lang, fetched) => {
                self.lang = lang;
                if lang != Lang::En {
                    self.last_other = lang;
                }
                self.keep(fetched);
            }
            AppAction::Bilingual(on, fetched) => {
                self.bilingual = on;
                self.keep(fetched);
            }
            AppAction::Dismiss(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            AppAction::Saved(clock, ok) => {
                self.save_failed = !ok;
                if ok {
                    self.saved_clock = self.saved_clock.max(clock);
                }
            }
            AppAction::Printing(now) => {
                self.printed_at = now;
                self.whole = true;
            }
            AppAction::Whole => self.whole = true,
            AppAction::OnDemand(fetched) => {
                self.on_demand_failed = fetched.is_none();
                self.keep(fetched);
            }
            AppAction::Topology(action) => return self.topology_action(action),
        }
        self
    }

    /// Keeps texts just fetched, then says whether a language shown lacks its texts.
    fn keep(&mut self, fetched: Option<Texts>) {
        if let Some(texts) = fetched
            && !self.packs.iter().any(|t| t.lang() == texts.lang())
        {
            self.packs.push(texts);
        }
        self.text_missing = self.shown().into_iter().find(|l| !self.has_texts(*l));
    }

    /// The language printed beside the page's in a bilingual binder: English beside any other,
    /// and beside English the last other language the page was shown in.
    pub fn companion(&self) -> Lang {
        if self.lang == Lang::En {
            self.last_other
        } else {
            Lang::En
        }
    }

    /// The languages the page and the binder show.
    pub fn shown(&self) -> Vec<Lang> {
        let mut shown = vec![self.lang];
        if self.bilingual {
            shown.push(self.companion());
        }
        shown
    }

    /// True when the texts of `lang` are here (English is built in).
    pub fn has_texts(&self, lang: Lang) -> bool {
        lang == Lang::En || self.packs.iter().any(|t| t.lang() == lang)
    }

    /// The texts of `lang` once fetched, else English (the page then says the language's text
    /// is missing).
    pub fn texts_of(&self, lang: Lang) -> Texts {
        self.packs
            .iter()
            .find(|t| t.lang() == lang)
            .copied()
            .unwrap_or_else(Texts::english)
    }

    /// The page's texts.
    pub fn texts(&self) -> Texts {
        self.texts_of(self.lang)
    }

    fn topology_action(mut self, action: TopologyAction) -> AppState {
        let t = &mut self.topology;
        match action {
            TopologyAction::Reading => t.reading = true,
            TopologyAction::Cancelled => t.reading = false,
            TopologyAction::Read(result) => {
                // A new file: nothing of the last one stays ticked.
                self.topology = TopologyState {
                    view: Some(Rc::new(result)),
                    ..TopologyState::default()
                };
            }
            TopologyAction::Pool(i, on) => pick(&mut t.pools, i, on),
            TopologyAction::Server(i, server, on) => pick(&mut t.servers, (i, server), on),
            TopologyAction::Open(i) => {
                if !t.opened.contains(&i) {
                    t.opened.push(i);
                }
            }
            TopologyAction::Plan(now) => {
                let session = match t.view.as_deref() {
                    Some(Ok(view)) => view.session_for(&t.pools, &t.servers),
                    _ => None,
                };
                t.nothing = session.is_none();
                if let Some(session) = session {
                    return self.apply(AppAction::Workspace(
                        WorkspaceAction::Import(Box::new(session)),
                        now,
                    ));
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::formats::json_text::SerdeJson;
    use crate::plan::planning::progress::{Session, SessionAction};
    use crate::plan::{Action, Lang, Plan, TextField};
    use crate::state::workspace::Slot;

    fn state() -> AppState {
        let (ws, notices) = Workspace::start(&SerdeJson, None, None, None, None, "t0");
        AppState::new(ws, notices, Lang::En, true, "t0")
    }

    #[test]
    fn edits_reach_the_workspace_and_nothing_else() {
        let s = state().apply(AppAction::Workspace(
            WorkspaceAction::Session(SessionAction::Edit(Action::SetText(
                TextField::PoolFqdn,
                "pool01.contoso.com".into(),
            ))),
            "t1".into(),
        ));
        assert_eq!(s.ws.session().plan.pool_fqdn, "pool01.contoso.com");
        assert_eq!(s.printed_at, "t0");
        assert!(s.notices.is_empty());
    }

    #[test]
    fn an_import_says_so_once_and_answering_a_link_clears_its_question() {
        let session = Session {
            plan: Plan {
                pool_fqdn: "pool02.contoso.com".into(),
                ..Plan::default()
            },
            ..Session::default()
        };
        let import = |s: AppState| {
            s.apply(AppAction::Workspace(
                WorkspaceAction::Import(Box::new(session.clone())),
                "t1".into(),
            ))
        };
        let s = import(import(state()));
        assert_eq!(s.notices.len(), 1);
        assert!(matches!(&s.notices[0], Notice::Imported(name) if name.contains("pool02")));
        let mut s = s;
        s.notices.push(Notice::LinkOpened { same_pool: None });
        s.ws.slot = Slot::FromLink(Rc::default());
        let s = s.apply(AppAction::Workspace(
            WorkspaceAction::DiscardLink,
            "t2".into(),
        ));
        assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
    }

    #[test]
    fn a_topology_is_read_ticked_and_planned() {
        let view = crate::plan::import::import_topology(include_bytes!(
            "../../tests/fixtures/topology/builder-sfb2015.tbxml"
        ))
        .map(|t| TopologyView::from(&t))
        .map_err(|e| crate::plan::Texts::english().render(&e.message()));
        let topo = |s: AppState, a| s.apply(AppAction::Topology(a));
        let s = topo(state(), TopologyAction::Reading);
        assert!(s.topology.reading);
        let s = topo(s, TopologyAction::Read(view));
        assert!(!s.topology.reading && matches!(s.topology.view.as_deref(), Some(Ok(_))));
        let s = topo(s, TopologyAction::Plan("t1".into()));
        assert!(s.topology.nothing, "nothing ticked: nothing planned");
        let s = topo(
            topo(s, TopologyAction::Pool(0, true)),
            TopologyAction::Pool(0, true),
        );
        assert_eq!(s.topology.pools, [0]);
        let s = topo(s, TopologyAction::Plan("t2".into()));
        assert!(!s.topology.nothing);
        assert!(matches!(s.notices.last(), Some(Notice::Imported(_))));
        assert!(
            !s.ws.session().plan.pool_fqdn.is_empty(),
            "the site plan is open"
        );
        let s = topo(s, TopologyAction::Pool(0, false));
        assert!(s.topology.pools.is_empty());
        let s = topo(s, TopologyAction::Read(Err("bad".into())));
        assert_eq!(s.topology.view.as_deref(), Some(&Err("bad".to_string())));
    }

    #[test]
    fn the_rarely_used_steps_english_is_kept_once_fetched_or_said_missing() {
        let full = Texts::built_in(Lang::En);
        let s = state().apply(AppAction::OnDemand(None));
        assert!(s.on_demand_failed);
        assert!(!s.unchanged_by(&AppAction::OnDemand(None)));
        let s = s.apply(AppAction::OnDemand(Some(full)));
        assert!(!s.on_demand_failed);
        assert_eq!(s.texts_of(Lang::En), full);
    }

    #[test]
    fn language_printing_saving_and_dismissing() {
        let french = Texts::built_in(Lang::Fr);
        let s = state()
            .apply(AppAction::Language(Lang::Fr, None))
            .apply(AppAction::Saved(1, false));
        assert_eq!(s.lang, Lang::Fr);
        assert!(s.text_missing == Some(Lang::Fr) && s.save_failed);
        assert_eq!(s.texts(), Texts::english(), "the page stays in English");
        let s = s
            .apply(AppAction::Bilingual(true, Some(french)))
            .apply(AppAction::Saved(1, true))
            .apply(AppAction::Printing("t9".into()));
        assert!(s.bilingual && s.text_missing.is_none() && !s.save_failed && s.whole);
        assert_eq!(
            (s.texts(), s.texts_of(Lang::En)),
            (french, Texts::english())
        );
        assert_eq!(s.printed_at, "t9");
        // Out of range changes nothing; an unchanged state compares equal (no new render), and
        // what is known unchanged in advance is exactly that.
        for action in [
            AppAction::Dismiss(3),
            AppAction::Whole,
            AppAction::Saved(1, true),
            AppAction::Bilingual(true, None),
            AppAction::Language(Lang::Fr, None),
        ] {
            assert!(s.unchanged_by(&action), "{action:?}");
            assert_eq!(s.clone().apply(action), s);
        }
        for action in [
            AppAction::Saved(1, false),
            AppAction::Bilingual(false, None),
            AppAction::Language(Lang::En, None),
        ] {
            assert!(!s.unchanged_by(&action), "{action:?}");
            assert_ne!(s.clone().apply(action), s);
        }
        // French once had stays: back to French needs no fetch.
        let back = s
            .apply(AppAction::Language(Lang::En, None))
            .apply(AppAction::Language(Lang::Fr, None));
        assert!(back.text_missing.is_none() && back.texts() == french);
        // English is printed beside French; beside English, the language the page was last in.
        assert_eq!(back.companion(), Lang::En);
        let english = back.apply(AppAction::Language(Lang::En, None));
        assert_eq!(
            (english.companion(), english.last_other),
            (Lang::Fr, Lang::Fr)
        );
        assert_eq!(
            state().companion(),
            Lang::ALL[1],
            "before any other language"
        );
    }
}
