//! The wait helper against a server flapping between failures and answers.

use super::*;

/// Polls every 10-20 ms, no jitter, deadline far away.
fn quick_wait() -> WaitOptions {
    WaitOptions::default()
        .with_initial_interval(Duration::from_millis(10))
        .with_max_interval(Duration::from_millis(20))
        .with_jitter(false)
        .with_timeout(Duration::from_secs(5))
        .with_max_outage(Duration::from_secs(2))
}

fn unavailable() -> Reply {
    Reply::json(
        503,
        json!({"type": "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/resource_unavailable",
               "title": "Unavailable", "status": 503, "error": "Unavailable", "retryable": true}),
    )
}

fn flapping() -> Vec<Reply> {
    vec![
        unavailable(),
        ok_run("INPROGRESS"),
        unavailable(),
        unavailable(),
        ok_run("INPROGRESS"),
        unavailable(),
        ok_run("SUCCEEDED"),
        // Were the wait to poll again, it would see this.
        ok_run("FAILED"),
    ]
}

#[tokio::test]
async fn wait_for_run_survives_a_server_flapping_between_503_and_200() {
    let (logs, _guard) = common::capture_logs();
    // Without client retries every 503 reaches the wait, which polls again.
    let server = ScriptedServer::start(flapping()).await;
    let no_retries = builder(&server.url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let run = within(BOUND, no_retries.wait_for_run("r-1", &quick_wait()))
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.run_id, "r-1");
    assert_eq!(server.count(), 7, "one poll per reply up to SUCCEEDED");
    let log = logs.contents();
    assert_eq!(log.matches("polled run").count(), 3, "{log}");
    assert_eq!(
        log.matches("poll failed; will poll again").count(),
        4,
        "{log}"
    );
    assert!(!log.contains(KEY) && !log.contains(CUSTOM.1));

    // With the client's retries on top, each 503 is retried within its
    // request: the wait sees INPROGRESS, INPROGRESS, SUCCEEDED in three
    // polls that never fail.
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(flapping()).await;
    let run = within(
        BOUND,
        client(&server.url()).wait_for_run("r-1", &quick_wait()),
    )
    .await
    .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(server.count(), 7);
    let log = logs.contents();
    assert_eq!(log.matches("polled run").count(), 3, "{log}");
    assert_eq!(log.matches("retrying request").count(), 4, "{log}");
    assert_eq!(log.matches("poll failed").count(), 0, "{log}");
}

#[tokio::test]
async fn watch_run_reports_each_state_once_through_the_flapping() {
    let server = ScriptedServer::start(flapping()).await;
    let client = builder(&server.url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let states: Vec<RunState> = within(
        BOUND,
        client
            .watch_run("r-1", &quick_wait())
            .map(|r| r.expect("transient failures are absorbed").state)
            .collect(),
    )
    .await;
    assert_eq!(states, [RunState::Inprogress, RunState::Succeeded]);
    assert_eq!(server.count(), 7);
}

#[tokio::test]
async fn wait_for_run_survives_every_kind_of_transient_failure() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![
        Reply::ResetMidBody {
            status: 200,
            declared: whole_run_len(),
            body: partial_run(),
        },
        ok_run("QUEUED"),
        Reply::raw(502, "text/html", b"<html>502 Bad Gateway</html>"),
        Reply::Truncated {
            status: 200,
            declared: whole_run_len(),
            body: partial_run(),
        },
        ok_run("INPROGRESS"),
        Reply::Close,
        ok_run("INPROGRESS").after(Duration::from_secs(30)),
        Reply::status(429).header("retry-after-ms", "30"),
        ok_run("SUCCEEDED"),
    ])
    .await;
    let client = builder(&server.url())
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let run = within(BOUND, client.wait_for_run("r-1", &quick_wait()))
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(server.count(), 9);
    let log = logs.contents();
    assert_eq!(
        log.matches("poll failed; will poll again").count(),
        6,
        "{log}"
    );
    assert!(!log.contains(KEY) && !log.contains(CUSTOM.1));
}

#[tokio::test]
async fn a_wait_whose_server_never_recovers_ends_with_the_last_error() {
    let server = ScriptedServer::start(vec![ok_run("INPROGRESS"), unavailable()]).await;
    let client = builder(&server.url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let options = quick_wait().with_max_outage(Duration::from_millis(200));
    let started = Instant::now();
    let err = within(BOUND, client.wait_for_run("r-1", &options))
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(server.count() >= 5, "{}", server.count());
}

#[tokio::test]
async fn a_run_that_never_settles_ends_in_a_wait_timeout_with_the_last_run() {
    let server = ScriptedServer::start(vec![unavailable(), ok_run("INPROGRESS")]).await;
    let client = builder(&server.url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let options = quick_wait().with_timeout(Duration::from_millis(200));
    let err = within(BOUND, client.wait_for_run("r-1", &options))
        .await
        .unwrap_err();
    let Error::WaitTimeout(timeout) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(timeout.run_id(), "r-1");
    assert_eq!(
        timeout.last_run().map(|r| r.state.clone()),
        Some(RunState::Inprogress)
    );
    assert!(timeout.last_error().is_none());
    assert_eq!(timeout.polls() as usize, server.count());
}
