//! The French texts of the catalogue, kept out of the app's first load: `build.rs` writes them
//! to the French pack (one text per line; catalogue texts refer to lines by [`FrRef`]) and the
//! browser fetches it the first time French is needed, then [`install`]s it. Until then French
//! lookups fall back to English, never fail. Native builds (tests, the CLI) have the pack built
//! in. A pack of another build (other line count or size) is refused, so a text can never show
//! under the wrong step.
//!
//! [`FrRef`]: crate::plan::texts::lang::FrRef

use std::sync::OnceLock;

// FRENCH_LINES and FRENCH_BYTES, written by build.rs with the pack.
include!(concat!(env!("OUT_DIR"), "/fr-pack-size.rs"));

/// The installed pack's lines.
static PACK: OnceLock<Vec<&'static str>> = OnceLock::new();

/// The pack built into native builds.
#[cfg(not(target_arch = "wasm32"))]
const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/fr-pack.txt"));

/// Why a French pack was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongPack {
    /// Its lines.
    pub lines: usize,
    /// Its size in bytes.
    pub bytes: usize,
}

/// Installs the French pack `text` (the first good one stays; installing again is harmless).
pub fn install(text: &str) -> Result<(), WrongPack> {
    let lines = text.split('\n').count();
    if lines != FRENCH_LINES || text.len() != FRENCH_BYTES {
        return Err(WrongPack {
            lines,
            bytes: text.len(),
        });
    }
    if PACK.get().is_none() {
        // Kept for the life of the page: catalogue texts are `&'static str`.
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let _ = PACK.set(text.split('\n').collect());
    }
    Ok(())
}

/// True when French texts are available.
pub fn installed() -> bool {
    lines().is_some()
}

/// Line `n` (from 1) of the installed pack.
pub(crate) fn line(n: u16) -> Option<&'static str> {
    lines()?.get(usize::from(n).checked_sub(1)?).copied()
}

#[cfg(not(target_arch = "wasm32"))]
fn lines() -> Option<&'static [&'static str]> {
    Some(PACK.get_or_init(|| BUILT_IN.split('\n').collect()))
}

#[cfg(target_arch = "wasm32")]
fn lines() -> Option<&'static [&'static str]> {
    PACK.get().map(Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_builds_pack_is_accepted() {
        assert_eq!(install(BUILT_IN), Ok(()));
        assert!(install("").is_err());
        assert!(install(&BUILT_IN[..BUILT_IN.len() - 1]).is_err());
        assert!(install(&format!("{BUILT_IN}\nextra")).is_err());
        assert!(installed());
        assert_eq!(line(0), None);
        assert_eq!(line(1), BUILT_IN.split('\n').next());
        assert_eq!(line(u16::MAX), None);
    }
}
