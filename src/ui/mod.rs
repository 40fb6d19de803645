//! The thin Yew layer: components that edit a [`crate::plan::Plan`] through
//! [`crate::plan::Action`]s and render the engine's checklist. No domain rules live here.

pub mod app;
pub mod browser;
pub mod browser_json;
pub mod components;
pub mod effects;
pub mod import_worker;
pub mod strings;

pub use app::App;
