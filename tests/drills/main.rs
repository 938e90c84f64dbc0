//! Failure drills: a loopback server that misbehaves on purpose. Each drill
//! must end in a typed error (the exact [`Error`] variant and its key
//! fields) within its deadline, with the request count the retry policy
//! promises, and without the API key in any error text or log line.
//!
//! Every drill runs under [`within`], so a hang fails the test instead of
//! hanging CI. Waits are real but in milliseconds (the whole file takes a
//! few seconds).

#[path = "../common/mod.rs"]
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

mod a_broken_connection;
mod a_wait_against_a_flapping_server;
mod malformed_bodies;
mod oversized_bodies;
mod redirects;
mod slow_responses;
