//! Persistent Chat: whether a Standard Edition server has the role, and its store, compliance
//! and backup method.

use yew::prelude::*;

use super::fields::Form;
use crate::plan::description::form::ChatFields;
use crate::plan::{Action, ChatBackupMethod, Switch, TextField};
use crate::ui::components::inputs::Select;

/// The Persistent Chat fieldset.
pub fn view(form: &Form, f: ChatFields) -> Html {
    let s = form.s;
    let on_method = form.on_choice(|v| ChatBackupMethod::from_key(v).map(Action::SetChatMethod));
    let method = Select {
        id: "chat-method".into(),
        label: s.chat_method().into(),
        options: vec![
            (
                ChatBackupMethod::SqlBackup.key().into(),
                s.chat_method_sql().into(),
            ),
            (
                ChatBackupMethod::Export.key().into(),
                s.chat_method_export().into(),
            ),
        ],
        value: form.plan.persistent_chat.backup_method.key().into(),
        onchange: on_method,
    };
    html! {
        <fieldset>
            <legend>{ s.chat_group() }</legend>
            if f.enabled { { form.switch(Switch::ChatEnabled, "chat-enabled", s.chat_enabled()) } }
            if f.store {
                { form.text(TextField::ChatSql, s.chat_sql(), "sql03.contoso.com") }
                { form.text(TextField::ChatInstance, s.instance(), "") }
                { form.switch(Switch::ChatCompliance, "chat-compliance", s.chat_compliance()) }
                { method.view() }
            }
        </fieldset>
    }
}
