//! Every operation of the spec the client was generated from, driven from the
//! spec itself: no line here names an operation, a parameter or a field.
//!
//! For each operation, arguments are generated from the schemas (every
//! parameter and property, then the required ones only), the generated
//! client is called through the build's dispatcher (`OUT_DIR/dispatch.rs`),
//! and a loopback server records the request and answers with a body
//! generated from the documented success response. The test checks, from the
//! outside:
//!
//! * the request on the wire: method, path (each path parameter in its one
//!   segment), every query parameter encoded as its `style` and `explode`
//!   say (repeated keys for exploded arrays, `name=a,b` without explode,
//!   `name[key]=value` for deepObject), every header
//!   parameter, the key, and a JSON body equal to the arguments;
//! * the value decoded: re-encoded, it equals the body the server sent
//!   (unknown members kept, nothing lost); a redirect is followed to the
//!   content; a documented bodiless success (204, 304) comes back as such.
//!
//! An operation added upstream is covered here the day it is vendored.
//! Every documented error status of every operation: `error_statuses`.

mod common;
#[path = "spec_driven/error_statuses.rs"]
mod error_statuses;

use std::sync::{Arc, Mutex};

use common::dispatch::{self, Body, ResponseKind};
use common::scripted::{Reply, ScriptedServer};
use common::KEY;
use futures_util::FutureExt;
use oz_agent_api_fake::examples::{simple_text, Fill, Generator};
use oz_agent_api_fake::spec::{Location, Operation, Parameter};
use serde_json::{Map, Value};
use std::panic::AssertUnwindSafe;

/// Construct-matrix operations known to fail these tests, one id per line
/// (`#` starts a comment).
const KNOWN_FAILING: &str = include_str!("specs/matrix-failing.txt");

/// Fails on any failure of an operation `tests/specs/matrix-failing.txt`
/// does not list; prints the listed ones.
fn assert_no_new_failures(failures: Vec<(&str, String)>) {
    let known: Vec<&str> = KNOWN_FAILING
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .collect();
    let passed: Vec<&str> = dispatch::OPERATIONS
        .iter()
        .map(|op| op.id)
        .filter(|id| known.contains(id) && !failures.iter().any(|(f, _)| f == id))
        .collect();
    if !passed.is_empty() {
        // Listed, yet passing this test (another test may still fail it).
        eprintln!(
            "listed in matrix-failing.txt but passing: {}",
            passed.join(" ")
        );
    }
    let (expected, new): (Vec<_>, Vec<_>) =
        failures.into_iter().partition(|(id, _)| known.contains(id));
    if !expected.is_empty() {
        eprintln!(
            "{} of {} operations failed as tests/specs/matrix-failing.txt expects",
            expected.len(),
            dispatch::OPERATIONS.len()
        );
    }
    assert!(
        new.is_empty(),
        "{} of {} operations failed:\n{}",
        new.len(),
        dispatch::OPERATIONS.len(),
        new.iter()
            .map(|(_, message)| message.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The message of a caught panic.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// A value as it is written in a query string, a header or a path.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A form-urlencoded body as an object of its `name=value` pairs.
fn form_pairs(body: &[u8]) -> Value {
    Value::Object(
        url::form_urlencoded::parse(body)
            .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
            .collect(),
    )
}

/// The pairs a form body of `args` must hold: each member but the absent
/// (null) ones, as text.
fn form_members(args: &Value) -> Value {
    Value::Object(
        args.as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), Value::String(text(v))))
            .collect(),
    )
}

/// The query pairs `parameter` with `value` must produce, as OpenAPI 3.0's
/// style table writes them: `explode: true` repeats the name for each item
/// of an array and writes an object's members as pairs of their own
/// (`R=100&G=200`); `explode: false` writes one pair, the items joined by
/// the style's delimiter (`,` for form) and an object's members as
/// `name,value,name,value`; an empty array or object writes no pair (RFC
/// 6570: undefined).
fn query_pairs(parameter: &Parameter, value: &Value) -> Vec<(String, String)> {
    let name = &parameter.name;
    match (parameter.style.as_str(), value) {
        ("deepObject", Value::Object(map)) => map
            .iter()
            .map(|(k, v)| (format!("{name}[{k}]"), text(v)))
            .collect(),
        (_, Value::Array(items)) if parameter.explode => {
            items.iter().map(|v| (name.clone(), text(v))).collect()
        }
        (_, Value::Object(map)) if parameter.explode => {
            map.iter().map(|(k, v)| (k.clone(), text(v))).collect()
        }
        (_, Value::Array(items)) if items.is_empty() => Vec::new(),
        (_, Value::Object(map)) if map.is_empty() => Vec::new(),
        (style, Value::Array(items)) => {
            let delimiter = match style {
                "spaceDelimited" => " ",
                "pipeDelimited" => "|",
                _ => ",",
            };
            let items: Vec<String> = items.iter().map(text).collect();
            vec![(name.clone(), items.join(delimiter))]
        }
        (_, Value::Object(map)) => {
            let members: Vec<String> = map.iter().flat_map(|(k, v)| [k.clone(), text(v)]).collect();
            vec![(name.clone(), members.join(","))]
        }
        (_, value) => vec![(name.clone(), text(value))],
    }
}

/// Query pairs equal up to how a date-time is written (`Z` or `+00:00`,
/// trailing zeros): the client re-serializes the `DateTime` it was given.
fn same_pair(a: &(String, String), b: &(String, String)) -> bool {
    a.0 == b.0
        && (a.1 == b.1
            || matches!(
                (
                    chrono::DateTime::parse_from_rfc3339(&a.1),
                    chrono::DateTime::parse_from_rfc3339(&b.1),
                ),
                (Ok(x), Ok(y)) if x == y
            ))
}

fn decoded_query(target: &str) -> Vec<(String, String)> {
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The path the request must reach: the spec's template under the base
/// path, each parameter percent-decoded into its one segment.
fn expected_segments(op: &Operation, args: &Map<String, Value>) -> Vec<String> {
    op.path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => simple_text(&args[name]),
                None => segment.to_owned(),
            },
        )
        .collect()
}

fn received_segments(target: &str, base_path: &str) -> Vec<String> {
    let path = target.split('?').next().unwrap_or(target);
    let path = path.strip_prefix(base_path).unwrap_or_else(|| {
        panic!("{target} is not under the base path {base_path}");
    });
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .expect("UTF-8 segment")
                .into_owned()
        })
        .collect()
}

/// Whether the body the client sent is the arguments' body, allowing members
/// the arguments left out that the schema gives a `default` (the generated
/// types fill those in).
fn same_body(
    spec: &oz_agent_api_fake::spec::Spec,
    schema: Option<&Value>,
    sent: &Value,
    args: &Value,
) -> bool {
    let schema = schema.map(|s| spec.resolve(s));
    match (sent, args) {
        (Value::Object(sent), Value::Object(args)) => {
            let property = |name: &str| {
                schema
                    .and_then(|s| s.get("properties"))
                    .and_then(|p| p.get(name))
                    .or_else(|| {
                        schema
                            .and_then(|s| s.get("allOf"))
                            .and_then(Value::as_array)
                            .into_iter()
                            .flatten()
                            .find_map(|part| spec.resolve(part).get("properties")?.get(name))
                    })
            };
            args.iter().all(|(k, v)| match sent.get(k) {
                Some(s) => same_body(spec, property(k), s, v),
                // An optional member left empty is left out.
                None => is_empty(v),
            }) && sent
                .iter()
                .filter(|(k, _)| !args.contains_key(*k))
                .all(|(k, v)| property(k).map(|p| spec.resolve(p).get("default")) == Some(Some(v)))
        }
        (sent, args) => same_json(sent, args),
    }
}

/// Whether `got` is `sent` once decoded and encoded again: a member that is
/// absent on one side is empty (`null`, `[]`, `{}`) on the other (optional
/// members are left out when empty), and numbers agree to single precision
/// (a `format: float` member is an `f32`).
fn same_json(got: &Value, sent: &Value) -> bool {
    match (got, sent) {
        (Value::Object(got), Value::Object(sent)) => {
            got.iter()
                .all(|(k, g)| sent.get(k).map_or(is_empty(g), |s| same_json(g, s)))
                && sent
                    .iter()
                    .filter(|(k, _)| !got.contains_key(*k))
                    .all(|(_, s)| is_empty(s))
        }
        (Value::Array(got), Value::Array(sent)) => {
            got.len() == sent.len() && got.iter().zip(sent).all(|(g, s)| same_json(g, s))
        }
        (Value::Number(g), Value::Number(s)) => match (g.as_f64(), s.as_f64()) {
            _ if g == s => true,
            (Some(g), Some(s)) => (g - s).abs() <= 1e-6 * s.abs().max(1.0),
            _ => false,
        },
        (got, sent) => got == sent,
    }
}

/// `null`, `[]` or `{}`.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        _ => false,
    }
}

/// What the server answers an operation with, and what the call must return.
struct Answer {
    reply: Reply,
    status: u16,
    body: Expected,
}

enum Expected {
    Json(Value),
    Bytes(Vec<u8>),
    Empty,
}

const CONTENT: &[u8] = b"downloaded content";

fn answer(op: &Operation, kind: ResponseKind, generator: &mut Generator, storage: &str) -> Answer {
    let success = op
        .success()
        .unwrap_or_else(|| panic!("{}: no documented success", op.id));
    if success.is_redirect() {
        return Answer {
            reply: Reply::status(success.status).header("location", &format!("{storage}/blob")),
            status: 200,
            body: Expected::Bytes(CONTENT.to_vec()),
        };
    }
    match kind {
        ResponseKind::Json | ResponseKind::OptionalJson => {
            // A JSON response without a schema is any JSON value.
            let body = generator
                .response_for(op, success.status)
                .unwrap_or_else(|| serde_json::json!({"free": ["form", 1, true, null]}));
            Answer {
                reply: Reply::json(success.status, body.clone()),
                status: success.status,
                body: Expected::Json(body),
            }
        }
        ResponseKind::Bytes => Answer {
            reply: Reply::raw(success.status, "application/octet-stream", CONTENT),
            status: success.status,
            body: Expected::Bytes(CONTENT.to_vec()),
        },
        ResponseKind::Empty => Answer {
            reply: Reply::status(success.status),
            status: success.status,
            body: Expected::Empty,
        },
    }
}

fn check_outcome(id: &str, outcome: &dispatch::Outcome, answer: &Answer) {
    assert_eq!(outcome.status, answer.status, "{id}: status");
    match (&outcome.body, &answer.body) {
        (Body::Json(got), Expected::Json(sent)) => {
            assert!(
                same_json(got, sent),
                "{id}: the decoded value re-encodes to what was sent\n got {got}\n sent {sent}"
            )
        }
        (Body::Bytes(got), Expected::Bytes(sent)) => assert_eq!(got, sent, "{id}: bytes"),
        (Body::Empty, Expected::Empty) => {}
        (got, _) => panic!("{id}: unexpected outcome {got:?}"),
    }
}

/// Whether the operation's effective `security` (its own, else the
/// document's) is present and asks for nothing: `[]` or `[{}]`. Optional
/// authentication (`[{bearerAuth: []}, {}]`) and no `security` at all are
/// not anonymous-only.
fn only_anonymous(spec: &oz_agent_api_fake::spec::Spec, op: &Operation) -> bool {
    let document = spec.document();
    let own = document
        .pointer(&format!(
            "/paths/{}/{}/security",
            op.path.replace('~', "~0").replace('/', "~1"),
            op.method.to_ascii_lowercase()
        ))
        .or_else(|| document.get("security"));
    own.and_then(Value::as_array).is_some_and(|requirements| {
        requirements
            .iter()
            .all(|r| r.as_object().is_some_and(|r| r.is_empty()))
    })
}

async fn every_operation_round_trips(fill: Fill) {
    let spec = common::spec();
    let storage = ScriptedServer::start(vec![Reply::raw(200, "text/plain", CONTENT)]).await;
    let cell = Arc::new(Mutex::new(Reply::status(500)));
    let api = ScriptedServer::start(vec![Reply::shared(&cell)]).await;
    let base_path = "/api/v1";
    let client = common::client(&format!("{}{base_path}", api.url()));
    let mut generator = Generator::new(spec.clone());
    let mut covered = 0;
    let mut failures: Vec<(&str, String)> = Vec::new();
    for operation in dispatch::OPERATIONS {
        let one = AssertUnwindSafe(async {
            let op = spec
                .operation(operation.id)
                .unwrap_or_else(|| panic!("{} is not in the spec", operation.id));
            let args = common::arguments(op.id.as_str(), fill);
            let expected = answer(op, operation.response, &mut generator, &storage.url());
            *cell.lock().unwrap() = expected.reply.clone();
            let before = api.count();
            let stored = storage.count();
            let outcome = dispatch::call(&client, operation.id, &args)
                .await
                .unwrap_or_else(|e| panic!("{fill:?} {}: {e}", operation.id));
            check_outcome(operation.id, &outcome, &expected);

            let received = api.received();
            assert_eq!(received.len(), before + 1, "{}: one request", operation.id);
            let request = &received[before];
            let id = operation.id;
            assert_eq!(request.method, op.method, "{id}: method");
            assert_eq!(
                received_segments(&request.target, base_path),
                expected_segments(op, &args),
                "{id}: path {}",
                request.target
            );
            // The key goes with every operation but those whose `security`
            // allows only anonymous access.
            let key = format!("Bearer {KEY}");
            assert_eq!(
                request.header("authorization"),
                (!only_anonymous(&spec, op)).then_some(key.as_str()),
                "{id}: key"
            );
            let mut want = Vec::new();
            for parameter in &op.parameters {
                let Some(value) = args.get(&parameter.name) else {
                    continue;
                };
                match parameter.location {
                    Location::Query => want.extend(query_pairs(parameter, value)),
                    Location::Header => assert_eq!(
                        request.header(&parameter.name.to_ascii_lowercase()),
                        Some(simple_text(value).as_str()),
                        "{id}: header parameter {}",
                        parameter.name
                    ),
                    _ => {}
                }
            }
            let mut got = decoded_query(&request.target);
            want.sort();
            got.sort();
            assert!(
                want.len() == got.len() && want.iter().zip(&got).all(|(a, b)| same_pair(a, b)),
                "{id}: query\n want {want:?}\n  got {got:?}"
            );
            match args.get("body") {
                Some(body) => {
                    let form = op.request_body.as_ref().is_some_and(|b| {
                        b.content_type
                            .starts_with("application/x-www-form-urlencoded")
                    });
                    let text = op
                        .request_body
                        .as_ref()
                        .is_some_and(|b| b.content_type.starts_with("text/plain"));
                    let (sent, body) = if form {
                        (form_pairs(&request.body), form_members(body))
                    } else if text {
                        let sent = String::from_utf8_lossy(&request.body).into_owned();
                        (Value::String(sent), body.clone())
                    } else {
                        let sent: Value = serde_json::from_slice(&request.body)
                            .unwrap_or_else(|e| panic!("{id}: the body is not JSON: {e}"));
                        (sent, body.clone())
                    };
                    let schema = op.request_body.as_ref().and_then(|b| b.schema.clone());
                    assert!(
                        same_body(&spec, schema.as_ref(), &sent, &body),
                        "{id}: the body is the arguments' (plus schema defaults)\n sent {sent}\n args {body}"
                    );
                }
                None => assert!(request.body.is_empty(), "{id}: no body"),
            }
            if matches!(expected.body, Expected::Bytes(_))
                && op.success().is_some_and(|s| s.is_redirect())
            {
                assert_eq!(
                    storage.count(),
                    stored + 1,
                    "{id}: the redirect was followed"
                );
                let blob = &storage.received()[stored];
                assert_eq!(
                    blob.header("authorization"),
                    None,
                    "{id}: no key to storage"
                );
            }
            covered += 1;
        })
        .catch_unwind()
        .await;
        if let Err(panic) = one {
            failures.push((operation.id, panic_text(&*panic)));
            // Reached, though its checks failed (listed or not, above).
            covered += 1;
        }
    }
    assert_no_new_failures(failures);
    assert_eq!(covered, dispatch::OPERATIONS.len());
    assert_eq!(
        covered,
        spec.operations().len(),
        "every operation of the spec is in the dispatcher"
    );
}

#[tokio::test]
async fn every_operation_sends_every_parameter_as_the_spec_says_and_decodes_its_answer() {
    every_operation_round_trips(Fill::Full).await;
}

#[tokio::test]
async fn every_operation_works_with_only_its_required_arguments() {
    every_operation_round_trips(Fill::Minimal).await;
}

/// A documented success without a body (a `204` beside a `200` with JSON, a
/// `304 Not Modified`) is a success, and the client says there was no body.
#[tokio::test]
async fn documented_bodiless_successes_come_back_as_no_body() {
    let spec = common::spec();
    let cell = Arc::new(Mutex::new(Reply::status(500)));
    let api = ScriptedServer::start(vec![Reply::shared(&cell)]).await;
    let client = common::client(&api.url());
    let mut checked = 0;
    let mut failures: Vec<(&str, String)> = Vec::new();
    for operation in dispatch::OPERATIONS {
        let one = AssertUnwindSafe(async {
            let op = spec.operation(operation.id).unwrap();
            let bodiless: Vec<u16> = op
                .responses
                .iter()
                .filter(|r| {
                    r.schema.is_none()
                        && r.content_type.is_none()
                        && ((200..300).contains(&r.status) || r.status == 304)
                })
                .map(|r| r.status)
                .collect();
            for status in bodiless {
                *cell.lock().unwrap() = Reply::status(status);
                let args = common::arguments(op.id.as_str(), Fill::Minimal);
                let outcome = dispatch::call(&client, operation.id, &args)
                    .await
                    .unwrap_or_else(|e| panic!("{} {status}: {e}", operation.id));
                assert_eq!(outcome.status, status, "{}", operation.id);
                match (operation.response, &outcome.body) {
                    (ResponseKind::OptionalJson, Body::Absent)
                    | (ResponseKind::Empty, Body::Empty) => {}
                    (ResponseKind::Bytes, Body::Bytes(bytes)) if bytes.is_empty() => {}
                    (kind, body) => panic!("{} {status}: {kind:?} gave {body:?}", operation.id),
                }
                checked += 1;
            }
        })
        .catch_unwind()
        .await;
        if let Err(panic) = one {
            failures.push((operation.id, panic_text(&*panic)));
        }
    }
    assert_no_new_failures(failures);
    // Not every spec has one; the synthetic constructs spec does.
    eprintln!("{checked} bodiless successes checked");
}

/// An argument the operation does not have is refused, not ignored, so the
/// round trips above cannot pass by dropping parameters.
#[tokio::test]
async fn the_dispatcher_refuses_arguments_an_operation_does_not_have() {
    let api = ScriptedServer::start(vec![Reply::status(500)]).await;
    let client = common::client(&api.url());
    let operation = &dispatch::OPERATIONS[0];
    let mut args = common::arguments(operation.id, Fill::Minimal);
    args.insert("no_such_parameter".into(), Value::from(1));
    let err = dispatch::call(&client, operation.id, &args)
        .await
        .expect_err("an unknown argument");
    assert!(err.to_string().contains("no_such_parameter"), "{err}");
    assert_eq!(api.count(), 0, "nothing was sent");
}
