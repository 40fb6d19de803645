//! The app's side effects, in one place: reading the start state from storage and the link,
//! the autosave (localStorage, which every version of the page reads, then IndexedDB, which is
//! on disk when it says so) and the other tabs' saves, clearing a link from the address bar
//! once answered, the printed page rule, the document language, the render of the rest of the
//! checklist after the first paint, the time of a print the browser starts, and fetching a
//! language's steps. Each reports back through an [`AppAction`]; the state itself changes only
//! in the page state's reducer (`crate::state`).

use crate::ui::browser_json::PageJson;
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::plan::store::Store;
use crate::plan::{
    DAMAGED_KEY, LEGACY_SESSION_KEY, Lang, Plan, STORE_KEY, Session, Texts, page_rule,
};
use crate::state::workspace::{Notice, Slot, Workspace, WorkspaceAction};
use crate::state::{AppAction, AppState};

/// Where the chosen language is remembered. The page's loader reads it (`build/postbuild.mjs`)
/// to decide the start language.
pub const LANG_KEY: &str = "lync-restore/v1/lang";

/// How long a start in another language than English waits for its steps before it starts
/// without them.
pub const PACK_WAIT_MS: u32 = 4000;

/// The language at start, as the page's loader decided it (the remembered choice, else the
/// browser's language; `build/postbuild.mjs`): English when it said nothing.
pub fn initial_lang() -> Lang {
    Lang::from_tag(&browser::start_lang().unwrap_or_default())
}

/// The state at start: `initial` when given (tests), else the saved plans (the newer of the
/// local and durable copies) and the link; the start language's texts when its steps were
/// fetched. A damaged store is copied aside before the salvaged plans are written over it.
pub fn start(initial: Option<&Plan>, lang: Lang, fetched: Option<Texts>) -> AppState {
    let now = browser::now_text();
    let (ws, notices, storage_ok) = match initial {
        Some(plan) => {
            let (mut ws, _) = Workspace::start(&PageJson, None, None, None, None, &now);
            ws.slot = Slot::Unsaved(Rc::new(Session {
                plan: plan.clone(),
                ..Session::default()
            }));
            (ws, Vec::new(), true)
        }
        None => {
            let (stored, storage_ok) = match browser::load(STORE_KEY) {
                Ok(text) => (text, true),
                Err(_) => (None, false),
            };
            let legacy = browser::load(LEGACY_SESSION_KEY).ok().flatten();
            let fragment = browser::fragment();
            let (mut ws, notices) = Workspace::start(
                &PageJson,
                stored.as_deref(),
                browser::load_durable().as_deref(),
                legacy.as_deref(),
                fragment.as_deref(),
                &now,
            );
            if notices.iter().any(|n| matches!(n, Notice::Store(_)))
                && let Some(raw) = &stored
            {
                let _ = browser::save(DAMAGED_KEY, raw);
            }
            ws.store_mut().tab = browser::page_id();
            (ws, notices, storage_ok)
        }
    };
    let mut state = AppState::new(ws, notices, lang, storage_ok, &now);
    state = state.apply(AppAction::Language(lang, fetched));
    // Without painting (a test renderer) there is no first frame to wait for.
    state.whole = !browser::paints();
    state
}

/// Runs `then` with the texts of `lang`, steps included, when they must be fetched: at once
/// with `None` for English or a language in `packs` (fetched before), else after fetching its
/// pack; `then(None)` when it could not be had in [`PACK_WAIT_MS`] (its steps then show in
/// English): a stuck request must not keep the app from starting.
pub fn when_pack(lang: Lang, packs: &[Texts], then: Box<dyn FnOnce(Option<Texts>)>) {
    if lang == Lang::En || packs.iter().any(|t| t.lang() == lang) {
        return then(None);
    }
    // Whichever comes first, the pack or the end of the wait, runs `then`.
    let then = Rc::new(Cell::new(Some(then)));
    let on_time = then.clone();
    gloo_timers::callback::Timeout::new(PACK_WAIT_MS, move || {
        if let Some(then) = on_time.take() {
            then(None);
        }
    })
    .forget();
    yew::platform::spawn_local(async move {
        let pack = browser::pack(lang.tag()).await;
        let texts = pack.and_then(|p| Texts::from_pack(lang, &p).ok());
        if let Some(then) = then.take() {
            then(texts);
        }
    });
}

/// Fetches the English of the rarely used steps (`src/content/on_demand.toml`), the first time a
/// binder needs it, and reports it (or that it could not be had).
pub fn fetch_on_demand(dispatch: Callback<AppAction>) {
    yew::platform::spawn_local(async move {
        let pack = browser::pack("en-on-demand").await;
        let texts = pack.and_then(|p| Texts::english_with(&p).ok());
        dispatch.emit(AppAction::OnDemand(texts));
    });
}

/// Asks for a language: remembered, its steps fetched if needed, then applied.
pub fn choose_language(lang: Lang, packs: &[Texts], dispatch: Callback<AppAction>) {
    // Remembering the choice is a convenience: a refusal changes nothing else.
    let _ = browser::save(LANG_KEY, lang.tag());
    when_pack(
        lang,
        packs,
        Box::new(move |texts| dispatch.emit(AppAction::Language(lang, texts))),
    );
}

/// Turns the bilingual binder on or off, fetching the `companion` language's steps first if
/// needed.
pub fn choose_bilingual(on: bool, companion: Lang, packs: &[Texts], dispatch: Callback<AppAction>) {
    let other = if on { companion } else { Lang::En };
    when_pack(
        other,
        packs,
        Box::new(move |texts| dispatch.emit(AppAction::Bilingual(on, texts))),
    );
}

/// Prints: the time is set, the cover and running footer render with it, and only then (next
/// task; Yew renders in microtasks) the print dialog opens.
pub fn print(blank: bool, dispatch: Callback<AppAction>) {
    dispatch.emit(AppAction::Printing(browser::now_text()));
    gloo_timers::callback::Timeout::new(0, move || browser::print(blank)).forget();
}

/// The effects that follow the state.
#[hook]
pub fn use_effects(state: &AppState, fingerprint: &str, dispatch: &Callback<AppAction>) {
    // Autosave: the workspace already put every edit into the store; write it out, to
    // localStorage at once, then to IndexedDB: saved once that is on disk (or, where IndexedDB
    // cannot be used, once localStorage took it).
    {
        let dispatch = dispatch.clone();
        let storage_ok = state.storage_ok;
        use_effect_with(state.ws.store.clone(), move |store| {
            if storage_ok {
                let text = store.encode(&PageJson);
                let clock = store.clock;
                let ok = browser::save(STORE_KEY, &text).is_ok();
                yew::platform::spawn_local(async move {
                    let durable = browser::save_durable(&text).await;
                    dispatch.emit(AppAction::Saved(clock, ok || durable));
                });
            }
        });
    }
    // Once a plan from a link is kept or discarded, the link leaves the address bar.
    use_effect_with(state.ws.slot.clone(), move |slot| {
        if !matches!(slot, Slot::FromLink(_))
            && browser::fragment().is_some_and(|f| f.starts_with("#plan="))
        {
            browser::clear_fragment();
        }
    });
    // The printed running header and footer follow the pool name, fingerprint, print time and
    // language.
    use_effect_with(
        (
            state.ws.session().plan.pool_fqdn.trim().to_string(),
            fingerprint.to_string(),
            state.printed_at.clone(),
            state.texts(),
        ),
        move |(pool, print_id, printed_at, texts)| {
            browser::set_page_rule(&page_rule(pool, print_id, printed_at, *texts));
        },
    );
    // Only when the language changes: setting `<html lang>` restyles the whole document, which
    // on a 500-server site plan costs more than the rest of a keystroke.
    use_effect_with(state.texts().lang(), |lang| {
        browser::set_document_lang(lang.tag())
    });
    // Once: the first paint shows the top of the checklist, the rest renders right after it; a
    // print the browser starts (Ctrl+P) gets all of it, with the time of printing; another
    // tab's save is merged in (this page's own changes stay).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let merge = dispatch.clone();
            browser::on_stored_elsewhere(
                STORE_KEY,
                Box::new(move |text| {
                    if let (theirs, None) = Store::decode(&PageJson, Some(&text)) {
                        merge.emit(AppAction::Workspace(
                            WorkspaceAction::Merge(Box::new(theirs)),
                            browser::now_text(),
                        ));
                    }
                }),
            );
            let whole = dispatch.clone();
            browser::after_next_paint(Box::new(move || whole.emit(AppAction::Whole)));
            browser::on_before_print(Box::new(move || {
                dispatch.emit(AppAction::Printing(browser::now_text()));
            }));
        });
    }
}
