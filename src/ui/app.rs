//! The application's layout. All state is one [`AppState`] (`crate::state`), changed only
//! through its reducer; side effects are in [`super::effects`]. This file derives what the views
//! need (the checklist, the messages next to fields, the fingerprint) and places the components.

use crate::ui::browser_json::PageJson;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::components::checklist_view::ChecklistView;
use super::components::header::Header;
use super::components::notices::Notices;
use super::components::pool_form::{Errors, PoolForm};
use super::components::saved_plans::SavedPlans;
use super::components::share_panel::SharePanel;
use super::components::site_pools::SitePools;
use super::components::topology_panel::TopologyPanel;
use super::effects::{self, initial_lang, use_effects};
use super::strings::strings;
use crate::plan::{
    Action, BuiltPools, Lang, Plan, SessionAction, Texts, build_session_checklist_reusing,
    fingerprint, validate,
};
use crate::state::workspace::{Slot, WorkspaceAction};
use crate::state::{AppAction, AppState};
use crate::ui::strings::say;

/// The reducer's state: the page state's, unchanged actions leaving it as it is (no render).
#[derive(Clone, Debug, PartialEq)]
struct Model(AppState);

impl Reducible for Model {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        if self.0.unchanged_by(&action) {
            return self;
        }
        let next = self.0.clone().apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Model(next))
        }
    }
}

/// A callback that runs the effect `f` with the value and the app's dispatcher.
fn with_dispatch<T: 'static>(
    dispatch: &Callback<AppAction>,
    f: fn(T, Callback<AppAction>),
) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value| f(value, dispatch.clone()))
}

/// Props of [`App`]; tests pass an initial plan, the browser reads storage and the fragment.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Plan to start with (nothing is read from storage then).
    #[prop_or_default]
    pub initial: Option<Plan>,
    /// Language to start with (else the remembered choice, else the browser's).
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The start language's texts, when its steps had to be fetched and could be.
    #[prop_or_default]
    pub fetched: Option<Texts>,
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let model = use_reducer(|| {
        let lang = props.lang.unwrap_or_else(initial_lang);
        Model(effects::start(props.initial.as_ref(), lang, props.fetched))
    });
    let state = &model.0;
    let ws = &state.ws;
    let texts = state.texts();
    let s = strings(texts);
    let dispatch = use_callback(model.dispatcher(), |a: AppAction, model| model.dispatch(a));
    let workspace =
        dispatch.reform(|a: WorkspaceAction| AppAction::Workspace(a, browser::now_text()));
    // Shared with the store: no copy of the session is made for the views.
    let session = ws.session();
    let plan = Rc::new(session.plan.clone());
    // Each build keeps its pools' parts for the next: an edit plans again only its own pool.
    let (built, other_built) = (
        use_mut_ref(BuiltPools::default),
        use_mut_ref(BuiltPools::default),
    );
    let checklist = use_memo((session.clone(), texts), |(session, texts)| {
        build_session_checklist_reusing(session, *texts, &mut built.borrow_mut())
    });
    let other_texts = state.texts_of(state.companion());
    let other = use_memo(
        (session.clone(), other_texts, state.bilingual),
        |(session, texts, on)| {
            on.then(|| {
                Rc::new(build_session_checklist_reusing(
                    session,
                    *texts,
                    &mut other_built.borrow_mut(),
                ))
            })
        },
    );
    // The rarely used steps' English comes on first need: until it has, the binder is not
    // shown, printed or exported.
    let pending =
        checklist.text_pending() || other.as_ref().as_ref().is_some_and(|o| o.text_pending());
    {
        let (dispatch, failed) = (dispatch.clone(), state.on_demand_failed);
        use_effect_with(pending, move |pending| {
            if *pending && !failed {
                effects::fetch_on_demand(dispatch);
            }
        });
    }
    let errors: Rc<Errors> = use_memo((plan.clone(), texts), |(plan, texts)| {
        let mut map = Errors::new();
        // A blank form is an invitation, not a list of mistakes.
        if **plan != Plan::default() {
            for issue in validate(plan) {
                map.entry(issue.field.clone())
                    .or_insert_with(|| say(&issue.message(), *texts));
            }
        }
        map
    });
    let print_id = use_memo(plan.clone(), |plan| fingerprint(&PageJson, plan));
    use_effects(state, &print_id, &dispatch);
    // Stable across renders (a new callback would make every step of a long checklist render
    // again on each keystroke): the reducer's dispatcher never changes.
    let on_tick = use_callback(model.dispatcher(), |(id, on): (String, bool), model| {
        let now = browser::now_text();
        let action = if on {
            SessionAction::Tick(id, now.clone())
        } else {
            SessionAction::Untick(id)
        };
        model.dispatch(AppAction::Workspace(WorkspaceAction::Session(action), now));
    });
    let on_edit = workspace.reform(|a: Action| WorkspaceAction::Session(SessionAction::Edit(a)));
    let on_example = workspace.reform(|_: MouseEvent| WorkspaceAction::OpenExample);
    let on_reset = {
        let workspace = workspace.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(s.reset_confirm()) {
                workspace.emit(WorkspaceAction::Session(SessionAction::ResetProgress));
            }
        })
    };
    let on_lang = {
        let (dispatch, packs) = (dispatch.clone(), state.packs.clone());
        Callback::from(move |lang| effects::choose_language(lang, &packs, dispatch.clone()))
    };
    let on_bilingual = {
        let (dispatch, packs, companion) =
            (dispatch.clone(), state.packs.clone(), state.companion());
        Callback::from(move |on| effects::choose_bilingual(on, companion, &packs, dispatch.clone()))
    };
    let on_print = with_dispatch(&dispatch, effects::print);
    // The page's texts reach every component through a context, not by hand.
    html! {
        <ContextProvider<Texts> context={texts}>
        <div class="app">
            { Header { texts, bilingual: state.bilingual, companion: state.companion(), any_ticks: !session.progress.ticks.is_empty(),
                on_lang, on_bilingual, on_example: on_example.clone(), on_reset, on_print, printable: !pending }.view() }
            { Notices { texts, notices: &state.notices, from_link: matches!(ws.slot, Slot::FromLink(_)),
                storage_ok: state.storage_ok, save_failed: state.save_failed, text_missing: state.text_missing,
                on_action: &dispatch }.view() }
            <main class="layout">
                <div class="editor no-print">
                    if session.plan == Plan::default() {
                        <section class="welcome" aria-label={s.app_title()}>
                            <p>{ s.welcome() }</p>
                            <button type="button" id="load-example" onclick={on_example}>{ s.load_example() }</button>
                        </section>
                    }
                    <SavedPlans store={ws.store.clone()} slot={ws.slot.clone()} on_action={workspace.clone()}
                        saved_clock={state.storage_ok.then_some(state.saved_clock)} />
                    <TopologyPanel topology={state.topology.clone()} on_action={dispatch.clone()} />
                    if !session.site.is_empty() {
                        { SitePools { texts, session: &session, on_action: &workspace }.view() }
                    }
                    <PoolForm plan={plan} errors={errors} on_action={on_edit} />
                    <SharePanel session={session.clone()} checklist={checklist.clone()} on_action={workspace} />
                </div>
                <div class="output">
                    <p class="open-plan no-print">
                        { ws.open_name().map(str::to_string).unwrap_or_else(|| s.not_saved().to_string()) }
                    </p>
                    if pending && state.on_demand_failed {
                        <p class="notice" id="steps-unavailable" role="alert">{ s.steps_unavailable() }</p>
                    } else if pending {
                        <p class="notice" id="steps-loading">{ s.steps_loading() }</p>
                    } else {
                        <ChecklistView checklist={checklist} other={(*other).clone()} other_texts={other_texts} progress={Rc::new(session.progress.clone())}
                            site={session.plan.site.clone()} fingerprint={(*print_id).clone()}
                            generated={state.printed_at.clone()} whole={state.whole} on_tick={on_tick} />
                    }
                </div>
            </main>
        </div>
        </ContextProvider<Texts>>
    }
}
