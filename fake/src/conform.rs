//! What the hand-written lifecycle answers, made to fit the spec served.
//!
//! The lifecycle (`runs.rs`, `render.rs`) writes the members it gives a
//! meaning to (a run's id, state, timestamps, conversation, artifacts). The
//! spec decides the rest: a member it requires that the lifecycle does not
//! know (a field added upstream) is filled with a generated value, and a
//! member the lifecycle writes that the spec no longer allows (the object
//! forbids unknown members) is left out. So the lifecycle keeps working on
//! the spec vendored tomorrow, and every answer is one the client decodes.
//!
//! The rule, for a JSON answer and the schema of the documented response:
//! an object starts from the generated required members of its schema, and
//! each member the lifecycle wrote replaces the generated one (recursively,
//! with the member's own schema) or, if the schema does not declare it, is
//! kept where the schema allows unknown members; an array's items follow the
//! item schema; a union's value fits the first variant it can be made to
//! fit; any other value is the lifecycle's own.

use serde_json::{Map, Value};

use crate::examples::{Fill, Generator};
use crate::spec::Spec;
use crate::validate::Validator;

/// How deep the rule follows nested schemas (a recursive schema ends there).
const MAX_DEPTH: usize = 24;

/// Fitting a value to a schema, for the fake's lifecycle and for tests:
/// the generator fills what the value lacks.
impl Generator {
    /// `value` made to fit `schema`: the members it has are kept (each
    /// made to fit its property's schema), the required members it lacks
    /// are generated, and members the schema forbids are left out. The fake
    /// fits every answer of its hand-written lifecycle this way, so it
    /// follows whichever spec is vendored; tests can fit a hand-written body
    /// the same way.
    pub fn fit(&mut self, schema: &Value, value: Value) -> Value {
        let spec = self.spec().clone();
        conform(&spec, self, schema, value)
    }

    /// `value` made to fit the JSON body of the operation's documented
    /// success response (see [`fit`](Self::fit)); unchanged if it has none.
    pub fn fit_response(&mut self, operation_id: &str, value: Value) -> Value {
        let spec = self.spec().clone();
        let schema = spec
            .operation(operation_id)
            .and_then(|op| op.success())
            .filter(|r| r.is_json())
            .and_then(|r| r.schema.clone());
        match schema {
            Some(schema) => self.fit(&schema, value),
            None => value,
        }
    }
}

/// `value` made to fit `schema` (see the [module docs](self)).
pub(crate) fn conform(
    spec: &Spec,
    generator: &mut Generator,
    schema: &Value,
    value: Value,
) -> Value {
    let fill = generator.fill();
    generator.set_fill(Fill::Minimal);
    let out = fit(spec, generator, schema, value, 0);
    generator.set_fill(fill);
    out
}

/// Whether the object `schema` (with its `allOf` parts) declares `member`.
pub(crate) fn declares(spec: &Spec, schema: &Value, member: &str) -> bool {
    object_shape(spec, schema, 0).0.contains_key(member)
}

fn fit(
    spec: &Spec,
    generator: &mut Generator,
    schema: &Value,
    value: Value,
    depth: usize,
) -> Value {
    if depth > MAX_DEPTH {
        return value;
    }
    let resolved = spec.resolve(schema);
    let variants: Vec<&Value> = ["oneOf", "anyOf"]
        .iter()
        .filter_map(|k| resolved.get(*k).and_then(Value::as_array))
        .flatten()
        .collect();
    if !variants.is_empty() {
        // A discriminator names the variant.
        if let Some(variant) = tagged_variant(spec, resolved, &variants, &value) {
            return fit(spec, generator, variant, value, depth + 1);
        }
        let validator = Validator::new(spec);
        if validator.is_valid(schema, &value) {
            return value;
        }
        for variant in variants {
            let candidate = fit(spec, generator, variant, value.clone(), depth + 1);
            if validator.is_valid(variant, &candidate) {
                return candidate;
            }
        }
        return value;
    }
    match value {
        Value::Object(members) => {
            let (properties, additional) = object_shape(spec, resolved, 0);
            if properties.is_empty() && additional.is_none() {
                return Value::Object(members);
            }
            let mut out = match generator.schema(schema, "conform") {
                Some(Value::Object(generated)) => generated,
                _ => Map::new(),
            };
            for (key, member) in members {
                match (properties.get(&key), &additional) {
                    (Some(property), _) => {
                        let member = fit(spec, generator, property, member, depth + 1);
                        out.insert(key, member);
                    }
                    (None, Some(Extra::Schema(extra))) => {
                        let member = fit(spec, generator, extra, member, depth + 1);
                        out.insert(key, member);
                    }
                    (None, Some(Extra::Forbidden)) => {}
                    (None, Some(Extra::Any) | None) => {
                        out.insert(key, member);
                    }
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => match resolved.get("items") {
            Some(item) => Value::Array(
                items
                    .into_iter()
                    .map(|v| fit(spec, generator, item, v, depth + 1))
                    .collect(),
            ),
            None => Value::Array(items),
        },
        other => other,
    }
}

/// What an object schema says of members it does not declare.
enum Extra {
    Any,
    Forbidden,
    Schema(Value),
}

/// The declared properties of an object schema (through `$ref` and
/// `allOf`), and what it says of other members (`None`: not an object schema
/// that says anything).
fn object_shape(spec: &Spec, schema: &Value, depth: usize) -> (Map<String, Value>, Option<Extra>) {
    let mut properties = Map::new();
    let mut extra = None;
    if depth > MAX_DEPTH {
        return (properties, extra);
    }
    let schema = spec.resolve(schema);
    if let Some(own) = schema.get("properties").and_then(Value::as_object) {
        properties.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
        extra = Some(Extra::Any);
    }
    match schema.get("additionalProperties") {
        Some(Value::Bool(false)) => extra = Some(Extra::Forbidden),
        Some(Value::Bool(true)) => extra = Some(Extra::Any),
        Some(other @ Value::Object(_)) => extra = Some(Extra::Schema(other.clone())),
        _ => {}
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (more, part_extra) = object_shape(spec, part, depth + 1);
        properties.extend(more);
        if extra.is_none() {
            extra = part_extra;
        }
    }
    (properties, extra)
}

/// The variant of a union with a `discriminator` that `value`'s tag names
/// (through the `mapping`, or a `$ref` whose last segment is the tag).
fn tagged_variant<'v>(
    spec: &Spec,
    union: &Value,
    variants: &[&'v Value],
    value: &Value,
) -> Option<&'v Value> {
    let discriminator = union.get("discriminator")?;
    let property = discriminator.get("propertyName")?.as_str()?;
    let tag = value.get(property)?.as_str()?;
    let target = discriminator
        .get("mapping")
        .and_then(|m| m.get(tag))
        .and_then(Value::as_str);
    variants.iter().copied().find(|variant| {
        let reference = variant.get("$ref").and_then(Value::as_str);
        // A variant whose tag property allows this tag.
        let allows = || {
            spec.resolve(variant)
                .pointer(&format!("/properties/{property}/enum"))
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|v| v == tag))
        };
        match (target, reference) {
            (Some(target), Some(reference)) => reference == target,
            (None, Some(reference)) => reference.rsplit('/').next() == Some(tag) || allows(),
            _ => allows(),
        }
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::examples::Generator;
    use crate::spec::Spec;

    /// A spec whose union variant's payload gained a required member
    /// through `allOf` (as H's pull-request artifacts did).
    fn spec() -> std::sync::Arc<Spec> {
        let document = json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": {},
            "components": { "schemas": {
                "Item": {
                    "oneOf": [{ "$ref": "#/components/schemas/A" }, { "$ref": "#/components/schemas/B" }],
                    "discriminator": { "propertyName": "kind", "mapping": {
                        "A": "#/components/schemas/A", "B": "#/components/schemas/B"
                    } }
                },
                "A": { "type": "object", "required": ["kind"], "properties": {
                    "kind": { "type": "string", "enum": ["A"] } } },
                "B": { "type": "object", "required": ["kind", "data"], "properties": {
                    "kind": { "type": "string", "enum": ["B"] },
                    "data": { "$ref": "#/components/schemas/BData" } } },
                "BData": { "allOf": [
                    { "type": "object", "required": ["url"], "properties": { "url": { "type": "string" } } },
                    { "type": "object", "required": ["status"], "properties": {
                        "status": { "type": "string", "enum": ["open", "closed"] } } }
                ] },
                "Closed": { "type": "object", "additionalProperties": false, "required": ["id"],
                    "properties": { "id": { "type": "string" }, "new": { "type": "integer" } },
                }
            } }
        });
        std::sync::Arc::new(Spec::from_value(document).unwrap())
    }

    #[test]
    fn a_tagged_variant_gets_the_required_members_its_payload_gained() {
        let mut generator = Generator::new(spec());
        let fitted = generator.fit(
            &json!({ "$ref": "#/components/schemas/Item" }),
            json!({ "kind": "B", "data": { "url": "https://x" }, "extra": 1 }),
        );
        assert_eq!(fitted["kind"], "B");
        assert_eq!(
            fitted["data"]["url"], "https://x",
            "what the lifecycle wrote stays"
        );
        assert!(
            ["open", "closed"].contains(&fitted["data"]["status"].as_str().unwrap()),
            "{fitted}"
        );
        assert_eq!(fitted["extra"], 1, "an open object keeps unknown members");
    }

    #[test]
    fn a_closed_object_loses_what_it_forbids_and_gains_what_it_requires() {
        let mut generator = Generator::new(spec());
        let fitted = generator.fit(
            &json!({ "$ref": "#/components/schemas/Closed" }),
            json!({ "gone": true, "new": 3 }),
        );
        assert!(fitted.get("gone").is_none(), "{fitted}");
        assert_eq!(fitted["new"], 3);
        assert!(fitted["id"].is_string(), "{fitted}");
    }
}
