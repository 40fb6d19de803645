//! Texts: the languages, the app's texts as typed messages ([`message`]: page labels, engine
//! messages, markers, one table per language from `src/content/texts/`) and the catalogue's French
//! text, kept out of the first load ([`french`]). Depends on nothing else of the engine.

pub mod french;
pub mod lang;
pub mod message;
