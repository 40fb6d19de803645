//! Planning: the step catalogue (data), the templates that fill it with the user's names, the
//! rules that pick and order the procedures ([`planner`], from the plan's [`flags`] and
//! [`values`]; [`site`] for several pools), the
//! checklist they produce, and the ticks kept against it ([`progress`]).

pub mod catalogue;
pub mod checklist;
pub mod flags;
pub mod planner;
pub mod progress;
pub mod site;
pub mod template;
pub mod values;
