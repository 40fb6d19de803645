//! Planning: the step catalogue (data), the templates that fill it with the user's names, the
//! rules that pick and order the procedures ([`planner`], [`site`] for several pools), the
//! checklist they produce, and the ticks kept against it ([`progress`]).

pub mod catalogue;
pub mod checklist;
pub mod planner;
pub mod progress;
pub mod site;
pub mod template;
