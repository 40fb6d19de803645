//! Importing a topology file: read it (the engine's importer, run in the import worker), show
//! what it holds, let the user tick the failed pools or servers, and plan them. What was read
//! and ticked is the app state's ([`TopologyState`]); this component renders it and reports.

use crate::ui::browser_json::PageJson;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::plan::import::{ImportError, MAX_TOPOLOGY_BYTES, read_worker_reply};
use crate::plan::{Message, key};
use crate::state::{AppAction, TopologyAction, TopologyState};
use crate::ui::browser;
use crate::ui::components::inputs::checked;
use crate::ui::import_worker::{self, WorkerFailure};
use crate::ui::strings::say;
use crate::ui::strings::{strings, use_texts};

/// Props of [`TopologyPanel`].
#[derive(Properties, PartialEq)]
pub struct TopologyPanelProps {
    /// The import's state.
    pub topology: TopologyState,
    /// Where actions go.
    pub on_action: Callback<AppAction>,
}

/// Up to this many pools, every pool's servers are listed at once.
const SERVER_LISTS_UP_TO: usize = 20;

/// The topology import panel.
#[component]
pub fn TopologyPanel(props: &TopologyPanelProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    let t = &props.topology;
    let act = props.on_action.reform(AppAction::Topology);
    let on_file =
        {
            let act = act.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                act.emit(TopologyAction::Reading);
                let act = act.clone();
                spawn_local(async move {
                    let result =
                        match import_worker::import_file(&input, MAX_TOPOLOGY_BYTES, texts.lang())
                            .await
                        {
                            Ok(None) => return act.emit(TopologyAction::Cancelled),
                            Ok(Some(reply)) => read_worker_reply(&PageJson, &reply, texts),
                            Err(WorkerFailure::TooLarge(size)) => Err(ImportError::TooLarge {
                                size,
                                limit: MAX_TOPOLOGY_BYTES,
                            }
                            .message())
                            .map_err(|m| say(&m, texts)),
                            Err(WorkerFailure::NotRead) => Err(s.topology_not_read().to_string()),
                            Err(WorkerFailure::NoWorker) => Err(s.topology_no_worker().to_string()),
                        };
                    input.set_value("");
                    act.emit(TopologyAction::Read(result));
                });
            })
        };
    let body = match t.view.as_deref() {
        _ if t.reading => {
            html! { <p class="topo-reading" role="status">{ s.topology_reading() }</p> }
        }
        None => Html::default(),
        Some(Err(message)) => html! {
            <p class="field-error" id="topology-error" role="alert">{ s.topology_failed() }{ " " }{ message }</p>
        },
        Some(Ok(view)) => {
            let compact = view.pools.len() > SERVER_LISTS_UP_TO;
            let pools = view.pools.iter().enumerate().map(|(i, p)| {
                let show = act.reform(move |_: MouseEvent| TopologyAction::Open(i));
                let toggle_pool = act.reform(move |e: Event| TopologyAction::Pool(i, checked(&e)));
                let servers = p.servers.iter().map(|server| {
                    let key = (i, server.clone());
                    let ticked = t.servers.contains(&key);
                    let name = server.clone();
                    let toggle = act.reform(move |e: Event| {
                        TopologyAction::Server(i, name.clone(), checked(&e))
                    });
                    let id = format!("topo-server-{i}-{}", server.replace('.', "-"));
                    html! {
                        <li class="check">
                            <input type="checkbox" id={id.clone()} checked={ticked} onchange={toggle} />
                            <label for={id} class="host">{ server }</label>
                        </li>
                    }
                });
                let id = format!("topo-pool-{i}");
                html! {
                    <li class="topo-pool" data-pool={p.plan.pool_fqdn.clone()}>
                        <div class="check">
                            <input type="checkbox" id={id.clone()} checked={t.pools.contains(&i)} onchange={toggle_pool} />
                            <label for={id}><strong class="host">{ &p.plan.pool_fqdn }</strong>{ format!(" — {} · {} · {}", p.plan.kind.label(texts), p.plan.site, s.topology_whole()) }
                                if p.plan.hosts_cms { { format!(" · {}", s.topology_cms()) } }</label>
                        </div>
                        <p class="topo-meta">{ format!("{}{}{}", s.topology_roles(), s.colon(), p.roles.join(", ")) }</p>
                        if !p.stores.is_empty() { <p class="topo-meta host">{ p.stores.join(" · ") }</p> }
                        if !compact || t.opened.contains(&i) {
                            <ul class="topo-servers">{ for servers }</ul>
                        } else {
                            <button type="button" class="secondary small topo-show" id={format!("topo-show-{i}")} onclick={show}>
                                { format!("{} ({})", s.topology_show_servers(), p.servers.len()) }</button>
                        }
                    </li>
                }
            });
            let plan = act.reform(|_: MouseEvent| TopologyAction::Plan(browser::now_text()));
            html! {
                <div class="topology">
                    <p class="topo-summary">{ format!("{}{}{} · {} {} · {}", s.topology_found(), s.colon(), say(&view.product.name(), texts), s.topology_sites(), view.sites.join(", "), say(&Message::new(key::IMPORT_POOL_COUNT).with("count", view.pools.len()), texts)) }</p>
                    if let Some(notice) = view.product.notice() { <p class="notice" id="topology-notice">{ say(&notice, texts) }</p> }
                    <p class="topo-label">{ s.topology_pools() }</p>
                    <ul class="topo-pools">{ for pools }</ul>
                    <p class="topo-label">{ s.topology_stores() }</p>
                    <ul class="topo-list">
                        { for view.stores.iter().map(|line| html! { <li class="host">{ line }</li> }) }
                    </ul>
                    if !view.file_stores.is_empty() {
                        <p class="topo-label">{ s.topology_file_stores() }</p>
                        <ul class="topo-list">{ for view.file_stores.iter().map(|f| html! { <li class="host">{ f }</li> }) }</ul>
                    }
                    if !view.not_planned.is_empty() {
                        <p class="topo-label">{ s.topology_not_planned() }</p>
                        <ul class="topo-list" id="not-planned">{ for view.not_planned.iter().map(|(role, on)| html! { <li>{ format!("{role} — ") }<span class="host">{ on }</span></li> }) }</ul>
                    }
                    <button type="button" id="plan-topology" onclick={plan}>{ s.topology_plan() }</button>
                    if t.nothing { <p class="field-error" role="alert">{ s.topology_nothing() }</p> }
                </div>
            }
        }
    };
    html! {
        <details class="panel topology-panel" open={t.view.is_some()}>
            <summary>{ s.topology_group() }</summary>
            <div class="field">
                <label for="topology-file">{ s.topology_file() }</label>
                <input type="file" id="topology-file" accept=".xml,.tbxml,text/xml,application/xml" onchange={on_file} />
            </div>
            { body }
        </details>
    }
}
