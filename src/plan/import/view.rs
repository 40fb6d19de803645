//! What the page needs of an imported topology: each pool's whole-pool plan and the lines to show,
//! and the site plan for the pools and servers the user ticks. The import worker builds it, so the
//! page receives plans (whose reader it has anyway) and text rather than the whole [`Topology`].

use serde::{Deserialize, Serialize};

use super::classify::{ImportedPool, Product, SqlRef, Topology};
use crate::plan::description::fqdn::sql_label;
use crate::plan::description::model::{Failure, Plan};
use crate::plan::planning::progress::Session;

/// An imported topology as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopologyView {
    /// Product version.
    pub product: Product,
    /// Site names.
    pub sites: Vec<String>,
    /// Pools, in file order.
    pub pools: Vec<PoolView>,
    /// SQL stores, one line each: `sql\instance — what it holds`.
    pub stores: Vec<String>,
    /// File store shares.
    pub file_stores: Vec<String>,
    /// Roles seen but not planned: (role, where it is installed).
    pub not_planned: Vec<(String, String)>,
}

/// One pool of the topology.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolView {
    /// The plan when the whole pool failed.
    pub plan: Plan,
    /// Its member servers (a Standard Edition server lists itself).
    pub servers: Vec<String>,
    /// Roles installed on its servers.
    pub roles: Vec<String>,
    /// Its stores, one line each: `Back End: sql\instance`, file store share…
    pub stores: Vec<String>,
}

impl PoolView {
    /// The plan when the servers in `failed` failed (none: the whole pool; every one of them
    /// is still those servers alone, see [`Failure::of_servers`]).
    pub fn plan_for(&self, failed: &[String]) -> Plan {
        Plan {
            failure: Failure::of_servers(failed),
            ..self.plan.clone()
        }
    }
}

fn sql_line(what: &str, sql: &Option<SqlRef>) -> Option<String> {
    sql.as_ref().map(|r| {
        format!(
            "{what}: {}",
            sql_label(&r.fqdn, &r.instance, "default instance")
        )
    })
}

impl From<&ImportedPool> for PoolView {
    fn from(pool: &ImportedPool) -> Self {
        let stores = [
            ("Back End", &pool.user_store),
            ("Archiving", &pool.archiving),
            ("Monitoring", &pool.monitoring),
            ("mgc", &pool.chat_store),
        ]
        .iter()
        .filter_map(|(what, sql)| sql_line(what, sql))
        .chain(pool.file_store.iter().cloned())
        .collect();
        PoolView {
            plan: pool.to_plan(&[]),
            servers: pool.servers.clone(),
            roles: pool.roles.clone(),
            stores,
        }
    }
}

impl From<&Topology> for TopologyView {
    fn from(t: &Topology) -> Self {
        TopologyView {
            product: t.product,
            sites: t.sites.clone(),
            pools: t.pools.iter().map(PoolView::from).collect(),
            stores: t
                .stores
                .iter()
                .map(|s| {
                    format!(
                        "{} — {}",
                        sql_label(&s.sql.fqdn, &s.sql.instance, "default instance"),
                        s.holds.join(", ")
                    )
                })
                .collect(),
            file_stores: t.file_stores.clone(),
            not_planned: t
                .not_planned
                .iter()
                .map(|n| (n.role.clone(), n.on.clone()))
                .collect(),
        }
    }
}

impl TopologyView {
    /// The site plan for the pools ticked whole (`pools`, by index) and the servers ticked one by
    /// one (`servers`: pool index, server); `None` when nothing is ticked.
    pub fn session_for(&self, pools: &[usize], servers: &[(usize, String)]) -> Option<Session> {
        let mut plans = Vec::new();
        for (i, pool) in self.pools.iter().enumerate() {
            // In the pool's own order, whatever the order they were ticked in.
            let failed: Vec<String> = pool
                .servers
                .iter()
                .filter(|s| servers.iter().any(|(p, t)| *p == i && t == *s))
                .cloned()
                .collect();
            if pools.contains(&i) {
                plans.push(pool.plan_for(&[]));
            } else if !failed.is_empty() {
                plans.push(pool.plan_for(&failed));
            }
        }
        let mut plans = plans.into_iter();
        let first = plans.next()?;
        Some(Session {
            plan: first,
            site: plans.collect(),
            ..Session::default()
        })
    }
}
