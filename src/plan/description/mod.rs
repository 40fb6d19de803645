//! The pool description: what the user typed, kept verbatim ([`model`], its choices in
//! [`choices`]), its name checks ([`fqdn`]), what it loses ([`loss`]), findings ([`validate`])
//! and the checked pool the planner takes ([`pool`]), every edit the form makes ([`edit`]) and
//! which of its fields apply ([`form`]), and the built-in example. Knows nothing of planning or
//! formats.

pub mod choices;
pub mod edit;
pub mod example;
pub mod form;
pub mod fqdn;
pub mod loss;
pub mod model;
pub mod pool;
pub mod readiness;
pub mod validate;
