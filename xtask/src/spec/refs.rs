//! `$ref` resolution and reference collection.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::pointer::Pointer;

/// Prefix of references to component schemas.
pub const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// Longest `$ref` chain followed before giving up (guards against `A -> B -> A`).
const MAX_CHAIN: usize = 32;

/// The `$ref` string of a node, if it is a reference object.
pub fn ref_of(v: &Value) -> Option<&str> {
    v.get("$ref").and_then(Value::as_str)
}

/// The component schema name a node refers to (`#/components/schemas/NAME`).
pub fn schema_ref_name(v: &Value) -> Option<&str> {
    ref_of(v).and_then(|r| r.strip_prefix(SCHEMA_PREFIX))
}

/// Follows a chain of `$ref`s from `v` and returns the node it ends on.
/// A reference that does not resolve (or a cycle of pure references) yields `v` itself.
pub fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    let mut cur = v;
    for _ in 0..MAX_CHAIN {
        let Some(r) = ref_of(cur) else {
            return cur;
        };
        match Pointer::from_ref(r).and_then(|p| p.lookup(doc)) {
            Some(next) => cur = next,
            None => return cur,
        }
    }
    cur
}

/// Names of the component schemas referenced anywhere under `v`, following
/// references to other component kinds (parameters, request bodies, responses,
/// headers) but not into the schemas themselves.
pub fn schema_refs_in(doc: &Value, v: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut seen = BTreeSet::new();
    collect(doc, v, &mut out, &mut seen);
    out
}

fn collect(doc: &Value, v: &Value, out: &mut BTreeSet<String>, seen: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                if let Some(name) = r.strip_prefix(SCHEMA_PREFIX) {
                    out.insert(name.to_string());
                } else if seen.insert(r.to_string()) {
                    if let Some(target) = Pointer::from_ref(r).and_then(|p| p.lookup(doc)) {
                        collect(doc, target, out, seen);
                    }
                }
            }
            for (k, child) in map {
                if k == "example" || k == "examples" || k == "$ref" {
                    continue;
                }
                collect(doc, child, out, seen);
            }
        }
        Value::Array(items) => items.iter().for_each(|c| collect(doc, c, out, seen)),
        _ => {}
    }
}

/// For every component schema, the component schemas it refers to directly.
pub fn schema_graph(doc: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph = BTreeMap::new();
    if let Some(Value::Object(schemas)) = doc.pointer("/components/schemas") {
        for (name, schema) in schemas {
            graph.insert(name.clone(), schema_refs_in(doc, schema));
        }
    }
    graph
}

/// The transitive closure of `roots` over `graph`.
pub fn closure(
    graph: &BTreeMap<String, BTreeSet<String>>,
    roots: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut out = roots.clone();
    let mut stack: Vec<String> = roots.iter().cloned().collect();
    while let Some(name) = stack.pop() {
        if let Some(next) = graph.get(&name) {
            for n in next {
                if out.insert(n.clone()) {
                    stack.push(n.clone());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn closure_terminates_on_recursive_schemas() {
        let doc = json!({"components": {"schemas": {
            "Step": {"properties": {"children": {"items": {"$ref": "#/components/schemas/Step"}},
                                     "leaf": {"$ref": "#/components/schemas/Leaf"}}},
            "Leaf": {"type": "string"}
        }}});
        let g = schema_graph(&doc);
        let c = closure(&g, &BTreeSet::from(["Step".to_string()]));
        assert_eq!(c, BTreeSet::from(["Leaf".to_string(), "Step".to_string()]));
    }

    #[test]
    fn resolve_stops_on_reference_cycles() {
        let doc = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}});
        let start = &doc["a"];
        let end = resolve(&doc, start);
        assert!(ref_of(end).is_some());
    }

    #[test]
    fn collects_schema_refs_through_component_parameters() {
        let doc = json!({"components": {"parameters": {"P": {"schema": {"$ref": "#/components/schemas/S"}}}}});
        let op = json!({"parameters": [{"$ref": "#/components/parameters/P"}]});
        assert_eq!(schema_refs_in(&doc, &op), BTreeSet::from(["S".to_string()]));
    }
}
