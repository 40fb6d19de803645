//! Backups the binder can count on. From the same plan as the binder: the backup script that
//! writes exactly what the binder's restore steps read ([`artefacts`], [`scripts`]), a read-only
//! readiness check of those backups and of the live deployment, and the check's report read back
//! against the plan ([`report`]), and what the binder then says ([`view`]: its cover, the steps
//! each failed check protects, the part "Before the incident"); the drift it shows is said by
//! [`crate::plan::description::readiness::drift`]. Pure: no browser, no clock; total on any
//! input. The command line uses all of it; the page does not yet (its first load has no room).

pub mod artefacts;
pub mod report;
pub mod scripts;
pub mod view;
