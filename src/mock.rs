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
