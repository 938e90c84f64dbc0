//! Injected faults, before and after the request is applied, as a client
//! that must create a run exactly once meets them; random faults from a seed;
//! the server-side counters that tell what really happened.

use std::time::Duration;

use oz_agent_api::{Client, ClientBuilder, Error, ExactlyOnceOptions, RetryPolicy};
use oz_agent_api_fake::{FakeOzServer, Fault, FaultKind, Pace, RandomFaults};

/// A client that does not retry and whose `create_run` is at most once, so
/// each call is one request and an ambiguous failure comes back as it is.
/// (With exactly-once creation, the default, the client would find the run
/// by its client token: the crate's `tests/exactly_once.rs`.)
fn client(server: &FakeOzServer) -> Client {
    at_most_once(server.client_builder()).build().unwrap()
}

/// No retries, and `create_run` at most once (no client token, no lookup).
fn at_most_once(builder: ClientBuilder) -> ClientBuilder {
    builder
        .retry_policy(RetryPolicy::none())
        .exactly_once(ExactlyOnceOptions::disabled())
}

async fn create(client: &Client) -> Result<String, Error> {
    client
        .create_run()
        .body_map(|b| b.prompt("Exactly once, please"))
        .send()
        .await
        .map(|created| created.run_id.clone())
}

#[tokio::test]
async fn a_fault_after_apply_leaves_the_run_created() {
    let server = FakeOzServer::builder().historical_runs(0).start().await;
    let client = client(&server);

    for status in [500, 502, 504] {
        server.inject(1, Fault::status(status).after_apply().on("createRun"));
        let err = create(&client).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err}");
    }
    assert_eq!(server.run_count(), 3, "every request was applied");

    server.inject(1, Fault::reset().after_apply().on("createRun"));
    let err = create(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(
        server.run_count(),
        4,
        "applied, then the connection was reset"
    );

    // Before apply: nothing happens on the server.
    server.inject(1, Fault::status(502).on("createRun"));
    server.inject(1, Fault::reset().on("createRun"));
    assert!(create(&client).await.is_err());
    assert!(create(&client).await.is_err());
    assert_eq!(server.run_count(), 4);

    // The run the client lost track of can be found again.
    let listed = client.list_runs().limit(500u64).send().await.unwrap();
    assert_eq!(listed.runs.len(), 4);

    // What was recorded: every createRun, the faults they got.
    assert_eq!(server.operation_count("createRun"), 6);
    let faults: Vec<_> = server
        .requests()
        .into_iter()
        .filter_map(|r| r.fault)
        .map(|f| (f.kind, f.after_apply))
        .collect();
    assert_eq!(
        faults,
        [
            (FaultKind::Status(500), true),
            (FaultKind::Status(502), true),
            (FaultKind::Status(504), true),
            (FaultKind::Reset, true),
            (FaultKind::Status(502), false),
            (FaultKind::Reset, false),
        ]
    );
    // Once the faults are used up, requests go through.
    create(&client).await.unwrap();
    assert_eq!(server.run_count(), 5);
}

#[tokio::test]
async fn faults_for_one_operation_leave_the_others_alone() {
    let server = FakeOzServer::start().await;
    let client = client(&server);
    server.inject(2, Fault::status(503).on("createRun"));
    client.list_models().send().await.unwrap();
    client.list_runs().send().await.unwrap();
    assert!(create(&client).await.is_err());
    assert!(create(&client).await.is_err());
    create(&client).await.unwrap();

    server.fail_next(5, 500);
    server.fail_next(0, 500);
    client.list_models().send().await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn a_slow_answer_times_the_client_out_after_or_before_the_run_is_created() {
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::polls(5, 5))
        .start()
        .await;
    // The client's own HTTP client, with a request timeout (on tokio's clock).
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    let client = at_most_once(
        Client::builder()
            .api_key(server.api_key())
            .base_url(server.base_url())
            .http_client(http),
    )
    .build()
    .unwrap();

    // Applied at once, answered 30 s later: the client gives up at 5 s.
    server.inject(1, Fault::delay(Duration::from_secs(30)).after_apply());
    let started = tokio::time::Instant::now();
    let err = create(&client).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(5));
    assert_eq!(server.run_count(), 1);

    // Applied after the delay: not there yet when the client gives up.
    server.inject(1, Fault::delay(Duration::from_secs(30)));
    let err = create(&client).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(server.run_count(), 1);
    tokio::time::sleep(Duration::from_secs(30)).await;
    assert_eq!(server.run_count(), 2, "the server went on with it");
}

/// The answer to each of `n` requests: a status, or `None` for a reset.
async fn outcomes(seed: u64, n: usize) -> Vec<Option<u16>> {
    let server = FakeOzServer::builder()
        .random_faults(RandomFaults::new(0.05).seed(seed))
        .start()
        .await;
    let http = reqwest::Client::new();
    let url = format!("{}/agent/models", server.base_url());
    let mut out = Vec::new();
    for _ in 0..n {
        let response = http.get(&url).bearer_auth(server.api_key()).send().await;
        out.push(response.ok().map(|r| r.status().as_u16()));
    }
    out
}

#[tokio::test]
async fn random_faults_are_reproducible_from_their_seed() {
    let a = outcomes(11, 400).await;
    assert_eq!(a, outcomes(11, 400).await);
    assert_ne!(a, outcomes(12, 400).await);
    let faults = a.iter().filter(|o| *o != &Some(200)).count();
    assert!((5..=40).contains(&faults), "{faults} of 400");
    assert!(a.iter().any(Option::is_none), "some resets");
    assert!(
        a.iter().any(|o| matches!(o, Some(s) if *s >= 500)),
        "some 5xx"
    );

    // Only for one operation, with the faults chosen; stopped at run time.
    let server = FakeOzServer::builder()
        .random_faults(
            RandomFaults::new(1.0)
                .seed(3)
                .faults([Fault::status(504).on("listRuns")]),
        )
        .start()
        .await;
    let client = client(&server);
    client.list_models().send().await.unwrap();
    let err = client.list_runs().send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(504));
    server.set_random_faults(None);
    client.list_runs().send().await.unwrap();
}

#[tokio::test]
async fn a_reset_is_a_tcp_reset_after_the_whole_request_was_read() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let server = FakeOzServer::builder().historical_runs(0).start().await;
    server.inject(1, Fault::reset().after_apply());
    let body = r#"{"prompt":"Reset me"}"#;
    let request = format!(
        "POST /api/v1/agent/runs HTTP/1.1\r\nhost: fake\r\nauthorization: Bearer {}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        server.api_key(),
        body.len()
    );
    let mut stream = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    let read = stream.read_to_end(&mut buf).await;
    assert_eq!(
        read.map_err(|e| e.kind()),
        Err(std::io::ErrorKind::ConnectionReset),
        "{}",
        String::from_utf8_lossy(&buf)
    );
    assert!(buf.is_empty(), "no response at all");
    assert_eq!(server.run_count(), 1);
    assert_eq!(server.requests()[0].json().unwrap()["prompt"], "Reset me");
}
