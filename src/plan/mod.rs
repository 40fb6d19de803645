//! The restore engine: a pure library with no browser, UI framework or clock in it.
//!
//! Data flow, one sub-module per stage: [`description`] (the [`Plan`] as typed, its checks and
//! edits) or [`import`] (a topology file → plans) → [`planning`] (catalogue + rules → the
//! [`Checklist`]; ticks) → [`formats`] (links, plan files, saved plans, Markdown, print, QR) →
//! [`readiness`] (the backups a binder reads); [`texts`] holds every language. No stage depends
//! on a later one, and none on the page's state (`crate::state`), which is built on this
//! (`tests/architecture.rs` checks both). This module re-exports what the UI uses. Every public
//! function is total: any input gives an answer, never a panic (`tests/properties.rs` checks it).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod description;
pub mod formats;
pub mod import;
pub mod planning;
pub mod readiness;
pub mod texts;

pub use description::edit::{Action, Store, Switch, TextField, apply};
pub use description::example::example_plan;
pub use description::fqdn::sql_label;
pub use description::model::{
    BackEnd, BackupFiles, ChatBackupMethod, Failure, MirrorLoss, PersistentChat, Plan, PoolKind,
    SqlStore, StoreLocation, Version,
};
pub use description::pool::Pool;
pub use description::validate::{Issue, IssueKind, validate};
pub use formats::codec::{DecodeError, MAX_FILE_BYTES, decode_file, encode_file, encode_link};
pub use formats::fingerprint::fingerprint;
pub use formats::markdown::to_markdown;
pub use formats::print::page_rule;
pub use formats::qr::qr_svg;
pub use formats::store;
pub use formats::store::{DAMAGED_KEY, LEGACY_SESSION_KEY, STORE_KEY, default_name};
pub use planning::catalogue::Catalogue;
pub use planning::checklist::{Checklist, DocLink, Section, Step};
pub use planning::flags::{KNOWN_FLAGS, flags};
pub use planning::planner::{build_checklist, build_checklist_with, cold_start_quorum};
pub use planning::progress::{Count, Progress, Session, SessionAction, apply_session};
pub use planning::site::{
    BuiltPools, build_session_checklist, build_session_checklist_reusing, ordered, reason,
};
pub use texts::lang::Lang;
pub use texts::message::Message;
pub use texts::table::{Key, Strings, Texts, key};
