//! General rules that turn any published spec into one the generator can express.
//!
//! progenitor 0.15 handles a subset of OpenAPI 3.0. Where a spec uses more,
//! these rules reshape it — for every operation and schema alike, never for a
//! named one — and record what the rewrite (`rewrite.rs`) must add back so
//! the generated client still speaks the spec exactly:
//!
//! * **Shared and referenced parameters, bodies and responses** are copied
//!   into each operation, so every rule below sees them.
//! * **Operation ids.** A missing `operationId` is derived from the method and
//!   path (with a warning); two operations with the same id fail the build
//!   naming both (a spec defect: repair it with a patch in `patches.rs`).
//! * **`deepObject` query parameters** (`metadata[ticket]=OZ-12`) are taken out
//!   of progenitor's view and recorded; the rewrite adds a typed setter and
//!   encodes them on the wire.
//! * **`form` query parameters with `explode: false`** are recorded; the
//!   rewrite sends each as one pair (`name=a,b,c`), where progenitor would
//!   explode an array or object.
//! * **Nested parameter values**: a path, query or header parameter whose
//!   value nests an array or object inside an array or object is refused
//!   (no OpenAPI style writes it as text).
//! * **Cookie parameters**: an optional one is left out with a warning (the
//!   client sends no cookies); a required one fails the build.
//! * **Header parameters** must have valid HTTP header names.
//! * **Request bodies** with several media types keep the JSON one (else
//!   form, octet-stream, text); a JSON flavour such as
//!   `application/merge-patch+json` is generated as JSON and the rewrite sends
//!   its own `Content-Type`. Anything else (multipart, XML) fails the build
//!   naming the operation.
//! * **Error responses** (4xx, 5xx) lose their content, and `default` beside a
//!   success is dropped: the crate decodes every error body itself into its one
//!   `ApiError`, whatever its media type (`application/json`,
//!   `application/problem+json`, HTML from a proxy).
//! * **Success responses** are given one kind per operation, as progenitor
//!   requires: JSON media types (`application/json`, `…+json`) are JSON; a
//!   JSON response without a schema decodes as any JSON value; several
//!   different JSON schemas become one `oneOf` component; documented
//!   bodiless successes beside a JSON one (a `204`, a `304 Not Modified`) are
//!   recorded, and the operation returns `Option<T>` (`None` for them);
//!   mixed JSON and non-JSON bodies are returned as bytes.
//! * **Enums of anything but strings** (`enum: [1, 2]`, `[true]`, `["a", 1]`)
//!   lose their `enum` (the values move into the description): the type is
//!   the plain number, boolean or JSON value. A string enum becomes an open
//!   enum (`rewrite.rs`), but a closed integer type would fail to decode the
//!   value Warp adds tomorrow, and the generator writes such types with
//!   hand-made impls (validating newtypes) no other rule sees.
//! * **String constraints** (`pattern`, `minLength`, `maxLength`) move into
//!   the description. The server checks them; generating them would turn a
//!   `String` field into a validating newtype, so relaxing a limit upstream
//!   would break decoding and tightening one would be a breaking change.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToPascalCase;
use openapiv3::{
    MediaType, OpenAPI, Operation, Parameter, QueryStyle, ReferenceOr, RequestBody, Response,
    Schema, SchemaData, SchemaKind, StatusCode, Type,
};

use crate::walk;

/// A `deepObject` query parameter the rewrite adds back.
pub struct DeepObject {
    /// The parameter's name on the wire (`metadata`).
    pub name: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// Its description, for the setter's docs.
    pub description: Option<String>,
}

/// What the rewrite must restore, per operation, keyed by [`op_key`].
#[derive(Default)]
pub struct Plan {
    /// `deepObject` query parameters taken out of the generator's view.
    pub deep_objects: BTreeMap<String, Vec<DeepObject>>,
    /// Query parameters of style `form` with `explode: false`, by wire name:
    /// progenitor writes every query parameter exploded, so the rewrite
    /// encodes these itself (`name=a,b,c`).
    pub form_flat: BTreeMap<String, Vec<String>>,
    /// Documented statuses that succeed without a body, beside the
    /// operation's 2xx response (204 beside a 200 with JSON, 304, …).
    pub bodiless_success: BTreeMap<String, Vec<u16>>,
    /// Operations whose JSON body is sent with another media type.
    pub content_types: BTreeMap<String, String>,
    /// Parameters of the spec the client leaves out (optional cookies).
    pub omitted: BTreeMap<String, Vec<String>>,
    /// What the rules changed, one line each (for `codegen.json`).
    pub notes: Vec<String>,
    /// What the user should know: printed as build warnings.
    pub warnings: Vec<String>,
    /// Operations no rule can make expressible, removed from the spec.
    pub refused: Vec<crate::refuse::Culprit>,
}

/// The key the rewrite finds an operation by: its id with everything but
/// ASCII letters and digits removed, lower-cased. progenitor's method names
/// (`get_run_by_external_reference_url` for `getRunByExternalReferenceURL`)
/// reduce to the same key.
pub fn op_key(id: &str) -> String {
    id.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Applies every rule to `spec`. An operation no rule can make expressible
/// is removed from it and recorded in [`Plan::refused`].
pub fn normalize(spec: &mut OpenAPI) -> Plan {
    let mut plan = Plan::default();
    refuse_path_item_references(spec, &mut plan);
    walk::inline_shared_parameters(spec);
    inline_references(spec, &mut plan);
    let mut new_schemas = Vec::new();
    let existing: BTreeSet<String> = spec
        .components
        .as_ref()
        .map(|c| c.schemas.keys().cloned().collect())
        .unwrap_or_default();
    let schemas = spec
        .components
        .as_ref()
        .map(|c| c.schemas.clone().into_iter().collect())
        .unwrap_or_default();
    for mut op in walk::operations_mut(spec) {
        let label = op.label();
        let key = op_key(op.operation.operation_id.as_deref().unwrap_or_default());
        let checked = parameters(&mut op, &key, &label, &schemas, &mut plan)
            .and_then(|()| request_body(op.operation, &key, &label, &schemas, &mut plan));
        if let Err(why) = checked {
            plan.refused.push(crate::refuse::Culprit::Operation {
                method: op.method.to_owned(),
                path: op.path.clone(),
                why,
            });
            continue;
        }
        error_responses(op.operation);
        if let Some((name, schema)) =
            success_responses(op.operation, &key, &label, &existing, &mut plan)
        {
            new_schemas.push((name, schema));
        }
    }
    for culprit in &plan.refused {
        if let crate::refuse::Culprit::Operation { method, path, .. } = culprit {
            crate::refuse::remove_operation(spec, method, path);
        }
    }
    if !new_schemas.is_empty() {
        let components = spec.components.get_or_insert_with(Default::default);
        for (name, schema) in new_schemas {
            components.schemas.insert(name, ReferenceOr::Item(schema));
        }
    }
    let mut constrained = 0;
    let mut opened = 0;
    walk::visit_schemas(spec, &mut |schema| {
        constrained += usize::from(string_constraints_to_docs(schema));
        opened += usize::from(open_non_string_enum(schema));
    });
    if constrained > 0 {
        plan.notes.push(format!(
            "{constrained} string schemas: pattern/minLength/maxLength moved to the description"
        ));
    }
    if opened > 0 {
        plan.notes.push(format!(
            "{opened} enums of numbers, booleans or mixed values: values moved to the description"
        ));
    }
    plan
}

/// A path item given as a `$ref` (to another document): the generator reads
/// operations declared in this one only.
fn refuse_path_item_references(spec: &mut OpenAPI, plan: &mut Plan) {
    spec.paths.paths.retain(|path, item| match item {
        ReferenceOr::Reference { reference } => {
            plan.warnings.push(format!(
                "path {path} is left out of the client: its path item is a reference ({reference}), \
                 which the generator does not follow"
            ));
            false
        }
        ReferenceOr::Item(_) => true,
    });
}

/// Replaces references to `components.parameters`, `requestBodies` and
/// `responses` inside operations by copies of what they point to. An
/// operation with a reference that does not resolve is refused.
fn inline_references(spec: &mut OpenAPI, plan: &mut Plan) {
    let components = spec.components.clone().unwrap_or_default();
    for op in walk::operations_mut(spec) {
        if let Err(why) = inline_operation_references(op.operation, &components) {
            plan.refused.push(crate::refuse::Culprit::Operation {
                method: op.method.to_owned(),
                path: op.path.clone(),
                why,
            });
        }
    }
    for culprit in &plan.refused {
        if let crate::refuse::Culprit::Operation { method, path, .. } = culprit {
            crate::refuse::remove_operation(spec, method, path);
        }
    }
}

fn inline_operation_references(
    operation: &mut Operation,
    components: &openapiv3::Components,
) -> Result<(), String> {
    for parameter in operation.parameters.iter_mut() {
        if let ReferenceOr::Reference { reference } = &*parameter {
            let found = walk::resolve_parameter(parameter, Some(components))
                .ok_or_else(|| format!("parameter {reference:?} does not resolve"))?
                .clone();
            *parameter = ReferenceOr::Item(found);
        }
    }
    if let Some(ReferenceOr::Reference { reference }) = &operation.request_body {
        let body = reference
            .strip_prefix("#/components/requestBodies/")
            .and_then(|name| components.request_bodies.get(name))
            .and_then(ReferenceOr::as_item)
            .ok_or_else(|| format!("request body {reference:?} does not resolve"))?;
        operation.request_body = Some(ReferenceOr::Item(body.clone()));
    }
    let responses = operation
        .responses
        .responses
        .values_mut()
        .chain(operation.responses.default.as_mut());
    for response in responses {
        if let ReferenceOr::Reference { reference } = response {
            let found = reference
                .strip_prefix("#/components/responses/")
                .and_then(|name| components.responses.get(name))
                .and_then(ReferenceOr::as_item)
                .ok_or_else(|| format!("response {reference:?} does not resolve"))?;
            *response = ReferenceOr::Item(found.clone());
        }
    }
    Ok(())
}

/// Gives every operation without an `operationId` one derived from its
/// method and path, and every operation whose id another one shares (up to
/// case and punctuation, as the client's method names see them) one derived
/// alike: which of two gets the spec's id must not depend on their order in
/// the document. Runs before the spec is exported (`oz_agent_api::spec`),
/// so tools see the names the client uses. Returns a warning per derived id,
/// and the operations whose derived id still collides (refused).
pub fn name_operations(spec: &mut OpenAPI) -> (Vec<String>, Vec<crate::refuse::Culprit>) {
    let mut warnings = Vec::new();
    let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for op in walk::operations_mut(spec) {
        if let Some(id) = op
            .operation
            .operation_id
            .as_deref()
            .filter(|id| !id.is_empty())
        {
            by_key.entry(op_key(id)).or_default().push(op.label());
        }
    }
    let shared: BTreeMap<String, Vec<String>> = by_key
        .into_iter()
        .filter(|(_, labels)| labels.len() > 1)
        .collect();
    for op in walk::operations_mut(spec) {
        let derived = derived_operation_id(op.method, &op.path);
        match op.operation.operation_id.as_deref() {
            None | Some("") => {
                warnings.push(format!(
                    "{} {} has no operationId; the client calls it `{derived}`",
                    op.method, op.path
                ));
                op.operation.operation_id = Some(derived);
            }
            Some(id) => {
                if let Some(labels) = shared.get(&op_key(id)) {
                    warnings.push(format!(
                        "{} shares its operationId with {}; the client calls it `{derived}` \
                         (repair the spec with a named patch in build/patches.rs to keep `{id}`)",
                        op.label(),
                        labels
                            .iter()
                            .filter(|l| **l != op.label())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                    op.operation.operation_id = Some(derived);
                }
            }
        }
    }
    // A derived id may still meet another id.
    let mut seen: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for op in walk::operations_mut(spec) {
        let id = op.operation.operation_id.clone().unwrap_or_default();
        seen.entry(op_key(&id)).or_default().push((
            op.method.to_owned(),
            op.path.clone(),
            op.label(),
        ));
    }
    let mut refused = Vec::new();
    for group in seen.into_values().filter(|g| g.len() > 1) {
        let labels: Vec<&str> = group.iter().map(|(_, _, l)| l.as_str()).collect();
        for (method, path, label) in &group {
            refused.push(crate::refuse::Culprit::Operation {
                method: method.clone(),
                path: path.clone(),
                why: format!(
                    "its operationId is also the name of {} (even derived from the method \
                     and path, the client's method names would collide)",
                    labels
                        .iter()
                        .filter(|l| *l != label)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    (warnings, refused)
}

/// `get` + `/agent/runs/{runId}/cancel` → `getAgentRunsRunIdCancel`.
fn derived_operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_ascii_lowercase();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        id.push_str(
            &segment
                .trim_matches(|c| c == '{' || c == '}')
                .to_pascal_case(),
        );
    }
    id
}

fn parameters(
    op: &mut walk::OperationMut<'_>,
    key: &str,
    label: &str,
    schemas: &Schemas,
    plan: &mut Plan,
) -> Result<(), String> {
    let mut kept = Vec::with_capacity(op.operation.parameters.len());
    for parameter in std::mem::take(&mut op.operation.parameters) {
        let ReferenceOr::Item(item) = &parameter else {
            kept.push(parameter);
            continue;
        };
        match item {
            Parameter::Query {
                parameter_data,
                style: QueryStyle::DeepObject,
                ..
            } => {
                let object = match &parameter_data.format {
                    openapiv3::ParameterSchemaOrContent::Schema(schema) => resolve(schema, schemas)
                        .is_some_and(|s| {
                            matches!(s.schema_kind, SchemaKind::Type(Type::Object(_)))
                        }),
                    openapiv3::ParameterSchemaOrContent::Content(_) => false,
                };
                if !object {
                    return Err(format!(
                        "query parameter `{}`: deepObject style of a schema that is not an \
                         object (the style writes an object's members as name[member]=value)",
                        parameter_data.name
                    ));
                }
                plan.deep_objects
                    .entry(key.to_owned())
                    .or_default()
                    .push(DeepObject {
                        name: parameter_data.name.clone(),
                        required: parameter_data.required,
                        description: parameter_data.description.clone(),
                    });
                plan.notes.push(format!(
                    "{label}: deepObject query parameter `{}` encoded by the rewrite",
                    parameter_data.name
                ));
            }
            Parameter::Cookie { parameter_data, .. } if parameter_data.required => {
                return Err(format!(
                    "required cookie parameter `{}` (the client sends no cookies)",
                    parameter_data.name
                ));
            }
            Parameter::Cookie { parameter_data, .. } => {
                plan.warnings.push(format!(
                    "{label}: optional cookie parameter `{}` left out (the client sends no cookies)",
                    parameter_data.name
                ));
                plan.omitted
                    .entry(key.to_owned())
                    .or_default()
                    .push(parameter_data.name.clone());
            }
            Parameter::Header { parameter_data, .. } => {
                nested_parameter("header", parameter_data, schemas)?;
                let name = &parameter_data.name;
                if name.is_empty()
                    || !name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
                {
                    return Err(format!(
                        "header parameter {name:?} is not a valid HTTP header name"
                    ));
                }
                kept.push(parameter);
            }
            Parameter::Query {
                parameter_data,
                style,
                ..
            } => {
                nested_parameter("query", parameter_data, schemas)?;
                if *style == QueryStyle::Form && parameter_data.explode == Some(false) {
                    plan.form_flat
                        .entry(key.to_owned())
                        .or_default()
                        .push(parameter_data.name.clone());
                    plan.notes.push(format!(
                        "{label}: query parameter `{}` (form, explode false) encoded by the \
                         rewrite",
                        parameter_data.name
                    ));
                }
                kept.push(parameter);
            }
            Parameter::Path { parameter_data, .. } => {
                nested_parameter("path", parameter_data, schemas)?;
                kept.push(parameter);
            }
        }
    }
    op.operation.parameters = kept;
    // Two parameters progenitor would give one Rust name (`a.b_c` and
    // `aBC` are both `a_b_c`) make a builder with one field twice.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let deep = plan.deep_objects.get(key).into_iter().flatten();
    let wire = op
        .operation
        .parameters
        .iter()
        .filter_map(|p| p.as_item().map(|p| p.parameter_data_ref().name.clone()))
        .chain(deep.map(|d| d.name.clone()))
        .map(|name| (rust_field_name(&name), format!("parameter `{name}`")));
    let body = op
        .operation
        .request_body
        .is_some()
        .then(|| ("body".to_owned(), "the request body".to_owned()));
    for (rust, what) in wire.chain(body) {
        if let Some(other) = names.insert(rust.clone(), what.clone()) {
            return Err(format!("{other} and {what} would both be `{rust}` in Rust"));
        }
    }
    Ok(())
}

/// The Rust name progenitor gives a parameter (its `sanitize` in snake case,
/// without the keyword suffix, which two names share or not alike).
fn rust_field_name(name: &str) -> String {
    let dashed = dashed(name);
    let snake = heck::ToSnakeCase::to_snake_case(dashed.as_str());
    match snake.chars().next() {
        None => "x".to_owned(),
        Some(c) if c.is_alphabetic() || c == '_' => snake,
        Some(_) => format!("_{snake}"),
    }
}

/// `application/json`, `application/problem+json`, `application/merge-patch+json`, `text/json`.
fn is_json(media: &str) -> bool {
    let essence = media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || essence == "text/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Keeps only the first JSON flavour of a response's content, as
/// `application/json` (JSON flavours are JSON to the generator).
fn json_content_only(response: &mut openapiv3::Response) {
    if let Some(media) = response
        .content
        .iter()
        .find(|(t, _)| is_json(t))
        .map(|(_, m)| m.clone())
    {
        response.content = [("application/json".to_owned(), json_media(media))]
            .into_iter()
            .collect();
    }
}

/// A JSON media type as progenitor reads it: a schema (any JSON if none) and no encoding.
fn json_media(mut media: MediaType) -> MediaType {
    media.encoding.clear();
    if media.schema.is_none() {
        media.schema = Some(ReferenceOr::Item(any_schema()));
    }
    media
}

fn any_schema() -> Schema {
    Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Any(Default::default()),
    }
}

fn request_body(
    operation: &mut Operation,
    key: &str,
    label: &str,
    schemas: &Schemas,
    plan: &mut Plan,
) -> Result<(), String> {
    let Some(ReferenceOr::Item(body)) = operation.request_body.as_mut() else {
        return Ok(());
    };
    if body.content.is_empty() {
        operation.request_body = None;
        return Ok(());
    }
    let types: Vec<String> = body.content.keys().cloned().collect();
    let chosen = types
        .iter()
        .find(|t| is_json(t))
        .or_else(|| {
            [
                "application/x-www-form-urlencoded",
                "application/octet-stream",
                "text/plain",
            ]
            .iter()
            .find_map(|want| types.iter().find(|t| essence(t) == *want))
        })
        .cloned()
        .ok_or_else(|| {
            format!(
                "request body media type {} (the client sends JSON, form, octet-stream or \
                 text bodies)",
                types.join(", ")
            )
        })?;
    let media = body.content.shift_remove(&chosen).unwrap_or_default();
    if essence(&chosen) == "application/x-www-form-urlencoded" {
        if let Some(why) = media
            .schema
            .as_ref()
            .and_then(|schema| form_body_problem(schema, schemas))
        {
            return Err(format!("form body: {why}"));
        }
    }
    if types.len() > 1 {
        plan.notes.push(format!(
            "{label}: request body sent as {chosen} (the spec also accepts {})",
            types
                .iter()
                .filter(|t| **t != chosen)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let media_type = if is_json(&chosen) {
        if essence(&chosen) != "application/json" {
            plan.content_types.insert(key.to_owned(), chosen.clone());
            plan.notes
                .push(format!("{label}: JSON request body sent as {chosen}"));
        }
        ("application/json".to_owned(), json_media(media))
    } else {
        (chosen, media)
    };
    *body = RequestBody {
        content: [media_type].into_iter().collect(),
        ..std::mem::take(body)
    };
    Ok(())
}

/// The component schemas, by name.
type Schemas = BTreeMap<String, ReferenceOr<Schema>>;

/// The schema `schema` stands for: references followed (a few hops at most;
/// `None` for a dangling or circular one).
fn resolve<'a>(mut schema: &'a ReferenceOr<Schema>, schemas: &'a Schemas) -> Option<&'a Schema> {
    for _ in 0..16 {
        match schema {
            ReferenceOr::Item(item) => return Some(item),
            ReferenceOr::Reference { reference } => {
                schema = schemas.get(reference.strip_prefix("#/components/schemas/")?)?;
            }
        }
    }
    None
}

/// A path, query or header parameter whose value nests an array or an object
/// inside an array or an object: OpenAPI's styles (RFC 6570) write an
/// array's items and an object's members as text, and define no text for a
/// member or item that is itself an array or an object (`labels` of
/// `{"labels": [], "limit": 20}`, the items of `[[1, 2], [3]]`). Refused,
/// rather than sent as text the server would have to guess the meaning of.
fn nested_parameter(
    location: &str,
    parameter: &openapiv3::ParameterData,
    schemas: &Schemas,
) -> Result<(), String> {
    let openapiv3::ParameterSchemaOrContent::Schema(schema) = &parameter.format else {
        return Ok(());
    };
    if nests_compound(schema, schemas, 0) {
        return Err(format!(
            "{location} parameter `{}` nests an array or object inside an array or object \
             (OpenAPI defines no serialization for a nested value in a parameter)",
            parameter.name
        ));
    }
    Ok(())
}

/// How deep [`nests_compound`] follows `allOf`, `oneOf` and `anyOf` (a
/// circular one stops there).
const COMPOSITION_DEPTH: usize = 16;

/// Whether a value of `schema` can hold an array or an object among its
/// items, members or additional members (through `allOf`, `oneOf` and
/// `anyOf`). A reference that does not resolve counts as no nesting: it
/// is the generator's to refuse.
fn nests_compound(schema: &ReferenceOr<Schema>, schemas: &Schemas, depth: usize) -> bool {
    let Some(schema) = resolve(schema, schemas) else {
        return false;
    };
    let compound = |inner: &ReferenceOr<Schema>| is_compound(inner, schemas, depth + 1);
    let boxed = |inner: &ReferenceOr<Box<Schema>>| compound(&unbox(inner));
    let extra = |extra: &Option<openapiv3::AdditionalProperties>| match extra {
        Some(openapiv3::AdditionalProperties::Schema(extra)) => compound(extra),
        _ => false,
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(array)) => array.items.as_ref().is_some_and(boxed),
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.values().any(boxed) || extra(&object.additional_properties)
        }
        SchemaKind::AllOf { all_of: parts }
        | SchemaKind::OneOf { one_of: parts }
        | SchemaKind::AnyOf { any_of: parts } => {
            depth < COMPOSITION_DEPTH
                && parts
                    .iter()
                    .any(|part| nests_compound(part, schemas, depth + 1))
        }
        SchemaKind::Any(any) => {
            any.items.as_ref().is_some_and(boxed)
                || any.properties.values().any(boxed)
                || extra(&any.additional_properties)
                || (depth < COMPOSITION_DEPTH
                    && any
                        .all_of
                        .iter()
                        .chain(&any.one_of)
                        .chain(&any.any_of)
                        .any(|part| nests_compound(part, schemas, depth + 1)))
        }
        SchemaKind::Type(_) | SchemaKind::Not { .. } => false,
    }
}

/// Whether a value of `schema` is declared an array or an object (itself,
/// or one of its `allOf`, `oneOf` or `anyOf` parts). A schema that declares
/// no type is not: its values are whatever the caller passes.
fn is_compound(schema: &ReferenceOr<Schema>, schemas: &Schemas, depth: usize) -> bool {
    let Some(schema) = resolve(schema, schemas) else {
        return false;
    };
    let parts = |parts: &[ReferenceOr<Schema>]| {
        depth < COMPOSITION_DEPTH
            && parts
                .iter()
                .any(|part| is_compound(part, schemas, depth + 1))
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(_) | Type::Object(_)) => true,
        SchemaKind::AllOf { all_of: p }
        | SchemaKind::OneOf { one_of: p }
        | SchemaKind::AnyOf { any_of: p } => parts(p),
        SchemaKind::Any(any) => {
            matches!(any.typ.as_deref(), Some("array" | "object"))
                || any.items.is_some()
                || !any.properties.is_empty()
                || any.additional_properties.is_some()
                || parts(&any.all_of)
                || parts(&any.one_of)
                || parts(&any.any_of)
        }
        SchemaKind::Type(_) | SchemaKind::Not { .. } => false,
    }
}

/// A `ReferenceOr<Box<Schema>>` (items, properties) as a `ReferenceOr<Schema>`.
fn unbox(schema: &ReferenceOr<Box<Schema>>) -> ReferenceOr<Schema> {
    match schema {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference {
            reference: reference.clone(),
        },
        ReferenceOr::Item(item) => ReferenceOr::Item((**item).clone()),
    }
}

/// Why a form-urlencoded body of `schema` cannot be sent, if it cannot: the
/// encoder writes an object's members as `name=value` pairs, so the body
/// must be a (non-nullable) object whose members are strings, numbers,
/// integers or booleans.
fn form_body_problem(schema: &ReferenceOr<Schema>, schemas: &Schemas) -> Option<String> {
    let Some(schema) = resolve(schema, schemas) else {
        return Some("its schema is a reference that does not resolve".into());
    };
    if schema.schema_data.nullable {
        return Some("a nullable body (the encoder writes only an object's members)".into());
    }
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Some(
            "the schema is not an object (the encoder writes only an object's members as \
             name=value pairs)"
                .into(),
        );
    };
    let scalar = |schema: Option<&Schema>| {
        schema.is_some_and(|s| {
            matches!(
                s.schema_kind,
                SchemaKind::Type(
                    Type::String(_) | Type::Number(_) | Type::Integer(_) | Type::Boolean(_)
                )
            )
        })
    };
    for (name, property) in &object.properties {
        let property = match property {
            ReferenceOr::Item(item) => Some(item.as_ref()),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/schemas/")
                .and_then(|name| schemas.get(name))
                .and_then(|schema| resolve(schema, schemas)),
        };
        if !scalar(property) {
            return Some(format!(
                "member `{name}` is not a string, number, integer or boolean (the encoder writes \
                 name=value pairs)"
            ));
        }
    }
    if let Some(openapiv3::AdditionalProperties::Schema(extra)) = &object.additional_properties {
        if !scalar(resolve(extra, schemas)) {
            return Some(
                "its additionalProperties are not strings, numbers, integers or booleans".into(),
            );
        }
    }
    None
}

/// Redirects the transport follows; other 3xx statuses are answers.
fn is_redirect(code: u16) -> bool {
    matches!(code, 301 | 302 | 303 | 307 | 308)
}

fn is_error(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => *code >= 400,
        StatusCode::Range(range) => *range >= 4,
    }
}

fn is_success(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => (200..300).contains(code),
        StatusCode::Range(range) => *range == 2,
    }
}

fn error_responses(operation: &mut Operation) {
    for (status, response) in operation.responses.responses.iter_mut() {
        if let (true, ReferenceOr::Item(response)) = (is_error(status), response) {
            response.content.clear();
        }
    }
    // Beside a documented success, `default` describes errors; progenitor
    // would also count it among the successes, so it goes.
    if operation.responses.responses.keys().any(is_success) {
        operation.responses.default = None;
    }
}

#[derive(Clone, PartialEq)]
enum Kind {
    Json(String),
    Raw,
    None,
}

fn kind(response: &Response) -> Kind {
    match response.content.iter().find(|(t, _)| is_json(t)) {
        Some((_, media)) => Kind::Json(
            media
                .schema
                .as_ref()
                .map(|s| serde_json::to_string(s).unwrap_or_default())
                .unwrap_or_default(),
        ),
        None if response.content.is_empty() => Kind::None,
        None => Kind::Raw,
    }
}

fn raw_content() -> openapiv3::Content {
    [("application/octet-stream".to_owned(), MediaType::default())]
        .into_iter()
        .collect()
}

/// Gives the operation's success responses one kind; returns a new component
/// schema when several JSON schemas had to become one `oneOf`.
fn success_responses(
    operation: &mut Operation,
    key: &str,
    label: &str,
    existing: &BTreeSet<String>,
    plan: &mut Plan,
) -> Option<(String, Schema)> {
    let responses = &mut operation.responses;
    // Non-redirect 3xx statuses (304 Not Modified, 300) are answers without a
    // body; the transport accepts them as successes of this operation.
    let mut bodiless: Vec<u16> = responses
        .responses
        .keys()
        .filter_map(|s| match s {
            StatusCode::Code(code) if (300..400).contains(code) && !is_redirect(*code) => {
                Some(*code)
            }
            _ => None,
        })
        .collect();
    let has_2xx = responses.responses.keys().any(is_success);
    let mut success: Vec<(StatusCode, Kind)> = Vec::new();
    for (status, response) in responses.responses.iter_mut() {
        if !is_success(status) {
            continue;
        }
        let ReferenceOr::Item(response) = response else {
            continue;
        };
        json_content_only(response);
        success.push((status.clone(), kind(response)));
    }
    if !has_2xx {
        if let Some(ReferenceOr::Item(response)) = responses.default.as_mut() {
            json_content_only(response);
        }
    }
    let kinds: Vec<&Kind> = success.iter().map(|(_, k)| k).collect();
    let jsons: BTreeSet<&String> = kinds
        .iter()
        .filter_map(|k| match k {
            Kind::Json(schema) => Some(schema),
            _ => None,
        })
        .collect();
    let has_raw = kinds.contains(&&Kind::Raw);
    let has_none = kinds.contains(&&Kind::None);
    let mut new_schema = None;

    if !jsons.is_empty() && has_raw {
        // Bytes for every success: the caller reads the body as it came.
        for (status, response) in responses.responses.iter_mut() {
            if let (true, ReferenceOr::Item(response)) = (is_success(status), response) {
                response.content = raw_content();
            }
        }
        plan.notes.push(format!(
            "{label}: JSON and non-JSON success bodies: returned as bytes"
        ));
    } else if !jsons.is_empty() {
        if has_none {
            // 204 beside a 200 with JSON: Option<T>, None for the bodiless one.
            let codes: Vec<StatusCode> = success
                .iter()
                .filter(|(_, k)| *k == Kind::None)
                .map(|(s, _)| s.clone())
                .collect();
            for code in codes {
                if let StatusCode::Code(c) = code {
                    bodiless.push(c);
                }
                responses.responses.shift_remove(&code);
            }
        }
        if jsons.len() > 1 {
            let base = format!("{}Success", key_to_pascal(operation_id_of(label)));
            let mut name = base.clone();
            let mut n = 2;
            while existing.contains(&name) {
                name = format!("{base}{n}");
                n += 1;
            }
            let mut variants: Vec<ReferenceOr<Schema>> = Vec::new();
            for (status, response) in responses.responses.iter_mut() {
                if !is_success(status) {
                    continue;
                }
                let ReferenceOr::Item(response) = response else {
                    continue;
                };
                if let Some(media) = response.content.get_mut("application/json") {
                    if let Some(schema) = media.schema.take() {
                        if !variants.contains(&schema) {
                            variants.push(schema);
                        }
                    }
                    media.schema = Some(ReferenceOr::ref_(&format!("#/components/schemas/{name}")));
                }
            }
            plan.notes.push(format!(
                "{label}: {} different JSON success bodies: one `oneOf` type {name}",
                variants.len()
            ));
            new_schema = Some((
                name,
                Schema {
                    schema_data: SchemaData {
                        description: Some(format!(
                            "One of the success responses of `{}`.",
                            operation_id_of(label)
                        )),
                        ..Default::default()
                    },
                    schema_kind: SchemaKind::OneOf { one_of: variants },
                },
            ));
        }
    } else if has_raw && has_none {
        for (status, response) in responses.responses.iter_mut() {
            if let (true, ReferenceOr::Item(response)) = (is_success(status), response) {
                if response.content.is_empty() {
                    response.content = raw_content();
                }
            }
        }
    }
    if !bodiless.is_empty() {
        bodiless.sort_unstable();
        bodiless.dedup();
        plan.notes.push(format!(
            "{label}: bodiless success statuses {bodiless:?} accepted"
        ));
        plan.bodiless_success.insert(key.to_owned(), bodiless);
    }
    new_schema
}

/// The operation id inside a label `METHOD /path (id)`.
fn operation_id_of(label: &str) -> &str {
    label
        .rsplit_once(" (")
        .map(|(_, id)| id.trim_end_matches(')'))
        .unwrap_or(label)
}

fn key_to_pascal(id: &str) -> String {
    id.to_pascal_case()
}

/// Moves a string schema's `pattern`, `minLength` and `maxLength` into its
/// description; returns whether there were any.
fn string_constraints_to_docs(schema: &mut Schema) -> bool {
    let (pattern, min, max) = match &mut schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            (s.pattern.take(), s.min_length.take(), s.max_length.take())
        }
        SchemaKind::Any(any) if any.typ.as_deref() == Some("string") => (
            any.pattern.take(),
            any.min_length.take(),
            any.max_length.take(),
        ),
        _ => return false,
    };
    let mut parts = Vec::new();
    match (min, max) {
        (Some(min), Some(max)) => parts.push(format!("{min} to {max} characters")),
        (Some(min), None) => parts.push(format!("at least {min} characters")),
        (None, Some(max)) => parts.push(format!("at most {max} characters")),
        (None, None) => {}
    }
    if let Some(pattern) = pattern {
        parts.push(format!("matches `{pattern}`"));
    }
    if parts.is_empty() {
        return false;
    }
    let line = format!(
        "Constraint checked by the server, not by this client: {}.",
        parts.join("; ")
    );
    let description = schema
        .schema_data
        .description
        .get_or_insert_with(String::new);
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(&line);
    true
}

/// Takes the `enum` off a schema whose values are not all strings (or
/// `null`): numbers, booleans, mixed; the values move into the description.
/// Returns whether it did.
fn open_non_string_enum(schema: &mut Schema) -> bool {
    fn text<T: Into<serde_json::Value>>(values: Vec<Option<T>>) -> Vec<String> {
        values
            .into_iter()
            .map(|v| v.map_or(serde_json::Value::Null, Into::into).to_string())
            .collect()
    }
    let values = match &mut schema.schema_kind {
        SchemaKind::Type(Type::Integer(t)) if !t.enumeration.is_empty() => {
            text(std::mem::take(&mut t.enumeration))
        }
        SchemaKind::Type(Type::Number(t)) if !t.enumeration.is_empty() => {
            text(std::mem::take(&mut t.enumeration))
        }
        SchemaKind::Type(Type::Boolean(t)) if !t.enumeration.is_empty() => {
            text(std::mem::take(&mut t.enumeration))
        }
        SchemaKind::Any(any)
            if !any.enumeration.is_empty()
                && !any.enumeration.iter().all(|v| v.is_string() || v.is_null()) =>
        {
            std::mem::take(&mut any.enumeration)
                .iter()
                .map(serde_json::Value::to_string)
                .collect()
        }
        _ => return false,
    };
    let line = format!(
        "Known values (this client accepts others too): {}.",
        values
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let description = schema
        .schema_data
        .description
        .get_or_insert_with(String::new);
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(&line);
    true
}

/// `name` as progenitor and typify clean it before changing its case:
/// apostrophes dropped, every other character that is neither alphanumeric
/// nor `_` turned into `-` (a word break for heck).
pub(crate) fn dashed(name: &str) -> String {
    name.replace('\'', "")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}
