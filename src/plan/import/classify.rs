//! Raw topology facts → what a restore planner needs: pools with their kind, servers and
//! stores, SQL stores with what they hold, file stores, the Central Management store host, and
//! every role that the restore procedures do not cover ("not planned"). `to_plan.rs` makes
//! [`crate::plan::Plan`]s of them.

use serde::{Deserialize, Serialize};

use super::raw::{RawCluster, RawService, RawTopology, Shape};
use crate::plan::description::fqdn::DEFAULT_INSTANCE;
use crate::plan::description::model::{PoolKind, Version};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// The server version the topology was published by; written as its `ServiceVersion` number
/// (or `null`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Option<u32>", into = "Option<u32>")]
pub enum Product {
    /// A version the planner plans, read from its `ServiceVersion` (`src/content/versions.toml`).
    Planned(Version),
    /// Lync Server 2010 (ServiceVersion 5): named, not planned.
    Lync2010,
    /// Not stated in the file, or another number.
    Unknown(Option<u32>),
}

impl Product {
    fn from_version(v: Option<u32>) -> Product {
        match v {
            Some(5) => Product::Lync2010,
            Some(n) => {
                Version::from_service_version(n).map_or(Product::Unknown(v), Product::Planned)
            }
            None => Product::Unknown(None),
        }
    }

    /// The `ServiceVersion` number it was read from (`None`: not stated).
    fn version(self) -> Option<u32> {
        match self {
            Product::Planned(v) => v.service_version(),
            Product::Lync2010 => Some(5),
            Product::Unknown(v) => v,
        }
    }

    /// Its name, as each language writes it.
    pub fn name(self) -> Message {
        match self {
            Product::Planned(v) => v.name(),
            Product::Lync2010 => Message::new(key::PRODUCT_LYNC2010),
            Product::Unknown(Some(v)) => {
                Message::new(key::PRODUCT_UNKNOWN_VERSION).with("version", v)
            }
            Product::Unknown(None) => Message::new(key::PRODUCT_UNKNOWN),
        }
    }

    /// The plan version for this product; a product the planner does not plan is planned as the
    /// version whose procedures Microsoft publishes (the default), with [`Product::notice`].
    pub fn plan_version(self) -> Version {
        match self {
            Product::Planned(v) => v,
            _ => Version::default(),
        }
    }

    /// A notice when the procedures may not match the product (any but the version Microsoft's
    /// restore procedures are written for), else `None`.
    pub fn notice(self) -> Option<Message> {
        match self {
            Product::Planned(v) if v.restore_procedures() => None,
            _ => Some(Message::new(key::IMPORT_OTHER_PRODUCT).nested("product", self.name())),
        }
    }
}

impl Default for Product {
    fn default() -> Self {
        Product::Unknown(None)
    }
}

impl From<Option<u32>> for Product {
    fn from(version: Option<u32>) -> Self {
        Product::from_version(version)
    }
}

impl From<Product> for Option<u32> {
    fn from(product: Product) -> Self {
        product.version()
    }
}

/// A SQL Server instance reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SqlRef {
    /// SQL Server FQDN.
    pub fqdn: String,
    /// Instance name ([`DEFAULT_INSTANCE`] for the default instance, which the topology
    /// writes as an empty name).
    pub instance: String,
    /// The primary replica of the instance's Always On availability group (`fqdn` is then its
    /// listener), from `AlwaysOnPrimaryNodeFqdn`; empty when not in a group.
    pub primary_replica: String,
}

/// A pool found in the topology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedPool {
    /// Pool FQDN.
    pub fqdn: String,
    /// Site name (or id when unnamed).
    pub site: String,
    /// Kind of pool.
    pub kind: PoolKind,
    /// Member servers.
    pub servers: Vec<String>,
    /// Roles installed on the pool's servers.
    pub roles: Vec<String>,
    /// Back End user store.
    pub user_store: Option<SqlRef>,
    /// Archiving store.
    pub archiving: Option<SqlRef>,
    /// Monitoring store.
    pub monitoring: Option<SqlRef>,
    /// Persistent Chat store (`mgc`).
    pub chat_store: Option<SqlRef>,
    /// Persistent Chat compliance store (`mgccomp`).
    pub chat_compliance: Option<SqlRef>,
    /// File store share.
    pub file_store: Option<String>,
    /// Hosts the Central Management store.
    pub hosts_cms: bool,
    /// The topology names no Central Management store at all, so whether this pool hosts it
    /// is not known.
    pub cms_host_unknown: bool,
    /// Mediation Server is collocated.
    pub mediation_collocated: bool,
    /// The product the topology was published by (Lync Server 2013 when it does not say).
    pub version: Version,
}

/// A SQL store and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreInfo {
    /// Where it is.
    pub sql: SqlRef,
    /// Roles of the databases it holds (UserStore, CentralMgmtStore, …).
    pub holds: Vec<String>,
}

/// A role that the Lync restore procedures do not cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotPlanned {
    /// Role name as in the topology.
    pub role: String,
    /// Where it is installed.
    pub on: String,
}

/// Everything the importer found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topology {
    /// Which file shape it was.
    pub shape: Shape,
    /// Product version.
    pub product: Product,
    /// Site names.
    pub sites: Vec<String>,
    /// Pools, in file order.
    pub pools: Vec<ImportedPool>,
    /// SQL stores.
    pub stores: Vec<StoreInfo>,
    /// File store shares.
    pub file_stores: Vec<String>,
    /// The pool hosting the Central Management store.
    pub cms_host: Option<String>,
    /// Roles listed but not planned.
    pub not_planned: Vec<NotPlanned>,
}

/// Roles a pool may carry besides its main one, with nothing else to restore for them.
const COLLOCATED: &[&str] = &[
    "UserServices",
    "Registrar",
    "WebServices",
    "ConfServices",
    "ApplicationServer",
    "CentralMgmt",
    "ManagementServices",
    "MediationServer",
    "FileStore",
    "EdgeServer",
    "PersistentChatServer",
    "Director",
];

const STORE_ROLES: &[&str] = &[
    "UserStore",
    "ApplicationStore",
    "CentralMgmtStore",
    "ArchivingStore",
    "MonitoringStore",
    "PersistentChatStore",
    "PersistentChatComplianceStore",
];

fn site_name(raw: &RawTopology, id: &str) -> String {
    raw.sites
        .iter()
        .find(|s| s.id == id)
        .map(|s| {
            if s.name.is_empty() {
                s.id.clone()
            } else {
                s.name.clone()
            }
        })
        .unwrap_or_else(|| id.to_string())
}

fn sql_ref(raw: &RawTopology, key: &str) -> Option<SqlRef> {
    let sql = raw.sql.iter().find(|s| s.key == key)?;
    let cluster = raw.clusters.iter().find(|c| c.key == sql.cluster)?;
    let instance = match sql.name.trim() {
        "" => DEFAULT_INSTANCE.to_string(),
        name => name.to_string(),
    };
    Some(SqlRef {
        fqdn: cluster.fqdn.clone(),
        instance,
        primary_replica: sql.primary_replica.clone(),
    })
}

fn file_share(raw: &RawTopology, service: &RawService) -> Option<String> {
    let cluster = raw
        .clusters
        .iter()
        .find(|c| c.key == service.installed_on)?;
    Some(format!(r"\\{}\{}", cluster.fqdn, service.share.as_deref()?))
}

fn pool_kind(
    cluster: &RawCluster,
    services: &[&RawService],
    raw: &RawTopology,
) -> Option<PoolKind> {
    let has = |role: &str| services.iter().any(|s| s.role == role);
    let director = services.iter().any(|s| s.director);
    if has("UserServices") || (has("Registrar") && !director) {
        let local_sql = raw.sql.iter().any(|s| s.cluster == cluster.key);
        return Some(if cluster.single_machine && local_sql {
            PoolKind::StandardEdition
        } else {
            PoolKind::FrontEnd
        });
    }
    if has("Registrar") && director || has("Director") {
        return Some(PoolKind::Director);
    }
    if has("EdgeServer") {
        return Some(PoolKind::Edge);
    }
    if has("PersistentChatServer") {
        return Some(PoolKind::PersistentChat);
    }
    if has("MediationServer") {
        return Some(PoolKind::Mediation);
    }
    None
}

/// Sorts the raw facts into pools, stores and the rest.
pub fn classify(shape: Shape, raw: &RawTopology) -> Topology {
    let version = raw.services.iter().filter_map(|s| s.version).max();
    let mut topo = Topology {
        shape,
        product: Product::from_version(version),
        sites: raw.sites.iter().map(|s| site_name(raw, &s.id)).collect(),
        pools: Vec::new(),
        stores: Vec::new(),
        file_stores: raw
            .services
            .iter()
            .filter(|s| s.role == "FileStore")
            .filter_map(|s| file_share(raw, s))
            .collect(),
        cms_host: None,
        not_planned: Vec::new(),
    };
    for sql in &raw.sql {
        let holds: Vec<String> = raw
            .services
            .iter()
            .filter(|s| s.installed_on == sql.key)
            .map(|s| s.role.clone())
            .collect();
        if let Some(r) = sql_ref(raw, &sql.key) {
            topo.stores.push(StoreInfo { sql: r, holds });
        }
    }
    for cluster in &raw.clusters {
        let services: Vec<&RawService> = raw
            .services
            .iter()
            .filter(|s| s.installed_on == cluster.key)
            .collect();
        let Some(kind) = pool_kind(cluster, &services, raw) else {
            for s in &services {
                if !COLLOCATED.contains(&s.role.as_str()) && !STORE_ROLES.contains(&s.role.as_str())
                {
                    topo.not_planned.push(NotPlanned {
                        role: s.role.clone(),
                        on: cluster.fqdn.clone(),
                    });
                }
            }
            continue;
        };
        let mut pool = ImportedPool {
            fqdn: cluster.fqdn.clone(),
            site: site_name(raw, &cluster.site),
            kind,
            servers: if kind == PoolKind::StandardEdition {
                vec![cluster.fqdn.clone()]
            } else {
                cluster.machines.clone()
            },
            roles: services.iter().map(|s| s.role.clone()).collect(),
            user_store: None,
            archiving: None,
            monitoring: None,
            chat_store: None,
            chat_compliance: None,
            file_store: None,
            hosts_cms: services.iter().any(|s| s.role == "CentralMgmt"),
            cms_host_unknown: false,
            version: topo.product.plan_version(),
            mediation_collocated: kind == PoolKind::FrontEnd
                && services.iter().any(|s| s.role == "MediationServer"),
        };
        for s in &services {
            if !COLLOCATED.contains(&s.role.as_str()) {
                topo.not_planned.push(NotPlanned {
                    role: s.role.clone(),
                    on: cluster.fqdn.clone(),
                });
            }
            for dep in &s.depends_on {
                let Some(target) = raw.services.iter().find(|t| t.key == *dep) else {
                    continue;
                };
                let sql = || sql_ref(raw, &target.installed_on);
                match target.role.as_str() {
                    "UserStore" => pool.user_store = pool.user_store.take().or_else(sql),
                    "ArchivingStore" => pool.archiving = pool.archiving.take().or_else(sql),
                    "MonitoringStore" => pool.monitoring = pool.monitoring.take().or_else(sql),
                    "PersistentChatStore" => pool.chat_store = pool.chat_store.take().or_else(sql),
                    "PersistentChatComplianceStore" => {
                        pool.chat_compliance = pool.chat_compliance.take().or_else(sql)
                    }
                    "FileStore" => {
                        pool.file_store = pool.file_store.take().or_else(|| file_share(raw, target))
                    }
                    _ => {}
                }
            }
        }
        if pool.hosts_cms {
            topo.cms_host = Some(pool.fqdn.clone());
        }
        topo.pools.push(pool);
    }
    // A Topology Builder document saved before the first publish carries no CentralMgmt
    // service; with one Front End pool or Standard Edition server, that pool is the one the
    // store is published to, so it hosts the store.
    let user_pools: Vec<usize> = (0..topo.pools.len())
        .filter(|&i| {
            matches!(
                topo.pools[i].kind,
                PoolKind::FrontEnd | PoolKind::StandardEdition
            )
        })
        .collect();
    if topo.cms_host.is_none()
        && shape == Shape::Builder
        && let [only] = user_pools[..]
    {
        topo.pools[only].hosts_cms = true;
        topo.cms_host = Some(topo.pools[only].fqdn.clone());
    }
    if topo.cms_host.is_none() {
        for pool in &mut topo.pools {
            pool.cms_host_unknown =
                matches!(pool.kind, PoolKind::FrontEnd | PoolKind::StandardEdition);
        }
    }
    topo
}
