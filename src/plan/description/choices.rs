//! The choices of the form and the plan file: each a fieldless enum with its stable machine
//! name, which the form's value and serde's name share, and what the product version allows.
//! Plan files ever written name these values: a value is never renamed.

use serde::{Deserialize, Serialize};

use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Texts, key};

/// A fieldless enum of the form and the plan file, each value with its stable machine name,
/// written once: the form's value (`key`, `from_key`) and serde's name are the same string.
macro_rules! keyed {
    ($(#[$meta:meta])* pub enum $ty:ident {
        $($(#[$vmeta:meta])* $variant:ident = $key:literal,)*
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $ty {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant,)*
        }

        impl $ty {
            /// Every value, in the order the form offers them.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// Stable machine name.
            pub fn key(self) -> &'static str {
                match self {
                    $($ty::$variant => $key),*
                }
            }

            /// Inverse of `key`.
            pub fn from_key(key: &str) -> Option<$ty> {
                match key {
                    $($key => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

keyed! {
    /// The kind of pool being restored; it decides which Microsoft procedures apply.
    pub enum PoolKind {
        /// Enterprise Edition Front End pool with a SQL Server Back End.
        #[default]
        FrontEnd = "front_end",
        /// Standard Edition server (its own pool, SQL Express collocated).
        StandardEdition = "standard_edition",
        /// Director pool.
        Director = "director",
        /// Stand-alone Mediation pool.
        Mediation = "mediation",
        /// Persistent Chat pool (Persistent Chat Front End Servers, `mgc` store).
        PersistentChat = "persistent_chat",
        /// Edge pool (perimeter network, not domain-joined).
        Edge = "edge",
    }
}

impl PoolKind {
    /// Its name as the form labels it, said by `texts`.
    pub fn label(self, texts: Texts) -> &'static str {
        let s = texts.labels();
        match self {
            PoolKind::FrontEnd => s.kind_front_end(),
            PoolKind::StandardEdition => s.kind_standard_edition(),
            PoolKind::Director => s.kind_director(),
            PoolKind::Mediation => s.kind_mediation(),
            PoolKind::PersistentChat => s.kind_persistent_chat(),
            PoolKind::Edge => s.kind_edge(),
        }
    }

    /// True for the pool kinds whose data lives on an Enterprise Edition Back End.
    pub fn has_back_end(self) -> bool {
        self == PoolKind::FrontEnd
    }
}

keyed! {
    /// The product the pool runs. Microsoft publishes restore procedures for Lync Server 2013
    /// only; a binder for a later version follows them, adapted, and says so.
    pub enum Version {
        /// Lync Server 2013 (topology ServiceVersion 6).
        #[default]
        Lync2013 = "lync2013",
        /// Skype for Business Server 2015 (ServiceVersion 7).
        SfB2015 = "sfb2015",
        /// Skype for Business Server 2019 (ServiceVersion 8).
        SfB2019 = "sfb2019",
        /// Skype for Business Server Subscription Edition (an in-place upgrade of 2019;
        /// ServiceVersion 8).
        SubscriptionEdition = "sfbse",
    }
}

impl Version {
    /// The product's name as each language writes it ("Skype Entreprise Server" in French).
    pub fn name(self) -> Message {
        Message::new(match self {
            Version::Lync2013 => key::PRODUCT_LYNC2013,
            Version::SfB2015 => key::PRODUCT_SFB2015,
            Version::SfB2019 => key::PRODUCT_SFB2019,
            Version::SubscriptionEdition => key::PRODUCT_SFBSE,
        })
    }

    /// True when the product has the Persistent Chat role: Skype for Business Server 2019
    /// removed it ("Persistent chat can't be deployed with Skype for Business Server 2019. This
    /// server role is removed from Topology Builder, as well as from the code":
    /// MicrosoftDocs/OfficeDocs-SkypeForBusiness, `Skype/SfBServer2019/deprecated.md`), and
    /// Subscription Edition is an upgrade of 2019.
    pub fn has_persistent_chat(self) -> bool {
        matches!(self, Version::Lync2013 | Version::SfB2015)
    }

    /// True when the product supports a Back End in a SQL Server Always On availability group
    /// (Skype for Business Server 2015 and later; `src/content/versions.toml` cites the source).
    pub fn has_always_on(self) -> bool {
        self != Version::Lync2013
    }

    /// True when the product accepts an Enterprise Edition Front End pool of two servers:
    /// "Skype for Business Server 2019 does not support Enterprise Edition Front End pools with
    /// two Front End Servers" (`Skype/SfbServer/plan-your-deployment/high-availability-and-
    /// disaster-recovery/high-availability.md`).
    pub fn allows_two_front_end_pool(self) -> bool {
        matches!(self, Version::Lync2013 | Version::SfB2015)
    }

    /// The most Front End Servers a pool may have: 12 until Skype for Business Server 2015, 16
    /// from 2019 ("The maximum number of Front End Servers in a pool is 16":
    /// `Skype/SfBServer2019/plan/capacity2019.md`).
    pub fn max_front_ends(self) -> usize {
        match self {
            Version::Lync2013 | Version::SfB2015 => 12,
            Version::SfB2019 | Version::SubscriptionEdition => 16,
        }
    }

    /// True when the product supports SQL Server mirroring for the Back End: "SQL Mirroring
    /// can't be deployed with Skype for Business Server 2019" (`Skype/SfBServer2019/deprecated.md`).
    pub fn has_mirroring(self) -> bool {
        matches!(self, Version::Lync2013 | Version::SfB2015)
    }
}

keyed! {
    /// Which side of a mirrored Back End was lost.
    pub enum MirrorLoss {
        /// Both the primary and the mirror (or a Back End that is not mirrored).
        #[default]
        Both = "both",
        /// Only the primary SQL Server; the mirror survived.
        Primary = "primary",
        /// Only the mirror SQL Server; the primary survived.
        Mirror = "mirror",
    }
}

keyed! {
    /// Where an Archiving or Monitoring database lives.
    pub enum StoreLocation {
        /// Not deployed for this pool.
        #[default]
        None = "none",
        /// Collocated on the pool's Back End SQL Server.
        Collocated = "collocated",
        /// On a stand-alone SQL Server.
        StandAlone = "stand_alone",
    }
}

keyed! {
    /// How the Persistent Chat database was backed up (the restore must use the same method).
    pub enum ChatBackupMethod {
        /// SQL Server backup; restore with SQL Server.
        #[default]
        SqlBackup = "sql_backup",
        /// `Export-CsPersistentChatData`; restore with `Import-CsPersistentChatData`.
        Export = "export",
    }
}
