//! Importing a topology file: read it (the engine's importer, run in the import worker), show
//! what it holds, let the user tick the failed pools or servers, and hand the resulting site
//! plan to the workspace.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::plan::Lang;
use crate::plan::import::{ImportError, MAX_TOPOLOGY_BYTES, TopologyView, read_worker_reply};
use crate::plan::workspace::WorkspaceAction;
use crate::ui::components::inputs::picks;
use crate::ui::import_worker::{self, WorkerFailure};
use crate::ui::strings::{kind_label, strings};

/// Props of [`TopologyPanel`].
#[derive(Properties, PartialEq)]
pub struct TopologyPanelProps {
    /// UI language.
    pub lang: Lang,
    /// Where the plan goes.
    pub on_action: Callback<WorkspaceAction>,
}

/// Up to this many pools, every pool's servers are listed at once.
const SERVER_LISTS_UP_TO: usize = 20;

/// The topology import panel.
#[component]
pub fn TopologyPanel(props: &TopologyPanelProps) -> Html {
    let s = strings(props.lang);
    let lang = props.lang;
    let topology = use_state(|| None::<Result<TopologyView, String>>);
    let picked_pools = use_state(Vec::<usize>::new);
    let picked_servers = use_state(Vec::<(usize, String)>::new);
    let nothing = use_state(|| false);
    let reading = use_state(|| false);
    // In a large topology each pool's server list is shown on request: thousands of checkboxes
    // at once made a 2 MB topology take most of a second to appear.
    let opened = use_state(Vec::<usize>::new);
    let on_file = {
        let opened = opened.clone();
        let reading = reading.clone();
        let topology = topology.clone();
        let picked_pools = picked_pools.clone();
        let picked_servers = picked_servers.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let topology = topology.clone();
            let picked_pools = picked_pools.clone();
            let picked_servers = picked_servers.clone();
            let opened = opened.clone();
            reading.set(true);
            let reading = reading.clone();
            spawn_local(async move {
                let result =
                    match import_worker::import_file(&input, MAX_TOPOLOGY_BYTES, lang).await {
                        Ok(None) => {
                            reading.set(false);
                            return;
                        }
                        Ok(Some(reply)) => read_worker_reply(&reply, lang),
                        Err(WorkerFailure::TooLarge(size)) => Err(ImportError::TooLarge {
                            size,
                            limit: MAX_TOPOLOGY_BYTES,
                        }
                        .message(lang)),
                        Err(WorkerFailure::NotRead) => Err(s.topology_not_read.to_string()),
                        Err(WorkerFailure::NoWorker) => Err(s.topology_no_worker.to_string()),
                    };
                reading.set(false);
                input.set_value("");
                picked_pools.set(Vec::new());
                picked_servers.set(Vec::new());
                opened.set(Vec::new());
                topology.set(Some(result));
            });
        })
    };
    let body = match &*topology {
        _ if *reading => html! { <p class="topo-reading" role="status">{ s.topology_reading }</p> },
        None => Html::default(),
        Some(Err(message)) => html! {
            <p class="field-error" id="topology-error" role="alert">{ s.topology_failed }{ " " }{ message }</p>
        },
        Some(Ok(t)) => {
            let compact = t.pools.len() > SERVER_LISTS_UP_TO;
            let pools = t.pools.iter().enumerate().map(|(i, p)| {
                let show = {
                    let opened = opened.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut list = (*opened).clone();
                        list.push(i);
                        opened.set(list);
                    })
                };
                let toggle_pool = picks(&picked_pools, i);
                let servers = p.servers.iter().map(|server| {
                    let key = (i, server.clone());
                    let checked = picked_servers.contains(&key);
                    let toggle = picks(&picked_servers, key.clone());
                    let id = format!("topo-server-{i}-{}", server.replace('.', "-"));
                    html! {
                        <li class="check">
                            <input type="checkbox" id={id.clone()} checked={checked} onchange={toggle} />
                            <label for={id} class="host">{ server }</label>
                        </li>
                    }
                });
                let id = format!("topo-pool-{i}");
                html! {
                    <li class="topo-pool" data-pool={p.plan.pool_fqdn.clone()}>
                        <div class="check">
                            <input type="checkbox" id={id.clone()} checked={picked_pools.contains(&i)} onchange={toggle_pool} />
                            <label for={id}><strong class="host">{ &p.plan.pool_fqdn }</strong>{ format!(" — {} · {} · {}", kind_label(p.plan.kind, lang), p.plan.site, s.topology_whole) }
                                if p.plan.hosts_cms { { format!(" · {}", s.topology_cms) } }</label>
                        </div>
                        <p class="topo-meta">{ format!("{}{}{}", s.topology_roles, s.colon, p.roles.join(", ")) }</p>
                        if !p.stores.is_empty() { <p class="topo-meta host">{ p.stores.join(" · ") }</p> }
                        if !compact || opened.contains(&i) {
                            <ul class="topo-servers">{ for servers }</ul>
                        } else {
                            <button type="button" class="secondary small topo-show" id={format!("topo-show-{i}")} onclick={show}>
                                { format!("{} ({})", s.topology_show_servers, p.servers.len()) }</button>
                        }
                    </li>
                }
            });
            let plan = {
                let topology = t.clone();
                let picked_pools = picked_pools.clone();
                let picked_servers = picked_servers.clone();
                let act = props.on_action.clone();
                let nothing = nothing.clone();
                Callback::from(move |_: MouseEvent| {
                    match topology.session_for(&picked_pools, &picked_servers) {
                        Some(session) => {
                            nothing.set(false);
                            act.emit(WorkspaceAction::Import(Box::new(session)));
                        }
                        None => nothing.set(true),
                    }
                })
            };
            html! {
                <div class="topology">
                    <p class="topo-summary">{ format!("{}{}{} · {} {} · {} pools", s.topology_found, s.colon, t.product.name(), s.topology_sites, t.sites.join(", "), t.pools.len()) }</p>
                    if let Some(notice) = t.product.notice(lang) { <p class="notice" id="topology-notice">{ notice }</p> }
                    <p class="topo-label">{ s.topology_pools }</p>
                    <ul class="topo-pools">{ for pools }</ul>
                    <p class="topo-label">{ s.topology_stores }</p>
                    <ul class="topo-list">
                        { for t.stores.iter().map(|line| html! { <li class="host">{ line }</li> }) }
                    </ul>
                    if !t.file_stores.is_empty() {
                        <p class="topo-label">{ s.topology_file_stores }</p>
                        <ul class="topo-list">{ for t.file_stores.iter().map(|f| html! { <li class="host">{ f }</li> }) }</ul>
                    }
                    if !t.not_planned.is_empty() {
                        <p class="topo-label">{ s.topology_not_planned }</p>
                        <ul class="topo-list" id="not-planned">{ for t.not_planned.iter().map(|(role, on)| html! { <li>{ format!("{role} — ") }<span class="host">{ on }</span></li> }) }</ul>
                    }
                    <button type="button" id="plan-topology" onclick={plan}>{ s.topology_plan }</button>
                    if *nothing { <p class="field-error" role="alert">{ s.topology_nothing }</p> }
                </div>
            }
        }
    };
    html! {
        <details class="panel topology-panel" open={topology.is_some()}>
            <summary>{ s.topology_group }</summary>
            <div class="field">
                <label for="topology-file">{ s.topology_file }</label>
                <input type="file" id="topology-file" accept=".xml,.tbxml,text/xml,application/xml" onchange={on_file} />
            </div>
            { body }
        </details>
    }
}
