//! The application shell: holds the plan (one pure reducer from the engine), derives the
//! validation messages and the checklist from it, and lays out form and checklist.

use std::rc::Rc;

use yew::prelude::*;

use super::components::checklist_view::ChecklistView;
use super::components::pool_form::{Errors, PoolForm};
use super::strings::strings;
use crate::plan::example::example_plan;
use crate::plan::{Action, Lang, Plan, apply, build_checklist, validate};

/// The URL fragment that opens the app with the example loaded (a stable entry point).
pub const EXAMPLE_FRAGMENT: &str = "#example";

/// The state the reducer owns.
#[derive(Clone, Debug, PartialEq)]
struct Model {
    plan: Plan,
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let plan = apply(self.plan.clone(), action);
        if plan == self.plan {
            self
        } else {
            Rc::new(Model { plan })
        }
    }
}

/// Props of [`App`]; tests pass an initial plan, the browser reads the URL fragment.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Plan to start with (overrides the URL fragment).
    #[prop_or_default]
    pub initial: Option<Plan>,
}

fn initial_plan(props: &AppProps) -> Plan {
    if let Some(plan) = &props.initial {
        return plan.clone();
    }
    if current_fragment().as_deref() == Some(EXAMPLE_FRAGMENT) {
        return example_plan();
    }
    Plan::default()
}

#[cfg(target_arch = "wasm32")]
fn current_fragment() -> Option<String> {
    web_sys::window().and_then(|w| w.location().hash().ok())
}

#[cfg(not(target_arch = "wasm32"))]
fn current_fragment() -> Option<String> {
    None
}

fn print_page() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        // A refused print dialog is not an error worth reporting.
        let _ = w.print();
    }
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let model = use_reducer(|| Model {
        plan: initial_plan(props),
    });
    let lang = Lang::En;
    let s = strings(lang);
    let plan = Rc::new(model.plan.clone());
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
    let on_action = {
        let model = model.clone();
        Callback::from(move |a: Action| model.dispatch(a))
    };
    let load_example = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::Load(Box::new(example_plan()))))
    };
    let on_print = Callback::from(|_: MouseEvent| print_page());
    let is_blank = model.plan == Plan::default();
    html! {
        <div class="app">
            <header class="app-header no-print">
                <div>
                    <p class="app-title">{ s.app_title }</p>
                    <p class="tagline">{ s.tagline }</p>
                </div>
                <div class="header-buttons">
                    <button type="button" class="secondary" onclick={load_example.clone()}>{ s.load_example }</button>
                    <button type="button" onclick={on_print}>{ s.print }</button>
                </div>
            </header>
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
                    <ChecklistView checklist={checklist} site={model.plan.site.clone()} />
                </div>
            </main>
        </div>
    }
}
