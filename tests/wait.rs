//! Waiting for runs against a loopback server, on tokio's paused clock: the
//! clock only moves when every task is asleep, straight to the next timer, so
//! the schedule can be asserted to the request and no test really sleeps.

#[path = "common/scripted.rs"]
mod scripted;

use std::collections::VecDeque;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use httpmock::{HttpMockRequest, HttpMockResponse, Method, MockServer};
use oz_agent_api::prelude::*;
use oz_agent_api::types::{RunAgentRequest, RunFollowupRequest, RunState};
use oz_agent_api::WaitTimeoutReason;
use serde_json::{json, Value};
use tokio::time::Instant;

const KEY: &str = "wk-test";

/// A RunItem as the API sends it (the members the wait reads; the spec's
/// other required members generated).
fn run(id: &str, state: &str, updated_at: &str) -> Value {
    let run = json!({
        "run_id": id,
        "task_id": id,
        "title": "Fix the flaky test",
        "state": state,
        "prompt": "Fix the flaky test",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": updated_at,
    });
    oz_agent_api_fake::examples::Generator::from_vendored_spec()
        .expect("the client's spec")
        .fit_response("getRun", run)
}

fn ok(body: Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
}

fn state(s: &str) -> HttpMockResponse {
    ok(run("r1", s, "2026-01-01T00:00:00Z"))
}

fn status(code: u16) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(code)
        .header("content-type", "application/problem+json")
        .body(json!({"title": "Unavailable", "detail": "try later"}).to_string())
        .build()
}

/// Answers with the replies in order, repeating the last one forever.
fn script(replies: Vec<HttpMockResponse>) -> impl Fn(&HttpMockRequest) -> HttpMockResponse {
    let queue = Mutex::new(VecDeque::from(replies));
    move |_| {
        let mut queue = queue.lock().unwrap();
        if queue.len() > 1 {
            queue.pop_front().unwrap()
        } else {
            queue.front().cloned().expect("a non-empty script")
        }
    }
}

/// An HTTP client that arms no timer while a request is in flight.
///
/// With the clock paused, tokio jumps to the next pending timer whenever the
/// runtime would otherwise wait for IO. reqwest's request timeout and the
/// connection pool's idle-eviction interval would then fire, or leap the
/// clock forward, during every loopback request. Without them the only
/// timers are the wait's own sleeps (and the retry policy's), so the clock
/// moves exactly as the wait schedules it.
fn http() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .no_proxy()
        .pool_idle_timeout(None)
}

fn client_with(server: &MockServer, http: reqwest::Client, retry: RetryPolicy) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .http_client(http)
        .retry_policy(retry)
        .build()
        .unwrap()
}

fn client(server: &MockServer) -> Client {
    client_with(server, http().build().unwrap(), RetryPolicy::default())
}

/// The default options without jitter, so the schedule is exact.
fn exact() -> WaitOptions {
    WaitOptions::default().with_jitter(false)
}

async fn mock_run(server: &MockServer, replies: Vec<HttpMockResponse>) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path("/agent/runs/r1")
                .header("authorization", format!("Bearer {KEY}"));
            then.respond_with(script(replies));
        })
        .await
}

fn assert_elapsed(since: Instant, expected_ms: u64) {
    let elapsed = since.elapsed().as_millis() as u64;
    assert!(
        elapsed.abs_diff(expected_ms) <= 5,
        "elapsed {elapsed} ms, expected {expected_ms} ms"
    );
}

#[tokio::test(start_paused = true)]
async fn wait_polls_with_growing_intervals_until_the_run_succeeds() {
    let server = MockServer::start_async().await;
    let mock = mock_run(
        &server,
        vec![
            state("QUEUED"),
            state("INPROGRESS"),
            state("INPROGRESS"),
            state("SUCCEEDED"),
        ],
    )
    .await;
    let started = Instant::now();
    let run = client(&server).wait_for_run("r1", &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.run_id, "r1");
    assert_eq!(mock.calls_async().await, 4);
    // Polls at 0, 3, 7.5 and 14.25 s: 3 s, then half as long again each time.
    assert_elapsed(started, 14_250);
}

#[tokio::test(start_paused = true)]
async fn a_sixty_second_wait_on_a_run_that_never_ends_makes_nine_requests() {
    let server = MockServer::start_async().await;
    let mock = mock_run(&server, vec![state("INPROGRESS")]).await;
    let started = Instant::now();
    let options = exact().with_timeout(Duration::from_secs(60));
    let error = client(&server)
        .wait_for_run("r1", &options)
        .await
        .unwrap_err();
    // 0, 3, 7.5, 14.25, 24.25, 34.25, 44.25, 54.25 and, at the deadline, 60 s.
    assert_eq!(mock.calls_async().await, 9);
    assert_elapsed(started, 60_000);
    assert!(error.is_timeout());
    let message = error.to_string();
    assert!(!message.contains('\n'), "{message}");
    assert!(
        message.contains("r1") && message.contains("INPROGRESS"),
        "{message}"
    );
    let Error::WaitTimeout(timeout) = error else {
        panic!("expected WaitTimeout, got {error:?}")
    };
    assert_eq!(timeout.reason(), WaitTimeoutReason::Deadline);
    assert_eq!(timeout.polls(), 9);
    assert_eq!(timeout.elapsed(), Duration::from_secs(60));
    assert_eq!(timeout.last_run().unwrap().state, RunState::Inprogress);
    assert!(timeout.last_error().is_none());
}

#[tokio::test(start_paused = true)]
async fn with_jitter_a_sixty_second_wait_makes_nine_to_eleven_requests() {
    let server = MockServer::start_async().await;
    let mock = mock_run(&server, vec![state("INPROGRESS")]).await;
    let options = WaitOptions::default().with_timeout(Duration::from_secs(60));
    let error = client(&server)
        .wait_for_run("r1", &options)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::WaitTimeout(_)), "{error:?}");
    let calls = mock.calls_async().await;
    assert!((9..=11).contains(&calls), "{calls} requests");
}

#[tokio::test(start_paused = true)]
async fn a_run_that_settles_just_before_the_deadline_is_seen_by_the_last_poll() {
    let server = MockServer::start_async().await;
    // Eight polls see INPROGRESS (the last at 54.25 s); the one at the 60 s deadline sees SUCCEEDED.
    let mut replies = vec![state("INPROGRESS"); 8];
    replies.push(state("SUCCEEDED"));
    let mock = mock_run(&server, replies).await;
    let options = exact().with_timeout(Duration::from_secs(60));
    let run = client(&server).wait_for_run("r1", &options).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(mock.calls_async().await, 9);
}

#[tokio::test(start_paused = true)]
async fn wait_survives_503s_between_polls() {
    let server = MockServer::start_async().await;
    // Poll 2 fails even after the client's two retries; poll 3 succeeds on its retry.
    let mock = mock_run(
        &server,
        vec![
            state("INPROGRESS"),
            status(503),
            status(503),
            status(503),
            status(503),
            state("SUCCEEDED"),
        ],
    )
    .await;
    let run = client(&server).wait_for_run("r1", &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(mock.calls_async().await, 6);
}

/// Resolves every name to 127.0.0.1, except the lookups the script marks,
/// which go to 127.0.0.2, where nothing listens: the connection is refused.
struct FlakyResolver {
    refuse: Mutex<VecDeque<bool>>,
    lookups: AtomicUsize,
}

impl reqwest::dns::Resolve for FlakyResolver {
    fn resolve(&self, _name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        self.lookups.fetch_add(1, Ordering::SeqCst);
        let refuse = self.refuse.lock().unwrap().pop_front().unwrap_or(false);
        let ip = if refuse {
            Ipv4Addr::new(127, 0, 0, 2)
        } else {
            Ipv4Addr::LOCALHOST
        };
        // Port 0: the connector uses the URL's port.
        let addrs: reqwest::dns::Addrs =
            Box::new(std::iter::once(SocketAddr::new(IpAddr::V4(ip), 0)));
        Box::pin(std::future::ready(Ok(addrs)))
    }
}

#[tokio::test(start_paused = true)]
async fn wait_survives_refused_connections_between_polls() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(Method::GET).path("/agent/runs/r1");
            then.respond_with(script(vec![state("INPROGRESS"), state("SUCCEEDED")]));
        })
        .await;
    let resolver = Arc::new(FlakyResolver {
        // Poll 1 connects; poll 2 is refused three times (the client's two
        // retries included); poll 3 connects.
        refuse: Mutex::new(VecDeque::from([false, true, true, true, false])),
        lookups: AtomicUsize::new(0),
    });
    // No pooled connections, so every request resolves (and connects) anew.
    let http = http()
        .pool_max_idle_per_host(0)
        .dns_resolver(resolver.clone())
        .build()
        .unwrap();
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("http://oz.test:{}", server.port()))
        .http_client(http)
        .build()
        .unwrap();
    let run = client.wait_for_run("r1", &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(resolver.lookups.load(Ordering::SeqCst), 5);
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test(start_paused = true)]
async fn an_outage_longer_than_max_outage_ends_the_wait_with_the_last_error() {
    let server = MockServer::start_async().await;
    let mock = mock_run(&server, vec![status(503)]).await;
    let started = Instant::now();
    let client = client_with(&server, http().build().unwrap(), RetryPolicy::none());
    let error = client.wait_for_run("r1", &exact()).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error:?}");
    assert!(!error.is_timeout());
    // Polls at 0, 3, 7.5, 14.25, 24.25 s, then every 10 s; the one at
    // 124.25 s is past the 2 min outage.
    assert_eq!(mock.calls_async().await, 15);
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_secs(124) && elapsed < Duration::from_secs(125),
        "{elapsed:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn the_deadline_passing_during_an_outage_keeps_the_last_error() {
    let server = MockServer::start_async().await;
    mock_run(&server, vec![state("INPROGRESS"), status(502)]).await;
    let client = client_with(&server, http().build().unwrap(), RetryPolicy::none());
    let options = exact().with_timeout(Duration::from_secs(30));
    let error = client.wait_for_run("r1", &options).await.unwrap_err();
    let Error::WaitTimeout(timeout) = &error else {
        panic!("expected WaitTimeout, got {error:?}")
    };
    assert_eq!(timeout.last_run().unwrap().state, RunState::Inprogress);
    let last = timeout.last_error().expect("the failing poll's error");
    assert_eq!(last.status().map(|s| s.as_u16()), Some(502));
    assert!(std::error::Error::source(&error).is_some());
    assert!(error.to_string().contains("502"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_lengthens_the_next_poll() {
    let server = MockServer::start_async().await;
    let too_many = HttpMockResponse::builder()
        .status(429)
        .header("retry-after", "30")
        .body("slow down")
        .build();
    let mock = mock_run(
        &server,
        vec![state("INPROGRESS"), too_many, state("SUCCEEDED")],
    )
    .await;
    let client = client_with(&server, http().build().unwrap(), RetryPolicy::none());
    let started = Instant::now();
    let run = client.wait_for_run("r1", &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(mock.calls_async().await, 3);
    // Poll 2 at 3 s is told to wait 30 s (instead of 4.5 s).
    assert_elapsed(started, 33_000);
}

#[tokio::test(start_paused = true)]
async fn a_non_transient_error_ends_the_wait_at_once() {
    let server = MockServer::start_async().await;
    let mock = mock_run(&server, vec![state("QUEUED"), status(404)]).await;
    let error = client(&server)
        .wait_for_run("r1", &exact())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test(start_paused = true)]
async fn blocked_ends_the_wait_by_default() {
    let server = MockServer::start_async().await;
    let mock = mock_run(
        &server,
        vec![state("INPROGRESS"), state("BLOCKED"), state("SUCCEEDED")],
    )
    .await;
    let run = client(&server).wait_for_run("r1", &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Blocked);
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test(start_paused = true)]
async fn keep_waiting_when_blocked_waits_through_blocked() {
    let server = MockServer::start_async().await;
    let mock = mock_run(
        &server,
        vec![
            state("INPROGRESS"),
            state("BLOCKED"),
            state("BLOCKED"),
            state("INPROGRESS"),
            state("FAILED"),
        ],
    )
    .await;
    let options = exact().with_keep_waiting_when_blocked(true);
    let run = client(&server).wait_for_run("r1", &options).await.unwrap();
    assert_eq!(run.state, RunState::Failed);
    assert_eq!(mock.calls_async().await, 5);
}

#[tokio::test(start_paused = true)]
async fn an_unknown_state_is_not_terminal() {
    let server = MockServer::start_async().await;
    let mock = mock_run(
        &server,
        vec![state("ARCHIVING"), state("ARCHIVING"), state("CANCELLED")],
    )
    .await;
    let run = client(&server).wait_for_run("r1", &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Cancelled);
    assert_eq!(mock.calls_async().await, 3);
}

#[tokio::test(start_paused = true)]
async fn watch_run_yields_each_state_change_once_and_ends_after_the_terminal_one() {
    let server = MockServer::start_async().await;
    let mock = mock_run(
        &server,
        vec![
            state("QUEUED"),
            state("QUEUED"),
            state("INPROGRESS"),
            state("NEW_STATE"),
            state("INPROGRESS"),
            state("INPROGRESS"),
            state("SUCCEEDED"),
        ],
    )
    .await;
    let client = client(&server);
    let states: Vec<String> = client
        .watch_run("r1", &exact())
        .map(|run| run.unwrap().state.to_string())
        .collect()
        .await;
    assert_eq!(
        states,
        [
            "QUEUED",
            "INPROGRESS",
            "NEW_STATE",
            "INPROGRESS",
            "SUCCEEDED"
        ]
    );
    assert_eq!(mock.calls_async().await, 7);
}

#[tokio::test(start_paused = true)]
async fn watch_run_ends_with_the_timeout_error() {
    let server = MockServer::start_async().await;
    mock_run(&server, vec![state("QUEUED"), state("INPROGRESS")]).await;
    let client = client(&server);
    let options = exact().with_timeout(Duration::from_secs(20));
    let items: Vec<_> = client.watch_run("r1", &options).collect().await;
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().state, RunState::Queued);
    assert_eq!(items[1].as_ref().unwrap().state, RunState::Inprogress);
    assert!(
        matches!(&items[2], Err(Error::WaitTimeout(t)) if t.reason() == WaitTimeoutReason::Deadline)
    );
}

/// The run endpoint, the follow-up endpoint, and what each saw.
async fn followup_server(
    server: &MockServer,
    replies: Vec<HttpMockResponse>,
) -> (httpmock::Mock<'_>, httpmock::Mock<'_>) {
    let get = mock_run(server, replies).await;
    let post = server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path("/agent/runs/r1/followups")
                .header("authorization", format!("Bearer {KEY}"))
                .json_body(json!({"message": "Now update the changelog"}));
            // The spec's required members of a follow-up answer generated.
            let accepted = oz_agent_api_fake::examples::Generator::from_vendored_spec()
                .expect("the client's spec")
                .fit_response("submitRunFollowup", json!({}));
            then.status(200)
                .header("content-type", "application/json")
                .body(accepted.to_string());
        })
        .await;
    (get, post)
}

fn followup() -> RunFollowupRequest {
    RunFollowupRequest::builder()
        .message("Now update the changelog")
        .try_into()
        .unwrap()
}

const T0: &str = "2026-01-01T10:00:00Z";
const T1: &str = "2026-01-01T10:00:05Z";
const T2: &str = "2026-01-01T10:00:09Z";
const T3: &str = "2026-01-01T10:01:00Z";

#[tokio::test(start_paused = true)]
async fn followup_wait_does_not_return_the_stale_terminal_state() {
    let server = MockServer::start_async().await;
    let (get, post) = followup_server(
        &server,
        vec![
            // Before the follow-up.
            ok(run("r1", "SUCCEEDED", T0)),
            // The stale window: the previous answer, even with a touched updated_at.
            ok(run("r1", "SUCCEEDED", T0)),
            ok(run("r1", "SUCCEEDED", T1)),
            // The run moves on, then settles again.
            ok(run("r1", "INPROGRESS", T2)),
            ok(run("r1", "SUCCEEDED", T3)),
        ],
    )
    .await;
    let run = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.updated_at.to_rfc3339(), "2026-01-01T10:01:00+00:00");
    assert_eq!(post.calls_async().await, 1);
    assert_eq!(get.calls_async().await, 5);
}

#[tokio::test(start_paused = true)]
async fn followup_wait_accepts_a_new_outcome_at_once() {
    let server = MockServer::start_async().await;
    let (get, _) = followup_server(
        &server,
        vec![ok(run("r1", "FAILED", T0)), ok(run("r1", "SUCCEEDED", T1))],
    )
    .await;
    let run = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(get.calls_async().await, 2);
}

#[tokio::test(start_paused = true)]
async fn followup_wait_accepts_the_same_outcome_after_the_window_when_updated_at_moved() {
    let server = MockServer::start_async().await;
    let (get, _) = followup_server(
        &server,
        vec![
            ok(run("r1", "SUCCEEDED", T0)),
            ok(run("r1", "SUCCEEDED", T1)),
        ],
    )
    .await;
    let started = Instant::now();
    let run = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.updated_at.to_rfc3339(), "2026-01-01T10:00:05+00:00");
    // The first poll at or after the 60 s window decides: the one at 64.25 s.
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_secs(64) && elapsed < Duration::from_secs(65),
        "{elapsed:?}"
    );
    assert_eq!(get.calls_async().await, 1 + 9);
}

#[tokio::test(start_paused = true)]
async fn followup_wait_gives_up_when_the_run_never_moves() {
    let server = MockServer::start_async().await;
    followup_server(&server, vec![ok(run("r1", "SUCCEEDED", T0))]).await;
    let options = FollowupOptions::new(exact()).with_stale_state_window(Duration::from_secs(20));
    let error = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &options)
        .await
        .unwrap_err();
    assert!(error.is_timeout());
    let Error::WaitTimeout(timeout) = error else {
        panic!("expected WaitTimeout, got {error:?}")
    };
    assert_eq!(timeout.reason(), WaitTimeoutReason::FollowupNotObserved);
    assert_eq!(timeout.last_run().unwrap().state, RunState::Succeeded);
    // Polls at 0, 3, 7.5, 14.25 and 24.25 s: the last is past the window.
    assert_eq!(timeout.polls(), 5);
}

#[tokio::test(start_paused = true)]
async fn followup_to_a_blocked_run_waits_for_it_to_move_on() {
    let server = MockServer::start_async().await;
    let (get, _) = followup_server(
        &server,
        vec![
            ok(run("r1", "BLOCKED", T0)),
            ok(run("r1", "BLOCKED", T0)),
            ok(run("r1", "INPROGRESS", T1)),
            ok(run("r1", "BLOCKED", T2)),
        ],
    )
    .await;
    let run = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Blocked);
    assert_eq!(run.updated_at.to_rfc3339(), "2026-01-01T10:00:09+00:00");
    assert_eq!(get.calls_async().await, 4);
}

#[tokio::test(start_paused = true)]
async fn followup_to_a_running_run_is_an_ordinary_wait() {
    let server = MockServer::start_async().await;
    let (get, _) = followup_server(
        &server,
        vec![
            ok(run("r1", "INPROGRESS", T0)),
            ok(run("r1", "SUCCEEDED", T1)),
        ],
    )
    .await;
    let run = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(get.calls_async().await, 2);
}

#[tokio::test(start_paused = true)]
async fn a_failed_baseline_fetch_submits_nothing() {
    let server = MockServer::start_async().await;
    let (_, post) = followup_server(&server, vec![status(404)]).await;
    let error = client(&server)
        .submit_run_followup_and_wait("r1", followup(), &exact())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(post.calls_async().await, 0);
}

#[tokio::test(start_paused = true)]
async fn create_run_and_wait_creates_the_run_then_waits_for_it() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path("/agent/runs")
                .header("authorization", format!("Bearer {KEY}"))
                .json_body_includes(
                    json!({"prompt": "Fix the flaky test", "title": "flaky"}).to_string(),
                )
                // Exactly-once creation: the client token in the metadata.
                .body_includes(oz_agent_api::CLIENT_TOKEN_KEY);
            then.status(200)
                .header("content-type", "application/json")
                .body(json!({"run_id": "r1", "task_id": "r1", "state": "QUEUED"}).to_string());
        })
        .await;
    let get = mock_run(&server, vec![state("QUEUED"), state("SUCCEEDED")]).await;
    let request: RunAgentRequest = RunAgentRequest::builder()
        .prompt("Fix the flaky test")
        .title("flaky")
        .try_into()
        .unwrap();
    let run = client(&server)
        .create_run_and_wait(request, &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(create.calls_async().await, 1);
    assert_eq!(get.calls_async().await, 2);
}

/// When each poll of a run that never ends arrived, over a 60 s wait.
async fn poll_times(options: &WaitOptions) -> Vec<Duration> {
    let start = Instant::now();
    let times = Arc::new(Mutex::new(Vec::new()));
    let seen = times.clone();
    let server = scripted::ScriptedServer::handle(move |_, _| {
        seen.lock().unwrap().push(start.elapsed());
        scripted::Reply::json(200, run("r1", "INPROGRESS", "2026-01-01T00:00:00Z"))
    })
    .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.url())
        .build()
        .unwrap();
    let options = options.clone().with_timeout(Duration::from_secs(60));
    client.wait_for_run("r1", &options).await.unwrap_err();
    let times = times.lock().unwrap().clone();
    times
}

#[tokio::test(start_paused = true)]
async fn the_default_schedule_starts_at_warps_own_three_seconds_and_only_slows_down() {
    // Warp's CLI polls a run every 3 s (1 s drew 429s). Without jitter the
    // default waits are exactly 3 s, then half as long again each time up
    // to 10 s.
    let times = poll_times(&WaitOptions::default().with_jitter(false)).await;
    let gaps: Vec<u64> = times
        .windows(2)
        .map(|w| (w[1] - w[0]).as_millis() as u64)
        .collect();
    assert_eq!(
        gaps,
        [3000, 4500, 6750, 10_000, 10_000, 10_000, 10_000, 5750]
    );
    // With jitter each wait is shortened by at most a fifth: the first is
    // 2.4–3 s, every later one longer than 3 s (but the last, cut by the
    // deadline).
    for _ in 0..5 {
        let times = poll_times(&WaitOptions::default()).await;
        let gaps: Vec<Duration> = times.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(
            gaps[0] >= Duration::from_millis(2400) && gaps[0] <= Duration::from_secs(3),
            "{gaps:?}"
        );
        let middle = &gaps[1..gaps.len() - 1];
        assert!(
            middle.iter().all(|gap| *gap >= Duration::from_millis(3600)),
            "{gaps:?}"
        );
        assert!((9..=11).contains(&times.len()), "{} polls", times.len());
    }
}
