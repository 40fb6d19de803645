//! Texts: the two languages and the catalogue's French text, kept out of the first load. Depends
//! on nothing else of the engine but the JSON writer.

pub mod french;
pub mod lang;
