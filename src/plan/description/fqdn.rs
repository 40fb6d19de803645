//! Host name (FQDN), SQL instance and UNC share checks, each with a message that says what
//! is wrong in words an administrator recognises. Pure and total: any string is accepted as
//! input and answered with `Ok` or a [`NameProblem`].

use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// What is wrong with a name the user typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing typed.
    Empty,
    /// A single label: Lync needs the fully qualified name.
    NotQualified,
    /// Longer than 253 characters.
    TooLong,
    /// Two dots in a row, or a leading dot.
    EmptyLabel,
    /// A label longer than 63 characters.
    LabelTooLong(String),
    /// A label starting with a hyphen.
    LeadingHyphen(String),
    /// A label ending with a hyphen.
    TrailingHyphen(String),
    /// A character outside letters, digits and hyphens.
    BadCharacter(char),
    /// The last label is all digits (an IP address, or a typo).
    NumericTld,
    /// A share that is not `\\server\share`.
    NotUnc,
    /// An instance name with a character SQL Server refuses.
    BadInstance(char),
    /// An instance name longer than 16 characters.
    InstanceTooLong,
}

impl NameProblem {
    /// The message shown next to the field.
    pub fn message(&self) -> Message {
        match self {
            NameProblem::Empty => Message::new(key::NAME_EMPTY),
            NameProblem::NotQualified => Message::new(key::NAME_NOT_QUALIFIED),
            NameProblem::TooLong => Message::new(key::NAME_TOO_LONG),
            NameProblem::EmptyLabel => Message::new(key::NAME_EMPTY_LABEL),
            NameProblem::LabelTooLong(l) => Message::new(key::NAME_LABEL_TOO_LONG).with("label", l),
            NameProblem::LeadingHyphen(l) => {
                Message::new(key::NAME_LEADING_HYPHEN).with("label", l)
            }
            NameProblem::TrailingHyphen(l) => {
                Message::new(key::NAME_TRAILING_HYPHEN).with("label", l)
            }
            NameProblem::BadCharacter(c) => Message::new(key::NAME_BAD_CHARACTER).with("char", c),
            NameProblem::NumericTld => Message::new(key::NAME_NUMERIC_TLD),
            NameProblem::NotUnc => Message::new(key::NAME_NOT_UNC),
            NameProblem::BadInstance(c) => Message::new(key::NAME_BAD_INSTANCE).with("char", c),
            NameProblem::InstanceTooLong => Message::new(key::NAME_INSTANCE_TOO_LONG),
        }
    }
}

/// Checks a fully qualified domain name (surrounding spaces are ignored; one trailing dot is allowed).
pub fn check_fqdn(input: &str) -> Result<(), NameProblem> {
    let name = input.trim();
    let name = name.strip_suffix('.').unwrap_or(name);
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '.'))
    {
        return Err(NameProblem::BadCharacter(c));
    }
    if name.len() > 253 {
        return Err(NameProblem::TooLong);
    }
    let labels: Vec<&str> = name.split('.').collect();
    for label in &labels {
        if label.is_empty() {
            return Err(NameProblem::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(NameProblem::LabelTooLong(
                label.chars().take(20).collect::<String>() + "…",
            ));
        }
        if label.starts_with('-') {
            return Err(NameProblem::LeadingHyphen((*label).to_string()));
        }
        if label.ends_with('-') {
            return Err(NameProblem::TrailingHyphen((*label).to_string()));
        }
    }
    if labels.len() < 2 {
        return Err(NameProblem::NotQualified);
    }
    if labels
        .last()
        .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(NameProblem::NumericTld);
    }
    Ok(())
}

/// The name SQL Server gives its default instance. A plan says "default instance" with it: the
/// commands then leave `-SqlInstanceName` out (its default), and nothing is shown after a
/// backslash.
pub const DEFAULT_INSTANCE: &str = "MSSQLSERVER";

/// True when `instance` names the SQL Server default instance.
pub fn is_default_instance(instance: &str) -> bool {
    instance.trim().eq_ignore_ascii_case(DEFAULT_INSTANCE)
}

/// `sql\instance` as an admin reads it; the default instance is said in words (`lang` text).
pub fn sql_label(fqdn: &str, instance: &str, default_text: &str) -> String {
    if is_default_instance(instance) || instance.trim().is_empty() {
        format!("{fqdn} ({default_text})")
    } else {
        format!("{fqdn}\\{}", instance.trim())
    }
}

/// Checks a SQL Server instance name. The answer is required: a named instance, or
/// [`DEFAULT_INSTANCE`] for the default one.
pub fn check_instance(input: &str) -> Result<(), NameProblem> {
    let name = input.trim();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().count() > 16 {
        return Err(NameProblem::InstanceTooLong);
    }
    match name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '$'))
    {
        Some(c) => Err(NameProblem::BadInstance(c)),
        None => Ok(()),
    }
}

/// Checks a file store share `\\server\share[\path]`; returns the server part.
pub fn check_unc(input: &str) -> Result<&str, NameProblem> {
    let share = input.trim();
    if share.is_empty() {
        return Err(NameProblem::Empty);
    }
    let rest = share.strip_prefix(r"\\").ok_or(NameProblem::NotUnc)?;
    let mut parts = rest.split('\\');
    let server = parts.next().unwrap_or_default();
    let name = parts.next().unwrap_or_default();
    if server.is_empty() || name.trim().is_empty() {
        return Err(NameProblem::NotUnc);
    }
    if let Some(c) = name.chars().find(|c| "/:*?\"<>|".contains(*c)) {
        return Err(NameProblem::BadCharacter(c));
    }
    // A file server may be given by its short NetBIOS name; only its characters are checked.
    match check_fqdn(server) {
        Ok(()) | Err(NameProblem::NotQualified) => Ok(server),
        Err(e) => Err(e),
    }
}
/// A host name that passed [`check_fqdn`], as commands write it (trimmed, without the trailing
/// dot). Made only by [`Fqdn::parse`], so holding one means it was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fqdn(String);

impl Fqdn {
    /// The name, if `input` is a valid FQDN.
    pub fn parse(input: &str) -> Result<Fqdn, NameProblem> {
        check_fqdn(input).map(|()| Fqdn(input.trim().trim_end_matches('.').to_string()))
    }

    /// The name as commands write it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A SQL Server instance that passed [`check_instance`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Instance {
    /// The default instance ([`DEFAULT_INSTANCE`]): commands leave `-SqlInstanceName` out.
    Default,
    /// A named instance, trimmed.
    Named(String),
}

impl Instance {
    /// The instance, if `input` is a valid instance name.
    pub fn parse(input: &str) -> Result<Instance, NameProblem> {
        check_instance(input)?;
        Ok(if is_default_instance(input) {
            Instance::Default
        } else {
            Instance::Named(input.trim().to_string())
        })
    }
}

/// A share `\\server\share[\path]` that passed [`check_unc`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    path: String,
    server: String,
}

impl Share {
    /// The share, if `input` is a valid one.
    pub fn parse(input: &str) -> Result<Share, NameProblem> {
        let server = check_unc(input)?.to_string();
        Ok(Share {
            path: input.trim().to_string(),
            server,
        })
    }

    /// The share as typed (trimmed).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Its server part.
    pub fn server(&self) -> &str {
        &self.server
    }
}
