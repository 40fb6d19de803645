//! The application shell: holds the session (plan + ticks) in one pure reducer from the engine,
//! derives the validation messages and the checklist from it, keeps it in the browser's storage,
//! and lays out form, toolbar and checklist.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::components::checklist_view::ChecklistView;
use super::components::pool_form::{Errors, PoolForm};
use super::strings::strings;
use crate::plan::example::example_plan;
use crate::plan::fingerprint::fingerprint;
use crate::plan::print::page_rule;
use crate::plan::{
    Action, Lang, Plan, Session, SessionAction, apply_session, build_checklist, validate,
};

/// The URL fragment that opens the app with the example loaded (a stable entry point).
pub const EXAMPLE_FRAGMENT: &str = "#example";

/// The state the reducer owns.
#[derive(Clone, Debug, PartialEq)]
struct Model {
    session: Session,
}

impl Reducible for Model {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let session = apply_session(self.session.clone(), action);
        if session == self.session {
            self
        } else {
            Rc::new(Model { session })
        }
    }
}

/// Props of [`App`]; tests pass an initial plan, the browser reads the URL fragment and storage.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Plan to start with (overrides the URL fragment and storage).
    #[prop_or_default]
    pub initial: Option<Plan>,
}

/// The session to start with, and whether storage could be read.
fn initial_session(props: &AppProps) -> (Session, bool) {
    if let Some(plan) = &props.initial {
        return (
            Session {
                plan: plan.clone(),
                ..Session::default()
            },
            true,
        );
    }
    let (stored, storage_ok) = match browser::load(browser::SESSION_KEY) {
        Ok(text) => (
            text.and_then(|t| serde_json::from_str::<Session>(&t).ok()),
            true,
        ),
        Err(_) => (None, false),
    };
    let session = if browser::fragment().as_deref() == Some(EXAMPLE_FRAGMENT) {
        let plan = example_plan();
        // Keep the ticks only if they were made on this very example.
        match stored {
            Some(s) if s.plan == plan => s,
            _ => Session {
                plan,
                ..Session::default()
            },
        }
    } else {
        stored.unwrap_or_default()
    };
    (session, storage_ok)
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = use_memo((), |_| initial_session(props));
    let model = use_reducer(|| Model {
        session: initial.0.clone(),
    });
    let storage_ok = use_state(|| initial.1);
    let lang = Lang::En;
    let s = strings(lang);
    let plan = Rc::new(model.session.plan.clone());
    let checklist = {
        let plan = plan.clone();
        use_memo(plan, move |plan| build_checklist(plan, lang))
    };
    let errors: Rc<Errors> = {
        let plan = plan.clone();
        use_memo(plan, move |plan| {
            let mut map = Errors::new();
            // A blank form is an invitation, not a list of mistakes.
            if **plan == Plan::default() {
                return map;
            }
            for issue in validate(plan) {
                map.entry(issue.field.clone())
                    .or_insert_with(|| issue.message(lang));
            }
            map
        })
    };
    let print_id = use_memo(plan.clone(), |plan| fingerprint(plan));
    let generated = use_state(browser::now_text);

    // Keep the session in the browser; say so once if the browser refuses.
    {
        let storage_ok = storage_ok.clone();
        use_effect_with(model.session.clone(), move |session| {
            if let Ok(json) = serde_json::to_string(session)
                && browser::save(browser::SESSION_KEY, &json).is_err()
                && *storage_ok
            {
                storage_ok.set(false);
            }
        });
    }
    // The printed running header and footer follow the pool name and fingerprint.
    {
        let pool = plan.pool_fqdn.trim().to_string();
        let generated = (*generated).clone();
        use_effect_with((pool, (*print_id).clone()), move |(pool, print_id)| {
            browser::set_page_rule(&page_rule(pool, print_id, &generated, lang));
        });
    }

    let on_action = {
        let model = model.clone();
        Callback::from(move |a: Action| model.dispatch(SessionAction::Edit(a)))
    };
    let on_tick = {
        let model = model.clone();
        Callback::from(move |(id, on): (String, bool)| {
            model.dispatch(if on {
                SessionAction::Tick(id, browser::now_text())
            } else {
                SessionAction::Untick(id)
            })
        })
    };
    let load_example = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| {
            model.dispatch(SessionAction::Edit(Action::Load(Box::new(example_plan()))))
        })
    };
    let print_progress = {
        let generated = generated.clone();
        Callback::from(move |_: MouseEvent| {
            generated.set(browser::now_text());
            browser::print(false)
        })
    };
    let print_blank = {
        let generated = generated.clone();
        Callback::from(move |_: MouseEvent| {
            generated.set(browser::now_text());
            browser::print(true)
        })
    };
    let reset = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(s.reset_confirm) {
                model.dispatch(SessionAction::ResetProgress);
            }
        })
    };
    let is_blank = model.session.plan == Plan::default();
    let any_ticks = !model.session.progress.ticks.is_empty();
    html! {
        <div class="app">
            <header class="app-header no-print">
                <div>
                    <p class="app-title">{ s.app_title }</p>
                    <p class="tagline">{ s.tagline }</p>
                </div>
                <div class="header-buttons">
                    <button type="button" class="secondary" onclick={load_example.clone()}>{ s.load_example }</button>
                    <button type="button" class="secondary" onclick={reset} disabled={!any_ticks}>{ s.reset_progress }</button>
                    <button type="button" class="secondary" id="print-blank" onclick={print_blank}>{ s.print_blank }</button>
                    <button type="button" id="print-progress" onclick={print_progress}>{ s.print_progress }</button>
                </div>
            </header>
            if !*storage_ok {
                <p class="notice no-print" role="status">{ s.storage_off }</p>
            }
            <main class="layout">
                <div class="editor no-print">
                    if is_blank {
                        <section class="welcome" aria-label={s.app_title}>
                            <p>{ s.welcome }</p>
                            <button type="button" id="load-example" onclick={load_example}>{ s.load_example }</button>
                        </section>
                    }
                    <PoolForm plan={plan.clone()} errors={errors} lang={lang} on_action={on_action} />
                </div>
                <div class="output">
                    <ChecklistView checklist={checklist} progress={Rc::new(model.session.progress.clone())}
                        site={model.session.plan.site.clone()} fingerprint={(*print_id).clone()}
                        generated={(*generated).clone()} on_tick={on_tick} />
                </div>
            </main>
        </div>
    }
}
