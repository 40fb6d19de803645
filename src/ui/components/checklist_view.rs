//! Renders a [`Checklist`] for screen and paper: phases, one section per server, numbered
//! steps with a tick box, the exact command, where it runs, who may run it, the source page
//! and cautions. Pure rendering of engine output; no decisions here.

use std::rc::Rc;

use yew::prelude::*;

use crate::plan::{Checklist, Lang, Step};
use crate::ui::strings::strings;

/// Props of [`ChecklistView`].
#[derive(Properties, PartialEq)]
pub struct ChecklistViewProps {
    /// The checklist to show.
    pub checklist: Rc<Checklist>,
    /// Site name, for the heading.
    #[prop_or_default]
    pub site: AttrValue,
}

/// Turns the catalogue's `**UI label**` marks into `<strong>`; everything else stays text.
pub fn rich_text(text: &str) -> Html {
    text.split("**")
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <strong>{ part }</strong> }
            } else {
                html! { { part } }
            }
        })
        .collect()
}

fn step_view(step: &Step, section_doc: &str, lang: Lang) -> Html {
    let s = strings(lang);
    html! {
        <li class="step" id={format!("step-{}", step.id)} data-step-id={step.id.clone()}>
            <div class="step-head">
                <span class="tick" aria-hidden="true"></span>
                <span class="step-number">{ format!("{}.", step.number) }</span>
                <h4 class="step-title">{ &step.title }</h4>
            </div>
            <p class="step-meta">
                <span class="runs-on"><span class="meta-label">{ s.runs_on }{ ": " }</span><span class="host">{ &step.runs_on }</span></span>
                if !step.permissions.is_empty() {
                    <span class="perms"><span class="meta-label">{ s.permissions }{ ": " }</span>{ step.permissions.join(", ") }</span>
                }
            </p>
            <p class="step-body">{ rich_text(&step.body) }</p>
            if let Some(cmd) = &step.command {
                <pre class="cmd"><code>{ cmd }</code></pre>
            }
            if let Some(caution) = &step.caution {
                <p class="caution"><strong>{ s.caution }{ ": " }</strong>{ caution }</p>
            }
            if step.doc.slug != section_doc {
                <p class="step-source"><span class="meta-label">{ s.source }{ ": " }</span>
                    <a href={step.doc.url.clone()} rel="noopener noreferrer">{ &step.doc.title }</a></p>
            }
            <p class="sign-off">{ s.done_by }{ ": " }<span class="blank"></span></p>
        </li>
    }
}

/// The checklist, grouped by phase.
#[component]
pub fn ChecklistView(props: &ChecklistViewProps) -> Html {
    let list = &props.checklist;
    let s = strings(list.lang);
    let mut phase = String::new();
    let sections = list.sections.iter().map(|section| {
        let phase_heading = (section.phase != phase).then(|| {
            phase = section.phase.clone();
            html! { <h2 class="phase">{ &section.phase_title }</h2> }
        });
        // The phase heading sits inside its first section so a page break never separates them.
        html! {
            <section class={classes!("section", format!("phase-{}", section.phase))} id={format!("section-{}", section.id)}
                data-section-id={section.id.clone()}>
                { for phase_heading }
                <h3 class="section-title">{ &section.title }</h3>
                <p class="section-source"><span class="meta-label">{ s.source }{ ": " }</span>
                        <a href={section.doc.url.clone()} rel="noopener noreferrer">{ &section.doc.title }</a>
                        <span class="print-url">{ &section.doc.url }</span></p>
                <ol class="steps">
                    { for section.steps.iter().map(|step| step_view(step, &section.doc.slug, list.lang)) }
                </ol>
            </section>
        }
    });
    html! {
        <article class="checklist" aria-labelledby="checklist-title">
            <header class="checklist-header">
                <h1 id="checklist-title">{ s.checklist_heading }{ ": " }<span class="host">{ if list.pool.is_empty() { "—" } else { &list.pool } }</span></h1>
                <p class="summary">
                    if !props.site.is_empty() { { format!("{} · ", props.site) } }
                    { format!("{} {}", list.step_count(), s.steps_label) }
                </p>
            </header>
            if !list.missing.is_empty() {
                <div class="missing" role="status">
                    <strong>{ s.missing }{ ": " }</strong>
                    { for list.missing.iter().map(|m| html! { <code class="marker">{ m }</code> }) }
                </div>
            }
            { for sections }
        </article>
    }
}
