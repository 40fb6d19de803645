//! Lints every command of a rendered checklist against the pinned reference: the command
//! exists (in the checklist's product version, for Lync cmdlets), each parameter exists for it in
//! that version, value parameters have a value and switches none, values are in Microsoft's allowed set,
//! the parameters used fit one parameter set with all its mandatory ones, no placeholder or
//! `<marker>` is left, the step's host has the shell the command needs, and every folder a
//! command writes into was created earlier in the section on the same host.

use lync_restore::plan::{Checklist, Version};

use super::powershell::{Command, Word, commands};
use super::reference::{CommandRef, LYNC_2013, ParamRef, Reference};

/// One problem, located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Step id (`section/step`).
    pub step: String,
    /// The command line.
    pub line: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} — in: {}", self.step, self.message, self.line)
    }
}

/// What was linted.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    /// Command blocks (steps with a command).
    pub blocks: usize,
    /// Commands (pipeline elements) checked.
    pub commands: usize,
}

/// A parameter as used on one command line.
struct Used<'a> {
    param: &'a ParamRef,
    value: Option<String>,
}

/// Lints every command of `list`; `backup_share` is the `$Backup` share, which exists before
/// the restore starts. Returns the findings and what was counted.
pub fn lint_checklist(
    reference: &Reference,
    list: &Checklist,
    backup_share: &str,
) -> (Vec<Finding>, Counts) {
    let mut findings = Vec::new();
    let mut counts = Counts::default();
    let product = product_of(list.version);
    for section in &list.sections {
        // Folders known to exist, per host ("" for UNC paths, which every host sees).
        let mut folders: Vec<(String, String)> = vec![(String::new(), normalise(backup_share))];
        for step in &section.steps {
            let Some(block) = &step.command else {
                continue;
            };
            counts.blocks += 1;
            let shells = reference.shells(&section.procedure, step.place);
            for cmd in commands(block) {
                counts.commands += 1;
                let mut report = |message: String| {
                    findings.push(Finding {
                        step: step.id.clone(),
                        line: cmd.line.clone(),
                        message,
                    })
                };
                if let Some(marker) = unfilled(&cmd.line) {
                    report(format!("unfilled placeholder {marker}"));
                }
                let Some(def) = reference.command(&cmd.name) else {
                    report(format!("unknown command {}", cmd.name));
                    continue;
                };
                match shells {
                    None => report(format!("no host entry for place {}", step.place)),
                    Some(shells) if !shells.contains(&def.shell) => report(format!(
                        "{} needs the {} shell, which {} ({}) does not have",
                        def.name, def.shell, step.place, step.runs_on
                    )),
                    Some(_) => {}
                }
                if def.shell == "lync" && !def.products.iter().any(|p| p == product) {
                    report(format!("{} does not exist in {product}", def.name));
                }
                let used = match parse(reference, def, &cmd) {
                    Ok(used) => used,
                    Err(problems) => {
                        problems.into_iter().for_each(&mut report);
                        continue;
                    }
                };
                for problem in check(def, &used, product) {
                    report(problem);
                }
                for problem in check_folders(&used, &step.runs_on, &mut folders) {
                    report(problem);
                }
            }
        }
    }
    (findings, counts)
}

/// A `<marker>`, `{placeholder}` or `{?segment` left in a line.
fn unfilled(line: &str) -> Option<String> {
    if let Some(start) = line.find('<')
        && let Some(len) = line[start..].find('>')
    {
        return Some(line[start..=start + len].to_string());
    }
    let start = line.find('{')?;
    let rest = &line[start + 1..];
    let end = rest.find('}')?;
    let name = rest[..end].trim_start_matches('?');
    let name = name.split(':').next().unwrap_or_default();
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .then(|| format!("{{{}}}", &rest[..end]))
}

/// Resolves the words of `cmd` to parameters of `def`.
fn parse<'a>(
    reference: &Reference,
    def: &'a CommandRef,
    cmd: &Command,
) -> Result<Vec<Used<'a>>, Vec<String>> {
    let mut used: Vec<Used> = Vec::new();
    let mut problems = Vec::new();
    let mut positional: Vec<&ParamRef> =
        def.params.iter().filter(|p| p.position.is_some()).collect();
    positional.sort_by_key(|p| p.position);
    let mut positional = positional.into_iter();
    let mut words = cmd.words.iter().peekable();
    while let Some(word) = words.next() {
        // robocopy's options are slash words, sqlcmd's are dash words: both arrive as text here.
        let (name, inline) = match word {
            Word::Param(name, inline) if def.name == "sqlcmd" => {
                (format!("-{name}"), inline.clone())
            }
            Word::Param(name, inline) => (name.clone(), inline.clone()),
            Word::Arg(text) if def.name == "robocopy" && text.starts_with('/') => {
                match text.split_once(':') {
                    Some((n, v)) => (n.to_ascii_uppercase(), Some(v.to_string())),
                    None => (text.to_ascii_uppercase(), None),
                }
            }
            Word::Arg(text) => {
                match positional.find(|p| !used.iter().any(|u| std::ptr::eq(u.param, *p))) {
                    Some(param) => used.push(Used {
                        param,
                        value: Some(text.clone()),
                    }),
                    None => problems.push(format!("unexpected argument {text:?}")),
                }
                continue;
            }
        };
        let Some(param) = def.param(&name) else {
            let common = def.is_cmdlet()
                && reference
                    .common
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&name));
            if !common {
                problems.push(format!("{} has no parameter {name}", def.name));
            }
            continue;
        };
        let value = if param.kind == "value" && inline.is_none() {
            match words.next_if(|w| matches!(w, Word::Arg(_))) {
                Some(Word::Arg(v)) => Some(v.clone()),
                _ => {
                    problems.push(format!("{} needs a value", param.name));
                    None
                }
            }
        } else {
            inline
        };
        if used.iter().any(|u| std::ptr::eq(u.param, param)) {
            problems.push(format!("{} given twice", param.name));
        }
        used.push(Used { param, value });
    }
    if problems.is_empty() {
        Ok(used)
    } else {
        Err(problems)
    }
}

/// The product name Microsoft's reference gives the plan's version (`applicable:`): no cmdlet
/// page names Subscription Edition, an in-place upgrade of 2019, so it is read as 2019.
pub fn product_of(version: Version) -> &'static str {
    match version {
        Version::Lync2013 => LYNC_2013,
        Version::SfB2015 => "Skype for Business Server 2015",
        Version::SfB2019 | Version::SubscriptionEdition => "Skype for Business Server 2019",
    }
}

/// Products, allowed values and parameter sets.
fn check(def: &CommandRef, used: &[Used], product: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for u in used {
        let products = if u.param.products.is_empty() {
            &def.products
        } else {
            &u.param.products
        };
        if def.shell == "lync" && !products.iter().any(|p| p == product) {
            problems.push(format!(
                "{} has no -{} in {product}",
                def.name, u.param.name
            ));
        }
        if let Some(value) = &u.value
            && !u.param.values.is_empty()
            && !u.param.values.iter().any(|v| v.eq_ignore_ascii_case(value))
        {
            problems.push(format!(
                "{} {value:?} is not one of {}",
                u.param.name,
                u.param.values.join(", ")
            ));
        }
    }
    let in_set = |set: &super::reference::SetRef, name: &str| {
        set.required
            .iter()
            .chain(&set.optional)
            .any(|n| n.eq_ignore_ascii_case(name))
    };
    let fitting: Vec<_> = def
        .sets
        .iter()
        .filter(|set| used.iter().all(|u| in_set(set, &u.param.name)))
        .collect();
    let complete = fitting.iter().any(|set| {
        set.required
            .iter()
            .all(|r| used.iter().any(|u| u.param.name.eq_ignore_ascii_case(r)))
    });
    if fitting.is_empty() {
        let names: Vec<_> = used.iter().map(|u| u.param.name.as_str()).collect();
        problems.push(format!(
            "{} has no parameter set with all of {}",
            def.name,
            names.join(", ")
        ));
    } else if !complete {
        let missing_in = |set: &super::reference::SetRef| -> Vec<String> {
            set.required
                .iter()
                .filter(|r| !used.iter().any(|u| u.param.name.eq_ignore_ascii_case(r)))
                .cloned()
                .collect()
        };
        // The set the line is closest to.
        let Some(set) = fitting.iter().min_by_key(|set| missing_in(set).len()) else {
            return problems;
        };
        let missing = missing_in(set);
        problems.push(format!(
            "{} is missing mandatory {} (set {})",
            def.name,
            missing.join(", "),
            set.name
        ));
    }
    problems
}

/// Folders: New-Item -ItemType Directory creates one; a destination must exist.
fn check_folders(used: &[Used], host: &str, folders: &mut Vec<(String, String)>) -> Vec<String> {
    let mut problems = Vec::new();
    let value_of = |name: &str| {
        used.iter()
            .find(|u| u.param.name.eq_ignore_ascii_case(name))
            .and_then(|u| u.value.clone())
    };
    for u in used {
        let Some(path) = &u.value else { continue };
        let key = |p: &str| {
            let host = if p.starts_with(r"\\") { "" } else { host };
            (host.to_string(), normalise(p))
        };
        if u.param.creates.as_deref() == Some("folder")
            && value_of("ItemType").is_some_and(|t| t.eq_ignore_ascii_case("Directory"))
        {
            folders.push(key(path));
        }
        let folder = match u.param.destination.as_deref() {
            Some("folder") => path.as_str(),
            Some("parent") => path.rsplit_once('\\').map_or("", |(dir, _)| dir),
            _ => continue,
        };
        if !folders.contains(&key(folder)) {
            problems.push(format!(
                "-{} writes into {folder}, which no earlier line of this section creates on {}",
                u.param.name,
                if folder.starts_with(r"\\") {
                    "the share"
                } else {
                    host
                }
            ));
        }
    }
    problems
}

fn normalise(path: &str) -> String {
    path.trim().trim_end_matches('\\').to_ascii_lowercase()
}

/// Lints one command (a script's, outside any checklist) for `product`: known command, known
/// parameters from one set with its mandatory ones, allowed values. `functions` are the
/// script's own functions, which the reference does not hold.
pub fn lint_command(
    reference: &Reference,
    text: &str,
    product: &str,
    functions: &[String],
) -> Vec<String> {
    let mut problems = Vec::new();
    // The command's own line: the commands of a script block it takes are read on their own.
    let own = text.lines().next().unwrap_or_default();
    for cmd in commands(own).into_iter().take(1) {
        if cmd.name.starts_with('&') || functions.iter().any(|f| f.eq_ignore_ascii_case(&cmd.name))
        {
            continue;
        }
        let Some(def) = reference.command(&cmd.name) else {
            problems.push(format!("unknown command {}", cmd.name));
            continue;
        };
        if def.shell == "lync" && !def.products.iter().any(|p| p == product) {
            problems.push(format!("{} does not exist in {product}", def.name));
        }
        match parse(reference, def, &cmd) {
            Ok(used) => problems.extend(check(def, &used, product)),
            Err(p) => problems.extend(p),
        }
    }
    problems
}
