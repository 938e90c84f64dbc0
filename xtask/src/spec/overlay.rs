//! `spec overlay`: a base spec plus an overlay's paths and components.
//!
//! The generator's synthetic constructs (`tests/specs/constructs.yml`) are
//! not a whole API: the crate's hand-written layer needs the real spec's run
//! types. Merged into the vendored spec, they compile into one client whose
//! spec-driven tests cover both.

use serde_json::{Map, Value};

use crate::cli::OverlayArgs;
use crate::spec::parse_spec;
use crate::{EXIT_CANNOT_CHECK, EXIT_OK};

/// Runs `spec overlay`.
pub fn run_overlay(args: &OverlayArgs) -> u8 {
    let read = |path: &std::path::Path| -> Result<Value, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        parse_spec(&text, &path.display().to_string())
            .map(|s| s.doc)
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    let result = read(&args.base)
        .and_then(|mut base| {
            for path in &args.overlays {
                let mut overlay = read(path)?;
                if args.namespace {
                    let name = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    overlay = namespace(overlay, &name);
                }
                base = overlay_specs(base, &overlay)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
            }
            Ok(base)
        })
        .and_then(|merged| {
            let text = serde_json::to_string_pretty(&merged).map_err(|e| e.to_string())?;
            if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&args.out, text).map_err(|e| format!("{}: {e}", args.out.display()))
        });
    match result {
        Ok(()) => {
            println!("wrote {}", args.out.display());
            EXIT_OK
        }
        Err(e) => {
            eprintln!("error: spec overlay: {e}");
            EXIT_CANNOT_CHECK
        }
    }
}

/// `base` with every path of `overlay` and every entry of each of its
/// `components` sections added; a name present in both is an error, unless
/// both hold the same value.
pub fn overlay_specs(mut base: Value, overlay: &Value) -> Result<Value, String> {
    let Some(root) = base.as_object_mut() else {
        return Err("the base spec is not an object".into());
    };
    if let Some(paths) = overlay.get("paths").and_then(Value::as_object) {
        merge_into(root, "paths", paths, "path")?;
    }
    if let Some(components) = overlay.get("components").and_then(Value::as_object) {
        let target = root
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or("the base spec's components is not an object")?;
        for (section, entries) in components {
            let entries = entries
                .as_object()
                .ok_or_else(|| format!("overlay components.{section} is not an object"))?;
            merge_into(
                target,
                section,
                entries,
                &format!("components.{section} entry"),
            )?;
        }
    }
    Ok(base)
}

/// `spec` in the namespace `name` (`petstore-expanded`): paths under
/// `/petstore-expanded`, every components entry and security scheme
/// prefixed `PetstoreExpanded`, every operation id prefixed
/// `petstoreExpanded_`, and every reference (`$ref`, discriminator
/// mappings, security requirements) following.
pub fn namespace(mut spec: Value, name: &str) -> Value {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    let type_prefix = words.concat();
    let mut id_prefix = type_prefix.clone();
    if let Some(first) = id_prefix.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    let path_prefix = format!("/{}", words.join("-").to_ascii_lowercase());
    let mut schemes = Vec::new();
    if let Some(components) = spec.get_mut("components").and_then(Value::as_object_mut) {
        for (section, entries) in components.iter_mut() {
            if let Some(entries) = entries.as_object_mut() {
                if section == "securitySchemes" {
                    schemes = entries.keys().cloned().collect();
                }
                *entries = std::mem::take(entries)
                    .into_iter()
                    .map(|(k, v)| (format!("{type_prefix}{k}"), v))
                    .collect();
            }
        }
    }
    rename_references(&mut spec, &type_prefix);
    if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
        *paths = std::mem::take(paths)
            .into_iter()
            .map(|(path, mut item)| {
                if let Some(item) = item.as_object_mut() {
                    for op in item.values_mut() {
                        if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                            op["operationId"] = Value::String(format!("{id_prefix}_{id}"));
                        }
                        rename_schemes(op.get_mut("security"), &schemes, &type_prefix);
                    }
                }
                (format!("{path_prefix}{path}"), item)
            })
            .collect();
    }
    rename_schemes(spec.get_mut("security"), &schemes, &type_prefix);
    spec
}

/// Every string `#/components/SECTION/NAME…` in `value` (references and
/// discriminator mappings) pointed at `PREFIXNAME`.
fn rename_references(value: &mut Value, prefix: &str) {
    match value {
        Value::String(s) => {
            if let Some(rest) = s.strip_prefix("#/components/") {
                if let Some((section, name)) = rest.split_once('/') {
                    *s = format!("#/components/{section}/{prefix}{name}");
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename_references(v, prefix)),
        Value::Object(map) => map.values_mut().for_each(|v| rename_references(v, prefix)),
        _ => {}
    }
}

/// A `security` list's requirements, their scheme names prefixed.
fn rename_schemes(security: Option<&mut Value>, schemes: &[String], prefix: &str) {
    let Some(list) = security.and_then(Value::as_array_mut) else {
        return;
    };
    for requirement in list.iter_mut().filter_map(Value::as_object_mut) {
        *requirement = std::mem::take(requirement)
            .into_iter()
            .map(|(k, v)| match schemes.contains(&k) {
                true => (format!("{prefix}{k}"), v),
                false => (k, v),
            })
            .collect();
    }
}

fn merge_into(
    target: &mut Map<String, Value>,
    section: &str,
    entries: &Map<String, Value>,
    what: &str,
) -> Result<(), String> {
    let target = target
        .entry(section)
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| format!("the base spec's {section} is not an object"))?;
    for (name, value) in entries {
        match target.get(name) {
            // The same entry twice (matrix specs share their component schemas).
            Some(existing) if existing == value => continue,
            Some(_) => return Err(format!("{what} {name:?} exists in both specs")),
            None => {}
        }
        target.insert(name.clone(), value.clone());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn overlay_adds_paths_and_components_and_refuses_collisions() {
        let base =
            json!({"openapi": "3.0.0", "paths": {"/a": {}}, "components": {"schemas": {"A": {}}}});
        let overlay = json!({"paths": {"/b": {}}, "components": {"schemas": {"B": {}}, "parameters": {"P": {}}}});
        let merged = overlay_specs(base.clone(), &overlay).unwrap();
        assert_eq!(merged["paths"], json!({"/a": {}, "/b": {}}));
        assert_eq!(merged["components"]["schemas"], json!({"A": {}, "B": {}}));
        assert_eq!(merged["components"]["parameters"], json!({"P": {}}));
        let clash = json!({"components": {"schemas": {"A": {"type": "string"}}}});
        assert_eq!(
            overlay_specs(base, &clash).unwrap_err(),
            "components.schemas entry \"A\" exists in both specs"
        );
    }

    #[test]
    fn a_namespaced_overlay_moves_its_paths_names_and_references() {
        let spec = json!({
            "security": [{ "key": [] }],
            "paths": { "/pets/{id}": { "get": {
                "operationId": "getPet",
                "security": [{ "key": [] }, {}],
                "responses": { "200": { "$ref": "#/components/responses/Pet" } }
            } } },
            "components": {
                "schemas": { "Pet": { "oneOf": [{ "$ref": "#/components/schemas/Cat" }],
                    "discriminator": { "propertyName": "t", "mapping": { "cat": "#/components/schemas/Cat" } } },
                    "Cat": {} },
                "responses": { "Pet": { "description": "a pet", "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Pet" } } } } },
                "securitySchemes": { "key": { "type": "apiKey", "in": "header", "name": "k" } }
            }
        });
        let spaced = namespace(spec, "petstore-expanded");
        let op = &spaced["paths"]["/petstore-expanded/pets/{id}"]["get"];
        assert_eq!(op["operationId"], "petstoreExpanded_getPet");
        assert_eq!(op["security"], json!([{ "PetstoreExpandedkey": [] }, {}]));
        assert_eq!(
            op["responses"]["200"]["$ref"],
            "#/components/responses/PetstoreExpandedPet"
        );
        let pet = &spaced["components"]["schemas"]["PetstoreExpandedPet"];
        assert_eq!(
            pet["oneOf"][0]["$ref"],
            "#/components/schemas/PetstoreExpandedCat"
        );
        assert_eq!(
            pet["discriminator"]["mapping"]["cat"],
            "#/components/schemas/PetstoreExpandedCat"
        );
        assert!(spaced["components"]["securitySchemes"]["PetstoreExpandedkey"].is_object());
        assert_eq!(spaced["security"], json!([{ "PetstoreExpandedkey": [] }]));
    }
}
