//! The application shell: holds the workspace (saved plans + the open session) in one pure
//! reducer from the engine, derives the validation messages and the checklist from it, writes
//! the saved plans to the browser's storage whenever they change, and lays out the page.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::components::checklist_view::ChecklistView;
use super::components::pool_form::{Errors, PoolForm};
use super::components::saved_plans::SavedPlans;
use super::components::share_panel::SharePanel;
use super::components::site_pools::SitePools;
use super::components::topology_panel::TopologyPanel;
use super::strings::strings;
use crate::plan::fingerprint;
use crate::plan::french;
use crate::plan::page_rule;
use crate::plan::store::{DAMAGED_KEY, LEGACY_SESSION_KEY, STORE_KEY};
use crate::plan::workspace::{Notice, Slot, Workspace, WorkspaceAction};
use crate::plan::{Action, Lang, Plan, Session, SessionAction, build_session_checklist, validate};

/// The state the reducer owns.
#[derive(Clone, Debug, PartialEq)]
struct Model {
    ws: Workspace,
}

impl Reducible for Model {
    /// An operation and the time it happened (the engine has no clock).
    type Action = (WorkspaceAction, String);

    fn reduce(self: Rc<Self>, (action, now): Self::Action) -> Rc<Self> {
        let ws = self.ws.clone().apply(action, &now);
        if ws == self.ws {
            self
        } else {
            Rc::new(Model { ws })
        }
    }
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
    /// The French pack was needed at start and could not be loaded.
    #[prop_or_default]
    pub french_missing: bool,
}

/// What the app starts with.
struct Start {
    ws: Workspace,
    notices: Vec<Notice>,
    storage_ok: bool,
}

fn start(props: &AppProps) -> Start {
    let now = browser::now_text();
    if let Some(plan) = &props.initial {
        let (mut ws, _) = Workspace::start(None, None, None, &now);
        ws.session = Session {
            plan: plan.clone(),
            ..Session::default()
        };
        return Start {
            ws,
            notices: Vec::new(),
            storage_ok: true,
        };
    }
    let (stored, storage_ok) = match browser::load(STORE_KEY) {
        Ok(text) => (text, true),
        Err(_) => (None, false),
    };
    let legacy = browser::load(LEGACY_SESSION_KEY).ok().flatten();
    let fragment = browser::fragment();
    let (ws, notices) = Workspace::start(
        stored.as_deref(),
        legacy.as_deref(),
        fragment.as_deref(),
        &now,
    );
    if notices.iter().any(|n| matches!(n, Notice::Store(_)))
        && let Some(raw) = &stored
    {
        // Keep the damaged text aside before the salvaged plans are written over it.
        let _ = browser::save(DAMAGED_KEY, raw);
    }
    Start {
        ws,
        notices,
        storage_ok,
    }
}

/// Where the chosen language is remembered. The page's loader reads it too
/// (`build/postbuild.mjs`), to start fetching the French text alongside the wasm when the
/// app will start in French.
pub const LANG_KEY: &str = "lync-restore/v1/lang";

/// The language at start: the remembered choice, else the browser's language.
pub fn initial_lang() -> Lang {
    match browser::load(LANG_KEY).ok().flatten() {
        Some(tag) => Lang::from_tag(&tag),
        None => Lang::from_tag(&browser::browser_language().unwrap_or_default()),
    }
}

/// How long a French start waits for the French text before it starts without it.
pub const FRENCH_WAIT_MS: u32 = 4000;

/// Runs `then` once the French texts are available: at once when they are installed or not
/// `needed`, else after fetching the French pack. `then(false)` when it could not be had in
/// [`FRENCH_WAIT_MS`] (French texts then fall back to English): a stuck request must not keep
/// the app from starting.
pub fn when_french(needed: bool, then: Box<dyn FnOnce(bool)>) {
    if !needed || french::installed() {
        return then(true);
    }
    // Whichever comes first, the pack or the end of the wait, runs `then`.
    let then = Rc::new(Cell::new(Some(then)));
    let on_time = then.clone();
    gloo_timers::callback::Timeout::new(FRENCH_WAIT_MS, move || {
        if let Some(then) = on_time.take() {
            then(false);
        }
    })
    .forget();
    yew::platform::spawn_local(async move {
        let pack = browser::french_pack().await;
        let ok = pack.is_some_and(|p| french::install(&p).is_ok());
        if let Some(then) = then.take() {
            then(ok);
        }
    });
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = use_memo((), |_| start(props));
    let model = use_reducer(|| Model {
        ws: initial.ws.clone(),
    });
    let notices = use_state(|| initial.notices.clone());
    let storage_ok = initial.storage_ok;
    // `_eq`: the autosave after every edit sets it, and an unchanged value must not render again.
    let save_failed = use_state_eq(|| false);
    let lang_state = use_state(|| props.lang.unwrap_or_else(initial_lang));
    let lang = *lang_state;
    let bilingual = use_state(|| false);
    let french_missing = use_state(|| props.french_missing);
    let s = strings(lang);
    let ws = &model.ws;
    let plan = Rc::new(ws.session.plan.clone());
    let checklist = use_memo((ws.session.clone(), lang), |(session, lang)| {
        build_session_checklist(session, *lang)
    });
    let other = use_memo(
        (ws.session.clone(), lang, *bilingual),
        |(session, lang, on)| on.then(|| Rc::new(build_session_checklist(session, lang.other()))),
    );
    let errors: Rc<Errors> = {
        let plan = plan.clone();
        use_memo((plan, lang), move |(plan, lang)| {
            let lang = *lang;
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

    // Autosave: the engine already put every edit into the store; write it out.
    {
        let save_failed = save_failed.clone();
        use_effect_with(ws.store.clone(), move |store| {
            if storage_ok {
                save_failed.set(browser::save(STORE_KEY, &store.encode()).is_err());
            }
        });
    }
    // Once a plan from a link is kept or discarded, the link leaves the address bar.
    {
        use_effect_with(ws.slot.clone(), move |slot| {
            if *slot != Slot::FromLink
                && browser::fragment().is_some_and(|f| f.starts_with("#plan="))
            {
                browser::clear_fragment();
            }
        });
    }
    // The printed running header and footer follow the pool name, fingerprint, generation time
    // and language.
    {
        let pool = plan.pool_fqdn.trim().to_string();
        use_effect_with(
            (pool, (*print_id).clone(), (*generated).clone(), lang),
            move |(pool, print_id, generated, lang)| {
                browser::set_page_rule(&page_rule(pool, print_id, generated, *lang));
            },
        );
    }
    // The first paint shows the top of the checklist; the rest renders right after it (the
    // whole checklist is a few thousand elements). A print, even one started at once, gets it all.
    let whole = use_state(|| !browser::paints());
    {
        let whole = whole.clone();
        use_effect_with((), move |_| {
            browser::after_next_paint(Box::new(move || whole.set(true)));
        });
    }
    // A print the browser starts (Ctrl+P) carries the time of printing too.
    {
        let generated = generated.clone();
        let whole = whole.clone();
        use_effect_with((), move |_| {
            browser::on_before_print(Box::new(move || {
                generated.set(browser::now_text());
                whole.set(true);
            }));
        });
    }
    // Only when the language changes: setting `<html lang>` restyles the whole document, which
    // on a 500-server site plan costs more than the rest of a keystroke.
    use_effect_with(lang, |lang| browser::set_document_lang(lang.tag()));
    let on_lang = {
        let lang_state = lang_state.clone();
        let french_missing = french_missing.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let lang = Lang::from_tag(&select.value());
            // Remembering the choice is a convenience: a refusal changes nothing else.
            let _ = browser::save(LANG_KEY, lang.tag());
            let lang_state = lang_state.clone();
            let french_missing = french_missing.clone();
            when_french(
                lang == Lang::Fr,
                Box::new(move |ok| {
                    french_missing.set(!ok);
                    lang_state.set(lang);
                }),
            );
        })
    };
    let on_bilingual = {
        let bilingual = bilingual.clone();
        let french_missing = french_missing.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let bilingual = bilingual.clone();
            let french_missing = french_missing.clone();
            when_french(
                on,
                Box::new(move |ok| {
                    french_missing.set(!ok);
                    bilingual.set(on);
                }),
            );
        })
    };

    let dispatch = {
        let model = model.clone();
        Callback::from(move |a: WorkspaceAction| model.dispatch((a, browser::now_text())))
    };
    let on_action = {
        let dispatch = dispatch.clone();
        Callback::from(move |a: Action| {
            dispatch.emit(WorkspaceAction::Session(SessionAction::Edit(a)))
        })
    };
    // Stable across renders (a new callback would make every step of a long checklist
    // render again on each keystroke): the reducer's dispatcher never changes.
    let on_tick = use_callback(model.dispatcher(), |(id, on): (String, bool), model| {
        let action = if on {
            SessionAction::Tick(id, browser::now_text())
        } else {
            SessionAction::Untick(id)
        };
        model.dispatch((WorkspaceAction::Session(action), browser::now_text()));
    });
    let on_workspace = {
        let dispatch = dispatch.clone();
        let notices = notices.clone();
        Callback::from(move |a: WorkspaceAction| {
            if let WorkspaceAction::Import(session) = &a {
                let name = crate::plan::store::default_name(session);
                let mut list: Vec<Notice> = (*notices)
                    .iter()
                    .filter(|n| !matches!(n, Notice::Imported(_)))
                    .cloned()
                    .collect();
                list.push(Notice::Imported(name));
                notices.set(list);
            }
            dispatch.emit(a)
        })
    };
    let load_example = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(WorkspaceAction::OpenExample))
    };
    // The binder says when it was printed: the time is set, the cover and running footer render
    // with it, and only then (next task; Yew renders in microtasks) the print dialog opens.
    let print_with = |blank: bool| {
        let generated = generated.clone();
        Callback::from(move |_: MouseEvent| {
            generated.set(browser::now_text());
            gloo_timers::callback::Timeout::new(0, move || browser::print(blank)).forget();
        })
    };
    let reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(s.reset_confirm) {
                dispatch.emit(WorkspaceAction::Session(SessionAction::ResetProgress));
            }
        })
    };
    let notice_views = notices.iter().enumerate().map(|(i, n)| {
        let dismiss = {
            let notices = notices.clone();
            Callback::from(move |_: MouseEvent| {
                let mut list = (*notices).clone();
                if i < list.len() {
                    list.remove(i);
                }
                notices.set(list);
            })
        };
        let link_buttons = match n {
            Notice::LinkOpened { same_pool } if ws.slot == Slot::FromLink => {
                let keep = |replace: Option<String>| {
                    let dispatch = dispatch.clone();
                    let dismiss = dismiss.clone();
                    Callback::from(move |e: MouseEvent| {
                        dispatch.emit(WorkspaceAction::KeepLink(replace.clone()));
                        dismiss.emit(e);
                    })
                };
                let discard = {
                    let dispatch = dispatch.clone();
                    let dismiss = dismiss.clone();
                    Callback::from(move |e: MouseEvent| {
                        dispatch.emit(WorkspaceAction::DiscardLink);
                        dismiss.emit(e);
                    })
                };
                html! {
                    <span class="notice-buttons">
                        <button type="button" id="keep-link" onclick={keep(None)}>{ s.keep_new }</button>
                        if let Some((id, _)) = same_pool {
                            <button type="button" class="secondary" id="replace-link" onclick={keep(Some(id.clone()))}>{ s.keep_replace }</button>
                        }
                        <button type="button" class="secondary" id="discard-link" onclick={discard}>{ s.discard }</button>
                    </span>
                }
            }
            Notice::LinkOpened { .. } => return Html::default(),
            _ => html! { <button type="button" class="secondary small" onclick={dismiss}>{ s.dismiss }</button> },
        };
        html! { <p class="notice" role="status">{ n.message(lang) }{ " " }{ link_buttons }</p> }
    });
    let is_blank = ws.session.plan == Plan::default();
    let any_ticks = !ws.session.progress.ticks.is_empty();
    html! {
        <div class="app">
            <header class="app-header no-print">
                <div>
                    <p class="app-title">{ s.app_title }</p>
                    <p class="tagline">{ s.tagline }</p>
                </div>
                <div class="header-buttons">
                    <label class="lang-picker">{ s.language }{ " " }
                        <select id="lang" onchange={on_lang}>
                            <option value="en" selected={lang == Lang::En} lang="en">{ "English" }</option>
                            <option value="fr" selected={lang == Lang::Fr} lang="fr">{ "Français" }</option>
                        </select>
                    </label>
                    <span class="check inline">
                        <input type="checkbox" id="bilingual" checked={*bilingual} onchange={on_bilingual} />
                        <label for="bilingual">{ s.bilingual }</label>
                    </span>
                    <button type="button" class="secondary" onclick={load_example.clone()}>{ s.load_example }</button>
                    <button type="button" class="secondary" onclick={reset} disabled={!any_ticks}>{ s.reset_progress }</button>
                    <button type="button" class="secondary" id="print-blank" onclick={print_with(true)}>{ s.print_blank }</button>
                    <button type="button" id="print-progress" onclick={print_with(false)}>{ s.print_progress }</button>
                </div>
            </header>
            <div class="notices no-print" aria-live="polite">
                if !storage_ok {
                    <p class="notice" id="storage-off" role="status">{ s.storage_off }</p>
                }
                if *save_failed {
                    <p class="notice" id="save-failed" role="alert">{ s.save_failed }</p>
                }
                if *french_missing {
                    <p class="notice" id="french-missing" role="alert">{ s.french_missing }</p>
                }
                { for notice_views }
            </div>
            <main class="layout">
                <div class="editor no-print">
                    if is_blank {
                        <section class="welcome" aria-label={s.app_title}>
                            <p>{ s.welcome }</p>
                            <button type="button" id="load-example" onclick={load_example}>{ s.load_example }</button>
                        </section>
                    }
                    <SavedPlans store={ws.store.clone()} slot={ws.slot.clone()} lang={lang} on_action={on_workspace.clone()} />
                    <TopologyPanel lang={lang} on_action={on_workspace.clone()} />
                    if !ws.session.site.is_empty() {
                        <SitePools session={Rc::new(ws.session.clone())} lang={lang} on_action={dispatch.clone()} />
                    }
                    <PoolForm plan={plan.clone()} errors={errors} lang={lang} on_action={on_action} />
                    <SharePanel session={Rc::new(ws.session.clone())} checklist={checklist.clone()} lang={lang} on_action={on_workspace} />
                </div>
                <div class="output">
                    <p class="open-plan no-print">
                        { ws.open_name().map(str::to_string).unwrap_or_else(|| s.not_saved.to_string()) }
                    </p>
                    <ChecklistView checklist={checklist} other={(*other).clone()} progress={Rc::new(ws.session.progress.clone())}
                        site={ws.session.plan.site.clone()} fingerprint={(*print_id).clone()}
                        generated={(*generated).clone()} whole={*whole} on_tick={on_tick} />
                </div>
            </main>
        </div>
    }
}
