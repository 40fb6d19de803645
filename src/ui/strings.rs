//! The page's labels (`src/content/texts/<lang>.toml`, section `[ui]`) as a struct with a field
//! per label, said by a [`Texts`]; and the engine's typed messages said the same way. The
//! checklist's own text comes from the catalogue through the same [`Texts`].

use crate::plan::{Message, Strings, Texts};

/// The labels said by `texts`.
pub fn strings(texts: Texts) -> Strings {
    texts.labels()
}

/// An engine message said by `texts`.
pub fn say(message: &Message, texts: Texts) -> String {
    texts.render(message)
}
