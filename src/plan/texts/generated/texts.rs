// Generated from src/content/texts/ and src/content/catalogue.toml by build/ (`cargo run -p lync-restore-content`); do not edit.
// The test command fails while this file is stale.

/// Texts per language.
pub const TEXT_COUNT: usize = 528;
/// The app's texts come first in the tables, the catalogue's after them.
pub const APP_COUNT: usize = 167;
/// The page's labels per language.
pub const LABEL_COUNT: usize = 169;
/// Every text's key (`section.name`), in table order.
pub static KEYS: [&str; 528] = [
    "cli.cannot_read",
    "cli.cannot_write",
    "cli.cms",
    "cli.default_instance",
    "cli.error",
    "cli.file_store",
    "cli.no_binder",
    "cli.no_input",
    "cli.not_a_plan",
    "cli.not_planned",
    "cli.notice",
    "cli.pool",
    "cli.server",
    "cli.sql",
    "cli.summary",
    "cli.unknown_format",
    "cli.warning",
    "decode.bad_field",
    "decode.damaged",
    "decode.empty",
    "decode.newer_version",
    "decode.not_a_link",
    "decode.not_a_plan",
    "decode.not_json",
    "decode.not_json_at",
    "decode.too_large",
    "decode.too_many_servers",
    "drift.back_end",
    "drift.cms_elsewhere",
    "drift.cms_here",
    "drift.file_store",
    "drift.member_extra",
    "drift.member_gone",
    "drift.pool_missing",
    "drift.unread",
    "drift.version",
    "export.adapted_source",
    "export.adapted_tag",
    "export.caution",
    "export.colon",
    "export.cover_title",
    "export.of",
    "export.page",
    "export.permissions",
    "export.plan",
    "export.runs_on",
    "export.source",
    "export.still_missing",
    "export.title",
    "import.dtd",
    "import.empty",
    "import.not_a_topology",
    "import.not_text",
    "import.other_product",
    "import.pool_count",
    "import.too_large",
    "import.too_many_nodes",
    "import.unknown_namespace",
    "import.unreadable_reply",
    "import.xml",
    "import.zip",
    "issue.always_on_one_machine",
    "issue.duplicate",
    "issue.file_store_not_marked",
    "issue.mirror_unknown",
    "issue.mirrored_and_always_on",
    "issue.no_always_on",
    "issue.no_mirroring",
    "issue.no_persistent_chat",
    "issue.no_servers",
    "issue.not_a_member",
    "issue.nothing_failed",
    "issue.pool_name_is_server",
    "issue.standard_edition_failover",
    "issue.too_many_servers",
    "issue.two_front_end_pool",
    "marker.archiving_sql",
    "marker.backup",
    "marker.backup_pool",
    "marker.backup_sql",
    "marker.chat_sql",
    "marker.default_instance",
    "marker.dfs_target",
    "marker.edge_pool",
    "marker.file",
    "marker.file_store",
    "marker.instance",
    "marker.local",
    "marker.mirror",
    "marker.pool",
    "marker.replica",
    "marker.server",
    "marker.site",
    "marker.sql",
    "marker.sql_backup",
    "marker.sql_backups",
    "name.bad_character",
    "name.bad_instance",
    "name.empty",
    "name.empty_label",
    "name.instance_too_long",
    "name.label_too_long",
    "name.leading_hyphen",
    "name.not_qualified",
    "name.not_unc",
    "name.numeric_tld",
    "name.too_long",
    "name.trailing_hyphen",
    "notice.adapted",
    "notice.bad_link",
    "notice.imported",
    "notice.link_opened",
    "notice.link_opened_same_pool",
    "notice.migrated",
    "notice.text_missing",
    "product.lync2010",
    "product.lync2013",
    "product.sfb2015",
    "product.sfb2019",
    "product.sfbse",
    "product.unknown",
    "product.unknown_version",
    "progress.done",
    "readiness.checked",
    "readiness.failed",
    "readiness.stale",
    "readiness.warning",
    "report.bad_field",
    "report.empty",
    "report.newer_version",
    "report.not_a_report",
    "report.not_json",
    "report.not_json_at",
    "report.other_plan",
    "report.too_large",
    "site_order.cms",
    "site_order.director",
    "site_order.edge",
    "site_order.front_end",
    "site_order.mediation",
    "site_order.persistent_chat",
    "sql_versions.lync2013",
    "sql_versions.sfb2015",
    "sql_versions.sfb2019",
    "sql_versions.sfbse",
    "store.dropped",
    "store.unreadable",
    "store_copy.holders_other_pools",
    "store_copy.holders_pool",
    "store_copy.holders_pool_lost",
    "store_copy.source_fresh",
    "store_copy.source_local_replica",
    "store_copy.source_replica",
    "terms_lync.brand",
    "terms_lync.components_step",
    "terms_lync.shell",
    "terms_lync.topology_builder",
    "terms_lync.topology_node",
    "terms_sfb.brand",
    "terms_sfb.components_step",
    "terms_sfb.shell",
    "terms_sfb.topology_builder",
    "terms_sfb.topology_node",
    "units.bytes",
    "units.decimal_point",
    "units.kb",
    "units.mb",
    "page.lync-server-2013-backup-and-restoration-requirements-tools-and-permissions",
    "page.lync-server-2013-backup-and-restoration-worksheets",
    "page.lync-server-2013-configuring-and-monitoring-the-backup-service",
    "page.lync-server-2013-export-your-topology-and-copy-it-to-external-media-for-edge-installation",
    "page.lync-server-2013-failing-back-a-pool",
    "page.lync-server-2013-failing-over-a-mirrored-database",
    "page.lync-server-2013-failing-over-a-pool",
    "page.lync-server-2013-preparing-to-restore-lync-server",
    "page.lync-server-2013-response-group-disaster-recovery-procedures",
    "page.lync-server-2013-restoring-a-file-store",
    "page.lync-server-2013-restoring-a-lync-server-pool",
    "page.lync-server-2013-restoring-a-mirrored-enterprise-edition-back-end-server-mirror",
    "page.lync-server-2013-restoring-a-mirrored-enterprise-edition-back-end-server-primary",
    "page.lync-server-2013-restoring-a-standard-edition-server",
    "page.lync-server-2013-restoring-an-enterprise-edition-back-end-server",
    "page.lync-server-2013-restoring-an-enterprise-edition-member-server",
    "page.lync-server-2013-restoring-conference-contents-using-the-backup-service",
    "page.lync-server-2013-restoring-monitoring-or-archiving-data",
    "page.lync-server-2013-restoring-persistent-chat-data",
    "page.lync-server-2013-restoring-response-group-settings",
    "page.lync-server-2013-restoring-the-server-hosting-the-central-management-store",
    "page.lync-server-2013-topologies-and-components-for-front-end-servers-instant-messaging-and-presence",
    "page.lync-server-2013-upgrade-or-update-a-back-end-server-or-standard-edition-server",
    "page.skypeforbusiness/deploy/deploy-high-availability-and-disaster-recovery/alwayson-availability-group",
    "page.skypeforbusiness/deploy/install/install-skype-for-business-server",
    "page.skypeforbusiness/manage/ha-dr-and-backup-service/configuring-and-monitoring-the-backup-service",
    "page.skypeforbusiness/manage/ha-dr-and-backup-service/failing-over-and-failing-back-a-pool",
    "page.skypeforbusiness/manage/persistent-chat/back-up-and-restore-databases",
    "page.skypeforbusiness/plan-your-deployment/high-availability-and-disaster-recovery/high-availability",
    "phase.prepare",
    "phase.back_end",
    "phase.file_store",
    "phase.servers",
    "phase.data",
    "phase.verify",
    "role.front_end",
    "role.standard_edition",
    "role.director",
    "role.mediation",
    "role.persistent_chat",
    "role.edge",
    "place.ag_primary",
    "place.ag_replicas",
    "place.archiving_sql",
    "place.backup_pool",
    "place.chat_server",
    "place.chat_sql",
    "place.each_restored",
    "place.edge_internal",
    "place.file_server",
    "place.front_end",
    "place.internal",
    "place.mirror_sql",
    "place.monitoring_sql",
    "place.replica_server",
    "place.standard_edition",
    "place.target",
    "place.workstation",
    "section.prepare",
    "section.failover",
    "section.edge_export",
    "section.cms_back_end",
    "section.cms_standard_edition",
    "section.back_end",
    "section.back_end_ag",
    "section.cms_back_end_ag",
    "section.back_end_primary",
    "section.back_end_mirror",
    "section.chat_store",
    "section.archiving_store",
    "section.file_store",
    "section.standard_edition",
    "section.member",
    "section.edge",
    "section.data",
    "section.verify_member",
    "section.verify",
    "step_title.ag.group",
    "step_body.ag.group",
    "permission.Administrators (local)",
    "step_title.ag.listener",
    "step_body.ag.listener",
    "step_title.ag.logins",
    "step_body.ag.logins",
    "step_caution.ag.logins",
    "step_title.ag.publish",
    "step_body.ag.publish",
    "step_title.ag.rebuild",
    "step_body.ag.rebuild",
    "step_title.ag.scope",
    "step_body.ag.scope",
    "step_caution.ag.scope",
    "step_title.be.mirror-check",
    "step_body.be.mirror-check",
    "step_title.be.publish",
    "step_body.be.publish",
    "step_caution.be.publish",
    "step_title.be.rebuild-mirror",
    "step_body.be.rebuild-mirror",
    "step_title.be.sql",
    "step_body.be.sql",
    "step_title.bem.check",
    "step_body.bem.check",
    "step_title.bem.remirror",
    "step_body.bem.remirror",
    "step_title.bem.uninstall-mirror",
    "step_body.bem.uninstall-mirror",
    "step_caution.bem.uninstall-mirror",
    "step_title.bep.check",
    "step_body.bep.check",
    "step_caution.bep.check",
    "step_title.bep.failover",
    "step_body.bep.failover",
    "step_title.bep.point-to-mirror",
    "step_body.bep.point-to-mirror",
    "step_title.bep.remirror",
    "step_body.bep.remirror",
    "step_caution.bep.remirror",
    "step_title.bep.restart",
    "step_body.bep.restart",
    "step_title.bep.uninstall-mirror",
    "step_body.bep.uninstall-mirror",
    "step_caution.bep.uninstall-mirror",
    "step_title.bep.unmirror",
    "step_body.bep.unmirror",
    "step_title.cms.confirm",
    "step_body.cms.confirm",
    "step_title.cms.enable",
    "step_body.cms.enable",
    "step_title.cms.fresh-check",
    "step_body.cms.fresh-check",
    "step_title.cms.import",
    "step_body.cms.import",
    "step_title.cms.install-db",
    "step_body.cms.install-db",
    "step_title.cms.install-db-ag",
    "step_body.cms.install-db-ag",
    "step_title.cms.mirror-backup",
    "step_body.cms.mirror-backup",
    "step_caution.cms.mirror-backup",
    "step_title.cms.mirror-principal",
    "step_body.cms.mirror-principal",
    "step_title.cms.mirror-sql-backup",
    "step_body.cms.mirror-sql-backup",
    "permission.sysadmin (SQL Server)",
    "step_title.cms.mirror-state",
    "step_body.cms.mirror-state",
    "step_title.cms.mirror-unmirror",
    "step_body.cms.mirror-unmirror",
    "step_title.cms.other-dbs",
    "step_body.cms.other-dbs",
    "step_caution.cms.other-dbs",
    "step_title.cms.remirror",
    "step_body.cms.remirror",
    "step_caution.cms.remirror",
    "step_title.cms.replica-export",
    "step_body.cms.replica-export",
    "step_caution.cms.replica-export",
    "step_title.cms.scp",
    "step_body.cms.scp",
    "step_caution.cms.scp",
    "step_title.cms.scp-listener",
    "step_body.cms.scp-listener",
    "step_title.cms.scp-replica",
    "step_body.cms.scp-replica",
    "step_title.cms.se-prepare-first",
    "step_body.cms.se-prepare-first",
    "step_title.cms.shell-ee",
    "step_body.cms.shell-ee",
    "step_caution.cms.shell-ee",
    "step_title.cms.shell-se",
    "step_body.cms.shell-se",
    "step_caution.cms.shell-se",
    "step_title.cms.stop-pool",
    "step_body.cms.stop-pool",
    "step_title.cms.where",
    "step_body.cms.where",
    "step_title.data.archiving",
    "step_body.data.archiving",
    "step_caution.data.archiving",
    "step_title.data.archiving-acl",
    "step_body.data.archiving-acl",
    "step_title.data.chat-import",
    "step_body.data.chat-import",
    "permission.CsPersistentChatAdministrator",
    "step_title.data.chat-sql",
    "step_body.data.chat-sql",
    "step_caution.data.chat-sql",
    "step_title.data.chat-start",
    "step_body.data.chat-start",
    "step_title.data.chat-stop",
    "step_body.data.chat-stop",
    "step_caution.data.chat-stop",
    "step_title.data.collocated-ag",
    "step_body.data.collocated-ag",
    "step_title.data.collocated-mirror-check",
    "step_body.data.collocated-mirror-check",
    "step_title.data.collocated-remirror",
    "step_body.data.collocated-remirror",
    "step_caution.data.collocated-remirror",
    "step_title.data.collocated-unmirror",
    "step_body.data.collocated-unmirror",
    "step_title.data.lis",
    "step_body.data.lis",
    "step_title.data.monitoring",
    "step_body.data.monitoring",
    "step_caution.data.monitoring",
    "step_title.data.monitoring-acl",
    "step_body.data.monitoring-acl",
    "step_title.data.rgs",
    "step_body.data.rgs",
    "step_caution.data.rgs",
    "step_title.data.rgs-check",
    "step_body.data.rgs-check",
    "step_title.data.update-db",
    "step_body.data.update-db",
    "step_title.data.update-db-se",
    "step_body.data.update-db-se",
    "step_title.data.user",
    "step_body.data.user",
    "step_caution.data.user",
    "step_title.data.user-paired",
    "step_body.data.user-paired",
    "step_title.data.user-se",
    "step_body.data.user-se",
    "step_caution.data.user-se",
    "step_title.data.user-start-pool",
    "step_body.data.user-start-pool",
    "step_caution.data.user-start-pool",
    "step_title.edge.export",
    "step_body.edge.export",
    "step_caution.edge.export",
    "step_title.edge.logon",
    "step_body.edge.logon",
    "step_title.edge.step1",
    "step_body.edge.step1",
    "step_title.edge.step3",
    "step_body.edge.step3",
    "step_title.edge.step4",
    "step_body.edge.step4",
    "step_title.fo.cms",
    "step_body.fo.cms",
    "step_caution.fo.cms",
    "step_title.fo.cms-check",
    "step_body.fo.cms-check",
    "step_title.fo.cms-principal",
    "step_body.fo.cms-principal",
    "step_title.fo.edge",
    "step_body.fo.edge",
    "step_title.fo.pool",
    "step_body.fo.pool",
    "step_title.fo.rgs",
    "step_body.fo.rgs",
    "step_caution.fo.rgs",
    "step_title.fo.where",
    "step_body.fo.where",
    "step_title.fs.acl",
    "step_body.fs.acl",
    "step_title.fs.copy",
    "step_body.fs.copy",
    "step_title.fs.share",
    "step_body.fs.share",
    "step_title.mem.mediation",
    "step_body.mem.mediation",
    "step_title.prep.backup-files",
    "step_body.prep.backup-files",
    "step_title.prep.backup-task",
    "step_body.prep.backup-task",
    "step_title.prep.certificates",
    "step_body.prep.certificates",
    "step_title.prep.media",
    "step_body.prep.media",
    "step_title.prep.names",
    "step_body.prep.names",
    "step_title.prep.paired",
    "step_body.prep.paired",
    "step_title.prep.permissions",
    "step_body.prep.permissions",
    "permission.RTCUniversalServerAdmins",
    "step_title.prep.troubleshoot",
    "step_body.prep.troubleshoot",
    "step_title.se.download-topology",
    "step_body.se.download-topology",
    "step_title.se.file-store",
    "step_body.se.file-store",
    "step_title.srv.image",
    "step_body.srv.image",
    "step_title.srv.logon",
    "step_body.srv.logon",
    "step_title.srv.logon-admins",
    "step_body.srv.logon-admins",
    "step_title.srv.rebuild",
    "step_body.srv.rebuild",
    "step_title.srv.rebuild-edge",
    "step_body.srv.rebuild-edge",
    "step_title.srv.setup",
    "step_body.srv.setup",
    "step_title.srv.step1",
    "step_body.srv.step1",
    "step_title.srv.step2",
    "step_body.srv.step2",
    "step_title.srv.step3",
    "step_body.srv.step3",
    "step_caution.srv.step3",
    "step_title.srv.step4",
    "step_body.srv.step4",
    "step_title.srv.step4-later",
    "step_body.srv.step4-later",
    "step_title.store.holds",
    "step_body.store.holds",
    "step_title.store.install-db",
    "step_body.store.install-db",
    "step_caution.store.install-db",
    "step_title.ver.backup-now",
    "step_body.ver.backup-now",
    "step_title.ver.backup-service",
    "step_body.ver.backup-service",
    "step_title.ver.chat",
    "step_body.ver.chat",
    "step_title.ver.cms",
    "step_body.ver.cms",
    "step_title.ver.cms-failback",
    "step_body.ver.cms-failback",
    "step_caution.ver.cms-failback",
    "step_title.ver.cold-start",
    "step_body.ver.cold-start",
    "step_title.ver.conference-content",
    "step_body.ver.conference-content",
    "step_caution.ver.conference-content",
    "step_title.ver.director",
    "step_body.ver.director",
    "step_title.ver.edge",
    "step_body.ver.edge",
    "step_title.ver.edge-back",
    "step_body.ver.edge-back",
    "step_title.ver.fabric",
    "step_body.ver.fabric",
    "step_title.ver.failback",
    "step_body.ver.failback",
    "step_title.ver.mediation",
    "step_body.ver.mediation",
    "step_title.ver.mirror",
    "step_body.ver.mirror",
    "step_title.ver.quorum-loss",
    "step_body.ver.quorum-loss",
    "step_title.ver.replication",
    "step_body.ver.replication",
    "step_title.ver.restart-running",
    "step_body.ver.restart-running",
    "step_title.ver.rgs-back",
    "step_body.ver.rgs-back",
    "step_caution.ver.rgs-back",
    "step_title.ver.service-reset",
    "step_body.ver.service-reset",
    "step_title.ver.services",
    "step_body.ver.services",
    "step_title.ver.start-pool",
    "step_body.ver.start-pool",
    "step_caution.ver.start-pool",
    "step_title.ver.users",
    "step_body.ver.users",
];

/// One constant per text of the app (the catalogue's are in its statics).
pub mod key {
    use super::Key;
    /// `cli.cannot_read`
    pub const CLI_CANNOT_READ: Key = Key(0);
    /// `cli.cannot_write`
    pub const CLI_CANNOT_WRITE: Key = Key(1);
    /// `cli.cms`
    pub const CLI_CMS: Key = Key(2);
    /// `cli.default_instance`
    pub const CLI_DEFAULT_INSTANCE: Key = Key(3);
    /// `cli.error`
    pub const CLI_ERROR: Key = Key(4);
    /// `cli.file_store`
    pub const CLI_FILE_STORE: Key = Key(5);
    /// `cli.no_binder`
    pub const CLI_NO_BINDER: Key = Key(6);
    /// `cli.no_input`
    pub const CLI_NO_INPUT: Key = Key(7);
    /// `cli.not_a_plan`
    pub const CLI_NOT_A_PLAN: Key = Key(8);
    /// `cli.not_planned`
    pub const CLI_NOT_PLANNED: Key = Key(9);
    /// `cli.notice`
    pub const CLI_NOTICE: Key = Key(10);
    /// `cli.pool`
    pub const CLI_POOL: Key = Key(11);
    /// `cli.server`
    pub const CLI_SERVER: Key = Key(12);
    /// `cli.sql`
    pub const CLI_SQL: Key = Key(13);
    /// `cli.summary`
    pub const CLI_SUMMARY: Key = Key(14);
    /// `cli.unknown_format`
    pub const CLI_UNKNOWN_FORMAT: Key = Key(15);
    /// `cli.warning`
    pub const CLI_WARNING: Key = Key(16);
    /// `decode.bad_field`
    pub const DECODE_BAD_FIELD: Key = Key(17);
    /// `decode.damaged`
    pub const DECODE_DAMAGED: Key = Key(18);
    /// `decode.empty`
    pub const DECODE_EMPTY: Key = Key(19);
    /// `decode.newer_version`
    pub const DECODE_NEWER_VERSION: Key = Key(20);
    /// `decode.not_a_link`
    pub const DECODE_NOT_A_LINK: Key = Key(21);
    /// `decode.not_a_plan`
    pub const DECODE_NOT_A_PLAN: Key = Key(22);
    /// `decode.not_json`
    pub const DECODE_NOT_JSON: Key = Key(23);
    /// `decode.not_json_at`
    pub const DECODE_NOT_JSON_AT: Key = Key(24);
    /// `decode.too_large`
    pub const DECODE_TOO_LARGE: Key = Key(25);
    /// `decode.too_many_servers`
    pub const DECODE_TOO_MANY_SERVERS: Key = Key(26);
    /// `drift.back_end`
    pub const DRIFT_BACK_END: Key = Key(27);
    /// `drift.cms_elsewhere`
    pub const DRIFT_CMS_ELSEWHERE: Key = Key(28);
    /// `drift.cms_here`
    pub const DRIFT_CMS_HERE: Key = Key(29);
    /// `drift.file_store`
    pub const DRIFT_FILE_STORE: Key = Key(30);
    /// `drift.member_extra`
    pub const DRIFT_MEMBER_EXTRA: Key = Key(31);
    /// `drift.member_gone`
    pub const DRIFT_MEMBER_GONE: Key = Key(32);
    /// `drift.pool_missing`
    pub const DRIFT_POOL_MISSING: Key = Key(33);
    /// `drift.unread`
    pub const DRIFT_UNREAD: Key = Key(34);
    /// `drift.version`
    pub const DRIFT_VERSION: Key = Key(35);
    /// `export.adapted_source`
    pub const EXPORT_ADAPTED_SOURCE: Key = Key(36);
    /// `export.adapted_tag`
    pub const EXPORT_ADAPTED_TAG: Key = Key(37);
    /// `export.caution`
    pub const EXPORT_CAUTION: Key = Key(38);
    /// `export.colon`
    pub const EXPORT_COLON: Key = Key(39);
    /// `export.cover_title`
    pub const EXPORT_COVER_TITLE: Key = Key(40);
    /// `export.of`
    pub const EXPORT_OF: Key = Key(41);
    /// `export.page`
    pub const EXPORT_PAGE: Key = Key(42);
    /// `export.permissions`
    pub const EXPORT_PERMISSIONS: Key = Key(43);
    /// `export.plan`
    pub const EXPORT_PLAN: Key = Key(44);
    /// `export.runs_on`
    pub const EXPORT_RUNS_ON: Key = Key(45);
    /// `export.source`
    pub const EXPORT_SOURCE: Key = Key(46);
    /// `export.still_missing`
    pub const EXPORT_STILL_MISSING: Key = Key(47);
    /// `export.title`
    pub const EXPORT_TITLE: Key = Key(48);
    /// `import.dtd`
    pub const IMPORT_DTD: Key = Key(49);
    /// `import.empty`
    pub const IMPORT_EMPTY: Key = Key(50);
    /// `import.not_a_topology`
    pub const IMPORT_NOT_A_TOPOLOGY: Key = Key(51);
    /// `import.not_text`
    pub const IMPORT_NOT_TEXT: Key = Key(52);
    /// `import.other_product`
    pub const IMPORT_OTHER_PRODUCT: Key = Key(53);
    /// `import.pool_count`
    pub const IMPORT_POOL_COUNT: Key = Key(54);
    /// `import.too_large`
    pub const IMPORT_TOO_LARGE: Key = Key(55);
    /// `import.too_many_nodes`
    pub const IMPORT_TOO_MANY_NODES: Key = Key(56);
    /// `import.unknown_namespace`
    pub const IMPORT_UNKNOWN_NAMESPACE: Key = Key(57);
    /// `import.unreadable_reply`
    pub const IMPORT_UNREADABLE_REPLY: Key = Key(58);
    /// `import.xml`
    pub const IMPORT_XML: Key = Key(59);
    /// `import.zip`
    pub const IMPORT_ZIP: Key = Key(60);
    /// `issue.always_on_one_machine`
    pub const ISSUE_ALWAYS_ON_ONE_MACHINE: Key = Key(61);
    /// `issue.duplicate`
    pub const ISSUE_DUPLICATE: Key = Key(62);
    /// `issue.file_store_not_marked`
    pub const ISSUE_FILE_STORE_NOT_MARKED: Key = Key(63);
    /// `issue.mirror_unknown`
    pub const ISSUE_MIRROR_UNKNOWN: Key = Key(64);
    /// `issue.mirrored_and_always_on`
    pub const ISSUE_MIRRORED_AND_ALWAYS_ON: Key = Key(65);
    /// `issue.no_always_on`
    pub const ISSUE_NO_ALWAYS_ON: Key = Key(66);
    /// `issue.no_mirroring`
    pub const ISSUE_NO_MIRRORING: Key = Key(67);
    /// `issue.no_persistent_chat`
    pub const ISSUE_NO_PERSISTENT_CHAT: Key = Key(68);
    /// `issue.no_servers`
    pub const ISSUE_NO_SERVERS: Key = Key(69);
    /// `issue.not_a_member`
    pub const ISSUE_NOT_A_MEMBER: Key = Key(70);
    /// `issue.nothing_failed`
    pub const ISSUE_NOTHING_FAILED: Key = Key(71);
    /// `issue.pool_name_is_server`
    pub const ISSUE_POOL_NAME_IS_SERVER: Key = Key(72);
    /// `issue.standard_edition_failover`
    pub const ISSUE_STANDARD_EDITION_FAILOVER: Key = Key(73);
    /// `issue.too_many_servers`
    pub const ISSUE_TOO_MANY_SERVERS: Key = Key(74);
    /// `issue.two_front_end_pool`
    pub const ISSUE_TWO_FRONT_END_POOL: Key = Key(75);
    /// `marker.archiving_sql`
    pub const MARKER_ARCHIVING_SQL: Key = Key(76);
    /// `marker.backup`
    pub const MARKER_BACKUP: Key = Key(77);
    /// `marker.backup_pool`
    pub const MARKER_BACKUP_POOL: Key = Key(78);
    /// `marker.backup_sql`
    pub const MARKER_BACKUP_SQL: Key = Key(79);
    /// `marker.chat_sql`
    pub const MARKER_CHAT_SQL: Key = Key(80);
    /// `marker.default_instance`
    pub const MARKER_DEFAULT_INSTANCE: Key = Key(81);
    /// `marker.dfs_target`
    pub const MARKER_DFS_TARGET: Key = Key(82);
    /// `marker.edge_pool`
    pub const MARKER_EDGE_POOL: Key = Key(83);
    /// `marker.file`
    pub const MARKER_FILE: Key = Key(84);
    /// `marker.file_store`
    pub const MARKER_FILE_STORE: Key = Key(85);
    /// `marker.instance`
    pub const MARKER_INSTANCE: Key = Key(86);
    /// `marker.local`
    pub const MARKER_LOCAL: Key = Key(87);
    /// `marker.mirror`
    pub const MARKER_MIRROR: Key = Key(88);
    /// `marker.pool`
    pub const MARKER_POOL: Key = Key(89);
    /// `marker.replica`
    pub const MARKER_REPLICA: Key = Key(90);
    /// `marker.server`
    pub const MARKER_SERVER: Key = Key(91);
    /// `marker.site`
    pub const MARKER_SITE: Key = Key(92);
    /// `marker.sql`
    pub const MARKER_SQL: Key = Key(93);
    /// `marker.sql_backup`
    pub const MARKER_SQL_BACKUP: Key = Key(94);
    /// `marker.sql_backups`
    pub const MARKER_SQL_BACKUPS: Key = Key(95);
    /// `name.bad_character`
    pub const NAME_BAD_CHARACTER: Key = Key(96);
    /// `name.bad_instance`
    pub const NAME_BAD_INSTANCE: Key = Key(97);
    /// `name.empty`
    pub const NAME_EMPTY: Key = Key(98);
    /// `name.empty_label`
    pub const NAME_EMPTY_LABEL: Key = Key(99);
    /// `name.instance_too_long`
    pub const NAME_INSTANCE_TOO_LONG: Key = Key(100);
    /// `name.label_too_long`
    pub const NAME_LABEL_TOO_LONG: Key = Key(101);
    /// `name.leading_hyphen`
    pub const NAME_LEADING_HYPHEN: Key = Key(102);
    /// `name.not_qualified`
    pub const NAME_NOT_QUALIFIED: Key = Key(103);
    /// `name.not_unc`
    pub const NAME_NOT_UNC: Key = Key(104);
    /// `name.numeric_tld`
    pub const NAME_NUMERIC_TLD: Key = Key(105);
    /// `name.too_long`
    pub const NAME_TOO_LONG: Key = Key(106);
    /// `name.trailing_hyphen`
    pub const NAME_TRAILING_HYPHEN: Key = Key(107);
    /// `notice.adapted`
    pub const NOTICE_ADAPTED: Key = Key(108);
    /// `notice.bad_link`
    pub const NOTICE_BAD_LINK: Key = Key(109);
    /// `notice.imported`
    pub const NOTICE_IMPORTED: Key = Key(110);
    /// `notice.link_opened`
    pub const NOTICE_LINK_OPENED: Key = Key(111);
    /// `notice.link_opened_same_pool`
    pub const NOTICE_LINK_OPENED_SAME_POOL: Key = Key(112);
    /// `notice.migrated`
    pub const NOTICE_MIGRATED: Key = Key(113);
    /// `notice.text_missing`
    pub const NOTICE_TEXT_MISSING: Key = Key(114);
    /// `product.lync2010`
    pub const PRODUCT_LYNC2010: Key = Key(115);
    /// `product.lync2013`
    pub const PRODUCT_LYNC2013: Key = Key(116);
    /// `product.sfb2015`
    pub const PRODUCT_SFB2015: Key = Key(117);
    /// `product.sfb2019`
    pub const PRODUCT_SFB2019: Key = Key(118);
    /// `product.sfbse`
    pub const PRODUCT_SFBSE: Key = Key(119);
    /// `product.unknown`
    pub const PRODUCT_UNKNOWN: Key = Key(120);
    /// `product.unknown_version`
    pub const PRODUCT_UNKNOWN_VERSION: Key = Key(121);
    /// `progress.done`
    pub const PROGRESS_DONE: Key = Key(122);
    /// `readiness.checked`
    pub const READINESS_CHECKED: Key = Key(123);
    /// `readiness.failed`
    pub const READINESS_FAILED: Key = Key(124);
    /// `readiness.stale`
    pub const READINESS_STALE: Key = Key(125);
    /// `readiness.warning`
    pub const READINESS_WARNING: Key = Key(126);
    /// `report.bad_field`
    pub const REPORT_BAD_FIELD: Key = Key(127);
    /// `report.empty`
    pub const REPORT_EMPTY: Key = Key(128);
    /// `report.newer_version`
    pub const REPORT_NEWER_VERSION: Key = Key(129);
    /// `report.not_a_report`
    pub const REPORT_NOT_A_REPORT: Key = Key(130);
    /// `report.not_json`
    pub const REPORT_NOT_JSON: Key = Key(131);
    /// `report.not_json_at`
    pub const REPORT_NOT_JSON_AT: Key = Key(132);
    /// `report.other_plan`
    pub const REPORT_OTHER_PLAN: Key = Key(133);
    /// `report.too_large`
    pub const REPORT_TOO_LARGE: Key = Key(134);
    /// `site_order.cms`
    pub const SITE_ORDER_CMS: Key = Key(135);
    /// `site_order.director`
    pub const SITE_ORDER_DIRECTOR: Key = Key(136);
    /// `site_order.edge`
    pub const SITE_ORDER_EDGE: Key = Key(137);
    /// `site_order.front_end`
    pub const SITE_ORDER_FRONT_END: Key = Key(138);
    /// `site_order.mediation`
    pub const SITE_ORDER_MEDIATION: Key = Key(139);
    /// `site_order.persistent_chat`
    pub const SITE_ORDER_PERSISTENT_CHAT: Key = Key(140);
    /// `sql_versions.lync2013`
    pub const SQL_VERSIONS_LYNC2013: Key = Key(141);
    /// `sql_versions.sfb2015`
    pub const SQL_VERSIONS_SFB2015: Key = Key(142);
    /// `sql_versions.sfb2019`
    pub const SQL_VERSIONS_SFB2019: Key = Key(143);
    /// `sql_versions.sfbse`
    pub const SQL_VERSIONS_SFBSE: Key = Key(144);
    /// `store.dropped`
    pub const STORE_DROPPED: Key = Key(145);
    /// `store.unreadable`
    pub const STORE_UNREADABLE: Key = Key(146);
    /// `store_copy.holders_other_pools`
    pub const STORE_COPY_HOLDERS_OTHER_POOLS: Key = Key(147);
    /// `store_copy.holders_pool`
    pub const STORE_COPY_HOLDERS_POOL: Key = Key(148);
    /// `store_copy.holders_pool_lost`
    pub const STORE_COPY_HOLDERS_POOL_LOST: Key = Key(149);
    /// `store_copy.source_fresh`
    pub const STORE_COPY_SOURCE_FRESH: Key = Key(150);
    /// `store_copy.source_local_replica`
    pub const STORE_COPY_SOURCE_LOCAL_REPLICA: Key = Key(151);
    /// `store_copy.source_replica`
    pub const STORE_COPY_SOURCE_REPLICA: Key = Key(152);
    /// `terms_lync.brand`
    pub const TERMS_LYNC_BRAND: Key = Key(153);
    /// `terms_lync.components_step`
    pub const TERMS_LYNC_COMPONENTS_STEP: Key = Key(154);
    /// `terms_lync.shell`
    pub const TERMS_LYNC_SHELL: Key = Key(155);
    /// `terms_lync.topology_builder`
    pub const TERMS_LYNC_TOPOLOGY_BUILDER: Key = Key(156);
    /// `terms_lync.topology_node`
    pub const TERMS_LYNC_TOPOLOGY_NODE: Key = Key(157);
    /// `terms_sfb.brand`
    pub const TERMS_SFB_BRAND: Key = Key(158);
    /// `terms_sfb.components_step`
    pub const TERMS_SFB_COMPONENTS_STEP: Key = Key(159);
    /// `terms_sfb.shell`
    pub const TERMS_SFB_SHELL: Key = Key(160);
    /// `terms_sfb.topology_builder`
    pub const TERMS_SFB_TOPOLOGY_BUILDER: Key = Key(161);
    /// `terms_sfb.topology_node`
    pub const TERMS_SFB_TOPOLOGY_NODE: Key = Key(162);
    /// `units.bytes`
    pub const UNITS_BYTES: Key = Key(163);
    /// `units.decimal_point`
    pub const UNITS_DECIMAL_POINT: Key = Key(164);
    /// `units.kb`
    pub const UNITS_KB: Key = Key(165);
    /// `units.mb`
    pub const UNITS_MB: Key = Key(166);
}

/// The page's labels in one language (`[ui]` of `src/content/texts/<lang>.toml`), a method
/// per label.
#[derive(Clone, Copy)]
pub struct Strings(&'static [&'static str; LABEL_COUNT]);

#[allow(missing_docs)]
impl Strings {
    pub fn add_server(self) -> &'static str {
        self.0[0]
    }
    pub fn always_on(self) -> &'static str {
        self.0[1]
    }
    pub fn app_title(self) -> &'static str {
        self.0[2]
    }
    pub fn archiving(self) -> &'static str {
        self.0[3]
    }
    pub fn archiving_sql(self) -> &'static str {
        self.0[4]
    }
    pub fn archiving_store_failed(self) -> &'static str {
        self.0[5]
    }
    pub fn back_end_failed(self) -> &'static str {
        self.0[6]
    }
    pub fn back_end_group(self) -> &'static str {
        self.0[7]
    }
    pub fn backup_group(self) -> &'static str {
        self.0[8]
    }
    pub fn backup_location(self) -> &'static str {
        self.0[9]
    }
    pub fn backup_pool(self) -> &'static str {
        self.0[10]
    }
    pub fn backup_sql(self) -> &'static str {
        self.0[11]
    }
    pub fn backup_sql_instance(self) -> &'static str {
        self.0[12]
    }
    pub fn bilingual(self) -> &'static str {
        self.0[13]
    }
    pub fn caution(self) -> &'static str {
        self.0[14]
    }
    pub fn chat_compliance(self) -> &'static str {
        self.0[15]
    }
    pub fn chat_enabled(self) -> &'static str {
        self.0[16]
    }
    pub fn chat_file(self) -> &'static str {
        self.0[17]
    }
    pub fn chat_group(self) -> &'static str {
        self.0[18]
    }
    pub fn chat_method(self) -> &'static str {
        self.0[19]
    }
    pub fn chat_method_export(self) -> &'static str {
        self.0[20]
    }
    pub fn chat_method_sql(self) -> &'static str {
        self.0[21]
    }
    pub fn chat_sql(self) -> &'static str {
        self.0[22]
    }
    pub fn chat_store_failed(self) -> &'static str {
        self.0[23]
    }
    pub fn checklist_heading(self) -> &'static str {
        self.0[24]
    }
    pub fn cms_unknown(self) -> &'static str {
        self.0[25]
    }
    pub fn colon(self) -> &'static str {
        self.0[26]
    }
    pub fn config_file(self) -> &'static str {
        self.0[27]
    }
    pub fn copied(self) -> &'static str {
        self.0[28]
    }
    pub fn copy(self) -> &'static str {
        self.0[29]
    }
    pub fn copy_failed(self) -> &'static str {
        self.0[30]
    }
    pub fn copy_link(self) -> &'static str {
        self.0[31]
    }
    pub fn delete(self) -> &'static str {
        self.0[32]
    }
    pub fn delete_confirm(self) -> &'static str {
        self.0[33]
    }
    pub fn discard(self) -> &'static str {
        self.0[34]
    }
    pub fn dismiss(self) -> &'static str {
        self.0[35]
    }
    pub fn edge_pool(self) -> &'static str {
        self.0[36]
    }
    pub fn edit_pool(self) -> &'static str {
        self.0[37]
    }
    pub fn editing(self) -> &'static str {
        self.0[38]
    }
    pub fn end(self) -> &'static str {
        self.0[39]
    }
    pub fn end_time(self) -> &'static str {
        self.0[40]
    }
    pub fn export_file(self) -> &'static str {
        self.0[41]
    }
    pub fn export_html(self) -> &'static str {
        self.0[42]
    }
    pub fn export_markdown(self) -> &'static str {
        self.0[43]
    }
    pub fn fail_over(self) -> &'static str {
        self.0[44]
    }
    pub fn failure_group(self) -> &'static str {
        self.0[45]
    }
    pub fn file_store(self) -> &'static str {
        self.0[46]
    }
    pub fn file_store_failed(self) -> &'static str {
        self.0[47]
    }
    pub fn file_store_kept(self) -> &'static str {
        self.0[48]
    }
    pub fn fingerprint(self) -> &'static str {
        self.0[49]
    }
    pub fn fingerprint_hint(self) -> &'static str {
        self.0[50]
    }
    pub fn generated(self) -> &'static str {
        self.0[51]
    }
    pub fn hosts_cms(self) -> &'static str {
        self.0[52]
    }
    pub fn import_failed(self) -> &'static str {
        self.0[53]
    }
    pub fn import_file(self) -> &'static str {
        self.0[54]
    }
    pub fn incident(self) -> &'static str {
        self.0[55]
    }
    pub fn initials(self) -> &'static str {
        self.0[56]
    }
    pub fn instance(self) -> &'static str {
        self.0[57]
    }
    pub fn keep_new(self) -> &'static str {
        self.0[58]
    }
    pub fn keep_replace(self) -> &'static str {
        self.0[59]
    }
    pub fn kind_director(self) -> &'static str {
        self.0[60]
    }
    pub fn kind_edge(self) -> &'static str {
        self.0[61]
    }
    pub fn kind_front_end(self) -> &'static str {
        self.0[62]
    }
    pub fn kind_mediation(self) -> &'static str {
        self.0[63]
    }
    pub fn kind_persistent_chat(self) -> &'static str {
        self.0[64]
    }
    pub fn kind_standard_edition(self) -> &'static str {
        self.0[65]
    }
    pub fn language(self) -> &'static str {
        self.0[66]
    }
    pub fn link_copied(self) -> &'static str {
        self.0[67]
    }
    pub fn link_shown(self) -> &'static str {
        self.0[68]
    }
    pub fn link_too_long(self) -> &'static str {
        self.0[69]
    }
    pub fn lis_file(self) -> &'static str {
        self.0[70]
    }
    pub fn load_example(self) -> &'static str {
        self.0[71]
    }
    pub fn local_folder(self) -> &'static str {
        self.0[72]
    }
    pub fn lost_both(self) -> &'static str {
        self.0[73]
    }
    pub fn lost_mirror(self) -> &'static str {
        self.0[74]
    }
    pub fn lost_primary(self) -> &'static str {
        self.0[75]
    }
    pub fn lost_side(self) -> &'static str {
        self.0[76]
    }
    pub fn mark_done(self) -> &'static str {
        self.0[77]
    }
    pub fn mediation_collocated(self) -> &'static str {
        self.0[78]
    }
    pub fn mirror_fqdn(self) -> &'static str {
        self.0[79]
    }
    pub fn mirror_instance(self) -> &'static str {
        self.0[80]
    }
    pub fn mirror_unknown(self) -> &'static str {
        self.0[81]
    }
    pub fn mirrored(self) -> &'static str {
        self.0[82]
    }
    pub fn missing(self) -> &'static str {
        self.0[83]
    }
    pub fn monitoring(self) -> &'static str {
        self.0[84]
    }
    pub fn monitoring_sql(self) -> &'static str {
        self.0[85]
    }
    pub fn monitoring_store_failed(self) -> &'static str {
        self.0[86]
    }
    pub fn move_up(self) -> &'static str {
        self.0[87]
    }
    pub fn new_plan(self) -> &'static str {
        self.0[88]
    }
    pub fn no_saved(self) -> &'static str {
        self.0[89]
    }
    pub fn not_saved(self) -> &'static str {
        self.0[90]
    }
    pub fn notes(self) -> &'static str {
        self.0[91]
    }
    pub fn on_call(self) -> &'static str {
        self.0[92]
    }
    pub fn open_now(self) -> &'static str {
        self.0[93]
    }
    pub fn options_group(self) -> &'static str {
        self.0[94]
    }
    pub fn outside_pool(self) -> &'static str {
        self.0[95]
    }
    pub fn paste_button(self) -> &'static str {
        self.0[96]
    }
    pub fn paste_label(self) -> &'static str {
        self.0[97]
    }
    pub fn permissions(self) -> &'static str {
        self.0[98]
    }
    pub fn pool_fqdn(self) -> &'static str {
        self.0[99]
    }
    pub fn pool_group(self) -> &'static str {
        self.0[100]
    }
    pub fn pool_kind(self) -> &'static str {
        self.0[101]
    }
    pub fn pool_type(self) -> &'static str {
        self.0[102]
    }
    pub fn primary_replica(self) -> &'static str {
        self.0[103]
    }
    pub fn print_blank(self) -> &'static str {
        self.0[104]
    }
    pub fn print_progress(self) -> &'static str {
        self.0[105]
    }
    pub fn progress_label(self) -> &'static str {
        self.0[106]
    }
    pub fn references(self) -> &'static str {
        self.0[107]
    }
    pub fn remove(self) -> &'static str {
        self.0[108]
    }
    pub fn rename(self) -> &'static str {
        self.0[109]
    }
    pub fn reset_confirm(self) -> &'static str {
        self.0[110]
    }
    pub fn reset_progress(self) -> &'static str {
        self.0[111]
    }
    pub fn response_group(self) -> &'static str {
        self.0[112]
    }
    pub fn rgs_file(self) -> &'static str {
        self.0[113]
    }
    pub fn rgs_unknown(self) -> &'static str {
        self.0[114]
    }
    pub fn runs_on(self) -> &'static str {
        self.0[115]
    }
    pub fn save_failed(self) -> &'static str {
        self.0[116]
    }
    pub fn save_name(self) -> &'static str {
        self.0[117]
    }
    pub fn saved_all(self) -> &'static str {
        self.0[118]
    }
    pub fn saved_group(self) -> &'static str {
        self.0[119]
    }
    pub fn saving(self) -> &'static str {
        self.0[120]
    }
    pub fn se_fqdn(self) -> &'static str {
        self.0[121]
    }
    pub fn se_instance(self) -> &'static str {
        self.0[122]
    }
    pub fn selected_only(self) -> &'static str {
        self.0[123]
    }
    pub fn server_n(self) -> &'static str {
        self.0[124]
    }
    pub fn servers_group(self) -> &'static str {
        self.0[125]
    }
    pub fn share_group(self) -> &'static str {
        self.0[126]
    }
    pub fn site(self) -> &'static str {
        self.0[127]
    }
    pub fn site_pools(self) -> &'static str {
        self.0[128]
    }
    pub fn source(self) -> &'static str {
        self.0[129]
    }
    pub fn sql_fqdn(self) -> &'static str {
        self.0[130]
    }
    pub fn sql_instance(self) -> &'static str {
        self.0[131]
    }
    pub fn start(self) -> &'static str {
        self.0[132]
    }
    pub fn start_time(self) -> &'static str {
        self.0[133]
    }
    pub fn steps_heading(self) -> &'static str {
        self.0[134]
    }
    pub fn steps_loading(self) -> &'static str {
        self.0[135]
    }
    pub fn steps_unavailable(self) -> &'static str {
        self.0[136]
    }
    pub fn storage_off(self) -> &'static str {
        self.0[137]
    }
    pub fn store_collocated(self) -> &'static str {
        self.0[138]
    }
    pub fn store_none(self) -> &'static str {
        self.0[139]
    }
    pub fn store_stand_alone(self) -> &'static str {
        self.0[140]
    }
    pub fn tagline(self) -> &'static str {
        self.0[141]
    }
    pub fn ticked_at(self) -> &'static str {
        self.0[142]
    }
    pub fn to_restore(self) -> &'static str {
        self.0[143]
    }
    pub fn topology_cms(self) -> &'static str {
        self.0[144]
    }
    pub fn topology_failed(self) -> &'static str {
        self.0[145]
    }
    pub fn topology_file(self) -> &'static str {
        self.0[146]
    }
    pub fn topology_file_stores(self) -> &'static str {
        self.0[147]
    }
    pub fn topology_found(self) -> &'static str {
        self.0[148]
    }
    pub fn topology_group(self) -> &'static str {
        self.0[149]
    }
    pub fn topology_no_worker(self) -> &'static str {
        self.0[150]
    }
    pub fn topology_not_planned(self) -> &'static str {
        self.0[151]
    }
    pub fn topology_not_read(self) -> &'static str {
        self.0[152]
    }
    pub fn topology_nothing(self) -> &'static str {
        self.0[153]
    }
    pub fn topology_plan(self) -> &'static str {
        self.0[154]
    }
    pub fn topology_pools(self) -> &'static str {
        self.0[155]
    }
    pub fn topology_reading(self) -> &'static str {
        self.0[156]
    }
    pub fn topology_roles(self) -> &'static str {
        self.0[157]
    }
    pub fn topology_show_servers(self) -> &'static str {
        self.0[158]
    }
    pub fn topology_sites(self) -> &'static str {
        self.0[159]
    }
    pub fn topology_stores(self) -> &'static str {
        self.0[160]
    }
    pub fn topology_whole(self) -> &'static str {
        self.0[161]
    }
    pub fn updated(self) -> &'static str {
        self.0[162]
    }
    pub fn user_data_file(self) -> &'static str {
        self.0[163]
    }
    pub fn version(self) -> &'static str {
        self.0[164]
    }
    pub fn welcome(self) -> &'static str {
        self.0[165]
    }
    pub fn whole_pool(self) -> &'static str {
        self.0[166]
    }
    pub fn with_progress(self) -> &'static str {
        self.0[167]
    }
    pub fn witness_fqdn(self) -> &'static str {
        self.0[168]
    }
}

/// `en`.
static EN_LABELS: [&str; LABEL_COUNT] = [
    "Add a server",
    "Always On availability group (the SQL Server FQDN is its listener)",
    "Lync Restore Planner",
    "Archiving database",
    "Archiving SQL Server FQDN",
    "The stand-alone Archiving SQL Server",
    "The Back End SQL Server",
    "Back End SQL Server",
    "Backup files",
    "$Backup share (\\\\server\\share)",
    "Paired backup pool FQDN (optional)",
    "Backup pool's Back End SQL Server FQDN",
    "Its SQL instance",
    "Bilingual binder",
    "Caution",
    "A compliance store (mgccomp) is deployed",
    "Persistent Chat is collocated on this server",
    "Persistent Chat (Export-CsPersistentChatData)",
    "Persistent Chat",
    "How mgc was backed up",
    "Export-CsPersistentChatData",
    "SQL Server backup",
    "Persistent Chat SQL Server FQDN (mgc)",
    "The Persistent Chat SQL store",
    "Restore binder",
    "Not known: the binder checks first",
    ": ",
    "Configuration (Export-CsConfiguration)",
    "Copied",
    "Copy",
    "Copy failed: select the text",
    "Copy link",
    "Delete",
    "Delete this saved plan and its progress? This cannot be undone.",
    "Discard",
    "Dismiss",
    "Edge pool with this pool as next hop (optional)",
    "Edit",
    "editing",
    "End",
    "End time",
    "Export plan file",
    "Export standalone HTML",
    "Export Markdown",
    "Fail over to the backup pool first",
    "What failed",
    "File store share (\\\\server\\share)",
    "The file store's server",
    "The file store's server still runs",
    "Plan fingerprint",
    "Every page carries this fingerprint: a page with another one comes from an older binder.",
    "Generated",
    "This pool hosts the Central Management store",
    "This file could not be imported:",
    "Import a plan file",
    "Incident number",
    "Initials",
    "Instance",
    "Keep as a new saved plan",
    "Replace the saved plan",
    "Director pool",
    "Edge pool",
    "Front End pool (Enterprise Edition)",
    "Mediation pool",
    "Persistent Chat pool",
    "Standard Edition server",
    "Language",
    "Link copied. It carries the whole plan (not the ticks); the server never sees it.",
    "Copy this link by hand:",
    "This plan is too large for a link: export the plan file instead.",
    "Locations (Export-CsLisConfiguration)",
    "Load an example",
    "Local folder for copied files",
    "Both (or not mirrored)",
    "Only the mirror",
    "Only the primary",
    "Which side was lost",
    "Done",
    "Mediation Server is collocated on the Front End Servers",
    "Mirror SQL Server FQDN",
    "Mirror SQL instance",
    "Not known whether it is mirrored: the binder checks first",
    "SQL Server mirroring",
    "Still missing, shown in the commands as",
    "Monitoring databases",
    "Monitoring SQL Server FQDN",
    "The stand-alone Monitoring SQL Server",
    "Move up",
    "New plan",
    "No saved plan yet: your plan is saved here as soon as you type.",
    "Not saved",
    "Notes",
    "People on call",
    "open",
    "Pool options",
    "Servers outside the pool: lost only when ticked, whatever is chosen above.",
    "Add pasted servers",
    "Paste a list of FQDNs (one per line, or separated by commas or spaces)",
    "Needs",
    "Pool FQDN",
    "Pool",
    "Pool type",
    "Pool type",
    "Primary replica FQDN (where the databases are created)",
    "Print blank",
    "Print with progress",
    "Progress",
    "Microsoft procedures for this section",
    "Remove",
    "Rename",
    "Untick every step of this binder? The tick times are lost.",
    "Reset progress",
    "Response Group is used",
    "Response Group (Export-CsRgsConfiguration)",
    "Not known: the binder restores it if the backup holds it",
    "Runs on",
    "Saving failed (storage full or blocked): your latest changes exist only in this page. Export the plan file to keep them.",
    "Save name",
    "All changes saved in this browser.",
    "Saved plans",
    "Saving…",
    "Standard Edition server FQDN",
    "SQL Express instance of the Central Management store",
    "Only the servers and stores ticked below",
    "Server",
    "Member servers",
    "Share and export",
    "Site",
    "Pools in this site plan (restore order)",
    "Microsoft procedure",
    "SQL Server FQDN",
    "SQL instance (MSSQLSERVER = default instance)",
    "Start",
    "Start time",
    "Steps",
    "Loading the text of this binder's steps…",
    "The text of some of this binder's steps could not be loaded (is the server reachable?): the binder is not shown, so that it is never printed incomplete. Reload the page to try again.",
    "This browser does not let the app save (storage is disabled): the app works, but your plan and ticks last only until you close the page. Export the plan file to keep them.",
    "On the Back End",
    "Not deployed",
    "Stand-alone SQL Server",
    "A printable restore binder for a Lync Server 2013 or Skype for Business Server pool, with your server names in every command.",
    "ticked",
    "To restore",
    "Central Management store",
    "This topology could not be read:",
    "Topology file (Get-CsTopology -AsXml output, or a Topology Builder .tbxml)",
    "File stores",
    "Found",
    "Import the topology",
    "the topology reader could not start in this browser (it runs as a Web Worker, which a policy may block). Reload the page and try again, or type the pool in.",
    "Seen, not planned (outside the Lync restore procedures)",
    "the browser could not read the file. Choose it again.",
    "Tick at least one pool or server.",
    "Plan the restore of what is ticked",
    "Pools: tick what failed",
    "Reading the topology…",
    "Roles",
    "Tick single servers",
    "Sites",
    "SQL stores",
    "whole pool",
    "changed",
    "User data (Export-CsUserData)",
    "Product version",
    "Describe the failed pool on the left; the binder builds itself as you type. New here? Load the example: a 12-server Front End pool that hosts the Central Management store.",
    "The whole pool: every member server and the pool's own store (Back End or Persistent Chat store)",
    "Include the ticked steps",
    "Witness FQDN (optional)",
];

/// English, built in.
#[cfg(not(target_arch = "wasm32"))]
pub static ENGLISH: [&str; TEXT_COUNT] = [
    "cannot read {path}: {error}",
    "cannot write: {error}",
    " (Central Management store)",
    "default instance",
    "error",
    "file store {share}",
    "no binder for {pools}: the findings above say why",
    "no plan file given",
    "{path} is not a valid plan file: {problem}",
    "not planned: {role} on {on}",
    "notice",
    "pool {pool} [{kind}] site {site}",
    "server {server}",
    "sql {sql}: {holds}",
    "{product} ({pools}; sites: {sites})",
    "unknown format {format}",
    "warning",
    "A field has a wrong value: {what}.",
    "The link is damaged (cut or altered, often by an e-mail client). Ask for it again, or for the plan file.",
    "It is empty.",
    "It was made by a newer version of this app (format {version}, this one reads up to {current}). Open it with the newer version.",
    "This is not a plan link of Lync Restore Planner.",
    "It is JSON, but not a Lync Restore Planner plan.",
    "It is not valid JSON; the file may be truncated.",
    "It is not valid JSON (line {line}, column {column}); the file may be truncated.",
    "It is {size} but a plan is at most {limit}: this is not a plan file of this app.",
    "It lists {count, plural, one {# server} other {# servers}}; a plan has at most {max, plural, one {# server} other {# servers}}.",
    "The Back End of {pool} is {live}; this plan says {planned}.",
    "The Central Management store is in {live}; this plan says it is in {pool}.",
    "The Central Management store is in {pool}; this plan says it is not.",
    "The file store of {pool} is {live}; this plan says {planned}.",
    "{pool} has {server}, which this plan does not list.",
    "This plan lists {server}, which {pool} no longer has.",
    "The published topology has no pool {pool}: this plan describes a pool that is not deployed.",
    "The readiness check could not read the published topology: the deployment was not compared with this plan.",
    "{pool} runs {live}; this plan is for {planned}.",
    "adapted from the Lync Server 2013 procedure: Microsoft publishes no Skype for Business Server version of it",
    "Adapted from Lync Server 2013",
    "Caution",
    ":",
    "{version} restore binder",
    "of",
    "Page",
    "Needs",
    "Plan",
    "Runs on",
    "Microsoft procedure",
    "Still missing",
    "Restore binder",
    "The file contains a DTD, which topology files never have; it is refused for safety.",
    "The file is empty.",
    "This is not a Lync topology (its root element is <{root}>). Export one with Get-CsTopology -AsXml, or save it from Topology Builder.",
    "This is not a text file in UTF-8 or UTF-16: it is not a topology file.",
    "This topology is {product}: the binder is made for it, following the Lync Server 2013 procedures adapted where Microsoft publishes no version of its own. Each adapted step says so.",
    "{count, plural, one {# pool} other {# pools}}",
    "The file is {size}; a topology file is at most {limit}. Is it the right file?",
    "The file has more than {max, plural, one {# XML node} other {# XML nodes}}: it is not a topology file.",
    "The topology uses an unknown namespace ({namespace}): it was not written by Lync Server 2013, Skype for Business Server 2015 or 2019.",
    "The topology reader gave an answer this page cannot read; reload the page and try again.",
    "The XML is not well formed at line {line}, column {column} ({message}); the file may be truncated.",
    "This is a ZIP file, most likely an Export-CsConfiguration backup: unzip it and open the XML file inside, or export the topology with Get-CsTopology -AsXml.",
    "The primary replica has the listener's name: this is one SQL Server (a template or an unfinished group), not a group of several. The binder restores it as a plain Back End on that server. If the group has other replicas, give the primary replica's own FQDN.",
    "{server} is listed twice.",
    "Was the file store's server lost too? The whole pool does not include it: tick one of the two. The binder restores the file store only when its server was lost, so that an old backup is never copied over a share still in use.",
    "Is the Back End mirrored? The topology file does not say. If it is and the mirror survived, tick SQL Server mirroring and say which side was lost: the binder then keeps the mirror's live data. If it is not, clear this box.",
    "A Back End is either mirrored or in an Always On availability group: clear one of the two. The binder follows the availability group.",
    "{version} does not support a Back End in an Always On availability group (Skype for Business Server 2015 and later do). Choose the pool's real version, or clear this choice.",
    "{version} cannot deploy SQL Server mirroring (Microsoft's deprecations page): the binder restores the Back End without it. Clear this choice, or choose the pool's real version.",
    "{version} has no Persistent Chat: Microsoft removed the role, so there is nothing to restore. Choose the pool's real version or kind.",
    "Add at least one member server.",
    "{server} is marked as failed but is not a member of this pool.",
    "Select what failed: at least one server or store.",
    "The pool FQDN is the name of a member server; an Enterprise pool has its own FQDN.",
    "This binder fails over Enterprise Edition Front End pools only: it restores this Standard Edition server in place, and its users wait for it. Clear the failover choice, or fail the users over to the paired pool by hand before you start.",
    "{count, plural, one {# server} other {# servers}}: a Front End pool has at most {max, plural, one {# Front End Server} other {# Front End Servers}}.",
    "{version} does not support an Enterprise Edition Front End pool of two Front End Servers, and Topology Builder will not publish one: check the server list and the version.",
    "Archiving/Monitoring SQL Server FQDN",
    "$Backup share, \\\\server\\share",
    "backup pool FQDN",
    "backup pool's Back End SQL Server FQDN",
    "Persistent Chat SQL Server FQDN",
    "MSSQLSERVER (default instance)",
    "The file server that holds the DFS namespace's folder target",
    "Edge pool FQDN",
    "backup file name",
    "file store share, \\\\server\\share",
    "SQL instance",
    "local folder",
    "mirror SQL Server FQDN",
    "pool FQDN",
    "primary replica FQDN",
    "server FQDN",
    "site",
    "Back End SQL Server FQDN",
    "SQL Server backup",
    "SQL Server backups",
    "“{char}” isn't allowed: use letters, digits, hyphens and dots only.",
    "“{char}” isn't allowed in a SQL Server instance name.",
    "Required.",
    "There is an empty label (two dots in a row, or a dot at the start).",
    "A SQL Server instance name has at most 16 characters.",
    "The label “{label}” is longer than 63 characters.",
    "A label can't start with a hyphen (“{label}”).",
    "Type the fully qualified name (e.g. fe01.contoso.com), not just the host name.",
    "Type the share as \\\\server\\share.",
    "This looks like an IP address; Lync needs the FQDN.",
    "An FQDN can't be longer than 253 characters.",
    "A label can't end with a hyphen (“{label}”).",
    "Microsoft publishes no restore procedure for {version}: this binder follows the Lync Server 2013 procedures, adapted. Check each step against your version's documentation.",
    "This link could not be opened: {problem} Your saved plans are unchanged.",
    "Imported as a new saved plan: “{name}”.",
    "This plan came from a link and is not saved yet.",
    "This plan came from a link and is not saved yet. You already have a saved plan for this pool: “{name}”.",
    "Your plan from the previous version was kept as a saved plan.",
    "A language's text could not be loaded (is the server reachable?), so the page is shown in English. Reload the page to try again. ({own})",
    "Lync Server 2010",
    "Lync Server 2013",
    "Skype for Business Server 2015",
    "Skype for Business Server 2019",
    "Skype for Business Server Subscription Edition",
    "unknown version",
    "unknown version {version}",
    "{done, plural, other {#}} of {total, plural, one {# step} other {# steps}} done",
    "Readiness last checked {finished} on {computer}: {done, plural, other {#}} of {total, plural, one {# check} other {# checks}} passed.",
    "Readiness check failed",
    "The last readiness report is for plan {fingerprint}: the plan changed since. Write the readiness check again from this plan and run it.",
    "Readiness check warning",
    "The report has a wrong value: {what}.",
    "The report is empty.",
    "It was written by a newer readiness check (format {version}; this planner reads up to {current}). Read it with a newer version of the planner.",
    "It is not a report of this planner's readiness check.",
    "It is not valid JSON; the file may be cut short.",
    "It is not valid JSON (line {line}, column {column}); the file may be cut short.",
    "This report is for plan {fingerprint}, not for this one: the plan changed since its check was written, or the report belongs to another plan. Write the readiness check again from this plan, run it, and read its new report.",
    "It is {size}, but a readiness report is at most {limit}: this is not a report of the readiness check.",
    "hosts the Central Management store: restored first, every other server reads its configuration from it",
    "Director: routes to the Front End pools, so it comes after them",
    "Edge pool: imports its configuration from an internal server, so it comes last",
    "Front End pool: holds user data and the registrars the other pools depend on",
    "Mediation pool: needs its Front End pool running",
    "Persistent Chat pool: needs its Front End pool running",
    "SQL Server 2012 or SQL Server 2008 R2",
    "SQL Server (2012, 2014, 2016, 2017 or 2019: the version it ran before)",
    "SQL Server (2016, 2017 or 2019: the version it ran before)",
    "SQL Server (the version it ran before; Microsoft lists 2016, 2017 and 2019 for Skype for Business Server 2019)",
    "{count, plural, one {# saved plan was damaged and could not be opened} other {# saved plans were damaged and could not be opened}}; the others are fine. The damaged data is kept aside.",
    "The plans saved in this browser could not be read ({problem}) The damaged data is kept aside; you start with a blank plan.",
    "a Front End Server or Director of another pool: {pool} is a single server, and it was lost",
    "a Front End Server of {pool} still running, a Front End Server or Director of another pool",
    "a Front End Server or Director of another pool: every Front End Server of {pool} was lost",
    "the export taken from the surviving mirror at the start of this section.",
    "the replica that a surviving Front End Server of {pool} exported at the start of this section (it replicated until the failure).",
    "the replica exported at the start of this section from a server that ran until the failure: it is newer than the backup. Only if no such server survived, import the backup instead: the same commands with {config} for that name.",
    "Lync",
    "Step 2: Setup or Remove Lync Server Components",
    "Lync Server Management Shell",
    "Lync Server Topology Builder",
    "Lync Server 2013",
    "Skype for Business",
    "Step 2: Setup or Remove Skype for Business Server Components",
    "Skype for Business Server Management Shell",
    "Skype for Business Server Topology Builder",
    "Skype for Business Server",
    "bytes",
    ".",
    "KB",
    "MB",
    "Backup and restoration requirements in Lync Server 2013: tools and permissions",
    "Backup and restoration worksheets for Lync Server 2013",
    "Configuring and monitoring the Backup Service in Lync Server 2013",
    "Export your Lync Server 2013 topology and copy it to external media for edge installation",
    "Failing back a pool in Lync Server 2013",
    "Failing over a mirrored database in Lync Server 2013",
    "Failing over a pool in Lync Server 2013",
    "Preparing to restore Lync Server 2013",
    "Response group disaster recovery procedures in Lync Server 2013",
    "Restoring a file store in Lync Server 2013",
    "Restoring a Lync Server pool in Lync Server 2013",
    "Restoring a mirrored Enterprise Edition Back End Server in Lync Server 2013 - mirror",
    "Restoring a mirrored Enterprise Edition Back End Server in Lync Server 2013 - primary",
    "Restoring a Standard Edition server in Lync Server 2013",
    "Restoring an Enterprise Edition Back End Server in Lync Server 2013",
    "Restoring an Enterprise Edition member server in Lync Server 2013",
    "Restoring conference contents using the Backup Service in Lync Server 2013",
    "Restoring monitoring or archiving data in Lync Server 2013",
    "Restoring Persistent Chat data in Lync Server 2013",
    "Restoring Response Group settings in Lync Server 2013",
    "Restoring the server hosting the Central Management store in Lync Server 2013",
    "Topologies and components for Front End Servers, instant messaging, and presence in Lync Server 2013",
    "Upgrade or update a Back End Server or Standard Edition server in Lync Server 2013",
    "Deploy an Always On Availability Group on a Back End Server in Skype for Business Server",
    "Install Skype for Business Server on servers in the topology",
    "Configuring and monitoring the Backup Service",
    "Failing over and failing back a pool",
    "Back up and restore Persistent Chat databases in Skype for Business Server 2015",
    "Front End Pool high availability and management",
    "Before you start",
    "Central Management store and Back End",
    "File store",
    "Member servers",
    "Data restores",
    "Pool start and verification",
    "Front End Server",
    "Standard Edition server",
    "Director",
    "Mediation Server",
    "Persistent Chat Server",
    "Edge Server",
    "The availability group's primary replica, in SQL Server Management Studio",
    "Each SQL Server replica of the availability group {server}",
    "{archiving_sql}",
    "A Front End Server of {backup_pool}",
    "{chat_server} (a Persistent Chat Server of {pool})",
    "{chat_sql}",
    "Each rebuilt server",
    "An internal server with {shell} (a Front End Server)",
    "{file_server}",
    "{front_end} (a Front End Server of {pool})",
    "A domain computer with {shell}",
    "{mirror}",
    "{monitoring_sql}",
    "A server that was not lost and runs a replica of the store (not an Edge Server)",
    "{front_end}",
    "{server}",
    "Your workstation",
    "Before you start: {pool}",
    "Fail over to {backup_pool}",
    "Configuration file for the Edge Servers of {pool}",
    "Back End Server {server} (hosts the Central Management store)",
    "Standard Edition server {server} (hosts the Central Management store)",
    "Back End Server {server}",
    "Back End availability group {server}",
    "Back End availability group {server} (hosts the Central Management store)",
    "Back End primary {server} (mirror {mirror} survived)",
    "Back End mirror {server} (primary {sql} survived)",
    "Persistent Chat store {server}",
    "Archiving / Monitoring store {server}",
    "File store {file_store}",
    "Standard Edition server {server}",
    "{role} {server}",
    "Edge Server {server}",
    "Data restores: {pool}",
    "Start and verify: {pool}",
    "Start and verify: {pool}",
    "Recreate the availability group with its listener {server}",
    "In SQL Server Management Studio, on {replica}: **Always On High Availability**, right-click **Availability Groups**, **New Availability Group Wizard**, with the group's former name. Select the databases just created, but not ReportServer, ReportServerTempDB or the Persistent Chat databases. Add every other replica with **Automatic Failover** and **Synchronous Commit** (not **Readable Secondary**), endpoint port 5022; on **Listener** create {server} on port 1433; choose **Full** initial data synchronization through a share both SQL Server service accounts can write to.",
    "Administrators (local)",
    "Point the topology back at the listener {server}",
    "In **{topology_builder}**, download the topology again; in **Edit Properties** of the store, set **SQL Server FQDN** back to the listener {server}, publish the topology and wait a few minutes for it to replicate.",
    "Create the SQL Server logins on every replica",
    "In SQL Server Management Studio, fail the group over to a secondary replica, then run the command in {shell}: through the listener it reaches the new primary and creates the logins there. Repeat for each replica, and finish with the group on the replica you want as primary.",
    "Microsoft's page writes Install-CsDatabase -Update alone, which fits none of the cmdlet's parameter sets; this is the form of its page on managing databases in an availability group.",
    "Recreate the databases on the primary replica {replica}",
    "The listener does not exist yet, so the databases are created on the replica that will be primary. In **{topology_builder}**, **Download Topology from existing deployment**; expand **SQL Server Stores**, right-click the store {server}, **Edit Properties**: set **SQL Server FQDN** to {replica} (the listener stays in **SQL Server Availability Listener FQDN**). Right-click **{topology_node}**, **Publish Topology**, and on **Create databases** select the databases of this store.",
    "Rebuild the replicas and their failover cluster",
    "Rebuild each replica with its former FQDN, install {sql_versions} with instance {server_instance}, and add the **Failover Clustering** feature. Validate the configuration and create the Windows Server Failover Cluster again (a file share witness is recommended). In SQL Server Configuration Manager, on each replica, select **Enable AlwaysOn Availability Groups** and restart the SQL Server service.",
    "Go on only if no replica holds the databases",
    "{server} is the listener of an Always On availability group. While one replica still holds the databases, nothing is restored: rebuild the lost replica with its former FQDN and {sql_versions}, add it back to the group in SQL Server Management Studio and let it seed, then create its SQL Server logins as in the last step of this section. This section is for when every replica lost the databases.",
    "Microsoft publishes no procedure to restore a Back End in an availability group. This section follows the Lync Server 2013 Back End restore and Microsoft's page that deploys a group on a new pool, step by step. Rehearse it with your SQL Server team before an outage.",
    "Find out whether the Back End {server} is mirrored",
    "Nobody said whether the Back End is mirrored. If the command names a mirror that still answers, stop: the mirror holds the live data, and a rebuild from the backup would lose it. Mark the Back End as mirrored in the planner, say which side was lost, and print again.",
    "Recreate the databases with Topology Builder",
    "Open **{topology_builder}**, choose **Download Topology from existing deployment**, **OK**, pick the topology, **Save**, **Yes**. Right-click the **{topology_node}** node, **Publish Topology**; on the **Create databases** page of the **Publish the Topology** wizard select the databases to recreate on {server} (only stand-alone databases are listed), then **Finish**. The commands do the same from {shell}: use the wizard or the commands, not both.",
    "Mirrored: in the wizard go on to **Create Mirror Database**, select the databases and finish, so {mirror} is mirrored again. In the shell, Install-CsMirrorDatabase does it; -FileShare is a share both SQL Server service accounts can write to.",
    "Rebuild the mirror {mirror} the same way",
    "Both sides of the mirror were lost: rebuild {mirror} with the same FQDN, operating system, certificates and SQL Server instance {mirror_instance} before you publish the topology, so the wizard can create the mirror databases.",
    "Install SQL Server with instance {server_instance}",
    "Install {sql_versions} with the same instance name as before, {server_instance}, and reproduce the original installation: the same permissions and logins.",
    "Check that {sql} is principal for every database",
    "An earlier failover may have made the lost mirror principal: then this is a lost primary, and this section does not apply (plan it again with the primary lost). Go on only if {sql} is principal for every database type.",
    "Create the mirror databases on {server}",
    "In Topology Builder right-click **{topology_node}**, **Topology**, **Install Database**; on **Create databases** continue to **Create Mirror Database**, select the databases and complete the wizard.",
    "Remove the broken mirroring",
    "From a Front End Server, for every database type, remove mirroring. -SqlServerFqdn names the surviving primary, {sql}.",
    "Microsoft's page prints the cmdlet with a stray space (Uninstall -CsMirrorDatabase); the cmdlet is Uninstall-CsMirrorDatabase.",
    "See which side is principal now",
    "With a witness and synchronous mirroring the databases may already have failed over to {mirror}.",
    "The whole pool is down: run this section from a domain computer with the {product} administrative tools; the Front End Servers read the new topology when they are rebuilt.",
    "Fail over to {mirror} each database type whose principal is still {sql}",
    "Only for a type the previous step showed with its principal still on {sql}, the lost server: run its line. With a witness a type may already have failed over to {mirror} by itself: skip it.",
    "Make {mirror} the pool's SQL Server store",
    "In the same dialog set **SQL Server store** to {mirror}, instance {mirror_instance}, and the Archiving and Monitoring store associations too where those databases were on the Back End and mirrored (if they were not mirrored, their data is lost with the primary: recreate and restore them as for a lost Back End), then **Publish** again.",
    "Mirror the databases onto the rebuilt {server}",
    "In Topology Builder, **Edit Properties** of {pool}: select **Enable SQL Server store mirroring** (and for the Archiving and Monitoring stores if they were mirrored), set **Mirroring SQL Server store** to {server}, instance {server_instance}; **OK**. Right-click **{topology_node}**, **Topology**, **Install Database**; on **Create databases** pick the databases, continue to **Create Mirror Database**, select them and finish.",
    "Roles are now swapped: {mirror} stays the principal and {server} becomes the mirror. Update your worksheets.",
    "Restart {brand} services on every Front End Server that runs",
    "Restart the services on each Front End Server of {pool} that was not lost, one server at a time, so they read the new topology while the pool keeps running: each line stops one server, starts it again and shows the pool's routing groups; run the next line only when every routing group has a primary and a secondary again. A rebuilt server reads the topology when it is set up.",
    "Remove the broken mirroring",
    "For every database type, remove mirroring. -SqlServerFqdn names the server that is principal now, {mirror}.",
    "Microsoft's example switches between BE1/BE2 and DB1/DB2 names; here every name is yours.",
    "Turn mirroring off in the topology",
    "In Topology Builder, under **Enterprise Edition Front End pools** right-click {pool}, **Edit Properties**, **General**, **Associations**: clear **Enable SQL Server store mirroring** (and for the Archiving and Monitoring stores if they are mirrored), **OK**. Then right-click **{topology_node}**, **Topology**, **Publish**.",
    "Confirm where the Central Management store lives",
    "The command reads the pointer to the store in Active Directory, which answers even while the store is down: it must name {server} (Topology Builder shows it under **{topology_node}**, **Central Management Server**, while the store answers). Meanwhile {brand} keeps running, but no configuration can change.",
    "Enable the topology",
    "Enable the imported topology so the topology document is visible in the database.",
    "Check the fresh export before anything is replaced",
    "Every exported file must be in {fresh} and not empty. Do not go on until it is: the next steps replace the databases on {mirror}.",
    "Import the configuration backup",
    "Copy the configuration to a local folder and import it: topology, policies and settings come back. The commands import {import_file}, {import_source}",
    "Recreate an empty Central Management store",
    "Create the Central Management database on {server}, instance {server_instance}.",
    "Recreate an empty Central Management store on the primary replica {replica}",
    "The listener {server} does not exist yet: create the Central Management database on the replica that will be primary, {replica}, instance {server_instance}. It joins the group with the other databases below.",
    "Export the live data from the surviving mirror {mirror}",
    "Microsoft restores both primary and mirror from a backup of the surviving mirror, taken now. Export into {fresh}: every later import reads these files.",
    "Primary and mirror cannot swap roles: publishing needs the primary Central Management database. The restore replaces the databases on {mirror}, the only live copy: check these files first.",
    "Fail over to {mirror} each database type whose principal is still {sql}",
    "Only for a type the previous step showed with its principal still on {sql}: run its line below. Skip the types already principal on {mirror}, and this whole step if every type is.",
    "Back up the collocated Archiving and Monitoring databases on {mirror}",
    "If the collocated Archiving and Monitoring databases are mirrored, {mirror} holds their only live copy: back them up into {fresh} (the SQL Server service account must be able to write there). If not, they were lost with {sql}.",
    "sysadmin (SQL Server)",
    "Find out which side is principal for each database type",
    "The live databases are on {mirror}. With a witness they failed over by themselves: the command shows, for each database type, whether its principal is now {mirror} or still {sql}.",
    "Remove the mirroring on the surviving {mirror}",
    "The Back End is rebuilt from the fresh export, so the mirroring ends here: for every database type, remove it. -SqlServerFqdn names the server that is principal now, {mirror}, which keeps its databases, unmirrored, until they are mirrored again at the end of this section.",
    "Recreate the other Back End databases",
    "In **{topology_builder}**, **Download Topology from existing deployment**, **Save**, **Yes**. Right-click **{topology_node}**, **Install Database**; on **Create databases** select the other databases of {server} (collocated databases are created by the Deployment Wizard instead).",
    "With mirroring, go on to **Create Mirror Database**, select the databases and finish, so that the rebuilt {mirror} is mirrored again.",
    "Mirror the databases onto {mirror} again",
    "{mirror} still holds its old copies of the databases, no longer mirrored. Mirror the recreated databases onto it: the command drops those copies first (their data was exported and checked at the start of this section) and seeds the mirror through the backup share.",
    "-FileShare is a share both SQL Server service accounts can write to.",
    "Export the newest copy of the configuration that survives",
    "{config_file} is only as recent as the last backup. Every server that was not lost and runs a local replica of the store ({replica_holders}) holds the configuration as it was last replicated, which is newer if the server ran until the failure. On one such server, export its local replica next to the backup. In the import below, use this export if that server was running and replicating until the failure; use the backup only if no such server survives.",
    "Do not export from an Edge Server: its replica is loaded from a file and may be older. E9-1-1 locations are not in this export: they come back from {lis_file}.",
    "Point Active Directory at the store",
    "Set the service control point that tells every server where the Central Management store is. You can run it again later if the pointer is ever lost.",
    "The store is mirrored, but {mirror} does not hold this store yet: point Active Directory at {server} alone now, as Microsoft does. Once the mirroring is set up again (later in this section), run the command again with -MirrorSqlServerFqdn \"{mirror}\"{?mirror_instance: -MirrorSqlInstanceName \"{mirror_instance}\"}, so that servers can fail over to a mirror that holds this store, never to an old copy.",
    "Point Active Directory at the store through the listener {server}",
    "The store is now in the availability group: set the service control point to the listener, so that every server reaches the store on whichever replica is primary.",
    "Point Active Directory at the store on {replica}, for now",
    "Set the service control point to the primary replica, where the store is now, so that the import below reaches it. It is pointed at the listener once the group exists.",
    "Prepare first Standard Edition server",
    "Run the Deployment Wizard (\\setup\\amd64\\Setup.exe), choose **Prepare first Standard Edition server** and follow it through: it installs SQL Server Express and the Central Management store.",
    "Open {shell}",
    "Open {shell} on the computer this step runs on. The next four commands recreate the Central Management store on {server}.",
    "Every Front End Server of {pool} is down too: run them from a domain computer with the {product} administrative tools installed.",
    "Open {shell} on {server}",
    "Open {shell} on the rebuilt Standard Edition server.",
    "Microsoft's page says to do this from a Front End Server; for a Standard Edition server that is the server you are rebuilding. Its Deployment Wizard path already installed an empty store on it; the next command recreates that store with -Clean, which loses nothing because the rebuilt server holds no data yet, and the import below fills it.",
    "Stop every Front End Server of {pool} that still runs",
    "The live data is exported from {mirror} next, and its databases are replaced later in this section: anything the Front End Servers write after the export would be lost, and they would run on empty databases until the user data is imported. Stop them now; the user data restore starts them again.",
    "Find out whether {pool} hosts the Central Management store",
    "The topology does not say which pool hosts the store; this binder assumes not {pool}. The command reads the Active Directory pointer, which answers while the store is down. If it names {server}, stop: mark the pool as the store's host in the planner and print again.",
    "Restore the Archiving database LcsLog",
    "Not needed to get {brand} running. On {archiving_sql}, instance {archiving_instance}, in SQL Server Management Studio, **Connect to Server**; in **Object Explorer** right-click **Databases**, **Restore Database**. On **General** set **To database** to LcsLog, **From device**, pick its backup under **Select the backup sets to restore**; on **Options** tick **Overwrite the existing database (WITH REPLACE)** (recreated empty) and **Close existing connections to destination database**, check the file paths; **OK**. If this plan's backup script took it, use the newest LcsLog.bak in the dated folders under {backup}\\Runs.",
    "LcsLog was backed up from the surviving {mirror} at the start of this restore: restore {fresh}\\LcsLog.bak, not a backup under {backup}\\Runs, which is older (WITH REPLACE would lose the archive kept since).",
    "Check RTCComponentUniversalServices on LcsLog",
    "Expand LcsLog, **Security**, **Users**: RTCComponentUniversalServices must be listed. If RTCComponentUniversalServices is not listed, add it: **Users**, **New User**, Login name RTCComponentUniversalServices, and under **Database role membership** select **ServerRole**, **OK**. The Archiving service does not need a restart.",
    "Import the Persistent Chat data",
    "The Persistent Chat data was exported with Export-CsPersistentChatData, so import it with the matching cmdlet, Import-CsPersistentChatData, in {shell} on a Persistent Chat Server (not on the SQL Server). Data since that export is lost.",
    "CsPersistentChatAdministrator",
    "Restore the Persistent Chat database mgc with SQL Server",
    "The Persistent Chat database mgc was backed up with SQL Server, so restore it the same way: in SQL Server Management Studio restore mgc on {chat_sql}, instance {chat_instance}, from its latest full backup, with **Overwrite the existing database (WITH REPLACE)** and **Close existing connections to destination database** on **Options**. Data since that backup is lost. If this plan's backup script took it, use the newest mgc.bak in the dated folders under {backup}\\Runs.",
    "Microsoft's pages also call this database Mgc.mdf, mgd.mdf or Mgs.mdf; its name is mgc. The compliance database mgccomp holds only transient data and is not restored.",
    "Start the Persistent Chat services again",
    "The data is back: start the services on every Persistent Chat Server of {pool}.",
    "Stop the Persistent Chat services",
    "Stop the services on every Persistent Chat Server of {pool} before the data is restored, so that nothing writes to mgc meanwhile; they start again after it.",
    "On a Standard Edition server this stops every {brand} service of the server, not only Persistent Chat: the server is the pool being restored, so it cuts no user off.",
    "Take the databases to restore out of the availability group",
    "SQL Server refuses to restore over a database that is in an availability group. In SQL Server Management Studio, connected to the group's primary replica ({replica}, unless the group was left on another replica), expand **Always On High Availability** and the group, and remove from the group each database restored below. After the restore, add each one back to the group and let the wizard seed the other replicas.",
    "Find out whether the databases to restore are mirrored",
    "SQL Server refuses to restore over a mirrored database. The command shows whether the Archiving or Monitoring databases restored below are mirrored on {sql}, with a copy on {mirror}.",
    "Only if you removed their mirroring: mirror the restored databases again",
    "Only if the mirroring was removed before the restore: mirror the restored databases onto {mirror} again from the restored data (the command first drops the old copies on {mirror}), and check that each shows a principal and a mirror.",
    "-FileShare is a share both SQL Server service accounts can write to.",
    "Only if the databases to restore are mirrored: remove their mirroring",
    "Only if the previous step showed them mirrored: remove their mirroring and drop their copies on {mirror} (recreated empty with the Back End), so that the restore below can write over them; they are mirrored again after it. If they are not mirrored, skip this step.",
    "Restore E9-1-1 location data",
    "Import the Location Information service configuration exported with Export-CsLisConfiguration, then publish it: until it is published, the locations do not reach the Location Information service.",
    "Restore the Monitoring databases LcsCDR and QoEMetrics",
    "Not needed to get {brand} running. On {monitoring_sql}, instance {monitoring_instance}, in SQL Server Management Studio, **Connect to Server**; in **Object Explorer** right-click **Databases**, **Restore Database**. On **General** set **To database** to LcsCDR, **From device**, pick its backup under **Select the backup sets to restore**; on **Options** tick **Overwrite the existing database (WITH REPLACE)** (recreated empty) and **Close existing connections to destination database**, check the file paths; **OK**. Do the same for QoEMetrics. If the Monitoring Reports were deployed on this SQL Server, deploy them again with the Deployment Wizard's Monitoring Reports step. If this plan's backup script took them, use the newest LcsCDR.bak and QoEMetrics.bak in the dated folders under {backup}\\Runs.",
    "LcsCDR and QoEMetrics were backed up from the surviving {mirror} at the start of this restore: restore {fresh}\\LcsCDR.bak and {fresh}\\QoEMetrics.bak, not backups under {backup}\\Runs, which are older (WITH REPLACE would lose the data kept since).",
    "Check RTCComponentUniversalServices on LcsCDR and QoEMetrics",
    "Expand each of the two databases, **Security**, **Users**: RTCComponentUniversalServices must be listed. If RTCComponentUniversalServices is not listed, add it: **Users**, **New User**, Login name RTCComponentUniversalServices, and under **Database role membership** select **ServerRole**, **OK**. The Monitoring service does not need a restart.",
    "Restore Response Group settings",
    "Import the agent groups, queues and workflows of {pool}. -OverwriteOwner is needed because the rebuilt pool has no Response Group data while the Response Group contact objects still exist in Active Directory, even with the same FQDN. -ReplaceExistingRgsSettings brings back the pool's application-level settings (such as the default music on hold), which the recreated databases hold at their defaults.",
    "Microsoft's example has a stray space in \"service: ApplicationServer:\"; the identity is written without it.",
    "Find out whether {pool} uses Response Group",
    "Nobody said whether Response Group is used in {pool}. It is if the backup holds {rgs_file}: then do the next step. If the command finds no such file, skip the next step.",
    "Bring the recreated databases to the deployment's update",
    "The databases were created by the release version's setup, while the rebuilt servers run the deployment's cumulative update: apply the update's database changes from a Front End Server that has it, before user data is imported.{?collocated_stores: Collocated Archiving or Monitoring databases are left out (-ExcludeCollocatedStores), as Microsoft's page says.}",
    "Bring the server's databases to the deployment's update",
    "The local databases were created by the release version's setup, while the server now runs the deployment's cumulative update: stop its {brand} services (Microsoft's page stops them before the database changes), apply the update's database changes on {front_end}, and start the services again, before user data is imported.",
    "Restore user data (contacts, conferences, rights)",
    "Copy the Export-CsUserData backup to a local folder, stop the {brand} services of the pool, import the data for {pool}, and start the services again, all servers at once; repeat the last command until every routing group has a primary.",
    "Microsoft's example has typos (\"atl0cs-001\", \"ExportedUserDatal.zip\") and does not say where to stop and start the services; these cmdlets act on the local computer unless -ComputerName is given, so this binder names every Front End Server.",
    "Before importing user data: is {backup_pool} running?",
    "{pool} is paired with {backup_pool}, whose Backup Service keeps a copy of this pool's user data that is newer than the export from the last backup. If {backup_pool} runs (the command answers), stop here: fail the users over to it instead (tick the failover to the backup pool in the planner and print again), and they get their data back with the failback. Import the export below only if {backup_pool} cannot serve them.",
    "Restore user data (contacts, conferences, rights)",
    "Copy the Export-CsUserData backup to a local folder, stop the {brand} services of this Standard Edition server (on its own it is the pool {pool}), import its data, and start the services again; repeat the last command until every routing group has a primary.",
    "Microsoft's example has typos (\"atl0cs-001\", \"ExportedUserDatal.zip\") and does not say where to stop and start the services; these cmdlets act on the local computer unless -ComputerName is given, so the binder names the server.",
    "Restore user data (contacts, conferences, rights)",
    "Copy the Export-CsUserData backup to a local folder, stop the {brand} services of the pool, import the data for {pool}, and start the pool again with Start-CsPool, which {product} requires for a pool of three or more Front End Servers; repeat the last command until every routing group has a primary.",
    "Microsoft's example has typos (\"atl0cs-001\", \"ExportedUserDatal.zip\") and does not say where to stop the services; Stop-CsWindowsService acts on the local computer unless -ComputerName is given, so this binder names every Front End Server.",
    "Export the configuration for the Edge Server",
    "An Edge Server cannot read the Central Management store. On an internal server, export the configuration once and copy the file to media every Edge Server of {pool} can read.",
    "Microsoft's member-server restore page does not mention this: it comes from the Edge deployment pages.",
    "Log on to {server}",
    "Log on to the Edge Server as a member of the local Administrators group; certificates and services must be handled on the Edge Server itself.",
    "Step 1: Install Local Configuration Store, from the file",
    "Run **Step 1: Install Local Configuration Store**; in **Configure Local Replica of Central Management Store** choose **Import from a file (Recommended for Edge Servers)** and pick EdgeConfiguration.zip on the media (copy it to {local} on the Edge Server to use the command). The command is only for loading the file again, later, into the local store that Step 1 installed.",
    "Step 3: Request, Install or Assign Certificates",
    "Run **Step 3: Request, Install or Assign Certificates** and assign both the internal and the external Edge certificates. The external certificate is the same on every Edge Server of the pool: import it with its private key (exported from another Edge Server of the pool, or from the backup) rather than request a new one. Before Step 4, install the cumulative update the rest of the deployment runs: the installation media bring the release version.",
    "Step 4: Start Services",
    "Run **Step 4: Start Services** and check that every Edge service is running.",
    "Fail the Central Management store over to {backup_pool}",
    "{pool} hosts the store, so it fails over first, to {backup_sql}, instance {backup_sql_instance}, the Back End of {backup_pool}.",
    "If that Back End is mirrored, the store goes to the side that is principal now (the previous step): give it as -BackupSqlServerFqdn and -BackupSqlInstanceName, and the other side as -BackupMirrorSqlServerFqdn and -BackupMirrorSqlInstanceName. Microsoft's page writes -MirrorSqlServerFqdn for the mirror, which the cmdlet lacks.",
    "Check the store answers from {backup_pool}",
    "ActiveMasterFqdn should name {backup_pool} and every replica report UpToDate : True. The store stays there: this binder does not rebuild it in {pool}.",
    "See which side of the Back End of {backup_pool} is principal",
    "The store fails over to the Back End of {backup_pool}. If that Back End is mirrored, the command shows which side is principal now: the failover in the next step names it.",
    "Point the Edge pool {edge_pool} at {backup_pool}",
    "{edge_pool} uses {pool} as next hop. Same site: in Topology Builder, Edge pool, **Edit Properties**, **Next Hop**, set **Next hop pool:** to {backup_pool}, publish. Other site: run the command below.",
    "Fail the users of {pool} over to {backup_pool}",
    "This command moves every user of {pool} to {backup_pool}. If it fails, fix what the error names and run it again.",
    "Import the Response Groups of {pool} into {backup_pool}",
    "Response Groups do not fail over with the users: import the last export of those of {pool} into {backup_pool}. They stay owned by {pool}, so they are listed only with -Owner (or -ShowAll); agents of formal agent groups sign in again, and while they are there they are managed from {shell} only. Then call a Response Group to check it answers.",
    "Microsoft's page writes -ReplaceExistingSettings, which the cmdlet lacks: its parameter is -ReplaceExistingRgsSettings. Add it to replace {backup_pool}'s application-level settings with those of {pool}; without it, if {pool} cannot be recovered, its settings are lost.",
    "See where the Central Management store is",
    "The first command names the pool that hosts the Central Management store; the second shows whether it answers (ActiveMasterFqdn empty: down).",
    "Reset the file store permissions",
    "robocopy /E does not copy permissions: set the file store ACLs again now that the share exists, even if the topology was published earlier.",
    "Copy the file store back",
    "Copy the backed-up file store from {backup} to the share. /XO never replaces a newer file with an older one, should anything have been written to the share already.",
    "Recreate the share {file_store}",
    "The file server was lost: rebuild it with the same FQDN, operating system and domain membership. Then create the folder and share it with exactly the same path and share name as before.",
    "Check the collocated Mediation Server",
    "Mediation Server is collocated on this pool's Front End Servers, so Step 2 installs it together with the Front End role; check that the Mediation service is listed after setup.",
    "Check the backup at {backup}",
    "Open the backup share and check that the files this binder needs are there and readable: {backup_needs}.",
    "Disable the scheduled backup until the restore is verified",
    "If the backup script of this plan runs as a scheduled task, disable that task in Task Scheduler on every server that still runs it, until the pool is verified at the end of this binder: a run during the restore could copy incomplete data over the files this binder restores from. Enable it again once the pool is verified (if it ran on a rebuilt server, schedule it again there).",
    "Have the certificates ready",
    "Locate the exported certificates (with their exportable private keys) for the servers to rebuild, or make sure you can re-enroll from your certification authority. Two certificates are not re-requested: the OAuthTokenIssuer certificate, the same on every Front End Server, and an Edge pool's external certificate, the same on every Edge Server of the pool: have each exported with its private key.",
    "Gather media, worksheets and the restore plan",
    "Have at hand: the {product} installation media (the Deployment Wizard is \\setup\\amd64\\Setup.exe), the operating system and SQL Server media, your organisation's backup and restoration plan, and the completed backup and restoration worksheets.",
    "Keep every name and path exactly as before",
    "Each rebuilt server must get the same FQDN as the failed one. Do not delete the computer accounts from Active Directory Domain Services when reinstalling, and check their group memberships survive. DNS records, DHCP, domain names and file store paths must be identical to the time of the backup.",
    "This binder restores {pool} without failing over to {backup_pool}",
    "{pool} is paired with {backup_pool}: a failover restores service far faster than a rebuild, and it keeps the user data the Backup Service copied to {backup_pool}, newer than the exports this binder imports. This binder restores without one; to fail over, choose it in the planner and print again.",
    "Check your accounts and group memberships",
    "The restore cmdlets need membership of RTCUniversalServerAdmins (most of them do not support role-based access control). The Deployment Wizard and SQL Server restores also need local Administrators on the server being rebuilt. Creating databases needs the sysadmin role on the rebuilt SQL Server instances; publishing or enabling the topology needs Domain Admins (or the rights Set-CsSetupPermission delegated) and local Administrators on the file server, where Enable-CsTopology sets the share's permissions.",
    "RTCUniversalServerAdmins",
    "Confirm that a restore is the right call",
    "Restore only once troubleshooting has failed: every server listed here is rebuilt from scratch on clean hardware. Agree on the scope with the change owner and write the incident number on the cover sheet. Keep the impact on other pools low when you stop and start services.",
    "Download the topology",
    "Open **{topology_builder}**, choose **Download Topology from existing deployment**, **OK**, select the topology, **Save**, **Yes**. No publishing is needed.",
    "Restore the file store onto {server}",
    "Create the file store folder on this server and share it with exactly the same path and share name as before ({file_store}), then copy the file store back from the backup. /XO never replaces a newer file with an older one.",
    "Take a system image of {server} (rollback point)",
    "Recommended: now that the operating system, certificates (and SQL Server, where needed) are installed, take a system image. If a later step goes wrong you can return to this point instead of rebuilding again.",
    "Log on to {server}",
    "Log on to the rebuilt server with an account in RTCUniversalServerAdmins and local Administrators (to install SQL Server).",
    "Log on to {server}",
    "Log on to the rebuilt server with an account that is a member of RTCUniversalServerAdmins and of the local Administrators group (the Deployment Wizard needs both).",
    "Rebuild {server} with the same FQDN",
    "Start from a new or clean machine named {server}. Install the operating system following your organisation's build procedure, join it to the domain using the existing computer account, then restore or re-enroll its certificates.",
    "Rebuild {server} with the same FQDN",
    "Start from a new or clean machine named {server} in the perimeter network (not domain-joined). Install the operating system following your organisation's build procedure, with the same internal and external network settings as before.",
    "Start the Deployment Wizard",
    "From the {product} installation folder or media, run \\setup\\amd64\\Setup.exe and open the Deployment Wizard.",
    "Step 1: Install Local Configuration Store",
    "In the Deployment Wizard, run **Step 1: Install Local Configuration Store**. The local replica is filled from the Central Management store.",
    "{components_step}",
    "Run **{components_step}**. It installs the roles the topology defines for {server} (and creates any database collocated with a role).",
    "Step 3: Request, Install or Assign Certificates",
    "Run **Step 3: Request, Install or Assign Certificates** and assign the restored or re-enrolled certificates to every service that needs one. Before Step 4, install the cumulative update the rest of the deployment runs: the installation media bring the release version.",
    "The OAuthTokenIssuer certificate must be the same on every Front End Server and Standard Edition server: import the one the others use, with its private key, and assign it; do not request a new one.",
    "Step 4: Start Services",
    "Run **Step 4: Start Services**, then check the service status in the wizard.",
    "Do not run Step 4: Start Services yet",
    "The pool starts from nothing (every Front End Server is rebuilt, or too few of its first servers still run for its quorum), so it starts once, all servers together, and not server by server: leave **Step 4: Start Services** for now. The pool is started by the user data restore when there is one, otherwise in the pool start section.",
    "Find out what else {server} holds before rebuilding it",
    "A rebuild destroys everything on {server}. The command lists the stores the topology puts on it. If it names a store that was not lost with this one (another pool's Back End, UserDatabase or ApplicationDatabase, or its Archiving, Monitoring or Persistent Chat store), stop: do not rebuild {server}. If the machine still runs, none of its databases is lost; if it is lost, plan every pool whose store it held and restore them together.",
    "Recreate the empty databases on {server}",
    "In **{topology_builder}**, download the topology, right-click the **{topology_node}** node and choose **Install Database**; on **Create databases** select the databases hosted on {server}. Then restore their data in the data restores section.",
    "Microsoft's restore pages do not describe rebuilding this store's SQL Server; these steps follow the Back End procedure by analogy. Review them before an outage.",
    "Take a fresh backup and update the worksheets",
    "Back up the restored pool as usual, enable the scheduled backup again (or, if it ran on a rebuilt server, schedule it again there), record any changed name in the worksheets, and print a new binder.",
    "Check the Backup Service with {backup_pool}",
    "The pairing should reach a steady state in both directions.",
    "Test a chat room on {pool}",
    "With a test user, open a followed chat room, check its history, post and see it on a second client. Note the result and time.",
    "Check the Central Management store itself",
    "ActiveMasterFqdn and ActiveFileTransferAgents should point to {pool}.",
    "Optional, later: move the Central Management store back to {pool}",
    "Optional: the store can stay in {backup_pool}. Once both pools are healthy and replicas up to date, the cmdlet without a target moves it to the other pool of the pair (-WhatIf shows how).",
    "Without -Force: the cmdlet checks replication first.",
    "Cold-start the pool: start all {front_end_count, plural, one {# Front End Server} other {# Front End Servers}} together (quorum: {quorum, plural, one {# server} other {# servers}})",
    "The whole pool was down. Start {front_end_count, plural, one {its Front End Server} other {its # Front End Servers together}}: the pool starts only once at least {quorum, plural, one {# of them runs} other {# of them run}} (its quorum), and -NoWait because below quorum a start that waits for each server never ends. Repeat the checks until at least {quorum, plural, one {# server runs} other {# servers run}} all services and every routing group has a primary.",
    "Bring back conference content from {backup_pool}",
    "The file store held conference content that the Backup Service also keeps in the paired pool. Start a sync, then repeat the status command until it reports Steady State.",
    "Microsoft's page also gives Get-CsBackupServiceStatus a -BackupModule, which it does not have.",
    "Test sign-in through {pool}",
    "Sign in with test users from inside and outside: the Director sends them to their pool. Note the result and time.",
    "Test remote and federated access through {pool}",
    "From outside (no VPN), sign in with a test user: presence, IM, a call, a meeting with an external guest; then IM a federated contact. Note the result and time.",
    "Point the Edge pool {edge_pool} back at {pool}",
    "The failover pointed {edge_pool} at {backup_pool}. Once the users are back, point its next hop back at {pool}: same site, in Topology Builder, Edge pool, **Edit Properties**, **Next Hop**, set **Next hop pool:** to {pool} and publish; other site, run the command.",
    "Check that the pool's routing groups are whole again",
    "The rebuilt Front End Servers take their share of the users' data back: repeat the command until every routing group of {pool} has a primary and at least one secondary replica before you close the incident.",
    "Fail the users back to {pool}",
    "Once {pool} is healthy, move its users back from {backup_pool}. It can take up to an hour for a large pool. The Central Management store may stay where it is.",
    "Test PSTN calls through {pool}",
    "With an Enterprise Voice test user, call out and be called from outside; check audio both ways. Note the result and time.",
    "Check the mirroring state",
    "Each database type should show a principal and a mirror again.",
    "Only if the pool does not start: recover from quorum loss",
    "If the pool stays down because routing groups lost quorum (or a two-server pool was restarted out of order), reset the registrar state. Do not run this command if the pool started.",
    "Check Central Management store replication",
    "Every server, rebuilt ones included, should report UpToDate : True. A server that stays False has not received the configuration.",
    "Restart the Front End Servers that kept running",
    "The Front End Servers that kept running still read the topology from before the Back End moved to {mirror}. Restarting one of them while a Front End Server was missing would have left too few for the pool's quorum, so it waits until now: with the rebuilt servers running, restart the others one at a time, checking the pool between two.",
    "Bring the Response Groups back to {pool}",
    "The failback does not bring the Response Groups back: export those of {pool} from {backup_pool} (they are still owned by {pool}), import them into {pool} with -OverwriteOwner and -ReplaceExistingRgsSettings (the restored pool's application-level settings, such as the default music on hold, are at their defaults), and check that every workflow is there; then call a Response Group to check it answers.",
    "Later, once they work in {pool}, remove them from {backup_pool}: the same export with -RemoveExportedConfiguration.",
    "Reset the registrar state: the pool was down while its topology changed",
    "The whole pool was down while its topology changed (the Back End was re-pointed). Microsoft's rule for that case: reset the registrar state of the pool after the new topology is published, before the pool is started. -NoReStart leaves the services stopped, so that the pool starts once, all servers together, in the next step.",
    "Check the services on every rebuilt server",
    "On each rebuilt {brand} server, every {brand} service should be Running.",
    "Start the pool with Start-CsPool",
    "The whole pool was down. For a Front End pool of three or more servers {product} starts the pool with Start-CsPool, not server by server: it checks the prerequisites of {front_end_count, plural, one {the Front End Server} other {all # Front End Servers}}, starts each one, and says what stops a server and how to get past it. Then check that every routing group has a primary.",
    "If a server cannot be started, Start-CsPool can start the pool without it (-SkipServer, with the server's FQDN) when enough servers remain; the cmdlet checks that there are.",
    "Test with real clients",
    "Sign in with test users homed on {pool}: presence, IM, a conference, a call, and their contact lists. Note the result and the time on this sheet.",
];

/// English, built in.
#[cfg(target_arch = "wasm32")]
pub static ENGLISH: [&str; TEXT_COUNT] = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "A field has a wrong value: {what}.",
    "The link is damaged (cut or altered, often by an e-mail client). Ask for it again, or for the plan file.",
    "It is empty.",
    "It was made by a newer version of this app (format {version}, this one reads up to {current}). Open it with the newer version.",
    "This is not a plan link of Lync Restore Planner.",
    "It is JSON, but not a Lync Restore Planner plan.",
    "It is not valid JSON; the file may be truncated.",
    "It is not valid JSON (line {line}, column {column}); the file may be truncated.",
    "It is {size} but a plan is at most {limit}: this is not a plan file of this app.",
    "It lists {count, plural, one {# server} other {# servers}}; a plan has at most {max, plural, one {# server} other {# servers}}.",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "adapted from the Lync Server 2013 procedure: Microsoft publishes no Skype for Business Server version of it",
    "Adapted from Lync Server 2013",
    "Caution",
    ":",
    "{version} restore binder",
    "of",
    "Page",
    "Needs",
    "Plan",
    "Runs on",
    "Microsoft procedure",
    "Still missing",
    "Restore binder",
    "The file contains a DTD, which topology files never have; it is refused for safety.",
    "The file is empty.",
    "This is not a Lync topology (its root element is <{root}>). Export one with Get-CsTopology -AsXml, or save it from Topology Builder.",
    "This is not a text file in UTF-8 or UTF-16: it is not a topology file.",
    "This topology is {product}: the binder is made for it, following the Lync Server 2013 procedures adapted where Microsoft publishes no version of its own. Each adapted step says so.",
    "{count, plural, one {# pool} other {# pools}}",
    "The file is {size}; a topology file is at most {limit}. Is it the right file?",
    "The file has more than {max, plural, one {# XML node} other {# XML nodes}}: it is not a topology file.",
    "The topology uses an unknown namespace ({namespace}): it was not written by Lync Server 2013, Skype for Business Server 2015 or 2019.",
    "The topology reader gave an answer this page cannot read; reload the page and try again.",
    "The XML is not well formed at line {line}, column {column} ({message}); the file may be truncated.",
    "This is a ZIP file, most likely an Export-CsConfiguration backup: unzip it and open the XML file inside, or export the topology with Get-CsTopology -AsXml.",
    "The primary replica has the listener's name: this is one SQL Server (a template or an unfinished group), not a group of several. The binder restores it as a plain Back End on that server. If the group has other replicas, give the primary replica's own FQDN.",
    "{server} is listed twice.",
    "Was the file store's server lost too? The whole pool does not include it: tick one of the two. The binder restores the file store only when its server was lost, so that an old backup is never copied over a share still in use.",
    "Is the Back End mirrored? The topology file does not say. If it is and the mirror survived, tick SQL Server mirroring and say which side was lost: the binder then keeps the mirror's live data. If it is not, clear this box.",
    "A Back End is either mirrored or in an Always On availability group: clear one of the two. The binder follows the availability group.",
    "{version} does not support a Back End in an Always On availability group (Skype for Business Server 2015 and later do). Choose the pool's real version, or clear this choice.",
    "{version} cannot deploy SQL Server mirroring (Microsoft's deprecations page): the binder restores the Back End without it. Clear this choice, or choose the pool's real version.",
    "{version} has no Persistent Chat: Microsoft removed the role, so there is nothing to restore. Choose the pool's real version or kind.",
    "Add at least one member server.",
    "{server} is marked as failed but is not a member of this pool.",
    "Select what failed: at least one server or store.",
    "The pool FQDN is the name of a member server; an Enterprise pool has its own FQDN.",
    "This binder fails over Enterprise Edition Front End pools only: it restores this Standard Edition server in place, and its users wait for it. Clear the failover choice, or fail the users over to the paired pool by hand before you start.",
    "{count, plural, one {# server} other {# servers}}: a Front End pool has at most {max, plural, one {# Front End Server} other {# Front End Servers}}.",
    "{version} does not support an Enterprise Edition Front End pool of two Front End Servers, and Topology Builder will not publish one: check the server list and the version.",
    "Archiving/Monitoring SQL Server FQDN",
    "$Backup share, \\\\server\\share",
    "backup pool FQDN",
    "backup pool's Back End SQL Server FQDN",
    "Persistent Chat SQL Server FQDN",
    "MSSQLSERVER (default instance)",
    "The file server that holds the DFS namespace's folder target",
    "Edge pool FQDN",
    "backup file name",
    "file store share, \\\\server\\share",
    "SQL instance",
    "local folder",
    "mirror SQL Server FQDN",
    "pool FQDN",
    "primary replica FQDN",
    "server FQDN",
    "site",
    "Back End SQL Server FQDN",
    "SQL Server backup",
    "SQL Server backups",
    "“{char}” isn't allowed: use letters, digits, hyphens and dots only.",
    "“{char}” isn't allowed in a SQL Server instance name.",
    "Required.",
    "There is an empty label (two dots in a row, or a dot at the start).",
    "A SQL Server instance name has at most 16 characters.",
    "The label “{label}” is longer than 63 characters.",
    "A label can't start with a hyphen (“{label}”).",
    "Type the fully qualified name (e.g. fe01.contoso.com), not just the host name.",
    "Type the share as \\\\server\\share.",
    "This looks like an IP address; Lync needs the FQDN.",
    "An FQDN can't be longer than 253 characters.",
    "A label can't end with a hyphen (“{label}”).",
    "Microsoft publishes no restore procedure for {version}: this binder follows the Lync Server 2013 procedures, adapted. Check each step against your version's documentation.",
    "This link could not be opened: {problem} Your saved plans are unchanged.",
    "Imported as a new saved plan: “{name}”.",
    "This plan came from a link and is not saved yet.",
    "This plan came from a link and is not saved yet. You already have a saved plan for this pool: “{name}”.",
    "Your plan from the previous version was kept as a saved plan.",
    "A language's text could not be loaded (is the server reachable?), so the page is shown in English. Reload the page to try again. ({own})",
    "Lync Server 2010",
    "Lync Server 2013",
    "Skype for Business Server 2015",
    "Skype for Business Server 2019",
    "Skype for Business Server Subscription Edition",
    "unknown version",
    "unknown version {version}",
    "{done, plural, other {#}} of {total, plural, one {# step} other {# steps}} done",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "hosts the Central Management store: restored first, every other server reads its configuration from it",
    "Director: routes to the Front End pools, so it comes after them",
    "Edge pool: imports its configuration from an internal server, so it comes last",
    "Front End pool: holds user data and the registrars the other pools depend on",
    "Mediation pool: needs its Front End pool running",
    "Persistent Chat pool: needs its Front End pool running",
    "SQL Server 2012 or SQL Server 2008 R2",
    "SQL Server (2012, 2014, 2016, 2017 or 2019: the version it ran before)",
    "SQL Server (2016, 2017 or 2019: the version it ran before)",
    "SQL Server (the version it ran before; Microsoft lists 2016, 2017 and 2019 for Skype for Business Server 2019)",
    "{count, plural, one {# saved plan was damaged and could not be opened} other {# saved plans were damaged and could not be opened}}; the others are fine. The damaged data is kept aside.",
    "The plans saved in this browser could not be read ({problem}) The damaged data is kept aside; you start with a blank plan.",
    "a Front End Server or Director of another pool: {pool} is a single server, and it was lost",
    "a Front End Server of {pool} still running, a Front End Server or Director of another pool",
    "a Front End Server or Director of another pool: every Front End Server of {pool} was lost",
    "the export taken from the surviving mirror at the start of this section.",
    "the replica that a surviving Front End Server of {pool} exported at the start of this section (it replicated until the failure).",
    "the replica exported at the start of this section from a server that ran until the failure: it is newer than the backup. Only if no such server survived, import the backup instead: the same commands with {config} for that name.",
    "Lync",
    "Step 2: Setup or Remove Lync Server Components",
    "Lync Server Management Shell",
    "Lync Server Topology Builder",
    "Lync Server 2013",
    "Skype for Business",
    "Step 2: Setup or Remove Skype for Business Server Components",
    "Skype for Business Server Management Shell",
    "Skype for Business Server Topology Builder",
    "Skype for Business Server",
    "bytes",
    ".",
    "KB",
    "MB",
    "Backup and restoration requirements in Lync Server 2013: tools and permissions",
    "Backup and restoration worksheets for Lync Server 2013",
    "Configuring and monitoring the Backup Service in Lync Server 2013",
    "Export your Lync Server 2013 topology and copy it to external media for edge installation",
    "Failing back a pool in Lync Server 2013",
    "Failing over a mirrored database in Lync Server 2013",
    "Failing over a pool in Lync Server 2013",
    "Preparing to restore Lync Server 2013",
    "Response group disaster recovery procedures in Lync Server 2013",
    "Restoring a file store in Lync Server 2013",
    "Restoring a Lync Server pool in Lync Server 2013",
    "Restoring a mirrored Enterprise Edition Back End Server in Lync Server 2013 - mirror",
    "Restoring a mirrored Enterprise Edition Back End Server in Lync Server 2013 - primary",
    "Restoring a Standard Edition server in Lync Server 2013",
    "Restoring an Enterprise Edition Back End Server in Lync Server 2013",
    "Restoring an Enterprise Edition member server in Lync Server 2013",
    "Restoring conference contents using the Backup Service in Lync Server 2013",
    "Restoring monitoring or archiving data in Lync Server 2013",
    "Restoring Persistent Chat data in Lync Server 2013",
    "Restoring Response Group settings in Lync Server 2013",
    "Restoring the server hosting the Central Management store in Lync Server 2013",
    "Topologies and components for Front End Servers, instant messaging, and presence in Lync Server 2013",
    "Upgrade or update a Back End Server or Standard Edition server in Lync Server 2013",
    "Deploy an Always On Availability Group on a Back End Server in Skype for Business Server",
    "Install Skype for Business Server on servers in the topology",
    "Configuring and monitoring the Backup Service",
    "Failing over and failing back a pool",
    "Back up and restore Persistent Chat databases in Skype for Business Server 2015",
    "Front End Pool high availability and management",
    "Before you start",
    "Central Management store and Back End",
    "File store",
    "Member servers",
    "Data restores",
    "Pool start and verification",
    "Front End Server",
    "Standard Edition server",
    "Director",
    "Mediation Server",
    "Persistent Chat Server",
    "Edge Server",
    "The availability group's primary replica, in SQL Server Management Studio",
    "Each SQL Server replica of the availability group {server}",
    "{archiving_sql}",
    "A Front End Server of {backup_pool}",
    "{chat_server} (a Persistent Chat Server of {pool})",
    "{chat_sql}",
    "Each rebuilt server",
    "An internal server with {shell} (a Front End Server)",
    "{file_server}",
    "{front_end} (a Front End Server of {pool})",
    "A domain computer with {shell}",
    "{mirror}",
    "{monitoring_sql}",
    "A server that was not lost and runs a replica of the store (not an Edge Server)",
    "{front_end}",
    "{server}",
    "Your workstation",
    "Before you start: {pool}",
    "",
    "",
    "Back End Server {server} (hosts the Central Management store)",
    "",
    "Back End Server {server}",
    "",
    "",
    "",
    "",
    "",
    "",
    "File store {file_store}",
    "",
    "{role} {server}",
    "",
    "Data restores: {pool}",
    "Start and verify: {pool}",
    "Start and verify: {pool}",
    "",
    "",
    "Administrators (local)",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Recreate the databases with Topology Builder",
    "Open **{topology_builder}**, choose **Download Topology from existing deployment**, **OK**, pick the topology, **Save**, **Yes**. Right-click the **{topology_node}** node, **Publish Topology**; on the **Create databases** page of the **Publish the Topology** wizard select the databases to recreate on {server} (only stand-alone databases are listed), then **Finish**. The commands do the same from {shell}: use the wizard or the commands, not both.",
    "Mirrored: in the wizard go on to **Create Mirror Database**, select the databases and finish, so {mirror} is mirrored again. In the shell, Install-CsMirrorDatabase does it; -FileShare is a share both SQL Server service accounts can write to.",
    "Rebuild the mirror {mirror} the same way",
    "Both sides of the mirror were lost: rebuild {mirror} with the same FQDN, operating system, certificates and SQL Server instance {mirror_instance} before you publish the topology, so the wizard can create the mirror databases.",
    "Install SQL Server with instance {server_instance}",
    "Install {sql_versions} with the same instance name as before, {server_instance}, and reproduce the original installation: the same permissions and logins.",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Confirm where the Central Management store lives",
    "The command reads the pointer to the store in Active Directory, which answers even while the store is down: it must name {server} (Topology Builder shows it under **{topology_node}**, **Central Management Server**, while the store answers). Meanwhile {brand} keeps running, but no configuration can change.",
    "Enable the topology",
    "Enable the imported topology so the topology document is visible in the database.",
    "",
    "",
    "Import the configuration backup",
    "Copy the configuration to a local folder and import it: topology, policies and settings come back. The commands import {import_file}, {import_source}",
    "Recreate an empty Central Management store",
    "Create the Central Management database on {server}, instance {server_instance}.",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "sysadmin (SQL Server)",
    "",
    "",
    "",
    "",
    "Recreate the other Back End databases",
    "In **{topology_builder}**, **Download Topology from existing deployment**, **Save**, **Yes**. Right-click **{topology_node}**, **Install Database**; on **Create databases** select the other databases of {server} (collocated databases are created by the Deployment Wizard instead).",
    "With mirroring, go on to **Create Mirror Database**, select the databases and finish, so that the rebuilt {mirror} is mirrored again.",
    "",
    "",
    "",
    "Export the newest copy of the configuration that survives",
    "{config_file} is only as recent as the last backup. Every server that was not lost and runs a local replica of the store ({replica_holders}) holds the configuration as it was last replicated, which is newer if the server ran until the failure. On one such server, export its local replica next to the backup. In the import below, use this export if that server was running and replicating until the failure; use the backup only if no such server survives.",
    "Do not export from an Edge Server: its replica is loaded from a file and may be older. E9-1-1 locations are not in this export: they come back from {lis_file}.",
    "Point Active Directory at the store",
    "Set the service control point that tells every server where the Central Management store is. You can run it again later if the pointer is ever lost.",
    "The store is mirrored, but {mirror} does not hold this store yet: point Active Directory at {server} alone now, as Microsoft does. Once the mirroring is set up again (later in this section), run the command again with -MirrorSqlServerFqdn \"{mirror}\"{?mirror_instance: -MirrorSqlInstanceName \"{mirror_instance}\"}, so that servers can fail over to a mirror that holds this store, never to an old copy.",
    "",
    "",
    "",
    "",
    "",
    "",
    "Open {shell}",
    "Open {shell} on the computer this step runs on. The next four commands recreate the Central Management store on {server}.",
    "Every Front End Server of {pool} is down too: run them from a domain computer with the {product} administrative tools installed.",
    "",
    "",
    "",
    "Stop every Front End Server of {pool} that still runs",
    "The live data is exported from {mirror} next, and its databases are replaced later in this section: anything the Front End Servers write after the export would be lost, and they would run on empty databases until the user data is imported. Stop them now; the user data restore starts them again.",
    "Find out whether {pool} hosts the Central Management store",
    "The topology does not say which pool hosts the store; this binder assumes not {pool}. The command reads the Active Directory pointer, which answers while the store is down. If it names {server}, stop: mark the pool as the store's host in the planner and print again.",
    "Restore the Archiving database LcsLog",
    "Not needed to get {brand} running. On {archiving_sql}, instance {archiving_instance}, in SQL Server Management Studio, **Connect to Server**; in **Object Explorer** right-click **Databases**, **Restore Database**. On **General** set **To database** to LcsLog, **From device**, pick its backup under **Select the backup sets to restore**; on **Options** tick **Overwrite the existing database (WITH REPLACE)** (recreated empty) and **Close existing connections to destination database**, check the file paths; **OK**. If this plan's backup script took it, use the newest LcsLog.bak in the dated folders under {backup}\\Runs.",
    "LcsLog was backed up from the surviving {mirror} at the start of this restore: restore {fresh}\\LcsLog.bak, not a backup under {backup}\\Runs, which is older (WITH REPLACE would lose the archive kept since).",
    "Check RTCComponentUniversalServices on LcsLog",
    "Expand LcsLog, **Security**, **Users**: RTCComponentUniversalServices must be listed. If RTCComponentUniversalServices is not listed, add it: **Users**, **New User**, Login name RTCComponentUniversalServices, and under **Database role membership** select **ServerRole**, **OK**. The Archiving service does not need a restart.",
    "",
    "",
    "CsPersistentChatAdministrator",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Find out whether the databases to restore are mirrored",
    "SQL Server refuses to restore over a mirrored database. The command shows whether the Archiving or Monitoring databases restored below are mirrored on {sql}, with a copy on {mirror}.",
    "Only if you removed their mirroring: mirror the restored databases again",
    "Only if the mirroring was removed before the restore: mirror the restored databases onto {mirror} again from the restored data (the command first drops the old copies on {mirror}), and check that each shows a principal and a mirror.",
    "-FileShare is a share both SQL Server service accounts can write to.",
    "Only if the databases to restore are mirrored: remove their mirroring",
    "Only if the previous step showed them mirrored: remove their mirroring and drop their copies on {mirror} (recreated empty with the Back End), so that the restore below can write over them; they are mirrored again after it. If they are not mirrored, skip this step.",
    "Restore E9-1-1 location data",
    "Import the Location Information service configuration exported with Export-CsLisConfiguration, then publish it: until it is published, the locations do not reach the Location Information service.",
    "Restore the Monitoring databases LcsCDR and QoEMetrics",
    "Not needed to get {brand} running. On {monitoring_sql}, instance {monitoring_instance}, in SQL Server Management Studio, **Connect to Server**; in **Object Explorer** right-click **Databases**, **Restore Database**. On **General** set **To database** to LcsCDR, **From device**, pick its backup under **Select the backup sets to restore**; on **Options** tick **Overwrite the existing database (WITH REPLACE)** (recreated empty) and **Close existing connections to destination database**, check the file paths; **OK**. Do the same for QoEMetrics. If the Monitoring Reports were deployed on this SQL Server, deploy them again with the Deployment Wizard's Monitoring Reports step. If this plan's backup script took them, use the newest LcsCDR.bak and QoEMetrics.bak in the dated folders under {backup}\\Runs.",
    "LcsCDR and QoEMetrics were backed up from the surviving {mirror} at the start of this restore: restore {fresh}\\LcsCDR.bak and {fresh}\\QoEMetrics.bak, not backups under {backup}\\Runs, which are older (WITH REPLACE would lose the data kept since).",
    "Check RTCComponentUniversalServices on LcsCDR and QoEMetrics",
    "Expand each of the two databases, **Security**, **Users**: RTCComponentUniversalServices must be listed. If RTCComponentUniversalServices is not listed, add it: **Users**, **New User**, Login name RTCComponentUniversalServices, and under **Database role membership** select **ServerRole**, **OK**. The Monitoring service does not need a restart.",
    "Restore Response Group settings",
    "Import the agent groups, queues and workflows of {pool}. -OverwriteOwner is needed because the rebuilt pool has no Response Group data while the Response Group contact objects still exist in Active Directory, even with the same FQDN. -ReplaceExistingRgsSettings brings back the pool's application-level settings (such as the default music on hold), which the recreated databases hold at their defaults.",
    "Microsoft's example has a stray space in \"service: ApplicationServer:\"; the identity is written without it.",
    "",
    "",
    "Bring the recreated databases to the deployment's update",
    "The databases were created by the release version's setup, while the rebuilt servers run the deployment's cumulative update: apply the update's database changes from a Front End Server that has it, before user data is imported.{?collocated_stores: Collocated Archiving or Monitoring databases are left out (-ExcludeCollocatedStores), as Microsoft's page says.}",
    "Bring the server's databases to the deployment's update",
    "The local databases were created by the release version's setup, while the server now runs the deployment's cumulative update: stop its {brand} services (Microsoft's page stops them before the database changes), apply the update's database changes on {front_end}, and start the services again, before user data is imported.",
    "Restore user data (contacts, conferences, rights)",
    "Copy the Export-CsUserData backup to a local folder, stop the {brand} services of the pool, import the data for {pool}, and start the services again, all servers at once; repeat the last command until every routing group has a primary.",
    "Microsoft's example has typos (\"atl0cs-001\", \"ExportedUserDatal.zip\") and does not say where to stop and start the services; these cmdlets act on the local computer unless -ComputerName is given, so this binder names every Front End Server.",
    "Before importing user data: is {backup_pool} running?",
    "{pool} is paired with {backup_pool}, whose Backup Service keeps a copy of this pool's user data that is newer than the export from the last backup. If {backup_pool} runs (the command answers), stop here: fail the users over to it instead (tick the failover to the backup pool in the planner and print again), and they get their data back with the failback. Import the export below only if {backup_pool} cannot serve them.",
    "Restore user data (contacts, conferences, rights)",
    "Copy the Export-CsUserData backup to a local folder, stop the {brand} services of this Standard Edition server (on its own it is the pool {pool}), import its data, and start the services again; repeat the last command until every routing group has a primary.",
    "Microsoft's example has typos (\"atl0cs-001\", \"ExportedUserDatal.zip\") and does not say where to stop and start the services; these cmdlets act on the local computer unless -ComputerName is given, so the binder names the server.",
    "Restore user data (contacts, conferences, rights)",
    "Copy the Export-CsUserData backup to a local folder, stop the {brand} services of the pool, import the data for {pool}, and start the pool again with Start-CsPool, which {product} requires for a pool of three or more Front End Servers; repeat the last command until every routing group has a primary.",
    "Microsoft's example has typos (\"atl0cs-001\", \"ExportedUserDatal.zip\") and does not say where to stop the services; Stop-CsWindowsService acts on the local computer unless -ComputerName is given, so this binder names every Front End Server.",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Reset the file store permissions",
    "robocopy /E does not copy permissions: set the file store ACLs again now that the share exists, even if the topology was published earlier.",
    "Copy the file store back",
    "Copy the backed-up file store from {backup} to the share. /XO never replaces a newer file with an older one, should anything have been written to the share already.",
    "Recreate the share {file_store}",
    "The file server was lost: rebuild it with the same FQDN, operating system and domain membership. Then create the folder and share it with exactly the same path and share name as before.",
    "Check the collocated Mediation Server",
    "Mediation Server is collocated on this pool's Front End Servers, so Step 2 installs it together with the Front End role; check that the Mediation service is listed after setup.",
    "Check the backup at {backup}",
    "Open the backup share and check that the files this binder needs are there and readable: {backup_needs}.",
    "Disable the scheduled backup until the restore is verified",
    "If the backup script of this plan runs as a scheduled task, disable that task in Task Scheduler on every server that still runs it, until the pool is verified at the end of this binder: a run during the restore could copy incomplete data over the files this binder restores from. Enable it again once the pool is verified (if it ran on a rebuilt server, schedule it again there).",
    "Have the certificates ready",
    "Locate the exported certificates (with their exportable private keys) for the servers to rebuild, or make sure you can re-enroll from your certification authority. Two certificates are not re-requested: the OAuthTokenIssuer certificate, the same on every Front End Server, and an Edge pool's external certificate, the same on every Edge Server of the pool: have each exported with its private key.",
    "Gather media, worksheets and the restore plan",
    "Have at hand: the {product} installation media (the Deployment Wizard is \\setup\\amd64\\Setup.exe), the operating system and SQL Server media, your organisation's backup and restoration plan, and the completed backup and restoration worksheets.",
    "Keep every name and path exactly as before",
    "Each rebuilt server must get the same FQDN as the failed one. Do not delete the computer accounts from Active Directory Domain Services when reinstalling, and check their group memberships survive. DNS records, DHCP, domain names and file store paths must be identical to the time of the backup.",
    "This binder restores {pool} without failing over to {backup_pool}",
    "{pool} is paired with {backup_pool}: a failover restores service far faster than a rebuild, and it keeps the user data the Backup Service copied to {backup_pool}, newer than the exports this binder imports. This binder restores without one; to fail over, choose it in the planner and print again.",
    "Check your accounts and group memberships",
    "The restore cmdlets need membership of RTCUniversalServerAdmins (most of them do not support role-based access control). The Deployment Wizard and SQL Server restores also need local Administrators on the server being rebuilt. Creating databases needs the sysadmin role on the rebuilt SQL Server instances; publishing or enabling the topology needs Domain Admins (or the rights Set-CsSetupPermission delegated) and local Administrators on the file server, where Enable-CsTopology sets the share's permissions.",
    "RTCUniversalServerAdmins",
    "Confirm that a restore is the right call",
    "Restore only once troubleshooting has failed: every server listed here is rebuilt from scratch on clean hardware. Agree on the scope with the change owner and write the incident number on the cover sheet. Keep the impact on other pools low when you stop and start services.",
    "",
    "",
    "",
    "",
    "Take a system image of {server} (rollback point)",
    "Recommended: now that the operating system, certificates (and SQL Server, where needed) are installed, take a system image. If a later step goes wrong you can return to this point instead of rebuilding again.",
    "Log on to {server}",
    "Log on to the rebuilt server with an account in RTCUniversalServerAdmins and local Administrators (to install SQL Server).",
    "Log on to {server}",
    "Log on to the rebuilt server with an account that is a member of RTCUniversalServerAdmins and of the local Administrators group (the Deployment Wizard needs both).",
    "Rebuild {server} with the same FQDN",
    "Start from a new or clean machine named {server}. Install the operating system following your organisation's build procedure, join it to the domain using the existing computer account, then restore or re-enroll its certificates.",
    "",
    "",
    "Start the Deployment Wizard",
    "From the {product} installation folder or media, run \\setup\\amd64\\Setup.exe and open the Deployment Wizard.",
    "Step 1: Install Local Configuration Store",
    "In the Deployment Wizard, run **Step 1: Install Local Configuration Store**. The local replica is filled from the Central Management store.",
    "{components_step}",
    "Run **{components_step}**. It installs the roles the topology defines for {server} (and creates any database collocated with a role).",
    "Step 3: Request, Install or Assign Certificates",
    "Run **Step 3: Request, Install or Assign Certificates** and assign the restored or re-enrolled certificates to every service that needs one. Before Step 4, install the cumulative update the rest of the deployment runs: the installation media bring the release version.",
    "The OAuthTokenIssuer certificate must be the same on every Front End Server and Standard Edition server: import the one the others use, with its private key, and assign it; do not request a new one.",
    "Step 4: Start Services",
    "Run **Step 4: Start Services**, then check the service status in the wizard.",
    "Do not run Step 4: Start Services yet",
    "The pool starts from nothing (every Front End Server is rebuilt, or too few of its first servers still run for its quorum), so it starts once, all servers together, and not server by server: leave **Step 4: Start Services** for now. The pool is started by the user data restore when there is one, otherwise in the pool start section.",
    "",
    "",
    "",
    "",
    "",
    "Take a fresh backup and update the worksheets",
    "Back up the restored pool as usual, enable the scheduled backup again (or, if it ran on a rebuilt server, schedule it again there), record any changed name in the worksheets, and print a new binder.",
    "Check the Backup Service with {backup_pool}",
    "The pairing should reach a steady state in both directions.",
    "Test a chat room on {pool}",
    "With a test user, open a followed chat room, check its history, post and see it on a second client. Note the result and time.",
    "Check the Central Management store itself",
    "ActiveMasterFqdn and ActiveFileTransferAgents should point to {pool}.",
    "",
    "",
    "",
    "Cold-start the pool: start all {front_end_count, plural, one {# Front End Server} other {# Front End Servers}} together (quorum: {quorum, plural, one {# server} other {# servers}})",
    "The whole pool was down. Start {front_end_count, plural, one {its Front End Server} other {its # Front End Servers together}}: the pool starts only once at least {quorum, plural, one {# of them runs} other {# of them run}} (its quorum), and -NoWait because below quorum a start that waits for each server never ends. Repeat the checks until at least {quorum, plural, one {# server runs} other {# servers run}} all services and every routing group has a primary.",
    "Bring back conference content from {backup_pool}",
    "The file store held conference content that the Backup Service also keeps in the paired pool. Start a sync, then repeat the status command until it reports Steady State.",
    "Microsoft's page also gives Get-CsBackupServiceStatus a -BackupModule, which it does not have.",
    "Test sign-in through {pool}",
    "Sign in with test users from inside and outside: the Director sends them to their pool. Note the result and time.",
    "Test remote and federated access through {pool}",
    "From outside (no VPN), sign in with a test user: presence, IM, a call, a meeting with an external guest; then IM a federated contact. Note the result and time.",
    "",
    "",
    "Check that the pool's routing groups are whole again",
    "The rebuilt Front End Servers take their share of the users' data back: repeat the command until every routing group of {pool} has a primary and at least one secondary replica before you close the incident.",
    "",
    "",
    "Test PSTN calls through {pool}",
    "With an Enterprise Voice test user, call out and be called from outside; check audio both ways. Note the result and time.",
    "Check the mirroring state",
    "Each database type should show a principal and a mirror again.",
    "Only if the pool does not start: recover from quorum loss",
    "If the pool stays down because routing groups lost quorum (or a two-server pool was restarted out of order), reset the registrar state. Do not run this command if the pool started.",
    "Check Central Management store replication",
    "Every server, rebuilt ones included, should report UpToDate : True. A server that stays False has not received the configuration.",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Check the services on every rebuilt server",
    "On each rebuilt {brand} server, every {brand} service should be Running.",
    "Start the pool with Start-CsPool",
    "The whole pool was down. For a Front End pool of three or more servers {product} starts the pool with Start-CsPool, not server by server: it checks the prerequisites of {front_end_count, plural, one {the Front End Server} other {all # Front End Servers}}, starts each one, and says what stops a server and how to get past it. Then check that every routing group has a primary.",
    "If a server cannot be started, Start-CsPool can start the pool without it (-SkipServer, with the server's FQDN) when enough servers remain; the cmdlet checks that there are.",
    "Test with real clients",
    "Sign in with test users homed on {pool}: presence, IM, a conference, a call, and their contact lists. Note the result and the time on this sheet.",
];

/// The table positions of the English texts fetched on demand (`src/content/on_demand.toml`).
pub static ON_DEMAND: [u16; 144] = [226, 227, 229, 231, 232, 233, 234, 235, 236, 238, 240, 244, 245, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 296, 297, 302, 303, 304, 305, 306, 307, 308, 309, 310, 312, 313, 314, 315, 319, 320, 321, 328, 329, 330, 331, 332, 333, 337, 338, 339, 349, 350, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 379, 380, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 448, 449, 450, 451, 460, 461, 475, 476, 477, 478, 479, 488, 489, 490, 500, 501, 504, 505, 514, 515, 516, 517, 518, 519, 520];
/// The size of the English pack of those texts, in bytes.
pub const ON_DEMAND_BYTES: usize = 20311;

/// `fr`.
static FR_LABELS: [&str; LABEL_COUNT] = [
    "Ajouter un serveur",
    "Groupe de disponibilité Always On (le FQDN du serveur SQL est celui de l’écouteur)",
    "Lync Restore Planner",
    "Base d’archivage",
    "FQDN du serveur SQL d’archivage",
    "Le serveur SQL autonome d’archivage",
    "Le serveur principal (Back End)",
    "Serveur principal (Back End)",
    "Fichiers de sauvegarde",
    "Partage $Backup (\\\\serveur\\partage)",
    "FQDN du pool de sauvegarde jumelé (facultatif)",
    "FQDN du serveur principal du pool de sauvegarde",
    "Son instance SQL",
    "Classeur bilingue",
    "Attention",
    "Un magasin de conformité (mgccomp) est déployé",
    "La conversation permanente est colocalisée sur ce serveur",
    "Conversation permanente (Export-CsPersistentChatData)",
    "Conversation permanente",
    "Mode de sauvegarde de mgc",
    "Export-CsPersistentChatData",
    "Sauvegarde SQL Server",
    "FQDN du serveur SQL de conversation permanente (mgc)",
    "Le magasin SQL de conversation permanente",
    "Classeur de restauration",
    "Inconnu\u{a0}: le classeur vérifie d’abord",
    "\u{a0}: ",
    "Configuration (Export-CsConfiguration)",
    "Copié",
    "Copier",
    "Échec de la copie\u{a0}: sélectionnez le texte",
    "Copier le lien",
    "Supprimer",
    "Supprimer ce plan enregistré et son avancement\u{a0}? C’est définitif.",
    "Ignorer",
    "Fermer",
    "Pool Edge ayant ce pool comme tronçon suivant (facultatif)",
    "Modifier",
    "en cours de modification",
    "Fin",
    "Heure de fin",
    "Exporter le fichier du plan",
    "Exporter en HTML autonome",
    "Exporter en Markdown",
    "Basculer d’abord vers le pool de sauvegarde",
    "Ce qui est en panne",
    "Partage du magasin de fichiers (\\\\serveur\\partage)",
    "Le serveur du magasin de fichiers",
    "Le serveur du magasin de fichiers fonctionne toujours",
    "Empreinte du plan",
    "Chaque page porte cette empreinte\u{a0}: une page avec une autre empreinte vient d’un ancien classeur.",
    "Généré le",
    "Ce pool héberge le magasin central de gestion",
    "Ce fichier n’a pas pu être importé\u{a0}:",
    "Importer un fichier de plan",
    "Numéro d’incident",
    "Visa",
    "Instance",
    "Garder comme nouveau plan",
    "Remplacer le plan enregistré",
    "Pool directeur",
    "Pool de serveurs Edge",
    "Pool frontal (Enterprise Edition)",
    "Pool de médiation",
    "Pool de conversation permanente",
    "Serveur Standard Edition",
    "Langue",
    "Lien copié. Il contient tout le plan (pas les coches)\u{a0}; le serveur ne le voit jamais.",
    "Copiez ce lien à la main\u{a0}:",
    "Ce plan est trop grand pour un lien\u{a0}: exportez plutôt le fichier du plan.",
    "Emplacements (Export-CsLisConfiguration)",
    "Charger un exemple",
    "Dossier local des fichiers copiés",
    "Les deux (ou pas de miroir)",
    "Seulement le miroir",
    "Seulement la base primaire",
    "Côté perdu",
    "Fait",
    "Le serveur de médiation est colocalisé sur les serveurs frontaux",
    "FQDN du serveur SQL miroir",
    "Instance SQL du miroir",
    "Inconnu s’il est en miroir\u{a0}: le classeur vérifie d’abord",
    "Mise en miroir SQL Server",
    "Il manque encore, affiché dans les commandes comme",
    "Bases de surveillance",
    "FQDN du serveur SQL de surveillance",
    "Le serveur SQL autonome de surveillance",
    "Monter",
    "Nouveau plan",
    "Aucun plan enregistré\u{a0}: votre plan est enregistré ici dès la première saisie.",
    "Non enregistré",
    "Notes",
    "Personnes d’astreinte",
    "ouvert",
    "Options du pool",
    "Serveurs hors du pool\u{a0}: perdus seulement s’ils sont cochés, quel que soit le choix ci-dessus.",
    "Ajouter les serveurs collés",
    "Coller une liste de FQDN (un par ligne, ou séparés par des virgules ou des espaces)",
    "Nécessite",
    "FQDN du pool",
    "Pool",
    "Type de pool",
    "Type de pool",
    "FQDN du réplica principal (où les bases de données sont créées)",
    "Imprimer vierge",
    "Imprimer avec l’avancement",
    "Avancement",
    "Procédures Microsoft de cette section",
    "Retirer",
    "Renommer",
    "Décocher toutes les étapes de ce classeur\u{a0}? Les heures de validation seront perdues.",
    "Remettre à zéro",
    "Response Group est utilisé",
    "Response Group (Export-CsRgsConfiguration)",
    "Inconnu\u{a0}: le classeur le restaure si la sauvegarde le contient",
    "S’exécute sur",
    "Échec de l’enregistrement (stockage plein ou bloqué)\u{a0}: vos dernières modifications n’existent que dans cette page. Exportez le fichier du plan pour les garder.",
    "Enregistrer le nom",
    "Toutes les modifications sont enregistrées dans ce navigateur.",
    "Plans enregistrés",
    "Enregistrement…",
    "FQDN du serveur Standard Edition",
    "Instance SQL Express du magasin central de gestion",
    "Seulement les serveurs et magasins cochés ci-dessous",
    "Serveur",
    "Serveurs membres",
    "Partager et exporter",
    "Site",
    "Pools de ce plan de site (ordre de restauration)",
    "Procédure Microsoft",
    "FQDN du serveur SQL",
    "Instance SQL (MSSQLSERVER = instance par défaut)",
    "Début",
    "Heure de début",
    "Étapes",
    "Chargement du texte des étapes de ce classeur…",
    "Le texte de certaines étapes de ce classeur n’a pas pu être chargé (le serveur est-il joignable\u{a0}?)\u{a0}: le classeur n’est pas affiché, pour ne jamais être imprimé incomplet. Rechargez la page pour réessayer.",
    "Ce navigateur n’autorise pas l’enregistrement (stockage désactivé)\u{a0}: l’application fonctionne, mais votre plan et vos coches ne durent que jusqu’à la fermeture de la page. Exportez le fichier du plan pour les garder.",
    "Sur le serveur principal",
    "Non déployé",
    "Serveur SQL autonome",
    "Un classeur de restauration imprimable pour un pool Lync Server 2013 ou Skype Entreprise Server, avec vos noms de serveurs dans chaque commande.",
    "cochée",
    "À restaurer",
    "Magasin central de gestion",
    "Cette topologie n’a pas pu être lue\u{a0}:",
    "Fichier de topologie (sortie de Get-CsTopology -AsXml, ou .tbxml du Générateur de topologie)",
    "Magasins de fichiers",
    "Trouvé",
    "Importer la topologie",
    "le lecteur de topologie n’a pas pu démarrer dans ce navigateur (il s’exécute comme Web Worker, ce qu’une stratégie peut bloquer). Rechargez la page et réessayez, ou saisissez le pool.",
    "Vus, non planifiés (hors des procédures de restauration Lync)",
    "le navigateur n’a pas pu lire le fichier. Choisissez-le à nouveau.",
    "Cochez au moins un pool ou un serveur.",
    "Planifier la restauration de ce qui est coché",
    "Pools\u{a0}: cochez ce qui est en panne",
    "Lecture de la topologie…",
    "Rôles",
    "Cocher des serveurs",
    "Sites",
    "Magasins SQL",
    "tout le pool",
    "modifié",
    "Données utilisateur (Export-CsUserData)",
    "Version du produit",
    "Décrivez le pool en panne à gauche\u{a0}: le classeur se construit pendant la saisie. Première visite\u{a0}? Chargez l’exemple\u{a0}: un pool frontal de 12 serveurs qui héberge le magasin central de gestion.",
    "Tout le pool\u{a0}: chaque serveur membre et le magasin du pool lui-même (serveur principal ou magasin de conversation permanente)",
    "Inclure les étapes cochées",
    "FQDN du témoin (facultatif)",
];

/// `fr`.
static FR_APP: [&str; 167] = [
    "impossible de lire {path}\u{a0}: {error}",
    "écriture impossible\u{a0}: {error}",
    " (magasin central de gestion)",
    "instance par défaut",
    "erreur",
    "magasin de fichiers {share}",
    "pas de classeur pour {pools}\u{a0}: les avertissements ci-dessus disent pourquoi",
    "aucun fichier de plan donné",
    "{path} n’est pas un fichier de plan valide\u{a0}: {problem}",
    "non planifié\u{a0}: {role} sur {on}",
    "avis",
    "pool {pool} [{kind}] site {site}",
    "serveur {server}",
    "sql {sql}\u{a0}: {holds}",
    "{product} ({pools}\u{a0}; sites\u{a0}: {sites})",
    "format inconnu\u{a0}: {format}",
    "avertissement",
    "Un champ a une valeur incorrecte\u{a0}: {what}.",
    "Le lien est endommagé (coupé ou modifié, souvent par une messagerie). Redemandez-le, ou le fichier du plan.",
    "Il est vide.",
    "Il a été créé par une version plus récente de l’application (format {version}, celle-ci lit jusqu’au {current}). Ouvrez-le avec la version récente.",
    "Ce n’est pas un lien de plan de Lync Restore Planner.",
    "C’est du JSON, mais pas un plan de Lync Restore Planner.",
    "Ce n’est pas du JSON valide\u{a0}; le fichier est peut-être tronqué.",
    "Ce n’est pas du JSON valide (ligne {line}, colonne {column})\u{a0}; le fichier est peut-être tronqué.",
    "Il fait {size} alors qu’un plan fait au plus {limit}\u{a0}: ce n’est pas un fichier de plan de cette application.",
    "Il liste {count, plural, one {# serveur} other {# serveurs}}\u{a0}; un plan en compte au plus {max, plural, other {#}}.",
    "Le serveur principal de {pool} est {live}\u{a0}; ce plan indique {planned}.",
    "Le magasin central de gestion est dans {live}\u{a0}; ce plan indique {pool}.",
    "Le magasin central de gestion est dans {pool}\u{a0}; ce plan indique le contraire.",
    "Le magasin de fichiers de {pool} est {live}\u{a0}; ce plan indique {planned}.",
    "{pool} a {server}, que ce plan ne cite pas.",
    "Ce plan cite {server}, que {pool} n’a plus.",
    "La topologie publiée n’a pas de pool {pool}\u{a0}: ce plan décrit un pool qui n’est pas déployé.",
    "La vérification de préparation n’a pas pu lire la topologie publiée\u{a0}: le déploiement n’a pas été comparé à ce plan.",
    "{pool} exécute {live}\u{a0}; ce plan est pour {planned}.",
    "adaptée de la procédure de Lync Server 2013\u{a0}: Microsoft n’en publie aucune version pour Skype Entreprise Server",
    "Adapté de Lync Server 2013",
    "Attention",
    "\u{a0}:",
    "Classeur de restauration {version}",
    "sur",
    "Page",
    "Nécessite",
    "Plan",
    "S’exécute sur",
    "Procédure Microsoft",
    "Manque encore",
    "Classeur de restauration",
    "Le fichier contient une DTD, ce qu’aucun fichier de topologie ne contient\u{a0}; il est refusé par sécurité.",
    "Le fichier est vide.",
    "Ce n’est pas une topologie Lync (son élément racine est <{root}>). Exportez-la avec Get-CsTopology -AsXml, ou enregistrez-la depuis le Générateur de topologie.",
    "Ce n’est pas un fichier texte UTF-8 ou UTF-16\u{a0}: ce n’est pas un fichier de topologie.",
    "Cette topologie est {product}\u{a0}: le classeur est fait pour elle et suit les procédures de Lync Server 2013, adaptées là où Microsoft n’en publie aucune version propre. Chaque étape adaptée le dit.",
    "{count, plural, one {# pool} other {# pools}}",
    "Le fichier fait {size}\u{a0}; un fichier de topologie fait au plus {limit}. Est-ce le bon fichier\u{a0}?",
    "Le fichier compte plus de {max, plural, one {# nœud XML} many {# de nœuds XML} other {# nœuds XML}}\u{a0}: ce n’est pas un fichier de topologie.",
    "La topologie utilise un espace de noms inconnu ({namespace})\u{a0}: elle n’a pas été écrite par Lync Server 2013, Skype Entreprise Server 2015 ou 2019.",
    "Le lecteur de topologie a donné une réponse illisible pour cette page\u{a0}; rechargez la page et réessayez.",
    "Le XML est mal formé à la ligne {line}, colonne {column} ({message})\u{a0}; le fichier est peut-être tronqué.",
    "C’est un fichier ZIP, sans doute une sauvegarde Export-CsConfiguration\u{a0}: décompressez-le et ouvrez le fichier XML qu’il contient, ou exportez la topologie avec Get-CsTopology -AsXml.",
    "Le réplica principal porte le nom de l’écouteur\u{a0}: c’est un seul serveur SQL Server (un modèle ou un groupe inachevé), pas un groupe de plusieurs. Le classeur le restaure comme un serveur principal ordinaire sur ce serveur. Si le groupe a d’autres réplicas, indiquez le FQDN propre du réplica principal.",
    "{server} figure deux fois.",
    "Le serveur du magasin de fichiers a-t-il été perdu lui aussi\u{a0}? Tout le pool ne le comprend pas\u{a0}: cochez l’une des deux cases. Le classeur ne restaure le magasin de fichiers que si son serveur a été perdu, pour ne jamais recopier une ancienne sauvegarde sur un partage encore en service.",
    "Le serveur principal est-il en miroir\u{a0}? Le fichier de topologie ne le dit pas. S’il l’est et que le miroir a survécu, cochez la mise en miroir SQL Server et indiquez le côté perdu\u{a0}: le classeur garde alors les données à jour du miroir. S’il ne l’est pas, décochez cette case.",
    "Un serveur principal est soit mis en miroir, soit dans un groupe de disponibilité Always On\u{a0}: décochez l’un des deux. Le classeur suit le groupe de disponibilité.",
    "{version} ne prend pas en charge un serveur principal dans un groupe de disponibilité Always On (Skype Entreprise Server 2015 et versions ultérieures le font). Choisissez la version réelle du pool ou décochez ce choix.",
    "{version} ne permet pas de déployer la mise en miroir SQL Server (page des fonctionnalités déconseillées de Microsoft)\u{a0}: le classeur restaure le serveur principal sans miroir. Décochez ce choix ou choisissez la version réelle du pool.",
    "{version} n’a pas de conversation permanente\u{a0}: Microsoft a retiré ce rôle, il n’y a donc rien à restaurer. Choisissez la version ou le type réels du pool.",
    "Ajoutez au moins un serveur membre.",
    "{server} est marqué en panne mais n’est pas membre de ce pool.",
    "Indiquez ce qui est en panne\u{a0}: au moins un serveur ou un magasin.",
    "Le FQDN du pool est celui d’un serveur membre\u{a0}; un pool Enterprise a son propre FQDN.",
    "Ce classeur ne fait basculer que les pools frontaux Enterprise Edition\u{a0}: il restaure ce serveur Standard Edition sur place, et ses utilisateurs l’attendent. Décochez le basculement, ou faites basculer les utilisateurs vers le pool jumelé à la main avant de commencer.",
    "{count, plural, one {# serveur} other {# serveurs}}\u{a0}: un pool frontal compte au plus {max, plural, one {# serveur frontal} other {# serveurs frontaux}}.",
    "{version} ne prend pas en charge un pool frontal Enterprise Edition de deux serveurs frontaux, et le Générateur de topologie refuse de le publier\u{a0}: vérifiez la liste des serveurs et la version.",
    "FQDN du serveur SQL d’archivage/surveillance",
    "partage $Backup, \\\\serveur\\partage",
    "FQDN du pool de sauvegarde",
    "FQDN du serveur principal du pool de sauvegarde",
    "FQDN du serveur SQL de conversation permanente",
    "MSSQLSERVER (instance par défaut)",
    "le serveur de fichiers qui porte la cible de dossier de l’espace de noms DFS",
    "FQDN du pool Edge",
    "nom du fichier de sauvegarde",
    "partage du magasin de fichiers, \\\\serveur\\partage",
    "instance SQL",
    "dossier local",
    "FQDN du serveur SQL miroir",
    "FQDN du pool",
    "FQDN du réplica principal",
    "FQDN du serveur",
    "site",
    "FQDN du serveur principal",
    "sauvegarde SQL Server",
    "sauvegardes SQL Server",
    "«\u{a0}{char}\u{a0}» n’est pas autorisé\u{a0}: lettres, chiffres, tirets et points uniquement.",
    "«\u{a0}{char}\u{a0}» n’est pas autorisé dans un nom d’instance SQL Server.",
    "Obligatoire.",
    "Un libellé est vide (deux points de suite, ou un point au début).",
    "Un nom d’instance SQL Server compte au plus 16 caractères.",
    "Le libellé «\u{a0}{label}\u{a0}» dépasse 63 caractères.",
    "Un libellé ne peut pas commencer par un tiret («\u{a0}{label}\u{a0}»).",
    "Saisissez le nom complet (p. ex. fe01.contoso.com), pas seulement le nom d’hôte.",
    "Saisissez le partage sous la forme \\\\serveur\\partage.",
    "Cela ressemble à une adresse IP\u{a0}; Lync a besoin du FQDN.",
    "Un FQDN ne peut pas dépasser 253 caractères.",
    "Un libellé ne peut pas finir par un tiret («\u{a0}{label}\u{a0}»).",
    "Microsoft ne publie aucune procédure de restauration pour {version}\u{a0}: ce classeur suit les procédures de Lync Server 2013, adaptées. Vérifiez chaque étape dans la documentation de votre version.",
    "Ce lien n’a pas pu être ouvert\u{a0}: {problem} Vos plans enregistrés sont intacts.",
    "Importé comme nouveau plan enregistré\u{a0}: «\u{a0}{name}\u{a0}».",
    "Ce plan vient d’un lien et n’est pas encore enregistré.",
    "Ce plan vient d’un lien et n’est pas encore enregistré. Vous avez déjà un plan enregistré pour ce pool\u{a0}: «\u{a0}{name}\u{a0}».",
    "Votre plan de la version précédente a été conservé comme plan enregistré.",
    "Le texte d’une langue n’a pas pu être chargé (le serveur est-il joignable\u{a0}?)\u{a0}: la page s’affiche en anglais. Rechargez la page pour réessayer. ({own})",
    "Lync Server 2010",
    "Lync Server 2013",
    "Skype Entreprise Server 2015",
    "Skype Entreprise Server 2019",
    "Skype Entreprise Server Subscription Edition",
    "version inconnue",
    "version inconnue {version}",
    "{done, plural, one {# étape faite} other {# étapes faites}} sur {total, plural, other {#}}",
    "Dernière vérification de préparation le {finished} sur {computer}\u{a0}: {done, plural, one {# vérification réussie} other {# vérifications réussies}} sur {total, plural, other {#}}.",
    "Échec de la vérification de préparation",
    "Le dernier rapport de préparation concerne le plan {fingerprint}\u{a0}: le plan a changé depuis. Générez de nouveau la vérification de préparation à partir de ce plan et exécutez-la.",
    "Avertissement de la vérification de préparation",
    "Le rapport contient une valeur incorrecte\u{a0}: {what}.",
    "Le rapport est vide.",
    "Il a été écrit par une vérification de préparation plus récente (format {version}\u{a0}; ce planificateur lit jusqu’au format {current}). Lisez-le avec une version plus récente du planificateur.",
    "Ce n’est pas un rapport de la vérification de préparation de ce planificateur.",
    "Ce n’est pas du JSON valide\u{a0}; le fichier est peut-être tronqué.",
    "Ce n’est pas du JSON valide (ligne {line}, colonne {column})\u{a0}; le fichier est peut-être tronqué.",
    "Ce rapport concerne le plan {fingerprint}, et non celui-ci\u{a0}: le plan a changé depuis la génération de sa vérification, ou le rapport appartient à un autre plan. Générez de nouveau la vérification de préparation à partir de ce plan, exécutez-la et lisez son nouveau rapport.",
    "Il fait {size}, mais un rapport de préparation fait au plus {limit}\u{a0}: ce n’est pas un rapport de la vérification de préparation.",
    "héberge le magasin central de gestion\u{a0}: restauré en premier, tous les autres serveurs y lisent leur configuration",
    "directeur\u{a0}: achemine vers les pools frontaux, il vient donc après eux",
    "pool de serveurs Edge\u{a0}: importe sa configuration depuis un serveur interne, il vient donc en dernier",
    "pool frontal\u{a0}: porte les données utilisateur et les bureaux d’enregistrement dont dépendent les autres pools",
    "pool de médiation\u{a0}: a besoin de son pool frontal",
    "pool de conversation permanente\u{a0}: a besoin de son pool frontal",
    "SQL Server 2012 ou SQL Server 2008 R2",
    "SQL Server (2012, 2014, 2016, 2017 ou 2019\u{a0}: la version qu’il exécutait)",
    "SQL Server (2016, 2017 ou 2019\u{a0}: la version qu’il exécutait)",
    "SQL Server (la version qu’il exécutait\u{a0}; pour Skype Entreprise Server 2019, Microsoft indique SQL Server 2016, 2017 et 2019)",
    "{count, plural, one {# plan enregistré était abîmé et n’a pas pu être ouvert} other {# plans enregistrés étaient abîmés et n’ont pas pu être ouverts}}\u{a0}; les autres sont intacts. Les données abîmées sont mises de côté.",
    "Les plans enregistrés dans ce navigateur sont illisibles ({problem}) Les données abîmées sont mises de côté\u{a0}; vous repartez d’un plan vierge.",
    "un serveur frontal ou un directeur d’un autre pool\u{a0}: {pool} est un serveur unique, et il a été perdu",
    "un serveur frontal de {pool} encore en marche, un serveur frontal ou un directeur d’un autre pool",
    "un serveur frontal ou un directeur d’un autre pool\u{a0}: chaque serveur frontal de {pool} a été perdu",
    "l’export réalisé depuis le miroir survivant au début de cette section.",
    "le réplica qu’un serveur frontal survivant de {pool} a exporté au début de cette section (il s’est répliqué jusqu’à la panne).",
    "le réplica exporté au début de cette section depuis un serveur qui a fonctionné jusqu’à la panne\u{a0}: il est plus récent que la sauvegarde. Seulement si aucun serveur de ce genre n’a survécu, importez plutôt la sauvegarde\u{a0}: mêmes commandes, avec {config} à la place de ce nom.",
    "Lync",
    "Étape 2\u{a0}: Installer ou supprimer des composants Lync Server (Step 2: Setup or Remove Lync Server Components)",
    "Lync Server Management Shell",
    "Générateur de topologie Lync Server (Lync Server Topology Builder)",
    "Lync Server 2013",
    "Skype Entreprise",
    "Étape 2\u{a0}: Installer ou supprimer des composants Skype Entreprise Server (Step 2: Setup or Remove Skype for Business Server Components)",
    "Skype Entreprise Server Management Shell (Skype for Business Server Management Shell)",
    "Générateur de topologie Skype Entreprise Server (Skype for Business Server Topology Builder)",
    "Skype Entreprise Server (Skype for Business Server)",
    "octets",
    ",",
    "Ko",
    "Mo",
];

/// `fr`.
static FR_CATALOGUE: [&str; 361] = [
    "Configuration requise pour la sauvegarde et la restauration dans Lync Server 2013\u{a0}: outils et autorisations",
    "Feuilles de calcul de sauvegarde et de restauration pour Lync Server 2013",
    "Configuration et surveillance du service de sauvegarde dans Lync Server 2013",
    "Exportation de votre topologie Lync Server 2013 et copie vers le support externe pour l’installation Edge",
    "Restauration d’un pool dans Lync Server 2013",
    "Basculement vers une base de données mise en miroir dans Lync Server 2013",
    "Basculement d’un pool dans Lync Server 2013",
    "Préparation de la restauration de Lync Server 2013",
    "Procédures de récupération d’urgence des groupes Response Group dans Lync Server 2013",
    "Restauration d’un magasin de fichiers dans Lync Server 2013",
    "Restauration d’un pool Lync Server dans Lync Server 2013",
    "Restauration d’un serveur principal Enterprise Edition en miroir dans Lync Server 2013-Mirror",
    "Restauration d’un serveur principal Enterprise Edition en miroir dans Lync Server 2013-principal",
    "Restauration d’un serveur Standard Edition Server dans Lync Server 2013",
    "Restauration d’un serveur principal Enterprise Edition dans Lync Server 2013",
    "Restauration d’un serveur membre Enterprise Edition dans Lync Server 2013",
    "Restauration du contenu d’une conférence à l’aide du service de sauvegarde dans Lync Server 2013",
    "Restauration des données de surveillance ou d’archivage dans Lync Server 2013",
    "Restauration des données de conversation permanente dans Lync Server 2013",
    "Restauration des paramètres Response Group dans Lync Server 2013",
    "Restauration du serveur qui héberge le magasin central de gestion dans Lync Server 2013",
    "Topologies et composants pour les serveurs frontaux, la messagerie instantanée et la présence dans Lync Server 2013",
    "Mise à niveau ou mise à jour d’un serveur principal ou d’un serveur Standard Edition dans Lync Server 2013",
    "Déployer un groupe de disponibilité Always On sur un serveur principal dans Skype Entreprise Server",
    "Installer Skype Entreprise Server sur les serveurs de la topologie",
    "Configuration et surveillance du service de sauvegarde",
    "Basculement ou restauration d’un pool",
    "Sauvegarde et restauration des bases de données de conversation permanente dans Skype Entreprise Server 2015",
    "Haute disponibilité et gestion du pool frontal",
    "Avant de commencer",
    "Magasin central de gestion et serveur principal",
    "Magasin de fichiers",
    "Serveurs membres",
    "Restauration des données",
    "Démarrage du pool et vérification",
    "Serveur frontal",
    "Serveur Standard Edition",
    "Directeur",
    "Serveur de médiation",
    "Serveur de conversation permanente",
    "Serveur Edge",
    "le réplica principal du groupe de disponibilité, dans SQL Server Management Studio",
    "chaque réplica SQL Server du groupe de disponibilité {server}",
    "{archiving_sql}",
    "un serveur frontal de {backup_pool}",
    "{chat_server} (un serveur de conversation permanente de {pool})",
    "{chat_sql}",
    "chaque serveur reconstruit",
    "un serveur interne avec {shell} (un serveur frontal)",
    "{file_server}",
    "{front_end} (un serveur frontal de {pool})",
    "un ordinateur du domaine avec {shell}",
    "{mirror}",
    "{monitoring_sql}",
    "un serveur non perdu qui exécute un réplica du magasin (pas un serveur Edge)",
    "{front_end}",
    "{server}",
    "votre poste de travail",
    "Avant de commencer\u{a0}: {pool}",
    "Basculer vers {backup_pool}",
    "Fichier de configuration pour les serveurs Edge de {pool}",
    "Serveur principal {server} (héberge le magasin central de gestion)",
    "Serveur Standard Edition {server} (héberge le magasin central de gestion)",
    "Serveur principal {server}",
    "Groupe de disponibilité du serveur principal {server}",
    "Groupe de disponibilité du serveur principal {server} (héberge le magasin central de gestion)",
    "Serveur principal {server}, base primaire (le miroir {mirror} a survécu)",
    "Miroir {server} du serveur principal (la base primaire sur {sql} a survécu)",
    "Magasin de conversation permanente {server}",
    "Magasin d’archivage / de surveillance {server}",
    "Magasin de fichiers {file_store}",
    "Serveur Standard Edition {server}",
    "{role} {server}",
    "Serveur Edge {server}",
    "Restauration des données\u{a0}: {pool}",
    "Démarrage et vérification\u{a0}: {pool}",
    "Démarrage et vérification\u{a0}: {pool}",
    "Recréer le groupe de disponibilité avec son écouteur {server}",
    "Dans SQL Server Management Studio, sur {replica}\u{a0}: **Haute disponibilité Always On** (Always On High Availability), clic droit sur **Groupes de disponibilité** (Availability Groups), **Assistant Nouveau groupe de disponibilité** (New Availability Group Wizard), avec l’ancien nom du groupe. Sélectionnez les bases de données qui viennent d’être créées, mais pas ReportServer, ReportServerTempDB ni les bases de conversation permanente. Ajoutez chaque autre réplica avec **Basculement automatique** (Automatic Failover) et **Validation synchrone** (Synchronous Commit) (sans **Rôle secondaire accessible en lecture** (Readable Secondary)), port de point de terminaison 5022\u{a0}; sous **Port d’écoute** (Listener), créez {server} sur le port 1433\u{a0}; choisissez la synchronisation initiale **Complète** (Full) par un partage où les comptes de service des deux SQL Server peuvent écrire.",
    "Administrateurs locaux (Administrators)",
    "Faire de nouveau pointer la topologie vers l’écouteur {server}",
    "Dans le **{topology_builder}**, téléchargez de nouveau la topologie\u{a0}; dans **Modifier les propriétés** (Edit Properties) du magasin, remettez **Nom de domaine complet du serveur SQL Server** (SQL Server FQDN) sur l’écouteur {server}, publiez la topologie et attendez quelques minutes qu’elle soit répliquée.",
    "Créer les connexions SQL Server sur chaque réplica",
    "Dans SQL Server Management Studio, basculez le groupe vers un réplica secondaire, puis exécutez la commande dans {shell}\u{a0}: par l’écouteur, elle atteint le nouveau réplica principal et y crée les connexions. Recommencez pour chaque réplica et terminez avec le groupe sur le réplica que vous voulez comme principal.",
    "la page de Microsoft écrit Install-CsDatabase -Update seul, ce qui ne correspond à aucun jeu de paramètres de la cmdlet\u{a0}; voici la forme de sa page sur la gestion des bases de données dans un groupe de disponibilité.",
    "Recréer les bases de données sur le réplica principal {replica}",
    "L’écouteur n’existe pas encore\u{a0}: les bases de données sont donc créées sur le réplica qui sera principal. Dans le **{topology_builder}**, **Télécharger la topologie à partir d’un déploiement existant** (Download Topology from existing deployment)\u{a0}; développez **Magasins SQL Server** (SQL Server Stores), clic droit sur le magasin {server}, **Modifier les propriétés** (Edit Properties)\u{a0}: réglez **Nom de domaine complet du serveur SQL Server** (SQL Server FQDN) sur {replica} (l’écouteur reste dans **SQL Server Availability Listener FQDN**). Clic droit sur **{topology_node}**, **Publier la topologie** (Publish Topology), puis à la page **Créer des bases de données** (Create databases), sélectionnez les bases de données de ce magasin.",
    "Reconstruire les réplicas et leur cluster de basculement",
    "Reconstruisez chaque réplica avec son ancien FQDN, installez {sql_versions} avec l’instance {server_instance} et ajoutez la fonctionnalité **Clustering de basculement** (Failover Clustering). Validez la configuration et recréez le cluster de basculement Windows Server (un témoin de partage de fichiers est recommandé). Dans le Gestionnaire de configuration SQL Server, sur chaque réplica, cochez **Activer les groupes de disponibilité AlwaysOn** (Enable AlwaysOn Availability Groups) et redémarrez le service SQL Server.",
    "Ne poursuivre que si aucun réplica ne contient les bases de données",
    "{server} est l’écouteur d’un groupe de disponibilité Always On. Tant qu’un réplica contient encore les bases de données, rien n’est restauré\u{a0}: reconstruisez le réplica perdu avec son ancien FQDN et {sql_versions}, rajoutez-le au groupe dans SQL Server Management Studio et laissez-le se synchroniser, puis créez ses connexions SQL Server comme à la dernière étape de cette section. Cette section s’applique quand tous les réplicas ont perdu les bases de données.",
    "Microsoft ne publie aucune procédure pour restaurer un serveur principal dans un groupe de disponibilité. Cette section suit la restauration du serveur principal de Lync Server 2013 et, étape par étape, la page de Microsoft qui déploie un groupe sur un nouveau pool. Exercez-vous à la suivre avec votre équipe SQL Server avant une panne.",
    "Savoir si le serveur principal {server} est en miroir",
    "Personne n’a indiqué si le serveur principal est en miroir. Si la commande désigne un miroir qui répond encore, arrêtez-vous\u{a0}: le miroir porte les données à jour, et une reconstruction depuis la sauvegarde les perdrait. Indiquez dans le planificateur que le serveur principal est en miroir, le côté perdu, et réimprimez.",
    "Recréer les bases de données avec le Générateur de topologie",
    "Ouvrez le **{topology_builder}**, choisissez **Télécharger la topologie à partir d’un déploiement existant** (Download Topology from existing deployment), **OK**, sélectionnez la topologie, **Enregistrer** (Save), **Oui** (Yes). Cliquez avec le bouton droit sur le nœud **{topology_node}**, **Publier la topologie** (Publish Topology)\u{a0}; à la page **Créer des bases de données** (Create databases) de l’assistant **Publier la topologie** (Publish the Topology), sélectionnez les bases à recréer sur {server} (seules les bases autonomes sont listées), puis **Terminer** (Finish). Les commandes font de même depuis {shell}\u{a0}: utilisez l’assistant ou les commandes, pas les deux.",
    "le serveur principal est en miroir\u{a0}: dans l’assistant, poursuivez jusqu’à **Créer des bases de données miroir** (Create Mirror Database), sélectionnez les bases et terminez, pour que {mirror} retrouve ses bases miroir. Dans le shell, Install-CsMirrorDatabase fait de même\u{a0}; son -FileShare est un partage où les comptes de service des deux serveurs SQL Server peuvent écrire (ici le partage de sauvegarde).",
    "Reconstruire le miroir {mirror} de la même façon",
    "Les deux côtés du miroir sont perdus\u{a0}: reconstruisez {mirror} avec le même FQDN, le même système, les mêmes certificats et l’instance SQL Server {mirror_instance} avant de publier la topologie, pour que l’assistant puisse créer les bases miroir.",
    "Installer SQL Server avec l’instance {server_instance}",
    "Installez {sql_versions} avec le même nom d’instance qu’avant, {server_instance}, et reproduisez l’installation d’origine\u{a0}: mêmes autorisations, mêmes connexions.",
    "Vérifier que {sql} porte la base primaire de chaque base",
    "Un basculement antérieur a pu placer la base primaire sur le miroir perdu\u{a0}: il s’agit alors d’une base primaire perdue, et cette section ne s’applique pas (refaites le plan avec la base primaire perdue). Ne continuez que si {sql} porte la base primaire de chaque type de base.",
    "Créer les bases miroir sur {server}",
    "Dans le Générateur de topologie, cliquez avec le bouton droit sur **{topology_node}**, **Topologie** (Topology), **Installer une base de données** (Install Database)\u{a0}; à la page **Créer des bases de données** (Create databases), poursuivez jusqu’à **Créer des bases de données miroir** (Create Mirror Database), sélectionnez les bases et terminez l’assistant.",
    "Supprimer la mise en miroir cassée",
    "Depuis un serveur frontal, pour chaque type de base, supprimez la mise en miroir. -SqlServerFqdn désigne le serveur qui porte la base primaire survivante, {sql}.",
    "la page de Microsoft écrit la cmdlet avec une espace en trop (Uninstall -CsMirrorDatabase)\u{a0}; la cmdlet est Uninstall-CsMirrorDatabase.",
    "Voir de quel côté est la base primaire maintenant",
    "Avec un témoin et une mise en miroir synchrone, les bases ont peut-être déjà basculé vers {mirror}.",
    "tout le pool est arrêté\u{a0}: exécutez cette section depuis un ordinateur du domaine doté des outils d’administration de {product}\u{a0}; les serveurs frontaux liront la nouvelle topologie une fois reconstruits.",
    "Basculer vers {mirror} chaque type de base dont la base primaire est encore sur {sql}",
    "Seulement pour un type dont l’étape précédente montre la base primaire encore sur {sql}, le serveur perdu\u{a0}: exécutez sa ligne. Avec un témoin, un type a pu basculer de lui-même vers {mirror}\u{a0}: sautez-le.",
    "Faire de {mirror} le magasin SQL Server du pool",
    "Dans la même boîte de dialogue, réglez **Magasin SQL Server** (SQL Server store) sur {mirror}, instance {mirror_instance}, ainsi que les associations des magasins d’archivage et de surveillance si ces bases étaient sur le serveur principal et en miroir (si elles n’étaient pas en miroir, leurs données sont perdues avec la base primaire\u{a0}: recréez-les et restaurez-les comme quand le serveur principal est perdu), puis publiez de nouveau (**Publier** (Publish)).",
    "Mettre les bases en miroir sur {server} reconstruit",
    "Dans le Générateur de topologie, **Modifier les propriétés** (Edit Properties) de {pool}\u{a0}: cochez **Activer la mise en miroir du magasin SQL Server** (Enable SQL Server store mirroring) (et pour les magasins d’archivage et de surveillance s’ils étaient en miroir), réglez **Magasin SQL Server de mise en miroir** (Mirroring SQL Server store) sur {server}, instance {server_instance}\u{a0}; **OK**. Cliquez avec le bouton droit sur **{topology_node}**, **Topologie** (Topology), **Installer une base de données** (Install Database)\u{a0}; à la page **Créer des bases de données** (Create databases), choisissez les bases, poursuivez jusqu’à **Créer des bases de données miroir** (Create Mirror Database), sélectionnez-les et terminez.",
    "les rôles sont maintenant inversés\u{a0}: {mirror} garde la base primaire et {server} devient le miroir. Mettez à jour vos feuilles de calcul.",
    "Redémarrer les services {brand} sur chaque serveur frontal en marche",
    "Redémarrez les services de chaque serveur frontal de {pool} qui n’a pas été perdu, un serveur à la fois, pour qu’ils lisent la nouvelle topologie pendant que le pool continue de fonctionner\u{a0}: chaque ligne arrête un serveur, le redémarre et montre les groupes de routage du pool\u{a0}; n’exécutez la ligne suivante que lorsque chaque groupe de routage a de nouveau un réplica principal et un secondaire. Un serveur reconstruit lit la topologie lors de son installation.",
    "Supprimer la mise en miroir cassée",
    "Pour chaque type de base, supprimez la mise en miroir. -SqlServerFqdn désigne le serveur qui porte maintenant la base primaire, {mirror}.",
    "l’exemple de Microsoft mélange les noms BE1/BE2 et DB1/DB2\u{a0}; ici, tous les noms sont les vôtres.",
    "Désactiver la mise en miroir dans la topologie",
    "Dans le Générateur de topologie, sous **Pools frontaux Enterprise Edition** (Enterprise Edition Front End pools), cliquez avec le bouton droit sur {pool}, **Modifier les propriétés** (Edit Properties), **Général** (General), **Associations**\u{a0}: décochez **Activer la mise en miroir du magasin SQL Server** (Enable SQL Server store mirroring) (et pour les magasins d’archivage et de surveillance s’ils sont en miroir), **OK**. Puis cliquez avec le bouton droit sur **{topology_node}**, **Topologie** (Topology), **Publier** (Publish).",
    "Confirmer où se trouve le magasin central de gestion",
    "La commande lit le pointeur vers le magasin dans Active Directory, qui répond même quand le magasin est arrêté\u{a0}: il doit désigner {server}. (Le Générateur de topologie l’indique aussi sous **{topology_node}**, **Serveur de gestion centralisée** (Central Management Server), mais seulement quand le magasin répond.) Tant que le magasin est indisponible, {brand} continue de fonctionner, mais aucune modification de configuration n’est possible.",
    "Activer la topologie",
    "Activez la topologie importée pour que le document de topologie soit visible dans la base.",
    "Vérifier le nouvel export avant tout remplacement",
    "Chaque fichier exporté aux étapes précédentes doit se trouver dans {fresh} et ne pas être vide. Ne continuez pas avant\u{a0}: les étapes suivantes reconstruisent le magasin et remplacent les bases de {mirror}.",
    "Importer la sauvegarde de configuration",
    "Copiez la configuration dans un dossier local et importez-la\u{a0}: topologie, stratégies et paramètres reviennent. Les commandes importent {import_file}, {import_source}",
    "Recréer un magasin central de gestion vide",
    "Créez la base du magasin central de gestion sur {server}, instance {server_instance}.",
    "Recréer un magasin central de gestion vide sur le réplica principal {replica}",
    "L’écouteur {server} n’existe pas encore\u{a0}: créez la base du magasin central de gestion sur le réplica qui sera principal, {replica}, instance {server_instance}. Elle rejoint le groupe avec les autres bases plus bas.",
    "Exporter les données vivantes depuis le miroir survivant {mirror}",
    "Dans ce cas, Microsoft restaure la base primaire et le miroir à partir d’une sauvegarde du miroir survivant faite maintenant. Exportez dans {fresh}\u{a0}: chaque importation plus loin dans ce classeur lit ces fichiers, pas l’ancienne sauvegarde.",
    "la base primaire et le miroir ne peuvent pas simplement échanger leurs rôles ici\u{a0}: publier la topologie exige que la base primaire du magasin central de gestion soit en ligne. La restauration ci-dessous remplace les bases de {mirror}, la seule copie vivante\u{a0}: ne continuez qu’après avoir vérifié ces fichiers.",
    "Basculer vers {mirror} chaque type de base dont la base primaire est encore sur {sql}",
    "Seulement pour un type dont l’étape précédente montre la base primaire encore sur {sql}\u{a0}: exécutez sa ligne ci-dessous. Sautez les types dont la base primaire est déjà sur {mirror}, et toute cette étape si tous le sont.",
    "Sauvegarder les bases d’archivage et de surveillance colocalisées sur {mirror}",
    "Si les bases d’archivage et de surveillance colocalisées sont en miroir, {mirror} en détient la seule copie vivante\u{a0}: sauvegardez-les dans {fresh} (le compte de service SQL Server doit pouvoir y écrire). Sinon, elles ont été perdues avec {sql}\u{a0}: restaurez les anciennes sauvegardes.",
    "rôle sysadmin de SQL Server",
    "Voir quel côté porte la base primaire de chaque type de base",
    "Les bases vivantes sont maintenant sur le miroir {mirror}. Avec un témoin, elles ont basculé d’elles-mêmes\u{a0}: la commande montre, pour chaque type de base, si la base primaire est désormais sur {mirror} ou encore sur {sql}.",
    "Supprimer la mise en miroir sur {mirror}, qui a survécu",
    "Le serveur principal est reconstruit à partir du nouvel export, la mise en miroir s’arrête donc ici\u{a0}: supprimez-la pour chaque type de base. -SqlServerFqdn désigne le serveur qui porte la base primaire maintenant, {mirror}, qui garde ses bases, hors miroir, jusqu’à leur remise en miroir à la fin de cette section.",
    "Recréer les autres bases du serveur principal",
    "Dans le **{topology_builder}**, **Télécharger la topologie à partir d’un déploiement existant** (Download Topology from existing deployment), **Enregistrer** (Save), **Oui** (Yes). Cliquez avec le bouton droit sur **{topology_node}**, **Installer une base de données** (Install Database)\u{a0}; à la page **Créer des bases de données** (Create databases), sélectionnez les autres bases de {server} (les bases colocalisées sont créées par l’Assistant Déploiement).",
    "avec la mise en miroir, poursuivez jusqu’à **Créer des bases de données miroir** (Create Mirror Database), sélectionnez les bases et terminez, pour que {mirror} reconstruit soit de nouveau en miroir.",
    "Remettre les bases en miroir sur {mirror}",
    "{mirror} garde ses anciennes copies des bases, qui ne sont plus en miroir. Mettez en miroir sur lui les bases recréées\u{a0}: la commande supprime d’abord ces copies (leurs données ont été exportées et vérifiées au début de cette section) et amorce le miroir par le partage de sauvegarde.",
    "-FileShare est un partage où les comptes de service des deux serveurs SQL Server peuvent écrire.",
    "Exporter la copie la plus récente de la configuration qui subsiste",
    "{config_file} n’est pas plus récent que la dernière sauvegarde. Chaque serveur non perdu qui exécute un réplica local du magasin ({replica_holders}) garde la configuration telle qu’elle a été répliquée pour la dernière fois, plus récente si ce serveur a fonctionné jusqu’à la panne. Sur l’un d’eux, exportez son réplica local à côté de la sauvegarde. Pour l’importation ci-dessous, prenez cet export si ce serveur fonctionnait et se répliquait jusqu’à la panne\u{a0}; ne prenez la sauvegarde que si aucun serveur de ce genre ne subsiste.",
    "n’exportez pas depuis un serveur Edge\u{a0}: son réplica est chargé depuis un fichier et peut être plus ancien. Les emplacements E9-1-1 ne sont pas dans cet export\u{a0}: ils reviennent de {lis_file}.",
    "Indiquer le magasin à Active Directory",
    "Définissez le point de connexion de service (SCP) qui indique à chaque serveur où se trouve le magasin central de gestion. Vous pourrez relancer la commande si ce pointeur est un jour perdu.",
    "le magasin est mis en miroir, mais {mirror} ne contient pas encore ce magasin\u{a0}: faites pointer Active Directory vers {server} seul pour l’instant, comme le fait Microsoft. Une fois la mise en miroir rétablie (plus loin dans cette section), relancez la commande avec -MirrorSqlServerFqdn \"{mirror}\"{?mirror_instance: -MirrorSqlInstanceName \"{mirror_instance}\"}, pour qu’un basculement mène toujours à un miroir qui contient ce magasin, jamais à une ancienne copie.",
    "Faire pointer Active Directory vers le magasin par l’écouteur {server}",
    "Le magasin est maintenant dans le groupe de disponibilité\u{a0}: faites pointer le point de connexion de service vers l’écouteur, pour que chaque serveur atteigne le magasin sur le réplica principal du moment, quel qu’il soit.",
    "Faire pointer Active Directory vers le magasin sur {replica}, pour l’instant",
    "Faites pointer le point de connexion de service vers le réplica principal, où se trouve maintenant le magasin, pour que l’importation ci-dessous l’atteigne. Il est pointé vers l’écouteur une fois le groupe créé.",
    "Préparer d’abord le serveur Standard Edition (Prepare first Standard Edition server)",
    "Lancez l’Assistant Déploiement (\\setup\\amd64\\Setup.exe), choisissez **Préparer d’abord le serveur Standard Edition** (Prepare first Standard Edition server) et suivez-le jusqu’au bout\u{a0}: il installe SQL Server Express et le magasin central de gestion.",
    "Ouvrir {shell}",
    "Ouvrez {shell} sur l’ordinateur où s’exécute cette étape. Les quatre commandes suivantes recréent le magasin central de gestion sur {server}.",
    "tous les serveurs frontaux de {pool} sont aussi arrêtés\u{a0}: exécutez ces quatre commandes depuis un ordinateur du domaine où sont installés les outils d’administration de {product}.",
    "Ouvrir {shell} sur {server}",
    "Ouvrez {shell} sur le serveur Standard Edition reconstruit.",
    "la page de Microsoft dit de le faire depuis un serveur frontal\u{a0}; pour un serveur Standard Edition, c’est le serveur que vous reconstruisez. L’Assistant Déploiement y a déjà installé un magasin vide\u{a0}: la commande suivante le recrée avec -Clean, ce qui ne perd rien puisque le serveur reconstruit ne contient encore aucune donnée, et l’importation ci-dessous le remplit.",
    "Arrêter chaque serveur frontal de {pool} encore en marche",
    "Les données vivantes sont exportées de {mirror} à l’étape suivante, et ses bases sont remplacées plus loin dans cette section\u{a0}: tout ce que les serveurs frontaux écriraient après l’exportation serait perdu, et ils tourneraient sur des bases vides jusqu’à l’importation des données utilisateur. Arrêtez-les maintenant\u{a0}; la restauration des données utilisateur les redémarre.",
    "Savoir si {pool} héberge le magasin central de gestion",
    "Le fichier de topologie n’indique pas quel pool héberge le magasin\u{a0}; ce classeur suppose que ce n’est pas {pool}. La commande lit le pointeur dans Active Directory, qui répond même quand le magasin est arrêté. S’il désigne {server}, arrêtez-vous\u{a0}: indiquez dans le planificateur que le pool héberge le magasin et réimprimez (une autre procédure s’applique).",
    "Restaurer la base d’archivage LcsLog",
    "Inutile pour remettre {brand} en marche\u{a0}: faites cette restauration une fois les bases recréées. Sur {archiving_sql}, instance {archiving_instance}, dans SQL Server Management Studio, **Se connecter au serveur** (Connect to Server), puis dans **Explorateur d’objets** (Object Explorer), clic droit sur **Bases de données** (Databases), **Restaurer la base de données** (Restore Database). À la page **Général** (General), réglez **Vers la base de données** (To database) sur LcsLog\u{a0}; choisissez **À partir de l’unité** (From device), sélectionnez sa sauvegarde sous **Sélectionnez les jeux de sauvegarde à restaurer** (Select the backup sets to restore)\u{a0}; à la page **Options**, cochez **Remplacer la base de données existante (WITH REPLACE)** (Overwrite the existing database (WITH REPLACE)) (la base vient d’être recréée vide) et **Fermer les connexions existantes à la base de données de destination** (Close existing connections to destination database) (les serveurs du pool y sont connectés), et vérifiez les chemins des fichiers de données et de journal\u{a0}; **OK**. Si le script de sauvegarde de ce plan l’a faite, utilisez le fichier LcsLog.bak le plus récent des dossiers datés sous {backup}\\Runs.",
    "LcsLog a été sauvegardée depuis le miroir survivant {mirror} au début de cette restauration\u{a0}: restaurez {fresh}\\LcsLog.bak, pas une sauvegarde sous {backup}\\Runs, plus ancienne (WITH REPLACE perdrait l’archive conservée depuis).",
    "Vérifier RTCComponentUniversalServices sur LcsLog",
    "Développez LcsLog, **Sécurité** (Security), **Utilisateurs** (Users)\u{a0}: RTCComponentUniversalServices doit y figurer. Si RTCComponentUniversalServices n’y figure pas, ajoutez-le\u{a0}: **Utilisateurs** (Users), **Nouvel utilisateur** (New User), nom de connexion RTCComponentUniversalServices, et sous **Appartenance au rôle de base de données** (Database role membership) cochez **ServerRole**, **OK**. Le service d’archivage n’a pas besoin d’être redémarré.",
    "Importer les données de conversation permanente",
    "Les données de conversation permanente ont été exportées avec Export-CsPersistentChatData\u{a0}: importez-les avec la cmdlet correspondante, Import-CsPersistentChatData, depuis {shell} sur un serveur de conversation permanente (le serveur SQL qui héberge mgc ne l’a pas). Les données postérieures à cet export sont perdues.",
    "CsPersistentChatAdministrator",
    "Restaurer la base de conversation permanente mgc avec SQL Server",
    "La base de conversation permanente mgc a été sauvegardée avec SQL Server\u{a0}: restaurez-la de la même façon, dans SQL Server Management Studio, en restaurant la base mgc sur {chat_sql}, instance {chat_instance}, à partir de sa dernière sauvegarde complète, avec **Remplacer la base de données existante (WITH REPLACE)** (Overwrite the existing database (WITH REPLACE)) et **Fermer les connexions existantes à la base de données de destination** (Close existing connections to destination database) à la page **Options** (la base a été recréée vide et les serveurs de conversation permanente s’y connectent). Les données postérieures à cette sauvegarde sont perdues. Si le script de sauvegarde de ce plan l’a faite, utilisez le fichier mgc.bak le plus récent des dossiers datés sous {backup}\\Runs.",
    "les pages de Microsoft appellent aussi cette base Mgc.mdf, mgd.mdf ou Mgs.mdf\u{a0}; son nom est mgc. La base de conformité mgccomp ne contient que des données transitoires et n’est pas restaurée.",
    "Redémarrer les services de conversation permanente",
    "Les données sont revenues\u{a0}: démarrez les services sur chaque serveur de conversation permanente de {pool}.",
    "Arrêter les services de conversation permanente",
    "Arrêtez les services sur chaque serveur de conversation permanente de {pool} avant la restauration des données, pour que rien n’écrive dans mgc entre-temps\u{a0}; ils redémarrent après.",
    "sur un serveur Standard Edition, cette commande arrête tous les services {brand} du serveur, pas seulement la conversation permanente\u{a0}: le serveur est le pool en cours de restauration, elle ne coupe donc aucun utilisateur.",
    "Retirer du groupe de disponibilité les bases à restaurer",
    "SQL Server refuse de restaurer sur une base qui fait partie d’un groupe de disponibilité. Dans SQL Server Management Studio, connecté au réplica principal du groupe ({replica}, sauf si le groupe a été laissé sur un autre réplica), développez **Haute disponibilité Always On** (Always On High Availability) et le groupe, puis retirez du groupe chaque base restaurée ci-dessous. Après la restauration, rajoutez chacune au groupe et laissez l’assistant amorcer les autres réplicas.",
    "Savoir si les bases à restaurer sont en miroir",
    "SQL Server refuse de restaurer sur une base mise en miroir. La commande montre si les bases d’archivage ou de surveillance restaurées plus loin sont en miroir sur {sql}, avec une copie sur {mirror}.",
    "Seulement si leur mise en miroir a été supprimée\u{a0}: remettre en miroir les bases restaurées",
    "Seulement si la mise en miroir a été supprimée avant la restauration\u{a0}: remettez les bases restaurées en miroir sur {mirror} à partir des données restaurées (la commande supprime d’abord les anciennes copies sur {mirror}), et vérifiez que chacune a de nouveau une base primaire et un miroir.",
    "-FileShare est un partage où les comptes de service des deux serveurs SQL Server peuvent écrire.",
    "Seulement si les bases à restaurer sont en miroir\u{a0}: supprimer leur mise en miroir",
    "Seulement si l’étape précédente les montre en miroir\u{a0}: supprimez leur mise en miroir et leurs copies sur {mirror} (recréées vides avec le serveur principal), pour que la restauration ci-dessous puisse les remplacer\u{a0}; elles sont remises en miroir ensuite. Si elles ne sont pas en miroir, sautez cette étape.",
    "Restaurer les emplacements E9-1-1",
    "Importez la configuration du service d’informations d’emplacement exportée avec Export-CsLisConfiguration, puis publiez-la\u{a0}: tant qu’elle n’est pas publiée, les emplacements n’atteignent pas le service d’informations d’emplacement.",
    "Restaurer les bases de surveillance LcsCDR et QoEMetrics",
    "Inutile pour remettre {brand} en marche\u{a0}: faites cette restauration une fois les bases recréées. Sur {monitoring_sql}, instance {monitoring_instance}, dans SQL Server Management Studio, **Se connecter au serveur** (Connect to Server), puis dans **Explorateur d’objets** (Object Explorer), clic droit sur **Bases de données** (Databases), **Restaurer la base de données** (Restore Database). À la page **Général** (General), réglez **Vers la base de données** (To database) sur LcsCDR\u{a0}; choisissez **À partir de l’unité** (From device), sélectionnez sa sauvegarde sous **Sélectionnez les jeux de sauvegarde à restaurer** (Select the backup sets to restore)\u{a0}; à la page **Options**, cochez **Remplacer la base de données existante (WITH REPLACE)** (Overwrite the existing database (WITH REPLACE)) (la base vient d’être recréée vide) et **Fermer les connexions existantes à la base de données de destination** (Close existing connections to destination database) (les serveurs du pool y sont connectés), et vérifiez les chemins des fichiers de données et de journal\u{a0}; **OK**. Faites de même pour QoEMetrics. Si les rapports de surveillance étaient déployés sur ce serveur SQL Server, déployez-les de nouveau avec l’étape des rapports de surveillance de l’Assistant Déploiement. Si le script de sauvegarde de ce plan les a faites, utilisez les fichiers LcsCDR.bak et QoEMetrics.bak les plus récents des dossiers datés sous {backup}\\Runs.",
    "LcsCDR et QoEMetrics ont été sauvegardées depuis le miroir survivant {mirror} au début de cette restauration\u{a0}: restaurez {fresh}\\LcsCDR.bak et {fresh}\\QoEMetrics.bak, pas des sauvegardes sous {backup}\\Runs, plus anciennes (WITH REPLACE perdrait les données conservées depuis).",
    "Vérifier RTCComponentUniversalServices sur LcsCDR et QoEMetrics",
    "Développez chacune des deux bases, **Sécurité** (Security), **Utilisateurs** (Users)\u{a0}: RTCComponentUniversalServices doit y figurer. Si RTCComponentUniversalServices n’y figure pas, ajoutez-le\u{a0}: **Utilisateurs** (Users), **Nouvel utilisateur** (New User), nom de connexion RTCComponentUniversalServices, et sous **Appartenance au rôle de base de données** (Database role membership) cochez **ServerRole**, **OK**. Le service de surveillance n’a pas besoin d’être redémarré.",
    "Restaurer les paramètres Response Group",
    "Importez les groupes d’agents, files d’attente et flux de travail de {pool}. -OverwriteOwner est nécessaire car le pool reconstruit n’a aucune donnée Response Group alors que les objets contact Response Group existent toujours dans Active Directory, même avec le même FQDN. -ReplaceExistingRgsSettings rétablit les paramètres de niveau application du pool (comme la musique d’attente par défaut), que les bases recréées ont à leurs valeurs par défaut.",
    "l’exemple de Microsoft contient une espace en trop dans l’identité du service\u{a0}; elle est écrite ici sans cette espace.",
    "Savoir si {pool} utilise Response Group",
    "Personne n’a indiqué si Response Group est utilisé dans {pool}. Il l’est si la sauvegarde contient {rgs_file}\u{a0}: faites alors l’étape suivante. Si la commande ne trouve pas ce fichier, sautez l’étape suivante (ne la faites pas).",
    "Mettre les bases recréées au niveau de mise à jour du déploiement",
    "Les bases ont été créées par l’installation de la version initiale, alors que les serveurs reconstruits exécutent la mise à jour cumulative du déploiement\u{a0}: appliquez les modifications de cette mise à jour aux bases depuis un serveur frontal qui l’a, avant l’importation des données utilisateur.{?collocated_stores: Les bases d’archivage ou de surveillance colocalisées sont laissées de côté (-ExcludeCollocatedStores), comme le dit la page de Microsoft.}",
    "Mettre les bases du serveur au niveau de mise à jour du déploiement",
    "Les bases locales ont été créées par l’installation de la version initiale, alors que le serveur exécute maintenant la mise à jour cumulative du déploiement\u{a0}: arrêtez ses services {brand} (la page de Microsoft les arrête avant les modifications des bases), appliquez les modifications de cette mise à jour aux bases sur {front_end}, puis redémarrez les services, avant l’importation des données utilisateur.",
    "Restaurer les données utilisateur (contacts, conférences, droits)",
    "Copiez la sauvegarde Export-CsUserData dans un dossier local, arrêtez les services {brand} du pool, importez les données de {pool}, puis redémarrez les services, tous les serveurs à la fois\u{a0}; relancez la dernière commande jusqu’à ce que chaque groupe de routage ait un réplica principal.",
    "l’exemple de Microsoft contient des coquilles («\u{a0}atl0cs-001\u{a0}», «\u{a0}ExportedUserDatal.zip\u{a0}») et ne dit pas où arrêter et démarrer les services\u{a0}; ces cmdlets agissent sur l’ordinateur local sauf avec -ComputerName, c’est pourquoi ce classeur nomme chaque serveur frontal.",
    "Avant d’importer les données utilisateur\u{a0}: {backup_pool} fonctionne-t-il\u{a0}?",
    "{pool} est jumelé à {backup_pool}, dont le service de sauvegarde garde une copie des données utilisateur de ce pool plus récente que l’export de la dernière sauvegarde. Si {backup_pool} fonctionne (la commande répond), arrêtez-vous ici\u{a0}: basculez plutôt les utilisateurs vers lui (cochez le basculement vers le pool de sauvegarde dans le planificateur et réimprimez), et ils retrouvent leurs données au moment de la restauration automatique. N’importez l’export ci-dessous que si {backup_pool} ne peut pas les servir.",
    "Restaurer les données utilisateur (contacts, conférences, droits)",
    "Copiez la sauvegarde Export-CsUserData dans un dossier local, arrêtez les services {brand} de ce serveur Standard Edition (il forme à lui seul le pool {pool}), importez ses données, puis redémarrez les services\u{a0}; relancez la dernière commande jusqu’à ce que chaque groupe de routage ait un réplica principal.",
    "l’exemple de Microsoft contient des coquilles («\u{a0}atl0cs-001\u{a0}», «\u{a0}ExportedUserDatal.zip\u{a0}») et ne dit pas où arrêter et démarrer les services\u{a0}; ces cmdlets agissent sur l’ordinateur local sauf avec -ComputerName, c’est pourquoi ce classeur nomme le serveur.",
    "Restaurer les données utilisateur (contacts, conférences, droits)",
    "Copiez la sauvegarde Export-CsUserData dans un dossier local, arrêtez les services {brand} du pool, importez les données de {pool}, puis redémarrez le pool avec Start-CsPool, que {product} exige pour un pool de trois serveurs frontaux ou plus\u{a0}; relancez la dernière commande jusqu’à ce que chaque groupe de routage ait un réplica principal.",
    "l’exemple de Microsoft contient des coquilles («\u{a0}atl0cs-001\u{a0}», «\u{a0}ExportedUserDatal.zip\u{a0}») et ne dit pas où arrêter les services\u{a0}; Stop-CsWindowsService agit sur l’ordinateur local sauf avec -ComputerName, c’est pourquoi ce classeur nomme chaque serveur frontal.",
    "Exporter la configuration pour le serveur Edge",
    "Un serveur Edge ne peut pas lire le magasin central de gestion. Sur un serveur interne, exportez la configuration une fois et copiez le fichier sur un support lisible par chaque serveur Edge de {pool}.",
    "la page de Microsoft sur la restauration d’un serveur membre ne le mentionne pas\u{a0}: cela vient des pages de déploiement des serveurs Edge.",
    "Ouvrir une session sur {server}",
    "Ouvrez une session sur le serveur Edge en tant que membre du groupe Administrateurs local\u{a0}; les certificats et les services se gèrent sur le serveur Edge lui-même.",
    "Étape 1\u{a0}: Installer le magasin de configurations local (Step 1: Install Local Configuration Store), depuis le fichier",
    "Exécutez l’**Étape\u{a0}1\u{a0}: Installer le magasin de configurations local** (Step 1: Install Local Configuration Store)\u{a0}; dans **Configurer le réplica local du magasin central de gestion** (Configure Local Replica of Central Management Store), choisissez **Importer à partir d’un fichier (recommandé pour les serveurs Edge)** (Import from a file (Recommended for Edge Servers)) et sélectionnez EdgeConfiguration.zip sur le support (copiez-le dans {local} sur le serveur Edge pour utiliser la commande). La commande sert seulement à recharger le fichier plus tard dans le magasin local que l’étape 1 a installé.",
    "Étape 3\u{a0}: Demander, installer ou assigner les certificats (Step 3: Request, Install or Assign Certificates)",
    "Exécutez l’**Étape\u{a0}3\u{a0}: Demander, installer ou assigner les certificats** (Step 3: Request, Install or Assign Certificates) et assignez les certificats Edge interne et externe. Le certificat externe est le même sur chaque serveur Edge du pool\u{a0}: importez-le avec sa clé privée (exportée d’un autre serveur Edge du pool, ou depuis la sauvegarde) plutôt que d’en redemander un. Avant l’étape 4, installez la mise à jour cumulative qu’exécute le reste du déploiement\u{a0}: le support d’installation apporte la version initiale.",
    "Étape 4\u{a0}: Démarrer les services (Step 4: Start Services)",
    "Exécutez l’**Étape\u{a0}4\u{a0}: Démarrer les services** (Step 4: Start Services) et vérifiez que chaque service Edge est démarré.",
    "Basculer le magasin central de gestion vers {backup_pool}",
    "{pool} héberge le magasin central de gestion\u{a0}: il bascule en premier, vers le serveur principal de {backup_pool} ({backup_sql}, instance {backup_sql_instance}).",
    "si ce serveur principal est en miroir, le magasin va vers le côté qui porte la base primaire maintenant (étape précédente)\u{a0}: donnez-le avec -BackupSqlServerFqdn et -BackupSqlInstanceName, et l’autre côté avec -BackupMirrorSqlServerFqdn et -BackupMirrorSqlInstanceName. La page de Microsoft écrit -MirrorSqlServerFqdn pour le miroir, que la cmdlet n’a pas.",
    "Vérifier que le magasin répond depuis {backup_pool}",
    "ActiveMasterFqdn et ActiveFileTransferAgents désignent maintenant {backup_pool}, et chaque réplica indique UpToDate\u{a0}: True. Le magasin y reste\u{a0}: rien dans ce classeur ne le reconstruit dans {pool}.",
    "Voir quel côté du serveur principal de {backup_pool} est la base primaire",
    "Le magasin bascule vers le serveur principal de {backup_pool}. Si ce serveur est mis en miroir, la commande montre quel côté est la base primaire maintenant\u{a0}: le basculement de l’étape suivante le nomme.",
    "Diriger le pool Edge {edge_pool} vers {backup_pool}",
    "{edge_pool} utilise {pool} comme tronçon suivant. Même site\u{a0}: dans le Générateur de topologie, pool Edge, **Modifier les propriétés** (Edit Properties), **Tronçon suivant** (Next Hop), réglez **Pool du tronçon suivant\u{a0}:** (Next hop pool:) sur {backup_pool}, publiez. Autre site\u{a0}: exécutez la commande ci-dessous.",
    "Basculer les utilisateurs de {pool} vers {backup_pool}",
    "Cette commande déplace tous les utilisateurs de {pool} vers {backup_pool}. En cas d’échec, corrigez ce que l’erreur désigne (le magasin, ou un tronçon suivant Edge) et relancez.",
    "Importer les groupes Response Group de {pool} dans {backup_pool}",
    "Les groupes Response Group ne basculent pas avec les utilisateurs\u{a0}: importez la dernière exportation de ceux de {pool} dans {backup_pool}. Ils appartiennent toujours à {pool} et ne sont donc listés qu’avec -Owner (ou -ShowAll)\u{a0}; les agents des groupes d’agents formels se reconnectent, et tant qu’ils sont là, ils se gèrent uniquement depuis {shell}. Appelez ensuite un groupe Response Group pour vérifier qu’il répond.",
    "la page de Microsoft écrit -ReplaceExistingSettings, que la cmdlet n’a pas\u{a0}: son paramètre est -ReplaceExistingRgsSettings. Ajoutez-le pour remplacer les paramètres de niveau application de {backup_pool} par ceux de {pool}\u{a0}; sans lui, si {pool} ne peut pas être récupéré, ses paramètres sont perdus.",
    "Voir où se trouve le magasin central de gestion",
    "La première commande indique le pool qui héberge le magasin central de gestion\u{a0}; la seconde montre s’il répond (ActiveMasterFqdn vide\u{a0}: arrêté).",
    "Rétablir les autorisations du magasin de fichiers",
    "Le partage a été recréé et robocopy /E ne copie pas les autorisations\u{a0}: redéfinissez les listes de contrôle d’accès du magasin de fichiers maintenant que le partage existe, même si la topologie a été publiée plus tôt pendant cette restauration.",
    "Recopier le magasin de fichiers",
    "Copiez le magasin de fichiers sauvegardé depuis {backup} vers le partage. /XO ne remplace jamais un fichier plus récent par un plus ancien, au cas où le partage aurait déjà reçu des fichiers.",
    "Recréer le partage {file_store}",
    "Le serveur de fichiers a été perdu\u{a0}: reconstruisez-le avec le même FQDN, le même système et la même appartenance au domaine. Créez ensuite le dossier et partagez-le avec exactement le même chemin et le même nom de partage qu’avant.",
    "Vérifier le serveur de médiation colocalisé",
    "Le serveur de médiation est colocalisé sur les serveurs frontaux de ce pool\u{a0}: l’étape 2 l’installe avec le rôle frontal. Vérifiez que le service de médiation apparaît après l’installation.",
    "Vérifier la sauvegarde dans {backup}",
    "Ouvrez le partage de sauvegarde et vérifiez que les fichiers nécessaires à ce classeur sont présents et lisibles\u{a0}: {backup_needs}.",
    "Désactiver la sauvegarde planifiée jusqu’à la vérification de la restauration",
    "Si le script de sauvegarde de ce plan s’exécute comme tâche planifiée, désactivez cette tâche dans le Planificateur de tâches sur chaque serveur qui l’exécute encore, jusqu’à la vérification du pool à la fin de ce classeur\u{a0}: une exécution pendant la restauration pourrait copier des données incomplètes par-dessus les fichiers à partir desquels ce classeur restaure. Réactivez-la une fois le pool vérifié (si elle s’exécutait sur un serveur reconstruit, planifiez-la de nouveau sur celui-ci).",
    "Préparer les certificats",
    "Retrouvez les certificats exportés (avec leur clé privée exportable) des serveurs à reconstruire, ou assurez-vous de pouvoir les redemander à votre autorité de certification. Deux certificats ne sont pas redemandés\u{a0}: le certificat OAuthTokenIssuer, le même sur chaque serveur frontal, et le certificat externe d’un pool Edge, le même sur chaque serveur Edge du pool\u{a0}: faites exporter chacun avec sa clé privée.",
    "Réunir les supports, les feuilles de calcul et le plan de restauration",
    "Ayez sous la main\u{a0}: le support d’installation de {product} (l’Assistant Déploiement est \\setup\\amd64\\Setup.exe), les supports du système d’exploitation et de SQL Server, le plan de sauvegarde et de restauration de votre organisation, et les feuilles de calcul de sauvegarde et de restauration remplies.",
    "Garder chaque nom et chaque chemin à l’identique",
    "Chaque serveur reconstruit doit reprendre le FQDN du serveur en panne. Ne supprimez pas les comptes d’ordinateur des services de domaine Active Directory lors de la réinstallation et vérifiez que leurs appartenances aux groupes sont conservées. Les enregistrements DNS, le DHCP, les noms de domaine et les chemins des magasins de fichiers doivent être identiques à ceux de la sauvegarde.",
    "Ce classeur restaure {pool} sans basculer vers {backup_pool}",
    "{pool} est jumelé avec {backup_pool}\u{a0}: basculer rétablit le service bien plus vite qu’une reconstruction, et garde les données utilisateur que le service de sauvegarde a copiées vers {backup_pool}, plus récentes que les exportations que ce classeur importe. Ce classeur restaure sans basculement\u{a0}; pour basculer, choisissez-le dans le planificateur et réimprimez avant de commencer.",
    "Vérifier vos comptes et appartenances aux groupes",
    "Les cmdlets de restauration exigent l’appartenance à RTCUniversalServerAdmins (la plupart ne prennent pas en charge le contrôle d’accès basé sur les rôles). L’Assistant Déploiement et les restaurations SQL Server exigent aussi le groupe Administrateurs local du serveur reconstruit. Créer les bases exige le rôle sysadmin sur les instances SQL Server reconstruites\u{a0}; publier ou activer la topologie exige le groupe Admins du domaine (Domain Admins) (ou les droits délégués par Set-CsSetupPermission) et le groupe Administrateurs local du serveur de fichiers, où Enable-CsTopology définit les autorisations du partage.",
    "RTCUniversalServerAdmins",
    "Vérifier qu’une restauration est la bonne décision",
    "Ne restaurez qu’après l’échec du dépannage\u{a0}: chaque serveur listé ici est reconstruit de zéro sur une machine propre. Validez le périmètre avec le responsable du changement et notez le numéro d’incident sur la page de garde. Limitez l’impact sur les autres pools lorsque vous arrêtez et redémarrez des services.",
    "Télécharger la topologie",
    "Ouvrez le **{topology_builder}**, choisissez **Télécharger la topologie à partir d’un déploiement existant** (Download Topology from existing deployment), **OK**, sélectionnez la topologie, **Enregistrer** (Save), **Oui** (Yes). Aucune publication n’est nécessaire.",
    "Restaurer le magasin de fichiers sur {server}",
    "Créez le dossier du magasin de fichiers sur ce serveur et partagez-le avec exactement le même chemin et le même nom de partage qu’avant ({file_store}), puis recopiez le magasin de fichiers depuis la sauvegarde. /XO ne remplace jamais un fichier plus récent par un plus ancien.",
    "Faire une image système de {server} (point de retour)",
    "Recommandé\u{a0}: maintenant que le système d’exploitation, les certificats (et SQL Server si besoin) sont installés, faites une image système. Si une étape suivante échoue, vous revenez à ce point au lieu de tout reconstruire.",
    "Ouvrir une session sur {server}",
    "Ouvrez une session sur le serveur reconstruit avec un compte membre de RTCUniversalServerAdmins et du groupe Administrateurs local (pour installer SQL Server).",
    "Ouvrir une session sur {server}",
    "Ouvrez une session sur le serveur reconstruit avec un compte membre de RTCUniversalServerAdmins et du groupe Administrateurs local (l’Assistant Déploiement exige les deux).",
    "Reconstruire {server} avec le même FQDN",
    "Partez d’une machine neuve ou propre nommée {server}. Installez le système d’exploitation selon la procédure de votre organisation, joignez-la au domaine avec le compte d’ordinateur existant, puis restaurez ou redemandez ses certificats.",
    "Reconstruire {server} avec le même FQDN",
    "Partez d’une machine neuve ou propre nommée {server}, dans le réseau de périmètre (hors domaine). Installez le système d’exploitation selon la procédure de votre organisation, avec les mêmes paramètres réseau internes et externes qu’avant.",
    "Lancer l’Assistant Déploiement",
    "Depuis le dossier ou le support d’installation de {product}, exécutez \\setup\\amd64\\Setup.exe et ouvrez l’Assistant Déploiement.",
    "Étape 1\u{a0}: Installer le magasin de configurations local (Step 1: Install Local Configuration Store)",
    "Dans l’Assistant Déploiement, exécutez **Étape\u{a0}1\u{a0}: Installer le magasin de configurations local** (Step 1: Install Local Configuration Store). Le réplica local est alimenté à partir du magasin central de gestion.",
    "{components_step}",
    "Exécutez l’**{components_step}**. Elle installe les rôles que la topologie définit pour {server} (et crée les bases de données colocalisées avec un rôle).",
    "Étape 3\u{a0}: Demander, installer ou assigner les certificats (Step 3: Request, Install or Assign Certificates)",
    "Exécutez l’**Étape\u{a0}3\u{a0}: Demander, installer ou assigner les certificats** (Step 3: Request, Install or Assign Certificates) et assignez les certificats restaurés ou redemandés à chaque service qui en a besoin. Avant l’étape 4, installez la mise à jour cumulative qu’exécute le reste du déploiement\u{a0}: le support d’installation apporte la version initiale.",
    "le certificat OAuthTokenIssuer doit être le même sur chaque serveur frontal et serveur Standard Edition\u{a0}: importez celui qu’utilisent les autres, avec sa clé privée, et assignez-le\u{a0}; n’en demandez pas un nouveau.",
    "Étape 4\u{a0}: Démarrer les services (Step 4: Start Services)",
    "Exécutez l’**Étape\u{a0}4\u{a0}: Démarrer les services** (Step 4: Start Services), puis vérifiez l’état des services dans l’assistant.",
    "Ne pas encore lancer l’Étape 4\u{a0}: Démarrer les services (Step 4: Start Services)",
    "Le pool repart de zéro (chaque serveur frontal est reconstruit, ou trop peu de ses premiers serveurs tournent encore pour son quorum)\u{a0}: il démarre une seule fois, tous les serveurs ensemble, et non serveur par serveur. Laissez l’**Étape\u{a0}4\u{a0}: Démarrer les services** (Step 4: Start Services) pour l’instant. Le pool est démarré par la restauration des données utilisateur s’il y en a une, sinon dans la section de démarrage du pool.",
    "Vérifier ce que {server} héberge d’autre avant de le reconstruire",
    "Une reconstruction détruit tout ce que contient {server}. La commande liste les magasins que la topologie y place. Si elle nomme un magasin qui n’a pas été perdu avec celui-ci (le serveur principal d’un autre pool, UserDatabase ou ApplicationDatabase, ou son magasin d’archivage, de surveillance ou de conversation permanente), arrêtez-vous\u{a0}: ne reconstruisez pas {server}. Si la machine fonctionne encore, aucune de ses bases n’est perdue\u{a0}; si elle est perdue, planifiez chaque pool dont elle hébergeait un magasin et restaurez-les ensemble.",
    "Recréer les bases vides sur {server}",
    "Dans le **{topology_builder}**, téléchargez la topologie, cliquez avec le bouton droit sur le nœud **{topology_node}** et choisissez **Installer une base de données** (Install Database)\u{a0}; à la page **Créer des bases de données** (Create databases), sélectionnez les bases hébergées sur {server}. Restaurez ensuite leurs données dans la section de restauration des données.",
    "les pages de restauration de Microsoft ne décrivent pas la reconstruction du serveur SQL de ce magasin\u{a0}; ces étapes suivent par analogie la procédure du serveur principal. Relisez-les avant une panne.",
    "Faire une nouvelle sauvegarde et mettre à jour les feuilles de calcul",
    "Sauvegardez le pool restauré comme d’habitude, réactivez la sauvegarde planifiée (ou, si elle s’exécutait sur un serveur reconstruit, planifiez-la de nouveau sur celui-ci), notez tout nom modifié dans les feuilles de calcul et imprimez un nouveau classeur.",
    "Vérifier le service de sauvegarde avec {backup_pool}",
    "Le jumelage doit atteindre un état stable dans les deux sens.",
    "Tester une salle de conversation sur {pool}",
    "Avec un utilisateur de test, ouvrez une salle de conversation que vous suivez, vérifiez que son historique est présent, publiez un message et vérifiez qu’il arrive sur un second client. Notez le résultat et l’heure dans ce classeur.",
    "Vérifier le magasin central de gestion lui-même",
    "ActiveMasterFqdn et ActiveFileTransferAgents doivent désigner {pool}.",
    "Facultatif, plus tard\u{a0}: ramener le magasin central de gestion dans {pool}",
    "Pas obligatoire\u{a0}: le magasin peut rester dans {backup_pool}. Pour le ramener, attendez que les deux pools soient en bonne santé et la réplication à jour\u{a0}; sans cible, la cmdlet déplace le magasin vers l’autre pool de la paire (-WhatIf montre ce qu’elle ferait).",
    "ce n’est pas la forme de reprise après sinistre utilisée pour le basculement\u{a0}: sans -Force, la cmdlet vérifie la réplication avant de déplacer le magasin.",
    "Démarrage à froid du pool\u{a0}: démarrer ensemble {front_end_count, plural, one {le serveur frontal} other {les # serveurs frontaux}} (quorum\u{a0}: {quorum, plural, one {# serveur} other {# serveurs}})",
    "Tout le pool était arrêté. Démarrez ensemble {front_end_count, plural, one {son serveur frontal} other {ses # serveurs frontaux}}\u{a0}: le pool ne démarre que lorsqu’au moins {quorum, plural, one {un d’entre eux tourne} other {# d’entre eux tournent}} (son quorum). -NoWait rend la main tout de suite au lieu d’attendre chaque serveur, ce qui, sous le quorum, ne finirait jamais. Relancez ensuite les vérifications jusqu’à ce qu’elles montrent le pool démarré\u{a0}: tous leurs services à l’état Running sur au moins {quorum, plural, one {# serveur} other {# serveurs}}, et chaque groupe de routage du pool avec un réplica principal.",
    "Récupérer le contenu des conférences depuis {backup_pool}",
    "Le magasin de fichiers contenait du contenu de conférence que le service de sauvegarde conserve aussi dans le pool jumelé. Lancez une synchronisation, puis relancez la commande d’état jusqu’à ce qu’elle indique Steady State.",
    "la page de Microsoft ajoute aussi -BackupModule ConfServices.DataConf à Get-CsBackupServiceStatus\u{a0}; cette cmdlet n’a pas ce paramètre (seule Invoke-CsBackupServiceSync l’a)\u{a0}: la commande d’état s’écrit donc sans ce paramètre.",
    "Tester la connexion via {pool}",
    "Connectez-vous avec des utilisateurs de test depuis l’intérieur et depuis l’extérieur du réseau\u{a0}: le directeur les authentifie et les redirige vers leur pool d’hébergement. Notez le résultat et l’heure dans ce classeur.",
    "Tester l’accès distant et fédéré via {pool}",
    "Depuis l’extérieur du réseau (hors VPN), connectez-vous avec un utilisateur de test\u{a0}: présence, messagerie instantanée, un appel audio et une réunion avec un participant externe. Échangez ensuite messages et présence avec un contact fédéré. Notez le résultat et l’heure dans ce classeur.",
    "Rediriger le pool Edge {edge_pool} vers {pool}",
    "Le basculement a dirigé {edge_pool} vers {backup_pool}. Une fois les utilisateurs revenus, redirigez son tronçon suivant vers {pool}\u{a0}: même site, dans le Générateur de topologie, pool Edge, **Modifier les propriétés** (Edit Properties), **Tronçon suivant** (Next Hop), réglez **Pool du tronçon suivant\u{a0}:** (Next hop pool:) sur {pool} et publiez\u{a0}; autre site, exécutez la commande.",
    "Vérifier que les groupes de routage du pool sont de nouveau complets",
    "Les serveurs frontaux reconstruits reprennent leur part des données des utilisateurs\u{a0}: relancez la commande jusqu’à ce que chaque groupe de routage de {pool} ait un réplica principal et au moins un réplica secondaire avant de clore l’incident.",
    "Rebasculer les utilisateurs vers {pool}",
    "Une fois {pool} en bonne santé, ramenez ses utilisateurs depuis {backup_pool}. Cela peut prendre jusqu’à une heure pour un grand pool. Le magasin central de gestion peut rester où il est.",
    "Tester les appels RTC via {pool}",
    "Avec un utilisateur de test Voix Entreprise, appelez un numéro extérieur et recevez un appel de l’extérieur\u{a0}; vérifiez l’audio dans les deux sens. Notez le résultat et l’heure dans ce classeur.",
    "Vérifier l’état de la mise en miroir",
    "Chaque type de base doit de nouveau avoir une base primaire et un miroir.",
    "Seulement si le pool ne démarre pas\u{a0}: récupérer après la perte de quorum",
    "Si le pool reste arrêté parce que des groupes de routage ont perdu le quorum (ou qu’un pool de deux serveurs a été redémarré dans le désordre), réinitialisez l’état du bureau d’enregistrement. N’exécutez pas cette commande si le pool a démarré.",
    "Vérifier la réplication du magasin central de gestion",
    "Chaque serveur, y compris les serveurs reconstruits, doit indiquer UpToDate\u{a0}: True. Un serveur qui reste à False n’a pas reçu la configuration.",
    "Redémarrer les serveurs frontaux restés en marche",
    "Les serveurs frontaux restés en marche lisent encore la topologie d’avant le passage du serveur principal à {mirror}. En redémarrer un pendant qu’il manquait un serveur frontal aurait laissé trop peu de serveurs pour le quorum du pool, c’est pourquoi leur redémarrage n’a lieu que maintenant\u{a0}: avec les serveurs reconstruits en marche, redémarrez les autres un par un, en vérifiant le pool entre deux.",
    "Ramener les groupes Response Group dans {pool}",
    "La restauration automatique ne ramène pas les groupes Response Group\u{a0}: exportez ceux de {pool} depuis {backup_pool} (ils appartiennent toujours à {pool}), importez-les dans {pool} avec -OverwriteOwner et -ReplaceExistingRgsSettings (les paramètres de niveau application du pool restauré, comme la musique d’attente par défaut, sont à leurs valeurs par défaut) et vérifiez que chaque flux de travail est là\u{a0}; appelez ensuite un groupe Response Group pour vérifier qu’il répond.",
    "plus tard, une fois qu’ils fonctionnent dans {pool}, supprimez-les de {backup_pool}\u{a0}: la même exportation avec -RemoveExportedConfiguration.",
    "Réinitialiser l’état du bureau d’enregistrement\u{a0}: le pool était arrêté pendant le changement de topologie",
    "Tout le pool était arrêté pendant que sa topologie changeait (le serveur principal a été redéfini). La règle de Microsoft dans ce cas\u{a0}: réinitialiser l’état du bureau d’enregistrement du pool une fois la nouvelle topologie publiée, avant de démarrer le pool. -NoReStart laisse les services arrêtés, pour que le pool démarre une seule fois, tous les serveurs ensemble, à l’étape suivante.",
    "Vérifier les services sur chaque serveur reconstruit",
    "Sur chaque serveur {brand} reconstruit, chaque service {brand} doit être à l’état Running.",
    "Démarrer le pool avec Start-CsPool",
    "Tout le pool était arrêté. Pour un pool frontal de trois serveurs ou plus, {product} démarre le pool avec Start-CsPool, et non serveur par serveur\u{a0}: la cmdlet vérifie les prérequis {front_end_count, plural, one {du serveur frontal} other {des # serveurs frontaux}}, démarre chacun d’eux et indique ce qui empêche un serveur de démarrer et comment le contourner. Vérifiez ensuite que chaque groupe de routage a un réplica principal.",
    "si un serveur ne peut pas démarrer, Start-CsPool peut démarrer le pool sans lui (-SkipServer, avec le FQDN du serveur) s’il reste assez de serveurs\u{a0}; la cmdlet le vérifie.",
    "Tester avec de vrais clients",
    "Connectez-vous avec des utilisateurs de test hébergés sur {pool}\u{a0}: présence, messagerie instantanée, une conférence, un appel et leurs listes de contacts. Notez le résultat et l’heure dans ce classeur.",
];

/// The other languages' app texts, built into native builds and the import worker only (the page fetches packs).
static APP_TABLES: &[(&str, &[&str; APP_COUNT])] = &[
    ("fr", &FR_APP),
];

/// The other languages' labels and catalogue texts, built into native builds only.
static TABLES: &[(&str, &[&str; LABEL_COUNT], &[&str; TEXT_COUNT - APP_COUNT])] = &[
    ("fr", &FR_LABELS, &FR_CATALOGUE),
];

/// Each other language's pack: its tag and size in bytes.
pub const PACKS: &[(&str, usize)] = &[
    ("fr", 76579),
];
