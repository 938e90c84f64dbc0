//! The OpenAPI document the fake serves, parsed once.
//!
//! [`Spec::vendored`] is `oz_agent_api::spec::OPENAPI_JSON`: the client's
//! vendored spec with the build's patches applied, so the fake knows exactly
//! the operations the generated client knows, with the same operation ids.
//! [`Spec::from_json`] reads another document (a newer spec you want to try
//! before it is vendored).
//!
//! ```
//! use oz_agent_api_fake::spec::{Location, Spec};
//!
//! let spec = Spec::vendored().unwrap();
//! let get_run = spec.operation("getRun").unwrap();
//! assert_eq!((get_run.method.as_str(), get_run.path.as_str()), ("GET", "/agent/runs/{runId}"));
//! assert_eq!(get_run.success().unwrap().status, 200);
//! assert!(get_run.parameters.iter().any(|p| p.location == Location::Path));
//! ```

use std::collections::BTreeSet;
use std::fmt;
use std::sync::{Arc, OnceLock};

use serde_json::{Map, Value};

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Location {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

/// One parameter of an operation (`$ref`s to `components.parameters` resolved).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Parameter {
    /// Its name (`runId`, `limit`, `X-Warp-Team-Uid`, …).
    pub name: String,
    /// Where it goes.
    pub location: Location,
    /// Whether the operation requires it.
    pub required: bool,
    /// Its schema (`{}` if the spec gives none).
    pub schema: Value,
    /// Its `style` (`form`, `deepObject`, `simple`, …), defaulted as OpenAPI 3.0 says.
    pub style: String,
    /// Its `explode`, defaulted as OpenAPI 3.0 says.
    pub explode: bool,
}

/// An operation's request body.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RequestBody {
    /// Whether the body is required.
    pub required: bool,
    /// The media type (`application/json` when the spec offers it).
    pub content_type: String,
    /// The body's schema, if the media type has one.
    pub schema: Option<Value>,
}

/// One documented response of an operation.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The media type of the body, if the response has one.
    pub content_type: Option<String>,
    /// The body's schema, if it has one.
    pub schema: Option<Value>,
}

impl Response {
    /// Whether this response is a redirect (`3xx`).
    pub fn is_redirect(&self) -> bool {
        (300..400).contains(&self.status)
    }

    /// Whether this response has a JSON body.
    pub fn is_json(&self) -> bool {
        self.content_type.as_deref().is_some_and(is_json) && self.schema.is_some()
    }
}

fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

/// One operation of the spec.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Operation {
    /// Its `operationId`, as the generated client names it (`getRun`).
    pub id: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template, relative to the base path (`/agent/runs/{runId}`).
    pub path: String,
    /// Path-level and operation-level parameters.
    pub parameters: Vec<Parameter>,
    /// The request body, if the operation takes one.
    pub request_body: Option<RequestBody>,
    /// Every documented response with a numeric status, in ascending order.
    pub responses: Vec<Response>,
    /// Whether the operation may be called without credentials (its
    /// `security` is empty or lists `{}`).
    pub anonymous: bool,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
    /// For a cursor-paged listing, the array of items of its pages: the
    /// `x-oz-pagination` mark the client's build puts on the operations it
    /// pages (one rule for the client and the fake).
    pub paged_items: Option<String>,
    segments: Vec<Segment>,
}

impl Operation {
    /// Whether the operation is a conditional read: it documents a `304`
    /// and takes an `If-None-Match` header. The fake then answers its
    /// success with an `ETag` derived from the response bytes, and a
    /// request whose `If-None-Match` matches it with `304` and no body.
    pub fn is_conditional(&self) -> bool {
        self.responses.iter().any(|r| r.status == 304)
            && self.parameters.iter().any(|p| {
                p.location == Location::Header && p.name.eq_ignore_ascii_case("if-none-match")
            })
    }

    /// The documented success: the lowest `2xx` response, else the lowest `3xx`.
    pub fn success(&self) -> Option<&Response> {
        let first = |range: std::ops::Range<u16>| {
            self.responses
                .iter()
                .filter(|r| range.contains(&r.status))
                .min_by_key(|r| r.status)
        };
        first(200..300).or_else(|| first(300..400))
    }

    /// The documented response with this status.
    pub fn response(&self, status: u16) -> Option<&Response> {
        self.responses.iter().find(|r| r.status == status)
    }

    /// `METHOD /path/{}/template` with parameter names left out, so a
    /// renamed path parameter still names the same route.
    pub fn route(&self) -> String {
        format!("{} {}", self.method, route_of(&self.segments))
    }

    /// The values of the path parameters if `path` (relative to the base
    /// path, not percent-decoded) matches this operation's template.
    pub fn match_path(&self, path: &str) -> Option<Vec<(String, String)>> {
        let parts: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut values = Vec::new();
        for (segment, part) in self.segments.iter().zip(parts) {
            match segment {
                Segment::Literal(literal) if literal == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) => values.push((name.clone(), part.to_owned())),
            }
        }
        Some(values)
    }

    /// The path with each `{name}` replaced by `value(name)`, percent-encoded.
    pub fn concrete_path(&self, mut value: impl FnMut(&str) -> String) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            out.push('/');
            match segment {
                Segment::Literal(literal) => out.push_str(literal),
                Segment::Param(name) => out.push_str(&encode_component(&value(name))),
            }
        }
        out
    }

    /// How many literal segments the template has (the more, the more specific).
    fn literals(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }

    /// The parameters that go in the given place.
    pub fn parameters_in(&self, location: Location) -> impl Iterator<Item = &Parameter> {
        self.parameters
            .iter()
            .filter(move |p| p.location == location)
    }
}

fn route_of(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        out.push('/');
        match segment {
            Segment::Literal(literal) => out.push_str(literal),
            Segment::Param(_) => out.push_str("{}"),
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub(crate) fn encode_component(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// How a request path matched the spec.
#[derive(Debug)]
#[non_exhaustive]
pub enum Match<'a> {
    /// An operation, with the values of its path parameters.
    Operation(&'a Operation, Vec<(String, String)>),
    /// The path exists, but not with this method; the methods it has.
    MethodNotAllowed(Vec<String>),
    /// No path of the spec matches.
    NotFound,
}

/// Why a document could not be read as a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError(String);

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid OpenAPI document: {}", self.0)
    }
}

impl std::error::Error for SpecError {}

/// A parsed OpenAPI 3.0 document: its operations and schemas.
#[derive(Debug)]
pub struct Spec {
    document: Value,
    operations: Vec<Operation>,
    base_path: String,
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options"];

impl Spec {
    /// The client's vendored spec (`oz_agent_api::spec::OPENAPI_JSON`),
    /// parsed on first use and shared afterwards.
    pub fn vendored() -> Result<Arc<Spec>, SpecError> {
        static VENDORED: OnceLock<Result<Arc<Spec>, SpecError>> = OnceLock::new();
        VENDORED
            .get_or_init(|| Spec::from_json(oz_agent_api::spec::OPENAPI_JSON).map(Arc::new))
            .clone()
    }

    /// Parses an OpenAPI 3.0 document given as JSON text.
    pub fn from_json(text: &str) -> Result<Spec, SpecError> {
        let document: Value =
            serde_json::from_str(text).map_err(|e| SpecError(format!("not JSON: {e}")))?;
        Spec::from_value(document)
    }

    /// Reads an OpenAPI 3.0 document already parsed into JSON (from YAML, say).
    pub fn from_value(document: Value) -> Result<Spec, SpecError> {
        let Some(paths) = document.get("paths").and_then(Value::as_object) else {
            return Err(SpecError("no `paths` object".into()));
        };
        let base_path = document
            .pointer("/servers/0/url")
            .and_then(Value::as_str)
            .map(base_path_of)
            .unwrap_or_default();
        let global_security = document.get("security");
        let mut operations = Vec::new();
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            let shared = item.get("parameters");
            for method in METHODS {
                let Some(op) = item.get(*method).and_then(Value::as_object) else {
                    continue;
                };
                operations.push(read_operation(
                    &document,
                    path,
                    method,
                    op,
                    shared,
                    global_security,
                )?);
            }
        }
        Ok(Spec {
            document,
            operations,
            base_path,
        })
    }

    /// The whole document.
    pub fn document(&self) -> &Value {
        &self.document
    }

    /// Every operation, in the document's order.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this `operationId` (the first, if it is duplicated).
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// The path of the first server URL (`/api/v1`), without a trailing slash.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// `info.version`.
    pub fn info_version(&self) -> &str {
        self.document
            .pointer("/info/version")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The component schema `name`.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.document.pointer(&format!(
            "/components/schemas/{}",
            name.replace('~', "~0").replace('/', "~1")
        ))
    }

    /// Every component schema, by name.
    pub fn schemas(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, schema)| (name.as_str(), schema))
    }

    /// Follows `$ref`s (to this document only) until a schema without one;
    /// a dangling or cyclic reference resolves to `{}`-like `Value::Null`.
    pub fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut current = schema;
        for _ in 0..32 {
            match current.get("$ref").and_then(Value::as_str) {
                Some(reference) => match self.pointer(reference) {
                    Some(target) => current = target,
                    None => return &Value::Null,
                },
                None => return current,
            }
        }
        &Value::Null
    }

    /// The value a local `$ref` (`#/components/...`) points to.
    pub fn pointer(&self, reference: &str) -> Option<&Value> {
        self.document.pointer(reference.strip_prefix('#')?)
    }

    /// Matches a request (method and path relative to [`base_path`](Self::base_path)).
    /// Among templates that match, the one with the most literal segments wins.
    pub fn find(&self, method: &str, path: &str) -> Match<'_> {
        let mut best: Option<(usize, String)> = None;
        for op in &self.operations {
            if op.match_path(path).is_some() {
                let literals = op.literals();
                if best.as_ref().is_none_or(|(n, _)| literals > *n) {
                    best = Some((literals, route_of(&op.segments)));
                }
            }
        }
        let Some((_, route)) = best else {
            return Match::NotFound;
        };
        let candidates = self
            .operations
            .iter()
            .filter(|op| route_of(&op.segments) == route);
        let mut methods = BTreeSet::new();
        for op in candidates {
            if op.method.eq_ignore_ascii_case(method) {
                let values = op.match_path(path).unwrap_or_default();
                return Match::Operation(op, values);
            }
            methods.insert(op.method.clone());
        }
        Match::MethodNotAllowed(methods.into_iter().collect())
    }
}

fn base_path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = if url.contains("://") {
        after_scheme.find('/').map_or("", |i| &after_scheme[i..])
    } else {
        after_scheme
    };
    path.trim_end_matches('/').to_owned()
}

fn segments_of(path: &str) -> Vec<Segment> {
    path.trim_start_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect()
}

/// Follows a `$ref` of a parameter, request body or response object.
fn deref<'a>(document: &'a Value, value: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..8 {
        match current
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| document.pointer(p))
        {
            Some(target) => current = target,
            None => break,
        }
    }
    current
}

fn read_operation(
    document: &Value,
    path: &str,
    method: &str,
    op: &Map<String, Value>,
    shared: Option<&Value>,
    global_security: Option<&Value>,
) -> Result<Operation, SpecError> {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .map_or_else(|| format!("{method} {path}"), str::to_owned);
    let mut parameters: Vec<Parameter> = Vec::new();
    for list in [shared, op.get("parameters")].into_iter().flatten() {
        for raw in list.as_array().into_iter().flatten() {
            let Some(parameter) = read_parameter(deref(document, raw)) else {
                continue;
            };
            // Operation-level parameters override path-level ones.
            parameters.retain(|p| !(p.name == parameter.name && p.location == parameter.location));
            parameters.push(parameter);
        }
    }
    let request_body = op.get("requestBody").map(|body| {
        let body = deref(document, body);
        let content = body.get("content").and_then(Value::as_object);
        let (content_type, media) = pick_media(content);
        RequestBody {
            required: body.get("required").and_then(Value::as_bool) == Some(true),
            content_type: content_type.unwrap_or_else(|| "application/json".to_owned()),
            schema: media.and_then(|m| m.get("schema")).cloned(),
        }
    });
    let mut responses = Vec::new();
    for (status, response) in op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let Ok(status) = status.parse::<u16>() else {
            continue;
        };
        let response = deref(document, response);
        let content = response.get("content").and_then(Value::as_object);
        let (content_type, media) = pick_media(content);
        responses.push(Response {
            status,
            content_type,
            schema: media.and_then(|m| m.get("schema")).cloned(),
        });
    }
    responses.sort_by_key(|r| r.status);
    let security = op.get("security").or(global_security);
    let anonymous = match security.and_then(Value::as_array) {
        None => true,
        Some(list) => {
            list.is_empty()
                || list
                    .iter()
                    .any(|s| s.as_object().is_some_and(Map::is_empty))
        }
    };
    Ok(Operation {
        id,
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        parameters,
        request_body,
        responses,
        anonymous,
        deprecated: op.get("deprecated").and_then(Value::as_bool) == Some(true),
        paged_items: op
            .get("x-oz-pagination")
            .and_then(|p| p.get("items"))
            .and_then(Value::as_str)
            .map(str::to_owned),
        segments: segments_of(path),
    })
}

/// The JSON media type of a `content` map if it has one, else its first.
fn pick_media(content: Option<&Map<String, Value>>) -> (Option<String>, Option<&Value>) {
    let Some(content) = content else {
        return (None, None);
    };
    let chosen = content
        .iter()
        .find(|(t, _)| is_json(t))
        .or_else(|| content.iter().next());
    match chosen {
        Some((t, media)) => (Some(t.clone()), Some(media)),
        None => (None, None),
    }
}

fn read_parameter(raw: &Value) -> Option<Parameter> {
    let name = raw.get("name")?.as_str()?.to_owned();
    let location = match raw.get("in")?.as_str()? {
        "path" => Location::Path,
        "query" => Location::Query,
        "header" => Location::Header,
        "cookie" => Location::Cookie,
        _ => return None,
    };
    let style = raw
        .get("style")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| match location {
            Location::Query | Location::Cookie => "form".to_owned(),
            Location::Path | Location::Header => "simple".to_owned(),
        });
    let explode = raw
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(style == "form");
    Some(Parameter {
        name,
        location,
        required: raw.get("required").and_then(Value::as_bool) == Some(true)
            || location == Location::Path,
        schema: raw
            .get("schema")
            .cloned()
            .unwrap_or_else(|| Value::Object(Map::new())),
        style,
        explode,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_operation_of_the_vendored_spec() {
        let spec = Spec::vendored().unwrap();
        assert_eq!(spec.base_path(), "/api/v1");
        assert!(spec.operations().len() >= 28);
        let ids: BTreeSet<_> = spec.operations().iter().map(|o| o.id.as_str()).collect();
        assert!(ids.contains("listAgentIdentities"), "the build's patch");
        let transcript = spec.operation("getRunTranscript").unwrap();
        assert!(transcript.success().unwrap().is_redirect());
    }

    #[test]
    fn matches_paths_methods_and_the_most_specific_template() {
        let spec = Spec::vendored().unwrap();
        match spec.find("GET", "/agent/runs/abc") {
            Match::Operation(op, values) => {
                assert_eq!(op.id, "getRun");
                assert_eq!(values, [("runId".to_owned(), "abc".to_owned())]);
            }
            other => panic!("{other:?}"),
        }
        match spec.find("DELETE", "/agent/runs") {
            Match::MethodNotAllowed(methods) => assert_eq!(methods, ["GET", "POST"]),
            other => panic!("{other:?}"),
        }
        assert!(matches!(spec.find("GET", "/nope"), Match::NotFound));
        assert!(matches!(
            spec.find("GET", "/agent/runs/a/b/c"),
            Match::NotFound
        ));
        let op = spec.operation("getRun").unwrap();
        assert_eq!(op.route(), "GET /agent/runs/{}");
        assert_eq!(op.concrete_path(|_| "a b".into()), "/agent/runs/a%20b");
    }

    #[test]
    fn resolves_parameter_refs_and_security() {
        let spec = Spec::from_value(serde_json::json!({
            "servers": [{ "url": "https://example.com/api/v2/" }],
            "security": [{ "bearer": [] }],
            "components": { "parameters": { "Team": {
                "name": "X-Team", "in": "header", "schema": { "type": "string" }
            }}},
            "paths": { "/things/{id}": {
                "parameters": [{ "name": "id", "in": "path", "schema": { "type": "string" } }],
                "get": {
                    "operationId": "getThing",
                    "security": [{ "bearer": [] }, {}],
                    "parameters": [{ "$ref": "#/components/parameters/Team" }],
                    "responses": { "302": { "description": "x" }, "404": { "description": "y" } }
                },
                "delete": { "responses": { "204": { "description": "z" } } }
            }}
        }))
        .unwrap();
        assert_eq!(spec.base_path(), "/api/v2");
        let get = spec.operation("getThing").unwrap();
        assert!(get.anonymous);
        assert_eq!(get.parameters.len(), 2);
        assert_eq!(get.parameters[1].location, Location::Header);
        assert!(get.parameters[0].required, "path parameters are required");
        let delete = spec.operation("delete /things/{id}").unwrap();
        assert!(!delete.anonymous);
        assert_eq!(delete.success().unwrap().status, 204);
    }
}
