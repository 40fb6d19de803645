//! The page's labels in each language (from `src/content/texts/<lang>.toml`, section `[ui]`,
//! as a struct per language written by `build.rs`), and the engine's typed messages said in the
//! page's language. The checklist's own text comes from the catalogue.

use crate::plan::{Lang, Message, PoolKind, Texts};

// `Strings`, `EN` and `FR`, written by build.rs from the texts' `[ui]` sections.
include!(concat!(env!("OUT_DIR"), "/ui-strings.rs"));

/// The labels of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// The label of a pool kind in the form.
pub fn kind_label(kind: PoolKind, lang: Lang) -> &'static str {
    let s = strings(lang);
    match kind {
        PoolKind::FrontEnd => s.kind_front_end,
        PoolKind::StandardEdition => s.kind_standard_edition,
        PoolKind::Director => s.kind_director,
        PoolKind::Mediation => s.kind_mediation,
        PoolKind::PersistentChat => s.kind_persistent_chat,
        PoolKind::Edge => s.kind_edge,
    }
}

/// An engine message in `lang`.
pub fn say(message: &Message, lang: Lang) -> String {
    Texts::of(lang).render(message)
}
