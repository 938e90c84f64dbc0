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
        .and_then(|base| Ok((base, read(&args.overlay)?)))
        .and_then(|(base, overlay)| overlay_specs(base, &overlay))
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
/// `components` sections added; a name present in both is an error.
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
        if target.contains_key(name) {
            return Err(format!("{what} {name:?} exists in both specs"));
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
}
