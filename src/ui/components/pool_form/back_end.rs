//! The Back End of a Front End pool: its SQL Server, an Always On availability group or a
//! mirror (what the version has, or what is set), and which side was lost.

use yew::prelude::*;

use super::fields::Form;
use crate::plan::description::form::BackEndFields;
use crate::plan::{Action, MirrorLoss, Switch, TextField};
use crate::ui::components::inputs::Select;

/// The Back End fieldset.
pub fn view(form: &Form, f: BackEndFields) -> Html {
    let s = form.s;
    let on_loss = form.on_choice(|v| MirrorLoss::from_key(v).map(Action::SetMirrorLoss));
    let lost = Select {
        id: "mirror-lost".into(),
        label: s.lost_side().into(),
        options: vec![
            ("both".into(), s.lost_both().into()),
            ("primary".into(), s.lost_primary().into()),
            ("mirror".into(), s.lost_mirror().into()),
        ],
        value: form.plan.back_end.lost.key().into(),
        onchange: on_loss,
    };
    html! {
        <fieldset>
            <legend>{ s.back_end_group() }</legend>
            { form.text(TextField::SqlFqdn, s.sql_fqdn(), "sql01.contoso.com") }
            { form.text(TextField::SqlInstance, s.sql_instance(), "rtc") }
            if f.always_on { { form.switch(Switch::AlwaysOn, "always-on", s.always_on()) } }
            if f.primary_replica {
                { form.text(TextField::PrimaryReplica, s.primary_replica(), "sql01a.contoso.com") }
            }
            if f.mirrored { { form.switch(Switch::Mirrored, "mirrored", s.mirrored()) } }
            if f.mirror_unknown { { form.switch(Switch::MirrorUnknown, "mirror-unknown", s.mirror_unknown()) } }
            if f.mirror {
                { form.text(TextField::MirrorFqdn, s.mirror_fqdn(), "sql02.contoso.com") }
                { form.text(TextField::MirrorInstance, s.mirror_instance(), "rtc") }
                { form.text(TextField::WitnessFqdn, s.witness_fqdn(), "") }
                { lost.view() }
            }
        </fieldset>
    }
}
