//! The notices under the header: storage refused or full, a language's steps missing, and what the
//! workspace reported (damaged storage, a link to keep or discard, an imported file), each
//! dismissable; a link's question is answered with its own buttons.

use yew::prelude::*;

use crate::state::AppAction;
use crate::state::workspace::{Notice, WorkspaceAction};
use crate::ui::strings::say;
use crate::ui::strings::{strings, use_texts};

/// Props of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// What the workspace reported.
    pub notices: Vec<Notice>,
    /// The open plan came from a link and is not kept yet.
    pub from_link: bool,
    /// The browser lets the app keep plans.
    pub storage_ok: bool,
    /// The last autosave failed.
    pub save_failed: bool,
    /// The French text could not be had.
    pub text_missing: bool,
    /// Where actions go.
    pub on_action: Callback<AppAction>,
}

/// The notices.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    // Each button builds its own action (cloning a whole `WorkspaceAction` would bring in the
    // copying of every kind of action, sessions and stores included).
    let keep = |replace: Option<String>| {
        props.on_action.reform(move |_: MouseEvent| {
            let keep = WorkspaceAction::KeepLink(replace.clone());
            AppAction::Workspace(keep, crate::ui::browser::now_text())
        })
    };
    let discard = props.on_action.reform(|_: MouseEvent| {
        AppAction::Workspace(WorkspaceAction::DiscardLink, crate::ui::browser::now_text())
    });
    let notice_views = props.notices.iter().enumerate().map(|(i, n)| {
        let buttons = match n {
            Notice::LinkOpened { same_pool } if props.from_link => html! {
                <span class="notice-buttons">
                    <button type="button" id="keep-link" onclick={keep(None)}>{ s.keep_new() }</button>
                    if let Some((id, _)) = same_pool {
                        <button type="button" class="secondary" id="replace-link" onclick={keep(Some(id.clone()))}>{ s.keep_replace() }</button>
                    }
                    <button type="button" class="secondary" id="discard-link" onclick={discard.clone()}>{ s.discard() }</button>
                </span>
            },
            Notice::LinkOpened { .. } => return Html::default(),
            _ => html! {
                <button type="button" class="secondary small" onclick={props.on_action.reform(move |_| AppAction::Dismiss(i))}>{ s.dismiss() }</button>
            },
        };
        html! { <p class="notice" role="status">{ say(&n.message(), texts) }{ " " }{ buttons }</p> }
    });
    html! {
        <div class="notices no-print" aria-live="polite">
            if !props.storage_ok {
                <p class="notice" id="storage-off" role="status">{ s.storage_off() }</p>
            }
            if props.save_failed {
                <p class="notice" id="save-failed" role="alert">{ s.save_failed() }</p>
            }
            if props.text_missing {
                <p class="notice" id="text-missing" role="alert">{ s.text_missing() }</p>
            }
            { for notice_views }
        </div>
    }
}
