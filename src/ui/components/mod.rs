//! Yew components and the views they draw, one job per file; each renders what it is given and
//! reports user actions. Stateless markup that renders with its parent anyway (the labelled
//! inputs, the form's fieldsets, a checklist section) is a view, a plain function or a struct's
//! `view`: each Yew component type costs the page about 1 KB gzip.

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
