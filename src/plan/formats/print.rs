//! Text for the printed binder's running header and footer. Browsers print `@page` margin boxes
//! only from CSS, so the pool name and fingerprint go into a CSS rule; every character that is
//! not plainly safe is written as a CSS escape, so no typed name can break out of the string.

use crate::plan::texts::table::{Texts, key};

/// `text` as a quoted CSS string, every non-alphanumeric character escaped (`\2d `…).
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars().filter(|c| !c.is_control()) {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The `@page` rule with the running header (pool, fingerprint) and footer (date, page N of M).
pub fn page_rule(pool: &str, fingerprint: &str, generated: &str, texts: Texts) -> String {
    let [plan, page, of] =
        [key::EXPORT_PLAN, key::EXPORT_PAGE, key::EXPORT_OF].map(|k| texts.get(k));
    format!(
        "@page {{ @top-left {{ content: {}; }} @top-right {{ content: {}; }} \
         @bottom-left {{ content: {}; }} @bottom-right {{ content: {} counter(page) {} counter(pages); }} }}",
        css_string(pool),
        css_string(&format!("{plan} {fingerprint}")),
        css_string(generated),
        css_string(&format!("{page} ")),
        css_string(&format!(" {of} ")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_stays_inside_the_string() {
        let s = css_string("a\"; } body { display:none } /*\n");
        assert!(s.starts_with('"') && s.ends_with('"'));
        assert_eq!(s.matches('"').count(), 2);
        assert!(!s.contains('{') && !s.contains('}') && !s.contains(';'));
        assert_eq!(
            css_string("pool01.example.com"),
            "\"pool01\\2e example\\2e com\""
        );
    }

    #[test]
    fn the_rule_names_pool_fingerprint_and_pages() {
        let r = page_rule("p", "1a2b3c4d", "2026-11-26", Texts::english());
        assert!(r.contains("counter(pages)"));
        assert!(r.contains("1a2b3c4d"));
    }
}
