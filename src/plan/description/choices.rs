//! The choices of the form and the plan file: each a fieldless enum with its stable machine
//! name, which the form's value and serde's name share, and what the product version allows.
//! Plan files ever written name these values: a value is never renamed.

use serde::{Deserialize, Serialize};

use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Key, Texts, key};

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

// `Version`: one variant per product version of `src/content/versions.toml`, with what each has.
include!("generated/version.rs");

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
