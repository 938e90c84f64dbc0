//! Parsing YAML/JSON text into a validated [`Spec`].

use std::fmt;

use serde_json::{Map, Number, Value};

use crate::pointer::Pointer;

/// A parsed OpenAPI document.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The whole document as JSON.
    pub doc: Value,
    /// Where it came from (a path or URL), for messages.
    pub source: String,
}

/// Why a text is not a usable OpenAPI 3.0 document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecError {
    /// The text is empty or only whitespace.
    Empty,
    /// The text is an HTML page (for example an error page or a login wall).
    Html,
    /// The text is not valid YAML (a truncated download usually ends up here).
    Yaml(String),
    /// The YAML is valid but not a mapping at the top level.
    NotAMapping(&'static str),
    /// The mapping lacks what every OpenAPI document has.
    NotOpenApi(String),
    /// An `openapi` version this tool does not handle.
    UnsupportedVersion(String),
    /// A local `$ref` that points nowhere (often a sign of truncation).
    UnresolvedRef {
        /// The reference text.
        reference: String,
        /// Where the reference appears.
        at: String,
    },
    /// A `$ref` to another file or URL, which this tool does not follow.
    ExternalRef {
        /// The reference text.
        reference: String,
        /// Where the reference appears.
        at: String,
    },
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpecError::Empty => write!(f, "the document is empty"),
            SpecError::Html => write!(f, "got an HTML page, not a YAML/JSON OpenAPI document"),
            SpecError::Yaml(e) => write!(f, "invalid YAML (truncated download?): {e}"),
            SpecError::NotAMapping(kind) => {
                write!(
                    f,
                    "not an OpenAPI document: the top level is a {kind}, not a mapping"
                )
            }
            SpecError::NotOpenApi(why) => write!(f, "not an OpenAPI document: {why}"),
            SpecError::UnsupportedVersion(v) => {
                write!(
                    f,
                    "unsupported OpenAPI version {v:?} (only 3.0.x is supported)"
                )
            }
            SpecError::UnresolvedRef { reference, at } => write!(
                f,
                "unresolved $ref {reference:?} at {at} (incomplete or truncated document?)"
            ),
            SpecError::ExternalRef { reference, at } => {
                write!(f, "external $ref {reference:?} at {at} is not supported")
            }
        }
    }
}

impl std::error::Error for SpecError {}

/// Parses `text` (YAML or JSON) into a [`Spec`], checking that it is an
/// OpenAPI 3.0 document whose local `$ref`s all resolve.
pub fn parse_spec(text: &str, source: &str) -> Result<Spec, SpecError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(SpecError::Empty);
    }
    let lower: String = trimmed
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with("<!doctype") || lower.starts_with("<html") || lower.starts_with("<?xml") {
        return Err(SpecError::Html);
    }
    let mut yaml: serde_norway::Value =
        serde_norway::from_str(text).map_err(|e| SpecError::Yaml(e.to_string()))?;
    yaml.apply_merge()
        .map_err(|e| SpecError::Yaml(e.to_string()))?;
    let doc = yaml_to_json(yaml).map_err(SpecError::Yaml)?;
    validate(&doc)?;
    Ok(Spec {
        doc,
        source: source.to_string(),
    })
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "sequence",
        Value::Object(_) => "mapping",
    }
}

fn validate(doc: &Value) -> Result<(), SpecError> {
    let Value::Object(map) = doc else {
        if let Value::String(s) = doc {
            if s.trim_start().starts_with('<') {
                return Err(SpecError::Html);
            }
        }
        return Err(SpecError::NotAMapping(kind_of(doc)));
    };
    if map.contains_key("swagger") {
        return Err(SpecError::UnsupportedVersion(
            map["swagger"].as_str().unwrap_or("2.0").to_string(),
        ));
    }
    let version = match map.get("openapi") {
        None => return Err(SpecError::NotOpenApi("no `openapi` field".into())),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    if !version.starts_with("3.0") {
        return Err(SpecError::UnsupportedVersion(version));
    }
    match map.get("info") {
        Some(Value::Object(_)) => {}
        _ => return Err(SpecError::NotOpenApi("no `info` mapping".into())),
    }
    match map.get("paths") {
        Some(Value::Object(_)) => {}
        Some(other) => {
            return Err(SpecError::NotOpenApi(format!(
                "`paths` is a {}, not a mapping",
                kind_of(other)
            )))
        }
        None => return Err(SpecError::NotOpenApi("no `paths` mapping".into())),
    }
    check_refs(doc, doc, &Pointer::root())
}

fn check_refs(root: &Value, v: &Value, at: &Pointer) -> Result<(), SpecError> {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                match Pointer::from_ref(r) {
                    None => {
                        return Err(SpecError::ExternalRef {
                            reference: r.clone(),
                            at: at.to_string(),
                        })
                    }
                    Some(p) => {
                        if p.lookup(root).is_none() {
                            return Err(SpecError::UnresolvedRef {
                                reference: r.clone(),
                                at: at.to_string(),
                            });
                        }
                    }
                }
            }
            for (k, child) in map {
                // Examples are free-form data; a `$ref` key inside one is not a reference.
                if k == "example" || k == "examples" {
                    continue;
                }
                check_refs(root, child, &at.join(k))?;
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                check_refs(root, child, &at.join(i.to_string()))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Converts YAML to JSON; non-string mapping keys (such as unquoted `200:`)
/// become their string form.
fn yaml_to_json(v: serde_norway::Value) -> Result<Value, String> {
    Ok(match v {
        serde_norway::Value::Null => Value::Null,
        serde_norway::Value::Bool(b) => Value::Bool(b),
        serde_norway::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Number(i.into())
            } else if let Some(u) = n.as_u64() {
                Value::Number(u.into())
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                Number::from_f64(f).map_or_else(|| Value::String(n.to_string()), Value::Number)
            }
        }
        serde_norway::Value::String(s) => Value::String(s),
        serde_norway::Value::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        serde_norway::Value::Mapping(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                let key = match k {
                    serde_norway::Value::String(s) => s,
                    serde_norway::Value::Number(n) => n.to_string(),
                    serde_norway::Value::Bool(b) => b.to_string(),
                    serde_norway::Value::Null => "null".to_string(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                out.insert(key, yaml_to_json(v)?);
            }
            Value::Object(out)
        }
        serde_norway::Value::Tagged(t) => yaml_to_json(t.value)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn parses_a_minimal_document() {
        let spec = parse_spec(MINIMAL, "mem").unwrap();
        assert_eq!(spec.doc["info"]["title"], "t");
    }

    #[test]
    fn numeric_keys_become_strings() {
        let text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\n";
        let spec = parse_spec(text, "mem").unwrap();
        assert!(spec.doc["paths"]["/a"]["get"]["responses"]["200"].is_object());
    }

    #[test]
    fn rejects_html_bodies() {
        assert_eq!(
            parse_spec("<!DOCTYPE html><html><body>nope</body></html>", "x").unwrap_err(),
            SpecError::Html
        );
        assert_eq!(parse_spec("  <html>\n", "x").unwrap_err(), SpecError::Html);
    }

    #[test]
    fn rejects_empty_scalar_and_non_openapi_documents() {
        assert_eq!(parse_spec(" \n", "x").unwrap_err(), SpecError::Empty);
        assert!(matches!(
            parse_spec("just text", "x").unwrap_err(),
            SpecError::NotAMapping("string")
        ));
        assert!(matches!(
            parse_spec("a: 1", "x").unwrap_err(),
            SpecError::NotOpenApi(_)
        ));
        assert!(matches!(
            parse_spec("swagger: '2.0'\ninfo: {}\npaths: {}", "x").unwrap_err(),
            SpecError::UnsupportedVersion(_)
        ));
    }

    #[test]
    fn rejects_dangling_refs_as_truncation() {
        let text = format!(
            "{MINIMAL}components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n"
        );
        let err = parse_spec(&text, "x").unwrap_err();
        assert!(err.to_string().contains("truncated"), "{err}");
    }

    #[test]
    fn rejects_broken_yaml() {
        let err = parse_spec("openapi: 3.0.0\ninfo: {title: 'unterminated\n", "x").unwrap_err();
        assert!(matches!(err, SpecError::Yaml(_)));
    }
}
