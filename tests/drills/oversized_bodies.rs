//! Bodies far larger than expected are cut off at the limit, without reserving memory for a lying `Content-Length`.

use super::*;

#[tokio::test]
async fn a_body_beyond_a_small_configured_limit_is_response_too_large() {
    let (logs, _guard) = common::capture_logs();
    // Chunked, so no Content-Length warns of the size: counted as it arrives.
    let server = ScriptedServer::start(vec![Reply::Endless {
        chunk: vec![b' '; 512],
        count: 1000,
    }])
    .await;
    let client = builder(&server.url())
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                operation: "get_run",
                limit: 1024
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.count(), 1, "a response too large is not retried");
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_content_length_beyond_the_limit_fails_before_reading_the_body() {
    let (logs, _guard) = common::capture_logs();
    // Declares 1 TiB and sends a few bytes: an error about the size (not a
    // truncated body) shows that nothing was read.
    let huge = Reply::Truncated {
        status: 200,
        declared: 1 << 40,
        body: b"{\"runs\": [".to_vec(),
    };
    let server = ScriptedServer::start(vec![huge.clone()]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                operation: "get_run",
                limit: DEFAULT_MAX_RESPONSE_BYTES
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);

    // The same against a small configured limit, just one byte over.
    let server = ScriptedServer::start(vec![Reply::Truncated {
        status: 200,
        declared: 1025,
        body: b"{".to_vec(),
    }])
    .await;
    let client = builder(&server.url())
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 1024, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_body_beyond_the_default_limit_is_cut_off_at_64_mib() {
    // 64 MiB and one more chunk, chunked: read until the limit, then dropped.
    let server = ScriptedServer::start(vec![Reply::Endless {
        chunk: vec![b' '; 64 * 1024],
        count: DEFAULT_MAX_RESPONSE_BYTES / (64 * 1024) + 1,
    }])
    .await;
    let client = builder(&server.url())
        .timeout(Duration::from_secs(8))
        .build()
        .unwrap();
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                limit: DEFAULT_MAX_RESPONSE_BYTES,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn a_lying_content_length_with_no_limit_does_not_reserve_memory_for_it() {
    // A caller that lifts the limit must not have the process abort on an
    // allocation sized by the server's Content-Length (here 1 PiB).
    let server = ScriptedServer::start(vec![Reply::Truncated {
        status: 200,
        declared: 1 << 50,
        body: partial_run(),
    }])
    .await;
    let client = builder(&server.url())
        .max_response_bytes(usize::MAX)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                operation: "get_run",
                connect: false,
                ..
            }
        ),
        "the body breaks off: {err:?}"
    );
    assert!(broke_off_mid_body(&err), "{err}");
}
