//! No configuration value panics.

use super::*;

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
