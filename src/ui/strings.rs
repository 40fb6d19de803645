//! The page's labels (`src/content/texts/<lang>.toml`, section `[ui]`) as a struct with a field
//! per label, said by a [`Texts`]; and the engine's typed messages said the same way. The
//! checklist's own text comes from the catalogue through the same [`Texts`]. The page's texts
//! reach every component through one Yew context ([`use_texts`]), provided by the app.

use yew::prelude::*;

use crate::plan::{Message, Strings, Texts};

/// The page's texts (its language), from the app's context; English where none is provided.
#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().unwrap_or_else(Texts::english)
}

/// The labels said by `texts`.
pub fn strings(texts: Texts) -> Strings {
    texts.labels()
}

/// An engine message said by `texts`.
pub fn say(message: &Message, texts: Texts) -> String {
    texts.render(message)
}
