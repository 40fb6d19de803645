//! An imported pool → the [`Plan`] of its restore: its stores placed (collocated on the Back
//! End or stand-alone), what failed ([`Failure::of_servers`]: servers named are those servers
//! alone), and what the file cannot say left to ask (the Central Management store host when it
//! names none, Response Group).

use super::classify::{ImportedPool, SqlRef};
use crate::plan::description::model::{
    BackEnd, Failure, PersistentChat, Plan, PoolKind, SqlStore, StoreLocation,
};

impl ImportedPool {
    /// A plan for this pool: `failed` lists the failed member servers; empty means the whole pool.
    pub fn to_plan(&self, failed: &[String]) -> Plan {
        let be = self.user_store.clone().unwrap_or(SqlRef {
            fqdn: String::new(),
            instance: String::new(),
            primary_replica: String::new(),
        });
        let store = |s: &Option<SqlRef>| match s {
            None => SqlStore::default(),
            Some(r) if r.fqdn.eq_ignore_ascii_case(&be.fqdn) => SqlStore {
                location: StoreLocation::Collocated,
                ..SqlStore::default()
            },
            Some(r) => SqlStore {
                location: StoreLocation::StandAlone,
                sql_fqdn: r.fqdn.clone(),
                sql_instance: r.instance.clone(),
            },
        };
        let chat = self.chat_store.clone();
        Plan {
            kind: self.kind,
            pool_fqdn: self.fqdn.clone(),
            site: self.site.clone(),
            servers: if self.kind == PoolKind::StandardEdition {
                Vec::new()
            } else {
                self.servers.clone()
            },
            failure: Failure::of_servers(failed),
            back_end: BackEnd {
                sql_fqdn: if self.kind == PoolKind::FrontEnd {
                    be.fqdn.clone()
                } else {
                    String::new()
                },
                sql_instance: be.instance.clone(),
                always_on: self.kind == PoolKind::FrontEnd && !be.primary_replica.is_empty(),
                primary_replica: if self.kind == PoolKind::FrontEnd {
                    be.primary_replica.clone()
                } else {
                    String::new()
                },
                // The file does not say whether the Back End is mirrored: the form asks.
                mirror_unknown: self.kind == PoolKind::FrontEnd && be.primary_replica.is_empty(),
                ..BackEnd::default()
            },
            hosts_cms: self.hosts_cms,
            cms_unknown: self.cms_host_unknown,
            // Every Front End pool and Standard Edition server runs the application service;
            // whether Response Group is used there, the file cannot say.
            response_group_unknown: matches!(
                self.kind,
                PoolKind::FrontEnd | PoolKind::StandardEdition
            ),
            mediation_collocated: self.mediation_collocated,
            archiving: store(&self.archiving),
            monitoring: store(&self.monitoring),
            persistent_chat: PersistentChat {
                enabled: chat.is_some(),
                sql_fqdn: chat.as_ref().map(|c| c.fqdn.clone()).unwrap_or_default(),
                sql_instance: chat.map(|c| c.instance).unwrap_or_default(),
                compliance: self.chat_compliance.is_some(),
                ..PersistentChat::default()
            },
            file_store: self.file_store.clone().unwrap_or_default(),
            version: self.version,
            ..Plan::default()
        }
    }
}
