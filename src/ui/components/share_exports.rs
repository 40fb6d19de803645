//! The share panel's downloads: the plan file (with its progress or not), and the checklist as
//! Markdown and as a standalone HTML page (the rendered binder, styles inlined, no script), each
//! named after the pool.

use crate::ui::browser_json::PageJson;
use std::rc::Rc;

use yew::prelude::*;

use crate::plan::{Checklist, Session, Texts, encode_file, to_markdown};
use crate::ui::browser;
use crate::ui::strings::strings;

/// A file name from the pool name: letters, digits, dots and hyphens only.
fn file_stem(session: &Session) -> String {
    let pool: String = session
        .plan
        .pool_fqdn
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .take(80)
        .collect();
    if pool.is_empty() {
        "lync-restore".into()
    } else {
        pool
    }
}

/// Downloads the plan file, with its progress when `with_progress` is ticked.
pub fn export_file(
    session: Rc<Session>,
    with_progress: UseStateHandle<bool>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let text = encode_file(&PageJson, &session, *with_progress);
        browser::download(
            &format!("{}.restore-plan.json", file_stem(&session)),
            "application/json",
            &text,
        );
    })
}

/// Downloads the checklist as Markdown, said by `texts`.
pub fn export_markdown(
    session: Rc<Session>,
    checklist: Rc<Checklist>,
    texts: Texts,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        browser::download(
            &format!("{}.checklist.md", file_stem(&session)),
            "text/markdown",
            &to_markdown(&checklist, texts),
        );
    })
}

/// Downloads the checklist as rendered on the page, as a standalone HTML page.
pub fn export_html(session: Rc<Session>, texts: Texts) -> Callback<MouseEvent> {
    let s = strings(texts);
    Callback::from(move |_: MouseEvent| {
        let title = format!(
            "{} – {}",
            s.checklist_heading(),
            session.plan.pool_fqdn.trim()
        );
        if let Some(html) = browser::standalone_html(&title, texts.lang().tag()) {
            browser::download(
                &format!("{}.checklist.html", file_stem(&session)),
                "text/html",
                &html,
            );
        }
    })
}
