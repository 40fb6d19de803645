//! One section of the checklist, for screen and paper: its phase heading (inside it, so a page
//! break never separates them), title (and the other language's), progress, source, numbered
//! steps, notes lines and the Microsoft pages it cites with their QR codes. Pure rendering.
//! A section is a component of its own so that an edit elsewhere, which hands it the same shared
//! section and the same ticks, neither renders nor diffs it again.

use std::rc::Rc;

use yew::prelude::*;

use super::qr_code::qr_code;
use super::step_item::StepItem;
use crate::plan::{DocLink, Message, Section, Texts, key};
use crate::ui::strings::{strings, use_texts};

/// Props of [`SectionView`]: only what this section shows, so an unchanged section compares
/// equal (the sections by pointer first).
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The section.
    pub section: Rc<Section>,
    /// The same section in the other language (bilingual binder).
    pub other: Option<Rc<Section>>,
    /// The other language's texts (bilingual binder).
    pub other_texts: Texts,
    /// Whether it opens its phase (it then carries the phase heading).
    pub opens_phase: bool,
    /// When each of its steps was ticked, in step order.
    pub ticks: Vec<Option<AttrValue>>,
    /// Called with (step id, ticked).
    pub on_tick: Callback<(String, bool)>,
}

/// The distinct pages a section cites: its own first, then its steps' in order.
fn references(section: &Section) -> Vec<&DocLink> {
    let mut refs: Vec<&DocLink> = vec![&section.doc];
    for step in &section.steps {
        if !refs.iter().any(|r| r.slug == step.doc.slug) {
            refs.push(&step.doc);
        }
    }
    refs
}

/// The URL without its scheme, as printed under a QR code. (Split at `://` rather than trimming
/// a literal `https://`: the page's wasm then holds no bare scheme that the string after it in
/// memory could turn into a foreign origin for `tests/e2e/security.test.mjs`.)
fn short_url(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest)
}

/// One section of the checklist.
#[component]
pub fn SectionView(props: &SectionProps) -> Html {
    let texts = use_texts();
    let s = strings(texts);
    let (section, other) = (&props.section, props.other.as_deref());
    let refs = references(section);
    let done = props.ticks.iter().flatten().count();
    let steps = section.steps.iter().zip(&props.ticks).enumerate().map(|(k, (step, ticked))| {
        let other_step = other.and_then(|o| o.steps.get(k)).cloned();
        let reference = refs.iter().position(|r| r.slug == step.doc.slug).filter(|n| *n > 0).map(|n| n + 1);
        html! {
            <StepItem key={step.id.clone()} step={step.clone()} other={other_step} {reference} other_texts={props.other_texts}
                ticked={ticked.clone()} on_tick={props.on_tick.clone()} />
        }
    });
    html! {
        <section class={classes!("section", format!("phase-{}", section.phase))} id={format!("section-{}", section.id)}
            data-section-id={section.id.clone()}>
            if let Some(note) = &section.pool_note {
                <p class="pool-note">{ note }</p>
            }
            if props.opens_phase {
                <h2 class="phase">{ &section.phase_title }</h2>
            }
            <h3 class="section-title">{ &section.title }</h3>
            if let Some(o) = other {
                <p class="other-lang section-title-other" lang={props.other_texts.lang().tag()}>{ &o.title }</p>
            }
            <p class="section-meta">
                <span class="section-progress">{ done_of(done, section.steps.len(), texts) }</span>
                <span class="meta-label">{ s.source() }{ s.colon() }</span>
                <a href={section.doc.url.clone()} rel="noopener noreferrer">{ &section.doc.title }</a>
                <span class="ref-number print-only">{ " [1]" }</span>
                if section.doc.adapted {
                    <span class="adapted-note">{ texts.get(key::EXPORT_ADAPTED_SOURCE) }</span>
                }
            </p>
            <ol class="steps">{ for steps }</ol>
            <div class="notes print-only">
                <p class="notes-label">{ s.notes() }</p>
                <div class="notes-line"></div><div class="notes-line"></div><div class="notes-line"></div>
            </div>
            <div class="references print-only">
                <p class="references-label">{ s.references() }</p>
                <ol class="reference-list">
                    { for refs.iter().enumerate().map(|(i, r)| html! {
                        <li class="reference">
                            { qr_code(&r.url) }
                            <div class="reference-text">
                                <span class="reference-title">{ format!("[{}] {}", i + 1, r.title) }</span>
                                if r.adapted {
                                    <span class="reference-adapted">{ texts.get(key::EXPORT_ADAPTED_TAG) }</span>
                                }
                                <span class="reference-url">{ short_url(&r.url) }</span>
                            </div>
                        </li>
                    }) }
                </ol>
            </div>
        </section>
    }
}

/// "7 of 23 steps done", said by `texts` with their plural forms.
pub fn done_of(done: usize, total: usize, texts: Texts) -> String {
    texts.render(
        &Message::new(key::PROGRESS_DONE)
            .with("done", done)
            .with("total", total),
    )
}
