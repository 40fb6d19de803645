//! Getting a plan out of (and into) the app: copy a link that carries the plan, export or import
//! the plan file, export the checklist as Markdown or as a standalone HTML page (the downloads
//! are [`super::share_exports`]). Every decode error is shown here, next to the control that
//! caused it.

use crate::ui::browser_json::PageJson;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::plan::{Checklist, Session};
use crate::plan::{DecodeError, MAX_FILE_BYTES, decode_file, encode_link};
use crate::state::workspace::WorkspaceAction;
use crate::ui::browser;
use crate::ui::components::inputs::toggles;
use crate::ui::components::share_exports::{export_file, export_html, export_markdown};
use crate::ui::strings::say;
use crate::ui::strings::{strings, use_texts};

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The open session.
    pub session: Rc<Session>,
    /// Its checklist.
    pub checklist: Rc<Checklist>,
    /// Where an import goes.
    pub on_action: Callback<WorkspaceAction>,
}

/// The share and export panel.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    // A binder whose steps have not all come yet is not exported (nor shown, nor printed).
    let pending = props.checklist.text_pending();
    let texts = use_texts();
    let s = strings(texts);
    let link_message = use_state(|| None::<(String, Option<String>)>);
    let import_error = use_state(|| None::<String>);
    let with_progress = use_state(|| false);
    let copy_link = {
        let session = props.session.clone();
        let link_message = link_message.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(fragment) = encode_link(&PageJson, &session.plan) else {
                link_message.set(Some((s.link_too_long().into(), None)));
                return;
            };
            let url = format!("{}{fragment}", browser::base_url());
            let link_message = link_message.clone();
            spawn_local(async move {
                if browser::copy(url.clone()).await {
                    link_message.set(Some((s.link_copied().into(), Some(url))));
                } else {
                    link_message.set(Some((s.link_shown().into(), Some(url))));
                }
            });
        })
    };
    let export_file = export_file(props.session.clone(), with_progress.clone());
    let toggle_progress = toggles(&with_progress);
    let import = {
        let act = props.on_action.clone();
        let import_error = import_error.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let act = act.clone();
            let import_error = import_error.clone();
            spawn_local(async move {
                let result = match browser::read_file(input.clone(), MAX_FILE_BYTES).await {
                    Ok(None) => return,
                    Ok(Some(bytes)) => decode_file(&PageJson, &bytes),
                    Err(size) => Err(DecodeError::TooLarge {
                        size,
                        limit: MAX_FILE_BYTES,
                    }),
                };
                input.set_value("");
                match result {
                    Ok(session) => {
                        import_error.set(None);
                        act.emit(WorkspaceAction::Import(Box::new(session)));
                    }
                    Err(e) => import_error.set(Some(say(&e.message(), texts))),
                }
            });
        })
    };
    let export_markdown = export_markdown(props.session.clone(), props.checklist.clone(), texts);
    let export_html = export_html(props.session.clone(), texts);
    html! {
        <details class="panel share">
            <summary>{ s.share_group() }</summary>
            <button type="button" id="copy-link" onclick={copy_link}>{ s.copy_link() }</button>
            if let Some((message, url)) = &*link_message {
                <p class="panel-message" role="status">{ message }</p>
                if let Some(url) = url {
                    <input type="text" class="link-text" readonly={true} value={url.clone()} aria-label={s.copy_link()} />
                }
            }
            <div class="export-row">
                <button type="button" class="secondary" id="export-file" onclick={export_file}>{ s.export_file() }</button>
                <div class="check">
                    <input type="checkbox" id="export-progress" checked={*with_progress} onchange={toggle_progress} />
                    <label for="export-progress">{ s.with_progress() }</label>
                </div>
            </div>
            <div class="field">
                <label for="import-file">{ s.import_file() }</label>
                <input type="file" id="import-file" accept=".json,application/json" onchange={import}
                    aria-describedby={import_error.is_some().then_some("import-error")} />
                if let Some(error) = &*import_error {
                    <p class="field-error" id="import-error" role="alert">{ s.import_failed() }{ " " }{ error }</p>
                }
            </div>
            <div class="export-row">
                <button type="button" class="secondary" id="export-markdown" onclick={export_markdown} disabled={pending}>{ s.export_markdown() }</button>
                <button type="button" class="secondary" id="export-html" onclick={export_html} disabled={pending}>{ s.export_html() }</button>
            </div>
        </details>
    }
}
