//! A POST that got a redirect is never sent again.

use super::*;

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
