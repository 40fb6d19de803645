//! Checklist → Markdown, for tickets, wikis and the command-line tool. Commands go in fenced
//! `powershell` blocks; user-typed text is escaped so it can't turn into markup or links.

use crate::plan::planning::checklist::{Checklist, DocLink};
use crate::plan::texts::message::Message;
use crate::plan::texts::table::{Texts, key};

/// Escapes characters Markdown would interpret in running text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|!".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Keeps the catalogue's `**label**` emphasis but escapes everything else.
fn escape_body(text: &str) -> String {
    text.split("**")
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("**{}**", escape(part))
            } else {
                escape(part)
            }
        })
        .collect()
}

/// The mark after a cited page that a later version follows adapted, else nothing.
fn adapted(doc: &DocLink, note: &str) -> String {
    if doc.adapted {
        format!(" — *{}*", escape(note))
    } else {
        String::new()
    }
}

/// Renders the whole checklist as Markdown.
pub fn to_markdown(list: &Checklist, texts: Texts) -> String {
    let [title, runs, perms, source, caution, missing, colon] = [
        key::EXPORT_TITLE,
        key::EXPORT_RUNS_ON,
        key::EXPORT_PERMISSIONS,
        key::EXPORT_SOURCE,
        key::EXPORT_CAUTION,
        key::EXPORT_STILL_MISSING,
        key::EXPORT_COLON,
    ]
    .map(|k| texts.get(k));
    let mut md = format!("# {title}{colon} {}\n", escape(&list.pool));
    if !list.version.restore_procedures() {
        let notice = Message::new(key::NOTICE_ADAPTED).nested("version", list.version.name());
        md.push_str(&format!("\n> {}\n", escape(&texts.render(&notice))));
    }
    if !list.missing.is_empty() {
        let items: Vec<String> = list.missing.iter().map(|m| escape(m)).collect();
        md.push_str(&format!("\n> {missing}{colon} {}\n", items.join(", ")));
    }
    let mut phase = "";
    for section in &list.sections {
        if let Some(note) = &section.pool_note {
            md.push_str(&format!("\n---\n\n**{}**\n", escape(note)));
            phase = "";
        }
        if section.phase != phase {
            phase = &section.phase;
            md.push_str(&format!("\n## {}\n", escape(&section.phase_title)));
        }
        md.push_str(&format!(
            "\n### {}\n\n{source}{colon} [{}]({}){}\n",
            escape(&section.title),
            escape(section.doc.title),
            section.doc.url,
            adapted(&section.doc, texts.get(key::EXPORT_ADAPTED_SOURCE))
        ));
        for step in &section.steps {
            md.push_str(&format!(
                "\n- [ ] **{}. {}**  \n",
                step.number,
                escape(&step.title)
            ));
            md.push_str(&format!("  {runs}{colon} {}", escape(&step.runs_on)));
            if !step.permissions.is_empty() {
                md.push_str(&format!(
                    " · {perms}{colon} {}",
                    escape(&step.permissions.join(", "))
                ));
            }
            md.push_str("  \n");
            md.push_str(&format!("  {}\n", escape_body(&step.body)));
            if let Some(cmd) = &step.command {
                md.push_str("\n  ```powershell\n");
                for line in cmd.lines() {
                    md.push_str(&format!("  {}\n", line.replace("```", "` ` `")));
                }
                md.push_str("  ```\n");
            }
            for mark in &step.marks {
                md.push_str(&format!("\n  > {}\n", escape(mark)));
            }
            if let Some(c) = &step.caution {
                // Cautions name UI labels in **bold** like bodies do.
                md.push_str(&format!("\n  > **{caution}{colon}** {}\n", escape_body(c)));
            }
            if step.doc.slug != section.doc.slug {
                md.push_str(&format!(
                    "\n  {source}{colon} [{}]({}){}\n",
                    escape(step.doc.title),
                    step.doc.url,
                    adapted(&step.doc, texts.get(key::EXPORT_ADAPTED_SOURCE))
                ));
            }
        }
    }
    md
}
