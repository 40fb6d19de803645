//! The data-safety lint: nothing healthy is touched. Every plan the planner can produce (the
//! golden scenarios, the built-in example, generated plans of every kind and option, in every
//! product version and both languages) is rendered, and each step's declared effects
//! (`src/content/effects.toml`) are checked against what the plan marks lost, restated here
//! from the plan's description on its own (not through the planner's `Lost`), so the two must
//! agree. The rules:
//! 1. nothing overwritten, recreated or rebuilt that belongs to a machine or store not lost;
//! 2. a database restored only when its store was lost, and on the server that holds it;
//! 3. no database restored while it is mirrored or in an availability group;
//! 4. no Central Management store import before the surviving replicas were exported;
//! 5. no share written whose file server was not lost, and no copy that can replace newer files.
//!
//! Control tests plant each kind of violation in a real binder and see it caught.

use std::collections::{BTreeMap, BTreeSet};

use lync_restore::plan::{
    Checklist, Lang, MirrorLoss, Plan, Pool, PoolKind, Step, StoreLocation, Texts, Version,
    build_checklist,
};

use crate::support::{corpus, effects};
use corpus::{corpus, fixture_plans};
use effects::effects;

/// What the plan marks lost, restated from its fields.
struct Lost {
    machines: BTreeSet<String>,
    back_end: bool,
    back_end_data: bool,
    cms: bool,
    archiving: bool,
    monitoring: bool,
    chat: bool,
    file_server: bool,
    failover: bool,
    /// A Front End Server of the pool still runs (its store replica ran until the failure).
    running_front_end: bool,
}

fn low(s: &str) -> String {
    s.trim().to_ascii_lowercase()
}

fn unc_server(share: &str) -> String {
    low(share
        .trim()
        .trim_start_matches('\\')
        .split('\\')
        .next()
        .unwrap_or(""))
}

impl Lost {
    fn of(plan: &Plan) -> Lost {
        let fe = plan.kind == PoolKind::FrontEnd;
        let se = plan.kind == PoolKind::StandardEdition;
        let f = &plan.failure;
        let mut machines: BTreeSet<String> = plan
            .members()
            .into_iter()
            .filter(|m| {
                f.whole_pool || se || f.servers.iter().any(|s| s.trim().eq_ignore_ascii_case(m))
            })
            .map(low)
            .collect();
        let back_end = fe && (f.whole_pool || f.back_end);
        let loss = plan.mirror_loss();
        if back_end && !plan.always_on() {
            if loss != MirrorLoss::Mirror {
                machines.insert(low(&plan.back_end.sql_fqdn));
            }
            if plan.mirrored() && loss != MirrorLoss::Primary {
                machines.insert(low(&plan.back_end.mirror_fqdn));
            }
        }
        let chat_pool = plan.kind == PoolKind::PersistentChat && (f.whole_pool || f.back_end);
        if chat_pool {
            machines.insert(low(&plan.persistent_chat.sql_fqdn));
        }
        for (store, marked) in [
            (&plan.archiving, f.archiving_store),
            (&plan.monitoring, f.monitoring_store),
        ] {
            if fe && marked && store.location == StoreLocation::StandAlone {
                machines.insert(low(&store.sql_fqdn));
            }
        }
        let file_server = unc_server(&plan.file_store);
        if f.file_store {
            machines.insert(file_server.clone());
        }
        let failover = fe && plan.fail_over && !plan.backup_pool.trim().is_empty();
        let cms = plan.hosts_cms && (se || (back_end && loss != MirrorLoss::Mirror && !failover));
        // A Standard Edition server holds its own databases: lost with it.
        let back_end_data = se || (back_end && (loss == MirrorLoss::Both || cms));
        let store_lost = |location: StoreLocation, sql: &str| match location {
            StoreLocation::None => false,
            StoreLocation::Collocated => back_end_data,
            StoreLocation::StandAlone => machines.contains(&low(sql)),
        };
        let running_front_end = fe && plan.members().iter().any(|m| !machines.contains(&low(m)));
        Lost {
            running_front_end,
            archiving: fe && store_lost(plan.archiving.location, &plan.archiving.sql_fqdn),
            monitoring: fe && store_lost(plan.monitoring.location, &plan.monitoring.sql_fqdn),
            chat: plan.version.has_persistent_chat()
                && (chat_pool
                    || (se
                        && plan.persistent_chat.enabled
                        && machines.contains(&low(&plan.persistent_chat.sql_fqdn)))),
            file_server: !file_server.is_empty() && machines.contains(&file_server),
            back_end,
            back_end_data,
            cms,
            failover,
            machines,
        }
    }
}

/// The SQL Server where a store's database is restored (a collocated one is on the Back End:
/// in an availability group, its primary replica).
fn store_host(plan: &Plan, location: StoreLocation, sql: &str) -> String {
    match location {
        StoreLocation::StandAlone => low(sql),
        _ if plan.always_on() => low(&plan.back_end.primary_replica),
        _ => low(&plan.back_end.sql_fqdn),
    }
}

/// One violation: which step, which rule, what.
#[derive(Debug)]
struct Violation {
    step: String,
    rule: u8,
    what: String,
}

/// Checks one pool's binder against its plan.
fn check(plan: &Plan, list: &Checklist, effects: &BTreeMap<String, Vec<String>>) -> Vec<Violation> {
    let lost = Lost::of(plan);
    let mut out = Vec::new();
    let collocated: BTreeSet<&str> = [
        ("Archiving", plan.archiving.location),
        ("Monitoring", plan.monitoring.location),
    ]
    .into_iter()
    .filter(|(_, l)| *l == StoreLocation::Collocated)
    .map(|(t, _)| t)
    .collect();
    let restored: BTreeSet<&str> = collocated.clone();
    // The database types mirrored, or in the availability group, at this point of the binder.
    let mut mirrored: BTreeSet<&str> = if plan.mirrored() && plan.mirror_loss() != MirrorLoss::Both
    {
        collocated.clone()
    } else {
        BTreeSet::new()
    };
    let mut in_group: BTreeSet<&str> = BTreeSet::new();
    let mut exported: BTreeSet<&str> = BTreeSet::new();
    for section in &list.sections {
        let server = section.server.as_deref().map(low).unwrap_or_default();
        for step in &section.steps {
            let id = step
                .id
                .rsplit_once('/')
                .map_or(step.id.as_str(), |(_, id)| id);
            let Some(declared) = effects.get(id) else {
                out.push(Violation {
                    step: step.id.clone(),
                    rule: 1,
                    what: "declares no effects in effects.toml".into(),
                });
                continue;
            };
            let runs_on = low(&step.runs_on);
            let command = step.command.as_deref().unwrap_or("");
            for effect in declared {
                let (verb, thing) = effect.split_once(':').unwrap_or((effect, ""));
                let mut fail = |rule: u8, what: String| {
                    out.push(Violation {
                        step: step.id.clone(),
                        rule,
                        what: format!("{effect}: {what}"),
                    })
                };
                let mirror = low(&plan.back_end.mirror_fqdn);
                match (verb, thing) {
                    ("export", what) => {
                        exported.insert(if what == "cms" { "cms" } else { "fresh" });
                    }
                    ("mirror_on", scope) if plan.mirrored() => {
                        let types = if scope == "all" {
                            &collocated
                        } else {
                            &restored
                        };
                        mirrored.extend(types.iter().copied());
                    }
                    ("mirror_off", _) => mirrored.clear(),
                    ("ag_on", _) if plan.always_on() => in_group.extend(collocated.iter().copied()),
                    ("ag_off", _) => in_group.clear(),
                    ("mirror_on" | "ag_on" | "services" | "reset", _) => {}
                    (_, "server") if !lost.machines.contains(&server) => {
                        fail(1, format!("{server} was not lost"))
                    }
                    (_, "server") => {}
                    (_, "mirror") if !plan.mirrored() => {}
                    ("replace", "mirror")
                        if !lost.machines.contains(&mirror) && !exported.contains("fresh") =>
                    {
                        fail(
                            1,
                            format!("{mirror} survived and nothing was exported from it first"),
                        )
                    }
                    (_, "mirror") if verb != "replace" && !lost.machines.contains(&mirror) => {
                        fail(1, format!("the mirror {mirror} was not lost"))
                    }
                    (_, "mirror") => {}
                    (_, "back_end") => {
                        let sql = low(&plan.back_end.sql_fqdn);
                        if !lost.back_end || (!plan.always_on() && !lost.machines.contains(&sql)) {
                            fail(1, format!("the Back End {sql} was not lost"));
                        }
                        // In the Back End's section, or naming it in the command.
                        let named = command.to_ascii_lowercase().contains(&sql);
                        if server != sql && !(server.is_empty() && named) {
                            fail(2, format!("in the section of {server}, not of {sql}"));
                        }
                    }
                    (_, "ag") if !(plan.always_on() && lost.back_end) => {
                        fail(1, "the availability group was not lost".into())
                    }
                    (_, "ag") => {}
                    (_, "local") if plan.kind != PoolKind::StandardEdition => fail(
                        1,
                        "local databases updated outside a Standard Edition plan".into(),
                    ),
                    (_, "local") => {}
                    (_, "store") if !lost.machines.contains(&server) => {
                        fail(1, format!("the store's server {server} was not lost"))
                    }
                    (_, "store") => {}
                    (_, "cms" | "lis") if !lost.cms => {
                        fail(1, "the Central Management store was not lost".into())
                    }
                    ("import", "cms") if !exported.contains("cms") => fail(
                        4,
                        "imported before the surviving replicas were exported".into(),
                    ),
                    ("import", "cms")
                        if lost.running_front_end
                            && !exported.contains("fresh")
                            && !command.contains("Replica-") =>
                    {
                        fail(4, "a Front End Server's newer replica survives".into())
                    }
                    (_, "cms" | "lis") => {}
                    (_, "user_data" | "rgs") if !lost.back_end_data || lost.failover => fail(
                        1,
                        "the Back End's data survives (or comes back with the failback)".into(),
                    ),
                    (_, "user_data" | "rgs") => {}
                    ("restore", db @ ("archiving" | "monitoring")) => {
                        let (is_lost, store, kind) = if db == "archiving" {
                            (lost.archiving, &plan.archiving, "Archiving")
                        } else {
                            (lost.monitoring, &plan.monitoring, "Monitoring")
                        };
                        if !is_lost {
                            fail(2, format!("the {kind} store was not lost"));
                        }
                        let host = store_host(plan, store.location, &store.sql_fqdn);
                        if !runs_on.contains(&host) {
                            fail(2, format!("runs on {runs_on}, the store is on {host}"));
                        }
                        if mirrored.contains(kind) || in_group.contains(kind) {
                            fail(3, format!("{kind} is mirrored or in an availability group"));
                        }
                    }
                    (_, "chat") => {
                        if !lost.chat {
                            fail(2, "the Persistent Chat store was not lost".into());
                        }
                        let host = low(&plan.persistent_chat.sql_fqdn);
                        if verb == "restore" && !runs_on.contains(&host) {
                            fail(2, format!("runs on {runs_on}, mgc is on {host}"));
                        }
                    }
                    (_, "file_store") => {
                        if !lost.file_server {
                            fail(5, "the file store's server was not lost".into());
                        }
                        let copy = command.to_ascii_lowercase();
                        if copy.contains("robocopy")
                            && (!copy.contains("/xo")
                                || copy.contains("/mir")
                                || copy.contains("/purge"))
                        {
                            fail(5, "the copy can replace newer files or delete some".into());
                        }
                    }
                    ("failover", "principal") => {
                        if !(lost.back_end && plan.mirror_loss() == MirrorLoss::Primary) {
                            fail(1, "a failover to the mirror while the primary lives".into());
                        }
                    }
                    ("failover", _) if !lost.failover => {
                        fail(1, "a failover in a plan that does not fail over".into())
                    }
                    ("failover", _) => {}
                    _ => fail(1, "an effect the lint does not know".into()),
                }
            }
        }
    }
    out
}

fn binder(plan: &Plan, lang: Lang) -> Checklist {
    build_checklist(&Pool::check(plan), Texts::built_in(lang))
}

#[test]
fn every_binder_touches_only_what_was_lost() {
    let effects = effects();
    let plans = corpus();
    let (mut checked, mut steps, mut declared) = (0, 0, 0);
    let mut violations = Vec::new();
    for (name, plan) in &plans {
        for version in Version::ALL {
            let mut plan = plan.clone();
            plan.version = *version;
            for lang in [Lang::En, Lang::Fr] {
                let list = binder(&plan, lang);
                checked += 1;
                steps += list.step_count();
                declared += list
                    .sections
                    .iter()
                    .flat_map(|s| &s.steps)
                    .filter_map(|s| effects.get(s.id.rsplit_once('/').map_or("", |(_, id)| id)))
                    .map(Vec::len)
                    .sum::<usize>();
                for v in check(&plan, &list, &effects) {
                    violations.push(format!(
                        "{name} {version:?} {lang:?}: {} rule {}: {}",
                        v.step, v.rule, v.what
                    ));
                }
            }
        }
    }
    println!("data safety: {checked} binders, {steps} steps, {declared} effects checked");
    violations.sort();
    violations.dedup();
    assert!(
        violations.is_empty(),
        "{} violations:\n{}",
        violations.len(),
        violations
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_step_of_the_catalogue_declares_its_effects() {
    let effects = effects();
    let catalogue = lync_restore::plan::Catalogue::embedded();
    let missing: Vec<&str> = catalogue
        .steps
        .iter()
        .map(|s| s.id)
        .filter(|id| !effects.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "steps without effects: {missing:?}");
    let unknown: Vec<&String> = effects
        .keys()
        .filter(|id| catalogue.step(id).is_none())
        .collect();
    assert!(unknown.is_empty(), "effects of no step: {unknown:?}");
}

/// A fixture by name.
fn fixture(name: &str) -> Plan {
    fixture_plans()
        .into_iter()
        .find(|(n, _)| n == &format!("{name}#0"))
        .map(|(_, p)| p)
        .expect("fixture")
}

/// The step of catalogue id `id` in a binder, to plant a violation in.
fn step_mut<'a>(list: &'a mut Checklist, id: &str) -> &'a mut Step {
    let suffix = format!("/{id}");
    list.sections
        .iter_mut()
        .flat_map(|s| &mut std::rc::Rc::make_mut(s).steps)
        .find(|s| s.id.ends_with(&suffix))
        .unwrap_or_else(|| panic!("the binder has {id}"))
}

/// The binder without the steps of catalogue id `id`.
fn without(mut list: Checklist, id: &str) -> Checklist {
    let suffix = format!("/{id}");
    for section in &mut list.sections {
        std::rc::Rc::make_mut(section)
            .steps
            .retain(|s| !s.id.ends_with(&suffix));
    }
    list
}

/// The rules a planted violation breaks.
fn rules(plan: &Plan, list: &Checklist) -> BTreeSet<u8> {
    check(plan, list, &effects())
        .into_iter()
        .map(|v| v.rule)
        .collect()
}

#[test]
fn control_each_rule_catches_a_planted_violation() {
    // Rule 1: the binder of every member server named (Back End alive) given the whole pool's
    // Back End section, as the import panel used to make it.
    let every = fixture("38-fe-every-member-named-back-end-alive");
    let mut whole = every.clone();
    whole.failure.whole_pool = true;
    let mut list = binder(&every, Lang::En);
    assert!(rules(&every, &list).is_empty(), "the real binder is clean");
    let planted = binder(&whole, Lang::En)
        .sections
        .into_iter()
        .find(|s| s.phase == "back_end")
        .expect("the whole pool rebuilds its Back End");
    list.sections.insert(1, planted);
    assert!(
        rules(&every, &list).contains(&1),
        "a healthy Back End rebuilt"
    );

    // Rule 2: the Archiving restore aimed at the Back End while the store is stand-alone.
    let two = fixture("40-fe-archiving-and-monitoring-on-two-servers");
    let mut list = binder(&two, Lang::En);
    assert!(rules(&two, &list).is_empty());
    let step = step_mut(&mut list, "data.archiving");
    step.runs_on = "sql01.contoso.com".into();
    assert!(
        rules(&two, &list).contains(&2),
        "a restore on the wrong server"
    );
    // … and a restore of a store that was not lost.
    let mut only_archiving = two.clone();
    only_archiving.failure.monitoring_store = false;
    let list = binder(&two, Lang::En);
    assert!(
        rules(&only_archiving, &list).contains(&2),
        "Monitoring restored, not lost"
    );

    // Rule 3: the collocated restore with its mirroring left in place.
    let mirrored = fixture("39-fe-back-end-lost-archiving-stand-alone-monitoring-collocated");
    let list = binder(&mirrored, Lang::En);
    assert!(rules(&mirrored, &list).is_empty());
    let list = without(list, "data.collocated-unmirror");
    assert!(
        rules(&mirrored, &list).contains(&3),
        "a restore over a mirrored database"
    );

    // Rule 4: the store imported with no replica exported first.
    let list = without(binder(&mirrored, Lang::En), "cms.replica-export");
    assert!(
        rules(&mirrored, &list).contains(&4),
        "an import from an older source"
    );
    // … and, with a Front End Server of the pool alive, the import reading the backup anyway.
    let mut list = binder(&mirrored, Lang::En);
    let import = step_mut(&mut list, "cms.import");
    assert!(
        import
            .command
            .as_deref()
            .is_some_and(|c| c.contains("Replica-Config.zip"))
    );
    import.command = import.command.as_ref().map(|c| c.replace("Replica-", ""));
    assert!(
        rules(&mirrored, &list).contains(&4),
        "the backup imported over a newer replica"
    );

    // Rule 5: the file store copied while its server lives, and a copy that replaces newer files.
    let share = fixture("14-fe-file-store-only");
    let mut kept = share.clone();
    kept.failure.file_store = false;
    kept.failure.back_end = true;
    let list = binder(&share, Lang::En);
    assert!(rules(&share, &list).is_empty());
    assert!(rules(&kept, &list).contains(&5), "a live share overwritten");
    let mut list = binder(&share, Lang::En);
    let copy = step_mut(&mut list, "fs.copy");
    copy.command = copy.command.as_ref().map(|c| c.replace(" /XO", " /MIR"));
    assert!(rules(&share, &list).contains(&5), "a mirror copy");
}
