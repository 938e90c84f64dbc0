//! Security requirements of operations.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::op::OpRef;
use super::Differ;
use crate::pointer::Pointer;

/// The security requirements that apply to an operation, normalized
/// (scopes sorted), plus the pointer they come from.
fn effective(doc: &Value, op: &OpRef<'_>) -> (BTreeSet<String>, bool, Pointer) {
    let (list, ptr) = match op.node.get("security") {
        Some(v) => (v, op.ptr.join("security")),
        None => match doc.get("security") {
            Some(v) => (v, Pointer::root().join("security")),
            None => (&Value::Null, op.ptr.join("security")),
        },
    };
    let mut set = BTreeSet::new();
    let mut anonymous = true;
    if let Value::Array(reqs) = list {
        anonymous = reqs.is_empty();
        for r in reqs {
            let Value::Object(m) = r else { continue };
            if m.is_empty() {
                anonymous = true;
                continue;
            }
            let mut parts: Vec<String> = m
                .iter()
                .map(|(scheme, scopes)| {
                    let mut s: Vec<String> = scopes
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|x| x.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default();
                    s.sort();
                    if s.is_empty() {
                        scheme.clone()
                    } else {
                        format!("{scheme}[{}]", s.join(","))
                    }
                })
                .collect();
            parts.sort();
            set.insert(parts.join(" + "));
        }
    }
    (set, anonymous, ptr)
}

/// Diffs the effective security of a matched operation pair.
pub(crate) fn diff_operation_security(d: &mut Differ<'_>, o: &OpRef<'_>, n: &OpRef<'_>) {
    let (old_set, old_anon, _) = effective(d.old, o);
    let (new_set, new_anon, ptr) = effective(d.new, n);
    let describe = |set: &BTreeSet<String>, anon: bool| {
        let mut v: Vec<String> = set.iter().cloned().collect();
        if anon {
            v.push("anonymous".to_string());
        }
        json!(v)
    };
    if !old_anon && new_anon {
        d.emit(
            "security-anonymous-allowed",
            &ptr,
            Some(describe(&old_set, old_anon)),
            Some(describe(&new_set, new_anon)),
            "anonymous access now allowed",
        );
    } else if old_anon && !new_anon {
        d.emit(
            "security-auth-required",
            &ptr,
            Some(describe(&old_set, old_anon)),
            Some(describe(&new_set, new_anon)),
            "credentials now required (anonymous access no longer allowed)",
        );
    }
    // A document with no requirements at all accepts anything; adding the
    // first requirement is covered by `security-auth-required` above, and
    // dropping the last one by `security-anonymous-allowed`.
    if !old_set.is_empty() {
        for added in new_set.difference(&old_set) {
            d.emit(
                "security-requirement-added",
                &ptr,
                None,
                Some(json!(added)),
                format!("security requirement {added} now accepted"),
            );
        }
    }
    if !new_set.is_empty() {
        for removed in old_set.difference(&new_set) {
            d.emit(
                "security-requirement-removed",
                &ptr,
                Some(json!(removed)),
                None,
                format!("security requirement {removed} no longer accepted"),
            );
        }
    }
}

/// Diffs `components.securitySchemes` present in both documents.
pub(crate) fn diff_security_schemes(d: &mut Differ<'_>) {
    let (old, new) = (d.old, d.new);
    let (Some(Value::Object(os)), Some(Value::Object(ns))) = (
        old.pointer("/components/securitySchemes"),
        new.pointer("/components/securitySchemes"),
    ) else {
        return;
    };
    for (name, o) in os {
        let Some(n) = ns.get(name) else { continue };
        let ptr = Pointer::root()
            .join("components")
            .join("securitySchemes")
            .join(name);
        let mut changed = Vec::new();
        for key in [
            "type",
            "scheme",
            "in",
            "name",
            "bearerFormat",
            "flows",
            "openIdConnectUrl",
        ] {
            if o.get(key) != n.get(key) {
                changed.push(key);
            }
        }
        if !changed.is_empty() {
            d.emit(
                "security-scheme-changed",
                &ptr,
                Some(o.clone()),
                Some(n.clone()),
                format!("security scheme {name} changed ({})", changed.join(", ")),
            );
        }
        d.cosmetic_field("description-changed", o, n, "description", &ptr);
    }
}
