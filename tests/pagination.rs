//! Listing runs as a stream against a loopback server: cursors followed with
//! the same filters on every page, lazily, and errors surfaced as items.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures_util::{StreamExt, TryStreamExt};
use httpmock::{HttpMockRequest, HttpMockResponse, Method, MockServer};
use oz_agent_api::types::{ListRunsSortBy, ListRunsSortOrder, RunState};
use oz_agent_api::{Client, Error, RetryPolicy};
use serde_json::{json, Value};

const KEY: &str = "wk-test";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

fn run(id: &str) -> Value {
    json!({
        "run_id": id,
        "task_id": id,
        "title": format!("run {id}"),
        "state": "SUCCEEDED",
        "prompt": "p",
        "created_at": "2026-01-03T00:00:00Z",
        "updated_at": "2026-01-03T00:00:00Z",
    })
}

fn page(runs: &[&str], next_cursor: Option<&str>, has_next_page: bool) -> HttpMockResponse {
    let mut page_info = json!({ "has_next_page": has_next_page });
    if let Some(cursor) = next_cursor {
        page_info["next_cursor"] = json!(cursor);
    }
    let body = json!({
        "runs": runs.iter().map(|id| run(id)).collect::<Vec<_>>(),
        "page_info": page_info,
    });
    // The spec's other required members (of the page and its runs) generated.
    let body = oz_agent_api_fake::examples::Generator::from_vendored_spec()
        .expect("the client's spec")
        .fit_response("listRuns", body);
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
}

/// The cursor a request carried, if any.
fn cursor(request: &HttpMockRequest) -> Option<String> {
    request
        .query_params()
        .into_iter()
        .find(|(k, _)| k == "cursor")
        .map(|(_, v)| v)
}

/// A `/agent/runs` mock answering with `respond(cursor)`, recording every
/// request's raw query string.
async fn listing<'a>(
    server: &'a MockServer,
    respond: impl Fn(Option<String>) -> HttpMockResponse + Send + Sync + 'static,
) -> (httpmock::Mock<'a>, Arc<Mutex<Vec<String>>>) {
    let queries = Arc::new(Mutex::new(Vec::new()));
    let seen = queries.clone();
    let mock = server
        .mock_async(move |when, then| {
            when.method(Method::GET)
                .path("/agent/runs")
                .header("authorization", format!("Bearer {KEY}"));
            then.respond_with(move |request| {
                seen.lock()
                    .unwrap()
                    .push(request.uri().query().unwrap_or("").to_owned());
                respond(cursor(request))
            });
        })
        .await;
    (mock, queries)
}

/// Page `n` of 25 (cursors `c1` … `c24`), two runs each.
fn twenty_five_pages(cursor: Option<String>) -> HttpMockResponse {
    let n: usize = match cursor.as_deref() {
        None => 0,
        Some(c) => c.trim_start_matches('c').parse().unwrap(),
    };
    let a = format!("r{n}a");
    let b = format!("r{n}b");
    let next = format!("c{}", n + 1);
    if n < 24 {
        page(&[&a, &b], Some(&next), true)
    } else {
        page(&[&a, &b], None, false)
    }
}

#[tokio::test]
async fn stream_follows_25_pages_with_the_same_filters_on_every_request() {
    let server = MockServer::start_async().await;
    let (mock, queries) = listing(&server, twenty_five_pages).await;
    let client = client(&server);
    let created_after: DateTime<Utc> = "2026-01-02T03:04:05Z".parse().unwrap();
    let runs: Vec<String> = client
        .list_runs()
        .state(vec![RunState::Queued, RunState::Inprogress])
        .sort_by(ListRunsSortBy::CreatedAt)
        .sort_order(ListRunsSortOrder::Asc)
        .created_after(created_after)
        .limit(2u64)
        .stream()
        .map_ok(|run| run.run_id)
        .try_collect()
        .await
        .unwrap();

    let expected_runs: Vec<String> = (0..25)
        .flat_map(|n| [format!("r{n}a"), format!("r{n}b")])
        .collect();
    assert_eq!(runs, expected_runs);
    assert_eq!(mock.calls_async().await, 25);

    let filters_before_cursor = "created_after=2026-01-02T03%3A04%3A05Z";
    let filters_after_cursor =
        "limit=2&sort_by=created_at&sort_order=asc&state=QUEUED&state=INPROGRESS";
    let expected_queries: Vec<String> = (0..25)
        .map(|n| match n {
            0 => format!("{filters_before_cursor}&{filters_after_cursor}"),
            n => format!("{filters_before_cursor}&cursor=c{n}&{filters_after_cursor}"),
        })
        .collect();
    assert_eq!(*queries.lock().unwrap(), expected_queries);
}

#[tokio::test]
async fn pages_yields_each_page_and_stops_when_has_next_page_is_false() {
    let server = MockServer::start_async().await;
    let (mock, queries) = listing(&server, |cursor| match cursor.as_deref() {
        None => page(&["a", "b"], Some("p2"), true),
        Some("p2") => page(&["c"], Some("p3"), true),
        // A cursor with has_next_page false is not followed.
        _ => page(&["d"], Some("p4"), false),
    })
    .await;
    let client = client(&server);
    let pages: Vec<_> = client
        .list_runs()
        .pages()
        .map_ok(|p| (p.runs.len(), p.page_info.next_cursor))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pages,
        [
            (2, Some("p2".to_owned())),
            (1, Some("p3".to_owned())),
            (1, Some("p4".to_owned()))
        ]
    );
    assert_eq!(mock.calls_async().await, 3);
    assert_eq!(*queries.lock().unwrap(), ["", "cursor=p2", "cursor=p3"]);
}

#[tokio::test]
async fn a_missing_or_empty_cursor_ends_the_stream_even_if_more_pages_are_claimed() {
    for next in [None, Some("")] {
        let server = MockServer::start_async().await;
        let (mock, _) = listing(&server, move |_| page(&["a"], next, true)).await;
        let client = client(&server);
        let runs: Vec<_> = client.list_runs().stream().try_collect().await.unwrap();
        assert_eq!(runs.len(), 1, "next cursor {next:?}");
        assert_eq!(mock.calls_async().await, 1, "next cursor {next:?}");
    }
}

#[tokio::test]
async fn a_repeated_cursor_is_an_error_instead_of_a_loop() {
    let server = MockServer::start_async().await;
    let (mock, queries) = listing(&server, |cursor| match cursor.as_deref() {
        None => page(&["a"], Some("k1"), true),
        Some("k1") => page(&["b"], Some("k2"), true),
        // Back to an earlier cursor.
        _ => page(&["c"], Some("k1"), true),
    })
    .await;
    let client = client(&server);
    let items: Vec<_> = client.list_runs().stream().collect().await;
    assert_eq!(items.len(), 4, "{items:?}");
    let ids: Vec<_> = items[..3]
        .iter()
        .map(|r| r.as_ref().unwrap().run_id.clone())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let error = items[3].as_ref().unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert!(error.to_string().contains("\"k1\""), "{error}");
    assert_eq!(mock.calls_async().await, 3);
    assert_eq!(*queries.lock().unwrap(), ["", "cursor=k1", "cursor=k2"]);
}

#[tokio::test]
async fn an_error_mid_stream_is_yielded_and_ends_the_stream() {
    let server = MockServer::start_async().await;
    let (mock, _) = listing(&server, |cursor| match cursor.as_deref() {
        None => page(&["a", "b"], Some("p2"), true),
        _ => HttpMockResponse::builder()
            .status(500)
            .header("content-type", "application/problem+json")
            .body(json!({"title": "Internal error", "detail": "boom"}).to_string())
            .build(),
    })
    .await;
    let client = client(&server);
    let items: Vec<_> = client.list_runs().stream().collect().await;
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().run_id, "a");
    assert_eq!(items[1].as_ref().unwrap().run_id, "b");
    let error = items[2].as_ref().unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.api().unwrap().detail(), Some("boom"));
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn the_stream_fetches_a_page_only_when_its_runs_are_needed() {
    let server = MockServer::start_async().await;
    let (mock, _) = listing(&server, twenty_five_pages).await;
    let client = client(&server);
    let mut runs = client.list_runs().stream();
    for expected in ["r0a", "r0b", "r1a"] {
        assert_eq!(runs.try_next().await.unwrap().unwrap().run_id, expected);
    }
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn an_invalid_filter_fails_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let (mock, _) = listing(&server, twenty_five_pages).await;
    let client = client(&server);
    let items: Vec<_> = client.list_runs().limit(0u64).stream().collect().await;
    assert_eq!(items.len(), 1);
    assert!(
        matches!(items[0], Err(Error::InvalidRequest(_))),
        "{items:?}"
    );
    assert_eq!(mock.calls_async().await, 0);
}
