//! Every cursor-paged operation of the spec the client was generated from,
//! driven from the spec itself: no line here names an operation, a
//! parameter or a field. The build finds them by one rule
//! (`build/pagination.rs`); this test finds them again from the exported
//! spec on its own, then checks, for each, from the outside:
//!
//! * `stream()` follows `page_info.next_cursor` to the last page and yields
//!   every item of every page;
//! * every request after the first is the first one (every filter, sort and
//!   limit) with only `cursor` replaced, and the first sends none;
//! * a cursor the server repeats ends the stream with an error after the
//!   page, and so do more empty pages in a row than the bound, each with a
//!   fresh cursor: the server cannot make the stream loop.

mod common;

use common::dispatch;
use common::scripted::{Reply, ScriptedServer};
use oz_agent_api_fake::examples::{Fill, Generator};
use serde_json::{json, Value};

/// The documented bound of a page stream on empty pages in a row that still
/// point to a next page (see `oz_agent_api::pagination`).
const MAX_CONSECUTIVE_EMPTY_PAGES: usize = 32;

/// `(operationId, array of items)` of every operation the exported spec
/// shows cursor-paged: a `cursor` query parameter, and a success body whose
/// `page_info` has `next_cursor` beside exactly one array.
fn paged_in_the_spec() -> Vec<(String, String)> {
    let spec = common::spec();
    let mut out = Vec::new();
    for op in spec.operations() {
        let cursor = op
            .parameters
            .iter()
            .any(|p| p.name == "cursor" && p.location == oz_agent_api_fake::spec::Location::Query);
        let Some(schema) = op.success().and_then(|r| r.schema.clone()) else {
            continue;
        };
        let properties = properties_of(&spec, &schema);
        let has_cursor_info = properties
            .get("page_info")
            .is_some_and(|p| properties_of(&spec, p).contains_key("next_cursor"));
        let arrays: Vec<&String> = properties
            .iter()
            .filter(|(k, p)| {
                *k != "page_info" && spec.resolve(p).get("type") == Some(&json!("array"))
            })
            .map(|(k, _)| k)
            .collect();
        if let ([items], true, true) = (&arrays[..], cursor, has_cursor_info) {
            out.push((op.id.clone(), (*items).clone()));
        }
    }
    out.sort();
    out
}

/// The properties of an object schema, through `$ref` and `allOf` (a page
/// may be an envelope with its members beside it).
fn properties_of(
    spec: &oz_agent_api_fake::spec::Spec,
    schema: &Value,
) -> serde_json::Map<String, Value> {
    let schema = spec.resolve(schema);
    let mut out = schema
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.extend(properties_of(spec, part));
    }
    out
}

#[test]
fn the_build_pages_exactly_the_operations_the_spec_shows_cursor_paged() {
    let mut built: Vec<(String, String)> = dispatch::PAGED
        .iter()
        .map(|(id, items)| (id.to_string(), items.to_string()))
        .collect();
    built.sort();
    assert_eq!(built, paged_in_the_spec());
}

/// Some items of operation `id`'s pages, generated from the spec.
fn items(generator: &mut Generator, id: &str, key: &str, count: usize) -> Vec<Value> {
    let mut out = Vec::new();
    while out.len() < count {
        let page = generator.response(id).expect("a JSON page");
        out.extend(page[key].as_array().cloned().unwrap_or_default());
    }
    out.truncate(count);
    out
}

/// A page of `id` with `items` and, if there is a next page, `cursor`.
fn page(id: &str, key: &str, items: Vec<Value>, cursor: Option<&str>) -> Reply {
    let mut body = json!({ key: items, "page_info": { "has_next_page": cursor.is_some() } });
    if let Some(cursor) = cursor {
        body["page_info"]["next_cursor"] = json!(cursor);
    }
    Reply::json(200, common::fit(id, body))
}

/// The query pairs of a request target, sorted, and its `cursor` apart.
fn query(target: &str) -> (Vec<(String, String)>, Option<String>) {
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let mut pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let cursor = pairs
        .iter()
        .position(|(k, _)| k == "cursor")
        .map(|at| pairs.remove(at).1);
    pairs.sort();
    (pairs, cursor)
}

/// Every argument of the operation but the cursor.
fn arguments(id: &str) -> serde_json::Map<String, Value> {
    let mut args = common::arguments(id, Fill::Full);
    args.remove("cursor");
    args
}

#[tokio::test]
async fn every_paged_operation_streams_every_page_keeping_its_filters() {
    let paged = paged_in_the_spec();
    let mut generator = Generator::new(common::spec());
    for (id, key) in &paged {
        let server = ScriptedServer::start(vec![
            page(id, key, items(&mut generator, id, key, 2), Some("c1")),
            page(id, key, items(&mut generator, id, key, 2), Some("c2")),
            page(id, key, items(&mut generator, id, key, 1), None),
        ])
        .await;
        let client = common::client(&server.url());
        let args = arguments(id);
        let streamed = dispatch::items(&client, id, &args, 100).await.unwrap();
        assert_eq!(streamed.len(), 5, "{id}: every item of the three pages");
        assert!(streamed.iter().all(Result::is_ok), "{id}: {streamed:?}");
        let received = server.received();
        assert_eq!(received.len(), 3, "{id}: one request per page");
        let (first, none) = query(&received[0].target);
        assert_eq!(none, None, "{id}: the first request sends no cursor");
        for (request, cursor) in received[1..].iter().zip(["c1", "c2"]) {
            let (filters, sent) = query(&request.target);
            assert_eq!(sent.as_deref(), Some(cursor), "{id}");
            assert_eq!(filters, first, "{id}: the same filters on every page");
        }
    }
}

#[tokio::test]
async fn every_paged_operation_stops_on_a_repeated_cursor() {
    let mut generator = Generator::new(common::spec());
    for (id, key) in &paged_in_the_spec() {
        let server = ScriptedServer::start(vec![
            page(id, key, items(&mut generator, id, key, 1), Some("k1")),
            page(id, key, items(&mut generator, id, key, 1), Some("k1")),
            page(id, key, items(&mut generator, id, key, 1), None),
        ])
        .await;
        let client = common::client(&server.url());
        let pages = dispatch::pages(&client, id, &arguments(id), 100)
            .await
            .unwrap();
        assert_eq!(pages.len(), 3, "{id}: two pages, then the error: {pages:?}");
        assert!(pages[..2].iter().all(Result::is_ok), "{id}");
        let err = pages[2].as_ref().unwrap_err().to_string();
        assert!(err.contains("\"k1\" again"), "{id}: {err}");
        assert_eq!(
            server.count(),
            2,
            "{id}: the repeated cursor is not followed"
        );
    }
}

#[tokio::test]
async fn every_paged_operation_stops_after_the_bound_on_empty_pages() {
    for (id, key) in &paged_in_the_spec() {
        let script: Vec<Reply> = (0..MAX_CONSECUTIVE_EMPTY_PAGES + 5)
            .map(|i| page(id, key, Vec::new(), Some(&format!("fresh-{i}"))))
            .collect();
        let server = ScriptedServer::start(script).await;
        let client = common::client(&server.url());
        let streamed = dispatch::items(&client, id, &arguments(id), 100)
            .await
            .unwrap();
        assert_eq!(streamed.len(), 1, "{id}: no item, then the error");
        let err = streamed[0].as_ref().unwrap_err().to_string();
        assert!(err.contains("empty pages in a row"), "{id}: {err}");
        assert_eq!(
            server.count(),
            MAX_CONSECUTIVE_EMPTY_PAGES,
            "{id}: at most the bound of requests"
        );
    }
}

/// The fake server pages its listings by the same rule (the build's
/// `x-oz-pagination` mark): every paged operation, asked for pages of two,
/// streams to its end in full pages, the last one short or full, each page
/// after the first asked for with the cursor the one before gave.
#[tokio::test]
async fn the_fake_pages_every_paged_listing_by_the_same_rule() {
    use oz_agent_api_fake::{FakeOzServer, Mode};
    let server = FakeOzServer::builder()
        .mode(Mode::Generated)
        .api_key(common::KEY)
        .start()
        .await;
    let client = common::client(server.base_url());
    let spec = common::spec();
    let paged = paged_in_the_spec();
    for (id, key) in &paged {
        let op = spec.operation(id).unwrap();
        let mut args = common::arguments(id, Fill::Minimal);
        args.remove("cursor");
        let has_limit = op.parameters.iter().any(|p| p.name == "limit");
        if has_limit {
            args.insert("limit".into(), json!(2));
        }
        let before = server.operation_count(id);
        let pages = dispatch::pages(&client, id, &args, 100).await.unwrap();
        let pages: Vec<Value> = pages
            .into_iter()
            .map(|p| p.unwrap_or_else(|e| panic!("{id}: {e}")))
            .collect();
        assert_eq!(server.operation_count(id) - before, pages.len(), "{id}");
        let sizes: Vec<usize> = pages
            .iter()
            .map(|p| p[key].as_array().map_or(0, Vec::len))
            .collect();
        let (last, full) = sizes.split_last().unwrap();
        assert!(*last > 0, "{id}: the last page is not empty: {sizes:?}");
        if has_limit {
            assert!(pages.len() > 1, "{id}: pages of two: {sizes:?}");
            assert!(
                full.iter().all(|n| *n == 2) && *last <= 2,
                "{id}: {sizes:?}"
            );
        }
        assert_eq!(
            pages.last().unwrap()["page_info"]["has_next_page"],
            json!(false),
            "{id}"
        );
    }
}
