//! Texts: the languages ([`lang`]), every text of the app and the catalogue in one table per
//! language passed as a [`table::Texts`] value, typed messages it says ([`message`]), and counts
//! said by each language's plural rules ([`plural`]).
//! Depends on nothing else of the engine.

pub mod lang;
pub mod message;
pub mod plural;
pub mod table;
