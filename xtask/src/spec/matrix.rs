//! The construct matrix: synthetic specs that cross every schema kind
//! OpenAPI 3.0 allows with every place a schema can stand.
//!
//! Each combination is one operation of its own (`{kind} in {place}`), so
//! the generator can refuse one without holding back the others: an
//! operation either becomes a client method that compiles and passes the
//! spec-driven tests, or the build leaves it out with one line naming it and
//! the construct. Every operation carries `x-oz-matrix: {kind, place}`, and
//! its path is `/matrix/{place}/{kind}` (plus `/{value}` for the path place).
//!
//! The places are grouped into a few specs ([`GROUPS`]: parameters, request
//! bodies, responses, nested places), each with one operation per kind and
//! place, so CI compiles a handful of clients rather than one per
//! combination. The lists below *are* the matrix: a kind or a place added
//! here is crossed with everything else the next time CI runs
//! (`xtask/ci/corpus.sh` writes the specs with `cargo xtask spec matrix`,
//! merges each into the vendored one with `spec overlay`, compiles the client
//! from it and runs the spec-driven tests; `tests/matrix.rs` checks what was
//! left out against `tests/specs/matrix-refused.txt`). Nothing here is
//! picked per combination.
//!
//! This file depends on `serde_json` only: the crate's tests include it
//! (`#[path]`) to know the whole matrix.

use serde_json::{json, Map, Value};

/// A schema kind: its id (kebab case) and the schema, plus the component
/// schemas it refers to (named `Matrix…`).
pub struct Kind {
    /// Stable id, part of the operation's path and id.
    pub id: String,
    /// The schema, inline.
    pub schema: Value,
    /// Component schemas the schema refers to.
    pub components: Vec<(String, Value)>,
}

fn kind(id: &str, schema: Value) -> Kind {
    Kind {
        id: id.to_owned(),
        schema,
        components: Vec::new(),
    }
}

fn kind_with(id: &str, schema: Value, components: Vec<(&str, Value)>) -> Kind {
    Kind {
        id: id.to_owned(),
        schema,
        components: components
            .into_iter()
            .map(|(n, s)| (n.to_owned(), s))
            .collect(),
    }
}

fn object(properties: Value, required: &[&str]) -> Value {
    let mut o = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        o["required"] = json!(required);
    }
    o
}

/// The base kinds, before the `nullable` variant of each is added.
fn base_kinds() -> Vec<Kind> {
    let mut kinds = vec![kind("string", json!({ "type": "string" }))];
    for format in [
        "date-time",
        "date",
        "uuid",
        "uri",
        "byte",
        "binary",
        "email",
    ] {
        kinds.push(kind(
            &format!("string-{format}"),
            json!({ "type": "string", "format": format }),
        ));
    }
    kinds.push(kind(
        "string-bounded",
        json!({ "type": "string", "pattern": "^[a-z]+$", "minLength": 1, "maxLength": 16 }),
    ));
    kinds.push(kind("integer", json!({ "type": "integer" })));
    for format in ["int32", "int64"] {
        kinds.push(kind(
            &format!("integer-{format}"),
            json!({ "type": "integer", "format": format }),
        ));
    }
    kinds.push(kind(
        "integer-bounded",
        json!({ "type": "integer", "minimum": 1, "maximum": 100, "exclusiveMaximum": true }),
    ));
    kinds.push(kind("number", json!({ "type": "number" })));
    for format in ["float", "double"] {
        kinds.push(kind(
            &format!("number-{format}"),
            json!({ "type": "number", "format": format }),
        ));
    }
    kinds.push(kind(
        "number-bounded",
        json!({ "type": "number", "minimum": 0, "maximum": 1, "exclusiveMinimum": true }),
    ));
    kinds.push(kind("boolean", json!({ "type": "boolean" })));

    // Enums.
    kinds.push(kind(
        "enum-string",
        json!({ "type": "string", "enum": ["queued", "in-progress", "DONE"] }),
    ));
    kinds.push(kind(
        "enum-integer",
        json!({ "type": "integer", "enum": [1, 2, 3] }),
    ));
    kinds.push(kind(
        "enum-number",
        json!({ "type": "number", "enum": [0.5, 1.5] }),
    ));
    kinds.push(kind(
        "enum-boolean",
        json!({ "type": "boolean", "enum": [true] }),
    ));
    kinds.push(kind(
        "enum-single",
        json!({ "type": "string", "enum": ["only"] }),
    ));
    kinds.push(kind(
        "enum-with-null",
        json!({ "type": "string", "nullable": true, "enum": ["on", "off", null] }),
    ));
    kinds.push(kind("enum-mixed", json!({ "enum": [1, "one", true] })));

    // Arrays (an array of each kind is the `array-item` place).
    kinds.push(kind(
        "array-of-arrays",
        json!({ "type": "array", "items": { "type": "array", "items": { "type": "integer" } } }),
    ));
    kinds.push(kind(
        "array-unique",
        json!({ "type": "array", "uniqueItems": true, "items": { "type": "string" } }),
    ));

    // Objects and maps.
    kinds.push(kind(
        "object",
        object(
            json!({
                "name": { "type": "string" },
                "count": { "type": "integer" },
                "tags": { "type": "array", "items": { "type": "string" } }
            }),
            &["name"],
        ),
    ));
    kinds.push(kind(
        "object-open",
        json!({
            "type": "object",
            "properties": { "name": { "type": "string" } },
            "additionalProperties": true
        }),
    ));
    kinds.push(kind(
        "object-closed",
        json!({
            "type": "object",
            "properties": { "name": { "type": "string" } },
            "additionalProperties": false
        }),
    ));
    kinds.push(kind(
        "map",
        json!({ "type": "object", "additionalProperties": { "type": "string" } }),
    ));
    kinds.push(kind(
        "map-of-arrays",
        json!({
            "type": "object",
            "additionalProperties": { "type": "array", "items": { "type": "integer" } }
        }),
    ));
    kinds.push(kind(
        "map-of-objects",
        json!({
            "type": "object",
            "additionalProperties": object(json!({ "id": { "type": "string" } }), &["id"])
        }),
    ));
    kinds.push(kind("any", json!({})));

    // Unions.
    kinds.push(kind(
        "one-of-primitives",
        json!({ "oneOf": [{ "type": "string" }, { "type": "integer" }] }),
    ));
    kinds.push(kind(
        "any-of-primitives",
        json!({ "anyOf": [{ "type": "boolean" }, { "type": "number" }] }),
    ));
    kinds.push(kind(
        "one-of-primitive-or-array",
        json!({ "oneOf": [
            { "type": "string" },
            { "type": "array", "items": { "type": "string" } }
        ] }),
    ));
    kinds.push(kind(
        "any-of-primitive-or-array",
        json!({ "anyOf": [
            { "type": "integer" },
            { "type": "array", "items": { "type": "integer" } }
        ] }),
    ));
    let cat = object(
        json!({ "kind": { "type": "string" }, "meows": { "type": "boolean" } }),
        &["kind"],
    );
    let dog = object(
        json!({ "kind": { "type": "string" }, "barks": { "type": "integer" } }),
        &["kind"],
    );
    kinds.push(kind(
        "one-of-objects",
        json!({ "oneOf": [
            object(json!({ "text": { "type": "string" } }), &["text"]),
            object(json!({ "code": { "type": "integer" } }), &["code"])
        ] }),
    ));
    kinds.push(kind_with(
        "one-of-discriminator-mapping",
        json!({
            "oneOf": [
                { "$ref": "#/components/schemas/MatrixCat" },
                { "$ref": "#/components/schemas/MatrixDog" }
            ],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {
                    "cat": "#/components/schemas/MatrixCat",
                    "dog": "#/components/schemas/MatrixDog"
                }
            }
        }),
        vec![("MatrixCat", cat.clone()), ("MatrixDog", dog.clone())],
    ));
    kinds.push(kind_with(
        "one-of-discriminator",
        json!({
            "oneOf": [
                { "$ref": "#/components/schemas/MatrixCat" },
                { "$ref": "#/components/schemas/MatrixDog" }
            ],
            "discriminator": { "propertyName": "kind" }
        }),
        vec![("MatrixCat", cat), ("MatrixDog", dog)],
    ));
    kinds.push(kind(
        "any-of-objects",
        json!({ "anyOf": [
            object(json!({ "a": { "type": "string" } }), &[]),
            object(json!({ "b": { "type": "integer" } }), &[])
        ] }),
    ));
    // `{"type": …, "value": …}`: objects tagged by one property, the payload under another.
    kinds.push(kind(
        "one-of-tagged",
        json!({ "oneOf": [
            object(json!({
                "type": { "type": "string", "enum": ["text"] },
                "value": { "type": "string" }
            }), &["type", "value"]),
            object(json!({
                "type": { "type": "string", "enum": ["count"] },
                "value": { "type": "integer" }
            }), &["type", "value"])
        ] }),
    ));
    kinds.push(kind_with(
        "all-of",
        json!({ "allOf": [
            { "$ref": "#/components/schemas/MatrixBase" },
            object(json!({ "flag": { "type": "boolean" } }), &["flag"])
        ] }),
        vec![(
            "MatrixBase",
            object(
                json!({ "id": { "type": "string" }, "note": { "type": "string" } }),
                &["id"],
            ),
        )],
    ));
    kinds.push(kind_with(
        "ref",
        json!({ "$ref": "#/components/schemas/MatrixBase" }),
        vec![(
            "MatrixBase",
            object(
                json!({ "id": { "type": "string" }, "note": { "type": "string" } }),
                &["id"],
            ),
        )],
    ));
    kinds.push(kind_with(
        "recursive",
        json!({ "$ref": "#/components/schemas/MatrixNode" }),
        vec![(
            "MatrixNode",
            object(
                json!({
                    "name": { "type": "string" },
                    "children": { "type": "array", "items": { "$ref": "#/components/schemas/MatrixNode" } },
                    "parent": { "$ref": "#/components/schemas/MatrixNode" }
                }),
                &["name"],
            ),
        )],
    ));
    kinds.push(kind(
        "read-write-only",
        object(
            json!({
                "id": { "type": "string", "readOnly": true },
                "secret": { "type": "string", "writeOnly": true },
                "name": { "type": "string" }
            }),
            &["name"],
        ),
    ));
    kinds.push(kind(
        "default",
        object(
            json!({
                "limit": { "type": "integer", "default": 20 },
                "mode": { "type": "string", "enum": ["fast", "slow"], "default": "fast" },
                "verbose": { "type": "boolean", "default": false },
                "labels": { "type": "array", "items": { "type": "string" }, "default": [] }
            }),
            &[],
        ),
    ));
    // A property the generator's map of unknown members would also be named after.
    kinds.push(kind(
        "property-named-extra",
        object(
            json!({ "extra": { "type": "string" }, "name": { "type": "string" } }),
            &["extra"],
        ),
    ));
    kinds.push(kind(
        "deprecated",
        object(
            json!({
                "old": { "type": "string", "deprecated": true },
                "new": { "type": "string" }
            }),
            &[],
        ),
    ));
    kinds
}

/// `schema` that also allows `null`.
fn nullable(schema: &Value) -> Value {
    match schema.as_object() {
        // `nullable` beside a `$ref` is ignored in 3.0: wrap it.
        Some(o) if o.contains_key("$ref") => json!({ "allOf": [schema], "nullable": true }),
        Some(o) if o.is_empty() => json!({ "nullable": true }),
        _ => {
            let mut s = schema.clone();
            s["nullable"] = json!(true);
            s
        }
    }
}

/// Every kind: each base kind, then its `nullable` variant.
pub fn kinds() -> Vec<Kind> {
    let mut out = Vec::new();
    for base in base_kinds() {
        let already_nullable = base.schema.get("nullable") == Some(&json!(true));
        let variant = (!already_nullable).then(|| Kind {
            id: format!("{}-nullable", base.id),
            schema: nullable(&base.schema),
            components: base.components.clone(),
        });
        out.push(base);
        out.extend(variant);
    }
    out
}

/// A place a schema can stand.
pub struct Place {
    /// Stable id, part of the operation's path and id.
    pub id: &'static str,
    /// What the place is, for humans.
    pub about: &'static str,
}

/// The specs of the matrix: a name and the places it holds. Every place is
/// in exactly one.
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "parameters",
        &[
            "path",
            "query-form",
            "query-form-flat",
            "query-space",
            "query-pipe",
            "query-deep",
            "header",
            "cookie",
        ],
    ),
    (
        "bodies",
        &[
            "body-json",
            "body-form",
            "body-merge-patch",
            "body-octet",
            "body-text",
        ],
    ),
    (
        "responses",
        &["response", "responses", "error", "response-header"],
    ),
    ("nested", &["property", "item", "map-value"]),
];

/// Every place.
pub const PLACES: &[Place] = &[
    Place {
        id: "path",
        about: "path parameter (simple)",
    },
    Place {
        id: "query-form",
        about: "query parameter, style form, explode true",
    },
    Place {
        id: "query-form-flat",
        about: "query parameter, style form, explode false",
    },
    Place {
        id: "query-space",
        about: "query parameter, style spaceDelimited",
    },
    Place {
        id: "query-pipe",
        about: "query parameter, style pipeDelimited",
    },
    Place {
        id: "query-deep",
        about: "query parameter, style deepObject",
    },
    Place {
        id: "header",
        about: "header parameter",
    },
    Place {
        id: "cookie",
        about: "cookie parameter",
    },
    Place {
        id: "body-json",
        about: "request body, application/json",
    },
    Place {
        id: "body-form",
        about: "request body, application/x-www-form-urlencoded",
    },
    Place {
        id: "body-merge-patch",
        about: "request body, application/merge-patch+json",
    },
    Place {
        id: "body-octet",
        about: "request body, application/octet-stream",
    },
    Place {
        id: "body-text",
        about: "request body, text/plain",
    },
    Place {
        id: "response",
        about: "response body of one 2xx status",
    },
    Place {
        id: "responses",
        about: "response bodies of several 2xx statuses",
    },
    Place {
        id: "error",
        about: "error response body",
    },
    Place {
        id: "response-header",
        about: "response header",
    },
    Place {
        id: "property",
        about: "nested property (request and response)",
    },
    Place {
        id: "item",
        about: "array item (request and response)",
    },
    Place {
        id: "map-value",
        about: "map value (request and response)",
    },
];

fn camel(parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, word) in parts.iter().flat_map(|p| p.split('-')).enumerate() {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            if i == 0 {
                out.extend(first.to_lowercase());
            } else {
                out.extend(first.to_uppercase());
            }
            out.push_str(chars.as_str());
        }
    }
    out
}

fn no_content() -> Value {
    json!({ "204": { "description": "Done" } })
}

fn json_content(schema: &Value) -> Value {
    json!({ "application/json": { "schema": schema } })
}

fn parameter(location: &str, name: &str, schema: &Value, extra: Value) -> Value {
    let mut p = json!({ "name": name, "in": location, "schema": schema });
    if location == "path" {
        p["required"] = json!(true);
    }
    if let (Some(p), Some(extra)) = (p.as_object_mut(), extra.as_object()) {
        p.extend(extra.clone());
    }
    p
}

/// The operation putting `schema` in `place`: (method, path suffix, operation).
fn operation(place: &str, schema: &Value) -> (&'static str, &'static str, Value) {
    let body = |media: &str| {
        json!({
            "requestBody": { "required": true, "content": { media: { "schema": schema } } },
            "responses": no_content()
        })
    };
    let round_trip = |wrapped: Value| {
        json!({
            "requestBody": { "required": true, "content": json_content(&wrapped) },
            "responses": { "200": { "description": "The same value", "content": json_content(&wrapped) } }
        })
    };
    let query = |style: Value| {
        json!({
            "parameters": [parameter("query", "value", schema, style)],
            "responses": no_content()
        })
    };
    let style = |style: &str, explode: bool| json!({ "style": style, "explode": explode });
    let lone_parameter = |location: &str, name: &str| {
        json!({
            "parameters": [parameter(location, name, schema, json!({}))],
            "responses": no_content()
        })
    };
    match place {
        "path" => ("get", "/{value}", lone_parameter("path", "value")),
        "query-form" => ("get", "", query(style("form", true))),
        "query-form-flat" => ("get", "", query(style("form", false))),
        "query-space" => ("get", "", query(style("spaceDelimited", false))),
        "query-pipe" => ("get", "", query(style("pipeDelimited", false))),
        "query-deep" => ("get", "", query(style("deepObject", true))),
        "header" => ("get", "", lone_parameter("header", "X-Value")),
        "cookie" => ("get", "", lone_parameter("cookie", "value")),
        "body-json" => ("post", "", body("application/json")),
        "body-form" => ("post", "", body("application/x-www-form-urlencoded")),
        "body-merge-patch" => ("patch", "", body("application/merge-patch+json")),
        "body-octet" => ("put", "", body("application/octet-stream")),
        "body-text" => ("post", "", body("text/plain")),
        "response" => (
            "get",
            "",
            json!({ "responses": { "200": { "description": "The value", "content": json_content(schema) } } }),
        ),
        "responses" => (
            "get",
            "",
            json!({ "responses": {
                "200": { "description": "The value", "content": json_content(schema) },
                "202": {
                    "description": "Accepted, not ready",
                    "content": json_content(&json!({ "$ref": "#/components/schemas/MatrixAccepted" }))
                },
                "204": { "description": "Nothing yet" }
            } }),
        ),
        "error" => (
            "get",
            "",
            json!({ "responses": {
                "204": { "description": "Done" },
                "400": { "description": "Rejected", "content": json_content(schema) },
                "404": {
                    "description": "Not found",
                    "content": { "application/problem+json": { "schema": schema } }
                }
            } }),
        ),
        "response-header" => (
            "get",
            "",
            json!({ "responses": { "204": {
                "description": "Done",
                "headers": { "X-Value": { "required": true, "schema": schema } }
            } } }),
        ),
        "property" => (
            "post",
            "",
            round_trip(object(json!({ "value": schema }), &["value"])),
        ),
        "item" => (
            "post",
            "",
            round_trip(json!({ "type": "array", "items": schema })),
        ),
        "map-value" => (
            "post",
            "",
            round_trip(json!({ "type": "object", "additionalProperties": schema })),
        ),
        other => unreachable!("place {other} has no operation"),
    }
}

/// The matrix spec of the places in `places`: every kind in each, one
/// operation each.
pub fn spec(name: &str, places: &[&str]) -> Value {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    schemas.insert(
        "MatrixAccepted".to_owned(),
        object(json!({ "ticket": { "type": "string" } }), &["ticket"]),
    );
    for kind in kinds() {
        for (component, schema) in &kind.components {
            schemas.insert(component.clone(), schema.clone());
        }
        for place in PLACES.iter().filter(|p| places.contains(&p.id)) {
            let (method, suffix, mut op) = operation(place.id, &kind.schema);
            op["operationId"] = json!(camel(&["matrix", place.id, &kind.id]));
            op["summary"] = json!(format!("{} in {}", kind.id, place.about));
            op["tags"] = json!(["matrix"]);
            op["x-oz-matrix"] = json!({ "kind": kind.id, "place": place.id });
            let path = format!("/matrix/{}/{}{suffix}", place.id, kind.id);
            paths.insert(path, json!({ method: op }));
        }
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": format!("Construct matrix: {name}"),
            "version": "0.0.1",
            "description": format!(
                "Every schema kind in each of: {} (cargo xtask spec matrix).",
                places.join(", ")
            )
        },
        "paths": paths,
        "components": { "schemas": schemas }
    })
}

/// Every spec of the matrix, by name ([`GROUPS`]).
pub fn specs() -> Vec<(String, Value)> {
    GROUPS
        .iter()
        .map(|(name, places)| ((*name).to_owned(), spec(name, places)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_meets_every_place_once_across_the_specs() {
        let mut seen = std::collections::BTreeSet::new();
        let mut ids = std::collections::BTreeSet::new();
        for (_, spec) in specs() {
            for item in spec["paths"].as_object().unwrap().values() {
                for op in item.as_object().unwrap().values() {
                    let m = &op["x-oz-matrix"];
                    let key = (m["kind"].to_string(), m["place"].to_string());
                    assert!(seen.insert(key), "{m}");
                    assert!(ids.insert(op["operationId"].as_str().unwrap().to_owned()));
                }
            }
        }
        assert_eq!(seen.len(), kinds().len() * PLACES.len());
    }

    #[test]
    fn every_place_is_in_exactly_one_spec() {
        for place in PLACES {
            let holders = GROUPS
                .iter()
                .filter(|(_, places)| places.contains(&place.id))
                .count();
            assert_eq!(holders, 1, "{}", place.id);
        }
        let grouped: usize = GROUPS.iter().map(|(_, places)| places.len()).sum();
        assert_eq!(grouped, PLACES.len());
    }

    #[test]
    fn each_kind_has_a_nullable_variant() {
        let ids: Vec<String> = kinds().into_iter().map(|k| k.id).collect();
        for base in base_kinds() {
            assert!(
                base.schema.get("nullable").is_some()
                    || ids.contains(&format!("{}-nullable", base.id)),
                "{}",
                base.id
            );
        }
    }
}
