//! The built-in example a first-time visitor loads (`#example`): a 12-server Front End pool
//! that hosts the Central Management store, with a mirrored SQL Back End, Response Group, a file
//! store and Archiving/Monitoring, so the binder is shown at its richest. Tests and demos rely
//! on its names (example.com).

use crate::plan::description::model::{
    BackEnd, BackupFiles, Failure, Plan, PoolKind, SqlStore, StoreLocation,
};

/// The example Front End pool.
pub fn example_plan() -> Plan {
    Plan {
        kind: PoolKind::FrontEnd,
        pool_fqdn: "pool01.example.com".into(),
        site: "Paris".into(),
        servers: (1..=12).map(|i| format!("fe{i:02}.example.com")).collect(),
        // The whole pool and its file server: the binder at its richest.
        failure: Failure {
            file_store: true,
            ..Failure::default()
        },
        back_end: BackEnd {
            sql_fqdn: "sql01.example.com".into(),
            sql_instance: "rtc".into(),
            mirrored: true,
            mirror_fqdn: "sql02.example.com".into(),
            mirror_instance: "rtc".into(),
            witness_fqdn: "witness01.example.com".into(),
            ..BackEnd::default()
        },
        hosts_cms: true,
        response_group: true,
        archiving: SqlStore {
            location: StoreLocation::Collocated,
            ..SqlStore::default()
        },
        monitoring: SqlStore {
            location: StoreLocation::Collocated,
            ..SqlStore::default()
        },
        file_store: r"\\fs01.example.com\LyncShare".into(),
        backup: BackupFiles {
            location: r"\\backup01.example.com\LyncBackup".into(),
            ..BackupFiles::default()
        },
        ..Plan::default()
    }
}
