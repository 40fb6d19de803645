//! The list of plans saved in this browser: open, rename, delete (asks first), new; and whether
//! every change is saved yet (on disk, so a killed browser keeps it).

use std::rc::Rc;

use yew::prelude::*;

use crate::plan::store::Store;
use crate::state::workspace::{Slot, WorkspaceAction};
use crate::ui::browser;
use crate::ui::strings::{strings, use_texts};

/// Props of [`SavedPlans`].
#[derive(Properties, PartialEq)]
pub struct SavedPlansProps {
    /// The saved plans.
    pub store: Rc<Store>,
    /// Where the open session lives.
    pub slot: Slot,
    /// The store's clock as last saved; `None` when the browser does not let the app save.
    pub saved_clock: Option<u64>,
    /// Where operations go.
    pub on_action: Callback<WorkspaceAction>,
}

/// The saved plans panel.
#[component]
pub fn SavedPlans(props: &SavedPlansProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    let renaming = use_state(|| None::<(String, String)>);
    let act = props.on_action.clone();
    let rows = props.store.plans.iter().map(|p| {
        let id = p.id.clone();
        let is_open = props.slot == Slot::Saved(id.clone());
        let open = {
            let act = act.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| act.emit(WorkspaceAction::Open(id.clone())))
        };
        let delete = {
            let act = act.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                if browser::confirm(s.delete_confirm()) {
                    act.emit(WorkspaceAction::Delete(id.clone()))
                }
            })
        };
        let start_rename = {
            let renaming = renaming.clone();
            let id = id.clone();
            let name = p.name.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some((id.clone(), name.clone()))))
        };
        let editing = renaming.as_ref().filter(|(rid, _)| *rid == id).map(|(_, n)| n.clone());
        let name_view = match editing {
            Some(name) => {
                let on_input = {
                    let renaming = renaming.clone();
                    let id = id.clone();
                    Callback::from(move |e: InputEvent| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        renaming.set(Some((id.clone(), input.value())));
                    })
                };
                let save = {
                    let renaming = renaming.clone();
                    let act = act.clone();
                    let id = id.clone();
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        if let Some((_, name)) = (*renaming).clone() {
                            act.emit(WorkspaceAction::Rename(id.clone(), name));
                        }
                        renaming.set(None);
                    })
                };
                html! {
                    <form class="rename" onsubmit={save}>
                        <label class="visually-hidden" for={format!("rename-{id}")}>{ s.rename() }</label>
                        <input id={format!("rename-{id}")} type="text" value={name} oninput={on_input} />
                        <button type="submit">{ s.save_name() }</button>
                    </form>
                }
            }
            None => html! {
                <button type="button" class="link-button plan-name" onclick={open} aria-current={is_open.then_some("true")}>
                    { &p.name }
                </button>
            },
        };
        html! {
            <li class={classes!("saved-plan", is_open.then_some("is-open"))} key={id.clone()} data-plan-id={id.clone()}>
                { name_view }
                <span class="saved-meta">
                    if is_open { <strong>{ s.open_now() }</strong>{ " · " } }
                    { format!("{} {}", s.updated(), p.updated) }
                </span>
                <span class="saved-actions">
                    <button type="button" class="secondary small" onclick={start_rename}
                        aria-label={format!("{} {}", s.rename(), p.name)}>{ s.rename() }</button>
                    <button type="button" class="secondary small" onclick={delete}
                        aria-label={format!("{} {}", s.delete(), p.name)}>{ s.delete() }</button>
                </span>
            </li>
        }
    });
    let new_plan = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit(WorkspaceAction::New))
    };
    html! {
        <details class="panel saved-plans" open={true}>
            <summary>{ format!("{} ({})", s.saved_group(), props.store.plans.len()) }</summary>
            if props.store.plans.is_empty() {
                <p class="hint-text">{ s.no_saved() }</p>
            } else {
                <ul class="saved-list">{ for rows }</ul>
            }
            if let Some(saved) = props.saved_clock {
                <p class="hint-text" id="save-state" role="status" data-clock={props.store.clock.to_string()}
                    data-saved={saved.to_string()}>
                    { if saved >= props.store.clock { s.saved_all() } else { s.saving() } }
                </p>
            }
            <button type="button" class="secondary" id="new-plan" onclick={new_plan}>{ s.new_plan() }</button>
        </details>
    }
}
