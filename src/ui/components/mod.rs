//! Yew components, one per file; each renders props and reports user actions.

pub mod checklist_view;
pub mod inputs;
pub mod pool_form;
pub mod server_list;
