//! The page header: title, language, bilingual binder, the example, resetting progress and the
//! two print buttons. It reports what was asked; the effects module carries it out. A view, not
//! a component: its callbacks are new at each render of the app, so it would render each time
//! anyway, and a component type costs the first load about 1 KB gzip.

use yew::prelude::*;

use crate::plan::{Lang, Texts};
use crate::ui::strings::strings;

/// The page header, drawn by [`Header::view`].
pub struct Header {
    /// The page's texts.
    pub texts: Texts,
    /// The bilingual binder is on.
    pub bilingual: bool,
    /// The language printed beside the page's in a bilingual binder.
    pub companion: Lang,
    /// Some step is ticked (reset has something to do).
    pub any_ticks: bool,
    /// A language was chosen.
    pub on_lang: Callback<Lang>,
    /// The bilingual binder was turned on or off.
    pub on_bilingual: Callback<bool>,
    /// Open the built-in example.
    pub on_example: Callback<MouseEvent>,
    /// Reset progress (asks first).
    pub on_reset: Callback<MouseEvent>,
    /// Print: `true` for blank boxes, `false` with the progress.
    pub on_print: Callback<bool>,
    /// The binder can be printed (every step's text is here).
    pub printable: bool,
}

impl Header {
    /// The header's markup.
    pub fn view(self) -> Html {
        let props = self;
        let texts = props.texts;
        let s = strings(texts);
        let on_lang = props.on_lang.reform(|e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            Lang::from_tag(&select.value())
        });
        let on_bilingual = props.on_bilingual.reform(|e: Event| {
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked()
        });
        let print = |blank: bool| props.on_print.reform(move |_: MouseEvent| blank);
        html! {
            <header class="app-header no-print">
                <div>
                    <p class="app-title">{ s.app_title() }</p>
                    <p class="tagline">{ s.tagline() }</p>
                </div>
                <div class="header-buttons">
                    <label class="lang-picker">{ s.language() }{ " " }
                        <select id="lang" onchange={on_lang}>
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.tag()} selected={texts.lang() == *l} lang={l.tag()}>{ l.name() }</option>
                            }) }
                        </select>
                    </label>
                    <span class="check inline">
                        <input type="checkbox" id="bilingual" checked={props.bilingual} onchange={on_bilingual} />
                        <label for="bilingual">{ format!("{} ({} + {})", s.bilingual(), texts.lang().tag().to_ascii_uppercase(), props.companion.tag().to_ascii_uppercase()) }</label>
                    </span>
                    <button type="button" class="secondary" onclick={props.on_example.clone()}>{ s.load_example() }</button>
                    <button type="button" class="secondary" onclick={props.on_reset.clone()} disabled={!props.any_ticks}>{ s.reset_progress() }</button>
                    <button type="button" class="secondary" id="print-blank" onclick={print(true)} disabled={!props.printable}>{ s.print_blank() }</button>
                    <button type="button" id="print-progress" onclick={print(false)} disabled={!props.printable}>{ s.print_progress() }</button>
                </div>
            </header>
        }
    }
}
