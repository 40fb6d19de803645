//! A QR code drawn as inline SVG from the engine's path data (no image file, no network).

use yew::prelude::*;

use crate::plan::qr_svg;

/// Props of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text (URL) to encode.
    pub text: AttrValue,
}

/// The QR code of a URL, or nothing if it cannot be encoded.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let Some(qr) = qr_svg(&props.text) else {
        return Html::default();
    };
    html! {
        <svg class="qr" viewBox={qr.view_box} role="img" aria-label={format!("QR code: {}", props.text)}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <path d={qr.path} />
        </svg>
    }
}
