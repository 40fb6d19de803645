//! The page's labels (`src/content/texts/<lang>.toml`, section `[ui]`) as a struct with a field
//! per label, said by a [`Texts`]; and the engine's typed messages said the same way. The
//! checklist's own text comes from the catalogue through the same [`Texts`].

use crate::plan::{Message, PoolKind, Strings, Texts};

/// The labels said by `texts`.
pub fn strings(texts: Texts) -> Strings {
    texts.labels()
}

/// The label of a pool kind in the form.
pub fn kind_label(kind: PoolKind, texts: Texts) -> &'static str {
    let s = strings(texts);
    match kind {
        PoolKind::FrontEnd => s.kind_front_end(),
        PoolKind::StandardEdition => s.kind_standard_edition(),
        PoolKind::Director => s.kind_director(),
        PoolKind::Mediation => s.kind_mediation(),
        PoolKind::PersistentChat => s.kind_persistent_chat(),
        PoolKind::Edge => s.kind_edge(),
    }
}

/// An engine message said by `texts`.
pub fn say(message: &Message, texts: Texts) -> String {
    texts.render(message)
}
