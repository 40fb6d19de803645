//! The pools of a site plan, in restore order, with the one being edited marked; "Edit" switches
//! the form to another pool.

use std::rc::Rc;

use yew::prelude::*;

use crate::plan::{Session, SessionAction};
use crate::plan::{ordered, reason};
use crate::state::workspace::WorkspaceAction;
use crate::ui::strings::say;
use crate::ui::strings::{strings, use_texts};

/// Props of [`SitePools`].
#[derive(Properties, PartialEq)]
pub struct SitePoolsProps {
    /// The session with its site pools.
    pub session: Rc<Session>,
    /// Where the switch goes.
    pub on_action: Callback<WorkspaceAction>,
}

/// The site plan's pool list.
#[component]
pub fn SitePools(props: &SitePoolsProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    let session = &props.session;
    let items = ordered(session).into_iter().enumerate().map(|(n, plan)| {
        let editing = std::ptr::eq(plan, &session.plan);
        let index = session.site.iter().position(|p| std::ptr::eq(p, plan));
        let edit = index.map(|i| {
            let act = props.on_action.clone();
            Callback::from(move |_: MouseEvent| act.emit(WorkspaceAction::Session(SessionAction::SwitchPool(i))))
        });
        html! {
            <li class="site-pool">
                <span class="host"><strong>{ format!("{}. {}", n + 1, plan.pool_fqdn.trim()) }</strong></span>
                { " " }<span class="saved-meta">{ say(&reason(plan), texts) }</span>
                if editing {
                    <strong class="editing">{ format!(" ({})", s.editing()) }</strong>
                } else {
                    <button type="button" class="secondary small" onclick={edit}
                        aria-label={format!("{} {}", s.edit_pool(), plan.pool_fqdn.trim())}>{ s.edit_pool() }</button>
                }
            </li>
        }
    });
    html! {
        <section class="panel site-pools" aria-label={s.site_pools()}>
            <p class="topo-label">{ s.site_pools() }</p>
            <ol class="site-pool-list">{ for items }</ol>
        </section>
    }
}
