//! Matching operations between documents and diffing matched pairs.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::op::OpRef;
use super::{bodies, params, security, Differ, Scope};
use crate::pointer::Pointer;

/// HTTP methods that can hold an operation in a path item.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A matched (or unmatched) pair of operations.
#[derive(Debug, Clone)]
pub struct OpPair<'a> {
    /// The operation in the old document.
    pub old: Option<OpRef<'a>>,
    /// The operation in the new document.
    pub new: Option<OpRef<'a>>,
    /// The label changes are reported under (the new one when there is one).
    pub label: String,
}

/// All operations of a document, in document order.
pub fn operations(doc: &Value) -> Vec<OpRef<'_>> {
    let mut out = Vec::new();
    let Some(Value::Object(paths)) = doc.get("paths") else {
        return out;
    };
    for (path, item) in paths {
        for method in METHODS {
            if let Some(node @ Value::Object(_)) = item.get(method) {
                out.push(OpRef {
                    method,
                    path: path.clone(),
                    node,
                    path_item: item,
                    id: node
                        .get("operationId")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    ptr: Pointer::root().join("paths").join(path).join(method),
                });
            }
        }
    }
    out
}

/// Pairs up the operations of two documents: first by method and path
/// template (ignoring parameter names), then the leftovers by a unique
/// `operationId`.
pub fn match_operations<'a>(old: &'a Value, new: &'a Value) -> Vec<OpPair<'a>> {
    let old_ops = operations(old);
    let new_ops = operations(new);
    let mut old_by_key: BTreeMap<_, usize> = BTreeMap::new();
    for (i, op) in old_ops.iter().enumerate() {
        old_by_key.entry(op.key()).or_insert(i);
    }
    let mut old_used = vec![false; old_ops.len()];
    let mut new_match: Vec<Option<usize>> = vec![None; new_ops.len()];
    for (j, op) in new_ops.iter().enumerate() {
        if let Some(&i) = old_by_key.get(&op.key()) {
            if !old_used[i] {
                old_used[i] = true;
                new_match[j] = Some(i);
            }
        }
    }
    // Second pass: unique operationIds among the leftovers.
    let count_ids =
        |ops: &[OpRef<'_>], id: &str| ops.iter().filter(|o| o.id.as_deref() == Some(id)).count();
    for (j, op) in new_ops.iter().enumerate() {
        if new_match[j].is_some() {
            continue;
        }
        let Some(id) = &op.id else { continue };
        if count_ids(&new_ops, id) != 1 || count_ids(&old_ops, id) != 1 {
            continue;
        }
        if let Some(i) = old_ops.iter().position(|o| o.id.as_deref() == Some(id)) {
            if !old_used[i] {
                old_used[i] = true;
                new_match[j] = Some(i);
            }
        }
    }
    let mut pairs = Vec::new();
    // Removed operations first, in old-document order, then the new document's order.
    for (i, op) in old_ops.iter().enumerate() {
        if !old_used[i] {
            pairs.push(OpPair {
                label: op.label(),
                old: Some(op.clone()),
                new: None,
            });
        }
    }
    for (j, op) in new_ops.iter().enumerate() {
        pairs.push(OpPair {
            label: op.label(),
            old: new_match[j].map(|i| old_ops[i].clone()),
            new: Some(op.clone()),
        });
    }
    pairs
}

/// The client method name generated from an operationId:
/// `getRunByExternalReferenceURL` -> `get_run_by_external_reference_url`.
pub fn snake_case(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let mut out = String::with_capacity(id.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' || c == ' ' || c == '.' {
            if !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if (prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower))
                && !out.ends_with('_')
            {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Diffs every operation.
pub(crate) fn diff_operations(d: &mut Differ<'_>) {
    let (old, new) = (d.old, d.new);
    for pair in match_operations(old, new) {
        d.set_scope(Scope::Operation(pair.label.clone()), None);
        match (&pair.old, &pair.new) {
            (Some(o), None) => d.emit(
                "operation-removed",
                &o.ptr,
                Some(json!(o.label())),
                None,
                match &o.id {
                    Some(id) => format!(
                        "operation removed (client method `{}` goes away)",
                        snake_case(id)
                    ),
                    None => "operation removed".to_string(),
                },
            ),
            (None, Some(n)) => d.emit(
                "operation-added",
                &n.ptr,
                None,
                Some(json!(n.label())),
                match &n.id {
                    Some(id) => format!("operation added (new client method `{}`)", snake_case(id)),
                    None => "operation added".to_string(),
                },
            ),
            (Some(o), Some(n)) => diff_operation(d, o, n),
            (None, None) => {}
        }
    }
}

fn diff_operation(d: &mut Differ<'_>, o: &OpRef<'_>, n: &OpRef<'_>) {
    if o.key() != n.key() {
        d.emit(
            "operation-path-changed",
            &n.ptr,
            Some(json!(format!("{} {}", o.method.to_uppercase(), o.path))),
            Some(json!(format!("{} {}", n.method.to_uppercase(), n.path))),
            format!(
                "moved from {} {} to {} {}",
                o.method.to_uppercase(),
                o.path,
                n.method.to_uppercase(),
                n.path
            ),
        );
    }
    if o.id != n.id {
        d.emit(
            "operation-id-changed",
            &n.ptr.join("operationId"),
            o.id.as_ref().map(|s| json!(s)),
            n.id.as_ref().map(|s| json!(s)),
            format!(
                "operationId {} -> {} (client method `{}` becomes `{}`)",
                o.id.as_deref().unwrap_or("(none)"),
                n.id.as_deref().unwrap_or("(none)"),
                o.id.as_deref().map(snake_case).unwrap_or_default(),
                n.id.as_deref().map(snake_case).unwrap_or_default()
            ),
        );
    }
    let dep = |v: &Value| {
        v.get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    match (dep(o.node), dep(n.node)) {
        (false, true) => d.emit(
            "operation-deprecated",
            &n.ptr.join("deprecated"),
            Some(json!(false)),
            Some(json!(true)),
            "operation deprecated",
        ),
        (true, false) => d.emit(
            "operation-undeprecated",
            &n.ptr.join("deprecated"),
            Some(json!(true)),
            Some(json!(false)),
            "operation no longer deprecated",
        ),
        _ => {}
    }
    for key in ["summary", "description", "externalDocs"] {
        d.cosmetic_field("description-changed", o.node, n.node, key, &n.ptr);
    }
    d.cosmetic_field("tags-changed", o.node, n.node, "tags", &n.ptr);
    d.cosmetic_field("servers-changed", o.node, n.node, "servers", &n.ptr);
    d.extensions(o.node, n.node, &n.ptr);
    security::diff_operation_security(d, o, n);
    params::diff_parameters(d, o, n);
    bodies::diff_request_body(d, o, n);
    bodies::diff_responses(d, o, n);
}

impl Differ<'_> {
    /// Emits `rule` if `key` differs between two objects.
    pub(crate) fn cosmetic_field(
        &mut self,
        rule: &'static str,
        o: &Value,
        n: &Value,
        key: &str,
        ptr: &Pointer,
    ) {
        let (a, b) = (o.get(key), n.get(key));
        if a != b {
            let what = match (a, b) {
                (None, Some(_)) => "added",
                (Some(_), None) => "removed",
                _ => "changed",
            };
            self.emit(
                rule,
                &ptr.join(key),
                a.cloned(),
                b.cloned(),
                format!("{key} {what}"),
            );
        }
    }

    /// Emits `extension-changed` for every `x-` key that differs.
    pub(crate) fn extensions(&mut self, o: &Value, n: &Value, ptr: &Pointer) {
        let mut keys: Vec<&String> = Vec::new();
        for v in [o, n] {
            if let Value::Object(m) = v {
                keys.extend(m.keys().filter(|k| k.starts_with("x-")));
            }
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            self.cosmetic_field("extension-changed", o, n, k, ptr);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_handles_acronyms() {
        assert_eq!(
            snake_case("getRunByExternalReferenceURL"),
            "get_run_by_external_reference_url"
        );
        assert_eq!(snake_case("listAgents"), "list_agents");
        assert_eq!(snake_case("getHTTPStatus2"), "get_http_status2");
    }
}
