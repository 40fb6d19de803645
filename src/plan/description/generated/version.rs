// Generated from src/content/versions.toml by build/ (`cargo run -p lync-restore-content`); do not edit.
// The test command fails while this file is stale.

keyed! {
    /// The product the pool runs (`src/content/versions.toml`). Microsoft publishes restore
    /// procedures for the first only; a binder for a later version follows them, adapted, and
    /// says so.
    pub enum Version {
        /// Lync Server 2013 (topology ServiceVersion 6).
        #[default]
        Lync2013 = "lync2013",
        /// Skype for Business Server 2015 (ServiceVersion 7).
        SfB2015 = "sfb2015",
        /// Skype for Business Server 2019 (ServiceVersion 8).
        SfB2019 = "sfb2019",
        /// Skype for Business Server Subscription Edition (an in-place upgrade of 2019; ServiceVersion 8, read as 2019).
        SubscriptionEdition = "sfbse",
    }
}

impl Version {
    /// The product's name as each language writes it (`[product]` in the texts).
    pub fn name(self) -> Message {
        Message::new(match self {
            Version::Lync2013 => key::PRODUCT_LYNC2013,
            Version::SfB2015 => key::PRODUCT_SFB2015,
            Version::SfB2019 => key::PRODUCT_SFB2019,
            Version::SubscriptionEdition => key::PRODUCT_SFBSE,
        })
    }

    /// The SQL Server versions its Back End may run, as each language says them (`[sql_versions]`).
    pub fn sql_versions(self) -> Key {
        match self {
            Version::Lync2013 => key::SQL_VERSIONS_LYNC2013,
            Version::SfB2015 => key::SQL_VERSIONS_SFB2015,
            Version::SfB2019 => key::SQL_VERSIONS_SFB2019,
            Version::SubscriptionEdition => key::SQL_VERSIONS_SFBSE,
        }
    }

    /// True when Microsoft publishes step-by-step restore procedures for it: its binder follows them as written, not adapted.
    pub fn restore_procedures(self) -> bool {
        match self {
            Version::Lync2013 => true,
            Version::SfB2015 => false,
            Version::SfB2019 => false,
            Version::SubscriptionEdition => false,
        }
    }

    /// The PowerShell module of its management shell.
    pub fn shell_module(self) -> &'static str {
        match self {
            Version::Lync2013 => "Lync",
            Version::SfB2015 => "SkypeForBusiness",
            Version::SfB2019 => "SkypeForBusiness",
            Version::SubscriptionEdition => "SkypeForBusiness",
        }
    }

    /// True when it has the Persistent Chat role.
    pub fn has_persistent_chat(self) -> bool {
        match self {
            Version::Lync2013 => true,
            Version::SfB2015 => true,
            Version::SfB2019 => false,
            Version::SubscriptionEdition => false,
        }
    }

    /// True when it supports SQL Server mirroring for the Back End.
    pub fn has_mirroring(self) -> bool {
        match self {
            Version::Lync2013 => true,
            Version::SfB2015 => true,
            Version::SfB2019 => false,
            Version::SubscriptionEdition => false,
        }
    }

    /// True when it supports a Back End in a SQL Server Always On availability group.
    pub fn has_always_on(self) -> bool {
        match self {
            Version::Lync2013 => false,
            Version::SfB2015 => true,
            Version::SfB2019 => true,
            Version::SubscriptionEdition => true,
        }
    }

    /// True when it accepts an Enterprise Edition Front End pool of two servers.
    pub fn allows_two_front_end_pool(self) -> bool {
        match self {
            Version::Lync2013 => true,
            Version::SfB2015 => true,
            Version::SfB2019 => false,
            Version::SubscriptionEdition => false,
        }
    }

    /// The most Front End Servers a pool may have.
    pub fn max_front_ends(self) -> usize {
        match self {
            Version::Lync2013 => 12,
            Version::SfB2015 => 12,
            Version::SfB2019 => 16,
            Version::SubscriptionEdition => 16,
        }
    }

    /// The version an imported topology's `ServiceVersion` is read as: the first with that
    /// number (`None`: none has it).
    pub fn from_service_version(number: u32) -> Option<Version> {
        match number {
            6 => Some(Version::Lync2013),
            7 => Some(Version::SfB2015),
            8 => Some(Version::SfB2019),
            _ => None,
        }
    }

    /// The `ServiceVersion` a topology of this version is published with (`None`: not read
    /// from a topology).
    pub fn service_version(self) -> Option<u32> {
        match self {
            Version::Lync2013 => Some(6),
            Version::SfB2015 => Some(7),
            Version::SfB2019 => Some(8),
            Version::SubscriptionEdition => Some(8),
        }
    }
}
