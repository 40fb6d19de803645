//! Lync Restore Planner: printable restore checklists for Lync Server 2013 pools.
//!
//! [`plan`] is the pure engine (no browser types, tested natively); [`state`] is the page's
//! state over it, as pure (one value, one reducer); [`ui`] is the thin Yew layer that renders the
//! state and dispatches its actions.

pub mod plan;
pub mod state;
pub mod ui;

/// The browser builds (app and import worker) allocate with Talc instead of Rust's default
/// dlmalloc: smaller (measured −2.6 KB gzip on the app's wasm) and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
