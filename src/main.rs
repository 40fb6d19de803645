//! Browser entry point: mounts the Yew app on `<body>` — once the start language's steps are
//! there when it is not English, so a French binder never shows English steps for a moment.

use lync_restore::ui::app::AppProps;
use lync_restore::ui::effects::{initial_lang, when_pack};

fn main() {
    let lang = initial_lang();
    when_pack(
        lang,
        &[],
        Box::new(move |fetched| {
            let props = AppProps {
                lang: Some(lang),
                fetched,
                ..AppProps::default()
            };
            yew::Renderer::<lync_restore::ui::App>::with_props(props).render();
        }),
    );
}
