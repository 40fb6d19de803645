//! The restore engine: a pure library with no browser, UI framework or clock in it.
//!
//! Pipeline: [`Plan`] (what the user typed, kept verbatim) → [`validate`] (findings next to
//! fields) and [`build_checklist`] (ordered sections and steps, from the data [`catalogue`]) →
//! renderers ([`markdown`]). Every public function is total: any input gives an answer, never
//! a panic (`tests/properties.rs` checks it on generated plans).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod catalogue;
pub mod checklist;
pub mod codec;
pub mod edit;
pub mod example;
pub mod fingerprint;
pub mod fqdn;
pub mod french;
pub mod import;
pub mod json;
pub mod lang;
pub mod markdown;
pub mod model;
pub mod planner;
pub mod print;
pub mod progress;
pub mod qr;
pub mod site;
pub mod store;
pub mod template;
pub mod validate;
pub mod workspace;

pub use catalogue::Catalogue;
pub use checklist::{Checklist, DocLink, Section, Step};
pub use edit::{Action, apply};
pub use lang::{FrRef, Lang, Text};
pub use model::{
    BackEnd, BackupFiles, ChatBackupMethod, Failure, MirrorLoss, PersistentChat, Plan, PoolKind,
    SqlStore, StoreLocation,
};
pub use planner::{KNOWN_FLAGS, build_checklist, build_checklist_with, cold_start_quorum, flags};
pub use progress::{Count, Progress, Session, SessionAction, apply_session};
pub use site::build_session_checklist;
pub use validate::{Issue, IssueKind, validate};
