//! Property tests of every response decoder: nothing a server sends can make
//! decoding panic, what decodes round-trips unchanged, and members and enum
//! values this version does not know survive a decode and re-encode.
//!
//! Everything here is derived from the spec the client was generated from
//! (`oz_agent_api::spec::OPENAPI_JSON`: the vendored spec, or the one
//! `OZ_AGENT_API_SPEC` names), so it passes unchanged on a new spec:
//!
//! * the decoders are `fuzz/response_types.rs` (shared with the cargo-fuzz
//!   target), which expands the build's `__response_types!`; they are
//!   checked against the spec's JSON success responses and the generated
//!   dispatcher (`OUT_DIR/dispatch.rs`, as `common::dispatch`);
//! * the fixtures are, for every decoder, bodies generated from its schema
//!   (`oz_agent_api_fake::examples`, full and minimal), plus the hand-kept
//!   `tests/fixtures/responses/<Type>/*.json` of the types the spec still
//!   has (see [`kept_fixtures`]);
//! * where a mutation may add unknown members and enum values comes from a
//!   walk of the spec's schemas ([`Walk`]).
//!
//! Only what the hand-written layer relies on is named: `RunItem`,
//! `RunState`, `ArtifactResponse`, `types::Error` and `get_run`.
//!
//! Inputs are arbitrary bytes, JSON token soup, and structured mutations of
//! the fixtures. The cargo-fuzz target's seed corpus (`fuzz/corpus/decode/`,
//! git-ignored) is written from the same fixtures by
//! `OZ_WRITE_FUZZ_CORPUS=1 cargo test --all-features --test fuzz_decoders seed`.
//!
//! Each property runs `PROPTEST_CASES` cases (256 by default, a few seconds
//! in all); `PROPTEST_CASES=100000 cargo test --release --test fuzz_decoders`
//! is the long run.

mod common;

use std::collections::BTreeSet;
use std::path::{Path as FsPath, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use common::dispatch;
use common::scripted::{Reply, ScriptedServer};
use common::KEY;
use oz_agent_api::error::error_code_from_type;
use oz_agent_api::Error;
use oz_agent_api_fake::examples::{Fill, Generator};
use oz_agent_api_fake::spec::{Operation as SpecOperation, Spec};
use oz_agent_api_fake::validate::Validator;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

#[allow(dead_code)] // `select` is for the fuzz target
#[path = "../fuzz/response_types.rs"]
mod response_types;

use response_types::{same_json, Decoder, DECODERS};

// ---------------------------------------------------------------------------
// The spec the client was generated from

/// The spec the client was generated from: `oz_agent_api::spec::OPENAPI_JSON`
/// (the vendored one, or `OZ_AGENT_API_SPEC`'s, with the build's patches).
fn spec() -> &'static Spec {
    static SPEC: OnceLock<Arc<Spec>> = OnceLock::new();
    SPEC.get_or_init(|| Spec::vendored().expect("the client's spec parses"))
}

/// An operation id reduced as the build compares them (`build/normalize.rs`):
/// ASCII letters and digits, lower-cased.
fn op_key(id: &str) -> String {
    id.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The spec's operation for one of the generated client's.
fn spec_operation(op: &dispatch::Operation) -> &'static SpecOperation {
    let operations = spec().operations();
    operations
        .iter()
        .find(|o| o.method == op.method && o.path == op.path)
        .or_else(|| operations.iter().find(|o| op_key(&o.id) == op_key(op.id)))
        .unwrap_or_else(|| panic!("{} {} ({}): not in the spec", op.method, op.path, op.id))
}

/// The schemas of an operation's JSON `2xx` bodies (media type
/// `application/json` or `…+json`; `{}`, any JSON value, for one without a
/// schema), each once, in status order.
fn json_success_schemas(op: &SpecOperation) -> Vec<Value> {
    let mut out = Vec::new();
    for response in op
        .responses
        .iter()
        .filter(|r| (200..300).contains(&r.status))
    {
        let json = response.content_type.as_deref().is_some_and(|ct| {
            let essence = ct.split(';').next().unwrap_or("").trim();
            essence == "application/json" || essence.ends_with("+json")
        });
        let schema = response.schema.clone().unwrap_or_else(|| json!({}));
        if json && !out.contains(&schema) {
            out.push(schema);
        }
    }
    out
}

/// The operations of the generated client that answer with `name`.
fn operations_answering(name: &str) -> impl Iterator<Item = &'static dispatch::Operation> + '_ {
    dispatch::OPERATIONS
        .iter()
        .filter(move |op| op.response_type == Some(name))
}

/// The schema of the bodies decoder `name` decodes: the JSON success
/// response of an operation answering with it (any of them, if it has
/// several), or (for the problem details, which no operation succeeds with)
/// the component schema of that name.
fn response_schema(name: &str) -> Value {
    match operations_answering(name).next() {
        Some(op) => match &json_success_schemas(spec_operation(op))[..] {
            [] => panic!("{}: no JSON success response in the spec", op.id),
            [one] => one.clone(),
            // Several JSON successes (a 200 and a 201): one of them.
            several => json!({ "oneOf": several }),
        },
        None => {
            assert!(
                spec().schema(name).is_some(),
                "{name}: no operation answers with it and no component schema has its name"
            );
            json!({ "$ref": format!("#/components/schemas/{name}") })
        }
    }
}

/// The tags of a discriminated union (`oneOf`/`anyOf` with a
/// `discriminator`), each with the `$ref` it selects: the mapping's, and
/// the schema name of each variant the mapping leaves out.
fn union_tags(union: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = union
        .pointer("/discriminator/mapping")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(tag, target)| Some((tag.clone(), target.as_str()?.to_owned())))
        .collect();
    for variants in ["oneOf", "anyOf"].map(|k| union.get(k).and_then(Value::as_array)) {
        for target in variants
            .into_iter()
            .flatten()
            .filter_map(|v| v["$ref"].as_str())
        {
            if !out.iter().any(|(_, t)| t == target) {
                let tag = target.rsplit('/').next().unwrap_or(target);
                out.push((tag.to_owned(), target.to_owned()));
            }
        }
    }
    out
}

/// Follows `$ref`s (in `spec`) and single-member `allOf` wrappers; also
/// returns the name of the last component schema it went through.
fn resolve<'a>(spec: &'a Spec, mut schema: &'a Value) -> (&'a Value, Option<&'a str>) {
    let mut name = None;
    for _ in 0..64 {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            name = r.rsplit('/').next();
            schema = spec
                .pointer(r)
                .unwrap_or_else(|| panic!("dangling $ref {r}"));
        } else if let Some([only]) = schema
            .get("allOf")
            .and_then(Value::as_array)
            .map(|v| &v[..])
        {
            schema = only;
        } else {
            break;
        }
    }
    (schema, name)
}

/// What a value of a schema can hold, as [`reachable`] finds it.
#[derive(Debug, Default)]
struct Reach {
    /// (union, tag) of every discriminated union (component schema).
    tags: BTreeSet<(String, String)>,
    /// (object, member) of every component object schema.
    members: BTreeSet<(String, String)>,
}

/// The discriminated unions, with every tag, and the component objects,
/// with every member, that a value of `schema` can hold. Undiscriminated
/// unions are not entered: the client picks their variant by shape, and
/// [`walk`] does not enter them either.
fn reachable(schema: &Value) -> Reach {
    fn go(schema: &Value, seen: &mut BTreeSet<String>, out: &mut Reach) {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            if seen.insert(r.to_owned()) {
                let (target, name) = resolve(spec(), schema);
                let name = name.unwrap_or(r).to_owned();
                if target.get("discriminator").is_some() {
                    for (tag, _) in union_tags(target) {
                        out.tags.insert((name.clone(), tag));
                    }
                }
                for member in target
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flat_map(|p| p.keys())
                {
                    out.members.insert((name.clone(), member.clone()));
                }
                go(target, seen, out);
            }
            return;
        }
        let mut parts = vec!["allOf"];
        if schema.get("discriminator").is_some() {
            parts.extend(["oneOf", "anyOf"]);
        }
        for key in parts {
            for part in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                go(part, seen, out);
            }
        }
        for property in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|p| p.values())
        {
            go(property, seen, out);
        }
        for key in ["items", "additionalProperties"] {
            if let Some(inner) = schema.get(key).filter(|s| s.is_object()) {
                go(inner, seen, out);
            }
        }
    }
    let mut out = Reach::default();
    go(schema, &mut BTreeSet::new(), &mut out);
    out
}

/// The published versions of the spec in `openapi/history/`, by file name.
fn published_specs() -> &'static [(String, Spec)] {
    static SPECS: OnceLock<Vec<(String, Spec)>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let history = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("openapi/history");
        let mut files: Vec<PathBuf> = std::fs::read_dir(history)
            .into_iter()
            .flatten()
            .map(|e| e.unwrap().path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yml" | "yaml")))
            .collect();
        files.sort();
        files
            .into_iter()
            .filter_map(|path| {
                let name = path.file_name()?.to_str()?.to_owned();
                let text = std::fs::read_to_string(&path).ok()?;
                let document: Value = serde_norway::from_str(&text)
                    .map_err(|e| eprintln!("note: {name}: not read ({e})"))
                    .ok()?;
                Some((name, Spec::from_value(document).ok()?))
            })
            .collect()
    })
}

/// Every member name any published version of the spec defines
/// (`openapi/history/`, and the spec the client was generated from).
///
/// A fixture member the current spec does not define must be named
/// `x_future_*`, so that a typo in a fixture is caught instead of silently
/// testing an unknown member; but a member a later spec dropped is no typo:
/// the fixture was right when written, and now shows the member kept as an
/// unknown one.
fn published_member_names() -> &'static BTreeSet<String> {
    fn collect(schema: &Value, out: &mut BTreeSet<String>) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    out.extend(properties.keys().cloned());
                }
                map.values().for_each(|v| collect(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    static NAMES: OnceLock<BTreeSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out = BTreeSet::new();
        collect(spec().document(), &mut out);
        for (_, published) in published_specs() {
            collect(published.document(), &mut out);
        }
        out
    })
}

/// How `doc` breaks `spec`'s `schema`, leaving out the unknown members and
/// values (enum values, union tags) a client must keep.
fn violations(spec: &Spec, schema: &Value, doc: &Value) -> Vec<String> {
    let tolerated: Vec<String> = Walk::of(spec, schema, doc)
        .unknown
        .iter()
        .map(|p| pointer(p))
        .collect();
    Validator::new(spec)
        .validate(schema, doc)
        .err()
        .unwrap_or_default()
        .into_iter()
        .filter(|v| {
            !tolerated
                .iter()
                .any(|u| v.pointer == *u || v.pointer.starts_with(&format!("{u}/")))
        })
        .map(|v| v.to_string())
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Seg {
    Key(String),
    Index(usize),
}

type Path = Vec<Seg>;

/// A path as a JSON pointer (`/steps/0/messages`).
fn pointer(path: &[Seg]) -> String {
    path.iter()
        .map(|seg| match seg {
            Seg::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => format!("/{i}"),
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// An object that keeps members it does not know (a struct with
    /// `extra`, or a free-form map).
    Object,
    /// A string that is an open enum's value or a union's discriminator.
    Enum,
}

/// What the spec says about the nodes of one document.
#[derive(Debug, Default)]
struct Walk {
    /// Where a mutation can add what this version does not know.
    slots: Vec<(Path, Slot)>,
    /// Members of objects the spec describes, which it does not define.
    undefined: Vec<Path>,
    /// Values this version does not know: members, enum values, and union
    /// values with an unknown or missing tag (kept whole).
    unknown: Vec<Path>,
    /// (union, tag) of every union value with a known tag.
    tags: BTreeSet<(String, String)>,
    /// (object, member) of every member of a component object schema.
    members: BTreeSet<(String, String)>,
    /// The component schema each node is a value of (a node can be a value
    /// of a union and of its variant).
    components: Vec<(Path, String)>,
}

impl Walk {
    /// What `spec`'s `schema` says about `doc`.
    fn of(spec: &Spec, schema: &Value, doc: &Value) -> Walk {
        let mut out = Walk::default();
        walk(spec, schema, doc, &mut Path::new(), &mut out);
        out
    }
}

/// Records what `spec`'s `schema` says about `doc` and its nodes.
fn walk(spec: &Spec, schema: &Value, doc: &Value, path: &mut Path, out: &mut Walk) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        out.components.push((path.clone(), name.to_owned()));
    }
    let (schema, name) = resolve(spec, schema);
    if name.is_some_and(|n| {
        out.components
            .last()
            .is_none_or(|(p, c)| p != path || c != n)
    }) {
        out.components
            .push((path.clone(), name.unwrap().to_owned()));
    }
    if ["oneOf", "anyOf"].iter().any(|k| schema.get(k).is_some()) {
        let Some(property) = schema
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
        else {
            // Undiscriminated: the client picks a variant by shape.
            return;
        };
        let tag = doc.get(property).and_then(Value::as_str);
        if tag.is_some() {
            let mut at = path.clone();
            at.push(Seg::Key(property.to_owned()));
            out.slots.push((at, Slot::Enum));
        }
        match tag.and_then(|t| union_tags(schema).into_iter().find(|(k, _)| k == t)) {
            Some((tag, target)) => {
                if let Some(union) = name {
                    out.tags.insert((union.to_owned(), tag));
                }
                walk(spec, &json!({ "$ref": target }), doc, path, out);
            }
            // An unknown or missing tag: the union keeps the whole value as it came.
            None => out.unknown.push(path.clone()),
        }
        return;
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        if doc.is_string() {
            out.slots.push((path.clone(), Slot::Enum));
            if !values.contains(doc) {
                out.unknown.push(path.clone());
            }
        }
        return;
    }
    match doc {
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    walk(spec, item, v, path, out);
                    path.pop();
                }
            }
        }
        Value::Object(members) => {
            // `allOf` parts merged (a single one is resolved above).
            let parts: Vec<(&Value, Option<&str>)> =
                match schema.get("allOf").and_then(Value::as_array) {
                    Some(parts) => parts.iter().map(|p| resolve(spec, p)).collect(),
                    None => vec![(schema, name)],
                };
            let mut properties = serde_json::Map::new();
            for (part, part_name) in &parts {
                let Some(defined) = part.get("properties").and_then(Value::as_object) else {
                    continue;
                };
                properties.extend(defined.clone());
                if let Some(part_name) = part_name {
                    for member in members.keys().filter(|k| defined.contains_key(*k)) {
                        out.members
                            .insert(((*part_name).to_owned(), member.clone()));
                    }
                }
            }
            let additional = schema.get("additionalProperties");
            let typed = additional.filter(|a| a.as_object().is_some_and(|o| !o.is_empty()));
            let open = parts.len() == 1 && matches!(additional, None | Some(Value::Bool(true)))
                || additional.is_some_and(|a| a.as_object().is_some_and(|o| o.is_empty()));
            let object =
                !properties.is_empty() || additional.is_some() || schema["type"] == "object";
            if !object {
                return; // `{}`: anything goes.
            }
            if open {
                out.slots.push((path.clone(), Slot::Object));
            }
            for (k, v) in members {
                path.push(Seg::Key(k.clone()));
                if let Some(p) = properties.get(k) {
                    walk(spec, p, v, path, out);
                } else if let Some(values) = typed {
                    walk(spec, values, v, path, out);
                } else if !properties.is_empty() {
                    if !k.starts_with("x_future") {
                        out.undefined.push(path.clone());
                    }
                    out.unknown.push(path.clone());
                }
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(doc: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(doc, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

fn at<'a>(doc: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(doc, |v, seg| match seg {
        Seg::Key(k) => v.get(k.as_str()),
        Seg::Index(i) => v.get(*i),
    })
}

/// Every node of `doc`, root first.
fn all_paths(doc: &Value) -> Vec<Path> {
    fn go(v: &Value, path: &mut Path, out: &mut Vec<Path>) {
        out.push(path.clone());
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    go(item, path, out);
                    path.pop();
                }
            }
            Value::Object(members) => {
                for (k, item) in members {
                    path.push(Seg::Key(k.clone()));
                    go(item, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(doc, &mut Path::new(), &mut out);
    out
}

// ---------------------------------------------------------------------------
// Fixtures: generated from the spec for every decoder, and kept by hand

fn fixtures_dir() -> PathBuf {
    FsPath::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/responses")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// `tests/fixtures/responses/<Type>/<case>.json`.
    Kept,
    /// Generated from the spec (`oz_agent_api_fake::examples`).
    Generated,
}

/// One fixture: a response body as the API sends it.
struct Fixture {
    decoder: &'static Decoder,
    /// `<Type>/<case>`.
    name: String,
    origin: Origin,
    bytes: Vec<u8>,
    /// The body decoded and serialized again.
    canonical: Value,
    /// What the spec says about the decoded body.
    walk: Walk,
}

/// At most this many full values are generated per type, to reach every
/// variant of the unions and every member of the objects in it.
const MAX_GENERATED: usize = 8;

fn fixtures() -> &'static [Fixture] {
    static FIXTURES: OnceLock<Vec<Fixture>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let mut out = kept_fixtures();
        out.extend(generated_fixtures());
        out
    })
}

/// For every decoder, values generated from its schema: full ones until
/// every variant of every union and every member of every object reachable
/// from it has appeared, and a minimal one per variant of the type itself
/// (one if it is no union).
fn generated_fixtures() -> Vec<Fixture> {
    let mut full = Generator::new(Spec::vendored().unwrap());
    let mut minimal = full.clone().with_fill(Fill::Minimal);
    let mut out = Vec::new();
    for decoder in DECODERS {
        let schema = response_schema(decoder.name);
        let fixture = |generator: &mut Generator, case: String| {
            let value = generator
                .schema(&schema, decoder.name)
                .unwrap_or_else(|| panic!("{}: the generator gave no value", decoder.name));
            let name = format!("{}/{case}", decoder.name);
            let bytes = serde_json::to_vec(&value).unwrap();
            let canonical = (decoder.bytes)(&bytes)
                .unwrap_or_else(|e| panic!("generated {name} does not decode: {e}\n{value}"));
            let walk = Walk::of(spec(), &schema, &canonical);
            assert!(
                walk.undefined.is_empty() && walk.unknown.is_empty(),
                "generated {name}: the spec does not know {:?} {:?}\n{canonical}",
                walk.undefined,
                walk.unknown
            );
            Fixture {
                decoder,
                name,
                origin: Origin::Generated,
                bytes,
                canonical,
                walk,
            }
        };
        let wanted = reachable(&schema);
        let (mut tags, mut members) = (BTreeSet::new(), BTreeSet::new());
        for i in 0..MAX_GENERATED {
            let f = fixture(&mut full, format!("generated-full-{i}"));
            tags.extend(f.walk.tags.iter().cloned());
            members.extend(f.walk.members.iter().cloned());
            out.push(f);
            if wanted.tags.is_subset(&tags) && wanted.members.is_subset(&members) {
                break;
            }
        }
        let (resolved, _) = resolve(spec(), &schema);
        let variants = ["oneOf", "anyOf"]
            .iter()
            .filter_map(|k| resolved.get(k).and_then(Value::as_array))
            .map(Vec::len)
            .sum::<usize>();
        for i in 0..variants.max(1) {
            out.push(fixture(&mut minimal, format!("generated-minimal-{i}")));
        }
    }
    out
}

/// The hand-kept fixtures of the types the spec still has.
///
/// A directory for a type the spec no longer has is skipped with a note.
/// A fixture that does not decode fails the test if this spec accepts it
/// (apart from the unknown members and values the client must keep), or if
/// no published version of the spec (`openapi/history/`) does: it is wrong.
/// One that an earlier version accepts is stale (the type changed
/// incompatibly since): it is skipped with a note.
fn kept_fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    let mut types: Vec<_> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures/responses")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    types.sort();
    for dir in types {
        let type_name = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let Some(decoder) = decoder_if_any(
            &type_name,
            &format!("tests/fixtures/responses/{type_name}/"),
        ) else {
            continue;
        };
        let schema = response_schema(decoder.name);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for file in files {
            let name = format!(
                "{type_name}/{}",
                file.file_stem().unwrap().to_str().unwrap()
            );
            let bytes = std::fs::read(&file).unwrap();
            let sent: Value = serde_json::from_slice(&bytes)
                .unwrap_or_else(|e| panic!("fixture {name} is not JSON: {e}"));
            let canonical = match (decoder.bytes)(&bytes) {
                Ok(canonical) => canonical,
                Err(e) => {
                    let now = violations(spec(), &schema, &sent);
                    assert!(
                        !now.is_empty(),
                        "fixture {name} fits {type_name} in this spec (but for values the client must keep) and does not decode: {e}"
                    );
                    let component = json!({ "$ref": format!("#/components/schemas/{type_name}") });
                    let valid_in: Vec<&str> = published_specs()
                        .iter()
                        .filter(|(_, s)| {
                            s.schema(&type_name).is_some()
                                && violations(s, &component, &sent).is_empty()
                        })
                        .map(|(file, _)| file.as_str())
                        .collect();
                    assert!(
                        !valid_in.is_empty(),
                        "fixture {name} fits {type_name} in no published version of the spec: {}",
                        now.join("; ")
                    );
                    eprintln!(
                        "note: fixture {name} fits {type_name} in {} but not in this spec ({}); skipped",
                        valid_in.join(", "),
                        now.join("; ")
                    );
                    continue;
                }
            };
            let walk = Walk::of(spec(), &schema, &canonical);
            let stray: Vec<String> = walk
                .undefined
                .iter()
                .filter(|p| {
                    let Some(Seg::Key(member)) = p.last() else {
                        return true;
                    };
                    !published_member_names().contains(member)
                })
                .map(|p| pointer(p))
                .collect();
            assert!(
                stray.is_empty(),
                "fixture {name}: members no version of the spec defines (name unknown ones x_future_*): {stray:?}"
            );
            out.push(Fixture {
                decoder,
                name,
                origin: Origin::Kept,
                bytes,
                canonical,
                walk,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Coverage of the list and of the fixtures

/// What a JSON success response of the spec decodes as: the component
/// schema's type, `String` / `Map` for an inline `type: string` /
/// `type: object`, `Value` for any JSON (the names `__response_types!`
/// gives them).
fn expected_type_name(schema: &Value) -> Option<String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().map(str::to_owned);
    }
    if schema.as_object().is_some_and(|o| o.is_empty()) {
        return Some("Value".to_owned());
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => Some("String".to_owned()),
        Some("object") if schema.get("properties").is_none() => Some("Map".to_owned()),
        _ => None,
    }
}

#[test]
fn the_decoders_are_the_json_success_types_of_the_spec_and_the_problem_details() {
    let mut expected = BTreeSet::from(["Error".to_owned()]);
    for op in dispatch::OPERATIONS {
        let successes = json_success_schemas(spec_operation(op));
        assert_eq!(
            op.response_type.is_some(),
            !successes.is_empty(),
            "{}: the client decodes a JSON body exactly when the spec documents one",
            op.id
        );
        let Some(name) = op.response_type else {
            continue;
        };
        // One JSON success: its type (several make a type of their own).
        if let [only] = &successes[..] {
            if let Some(spec_name) = expected_type_name(only) {
                // Rust names the type in its own case (`AiRun…` for `AIRun…`).
                assert_eq!(op_key(name), op_key(&spec_name), "{}", op.id);
            }
        }
        expected.insert(name.to_owned());
    }
    // Every operation of the spec is one of the client's.
    for op in spec().operations() {
        assert!(
            dispatch::OPERATIONS
                .iter()
                .any(|d| std::ptr::eq(spec_operation(d), op)),
            "{} {}: not in the generated client",
            op.method,
            op.path
        );
    }
    let listed: BTreeSet<String> = DECODERS.iter().map(|d| d.name.to_owned()).collect();
    assert_eq!(
        listed, expected,
        "__response_types! must name exactly the spec's JSON response types"
    );
}

#[test]
fn the_fixtures_reach_every_member_of_every_object_in_a_response() {
    let wanted: BTreeSet<(String, String)> = DECODERS
        .iter()
        .flat_map(|d| reachable(&response_schema(d.name)).members)
        .collect();
    let seen: BTreeSet<(String, String)> = fixtures()
        .iter()
        .flat_map(|f| f.walk.members.iter().cloned())
        .collect();
    let missing: Vec<_> = wanted.difference(&seen).collect();
    assert!(missing.is_empty(), "no fixture has {missing:?}");
    // Members the hand-written layer reads.
    for member in ["run_id", "state"] {
        assert!(
            wanted.contains(&("RunItem".to_owned(), member.to_owned())),
            "RunItem.{member} is no member of a response"
        );
    }
}

#[test]
fn the_fixtures_reach_every_variant_of_every_union_in_a_response() {
    let wanted: BTreeSet<(String, String)> = DECODERS
        .iter()
        .flat_map(|d| reachable(&response_schema(d.name)).tags)
        .collect();
    let seen: BTreeSet<(String, String)> = fixtures()
        .iter()
        .flat_map(|f| f.walk.tags.iter().cloned())
        .collect();
    let missing: Vec<_> = wanted.difference(&seen).collect();
    assert!(missing.is_empty(), "no fixture has {missing:?}");
    // The union the hand-written layer matches on (`src/download.rs`).
    assert!(
        wanted.iter().any(|(u, _)| u == "ArtifactResponse"),
        "ArtifactResponse is no union of a response"
    );
}

#[test]
fn fixtures_decode_and_lose_nothing_but_empty_members() {
    // Members a round trip may drop: null, [] and {} of optional members.
    fn covered(original: &Value, canonical: &Value, at: &str) {
        match (original, canonical) {
            (Value::Object(o), Value::Object(c)) => {
                for (k, v) in o {
                    match c.get(k) {
                        Some(cv) => covered(v, cv, &format!("{at}/{k}")),
                        None => assert!(
                            v.is_null()
                                || v.as_array().is_some_and(Vec::is_empty)
                                || v.as_object().is_some_and(serde_json::Map::is_empty),
                            "{at}/{k} was lost: {v}"
                        ),
                    }
                }
            }
            (Value::Array(o), Value::Array(c)) => {
                assert_eq!(o.len(), c.len(), "{at}");
                for (i, (a, b)) in o.iter().zip(c).enumerate() {
                    covered(a, b, &format!("{at}/{i}"));
                }
            }
            // Dates come back in one canonical form; every other leaf unchanged.
            (Value::String(a), Value::String(b)) if a != b => {
                let (a, b) = (
                    chrono::DateTime::parse_from_rfc3339(a),
                    chrono::DateTime::parse_from_rfc3339(b),
                );
                assert!(a.is_ok() && a == b, "{at}: {a:?} became {b:?}");
            }
            (a, b) => assert!(same_json(a, b), "{at}: {a} became {b}"),
        }
    }
    let fixtures = fixtures();
    assert!(fixtures.len() >= 2 * DECODERS.len(), "{}", fixtures.len());
    for f in fixtures {
        let original: Value = serde_json::from_slice(&f.bytes).unwrap();
        covered(&original, &f.canonical, &f.name);
    }
}

#[test]
fn unknown_members_and_values_in_the_kept_fixtures_survive_unchanged() {
    let mut unknown = 0;
    for f in fixtures().iter().filter(|f| f.origin == Origin::Kept) {
        let sent: Value = serde_json::from_slice(&f.bytes).unwrap();
        let schema = response_schema(f.decoder.name);
        for path in Walk::of(spec(), &schema, &sent).unknown {
            unknown += 1;
            let (sent, kept) = (at(&sent, &path).unwrap(), at(&f.canonical, &path));
            assert!(
                kept.is_some_and(|kept| same_json(sent, kept)),
                "{} {}: sent {sent}, kept {kept:?}",
                f.name,
                pointer(&path)
            );
        }
    }
    // Members named x_future_* are unknown to every spec.
    assert!(unknown > 0, "the kept fixtures have nothing unknown");
}

/// A value `values` does not have (`FUTURE_0`, `FUTURE_1`, …).
fn unknown_value(values: &[Value]) -> String {
    (0..)
        .map(|i| format!("FUTURE_{i}"))
        .find(|v| !values.contains(&Value::from(v.as_str())))
        .unwrap()
}

#[test]
fn a_run_with_a_state_and_members_this_version_does_not_know_decodes_and_keeps_them() {
    use oz_agent_api::types::{RunItem, RunState};
    let states = spec().schema("RunState").expect("RunState")["enum"]
        .as_array()
        .expect("RunState is an enum")
        .clone();
    let state = unknown_value(&states);
    for f in fixtures().iter().filter(|f| f.decoder.name == "RunItem") {
        let mut doc = f.canonical.clone();
        doc["state"] = Value::from(state.as_str());
        doc["x_future_nested"] = json!({"a": [{"b": {"c": [1.5, -2, u64::MAX, i64::MIN]}}]});
        let run: RunItem = serde_json::from_value(doc.clone())
            .unwrap_or_else(|e| panic!("{}: {e}\n{doc}", f.name));
        assert_eq!(
            run.state,
            RunState::Unrecognized(state.clone()),
            "{}",
            f.name
        );
        assert_eq!(
            run.extra["x_future_nested"]["a"][0]["b"]["c"][2],
            u64::MAX,
            "{}: large numbers in unknown members are kept exactly",
            f.name
        );
        assert!(
            same_json(&serde_json::to_value(&run).unwrap(), &doc),
            "{}",
            f.name
        );
    }
}

#[test]
fn an_artifact_of_a_type_this_version_does_not_know_decodes_as_unrecognized() {
    use oz_agent_api::types::ArtifactResponse;
    let union = spec().schema("ArtifactResponse").expect("ArtifactResponse");
    let property = union
        .pointer("/discriminator/propertyName")
        .and_then(Value::as_str)
        .expect("ArtifactResponse has a discriminator");
    let tags: Vec<Value> = union_tags(union)
        .into_iter()
        .map(|(t, _)| Value::from(t))
        .collect();
    let artifact_type = unknown_value(&tags);
    let mut checked = 0;
    for f in fixtures()
        .iter()
        .filter(|f| f.decoder.name == "ArtifactResponse")
    {
        checked += 1;
        let mut doc = f.canonical.clone();
        doc[property] = Value::from(artifact_type.as_str());
        let artifact: ArtifactResponse = serde_json::from_value(doc.clone()).unwrap();
        assert!(
            matches!(&artifact, ArtifactResponse::Unrecognized(v) if *v == doc),
            "{}: {artifact:?}",
            f.name
        );
    }
    assert!(checked > 0);
}

// ---------------------------------------------------------------------------
// Fuzz findings and the seed corpus of the cargo-fuzz target

/// A body the fuzz target found, and the response type it was decoded as.
/// Keyed by the type's name, not by the selector byte of the corpus input:
/// the selector of a type changes whenever the spec adds or drops one.
struct Finding {
    name: &'static str,
    decoder: &'static str,
    body: &'static [u8],
}

/// Inputs the fuzz target found, checked by [`fuzz_findings_stay_fixed`] and
/// written to the seed corpus (with their current selector byte).
const FUZZ_FINDINGS: &[Finding] = &[
    // An ArtifactResponse (a union) that is a bare float, kept as
    // `Unrecognized`: its re-encoding parsed back one ULP off without
    // serde_json's `float_roundtrip` feature (see `same_json`, `exact_floats`).
    // Found as corpus input `\xb9…`, when 0xb9 % 18 selected ArtifactResponse.
    Finding {
        name: "finding-float-one-ulp",
        decoder: "ArtifactResponse",
        body: b"184467414467418446744073709551616.40737095",
    },
];

/// The decoder named `name`, or a note that this spec has none.
fn decoder_if_any(name: &str, what: &str) -> Option<&'static Decoder> {
    let found = DECODERS.iter().find(|d| d.name == name);
    if found.is_none() {
        eprintln!("note: {what}: the spec has no response type {name}; skipped");
    }
    found
}

#[test]
fn fuzz_findings_stay_fixed() {
    for finding in FUZZ_FINDINGS {
        let Some(decoder) = decoder_if_any(finding.decoder, finding.name) else {
            continue;
        };
        // `roundtrip` panics (the finding) if what decodes does not round-trip.
        if let Ok(value) = (decoder.bytes)(finding.body) {
            let parsed: Value = serde_json::from_slice(finding.body).unwrap();
            assert!(
                same_json(&value, &parsed),
                "{}: decoded as {value}, sent {parsed}",
                finding.name
            );
        }
        // The same bytes through every other decoder, as the fuzz target does.
        decode_with_all(finding.body);
    }
}

/// A corpus file name for fixture `name` (`RunItem/full` → `RunItem-full`).
fn seed_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The seed corpus: every fixture and finding behind the selector byte of
/// its type, and bare problem `type` URIs for `error_code_from_type`.
fn seed_corpus() -> Vec<(String, Vec<u8>)> {
    let input = |name: &str, body: &[u8]| {
        let selector = response_types::selector(name)
            .unwrap_or_else(|| panic!("no selector byte for {name}: more than 256 decoders?"));
        let mut bytes = vec![selector];
        bytes.extend_from_slice(body);
        bytes
    };
    let mut out = Vec::new();
    for finding in FUZZ_FINDINGS {
        if DECODERS.iter().any(|d| d.name == finding.decoder) {
            out.push((
                finding.name.to_owned(),
                input(finding.decoder, finding.body),
            ));
        }
    }
    for f in fixtures() {
        out.push((seed_name(&f.name), input(f.decoder.name, &f.bytes)));
    }
    for (name, uri) in [
        (
            "uri-absolute",
            "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/insufficient_credits",
        ),
        (
            "uri-relative",
            "/reference/api-and-sdk/troubleshooting/errors/external-authentication-required",
        ),
        ("uri-fragment", "https://docs.warp.dev/errors#budget-exceeded?x=1"),
    ] {
        out.push((name.to_owned(), input("Error", uri.as_bytes())));
    }
    out
}

/// Every seed selects the decoder it was made for, and nothing else is in
/// it. With `OZ_WRITE_FUZZ_CORPUS=1` it also writes the seeds to
/// `fuzz/corpus/decode/` (git-ignored; see `fuzz/README.md`):
/// `OZ_WRITE_FUZZ_CORPUS=1 cargo test --all-features --test fuzz_decoders seed`.
#[test]
fn seed_corpus_inputs_select_their_decoder() {
    let seeds = seed_corpus();
    let mut names = BTreeSet::new();
    for (name, input) in &seeds {
        assert!(names.insert(name.as_str()), "two seeds named {name}");
        let (selector, body) = input.split_first().expect("a selector byte");
        let decoder = response_types::select(*selector);
        let fixture = fixtures().iter().find(|f| seed_name(&f.name) == *name);
        let finding = FUZZ_FINDINGS.iter().find(|f| f.name == name);
        match (fixture, finding) {
            (Some(f), _) => {
                assert_eq!(decoder.name, f.decoder.name, "{name}");
                assert_eq!(body, &f.bytes[..], "{name}");
            }
            (None, Some(f)) => assert_eq!(decoder.name, f.decoder, "{name}"),
            (None, None) => assert_eq!(decoder.name, "Error", "{name}"),
        }
    }
    if std::env::var_os("OZ_WRITE_FUZZ_CORPUS").is_some() {
        let dir = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/decode");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in &seeds {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        eprintln!("wrote {} seeds to {}", seeds.len(), dir.display());
    }
}

// ---------------------------------------------------------------------------
// Strategies

fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// The spec's own words: the member names of its schemas, and its enum
/// values and union tags; and for each union tag, the skeleton of a variant
/// (`{"type": "text"}`) and one with a required member of the wrong type.
struct Vocabulary {
    members: Vec<String>,
    values: Vec<String>,
    skeletons: Vec<Value>,
}

fn vocabulary() -> &'static Vocabulary {
    fn collect(schema: &Value, members: &mut BTreeSet<String>, values: &mut BTreeSet<String>) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    members.extend(properties.keys().cloned());
                }
                if let Some(Value::Array(options)) = map.get("enum") {
                    values.extend(options.iter().filter_map(Value::as_str).map(str::to_owned));
                }
                map.values().for_each(|v| collect(v, members, values));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, members, values)),
            _ => {}
        }
    }
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let (mut members, mut values) = (BTreeSet::new(), BTreeSet::new());
        collect(spec().document(), &mut members, &mut values);
        let mut skeletons = Vec::new();
        for (_, union) in spec().schemas() {
            let Some(property) = union
                .pointer("/discriminator/propertyName")
                .and_then(Value::as_str)
            else {
                continue;
            };
            for (tag, target) in union_tags(union) {
                skeletons.push(json!({ property: tag }));
                let required = spec()
                    .pointer(&target)
                    .and_then(|v| v["required"].as_array())
                    .and_then(|r| r.iter().filter_map(Value::as_str).find(|m| *m != property));
                if let Some(member) = required {
                    skeletons.push(json!({ property: tag, member: 1 }));
                }
                values.insert(tag);
            }
        }
        Vocabulary {
            members: members.into_iter().collect(),
            values: values.into_iter().collect(),
            skeletons,
        }
    })
}

/// Strings that parsers of dates, UUIDs and problem types get wrong.
const EDGE_STRINGS: &[&str] = &[
    "",
    "\u{0}",
    "\u{10FFFF}",
    "🦀",
    "2026-02-30T00:00:00Z",
    "2026-06-01T24:00:00Z",
    "+275760-09-13T00:00:00Z",
    "-262144-01-01T00:00:00Z",
    "9999-12-31T23:59:60.999999999Z",
    "0000-01-01T00:00:00Z",
    "2026-06-01T10:00:00+14:00",
    "2026-06-01T10:00:00.1234567890123Z",
    "2026-06-01 10:00:00",
    "00000000-0000-0000-0000-000000000000",
    "0b6c2f9e3a474a8e9a0e6f1d2c3b4a59",
    "urn:uuid:0b6c2f9e-3a47-4a8e-9a0e-6f1d2c3b4a59",
    "{0b6c2f9e-3a47-4a8e-9a0e-6f1d2c3b4a59}",
    "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/",
    "errors/",
    "errors#-",
];

fn edge_value() -> impl Strategy<Value = Value> {
    let words = vocabulary();
    let strings: Vec<Value> = EDGE_STRINGS
        .iter()
        .map(|s| Value::from(*s))
        .chain(words.values.iter().map(|s| Value::from(s.as_str())))
        .collect();
    let mut shapes = vec![
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(i64::MIN),
        json!(i64::MAX),
        json!(u64::MAX),
        json!(u32::MAX),
        json!(u64::from(u32::MAX) + 1),
        json!(1.5),
        json!(-0.0),
        json!(1e308),
        json!(5e-324),
        json!([]),
        json!({}),
        json!([[]]),
    ];
    shapes.extend(words.skeletons.iter().cloned());
    prop_oneof![prop::sample::select(strings), prop::sample::select(shapes)]
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "\\PC{0,12}".prop_map(Value::from),
        edge_value(),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON tokens, and the member names and values of the spec, glued at random.
fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b",",
        b" ",
        b"\"",
        b"null",
        b"true",
        b"false",
        b"0",
        b"-1",
        b"1e309",
        b"-0",
        b"18446744073709551616",
        b"1.5",
        b"\"\\ud800\"",
        b"\"\\u0000\"",
        b"\"x\"",
        b"\"2026-06-01T10:00:00Z\"",
        b"\xff",
        b"\xc3",
        "\u{1F980}".as_bytes(),
    ];
    let words = vocabulary();
    let tokens: Vec<Vec<u8>> = TOKENS
        .iter()
        .map(|t| t.to_vec())
        .chain(
            words
                .members
                .iter()
                .chain(&words.values)
                .map(|w| Value::from(w.as_str()).to_string().into_bytes()),
        )
        .collect();
    prop::collection::vec(prop::sample::select(tokens), 0..48).prop_map(|t| t.concat())
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Remove the node (a member or an element).
    Remove(usize),
    /// Replace the node with an arbitrary value.
    Replace(usize, Value),
    /// Add a member to an object, or an element to an array.
    Insert(usize, String, Value),
    /// Copy one node over another (deeper nesting, swapped shapes).
    Graft(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), arb_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), edge_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), "[a-z_]{1,10}", arb_json())
            .prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Graft(a, b)),
    ]
}

fn apply(doc: &mut Value, m: &Mutation) {
    let paths = all_paths(doc);
    let pick = |i: usize| paths[i % paths.len()].clone();
    match m {
        Mutation::Remove(i) => {
            let path = pick(*i);
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            match (at_mut(doc, parent), last) {
                (Value::Object(o), Seg::Key(k)) => {
                    o.remove(k);
                }
                (Value::Array(a), Seg::Index(i)) => {
                    a.remove(*i);
                }
                _ => unreachable!(),
            }
        }
        Mutation::Replace(i, v) => *at_mut(doc, &pick(*i)) = v.clone(),
        Mutation::Insert(i, k, v) => match at_mut(doc, &pick(*i)) {
            Value::Object(o) => {
                o.insert(k.clone(), v.clone());
            }
            Value::Array(a) => a.push(v.clone()),
            _ => {}
        },
        Mutation::Graft(from, to) => {
            let node = at_mut(doc, &pick(*from)).clone();
            *at_mut(doc, &pick(*to)) = node;
        }
    }
}

fn fixture_index() -> impl Strategy<Value = usize> {
    0..fixtures().len()
}

/// Decodes `body` with every decoder; a panic fails the test.
fn decode_with_all(body: &[u8]) {
    for d in DECODERS {
        let _ = (d.bytes)(body);
    }
    let _ = error_code_from_type(&String::from_utf8_lossy(body));
}

// ---------------------------------------------------------------------------
// Properties of the decoders

#[test]
fn arbitrary_bytes_never_panic_any_decoder() {
    TestRunner::new(config())
        .run(&prop::collection::vec(any::<u8>(), 0..512), |body| {
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn json_token_soup_never_panics_any_decoder() {
    TestRunner::new(config())
        .run(&token_soup(), |body| {
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn mutated_fixtures_decode_or_fail_cleanly_and_what_decodes_round_trips() {
    let strategy = (fixture_index(), prop::collection::vec(mutation(), 1..6));
    TestRunner::new(config())
        .run(&strategy, |(index, mutations)| {
            let fixture = &fixtures()[index];
            let mut doc = fixture.canonical.clone();
            for m in &mutations {
                apply(&mut doc, m);
            }
            let body = serde_json::to_vec(&doc).unwrap();
            // `roundtrip` asserts that whatever decodes round-trips.
            let from_bytes = (fixture.decoder.bytes)(&body);
            let from_value = (fixture.decoder.value)(doc.clone());
            prop_assert_eq!(
                from_bytes.is_ok(),
                from_value.is_ok(),
                "decoding bytes and decoding a Value disagree on {}",
                doc
            );
            if let (Ok(a), Ok(b)) = (&from_bytes, &from_value) {
                prop_assert!(same_json(a, b), "{} vs {}", a, b);
            }
            // A body meant for one operation, sent to every other decoder.
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn truncated_or_corrupted_fixture_bytes_fail_cleanly() {
    let strategy = (
        fixture_index(),
        any::<prop::sample::Index>(),
        prop_oneof![
            Just(None),
            any::<u8>().prop_map(Some),
            Just(Some(0xff)),
            Just(Some(0xc3)),
        ],
    );
    TestRunner::new(config())
        .run(&strategy, |(index, at, byte)| {
            let fixture = &fixtures()[index];
            let body = serde_json::to_vec(&fixture.canonical).unwrap();
            let at = at.index(body.len());
            match byte {
                None => {
                    // Every strict prefix of a JSON document is invalid.
                    let cut = &body[..at];
                    prop_assert!(
                        (fixture.decoder.bytes)(cut).is_err(),
                        "prefix {} decoded",
                        at
                    );
                    decode_with_all(cut);
                }
                Some(b) => {
                    let mut corrupt = body.clone();
                    corrupt[at] = b;
                    decode_with_all(&corrupt);
                    let mut inserted = body;
                    inserted.insert(at, b);
                    decode_with_all(&inserted);
                }
            }
            Ok(())
        })
        .unwrap();
}

#[derive(Clone, Debug)]
enum Unknown {
    /// A member this version does not know, in an object that keeps them.
    Member(usize, String, Value),
    /// A value this version does not know, for an open enum or a union's tag.
    EnumValue(usize, String),
}

#[test]
fn unknown_members_and_enum_values_survive_a_round_trip_unchanged() {
    let unknown = prop_oneof![
        (any::<usize>(), "x_future_[a-z0-9_]{0,8}", arb_json())
            .prop_map(|(i, k, v)| Unknown::Member(i, k, v)),
        (any::<usize>(), "(FUTURE|future)_[A-Za-z0-9_]{0,10}")
            .prop_map(|(i, s)| Unknown::EnumValue(i, s)),
    ];
    let strategy = (fixture_index(), prop::collection::vec(unknown, 1..5));
    TestRunner::new(config())
        .run(&strategy, |(index, unknowns)| {
            let fixture = &fixtures()[index];
            let objects: Vec<&Path> = fixture
                .walk
                .slots
                .iter()
                .filter(|(_, s)| *s == Slot::Object)
                .map(|(p, _)| p)
                .collect();
            let enums: Vec<&Path> = fixture
                .walk
                .slots
                .iter()
                .filter(|(_, s)| *s == Slot::Enum)
                .map(|(p, _)| p)
                .collect();
            let mut doc = fixture.canonical.clone();
            for u in &unknowns {
                match u {
                    Unknown::Member(i, k, v) if !objects.is_empty() => {
                        // A union whose tag changed keeps its value whole, so a
                        // path recorded inside it may no longer be an object.
                        if let Value::Object(o) = at_mut(&mut doc, objects[i % objects.len()]) {
                            o.insert(k.clone(), v.clone());
                        }
                    }
                    Unknown::EnumValue(i, s) if !enums.is_empty() => {
                        *at_mut(&mut doc, enums[i % enums.len()]) = Value::from(s.as_str());
                    }
                    _ => {}
                }
            }
            let decoded = (fixture.decoder.bytes)(&serde_json::to_vec(&doc).unwrap());
            prop_assert!(
                decoded.is_ok(),
                "{}: unknown members/values must not break decoding: {:?}\n{}",
                fixture.name,
                decoded.err(),
                doc
            );
            let decoded = decoded.unwrap();
            prop_assert!(
                same_json(&decoded, &doc),
                "{}: something was lost or changed:\n{}\n{}",
                fixture.name,
                doc,
                decoded
            );
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------
// Deep nesting: serde_json stops at 128 levels, well before the stack ends

/// A response schema that nests itself, as a generated fixture shows it:
/// `outer` and `inner` are values of the same component schema, `inner`
/// inside `outer`.
struct Recursion {
    decoder: &'static Decoder,
    schema: String,
    doc: Value,
    outer: Path,
    inner: Path,
}

/// The recursion of the spec's response types with the smallest body per
/// level, if any response type nests itself.
fn recursion() -> Option<Recursion> {
    let mut best: Option<(usize, Recursion)> = None;
    for f in fixtures().iter().filter(|f| f.origin == Origin::Generated) {
        for (outer, a) in &f.walk.components {
            for (inner, b) in &f.walk.components {
                if a != b || inner.len() <= outer.len() || !inner.starts_with(outer) {
                    continue;
                }
                // Arrays cut to one item (the one on the way in), if that
                // still decodes: a smaller body per level.
                let (thin, thin_inner) = thinned(&f.canonical, inner);
                let (doc, inner) = if (f.decoder.bytes)(thin.to_string().as_bytes()).is_ok() {
                    (thin, thin_inner)
                } else {
                    (f.canonical.clone(), inner.clone())
                };
                let outer = inner[..outer.len()].to_vec();
                let size = at(&doc, &outer).unwrap().to_string().len();
                let cost = size * (inner.len() - outer.len());
                if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                    let found = Recursion {
                        decoder: f.decoder,
                        schema: a.clone(),
                        doc,
                        outer,
                        inner,
                    };
                    best = Some((cost, found));
                }
            }
        }
    }
    best.map(|(_, r)| r)
}

/// `doc` with every array cut to one item, keeping the items on the way to
/// `keep`; and the path of that node in the result.
fn thinned(doc: &Value, keep: &[Seg]) -> (Value, Path) {
    match (doc, keep.split_first()) {
        (Value::Array(items), Some((Seg::Index(i), rest))) => {
            let (item, path) = thinned(&items[*i], rest);
            let mut at = vec![Seg::Index(0)];
            at.extend(path);
            (Value::Array(vec![item]), at)
        }
        (Value::Array(items), _) => (
            Value::Array(items.iter().take(1).map(|v| thinned(v, &[]).0).collect()),
            Path::new(),
        ),
        (Value::Object(members), next) => {
            let mut at = Path::new();
            let mut out = serde_json::Map::new();
            for (k, v) in members {
                match next {
                    Some((Seg::Key(key), rest)) if key == k => {
                        let (value, path) = thinned(v, rest);
                        at.push(Seg::Key(k.clone()));
                        at.extend(path);
                        out.insert(k.clone(), value);
                    }
                    _ => {
                        out.insert(k.clone(), thinned(v, &[]).0);
                    }
                }
            }
            (Value::Object(out), at)
        }
        (other, _) => (other.clone(), Path::new()),
    }
}

/// `doc` serialized with the node at `path` replaced by `text`.
fn with_text_at(doc: &Value, path: &[Seg], text: &str) -> String {
    const MARK: &str = "\u{1}nest-here\u{1}";
    let mut doc = doc.clone();
    *at_mut(&mut doc, path) = Value::from(MARK);
    let body = doc.to_string();
    let mark = Value::from(MARK).to_string();
    assert_eq!(body.matches(&mark).count(), 1);
    body.replacen(&mark, text, 1)
}

impl Recursion {
    /// The body with `extra` more levels of the recursion than the fixture.
    fn nested(&self, extra: usize) -> String {
        let unit = at(&self.doc, &self.outer).unwrap();
        let step = &self.inner[self.outer.len()..];
        let (open, close) = with_text_at(unit, step, "\u{0}")
            .split_once('\u{0}')
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .unwrap();
        let mut nested = open.repeat(extra);
        nested.push_str(&at(&self.doc, &self.inner).unwrap().to_string());
        nested.push_str(&close.repeat(extra));
        with_text_at(&self.doc, &self.outer, &format!("{open}{nested}{close}"))
    }

    /// How many JSON levels one more level of the recursion adds.
    fn step(&self) -> usize {
        self.inner.len() - self.outer.len()
    }
}

/// How deep the arrays and objects of `v` nest.
fn json_depth(v: &Value) -> usize {
    match v {
        Value::Array(items) => 1 + items.iter().map(json_depth).max().unwrap_or(0),
        Value::Object(members) => 1 + members.values().map(json_depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// Levels of nesting far beyond serde_json's limit of 128.
const FAR: usize = 1000;

/// `open` ten thousand times, `1`, then `close` as often.
fn deep(open: &str, close: &str) -> String {
    format!("{}1{}", open.repeat(10_000), close.repeat(10_000))
}

/// Runs `f` on a thread with the 2 MiB stack that spawned threads and
/// tokio's workers get by default.
fn on_a_default_sized_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no stack overflow, no panic")
}

fn is_recursion_limit(err: &serde_json::Error) -> bool {
    err.to_string().contains("recursion limit exceeded")
}

#[test]
fn a_response_type_nested_in_itself_decodes_up_to_the_recursion_limit_then_errors() {
    let Some(r) = recursion() else {
        eprintln!("note: no response type of this spec nests itself");
        return;
    };
    on_a_default_sized_stack(move || {
        let what = format!("{} nested in {}", r.schema, r.decoder.name);
        // Far beyond the limit: an error, not a stack overflow.
        let err = (r.decoder.bytes)(r.nested(FAR / r.step()).as_bytes()).unwrap_err();
        assert!(is_recursion_limit(&err), "{what}: {err}");

        // The deepest nesting under the limit decodes (and round-trips) on
        // this stack; one more level is the recursion error, at serde_json's
        // limit of 128 levels.
        let decodes = |d: usize| (r.decoder.bytes)(r.nested(d).as_bytes()).is_ok();
        assert!(decodes(0), "{what}: the generated fixture does not decode");
        let (mut deepest, mut fails) = (0, FAR / r.step());
        while fails - deepest > 1 {
            let mid = (deepest + fails) / 2;
            if decodes(mid) {
                deepest = mid;
            } else {
                fails = mid;
            }
        }
        eprintln!("{what}: {deepest} more levels decode");
        let too_deep = r.nested(deepest + 1);
        let err = (r.decoder.bytes)(too_deep.as_bytes()).unwrap_err();
        assert!(is_recursion_limit(&err), "{what}: {err}");
        let depth = json_depth(&serde_json::from_str(&r.nested(deepest)).unwrap());
        assert!(
            depth + r.step() >= 128,
            "{what}: decoding stopped {} levels deep, before serde_json's limit",
            depth + r.step()
        );
    });
}

#[test]
fn deeply_nested_unknown_members_and_bodies_are_errors_not_stack_overflows() {
    on_a_default_sized_stack(|| {
        // Deep nesting where the client keeps raw JSON: in every kind of
        // object that keeps unknown members (structs' `extra`, free-form maps).
        let mut kinds = BTreeSet::new();
        for f in fixtures()
            .iter()
            .filter(|f| f.name.ends_with("/generated-full-0"))
        {
            for (path, _) in f.walk.slots.iter().filter(|(_, s)| *s == Slot::Object) {
                let kind = match f.walk.components.iter().rfind(|(p, _)| p == path) {
                    Some((_, component)) => component.clone(),
                    None => format!("{}{}", f.decoder.name, pointer(path)),
                };
                if !kinds.insert(kind) {
                    continue;
                }
                let mut doc = f.canonical.clone();
                let mut member = path.clone();
                member.push(Seg::Key("x_future_deep".to_owned()));
                let Value::Object(o) = at_mut(&mut doc, path) else {
                    unreachable!()
                };
                o.insert("x_future_deep".to_owned(), Value::Null);
                for (open, close) in [("[", "]"), (r#"{"a":"#, "}")] {
                    let body = with_text_at(&doc, &member, &deep(open, close));
                    let err = (f.decoder.bytes)(body.as_bytes()).unwrap_err();
                    assert!(
                        is_recursion_limit(&err),
                        "{} {}: {err}",
                        f.name,
                        pointer(path)
                    );
                }
            }
        }
        assert!(!kinds.is_empty());
        // Bare deep arrays and objects, to every decoder.
        for body in [deep("[", "]"), deep(r#"{"a":"#, "}")] {
            for d in DECODERS {
                let err = (d.bytes)(body.as_bytes()).unwrap_err();
                assert!(
                    is_recursion_limit(&err) || err.is_data(),
                    "{}: {err}",
                    d.name
                );
            }
        }
    });
}

/// The status an operation documents for success (`200` if it documents none).
fn success_status(op: &dispatch::Operation) -> u16 {
    spec_operation(op)
        .responses
        .iter()
        .map(|r| r.status)
        .find(|s| (200..300).contains(s))
        .unwrap_or(200)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn a_deeply_nested_response_from_the_server_is_a_decode_error() {
    // A response type nested in itself, or else a run (`getRun`, which the
    // hand-written layer relies on) with a deep unknown member.
    let (op, body) = match recursion() {
        Some(r) => {
            let op = operations_answering(r.decoder.name)
                .next()
                .expect("an operation answering with it");
            (op, r.nested(FAR / r.step()))
        }
        None => {
            let op = dispatch::OPERATIONS
                .iter()
                .find(|o| op_key(o.id) == "getrun")
                .unwrap();
            let run = &fixtures()
                .iter()
                .find(|f| f.decoder.name == "RunItem")
                .unwrap()
                .canonical;
            let mut doc = run.clone();
            doc["x_future_deep"] = Value::Null;
            let member = vec![Seg::Key("x_future_deep".to_owned())];
            (op, with_text_at(&doc, &member, &deep("[", "]")))
        }
    };
    let server = ScriptedServer::start(vec![Reply::raw(
        success_status(op),
        "application/json",
        body.as_bytes(),
    )])
    .await;
    let client = common::client(&server.url());
    let args = common::arguments(op.id, Fill::Minimal);
    // Decoded on a tokio worker thread (2 MiB stack).
    let err = tokio::spawn(async move { dispatch::call(&client, op.id, &args).await })
        .await
        .expect("no panic")
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{}: {err:?}", op.id)
    };
    assert!(is_recursion_limit(decode.json_error()), "{err}");
    assert_eq!(op_key(decode.operation()), op_key(op.id));
}

// ---------------------------------------------------------------------------
// The error path, through the client: any status, body and headers

fn error_body() -> impl Strategy<Value = Vec<u8>> {
    let problems: Vec<Value> = fixtures()
        .iter()
        .filter(|f| f.decoder.name == "Error")
        .map(|f| f.canonical.clone())
        .collect();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        token_soup(),
        (
            prop::sample::select(problems),
            prop::collection::vec(mutation(), 0..4)
        )
            .prop_map(|(mut doc, mutations)| {
                for m in &mutations {
                    apply(&mut doc, m);
                }
                serde_json::to_vec(&doc).unwrap()
            }),
        (arb_json(), "[ -~]{0,80}").prop_map(|(v, t)| {
            serde_json::to_vec(
                &json!({"type": t, "error_code": v, "error": "e", "title": "t", "status": 500}),
            )
            .unwrap()
        }),
        Just(b"<html><body>502 Bad Gateway</body></html>".to_vec()),
        Just(vec![b'x'; 70_000]),
    ]
}

/// Header values a server might send: numbers of every size, dates, garbage.
fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,25}",
        "-?[0-9]{1,4}(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?",
        Just("1e300".to_owned()),
        Just("inf".to_owned()),
        Just("NaN".to_owned()),
        Just("Wed, 21 Oct 2015 07:28:00 GMT".to_owned()),
        Just("Fri, 31 Dec 9999 23:59:59 GMT".to_owned()),
        "[!-~]{0,30}",
    ]
}

#[test]
fn error_responses_of_any_shape_become_api_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cell = Arc::new(Mutex::new(Reply::status(500)));
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::shared(&cell)]));
    let client = common::client(&server.url());
    let strategy = (
        400u16..600,
        error_body(),
        prop::option::of(prop::sample::select(vec![
            "application/problem+json",
            "application/json",
            "text/html",
            "application/json; charset=utf-16",
        ])),
        prop::option::of(header_value()),
        prop::option::of(header_value()),
    );
    let cases = Config {
        cases: config().cases / 2,
        ..config()
    };
    TestRunner::new(cases)
        .run(
            &strategy,
            |(status, body, content_type, retry_after, retry_after_ms)| {
                let mut reply = Reply::Respond {
                    status,
                    headers: vec![],
                    body: body.clone(),
                };
                if let Some(ct) = content_type {
                    reply = reply.header("content-type", ct);
                }
                if let Some(v) = &retry_after {
                    reply = reply.header("retry-after", v);
                }
                if let Some(v) = &retry_after_ms {
                    reply = reply.header("retry-after-ms", v);
                }
                *cell.lock().unwrap() = reply;
                let before = server.count();
                let result = runtime.block_on(client.get_run().run_id("r-1").send());
                prop_assert_eq!(
                    server.count() - before,
                    1,
                    "no retries with RetryPolicy::none()"
                );
                let err = match result {
                    Err(e) => e,
                    Ok(_) => return Err(TestCaseError::fail("an error status succeeded")),
                };
                let text = err.to_string();
                prop_assert!(!text.contains('\n'), "Display is one line: {:?}", text);
                let debug = format!("{err:?}");
                prop_assert!(
                    !text.contains(KEY) && !debug.contains(KEY),
                    "the key leaked: {}",
                    debug
                );
                let Error::Api(api) = &err else {
                    return Err(TestCaseError::fail(format!("not an API error: {err:?}")));
                };
                prop_assert_eq!(api.status().as_u16(), status);
                prop_assert_eq!(api.operation(), "get_run");
                let excerpt = &body[..body.len().min(4096)];
                prop_assert_eq!(api.body(), String::from_utf8_lossy(excerpt));
                let parsed: Option<Value> = serde_json::from_slice(&body).ok();
                let problem: Option<oz_agent_api::types::Error> =
                    parsed.clone().and_then(|v| serde_json::from_value(v).ok());
                prop_assert_eq!(api.problem().is_some(), problem.is_some());
                if let Some(code) = parsed
                    .as_ref()
                    .and_then(|v| v.get("type"))
                    .and_then(Value::as_str)
                    .and_then(error_code_from_type)
                {
                    prop_assert_eq!(api.error_code(), Some(&code));
                }
                if let Some(secs) = retry_after
                    .as_deref()
                    .filter(|v| (1..10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()))
                    .filter(|_| retry_after_ms.is_none())
                {
                    prop_assert_eq!(
                        api.retry_after(),
                        Some(std::time::Duration::from_secs(secs.parse().unwrap()))
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn success_responses_of_any_shape_decode_or_are_decode_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cell = Arc::new(Mutex::new(Reply::status(200)));
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::shared(&cell)]));
    let client = common::client(&server.url());
    let operations: Vec<(&'static dispatch::Operation, serde_json::Map<String, Value>)> =
        dispatch::OPERATIONS
            .iter()
            .map(|op| (op, common::arguments(op.id, Fill::Minimal)))
            .collect();
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        token_soup(),
        (fixture_index(), prop::collection::vec(mutation(), 0..3)).prop_map(|(i, mutations)| {
            let mut doc = fixtures()[i].canonical.clone();
            for m in &mutations {
                apply(&mut doc, m);
            }
            serde_json::to_vec(&doc).unwrap()
        }),
    ];
    let strategy = (0..operations.len(), body);
    let cases = Config {
        cases: config().cases / 2,
        ..config()
    };
    TestRunner::new(cases)
        .run(&strategy, |(index, body)| {
            let (op, args) = &operations[index];
            let status = success_status(op);
            *cell.lock().unwrap() = Reply::raw(status, "application/json", &body);
            match runtime.block_on(dispatch::call(&client, op.id, args)) {
                Ok(outcome) => prop_assert_eq!(outcome.status, status),
                Err(Error::Decode(d)) => {
                    prop_assert_eq!(d.status().as_u16(), status);
                    let text = d.to_string();
                    prop_assert!(!text.contains('\n') && !text.contains(KEY), "{}", text);
                }
                Err(other) => {
                    return Err(TestCaseError::fail(format!("{}: {other:?}", op.id)));
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn error_code_from_type_never_panics() {
    TestRunner::new(config())
        .run(
            &prop_oneof![
                "\\PC{0,40}",
                "(https://docs\\.warp\\.dev/)?[a-z/]{0,20}errors[/#][\\PC]{0,20}",
            ],
            |uri| {
                if let Some(code) = error_code_from_type(&uri) {
                    let name = code.to_string();
                    prop_assert!(
                        !name.is_empty()
                            && name
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                        "{:?} -> {:?}",
                        uri,
                        name
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}
