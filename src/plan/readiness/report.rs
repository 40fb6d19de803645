//! Reads a readiness report back against the plan it was written for. Untrusted input: its size
//! is checked before anything is parsed, the JSON is read strictly (unknown fields, wrong types
//! and oversized lists refused, with the field's path), and a report made for another plan (its
//! fingerprint) is refused; the plan is never touched. Total: any bytes give a report or a typed
//! [`ReportError`].

use serde::Deserialize;

use crate::plan::description::model::Plan;
use crate::plan::description::readiness::{Check, LivePool, Observed, Readiness, Status};
use crate::plan::formats::json_text::{JsonText, read};
use crate::plan::formats::shape::OBJECT;
use crate::plan::import::import_topology;
use crate::plan::readiness::scripts::items;
use crate::plan::texts::lang::Lang;
use crate::plan::texts::message::Message;
use crate::plan::texts::table::key;

/// What every report says it is.
pub const REPORT_APP: &str = "lync-restore-readiness";
/// The report format this build writes and reads.
pub const REPORT_VERSION: u32 = 1;
/// Largest report accepted (it carries the published topology, which the importer reads up to
/// its own limit).
pub const MAX_REPORT_BYTES: usize = 8 * 1024 * 1024;
/// Most checks, pools or members a report may carry.
const MAX_ITEMS: usize = 2000;
/// Longest text of a report.
const MAX_TEXT: usize = 4000;

/// Why a report could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportError {
    /// Nothing to read.
    Empty,
    /// Bigger than [`MAX_REPORT_BYTES`] (its size).
    TooLarge(usize),
    /// Not JSON (line and column, 0 when unknown).
    NotJson(usize, usize),
    /// JSON, but not a readiness report.
    NotAReport,
    /// A newer report format (its version).
    NewerVersion(u64),
    /// A field is wrong (its path and serde's message), or a list or text is too long.
    BadField(String),
    /// Written for another plan, or for this plan before it changed (the report's fingerprint).
    OtherPlan(String),
}

impl ReportError {
    /// What happened and what to do, in the page's words.
    pub fn message(&self) -> Message {
        match self {
            ReportError::Empty => Message::new(key::REPORT_EMPTY),
            ReportError::TooLarge(size) => Message::new(key::REPORT_TOO_LARGE)
                .size("size", *size)
                .size("limit", MAX_REPORT_BYTES),
            ReportError::NotJson(0, _) => Message::new(key::REPORT_NOT_JSON),
            ReportError::NotJson(line, column) => Message::new(key::REPORT_NOT_JSON_AT)
                .with("line", line)
                .with("column", column),
            ReportError::NotAReport => Message::new(key::REPORT_NOT_A_REPORT),
            ReportError::NewerVersion(v) => Message::new(key::REPORT_NEWER_VERSION)
                .with("version", v)
                .with("current", REPORT_VERSION),
            ReportError::BadField(what) => Message::new(key::REPORT_BAD_FIELD).with("what", what),
            ReportError::OtherPlan(fingerprint) => {
                Message::new(key::REPORT_OTHER_PLAN).with("fingerprint", fingerprint)
            }
        }
    }
}

/// The keys read before the whole report, to say what a document is.
#[derive(serde::Deserialize)]
struct Probe {
    #[serde(default)]
    app: Option<String>,
    #[serde(default)]
    format_version: Option<u64>,
}

/// A report as the check writes it (format 1).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportFile {
    #[allow(dead_code)]
    app: String,
    #[allow(dead_code)]
    format_version: u64,
    plan_fingerprint: String,
    pools: Vec<String>,
    computer: String,
    user: String,
    finished: String,
    checks: Vec<Check>,
    /// `Get-CsTopology -AsXml` as the check read it; empty when it could not.
    topology: String,
}

/// Reads `bytes` as the readiness report of `plans` (the pools of the plan whose fingerprint is
/// `fingerprint`); the topology it carries is read by the planner's importer, and only what it
/// says of these pools is kept.
pub fn read_report<J: JsonText>(
    json: &J,
    bytes: &[u8],
    fingerprint: &str,
    plans: &[Plan],
) -> Result<Readiness, ReportError> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(ReportError::TooLarge(bytes.len()));
    }
    // Windows PowerShell 5.1 writes UTF-8 with a byte order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReportError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReportError::NotJson(0, 0))?;
    let doc = json
        .parse(text)
        .map_err(|e| ReportError::NotJson(e.line, e.column))?;
    if !json.is_object(&doc) {
        return Err(ReportError::NotAReport);
    }
    let probe: Probe = json
        .typed(doc.clone())
        .map_err(|_| ReportError::NotAReport)?;
    if probe.app.as_deref() != Some(REPORT_APP) {
        return Err(ReportError::NotAReport);
    }
    match probe.format_version {
        Some(v) if v > u64::from(REPORT_VERSION) => return Err(ReportError::NewerVersion(v)),
        Some(0) | None => return Err(ReportError::NotAReport),
        Some(_) => {}
    }
    let report: ReportFile = read(json, doc, &OBJECT).map_err(ReportError::BadField)?;
    within_limits(&report)?;
    if !report.plan_fingerprint.eq_ignore_ascii_case(fingerprint) {
        return Err(ReportError::OtherPlan(report.plan_fingerprint.clone()));
    }
    let mut checks = report.checks;
    checks.extend(unchecked(&checks, plans));
    Ok(Readiness {
        observed: observed(&report.topology, plans),
        plan_fingerprint: report.plan_fingerprint,
        computer: report.computer,
        user: report.user,
        finished: report.finished,
        checks,
    })
}

/// A failed check for each thing the plan's readiness check checks and the report does not: a
/// report cut short, or written from an older script, must not read as all passed.
fn unchecked(checks: &[Check], plans: &[Plan]) -> Vec<Check> {
    let mut expected: Vec<(String, Vec<String>, String)> = Vec::new();
    for item in items(plans, Lang::En)
        .into_iter()
        .filter(|i| i.missing.is_empty())
    {
        let mut protects = vec!["prep.backup-files".to_string()];
        protects.extend(item.protects.iter().map(|p| p.to_string()));
        let id = format!("{}:{}", item.id, item.pool);
        match Some(item.of).filter(|a| !a.databases.is_empty()) {
            Some(a) => expected.extend(a.databases.iter().map(|db| {
                (
                    format!("{id}:{db}"),
                    protects.clone(),
                    format!("{db} ({})", item.sql),
                )
            })),
            None => expected.push((id, protects, item.path.clone())),
        }
    }
    for plan in plans {
        let pool = plan.pool_fqdn.trim();
        expected.push((
            format!("drift:members:{pool}"),
            vec!["prep.names".into()],
            pool.to_string(),
        ));
    }
    expected
        .into_iter()
        .filter(|(id, ..)| {
            !checks
                .iter()
                .any(|c| c.id == *id || c.id.starts_with(&format!("{id}:")))
        })
        .map(|(id, protects, what)| Check {
            detail: format!("The report does not check {what}."),
            say: "check.not_in_report".into(),
            args: vec![what],
            id,
            protects,
            status: Status::Failed,
        })
        .collect()
}

/// What the live topology says of `plans`' pools (nothing read when it is not a topology).
fn observed(topology: &str, plans: &[Plan]) -> Observed {
    let Ok(topology) = import_topology(topology.as_bytes()) else {
        return Observed::default();
    };
    let pools = plans
        .iter()
        .map(|plan| {
            let name = plan.pool_fqdn.trim();
            let live = topology
                .pools
                .iter()
                .find(|p| p.fqdn.eq_ignore_ascii_case(name))
                .map(|p| p.to_plan(&[]));
            match live {
                None => LivePool {
                    pool: name.to_string(),
                    ..LivePool::default()
                },
                Some(live) => LivePool {
                    pool: name.to_string(),
                    found: true,
                    members: live.members().into_iter().map(String::from).collect(),
                    back_end: live.back_end.sql_fqdn.clone(),
                    back_end_instance: live.back_end.sql_instance.clone(),
                    file_store: live.file_store.clone(),
                    version: live.version.key().to_string(),
                },
            }
        })
        .collect();
    Observed {
        read: true,
        cms_host: topology.cms_host.clone().unwrap_or_default(),
        pools,
    }
}

/// Refuses lists and texts too long to show (the topology is bounded by the file's size and
/// read by the importer, which has its own limits).
fn within_limits(r: &ReportFile) -> Result<(), ReportError> {
    let lists = [
        r.checks.len(),
        r.pools.len(),
        r.checks.iter().map(|c| c.protects.len()).max().unwrap_or(0),
    ];
    if lists.iter().any(|n| *n > MAX_ITEMS) {
        return Err(ReportError::BadField(format!(
            "more than {MAX_ITEMS} items"
        )));
    }
    let texts = [&r.plan_fingerprint, &r.computer, &r.user, &r.finished]
        .into_iter()
        .chain(r.pools.iter())
        .chain(r.checks.iter().flat_map(|c| [&c.id, &c.detail]))
        .chain(r.checks.iter().flat_map(|c| c.protects.iter()));
    for text in texts {
        if text.chars().count() > MAX_TEXT {
            return Err(ReportError::BadField(format!(
                "a text longer than {MAX_TEXT} characters"
            )));
        }
    }
    Ok(())
}
