//! Native render tests of the Yew components through Yew's server-side renderer: what a user
//! sees for the example, for a blank start and for bad input, without a browser.

use lync_restore::plan::Pool;
use lync_restore::plan::Texts;
use std::rc::Rc;

use lync_restore::plan::description::example::example_plan;
use lync_restore::plan::{Lang, Plan, build_checklist};
use lync_restore::ui::App;
use lync_restore::ui::app::AppProps;
use lync_restore::ui::components::checklist_view::{ChecklistView, ChecklistViewProps};
use yew::LocalServerRenderer;
use yew::context::{ContextProvider, ContextProviderProps};
use yew::html;

async fn render_app(plan: Option<Plan>) -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        initial: plan,
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await
}

/// Renders the checklist as the app does: inside the page's texts context (English here).
async fn render_checklist(view: ChecklistViewProps) -> String {
    LocalServerRenderer::<ContextProvider<Texts>>::with_props(ContextProviderProps {
        context: Texts::english(),
        children: html! { <ChecklistView ..view /> },
    })
    .hydratable(false)
    .render()
    .await
}

fn position(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not rendered"))
}

#[tokio::test]
async fn the_example_renders_back_end_before_each_front_end_with_filled_commands() {
    let html = render_app(Some(example_plan())).await;
    let back_end = position(&html, r#"data-section-id="cms_back_end""#);
    for fe in ["fe01", "fe02", "fe12"] {
        assert!(
            back_end
                < position(
                    &html,
                    &format!(r#"data-section-id="server:{fe}.example.com""#)
                )
        );
    }
    assert!(html.contains(r#"Import-CsUserData -PoolFqdn "pool01.example.com""#));
    assert!(html.contains(r#"href="https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-restoring-the-server-hosting-the-central-management-store""#));
    assert!(
        !html.contains(r#"class="missing""#),
        "nothing missing in the example"
    );
    assert!(!html.contains("style="), "no inline styles (strict CSP)");
}

#[tokio::test]
async fn a_blank_start_offers_the_example_and_shows_what_is_missing() {
    let html = render_app(None).await;
    assert!(html.contains(r#"id="load-example""#));
    assert!(html.contains("Load an example"));
    assert!(html.contains(r#"class="missing""#));
    assert!(html.contains("&lt;pool FQDN&gt;"));
    assert!(
        !html.contains("field-error"),
        "a blank form is not shouted at"
    );
}

#[tokio::test]
async fn a_bad_fqdn_keeps_the_text_and_shows_the_message_next_to_the_field() {
    let mut plan = example_plan();
    plan.servers[1] = "fe02-.example.com".into();
    let html = render_app(Some(plan)).await;
    let input = position(&html, r#"id="servers-1""#);
    let message = position(&html, "A label can't end with a hyphen (“fe02-”).");
    assert!(input < message, "message follows its field");
    assert!(
        html.contains(r#"value="fe02-.example.com""#),
        "the typed text stays in the field"
    );
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"aria-describedby="servers-1-error""#));
}

#[tokio::test]
async fn hostile_names_render_as_inert_text() {
    let mut plan = example_plan();
    plan.pool_fqdn = r#"<img src=x onerror=alert(1)>"#.into();
    plan.site = r#"<script>alert(1)</script>"#.into();
    let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
    let html = render_checklist(ChecklistViewProps {
        checklist: Rc::new(list),
        other_texts: Texts::english(),
        site: plan.site.clone().into(),
        progress: Default::default(),
        fingerprint: Default::default(),
        generated: Default::default(),
        on_tick: Default::default(),
        other: None,
        whole: true,
    })
    .await;
    assert!(!html.contains("<img"));
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn the_binder_has_a_cover_sheet_progress_and_qr_codes() {
    let plan = example_plan();
    let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
    let total = list.step_count();
    let first = list.sections[1].steps[0].id.clone();
    let mut progress = lync_restore::plan::Progress::default();
    progress
        .ticks
        .insert(first.clone(), "2026-11-26 03:59".into());
    let html = render_checklist(ChecklistViewProps {
        checklist: Rc::new(list),
        other_texts: Texts::english(),
        progress: Rc::new(progress),
        site: "Paris".into(),
        fingerprint: "1a2b3c4d".into(),
        generated: "2026-11-26 04:00".into(),
        on_tick: Default::default(),
        other: None,
        whole: true,
    })
    .await;
    assert!(html.contains(r#"class="cover print-only""#));
    assert!(html.contains("Incident number"));
    assert!(html.contains(r#"<strong class="fingerprint">1a2b3c4d</strong>"#));
    assert!(
        html.contains(&format!("1 of {total} steps done")),
        "overall progress"
    );
    assert!(html.contains("ticked 2026-11-26 03:59"));
    assert!(
        html.contains(r#"shape-rendering="crispEdges" class="qr">"#),
        "QR codes are inline SVG"
    );
    assert!(html.contains("learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-restoring-the-server-hosting-the-central-management-store"));
    assert_eq!(
        html.matches(r#"class="copy no-print""#).count(),
        html.matches(r#"<pre class="cmd">"#).count(),
        "a copy button per command"
    );
}

#[tokio::test]
async fn the_app_and_checklist_render_in_french() {
    let html = LocalServerRenderer::<App>::with_props(AppProps {
        initial: Some(example_plan()),
        lang: Some(Lang::Fr),
        fetched: Some(Texts::built_in(Lang::Fr)),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.contains("Classeur de restauration"));
    assert!(html.contains("Reconstruire fe01.example.com avec le même FQDN"));
    assert!(html.contains("Classeur de restauration Lync Server 2013"));
    assert!(html.contains(
        r#"href="https://learn.microsoft.com/fr-fr/previous-versions/office/lync-server-2013/"#
    ));
    assert!(!html.contains("learn.microsoft.com/en-us"));
    for english in [
        "Runs on",
        "Rebuild fe01",
        "Restore binder",
        "Print blank",
        "Member servers",
    ] {
        assert!(
            !html.contains(english),
            "English leaks into the French page: {english}"
        );
    }
}

#[tokio::test]
async fn the_first_frame_renders_the_top_of_the_checklist_and_says_it_is_busy() {
    let list = Rc::new(build_checklist(
        &Pool::check(&example_plan()),
        Texts::built_in(Lang::En),
    ));
    let render = |whole| {
        render_checklist(ChecklistViewProps {
            checklist: list.clone(),
            other_texts: Texts::english(),
            progress: Default::default(),
            site: Default::default(),
            fingerprint: Default::default(),
            generated: Default::default(),
            on_tick: Default::default(),
            other: None,
            whole,
        })
    };
    let (first, all) = (render(false).await, render(true).await);
    let sections = |html: &str| html.matches("data-section-id=").count();
    let steps = |html: &str| html.matches("data-step-id=").count();
    assert_eq!(sections(&all), list.sections.len());
    assert_eq!(steps(&all), list.step_count());
    assert!(!all.contains("aria-busy"));
    assert!(first.contains(r#"aria-busy="true""#));
    assert!(
        (1..list.sections.len()).contains(&sections(&first)),
        "{} sections first",
        sections(&first)
    );
    assert!(
        steps(&first) >= 6,
        "about a screenful: {} steps",
        steps(&first)
    );
    let shown = sections(&first);
    let before_last: usize = list.sections[..shown - 1]
        .iter()
        .map(|s| s.steps.len())
        .sum();
    assert!(before_last < 6, "no more sections than needed for it");
    let cover = r#"class="cover print-only""#;
    assert!(
        all.contains(cover) && !first.contains(cover),
        "the printed cover comes with the rest"
    );
    let top = |html: &str| {
        let section = html.split("data-section-id=").nth(1).unwrap_or_default();
        section
            .split("</section>")
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        top(&first).len() > 1000 && top(&first) == top(&all),
        "the same first section"
    );
}
