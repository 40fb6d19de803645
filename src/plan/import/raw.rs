//! XML → the few facts the planner needs, for both shapes (published topology and Topology
//! Builder document), with every cross reference turned into one string key. Walks the tree
//! with iterators only (no recursion over element depth); roxmltree refuses DTDs and stops at
//! a node limit, so hostile documents end in an error, quickly.

use roxmltree::{Document, Node, ParsingOptions};

use super::ImportError;

/// Namespace of the published topology (`Get-CsTopology -AsXml`).
pub const TOPOLOGY_NS: &str = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";
/// Namespace of a Topology Builder document (`.tbxml`).
pub const BUILDER_NS: &str = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
/// Most XML nodes accepted (real topologies have a few thousand).
pub const MAX_NODES: u32 = 200_000;

/// Which of the two files it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `Get-CsTopology -AsXml` output.
    Published,
    /// A Topology Builder `.tbxml` document.
    Builder,
}

/// A site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawSite {
    pub id: String,
    pub name: String,
}

/// A cluster of servers (a pool, a SQL server, a file server…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawCluster {
    pub key: String,
    pub fqdn: String,
    pub site: String,
    pub machines: Vec<String>,
    pub single_machine: bool,
}

/// A SQL Server instance on a cluster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawSql {
    pub key: String,
    pub cluster: String,
    pub name: String,
    /// `AlwaysOnPrimaryNodeFqdn`: the primary replica of an Always On availability group
    /// (empty when the instance is not in one).
    pub primary_replica: String,
}

/// A service (role) installed on a cluster or a SQL instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawService {
    pub key: String,
    pub role: String,
    pub installed_on: String,
    pub depends_on: Vec<String>,
    pub director: bool,
    pub share: Option<String>,
    pub version: Option<u32>,
}

/// Everything read from the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawTopology {
    pub sites: Vec<RawSite>,
    pub clusters: Vec<RawCluster>,
    pub sql: Vec<RawSql>,
    pub services: Vec<RawService>,
}

fn attr(node: Node, name: &str) -> String {
    node.attribute(name).unwrap_or_default().trim().to_string()
}

fn child<'a, 'i: 'a>(node: Node<'a, 'i>, name: &'a str) -> Option<Node<'a, 'i>> {
    children(node, name).next()
}

fn children<'a, 'i: 'a>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    named(node.children(), name)
}

fn descendants<'a, 'i: 'a>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    named(node.descendants(), name)
}

/// The elements called `name` (local name, any namespace) among `nodes`.
fn named<'a, 'i: 'a>(
    nodes: impl Iterator<Item = Node<'a, 'i>> + 'a,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    nodes.filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn text_of(node: Option<Node>) -> String {
    node.and_then(|n| n.text())
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Parses `text` and reads it into a [`RawTopology`].
pub fn read(text: &str) -> Result<(Shape, RawTopology), ImportError> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => ImportError::Dtd,
        roxmltree::Error::NodesLimitReached => ImportError::TooManyNodes,
        // roxmltree gives no position for a cut file: the end of the text is where it stops.
        roxmltree::Error::UnexpectedEndOfStream => {
            let line = text.lines().count().max(1);
            let column = text
                .lines()
                .last()
                .map(|l| l.chars().count() + 1)
                .unwrap_or(1);
            ImportError::Xml {
                message: "the file ends in the middle of the XML".into(),
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: u32::try_from(column).unwrap_or(u32::MAX),
            }
        }
        other => {
            let pos = other.pos();
            ImportError::Xml {
                message: other.to_string(),
                line: pos.row,
                column: pos.col,
            }
        }
    })?;
    let root = doc.root_element();
    let (name, ns) = (
        root.tag_name().name(),
        root.tag_name().namespace().unwrap_or_default(),
    );
    match (name, ns) {
        ("Topology", TOPOLOGY_NS) => Ok((Shape::Published, published(root))),
        ("TopologyBuilder", BUILDER_NS) => {
            let partial =
                descendants(root, "PartialTopology")
                    .next()
                    .ok_or(ImportError::NotATopology {
                        root: "TopologyBuilder without a topology".into(),
                    })?;
            Ok((Shape::Builder, builder(partial)))
        }
        ("Topology" | "TopologyBuilder", other) => {
            Err(ImportError::UnknownNamespace(other.to_string()))
        }
        (other, _) => Err(ImportError::NotATopology {
            root: other.to_string(),
        }),
    }
}

fn cluster_key(id: Option<Node>) -> String {
    id.map(|n| format!("{}:{}", attr(n, "SiteId"), attr(n, "Number")))
        .unwrap_or_default()
}

fn service_key(id: Option<Node>) -> String {
    id.map(|n| {
        format!(
            "{}:{}:{}",
            attr(n, "SiteId"),
            attr(n, "RoleName"),
            attr(n, "Instance")
        )
    })
    .unwrap_or_default()
}

/// A service with the details both shapes carry the same way: Director flag, file share, version.
fn raw_service(
    service: Node,
    key: String,
    role: String,
    installed_on: String,
    depends_on: Vec<String>,
) -> RawService {
    RawService {
        key,
        role,
        installed_on,
        depends_on,
        director: descendants(service, "RegistrarService")
            .any(|r| attr(r, "IsDirector").eq_ignore_ascii_case("true")),
        share: descendants(service, "FileStoreService")
            .next()
            .map(|f| attr(f, "ShareName"))
            .filter(|s| !s.is_empty()),
        version: service
            .attribute("ServiceVersion")
            .and_then(|v| v.trim().parse().ok()),
    }
}

fn published(root: Node) -> RawTopology {
    let mut raw = RawTopology::default();
    for site in descendants(root, "CentralSite").chain(descendants(root, "BranchSite")) {
        raw.sites.push(RawSite {
            id: attr(site, "SiteId"),
            name: text_of(child(site, "Name")),
        });
    }
    for cluster in descendants(root, "Cluster") {
        let id = child(cluster, "ClusterId");
        let machines: Vec<String> = children(cluster, "Machine")
            .map(|m| attr(m, "Fqdn"))
            .filter(|f| !f.is_empty())
            .collect();
        raw.clusters.push(RawCluster {
            key: cluster_key(id),
            fqdn: attr(cluster, "Fqdn"),
            site: id.map(|n| attr(n, "SiteId")).unwrap_or_default(),
            single_machine: machines.len() <= 1,
            machines,
        });
    }
    for sql in descendants(root, "SqlInstance") {
        let Some(id) = child(sql, "SqlInstanceId") else {
            continue;
        };
        let cluster = cluster_key(child(id, "ClusterId"));
        raw.sql.push(RawSql {
            key: format!("{}@{cluster}", attr(id, "Name")),
            cluster,
            name: attr(id, "Name"),
            primary_replica: attr(sql, "AlwaysOnPrimaryNodeFqdn"),
        });
    }
    for service in descendants(root, "Service") {
        let id = child(service, "ServiceId");
        let installed = child(service, "InstalledOn");
        let installed_on = match installed.and_then(|i| child(i, "SqlInstanceId")) {
            Some(sql) => format!(
                "{}@{}",
                attr(sql, "Name"),
                cluster_key(child(sql, "ClusterId"))
            ),
            None => cluster_key(installed.and_then(|i| child(i, "ClusterId"))),
        };
        let depends_on = child(service, "DependsOn")
            .into_iter()
            .flat_map(|d| children(d, "Dependency"))
            .map(|d| service_key(child(d, "ServiceId")))
            .collect();
        raw.services.push(raw_service(
            service,
            service_key(id),
            id.map(|n| attr(n, "RoleName")).unwrap_or_default(),
            installed_on,
            depends_on,
        ));
    }
    raw
}

fn builder(partial: Node) -> RawTopology {
    let mut raw = RawTopology::default();
    for site in descendants(partial, "CentralSite")
        .chain(descendants(partial, "BranchSite"))
        .chain(descendants(partial, "RemoteSite"))
    {
        let site_id = attr(site, "SiteId");
        raw.sites.push(RawSite {
            id: site_id.clone(),
            name: text_of(child(site, "Name")),
        });
        for cluster in descendants(site, "Cluster") {
            let fqdn = attr(cluster, "Fqdn");
            let machines: Vec<String> = descendants(cluster, "Machine")
                .map(|m| {
                    m.attribute("Fqdn")
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .unwrap_or(&fqdn)
                        .to_string()
                })
                .collect();
            let key = attr(cluster, "UniqueId");
            for sql in descendants(cluster, "SqlInstance") {
                raw.sql.push(RawSql {
                    key: attr(sql, "UniqueId"),
                    cluster: key.clone(),
                    name: attr(sql, "Name"),
                    primary_replica: attr(sql, "AlwaysOnPrimaryNodeFqdn"),
                });
            }
            raw.clusters.push(RawCluster {
                key,
                single_machine: attr(cluster, "IsSingleMachineOnly").eq_ignore_ascii_case("true")
                    || machines.len() <= 1,
                fqdn,
                site: site_id.clone(),
                machines,
            });
        }
    }
    for service in descendants(partial, "Service") {
        let depends_on = child(service, "DependsOn")
            .into_iter()
            .flat_map(|d| children(d, "Dependency"))
            .map(|d| attr(d, "ServiceUniqueId"))
            .collect();
        raw.services.push(raw_service(
            service,
            attr(service, "UniqueId"),
            attr(service, "RoleName"),
            attr(service, "InstalledOn"),
            depends_on,
        ));
    }
    raw
}
