//! `lync-restore-plan`: the planner without a browser. Reads a plan file (the JSON the app
//! exports, or a bare plan; see README) or a topology file, and writes the checklist as Markdown
//! or JSON, for scheduled binder regeneration and for tests.

use lync_restore::plan::{Message, Texts, key};
use std::io::{Read, Write};
use std::process::ExitCode;

use lync_restore::plan::decode_file;
use lync_restore::plan::description::readiness::{Readiness, Status, drift};
use lync_restore::plan::formats::json_text::{JsonText, SerdeJson};
use lync_restore::plan::import::{Topology, import_topology};
use lync_restore::plan::readiness::report::read_report;
use lync_restore::plan::readiness::scripts::{BOM, backup_script, readiness_script, session_plans};
use lync_restore::plan::readiness::view::{
    detail, mark_steps, view, when, with_readiness_markdown,
};
use lync_restore::plan::sql_label;
use lync_restore::plan::{
    Lang, Session, Version, build_session_checklist, example_plan, to_markdown, validate,
};
use lync_restore::plan::{Plan, fingerprint};

/// The usage text, naming the languages and product versions this build has.
fn usage() -> String {
    let (langs, versions) = (lang_tags("|"), version_keys());
    format!(
        "usage: lync-restore-plan <plan.json | -> [--format markdown|json] [--lang {langs}] [--version V] [--strict]
       lync-restore-plan --topology <topology.xml|.tbxml> [--failed POOL_OR_SERVER,...] [--format markdown|json]
       lync-restore-plan <plan.json> --script backup|readiness [--lang {langs}]
       lync-restore-plan <plan.json> --report <readiness-report.json> [--format markdown|json] [--lang {langs}]
       lync-restore-plan <plan.json> --before [--lang {langs}]
       lync-restore-plan --example      (print the example plan file)
  --strict    exit with status 2 when the plan has validation findings
              (status 3, and no output, when a pool gets no binder: its findings say why)
  --version   the product the pools run, over what the file says: {versions}
  --topology  read a Get-CsTopology -AsXml file or a Topology Builder document; without --failed,
              print what it holds; with it, plan the named pools (whole) and servers (alone)
  --script    print the plan's backup script or its read-only readiness check (PowerShell 5.1)
  --report    read a readiness report against the plan: the binder, with when and where the
              check ran on its cover, the drift, each failed check on the steps it protects and
              the part Before the incident; what did not pass is also said on stderr (status 1
              when a check failed or the deployment drifted, 4 when the report cannot be read)
  --before    the binder with the part Before the incident (backup schedule, worksheet)"
    )
}

/// The languages' tags (`en|fr`).
fn lang_tags(separator: &str) -> String {
    Lang::ALL
        .iter()
        .map(|l| l.tag())
        .collect::<Vec<_>>()
        .join(separator)
}

/// The product versions' keys (`lync2013, sfb2015, …`).
fn version_keys() -> String {
    Version::ALL
        .iter()
        .map(|v| v.key())
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("lync-restore-plan: {message}\n{}", usage());
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut input = None;
    let mut format = "markdown".to_string();
    let mut lang = Lang::En;
    let mut strict = false;
    let mut topology: Option<String> = None;
    let mut version: Option<Version> = None;
    let mut failed: Option<Vec<String>> = None;
    let mut script: Option<String> = None;
    let mut report: Option<String> = None;
    let mut before = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--example" => {
                println!("{}", SerdeJson.write_pretty(&example_plan()));
                return Ok(ExitCode::SUCCESS);
            }
            "--format" => format = it.next().ok_or("--format needs a value")?.clone(),
            "--lang" => {
                let tag = it.next().map(String::as_str).unwrap_or_default();
                lang = Lang::ALL
                    .iter()
                    .copied()
                    .find(|l| l.tag() == tag)
                    .ok_or_else(|| format!("--lang takes {}", lang_tags(" or ")))?;
            }
            "--strict" => strict = true,
            "--script" => {
                script = Some(
                    it.next()
                        .ok_or("--script needs backup or readiness")?
                        .clone(),
                )
            }
            "--report" => report = Some(it.next().ok_or("--report needs a file")?.clone()),
            "--before" => before = true,
            "--topology" => topology = Some(it.next().ok_or("--topology needs a file")?.clone()),
            "--failed" => {
                let list = it.next().ok_or("--failed needs a list")?;
                failed = Some(
                    list.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect(),
                );
            }
            "--version" => {
                let key = it.next().ok_or("--version needs a product")?;
                version = Some(
                    Version::from_key(key)
                        .ok_or_else(|| format!("--version takes {}", version_keys()))?,
                );
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(ExitCode::SUCCESS);
            }
            other if input.is_none() => input = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let texts = Texts::built_in(lang);
    let say = |message: Message| texts.render(&message);
    let cannot_read = |path: &str, e: std::io::Error| {
        say(Message::new(key::CLI_CANNOT_READ)
            .with("path", path)
            .with("error", e))
    };
    let session = if let Some(path) = topology {
        let bytes = std::fs::read(&path).map_err(|e| cannot_read(&path, e))?;
        let topo = import_topology(&bytes)
            .map_err(|e| format!("{path}: {}", Texts::built_in(lang).render(&e.message())))?;
        match failed {
            None => {
                print!("{}", describe(&topo, lang));
                return Ok(ExitCode::SUCCESS);
            }
            Some(names) => session_for(&topo, &names)?,
        }
    } else {
        let path = input.ok_or_else(|| say(Message::new(key::CLI_NO_INPUT)))?;
        let bytes = if path == "-" {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| cannot_read("-", e))?;
            b
        } else {
            std::fs::read(&path).map_err(|e| cannot_read(&path, e))?
        };
        decode_file(&SerdeJson, &bytes).map_err(|e| {
            say(Message::new(key::CLI_NOT_A_PLAN)
                .with("path", &path)
                .nested("problem", e.message()))
        })?
    };
    let mut session = session;
    if let Some(version) = version {
        for plan in std::iter::once(&mut session.plan).chain(&mut session.site) {
            plan.version = version;
        }
    }
    let mut findings = 0;
    for plan in std::iter::once(&session.plan).chain(&session.site) {
        for issue in validate(plan) {
            let texts = Texts::built_in(lang);
            eprintln!(
                "{}{colon} {}{colon} {}{colon} {}",
                texts.get(key::CLI_WARNING),
                plan.pool_fqdn.trim(),
                issue
                    .field_label(texts)
                    .unwrap_or_else(|| issue.field.clone()),
                texts.render(&issue.message()),
                colon = texts.get(key::EXPORT_COLON),
            );
            findings += 1;
        }
    }
    // A refused pool gets no sections: a binder without it would look complete, so none is
    // written and the exit status says so (its findings above give the reason).
    let refused: Vec<&str> = std::iter::once(&session.plan)
        .chain(&session.site)
        .filter(|plan| plan.refused())
        .map(|plan| plan.pool_fqdn.trim())
        .collect();
    if !refused.is_empty() {
        let texts = Texts::built_in(lang);
        eprintln!(
            "{}{} {}",
            texts.get(key::CLI_ERROR),
            texts.get(key::EXPORT_COLON),
            texts.render(&Message::new(key::CLI_NO_BINDER).with("pools", refused.join(", ")))
        );
        return Ok(ExitCode::from(3));
    }
    let plans = session_plans(&session);
    let print_id = fingerprint(&SerdeJson, &session.plan);
    if let Some(which) = script {
        let text = match which.as_str() {
            "backup" => format!("{BOM}{}", backup_script(&plans, lang, &print_id)),
            "readiness" => format!("{BOM}{}", readiness_script(&plans, lang, &print_id)),
            _ => return Err("--script takes backup or readiness".into()),
        };
        std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| say(Message::new(key::CLI_CANNOT_WRITE).with("error", e)))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut readiness = None;
    let mut status = ExitCode::SUCCESS;
    if let Some(path) = report {
        let bytes = std::fs::read(&path).map_err(|e| cannot_read(&path, e))?;
        match read_report(&SerdeJson, &bytes, &print_id, &plans) {
            Ok(r) => {
                let (text, ok) = report_text(&r, &plans, texts);
                eprint!("{text}");
                if !ok {
                    status = ExitCode::from(1);
                }
                readiness = Some(r);
            }
            Err(e) => {
                eprintln!(
                    "{path}{} {}",
                    texts.get(key::EXPORT_COLON),
                    say(e.message())
                );
                return Ok(ExitCode::from(4));
            }
        }
    }
    let mut checklist = build_session_checklist(&session, Texts::built_in(lang));
    let shown =
        (readiness.is_some() || before).then(|| view(&plans, readiness.as_ref(), &print_id, texts));
    if let Some(v) = &shown {
        mark_steps(&mut checklist, v);
    }
    let out = match format.as_str() {
        "markdown" | "md" => {
            let md = to_markdown(&checklist, Texts::built_in(checklist.lang));
            match &shown {
                Some(v) => with_readiness_markdown(&md, v),
                None => md,
            }
        }
        "json" => SerdeJson.write_pretty(&checklist) + "\n",
        other => {
            return Err(say(
                Message::new(key::CLI_UNKNOWN_FORMAT).with("format", other)
            ));
        }
    };
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(|e| say(Message::new(key::CLI_CANNOT_WRITE).with("error", e)))?;
    Ok(if strict && findings > 0 {
        ExitCode::from(2)
    } else {
        status
    })
}

/// A readiness report read against the plan, as text: the summary, each check that did not
/// pass with the steps it protects, and the drift; and whether all is well.
fn report_text(readiness: &Readiness, plans: &[Plan], texts: Texts) -> (String, bool) {
    let (done, total) = readiness.passed();
    let mut out = texts.render(
        &Message::new(key::READINESS_CHECKED)
            .with("finished", when(&readiness.finished))
            .with("computer", &readiness.computer)
            .with("done", done)
            .with("total", total),
    ) + "\n";
    let colon = texts.get(key::EXPORT_COLON);
    let mut ok = true;
    for check in readiness
        .checks
        .iter()
        .filter(|c| c.status != Status::Passed)
    {
        let status = if check.status == Status::Failed {
            ok = false;
            texts.get(key::CLI_ERROR)
        } else {
            texts.get(key::CLI_WARNING)
        };
        out.push_str(&format!(
            "{status}{colon} {}{colon} {} [{}]\n",
            check.id,
            detail(check, texts.lang()),
            check.protects.join(", ")
        ));
    }
    for finding in drift(readiness, plans) {
        ok = false;
        out.push_str(&format!(
            "{}{colon} {}\n",
            texts.get(key::CLI_ERROR),
            texts.render(&finding)
        ));
    }
    (out, ok)
}

/// What a topology holds, as text, in `lang`.
fn describe(t: &Topology, lang: Lang) -> String {
    let texts = Texts::built_in(lang);
    let line = |message: Message| texts.render(&message) + "\n";
    let mut out = line(
        Message::new(key::CLI_SUMMARY)
            .nested("product", t.product.name())
            .nested(
                "pools",
                Message::new(key::IMPORT_POOL_COUNT).with("count", t.pools.len()),
            )
            .with("sites", t.sites.join(", ")),
    );
    if let Some(notice) = t.product.notice() {
        out.push_str(&format!(
            "{}{} {}\n",
            texts.get(key::CLI_NOTICE),
            texts.get(key::EXPORT_COLON),
            texts.render(&notice)
        ));
    }
    for p in &t.pools {
        let cms = if p.hosts_cms {
            texts.get(key::CLI_CMS)
        } else {
            ""
        };
        let pool = Message::new(key::CLI_POOL)
            .with("pool", &p.fqdn)
            .with("kind", p.kind.label(texts))
            .with("site", &p.site);
        out.push_str(&format!("{}{cms}\n", texts.render(&pool)));
        for s in &p.servers {
            out.push_str(&line(Message::new(key::CLI_SERVER).with("server", s)));
        }
    }
    let default = texts.get(key::CLI_DEFAULT_INSTANCE);
    for s in &t.stores {
        out.push_str(&line(
            Message::new(key::CLI_SQL)
                .with("sql", sql_label(&s.sql.fqdn, &s.sql.instance, default))
                .with("holds", s.holds.join(", ")),
        ));
    }
    for f in &t.file_stores {
        out.push_str(&line(Message::new(key::CLI_FILE_STORE).with("share", f)));
    }
    for n in &t.not_planned {
        out.push_str(&line(
            Message::new(key::CLI_NOT_PLANNED)
                .with("role", &n.role)
                .with("on", &n.on),
        ));
    }
    out
}

/// The site plan for the named pools (whole) and servers (alone).
fn session_for(t: &Topology, names: &[String]) -> Result<Session, String> {
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    for name in names {
        if !t
            .pools
            .iter()
            .any(|p| is(&p.fqdn, name) || p.servers.iter().any(|s| is(s, name)))
        {
            return Err(format!(
                "{name} is neither a pool nor a server of this topology"
            ));
        }
    }
    let mut plans = Vec::new();
    for p in &t.pools {
        if names.iter().any(|n| is(n, &p.fqdn)) {
            plans.push(p.to_plan(&[]));
            continue;
        }
        let servers: Vec<String> = p
            .servers
            .iter()
            .filter(|s| names.iter().any(|n| is(n, s)))
            .cloned()
            .collect();
        if !servers.is_empty() {
            plans.push(p.to_plan(&servers));
        }
    }
    let mut plans = plans.into_iter();
    let plan = plans.next().ok_or("--failed names nothing")?;
    Ok(Session {
        plan,
        site: plans.collect(),
        ..Session::default()
    })
}
