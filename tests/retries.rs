//! The retry matrix, counted server-side: which failures are retried for
//! GET and for POST, `Retry-After`, `retryable: false`, Warp's retryable
//! `409`, and `x-should-retry`.

mod common;

use std::time::Duration;

use common::scripted::{Reply, ScriptedServer};
use common::{run_json, KEY};
use oz_agent_api::{Client, ClientBuilder, Error, ExactlyOnceOptions, RetryPolicy};
use serde_json::json;

/// Default retry counts, with waits shrunk so the tests run fast.
fn fast_policy() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2))
}

fn client(base: &str, policy: RetryPolicy) -> Client {
    builder(base, policy).build().unwrap()
}

/// A client with `policy` whose `create_run` is at most once: the
/// transport's own rule for POSTs. (With exactly-once creation, the default,
/// an ambiguous failure is then looked up by the run's client token:
/// `tests/exactly_once.rs`.)
fn at_most_once(base: &str, policy: RetryPolicy) -> Client {
    builder(base, policy)
        .exactly_once(ExactlyOnceOptions::disabled())
        .build()
        .unwrap()
}

fn builder(base: &str, policy: RetryPolicy) -> ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .retry_policy(policy)
        .timeout(Duration::from_millis(400))
}

async fn get_run(client: &Client) -> Result<(), Error> {
    client.get_run().run_id("r-1").send().await.map(|_| ())
}

async fn create_run(client: &Client) -> Result<(), Error> {
    client
        .create_run()
        .body_map(|b| b.prompt("do it"))
        .send()
        .await
        .map(|_| ())
}

fn ok_run() -> Reply {
    Reply::json(200, run_json("r-1", "INPROGRESS"))
}

fn created() -> Reply {
    Reply::json(
        200,
        json!({"run_id": "r-1", "task_id": "r-1", "state": "QUEUED"}),
    )
}

#[tokio::test]
async fn get_is_retried_on_each_retryable_status_then_succeeds() {
    for status in [408, 429, 500, 502, 503, 504] {
        let server =
            ScriptedServer::start(vec![Reply::status(status), Reply::status(status), ok_run()])
                .await;
        get_run(&client(&server.url(), fast_policy()))
            .await
            .unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(server.count(), 3, "GET after {status}: two retries");
    }
}

#[tokio::test]
async fn get_gives_up_after_the_default_two_retries_with_the_last_error() {
    let server = ScriptedServer::start(vec![Reply::status(503)]).await;
    let err = get_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 3, "one attempt and two retries");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn post_is_sent_exactly_once_after_an_ambiguous_failure() {
    for status in [500, 502, 504, 408] {
        let server = ScriptedServer::start(vec![Reply::status(status), created()]).await;
        let err = create_run(&at_most_once(&server.url(), fast_policy()))
            .await
            .unwrap_err();
        assert_eq!(
            server.count(),
            1,
            "POST after {status} must not be repeated: it may have started a run"
        );
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
    }
}

#[tokio::test]
async fn post_is_sent_exactly_once_when_the_response_times_out() {
    let server = ScriptedServer::start(vec![created().after(Duration::from_secs(5))]).await;
    let err = create_run(&at_most_once(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                operation: "create_run",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn post_is_sent_exactly_once_when_the_connection_drops_after_sending() {
    let server = ScriptedServer::start(vec![Reply::Close, created()]).await;
    let err = create_run(&at_most_once(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: false, .. }),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn get_is_retried_after_a_timeout() {
    let server = ScriptedServer::start(vec![
        ok_run().after(Duration::from_secs(5)),
        ok_run().after(Duration::from_secs(5)),
        ok_run(),
    ])
    .await;
    get_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap();
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn post_is_retried_on_rejections_the_server_did_not_act_on() {
    let server =
        ScriptedServer::start(vec![Reply::status(429), Reply::status(503), created()]).await;
    create_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap();
    assert_eq!(server.count(), 3);
    let bodies: Vec<_> = server.received().iter().map(|r| r.body.clone()).collect();
    assert!(
        bodies.iter().all(|b| b == &bodies[0]),
        "every attempt sends the same body"
    );
}

#[tokio::test]
async fn post_is_retried_when_the_connection_was_never_established() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (logs, _guard) = common::capture_logs();
    let err = create_run(&client(&format!("http://127.0.0.1:{port}"), fast_policy()))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    let log = logs.contents();
    assert_eq!(log.matches("retrying request").count(), 2, "{log}");
    assert!(
        log.contains("attempt=1") && log.contains("attempt=2"),
        "{log}"
    );
}

#[tokio::test]
async fn post_retries_ambiguous_failures_only_when_the_caller_opts_in() {
    let server = ScriptedServer::start(vec![Reply::status(502), created()]).await;
    create_run(&at_most_once(
        &server.url(),
        fast_policy().with_retry_non_idempotent(true),
    ))
    .await
    .unwrap();
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    for status in [400, 401, 403, 404, 409, 422] {
        let server = ScriptedServer::start(vec![Reply::status(status), ok_run()]).await;
        let err = get_run(&client(&server.url(), fast_policy()))
            .await
            .unwrap_err();
        assert_eq!(server.count(), 1, "{status}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
    }
}

#[tokio::test]
async fn retryable_false_in_the_problem_body_stops_retries() {
    let problem = json!({"type": "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/budget_exceeded",
        "title": "Budget exceeded", "status": 503, "error": "Budget exceeded", "retryable": false});
    let server = ScriptedServer::start(vec![Reply::json(503, problem), ok_run()]).await;
    let err = get_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
    assert_eq!(
        err.error_code(),
        Some(&oz_agent_api::types::PlatformErrorCode::BudgetExceeded)
    );
}

#[tokio::test]
async fn a_policy_of_none_sends_once() {
    let server = ScriptedServer::start(vec![Reply::status(503), ok_run()]).await;
    get_run(&client(&server.url(), RetryPolicy::none()))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
}

/// A client without reqwest timeouts, for tests on tokio's paused clock.
fn paused_client(base: &str, policy: RetryPolicy) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .retry_policy(policy)
        .http_client(reqwest::Client::new())
        .build()
        .unwrap()
}

/// The waits the client chose before each retry, from its `retrying request` events.
/// (Elapsed time on a paused clock is no measure here: the runtime also jumps
/// over connection-pool timers while it waits for socket IO.)
fn chosen_waits(log: &str) -> Vec<u64> {
    log.lines()
        .filter(|l| l.contains("retrying request"))
        .map(|l| {
            let at = l.find("delay_ms=").expect("delay_ms field") + "delay_ms=".len();
            l[at..]
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect()
}

#[tokio::test(start_paused = true)]
async fn retry_after_in_seconds_is_honoured() {
    let server = ScriptedServer::start(vec![
        Reply::status(429).header("retry-after", "7"),
        ok_run(),
    ])
    .await;
    let (logs, _guard) = common::capture_logs();
    get_run(&paused_client(&server.url(), RetryPolicy::default()))
        .await
        .unwrap();
    assert_eq!(server.count(), 2);
    assert_eq!(chosen_waits(&logs.contents()), [7000]);
}

#[tokio::test(start_paused = true)]
async fn retry_after_ms_takes_precedence_and_http_dates_are_understood() {
    let in_four_seconds =
        httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(4));
    let server = ScriptedServer::start(vec![
        Reply::status(503)
            .header("retry-after-ms", "1500")
            .header("retry-after", "30"),
        Reply::status(503).header("retry-after", &in_four_seconds),
        ok_run(),
    ])
    .await;
    let (logs, _guard) = common::capture_logs();
    get_run(&paused_client(&server.url(), RetryPolicy::default()))
        .await
        .unwrap();
    assert_eq!(server.count(), 3);
    let waits = chosen_waits(&logs.contents());
    assert_eq!(waits[0], 1500);
    assert!(
        (2000..=4000).contains(&waits[1]),
        "an HTTP-date about 4 s ahead (whole seconds): {waits:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_longer_than_the_cap_returns_the_error_with_the_wait() {
    let server = ScriptedServer::start(vec![
        Reply::status(429).header("retry-after", "120"),
        ok_run(),
    ])
    .await;
    let err = get_run(&paused_client(&server.url(), RetryPolicy::default()))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
    assert_eq!(
        err.api().unwrap().retry_after(),
        Some(Duration::from_secs(120))
    );
}

#[tokio::test(start_paused = true)]
async fn default_backoff_waits_about_half_a_second_then_a_second() {
    let server =
        ScriptedServer::start(vec![Reply::status(503), Reply::status(503), ok_run()]).await;
    let (logs, _guard) = common::capture_logs();
    get_run(&paused_client(&server.url(), RetryPolicy::default()))
        .await
        .unwrap();
    let waits = chosen_waits(&logs.contents());
    // 0.5 s then 1 s, each reduced by up to 25 % of jitter.
    assert_eq!(waits.len(), 2);
    assert!(
        (375..=500).contains(&waits[0]) && (750..=1000).contains(&waits[1]),
        "{waits:?}"
    );
}

// ---------------------------------------------------------------------------
// Retries as Warp's server defines them: `409` with `retryable: true`,
// `x-should-retry`.

/// Warp's answer to cancelling a run still PENDING.
fn pending_conflict(retryable: Option<bool>) -> Reply {
    let mut problem = json!({
        "type": "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/conflict",
        "title": "Conflict", "status": 409,
        "detail": "Pending agent runs cannot be cancelled, retry after a moment",
    });
    if let Some(retryable) = retryable {
        problem["retryable"] = json!(retryable);
    }
    Reply::raw(
        409,
        "application/problem+json",
        problem.to_string().as_bytes(),
    )
}

async fn cancel_run(client: &Client) -> Result<(), Error> {
    client.cancel_run().run_id("r-1").send().await.map(|_| ())
}

fn cancelled() -> Reply {
    Reply::json(200, json!("r-1"))
}

#[tokio::test]
async fn a_409_whose_problem_body_says_retryable_is_retried_for_posts_too() {
    // Cancelling a PENDING run: Warp answers 409 `retryable: true`, which
    // proves nothing was done. Retried, POST or not.
    let server = ScriptedServer::start(vec![pending_conflict(Some(true)), cancelled()]).await;
    cancel_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap();
    assert_eq!(server.count(), 2, "the cancel POST, sent again");
    // create_run likewise: a rejection, retried at once without a lookup.
    let server = ScriptedServer::start(vec![pending_conflict(Some(true)), created()]).await;
    create_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap();
    let seen = server.received();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen.iter().all(|r| r.method == "POST"), "no lookup");
    // Without `retryable: true` (or with `false`), a 409 is final.
    for retryable in [None, Some(false)] {
        let server = ScriptedServer::start(vec![pending_conflict(retryable), cancelled()]).await;
        let err = cancel_run(&client(&server.url(), fast_policy()))
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(409));
        assert_eq!(server.count(), 1, "retryable: {retryable:?}");
    }
}

#[tokio::test]
async fn a_retryable_409_is_retried_within_max_retries_and_the_budget() {
    let server = ScriptedServer::start(vec![pending_conflict(Some(true))]).await;
    let err = cancel_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert_eq!(err.api().and_then(|a| a.retryable()), Some(true));
    assert_eq!(server.count(), 3, "two retries, the default");
    // A budget that cannot pay for one retry: sent once.
    let server = ScriptedServer::start(vec![pending_conflict(Some(true)), cancelled()]).await;
    let policy = fast_policy().with_retry_budget(oz_agent_api::RetryBudget::new(4));
    cancel_run(&client(&server.url(), policy))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn x_should_retry_false_stops_retries_whatever_the_status_and_method() {
    for status in [429, 503, 500] {
        let server = ScriptedServer::start(vec![
            Reply::status(status).header("x-should-retry", "false"),
            ok_run(),
        ])
        .await;
        let err = get_run(&client(&server.url(), fast_policy()))
            .await
            .unwrap_err();
        assert_eq!(err.api().and_then(|a| a.should_retry_header()), Some(false));
        assert_eq!(server.count(), 1, "GET {status}");
    }
    // A retryable 409 too, for a POST.
    let mut refused = pending_conflict(Some(true));
    refused = refused.header("x-should-retry", "false");
    let server = ScriptedServer::start(vec![refused, cancelled()]).await;
    cancel_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1, "POST 409");
}

#[tokio::test]
async fn x_should_retry_true_retries_only_where_the_method_may_be_repeated() {
    // A refusal (4xx) proves nothing was done: any method is retried.
    for (name, method_is_get) in [("GET", true), ("POST", false)] {
        let server = ScriptedServer::start(vec![
            Reply::status(400).header("x-should-retry", "true"),
            if method_is_get { ok_run() } else { cancelled() },
        ])
        .await;
        let client = client(&server.url(), fast_policy());
        if method_is_get {
            get_run(&client).await.unwrap();
        } else {
            cancel_run(&client).await.unwrap();
        }
        assert_eq!(server.count(), 2, "{name} 400 with x-should-retry: true");
    }
    // A 500 may have been acted on: a GET is retried, a POST is not (unless
    // the caller opted in), whatever the header says.
    let server = ScriptedServer::start(vec![
        Reply::status(500).header("x-should-retry", "true"),
        cancelled(),
    ])
    .await;
    cancel_run(&client(&server.url(), fast_policy()))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1, "POST 500 with x-should-retry: true");
    let server = ScriptedServer::start(vec![
        Reply::status(500).header("x-should-retry", "true"),
        cancelled(),
    ])
    .await;
    cancel_run(&client(
        &server.url(),
        fast_policy().with_retry_non_idempotent(true),
    ))
    .await
    .unwrap();
    assert_eq!(server.count(), 2, "opted in");
}
