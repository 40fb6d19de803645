//! What the last readiness check found (its report, read back against the plan by the
//! readiness stage's report reader): its checks, the steps each protects, and what the live
//! topology says of the plan's pools, from which [`drift`] says where the deployment left the
//! plan. Plain data and one pure comparison.

use serde::{Deserialize, Serialize};

use crate::plan::description::fqdn::is_default_instance;
use crate::plan::description::model::{Plan, PoolKind, Version};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// How a check ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// What the binder relies on is there.
    Passed,
    /// Could not be told, or not right but not fatal.
    Warning,
    /// The binder would not work as written.
    Failed,
}

/// One check of the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// What was checked, e.g. `config:pool01.contoso.com` or `drift:members:pool01.contoso.com`.
    pub id: String,
    /// The catalogue steps it protects.
    pub protects: Vec<String>,
    /// How it ended.
    pub status: Status,
    /// What the check saw, in the language of the script that ran it.
    pub detail: String,
    /// The id of those words in the backup table's `[say]`, so a binder says them in its own
    /// language (empty: only `detail` is known).
    #[serde(default)]
    pub say: String,
    /// The values the words are said with (`{0}`, `{1}`…).
    #[serde(default)]
    pub args: Vec<String>,
}

/// What the live topology says of one pool of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LivePool {
    /// The pool's FQDN, as the plan names it.
    pub pool: String,
    /// The topology has the pool.
    pub found: bool,
    /// Its member servers.
    pub members: Vec<String>,
    /// Its Back End SQL Server (a Front End pool's), empty for other kinds.
    pub back_end: String,
    /// The Back End's instance.
    pub back_end_instance: String,
    /// Its file store share, empty when it has none.
    pub file_store: String,
    /// The product version its services run (a `Version` key).
    pub version: String,
}

/// What the check read of the live deployment: its published topology, read by the planner's
/// own importer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observed {
    /// The topology could be read (false: no drift can be told).
    pub read: bool,
    /// The pool that hosts the Central Management store, empty when the topology names none.
    pub cms_host: String,
    /// Each pool of the plan.
    pub pools: Vec<LivePool>,
}

/// The last readiness check of a plan: its report, read back against the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Readiness {
    /// The fingerprint of the plan the check was written for.
    pub plan_fingerprint: String,
    /// The computer it ran on.
    pub computer: String,
    /// Who ran it.
    pub user: String,
    /// When it finished (ISO 8601, the server's clock and offset).
    pub finished: String,
    /// Every check, in order.
    pub checks: Vec<Check>,
    /// What it read of the deployment.
    pub observed: Observed,
}

impl Readiness {
    /// How many checks passed, and how many there are.
    pub fn passed(&self) -> (usize, usize) {
        let passed = self
            .checks
            .iter()
            .filter(|c| c.status == Status::Passed)
            .count();
        (passed, self.checks.len())
    }

    /// The checks that did not pass and protect the catalogue step `step` (a checklist step id
    /// `<section>/<step>` or the catalogue's own id).
    pub fn marks<'a>(&'a self, step: &'a str) -> impl Iterator<Item = &'a Check> + 'a {
        let step = step.rsplit('/').next().unwrap_or(step);
        self.checks
            .iter()
            .filter(move |c| c.status != Status::Passed && c.protects.iter().any(|p| p == step))
    }
}

/// Where the live deployment no longer matches `plans` (the pools a binder restores): each a
/// finding in the page's words. None when the topology could not be read (the check says so).
pub fn drift(readiness: &Readiness, plans: &[Plan]) -> Vec<Message> {
    let observed = &readiness.observed;
    if !observed.read {
        return vec![Message::new(key::DRIFT_UNREAD)];
    }
    let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    let mut out = Vec::new();
    for plan in plans {
        let pool = plan.pool_fqdn.trim();
        let Some(live) = observed.pools.iter().find(|l| same(&l.pool, pool)) else {
            continue;
        };
        if !live.found {
            out.push(Message::new(key::DRIFT_POOL_MISSING).with("pool", pool));
            continue;
        }
        let planned = plan.members();
        for server in &live.members {
            if !planned.iter().any(|p| same(p, server)) {
                out.push(
                    Message::new(key::DRIFT_MEMBER_EXTRA)
                        .with("pool", pool)
                        .with("server", server),
                );
            }
        }
        for server in planned {
            if !server.is_empty() && !live.members.iter().any(|l| same(l, server)) {
                out.push(
                    Message::new(key::DRIFT_MEMBER_GONE)
                        .with("pool", pool)
                        .with("server", server),
                );
            }
        }
        let sql = |fqdn: &str, instance: &str| match instance.trim() {
            i if is_default_instance(i) || i.is_empty() => fqdn.trim().to_string(),
            i => format!("{}\\{i}", fqdn.trim()),
        };
        let back_end = &plan.back_end;
        if plan.kind == PoolKind::FrontEnd
            && !(same(&live.back_end, &back_end.sql_fqdn)
                && same_instance(&live.back_end_instance, &back_end.sql_instance))
        {
            out.push(
                Message::new(key::DRIFT_BACK_END)
                    .with("pool", pool)
                    .with("live", sql(&live.back_end, &live.back_end_instance))
                    .with("planned", sql(&back_end.sql_fqdn, &back_end.sql_instance)),
            );
        }
        if !same(&live.file_store, &plan.file_store) {
            out.push(
                Message::new(key::DRIFT_FILE_STORE)
                    .with("pool", pool)
                    .with("live", &live.file_store)
                    .with("planned", plan.file_store.trim()),
            );
        }
        if let Some(version) = Version::ALL.iter().find(|v| v.key() == live.version)
            && *version != plan.version
        {
            out.push(
                Message::new(key::DRIFT_VERSION)
                    .with("pool", pool)
                    .nested("live", version.name())
                    .nested("planned", plan.version.name()),
            );
        }
        let hosts = same(&observed.cms_host, pool);
        if matches!(plan.kind, PoolKind::FrontEnd | PoolKind::StandardEdition)
            && !plan.cms_unknown
            && !observed.cms_host.is_empty()
            && hosts != plan.hosts_cms
        {
            out.push(
                Message::new(if hosts {
                    key::DRIFT_CMS_HERE
                } else {
                    key::DRIFT_CMS_ELSEWHERE
                })
                .with("pool", pool)
                .with("live", &observed.cms_host),
            );
        }
    }
    out
}

/// Two instance names that mean the same instance (the default one however written).
fn same_instance(a: &str, b: &str) -> bool {
    (is_default_instance(a) && is_default_instance(b)) || a.trim().eq_ignore_ascii_case(b.trim())
}
