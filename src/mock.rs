//! progenitor's generated [`httpmock`] helpers: a typed `When`/`Then` pair per
//! operation, and [`MockServerExt`] to register them on a `MockServer`.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! use httpmock::MockServer;
//! use oz_agent_api::mock::MockServerExt;
//! use oz_agent_api::types::{RunAgentResponse, RunState};
//!
//! let server = MockServer::start_async().await;
//! let response: RunAgentResponse = serde_json::from_value(serde_json::json!({
//!     "run_id": "r-1", "task_id": "r-1", "state": "QUEUED"
//! })).unwrap();
//! let mock = server.create_run(|when, then| {
//!     when.into_inner().header("authorization", "Bearer wk-test");
//!     then.ok(&response);
//! });
//! let client = oz_agent_api::Client::builder()
//!     .api_key("wk-test")
//!     .base_url(server.base_url())
//!     .build()
//!     .unwrap();
//! let created = client.create_run().body_map(|b| b.prompt("hi")).send().await.unwrap();
//! assert_eq!(created.state, RunState::Queued);
//! mock.assert();
//! # }
//! ```
#![allow(missing_docs, clippy::all, unused_imports)]

include!(concat!(env!("OUT_DIR"), "/oz_agent_api_httpmock.rs"));

// What the generated helpers call (`build/rewrite.rs` `rewrite_httpmock`):
// each encodes a value exactly as the client sends it.

/// Expects the query pairs the client sends for parameter `name` set to
/// `value` (the same serializer: an array repeats the name, an enum is its
/// wire value, a date-time RFC 3339).
#[doc(hidden)]
pub fn query_param<T: serde::Serialize>(
    when: ::httpmock::When,
    name: &str,
    value: &T,
) -> ::httpmock::When {
    let pairs = serde_urlencoded::to_string(progenitor_client::QueryParam::new(name, value))
        .map_err(|e| e.to_string())
        .and_then(|query| {
            serde_urlencoded::from_str::<Vec<(String, String)>>(&query).map_err(|e| e.to_string())
        });
    match pairs {
        Ok(pairs) => pairs
            .into_iter()
            .fold(when, |when, (key, value)| when.query_param(key, value)),
        // The client cannot send such a value either: expect what no request has.
        Err(e) => when.query_param(name, format!("<not encodable: {e}>")),
    }
}

/// Expects the one query pair the client sends for a `form` parameter with
/// `explode: false` (`name=a,b,c`), or none for a value that writes none.
#[doc(hidden)]
pub fn query_param_flat<T: serde::Serialize + ?Sized>(
    when: ::httpmock::When,
    name: &str,
    value: &T,
) -> ::httpmock::When {
    match crate::path::form_flat(value) {
        Ok(Some(text)) => when.query_param(name, text),
        Ok(None) => when,
        Err(e) => when.query_param(name, format!("<not encodable: {e}>")),
    }
}

/// Expects header `name` with `value` as the client sends it.
#[doc(hidden)]
pub fn header<T: serde::Serialize + ?Sized>(
    when: ::httpmock::When,
    name: &str,
    value: &T,
) -> ::httpmock::When {
    match crate::path::simple(value) {
        Ok(text) => when.header(name, text),
        Err(e) => when.header(name, format!("<not encodable: {e}>")),
    }
}

/// A regex matching exactly the path segment the client sends for `value`.
#[doc(hidden)]
pub fn path_pattern<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let text = crate::path::simple(value).unwrap_or_default();
    regex::escape(&crate::path::encode(&text))
}
