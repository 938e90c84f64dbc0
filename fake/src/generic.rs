//! Every operation the hand-written lifecycle does not cover, answered from
//! the spec: parameters and body checked against their schemas, then a
//! response generated from the documented success response, or — for
//! resource collections — kept in an in-memory store.
//!
//! A *resource collection* is a path `C` with a `POST C` and a
//! `GET C/{param}` (schedules and agent identities in spec D). Following
//! REST conventions:
//!
//! * `POST C` generates an item from the item schema, applies the request
//!   schema's defaults and the request body's members the item declares,
//!   gives it a new id and `created_at` / `updated_at`, and stores it;
//! * `GET C` lists the stored items in the response's array of items;
//! * `GET` / `PUT` / `PATCH` / `DELETE C/{id}` read, merge into (a `null`
//!   member leaves the field unchanged), or delete an item — `404` if there
//!   is none;
//! * `POST C/{id}/{verb}` merges its body and answers the item; the verbs
//!   `pause` / `resume` / `disable` / `enable` / `archive` / `unarchive`
//!   also set `enabled` or `archived` when the item has it.
//!
//! Every other operation is answered statelessly: a generated body whose
//! members named after a path parameter (`runId` → `run_id`) hold its value
//! and whose members named like a request body member echo it; listings end
//! after one page; a documented redirect points to the storage origin. A
//! conditional read (a documented `304` and an `If-None-Match` header) gets
//! the same answer each time, with an `ETag`; a matching `If-None-Match` is
//! answered `304` (router.rs).

use serde_json::{Map, Value};

use crate::app::App;
use crate::examples::Fill;
use crate::options::Mode;
use crate::render::ts;
use crate::reply::{self, with_header, Outcome, Problem, Reply, Resp};
use crate::request::{query_pairs, Req};
use crate::runs;
use crate::spec::{Location, Operation, Parameter, Spec};
use crate::store::{classify, properties_of, snake_case, Action, Collection};
use crate::validate::Validator;

/// Answers `op` from the spec (and the store, on a stateful server).
pub(crate) fn respond(
    app: &App,
    op: &Operation,
    params: &[(String, String)],
    req: &Req<'_>,
) -> Outcome {
    for (name, value) in params {
        if value.is_empty() {
            return Err(Problem::bad_request(format!(
                "missing path parameter `{name}`"
            )));
        }
    }
    check_parameters(app, op, params, req)?;
    let body = read_body(app, op, req.body)?;
    let mut stored = None;
    if app.mode == Mode::Stateful {
        check_parents(app, op, params)?;
        stored = store_answer(app, op, params, body.as_ref());
    }
    let from_store = stored.is_some();
    let outcome = match stored {
        Some(outcome) => outcome,
        None => generated(app, op, params, body.as_ref(), None),
    };
    match (&op.paged_items, outcome) {
        (Some(key), Ok(Reply::Json(status, value))) => {
            let query = req.query.unwrap_or("");
            paged(app, op, key, query, from_store, value).map(|v| Reply::Json(status, v))
        }
        (_, outcome) => outcome,
    }
}

/// How many items a generated cursor-paged listing holds.
const GENERATED_LISTING: usize = 5;

/// Page size when a listing's request gives no `limit`.
const DEFAULT_PAGE_SIZE: usize = 20;

/// A cursor-paged listing (`x-oz-pagination`, the rule the client's
/// `pages()` follows) answered one page at a time: the stored items, or a
/// fixed number of generated ones, cut by `cursor` and `limit`, with the
/// `page_info` that leads to the next page.
fn paged(
    app: &App,
    op: &Operation,
    key: &str,
    query: &str,
    from_store: bool,
    mut value: Value,
) -> Result<Value, Problem> {
    let mut items = value
        .get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if !from_store {
        let status = op.success().map_or(200, |s| s.status);
        while items.len() < GENERATED_LISTING {
            let more = app
                .generator()
                .response_for(op, status)
                .and_then(|p| p.get(key).and_then(Value::as_array).cloned())
                .unwrap_or_default();
            if more.is_empty() {
                break;
            }
            items.extend(more);
        }
        items.truncate(GENERATED_LISTING);
    }
    let pairs = query_pairs(query);
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let limit = match get("limit") {
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| Problem::bad_request(format!("invalid limit {text:?}")))?,
        None => DEFAULT_PAGE_SIZE,
    };
    // A cursor this listing never gave (a stale one, or one made up by a
    // test) lies past its end: an empty last page, as the spec documents
    // no error for it.
    let offset = match get("cursor") {
        Some(cursor) => cursor
            .strip_prefix("offset-")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n <= items.len())
            .unwrap_or(items.len()),
        None => 0,
    };
    let end = offset.saturating_add(limit).min(items.len());
    let more = end < items.len();
    if let Value::Object(map) = &mut value {
        map.insert(key.to_owned(), Value::Array(items[offset..end].to_vec()));
        let info = map
            .entry("page_info")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(info) = info {
            info.insert("has_next_page".into(), Value::Bool(more));
            if more {
                info.insert("next_cursor".into(), Value::String(format!("offset-{end}")));
            } else {
                info.remove("next_cursor");
            }
        }
    }
    Ok(value)
}

/// A `404` if a path parameter names a run, artifact or conversation that
/// does not exist (`POST /agent/runs/{runId}/scores` on no such run).
fn check_parents(app: &App, op: &Operation, params: &[(String, String)]) -> Result<(), Problem> {
    for (name, value) in params {
        let Some(at) = op.path.find(&format!("{{{name}}}")) else {
            continue;
        };
        let collection = op.path[..at].trim_end_matches('/');
        if runs::exists(app, collection, value) == Some(false) {
            let what = collection.rsplit('/').next().unwrap_or(collection);
            return Err(Problem::not_found(format!("{what} {value} not found")));
        }
    }
    Ok(())
}

/// A generated answer for the documented success response; `extra` is one
/// more `(parameter, id)` to fill in, as if it were a path parameter.
fn generated(
    app: &App,
    op: &Operation,
    params: &[(String, String)],
    body: Option<&Value>,
    extra: Option<(&str, &str)>,
) -> Outcome {
    let Some(success) = op.success() else {
        return Err(Problem::new(
            hyper::StatusCode::NOT_IMPLEMENTED,
            "internal_error",
            "Not implemented",
            format!("the spec documents no success response for {}", op.id),
        ));
    };
    let status = hyper::StatusCode::from_u16(success.status).unwrap_or(hyper::StatusCode::OK);
    if success.is_redirect() {
        let (url, _) = app.signed_url(&app.generated_object_path(&op.id));
        let response = reply::respond(status, "text/plain; charset=utf-8", "");
        return Ok(Reply::Raw(with_header(
            response,
            hyper::header::LOCATION,
            &url,
        )));
    }
    if !success.is_json() {
        return Ok(Reply::Raw(match success.content_type.as_deref() {
            Some(content_type) => {
                let content_type = hyper::header::HeaderValue::from_str(content_type)
                    .unwrap_or(hyper::header::HeaderValue::from_static("text/plain"));
                let mut response =
                    reply::respond(status, "text/plain", "generated by oz-agent-api-fake");
                response
                    .headers_mut()
                    .insert(hyper::header::CONTENT_TYPE, content_type);
                response
            }
            None => bodiless(status),
        }));
    }
    let schema = success.schema.clone().unwrap_or(Value::Null);
    let answer = || {
        let value = app
            .generator()
            .response_for(op, success.status)
            .unwrap_or(Value::Null);
        personalize(&app.spec, &schema, value, params, body, extra)
    };
    // A conditional read answers the same bytes each time it is asked, so
    // its `ETag` can match (router.rs answers the `304`).
    let value = if op.is_conditional() {
        let key = params.iter().fold(op.id.clone(), |key, (name, value)| {
            format!("{key}/{name}={value}")
        });
        app.conditional_answer(key, answer)
    } else {
        answer()
    };
    Ok(Reply::Json(status, value))
}

/// A response without a body.
fn bodiless(status: hyper::StatusCode) -> Resp {
    let mut response = hyper::Response::new(http_body_util::Full::new(bytes::Bytes::new()));
    *response.status_mut() = status;
    response
}

/// Fills a generated response with what the request said: ids from the
/// path (and `extra`), echoed body members, and no next page.
fn personalize(
    spec: &Spec,
    schema: &Value,
    mut value: Value,
    params: &[(String, String)],
    body: Option<&Value>,
    extra: Option<(&str, &str)>,
) -> Value {
    let properties = properties_of(spec, schema);
    let Value::Object(map) = &mut value else {
        return value;
    };
    let validator = Validator::new(spec);
    if let Some(Value::Object(body)) = body {
        for (key, member) in body {
            if member.is_null() {
                continue;
            }
            if let Some(property) = properties.get(key) {
                if validator.is_valid(property, member) {
                    map.insert(key.clone(), member.clone());
                }
            }
        }
    }
    let ids = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .chain(extra);
    for (name, id) in ids {
        for key in [name.to_owned(), snake_case(name)] {
            if let Some(Value::String(slot)) = map.get_mut(&key) {
                id.clone_into(slot);
            }
        }
    }
    end_pagination(map);
    value
}

/// A generated listing has no next page: `has_next_page: false`, no cursor.
fn end_pagination(map: &mut Map<String, Value>) {
    if map.contains_key("has_next_page") {
        map.insert("has_next_page".into(), Value::Bool(false));
    }
    if map.get("next_cursor").is_some_and(|c| !c.is_null()) {
        map.remove("next_cursor");
    }
    for nested in map.values_mut() {
        if let Value::Object(inner) = nested {
            if inner.contains_key("has_next_page") {
                inner.insert("has_next_page".into(), Value::Bool(false));
                inner.remove("next_cursor");
            }
        }
    }
}

/// The request body, parsed and checked against the operation's schema.
fn read_body(app: &App, op: &Operation, raw: &[u8]) -> Result<Option<Value>, Problem> {
    let Some(request_body) = &op.request_body else {
        return Ok(None);
    };
    if raw.iter().all(u8::is_ascii_whitespace) {
        return if request_body.required {
            Err(Problem::bad_request("a JSON request body is required"))
        } else {
            Ok(None)
        };
    }
    let essence = request_body.content_type.split(';').next().unwrap_or("");
    if essence != "application/json" && !essence.ends_with("+json") {
        return Ok(None);
    }
    let value: Value = serde_json::from_slice(raw)
        .map_err(|e| Problem::bad_request(format!("the request body is not valid JSON: {e}")))?;
    if let Some(schema) = &request_body.schema {
        if let Err(violations) = Validator::new(&app.spec).validate(schema, &value) {
            let listed: Vec<String> = violations.iter().take(3).map(ToString::to_string).collect();
            return Err(Problem::bad_request(format!(
                "the request body does not match the schema: {}",
                listed.join("; ")
            )));
        }
    }
    Ok(Some(value))
}

/// Checks required parameters are present and every value fits its schema.
fn check_parameters(
    app: &App,
    op: &Operation,
    params: &[(String, String)],
    req: &Req<'_>,
) -> Result<(), Problem> {
    let pairs = query_pairs(req.query.unwrap_or(""));
    let validator = Validator::new(&app.spec);
    for parameter in &op.parameters {
        let values: Vec<Value> = match parameter.location {
            Location::Path => params
                .iter()
                .filter(|(k, _)| *k == parameter.name)
                .map(|(_, v)| coerce(&app.spec, &parameter.schema, v))
                .collect(),
            Location::Header => req
                .headers
                .get(parameter.name.as_str())
                .map(|v| {
                    coerce(
                        &app.spec,
                        &parameter.schema,
                        &String::from_utf8_lossy(v.as_bytes()),
                    )
                })
                .into_iter()
                .collect(),
            Location::Query => query_values(&app.spec, parameter, &pairs),
            Location::Cookie => continue,
        };
        if values.is_empty() {
            if parameter.required {
                return Err(Problem::bad_request(format!(
                    "missing required parameter `{}`",
                    parameter.name
                )));
            }
            continue;
        }
        for value in &values {
            if let Err(violations) = validator.validate(&parameter.schema, value) {
                return Err(Problem::bad_request(format!(
                    "invalid `{}`: {}",
                    parameter.name, violations[0].message
                )));
            }
        }
    }
    Ok(())
}

/// The values of a query parameter, as JSON its schema can check.
fn query_values(spec: &Spec, parameter: &Parameter, pairs: &[(String, String)]) -> Vec<Value> {
    let schema = spec.resolve(&parameter.schema);
    let kind = schema.get("type").and_then(Value::as_str);
    if parameter.style == "deepObject" || kind == Some("object") {
        let prefix = format!("{}[", parameter.name);
        let mut object = Map::new();
        for (key, value) in pairs {
            if let Some(inner) = key.strip_prefix(&prefix).and_then(|k| k.strip_suffix(']')) {
                let member_schema = schema
                    .pointer(&format!("/properties/{inner}"))
                    .or_else(|| schema.get("additionalProperties"))
                    .cloned()
                    .unwrap_or(Value::Null);
                object.insert(inner.to_owned(), coerce(spec, &member_schema, value));
            }
        }
        return if object.is_empty() {
            Vec::new()
        } else {
            vec![Value::Object(object)]
        };
    }
    let raw: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| *k == parameter.name)
        .map(|(_, v)| v.as_str())
        .collect();
    if raw.is_empty() {
        return Vec::new();
    }
    if kind == Some("array") {
        let items = schema.get("items").cloned().unwrap_or(Value::Null);
        let values = raw
            .iter()
            .flat_map(|v| {
                if parameter.explode {
                    vec![*v]
                } else {
                    v.split(',').collect()
                }
            })
            .map(|v| coerce(spec, &items, v))
            .collect();
        return vec![Value::Array(values)];
    }
    raw.iter()
        .map(|v| coerce(spec, &parameter.schema, v))
        .collect()
}

/// A parameter's text as the JSON its schema's type wants (left a string
/// if it does not parse, so the validator reports it).
fn coerce(spec: &Spec, schema: &Value, text: &str) -> Value {
    match spec.resolve(schema).get("type").and_then(Value::as_str) {
        Some("integer") => text
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(text.to_owned())),
        Some("number") => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(text.to_owned())),
        Some("boolean") => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(text.to_owned()),
        },
        _ => Value::String(text.to_owned()),
    }
}

fn not_found(collection: &Collection, id: &str) -> Problem {
    let what = collection.path.rsplit('/').next().unwrap_or("item");
    Problem::not_found(format!("{what} item {id} not found"))
}

/// Whether two schemas are the same (the same `$ref`, or equal inline).
fn same_schema(a: &Value, b: &Value) -> bool {
    match (a.get("$ref"), b.get("$ref")) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// The answer of the store, if `op` acts on a resource collection.
fn store_answer(
    app: &App,
    op: &Operation,
    params: &[(String, String)],
    body: Option<&Value>,
) -> Option<Outcome> {
    let (index, action) = classify(&app.store(), op, params)?;
    Some(match action {
        Action::Create => create(app, op, index, params, body),
        Action::List => list(app, op, index, params),
        Action::Get(id) => {
            let store = app.store();
            match store.item(index, &id) {
                Some(item) => item_reply(
                    app,
                    op,
                    &store.collections[index],
                    item.clone(),
                    params,
                    None,
                ),
                None => Err(not_found(&store.collections[index], &id)),
            }
        }
        Action::Update(id) => modify(app, op, index, &id, params, body, None),
        Action::Verb(id, verb) => modify(app, op, index, &id, params, body, Some(&verb)),
        Action::Delete(id) => {
            let mut store = app.store();
            let collection = &mut store.collections[index];
            match collection.items.iter().position(|(key, _)| *key == id) {
                Some(at) => {
                    collection.items.remove(at);
                    drop(store);
                    generated(app, op, params, None, None)
                }
                None => Err(not_found(collection, &id)),
            }
        }
        Action::Under(id) => {
            let store = app.store();
            if store.item(index, &id).is_none() {
                return Some(Err(not_found(&store.collections[index], &id)));
            }
            return None;
        }
    })
}

/// The item itself if the operation answers with the item schema, else a
/// generated answer naming the item's id.
fn item_reply(
    app: &App,
    op: &Operation,
    collection: &Collection,
    item: Value,
    params: &[(String, String)],
    body: Option<&Value>,
) -> Outcome {
    let Some(success) = op.success() else {
        return generated(app, op, params, body, None);
    };
    let status = hyper::StatusCode::from_u16(success.status).unwrap_or(hyper::StatusCode::OK);
    match &success.schema {
        Some(schema) if success.is_json() && same_schema(schema, &collection.item_schema) => {
            Ok(Reply::Json(status, item))
        }
        _ => {
            let id = item
                .get(&collection.id_property)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            generated(
                app,
                op,
                params,
                body,
                Some((collection.param.as_str(), id.as_str())),
            )
        }
    }
}

/// Merges a body's non-null members that the item declares and that fit
/// their schema.
fn merge(spec: &Spec, properties: &Map<String, Value>, item: &mut Value, body: Option<&Value>) {
    let (Value::Object(item), Some(Value::Object(body))) = (item, body) else {
        return;
    };
    let validator = Validator::new(spec);
    for (key, member) in body {
        if member.is_null() {
            continue;
        }
        if let Some(property) = properties.get(key) {
            if validator.is_valid(property, member) {
                item.insert(key.clone(), member.clone());
            }
        }
    }
}

/// Sets `created_at` / `updated_at` (whichever the item declares) to `now`.
fn touch(properties: &Map<String, Value>, item: &mut Value, now: &str, created: bool) {
    let Value::Object(item) = item else {
        return;
    };
    let keys: &[&str] = if created {
        &["created_at", "updated_at"]
    } else {
        &["updated_at"]
    };
    for key in keys {
        if properties.contains_key(*key) {
            item.insert((*key).to_owned(), Value::String(now.to_owned()));
        }
    }
}

fn create(
    app: &App,
    op: &Operation,
    index: usize,
    params: &[(String, String)],
    body: Option<&Value>,
) -> Outcome {
    let (item_schema, id_property) = {
        let store = app.store();
        let c = &store.collections[index];
        (c.item_schema.clone(), c.id_property.clone())
    };
    let properties = properties_of(&app.spec, &item_schema);
    let mut item = {
        let mut generator = app.generator();
        let fill = generator.fill();
        generator.set_fill(Fill::Full);
        let item = generator.schema(&item_schema, "item");
        generator.set_fill(fill);
        item.unwrap_or_else(|| Value::Object(Map::new()))
    };
    // The request schema's defaults for what the body leaves out.
    if let Some(schema) = op.request_body.as_ref().and_then(|b| b.schema.as_ref()) {
        let mut defaults = Map::new();
        for (key, property) in properties_of(&app.spec, schema) {
            let present = body.and_then(|b| b.get(&key)).is_some_and(|v| !v.is_null());
            if let (false, Some(default)) = (present, app.spec.resolve(&property).get("default")) {
                defaults.insert(key, default.clone());
            }
        }
        merge(
            &app.spec,
            &properties,
            &mut item,
            Some(&Value::Object(defaults)),
        );
    }
    merge(&app.spec, &properties, &mut item, body);
    let id = app.state().uuid();
    if let Value::Object(map) = &mut item {
        map.insert(id_property, Value::String(id.clone()));
    }
    touch(&properties, &mut item, &ts(app.clock.now()), true);
    let mut store = app.store();
    let collection = &mut store.collections[index];
    collection.items.push((id, item.clone()));
    let reply = item_reply(app, op, collection, item, params, body);
    drop(store);
    reply
}

fn list(app: &App, op: &Operation, index: usize, params: &[(String, String)]) -> Outcome {
    let reply = generated(app, op, params, None, None)?;
    let Reply::Json(status, mut value) = reply else {
        return Ok(reply);
    };
    let store = app.store();
    let collection = &store.collections[index];
    let items: Vec<Value> = collection.items.iter().map(|(_, v)| v.clone()).collect();
    if value.is_array() {
        return Ok(Reply::Json(status, Value::Array(items)));
    }
    let schema = op
        .success()
        .and_then(|r| r.schema.clone())
        .unwrap_or(Value::Null);
    let properties = properties_of(&app.spec, &schema);
    let arrays: Vec<&String> = properties
        .iter()
        .filter(|(_, p)| app.spec.resolve(p).get("type").and_then(Value::as_str) == Some("array"))
        .map(|(k, _)| k)
        .collect();
    let slot = arrays
        .iter()
        .find(|k| {
            properties[k.as_str()]
                .get("items")
                .is_some_and(|items| same_schema(items, &collection.item_schema))
        })
        .or_else(|| arrays.first());
    if let (Some(slot), Value::Object(map)) = (slot, &mut value) {
        map.insert((*slot).clone(), Value::Array(items));
    }
    Ok(Reply::Json(status, value))
}

fn modify(
    app: &App,
    op: &Operation,
    index: usize,
    id: &str,
    params: &[(String, String)],
    body: Option<&Value>,
    verb: Option<&str>,
) -> Outcome {
    let item_schema = app.store().collections[index].item_schema.clone();
    let properties = properties_of(&app.spec, &item_schema);
    let now = ts(app.clock.now());
    let mut store = app.store();
    let collection = &mut store.collections[index];
    let Some(at) = collection.items.iter().position(|(key, _)| key == id) else {
        return Err(not_found(collection, id));
    };
    let item = &mut collection.items[at].1;
    merge(&app.spec, &properties, item, body);
    if let (Some(verb), Value::Object(map)) = (verb, &mut *item) {
        let effect = match verb {
            "pause" | "disable" => Some(("enabled", false)),
            "resume" | "enable" => Some(("enabled", true)),
            "archive" => Some(("archived", true)),
            "unarchive" => Some(("archived", false)),
            _ => None,
        };
        if let Some((key, flag)) = effect {
            if map.get(key).is_some_and(Value::is_boolean) || properties.contains_key(key) {
                map.insert(key.to_owned(), Value::Bool(flag));
            }
        }
    }
    touch(&properties, item, &now, false);
    let item = item.clone();
    let collection = &store.collections[index];
    let reply = item_reply(app, op, collection, item, params, body);
    drop(store);
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_answered_from_the_spec_ends_after_one_page() {
        let mut map = serde_json::json!({
            "runs": [], "page_info": { "has_next_page": true, "next_cursor": "x" }
        });
        end_pagination(map.as_object_mut().unwrap());
        assert_eq!(
            map["page_info"],
            serde_json::json!({ "has_next_page": false })
        );
    }
}
