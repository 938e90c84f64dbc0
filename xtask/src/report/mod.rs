//! Rendering a [`DiffResult`] as text, Markdown or JSON.

pub mod json;
pub mod markdown;
pub mod text;

use std::collections::BTreeMap;

use crate::classify::Class;
use crate::diff::{Change, DiffResult, Scope};
pub use crate::format::Format;

/// Renders `diff` in `format`.
pub fn render(diff: &DiffResult, format: Format) -> String {
    match format {
        Format::Text => text::render(diff),
        Format::Markdown => markdown::render(diff),
        Format::Json => json::render(diff),
    }
}

/// `3 breaking, 12 additive, 140 cosmetic`.
pub fn counts_line(diff: &DiffResult) -> String {
    Class::ALL
        .iter()
        .map(|c| format!("{} {c}", diff.count(*c)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Changes of the given classes grouped by scope, scopes in first-seen order.
pub(crate) fn grouped<'a>(
    diff: &'a DiffResult,
    classes: &[Class],
) -> Vec<(Scope, Vec<&'a Change>)> {
    let mut order: Vec<Scope> = Vec::new();
    let mut groups: BTreeMap<Scope, Vec<&Change>> = BTreeMap::new();
    for c in diff.changes.iter().filter(|c| classes.contains(&c.class)) {
        let s = c.scope();
        if !groups.contains_key(&s) {
            order.push(s.clone());
        }
        groups.entry(s).or_default().push(c);
    }
    order
        .into_iter()
        .map(|s| {
            let v = groups.remove(&s).unwrap_or_default();
            (s, v)
        })
        .collect()
}

/// Per-rule counts of the cosmetic changes, most frequent first.
pub(crate) fn cosmetic_rule_counts(diff: &DiffResult) -> Vec<(&'static str, usize)> {
    let mut m: BTreeMap<&'static str, usize> = BTreeMap::new();
    for c in diff.changes.iter().filter(|c| c.class == Class::Cosmetic) {
        *m.entry(c.rule).or_default() += 1;
    }
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

/// How many operations a schema heading lists before "and N more".
const MAX_OPS_LISTED: usize = 4;

/// A schema-scoped change's context: `response; used by: a, b`.
pub(crate) fn schema_context(changes: &[&Change]) -> String {
    let mut usages = Vec::new();
    let mut ops: Vec<&str> = Vec::new();
    for c in changes {
        for u in &c.usage {
            if !usages.contains(u) {
                usages.push(*u);
            }
        }
        for o in &c.operations {
            if !ops.contains(&o.as_str()) {
                ops.push(o);
            }
        }
    }
    usages.sort();
    let u = usages
        .iter()
        .map(|u| u.as_str())
        .collect::<Vec<_>>()
        .join(" + ");
    let used = match ops.len() {
        0 => "used by no operation".to_string(),
        n if n > MAX_OPS_LISTED => format!(
            "used by {} and {} more",
            ops[..MAX_OPS_LISTED].join(", "),
            n - MAX_OPS_LISTED
        ),
        _ => format!("used by {}", ops.join(", ")),
    };
    if u.is_empty() {
        used
    } else {
        format!("{u}; {used}")
    }
}
