//! Plan ↔ text, for the two ways a plan leaves the app: a link (`#plan=v2.<base64url>.<check>`
//! in the URL fragment, which browsers never send to the server; links of the first version,
//! `#plan=v1.<base64url>` without the check, still open) and a plan file (JSON). A link's check
//! (FNV-1a of the plan's text) refuses a link altered in transit, so a changed character never
//! opens as another plan. Decoding is
//! total: any input gives a plan or a typed [`DecodeError`] that says what happened and what to
//! do; sizes are checked before anything is parsed; older formats are migrated, newer refused.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::plan::description::model::{FORMAT_VERSION, Plan};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::plan::formats::json_text::{JsonText, read};
use crate::plan::formats::shape::{PLAN, SESSION};
use crate::plan::planning::progress::{Progress, Session};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// Prefix of a plan link's fragment, before the version.
pub const LINK_PREFIX: &str = "#plan=";
/// Version of the links this build writes: 2 adds the check to version 1.
pub const LINK_VERSION: u64 = 2;
/// Largest fragment accepted (and produced).
pub const MAX_LINK_BYTES: usize = 64 * 1024;
/// Largest plan file accepted.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// Most member servers a decoded plan may carry (a pool has at most 12; room for typos).
pub const MAX_SERVERS: usize = 200;
/// Marker of this app's plan files.
pub const FILE_APP: &str = "lync-restore-planner";

/// Why a link, file or stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing to read.
    Empty,
    /// Bigger than the limit (sizes in bytes).
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Not a link made by this app (no `#plan=v…` prefix).
    NotALink,
    /// The link's text is cut or altered (base64 does not decode).
    Damaged,
    /// Not JSON, with the position of the first error (`0` when the reader does not say).
    NotJson {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
    },
    /// JSON, but not a plan of this app.
    NotAPlan,
    /// Made by a newer version of the app.
    NewerVersion(u64),
    /// A plan, but a field has the wrong type or value.
    BadField(String),
    /// More member servers than a plan may have.
    TooManyServers(usize),
}

impl DecodeError {
    /// The message shown to the user: what happened, and what to do.
    pub fn message(&self) -> Message {
        match self {
            DecodeError::Empty => Message::new(key::DECODE_EMPTY),
            DecodeError::TooLarge { size, limit } => Message::new(key::DECODE_TOO_LARGE)
                .size("size", *size)
                .size("limit", *limit),
            DecodeError::NotALink => Message::new(key::DECODE_NOT_A_LINK),
            DecodeError::Damaged => Message::new(key::DECODE_DAMAGED),
            DecodeError::NotJson { line: 0, .. } => Message::new(key::DECODE_NOT_JSON),
            DecodeError::NotJson { line, column } => Message::new(key::DECODE_NOT_JSON_AT)
                .with("line", line)
                .with("column", column),
            DecodeError::NotAPlan => Message::new(key::DECODE_NOT_A_PLAN),
            DecodeError::NewerVersion(v) => Message::new(key::DECODE_NEWER_VERSION)
                .with("version", v)
                .with("current", FORMAT_VERSION),
            DecodeError::BadField(what) => Message::new(key::DECODE_BAD_FIELD).with("what", what),
            DecodeError::TooManyServers(n) => Message::new(key::DECODE_TOO_MANY_SERVERS)
                .with("count", n)
                .with("max", MAX_SERVERS),
        }
    }
}

/// The plan file (format 1): the plan, and the progress if the user chose to include it.
/// Read with every part optional, so each missing part gets its own error.
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct PlanFile {
    app: String,
    format_version: u64,
    plan: Option<Plan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    progress: Option<Progress>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    site: Vec<Plan>,
}

/// The fragment of a link carrying `plan` (`#plan=v2.….<check>`), or `None` if it would exceed
/// [`MAX_LINK_BYTES`] (then the plan file is the way to share it).
pub fn encode_link(json: &impl JsonText, plan: &Plan) -> Option<String> {
    // Fields equal to their defaults are not serialised (see `model`), so links stay short.
    let json = json.write(plan);
    let link = format!(
        "{LINK_PREFIX}v{LINK_VERSION}.{}.{:08x}",
        URL_SAFE_NO_PAD.encode(&json),
        check(json.as_bytes())
    );
    (link.len() <= MAX_LINK_BYTES).then_some(link)
}

/// The check of a link's payload: 32-bit FNV-1a.
fn check(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

/// True when `fragment` is meant to be a plan link (even a damaged one).
pub fn is_link(fragment: &str) -> bool {
    fragment.starts_with(LINK_PREFIX)
}

/// Reads a plan link's fragment (with or without the leading `#`).
pub fn decode_link<J: JsonText>(json: &J, fragment: &str) -> Result<Plan, DecodeError> {
    if fragment.len() > MAX_LINK_BYTES {
        return Err(DecodeError::TooLarge {
            size: fragment.len(),
            limit: MAX_LINK_BYTES,
        });
    }
    let body = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(&LINK_PREFIX[1..])
        .ok_or(DecodeError::NotALink)?;
    let (version, data) = body.split_once('.').ok_or(DecodeError::Damaged)?;
    let version: u64 = version
        .strip_prefix('v')
        .and_then(|v| v.parse().ok())
        .ok_or(DecodeError::Damaged)?;
    if version > LINK_VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    if version == 0 {
        return Err(DecodeError::Damaged);
    }
    // Version 2 ends with the check: eight lowercase hex digits.
    let (data, expected) = if version >= 2 {
        let (data, hex) = data.rsplit_once('.').ok_or(DecodeError::Damaged)?;
        let well_formed = hex.len() == 8
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        let value = u32::from_str_radix(hex, 16).ok().filter(|_| well_formed);
        (data, Some(value.ok_or(DecodeError::Damaged)?))
    } else {
        (data, None)
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| DecodeError::Damaged)?;
    if expected.is_some_and(|value| value != check(&bytes)) {
        return Err(DecodeError::Damaged);
    }
    let text = String::from_utf8(bytes).map_err(|_| DecodeError::Damaged)?;
    let doc = json.parse(&text).map_err(|_| DecodeError::Damaged)?;
    let probe = Probe::of(json, &doc)?;
    decode_bare(json, doc, &probe)
}

/// A plan file's text for `session`; progress included only when `with_progress`.
pub fn encode_file(json: &impl JsonText, session: &Session, with_progress: bool) -> String {
    let file = PlanFile {
        app: FILE_APP.into(),
        format_version: u64::from(FORMAT_VERSION),
        plan: Some(session.plan.clone()),
        progress: with_progress.then(|| session.progress.clone()),
        site: session.site.clone(),
    };
    json.write_pretty(&file) + "\n"
}

/// Reads a plan file: this app's file (any version up to this one) or a bare plan as the
/// command-line tool reads. Progress comes back when the file carries it.
pub fn decode_file<J: JsonText>(json: &J, bytes: &[u8]) -> Result<Session, DecodeError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge {
            size: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| not_json(bytes, e.valid_up_to()))?;
    let doc = json.parse(text).map_err(|e| DecodeError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    let probe = Probe::of(json, &doc)?;
    if probe.app.as_deref() != Some(FILE_APP) {
        return Ok(Session {
            plan: decode_bare(json, doc, &probe)?,
            ..Session::default()
        });
    }
    check_version(probe.format_version, true)?;
    let file: PlanFile = read(json, doc, &SESSION).map_err(DecodeError::BadField)?;
    if file.site.len() > MAX_SERVERS {
        return Err(DecodeError::TooManyServers(file.site.len()));
    }
    let plan = finish(file.plan.ok_or(DecodeError::NotAPlan)?)?;
    let site = file
        .site
        .into_iter()
        .map(finish)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Session {
        plan,
        progress: file.progress.unwrap_or_default(),
        site,
    })
}

/// The top-level keys that tell what a JSON document is (read before the real parse; a key of
/// the wrong type means the document is not a plan).
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    app: Option<String>,
    #[serde(default)]
    format_version: Option<u64>,
    #[serde(default)]
    kind: Option<IgnoredAny>,
    #[serde(default)]
    pool_fqdn: Option<IgnoredAny>,
    #[serde(default)]
    servers: Option<IgnoredAny>,
}

impl Probe {
    fn of<J: JsonText>(json: &J, doc: &J::Doc) -> Result<Probe, DecodeError> {
        if !json.is_object(doc) {
            return Err(DecodeError::NotAPlan);
        }
        json.typed(doc.clone()).map_err(|_| DecodeError::NotAPlan)
    }

    /// One of the keys of a bare plan is there.
    fn plan_keys(&self) -> bool {
        self.kind.is_some() || self.pool_fqdn.is_some() || self.servers.is_some()
    }
}

/// Where text that is not UTF-8 stops being readable, as a JSON error (the column counts
/// characters: UTF-8 continuation bytes are not counted).
fn not_json(bytes: &[u8], valid: usize) -> DecodeError {
    let before = &bytes[..valid.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    DecodeError::NotJson {
        line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
        column: 1 + before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count(),
    }
}

/// Refuses versions this build cannot read; `required` when the document must state one.
fn check_version(version: Option<u64>, required: bool) -> Result<(), DecodeError> {
    match version {
        None if required => Err(DecodeError::NotAPlan),
        Some(0) => Err(DecodeError::NotAPlan),
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(DecodeError::NewerVersion(v)),
        _ => Ok(()),
    }
}

/// A decoded plan brought to the current version (only version 1 exists: nothing to migrate
/// yet), within the limits.
fn finish(mut plan: Plan) -> Result<Plan, DecodeError> {
    check_version(Some(u64::from(plan.format_version)), true)?;
    if plan.servers.len() > MAX_SERVERS {
        return Err(DecodeError::TooManyServers(plan.servers.len()));
    }
    plan.format_version = FORMAT_VERSION;
    Ok(plan)
}

/// A bare plan (plan fields at the top, `format_version` optional: a hand-written plan may
/// leave it out, it is then version 1).
fn decode_bare<J: JsonText>(json: &J, doc: J::Doc, probe: &Probe) -> Result<Plan, DecodeError> {
    if !probe.plan_keys() {
        return Err(DecodeError::NotAPlan);
    }
    check_version(probe.format_version, false)?;
    let plan: Plan = read(json, doc, &PLAN).map_err(DecodeError::BadField)?;
    finish(plan)
}
