//! Which parts of the pool form apply to a plan: the fieldsets its pool kind has, and within them
//! the fields its choices (product version, Back End, stores, failover) make relevant. The form
//! shows exactly these, so the rules live here, once, tested natively; a field the version cannot
//! have stays shown while it is set, so that it can be unset (validation says why it is wrong).

use crate::plan::description::model::{Plan, PoolKind, StoreLocation};

/// The parts of the pool form that apply to a plan. The pool fieldset (version, kind, FQDN,
/// site) and the backup files always do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormFields {
    /// A Standard Edition server: its own FQDN and SQL Express instance are asked with the pool.
    pub standard_edition: bool,
    /// The member servers and what failed (every kind but Standard Edition, a single server).
    pub failure: Option<FailureFields>,
    /// The Back End (a Front End pool's).
    pub back_end: Option<BackEndFields>,
    /// The pool's options and other stores (Front End pool or Standard Edition server).
    pub options: Option<OptionsFields>,
    /// Persistent Chat (its own pool, or the role on a Standard Edition server).
    pub chat: Option<ChatFields>,
}

/// What failed: the whole pool, or the servers and stores picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FailureFields {
    /// Servers are picked one by one (not the whole pool).
    pub pick_servers: bool,
    /// Among them, the Back End (a Front End pool's).
    pub back_end: bool,
    /// Among them, the Persistent Chat store.
    pub chat_store: bool,
    /// Machines outside the pool can be lost: the note saying they are lost only when ticked.
    pub outside_note: bool,
    /// The file store's server failed.
    pub file_store: bool,
    /// The whole pool failed and the file store is not said lost: was it kept?
    pub file_store_kept: bool,
    /// The stand-alone Archiving store failed.
    pub archiving: bool,
    /// The stand-alone Monitoring store failed.
    pub monitoring: bool,
}

/// The Back End's fields beyond its SQL Server FQDN and instance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BackEndFields {
    /// It is in an Always On availability group (a version with them, or set).
    pub always_on: bool,
    /// The availability group's primary replica.
    pub primary_replica: bool,
    /// It is mirrored (a version with mirroring and no availability group, or set).
    pub mirrored: bool,
    /// Whether it is mirrored is not known.
    pub mirror_unknown: bool,
    /// The mirror, the witness and the side lost.
    pub mirror: bool,
}

/// The options of a Front End pool or a Standard Edition server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OptionsFields {
    /// The options are shown open: one of them is set.
    pub open: bool,
    /// Whether the pool hosts the Central Management store is not known.
    pub cms_unknown: bool,
    /// Whether the pool runs Response Group is not known.
    pub rgs_unknown: bool,
    /// A Front End pool's own: Mediation, backup pool, Archiving and Monitoring stores.
    pub front_end: bool,
    /// It fails over to its backup pool (one is named).
    pub fail_over: bool,
    /// Where it fails over to: the Edge pool.
    pub fail_over_to: bool,
    /// The backup pool's SQL Server, which takes the Central Management store over.
    pub backup_sql: bool,
    /// The stand-alone Archiving store's SQL Server.
    pub archiving_sql: bool,
    /// The stand-alone Monitoring store's SQL Server.
    pub monitoring_sql: bool,
}

/// Persistent Chat's fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChatFields {
    /// Whether the role is deployed (asked of a Standard Edition server).
    pub enabled: bool,
    /// Its store, compliance and backup method.
    pub store: bool,
}

/// The parts of the form that apply to `plan`.
pub fn form_fields(plan: &Plan) -> FormFields {
    let kind = plan.kind;
    let fe = kind == PoolKind::FrontEnd;
    let se = kind == PoolKind::StandardEdition;
    let file_store = !plan.file_store.trim().is_empty();
    let archiving = plan.archiving.location == StoreLocation::StandAlone;
    let monitoring = plan.monitoring.location == StoreLocation::StandAlone;
    let whole = plan.failure.whole_pool;
    let back_end = &plan.back_end;
    let fail_over = fe && !plan.backup_pool.trim().is_empty();
    FormFields {
        standard_edition: se,
        failure: (!se).then_some(FailureFields {
            pick_servers: !whole,
            back_end: !whole && fe,
            chat_store: !whole && kind == PoolKind::PersistentChat,
            outside_note: fe && (file_store || archiving || monitoring),
            file_store: fe && file_store,
            file_store_kept: fe && whole && file_store && !plan.failure.file_store,
            archiving: fe && archiving,
            monitoring: fe && monitoring,
        }),
        back_end: fe.then_some(BackEndFields {
            always_on: plan.version.has_always_on() || back_end.always_on,
            primary_replica: plan.always_on(),
            mirrored: (plan.version.has_mirroring() && !plan.always_on()) || back_end.mirrored,
            mirror_unknown: plan.mirror_unknown() || back_end.mirror_unknown && !plan.mirrored(),
            mirror: plan.mirrored(),
        }),
        options: (fe || se).then_some(OptionsFields {
            open: plan.hosts_cms
                || plan.cms_unknown
                || plan.response_group
                || plan.response_group_unknown
                || !plan.file_store.is_empty()
                || !plan.backup_pool.is_empty(),
            cms_unknown: !plan.hosts_cms,
            rgs_unknown: !plan.response_group,
            front_end: fe,
            fail_over,
            fail_over_to: fail_over && plan.fail_over,
            backup_sql: fail_over && plan.fail_over && plan.hosts_cms,
            archiving_sql: fe && archiving,
            monitoring_sql: fe && monitoring,
        }),
        chat: (kind == PoolKind::PersistentChat || se).then_some(ChatFields {
            enabled: se,
            store: !se || plan.persistent_chat.enabled,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::description::example::example_plan;
    use crate::plan::description::model::Version;

    fn plan(kind: PoolKind) -> Plan {
        Plan {
            kind,
            ..Plan::default()
        }
    }

    #[test]
    fn each_pool_kind_has_its_fieldsets() {
        let fe = form_fields(&plan(PoolKind::FrontEnd));
        assert!(!fe.standard_edition);
        assert!(fe.failure.is_some() && fe.back_end.is_some() && fe.options.is_some());
        assert_eq!(fe.chat, None);
        let se = form_fields(&plan(PoolKind::StandardEdition));
        assert!(se.standard_edition && se.failure.is_none() && se.back_end.is_none());
        assert!(se.options.is_some_and(|o| !o.front_end));
        assert_eq!(
            se.chat,
            Some(ChatFields {
                enabled: true,
                store: false
            })
        );
        let chat = form_fields(&plan(PoolKind::PersistentChat));
        assert!(chat.failure.is_some() && chat.back_end.is_none() && chat.options.is_none());
        assert_eq!(
            chat.chat,
            Some(ChatFields {
                enabled: false,
                store: true
            })
        );
        for kind in [PoolKind::Director, PoolKind::Mediation, PoolKind::Edge] {
            let f = form_fields(&plan(kind));
            assert!(f.failure.is_some(), "{kind:?}");
            assert!(f.back_end.is_none() && f.options.is_none() && f.chat.is_none());
        }
    }

    #[test]
    fn what_failed_is_asked_as_the_pool_and_its_stores_need() {
        let mut p = example_plan();
        p.failure.whole_pool = false;
        p.failure.file_store = false;
        p.file_store = r"\\fs01\share".into();
        let f = form_fields(&p).failure.expect("front end");
        assert!(f.pick_servers && f.back_end && !f.chat_store);
        assert!(f.outside_note && f.file_store && !f.file_store_kept);
        p.failure.whole_pool = true;
        let f = form_fields(&p).failure.expect("front end");
        assert!(!f.pick_servers && !f.back_end && f.file_store_kept);
        p.failure.file_store = true;
        assert!(!form_fields(&p).failure.expect("front end").file_store_kept);
        let mut chat = plan(PoolKind::PersistentChat);
        chat.failure.whole_pool = false;
        let f = form_fields(&chat).failure.expect("chat pool");
        assert!(f.chat_store && !f.back_end && !f.outside_note && !f.file_store);
    }

    #[test]
    fn the_back_end_asks_what_its_version_has_or_what_is_set() {
        let mut p = plan(PoolKind::FrontEnd);
        p.version = Version::Lync2013;
        let b = form_fields(&p).back_end.expect("front end");
        assert!(!b.always_on && b.mirrored && !b.mirror && !b.primary_replica);
        p.back_end.mirrored = true;
        assert!(form_fields(&p).back_end.is_some_and(|b| b.mirror));
        // Set where the version cannot have it: still shown, so that it can be unset.
        p.back_end.always_on = true;
        assert!(
            form_fields(&p)
                .back_end
                .is_some_and(|b| b.always_on && !b.primary_replica)
        );
        p.version = Version::SfB2019;
        p.back_end.mirrored = false;
        let b = form_fields(&p).back_end.expect("front end");
        assert!(b.always_on && b.primary_replica && !b.mirrored && !b.mirror);
        p.back_end.always_on = false;
        p.back_end.mirror_unknown = true;
        assert!(form_fields(&p).back_end.is_some_and(|b| b.mirror_unknown));
    }

    #[test]
    fn options_follow_the_failover_and_the_stand_alone_stores() {
        let mut p = plan(PoolKind::FrontEnd);
        let o = form_fields(&p).options.expect("front end");
        assert!(!o.open && o.front_end && !o.fail_over && o.cms_unknown && o.rgs_unknown);
        p.backup_pool = "pool02.contoso.com".into();
        p.hosts_cms = true;
        let o = form_fields(&p).options.expect("front end");
        assert!(o.open && o.fail_over && !o.fail_over_to && !o.cms_unknown);
        p.fail_over = true;
        let o = form_fields(&p).options.expect("front end");
        assert!(o.fail_over_to && o.backup_sql);
        p.archiving.location = StoreLocation::StandAlone;
        let o = form_fields(&p).options.expect("front end");
        assert!(o.archiving_sql && !o.monitoring_sql);
        let mut se = plan(PoolKind::StandardEdition);
        se.backup_pool = "pool02.contoso.com".into();
        se.fail_over = true;
        let o = form_fields(&se).options.expect("standard edition");
        assert!(!o.front_end && !o.fail_over && !o.archiving_sql);
        se.persistent_chat.enabled = true;
        assert!(form_fields(&se).chat.is_some_and(|c| c.store));
    }
}
