//! Yew components, one per file; each renders props and reports user actions.

pub mod checklist_section;
pub mod checklist_view;
pub mod cover_sheet;
pub mod header;
pub mod inputs;
pub mod notices;
pub mod pool_form;
pub mod qr_code;
pub mod saved_plans;
pub mod server_list;
pub mod share_exports;
pub mod share_panel;
pub mod site_pools;
pub mod step_item;
pub mod topology_panel;
