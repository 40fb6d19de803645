//! The options of a Front End pool or a Standard Edition server: the Central Management store,
//! Response Group, Mediation, the file store, failover to a backup pool, and where the Archiving
//! and Monitoring stores are.

use yew::prelude::*;

use super::fields::Form;
use crate::plan::description::form::OptionsFields;
use crate::plan::{Store, Switch, TextField};

/// The options, open when one of them is set.
pub fn view(form: &Form, f: OptionsFields) -> Html {
    let s = form.s;
    html! {
        <details class="options" open={f.open}>
            <summary>{ s.options_group() }</summary>
            { form.switch(Switch::HostsCms, "hosts-cms", s.hosts_cms()) }
            if f.cms_unknown { { form.switch(Switch::CmsUnknown, "cms-unknown", s.cms_unknown()) } }
            { form.switch(Switch::ResponseGroup, "response-group", s.response_group()) }
            if f.rgs_unknown { { form.switch(Switch::ResponseGroupUnknown, "response-group-unknown", s.rgs_unknown()) } }
            if f.front_end { { form.switch(Switch::MediationCollocated, "mediation-collocated", s.mediation_collocated()) } }
            { form.text(TextField::FileStore, s.file_store(), r"\\fs01.contoso.com\LyncShare") }
            if f.front_end {
                { form.text(TextField::BackupPool, s.backup_pool(), "pool02.contoso.com") }
                if f.fail_over { { form.switch(Switch::FailOver, "fail-over", s.fail_over()) } }
                if f.backup_sql {
                    { form.text(TextField::BackupSqlFqdn, s.backup_sql(), "sql11.contoso.com") }
                    { form.text(TextField::BackupSqlInstance, s.backup_sql_instance(), "rtc") }
                }
                if f.fail_over_to { { form.text(TextField::EdgePool, s.edge_pool(), "edgepool.contoso.com") } }
                { form.store(Store::Archiving, "archiving", s.archiving()) }
                if f.archiving_sql {
                    { form.text(TextField::ArchivingSql, s.archiving_sql(), "") }
                    { form.text(TextField::ArchivingInstance, s.instance(), "") }
                }
                { form.store(Store::Monitoring, "monitoring", s.monitoring()) }
                if f.monitoring_sql {
                    { form.text(TextField::MonitoringSql, s.monitoring_sql(), "") }
                    { form.text(TextField::MonitoringInstance, s.instance(), "") }
                }
            }
        </details>
    }
}
