//! The pool fieldset: product version, pool kind, the pool's FQDN (a Standard Edition server's
//! own, with its SQL Express instance) and its site.

use yew::prelude::*;

use super::fields::Form;
use crate::plan::{Action, PoolKind, TextField, Version};
use crate::ui::components::inputs::Select;
use crate::ui::strings::say;

/// The pool fieldset.
pub fn view(form: &Form) -> Html {
    let (s, texts, plan) = (form.s, form.texts, form.plan);
    let se = form.fields.standard_edition;
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
    let on_version = form.on_choice(|v| Version::from_key(v).map(Action::SetVersion));
    let on_kind = form.on_choice(|v| PoolKind::from_key(v).map(Action::SetKind));
    let version = Select {
        id: "version".into(),
        label: s.version().into(),
        options: version_options,
        value: plan.version.key().into(),
        onchange: on_version,
    };
    let kind = Select {
        id: "kind".into(),
        label: s.pool_kind().into(),
        options: kind_options,
        value: plan.kind.key().into(),
        onchange: on_kind,
    };
    html! {
        <fieldset>
            <legend>{ s.pool_group() }</legend>
            { version.view() }
            { kind.view() }
            // A role the version does not have: said under the choice that makes it so.
            { for form.alert("kind") }
            { form.text(TextField::PoolFqdn, if se { s.se_fqdn() } else { s.pool_fqdn() }, "pool01.contoso.com") }
            { form.text(TextField::Site, s.site(), "") }
            if se { { form.text(TextField::SqlInstance, s.se_instance(), "rtc") } }
        </fieldset>
    }
}
