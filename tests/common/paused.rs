//! Shared by the tests that wait on tokio's paused clock against an httpmock
//! server: a scripted answer and an HTTP client that arms no timer of its own.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::Mutex;

use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};
use oz_agent_api::{Client, RetryPolicy};

/// Answers with the replies in order, repeating the last one forever.
pub fn script(replies: Vec<HttpMockResponse>) -> impl Fn(&HttpMockRequest) -> HttpMockResponse {
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

/// An HTTP client builder that arms no timer while a request is in flight.
///
/// With the clock paused, tokio jumps to the next pending timer whenever the
/// runtime would otherwise wait for IO. reqwest's request timeout and the
/// connection pool's idle-eviction interval would then fire, or leap the
/// clock forward, during every loopback request. Without them the only
/// timers are the wait's own sleeps (and the retry policy's), so the clock
/// moves exactly as the wait schedules it.
pub fn http() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .no_proxy()
        .pool_idle_timeout(None)
}

/// A client of `server` sending `key`, on [`http`], with `retry`.
pub fn client_with(server: &MockServer, key: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .api_key(key)
        .base_url(server.base_url())
        .http_client(http().build().unwrap())
        .retry_policy(retry)
        .build()
        .unwrap()
}
