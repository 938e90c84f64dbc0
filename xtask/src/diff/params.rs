//! Parameters of a matched operation pair.

use serde_json::{json, Value};

use super::op::OpRef;
use super::schema::Slot;
use super::{Differ, Usage};
use crate::pointer::Pointer;
use crate::spec::refs::{ref_of, resolve};

/// One effective parameter of an operation.
#[derive(Debug, Clone)]
struct Param<'a> {
    name: String,
    location: String,
    node: &'a Value,
    ptr: Pointer,
    via_ref: Option<String>,
}

impl Param<'_> {
    fn required(&self) -> bool {
        self.location == "path"
            || self
                .node
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false)
    }

    fn describe(&self) -> String {
        let via = self
            .via_ref
            .as_deref()
            .map(|r| format!(" via {r}"))
            .unwrap_or_default();
        format!("{} parameter `{}`{via}", self.location, self.name)
    }

    fn summary(&self) -> Value {
        json!({"name": self.name, "in": self.location, "required": self.required()})
    }

    /// The parameter with annotations stripped, for rename detection.
    fn shape(&self) -> Value {
        strip_docs(self.node.get("schema").cloned().unwrap_or(Value::Null))
    }

    fn description(&self) -> Option<&Value> {
        self.node.get("description")
    }
}

fn strip_docs(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(k, _)| {
                    !matches!(k.as_str(), "description" | "example" | "examples" | "title")
                })
                .map(|(k, v)| (k, strip_docs(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(strip_docs).collect()),
        other => other,
    }
}

/// Path-level parameters overridden by operation-level ones, refs resolved.
fn effective<'a>(doc: &'a Value, op: &OpRef<'a>) -> Vec<Param<'a>> {
    let mut out: Vec<Param<'a>> = Vec::new();
    let path_ptr = Pointer::root().join("paths").join(&op.path);
    let sources = [
        (op.path_item.get("parameters"), path_ptr.join("parameters")),
        (op.node.get("parameters"), op.ptr.join("parameters")),
    ];
    for (list, base) in sources {
        let Some(Value::Array(items)) = list else {
            continue;
        };
        for (i, raw) in items.iter().enumerate() {
            let node = resolve(doc, raw);
            let (Some(name), Some(location)) = (
                node.get("name").and_then(Value::as_str),
                node.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            let p = Param {
                name: name.to_string(),
                location: location.to_string(),
                node,
                ptr: base.join(i.to_string()),
                via_ref: ref_of(raw).map(str::to_string),
            };
            out.retain(|q| !(q.name == p.name && q.location == p.location));
            out.push(p);
        }
    }
    out
}

/// Names of the `{...}` segments of a path template, in order.
fn template_names(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

/// Diffs the parameters of a matched operation pair.
pub(crate) fn diff_parameters(d: &mut Differ<'_>, o: &OpRef<'_>, n: &OpRef<'_>) {
    let old = effective(d.old, o);
    let new = effective(d.new, n);
    let mut old_left: Vec<Option<&Param<'_>>> = old.iter().map(Some).collect();
    let mut new_left: Vec<Option<&Param<'_>>> = new.iter().map(Some).collect();
    let mut pairs: Vec<(&Param<'_>, &Param<'_>)> = Vec::new();
    let mut renames: Vec<(&Param<'_>, &Param<'_>)> = Vec::new();

    let take = |left: &[Option<&Param<'_>>], pred: &dyn Fn(&Param<'_>) -> bool| {
        left.iter().position(|p| p.is_some_and(pred))
    };

    // 1. Same name and location.
    for slot in new_left.iter_mut() {
        let Some(np) = *slot else { continue };
        if let Some(i) = take(&old_left, &|p| {
            p.name == np.name && p.location == np.location
        }) {
            pairs.push((old_left[i].take().unwrap_or(np), np));
            *slot = None;
        }
    }
    // 2. Path parameters renamed in the template, matched by position.
    let (ot, nt) = (template_names(&o.path), template_names(&n.path));
    if ot.len() == nt.len() {
        for (a, b) in ot.iter().zip(&nt) {
            if a == b {
                continue;
            }
            let i = take(&old_left, &|p| p.location == "path" && &p.name == a);
            let j = take(&new_left, &|p| p.location == "path" && &p.name == b);
            if let (Some(i), Some(j)) = (i, j) {
                if let (Some(op), Some(np)) = (old_left[i].take(), new_left[j].take()) {
                    renames.push((op, np));
                }
            }
        }
    }
    // 3. Same name, different location.
    for slot in new_left.iter_mut() {
        let Some(np) = *slot else { continue };
        if let Some(i) = take(&old_left, &|p| p.name == np.name) {
            if let Some(op) = old_left[i].take() {
                *slot = None;
                d.emit(
                    "parameter-location-changed",
                    &np.ptr,
                    Some(op.summary()),
                    Some(np.summary()),
                    format!(
                        "parameter `{}` moved from {} to {}",
                        np.name, op.location, np.location
                    ),
                );
            }
        }
    }
    // 4. Renames: same location and schema, and the same description or the
    //    only removed/added pair in that location.
    for j in 0..new_left.len() {
        let Some(np) = new_left[j] else { continue };
        let same_loc_old: Vec<usize> = (0..old_left.len())
            .filter(|&i| old_left[i].is_some_and(|p| p.location == np.location))
            .collect();
        let same_loc_new = new_left
            .iter()
            .filter(|p| p.is_some_and(|p| p.location == np.location))
            .count();
        let candidate = same_loc_old.iter().copied().find(|&i| {
            old_left[i].is_some_and(|op| {
                op.shape() == np.shape()
                    && ((op.description().is_some() && op.description() == np.description())
                        || (same_loc_old.len() == 1 && same_loc_new == 1))
            })
        });
        if let Some(i) = candidate {
            if let Some(op) = old_left[i].take() {
                new_left[j] = None;
                renames.push((op, np));
            }
        }
    }
    for (op, np) in &renames {
        d.emit(
            "parameter-renamed",
            &np.ptr,
            Some(json!(op.name)),
            Some(json!(np.name)),
            format!(
                "{} parameter `{}` renamed to `{}`",
                np.location, op.name, np.name
            ),
        );
        pairs.push((op, np));
    }
    for op in old_left.into_iter().flatten() {
        d.emit(
            "parameter-removed",
            &op.ptr,
            Some(op.summary()),
            None,
            format!("{} removed", op.describe()),
        );
    }
    for np in new_left.into_iter().flatten() {
        let (rule, kind) = if np.required() {
            ("parameter-added-required", "required")
        } else {
            ("parameter-added-optional", "optional")
        };
        d.emit(
            rule,
            &np.ptr,
            None,
            Some(np.summary()),
            format!("{kind} {} added", np.describe()),
        );
    }
    for (op, np) in pairs {
        diff_parameter(d, op, np);
    }
}

fn diff_parameter(d: &mut Differ<'_>, o: &Param<'_>, n: &Param<'_>) {
    match (o.required(), n.required()) {
        (false, true) => d.emit(
            "parameter-became-required",
            &n.ptr.join("required"),
            Some(json!(false)),
            Some(json!(true)),
            format!("{} became required", n.describe()),
        ),
        (true, false) => d.emit(
            "parameter-became-optional",
            &n.ptr.join("required"),
            Some(json!(true)),
            Some(json!(false)),
            format!("{} became optional", n.describe()),
        ),
        _ => {}
    }
    let dep = |v: &Value| {
        v.get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    match (dep(o.node), dep(n.node)) {
        (false, true) => d.emit(
            "parameter-deprecated",
            &n.ptr.join("deprecated"),
            Some(json!(false)),
            Some(json!(true)),
            format!("{} deprecated", n.describe()),
        ),
        (true, false) => d.emit(
            "schema-undeprecated",
            &n.ptr.join("deprecated"),
            Some(json!(true)),
            Some(json!(false)),
            format!("{} no longer deprecated", n.describe()),
        ),
        _ => {}
    }
    d.cosmetic_field("description-changed", o.node, n.node, "description", &n.ptr);
    d.cosmetic_field("example-changed", o.node, n.node, "example", &n.ptr);
    d.cosmetic_field("example-changed", o.node, n.node, "examples", &n.ptr);
    d.extensions(o.node, n.node, &n.ptr);
    let slot = if o.required() || n.required() {
        Slot::Required
    } else {
        Slot::Optional
    };
    let null = Value::Null;
    let (os, ns) = (
        o.node.get("schema").unwrap_or(&null),
        n.node.get("schema").unwrap_or(&null),
    );
    if !os.is_null() || !ns.is_null() {
        d.schema(os, ns, &n.ptr.join("schema"), Usage::Request, slot);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_in_order() {
        assert_eq!(template_names("/a/{x}/b/{y}"), ["x", "y"]);
        assert!(template_names("/a").is_empty());
    }
}
