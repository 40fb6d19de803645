//! Ticked steps and the session that pairs them with a plan. Ticks are keyed by stable step ids
//! (`<section>/<step>`), so they survive editing the pool: a step that disappears and comes back
//! gets its tick back. The time of a tick is given by the caller (the engine has no clock).

use std::collections::BTreeMap;

use crate::plan::description::edit::{Action, apply};
use crate::plan::description::model::Plan;
use serde::{Deserialize, Serialize};

use crate::plan::planning::checklist::{Checklist, Section};

/// Ticked steps: step id → when it was ticked (text chosen by the UI, e.g. `2026-11-26 03:59`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Step id → tick time.
    pub ticks: BTreeMap<String, String>,
}

/// Done and total steps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    /// Ticked steps.
    pub done: usize,
    /// All steps.
    pub total: usize,
}

impl Progress {
    /// When `step_id` was ticked, if it is.
    pub fn tick_time(&self, step_id: &str) -> Option<&str> {
        self.ticks.get(step_id).map(String::as_str)
    }

    /// Progress within one section.
    pub fn section_count(&self, section: &Section) -> Count {
        Count {
            done: section
                .steps
                .iter()
                .filter(|s| self.ticks.contains_key(&s.id))
                .count(),
            total: section.steps.len(),
        }
    }

    /// Progress over the whole checklist (only steps it contains count).
    pub fn overall_count(&self, list: &Checklist) -> Count {
        list.sections.iter().fold(Count::default(), |acc, s| {
            let c = self.section_count(s);
            Count {
                done: acc.done + c.done,
                total: acc.total + c.total,
            }
        })
    }
}

/// A plan and its progress: what the app edits and keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// The pool description.
    pub plan: Plan,
    /// Ticked steps.
    pub progress: Progress,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// Other failed pools planned together with `plan` (a site plan from a topology import).
    pub site: Vec<Plan>,
}

/// One change to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    /// An edit of the plan (ticks are kept).
    Edit(Action),
    /// Tick a step at the given time.
    Tick(String, String),
    /// Untick a step.
    Untick(String),
    /// Forget every tick.
    ResetProgress,
    /// Edit another pool of the site plan (swaps it with the edited one).
    SwitchPool(usize),
}

/// Applies `action` to `session`.
pub fn apply_session(mut session: Session, action: SessionAction) -> Session {
    match action {
        SessionAction::Edit(edit) => session.plan = apply(session.plan, edit),
        SessionAction::Tick(id, at) => {
            session.progress.ticks.insert(id, at);
        }
        SessionAction::Untick(id) => {
            session.progress.ticks.remove(&id);
        }
        SessionAction::ResetProgress => session.progress.ticks.clear(),
        SessionAction::SwitchPool(i) => {
            if let Some(other) = session.site.get_mut(i) {
                std::mem::swap(other, &mut session.plan);
            }
        }
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::description::example::example_plan;
    use crate::plan::description::pool::Pool;
    use crate::plan::planning::planner::build_checklist;
    use crate::plan::texts::table::Texts;

    #[test]
    fn ticks_survive_editing_the_pool_and_count_only_current_steps() {
        let mut s = Session {
            plan: example_plan(),
            ..Session::default()
        };
        let list = build_checklist(&Pool::check(&s.plan), Texts::english());
        let last = list
            .sections
            .iter()
            .rev()
            .find(|x| x.id.starts_with("server:"))
            .expect("a server");
        let id = last.steps[0].id.clone();
        s = apply_session(s, SessionAction::Tick(id.clone(), "03:59".into()));
        assert_eq!(s.progress.overall_count(&list).done, 1);
        // Remove that server: its tick no longer counts, but is kept…
        let index = s.plan.servers.len() - 1;
        let server = s.plan.servers[index].clone();
        s = apply_session(s, SessionAction::Edit(Action::RemoveServer(index)));
        assert_eq!(
            s.progress
                .overall_count(&build_checklist(&Pool::check(&s.plan), Texts::english()))
                .done,
            0
        );
        // …and comes back with the server.
        s = apply_session(s, SessionAction::Edit(Action::PasteServers(server)));
        let list = build_checklist(&Pool::check(&s.plan), Texts::english());
        assert_eq!(s.progress.overall_count(&list).done, 1);
        assert_eq!(s.progress.tick_time(&id), Some("03:59"));
        s = apply_session(s, SessionAction::ResetProgress);
        assert_eq!(
            s.progress.overall_count(&list),
            Count {
                done: 0,
                total: list.step_count()
            }
        );
    }
}
