//! Typed messages: the engine says what to tell — a text's key and the values of its
//! placeholders — and a [`Texts`] says it in one language. No message is prose chosen in code;
//! a key that does not exist does not compile.

use crate::plan::texts::plural;
use crate::plan::texts::table::{Key, Texts, key};

/// The value of a placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is (a name, a number).
    Text(String),
    /// A size in bytes, written in the language's units.
    Size(usize),
    /// Another message, said in the same language.
    Message(Box<Message>),
}

/// A text to show: its key and its placeholders' values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Which text.
    pub key: Key,
    /// Placeholder name → value.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The text `key`, without placeholders yet.
    pub fn new(key: Key) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Sets placeholder `name` to `value`, shown as it is.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Sets placeholder `name` to a size in bytes.
    pub fn size(mut self, name: &'static str, bytes: usize) -> Message {
        self.args.push((name, Arg::Size(bytes)));
        self
    }

    /// Sets placeholder `name` to another message.
    pub fn nested(mut self, name: &'static str, message: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(message))));
        self
    }
}

impl Texts {
    /// `message` in this language: each count's plural form picked ([`plural`]), each `{name}`
    /// replaced by its value (an unknown name is left as it is, which the translations test would
    /// have caught).
    pub fn render(self, message: &Message) -> String {
        let count = |name: &str| match message.args.iter().find(|(n, _)| *n == name) {
            Some((_, Arg::Text(value))) => value.parse().ok(),
            _ => None,
        };
        let text = plural::resolve(self.get(message.key), self.lang(), &count);
        let text = text.as_ref();
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let value = after.find('}').and_then(|close| {
                let name = &after[..close];
                let (_, arg) = message.args.iter().find(|(n, _)| *n == name)?;
                Some((close, self.arg(arg)))
            });
            match value {
                Some((close, value)) => {
                    out.push_str(&value);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn arg(self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Size(bytes) => self.size(*bytes),
            Arg::Message(message) => self.render(message),
        }
    }

    /// A file size for people (`8.5 MB`, `8,5 Mo`), in integer arithmetic (float formatting
    /// costs the wasm several KB).
    pub fn size(self, bytes: usize) -> String {
        const MB: usize = 1024 * 1024;
        let unit = |k| self.get(k);
        match bytes {
            n if n >= MB => {
                // Tenths, rounded half up; 9.96 MB shows as 10.0 MB, not 9.10.
                let tenths = (n % MB * 10 + MB / 2) / MB;
                let (whole, tenths) = if tenths == 10 {
                    (n / MB + 1, 0)
                } else {
                    (n / MB, tenths)
                };
                format!(
                    "{whole}{}{tenths} {}",
                    unit(key::UNITS_DECIMAL_POINT),
                    unit(key::UNITS_MB)
                )
            }
            n if n >= 1024 => format!("{} {}", n / 1024, unit(key::UNITS_KB)),
            n => format!("{n} {}", unit(key::UNITS_BYTES)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::texts::lang::Lang;

    #[test]
    fn sizes_read_naturally_in_both_languages() {
        const MB: usize = 1024 * 1024;
        let (en, fr) = (Texts::english(), Texts::built_in(Lang::Fr));
        assert_eq!(en.size(8 * MB + MB / 2), "8.5 MB");
        assert_eq!(fr.size(8 * MB + MB / 2), "8,5 Mo");
        // Rounding carries into the whole part instead of printing "9.10".
        assert_eq!(en.size(10 * MB - 1), "10.0 MB");
        assert_eq!(en.size(2048), "2 KB");
        assert_eq!(fr.size(12), "12 octets");
    }

    #[test]
    fn placeholders_are_filled_and_messages_nest() {
        let en = Texts::english();
        let inner = Message::new(key::DECODE_NOT_JSON_AT)
            .with("line", 2)
            .with("column", 7);
        let outer = Message::new(key::NOTICE_BAD_LINK).nested("problem", inner);
        assert_eq!(
            en.render(&outer),
            "This link could not be opened: It is not valid JSON (line 2, column 7); the file may be truncated. Your saved plans are unchanged."
        );
        // A placeholder without a value stays visible rather than vanishing.
        assert_eq!(
            en.render(&Message::new(key::ISSUE_DUPLICATE)),
            "{server} is listed twice."
        );
    }
}
