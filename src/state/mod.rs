//! The page's state: everything the page shows, as pure values over the engine ([`crate::plan`]).
//! [`workspace`] holds the saved plans and the open session with every user operation on them;
//! [`app_state`] holds all of it (the workspace, the language, the notices, the topology being
//! imported) in one value changed by one reducer. Like the engine it has no browser, UI framework,
//! clock or randomness in it, so it is tested natively; it may use the engine, the engine never
//! uses it (`tests/architecture.rs` checks both). Total: any action on any state gives a state.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod app_state;
pub mod workspace;

pub use app_state::{AppAction, AppState, TopologyAction, TopologyState};
pub use workspace::{Notice, Slot, Workspace, WorkspaceAction};
