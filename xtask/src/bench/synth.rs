//! A synthetic spec N times the size of a real one, made from its own shapes.
//!
//! Copy `k` (2 ..= N) of every operation and every component (schemas,
//! parameters, responses, request bodies, headers, examples, links,
//! callbacks) is the original with a suffix `X{k}` on its name, its path
//! under `/x{k}`, its `operationId` suffixed the same way (a repeated id
//! numbered: `listAgents2X3`), and every
//! `#/components/{kind}/{name}` reference inside it pointing at copy `k` of
//! the component. Copy 1 is the original, untouched, so the crate's
//! hand-written code, which names a few generated types, still compiles.
//! Security schemes, tags and servers are shared.

use serde_json::{Map, Value};

/// Component kinds that are copied (everything but `securitySchemes`).
pub const COPIED_COMPONENTS: [&str; 8] = [
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "links",
    "callbacks",
];

/// HTTP methods of an OpenAPI path item.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Operations (path × method) and component schemas of a spec.
pub fn size(spec: &Value) -> (usize, usize) {
    let ops = spec["paths"]
        .as_object()
        .map(|paths| {
            paths
                .values()
                .map(|item| METHODS.iter().filter(|m| item.get(**m).is_some()).count())
                .sum()
        })
        .unwrap_or(0);
    let schemas = spec["components"]["schemas"]
        .as_object()
        .map_or(0, Map::len);
    (ops, schemas)
}

/// The spec `factor` times over (see the module docs); `factor` 1 is the spec itself.
pub fn multiply(spec: &Value, factor: usize) -> Result<Value, String> {
    copy(spec, factor, true)
}

/// Only the components `factor` times over, the operations once: the copies
/// are unused by any operation, but the generator still makes a type of
/// every schema. Against [`multiply`] it separates what a schema costs from
/// what an operation costs.
pub fn multiply_schemas(spec: &Value, factor: usize) -> Result<Value, String> {
    copy(spec, factor, false)
}

fn copy(spec: &Value, factor: usize, with_operations: bool) -> Result<Value, String> {
    if factor == 0 {
        return Err("the factor must be at least 1".into());
    }
    let paths = spec["paths"]
        .as_object()
        .ok_or("the spec has no paths object")?;
    let mut out = spec.clone();
    for k in 2..=factor {
        let suffix = format!("X{k}");
        for kind in COPIED_COMPONENTS {
            let Some(originals) = spec["components"][kind].as_object() else {
                continue;
            };
            let copies: Vec<(String, Value)> = originals
                .iter()
                .map(|(name, item)| (format!("{name}{suffix}"), retarget(item, spec, &suffix)))
                .collect();
            let target = out["components"][kind]
                .as_object_mut()
                .ok_or_else(|| format!("components.{kind} is not an object"))?;
            for (name, item) in copies {
                if target.insert(name.clone(), item).is_some() {
                    return Err(format!(
                        "components.{kind}.{name} exists already; cannot copy under that name"
                    ));
                }
            }
        }
        if !with_operations {
            continue;
        }
        let mut copies = Vec::new();
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        for (path, item) in paths {
            let mut item = retarget(item, spec, &suffix);
            for method in METHODS {
                if let Some(id) = item
                    .get_mut(method)
                    .and_then(|op| op.get_mut("operationId"))
                {
                    let original = id.as_str().unwrap_or(method).to_owned();
                    let n = seen.entry(original.clone()).or_default();
                    *n += 1;
                    // A second operation with the same id (D and G declare
                    // `listAgents` twice; build/patches.rs repairs only the
                    // original paths) is numbered, so the copies generate.
                    let renamed = match *n {
                        1 => format!("{original}{suffix}"),
                        n => format!("{original}{n}{suffix}"),
                    };
                    *id = Value::String(renamed);
                }
            }
            copies.push((format!("/x{k}{path}"), item));
        }
        let target = out["paths"].as_object_mut().ok_or("paths")?;
        for (path, item) in copies {
            if target.insert(path.clone(), item).is_some() {
                return Err(format!("path {path} exists already; cannot copy there"));
            }
        }
    }
    Ok(out)
}

/// `value` with every reference to a copied component pointing at its copy.
fn retarget(value: &Value, spec: &Value, suffix: &str) -> Value {
    match value {
        Value::String(s) => match component_ref(s) {
            Some((kind, name)) if spec["components"][kind].get(name).is_some() => {
                Value::String(format!("{s}{suffix}"))
            }
            _ => value.clone(),
        },
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| retarget(item, spec, suffix))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, item)| (key.clone(), retarget(item, spec, suffix)))
                .collect(),
        ),
        _ => value.clone(),
    }
}

/// `("schemas", "RunItem")` for `#/components/schemas/RunItem`, when the kind is copied.
fn component_ref(s: &str) -> Option<(&str, &str)> {
    let (kind, name) = s.strip_prefix("#/components/")?.split_once('/')?;
    (COPIED_COMPONENTS.contains(&kind) && !name.contains('/')).then_some((kind, name))
}

/// Every `$ref` in `spec` (and every discriminator mapping target) that does
/// not resolve to a component; empty when all do.
pub fn dangling_refs(spec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk_refs(spec, &mut |reference| {
        let resolves = reference
            .strip_prefix("#/")
            .map(|pointer| {
                let pointer = format!("/{pointer}");
                spec.pointer(&pointer).is_some()
            })
            .unwrap_or(true); // external references are not ours to check
        if !resolves {
            out.push(reference.to_owned());
        }
    });
    out.sort();
    out.dedup();
    out
}

/// Calls `f` with every `$ref` value and every discriminator mapping target.
pub fn walk_refs(value: &Value, f: &mut impl FnMut(&str)) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                match (key.as_str(), item) {
                    ("$ref", Value::String(reference)) => f(reference),
                    ("discriminator", Value::Object(d)) => {
                        if let Some(mapping) = d.get("mapping").and_then(Value::as_object) {
                            for target in mapping.values().filter_map(Value::as_str) {
                                f(target);
                            }
                        }
                    }
                    _ => walk_refs(item, f),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| walk_refs(item, f)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tiny() -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": {
                "/runs/{id}": { "get": { "operationId": "getRun", "responses": { "200": {
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } } } } }
            },
            "components": {
                "schemas": {
                    "Run": { "type": "object", "properties": { "a": { "$ref": "#/components/schemas/Artifact" } } },
                    "Artifact": { "oneOf": [ { "$ref": "#/components/schemas/Plan" } ],
                                  "discriminator": { "propertyName": "type", "mapping": { "PLAN": "#/components/schemas/Plan" } } },
                    "Plan": { "type": "object" }
                },
                "securitySchemes": { "key": { "type": "http", "scheme": "bearer" } }
            }
        })
    }

    #[test]
    fn copies_rename_and_retarget() {
        let three = multiply(&tiny(), 3).unwrap();
        assert_eq!(size(&three), (3, 9));
        assert!(dangling_refs(&three).is_empty());
        let copy = &three["paths"]["/x3/runs/{id}"]["get"];
        assert_eq!(copy["operationId"], "getRunX3");
        assert_eq!(
            copy["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/RunX3"
        );
        let artifact = &three["components"]["schemas"]["ArtifactX2"];
        assert_eq!(artifact["oneOf"][0]["$ref"], "#/components/schemas/PlanX2");
        assert_eq!(
            artifact["discriminator"]["mapping"]["PLAN"],
            "#/components/schemas/PlanX2"
        );
        // The original is untouched; security schemes are shared.
        assert_eq!(
            three["components"]["schemas"]["Run"],
            tiny()["components"]["schemas"]["Run"]
        );
        assert_eq!(
            three["components"]["securitySchemes"]
                .as_object()
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn schemas_only_keeps_the_operations() {
        let three = multiply_schemas(&tiny(), 3).unwrap();
        assert_eq!(size(&three), (1, 9));
        assert!(dangling_refs(&three).is_empty());
        assert_eq!(three["paths"], tiny()["paths"]);
    }

    #[test]
    fn factor_one_is_the_spec() {
        assert_eq!(multiply(&tiny(), 1).unwrap(), tiny());
        assert!(multiply(&tiny(), 0).is_err());
    }

    #[test]
    fn finds_dangling_refs() {
        let mut spec = tiny();
        spec["components"]["schemas"]["Run"]["properties"]["b"] =
            json!({ "$ref": "#/components/schemas/Missing" });
        assert_eq!(dangling_refs(&spec), ["#/components/schemas/Missing"]);
    }
}
