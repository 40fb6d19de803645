//! The pools of a site plan, in restore order, with the one being edited marked; "Edit" switches
//! the form to another pool. A view, not a component: the session it shows changes with every
//! edit, so it would render each time anyway, and a component type costs the first load about
//! 1 KB gzip.

use yew::prelude::*;

use crate::plan::{Session, SessionAction, Texts};
use crate::plan::{ordered, reason};
use crate::state::workspace::WorkspaceAction;
use crate::ui::strings::say;
use crate::ui::strings::strings;

/// The site plan's pool list, drawn by [`SitePools::view`].
pub struct SitePools<'a> {
    /// The page's texts.
    pub texts: Texts,
    /// The session with its site pools.
    pub session: &'a Session,
    /// Where the switch goes.
    pub on_action: &'a Callback<WorkspaceAction>,
}

impl SitePools<'_> {
    /// The pool list's markup.
    pub fn view(self) -> Html {
        let props = self;
        let (texts, session) = (props.texts, props.session);
        let s = strings(texts);
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
}
