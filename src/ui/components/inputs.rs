//! Labelled form controls: a text input, a checkbox and a select, each with its message shown
//! right under it and linked by `aria-describedby`. They only report what the user did.

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

/// Props of [`TextInput`].
#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    /// Element id (also the label's `for`).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current text, exactly as typed.
    pub value: AttrValue,
    /// Message about the value, if it is wrong.
    #[prop_or_default]
    pub error: Option<String>,
    /// Placeholder example.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
}

/// A labelled single-line text input with its validation message.
#[component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    let error_id = format!("{}-error", props.id);
    let invalid = props.error.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="text" value={props.value.clone()}
                placeholder={props.placeholder.clone()} {oninput}
                spellcheck="false" autocomplete="off" autocapitalize="off"
                aria-invalid={invalid.to_string()}
                aria-describedby={invalid.then(|| error_id.clone())} />
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error }</p>
            }
        </div>
    }
}

/// Props of [`CheckBox`].
#[derive(Properties, PartialEq)]
pub struct CheckBoxProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Checked state.
    pub checked: bool,
    /// Called with the new state.
    pub onchange: Callback<bool>,
}

/// A labelled checkbox.
#[component]
pub fn CheckBox(props: &CheckBoxProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| cb.emit(checked(&e)))
    };
    html! {
        <div class="check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{ &props.label }</label>
        </div>
    }
}

/// Props of [`Select`].
#[derive(Properties, PartialEq)]
pub struct SelectProps {
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

/// A labelled drop-down list.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(select.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ label }</option>
                }) }
            </select>
        </div>
    }
}
