//! The defects an expert review of the binders found, one test each, on the golden scenarios:
//! each fails on the catalogue and planner as they were before the fix.

use lync_restore::plan::Pool;
use lync_restore::plan::Texts;

use crate::support::fixtures::fixture_plan;
use lync_restore::plan::{Catalogue, Checklist, Lang, Section, Step, build_checklist};

fn plan_of(name: &str) -> Checklist {
    build_checklist(&Pool::check(&fixture_plan(name)), Texts::built_in(Lang::En))
}

fn steps(list: &Checklist) -> impl Iterator<Item = (&Section, &Step)> {
    list.sections
        .iter()
        .flat_map(|s| s.steps.iter().map(move |t| (&**s, t)))
}

/// The command lines of every step whose id ends with `/<id>`.
fn lines_of<'a>(list: &'a Checklist, id: &str) -> Vec<&'a str> {
    let suffix = format!("/{id}");
    steps(list)
        .filter(|(_, t)| t.id.ends_with(&suffix))
        .flat_map(|(_, t)| t.command.as_deref().unwrap_or_default().lines())
        .collect()
}

fn all_lines(list: &Checklist) -> Vec<&str> {
    steps(list)
        .flat_map(|(_, t)| t.command.as_deref().unwrap_or_default().lines())
        .collect()
}

/// Where the first step whose id ends with `/<id>` stands in the checklist, its section, and
/// the step.
fn step_of<'a>(list: &'a Checklist, id: &str) -> (usize, &'a Section, &'a Step) {
    let suffix = format!("/{id}");
    steps(list)
        .enumerate()
        .find(|(_, (_, t))| t.id.ends_with(&suffix))
        .map(|(i, (s, t))| (i, s, t))
        .unwrap_or_else(|| panic!("no step {id}"))
}

fn position(list: &Checklist, id: &str) -> usize {
    step_of(list, id).0
}

/// The caution of step `id` ("" when it has none).
fn caution_of<'a>(list: &'a Checklist, id: &str) -> &'a str {
    step_of(list, id).2.caution.as_deref().unwrap_or_default()
}

#[test]
fn d01_a_failed_over_cms_stays_in_the_backup_pool() {
    let list = plan_of("20-fe-paired-cms-failed-over");
    let all = all_lines(&list).join("\n");
    for rebuilt in [
        "-CentralManagementDatabase",
        "Set-CsConfigurationStoreLocation",
        "Import-CsConfiguration",
    ] {
        assert!(
            !all.contains(rebuilt),
            "the failed pool must not rebuild the store: {rebuilt}"
        );
    }
    assert!(all.contains(
        r#"Invoke-CsManagementServerFailover -BackupSqlServerFqdn "sql11.contoso.com" -BackupSqlInstanceName "rtc" -Force"#
    ));
    assert!(all.contains(r#"Set-CsEdgeServer -Identity "EdgeServer:edgepool.contoso.com" -Registrar "Registrar:pool02.contoso.com""#));
    assert!(position(&list, "fo.cms") < position(&list, "fo.edge"));
    assert!(position(&list, "fo.edge") < position(&list, "fo.pool"));
    let (_, section, _) = step_of(&list, "fo.cms");
    assert_eq!(section.steps[1].place, "backup_pool");
    assert_eq!(section.phase, "prepare");
    assert!(
        list.sections.iter().any(|s| s.procedure == "back_end"),
        "the plain Back End procedure"
    );
    assert!(
        !lines_of(&list, "ver.cms-failback").is_empty(),
        "moving the store back is a later, optional step"
    );
    // Without the failover, the store is rebuilt where it was, and nothing fails over.
    let mut plan = fixture_plan("20-fe-paired-cms-failed-over");
    plan.fail_over = false;
    let list = build_checklist(&Pool::check(&plan), Texts::built_in(Lang::En));
    assert!(list.sections.iter().any(|s| s.procedure == "cms_back_end"));
    assert!(
        !all_lines(&list)
            .join("\n")
            .contains("Invoke-CsPoolFailover")
    );
}

#[test]
fn d02_a_surviving_cms_mirror_is_exported_afresh_and_every_import_reads_the_export() {
    let list = plan_of("02-fe-3-cms-mirror-primary-lost-rgs-archiving");
    let fresh = r"\\backup01.contoso.com\LyncBackup\MirrorExport";
    let export = lines_of(&list, "cms.mirror-backup").join("\n");
    for cmdlet in [
        "Export-CsConfiguration",
        "Export-CsLisConfiguration",
        "Export-CsUserData",
        "Export-CsRgsConfiguration",
    ] {
        assert!(export.contains(&format!("{cmdlet} ")), "{cmdlet} missing");
    }
    assert!(lines_of(&list, "cms.mirror-sql-backup")[0].contains("BACKUP DATABASE [LcsLog]"));
    assert!(position(&list, "cms.fresh-check") < position(&list, "srv.rebuild"));
    for line in all_lines(&list)
        .iter()
        .filter(|l| l.starts_with("Copy-Item"))
    {
        assert!(
            line.contains(fresh),
            "an import reads the old backup: {line}"
        );
    }
    // The surviving mirror is unmirrored once its data is exported and checked, and mirrored
    // again only at the end, its old copies dropped by the cmdlet (issue 24).
    assert!(position(&list, "cms.fresh-check") < position(&list, "cms.mirror-unmirror"));
    assert!(position(&list, "cms.mirror-unmirror") < position(&list, "srv.rebuild"));
    assert!(
        lines_of(&list, "cms.mirror-unmirror")[0].contains("-SqlServerFqdn \"sql02.contoso.com\"")
    );
    assert!(position(&list, "cms.other-dbs") < position(&list, "cms.remirror"));
    assert!(lines_of(&list, "cms.remirror")[0].contains("-DropExistingDatabasesOnMirror"));
}

#[test]
fn d03_the_archiving_database_type_is_archiving() {
    let list = plan_of("02-fe-3-cms-mirror-primary-lost-rgs-archiving");
    let lines = lines_of(&list, "ver.mirror");
    assert!(lines.iter().any(|l| l.ends_with("-DatabaseType Archiving")));
    assert!(!lines.iter().any(|l| l.ends_with("-DatabaseType Archive")));
}

#[test]
fn d04_a_cold_start_starts_every_server_without_waiting_then_checks() {
    let list = plan_of("16-fe-12-whole-everything");
    for id in ["ver.cold-start", "data.user"] {
        let starts: Vec<_> = lines_of(&list, id)
            .into_iter()
            .filter(|l| l.starts_with("Start-CsWindowsService"))
            .collect();
        assert!(!starts.is_empty());
        assert!(
            starts.iter().all(|l| l.ends_with("-NoWait")),
            "{id}: {starts:?}"
        );
    }
    let cold = lines_of(&list, "ver.cold-start");
    assert!(
        cold.iter()
            .any(|l| l.starts_with("Get-CsPoolFabricState -PoolFqdn"))
    );
    assert!(
        cold.iter()
            .any(|l| l.starts_with("Get-CsWindowsService -ComputerName"))
    );
}

#[test]
fn d05_persistent_chat_data_is_imported_on_a_persistent_chat_server_into_a_created_folder() {
    let list = plan_of("23-persistent-chat-export-whole");
    let (_, _, step) = step_of(&list, "data.chat-import");
    assert_eq!(step.place, "chat_server");
    assert!(step.runs_on.starts_with("chat01.contoso.com"));
    let lines = lines_of(&list, "data.chat-import");
    assert!(
        lines[0].starts_with("New-Item -ItemType Directory"),
        "{lines:?}"
    );
    assert!(
        lines[2].contains(r#"-DBInstance "chatsql.contoso.com""#),
        "default instance: {lines:?}"
    );
}

#[test]
fn d06_file_store_permissions_are_reset_wherever_a_share_is_recreated() {
    for name in [
        "10-fe-whole-mirror-both-file-store-paired-mediation",
        "16-fe-12-whole-everything",
        "04-se-not-cms-with-chat-export",
    ] {
        let list = plan_of(name);
        let share = ["fs.copy", "se.file-store"]
            .iter()
            .find_map(|id| steps(&list).position(|(_, t)| t.id.ends_with(&format!("/{id}"))));
        let share = share.expect("the share is recreated");
        let acl_after = steps(&list)
            .skip(share)
            .any(|(_, t)| t.command.as_deref() == Some("Enable-CsTopology"));
        assert!(
            acl_after,
            "{name}: no Enable-CsTopology after the share is recreated"
        );
    }
}

#[test]
fn d07_both_mirror_sides_lost_recreates_the_mirror_databases() {
    let list = plan_of("10-fe-whole-mirror-both-file-store-paired-mediation");
    let publish = lines_of(&list, "be.publish");
    assert!(
        publish
            .iter()
            .any(|l| l.starts_with("Install-CsMirrorDatabase -ConfiguredDatabases"))
    );
    assert!(caution_of(&list, "be.publish").contains("Create Mirror Database"));
}

/// Microsoft's step 7 points Active Directory at the new store alone: the mirror still holds an
/// old, unmirrored copy until the mirroring is set up again; only then is the mirror added.
#[test]
fn d08_a_mirrored_cms_is_located_alone_then_with_its_mirror_once_mirrored() {
    let list = plan_of("02-fe-3-cms-mirror-primary-lost-rgs-archiving");
    let lines = lines_of(&list, "cms.scp");
    assert_eq!(
        lines,
        [
            r#"Set-CsConfigurationStoreLocation -SqlServerFqdn "sql01.contoso.com" -SqlInstanceName "rtc" -Verbose"#
        ]
    );
    let caution = caution_of(&list, "cms.scp");
    assert!(
        caution
            .contains(r#"-MirrorSqlServerFqdn "sql02.contoso.com" -MirrorSqlInstanceName "rtc""#),
        "{caution}"
    );
}

#[test]
fn d09_the_mirror_is_rebuilt_on_the_mirror() {
    let list = plan_of("10-fe-whole-mirror-both-file-store-paired-mediation");
    let (_, _, step) = step_of(&list, "be.rebuild-mirror");
    assert_eq!(step.runs_on, "sql02.contoso.com");
}

#[test]
fn d10_the_edge_configuration_is_exported_once_into_a_created_folder() {
    let list = plan_of("05-edge-pool-2");
    let exports = steps(&list)
        .filter(|(_, t)| t.id.ends_with("/edge.export"))
        .count();
    assert_eq!(exports, 1);
    let lines = lines_of(&list, "edge.export");
    assert!(lines[0].starts_with(r#"New-Item -ItemType Directory -Force -Path "C:\LyncRestore""#));
    let step1 = lines_of(&list, "edge.step1");
    assert!(!step1[0].contains("Equivalent"), "{step1:?}");
}

#[test]
fn d11_each_pool_kind_is_verified_its_own_way() {
    for (name, step) in [
        ("05-edge-pool-2", "ver.edge"),
        ("07-director-pool-2", "ver.director"),
        ("12-mediation-pool-2", "ver.mediation"),
        ("06-persistent-chat-with-compliance", "ver.chat"),
        ("01-fe-pool-3-whole", "ver.users"),
    ] {
        let list = plan_of(name);
        let ids: Vec<&str> = steps(&list)
            .filter(|(s, _)| s.phase == "verify")
            .map(|(_, t)| t.id.as_str())
            .collect();
        assert!(
            ids.contains(&format!("verify/{step}").as_str()),
            "{name}: {ids:?}"
        );
        let users = ids.contains(&"verify/ver.users");
        assert_eq!(
            users,
            step == "ver.users",
            "{name}: test users homed on the pool only for Front End pools"
        );
    }
}

#[test]
fn d12_microsofts_published_french_titles_are_used() {
    let c = Catalogue::embedded();
    for (slug, title) in [
        (
            "lync-server-2013-topologies-and-components-for-front-end-servers-instant-messaging-and-presence",
            "Topologies et composants pour les serveurs frontaux, la messagerie instantanée et la présence dans Lync Server 2013",
        ),
        (
            "lync-server-2013-export-your-topology-and-copy-it-to-external-media-for-edge-installation",
            "Exportation de votre topologie Lync Server 2013 et copie vers le support externe pour l’installation Edge",
        ),
    ] {
        assert_eq!(
            Texts::built_in(Lang::Fr).get(c.page(slug).expect("page").title),
            title
        );
    }
}

#[test]
fn d13_a_default_instance_is_a_complete_answer() {
    let list = plan_of("21-fe-cms-mirrored-default-instances");
    assert!(list.missing.is_empty(), "{:?}", list.missing);
    let all = all_lines(&list).join("\n");
    assert!(!all.contains("SqlInstanceName"), "{all}");
    assert!(all.contains(r#"Install-CsDatabase -CentralManagementDatabase -Clean -SqlServerFqdn "sql01.contoso.com" -Verbose"#));
    let (_, _, sql) = step_of(&list, "be.sql");
    assert!(
        sql.title.contains("MSSQLSERVER (default instance)"),
        "{}",
        sql.title
    );
}

#[test]
fn d14_an_unknown_cms_host_is_checked_before_the_back_end_is_rebuilt() {
    let list = plan_of("22-fe-back-end-cms-host-unknown");
    let back_end = list
        .sections
        .iter()
        .find(|s| s.phase == "back_end")
        .expect("back end");
    assert!(back_end.steps[0].id.ends_with("/cms.where"));
    assert_eq!(
        back_end.steps[0].command.as_deref(),
        Some("Get-CsConfigurationStoreLocation")
    );
    assert!(back_end.steps[0].body.contains("sql31.contoso.com"));
}
