//! Hostile input (issue 8), against loopback servers: what an attacker or a
//! broken proxy can send the crate, and what the server then saw.
//!
//! 1. a path parameter lands in exactly one segment of its path, or the call
//!    fails before anything is sent;
//! 2. a POST that got a redirect is never sent again;
//! 3. empty pages with fresh cursors cannot make a listing loop for ever;
//! 4. no configuration value panics;
//! 5. a wait accepts only the run it asked for;
//! 6. configuration errors never print a header value;
//! 7. server text cannot forge log lines: `Display` is one line;
//! 8. server-requested sleeps are capped by `max_outage`, and lexical junk
//!    inside unknown fields does not break a known response.

mod common;

use std::time::Duration;

use common::scripted::{Received, Reply, ScriptedServer};
use common::KEY;
use futures_util::{StreamExt, TryStreamExt};
use oz_agent_api::prelude::*;
use oz_agent_api::types::{RunFollowupRequest, RunState};
use oz_agent_api::ExactlyOnceOptions;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::json;

/// The documented bound of a page stream on empty pages in a row that still
/// point to a next page (see `oz_agent_api::pagination`).
const MAX_CONSECUTIVE_EMPTY_PAGES: usize = 32;

fn client(base: &str) -> Client {
    common::client(base)
}

// ---------------------------------------------------------------------------
// 1. Path parameters stay in their segment

/// The API prefix of the base URL: a `..` that escaped its segment would eat it.
const PREFIX: &str = "/api/v1";

/// Hand-written URLs built from a path parameter, checked like the operations.
const HAND_WRITTEN: &[(&str, &str)] = &[
    (
        "Downloads::run_transcript",
        "/agent/runs/{runId}/transcript",
    ),
    ("Downloads::artifact", "/agent/artifacts/{artifactUid}"),
];

/// Every operation of the vendored spec with path parameters, and the
/// hand-written downloads: (name, path template).
fn targets() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = common::spec_operations()
        .into_iter()
        .filter(|op| !op.path_params.is_empty() && op.text_path_params)
        .map(|op| (op.id, op.path))
        .collect();
    assert!(
        out.len() >= 16,
        "the spec has path parameters on at least 16 operations"
    );
    out.extend(
        HAND_WRITTEN
            .iter()
            .map(|(name, path)| (name.to_string(), path.to_string())),
    );
    out
}

/// Calls `target` with every path parameter set to `value`.
async fn call_target(client: &Client, target: &str, value: &str) -> Result<u16, Error> {
    match target {
        "Downloads::run_transcript" => client.downloads().run_transcript(value).await.map(|_| 200),
        "Downloads::artifact" => client.downloads().artifact(value).await.map(|_| 200),
        id => common::call_with_path_value(client, id, value).await,
    }
}

/// `%XX` decoded; `None` for a malformed escape.
fn percent_decode(segment: &str) -> Option<Vec<u8>> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// Checks what the server saw for one call with `value` in every path
/// parameter of `template`: either the call failed with
/// `Error::InvalidRequest` and nothing was sent, or exactly one request went
/// to the template's path, each parameter in exactly one segment whose
/// percent-decoding is `value`.
fn check_path(
    template: &str,
    value: &str,
    result: &Result<u16, Error>,
    seen: &[Received],
) -> Result<(), String> {
    if let Err(Error::InvalidRequest(message)) = result {
        if !seen.is_empty() {
            return Err(format!(
                "rejected ({message}) but the server saw {:?}",
                seen.iter().map(|r| &r.target).collect::<Vec<_>>()
            ));
        }
        if !["", ".", ".."].contains(&value) {
            return Err(format!("rejected a value one segment can carry: {message}"));
        }
        return Ok(());
    }
    let [request] = seen else {
        return Err(format!(
            "expected one request, the server saw {:?} (result {result:?})",
            seen.iter().map(|r| &r.target).collect::<Vec<_>>()
        ));
    };
    let path = request.target.split('?').next().unwrap_or_default();
    let expected = format!("{PREFIX}{template}");
    let expected: Vec<&str> = expected.split('/').collect();
    let got: Vec<&str> = path.split('/').collect();
    if got.len() != expected.len() {
        return Err(format!(
            "{template} with {value:?}: the server saw {path:?}, not {} segments",
            expected.len()
        ));
    }
    for (want, got) in expected.iter().zip(&got) {
        if want.starts_with('{') {
            if got.contains('\\') || *got == "." || *got == ".." {
                return Err(format!("segment {got:?} for {value:?} in {path:?}"));
            }
            if percent_decode(got).as_deref() != Some(value.as_bytes()) {
                return Err(format!(
                    "segment {got:?} of {path:?} does not decode to {value:?}"
                ));
            }
        } else if want != got {
            return Err(format!(
                "{template} with {value:?}: the server saw {path:?}"
            ));
        }
    }
    Ok(())
}

fn hostile_value() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "..", ".", "/", "\\", "%2e", "%2E", "%2f", "%5C", "%", "%%", "?", "#", ";", "&", "=", "+",
        " ", "a", "r-1", "admin", "é", "日本", "\u{0}", "\n", "\r", "\t", "\u{1b}", "\u{7f}",
        "\u{202e}", "\u{ff0e}", "\u{2215}", "~", "@", ":", "{", "}",
    ]);
    prop_oneof![
        Just(String::new()),
        Just(".".to_owned()),
        Just("..".to_owned()),
        prop::collection::vec(piece, 1..7).prop_map(|pieces| pieces.concat()),
        prop::collection::vec(any::<char>(), 0..8).prop_map(String::from_iter),
        any::<String>(),
    ]
}

/// The issue's own examples, for every operation with path parameters.
const KNOWN_ESCAPES: &[&str] = &[
    "..\\..\\..\\..\\admin",
    "a\\..\\..\\schedules",
    "../../elsewhere",
    "%2e%2e",
    "%2e%2e%2fadmin",
    "..",
    ".",
    "",
    "r-1?x=1#frag",
    "line\nbreak\0",
];

#[tokio::test]
async fn path_parameters_of_every_operation_stay_in_their_segment_for_known_escapes() {
    let server = ScriptedServer::start(vec![Reply::status(404)]).await;
    let client = client(&format!("{}{PREFIX}", server.url()));
    for (target, template) in targets() {
        for value in KNOWN_ESCAPES {
            let before = server.count();
            let result = call_target(&client, &target, value).await;
            let seen = &server.received()[before..];
            check_path(&template, value, &result, seen).unwrap_or_else(|e| panic!("{target}: {e}"));
        }
    }
}

#[test]
fn path_parameters_of_every_operation_stay_in_their_segment_for_arbitrary_strings() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::status(404)]));
    let client = client(&format!("{}{PREFIX}", server.url()));
    let strategy = (prop::sample::select(targets()), hostile_value());
    TestRunner::new(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    })
    .run(&strategy, |((target, template), value)| {
        let before = server.count();
        let result = runtime.block_on(call_target(&client, &target, &value));
        let seen = &server.received()[before..];
        check_path(&template, &value, &result, seen)
            .map_err(|e| TestCaseError::fail(format!("{target}: {e}")))
    })
    .unwrap();
}

#[tokio::test]
async fn run_id_with_backslashes_or_dot_segments_does_not_reach_another_path() {
    let server = ScriptedServer::start(vec![Reply::status(404)]).await;
    let client = client(&format!("{}{PREFIX}", server.url()));
    let _ = client
        .get_run()
        .run_id("..\\..\\..\\..\\admin")
        .send()
        .await;
    let _ = client.get_run().run_id("a\\..\\..\\schedules").send().await;
    let _ = client
        .cancel_run()
        .run_id("..\\..\\..\\elsewhere")
        .send()
        .await;
    let _ = client.get_run().run_id("%2e%2e").send().await;
    let seen: Vec<_> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        seen,
        [
            "/api/v1/agent/runs/..%5C..%5C..%5C..%5Cadmin",
            "/api/v1/agent/runs/a%5C..%5C..%5Cschedules",
            "/api/v1/agent/runs/..%5C..%5C..%5Celsewhere/cancel",
            "/api/v1/agent/runs/%252e%252e",
        ]
    );
    for value in ["..", ".", ""] {
        let err = client.get_run().run_id(value).send().await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("run_id")),
            "{value:?}: {err:?}"
        );
        let err = client.downloads().run_transcript(value).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("run_id")),
            "{value:?}: {err:?}"
        );
    }
    assert_eq!(server.count(), 4, "nothing sent for a rejected value");
}

// ---------------------------------------------------------------------------
// 2. A POST that got a redirect is not sent again

/// The default retry counts (2 retries), with waits shrunk so tests run fast.
fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2))
}

/// The default four lookups after an ambiguous creation, 1 ms apart.
fn fast_lookup() -> ExactlyOnceOptions {
    ExactlyOnceOptions::default().with_first_lookup_interval(Duration::from_millis(1))
}

fn retrying_client(base: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .retry_policy(fast_retries())
        .exactly_once(fast_lookup())
        .build()
        .unwrap()
}

/// A loopback port nothing listens on.
async fn closed_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

fn posts(seen: &[Received]) -> usize {
    seen.iter().filter(|r| r.method == "POST").count()
}

#[tokio::test]
async fn create_run_is_posted_once_when_the_target_of_its_redirect_fails() {
    // The redirect proves the server acted: the run is looked up by its
    // token (here every lookup fails too), never posted again, and the
    // caller gets `CreationUnknown`, not a plain error to retry.
    for redirect in [302, 303] {
        for failure in [503, 429] {
            let server = ScriptedServer::start(vec![
                Reply::status(redirect).header("location", "/api/v1/agent/runs/r-1/created"),
                Reply::status(failure),
            ])
            .await;
            let client = retrying_client(&format!("{}{PREFIX}", server.url()));
            let err = client
                .create_run()
                .body_map(|b| b.prompt("do it"))
                .send()
                .await
                .unwrap_err();
            let unknown = err
                .creation_unknown()
                .unwrap_or_else(|| panic!("{redirect} then {failure}: {err:?}"));
            assert_eq!(
                unknown.error().status().map(|s| s.as_u16()),
                Some(failure),
                "{redirect} then {failure}: {err}"
            );
            let seen = server.received();
            assert_eq!(posts(&seen), 1, "{redirect} then {failure}: {seen:?}");
            assert_eq!(
                seen.iter()
                    .filter(|r| r.target == "/api/v1/agent/runs/r-1/created")
                    .count(),
                1,
                "{redirect} then {failure}: the target is not asked again either"
            );
        }
        // The target's host is unreachable: a connect error, normally retried.
        let unreachable = format!("http://127.0.0.1:{}/created", closed_port().await);
        let server = ScriptedServer::start(vec![
            Reply::status(redirect).header("location", &unreachable)
        ])
        .await;
        let client = retrying_client(&format!("{}{PREFIX}", server.url()));
        let err = client
            .create_run()
            .body_map(|b| b.prompt("do it"))
            .send()
            .await
            .unwrap_err();
        let unknown = err
            .creation_unknown()
            .unwrap_or_else(|| panic!("{redirect} to an unreachable host: {err:?}"));
        assert!(
            matches!(unknown.error(), Error::Transport { connect: true, .. }),
            "{redirect} to an unreachable host: {err:?}"
        );
        assert_eq!(
            posts(&server.received()),
            1,
            "{redirect} to an unreachable host"
        );
    }
}

#[tokio::test]
async fn a_post_that_got_a_redirect_is_not_resent_even_when_posts_may_be_retried() {
    let server = ScriptedServer::start(vec![
        Reply::status(303).header("location", "/api/v1/agent/runs/r-1"),
        Reply::status(503),
    ])
    .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("{}{PREFIX}", server.url()))
        .retry_policy(fast_retries().with_retry_non_idempotent(true))
        .exactly_once(fast_lookup())
        .build()
        .unwrap();
    let _ = client
        .create_run()
        .body_map(|b| b.prompt("do it"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(posts(&server.received()), 1);
    // Nor is any other POST, with exactly-once creation off.
    let server = ScriptedServer::start(vec![
        Reply::status(303).header("location", "/api/v1/agent/runs/r-1"),
        Reply::status(503),
    ])
    .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("{}{PREFIX}", server.url()))
        .retry_policy(fast_retries().with_retry_non_idempotent(true))
        .exactly_once(ExactlyOnceOptions::disabled())
        .build()
        .unwrap();
    let _ = client
        .create_run()
        .body_map(|b| b.prompt("do it"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(posts(&server.received()), 1);
    assert_eq!(server.count(), 2, "the POST and its redirect's target");
}

#[tokio::test]
async fn a_get_whose_redirect_target_fails_is_still_retried() {
    let server = ScriptedServer::start(vec![
        Reply::status(302).header("location", "/api/v1/agent/runs/r-2"),
        Reply::status(503),
        Reply::status(302).header("location", "/api/v1/agent/runs/r-2"),
        Reply::json(200, common::run_json("r-2", "QUEUED")),
    ])
    .await;
    let client = retrying_client(&format!("{}{PREFIX}", server.url()));
    let run = client.get_run().run_id("r-1").send().await.unwrap();
    assert_eq!(run.run_id, "r-2");
    assert_eq!(server.count(), 4, "one retry of the GET, redirect and all");
}

// ---------------------------------------------------------------------------
// 3. Empty pages with fresh cursors cannot loop for ever

fn page(runs: Vec<serde_json::Value>, cursor: Option<&str>) -> Reply {
    let page = json!({
        "runs": runs,
        "page_info": {"has_next_page": cursor.is_some(), "next_cursor": cursor},
    });
    Reply::json(200, common::fit("listRuns", page))
}

/// `count` empty pages, each with a cursor never seen before.
fn empty_pages(count: usize) -> Vec<Reply> {
    (0..count)
        .map(|i| page(vec![], Some(&format!("cursor-{i}"))))
        .collect()
}

#[tokio::test]
async fn listing_stops_with_an_error_after_the_bound_on_consecutive_empty_pages() {
    // Far more empty pages than the bound, every one with a fresh cursor.
    let server = ScriptedServer::start(empty_pages(10 * MAX_CONSECUTIVE_EMPTY_PAGES)).await;
    let client = client(&server.url());
    let mut runs = client.list_runs().stream();
    let err = runs.next().await.expect("an item").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "list_runs: could not decode the HTTP 200 OK response as ListRunsResponse: the server \
             returned {MAX_CONSECUTIVE_EMPTY_PAGES} empty pages in a row, each with a next cursor; \
             stopping instead of paging on (body starts: \"\")"
        )
    );
    assert!(
        runs.next().await.is_none(),
        "the stream ends after the error"
    );
    assert_eq!(server.count(), MAX_CONSECUTIVE_EMPTY_PAGES);

    // The page stream yields each empty page, then the same error.
    let server = ScriptedServer::start(empty_pages(10 * MAX_CONSECUTIVE_EMPTY_PAGES)).await;
    let client = common::client(&server.url());
    let items: Vec<_> = client.list_runs().pages().collect().await;
    assert_eq!(items.len(), MAX_CONSECUTIVE_EMPTY_PAGES + 1);
    assert!(items[..MAX_CONSECUTIVE_EMPTY_PAGES]
        .iter()
        .all(Result::is_ok));
    assert!(matches!(items.last(), Some(Err(Error::Decode(_)))));
    assert_eq!(server.count(), MAX_CONSECUTIVE_EMPTY_PAGES);
}

#[tokio::test]
async fn a_page_with_runs_resets_the_empty_page_count() {
    let run = common::run_json("r-1", "SUCCEEDED");
    let mut script = empty_pages(MAX_CONSECUTIVE_EMPTY_PAGES - 1);
    script.push(page(vec![run], Some("with-a-run")));
    script.extend(
        (0..MAX_CONSECUTIVE_EMPTY_PAGES - 1).map(|i| page(vec![], Some(&format!("again-{i}")))),
    );
    script.push(page(vec![], None));
    let server = ScriptedServer::start(script).await;
    let client = client(&server.url());
    let runs: Vec<_> = client.list_runs().stream().try_collect().await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(server.count(), 2 * MAX_CONSECUTIVE_EMPTY_PAGES);
}

// ---------------------------------------------------------------------------
// 4. No configuration value panics

/// Every duration setter at its most extreme.
fn extreme_wait_options(jitter: bool) -> WaitOptions {
    WaitOptions::default()
        .with_initial_interval(Duration::MAX)
        .with_max_interval(Duration::MAX)
        .with_timeout(Duration::MAX)
        .with_max_outage(Duration::MAX)
        .with_jitter(jitter)
}

fn extreme_retry_policy(jitter: bool) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_retries(u32::MAX)
        .with_initial_backoff(Duration::MAX)
        .with_max_backoff(Duration::MAX)
        .with_max_retry_after(Duration::MAX)
        .with_jitter(jitter)
}

/// A client whose HTTP client arms no timer of its own, for tokio's paused clock.
fn paused_client(base: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .retry_policy(retry)
        .http_client(
            reqwest::Client::builder()
                .no_proxy()
                .pool_idle_timeout(None)
                .build()
                .unwrap(),
        )
        .build()
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn a_wait_and_its_retries_with_every_duration_at_its_maximum_do_not_panic() {
    for jitter in [false, true] {
        let server = ScriptedServer::start(vec![
            Reply::json(200, common::run_json("r-1", "INPROGRESS")),
            Reply::status(503),
            Reply::json(200, common::run_json("r-1", "SUCCEEDED")),
        ])
        .await;
        let client = paused_client(&server.url(), extreme_retry_policy(jitter));
        let run = client
            .wait_for_run("r-1", &extreme_wait_options(jitter))
            .await
            .unwrap();
        assert_eq!(run.state, RunState::Succeeded);
        assert_eq!(server.count(), 3, "a poll, a retried poll, its retry");
    }
}

#[tokio::test(start_paused = true)]
async fn a_watch_and_a_followup_wait_with_every_duration_at_its_maximum_do_not_panic() {
    let server = ScriptedServer::start(vec![
        Reply::json(200, common::run_json("r-1", "QUEUED")),
        Reply::json(200, common::run_json("r-1", "SUCCEEDED")),
    ])
    .await;
    let client = paused_client(&server.url(), extreme_retry_policy(true));
    let states: Vec<_> = client
        .watch_run("r-1", &extreme_wait_options(true))
        .map(|run| run.unwrap().state)
        .collect()
        .await;
    assert_eq!(states, [RunState::Queued, RunState::Succeeded]);

    let server = ScriptedServer::start(vec![
        Reply::json(200, common::run_json("r-1", "INPROGRESS")),
        Reply::json(200, common::fit("submitRunFollowup", json!({}))),
        Reply::json(200, common::run_json("r-1", "SUCCEEDED")),
    ])
    .await;
    let client = paused_client(&server.url(), extreme_retry_policy(true));
    let followup = RunFollowupRequest::builder()
        .message("more")
        .try_into()
        .unwrap();
    let run = client
        .submit_run_followup_and_wait(
            "r-1",
            followup,
            FollowupOptions::new(extreme_wait_options(true)).with_stale_state_window(Duration::MAX),
        )
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
}

#[tokio::test]
async fn client_timeouts_at_their_maximum_do_not_panic() {
    let server = ScriptedServer::start(vec![
        Reply::status(503),
        Reply::json(200, common::run_json("r-1", "QUEUED")),
    ])
    .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .max_response_bytes(usize::MAX)
        // A retry that waits at most a millisecond: this test runs on the real clock.
        .retry_policy(
            RetryPolicy::default()
                .with_max_retries(u32::MAX)
                .with_initial_backoff(Duration::from_millis(1))
                .with_max_backoff(Duration::from_millis(1))
                .with_max_retry_after(Duration::MAX),
        )
        .build()
        .unwrap();
    let run = client.get_run().run_id("r-1").send().await.unwrap();
    assert_eq!(run.state, RunState::Queued);
    assert_eq!(server.count(), 2);
}

// ---------------------------------------------------------------------------
// 5. A wait accepts only the run it asked for

const SOMEONE_ELSES_RUN: &str = "get_run: could not decode the HTTP 200 OK response as RunItem: \
     asked for run \"r-asked\", the server answered with run \"someone-else\" (body starts: \"\")";

#[tokio::test]
async fn wait_for_run_fails_when_the_server_answers_with_another_run() {
    let server = ScriptedServer::start(vec![Reply::json(
        200,
        common::run_json("someone-else", "SUCCEEDED"),
    )])
    .await;
    let client = client(&server.url());
    let err = client
        .wait_for_run("r-asked", &WaitOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(err.to_string(), SOMEONE_ELSES_RUN);
    assert_eq!(server.count(), 1, "the wait ends at once");
    assert_eq!(server.received()[0].target, "/agent/runs/r-asked");

    let updates: Vec<_> = client
        .watch_run("r-asked", &WaitOptions::default())
        .collect()
        .await;
    assert_eq!(updates.len(), 1);
    assert_eq!(
        updates[0].as_ref().unwrap_err().to_string(),
        SOMEONE_ELSES_RUN
    );
}

#[tokio::test]
async fn a_followup_is_not_submitted_when_the_baseline_is_another_run() {
    let server = ScriptedServer::start(vec![Reply::json(
        200,
        common::run_json("someone-else", "SUCCEEDED"),
    )])
    .await;
    let client = client(&server.url());
    let followup = RunFollowupRequest::builder()
        .message("more")
        .try_into()
        .unwrap();
    let err = client
        .submit_run_followup_and_wait("r-asked", followup, &WaitOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), SOMEONE_ELSES_RUN);
    assert_eq!(posts(&server.received()), 0);
}

// ---------------------------------------------------------------------------
// 6. Configuration errors never print a header value

fn build_with_custom_headers(headers: &str) -> (Error, String) {
    let vars = [
        ("WARP_API_KEY", KEY.to_owned()),
        ("OZ_API_CUSTOM_HEADERS", headers.to_owned()),
    ];
    let builder = oz_agent_api::ClientBuilder::from_vars(|name| {
        vars.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    });
    let debug = format!("{builder:?}");
    (builder.build().unwrap_err(), debug)
}

#[test]
fn a_custom_header_line_without_a_colon_is_named_by_line_number_not_printed() {
    let (err, debug) = build_with_custom_headers("X-Team-Token team-secret");
    assert_eq!(
        err.to_string(),
        "configuration error: OZ_API_CUSTOM_HEADERS line 1: expected `Name: value`, found no ':'"
    );
    assert!(!format!("{err:?}").contains("team-secret"));
    assert!(!debug.contains("team-secret"), "{debug}");
}

#[test]
fn invalid_custom_header_names_and_values_are_named_by_line_number_not_printed() {
    for (headers, expected) in [
        (
            "X-Ok: fine\n\nX Team Token: team-secret\n",
            "OZ_API_CUSTOM_HEADERS line 3: invalid header name (it contains whitespace)",
        ),
        (
            "\n(team-secret): x",
            "OZ_API_CUSTOM_HEADERS line 2: invalid header name (it contains '(')",
        ),
        (
            ": team-secret",
            "OZ_API_CUSTOM_HEADERS line 1: invalid header name (it is empty)",
        ),
        (
            "X-Team-Token: team-secret\u{7f}",
            "OZ_API_CUSTOM_HEADERS line 1: invalid value for header x-team-token \
             (it contains a control character such as a line break)",
        ),
    ] {
        let (err, debug) = build_with_custom_headers(headers);
        assert_eq!(err.to_string(), format!("configuration error: {expected}"));
        assert!(!format!("{err:?}").contains("team-secret"), "{err:?}");
        assert!(!debug.contains("team-secret"), "{debug}");
    }
}

#[test]
fn client_builder_header_errors_do_not_print_the_value() {
    let err = Client::builder()
        .api_key(KEY)
        .header("X-Ok", "fine")
        .header("X-Team-Token", "team-secret\r\nInjected: yes")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration error: ClientBuilder::header call 2: invalid value for header x-team-token \
         (it contains a control character such as a line break)"
    );
    // A value pasted into the name is not printed either.
    let err = Client::builder()
        .api_key(KEY)
        .header("X-Team-Token: team-secret", "")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration error: ClientBuilder::header call 1: invalid header name (it contains ':')"
    );
}

// ---------------------------------------------------------------------------
// 7. Server text cannot forge log lines

/// Nothing in `text` that could start a new line, rewrite the terminal, or
/// reorder what is shown.
fn assert_one_line(text: &str) {
    let bad = text.chars().find(|c| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            )
    });
    assert_eq!(bad, None, "not one line: {text:?}");
}

async fn get_run_error(reply: Reply) -> Error {
    let server = ScriptedServer::start(vec![reply]).await;
    client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn control_characters_in_every_problem_field_are_escaped_in_display() {
    let forged = "bad\nINFO forged log line\r\0\u{1b}[31m\u{2028}\u{202e}";
    let escaped = r"bad\nINFO forged log line\r\0\u{1b}[31m\u{2028}\u{202e}";
    let cases = [
        (
            json!({"error": forged, "trace_id": forged}),
            format!("get_run: HTTP 400 Bad Request: {escaped} (trace id {escaped})"),
        ),
        (
            json!({"title": forged, "detail": forged}),
            format!("get_run: HTTP 400 Bad Request: {escaped}: {escaped}"),
        ),
        (
            json!({"detail": forged, "error_code": forged}),
            format!("get_run: HTTP 400 Bad Request [{escaped}]: {escaped}"),
        ),
        (
            json!({"unknown": forged}),
            format!(
                "get_run: HTTP 400 Bad Request: {}",
                // A body excerpt collapses whitespace (U+2028 too).
                r#"{"unknown":"bad\nINFO forged log line\r\u0000\u001b[31m \u{202e}"}"#
            ),
        ),
    ];
    for (body, expected) in cases {
        let err = get_run_error(Reply::json(400, body.clone())).await;
        let display = err.to_string();
        assert_one_line(&display);
        assert_eq!(display, expected, "{body}");
        let api = err.api().unwrap();
        assert_one_line(&api.to_string());
        assert_one_line(&api.message());
    }
    // The accessors keep the text as received.
    let err = get_run_error(Reply::json(400, json!({"detail": forged}))).await;
    assert_eq!(err.api().unwrap().detail(), Some(forged));
}

#[tokio::test]
async fn control_characters_in_a_non_json_or_undecodable_body_are_escaped_in_display() {
    let err = get_run_error(Reply::raw(
        502,
        "text/html",
        b"<h1>oops</h1>\0\x1b[2J\nINFO forged",
    ))
    .await;
    assert_eq!(
        err.to_string(),
        r"get_run: HTTP 502 Bad Gateway: non-JSON body (text/html): <h1>oops</h1>\0\u{1b}[2J INFO forged"
    );
    let err = get_run_error(Reply::raw(
        200,
        "application/json",
        b"{\"run_id\": \"\x1b[2J\nINFO forged\"",
    ))
    .await;
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_one_line(&err.to_string());
    assert!(err.to_string().contains(r"\u{1b}[2J"), "{err}");
}

#[tokio::test(start_paused = true)]
async fn an_unknown_run_state_with_control_characters_is_escaped_in_a_wait_timeout() {
    let mut run = common::run_json("r-1\n", "WAITING\nINFO forged\u{1b}[0m");
    run["run_id"] = json!("r-1\n");
    let server = ScriptedServer::start(vec![Reply::json(200, run)]).await;
    let client = paused_client(&server.url(), RetryPolicy::none());
    let options = WaitOptions::default()
        .with_timeout(Duration::from_secs(1))
        .with_jitter(false);
    let err = client.wait_for_run("r-1\n", &options).await.unwrap_err();
    assert!(matches!(err, Error::WaitTimeout(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        r"wait for run r-1\n: timed out after 1s (2 polls; last state WAITING\nINFO forged\u{1b}[0m)"
    );
}

// ---------------------------------------------------------------------------
// 8. Server-requested sleeps are capped; junk in unknown fields is harmless

#[tokio::test(start_paused = true)]
async fn a_huge_retry_after_during_a_wait_is_capped_by_max_outage() {
    let server =
        ScriptedServer::start(vec![Reply::status(503).header("retry-after", "36000")]).await;
    // The client's own retries let a 10-hour Retry-After through to the wait.
    let client = paused_client(&server.url(), RetryPolicy::none());
    let options = WaitOptions::default()
        .with_timeout(None)
        .with_max_outage(Duration::from_secs(120))
        .with_jitter(false);
    let started = tokio::time::Instant::now();
    let err = client.wait_for_run("r-1", &options).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err}");
    assert_eq!(
        err.api().unwrap().retry_after(),
        Some(Duration::from_secs(36000))
    );
    assert_eq!(
        server.count(),
        2,
        "a poll, and one more at the end of the budget"
    );
    assert_eq!(started.elapsed(), Duration::from_secs(120));

    // When the outage ends within the budget, the wait goes on.
    let server = ScriptedServer::start(vec![
        Reply::status(429).header("retry-after", "36000"),
        Reply::json(200, common::run_json("r-1", "SUCCEEDED")),
    ])
    .await;
    let client = paused_client(&server.url(), RetryPolicy::none());
    let started = tokio::time::Instant::now();
    let run = client.wait_for_run("r-1", &options).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(started.elapsed(), Duration::from_secs(120));
}

#[tokio::test]
async fn a_lone_surrogate_or_an_overflowing_number_in_an_unknown_field_does_not_break_a_run() {
    let mut run = common::run_json("r-1", "SUCCEEDED");
    run["future_field"] = json!("LONE");
    run["future_number"] = json!("BIG");
    let body = run
        .to_string()
        .replace(r#""LONE""#, r#""before \ud800 after""#)
        .replace(r#""BIG""#, "1e400");
    serde_json::from_str::<serde_json::Value>(&body).expect_err("serde_json rejects the body");
    let server =
        ScriptedServer::start(vec![Reply::raw(200, "application/json", body.as_bytes())]).await;
    let run = client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.extra["future_field"], json!("before \u{fffd} after"));
    assert_eq!(run.extra["future_number"], json!("1e400"));
}

#[tokio::test]
async fn an_overflowing_number_in_a_known_numeric_field_still_fails_with_the_original_error() {
    let mut run = common::run_json("r-1", "SUCCEEDED");
    run["request_usage"]["inference_cost"] = json!("BIG");
    let body = run.to_string().replace(r#""BIG""#, "1e400");
    let server =
        ScriptedServer::start(vec![Reply::raw(200, "application/json", body.as_bytes())]).await;
    let err = client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert!(
        decode
            .json_error()
            .to_string()
            .starts_with("number out of range"),
        "{err}"
    );
}

#[tokio::test]
async fn a_lone_surrogate_in_an_error_body_keeps_its_problem_details() {
    let body = r#"{"title": "Not Found", "detail": "no run r-1", "junk": "\udfff", "n": 1e999}"#;
    let err = get_run_error(Reply::raw(404, "application/problem+json", body.as_bytes())).await;
    let api = err.api().unwrap();
    assert_eq!(api.detail(), Some("no run r-1"));
    assert_eq!(
        err.to_string(),
        "get_run: HTTP 404 Not Found: Not Found: no run r-1"
    );
}
