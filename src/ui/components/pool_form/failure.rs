//! What failed: the whole pool or the servers picked, and the machines outside the pool (the
//! file store's server, stand-alone Archiving and Monitoring stores), each lost only when ticked.

use yew::prelude::*;

use super::fields::Form;
use crate::plan::Action;
use crate::plan::Switch;
use crate::plan::description::form::FailureFields;
use crate::ui::components::inputs::CheckBox;

/// The failure fieldset.
pub fn view(form: &Form, f: FailureFields) -> Html {
    let (s, plan) = (form.s, form.plan);
    let whole = plan.failure.whole_pool;
    let set_whole = |on: bool| {
        let act = form.act.clone();
        Callback::from(move |_: Event| act.emit(Action::SetSwitch(Switch::WholePool, on)))
    };
    let failed_servers = plan.members().into_iter().map(|m| {
        let name = m.to_string();
        let act = form.act.clone();
        CheckBox {
            id: format!("failed-{}", m.replace('.', "-")).into(),
            label: name.clone().into(),
            checked: plan
                .failure
                .servers
                .iter()
                .any(|f| f.trim().eq_ignore_ascii_case(m)),
            onchange: Callback::from(move |on| act.emit(Action::SetServerFailed(name.clone(), on))),
        }
        .view()
    });
    html! {
        <fieldset>
            <legend>{ s.failure_group() }</legend>
            <div class="check">
                <input type="radio" id="failure-whole" name="failure" checked={whole} onchange={set_whole(true)} />
                <label for="failure-whole">{ s.whole_pool() }</label>
            </div>
            <div class="check">
                <input type="radio" id="failure-selected" name="failure" checked={!whole} onchange={set_whole(false)} />
                <label for="failure-selected">{ s.selected_only() }</label>
            </div>
            if f.pick_servers {
                <div class="failed-list">
                    { for failed_servers }
                    if f.back_end { { form.switch(Switch::BackEndFailed, "failed-back-end", s.back_end_failed()) } }
                    if f.chat_store { { form.switch(Switch::BackEndFailed, "failed-chat-store", s.chat_store_failed()) } }
                </div>
            }
            // Machines outside the pool are lost only when ticked, whole pool or not.
            if f.outside_note {
                <p class="hint-text">{ s.outside_pool() }</p>
            }
            <div class="outside-list">
                if f.file_store { { form.switch(Switch::FileStoreFailed, "failed-file-store", s.file_store_failed()) } }
                if f.file_store_kept { { form.switch(Switch::FileStoreKept, "file-store-kept", s.file_store_kept()) } }
                if f.archiving { { form.switch(Switch::ArchivingStoreFailed, "failed-archiving", s.archiving_store_failed()) } }
                if f.monitoring { { form.switch(Switch::MonitoringStoreFailed, "failed-monitoring", s.monitoring_store_failed()) } }
            </div>
            if let Some(e) = form.errors.get("failure").or(form.errors.get("failure.servers")) {
                <p class="field-error">{ e }</p>
            }
        </fieldset>
    }
}
