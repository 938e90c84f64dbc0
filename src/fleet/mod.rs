//! Waiting for many runs at once: one listing per interval for the whole
//! fleet, instead of one `GET` per run.
//!
//! Services that fan work out to agents wait on tens to thousands of runs.
//! [`Client::wait_for_run`] per run costs one request per run per interval;
//! [`Client::watch_runs`], [`Client::wait_for_runs`] and
//! [`Client::wait_for_run_tree`] follow any number of runs with one
//! `GET /agent/runs` per interval (more pages only when more than 500 runs
//! changed).
//!
//! # How
//!
//! * **Start.** For a set of runs, the listing is read newest first
//!   (`sort_by=updated_at&sort_order=desc&limit=500`) until every run was
//!   seen (at most twice as many pages as the runs would fill): that gives
//!   each run's starting state. A run not found that way (an old run, or one
//!   the listing does not show, e.g. of another team) is fetched with
//!   `GET /agent/runs/{runId}`. For a tree, the root is fetched and its
//!   descendants listed (`ancestor_run_id=<root>`).
//! * **Watermark.** Where the next listing starts. It comes from the
//!   server, never the client's clock, and no run the wait does not follow
//!   can move it past the server's own time: after a listing read to its
//!   end, it is the server's notion of when it read it — the listing's
//!   `as_of` (a field from spec H on, read from the unknown fields before),
//!   else the response's `Date` header — and never a run's `updated_at`. A
//!   listing cut short (see below) resumes where it stopped (the `updated_at`
//!   of its last row), but never past that time either. A server that gives
//!   neither `as_of` nor `Date` moves it to the newest `updated_at` of a run
//!   the wait follows. So a teammate's run whose `updated_at` is hours ahead
//!   (a server with a wrong clock) cannot make the wait skip the changes it
//!   waits for. (The overlap below absorbs a `Date` a few seconds off the
//!   clock that stamps runs; a `Date` from a proxy whose clock is ahead of it
//!   by more than the overlap would skip changes: widen the overlap then.)
//! * **Each interval**, one listing of what changed since:
//!   `sort_by=updated_at&sort_order=asc&updated_after=<watermark − overlap>&limit=500`
//!   (with `ancestor_run_id=<root>` for a tree), following `next_cursor`
//!   while pages are full (up to 50 pages; ascending order means a sweep cut
//!   short resumes where it stopped). The **overlap** (5 s by default,
//!   [`WaitOptions::overlap`]) re-reads the last few seconds, so runs that
//!   share a timestamp with the watermark, or whose update became visible
//!   after a later one (servers writing with slightly different clocks), are
//!   not lost; a run seen again with the same `updated_at` and state is not
//!   reported again, and an answer older than what was already seen for a
//!   run (a lagging replica) is ignored.
//! * **Rows the client cannot read.** A page is read row by row: a row that
//!   does not decode (a teammate's run with `"title": null`) is skipped and
//!   traced, and does not fail the listing; a run the wait follows whose row
//!   cannot be read is fetched on its own (`GET /agent/runs/{runId}`) that
//!   interval.
//! * **Runs that disappear.** A run deleted after a listing showed it is
//!   never listed again. Runs no listing has shown for [`RECHECK_AFTER`]
//!   (60 s, or four of the longest intervals if that is longer) are looked
//!   for once, newest first, a few pages until all are seen; those still
//!   not seen are fetched by id, and one that answers `404` is reported as
//!   [`Error::RunUnavailable`](crate::Error::RunUnavailable) — with or without a deadline.
//! * **Fallback.** Only runs no listing has shown are fetched one by one,
//!   each interval, until a listing shows them (or they settle).
//! * **Schedule, deadline, outages** are those of [`Client::wait_for_run`]:
//!   the interval starts at [`WaitOptions::initial_interval`] and grows by
//!   half to [`WaitOptions::max_interval`]; the deadline
//!   ([`WaitOptions::timeout`]) ends the wait with [`Error::FleetTimeout`](crate::Error::FleetTimeout)
//!   naming the runs not settled; listings failing transiently (`429`,
//!   `5xx`, timeouts, resets) are absorbed for up to
//!   [`WaitOptions::max_outage`], after which the wait ends with the last
//!   error. The whole fleet backs off as one: a `429` with `Retry-After`
//!   delays the next listing (within the outage budget), not a thousand
//!   separate polls. A listing failing otherwise (`401`, `400`) ends the wait.
//!
//! # What is reported
//!
//! Each run's state changes once, in the order they are seen, its first
//! observation included. A run is settled when
//! [`WaitOptions::is_done`] says so (terminal, or BLOCKED unless
//! [`WaitOptions::keep_waiting_when_blocked`]); it is not followed after
//! that. A run that cannot be fetched (`404`, `403`, another run's answer)
//! is reported as [`Error::RunUnavailable`](crate::Error::RunUnavailable) naming it: the stream yields it
//! and goes on with the others, while [`Client::wait_for_runs`] and
//! [`Client::wait_for_run_tree`] end with it.
//!
//! Memory is a small record per run (its id, last state and `updated_at`,
//! about 160 bytes), plus, for `wait_for_runs`, the settled runs it returns;
//! one listing page (up to 500 runs) is decoded at a time.

mod engine;
mod sweep;

use std::time::Duration;

use futures_core::Stream;

pub use crate::error::FleetTimeout;
use crate::types::RunItem;
use crate::wait::WaitOptions;
use crate::{Client, Result};
use engine::{Fleet, Scope};

/// Runs per listing page a fleet wait asks for (the API's maximum).
pub const PAGE_SIZE: u64 = 500;

/// Most pages one interval's listing follows.
pub const MAX_PAGES_PER_SWEEP: usize = 50;

/// Most per-run `GET`s in flight at once.
pub(super) const GET_CONCURRENCY: usize = 8;

/// How long a listed run may go unseen by any listing before a fleet wait
/// checks it is still there: this, or four of the longest intervals
/// ([`WaitOptions::max_interval`]) if that is longer. See the
/// [module docs](self) ("Runs that disappear").
pub const RECHECK_AFTER: Duration = Duration::from_secs(60);

impl Client {
    /// Follows `run_ids` with one `GET /agent/runs` per interval and yields
    /// each run each time its state changes (its first observation
    /// included), until every run has settled; see [`crate::fleet`].
    ///
    /// A run that cannot be fetched is yielded as [`Error::RunUnavailable`](crate::Error::RunUnavailable)
    /// and the stream goes on with the others. The deadline ends the stream
    /// with [`Error::FleetTimeout`](crate::Error::FleetTimeout); listings failing for longer than
    /// [`WaitOptions::max_outage`] end it with their error. Duplicate ids
    /// are followed once.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client, ids: Vec<String>) -> oz_agent_api::Result<()> {
    /// use futures_util::StreamExt;
    /// use oz_agent_api::WaitOptions;
    ///
    /// let mut changes = client.watch_runs(&ids, &WaitOptions::default());
    /// while let Some(run) = changes.next().await {
    ///     let run = run?;
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn watch_runs<'a, S: AsRef<str>>(
        &'a self,
        run_ids: &[S],
        options: &WaitOptions,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
        let ids: Vec<&str> = run_ids.iter().map(AsRef::as_ref).collect();
        Fleet::new(self, options, Scope::Runs, &ids, false, true).into_stream()
    }

    /// Waits until every run of `run_ids` has settled (see
    /// [`WaitOptions::is_done`]) and returns them, in the order given
    /// (duplicates once), following them all with one `GET /agent/runs`
    /// per interval; see [`crate::fleet`].
    ///
    /// Ends with [`Error::RunUnavailable`](crate::Error::RunUnavailable) as soon as one run cannot be
    /// fetched (an unknown id: `404`), with [`Error::FleetTimeout`](crate::Error::FleetTimeout) at the
    /// deadline (naming the runs not settled), and with the listing's error
    /// after [`WaitOptions::max_outage`] of failing listings. No ids: `Ok`
    /// at once, with no request.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client, ids: Vec<String>) -> oz_agent_api::Result<()> {
    /// use std::time::Duration;
    /// use oz_agent_api::WaitOptions;
    ///
    /// let options = WaitOptions::default().timeout(Duration::from_secs(3600));
    /// let runs = client.wait_for_runs(&ids, &options).await?;
    /// let failed = runs.iter().filter(|r| !r.state.is_succeeded()).count();
    /// println!("{} runs, {failed} did not succeed", runs.len());
    /// # Ok(()) }
    /// ```
    pub async fn wait_for_runs<S: AsRef<str>>(
        &self,
        run_ids: &[S],
        options: &WaitOptions,
    ) -> Result<Vec<RunItem>> {
        let ids: Vec<&str> = run_ids.iter().map(AsRef::as_ref).collect();
        Fleet::new(self, options, Scope::Runs, &ids, true, false)
            .settle()
            .await
    }

    /// Waits until a run and all its descendants (the runs listed with
    /// `ancestor_run_id=<root>`: children, their children, …) have settled,
    /// including children that appear while waiting, and returns them: the
    /// root first, then the others in the order they were discovered.
    ///
    /// One `GET /agent/runs?ancestor_run_id=…` per interval covers the
    /// descendants; the root, which that listing does not show, is fetched
    /// with `GET /agent/runs/{runId}` until it settles. Errors and deadline
    /// as [`wait_for_runs`](Self::wait_for_runs).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::WaitOptions;
    ///
    /// let tree = client.wait_for_run_tree("root-run-id", &WaitOptions::default()).await?;
    /// for run in &tree {
    ///     println!("{} (parent {:?}): {}", run.run_id, run.parent_run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn wait_for_run_tree(
        &self,
        root_run_id: &str,
        options: &WaitOptions,
    ) -> Result<Vec<RunItem>> {
        let scope = Scope::Tree {
            root: root_run_id.to_owned(),
        };
        Fleet::new(self, options, scope, &[root_run_id], true, false)
            .settle()
            .await
    }

    /// [`wait_for_run_tree`](Self::wait_for_run_tree) as a stream of state
    /// changes, like [`watch_runs`](Self::watch_runs): every run of the
    /// tree, including those that appear while watching, each time its state
    /// changes.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use futures_util::TryStreamExt;
    /// use oz_agent_api::WaitOptions;
    ///
    /// let mut changes = client.watch_run_tree("root-run-id", &WaitOptions::default());
    /// while let Some(run) = changes.try_next().await? {
    ///     println!("{}: {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn watch_run_tree<'a>(
        &'a self,
        root_run_id: &str,
        options: &WaitOptions,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
        let scope = Scope::Tree {
            root: root_run_id.to_owned(),
        };
        Fleet::new(self, options, scope, &[root_run_id], false, true).into_stream()
    }
}
