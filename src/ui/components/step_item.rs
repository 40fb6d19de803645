//! One numbered step: tick box (with the time it was ticked), title, where it runs, who may
//! run it, what to do, the command with its copy button, caution, source, and the paper fields
//! (start, end, initials).

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::plan::Texts;
use crate::plan::{Step, key};
use crate::ui::browser;
use crate::ui::components::inputs::checked;
use crate::ui::strings::{strings, use_texts};

/// Props of [`StepItem`].
#[derive(Properties, PartialEq)]
pub struct StepItemProps {
    /// The step.
    pub step: Step,
    /// The same step in the other language (bilingual binder).
    #[prop_or_default]
    pub other: Option<Step>,
    /// Number of its source page in the section's reference list, when not the section's own.
    pub reference: Option<usize>,
    /// When it was ticked, if it is.
    pub ticked: Option<AttrValue>,
    /// The texts of the other language (bilingual binder).
    #[prop_or_else(Texts::english)]
    pub other_texts: Texts,
    /// Called with the step id and the new state.
    pub on_tick: Callback<(String, bool)>,
}

/// Renders the catalogue's `**UI label**` marks as `<strong>`; everything else stays text.
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

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// One step of the checklist.
#[component]
pub fn StepItem(props: &StepItemProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    let step = &props.step;
    let copy_state = use_state(|| CopyState::Idle);
    let tick_id = format!("tick-{}", step.id);
    let onchange = {
        let on_tick = props.on_tick.clone();
        let id = step.id.clone();
        Callback::from(move |e: Event| on_tick.emit((id.clone(), checked(&e))))
    };
    let on_copy = step.command.clone().map(|command| {
        let copy_state = copy_state.clone();
        Callback::from(move |_: MouseEvent| {
            let copy_state = copy_state.clone();
            let command = command.clone();
            spawn_local(async move {
                let ok = browser::copy(command).await;
                copy_state.set(if ok {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
                let reset = copy_state.clone();
                gloo_timers::callback::Timeout::new(2500, move || reset.set(CopyState::Idle))
                    .forget();
            });
        })
    });
    let copy_label = match *copy_state {
        CopyState::Idle => s.copy(),
        CopyState::Copied => s.copied(),
        CopyState::Failed => s.copy_failed(),
    };
    let ticked = props.ticked.is_some();
    html! {
        <li class={classes!("step", ticked.then_some("is-ticked"))} id={format!("step-{}", step.id)} data-step-id={step.id.clone()}>
            <div class="step-head">
                <input type="checkbox" class="tick-input no-print" id={tick_id.clone()} checked={ticked} {onchange}
                    aria-label={format!("{}{}{}. {}", s.mark_done(), s.colon(), step.number, step.title)} />
                <span class={classes!("tick", ticked.then_some("ticked"))} aria-hidden="true"></span>
                <span class="step-number">{ format!("{}.", step.number) }</span>
                <h4 class="step-title"><label for={tick_id}>{ &step.title }</label></h4>
                if let Some(at) = &props.ticked {
                    <span class="tick-time">{ format!("{} {at}", s.ticked_at()) }</span>
                }
            </div>
            <p class="step-meta">
                <span class="runs-on"><span class="meta-label">{ s.runs_on() }{ s.colon() }</span><span class="host">{ &step.runs_on }</span></span>
                if !step.permissions.is_empty() {
                    <span class="perms"><span class="meta-label">{ s.permissions() }{ s.colon() }</span>{ step.permissions.join(", ") }</span>
                }
                if step.doc.adapted {
                    <span class="adapted-tag">{ texts.get(key::EXPORT_ADAPTED_TAG) }</span>
                }
            </p>
            <p class="step-body">{ rich_text(&step.body) }</p>
            if let Some(cmd) = &step.command {
                <div class="cmd-block">
                    <pre class="cmd"><code>{ cmd }</code></pre>
                    <button type="button" class="copy no-print" onclick={on_copy}
                        aria-label={format!("{} {}. {}", s.copy(), step.number, step.title)}>{ copy_label }</button>
                    <span class="visually-hidden" role="status">{ if *copy_state == CopyState::Idle { "" } else { copy_label } }</span>
                </div>
            }
            if let Some(caution) = &step.caution {
                <p class="caution"><strong>{ s.caution() }{ s.colon() }</strong>{ rich_text(caution) }</p>
            }
            if let Some(o) = &props.other {
                <div class="other-lang" lang={props.other_texts.lang().tag()}>
                    <p class="other-title">{ &o.title }</p>
                    <p class="step-body">{ rich_text(&o.body) }</p>
                    if let Some(caution) = &o.caution {
                        <p class="caution"><strong>{ strings(props.other_texts).caution() }{ s.colon() }</strong>{ rich_text(caution) }</p>
                    }
                </div>
            }
            if let Some(n) = props.reference {
                <p class="step-source"><span class="meta-label">{ s.source() }{ s.colon() }</span>
                    <span class="ref-number">{ format!("[{n}] ") }</span>
                    <a href={step.doc.url.clone()} rel="noopener noreferrer">{ &step.doc.title }</a></p>
            }
            <p class="sign-off">
                <span>{ s.start() }{ s.colon() }<span class="blank short"></span></span>
                <span>{ s.end() }{ s.colon() }<span class="blank short"></span></span>
                <span>{ s.initials() }{ s.colon() }<span class="blank short"></span></span>
            </p>
        </li>
    }
}
