//! Counts said as each language says them. A text says a count with ICU MessageFormat's plural
//! form, `{count, plural, one {# pool} other {# pools}}`: `#` stands for the count, and the
//! branch is picked by the language's CLDR cardinal rule ([`category`]), `other` when the text
//! has no branch for the category. [`resolve`] turns each such form into its branch, `#` written
//! as `{count}`, before the placeholders are filled: the app's messages and the catalogue's texts
//! go through it alike. The placeholders that hold counts are [`COUNTS`]; `tests/plurals.rs`
//! fails on one said without the form, and checks each rule against CLDR's (ICU4X's
//! `icu_plurals`). The page carries only its languages' rules: a rules crate in it
//! (`intl_pluralrules`, every locale's rules) measured 6.8 KB gzip, more than the first load had.

use std::borrow::Cow;

use crate::plan::texts::lang::Lang;

/// The placeholders that hold a count, in every text.
pub const COUNTS: &[&str] = &["count", "max", "done", "total", "quorum", "front_end_count"];

/// A CLDR plural category (those the app's languages use for whole numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `one`
    One,
    /// `many`
    Many,
    /// `other`
    Other,
}

impl Category {
    /// The name CLDR and the texts give it.
    pub fn name(self) -> &'static str {
        match self {
            Category::One => "one",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The categories `lang` has for whole numbers, `other` last; `None` for a language without a
/// rule here (`tests/plurals.rs` fails on one).
pub fn categories(lang: Lang) -> Option<&'static [Category]> {
    match lang.tag() {
        "en" => Some(&[Category::One, Category::Other]),
        "fr" => Some(&[Category::One, Category::Many, Category::Other]),
        _ => None,
    }
}

/// The category of the whole number `n` in `lang` (CLDR cardinal rules; `other` for a language
/// without a rule).
pub fn category(lang: Lang, n: u64) -> Category {
    match lang.tag() {
        // one: i = 1 and v = 0
        "en" if n == 1 => Category::One,
        // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        "fr" if n <= 1 => Category::One,
        "fr" if n.is_multiple_of(1_000_000) => Category::Many,
        _ => Category::Other,
    }
}

/// A plural form found in a text.
#[derive(Debug, PartialEq, Eq)]
pub struct Form<'a> {
    /// The count's placeholder.
    pub name: &'a str,
    /// Each branch: its category's name and its text.
    pub branches: Vec<(&'a str, &'a str)>,
    /// Where the form starts and ends in the text (byte offsets, braces included).
    pub span: (usize, usize),
}

/// The plural forms of `text`, in order. `Err` with the byte offset of a form that does not
/// parse (a branch without its braces, a brace left open).
pub fn forms(text: &str) -> Result<Vec<Form<'_>>, usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(", plural,").map(|i| i + from) {
        let start = text[..at].rfind('{').ok_or(at)?;
        let name = &text[start + 1..at];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(start);
        }
        let mut rest = at + ", plural,".len();
        let mut branches = Vec::new();
        loop {
            let tail = &text[rest..];
            let trimmed = tail.trim_start();
            rest += tail.len() - trimmed.len();
            if trimmed.starts_with('}') {
                rest += 1;
                break;
            }
            let open = trimmed.find('{').ok_or(start)?;
            let category = trimmed[..open].trim();
            let close = matching(&trimmed[open..]).ok_or(start)?;
            if category.is_empty() || category.contains(char::is_whitespace) {
                return Err(start);
            }
            branches.push((category, &trimmed[open + 1..open + close]));
            rest += open + close + 1;
        }
        found.push(Form {
            name,
            branches,
            span: (start, rest),
        });
        from = rest;
    }
    Ok(found)
}

/// The offset of the brace that closes the one `s` starts with.
fn matching(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `text` with each plural form replaced by the branch its count picks in `lang`, forms inside a
/// branch too (`count` reads a count placeholder's value; a form whose count is not a whole
/// number, or that does not parse, is left as it is, which `tests/plurals.rs` would have
/// caught). One pass without building the forms: it runs for every text the page says.
pub fn resolve<'a>(text: &'a str, lang: Lang, count: &dyn Fn(&str) -> Option<u64>) -> Cow<'a, str> {
    const MARK: &str = ", plural,";
    let mut out = String::new();
    let (mut last, mut from) = (0, 0);
    while let Some(at) = text[from..].find(MARK).map(|i| i + from) {
        let Some(start) = text[..at].rfind('{') else {
            break;
        };
        // A form's braces close after its mark (`{{}n, plural, …` is no form).
        let Some(end) = matching(&text[start..])
            .map(|e| e + start)
            .filter(|e| *e > at)
        else {
            from = at + MARK.len();
            continue;
        };
        from = end + 1;
        let name = &text[start + 1..at];
        let Some(n) = count(name) else { continue };
        let wanted = category(lang, n).name();
        let (mut picked, mut other) = (None, None);
        let mut rest = &text[at + MARK.len()..end];
        while let Some(open) = rest.find('{') {
            let Some(close) = matching(&rest[open..]).map(|c| c + open) else {
                break;
            };
            let branch = &rest[open + 1..close];
            match rest[..open].trim() {
                c if c == wanted => picked = Some(branch),
                "other" => other = Some(branch),
                _ => {}
            }
            rest = &rest[close + 1..];
        }
        let Some(branch) = picked.or(other) else {
            continue;
        };
        out.push_str(&text[last..start]);
        // Inner forms first: their `#` is their own count.
        out.push_str(&resolve(branch, lang, count).replace('#', &["{", name, "}"].concat()));
        last = end + 1;
    }
    if last == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brace_closed_before_the_mark_is_no_form() {
        // Found by the language_pack fuzz target (a damaged pack): it panicked slicing.
        let text = "{{}unt, plural, one {# pool} other {# pools}}";
        assert_eq!(resolve(text, Lang::Fr, &|_| Some(2)), text);
        assert_eq!(
            resolve("{}, plural,{", Lang::En, &|_| Some(1)),
            "{}, plural,{"
        );
    }

    #[test]
    fn each_language_picks_its_branch() {
        let text = "{count, plural, one {# pool} other {# pools}} left";
        let say = |lang, n: u64| resolve(text, lang, &|_| Some(n)).into_owned();
        assert_eq!(say(Lang::En, 1), "{count} pool left");
        assert_eq!(say(Lang::En, 0), "{count} pools left");
        assert_eq!(say(Lang::Fr, 0), "{count} pool left");
        assert_eq!(
            say(Lang::Fr, 2_000_000),
            "{count} pools left",
            "many falls back to other"
        );
    }

    #[test]
    fn branches_may_hold_placeholders_and_forms_follow_each_other() {
        let text = "{done, plural, one {# of {total, plural, other {# x}}} other {#}}, {total, plural, other {#}}";
        let out = resolve(text, Lang::En, &|n| Some(if n == "done" { 1 } else { 3 }));
        assert_eq!(out, "{done} of {total} x, {total}");
    }

    #[test]
    fn what_does_not_parse_is_left_as_it_is() {
        for text in [
            "{count, plural, one # pool}",
            "{count, plural, one {# pool}",
            "x, plural, y",
        ] {
            assert_eq!(resolve(text, Lang::En, &|_| Some(1)), text);
        }
        assert!(forms("{count, plural, one {# pool} other {# pools}}").is_ok());
        assert!(forms("{count, plural, one {# pool").is_err());
    }
}
