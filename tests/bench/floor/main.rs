//! The size floor of this app (built by `tests/tools/floor.sh` in place of `src/main.rs`): the
//! empty Yew app plus only the engine the first render needs — start from storage and a link,
//! plan, validate, fingerprint, the printed running header, the store's encoding — with the
//! checklist shown as plain text in one `<pre>`. Whatever the UI adds is what the real app weighs
//! more than this.

use lync_restore::plan::{
    Lang, build_session_checklist, fingerprint, page_rule, to_markdown, validate,
};
use lync_restore::state::workspace::Workspace;
use lync_restore::plan::Texts;
use lync_restore::plan::formats::json_text::SerdeJson;
use yew::prelude::*;

#[component]
fn Floor() -> Html {
    let text = use_memo((), |_| {
        let window = web_sys::window();
        let stored = window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item("lync-restore/v1/store").ok().flatten());
        let fragment = window.as_ref().and_then(|w| w.location().hash().ok());
        let (ws, notices) = Workspace::start(&SerdeJson, stored.as_deref(), None, None, fragment.as_deref(), "now");
        let list = build_session_checklist(&ws.session(), Texts::built_in(Lang::En));
        let issues: Vec<String> = validate(&ws.session().plan)
            .iter()
            .map(|i| Texts::built_in(Lang::En).render(&i.message()))
            .collect();
        let print_id = fingerprint(&SerdeJson, &ws.session().plan);
        format!(
            "{} {issues:?} {print_id}\n{}\n{}\n{}",
            notices.len(),
            page_rule(&list.pool, &print_id, "now", Lang::En),
            ws.store.encode(&SerdeJson),
            to_markdown(&list, Texts::built_in(list.lang))
        )
    });
    html! { <pre>{ (*text).clone() }</pre> }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
