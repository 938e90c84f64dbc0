//! Waiting for many runs at once: one listing per interval for the whole
//! fleet, instead of one `GET` per run.
//!
//! Services that fan work out to agents wait on tens to thousands of runs.
//! [`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run) per run costs one request per run per interval;
//! [`ClientExt::watch_runs`](crate::ClientExt::watch_runs), [`ClientExt::wait_for_runs`](crate::ClientExt::wait_for_runs) and
//! [`ClientExt::wait_for_run_tree`](crate::ClientExt::wait_for_run_tree) follow any number of runs with one
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
//!   [`FleetOptions::with_overlap`]) re-reads the last few seconds, so runs that
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
//!   never listed again. Runs no listing has shown for a while
//!   (60 s, or four of the longest intervals if that is longer) are looked
//!   for once, newest first, a few pages until all are seen; those still
//!   not seen are fetched by id, and one that answers `404` is reported as
//!   [`Error::RunUnavailable`](crate::Error::RunUnavailable) — with or without a deadline.
//! * **Fallback.** Only runs no listing has shown are fetched one by one,
//!   each interval, until a listing shows them (or they settle).
//! * **Schedule, deadline, outages** are those of [`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run):
//!   the interval starts at [`WaitOptions::initial_interval`](crate::WaitOptions::initial_interval) and grows by
//!   half to [`WaitOptions::max_interval`](crate::WaitOptions::max_interval); the deadline
//!   ([`WaitOptions::timeout`](crate::WaitOptions::timeout)) ends the wait with [`Error::FleetTimeout`](crate::Error::FleetTimeout)
//!   naming the runs not settled; listings failing transiently (`429`,
//!   `5xx`, timeouts, resets) are absorbed for up to
//!   [`WaitOptions::max_outage`](crate::WaitOptions::max_outage), after which the wait ends with the last
//!   error. The whole fleet backs off as one: a `429` with `Retry-After`
//!   delays the next listing (within the outage budget), not a thousand
//!   separate polls. A listing failing otherwise (`401`, `400`) ends the wait.
//!
//! # What is reported
//!
//! Each run's state changes once, in the order they are seen, its first
//! observation included. A run is settled when
//! [`WaitOptions::is_done`](crate::WaitOptions::is_done) says so (terminal, or BLOCKED unless
//! [`WaitOptions::keep_waiting_when_blocked`](crate::WaitOptions::keep_waiting_when_blocked)); it is not followed after
//! that. A run that cannot be fetched (`404`, `403`, another run's answer)
//! is reported as [`Error::RunUnavailable`](crate::Error::RunUnavailable) naming it: the stream yields it
//! and goes on with the others, while [`ClientExt::wait_for_runs`](crate::ClientExt::wait_for_runs) and
//! [`ClientExt::wait_for_run_tree`](crate::ClientExt::wait_for_run_tree) end with it.
//!
//! Memory is a small record per run (its id, last state and `updated_at`,
//! about 160 bytes), plus, for `wait_for_runs`, the settled runs it returns;
//! one listing page (up to 500 runs) is decoded at a time.

mod engine;
mod options;
mod sweep;

use std::time::Duration;

use futures_core::Stream;

pub use crate::error::{FleetTimeout, PendingRun};
use crate::types::RunItem;
use crate::{Client, Result};
use engine::{Fleet, Scope};
pub use options::FleetOptions;

/// Runs per listing page a fleet wait asks for (the API's maximum).
pub(crate) const PAGE_SIZE: u64 = 500;

/// Most pages one interval's listing follows.
pub(crate) const MAX_PAGES_PER_SWEEP: usize = 50;

/// Most per-run `GET`s in flight at once.
pub(super) const GET_CONCURRENCY: usize = 8;

/// How long a listed run may go unseen by any listing before a fleet wait
/// checks it is still there: this, or four of the longest intervals
/// ([`WaitOptions::max_interval`](crate::WaitOptions::max_interval)) if that is longer. See the
/// [module docs](self) ("Runs that disappear").
pub(crate) const RECHECK_AFTER: Duration = Duration::from_secs(60);

/// See [`ClientExt::watch_runs`](crate::ClientExt::watch_runs).
pub(crate) fn watch_runs<'a, S: AsRef<str>>(
    client: &'a Client,
    run_ids: &[S],
    options: &FleetOptions,
) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
    let ids: Vec<&str> = run_ids.iter().map(AsRef::as_ref).collect();
    Fleet::new(client, options, Scope::Runs, &ids, false, true).into_stream()
}

/// See [`ClientExt::wait_for_runs`](crate::ClientExt::wait_for_runs).
pub(crate) async fn wait_for_runs<S: AsRef<str>>(
    client: &Client,
    run_ids: &[S],
    options: &FleetOptions,
) -> Result<Vec<RunItem>> {
    let ids: Vec<&str> = run_ids.iter().map(AsRef::as_ref).collect();
    Fleet::new(client, options, Scope::Runs, &ids, true, false)
        .settle()
        .await
}

/// See [`ClientExt::wait_for_run_tree`](crate::ClientExt::wait_for_run_tree).
pub(crate) async fn wait_for_run_tree(
    client: &Client,
    root_run_id: &str,
    options: &FleetOptions,
) -> Result<Vec<RunItem>> {
    let scope = Scope::Tree {
        root: root_run_id.to_owned(),
    };
    Fleet::new(client, options, scope, &[root_run_id], true, false)
        .settle()
        .await
}

/// See [`ClientExt::watch_run_tree`](crate::ClientExt::watch_run_tree).
pub(crate) fn watch_run_tree<'a>(
    client: &'a Client,
    root_run_id: &str,
    options: &FleetOptions,
) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
    let scope = Scope::Tree {
        root: root_run_id.to_owned(),
    };
    Fleet::new(client, options, scope, &[root_run_id], false, true).into_stream()
}
