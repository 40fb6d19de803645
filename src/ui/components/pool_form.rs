//! The pool description form. Every control dispatches an [`Action`]; every message comes from
//! the engine's validation, shown next to its field. Nothing here decides what is valid.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::inputs::{CheckBox, Select, TextInput};
use super::server_list::ServerList;
use crate::plan::{Action, ChatBackupMethod, MirrorLoss, Plan, PoolKind, StoreLocation, Version};
use crate::plan::{Store, Switch, TextField};
use crate::ui::strings::{say, strings, use_texts};

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
    let s = strings(texts);
    let plan = &props.plan;
    let act = props.on_action.clone();
    let text = |field: TextField, label: &'static str, placeholder: &'static str| {
        let act = act.clone();
        html! {
            <TextInput id={field.path().replace('.', "-")} label={label} placeholder={placeholder}
                value={field.get(plan).to_string()} error={props.errors.get(field.path()).cloned()}
                oninput={Callback::from(move |v| act.emit(Action::SetText(field, v)))} />
        }
    };
    // A finding on a yes/no field (a choice the version cannot have) is said right under it.
    let switch = |sw: Switch, id: &'static str, label: &'static str| {
        let act = act.clone();
        html! {
            <>
                <CheckBox id={id} label={label} checked={*sw.get(plan)}
                    onchange={Callback::from(move |on| act.emit(Action::SetSwitch(sw, on)))} />
                if let Some(e) = props.errors.get(sw.path()) {
                    <p class="field-error" role="alert">{ e }</p>
                }
            </>
        }
    };
    let store = |which: Store, id: &'static str, label: &'static str, loc: StoreLocation| {
        let act = act.clone();
        let options = [s.store_none(), s.store_collocated(), s.store_stand_alone()];
        let options = StoreLocation::ALL
            .iter()
            .zip(options)
            .map(|(l, text)| (l.key().into(), text.into()))
            .collect::<Vec<_>>();
        html! {
            <Select id={id} label={label} options={options} value={loc.key()}
                onchange={Callback::from(move |v: String| act.emit(Action::SetStore(which,
                    StoreLocation::from_key(&v).unwrap_or_default())))} />
        }
    };
    let kind = plan.kind;
    let fe = kind == PoolKind::FrontEnd;
    let se = kind == PoolKind::StandardEdition;
    let chat = kind == PoolKind::PersistentChat || se;
    let kind_options = PoolKind::ALL
        .iter()
        .map(|k| (AttrValue::from(k.key()), AttrValue::from(k.label(texts))))
        .collect::<Vec<_>>();
    let version_options = Version::ALL
        .iter()
        .map(|v| {
            (
                AttrValue::from(v.key()),
                AttrValue::from(say(&v.name(), texts)),
            )
        })
        .collect::<Vec<_>>();
    let on_version = {
        let act = act.clone();
        Callback::from(move |v: String| {
            if let Some(v) = Version::from_key(&v) {
                act.emit(Action::SetVersion(v));
            }
        })
    };
    // A role the version does not have: said under the choice that makes it so.
    let role_error = |field: &str| {
        props
            .errors
            .get(field)
            .map(|e| html! { <p class="field-error" role="alert">{ e }</p> })
    };
    let on_kind = {
        let act = act.clone();
        Callback::from(move |v: String| {
            if let Some(k) = PoolKind::from_key(&v) {
                act.emit(Action::SetKind(k));
            }
        })
    };
    let on_loss = {
        let act = act.clone();
        Callback::from(move |v: String| {
            act.emit(Action::SetMirrorLoss(
                MirrorLoss::from_key(&v).unwrap_or_default(),
            ))
        })
    };
    let loss_key = plan.back_end.lost.key();
    let on_method = {
        let act = act.clone();
        Callback::from(move |v: String| {
            act.emit(Action::SetChatMethod(
                ChatBackupMethod::from_key(&v).unwrap_or_default(),
            ))
        })
    };
    let whole = plan.failure.whole_pool;
    let set_whole = |on: bool| {
        let act = act.clone();
        Callback::from(move |_: Event| act.emit(Action::SetSwitch(Switch::WholePool, on)))
    };
    let failed_servers = plan.members().into_iter().map(|m| {
        let name = m.to_string();
        let checked = plan.failure.servers.iter().any(|f| f.trim().eq_ignore_ascii_case(m));
        let act = act.clone();
        let id = format!("failed-{}", m.replace('.', "-"));
        html! {
            <CheckBox id={id} label={name.clone()} checked={checked}
                onchange={Callback::from(move |on| act.emit(Action::SetServerFailed(name.clone(), on)))} />
        }
    });

    html! {
        <form class="pool-form no-print" aria-label={s.pool_group()} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ s.pool_group() }</legend>
                <Select id="version" label={s.version()} options={version_options} value={plan.version.key()} onchange={on_version} />
                <Select id="kind" label={s.pool_kind()} options={kind_options} value={kind.key()} onchange={on_kind} />
                { for role_error("kind") }
                { text(TextField::PoolFqdn, if se { s.se_fqdn() } else { s.pool_fqdn() }, "pool01.contoso.com") }
                { text(TextField::Site, s.site(), "") }
                if se { { text(TextField::SqlInstance, s.se_instance(), "rtc") } }
            </fieldset>
            if !se {
                <ServerList servers={plan.servers.clone()} errors={props.errors.clone()} on_action={act.clone()} />
            }
            if !se {
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
                    if !whole {
                        <div class="failed-list">
                            { for failed_servers }
                            if fe { { switch(Switch::BackEndFailed, "failed-back-end", s.back_end_failed()) } }
                            if kind == PoolKind::PersistentChat { { switch(Switch::BackEndFailed, "failed-chat-store", s.chat_store_failed()) } }
                        </div>
                    }
                    // Machines outside the pool are lost only when ticked, whole pool or not.
                    if fe && (!plan.file_store.trim().is_empty()
                        || plan.archiving.location == StoreLocation::StandAlone
                        || plan.monitoring.location == StoreLocation::StandAlone) {
                        <p class="hint-text">{ s.outside_pool() }</p>
                    }
                    <div class="outside-list">
                        if fe && !plan.file_store.trim().is_empty() { { switch(Switch::FileStoreFailed, "failed-file-store", s.file_store_failed()) } }
                        if fe && whole && !plan.file_store.trim().is_empty() && !plan.failure.file_store {
                            { switch(Switch::FileStoreKept, "file-store-kept", s.file_store_kept()) }
                        }
                        if fe && plan.archiving.location == StoreLocation::StandAlone {
                            { switch(Switch::ArchivingStoreFailed, "failed-archiving", s.archiving_store_failed()) }
                        }
                        if fe && plan.monitoring.location == StoreLocation::StandAlone {
                            { switch(Switch::MonitoringStoreFailed, "failed-monitoring", s.monitoring_store_failed()) }
                        }
                    </div>
                    if let Some(e) = props.errors.get("failure").or(props.errors.get("failure.servers")) {
                        <p class="field-error">{ e }</p>
                    }
                </fieldset>
            }
            if fe {
                <fieldset>
                    <legend>{ s.back_end_group() }</legend>
                    { text(TextField::SqlFqdn, s.sql_fqdn(), "sql01.contoso.com") }
                    { text(TextField::SqlInstance, s.sql_instance(), "rtc") }
                    if plan.version.has_always_on() || plan.back_end.always_on {
                        { switch(Switch::AlwaysOn, "always-on", s.always_on()) }
                    }
                    if plan.always_on() {
                        { text(TextField::PrimaryReplica, s.primary_replica(), "sql01a.contoso.com") }
                    }
                    if (plan.version.has_mirroring() && !plan.always_on()) || plan.back_end.mirrored {
                        { switch(Switch::Mirrored, "mirrored", s.mirrored()) }
                    }
                    if plan.mirror_unknown() || plan.back_end.mirror_unknown && !plan.mirrored() {
                        { switch(Switch::MirrorUnknown, "mirror-unknown", s.mirror_unknown()) }
                    }
                    if plan.mirrored() {
                        { text(TextField::MirrorFqdn, s.mirror_fqdn(), "sql02.contoso.com") }
                        { text(TextField::MirrorInstance, s.mirror_instance(), "rtc") }
                        { text(TextField::WitnessFqdn, s.witness_fqdn(), "") }
                        <Select id="mirror-lost" label={s.lost_side()} value={loss_key} onchange={on_loss}
                            options={vec![("both".into(), s.lost_both().into()), ("primary".into(), s.lost_primary().into()), ("mirror".into(), s.lost_mirror().into())]} />
                    }
                </fieldset>
            }
            if fe || se {
                <details class="options" open={plan.hosts_cms || plan.cms_unknown || plan.response_group || plan.response_group_unknown || !plan.file_store.is_empty() || !plan.backup_pool.is_empty()}>
                    <summary>{ s.options_group() }</summary>
                    { switch(Switch::HostsCms, "hosts-cms", s.hosts_cms()) }
                    if !plan.hosts_cms { { switch(Switch::CmsUnknown, "cms-unknown", s.cms_unknown()) } }
                    { switch(Switch::ResponseGroup, "response-group", s.response_group()) }
                    if !plan.response_group { { switch(Switch::ResponseGroupUnknown, "response-group-unknown", s.rgs_unknown()) } }
                    if fe { { switch(Switch::MediationCollocated, "mediation-collocated", s.mediation_collocated()) } }
                    { text(TextField::FileStore, s.file_store(), r"\\fs01.contoso.com\LyncShare") }
                    if fe {
                        { text(TextField::BackupPool, s.backup_pool(), "pool02.contoso.com") }
                        if !plan.backup_pool.trim().is_empty() {
                            { switch(Switch::FailOver, "fail-over", s.fail_over()) }
                            if plan.fail_over {
                                if plan.hosts_cms {
                                    { text(TextField::BackupSqlFqdn, s.backup_sql(), "sql11.contoso.com") }
                                    { text(TextField::BackupSqlInstance, s.backup_sql_instance(), "rtc") }
                                }
                                { text(TextField::EdgePool, s.edge_pool(), "edgepool.contoso.com") }
                            }
                        }
                        { store(Store::Archiving, "archiving", s.archiving(), plan.archiving.location) }
                        if plan.archiving.location == StoreLocation::StandAlone {
                            { text(TextField::ArchivingSql, s.archiving_sql(), "") }
                            { text(TextField::ArchivingInstance, s.instance(), "") }
                        }
                        { store(Store::Monitoring, "monitoring", s.monitoring(), plan.monitoring.location) }
                        if plan.monitoring.location == StoreLocation::StandAlone {
                            { text(TextField::MonitoringSql, s.monitoring_sql(), "") }
                            { text(TextField::MonitoringInstance, s.instance(), "") }
                        }
                    }
                </details>
            }
            if chat {
                <fieldset>
                    <legend>{ s.chat_group() }</legend>
                    if se { { switch(Switch::ChatEnabled, "chat-enabled", s.chat_enabled()) } }
                    if !se || plan.persistent_chat.enabled {
                        { text(TextField::ChatSql, s.chat_sql(), "sql03.contoso.com") }
                        { text(TextField::ChatInstance, s.instance(), "") }
                        { switch(Switch::ChatCompliance, "chat-compliance", s.chat_compliance()) }
                        <Select id="chat-method" label={s.chat_method()} onchange={on_method}
                            value={plan.persistent_chat.backup_method.key()}
                            options={vec![(ChatBackupMethod::SqlBackup.key().into(), s.chat_method_sql().into()), (ChatBackupMethod::Export.key().into(), s.chat_method_export().into())]} />
                    }
                </fieldset>
            }
            <details class="options">
                <summary>{ s.backup_group() }</summary>
                { text(TextField::BackupLocation, s.backup_location(), r"\\backup01.contoso.com\LyncBackup") }
                { text(TextField::LocalFolder, s.local_folder(), r"C:\LyncRestore") }
                { text(TextField::UserDataFile, s.user_data_file(), "") }
                { text(TextField::ConfigFile, s.config_file(), "") }
                { text(TextField::LisFile, s.lis_file(), "") }
                { text(TextField::RgsFile, s.rgs_file(), "") }
                { text(TextField::ChatFile, s.chat_file(), "") }
            </details>
        </form>
    }
}
