//! Browser entry point: mounts the Yew app on `<body>` — once the French texts are there when
//! the app starts in French, so a French binder never shows English steps for a moment.

use lync_restore::plan::Lang;
use lync_restore::ui::app::AppProps;
use lync_restore::ui::effects::{initial_lang, when_french};

fn main() {
    let lang = initial_lang();
    when_french(
        lang == Lang::Fr,
        None,
        Box::new(move |french| {
            let props = AppProps {
                lang: Some(lang),
                french,
                ..AppProps::default()
            };
            yew::Renderer::<lync_restore::ui::App>::with_props(props).render();
        }),
    );
}
