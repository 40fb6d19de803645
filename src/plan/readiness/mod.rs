//! Backups the binder can count on. From the same plan as the binder: the backup script that
//! writes exactly what the binder's restore steps read ([`artefacts`], [`scripts`]), a read-only
//! readiness check of those backups and of the live deployment, and the check's report read back
//! against the plan ([`report`]); the drift it shows is said by
//! [`crate::plan::description::readiness::drift`]. Pure: no browser, no clock;
//! total on any input. The script writers and the report reader run in the import worker, so the
//! first load carries none of them.

pub mod artefacts;
pub mod report;
pub mod scripts;
pub mod worker;
