//! Texts: the languages ([`lang`]), every text of the app and the catalogue in one table per
//! language passed as a [`table::Texts`] value, and typed messages it says ([`message`]).
//! Depends on nothing else of the engine.

pub mod lang;
pub mod message;
pub mod table;
