//! One writer per generated file: each turns checked content into Rust source (or a pack).

pub mod backup;
pub mod catalogue;
pub mod common;
pub mod flags;
pub mod texts;
pub mod versions;
