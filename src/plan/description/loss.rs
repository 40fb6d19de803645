//! What was lost: a set of machines, and the stores that live on them. This is the one place
//! that says it; the planner restores, overwrites or recreates only what [`Lost`] names, and
//! `tests/data_safety.rs` checks every binder against it.
//!
//! Guarantees: choosing "the whole pool" loses the pool's member servers and its own store (the
//! Back End of a Front End pool, the `mgc` store of a Persistent Chat pool), never the file
//! server or a stand-alone Archiving or Monitoring SQL Server, which are lost only when marked
//! so; naming every member server is not the whole pool (its store survives); a store is lost
//! exactly when the machine that holds it is. Total: never panics.

use crate::plan::description::fqdn::check_unc;
use crate::plan::description::model::{MirrorLoss, Plan, PoolKind, SqlStore, StoreLocation};

/// The machines and stores a plan marks lost, worked out once from its description.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lost {
    /// Every machine lost, lower-case FQDNs (members, SQL Servers, the file server).
    pub machines: Vec<String>,
    /// Every member server is rebuilt (the whole pool, or each member named): nothing of the
    /// pool runs, so it starts from nothing (the cold-start rules apply).
    pub every_member: bool,
    /// The pool's own store: a Front End pool's Back End (one side or both), a Persistent Chat
    /// pool's `mgc` store.
    pub back_end: bool,
    /// The Archiving database's store (on the Back End, or on its own SQL Server).
    pub archiving: bool,
    /// The Monitoring databases' store.
    pub monitoring: bool,
    /// The file store's server (or, for a DFS namespace, its folder target).
    pub file_store: bool,
}

impl Lost {
    /// What `plan` marks lost.
    pub fn of(plan: &Plan) -> Lost {
        let mut machines: Vec<String> = Vec::new();
        let mut add = |name: &str| {
            let name = name.trim().to_ascii_lowercase();
            if !name.is_empty() && !machines.contains(&name) {
                machines.push(name);
            }
        };
        let members = plan.members();
        let failed = plan.failed_members();
        failed.iter().for_each(|m| add(m));
        let be = &plan.back_end;
        let back_end = match plan.kind {
            PoolKind::FrontEnd => plan.back_end_failed(),
            PoolKind::PersistentChat => plan.failure.whole_pool || plan.failure.back_end,
            _ => false,
        };
        if back_end && plan.kind == PoolKind::FrontEnd && !plan.always_on() {
            match plan.mirror_loss() {
                MirrorLoss::Both => {
                    add(&be.sql_fqdn);
                    if plan.mirrored() {
                        add(&be.mirror_fqdn);
                    }
                }
                MirrorLoss::Primary => add(&be.sql_fqdn),
                MirrorLoss::Mirror => add(&be.mirror_fqdn),
            }
        }
        if back_end && plan.kind == PoolKind::PersistentChat {
            add(&plan.persistent_chat.sql_fqdn);
        }
        let fe = plan.kind == PoolKind::FrontEnd;
        for (store, marked) in [
            (&plan.archiving, plan.failure.archiving_store),
            (&plan.monitoring, plan.failure.monitoring_store),
        ] {
            if fe && marked && store.location == StoreLocation::StandAlone {
                add(&store.sql_fqdn);
            }
        }
        let file_server = file_server(plan);
        if plan.failure.file_store {
            add(&file_server);
        }
        let is_lost = |name: &str| {
            !name.trim().is_empty() && machines.contains(&name.trim().to_ascii_lowercase())
        };
        // A collocated store shares the Back End's fate: lost when no side of it survives (one
        // surviving mirror side still holds the databases).
        let back_end_gone = back_end && plan.mirror_loss() == MirrorLoss::Both;
        let store_lost = |store: &SqlStore| {
            fe && match store.location {
                StoreLocation::None => false,
                StoreLocation::Collocated => back_end_gone,
                StoreLocation::StandAlone => is_lost(&store.sql_fqdn),
            }
        };
        Lost {
            archiving: store_lost(&plan.archiving),
            monitoring: store_lost(&plan.monitoring),
            file_store: !plan.file_store.trim().is_empty() && is_lost(&file_server),
            every_member: !members.is_empty() && failed.len() == members.len(),
            back_end,
            machines,
        }
    }

    /// True when `fqdn` names a lost machine.
    pub fn machine(&self, fqdn: &str) -> bool {
        let name = fqdn.trim().to_ascii_lowercase();
        !name.is_empty() && self.machines.contains(&name)
    }
}

/// The server part of the plan's file store share, lower-case (empty when there is none).
pub fn file_server(plan: &Plan) -> String {
    check_unc(&plan.file_store)
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default()
}

/// True when the file store is a domain-based DFS namespace (`\\contoso.com\share`): its
/// "server" is the domain of the pool (or of one of its servers), not a machine, and the files
/// live on the namespace's folder target.
pub fn file_store_is_dfs(plan: &Plan) -> bool {
    let server = file_server(plan);
    if server.is_empty() {
        return false;
    }
    std::iter::once(plan.pool_fqdn.as_str())
        .chain(plan.members())
        .filter_map(|name| name.trim().split_once('.').map(|(_, domain)| domain))
        .any(|domain| domain.eq_ignore_ascii_case(&server))
}
