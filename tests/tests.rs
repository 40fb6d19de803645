//! Every native test, in one crate (one link on a two-core machine instead of one per file):
//! each module is one concern, named as `cargo test <module>::` selects it; `support` is what
//! they share. `cargo test --test tests golden::` runs one module.

mod support;

mod architecture;
mod backup_scripts;
mod catalogue_lint;
mod cli;
mod codec;
mod command_lint;
mod data_safety;
mod defects;
mod french;
mod generated;
mod golden;
mod import;
mod plurals;
mod properties;
mod ps_grammar;
mod readiness;
mod render;
mod rules;
mod tabs;
mod trace_lint;
mod translations;
mod versions;
mod versions_table;
