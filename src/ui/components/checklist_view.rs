//! Renders a [`Checklist`] for screen and paper: the cover sheet, the overall progress, what is
//! missing, and the sections grouped by phase (each drawn by [`super::checklist_section`]); on
//! the first paint only the first sections. Pure rendering of engine output and progress; no
//! decisions here.

use std::rc::Rc;

use yew::prelude::*;

use super::checklist_section::{SectionView, done_of};
use super::cover_sheet::CoverSheet;
use crate::plan::{Checklist, Message, Progress, Section, Texts, key};
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
fn shown_sections(sections: &[Rc<Section>], whole: bool) -> usize {
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

/// The checklist, grouped by phase, with the printed cover sheet in front.
#[component]
pub fn ChecklistView(props: &ChecklistViewProps) -> Html {
    let list = &props.checklist;
    let texts = use_texts();
    let s = strings(texts);
    let overall = props.progress.overall_count(list);
    let shown = shown_sections(&list.sections, props.whole);
    // Not keyed: two servers typed with the same name give two sections with the same id, and
    // in place each section is still compared with the one it replaces.
    let sections = list.sections[..shown].iter().enumerate().map(|(n, section)| {
        let other = props.other.as_ref().and_then(|o| o.sections.get(n)).cloned();
        // The phase heading sits inside its first section so a page break never separates them.
        let opens_phase = n == 0 || list.sections[n - 1].phase != section.phase;
        let ticks = section
            .steps
            .iter()
            .map(|step| props.progress.tick_time(&step.id).map(|t| AttrValue::from(t.to_string())))
            .collect::<Vec<_>>();
        html! {
            <SectionView section={section.clone()} {other} other_texts={props.other_texts} {opens_phase} {ticks}
                on_tick={props.on_tick.clone()} />
        }
    });
    html! {
        <article class="checklist" aria-labelledby="checklist-title" aria-busy={(!props.whole).then_some("true")}>
            if props.whole {
                { CoverSheet { texts, checklist: list, site: &props.site, fingerprint: &props.fingerprint,
                    generated: &props.generated }.view() }
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
            if !list.version.restore_procedures() {
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
