//! Formats: what a plan or a checklist becomes outside the engine — links and plan files
//! ([`codec`]), saved plans ([`store`]), Markdown, the printed page rule, QR codes and the
//! plan's fingerprint; [`json_text`] is how they become JSON and back. Every decoder is total and says what is wrong.

pub mod codec;
pub mod fingerprint;
pub mod json_text;
pub mod markdown;
pub mod print;
pub mod qr;
pub mod shape;
pub mod store;
