//! The spec the client was generated from: its response schemas, the published specs, and a walk of where unknown members and values may go.

use super::*;

/// The spec the client was generated from: `oz_agent_api::spec::OPENAPI_JSON`
/// (the vendored one, or `OZ_AGENT_API_SPEC`'s, with the build's patches).
pub(crate) fn spec() -> &'static Spec {
    static SPEC: OnceLock<Arc<Spec>> = OnceLock::new();
    SPEC.get_or_init(|| Spec::vendored().expect("the client's spec parses"))
}

/// An operation id reduced as the build compares them (`build/normalize.rs`):
/// ASCII letters and digits, lower-cased.
pub(crate) fn op_key(id: &str) -> String {
    id.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The spec's operation for one of the generated client's.
pub(crate) fn spec_operation(op: &dispatch::Operation) -> &'static SpecOperation {
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
pub(crate) fn json_success_schemas(op: &SpecOperation) -> Vec<Value> {
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
pub(crate) fn operations_answering(
    name: &str,
) -> impl Iterator<Item = &'static dispatch::Operation> + '_ {
    dispatch::OPERATIONS
        .iter()
        .filter(move |op| op.response_type == Some(name))
}

/// The schema of the bodies decoder `name` decodes: the JSON success
/// response of an operation answering with it (any of them, if it has
/// several), or (for the problem details, which no operation succeeds with)
/// the component schema of that name.
pub(crate) fn response_schema(name: &str) -> Value {
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
pub(crate) fn union_tags(union: &Value) -> Vec<(String, String)> {
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
pub(crate) fn resolve<'a>(spec: &'a Spec, mut schema: &'a Value) -> (&'a Value, Option<&'a str>) {
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
pub(crate) struct Reach {
    /// (union, tag) of every discriminated union (component schema).
    pub(crate) tags: BTreeSet<(String, String)>,
    /// (object, member) of every component object schema.
    pub(crate) members: BTreeSet<(String, String)>,
}

/// The discriminated unions, with every tag, and the component objects,
/// with every member, that a value of `schema` can hold. Undiscriminated
/// unions are not entered: the client picks their variant by shape, and
/// [`walk`] does not enter them either.
pub(crate) fn reachable(schema: &Value) -> Reach {
    pub(crate) fn go(schema: &Value, seen: &mut BTreeSet<String>, out: &mut Reach) {
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
pub(crate) fn published_specs() -> &'static [(String, Spec)] {
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
pub(crate) fn published_member_names() -> &'static BTreeSet<String> {
    pub(crate) fn collect(schema: &Value, out: &mut BTreeSet<String>) {
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
pub(crate) fn violations(spec: &Spec, schema: &Value, doc: &Value) -> Vec<String> {
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
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

pub(crate) type Path = Vec<Seg>;

/// A path as a JSON pointer (`/steps/0/messages`).
pub(crate) fn pointer(path: &[Seg]) -> String {
    path.iter()
        .map(|seg| match seg {
            Seg::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => format!("/{i}"),
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    /// An object that keeps members it does not know (a struct with
    /// `extra`, or a free-form map).
    Object,
    /// A string that is an open enum's value or a union's discriminator.
    Enum,
}

/// What the spec says about the nodes of one document.
#[derive(Debug, Default)]
pub(crate) struct Walk {
    /// Where a mutation can add what this version does not know.
    pub(crate) slots: Vec<(Path, Slot)>,
    /// Members of objects the spec describes, which it does not define.
    pub(crate) undefined: Vec<Path>,
    /// Values this version does not know: members, enum values, and union
    /// values with an unknown or missing tag (kept whole).
    pub(crate) unknown: Vec<Path>,
    /// (union, tag) of every union value with a known tag.
    pub(crate) tags: BTreeSet<(String, String)>,
    /// (object, member) of every member of a component object schema.
    pub(crate) members: BTreeSet<(String, String)>,
    /// The component schema each node is a value of (a node can be a value
    /// of a union and of its variant).
    pub(crate) components: Vec<(Path, String)>,
}

impl Walk {
    /// What `spec`'s `schema` says about `doc`.
    pub(crate) fn of(spec: &Spec, schema: &Value, doc: &Value) -> Walk {
        let mut out = Walk::default();
        walk(spec, schema, doc, &mut Path::new(), &mut out);
        out
    }
}

/// Records what `spec`'s `schema` says about `doc` and its nodes.
pub(crate) fn walk(spec: &Spec, schema: &Value, doc: &Value, path: &mut Path, out: &mut Walk) {
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

pub(crate) fn at_mut<'a>(doc: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(doc, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

pub(crate) fn at<'a>(doc: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(doc, |v, seg| match seg {
        Seg::Key(k) => v.get(k.as_str()),
        Seg::Index(i) => v.get(*i),
    })
}

/// Every node of `doc`, root first.
pub(crate) fn all_paths(doc: &Value) -> Vec<Path> {
    pub(crate) fn go(v: &Value, path: &mut Path, out: &mut Vec<Path>) {
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

/// The status an operation documents for success (`200` if it documents none).
pub(crate) fn success_status(op: &dispatch::Operation) -> u16 {
    spec_operation(op)
        .responses
        .iter()
        .map(|r| r.status)
        .find(|s| (200..300).contains(s))
        .unwrap_or(200)
}
