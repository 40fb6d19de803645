//! The page's labels (`src/content/texts/<lang>.toml`, section `[ui]`) as a struct with a field
//! per label, said by a [`Texts`]; and the engine's typed messages said the same way. The
//! checklist's own text comes from the catalogue through the same [`Texts`].

use crate::plan::{Message, PoolKind, Texts};

// `Strings`, one per language and `BY_TAG`, written by build.rs from the `[ui]` sections.
include!(concat!(env!("OUT_DIR"), "/ui-strings.rs"));

/// The labels said by `texts`.
pub fn strings(texts: Texts) -> &'static Strings {
    let tag = texts.lang().tag();
    BY_TAG
        .iter()
        .find(|(t, _)| *t == tag)
        .or(BY_TAG.first())
        .map_or(&EN, |(_, s)| *s)
}

/// The label of a pool kind in the form.
pub fn kind_label(kind: PoolKind, texts: Texts) -> &'static str {
    let s = strings(texts);
    match kind {
        PoolKind::FrontEnd => s.kind_front_end,
        PoolKind::StandardEdition => s.kind_standard_edition,
        PoolKind::Director => s.kind_director,
        PoolKind::Mediation => s.kind_mediation,
        PoolKind::PersistentChat => s.kind_persistent_chat,
        PoolKind::Edge => s.kind_edge,
    }
}

/// An engine message said by `texts`.
pub fn say(message: &Message, texts: Texts) -> String {
    texts.render(message)
}
