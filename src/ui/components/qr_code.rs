//! A QR code drawn as inline SVG from the engine's path data (no image file, no network). A
//! function, not a component: its section draws it again only when the section changed.

use yew::prelude::*;

use crate::plan::qr_svg;

/// The QR code of a URL, or nothing if it cannot be encoded.
pub fn qr_code(text: &str) -> Html {
    let Some(qr) = qr_svg(text) else {
        return Html::default();
    };
    html! {
        <svg class="qr" viewBox={qr.view_box} role="img" aria-label={format!("QR code: {text}")}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <path d={qr.path} />
        </svg>
    }
}
