//! Checks JSON values against the spec's schemas (a subset of JSON Schema,
//! with OpenAPI 3.0's `nullable` and `discriminator`).
//!
//! What it checks: `$ref`, `type` (an integer must have no fraction),
//! `nullable`, `enum`, `allOf` (every part), `anyOf` (some variant),
//! `oneOf` (the variant the `discriminator` names when there is one, else
//! *at least* one variant: specs often have overlapping variants, so
//! "exactly one" would reject valid values), `properties`, `required`,
//! `additionalProperties` (`false` or a schema), `minProperties` /
//! `maxProperties`, `items`, `minItems` / `maxItems`, `minimum` / `maximum`
//! (and their `exclusive…` forms), `minLength` / `maxLength`, the
//! `format`s `date-time`, `date`, `uuid`, `uri`, `email`, `int32`, `int64`,
//! `byte`, and `pattern`s of the simple forms the generator produces
//! (`^[class]+$`, `^[class]*$`, `^[class]{m,n}$`; other patterns are not
//! checked). It does not check `uniqueItems`, `not` or `multipleOf`.
//!
//! [`Validator::strict`] also rejects members an object does not declare
//! (when it has `properties` and no `additionalProperties`): JSON Schema
//! allows them, but a fake that invents fields would hide a client that
//! forgets to keep unknown ones.
//!
//! ```
//! use oz_agent_api_fake::spec::Spec;
//! use oz_agent_api_fake::validate::Validator;
//! use serde_json::json;
//!
//! let spec = Spec::vendored().unwrap();
//! let validator = Validator::new(&spec);
//! let schema = json!({ "$ref": "#/components/schemas/RunStatusMessage" });
//! assert!(validator.validate(&schema, &json!({ "message": "Done" })).is_ok());
//! let errors = validator.validate(&schema, &json!({ "message": 5 })).unwrap_err();
//! assert_eq!(errors[0].pointer, "/message");
//! ```

use std::fmt;

use serde_json::{Map, Value};

use crate::spec::Spec;

/// Where a value breaks its schema, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Violation {
    /// JSON pointer to the offending value (`""` for the root).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "at {at}: {}", self.message)
    }
}

/// Validates values against schemas of one spec.
#[derive(Debug, Clone, Copy)]
pub struct Validator<'a> {
    spec: &'a Spec,
    strict: bool,
}

/// How deep `$ref`s may nest before the validator gives up on a value.
const MAX_DEPTH: usize = 64;

impl<'a> Validator<'a> {
    /// A validator following JSON Schema: undeclared members are allowed.
    pub fn new(spec: &'a Spec) -> Self {
        Validator {
            spec,
            strict: false,
        }
    }

    /// Also rejects members an object schema does not declare (see the module docs).
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Every violation of `schema` by `value`; `Ok` if there is none.
    pub fn validate(&self, schema: &Value, value: &Value) -> Result<(), Vec<Violation>> {
        let mut out = Vec::new();
        self.check(schema, value, "", 0, &mut out);
        if out.is_empty() {
            Ok(())
        } else {
            Err(out)
        }
    }

    /// Whether `value` satisfies `schema`.
    pub fn is_valid(&self, schema: &Value, value: &Value) -> bool {
        let mut out = Vec::new();
        self.check(schema, value, "", 0, &mut out);
        out.is_empty()
    }

    fn check(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        depth: usize,
        out: &mut Vec<Violation>,
    ) {
        let fail = |out: &mut Vec<Violation>, message: String| {
            out.push(Violation {
                pointer: at.to_owned(),
                message,
            })
        };
        if depth > MAX_DEPTH {
            return fail(out, "schema nesting too deep".into());
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            match self.spec.pointer(reference) {
                Some(target) => return self.check(target, value, at, depth + 1, out),
                None => return fail(out, format!("unresolvable $ref {reference}")),
            }
        }
        let Some(schema) = schema.as_object() else {
            return; // `true`, `{}` or not a schema: anything goes.
        };
        if value.is_null() && schema.get("nullable").and_then(Value::as_bool) == Some(true) {
            return;
        }
        if let Some(Value::Array(parts)) = schema.get("allOf") {
            for part in parts {
                self.check_lenient_object(part, value, at, depth + 1, out);
            }
        }
        if let Some(Value::Array(variants)) = schema.get("anyOf") {
            if !variants.iter().any(|v| self.matches(v, value, depth)) {
                fail(out, "matches no variant of anyOf".into());
            }
        }
        if let Some(Value::Array(variants)) = schema.get("oneOf") {
            self.check_one_of(schema, variants, value, at, depth, out);
        }
        if let Some(Value::Array(allowed)) = schema.get("enum") {
            if !allowed.contains(value) {
                fail(
                    out,
                    format!("{value} is not one of {}", Value::from(allowed.clone())),
                );
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some(kind) if !type_matches(kind, value) => {
                return fail(out, format!("expected {kind}, got {}", kind_of(value)));
            }
            Some(_) => {}
            None if value.is_null()
                && (schema.contains_key("properties") || schema.contains_key("items")) =>
            {
                return fail(out, "null is not allowed here".into());
            }
            None => {}
        }
        match value {
            Value::Object(map) => self.check_object(schema, map, at, depth, out),
            Value::Array(items) => {
                let count = items.len() as u64;
                if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
                    if count < min {
                        fail(out, format!("{count} items, at least {min} required"));
                    }
                }
                if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
                    if count > max {
                        fail(out, format!("{count} items, at most {max} allowed"));
                    }
                }
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item_schema, item, &format!("{at}/{i}"), depth + 1, out);
                    }
                }
            }
            Value::String(text) => check_string(schema, text, at, out),
            Value::Number(number) => check_number(schema, number, at, out),
            Value::Bool(_) | Value::Null => {}
        }
    }

    /// An `allOf` part: its declared members are checked, but in strict mode
    /// the members other parts declare are not "undeclared".
    fn check_lenient_object(
        &self,
        part: &Value,
        value: &Value,
        at: &str,
        depth: usize,
        out: &mut Vec<Violation>,
    ) {
        Validator {
            spec: self.spec,
            strict: false,
        }
        .check(part, value, at, depth, out);
    }

    fn matches(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        let mut scratch = Vec::new();
        self.check(schema, value, "", depth + 1, &mut scratch);
        scratch.is_empty()
    }

    fn check_one_of(
        &self,
        schema: &Map<String, Value>,
        variants: &[Value],
        value: &Value,
        at: &str,
        depth: usize,
        out: &mut Vec<Violation>,
    ) {
        if let Some(discriminator) = schema.get("discriminator") {
            if let Some(property) = discriminator.get("propertyName").and_then(Value::as_str) {
                let Some(tag) = value.get(property).and_then(Value::as_str) else {
                    return out.push(Violation {
                        pointer: at.to_owned(),
                        message: format!("missing discriminator `{property}`"),
                    });
                };
                let mapped = discriminator
                    .get("mapping")
                    .and_then(|m| m.get(tag))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("#/components/schemas/{tag}"));
                let chosen = variants
                    .iter()
                    .find(|v| v.get("$ref").and_then(Value::as_str) == Some(mapped.as_str()));
                return match chosen {
                    Some(variant) => self.check(variant, value, at, depth + 1, out),
                    None => out.push(Violation {
                        pointer: format!("{at}/{property}"),
                        message: format!("{tag:?} names no variant of the union"),
                    }),
                };
            }
        }
        if !variants.iter().any(|v| self.matches(v, value, depth)) {
            out.push(Violation {
                pointer: at.to_owned(),
                message: "matches no variant of oneOf".into(),
            });
        }
    }

    fn check_object(
        &self,
        schema: &Map<String, Value>,
        map: &Map<String, Value>,
        at: &str,
        depth: usize,
        out: &mut Vec<Violation>,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !map.contains_key(name) {
                out.push(Violation {
                    pointer: at.to_owned(),
                    message: format!("missing required member `{name}`"),
                });
            }
        }
        let count = map.len() as u64;
        if let Some(min) = schema.get("minProperties").and_then(Value::as_u64) {
            if count < min {
                out.push(Violation {
                    pointer: at.to_owned(),
                    message: format!("{count} members, at least {min} required"),
                });
            }
        }
        if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64) {
            if count > max {
                out.push(Violation {
                    pointer: at.to_owned(),
                    message: format!("{count} members, at most {max} allowed"),
                });
            }
        }
        let additional = schema.get("additionalProperties");
        let composed = ["allOf", "oneOf", "anyOf"]
            .iter()
            .any(|k| schema.contains_key(*k));
        for (name, member) in map {
            let pointer = format!("{at}/{}", name.replace('~', "~0").replace('/', "~1"));
            match (properties.and_then(|p| p.get(name)), additional) {
                (Some(property), _) => self.check(property, member, &pointer, depth + 1, out),
                (None, Some(Value::Bool(false))) => out.push(Violation {
                    pointer,
                    message: "member not allowed (additionalProperties: false)".into(),
                }),
                (None, Some(extra @ Value::Object(_))) => {
                    self.check(extra, member, &pointer, depth + 1, out)
                }
                (None, None) if self.strict && properties.is_some() && !composed => {
                    out.push(Violation {
                        pointer,
                        message: "member the schema does not declare".into(),
                    })
                }
                (None, _) => {}
            }
        }
    }
}

fn type_matches(kind: &str, value: &Value) -> bool {
    match kind {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "number" => value.is_number(),
        "integer" => match value {
            Value::Number(n) => {
                n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            _ => false,
        },
        "null" => value.is_null(),
        _ => true,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn check_string(schema: &Map<String, Value>, text: &str, at: &str, out: &mut Vec<Violation>) {
    let mut fail = |message: String| {
        out.push(Violation {
            pointer: at.to_owned(),
            message,
        })
    };
    let chars = text.chars().count() as u64;
    if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
        if chars < min {
            fail(format!("{chars} characters, at least {min} required"));
        }
    }
    if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
        if chars > max {
            fail(format!("{chars} characters, at most {max} allowed"));
        }
    }
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        if !format_matches(format, text) {
            fail(format!("{text:?} is not a valid {format}"));
        }
    }
    if let Some(pattern) = schema
        .get("pattern")
        .and_then(Value::as_str)
        .and_then(SimplePattern::parse)
    {
        if !pattern.matches(text) {
            fail(format!("{text:?} does not match the pattern"));
        }
    }
}

fn format_matches(format: &str, text: &str) -> bool {
    match format {
        "date-time" => chrono::DateTime::parse_from_rfc3339(text).is_ok(),
        "date" => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
        "uuid" => uuid::Uuid::parse_str(text).is_ok(),
        "uri" | "url" => text.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }),
        "email" => text
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && !host.is_empty()),
        "byte" => {
            use base64::Engine as _;
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .is_ok()
        }
        _ => true,
    }
}

fn check_number(
    schema: &Map<String, Value>,
    number: &serde_json::Number,
    at: &str,
    out: &mut Vec<Violation>,
) {
    let Some(x) = number.as_f64() else {
        return;
    };
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    // OpenAPI 3.0: `exclusiveMinimum: true` modifies `minimum`; 3.1: a number.
    let exclusive = |key: &str| schema.get(key);
    let mut problems = Vec::new();
    if let Some(min) = bound("minimum") {
        let strict = exclusive("exclusiveMinimum") == Some(&Value::Bool(true));
        if x < min || (strict && x == min) {
            problems.push(format!("{x} is below the minimum {min}"));
        }
    }
    if let Some(max) = bound("maximum") {
        let strict = exclusive("exclusiveMaximum") == Some(&Value::Bool(true));
        if x > max || (strict && x == max) {
            problems.push(format!("{x} is above the maximum {max}"));
        }
    }
    if let Some(min) = bound("exclusiveMinimum") {
        if x <= min {
            problems.push(format!("{x} is not above {min}"));
        }
    }
    if let Some(max) = bound("exclusiveMaximum") {
        if x >= max {
            problems.push(format!("{x} is not below {max}"));
        }
    }
    match schema.get("format").and_then(Value::as_str) {
        Some("int32") if number.as_i64().is_none_or(|n| i32::try_from(n).is_err()) => {
            problems.push(format!("{number} is not an int32"))
        }
        Some("int64") if number.as_i64().is_none() && number.as_u64().is_none() => {
            problems.push(format!("{number} is not an int64"))
        }
        _ => {}
    }
    out.extend(problems.into_iter().map(|message| Violation {
        pointer: at.to_owned(),
        message,
    }));
}

/// `^[class]+$`, `^[class]*$` or `^[class]{m,n}$`: the patterns simple
/// enough to check and to generate without a regex engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SimplePattern {
    /// Inclusive character ranges.
    ranges: Vec<(char, char)>,
    min: usize,
    max: Option<usize>,
}

impl SimplePattern {
    pub(crate) fn parse(pattern: &str) -> Option<SimplePattern> {
        let body = pattern.strip_prefix("^[")?;
        let close = body.find(']')?;
        let (class, rest) = (&body[..close], &body[close + 1..]);
        let (min, max) = match rest {
            "+$" => (1, None),
            "*$" => (0, None),
            _ => {
                let counts = rest.strip_prefix('{')?.strip_suffix("}$")?;
                match counts.split_once(',') {
                    Some((lo, "")) => (lo.trim().parse().ok()?, None),
                    Some((lo, hi)) => (lo.trim().parse().ok()?, Some(hi.trim().parse().ok()?)),
                    None => {
                        let n = counts.trim().parse().ok()?;
                        (n, Some(n))
                    }
                }
            }
        };
        let chars: Vec<char> = class.chars().collect();
        if chars.is_empty() || chars[0] == '^' || class.contains('\\') {
            return None;
        }
        let mut ranges = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if i + 2 < chars.len() && chars[i + 1] == '-' {
                ranges.push((chars[i], chars[i + 2]));
                i += 3;
            } else {
                ranges.push((chars[i], chars[i]));
                i += 1;
            }
        }
        Some(SimplePattern { ranges, min, max })
    }

    pub(crate) fn matches(&self, text: &str) -> bool {
        let n = text.chars().count();
        n >= self.min
            && self.max.is_none_or(|max| n <= max)
            && text
                .chars()
                .all(|c| self.ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)))
    }

    /// A matching string of `len` characters (clamped to the allowed lengths)
    /// cycling through the class, starting at `seed`.
    pub(crate) fn sample(&self, len: usize, seed: u64) -> String {
        let len = len.max(self.min).min(self.max.unwrap_or(usize::MAX));
        let alphabet: Vec<char> = self
            .ranges
            .iter()
            .flat_map(|&(lo, hi)| (lo..=hi).take(64))
            .collect();
        if alphabet.is_empty() {
            return String::new();
        }
        (0..len)
            .map(|i| alphabet[(seed as usize).wrapping_add(i * 7) % alphabet.len()])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Spec {
        Spec::from_value(json!({
            "paths": {},
            "components": { "schemas": {
                "Cat": { "type": "object", "required": ["kind", "lives"], "properties": {
                    "kind": { "type": "string", "enum": ["cat"] },
                    "lives": { "type": "integer", "minimum": 0, "maximum": 9 } } },
                "Dog": { "type": "object", "required": ["kind"], "properties": {
                    "kind": { "type": "string", "enum": ["dog"] },
                    "born": { "type": "string", "format": "date-time", "nullable": true } } },
                "Pet": { "oneOf": [{ "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Dog" }],
                         "discriminator": { "propertyName": "kind", "mapping": {
                            "cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog" } } },
                "Tags": { "type": "object", "maxProperties": 2, "additionalProperties": { "type": "string" } },
                "Key": { "type": "string", "pattern": "^[a-z0-9_-]{1,8}$" }
            }}
        }))
        .unwrap()
    }

    fn check(schema: &str, value: Value) -> Vec<String> {
        let spec = spec();
        let schema = json!({ "$ref": format!("#/components/schemas/{schema}") });
        match Validator::new(&spec).strict(true).validate(&schema, &value) {
            Ok(()) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn unions_follow_the_discriminator() {
        assert!(check("Pet", json!({ "kind": "cat", "lives": 9 })).is_empty());
        assert!(check("Pet", json!({ "kind": "dog", "born": null })).is_empty());
        assert_eq!(
            check("Pet", json!({ "kind": "cat", "lives": 10 })),
            ["at /lives: 10 is above the maximum 9"]
        );
        assert_eq!(
            check("Pet", json!({ "kind": "cow" })),
            ["at /kind: \"cow\" names no variant of the union"]
        );
        assert_eq!(
            check(
                "Pet",
                json!({ "kind": "dog", "born": "yesterday", "fleas": 3 })
            ),
            [
                "at /born: \"yesterday\" is not a valid date-time",
                "at /fleas: member the schema does not declare"
            ]
        );
    }

    #[test]
    fn maps_patterns_and_types() {
        assert!(check("Tags", json!({ "a": "x", "b": "y" })).is_empty());
        assert_eq!(
            check("Tags", json!({ "a": "x", "b": 1, "c": "z" })),
            [
                "at /: 3 members, at most 2 allowed",
                "at /b: expected string, got number"
            ]
        );
        assert!(check("Key", json!("ticket_id")).len() == 1);
        assert!(check("Key", json!("vis-238")).is_empty());
        assert_eq!(
            check("Cat", json!(null)),
            ["at /: expected object, got null"]
        );
        assert_eq!(
            check("Cat", json!({ "kind": "cat", "lives": 1.5 })).len(),
            1
        );
    }

    #[test]
    fn simple_patterns_parse_match_and_sample() {
        let p = SimplePattern::parse("^[a-zA-Z0-9._-]+$").unwrap();
        assert!(p.matches("VIS-238.x_y"));
        assert!(!p.matches("no spaces"));
        assert!(p.matches(&p.sample(12, 3)));
        assert!(SimplePattern::parse("^(a|b)$").is_none());
        assert!(SimplePattern::parse("^[\\w]+$").is_none());
        let bounded = SimplePattern::parse("^[ab]{2,3}$").unwrap();
        assert_eq!(bounded.sample(10, 0).len(), 3);
        assert_eq!(bounded.sample(0, 0).len(), 2);
    }
}
