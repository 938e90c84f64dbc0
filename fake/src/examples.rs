//! Fully-populated JSON values generated from the vendored spec's schemas.
//!
//! [`Generator`] walks a component schema of `openapi/oz-agent-api.yml` and
//! fills **every** property, required or not:
//!
//! * `$ref`s are resolved; a schema that is already twice on the path (a
//!   recursive one, like `ConversationStep.steps`) gives an empty array or is
//!   left out, so nesting stops after one level;
//! * strings follow their `format` (`date-time`, `date`, `uri`, `uuid`,
//!   `email`, `duration`, `int64`-like ids) or their property name (ids look
//!   like UUIDs, prompts and texts are a few sentences long);
//! * an `enum` takes its first value;
//! * arrays get 1, 2 or 3 items, in turn;
//! * a `oneOf` / `anyOf` union takes each variant in turn (a counter per
//!   union), so a few values cover every variant;
//! * `allOf` parts are merged; objects get every property, typed maps
//!   (`additionalProperties: {schema}`) two entries, and free-form objects
//!   (`additionalProperties: true`, no properties) a small mixed map;
//! * integers and numbers respect `minimum` / `maximum`.
//!
//! Everything is deterministic: the same calls give the same JSON.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

/// A sentence of filler for long text fields.
const PROSE: &str = "Investigate the failing integration test in the payments service, \
    find the root cause, fix it with a focused change and open a pull request that \
    explains the reasoning. ";

/// Walks the spec's component schemas to produce JSON values.
pub struct Generator {
    schemas: Map<String, Value>,
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
    /// A generator over the vendored spec (`oz_agent_api::spec::OPENAPI_JSON`).
    pub fn from_vendored_spec() -> Result<Generator, String> {
        Generator::from_json(oz_agent_api::spec::OPENAPI_JSON)
    }

    /// A generator over a spec given as JSON text.
    pub fn from_json(text: &str) -> Result<Generator, String> {
        let spec: Value =
            serde_json::from_str(text).map_err(|e| format!("the spec is not valid JSON: {e}"))?;
        let Some(Value::Object(schemas)) = spec.pointer("/components/schemas").cloned() else {
            return Err("the spec has no components.schemas".into());
        };
        Ok(Generator {
            schemas,
            seq: 0,
            unions: HashMap::new(),
            arrays: 0,
            path: Vec::new(),
        })
    }

    /// A value of the component schema `name`.
    pub fn generate(&mut self, name: &str) -> Result<Value, String> {
        let schema = self
            .schemas
            .get(name)
            .cloned()
            .ok_or_else(|| format!("no schema named {name}"))?;
        self.path.push(name.to_owned());
        let value = self.value(&schema, name, name);
        self.path.pop();
        value.ok_or_else(|| format!("schema {name} gave no value"))
    }

    fn next(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    fn resolve(&self, reference: &str) -> Option<(String, Value)> {
        let name = reference.strip_prefix("#/components/schemas/")?;
        Some((name.to_owned(), self.schemas.get(name)?.clone()))
    }

    /// The value of `schema`; `None` when recursion stops here. `property`
    /// names the property being filled (for string heuristics), `key`
    /// identifies the schema (for union turns).
    fn value(&mut self, schema: &Value, property: &str, key: &str) -> Option<Value> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let (name, target) = self.resolve(reference)?;
            if self.path.iter().filter(|p| **p == name).count() >= 2 {
                return None;
            }
            self.path.push(name.clone());
            let value = self.value(&target, property, &name);
            self.path.pop();
            return value;
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
                return self.value(&variant, property, &format!("{key}/{pick}"));
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
            Some("object") | None if schema.get("properties").is_some() => {
                Some(self.object(schema, key))
            }
            Some("object") => Some(self.object(schema, key)),
            Some("array") => Some(self.array(schema, property, key)),
            Some("string") => Some(Value::String(self.string(schema, property))),
            Some("integer") => Some(json!(self.integer(schema))),
            Some("number") => Some(json!(self.number(schema))),
            Some("boolean") => Some(Value::Bool(self.next() % 2 == 1)),
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
        for (name, property) in &properties {
            if let Some(value) = self.value(property, name, &format!("{key}.{name}")) {
                out.insert(name.clone(), value);
            }
        }
        match schema.get("additionalProperties") {
            Some(Value::Object(extra)) if !extra.is_empty() => {
                // A typed map: two entries.
                for i in 1..=2 {
                    let entry = format!("{}-{i}", key.rsplit('.').next().unwrap_or(key));
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

    fn array(&mut self, schema: &Value, property: &str, key: &str) -> Value {
        let Some(items) = schema.get("items") else {
            return json!([]);
        };
        let len = 1 + self.arrays % 3;
        self.arrays += 1;
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
        match format {
            "date-time" => date_time(n),
            "date" => date_time(n)[..10].to_owned(),
            "uri" | "url" => format!(
                "https://app.warp.dev/{}/{}",
                property.replace('_', "-"),
                uuid(n)
            ),
            "uuid" => uuid(n),
            "email" => format!("dev{n}@example.com"),
            "duration" => format!("PT{}M{}S", n % 60, n % 59),
            "byte" => "aGVsbG8gd29ybGQ=".to_owned(),
            _ => self.named_string(property, n),
        }
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
        } else {
            format!("{property}-{n}")
        }
    }

    fn integer(&mut self, schema: &Value) -> i64 {
        let n = self.next() as i64;
        let min = schema.get("minimum").and_then(Value::as_i64);
        let max = schema.get("maximum").and_then(Value::as_i64);
        match (min, max) {
            (Some(lo), Some(hi)) if hi >= lo => lo + n % (hi - lo + 1),
            (Some(lo), None) => lo + n % 1000,
            (None, Some(hi)) => hi - n % 1000,
            _ => 1000 + n % 9000,
        }
    }

    fn number(&mut self, schema: &Value) -> f64 {
        let n = self.next();
        let value = (n % 1000) as f64 / 100.0 + 0.25;
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        match (min, max) {
            (Some(lo), Some(hi)) if hi >= lo => lo + (value % (hi - lo).max(f64::MIN_POSITIVE)),
            (Some(lo), _) => lo + value,
            _ => value,
        }
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
fn uuid(n: u64) -> String {
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

    #[test]
    fn fills_every_property_of_run_item() {
        let mut generator = Generator::from_vendored_spec().unwrap();
        let run = generator.generate("RunItem").unwrap();
        let schema = generator.schemas["RunItem"]["properties"]
            .as_object()
            .unwrap()
            .clone();
        for name in schema.keys() {
            assert!(run.get(name).is_some(), "RunItem.{name} missing");
        }
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
}
