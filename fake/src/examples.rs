//! Schema-valid JSON values generated from the spec: for a component
//! schema, an operation's response or request body, and each parameter.
//!
//! [`Generator`] walks the schemas of a [`Spec`] (by default the client's
//! vendored one) and produces values that validate against them and decode
//! with the client's generated types:
//!
//! * [`Fill::Full`] (the default) fills **every** property, required or not;
//!   [`Fill::Minimal`] only the required ones (a required `nullable` one
//!   gets `null`), arrays get their `minItems` and maps no entries.
//! * `$ref`s are resolved; a schema that is already twice on the path (a
//!   recursive one, like `ConversationStep.steps`) gives an empty array or is
//!   left out, so nesting stops after one level.
//! * A `default` is used as is; an `enum` takes its first value.
//! * Strings follow their `format` (`date-time`, `date`, `uri`, `uuid`,
//!   `email`, `duration`, `byte`), a simple `pattern` (`^[class]+$`,
//!   `^[class]{m,n}$`), `minLength` / `maxLength`, or their property name
//!   (ids look like UUIDs, prompts and texts are a few sentences long).
//! * Arrays get 1, 2 or 3 items in turn (within `minItems` / `maxItems`).
//! * A `oneOf` / `anyOf` union takes each variant in turn (a counter per
//!   union), so a few values cover every variant; its discriminator property
//!   is set to the name the mapping gives the variant.
//! * `allOf` parts are merged; typed maps (`additionalProperties: {schema}`)
//!   get two entries (at most `maxProperties`), free-form objects a small
//!   mixed map.
//! * Integers and numbers respect `minimum` / `maximum` and `int32`.
//!
//! Everything is deterministic: the same calls on a new generator give the
//! same JSON.
//!
//! [`Generator::fit`] and [`Generator::fit_response`] go the other way: a
//! hand-written value made to fit a schema, the generator filling what it
//! lacks (the fake's lifecycle answers are fitted so; the rule is in
//! `conform.rs`, built on this module).
//!
//! ```
//! use oz_agent_api_fake::examples::{Fill, Generator};
//!
//! let mut generator = Generator::from_vendored_spec().unwrap();
//! let run = generator.generate("RunItem").unwrap();
//! let decoded: oz_agent_api::types::RunItem = serde_json::from_value(run).unwrap();
//! assert!(!decoded.run_id.is_empty());
//!
//! let mut minimal = Generator::from_vendored_spec().unwrap().with_fill(Fill::Minimal);
//! let request = minimal.request("listRuns").unwrap();
//! assert_eq!(request.path_and_query(), "/agent/runs");
//! let request = generator.request("getRun").unwrap();
//! assert!(request.path.starts_with("/agent/runs/"));
//! ```

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Map, Value};

use crate::spec::{encode_component, Location, Operation, Parameter, Spec};
use crate::validate::SimplePattern;

/// A sentence of filler for long text fields.
const PROSE: &str = "Investigate the failing integration test in the payments service, \
    find the root cause, fix it with a focused change and open a pull request that \
    explains the reasoning. ";

/// Which properties a generated object gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Fill {
    /// Every property, required or not.
    #[default]
    Full,
    /// Required properties only; `null` for a required `nullable` one, the
    /// fewest items an array allows, no entries in a map.
    Minimal,
}

/// A request to an operation, with generated parameters and body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GeneratedRequest {
    /// The HTTP method, upper case.
    pub method: String,
    /// The path relative to the base path, percent-encoded (`/agent/runs/…`).
    pub path: String,
    /// Query pairs, not yet encoded, in order (`state=A`, `state=B`,
    /// `metadata[key]=value`).
    pub query: Vec<(String, String)>,
    /// Header parameters.
    pub headers: Vec<(String, String)>,
    /// The JSON body, if the operation takes one.
    pub body: Option<Value>,
}

impl GeneratedRequest {
    /// The percent-encoded query string, without `?` (empty if none).
    pub fn query_string(&self) -> String {
        self.query
            .iter()
            .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The path, then `?` and the query string if there is one.
    pub fn path_and_query(&self) -> String {
        match self.query_string() {
            q if q.is_empty() => self.path.clone(),
            q => format!("{}?{q}", self.path),
        }
    }
}

/// Walks a spec's schemas to produce JSON values; see the [module docs](self).
#[derive(Debug, Clone)]
pub struct Generator {
    spec: Arc<Spec>,
    fill: Fill,
    /// Increases with every generated scalar, so values differ.
    seq: u64,
    /// Next variant of each union (keyed by the union's identity).
    unions: HashMap<String, usize>,
    /// Next array length (1, 2, 3, 1, …).
    arrays: usize,
    /// Component schemas on the current path, for the recursion guard.
    path: Vec<String>,
}

impl Generator {
    /// A generator over `spec`, filling every property.
    pub fn new(spec: Arc<Spec>) -> Generator {
        Generator {
            spec,
            fill: Fill::Full,
            seq: 0,
            unions: HashMap::new(),
            arrays: 0,
            path: Vec::new(),
        }
    }

    /// A generator over the client's vendored spec (`oz_agent_api::spec::OPENAPI_JSON`).
    pub fn from_vendored_spec() -> Result<Generator, String> {
        Spec::vendored()
            .map(Generator::new)
            .map_err(|e| e.to_string())
    }

    /// A generator over a spec given as JSON text.
    pub fn from_json(text: &str) -> Result<Generator, String> {
        Spec::from_json(text)
            .map(|spec| Generator::new(Arc::new(spec)))
            .map_err(|e| e.to_string())
    }

    /// The same generator with another [`Fill`].
    pub fn with_fill(mut self, fill: Fill) -> Generator {
        self.fill = fill;
        self
    }

    /// Changes the [`Fill`] of values generated from now on.
    pub fn set_fill(&mut self, fill: Fill) {
        self.fill = fill;
    }

    /// The current [`Fill`].
    pub fn fill(&self) -> Fill {
        self.fill
    }

    /// The spec it generates from.
    pub fn spec(&self) -> &Arc<Spec> {
        &self.spec
    }

    /// A value of the component schema `name`.
    pub fn generate(&mut self, name: &str) -> Result<Value, String> {
        let schema = self
            .spec
            .schema(name)
            .cloned()
            .ok_or_else(|| format!("no schema named {name}"))?;
        self.path.push(name.to_owned());
        let value = self.value(&schema, name, name);
        self.path.pop();
        value.ok_or_else(|| format!("schema {name} gave no value"))
    }

    /// A value of `schema` (which may be a `$ref`); `hint` names what is
    /// being generated (a property name steers string values). `None` only
    /// when the schema refers to itself at once.
    pub fn schema(&mut self, schema: &Value, hint: &str) -> Option<Value> {
        self.value(schema, hint, hint)
    }

    /// The body of the operation's documented success response; `None` if
    /// there is no such operation or the response has no JSON body.
    pub fn response(&mut self, operation_id: &str) -> Option<Value> {
        let spec = self.spec.clone();
        let op = spec.operation(operation_id)?;
        let status = op.success()?.status;
        self.response_for(op, status)
    }

    /// The body of the operation's response with `status`, if it has a JSON one.
    pub fn response_for(&mut self, op: &Operation, status: u16) -> Option<Value> {
        let response = op.response(status)?;
        if !response.is_json() {
            return None;
        }
        let schema = response.schema.clone()?;
        let hint = schema_name(&schema).unwrap_or(&op.id).to_owned();
        self.value(&schema, &hint, &hint)
    }

    /// A request body for the operation, if it takes a JSON one.
    pub fn request_body(&mut self, operation_id: &str) -> Option<Value> {
        let spec = self.spec.clone();
        let op = spec.operation(operation_id)?;
        self.body_for(op)
    }

    fn body_for(&mut self, op: &Operation) -> Option<Value> {
        let schema = op.request_body.as_ref()?.schema.clone()?;
        let hint = schema_name(&schema).unwrap_or(&op.id).to_owned();
        self.value(&schema, &hint, &hint)
    }

    /// A value for one parameter, of the parameter's schema (written into a
    /// path or a header by [`simple_text`]). A
    /// required array or object gets at least one item or entry, even with
    /// [`Fill::Minimal`]: an empty one cannot be sent in a query or header.
    pub fn parameter(&mut self, parameter: &Parameter) -> Value {
        let fill = self.fill;
        if parameter.required {
            self.fill = Fill::Full;
        }
        let value = self
            .value(&parameter.schema, &parameter.name, &parameter.name)
            .unwrap_or(Value::Null);
        self.fill = fill;
        match (parameter.location, value) {
            (Location::Path, Value::String(s)) => Value::String(s),
            (Location::Path, Value::Null) => {
                let n = self.next();
                Value::String(uuid(n))
            }
            (_, value) => value,
        }
    }

    /// A request to the operation: every parameter ([`Fill::Full`]) or the
    /// required ones ([`Fill::Minimal`]), encoded as the spec's `style` says,
    /// and a body if it takes one.
    pub fn request(&mut self, operation_id: &str) -> Option<GeneratedRequest> {
        let spec = self.spec.clone();
        let op = spec.operation(operation_id)?;
        Some(self.request_for(op))
    }

    /// Like [`request`](Self::request), for an operation you already have.
    pub fn request_for(&mut self, op: &Operation) -> GeneratedRequest {
        let mut path_values = HashMap::new();
        let mut query = Vec::new();
        let mut headers = Vec::new();
        for parameter in &op.parameters {
            if !parameter.required && self.fill == Fill::Minimal {
                continue;
            }
            let value = self.parameter(parameter);
            match parameter.location {
                Location::Path => {
                    path_values.insert(parameter.name.clone(), simple_text(&value));
                }
                Location::Query => query.extend(encode_query(parameter, &value)),
                Location::Header => headers.push((parameter.name.clone(), simple_text(&value))),
                Location::Cookie => {}
            }
        }
        let path = op.concrete_path(|name| path_values.get(name).cloned().unwrap_or_default());
        let body = self.body_for(op);
        GeneratedRequest {
            method: op.method.clone(),
            path,
            query,
            headers,
            body,
        }
    }

    fn next(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// The value of `schema`; `None` when recursion stops here. `property`
    /// names the property being filled (for string heuristics), `key`
    /// identifies the schema (for union turns).
    fn value(&mut self, schema: &Value, property: &str, key: &str) -> Option<Value> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or(reference).to_owned();
            let target = self.spec.pointer(reference)?.clone();
            if self.path.iter().filter(|p| **p == name).count() >= 2 {
                return None;
            }
            self.path.push(name.clone());
            let value = self.value(&target, property, &name);
            self.path.pop();
            return value;
        }
        if let Some(default) = schema.get("default") {
            return Some(default.clone());
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            return values.first().cloned();
        }
        for union in ["oneOf", "anyOf"] {
            if let Some(Value::Array(variants)) = schema.get(union) {
                let turn = self.unions.entry(key.to_owned()).or_insert(0);
                let pick = *turn % variants.len().max(1);
                *turn += 1;
                let variant = variants.get(pick)?.clone();
                let mut value = self.value(&variant, property, &format!("{key}/{pick}"))?;
                tag_variant(schema, &variant, &mut value);
                return Some(value);
            }
        }
        if let Some(Value::Array(parts)) = schema.get("allOf") {
            let mut merged = Map::new();
            for (i, part) in parts.clone().iter().enumerate() {
                match self.value(part, property, &format!("{key}/allOf{i}"))? {
                    Value::Object(fields) => merged.extend(fields),
                    other if parts.len() == 1 => return Some(other),
                    _ => {}
                }
            }
            return Some(Value::Object(merged));
        }
        let kind = schema.get("type").and_then(Value::as_str);
        match kind {
            Some("object") => Some(self.object(schema, key)),
            None if schema.get("properties").is_some()
                || schema.get("additionalProperties").is_some() =>
            {
                Some(self.object(schema, key))
            }
            Some("array") => Some(self.array(schema, property, key)),
            Some("string") => Some(Value::String(self.string(schema, property))),
            Some("integer") => Some(json!(self.integer(schema))),
            Some("number") => Some(json!(self.number(schema))),
            Some("boolean") => {
                let n = self.next();
                Some(Value::Bool(property == "success" || n % 2 == 1))
            }
            _ => Some(Value::String(format!("{property}-{}", self.next()))),
        }
    }

    fn object(&mut self, schema: &Value, key: &str) -> Value {
        let mut out = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for (name, property) in &properties {
            let is_required = required.contains(&name.as_str());
            if self.fill == Fill::Minimal && !is_required {
                continue;
            }
            if self.fill == Fill::Minimal && self.nullable(property) {
                out.insert(name.clone(), Value::Null);
                continue;
            }
            if let Some(value) = self.value(property, name, &format!("{key}.{name}")) {
                out.insert(name.clone(), value);
            }
        }
        if self.fill == Fill::Minimal {
            return Value::Object(out);
        }
        let max = schema
            .get("maxProperties")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX);
        match schema.get("additionalProperties") {
            Some(Value::Object(extra)) if !extra.is_empty() => {
                // A typed map: two entries.
                let stem = key.rsplit('.').next().unwrap_or(key);
                for i in 1..=2u64.min(max) {
                    let entry = format!("{}-{i}", map_key(stem));
                    if let Some(value) = self.value(&Value::Object(extra.clone()), &entry, key) {
                        out.insert(entry, value);
                    }
                }
            }
            Some(Value::Bool(true)) | Some(Value::Object(_)) if properties.is_empty() => {
                // A free-form object (an action's input, an event's data).
                let n = self.next();
                out.insert("path".into(), json!(format!("src/module_{n}/lib.rs")));
                out.insert("line".into(), json!(n % 400));
                out.insert("recursive".into(), json!(n.is_multiple_of(2)));
                out.insert("summary".into(), json!(format!("{} ({n})", &PROSE[..60])));
            }
            _ => {}
        }
        Value::Object(out)
    }

    /// Whether a property schema (through its `$ref`) is `nullable`.
    fn nullable(&self, schema: &Value) -> bool {
        schema.get("nullable").and_then(Value::as_bool) == Some(true)
            || self
                .spec
                .resolve(schema)
                .get("nullable")
                .and_then(Value::as_bool)
                == Some(true)
    }

    fn array(&mut self, schema: &Value, property: &str, key: &str) -> Value {
        let Some(items) = schema.get("items") else {
            return json!([]);
        };
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .map_or(usize::MAX, |m| m as usize);
        let len = match self.fill {
            Fill::Minimal => min,
            Fill::Full => {
                let len = 1 + self.arrays % 3;
                self.arrays += 1;
                len.max(min).min(max)
            }
        };
        let mut out = Vec::with_capacity(len);
        for _ in 0..len {
            match self.value(items, property, &format!("{key}[]")) {
                Some(value) => out.push(value),
                None => break,
            }
        }
        Value::Array(out)
    }

    fn string(&mut self, schema: &Value, property: &str) -> String {
        let n = self.next();
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let text = match format {
            "date-time" => date_time(n),
            "date" => date_time(n)[..10].to_owned(),
            "uri" | "url" => format!(
                "https://app.warp.dev/{}/{}",
                property.replace('_', "-").to_ascii_lowercase(),
                uuid(n)
            ),
            "uuid" => uuid(n),
            "email" => format!("dev{n}@example.com"),
            "duration" => format!("PT{}M{}S", n % 60, n % 59),
            "byte" => "aGVsbG8gd29ybGQ=".to_owned(),
            _ => match schema
                .get("pattern")
                .and_then(Value::as_str)
                .and_then(SimplePattern::parse)
            {
                Some(pattern) => pattern.sample(8 + (n % 8) as usize, n),
                None => self.named_string(property, n),
            },
        };
        fit_length(schema, text)
    }

    /// A string for a property without a format, shaped after its name.
    fn named_string(&self, property: &str, n: u64) -> String {
        let p = property.to_ascii_lowercase();
        if p == "id" || p.ends_with("_id") || p.ends_with("uid") || p.ends_with("_ids") {
            uuid(n)
        } else if p.contains("email") {
            format!("dev{n}@example.com")
        } else if p.contains("mime") {
            "image/png".to_owned()
        } else if p.contains("prompt") || p == "text" || p.contains("description") || p == "summary"
        {
            let mut text = format!("[{n}] ");
            for _ in 0..2 {
                text.push_str(PROSE);
            }
            text
        } else if p.contains("title") || p.contains("name") || p.contains("message") {
            format!("Fix flaky {property} handling #{n}")
        } else if p.contains("path") || p.contains("skill") {
            format!("warpdotdev/warp-server:.agents/skills/deploy-{n}/SKILL.md")
        } else if p.contains("branch") {
            format!("oz/fix-flaky-test-{n}")
        } else if p.contains("cron") {
            "0 9 * * 1-5".to_owned()
        } else if p.contains("url") || p.contains("link") {
            format!("https://app.warp.dev/{}/{}", p.replace('_', "-"), uuid(n))
        } else {
            format!("{property}-{n}")
        }
    }

    fn integer(&mut self, schema: &Value) -> i64 {
        let n = self.next() as i64;
        let mut min = schema.get("minimum").and_then(Value::as_i64);
        let mut max = schema.get("maximum").and_then(Value::as_i64);
        if schema.get("exclusiveMinimum") == Some(&Value::Bool(true)) {
            min = min.map(|m| m.saturating_add(1));
        }
        if schema.get("exclusiveMaximum") == Some(&Value::Bool(true)) {
            max = max.map(|m| m.saturating_sub(1));
        }
        match (min, max) {
            (Some(lo), Some(hi)) if hi >= lo => {
                let span = (hi - lo).saturating_add(1).max(1);
                lo + n % span
            }
            (Some(lo), _) => lo.saturating_add(n % 1000),
            (None, Some(hi)) => hi.saturating_sub(n % 1000),
            _ => 1000 + n % 9000,
        }
    }

    fn number(&mut self, schema: &Value) -> f64 {
        let n = self.next();
        let value = (n % 1000) as f64 / 100.0 + 0.25;
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        match (min, max) {
            (Some(lo), Some(hi)) if hi > lo => lo + (value % (hi - lo)),
            (Some(lo), Some(_)) => lo,
            (Some(lo), None) => lo + value,
            (None, Some(hi)) => hi - value,
            (None, None) => value,
        }
    }
}

/// The component name a schema `$ref`s, if it is a plain reference.
fn schema_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
}

/// Sets the discriminator property of a generated union variant to the name
/// the union's mapping (or the variant's schema name) gives it.
fn tag_variant(union: &Value, variant: &Value, value: &mut Value) {
    let Some(property) = union
        .pointer("/discriminator/propertyName")
        .and_then(Value::as_str)
    else {
        return;
    };
    let Some(reference) = variant.get("$ref").and_then(Value::as_str) else {
        return;
    };
    let tag = union
        .pointer("/discriminator/mapping")
        .and_then(Value::as_object)
        .and_then(|m| {
            m.iter()
                .find(|(_, target)| target.as_str() == Some(reference))
                .map(|(tag, _)| tag.clone())
        })
        .or_else(|| reference.rsplit('/').next().map(str::to_owned));
    if let (Some(tag), Value::Object(map)) = (tag, value) {
        map.insert(property.to_owned(), Value::String(tag));
    }
}

/// A map key made from a property name: `[a-zA-Z0-9._-]` only.
fn map_key(stem: &str) -> String {
    let key: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if key.is_empty() {
        "key".to_owned()
    } else {
        key
    }
}

/// `text` cut or padded to the schema's `minLength` / `maxLength`.
fn fit_length(schema: &Value, text: String) -> String {
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    let mut text = match max {
        Some(max) if text.chars().count() > max => text.chars().take(max).collect(),
        _ => text,
    };
    while text.chars().count() < min {
        text.push('x');
    }
    text
}

/// A scalar as it goes in a path, query or header.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `value` as OpenAPI's `simple` style writes a path or header parameter:
/// an array's items joined by commas, an object's members as
/// `name,value,name,value`, anything deeper as JSON.
pub fn simple_text(value: &Value) -> String {
    match value {
        Value::Array(items) => items.iter().map(scalar_text).collect::<Vec<_>>().join(","),
        Value::Object(members) => members
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
            .collect::<Vec<_>>()
            .join(","),
        other => scalar_text(other),
    }
}

/// A query parameter's `key=value` pairs, as its style and explode say.
fn encode_query(parameter: &Parameter, value: &Value) -> Vec<(String, String)> {
    let name = parameter.name.clone();
    match (value, parameter.style.as_str()) {
        (Value::Null, _) => Vec::new(),
        (Value::Object(map), "deepObject") => map
            .iter()
            .map(|(k, v)| (format!("{name}[{k}]"), scalar_text(v)))
            .collect(),
        (Value::Object(map), _) if parameter.explode => map
            .iter()
            .map(|(k, v)| (k.clone(), scalar_text(v)))
            .collect(),
        (Value::Object(map), _) => vec![(
            name,
            map.iter()
                .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
                .collect::<Vec<_>>()
                .join(","),
        )],
        (Value::Array(items), _) if parameter.explode => items
            .iter()
            .map(|v| (name.clone(), scalar_text(v)))
            .collect(),
        (Value::Array(items), style) => {
            let separator = match style {
                "spaceDelimited" => " ",
                "pipeDelimited" => "|",
                _ => ",",
            };
            vec![(
                name,
                items
                    .iter()
                    .map(scalar_text)
                    .collect::<Vec<_>>()
                    .join(separator),
            )]
        }
        (scalar, _) => vec![(name, scalar_text(scalar))],
    }
}

/// An RFC 3339 timestamp in March 2026, `n` seconds after the 1st.
fn date_time(n: u64) -> String {
    let day = 1 + (n / 86_400) % 28;
    let s = n % 86_400;
    format!(
        "2026-03-{day:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

/// A UUID-shaped identifier derived from `n`.
pub(crate) fn uuid(n: u64) -> String {
    let h = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        (h >> 32) as u32,
        (h >> 16) as u16,
        (h >> 4) & 0xfff,
        h & 0xfff,
        n & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Validator;

    #[test]
    fn fills_every_property_of_run_item() {
        let mut generator = Generator::from_vendored_spec().unwrap();
        let run = generator.generate("RunItem").unwrap();
        let spec = Spec::vendored().unwrap();
        let schema = spec.schema("RunItem").unwrap()["properties"]
            .as_object()
            .unwrap()
            .clone();
        for name in schema.keys() {
            assert!(run.get(name).is_some(), "RunItem.{name} missing");
        }
    }

    #[test]
    fn minimal_fills_only_required_properties() {
        let mut generator = Generator::from_vendored_spec()
            .unwrap()
            .with_fill(Fill::Minimal);
        let run = generator.generate("RunItem").unwrap();
        let mut keys: Vec<_> = run.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        let schema = generator.spec().schema("RunItem").unwrap().clone();
        let mut required: Vec<String> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        required.sort();
        assert!(required.len() < schema["properties"].as_object().unwrap().len());
        assert_eq!(keys, required);
    }

    #[test]
    fn unions_take_each_variant_in_turn() {
        let mut generator = Generator::from_vendored_spec().unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..4 {
            let block = generator.generate("ConversationContentBlock").unwrap();
            seen.insert(block["type"].as_str().unwrap().to_owned());
        }
        assert_eq!(seen.len(), 4, "{seen:?}");
    }

    #[test]
    fn deterministic() {
        let a = Generator::from_vendored_spec()
            .unwrap()
            .generate("RunItem")
            .unwrap();
        let b = Generator::from_vendored_spec()
            .unwrap()
            .generate("RunItem")
            .unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn every_component_schema_validates_in_both_fills() {
        let spec = Spec::vendored().unwrap();
        let validator = Validator::new(&spec).strict(true);
        for fill in [Fill::Full, Fill::Minimal] {
            let mut generator = Generator::new(spec.clone()).with_fill(fill);
            for (name, _) in spec.schemas() {
                for _ in 0..3 {
                    let value = generator.generate(name).unwrap();
                    let schema = json!({ "$ref": format!("#/components/schemas/{name}") });
                    if let Err(errors) = validator.validate(&schema, &value) {
                        panic!("{fill:?} {name}: {errors:?}\n{value:#}");
                    }
                }
            }
        }
    }

    #[test]
    fn parameters_follow_their_style() {
        let spec = Spec::from_value(json!({
            "paths": { "/runs/{runId}": { "get": {
                "operationId": "listThings",
                "parameters": [
                    { "name": "runId", "in": "path", "required": true, "schema": { "type": "string" } },
                    { "name": "state", "in": "query", "style": "form", "explode": true,
                      "schema": { "type": "array", "items": { "type": "string", "enum": ["A", "B"] } } },
                    { "name": "metadata", "in": "query", "style": "deepObject", "explode": true,
                      "schema": { "type": "object", "maxProperties": 1, "additionalProperties": { "type": "string" } } },
                    { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 5 } },
                    { "name": "X-Team", "in": "header", "schema": { "type": "string" } }
                ],
                "responses": { "200": { "description": "ok" } }
            }}}
        }))
        .unwrap();
        let mut generator = Generator::new(Arc::new(spec));
        let request = generator.request("listThings").unwrap();
        assert!(request.path.starts_with("/runs/runId-"));
        let keys: Vec<&str> = request.query.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys[0], "state");
        assert!(keys.contains(&"metadata[metadata-1]"), "{keys:?}");
        assert!(!keys.contains(&"metadata[metadata-2]"), "maxProperties");
        let limit: i64 = request
            .query
            .iter()
            .find(|(k, _)| k == "limit")
            .unwrap()
            .1
            .parse()
            .unwrap();
        assert!((1..=5).contains(&limit));
        assert_eq!(request.headers[0].0, "X-Team");
        assert!(request
            .path_and_query()
            .contains("metadata%5Bmetadata-1%5D="));
        generator.set_fill(Fill::Minimal);
        let minimal = generator.request("listThings").unwrap();
        assert!(minimal.query.is_empty() && minimal.headers.is_empty());
    }
}
