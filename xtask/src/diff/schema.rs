//! Schema comparison, in the context (request or response) where a schema is used.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::{short, subject, Differ, Scope, Usage, MAX_DEPTH};
use crate::pointer::Pointer;
use crate::spec::refs::{resolve, schema_ref_name};

/// Whether the value being compared may be absent (an optional property):
/// `nullable` changes nothing in the Rust type there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// The value is always present (required property, array item, body).
    Required,
    /// An optional property (`Option<T>` either way).
    Optional,
}

/// Formats that map to a Rust type other than `String` / the default number type.
const TYPE_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "uuid",
    "ip",
    "ipv4",
    "ipv6",
    "binary",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float",
    "double",
];

/// Keywords that constrain values without changing their type.
const CONSTRAINTS: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "pattern",
    "multipleOf",
    "uniqueItems",
];

/// Diffs `components.schemas`: additions, removals, and every common schema
/// once per usage (both usages when no operation uses it).
pub(crate) fn diff_components(d: &mut Differ<'_>) {
    let empty = Map::new();
    let (old, new) = (d.old, d.new);
    let os = old
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let ns = new
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let base = Pointer::root().join("components").join("schemas");
    for name in os.keys() {
        if !ns.contains_key(name) {
            d.set_scope(Scope::Schema(name.clone()), None);
            d.emit(
                "schema-removed",
                &base.join(name),
                Some(json!(name)),
                None,
                format!("schema {name} removed"),
            );
        }
    }
    for name in ns.keys() {
        if !os.contains_key(name) {
            d.set_scope(Scope::Schema(name.clone()), None);
            d.emit(
                "schema-added",
                &base.join(name),
                None,
                Some(json!(name)),
                format!("schema {name} added"),
            );
        }
    }
    for (name, o) in os {
        let Some(n) = ns.get(name) else { continue };
        let mut usages = d.usage.usages_of(name);
        if usages.is_empty() {
            usages = Usage::BOTH.to_vec();
        }
        for u in usages {
            d.set_scope(Scope::Schema(name.clone()), Some(u));
            d.visiting.clear();
            d.visiting.push((name.clone(), name.clone()));
            d.schema(o, n, &base.join(name), u, Slot::Required);
        }
    }
}

/// A single-member `allOf` used as a wrapper (to attach a description or
/// `nullable` to a `$ref`) is looked through.
fn unwrap(v: &Value) -> &Value {
    let mut cur = v;
    for _ in 0..MAX_DEPTH {
        let Some(Value::Array(all)) = cur.get("allOf") else {
            return cur;
        };
        let structural = [
            "properties",
            "items",
            "oneOf",
            "anyOf",
            "enum",
            "additionalProperties",
            "$ref",
        ];
        if all.len() != 1 || structural.iter().any(|k| cur.get(k).is_some()) {
            return cur;
        }
        cur = &all[0];
    }
    cur
}

/// Resolves `$ref`s and merges `allOf` members into one schema object.
fn flatten(doc: &Value, v: &Value, depth: usize) -> Map<String, Value> {
    let mut out = Map::new();
    if depth > 16 {
        return out;
    }
    let v = resolve(doc, v);
    let Value::Object(own) = v else {
        return out;
    };
    if let Some(Value::Array(members)) = own.get("allOf") {
        for m in members {
            merge(&mut out, flatten(doc, m, depth + 1));
        }
    }
    let mut own = own.clone();
    own.remove("allOf");
    merge(&mut out, own);
    out
}

fn merge(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (k, v) in from {
        match (k.as_str(), into.get_mut(&k), v) {
            ("properties", Some(Value::Object(a)), Value::Object(b)) => a.extend(b),
            ("required", Some(Value::Array(a)), Value::Array(b)) => {
                for x in b {
                    if !a.contains(&x) {
                        a.push(x);
                    }
                }
            }
            (_, _, v) => {
                into.insert(k, v);
            }
        }
    }
}

fn type_signature(m: &Map<String, Value>) -> String {
    if m.contains_key("oneOf") || m.contains_key("anyOf") {
        return "union".to_string();
    }
    let has_enum = m.get("enum").and_then(Value::as_array).is_some();
    let t = match m.get("type").and_then(Value::as_str) {
        Some(t) => t,
        None if m.contains_key("properties") || m.contains_key("additionalProperties") => "object",
        None if m.contains_key("items") => "array",
        None if has_enum => "string",
        None => "any",
    };
    let format = m.get("format").and_then(Value::as_str).unwrap_or("");
    let typed_format = TYPE_FORMATS.contains(&format);
    match t {
        _ if has_enum => "enum".to_string(),
        "string" | "integer" | "number" if typed_format => format!("{t}({format})"),
        "object" => {
            let no_props = m
                .get("properties")
                .and_then(Value::as_object)
                .is_none_or(Map::is_empty);
            if no_props && m.get("additionalProperties").is_some_and(Value::is_object) {
                "map".to_string()
            } else {
                "object".to_string()
            }
        }
        other => other.to_string(),
    }
}

fn flag(m: &Map<String, Value>, key: &str) -> bool {
    m.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn rule(usage: Usage, suffix: &str) -> &'static str {
    // Every `{request,response}-<suffix>` id is in the rule table; see the test
    // `every_context_rule_exists` below.
    let id = format!("{}-{suffix}", usage.as_str());
    crate::classify::RULES
        .iter()
        .find(|r| r.id == id)
        .map_or("response-type-changed", |r| r.id)
}

/// Rule suffixes used with both usage prefixes.
#[cfg(test)]
pub(crate) const CONTEXT_SUFFIXES: &[&str] = &[
    "property-added-optional",
    "property-added-required",
    "property-removed",
    "property-became-required",
    "property-became-optional",
    "type-changed",
    "nullable-added",
    "nullable-removed",
    "enum-value-added",
    "enum-value-removed",
    "variant-added",
    "variant-removed",
    "discriminator-changed",
    "discriminator-value-added",
    "discriminator-value-removed",
    "discriminator-value-retargeted",
];

impl Differ<'_> {
    /// Compares two schemas used in `usage` at `ptr`.
    pub(crate) fn schema(&mut self, o: &Value, n: &Value, ptr: &Pointer, usage: Usage, slot: Slot) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        let (oi, ni) = (unwrap(o), unwrap(n));
        let (oref, nref) = (schema_ref_name(oi), schema_ref_name(ni));
        if let (Some(a), Some(b)) = (oref, nref) {
            if a == b {
                // Same component: compared once in `diff_components`; only the
                // use site's own annotations (wrapper description, nullable) here.
                let (om, nm) = (annotations_of(o), annotations_of(n));
                self.annotations(&om, &nm, ptr, usage, slot);
                return;
            }
            self.emit(
                "schema-ref-changed",
                ptr,
                Some(json!(a)),
                Some(json!(b)),
                format!("now refers to {b} instead of {a}"),
            );
        }
        let key = (
            oref.unwrap_or_default().to_string(),
            nref.unwrap_or_default().to_string(),
        );
        let guarded = oref.is_some() || nref.is_some();
        if guarded {
            if self.visiting.contains(&key) {
                return;
            }
            self.visiting.push(key);
        }
        let om = flatten(self.old, o, 0);
        let nm = flatten(self.new, n, 0);
        self.depth += 1;
        self.compare(&om, &nm, ptr, usage, slot);
        self.depth -= 1;
        if guarded {
            self.visiting.pop();
        }
    }

    fn compare(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
        slot: Slot,
    ) {
        self.annotations(om, nm, ptr, usage, slot);
        let (ot, nt) = (type_signature(om), type_signature(nm));
        if ot != nt {
            self.emit(
                rule(usage, "type-changed"),
                ptr,
                Some(json!(ot)),
                Some(json!(nt)),
                format!("{} type {ot} -> {nt}", subject(ptr)),
            );
            return;
        }
        if om.get("format") != nm.get("format") {
            self.emit(
                "format-changed",
                &ptr.join("format"),
                om.get("format").cloned(),
                nm.get("format").cloned(),
                "format changed (same Rust type)",
            );
        }
        self.enums(om, nm, ptr, usage);
        self.constraints(om, nm, ptr, usage);
        self.properties(om, nm, ptr, usage);
        self.additional_properties(om, nm, ptr, usage, &ot);
        if let (Some(a), Some(b)) = (om.get("items"), nm.get("items")) {
            self.schema(a, b, &ptr.join("items"), usage, Slot::Required);
        }
        if ot == "union" {
            self.union(om, nm, ptr, usage);
        }
    }

    fn annotations(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
        slot: Slot,
    ) {
        let (o, n) = (Value::Object(om.clone()), Value::Object(nm.clone()));
        for key in ["description", "title", "externalDocs"] {
            self.cosmetic_field("description-changed", &o, &n, key, ptr);
        }
        for key in ["example", "examples"] {
            self.cosmetic_field("example-changed", &o, &n, key, ptr);
        }
        self.cosmetic_field("default-changed", &o, &n, "default", ptr);
        self.extensions(&o, &n, ptr);
        match (flag(om, "deprecated"), flag(nm, "deprecated")) {
            (false, true) => self.emit(
                "schema-deprecated",
                &ptr.join("deprecated"),
                Some(json!(false)),
                Some(json!(true)),
                format!("{} deprecated", subject(ptr)),
            ),
            (true, false) => self.emit(
                "schema-undeprecated",
                &ptr.join("deprecated"),
                Some(json!(true)),
                Some(json!(false)),
                format!("{} no longer deprecated", subject(ptr)),
            ),
            _ => {}
        }
        let (a, b) = (flag(om, "nullable"), flag(nm, "nullable"));
        if a != b {
            let id = match (slot, b) {
                (Slot::Optional, _) => "nullable-changed-optional",
                (Slot::Required, true) => rule(usage, "nullable-added"),
                (Slot::Required, false) => rule(usage, "nullable-removed"),
            };
            let what = if b {
                "became nullable"
            } else {
                "is no longer nullable"
            };
            self.emit(
                id,
                &ptr.join("nullable"),
                Some(json!(a)),
                Some(json!(b)),
                format!("{} {what}", subject(ptr)),
            );
        }
    }

    fn enums(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
    ) {
        let (Some(Value::Array(a)), Some(Value::Array(b))) = (om.get("enum"), nm.get("enum"))
        else {
            return;
        };
        let eptr = ptr.join("enum");
        for (i, v) in a.iter().enumerate() {
            if !b.contains(v) {
                self.emit(
                    rule(usage, "enum-value-removed"),
                    &eptr.join(i.to_string()),
                    Some(v.clone()),
                    None,
                    format!("enum value {} removed", short(v)),
                );
            }
        }
        for (i, v) in b.iter().enumerate() {
            if !a.contains(v) {
                self.emit(
                    rule(usage, "enum-value-added"),
                    &eptr.join(i.to_string()),
                    None,
                    Some(v.clone()),
                    format!("enum value {} added", short(v)),
                );
            }
        }
    }

    fn constraints(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
    ) {
        for &key in CONSTRAINTS {
            let (a, b) = (om.get(key), nm.get(key));
            if a == b {
                continue;
            }
            let id = match usage {
                Usage::Response => "response-constraint-changed",
                Usage::Request => {
                    if tighter(key, a, b) {
                        "request-constraint-tightened"
                    } else {
                        "request-constraint-relaxed"
                    }
                }
            };
            let show = |v: Option<&Value>| v.map_or("(none)".to_string(), short);
            self.emit(
                id,
                &ptr.join(key),
                a.cloned(),
                b.cloned(),
                format!("{key} {} -> {}", show(a), show(b)),
            );
        }
    }

    fn properties(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
    ) {
        let empty = Map::new();
        let op = om
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let np = nm
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let req = |m: &Map<String, Value>| -> BTreeSet<String> {
            m.get("required")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (or, nr) = (req(om), req(nm));
        let base = ptr.join("properties");
        for (name, schema) in op {
            if !np.contains_key(name) {
                self.emit(
                    rule(usage, "property-removed"),
                    &base.join(name),
                    Some(schema.clone()),
                    None,
                    format!("property `{name}` removed"),
                );
            }
        }
        for (name, n) in np {
            let nreq = nr.contains(name);
            let Some(o) = op.get(name) else {
                let (suffix, kind) = if nreq {
                    ("property-added-required", "required")
                } else {
                    ("property-added-optional", "optional")
                };
                self.emit(
                    rule(usage, suffix),
                    &base.join(name),
                    None,
                    Some(n.clone()),
                    format!("{kind} property `{name}` added"),
                );
                continue;
            };
            let oreq = or.contains(name);
            let pptr = base.join(name);
            match (oreq, nreq) {
                (false, true) => self.emit(
                    rule(usage, "property-became-required"),
                    &pptr,
                    Some(json!("optional")),
                    Some(json!("required")),
                    format!("property `{name}` became required"),
                ),
                (true, false) => self.emit(
                    rule(usage, "property-became-optional"),
                    &pptr,
                    Some(json!("required")),
                    Some(json!("optional")),
                    format!("property `{name}` became optional"),
                ),
                _ => {}
            }
            let slot = if oreq || nreq {
                Slot::Required
            } else {
                Slot::Optional
            };
            self.schema(o, n, &pptr, usage, slot);
        }
    }

    fn additional_properties(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
        sig: &str,
    ) {
        let (a, b) = (
            om.get("additionalProperties"),
            nm.get("additionalProperties"),
        );
        if a == b {
            return;
        }
        let aptr = ptr.join("additionalProperties");
        match (a, b) {
            (Some(x @ Value::Object(_)), Some(y @ Value::Object(_))) => {
                self.schema(x, y, &aptr, usage, Slot::Required)
            }
            _ if sig == "object" => self.emit(
                "additional-properties-changed",
                &aptr,
                a.cloned(),
                b.cloned(),
                "additionalProperties changed",
            ),
            // `map` with a schema on both sides is handled above; anything else
            // changed the type signature already.
            _ => {}
        }
    }

    fn union(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
    ) {
        let variants = |m: &Map<String, Value>| -> (String, Vec<Value>) {
            for key in ["oneOf", "anyOf"] {
                if let Some(Value::Array(v)) = m.get(key) {
                    return (key.to_string(), v.clone());
                }
            }
            (String::from("oneOf"), Vec::new())
        };
        let (okey, ov) = variants(om);
        let (nkey, nv) = variants(nm);
        let name = |v: &Value| schema_ref_name(unwrap(v)).map(str::to_string);
        let onames: Vec<Option<String>> = ov.iter().map(name).collect();
        let nnames: Vec<Option<String>> = nv.iter().map(name).collect();
        let mut added_targets = BTreeSet::new();
        let mut removed_targets = BTreeSet::new();
        for (i, on) in onames.iter().enumerate() {
            if let Some(on) = on {
                if !nnames.contains(&Some(on.clone())) {
                    removed_targets.insert(on.clone());
                    self.emit(
                        rule(usage, "variant-removed"),
                        &ptr.join(&okey).join(i.to_string()),
                        Some(json!(on)),
                        None,
                        format!("variant {on} removed"),
                    );
                }
            }
        }
        for (j, nn) in nnames.iter().enumerate() {
            if let Some(nn) = nn {
                if !onames.contains(&Some(nn.clone())) {
                    added_targets.insert(nn.clone());
                    self.emit(
                        rule(usage, "variant-added"),
                        &ptr.join(&nkey).join(j.to_string()),
                        None,
                        Some(json!(nn)),
                        format!("variant {nn} added"),
                    );
                }
            }
        }
        // Inline variants are matched by their order among inline variants.
        let oinline: Vec<usize> = (0..ov.len()).filter(|&i| onames[i].is_none()).collect();
        let ninline: Vec<usize> = (0..nv.len()).filter(|&j| nnames[j].is_none()).collect();
        for (k, &j) in ninline.iter().enumerate() {
            match oinline.get(k) {
                Some(&i) => self.schema(
                    &ov[i],
                    &nv[j],
                    &ptr.join(&nkey).join(j.to_string()),
                    usage,
                    Slot::Required,
                ),
                None => self.emit(
                    rule(usage, "variant-added"),
                    &ptr.join(&nkey).join(j.to_string()),
                    None,
                    Some(nv[j].clone()),
                    "inline variant added",
                ),
            }
        }
        for &i in oinline.iter().skip(ninline.len()) {
            self.emit(
                rule(usage, "variant-removed"),
                &ptr.join(&okey).join(i.to_string()),
                Some(ov[i].clone()),
                None,
                "inline variant removed",
            );
        }
        self.discriminator(om, nm, ptr, usage, &added_targets, &removed_targets);
    }

    fn discriminator(
        &mut self,
        om: &Map<String, Value>,
        nm: &Map<String, Value>,
        ptr: &Pointer,
        usage: Usage,
        added_targets: &BTreeSet<String>,
        removed_targets: &BTreeSet<String>,
    ) {
        let (od, nd) = (om.get("discriminator"), nm.get("discriminator"));
        let dptr = ptr.join("discriminator");
        let prop = |d: Option<&Value>| d.and_then(|d| d.get("propertyName")).cloned();
        if prop(od) != prop(nd) {
            self.emit(
                rule(usage, "discriminator-changed"),
                &dptr.join("propertyName"),
                prop(od),
                prop(nd),
                "discriminator property changed",
            );
            return;
        }
        let mapping = |d: Option<&Value>| -> Map<String, Value> {
            d.and_then(|d| d.get("mapping"))
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default()
        };
        let (omap, nmap) = (mapping(od), mapping(nd));
        let target = |v: &Value| {
            v.as_str()
                .map(|s| s.rsplit('/').next().unwrap_or(s).to_string())
                .unwrap_or_default()
        };
        let mptr = dptr.join("mapping");
        for (k, v) in &omap {
            match nmap.get(k) {
                None if removed_targets.contains(&target(v)) => {}
                None => self.emit(
                    rule(usage, "discriminator-value-removed"),
                    &mptr.join(k),
                    Some(v.clone()),
                    None,
                    format!("discriminator value {k:?} removed"),
                ),
                Some(w) if target(w) != target(v) => self.emit(
                    rule(usage, "discriminator-value-retargeted"),
                    &mptr.join(k),
                    Some(v.clone()),
                    Some(w.clone()),
                    format!("discriminator value {k:?} now maps to {}", target(w)),
                ),
                Some(_) => {}
            }
        }
        for (k, v) in &nmap {
            if !omap.contains_key(k) && !added_targets.contains(&target(v)) {
                self.emit(
                    rule(usage, "discriminator-value-added"),
                    &mptr.join(k),
                    None,
                    Some(v.clone()),
                    format!("discriminator value {k:?} added"),
                );
            }
        }
    }
}

/// The annotation keywords of a use site (a `$ref` with siblings, or an
/// `allOf` wrapper): everything except the structural keywords.
fn annotations_of(v: &Value) -> Map<String, Value> {
    let mut m = v.as_object().cloned().unwrap_or_default();
    m.remove("$ref");
    m.remove("allOf");
    m.remove("type");
    m
}

/// Whether changing constraint `key` from `a` to `b` rejects values that were accepted.
fn tighter(key: &str, a: Option<&Value>, b: Option<&Value>) -> bool {
    let num = |v: Option<&Value>| v.and_then(Value::as_f64);
    match key {
        "minimum" | "minLength" | "minItems" | "minProperties" => match (num(a), num(b)) {
            (None, Some(_)) => true,
            (Some(x), Some(y)) => y > x,
            _ => false,
        },
        "maximum" | "maxLength" | "maxItems" | "maxProperties" => match (num(a), num(b)) {
            (None, Some(_)) => true,
            (Some(x), Some(y)) => y < x,
            _ => false,
        },
        "exclusiveMinimum" | "exclusiveMaximum" | "uniqueItems" => {
            b.and_then(Value::as_bool).unwrap_or(false)
        }
        // pattern, multipleOf: any new or changed value may reject something.
        _ => b.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_context_rule_exists() {
        for s in CONTEXT_SUFFIXES {
            for u in Usage::BOTH {
                let id = format!("{}-{s}", u.as_str());
                assert!(crate::classify::rule(&id).is_some(), "missing rule {id}");
            }
        }
    }

    #[test]
    fn tighter_understands_bounds() {
        assert!(tighter("maxLength", None, Some(&json!(10))));
        assert!(tighter("maxLength", Some(&json!(20)), Some(&json!(10))));
        assert!(!tighter("maxLength", Some(&json!(10)), Some(&json!(20))));
        assert!(!tighter("minimum", Some(&json!(1)), None));
        assert!(tighter("pattern", None, Some(&json!("^a"))));
    }
}
