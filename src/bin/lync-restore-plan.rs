//! `lync-restore-plan`: the planner without a browser. Reads a plan file (JSON, the format
//! the app exports; see README) and writes the checklist as Markdown or JSON, for scheduled
//! binder regeneration and for tests.

use std::io::{Read, Write};
use std::process::ExitCode;

use lync_restore::plan::{
    Lang, Plan, build_checklist, example::example_plan, markdown::to_markdown, validate,
};

const USAGE: &str =
    "usage: lync-restore-plan <plan.json | -> [--format markdown|json] [--lang en|fr] [--strict]
       lync-restore-plan --example      (print the example plan file)
  --strict  exit with status 2 when the plan has validation findings";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("lync-restore-plan: {message}\n{USAGE}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut input = None;
    let mut format = "markdown".to_string();
    let mut lang = Lang::En;
    let mut strict = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--example" => {
                let json =
                    serde_json::to_string_pretty(&example_plan()).map_err(|e| e.to_string())?;
                println!("{json}");
                return Ok(ExitCode::SUCCESS);
            }
            "--format" => format = it.next().ok_or("--format needs a value")?.clone(),
            "--lang" => {
                lang = match it.next().map(String::as_str) {
                    Some("en") => Lang::En,
                    Some("fr") => Lang::Fr,
                    _ => return Err("--lang takes en or fr".into()),
                }
            }
            "--strict" => strict = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            other if input.is_none() => input = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let path = input.ok_or("no plan file given")?;
    let text = if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        s
    } else {
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    let plan: Plan =
        serde_json::from_str(&text).map_err(|e| format!("{path} is not a valid plan file: {e}"))?;
    let issues = validate(&plan);
    for issue in &issues {
        eprintln!("warning: {}: {}", issue.field, issue.message(lang));
    }
    let checklist = build_checklist(&plan, lang);
    let out = match format.as_str() {
        "markdown" | "md" => to_markdown(&checklist),
        "json" => serde_json::to_string_pretty(&checklist).map_err(|e| e.to_string())? + "\n",
        other => return Err(format!("unknown format {other:?}")),
    };
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(if strict && !issues.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
