//! What a binder says of the backups and of the last readiness report: the cover's lines, the
//! drift, each protected step's marks (on the step itself, so every output shows them where the
//! step is), and the "Before the incident" part with Microsoft's backup and
//! restoration worksheet filled from the plan. The command line prints it with the binder.

use std::rc::Rc;

use crate::plan::description::model::Plan;
use crate::plan::description::pool::Pool;
use crate::plan::description::readiness::{Check, Readiness, Status, drift};
use crate::plan::formats::markdown::escape;
use crate::plan::planning::checklist::Checklist;
use crate::plan::readiness::artefacts::Kind;
use crate::plan::readiness::scripts::{items, runs_on, say, share, why};
use crate::plan::texts::lang::Lang;
use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Texts, key};

/// One mark on a step: the catalogue step id, whether the check failed (else a warning), and
/// what it saw.
pub type Mark = (String, bool, String);

/// What a binder shows of the backups and of the readiness report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadinessView {
    /// The cover's lines: when and where the check last ran and how many checks passed, or why
    /// the kept report does not apply.
    pub lines: Vec<String>,
    /// Where the deployment left the plan.
    pub drift: Vec<String>,
    /// The marks of the checks that did not pass.
    pub marks: Vec<Mark>,
    /// The "Before the incident" part: its title, then its paragraphs, then the worksheet's
    /// caption.
    pub before: Vec<String>,
    /// The worksheet: its header row, then a row per artefact.
    pub sheet: Vec<Vec<String>>,
}

/// The view of `plans` (a pool, or a site's pools, first the one whose fingerprint is
/// `print_id`) and of their last readiness report, if any.
pub fn view(
    plans: &[Plan],
    report: Option<&Readiness>,
    print_id: &str,
    texts: Texts,
) -> ReadinessView {
    let mut v = ReadinessView {
        before: before(plans, texts.lang()),
        sheet: sheet(plans, texts.lang()),
        ..ReadinessView::default()
    };
    let Some(r) = report else {
        return v;
    };
    if !r.plan_fingerprint.eq_ignore_ascii_case(print_id) {
        v.lines.push(
            texts.render(
                &Message::new(key::READINESS_STALE).with("fingerprint", &r.plan_fingerprint),
            ),
        );
        return v;
    }
    let (done, total) = r.passed();
    v.lines.push(
        texts.render(
            &Message::new(key::READINESS_CHECKED)
                .with("finished", when(&r.finished))
                .with("computer", &r.computer)
                .with("done", done)
                .with("total", total),
        ),
    );
    v.drift = drift(r, plans).iter().map(|m| texts.render(m)).collect();
    for check in r.checks.iter().filter(|c| c.status != Status::Passed) {
        let failed = check.status == Status::Failed;
        let label = texts.get(if failed {
            key::READINESS_FAILED
        } else {
            key::READINESS_WARNING
        });
        let detail = format!(
            "{label}{} {}",
            texts.get(key::EXPORT_COLON),
            detail(check, texts.lang())
        );
        for step in &check.protects {
            v.marks.push((step.clone(), failed, detail.clone()));
        }
    }
    v
}

/// `list` with each mark on the steps it protects (a failed check first).
pub fn mark_steps(list: &mut Checklist, v: &ReadinessView) {
    for step in list
        .sections
        .iter_mut()
        .flat_map(|s| Rc::make_mut(s).steps.iter_mut())
    {
        let id = step.id.rsplit('/').next().unwrap_or_default();
        let mut marks: Vec<&Mark> = v.marks.iter().filter(|(p, ..)| p == id).collect();
        marks.sort_by_key(|(_, failed, _)| !failed);
        step.marks = marks.into_iter().map(|(.., d)| d.clone()).collect();
    }
}

/// What a check saw, in `lang` when the report says which words it used, else as written.
pub fn detail(check: &Check, lang: Lang) -> String {
    let words = say(lang, &check.say);
    if check.say.is_empty() || words.is_empty() {
        return check.detail.clone();
    }
    check
        .args
        .iter()
        .enumerate()
        .fold(words.to_string(), |text, (i, value)| {
            text.replace(&format!("{{{i}}}"), value)
        })
}

/// An ISO 8601 time as the check wrote it (`2026-12-05T02:10:00.0000000+01:00`), shortened to
/// `2026-12-05 02:10 (UTC+01:00)`; anything else as it is.
pub fn when(iso: &str) -> String {
    let (Some(date), Some(time)) = (iso.get(..10), iso.get(11..16)) else {
        return iso.to_string();
    };
    if iso.as_bytes().get(10) != Some(&b'T') {
        return iso.to_string();
    }
    let rest = iso.get(16..).unwrap_or_default();
    let offset = match rest.rfind(['+', '-']) {
        Some(at) => format!(" (UTC{})", &rest[at..]),
        None if rest.ends_with('Z') => " (UTC)".to_string(),
        None => String::new(),
    };
    format!("{date} {time}{offset}")
}

/// The cover's lines and the drift, then the binder (`markdown`), then the part before the
/// incident, as Markdown.
pub fn with_readiness_markdown(markdown: &str, v: &ReadinessView) -> String {
    let (title, rest) = markdown.split_once('\n').unwrap_or((markdown, ""));
    let mut out = format!("{title}\n");
    for line in v.lines.iter().chain(v.drift.iter()) {
        out.push_str(&format!("\n> {}\n", escape(line)));
    }
    out.push_str(rest);
    let mut part = v.before.iter();
    if let Some(heading) = part.next() {
        out.push_str(&format!("\n## {}\n", escape(heading)));
        let body: Vec<&String> = part.collect();
        if let Some((caption, paragraphs)) = body.split_last() {
            for p in paragraphs {
                out.push_str(&format!("\n{}\n", escape(p)));
            }
            out.push_str(&format!("\n**{}**\n\n", escape(caption)));
        }
        for (i, row) in v.sheet.iter().enumerate() {
            let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
            if i == 0 {
                out.push_str(&format!("|{}\n", " --- |".repeat(row.len())));
            }
        }
    }
    out
}

/// The part's title, paragraphs and the worksheet's caption.
fn before(plans: &[Plan], lang: Lang) -> Vec<String> {
    let Some(plan) = plans.first() else {
        return Vec::new();
    };
    let share = share(plan);
    let runs_on = runs_on(plans, lang);
    let fill = |id: &str| {
        say(lang, id)
            .replace("{runs_on}", &runs_on)
            .replace(
                "{backup}",
                if share.is_empty() {
                    say(lang, "sheet.unknown")
                } else {
                    &share
                },
            )
            .replace("{schedule}", say(lang, "schedule"))
    };
    vec![
        say(lang, "before.title").to_string(),
        fill("before.intro"),
        fill("before.backup"),
        fill("before.check"),
        fill("backup.share_per_pool"),
        fill("backup.disable_during_restore"),
        say(lang, "before.worksheet").to_string(),
    ]
}

/// Microsoft's backup and restoration worksheet (database, file store and settings in one
/// table), filled from the backup the plan's script writes.
fn sheet(plans: &[Plan], lang: Lang) -> Vec<Vec<String>> {
    let header = [
        "sheet.what",
        "sheet.server",
        "sheet.schedule",
        "sheet.tool",
        "sheet.file",
        "sheet.destination",
        "sheet.notes",
    ]
    .iter()
    .map(|id| say(lang, id).to_string())
    .collect();
    let mut rows = vec![header];
    let unknown = say(lang, "sheet.unknown");
    for item in items(plans, lang) {
        let a = item.of;
        let Some(plan) = plans
            .iter()
            .find(|p| p.pool_fqdn.trim() == item.pool)
            .or(plans.first())
        else {
            continue;
        };
        let pool = Pool::check(plan);
        let fqdn = |f: Option<&crate::plan::description::fqdn::Fqdn>| {
            f.map_or(unknown.to_string(), |f| f.as_str().to_string())
        };
        let server = match a.holder {
            "cms" if !plan.hosts_cms => say(lang, "sheet.cms_server").to_string(),
            "cms" | "back_end"
                if plan.kind == crate::plan::description::model::PoolKind::FrontEnd =>
            {
                fqdn(pool.back_end.fqdn.as_ref())
            }
            "cms" | "back_end" => fqdn(pool.fqdn.as_ref()),
            "file_store" => pool
                .file_store
                .as_ref()
                .map_or(unknown.to_string(), |s| s.server().to_string()),
            "archiving" => fqdn(pool.archiving.fqdn.as_ref()),
            "monitoring" => fqdn(pool.monitoring.fqdn.as_ref()),
            _ => fqdn(pool.chat_sql.fqdn.as_ref()),
        };
        let share = share(plan);
        let share = if share.is_empty() {
            unknown.to_string()
        } else {
            share
        };
        let schedule = say(
            lang,
            if a.after_change {
                "sheet.daily_and_changes"
            } else {
                "sheet.daily"
            },
        );
        let (tool, file, destination) = match a.kind {
            Kind::Sql => (
                say(lang, "sheet.sql_tool").to_string(),
                say(lang, "sheet.sql_file").replace("{databases}", &a.databases.join(", ")),
                say(lang, "sheet.sql_destination")
                    .replace("{backup}", &share)
                    .replace("{pool}", &item.pool),
            ),
            // The cmdlet that reads the data (the topology's is inside the line that saves it).
            _ => (
                a.write
                    .split(|c: char| c.is_whitespace() || c == '(')
                    .find(|w| w.contains("-Cs"))
                    .unwrap_or("Robocopy")
                    .to_string(),
                item.path.clone(),
                format!("{share}\\{}", item.path),
            ),
        };
        // A table cell starts with a capital.
        let mut what = item.what.chars();
        let what: String = what
            .next()
            .map(|c| c.to_uppercase().chain(what).collect())
            .unwrap_or_default();
        let mut row = vec![what, server, schedule.to_string(), tool, file, destination];
        row.push(a.notes.map_or(String::new(), |n| {
            n[usize::from(lang == Lang::Fr)].to_string()
        }));
        if !item.missing.is_empty() {
            row[2] = "—".into();
            row[6] = say(lang, "sheet.left_out").replace("{why}", &why(&item, lang));
        }
        rows.push(row);
    }
    rows
}
