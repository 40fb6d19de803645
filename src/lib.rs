//! Lync Restore Planner: printable restore checklists for Lync Server 2013 pools.
//!
//! [`plan`] is the pure engine (no browser types, tested natively); [`ui`] is the thin Yew
//! layer that edits a plan and renders its checklist.

pub mod plan;
pub mod ui;
