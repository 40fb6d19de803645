//! A pool description whose names were checked once: what the planner takes. Each name is
//! here only if it is valid ([`Fqdn`], [`Instance`], [`Share`] can only be made by their
//! checks); an absent one (missing or invalid) is printed as a marker in the checklist, and
//! [`crate::plan::description::validate`] says why. Choices, switches and file names are read
//! from the description itself ([`Pool::plan`]).

use crate::plan::description::fqdn::{Fqdn, Instance, Share};
use crate::plan::description::loss::Lost;
use crate::plan::description::model::{Plan, SqlStore, StoreLocation};

/// A SQL Server and instance, each checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SqlServer {
    /// The server's FQDN.
    pub fqdn: Option<Fqdn>,
    /// Its instance.
    pub instance: Option<Instance>,
}

impl SqlServer {
    fn check(fqdn: &str, instance: &str) -> SqlServer {
        SqlServer {
            fqdn: Fqdn::parse(fqdn).ok(),
            instance: Instance::parse(instance).ok(),
        }
    }
}

/// A member server: its name as typed (section ids and headings keep it) and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// As typed, trimmed.
    pub typed: String,
    /// The checked name.
    pub fqdn: Option<Fqdn>,
}

impl Member {
    fn check(typed: &str) -> Member {
        Member {
            typed: typed.to_string(),
            fqdn: Fqdn::parse(typed).ok(),
        }
    }
}

/// The pool with its names checked.
#[derive(Clone, Debug)]
pub struct Pool<'a> {
    /// The description as typed.
    pub plan: &'a Plan,
    /// The pool's FQDN.
    pub fqdn: Option<Fqdn>,
    /// The (primary) Back End SQL Server.
    pub back_end: SqlServer,
    /// Its mirror.
    pub mirror: SqlServer,
    /// The primary replica of its availability group.
    pub primary_replica: Option<Fqdn>,
    /// The `$Backup` share.
    pub backup_share: Option<Share>,
    /// The file store share.
    pub file_store: Option<Share>,
    /// The paired backup pool.
    pub backup_pool: Option<Fqdn>,
    /// The backup pool's Back End SQL Server.
    pub backup_sql: SqlServer,
    /// The Edge pool whose next hop is this pool.
    pub edge_pool: Option<Fqdn>,
    /// The SQL Server of the Persistent Chat store.
    pub chat_sql: SqlServer,
    /// The SQL Server of the Archiving database.
    pub archiving: SqlServer,
    /// The SQL Server of the Monitoring databases.
    pub monitoring: SqlServer,
    /// Member servers, in pool order (a Standard Edition server is its own member).
    pub members: Vec<Member>,
    /// The member servers to rebuild, in pool order.
    pub failed: Vec<Member>,
    /// What was lost: the planner touches nothing else.
    pub lost: Lost,
}

impl<'a> Pool<'a> {
    /// Checks every name of `plan`, once.
    pub fn check(plan: &'a Plan) -> Pool<'a> {
        let be = &plan.back_end;
        let chat = &plan.persistent_chat;
        // A collocated store lives on the Back End SQL Server.
        let store = |s: &SqlStore| match s.location {
            StoreLocation::StandAlone => SqlServer::check(&s.sql_fqdn, &s.sql_instance),
            _ => SqlServer::check(&be.sql_fqdn, &be.sql_instance),
        };
        Pool {
            plan,
            fqdn: Fqdn::parse(&plan.pool_fqdn).ok(),
            back_end: SqlServer::check(&be.sql_fqdn, &be.sql_instance),
            mirror: SqlServer::check(&be.mirror_fqdn, &be.mirror_instance),
            primary_replica: Fqdn::parse(&be.primary_replica).ok(),
            backup_share: Share::parse(&plan.backup.location).ok(),
            file_store: Share::parse(&plan.file_store).ok(),
            backup_pool: Fqdn::parse(&plan.backup_pool).ok(),
            backup_sql: SqlServer::check(&plan.backup_sql_fqdn, &plan.backup_sql_instance),
            edge_pool: Fqdn::parse(&plan.edge_pool).ok(),
            chat_sql: SqlServer::check(&chat.sql_fqdn, &chat.sql_instance),
            archiving: store(&plan.archiving),
            monitoring: store(&plan.monitoring),
            members: plan.members().into_iter().map(Member::check).collect(),
            failed: plan
                .failed_members()
                .into_iter()
                .map(Member::check)
                .collect(),
            lost: Lost::of(plan),
        }
    }
}
