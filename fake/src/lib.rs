//! A fake Oz (Warp Platform) agent API server on loopback, for tests and
//! demos: add it as a dev-dependency, as you would `wiremock`.
//!
//! ```toml
//! [dev-dependencies]
//! oz-agent-api-fake = "0.1"
//! ```
//!
//! [`FakeOzServer`] knows every operation of the client's vendored spec
//! (`oz_agent_api::spec::OPENAPI_JSON`, read through [`spec::Spec`]; never a
//! copy of its own):
//!
//! * **The run lifecycle is modelled by hand**: runs (create, get, list,
//!   cancel, follow up), their conversation, timeline and transcript,
//!   artifacts and their downloads, models and environments. Every run
//!   created with `POST /agent/runs` moves through
//!   `QUEUED → INPROGRESS → SUCCEEDED`.
//! * **Every other operation is answered from the spec**: a request is
//!   matched against each operation's method and path template, its
//!   parameters and body are checked against their schemas (`400` problem
//!   details otherwise), and it gets the documented success status with a
//!   schema-valid body generated from the response schema ([`examples`]).
//!   Resource collections (a `POST C` and a `GET C/{id}`: schedules and
//!   agent identities today) keep what is created in an in-memory store. So
//!   an operation added upstream works against the fake on the day its spec
//!   is vendored.
//!
//! It enforces `Authorization: Bearer <key>` like the real API (`401
//! application/problem+json` otherwise; operations whose `security` allows
//! anonymous access accept requests without the header), answers unknown
//! paths `404` and a known path with the wrong method `405`, and never
//! panics on input.
//!
//! ```no_run
//! # async fn demo() -> oz_agent_api::Result<()> {
//! use oz_agent_api::types;
//! use oz_agent_api_fake::FakeOzServer;
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
//! An interrupt (`POST /agent/runs/{id}/interrupt`) of an `INPROGRESS` run is
//! accepted (`202`) and, like the real service, applied asynchronously: the
//! run keeps reporting `INPROGRESS` for the stale window, then turns
//! `BLOCKED` (the turn is over, the session stays up, awaiting input); a
//! follow-up resumes it. A `QUEUED` run answers `409` `no_live_session`, a
//! finished one `409` `session_ended`. The conversation-keyed routes
//! (`POST /agent/conversations/{id}/followups` and `…/interrupt`) act on the
//! run serving the conversation and name it in their answer.
//!
//! # Factory dispatches
//!
//! `POST /factory/{uid}/runs` creates an ordinary run (kept, listed, waited
//! for, progressing like any other) that names the factory and carries its
//! ticket reference as `ticket_source`/`ticket_id` metadata, and a factory
//! task bound to its conversation. The task resolves (`GET
//! /factory/{uid}/task-by-run`, `GET /factory/{uid}/tasks/{task_uid}`) once
//! the run has started, as the real service creates it asynchronously; its
//! `current_run` is the run, with the run's state, and its stage follows the
//! run to `REVIEW` (never `COMPLETE`: a person completes a task). Stopping
//! it (`…/cancel`) cancels the run. Tasks made with `createFactoryTask` are
//! answered from the spec like other resource collections.
//!
//! # Metadata, child runs and teams
//!
//! * A run keeps the `metadata` it is created with (at most 20 keys of
//!   `[a-zA-Z0-9._-]`, string values of at most 256 bytes; `400` otherwise)
//!   and shows it on `RunItem.metadata`, whichever spec is vendored: the
//!   lifecycle reads and writes it as plain JSON.
//! * `GET /agent/runs?metadata[key]=value` keeps the runs with every pair
//!   given (at most 5 pairs; `400` beyond); with
//!   [`FakeOzServerBuilder::metadata_filter`]`(false)` it is answered `403`
//!   `feature_not_available`, as for a team without metadata filtering.
//! * Child runs ([`FakeOzServerBuilder::spawn_children`],
//!   [`FakeOzServer::spawn_child`], or `parent_run_id` on create) inherit
//!   their parent's metadata (keys given at creation win), name it as
//!   `parent_run_id`, and are listed by `ancestor_run_id` of any run above
//!   them.
//! * `X-Warp-Team-Uid` (spec G's team header) is recorded on every request;
//!   a run belongs to the team named when it was created (or the user's
//!   team), and `GET /agent/runs` lists the runs of the team it names.
//!
//! # Listing
//!
//! `GET /agent/runs` pages with opaque keyset cursors (stable however many
//! runs share a timestamp) and honours `limit` (1–500, default 20),
//! `cursor`, `sort_by` (`updated_at`, `created_at`, `title`, `agent`),
//! `sort_order`, repeated `state=` keys and the `name`, `model_id`,
//! `source`, `execution_location`, `q`, `created_after`, `created_before`,
//! `updated_after` (strictly after), `environment_id`, `artifact_type`,
//! `creator`, `executor`, `ancestor_run_id`, `factory_uid` (repeatable) and
//! `metadata[…]` filters. It
//! starts with a few finished runs from the past
//! ([`FakeOzServerBuilder::historical_runs`]).
//!
//! # Storage
//!
//! File artifacts and transcripts are served from a second loopback port that
//! plays the part of cloud storage: a *different origin* from the API, as
//! signed download URLs are in production. `GET /agent/artifacts/{uid}`
//! returns a `download_url` there, and `GET /agent/runs/{id}/transcript`
//! (like every documented redirect) redirects (302) there. Storage needs no
//! API key and **rejects (400) any request that carries an `Authorization`
//! header**, so a client that leaks its key to a download URL is caught. It
//! also checks the URL's signature (403) and expiry (400), and answers
//! errors in XML like cloud storage does.
//!
//! # Faults, clock and counters
//!
//! * [`FakeOzServer::fail_next`] and [`FakeOzServer::inject`] inject
//!   [`Fault`]s — an error status, a connection reset, a slow answer —
//!   before the request is applied or after it ([`Fault::after_apply`]: the
//!   run exists, the client sees a failure), for any operation or one;
//!   [`RandomFaults`] injects them into a share of responses, reproducibly
//!   from a seed.
//! * [`FakeOzServerBuilder::clock_offset`] puts the server's clock ahead of
//!   or behind the client's.
//! * Every request is recorded ([`FakeOzServer::requests`], with its
//!   operation id, team header and injected fault);
//!   [`FakeOzServer::operation_count`] and [`FakeOzServer::run_count`] are
//!   counters to assert on.
//! * [`Mode::Generated`] answers *every* operation from the spec, with no
//!   state: a schema-valid mock of the whole API.
//! * Dropping the server shuts it down gracefully (open connections finish the
//!   response in flight); [`FakeOzServer::shutdown`] also waits for that.

#![warn(missing_docs)]

mod app;
mod conform;
mod conversation;
pub mod examples;
mod faults;
mod generic;
mod list;
mod options;
mod recorded;
mod render;
mod reply;
mod request;
mod router;
mod runs;
mod server;
pub mod spec;
mod state;
mod storage;
mod store;
pub mod validate;

pub use examples::Fill;
pub use faults::{Fault, FaultKind, RandomFaults};
pub use options::{Mode, Pace, RunOutcome};
pub use recorded::{Origin, RecordedRequest};
pub use server::{FakeOzServer, FakeOzServerBuilder};

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
