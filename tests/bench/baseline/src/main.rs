//! An empty Yew app: one component, one line of text.
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <main><h1>{ "Baseline" }</h1></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
