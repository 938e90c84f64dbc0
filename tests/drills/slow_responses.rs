//! Responses and bodies slower than the timeout are timeouts.

use super::*;

#[tokio::test]
async fn a_response_slower_than_the_timeout_is_a_timeout_retried_for_get() {
    let (logs, _guard) = common::capture_logs();
    let timeout = Duration::from_millis(150);
    let server =
        ScriptedServer::start(vec![ok_run("SUCCEEDED").after(Duration::from_secs(30))]).await;
    let client = builder(&server.url()).timeout(timeout).build().unwrap();
    let started = Instant::now();
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(
            err,
            Error::Timeout {
                operation: "get_run",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_timeout());
    assert_eq!(server.count(), 3);
    assert!(
        elapsed >= timeout * 3 && elapsed < Duration::from_secs(3),
        "three attempts of 150 ms: {elapsed:?}"
    );
    assert_no_leak(&err, &logs);

    let server = ScriptedServer::start(vec![created().after(Duration::from_secs(30))]).await;
    let client = builder(&server.url())
        .timeout(timeout)
        .retry_policy(fast_policy())
        .exactly_once(ExactlyOnceOptions::disabled())
        .build()
        .unwrap();
    let err = within(BOUND, create_run(&client)).await.unwrap_err();
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
async fn a_body_trickling_slower_than_the_timeout_is_a_timeout() {
    let (logs, _guard) = common::capture_logs();
    // The head arrives at once; the body, a byte every 20 ms, would take 30 s.
    let trickle = Reply::Trickle {
        status: 200,
        body: run_json("r-1", "SUCCEEDED").to_string().into_bytes(),
        every: Duration::from_millis(20),
    };
    let server = ScriptedServer::start(vec![trickle]).await;
    let client = builder(&server.url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                operation: "get_run",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.count(), 3);
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_no_leak(&err, &logs);
}
