//! The controls the pool form is made of, bound to the plan: a text field with its message, a
//! yes/no switch with its finding, a store's location, a message alone. Each is written once
//! (not inlined at every field: one copy of its code, not one per field).

use yew::prelude::*;

use super::Errors;
use crate::plan::description::form::FormFields;
use crate::plan::{Action, Plan, Store, StoreLocation, Strings, Switch, TextField, Texts};
use crate::ui::components::inputs::{CheckBox, Select, TextInput};

/// What every fieldset reads: the plan, its messages, which fields apply, the page's texts,
/// and where edits go.
pub struct Form<'a> {
    /// The plan being edited.
    pub plan: &'a Plan,
    /// Messages by field path.
    pub errors: &'a Errors,
    /// Where edits go.
    pub act: &'a Callback<Action>,
    /// The page's labels.
    pub s: Strings,
    /// The page's texts.
    pub texts: Texts,
    /// Which fields apply to the plan.
    pub fields: FormFields,
}

impl Form<'_> {
    /// A text field of the plan, its message right under it.
    #[inline(never)]
    pub fn text(&self, field: TextField, label: &'static str, placeholder: &'static str) -> Html {
        let act = self.act.clone();
        TextInput {
            id: field.path().replace('.', "-").into(),
            label: label.into(),
            value: field.get(self.plan).to_string().into(),
            error: self.errors.get(field.path()).cloned(),
            placeholder: placeholder.into(),
            oninput: Callback::from(move |v| act.emit(Action::SetText(field, v))),
        }
        .view()
    }

    /// A yes/no field of the plan; a finding on it (a choice the version cannot have) is said
    /// right under it.
    #[inline(never)]
    pub fn switch(&self, sw: Switch, id: &'static str, label: &'static str) -> Html {
        let act = self.act.clone();
        let check = CheckBox {
            id: id.into(),
            label: label.into(),
            checked: *sw.get(self.plan),
            onchange: Callback::from(move |on| act.emit(Action::SetSwitch(sw, on))),
        };
        html! {
            <>
                { check.view() }
                { for self.alert(sw.path()) }
            </>
        }
    }

    /// Where one of the pool's stores is.
    #[inline(never)]
    pub fn store(&self, which: Store, id: &'static str, label: &'static str) -> Html {
        let s = self.s;
        let names = [s.store_none(), s.store_collocated(), s.store_stand_alone()];
        let options = StoreLocation::ALL
            .iter()
            .zip(names)
            .map(|(l, text)| (l.key().into(), text.into()))
            .collect::<Vec<_>>();
        Select {
            id: id.into(),
            label: label.into(),
            options,
            value: which.get(self.plan).key().into(),
            onchange: self
                .on_choice(move |v| StoreLocation::from_key(v).map(|l| Action::SetStore(which, l))),
        }
        .view()
    }

    /// What a choice list sends when a value is chosen: the action its key makes (a key the
    /// list does not offer sends nothing).
    pub fn on_choice(&self, action: impl Fn(&str) -> Option<Action> + 'static) -> Callback<String> {
        let act = self.act.clone();
        Callback::from(move |v: String| {
            if let Some(a) = action(&v) {
                act.emit(a);
            }
        })
    }

    /// The message on a field that has no control of its own to carry it (a role or a choice
    /// the version does not have), said at once.
    pub fn alert(&self, path: &str) -> Option<Html> {
        self.errors
            .get(path)
            .map(|e| html! { <p class="field-error" role="alert">{ e }</p> })
    }
}
