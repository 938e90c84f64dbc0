//! A typed, forward-compatible client for Warp's **Oz Agent API**: create, list,
//! watch, cancel and follow up cloud agent runs, and manage schedules,
//! environments, models, artifacts and agent identities.
//!
//! Every operation of the vendored OpenAPI spec is a typed builder on [`Client`]
//! (generated at build time by progenitor); a thin hand-written layer adds
//! configuration, one [`Error`] type, safe retries, pagination streams,
//! waiting for a run to finish, and downloads that never leak the key.
//!
//! ```no_run
//! use oz_agent_api::prelude::*; // Client, ClientExt (the run lifecycle), WaitOptions, …
//! use oz_agent_api::types::RunAgentRequest;
//!
//! # async fn run() -> oz_agent_api::Result<()> {
//! let client = Client::from_env()?; // WARP_API_KEY, WARP_BASE_URL, WARP_CUSTOM_HEADERS
//! let request: RunAgentRequest = RunAgentRequest::builder()
//!     .prompt("Fix the flaky auth test")
//!     .try_into()
//!     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
//! let run = client.create_run_and_wait(request, &WaitOptions::default()).await?;
//! println!("{} finished {}", run.run_id, run.state);
//!
//! // Page through history, one page in memory at a time.
//! use futures_util::TryStreamExt;
//! let recent: Vec<_> = client.list_runs().limit(100).stream().try_collect().await?;
//! # let _ = recent;
//! # Ok(()) }
//! ```
//!
//! # Forward compatibility
//!
//! Responses keep decoding when Warp adds fields, enum values or union
//! variants: unknown fields are kept in each struct's `extra` map, every
//! string enum has an `Unrecognized(String)` variant, and every discriminated
//! union an `Unrecognized(serde_json::Value)` variant; all of them serialize
//! back unchanged. Generated structs and enums are `#[non_exhaustive]` (build
//! request bodies with `Type::builder()`), so such upstream additions are not
//! breaking changes for code that uses the crate. A lone surrogate escape or
//! a number beyond `f64`, which serde_json rejects, does not break a response
//! either: the body is decoded once more from a repaired copy (see the
//! README's *Forward compatibility* section for the exact rule).
//!
//! ```
//! use oz_agent_api::types::{RunFollowupRequest, RunState, RunStatusMessage};
//!
//! // Build request bodies through builders: a field added upstream adds a setter, nothing breaks.
//! let followup: RunFollowupRequest = RunFollowupRequest::builder().message("Done").try_into().unwrap();
//! // Response types have no builder: decode one (in a test, from JSON).
//! let status: RunStatusMessage =
//!     serde_json::from_value(serde_json::json!({ "message": "Done" })).unwrap();
//! // Match with a wildcard arm: a value added upstream lands there until you handle it.
//! let label = match RunState::from("AWAITING_REVIEW") {
//!     RunState::Succeeded => "done",
//!     RunState::Unrecognized(_) => "a state this version does not know",
//!     _ => "other",
//! };
//! assert_eq!(label, "a state this version does not know");
//! # let _ = (followup, status);
//! ```
//!
//! A struct literal does not compile outside the crate, so no caller depends
//! on the exact field list:
//!
//! ```compile_fail,E0639
//! let status = oz_agent_api::types::RunStatusMessage {
//!     message: "Done".into(),
//!     error_code: None,
//!     retryable: None,
//!     extra: Default::default(),
//! };
//! ```
//!
//! and neither does a match without a wildcard arm:
//!
//! ```compile_fail,E0004
//! fn label(state: oz_agent_api::types::RunState) -> &'static str {
//!     use oz_agent_api::types::RunState::*;
//!     match state {
//!         Queued | Pending | Claimed | Inprogress | Blocked => "active",
//!         Succeeded | Failed | Error | Cancelled => "done",
//!         Unrecognized(_) => "unknown",
//!     }
//! }
//! ```
//!
//! # Retries
//!
//! See [`retry`] for the matrix: GET, PUT and DELETE are retried on connect
//! errors, timeouts, 408, 429 and 5xx; a POST only when the server cannot have
//! acted on it (no connection, 429, 503), and never once any hop answered it
//! with a redirect. Every retry of a client draws on one shared **retry
//! budget** (a token bucket), so a storm of failures does not multiply the
//! load.
//!
//! # Exactly-once run creation
//!
//! `create_run` neither starts a run twice nor gives up on one it may have
//! started: it tags the request's `metadata` with a client token under the
//! reserved key [`CLIENT_TOKEN_KEY`] (`oz-client-request-token`), and after
//! an ambiguous failure (timeout, connection lost after sending, 500, 502,
//! 504) finds the run by it with `GET /agent/runs?metadata[…]=…`; it sends
//! the request again only when the run is certainly absent. When it cannot
//! tell, the error is [`Error::CreationUnknown`], with the token. See
//! [`exactly_once`].
//!
//! # Many runs at once
//!
//! [`ClientExt::watch_runs`], [`ClientExt::wait_for_runs`] and
//! [`ClientExt::wait_for_run_tree`] follow any number of runs with one
//! `GET /agent/runs` per interval instead of one request per run; see
//! [`fleet`].
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `rustls` (default) | TLS through rustls |
//! | `native-tls` | TLS through the platform's library |
//! | `schemars` | `schemars::JsonSchema` for every generated type |
//! | `httpmock` | `mock`: progenitor's typed httpmock helpers for your tests |
//! | `codegen` | regenerate the client from the spec at build time instead of using the committed one (maintainers; same client) |
//!
//! # Testing against a fake server
//!
//! The `oz-agent-api-fake` crate (in this repository's `fake/`) is a fake Oz
//! server on loopback to add as a dev-dependency: the run lifecycle by hand,
//! every other operation of [`spec::OPENAPI_JSON`] answered from the spec,
//! injected faults, a clock offset and request counters.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod abi;
pub mod attachments;
mod body_buffer;
mod config;
pub mod download;
pub mod error;
pub mod exactly_once;
mod ext;
pub mod factory;
pub mod fleet;
mod forward_compat;
mod generated;
mod lexical;
mod listing;
#[cfg(feature = "httpmock")]
pub mod mock;
mod optional;
pub mod pagination;
mod path;
pub mod prelude;
pub mod retry;
mod secret;
pub mod spec;
mod transport;
mod typed_body;
pub mod wait;

pub use config::{
    ClientBuilder, ClientState, DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL, ENV_CUSTOM_HEADERS,
    TEAM_UID_HEADER, USER_AGENT,
};
pub use error::{ApiError, DecodeError, Error, Result};
pub use exactly_once::{CreationUnknown, CreationUnknownReason, TokenInUse, CLIENT_TOKEN_KEY};
pub use ext::ClientExt;
pub use fleet::{FleetOptions, FleetTimeout, PendingRun};
pub use generated::{builder, types, ByteStream, Client, ResponseValue};
pub use optional::IntoOptional;
pub use retry::{ExactlyOnceOptions, RetryBudget, RetryPolicy};
pub use secret::ApiKey;

pub use attachments::Attachment;
pub use download::{DownloadStream, Downloads};
pub use wait::{FollowupOptions, WaitOptions, WaitTimeout, WaitTimeoutReason};

// `__response_types!`: the client's JSON response types, for the fuzz target
// and the decoder property tests (generated by build.rs; hidden).
include!(concat!(env!("OUT_DIR"), "/response_types.rs"));

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
