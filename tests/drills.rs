//! Failure drills: a loopback server that misbehaves on purpose. Each drill
//! must end in a typed error (the exact [`Error`] variant and its key
//! fields) within its deadline, with the request count the retry policy
//! promises, and without the API key in any error text or log line.
//!
//! Every drill runs under [`within`], so a hang fails the test instead of
//! hanging CI. Waits are real but in milliseconds (the whole file takes a
//! few seconds).

mod common;

use std::time::{Duration, Instant};

use common::scripted::{Reply, ScriptedServer};
use common::{run_json, KEY};
use futures_util::StreamExt;
use oz_agent_api::prelude::*;
use oz_agent_api::types::RunState;
use oz_agent_api::ExactlyOnceOptions;

/// The documented default of `ClientBuilder::max_response_bytes` (64 MiB).
const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
use serde_json::json;

/// A custom header the caller configures; it must never leave the API's origin.
const CUSTOM: (&str, &str) = ("x-team-token", "team-secret-4242");

/// Default retry counts (two retries), with waits shrunk to milliseconds.
fn fast_policy() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2))
}

fn builder(base: &str) -> oz_agent_api::ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .header(CUSTOM.0, CUSTOM.1)
        .retry_policy(fast_policy())
        .timeout(Duration::from_secs(2))
}

fn client(base: &str) -> Client {
    builder(base).build().unwrap()
}

/// A client whose `create_run` is at most once, so a drill sees the
/// transport's own rule for POSTs (never resent after an ambiguous failure).
/// With exactly-once creation (the default) the client would then look the
/// run up by its client token: `tests/exactly_once.rs`.
fn at_most_once(base: &str) -> Client {
    builder(base)
        .retry_policy(fast_policy())
        .exactly_once(ExactlyOnceOptions::disabled())
        .build()
        .unwrap()
}

/// Runs a drill; a drill still running after `bound` fails the test.
async fn within<T>(bound: Duration, drill: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(bound, drill)
        .await
        .unwrap_or_else(|_| panic!("the drill hung for more than {bound:?}"))
}

const BOUND: Duration = Duration::from_secs(10);

async fn get_run(client: &Client) -> Result<RunState, Error> {
    client
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .map(|r| r.into_inner().state)
}

async fn create_run(client: &Client) -> Result<String, Error> {
    client
        .create_run()
        .body_map(|b| b.prompt("do it"))
        .send()
        .await
        .map(|r| r.into_inner().run_id)
}

/// A transport failure of `operation` after the connection was made.
#[track_caller]
fn assert_transport_after_send(err: &Error, operation: &str) {
    assert!(
        matches!(err, Error::Transport { operation: op, connect: false, .. } if *op == operation),
        "expected a transport error of {operation} after connecting, got {err:?}"
    );
}

/// The error, its sources and the captured logs: one line, never the key or
/// the custom header's value.
fn assert_no_leak(err: &Error, logs: &common::Logs) {
    let text = err.to_string();
    assert!(!text.contains('\n'), "Display is one line: {text:?}");
    let mut everything = format!("{text}\n{err:?}\n");
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        everything.push_str(&format!("{s}\n{s:?}\n"));
        source = s.source();
    }
    everything.push_str(&logs.contents());
    for secret in [KEY, CUSTOM.1] {
        assert!(
            !everything.contains(secret),
            "{secret} leaked:\n{everything}"
        );
    }
}

/// Whether the transport error broke off while reading the body (not while
/// sending the request or waiting for the head).
fn broke_off_mid_body(err: &Error) -> bool {
    matches!(err, Error::Transport { source, .. } if source.is_body() || source.is_decode())
}

/// The kind of the I/O error under `err`, if there is one.
fn io_error_kind(err: &Error) -> Option<std::io::ErrorKind> {
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        source = s.source();
    }
    None
}

fn ok_run(state: &str) -> Reply {
    Reply::json(200, run_json("r-1", state))
}

fn created() -> Reply {
    Reply::json(
        200,
        json!({"run_id": "r-1", "task_id": "r-1", "state": "QUEUED"}),
    )
}

/// A run body cut short: what a reset or a truncation leaves of it.
fn partial_run() -> Vec<u8> {
    let body = run_json("r-1", "SUCCEEDED").to_string().into_bytes();
    body[..body.len() / 2].to_vec()
}

/// The length of the whole run `partial_run` is half of: what the head
/// declares, so the connection breaks before the body is complete.
fn whole_run_len() -> usize {
    run_json("r-1", "SUCCEEDED").to_string().len()
}

// ---------------------------------------------------------------------------
// The connection breaks mid-body

#[tokio::test]
async fn a_get_reset_mid_body_is_retried_twice_then_a_transport_error() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::ResetMidBody {
        status: 200,
        declared: whole_run_len(),
        body: partial_run(),
    }])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(
        io_error_kind(&err),
        Some(std::io::ErrorKind::ConnectionReset),
        "{err}"
    );
    assert_eq!(server.count(), 3, "one attempt and two retries");
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_get_reset_mid_body_then_a_good_answer_succeeds() {
    let server = ScriptedServer::start(vec![
        Reply::ResetMidBody {
            status: 200,
            declared: whole_run_len(),
            body: partial_run(),
        },
        ok_run("SUCCEEDED"),
    ])
    .await;
    let state = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap();
    assert_eq!(state, RunState::Succeeded);
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn a_post_reset_mid_body_is_sent_once() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![
        Reply::ResetMidBody {
            status: 200,
            declared: whole_run_len(),
            body: br#"{"run_id":"r-1","#.to_vec(),
        },
        created(),
    ])
    .await;
    let err = within(BOUND, create_run(&at_most_once(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "create_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(
        io_error_kind(&err),
        Some(std::io::ErrorKind::ConnectionReset),
        "{err}"
    );
    assert_eq!(
        server.count(),
        1,
        "the run may have been created: no resend"
    );
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn truncated_json_is_a_transport_error_retried_for_get_and_not_for_post() {
    let (logs, _guard) = common::capture_logs();
    let truncated = Reply::Truncated {
        status: 200,
        declared: whole_run_len(),
        body: partial_run(),
    };
    let server = ScriptedServer::start(vec![truncated.clone()]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);

    let server = ScriptedServer::start(vec![truncated]).await;
    let err = within(BOUND, create_run(&at_most_once(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "create_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_hang_up_before_any_answer_is_retried_for_get() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::Close]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert!(!broke_off_mid_body(&err), "no head arrived: {err}");
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn an_answer_that_is_not_http_is_a_transport_error() {
    let (logs, _guard) = common::capture_logs();
    for garbage in [
        b"SSH-2.0-OpenSSH_9.6\r\n".to_vec(),
        b"HTTP/1.1 2000 OK\r\n\r\n".to_vec(),
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".to_vec(),
    ] {
        let server = ScriptedServer::start(vec![Reply::RawBytes(garbage)]).await;
        let err = within(BOUND, get_run(&client(&server.url())))
            .await
            .unwrap_err();
        assert_transport_after_send(&err, "get_run");
        assert_eq!(server.count(), 3);
        assert_no_leak(&err, &logs);
    }
}

#[tokio::test]
async fn a_response_head_too_large_is_a_transport_error() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![
        ok_run("SUCCEEDED").header("x-padding", &"a".repeat(1024 * 1024))
    ])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_body_delimited_by_closing_the_connection_decodes() {
    // HTTP/1.0 style: no Content-Length, no chunking, the body ends at EOF.
    let mut response =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n".to_vec();
    response.extend_from_slice(run_json("r-1", "SUCCEEDED").to_string().as_bytes());
    let server = ScriptedServer::start(vec![Reply::RawBytes(response)]).await;
    let state = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap();
    assert_eq!(state, RunState::Succeeded);
    assert_eq!(server.count(), 1);
}

// ---------------------------------------------------------------------------
// Bodies that are not what they should be

#[tokio::test]
async fn invalid_utf8_in_a_json_string_is_a_decode_error_not_retried() {
    let (logs, _guard) = common::capture_logs();
    let mut body = run_json("r-1", "SUCCEEDED").to_string().into_bytes();
    // Inside the string value of `run_id`.
    let at = body
        .windows(b"\"r-1\"".len())
        .position(|w| w == b"\"r-1\"")
        .unwrap()
        + 1;
    body[at] = 0xff;
    body[at + 1] = 0xfe;
    let server = ScriptedServer::start(vec![Reply::raw(200, "application/json", &body)]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.operation(), "get_run");
    assert_eq!(decode.target(), "RunItem");
    assert_eq!(decode.status().as_u16(), 200);
    assert!(
        decode.json_error().to_string().contains("invalid unicode"),
        "{}",
        decode.json_error()
    );
    assert_eq!(
        server.count(),
        1,
        "a body that does not decode is not retried"
    );
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn invalid_utf8_in_an_error_body_is_kept_lossily() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::raw(
        400,
        "application/problem+json",
        b"{\"error\": \"bad \xff\xfe request\"}",
    )])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let api = err.api().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(api.status().as_u16(), 400);
    assert_eq!(api.body(), "{\"error\": \"bad \u{fffd}\u{fffd} request\"}");
    assert!(api.problem().is_none());
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn an_empty_200_is_a_decode_error() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::raw(200, "application/json", b"")]).await;
    let client = client(&server.url());
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.operation(), "get_run");
    assert_eq!(decode.status().as_u16(), 200);
    assert_eq!(decode.excerpt(), "");
    assert!(decode.json_error().is_eof(), "{}", decode.json_error());
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);

    // cancelRun's body is a bare JSON string: empty is no string either.
    let err = within(BOUND, client.cancel_run().run_id("r-1").send())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.operation() == "cancel_run" && d.target() == "String"),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_html_502_is_an_api_error_retried_for_get_and_not_for_post() {
    let (logs, _guard) = common::capture_logs();
    let html = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body>\r\n</html>\r\n";
    let server = ScriptedServer::start(vec![Reply::raw(502, "text/html", html)]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status().as_u16(), 502);
    assert_eq!(api.operation(), "get_run");
    assert_eq!(api.content_type(), Some("text/html"));
    assert!(api.problem().is_none() && api.error_code().is_none());
    assert!(
        err.to_string()
            .starts_with("get_run: HTTP 502 Bad Gateway: non-JSON body (text/html): <html>"),
        "{err}"
    );
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);

    let server = ScriptedServer::start(vec![Reply::raw(502, "text/html", html)]).await;
    let err = within(BOUND, create_run(&at_most_once(&server.url())))
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(server.count(), 1);
}

// ---------------------------------------------------------------------------
// Bodies far larger than expected

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

// ---------------------------------------------------------------------------
// Slower than the timeout

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

// ---------------------------------------------------------------------------
// Redirects

#[tokio::test]
async fn a_redirect_loop_is_a_redirect_error_after_ten_hops() {
    let (logs, _guard) = common::capture_logs();
    // /agent/runs/r-1 -> /a -> /agent/runs/r-1 -> …
    let server = ScriptedServer::start(vec![
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        ok_run("SUCCEEDED"),
    ])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let Error::Redirect { operation, reason } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*operation, "get_run");
    assert_eq!(reason, "more than 10 redirects");
    assert_eq!(server.count(), 11, "the first request and ten hops");
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_redirect_to_another_scheme_or_nowhere_is_a_redirect_error() {
    let (logs, _guard) = common::capture_logs();
    for (location, reason) in [
        ("file:///etc/passwd", "redirect to a file URL"),
        ("http://[::1", "invalid Location \"http://[::1\""),
    ] {
        let server =
            ScriptedServer::start(vec![Reply::status(301).header("location", location)]).await;
        let err = within(BOUND, get_run(&client(&server.url())))
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Redirect { operation: "get_run", reason: r } if r == reason),
            "{err:?}"
        );
        assert_eq!(server.count(), 1);
        assert_no_leak(&err, &logs);
    }
}

#[tokio::test]
async fn a_301_to_another_origin_sends_no_key_and_no_custom_header_there() {
    let (logs, _guard) = common::capture_logs();
    let elsewhere = ScriptedServer::start(vec![ok_run("SUCCEEDED")]).await;
    let api = ScriptedServer::start(vec![Reply::status(301).header(
        "location",
        &format!("{}/agent/runs/r-1?signed=1", elsewhere.url()),
    )])
    .await;
    let state = within(BOUND, get_run(&client(&api.url()))).await.unwrap();
    assert_eq!(state, RunState::Succeeded);
    assert_eq!(api.count(), 1);
    let first = &api.received()[0];
    assert_eq!(
        first.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(first.header(CUSTOM.0), Some(CUSTOM.1));
    let [there] = &elsewhere.received()[..] else {
        panic!("{:?}", elsewhere.received())
    };
    assert_eq!(there.target, "/agent/runs/r-1?signed=1");
    assert_eq!(there.header("authorization"), None);
    assert_eq!(there.header(CUSTOM.0), None);
    assert_eq!(there.header("cookie"), None);
    let log = logs.contents();
    assert!(!log.contains(KEY) && !log.contains(CUSTOM.1), "{log}");
}

#[tokio::test]
async fn credentials_do_not_come_back_on_a_hop_from_another_origin_to_the_api() {
    // API -> elsewhere -> API again (307s: a POST stays a POST): once the
    // request has left the API's origin it carries no credentials, even on
    // the hop back.
    let (logs, _guard) = common::capture_logs();
    let first = std::sync::Arc::new(std::sync::Mutex::new(Reply::status(500)));
    let api = ScriptedServer::start(vec![Reply::shared(&first), created()]).await;
    let elsewhere = ScriptedServer::start(vec![
        Reply::status(307).header("location", &format!("{}/agent/runs?back=1", api.url()))
    ])
    .await;
    *first.lock().unwrap() =
        Reply::status(307).header("location", &format!("{}/upload", elsewhere.url()));
    let run_id = within(BOUND, create_run(&client(&api.url())))
        .await
        .unwrap();
    assert_eq!(run_id, "r-1");
    let api_seen = api.received();
    let elsewhere_seen = elsewhere.received();
    assert_eq!((api_seen.len(), elsewhere_seen.len()), (2, 1));
    assert!(api_seen[0].header("authorization").is_some());
    for hop in [&elsewhere_seen[0], &api_seen[1]] {
        assert_eq!(hop.method, "POST", "307 keeps the method");
        assert_eq!(hop.body, api_seen[0].body, "and the body");
        assert_eq!(hop.header("authorization"), None, "{hop:?}");
        assert_eq!(hop.header(CUSTOM.0), None, "{hop:?}");
    }
    assert_eq!(api_seen[1].target, "/agent/runs?back=1");
    let log = logs.contents();
    assert!(!log.contains(KEY) && !log.contains(CUSTOM.1), "{log}");
}

#[tokio::test]
async fn a_signed_url_on_another_origin_never_appears_in_an_error() {
    let (logs, _guard) = common::capture_logs();
    let storage = ScriptedServer::start(vec![Reply::ResetMidBody {
        status: 200,
        declared: whole_run_len(),
        body: partial_run(),
    }])
    .await;
    let api = ScriptedServer::start(vec![Reply::status(302).header(
        "location",
        &format!("{}/blob?X-Signature=sig-0xdeadbeef", storage.url()),
    )])
    .await;
    let err = within(BOUND, get_run(&client(&api.url())))
        .await
        .unwrap_err();
    assert!(broke_off_mid_body(&err), "{err:?}");
    let everything = format!("{err}\n{err:?}\n{}", logs.contents());
    assert!(!everything.contains("sig-0xdeadbeef"), "{everything}");
    assert_eq!((api.count(), storage.count()), (3, 3));
    assert_no_leak(&err, &logs);
}

// ---------------------------------------------------------------------------
// The wait helper against a flapping server

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
