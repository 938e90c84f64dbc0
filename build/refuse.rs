//! Operations the generator leaves out, each with one line naming it and the
//! construct, so that one construct never holds back the rest of the API.
//!
//! Any step of the pipeline (the general rules, progenitor, the rewrite, the
//! test dispatcher) may find that it cannot express an operation or a
//! component schema. It says which ([`Culprit`]); the operation, or the
//! schema with every schema and operation that refers to it, is dropped from
//! the spec ([`Refused::apply`]) and the client is generated again, until
//! nothing more is refused. Each round refuses at least one more operation or
//! schema, so the loop ends.
//!
//! progenitor does not say which operation it failed on: [`find_culprits`]
//! asks it again about the component schemas alone, then each operation
//! alone (with only the schemas it refers to), then, for a failure that only
//! shows when operations meet (two of them naming a type alike), about
//! growing prefixes of the operation list, by bisection.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, PathItem, ReferenceOr};
use serde_json::Value;

/// What cannot be generated.
#[derive(Clone, Debug)]
pub enum Culprit {
    /// One operation, by upper-case method and path template.
    Operation {
        method: String,
        path: String,
        why: String,
    },
    /// A component schema (and so everything that refers to it).
    Schema { name: String, why: String },
}

/// One operation left out of the client.
#[derive(Clone, Debug)]
pub struct Refusal {
    pub method: String,
    pub path: String,
    pub id: Option<String>,
    /// The construct the generator cannot express.
    pub construct: String,
}

impl Refusal {
    /// The one line printed (`cargo:warning=left out of the client: …`),
    /// written at the head of the generated client, reported by
    /// `spec update` and written to the CHANGELOG:
    /// `operation ID (METHOD /path): construct` (`ID` is `-` for an
    /// operation without an `operationId`).
    pub fn line(&self) -> String {
        format!(
            "operation {} ({} {}): {}",
            self.id.as_deref().unwrap_or("-"),
            self.method,
            self.path,
            one_line(&self.construct)
        )
    }
}

/// The comment at the head of the generated client: one
/// `// left out of the client: LINE` per refused operation, one
/// `// schema left out of the client: NAME: WHY` per refused schema.
pub fn header(refused: &Refused) -> String {
    let mut out = String::new();
    for refusal in refused.refusals() {
        out.push_str(&format!("// left out of the client: {}\n", refusal.line()));
    }
    for (name, why) in &refused.schemas {
        out.push_str(&format!(
            "// schema left out of the client: {name}: {}\n",
            one_line(why)
        ));
    }
    out
}

/// `text` on one line (whitespace runs collapsed), cut at 400 characters:
/// progenitor's errors can embed a whole pretty-printed schema.
pub fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(400) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// Everything refused so far.
#[derive(Default)]
pub struct Refused {
    /// By `(METHOD, path)`.
    pub operations: BTreeMap<(String, String), Refusal>,
    /// Component schemas left out, with why.
    pub schemas: BTreeMap<String, String>,
}

impl Refused {
    /// How many operations and schemas are refused (the loop's measure of progress).
    pub fn len(&self) -> usize {
        self.operations.len() + self.schemas.len()
    }

    /// Records `culprits` (operations of `spec`, or schemas).
    pub fn add(&mut self, spec: &OpenAPI, culprits: Vec<Culprit>) {
        for culprit in culprits {
            match culprit {
                Culprit::Operation { method, path, why } => {
                    self.refuse_operation(spec, &method, &path, why)
                }
                Culprit::Schema { name, why } => {
                    self.schemas.entry(name).or_insert(why);
                }
            }
        }
    }

    fn refuse_operation(&mut self, spec: &OpenAPI, method: &str, path: &str, why: String) {
        let key = (method.to_ascii_uppercase(), path.to_owned());
        if self.operations.contains_key(&key) {
            return;
        }
        let id = operation(spec, method, path).and_then(|op| op.operation_id.clone());
        self.operations.insert(
            key,
            Refusal {
                method: method.to_ascii_uppercase(),
                path: path.to_owned(),
                id,
                construct: why,
            },
        );
    }

    /// `spec` without the refused operations and schemas. A schema that
    /// refers to a refused one goes too; an operation that refers to any
    /// schema that goes is refused here (recorded, with the schema named).
    pub fn apply(&mut self, spec: &OpenAPI) -> OpenAPI {
        let mut out = spec.clone();
        let document = serde_json::to_value(spec).unwrap_or_default();
        // Schemas that go: the refused ones and, transitively, their users.
        let mut gone: BTreeMap<String, String> = self.schemas.clone();
        if let Some(components) = &spec.components {
            loop {
                let mut more = Vec::new();
                for (name, schema) in &components.schemas {
                    if gone.contains_key(name) {
                        continue;
                    }
                    let value = serde_json::to_value(schema).unwrap_or_default();
                    if let Some(culprit) = schema_refs(&document, &value)
                        .into_iter()
                        .find(|r| gone.contains_key(r))
                    {
                        more.push((name.clone(), culprit));
                    }
                }
                if more.is_empty() {
                    break;
                }
                for (name, culprit) in more {
                    let why = gone[&culprit].clone();
                    gone.insert(name, format!("refers to schema `{culprit}`: {why}"));
                }
            }
        }
        if let Some(components) = out.components.as_mut() {
            components
                .schemas
                .retain(|name, _| !gone.contains_key(name));
        }
        // Operations that refer to a schema that goes.
        let mut refused_here = Vec::new();
        for (path, method, op) in spec.operations() {
            let key = (method.to_ascii_uppercase(), path.to_owned());
            if self.operations.contains_key(&key) {
                continue;
            }
            let mut value = serde_json::to_value(op).unwrap_or_default();
            if let Some(ReferenceOr::Item(item)) = spec.paths.paths.get(path) {
                value["x-path-parameters"] =
                    serde_json::to_value(&item.parameters).unwrap_or_default();
            }
            if let Some(schema) = schema_refs(&document, &value)
                .into_iter()
                .find(|r| gone.contains_key(r))
            {
                refused_here.push((
                    method.to_owned(),
                    path.to_owned(),
                    format!(
                        "uses schema `{schema}`, which the generator cannot express ({})",
                        gone[&schema]
                    ),
                ));
            }
        }
        for (method, path, why) in refused_here {
            self.refuse_operation(spec, &method, &path, why);
        }
        for key in self.operations.keys() {
            remove_operation(&mut out, &key.0, &key.1);
        }
        out
    }

    /// The refusals, in path order.
    pub fn refusals(&self) -> impl Iterator<Item = &Refusal> {
        self.operations.values()
    }
}

/// The operation at `method` (any case) and `path`, if declared inline.
pub fn operation<'a>(
    spec: &'a OpenAPI,
    method: &str,
    path: &str,
) -> Option<&'a openapiv3::Operation> {
    spec.operations()
        .find(|(p, m, _)| *p == path && m.eq_ignore_ascii_case(method))
        .map(|(_, _, op)| op)
}

/// Removes the operation at `method` and `path`, and the path item if it
/// has no operation left.
pub fn remove_operation(spec: &mut OpenAPI, method: &str, path: &str) {
    let Some(ReferenceOr::Item(item)) = spec.paths.paths.get_mut(path) else {
        return;
    };
    for (m, slot) in [
        ("GET", &mut item.get),
        ("PUT", &mut item.put),
        ("POST", &mut item.post),
        ("DELETE", &mut item.delete),
        ("OPTIONS", &mut item.options),
        ("HEAD", &mut item.head),
        ("PATCH", &mut item.patch),
        ("TRACE", &mut item.trace),
    ] {
        if m.eq_ignore_ascii_case(method) {
            *slot = None;
        }
    }
    if item.iter().next().is_none() {
        spec.paths.paths.shift_remove(path);
    }
}

/// Every `$ref` string in `value`.
fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// The component schemas `value` reaches, following references through
/// every `components` section of `document` (parameters, responses, …).
pub fn schema_refs(document: &Value, value: &Value) -> BTreeSet<String> {
    let mut schemas = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut stack = Vec::new();
    refs(value, &mut stack);
    while let Some(reference) = stack.pop() {
        if !seen.insert(reference.clone()) {
            continue;
        }
        let Some(pointer) = reference.strip_prefix('#') else {
            continue;
        };
        if let Some(name) = pointer.strip_prefix("/components/schemas/") {
            schemas.insert(unescape(name));
        }
        if let Some(target) = document.pointer(pointer) {
            refs(target, &mut stack);
        }
    }
    schemas
}

fn unescape(pointer_token: &str) -> String {
    pointer_token.replace("~1", "/").replace("~0", "~")
}

/// `spec` with only the operations in `keep` (document order kept) and,
/// when `prune` is set, only the component schemas they reach.
fn subset(spec: &OpenAPI, document: &Value, keep: &[(String, String)], prune: bool) -> OpenAPI {
    // Everything but the paths (and, when pruning, the component schemas)
    // is copied: a probe runs once per operation, so copying every path and
    // schema each time made finding the culprits quadratic in the spec.
    let mut out = without_paths(spec, prune);
    for (method, path) in keep {
        let Some(ReferenceOr::Item(item)) = spec.paths.paths.get(path) else {
            continue;
        };
        let Some(op) = operation(spec, method, path) else {
            continue;
        };
        let entry = out.paths.paths.entry(path.clone()).or_insert_with(|| {
            ReferenceOr::Item(PathItem {
                parameters: item.parameters.clone(),
                ..PathItem::default()
            })
        });
        if let ReferenceOr::Item(entry) = entry {
            set_operation(entry, method, op.clone());
        }
    }
    if prune {
        let value = serde_json::to_value(&out.paths).unwrap_or_default();
        let reached = schema_refs(document, &value);
        if let (Some(components), Some(all)) = (out.components.as_mut(), spec.components.as_ref()) {
            keep_schemas(components, all, &reached);
        }
    }
    out
}

/// Sets `target`'s component schemas to copies of those of `from` named in `names`.
fn keep_schemas(
    target: &mut openapiv3::Components,
    from: &openapiv3::Components,
    names: &BTreeSet<String>,
) {
    target.schemas = from
        .schemas
        .iter()
        .filter(|(name, _)| names.contains(*name))
        .map(|(name, schema)| (name.clone(), schema.clone()))
        .collect();
}

/// A copy of `spec` without its paths and, if `bare_schemas`, without its
/// component schemas (the caller adds back those it needs).
fn without_paths(spec: &OpenAPI, bare_schemas: bool) -> OpenAPI {
    let components = spec.components.as_ref().map(|c| openapiv3::Components {
        schemas: if bare_schemas {
            Default::default()
        } else {
            c.schemas.clone()
        },
        responses: c.responses.clone(),
        parameters: c.parameters.clone(),
        examples: c.examples.clone(),
        request_bodies: c.request_bodies.clone(),
        headers: c.headers.clone(),
        security_schemes: c.security_schemes.clone(),
        links: c.links.clone(),
        callbacks: c.callbacks.clone(),
        extensions: c.extensions.clone(),
    });
    OpenAPI {
        openapi: spec.openapi.clone(),
        info: spec.info.clone(),
        servers: spec.servers.clone(),
        paths: openapiv3::Paths {
            paths: Default::default(),
            extensions: spec.paths.extensions.clone(),
        },
        components,
        security: spec.security.clone(),
        tags: spec.tags.clone(),
        external_docs: spec.external_docs.clone(),
        extensions: spec.extensions.clone(),
    }
}

fn set_operation(item: &mut PathItem, method: &str, op: openapiv3::Operation) {
    let slot = match method.to_ascii_uppercase().as_str() {
        "GET" => &mut item.get,
        "PUT" => &mut item.put,
        "POST" => &mut item.post,
        "DELETE" => &mut item.delete,
        "OPTIONS" => &mut item.options,
        "HEAD" => &mut item.head,
        "PATCH" => &mut item.patch,
        "TRACE" => &mut item.trace,
        _ => return,
    };
    *slot = Some(op);
}

/// The operations and schemas of `spec` that `attempt` fails on, given that
/// it failed on the whole spec with `whole`.
pub fn find_culprits(
    spec: &OpenAPI,
    whole: &str,
    attempt: &dyn Fn(&OpenAPI) -> Result<(), String>,
) -> Vec<Culprit> {
    let document = serde_json::to_value(spec).unwrap_or_default();
    // The component schemas alone.
    let bare = without_paths(spec, false);
    if let Err(e) = attempt(&bare) {
        let culprits = schema_culprits(spec, &document, attempt);
        if !culprits.is_empty() {
            return culprits;
        }
        // Not one schema alone: a meeting of schemas; drop the schemas one
        // by one until the rest generates.
        let _ = e;
    }
    let ops: Vec<(String, String)> = spec
        .operations()
        .map(|(path, method, _)| (method.to_ascii_uppercase(), path.to_owned()))
        .collect();
    let mut culprits = Vec::new();
    for key in &ops {
        let alone = subset(spec, &document, std::slice::from_ref(key), true);
        if let Err(why) = attempt(&alone) {
            culprits.push(Culprit::Operation {
                method: key.0.clone(),
                path: key.1.clone(),
                why,
            });
        }
    }
    if !culprits.is_empty() {
        return culprits;
    }
    // Each operation generates alone: the smallest failing prefix of the
    // operation list ends with one that cannot meet the ones before it.
    let (mut ok, mut failing) = (0, ops.len());
    let mut why = whole.to_owned();
    while failing - ok > 1 {
        let mid = ok + (failing - ok) / 2;
        match attempt(&subset(spec, &document, &ops[..mid], false)) {
            Ok(()) => ok = mid,
            Err(e) => {
                failing = mid;
                why = e;
            }
        }
    }
    match ops.get(failing.wrapping_sub(1)) {
        Some((method, path)) if failing > 0 => vec![Culprit::Operation {
            method: method.clone(),
            path: path.clone(),
            why: format!("cannot be generated beside the operations before it: {why}"),
        }],
        _ => Vec::new(),
    }
}

/// The component schemas that fail alone (with the schemas they refer to)
/// while every schema they refer to generates.
fn schema_culprits(
    spec: &OpenAPI,
    document: &Value,
    attempt: &dyn Fn(&OpenAPI) -> Result<(), String>,
) -> Vec<Culprit> {
    let Some(components) = &spec.components else {
        return Vec::new();
    };
    let mut failing: BTreeMap<String, String> = BTreeMap::new();
    let mut reached_by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, schema) in &components.schemas {
        let value = serde_json::to_value(schema).unwrap_or_default();
        let mut closure = schema_refs(document, &value);
        closure.insert(name.clone());
        let mut alone = without_paths(spec, true);
        if let Some(c) = alone.components.as_mut() {
            keep_schemas(c, components, &closure);
        }
        if let Err(why) = attempt(&alone) {
            failing.insert(name.clone(), why);
        }
        closure.remove(name);
        reached_by.insert(name.clone(), closure);
    }
    let first: Vec<Culprit> = failing
        .iter()
        .filter(|(name, _)| {
            reached_by
                .get(*name)
                .is_none_or(|deps| deps.iter().all(|d| !failing.contains_key(d)))
        })
        .map(|(name, why)| Culprit::Schema {
            name: name.clone(),
            why: why.clone(),
        })
        .collect();
    if !first.is_empty() {
        return first;
    }
    // Schemas that fail only through a cycle of failing schemas: all of them.
    failing
        .into_iter()
        .map(|(name, why)| Culprit::Schema { name, why })
        .collect()
}

impl Culprit {
    /// The same culprit with its reason passed through `f`.
    pub fn map_why(self, f: impl FnOnce(String) -> String) -> Culprit {
        match self {
            Culprit::Operation { method, path, why } => Culprit::Operation {
                method,
                path,
                why: f(why),
            },
            Culprit::Schema { name, why } => Culprit::Schema { name, why: f(why) },
        }
    }
}

/// The extension of the exported spec listing what the client leaves out:
/// `x-oz-refused: [{method, path, operationId, construct, line}]` and
/// `x-oz-refused-schemas: {name: why}`.
pub const EXTENSION: &str = "x-oz-refused";

/// Lists the refusals in the exported spec (see [`EXTENSION`]).
pub fn mark(described: &mut Value, refused: &Refused) {
    let Some(root) = described.as_object_mut() else {
        return;
    };
    let list: Vec<Value> = refused
        .refusals()
        .map(|r| {
            serde_json::json!({
                "method": r.method,
                "path": r.path,
                "operationId": r.id,
                "construct": r.construct,
                "line": r.line(),
            })
        })
        .collect();
    if !list.is_empty() {
        root.insert(EXTENSION.to_owned(), Value::Array(list));
    }
    if !refused.schemas.is_empty() {
        root.insert(
            format!("{EXTENSION}-schemas"),
            serde_json::to_value(&refused.schemas).unwrap_or_default(),
        );
    }
}

/// Which generated types each type and each operation's builder mentions,
/// so a type the rewrite cannot handle costs only what reaches it.
pub struct TypeGraph {
    /// Type of `mod types` → the types it mentions.
    types: BTreeMap<String, BTreeSet<String>>,
    /// `op_key` of an operation → the types its builder mentions.
    builders: BTreeMap<String, BTreeSet<String>>,
}

struct Mentions<'a> {
    known: &'a BTreeSet<String>,
    found: BTreeSet<String>,
}

impl<'ast> syn::visit::Visit<'ast> for Mentions<'_> {
    fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
        let name = segment.ident.to_string();
        if self.known.contains(&name) {
            self.found.insert(name);
        }
        syn::visit::visit_path_segment(self, segment);
    }
}

fn item_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

fn module<'a>(items: &'a [syn::Item], name: &str) -> &'a [syn::Item] {
    items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, i)| &i[..]),
            _ => None,
        })
        .unwrap_or(&[])
}

impl TypeGraph {
    /// The graph of progenitor's output, before the rewrite.
    pub fn of(file: &syn::File) -> TypeGraph {
        use syn::visit::Visit;
        let types_items = module(&file.items, "types");
        let known: BTreeSet<String> = types_items.iter().filter_map(item_name).collect();
        let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for item in types_items {
            let name = match item {
                syn::Item::Impl(imp) => crate::rewrite::self_name(imp),
                other => item_name(other),
            };
            let Some(name) = name.filter(|n| known.contains(n)) else {
                continue;
            };
            let mut mentions = Mentions {
                known: &known,
                found: BTreeSet::new(),
            };
            mentions.visit_item(item);
            mentions.found.remove(&name);
            types.entry(name).or_default().extend(mentions.found);
        }
        let mut builders: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut owners: BTreeMap<String, String> = BTreeMap::new();
        let builder_items = module(&file.items, "builder");
        for item in builder_items {
            if let syn::Item::Impl(imp) = item {
                if let (Some(owner), Some(id)) = (
                    crate::rewrite::self_name(imp),
                    crate::rewrite::operation_id_in(imp),
                ) {
                    owners.insert(owner, crate::normalize::op_key(&id));
                }
            }
        }
        for item in builder_items {
            let owner = match item {
                syn::Item::Impl(imp) => crate::rewrite::self_name(imp),
                other => item_name(other),
            };
            let Some(key) = owner.and_then(|o| owners.get(&o).cloned()) else {
                continue;
            };
            let mut mentions = Mentions {
                known: &known,
                found: BTreeSet::new(),
            };
            mentions.visit_item(item);
            builders.entry(key).or_default().extend(mentions.found);
        }
        TypeGraph { types, builders }
    }

    /// Whether any of `from` is `target` or mentions it, directly or not.
    fn reaches(&self, from: &BTreeSet<String>, target: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&String> = from.iter().collect();
        while let Some(name) = stack.pop() {
            if name == target {
                return true;
            }
            if seen.insert(name.clone()) {
                stack.extend(self.types.get(name).into_iter().flatten());
            }
        }
        false
    }

    /// What to refuse for the rewrite's `failures`: the operation whose
    /// builder failed; for a type, every operation and component schema that
    /// reaches it. `operations` maps `op_key`s to `(METHOD, path)`.
    pub fn culprits(
        &self,
        failures: &[crate::rewrite::Failure],
        operations: &BTreeMap<String, (String, String)>,
        spec: &OpenAPI,
    ) -> Vec<Culprit> {
        let mut out = Vec::new();
        for failure in failures {
            match &failure.at {
                crate::rewrite::Failing::Operation(key) => {
                    if let Some((method, path)) = operations.get(key) {
                        out.push(Culprit::Operation {
                            method: method.clone(),
                            path: path.clone(),
                            why: failure.message.clone(),
                        });
                    }
                }
                crate::rewrite::Failing::Layout => {}
                crate::rewrite::Failing::Type(name) => {
                    let why = format!("type `{name}`: {}", failure.message);
                    for (key, mentions) in &self.builders {
                        if self.reaches(mentions, name) {
                            if let Some((method, path)) = operations.get(key) {
                                out.push(Culprit::Operation {
                                    method: method.clone(),
                                    path: path.clone(),
                                    why: why.clone(),
                                });
                            }
                        }
                    }
                    for schema in spec.components.iter().flat_map(|c| c.schemas.keys()) {
                        let ty = type_name(schema);
                        if self.types.contains_key(&ty) && self.reaches(&BTreeSet::from([ty]), name)
                        {
                            out.push(Culprit::Schema {
                                name: schema.clone(),
                                why: why.clone(),
                            });
                        }
                    }
                }
            }
        }
        out
    }
}

/// The Rust name typify gives component schema `name`.
fn type_name(name: &str) -> String {
    heck::ToPascalCase::to_pascal_case(crate::normalize::dashed(name).as_str())
}
