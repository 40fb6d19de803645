//! Labelled form controls: a text input, a checkbox and a select, each with its message shown
//! right under it and linked by `aria-describedby`. They only report what the user did. They are
//! views (a struct of what they show, drawn by `view`), not components: see [`TextInput`].

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Whether the checkbox an event came from is now ticked.
pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// A checkbox handler that keeps `state` equal to the box.
pub fn toggles(state: &UseStateHandle<bool>) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| state.set(checked(&e)))
}

/// A labelled single-line text input with its validation message. A view, not a component:
/// its callback is new at every render of the form, so a component would render again every
/// time anyway, and each component type costs the page about 1 KB gzip of Yew's machinery.
pub struct TextInput {
    /// Element id (also the label's `for`).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current text, exactly as typed.
    pub value: AttrValue,
    /// Message about the value, if it is wrong.
    pub error: Option<String>,
    /// Placeholder example.
    pub placeholder: AttrValue,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
}

impl TextInput {
    /// The input, its label and its message.
    pub fn view(self) -> Html {
        let cb = self.oninput;
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        });
        let error_id = format!("{}-error", self.id);
        let invalid = self.error.is_some();
        html! {
            <div class={classes!("field", invalid.then_some("invalid"))}>
                <label for={self.id.clone()}>{ &self.label }</label>
                <input id={self.id} type="text" value={self.value}
                    placeholder={self.placeholder} {oninput}
                    spellcheck="false" autocomplete="off" autocapitalize="off"
                    aria-invalid={invalid.to_string()}
                    aria-describedby={invalid.then(|| error_id.clone())} />
                if let Some(error) = &self.error {
                    <p class="field-error" id={error_id}>{ error }</p>
                }
            </div>
        }
    }
}

/// A labelled checkbox (a view, as [`TextInput`]).
pub struct CheckBox {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Checked state.
    pub checked: bool,
    /// Called with the new state.
    pub onchange: Callback<bool>,
}

impl CheckBox {
    /// The box and its label.
    pub fn view(self) -> Html {
        let cb = self.onchange;
        let onchange = Callback::from(move |e: Event| cb.emit(checked(&e)));
        html! {
            <div class="check">
                <input id={self.id.clone()} type="checkbox" checked={self.checked} {onchange} />
                <label for={self.id}>{ &self.label }</label>
            </div>
        }
    }
}

/// A labelled drop-down list (a view, as [`TextInput`]).
pub struct Select {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// `(value, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Selected value.
    pub value: AttrValue,
    /// Called with the chosen value.
    pub onchange: Callback<String>,
}

impl Select {
    /// The list and its label.
    pub fn view(self) -> Html {
        let cb = self.onchange;
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(select.value());
        });
        html! {
            <div class="field">
                <label for={self.id.clone()}>{ &self.label }</label>
                <select id={self.id} {onchange}>
                    { for self.options.iter().map(|(value, label)| html! {
                        <option value={value.clone()} selected={*value == self.value}>{ label }</option>
                    }) }
                </select>
            </div>
        }
    }
}
