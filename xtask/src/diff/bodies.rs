//! Request bodies and responses of a matched operation pair.

use serde_json::{json, Value};

use super::op::OpRef;
use super::schema::Slot;
use super::{Differ, Usage};
use crate::pointer::Pointer;
use crate::spec::refs::resolve;

fn required(v: &Value) -> bool {
    v.get("required").and_then(Value::as_bool).unwrap_or(false)
}

/// Diffs the request body.
pub(crate) fn diff_request_body(d: &mut Differ<'_>, o: &OpRef<'_>, n: &OpRef<'_>) {
    let ptr = n.ptr.join("requestBody");
    let ob = o.node.get("requestBody").map(|b| resolve(d.old, b));
    let nb = n.node.get("requestBody").map(|b| resolve(d.new, b));
    match (ob, nb) {
        (None, None) => {}
        (Some(_), None) => d.emit(
            "request-body-removed",
            &o.ptr.join("requestBody"),
            Some(json!("requestBody")),
            None,
            "request body removed",
        ),
        (None, Some(b)) => {
            let (rule, kind) = if required(b) {
                ("request-body-added-required", "required")
            } else {
                ("request-body-added-optional", "optional")
            };
            d.emit(
                rule,
                &ptr,
                None,
                Some(json!({"required": required(b)})),
                format!("{kind} request body added"),
            );
        }
        (Some(ob), Some(nb)) => {
            match (required(ob), required(nb)) {
                (false, true) => d.emit(
                    "request-body-became-required",
                    &ptr.join("required"),
                    Some(json!(false)),
                    Some(json!(true)),
                    "request body became required",
                ),
                (true, false) => d.emit(
                    "request-body-became-optional",
                    &ptr.join("required"),
                    Some(json!(true)),
                    Some(json!(false)),
                    "request body became optional",
                ),
                _ => {}
            }
            d.cosmetic_field("description-changed", ob, nb, "description", &ptr);
            d.extensions(ob, nb, &ptr);
            diff_content(d, ob, nb, &ptr, Usage::Request, &o.ptr.join("requestBody"));
        }
    }
}

/// Diffs the `content` maps of two bodies.
fn diff_content(
    d: &mut Differ<'_>,
    o: &Value,
    n: &Value,
    ptr: &Pointer,
    usage: Usage,
    old_ptr: &Pointer,
) {
    let empty = serde_json::Map::new();
    let oc = o
        .get("content")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let nc = n
        .get("content")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let (added, removed) = match usage {
        Usage::Request => ("request-media-type-added", "request-media-type-removed"),
        Usage::Response => ("response-media-type-added", "response-media-type-removed"),
    };
    for (mt, om) in oc {
        match nc.get(mt) {
            None => d.emit(
                removed,
                &old_ptr.join("content").join(mt),
                Some(json!(mt)),
                None,
                format!("{usage} media type {mt} removed"),
            ),
            Some(nm) => {
                let mptr = ptr.join("content").join(mt);
                d.cosmetic_field("example-changed", om, nm, "example", &mptr);
                d.cosmetic_field("example-changed", om, nm, "examples", &mptr);
                let null = Value::Null;
                let (os, ns) = (
                    om.get("schema").unwrap_or(&null),
                    nm.get("schema").unwrap_or(&null),
                );
                if !os.is_null() || !ns.is_null() {
                    d.schema(os, ns, &mptr.join("schema"), usage, Slot::Required);
                }
            }
        }
    }
    for mt in nc.keys() {
        if !oc.contains_key(mt) {
            d.emit(
                added,
                &ptr.join("content").join(mt),
                None,
                Some(json!(mt)),
                format!("{usage} media type {mt} added"),
            );
        }
    }
}

fn is_success(code: &str) -> bool {
    code.starts_with('2') || code.starts_with('3')
}

/// Diffs the responses.
pub(crate) fn diff_responses(d: &mut Differ<'_>, o: &OpRef<'_>, n: &OpRef<'_>) {
    let empty = serde_json::Map::new();
    let or = o
        .node
        .get("responses")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let nr = n
        .node
        .get("responses")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let base = n.ptr.join("responses");
    for (code, ov) in or {
        match nr.get(code) {
            None => {
                let rule = if is_success(code) {
                    "response-status-removed"
                } else {
                    "response-error-status-removed"
                };
                d.emit(
                    rule,
                    &o.ptr.join("responses").join(code),
                    Some(json!(code)),
                    None,
                    format!("response {code} removed"),
                );
            }
            Some(nv) => {
                let (ov, nv) = (resolve(d.old, ov), resolve(d.new, nv));
                let ptr = base.join(code);
                d.cosmetic_field("description-changed", ov, nv, "description", &ptr);
                d.extensions(ov, nv, &ptr);
                diff_content(
                    d,
                    ov,
                    nv,
                    &ptr,
                    Usage::Response,
                    &o.ptr.join("responses").join(code),
                );
            }
        }
    }
    for code in nr.keys() {
        if !or.contains_key(code) {
            d.emit(
                "response-status-added",
                &base.join(code),
                None,
                Some(json!(code)),
                format!("response {code} added"),
            );
        }
    }
}
