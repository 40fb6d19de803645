//! Native render tests of the Yew components through Yew's server-side renderer: what a user
//! sees for the example, for a blank start and for bad input, without a browser.

#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use lync_restore::plan::example::example_plan;
use lync_restore::plan::{Lang, Plan, build_checklist};
use lync_restore::ui::App;
use lync_restore::ui::app::AppProps;
use lync_restore::ui::components::checklist_view::{ChecklistView, ChecklistViewProps};
use yew::LocalServerRenderer;

async fn render_app(plan: Option<Plan>) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { initial: plan })
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
    let back_end = position(&html, r#"data-section-id="back_end""#);
    for fe in ["fe01", "fe02", "fe03"] {
        assert!(
            back_end
                < position(
                    &html,
                    &format!(r#"data-section-id="server:{fe}.example.com""#)
                )
        );
    }
    assert!(html.contains(r#"Import-CsUserData -PoolFqdn "pool01.example.com""#));
    assert!(html.contains(r#"href="https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-restoring-an-enterprise-edition-back-end-server""#));
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
    let list = build_checklist(&plan, Lang::En);
    let html = LocalServerRenderer::<ChecklistView>::with_props(ChecklistViewProps {
        checklist: Rc::new(list),
        site: plan.site.clone().into(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(!html.contains("<img"));
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;"));
}
