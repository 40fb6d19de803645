//! Fills `{placeholder}` templates from the catalogue with the user's names. A value that is
//! missing or invalid is printed as a visible `<what is missing>` marker and reported, so the
//! checklist always renders and always says what is still to be filled in. A line holding an
//! `{each_…}` list placeholder is repeated once per item. An optional segment
//! `{?name: text}` is printed only when `name` is not a [`Value::Default`]: that is how a command
//! leaves out an argument whose default is the user's answer (`-SqlInstanceName` for a SQL Server
//! default instance). Total: any template, any values.

/// Scalar placeholders the planner can fill.
pub const SCALARS: &[&str] = &[
    "pool",
    "site",
    "server",
    "server_instance",
    "role",
    "sql",
    "sql_instance",
    "mirror",
    "mirror_instance",
    "backup",
    "local",
    "user_data_file",
    "config_file",
    "lis_file",
    "rgs_file",
    "chat_file",
    "file_store",
    "file_server",
    "backup_pool",
    "chat_sql",
    "chat_instance",
    "backup_needs",
    "quorum",
    "front_end_count",
    "front_end",
    "archiving_sql",
    "archiving_instance",
    "monitoring_sql",
    "monitoring_instance",
    "restore_from",
    "import_from",
    "import_file",
    "import_source",
    "replica_holders",
    "collocated_stores",
    "fresh",
    "chat_server",
    "backup_sql",
    "backup_sql_instance",
    "edge_pool",
    "replica",
    // The product's names, after the plan's version (see `PRODUCT_TERMS` in the planner).
    "product",
    "brand",
    "shell",
    "topology_builder",
    "topology_node",
    "components_step",
    "sql_versions",
];

/// List placeholders: a line using one is repeated per item.
pub const LISTS: &[&str] = &[
    "each_front_end",
    "each_db_type",
    "each_archiving_db",
    "each_restored_db_type",
    "each_running_front_end",
    "each_chat_server",
];

/// A placeholder's value: known, or missing with the marker to print instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// The user's value.
    Known(String),
    /// Not (validly) given: the marker text, e.g. `<pool FQDN>`.
    Missing(String),
    /// The user chose the default (a SQL Server default instance, no mirror): prose prints the
    /// text, and an optional segment `{?name: …}` naming it is left out of commands.
    Default(String),
}

/// The values for one section of the checklist, kept in the order of [`SCALARS`] and
/// [`LISTS`] (the names are a fixed vocabulary: no map, no key strings to allocate). A name
/// outside the vocabulary is not stored; the catalogue lint keeps templates within it.
#[derive(Clone, Debug, Default)]
pub struct Values {
    scalars: Vec<Option<Value>>,
    lists: Vec<Option<Vec<Value>>>,
}

/// Stores `value` at the position of `name` in `names`.
fn put<T: Clone>(slots: &mut Vec<Option<T>>, names: &[&str], name: &str, value: T) {
    let Some(i) = names.iter().position(|n| *n == name) else {
        return;
    };
    if slots.len() < names.len() {
        slots.resize(names.len(), None);
    }
    if let Some(slot) = slots.get_mut(i) {
        *slot = Some(value);
    }
}

/// Reads the value at the position of `name` in `names`.
fn read<'a, T>(slots: &'a [Option<T>], names: &[&str], name: &str) -> Option<&'a T> {
    let i = names.iter().position(|n| *n == name)?;
    slots.get(i)?.as_ref()
}

impl Values {
    /// Sets a scalar.
    pub fn set(&mut self, name: &str, value: Value) {
        put(&mut self.scalars, SCALARS, name, value);
    }

    /// Sets a list.
    pub fn set_list(&mut self, name: &str, values: Vec<Value>) {
        put(&mut self.lists, LISTS, name, values);
    }

    /// Reads a scalar.
    pub fn get(&self, name: &str) -> Option<&Value> {
        read(&self.scalars, SCALARS, name)
    }
}

/// Where [`render`] reads values from.
pub trait Lookup {
    /// A scalar value by placeholder name.
    fn scalar(&self, name: &str) -> Option<&Value>;
    /// A list value by placeholder name.
    fn list(&self, name: &str) -> Option<&[Value]>;
}

impl Lookup for Values {
    fn scalar(&self, name: &str) -> Option<&Value> {
        self.get(name)
    }
    fn list(&self, name: &str) -> Option<&[Value]> {
        read(&self.lists, LISTS, name).map(Vec::as_slice)
    }
}

/// A few values on top of shared ones (a section's server over the pool's values), so planning
/// a large site does not copy the pool's values for every section.
pub struct Layered<'a> {
    /// Values that win.
    pub top: Values,
    /// Values shared by every section of a pool.
    pub base: &'a Values,
}

impl Lookup for Layered<'_> {
    fn scalar(&self, name: &str) -> Option<&Value> {
        // One search of the vocabulary for both layers.
        let i = SCALARS.iter().position(|n| *n == name)?;
        let top = self.top.scalars.get(i).and_then(Option::as_ref);
        top.or_else(|| self.base.scalars.get(i).and_then(Option::as_ref))
    }
    fn list(&self, name: &str) -> Option<&[Value]> {
        self.top.list(name).or_else(|| self.base.list(name))
    }
}

/// The placeholder names used in `template`, in order of appearance (duplicates kept), a plural
/// form's count included.
pub fn placeholders(template: &str) -> Vec<&str> {
    names(template).collect()
}

/// The placeholder names in `template`, lazily (rendering looks for a list name on every line
/// without collecting them).
fn names(template: &str) -> impl Iterator<Item = &str> {
    let mut rest = template;
    std::iter::from_fn(move || {
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end) if is_name(&after[..end]) => {
                    rest = &after[end + 1..];
                    return Some(&after[..end]);
                }
                _ => rest = after,
            }
            // A count's plural form names its count (`{count, plural, …}`); its branches are
            // read on.
            if let Some((name, _)) = after.split_once(',')
                && is_name(name)
                && after[name.len()..].starts_with(", plural,")
            {
                return Some(name);
            }
        }
        None
    })
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Renders `template`; every missing value's marker is appended to `missing`.
pub fn render(template: &str, values: &impl Lookup, missing: &mut Vec<String>) -> String {
    // Most texts have no placeholder at all: nothing to do but copy them.
    if !template.contains('{') {
        return template.to_string();
    }
    let mut out = String::with_capacity(template.len() + 32);
    let mut first = true;
    for line in template.split('\n') {
        let start = out.len();
        if !first {
            out.push('\n');
        }
        render_line(line, values, missing, &mut out);
        // A line made only of segments that were all left out is left out too.
        if line.contains("{?") && out[start..].trim().is_empty() {
            out.truncate(start);
        } else {
            first = false;
        }
    }
    out
}

fn render_line(line: &str, values: &impl Lookup, missing: &mut Vec<String>, out: &mut String) {
    let Some(name) = names(line).find(|name| LISTS.contains(name)) else {
        substitute(line, values, None, missing, out);
        return;
    };
    let marker;
    let items = match values.list(name) {
        Some(items) if !items.is_empty() => items,
        _ => {
            marker = [Value::Missing(format!(
                "<{}>",
                name.trim_start_matches("each_").replace('_', " ")
            ))];
            &marker[..]
        }
    };
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        substitute(line, values, Some((name, item)), missing, out);
    }
}

/// Appends `line` to `out` with its placeholders filled and its optional segments decided.
fn substitute(
    line: &str,
    values: &impl Lookup,
    item: Option<(&str, &Value)>,
    missing: &mut Vec<String>,
    out: &mut String,
) {
    let lookup = |name: &str| match item {
        Some((list, v)) if list == name => Some(v),
        _ => values.scalar(name),
    };
    let mut rest = line;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        if let Some((name, inner, tail)) = optional_segment(after) {
            if !matches!(lookup(name), Some(Value::Default(_))) {
                substitute(inner, values, item, missing, out);
            }
            rest = tail;
            continue;
        }
        match after.find('}') {
            Some(end) if is_name(&after[..end]) => {
                let name = &after[..end];
                match lookup(name) {
                    Some(Value::Known(v) | Value::Default(v)) => out.push_str(v),
                    Some(Value::Missing(marker)) => {
                        out.push_str(marker);
                        if !missing.contains(marker) {
                            missing.push(marker.clone());
                        }
                    }
                    None => {
                        let marker = format!("<{name}?>");
                        out.push_str(&marker);
                        if !missing.contains(&marker) {
                            missing.push(marker);
                        }
                    }
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// `?name: inner}tail` (the text after a `{`) → (name, inner, tail), braces inside `inner`
/// balanced; `None` when the text does not open an optional segment.
fn optional_segment(after: &str) -> Option<(&str, &str, &str)> {
    let body = after.strip_prefix('?')?;
    let colon = body.find(':')?;
    let name = &body[..colon];
    if !is_name(name) {
        return None;
    }
    let inner_start = colon + 1;
    let mut depth = 0usize;
    for (i, c) in body[inner_start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                let inner = &body[inner_start..inner_start + i];
                return Some((name, inner, &body[inner_start + i + 1..]));
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Every optional segment `{?name: inner}` of `template`, nested ones after their parent.
fn segments(template: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{?") {
        let after = &rest[start + 1..];
        match optional_segment(after) {
            Some((name, inner, tail)) => {
                out.push((name, inner));
                out.extend(segments(inner));
                rest = tail;
            }
            None => rest = after,
        }
    }
    out
}

/// The names that decide optional segments `{?name: …}` in `template`, in order.
pub fn segment_conditions(template: &str) -> Vec<&str> {
    segments(template)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// The placeholders of `template` that stand inside an optional segment naming them (so a
/// [`Value::Default`] of theirs can never reach a command).
pub fn guarded_placeholders(template: &str) -> Vec<&str> {
    segments(template)
        .into_iter()
        .filter(|(name, inner)| placeholders(inner).contains(name))
        .map(|(name, _)| name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        let mut v = Values::default();
        v.set("pool", Value::Known("pool.contoso.com".into()));
        v.set("sql", Value::Missing("<SQL Server FQDN>".into()));
        v.set_list(
            "each_front_end",
            vec![
                Value::Known("fe1.contoso.com".into()),
                Value::Known("fe2.contoso.com".into()),
            ],
        );
        v
    }

    #[test]
    fn fills_values_repeats_list_lines_and_leaves_other_braces() {
        // (template, rendered, markers of what is missing)
        let cases: [(&str, &str, &[&str]); 3] = [
            (
                "X -PoolFqdn \"{pool}\" -SqlServerFqdn {sql}",
                "X -PoolFqdn \"pool.contoso.com\" -SqlServerFqdn <SQL Server FQDN>",
                &["<SQL Server FQDN>"],
            ),
            (
                "a\nStop -ComputerName {each_front_end}\nb",
                "a\nStop -ComputerName fe1.contoso.com\nStop -ComputerName fe2.contoso.com\nb",
                &[],
            ),
            (
                "Get-CsUser -Filter {RegistrarPool -eq 1} {}",
                "Get-CsUser -Filter {RegistrarPool -eq 1} {}",
                &[],
            ),
        ];
        for (template, rendered, markers) in cases {
            let mut missing = Vec::new();
            assert_eq!(render(template, &values(), &mut missing), rendered);
            assert_eq!(missing, markers, "{template}");
        }
    }

    #[test]
    fn optional_segments_drop_defaults_and_keep_the_rest() {
        let mut v = values();
        v.set("server_instance", Value::Default("default instance".into()));
        v.set("mirror_instance", Value::Known("rtc".into()));
        let mut missing = Vec::new();
        let t = "I -A x{?server_instance: -SqlInstanceName \"{server_instance}\"}{?mirror_instance: -M \"{mirror_instance}\"} -B";
        assert_eq!(render(t, &v, &mut missing), "I -A x -M \"rtc\" -B");
        // Missing values keep their segment, so the marker shows.
        assert_eq!(
            render("X{?sql: -S {sql}}", &v, &mut missing),
            "X -S <SQL Server FQDN>"
        );
        // Nested segments, prose shows the default's text.
        assert_eq!(
            render(
                "{?pool:P{?server_instance: I}} on {server_instance}",
                &v,
                &mut missing
            ),
            "P on default instance"
        );
        assert_eq!(
            render(
                "{?server_instance:A}\nB\n{?server_instance: C}\nD",
                &v,
                &mut missing
            ),
            "B\nD"
        );
        assert_eq!(
            segment_conditions(t),
            vec!["server_instance", "mirror_instance"]
        );
        assert_eq!(
            guarded_placeholders(t),
            vec!["server_instance", "mirror_instance"]
        );
        assert_eq!(guarded_placeholders("{?a: {b}} {c}"), Vec::<&str>::new());
    }

    #[test]
    fn lists_placeholders() {
        assert_eq!(placeholders("{a} {B} {b_c} {"), vec!["a", "b_c"]);
    }
}
