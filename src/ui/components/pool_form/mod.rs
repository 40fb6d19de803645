//! The pool description form: one view per fieldset, each in its own file, over the shared
//! controls of [`fields`]. Every control dispatches an [`Action`]; every message comes from the
//! engine's validation, shown next to its field; which fields apply is the engine's
//! ([`form_fields`]). Nothing here decides what is valid or what is asked.

mod back_end;
mod chat;
mod failure;
mod fields;
mod options;
mod pool;

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::server_list::ServerList;
use crate::plan::description::form::form_fields;
use crate::plan::{Action, Plan, TextField};
use crate::ui::strings::{strings, use_texts};
use fields::Form;

/// Validation messages by field path.
pub type Errors = BTreeMap<String, String>;

/// Props of [`PoolForm`].
#[derive(Properties, PartialEq)]
pub struct PoolFormProps {
    /// The plan being edited.
    pub plan: Rc<Plan>,
    /// Messages by field path.
    pub errors: Rc<Errors>,
    /// Where edits go.
    pub on_action: Callback<Action>,
}

/// The form that describes one pool.
#[component]
pub fn PoolForm(props: &PoolFormProps) -> Html {
    let texts = use_texts();
    let plan = &props.plan;
    let form = Form {
        plan,
        errors: &props.errors,
        act: &props.on_action,
        s: strings(texts),
        texts,
        fields: form_fields(plan),
    };
    let s = form.s;
    html! {
        <form class="pool-form no-print" aria-label={s.pool_group()} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { pool::view(&form) }
            if let Some(failure) = form.fields.failure {
                <ServerList servers={plan.servers.clone()} errors={props.errors.clone()} on_action={props.on_action.clone()} />
                { failure::view(&form, failure) }
            }
            if let Some(back_end) = form.fields.back_end { { back_end::view(&form, back_end) } }
            if let Some(options) = form.fields.options { { options::view(&form, options) } }
            if let Some(chat) = form.fields.chat { { chat::view(&form, chat) } }
            <details class="options">
                <summary>{ s.backup_group() }</summary>
                { form.text(TextField::BackupLocation, s.backup_location(), r"\\backup01.contoso.com\LyncBackup") }
                { form.text(TextField::LocalFolder, s.local_folder(), r"C:\LyncRestore") }
                { form.text(TextField::UserDataFile, s.user_data_file(), "") }
                { form.text(TextField::ConfigFile, s.config_file(), "") }
                { form.text(TextField::LisFile, s.lis_file(), "") }
                { form.text(TextField::RgsFile, s.rgs_file(), "") }
                { form.text(TextField::ChatFile, s.chat_file(), "") }
            </details>
        </form>
    }
}
