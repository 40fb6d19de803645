//! The binder's first printed page: what this binder restores, when it was generated, its
//! fingerprint, and blank fields for the incident. A view, not a component: it is drawn with
//! the checklist, which changes whenever it does, and a component type costs the first load
//! about 1 KB gzip.

use yew::prelude::*;

use crate::plan::Checklist;
use crate::plan::{Message, Texts, key};
use crate::ui::strings::say;
use crate::ui::strings::strings;

/// The cover sheet (printed only), drawn by [`CoverSheet::view`].
pub struct CoverSheet<'a> {
    /// The page's texts.
    pub texts: Texts,
    /// The checklist the binder prints.
    pub checklist: &'a Checklist,
    /// Site name.
    pub site: &'a str,
    /// Plan fingerprint.
    pub fingerprint: &'a str,
    /// Generation date and time (from the browser's clock).
    pub generated: &'a str,
}

impl CoverSheet<'_> {
    /// The cover sheet's markup.
    pub fn view(self) -> Html {
        let props = self;
        let (list, texts) = (props.checklist, props.texts);
        let s = strings(texts);
        let servers: Vec<&str> = list
            .sections
            .iter()
            .filter_map(|x| x.server.as_deref())
            .collect();
        let blank_row = |label: &'static str| row(label, "write-in", Html::default());
        let title = say(
            &Message::new(key::EXPORT_COVER_TITLE).nested("version", list.version.name()),
            texts,
        );
        html! {
            <section class="cover print-only" aria-label={title.clone()}>
                <p class="cover-kicker">{ title }</p>
                <h1 class="cover-pool host">{ if list.pool.is_empty() { "—" } else { &list.pool } }</h1>
                <table class="cover-facts">
                    <tbody>
                        { row(s.site(), "", html! { props.site }) }
                        { row(s.version(), "", html! { say(&list.version.name(), texts) }) }
                        { row(s.pool_type(), "", html! { list.kind.label(texts) }) }
                        { row(s.to_restore(), "host", html! {
                            { for servers.iter().map(|sv| html! { <span class="cover-server">{ sv }</span> }) }
                        }) }
                        { row(s.generated(), "", html! { props.generated }) }
                        { row(s.fingerprint(), "", html! { <>
                            <strong class="fingerprint">{ props.fingerprint }</strong>
                            <span class="hint">{ s.fingerprint_hint() }</span></> }) }
                        { row(s.steps_heading(), "", html! { list.step_count() }) }
                    </tbody>
                </table>
                if !list.version.restore_procedures() {
                    <p class="caution cover-adapted">
                        { say(&Message::new(key::NOTICE_ADAPTED).nested("version", list.version.name()), texts) }
                    </p>
                }
                <table class="cover-fields">
                    <tbody>
                        { blank_row(s.incident()) }
                        { blank_row(s.on_call()) }
                        <tr><th scope="row"></th><td class="write-in"></td></tr>
                        { blank_row(s.start_time()) }
                        { blank_row(s.end_time()) }
                    </tbody>
                </table>
                if !list.missing.is_empty() {
                    <p class="missing"><strong>{ s.missing() }{ s.colon() }</strong>{ list.missing.join(", ") }</p>
                }
            </section>
        }
    }
}

/// One row of a cover table: a header cell and its value. Not inlined: one copy of the row's
/// construction instead of one per row (measured −1.9 KB of wasm for these two tables).
#[inline(never)]
fn row(label: &'static str, class: &'static str, value: Html) -> Html {
    html! { <tr><th scope="row">{ label }</th><td class={(!class.is_empty()).then_some(class)}>{ value }</td></tr> }
}
