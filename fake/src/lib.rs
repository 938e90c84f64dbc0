//! An embedded fake Oz server on loopback, for tests and demos
//! (feature `fake-server`).
//!
//! [`FakeOzServer`] answers every operation of the spec with realistic JSON
//! that decodes with the client's [`types`](oz_agent_api::types): runs, artifacts,
//! conversations, models and environments, plus in-memory scheduled agents
//! and agent identities (create, get, list, update, pause/resume, delete),
//! skills and self-hosted workers. It enforces `Authorization: Bearer <key>` like the real
//! API (`401 application/problem+json` otherwise), and moves every run created
//! with `POST /agent/runs` through `QUEUED → INPROGRESS → SUCCEEDED`.
//!
//! ```no_run
//! # async fn demo() -> oz_agent_api::Result<()> {
//! use oz_agent_api_fake::FakeOzServer;
//! use oz_agent_api::types;
//!
//! let server = FakeOzServer::start().await;
//! let client = server.client();
//! let body: types::RunAgentRequest = serde_json::from_value(serde_json::json!({
//!     "prompt": "Fix the flaky test in auth.rs"
//! })).unwrap();
//! let created = client.create_run().body(body).send().await?;
//! let run = client.get_run().run_id(&created.run_id).send().await?;
//! assert_eq!(run.state, types::RunState::Queued);
//! # Ok(()) }
//! ```
//!
//! # How runs progress
//!
//! The [`Pace`] decides when a run moves on:
//!
//! * [`Pace::Elapsed`] (the default): each state lasts a fixed time, measured
//!   with [`tokio::time::Instant`], so tests under a paused clock
//!   (`#[tokio::test(start_paused = true)]`) advance runs by sleeping or by
//!   `tokio::time::advance` (tokio's `test-util`) without waiting for real.
//! * [`Pace::Polls`]: each state is reported by a fixed number of
//!   `GET /agent/runs/{id}` answers for that run, whatever the time. Other
//!   reads (listing, conversation, timeline) neither count as polls nor move
//!   the run on: its state only changes when a `GET` polls it.
//!
//! A run gets its `started_at`, `session_link`, `conversation_id` (and a
//! conversation) when it turns `INPROGRESS`, and its artifacts — a plan, a
//! pull request and a file — when it turns `SUCCEEDED`. `POST
//! /agent/runs/{id}/cancel` cancels a `QUEUED` or `INPROGRESS` run at once
//! (400 once it has finished).
//!
//! A follow-up (`POST /agent/runs/{id}/followups`) on a run in a terminal state
//! starts it again, but — like the real service, where the follow-up is routed
//! asynchronously — the run keeps reporting its previous terminal state, with
//! unchanged `updated_at`, for a *stale window* (`followup_stale`) before it
//! turns `INPROGRESS` and then `SUCCEEDED` again. A follow-up on a run that
//! has not finished is accepted and answered when the run finishes.
//!
//! # Storage
//!
//! File artifacts and transcripts are served from a second loopback port that
//! plays the part of cloud storage: a *different origin* from the API, as
//! signed download URLs are in production. `GET /agent/artifacts/{uid}`
//! returns a `download_url` there, and `GET /agent/runs/{id}/transcript`
//! redirects (302) there. Storage needs no API key and **rejects (400) any
//! request that carries an `Authorization` header**, so a client that leaks
//! its key to a download URL is caught. It also checks the URL's signature
//! (403) and expiry (400), and answers errors in XML like cloud storage does.
//!
//! # What else it does
//!
//! * `GET /agent/runs` pages with opaque keyset cursors and honours `limit`
//!   (1–500, default 20), `cursor`, `sort_by`, `sort_order`, repeated `state=`
//!   keys and the `name`, `model_id`, `source`, `execution_location`, `q`,
//!   `created_after`, `created_before`, `updated_after`, `environment_id`,
//!   `artifact_type`, `creator`, `executor` and `ancestor_run_id` filters.
//!   It starts with a few finished runs from the past
//!   ([`FakeOzServerBuilder::historical_runs`]).
//! * Malformed requests get `400` problem details, unknown routes `404`, a
//!   known route with the wrong method `405`; the server never panics on input.
//! * Every request is recorded ([`FakeOzServer::requests`]);
//!   [`FakeOzServer::fail_next`] injects error responses.
//! * Dropping the server shuts it down gracefully (open connections finish the
//!   response in flight); [`FakeOzServer::shutdown`] also waits for that.

mod app;
mod catalog;
mod conversation;
pub mod examples;
mod list;
mod render;
mod routes;
mod server;
mod state;
mod storage;

use std::time::Duration;

pub use server::{FakeOzServer, FakeOzServerBuilder};

/// How fast runs progress through their states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Pace {
    /// Each state lasts this long, measured with [`tokio::time::Instant`]
    /// from the moment the run entered it.
    Elapsed {
        /// Time a new run stays `QUEUED`.
        queued: Duration,
        /// Time a run stays `INPROGRESS` before it finishes.
        in_progress: Duration,
        /// Time a run that got a follow-up keeps reporting its previous
        /// terminal state before it turns `INPROGRESS` again.
        followup_stale: Duration,
    },
    /// Each state is reported by this many `GET /agent/runs/{id}` answers.
    Polls {
        /// `GET`s that report a new run as `QUEUED`.
        queued: u64,
        /// `GET`s that report the run as `INPROGRESS` before it finishes.
        in_progress: u64,
        /// `GET`s after a follow-up that still report the previous terminal state.
        followup_stale: u64,
    },
}

impl Pace {
    /// Time-based pace with the given durations and a follow-up stale window
    /// of `in_progress / 2`.
    pub fn elapsed(queued: Duration, in_progress: Duration) -> Self {
        Pace::Elapsed {
            queued,
            in_progress,
            followup_stale: in_progress / 2,
        }
    }

    /// Poll-counting pace with the given counts and a follow-up stale window
    /// of one `GET`.
    pub fn polls(queued: u64, in_progress: u64) -> Self {
        Pace::Polls {
            queued,
            in_progress,
            followup_stale: 1,
        }
    }
}

impl Default for Pace {
    /// `QUEUED` for 1.5 s, `INPROGRESS` for 3 s, follow-up stale window 1.5 s.
    fn default() -> Self {
        Pace::elapsed(Duration::from_millis(1500), Duration::from_secs(3))
    }
}

/// How runs created on the fake server end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RunOutcome {
    /// `SUCCEEDED`, with a plan, a pull request and a file artifact.
    #[default]
    Succeeded,
    /// `FAILED`, with a status message carrying the platform error code
    /// `environment_setup_failed` and `retryable: false`, and no artifacts.
    Failed,
}

/// Which listener a recorded request arrived on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Origin {
    /// The API (`base_url`).
    Api,
    /// The storage origin serving download URLs (`storage_url`).
    Storage,
}

/// One request the fake server received, as it arrived.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// Which listener received it.
    pub origin: Origin,
    /// The HTTP method.
    pub method: String,
    /// The path, e.g. `/api/v1/agent/runs`.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// The `Authorization` header, if any (the fake key is not a secret).
    pub authorization: Option<String>,
    /// The `User-Agent` header, if any.
    pub user_agent: Option<String>,
    /// The body (empty if none, or if it was too large to read).
    pub body: bytes::Bytes,
}

impl RecordedRequest {
    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}
