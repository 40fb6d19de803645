//! What several test modules share: the test fixtures, the plans every whole-catalogue lint
//! checks, plan generators, the steps' declared effects, the pinned cmdlet reference and the
//! PowerShell readers the command and script lints use.

pub mod command_lint;
pub mod corpus;
pub mod effects;
pub mod fixtures;
pub mod generators;
pub mod module_paths;
pub mod powershell;
pub mod ps_grammar;
pub mod reference;
