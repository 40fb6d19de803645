//! The built-in example a first-time visitor loads (`#example`): a three-server Front End
//! pool with its SQL Back End, example.com names. Tests and demos rely on its names.

use super::model::{BackEnd, BackupFiles, Plan, PoolKind};

/// The example Front End pool.
pub fn example_plan() -> Plan {
    Plan {
        kind: PoolKind::FrontEnd,
        pool_fqdn: "pool01.example.com".into(),
        site: "Paris".into(),
        servers: vec![
            "fe01.example.com".into(),
            "fe02.example.com".into(),
            "fe03.example.com".into(),
        ],
        back_end: BackEnd {
            sql_fqdn: "sql01.example.com".into(),
            sql_instance: "rtc".into(),
            ..BackEnd::default()
        },
        backup: BackupFiles {
            location: r"\\backup01.example.com\LyncBackup".into(),
            ..BackupFiles::default()
        },
        ..Plan::default()
    }
}
