//! Renders a [`Checklist`] for screen and paper: the cover sheet, phases, one section per
//! server with its progress, numbered steps, notes lines and the section's Microsoft pages with
//! their QR codes. Pure rendering of engine output and progress; no decisions here.

use std::rc::Rc;

use yew::prelude::*;

use super::cover_sheet::CoverSheet;
use super::qr_code::QrCode;
use super::step_item::StepItem;
use crate::plan::{Checklist, DocLink, Message, Progress, Section, Texts, Version, key};
use crate::ui::strings::say;
use crate::ui::strings::{strings, use_texts};

/// Props of [`ChecklistView`].
#[derive(Properties, PartialEq)]
pub struct ChecklistViewProps {
    /// The checklist to show.
    pub checklist: Rc<Checklist>,
    /// The same checklist in the other language, for a bilingual binder.
    #[prop_or_default]
    pub other: Option<Rc<Checklist>>,
    /// The other language's texts (bilingual binder).
    #[prop_or_else(Texts::english)]
    pub other_texts: Texts,
    /// Ticked steps.
    #[prop_or_default]
    pub progress: Rc<Progress>,
    /// Site name, for the heading.
    #[prop_or_default]
    pub site: AttrValue,
    /// Plan fingerprint.
    #[prop_or_default]
    pub fingerprint: AttrValue,
    /// When the binder is generated.
    #[prop_or_default]
    pub generated: AttrValue,
    /// Called with (step id, ticked).
    #[prop_or_default]
    pub on_tick: Callback<(String, bool)>,
    /// Everything, or (for the first paint) only the first sections, about a screenful, and
    /// not the printed cover sheet.
    #[prop_or(true)]
    pub whole: bool,
}

/// Steps that fill a screen (the first section's six steps are taller than a 1080p window): the
/// first paint renders sections until it has these.
const FIRST_PAINT_STEPS: usize = 6;

/// How many sections to render: all, or the first ones holding [`FIRST_PAINT_STEPS`] steps.
fn shown_sections(sections: &[Section], whole: bool) -> usize {
    if whole {
        return sections.len();
    }
    let mut steps = 0;
    sections
        .iter()
        .take_while(|section| {
            let more = steps < FIRST_PAINT_STEPS;
            steps += section.steps.len();
            more
        })
        .count()
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

/// The URL without its scheme, as printed under a QR code.
fn short_url(url: &str) -> &str {
    url.trim_start_matches("https://")
}

/// The checklist, grouped by phase, with the printed cover sheet in front.
#[component]
pub fn ChecklistView(props: &ChecklistViewProps) -> Html {
    let list = &props.checklist;
    let texts = use_texts();
    let s = strings(texts);
    let overall = props.progress.overall_count(list);
    let mut phase = String::new();
    let shown = shown_sections(&list.sections, props.whole);
    let sections = list.sections[..shown].iter().enumerate().map(|(n, section)| {
        let other = props.other.as_ref().and_then(|o| o.sections.get(n));
        // The phase heading sits inside its first section so a page break never separates them.
        let phase_heading = (section.phase != phase).then(|| {
            phase = section.phase.clone();
            html! { <h2 class="phase">{ &section.phase_title }</h2> }
        });
        let refs = references(section);
        let count = props.progress.section_count(section);
        let steps = section.steps.iter().enumerate().map(|(k, step)| {
            let other_step = other.and_then(|o| o.steps.get(k)).cloned();
            let reference = refs.iter().position(|r| r.slug == step.doc.slug).filter(|n| *n > 0).map(|n| n + 1);
            html! {
                <StepItem key={step.id.clone()} step={step.clone()} other={other_step} {reference} other_texts={props.other_texts}
                    ticked={props.progress.tick_time(&step.id).map(|t| AttrValue::from(t.to_string()))}
                    on_tick={props.on_tick.clone()} />
            }
        });
        html! {
            <section class={classes!("section", format!("phase-{}", section.phase))} id={format!("section-{}", section.id)}
                data-section-id={section.id.clone()}>
                if let Some(note) = &section.pool_note {
                    <p class="pool-note">{ note }</p>
                }
                { for phase_heading }
                <h3 class="section-title">{ &section.title }</h3>
                if let Some(o) = other {
                    <p class="other-lang section-title-other" lang={props.other_texts.lang().tag()}>{ &o.title }</p>
                }
                <p class="section-meta">
                    <span class="section-progress">{ done_of(count.done, count.total, texts) }</span>
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
                                <QrCode text={r.url.clone()} />
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
    });
    html! {
        <article class="checklist" aria-labelledby="checklist-title" aria-busy={(!props.whole).then_some("true")}>
            if props.whole {
                <CoverSheet checklist={list.clone()} site={props.site.clone()} fingerprint={props.fingerprint.clone()}
                    generated={props.generated.clone()} />
            }
            <header class="checklist-header no-print">
                <h1 id="checklist-title">{ s.checklist_heading() }{ s.colon() }<span class="host">{ if list.pool.is_empty() { "—" } else { &list.pool } }</span></h1>
                <p class="summary">
                    if !props.site.is_empty() { { format!("{} · ", props.site) } }
                    <span class="overall-progress">{ done_of(overall.done, overall.total, texts) }</span>
                    if !props.fingerprint.is_empty() { { format!(" · {} {}", s.fingerprint(), props.fingerprint) } }
                </p>
                <progress class="progress-bar" max={overall.total.to_string()} value={overall.done.to_string()}
                    aria-label={s.progress_label()}></progress>
            </header>
            if list.version != Version::Lync2013 {
                <p class="caution version-note no-print" role="note">
                    { say(&Message::new(key::NOTICE_ADAPTED).nested("version", list.version.name()), texts) }
                </p>
            }
            if !list.missing.is_empty() {
                <div class="missing no-print" role="status">
                    <strong>{ s.missing() }{ s.colon() }</strong>
                    { for list.missing.iter().map(|m| html! { <code class="marker">{ m }</code> }) }
                </div>
            }
            { for sections }
        </article>
    }
}

/// "7 of 23 steps done", said by `texts` with their plural forms.
fn done_of(done: usize, total: usize, texts: Texts) -> String {
    texts.render(
        &Message::new(key::PROGRESS_DONE)
            .with("done", done)
            .with("total", total),
    )
}
