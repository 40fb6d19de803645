//! The member server list: edit, add, remove, reorder, paste many at once.

use std::rc::Rc;

use yew::prelude::*;

use super::inputs::TextInput;
use super::pool_form::Errors;
use crate::plan::Action;
use crate::ui::strings::{strings, use_texts};

/// Props of [`ServerList`].
#[derive(Properties, PartialEq)]
pub struct ServerListProps {
    /// Server FQDNs as typed.
    pub servers: Vec<String>,
    /// Messages by field path (`servers.N`, `servers`).
    pub errors: Rc<Errors>,
    /// Where edits go.
    pub on_action: Callback<Action>,
}

/// The editable list of member servers.
#[component]
pub fn ServerList(props: &ServerListProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    let paste = use_state(String::new);
    let act = props.on_action.clone();
    let rows = props.servers.iter().enumerate().map(|(i, server)| {
        let on_input = {
            let act = act.clone();
            Callback::from(move |v| act.emit(Action::SetServer(i, v)))
        };
        let on_remove = {
            let act = act.clone();
            Callback::from(move |_: MouseEvent| act.emit(Action::RemoveServer(i)))
        };
        let on_up = {
            let act = act.clone();
            Callback::from(move |_: MouseEvent| act.emit(Action::MoveServerUp(i)))
        };
        let label = format!("{} {}", s.server_n(), i + 1);
        let input = TextInput {
            id: format!("servers-{i}").into(),
            label: label.clone().into(),
            value: server.clone().into(),
            error: props.errors.get(&format!("servers.{i}")).cloned(),
            placeholder: "fe01.contoso.com".into(),
            oninput: on_input,
        };
        html! {
            <li class="server-row" key={i}>
                { input.view() }
                <div class="row-buttons">
                    <button type="button" onclick={on_up} disabled={i == 0}
                        aria-label={format!("{} {label}", s.move_up())}>{ "↑" }</button>
                    <button type="button" onclick={on_remove}
                        aria-label={format!("{} {label}", s.remove())}>{ "✕" }</button>
                </div>
            </li>
        }
    });
    let on_add = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit(Action::AddServer))
    };
    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            paste.set(area.value());
        })
    };
    let on_paste = {
        let act = act.clone();
        let paste = paste.clone();
        Callback::from(move |_: MouseEvent| {
            if !paste.trim().is_empty() {
                act.emit(Action::PasteServers((*paste).clone()));
                paste.set(String::new());
            }
        })
    };
    html! {
        <fieldset>
            <legend>{ s.servers_group() }</legend>
            <ol class="server-list">{ for rows }</ol>
            if let Some(e) = props.errors.get("servers") {
                <p class="field-error">{ e }</p>
            }
            <button type="button" class="secondary" onclick={on_add}>{ s.add_server() }</button>
            <div class="field">
                <label for="paste-servers">{ s.paste_label() }</label>
                <textarea id="paste-servers" rows="3" value={(*paste).clone()} oninput={on_paste_input} spellcheck="false" />
            </div>
            <button type="button" class="secondary" onclick={on_paste}>{ s.paste_button() }</button>
        </fieldset>
    }
}
