//! The notices under the header: storage refused or full, a language's steps missing, and what the
//! workspace reported (damaged storage, a link to keep or discard, an imported file), each
//! dismissable; a link's question is answered with its own buttons. A view, not a component:
//! drawn with the app at each of its renders, it keeps nothing, and a component type costs the
//! first load about 1 KB gzip.

use yew::prelude::*;

use crate::plan::{Lang, Message, Texts, key};
use crate::state::AppAction;
use crate::state::workspace::{Notice, WorkspaceAction};
use crate::ui::strings::say;
use crate::ui::strings::strings;

/// The notices, drawn by [`Notices::view`].
pub struct Notices<'a> {
    /// The page's texts.
    pub texts: Texts,
    /// What the workspace reported.
    pub notices: &'a [Notice],
    /// The open plan came from a link and is not kept yet.
    pub from_link: bool,
    /// The browser lets the app keep plans.
    pub storage_ok: bool,
    /// The last autosave failed.
    pub save_failed: bool,
    /// A language shown whose texts could not be had (the page is then in English).
    pub text_missing: Option<Lang>,
    /// Where actions go.
    pub on_action: &'a Callback<AppAction>,
}

impl Notices<'_> {
    /// The notices' markup.
    pub fn view(self) -> Html {
        let props = self;
        let texts = props.texts;
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
                if let Some(lang) = props.text_missing {
                    <p class="notice" id="text-missing" role="alert">{ say(&Message::new(key::NOTICE_TEXT_MISSING).with("own", lang.missing()), texts) }</p>
                }
                { for notice_views }
            </div>
        }
    }
}
