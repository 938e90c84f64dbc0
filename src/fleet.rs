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
//!   [`Error::RunUnavailable`] — with or without a deadline.
//! * **Fallback.** Only runs no listing has shown are fetched one by one,
//!   each interval, until a listing shows them (or they settle).
//! * **Schedule, deadline, outages** are those of [`Client::wait_for_run`]:
//!   the interval starts at [`WaitOptions::initial_interval`] and grows by
//!   half to [`WaitOptions::max_interval`]; the deadline
//!   ([`WaitOptions::timeout`]) ends the wait with [`Error::FleetTimeout`]
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
//! is reported as [`Error::RunUnavailable`] naming it: the stream yields it
//! and goes on with the others, while [`Client::wait_for_runs`] and
//! [`Client::wait_for_run_tree`] end with it.
//!
//! Memory is a small record per run (its id, last state and `updated_at`,
//! about 160 bytes), plus, for `wait_for_runs`, the settled runs it returns;
//! one listing page (up to 500 runs) is decoded at a time.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_core::Stream;
use futures_util::StreamExt;
use tokio::time::Instant;
use tracing::Instrument;

pub use crate::error::FleetTimeout;
use crate::listing::{self, Row};
use crate::retry::is_transient;
use crate::retry::scale;
use crate::types::{ListRunsSortBy, ListRunsSortOrder, RunItem, RunState};
use crate::wait::{WaitOptions, BACKOFF_FACTOR, JITTER};
use crate::{Client, Error, Result};

/// Runs per listing page a fleet wait asks for (the API's maximum).
pub const PAGE_SIZE: u64 = 500;

/// Most pages one interval's listing follows.
pub const MAX_PAGES_PER_SWEEP: usize = 50;

/// Most per-run `GET`s in flight at once.
const GET_CONCURRENCY: usize = 8;

/// How long a listed run may go unseen by any listing before a fleet wait
/// checks it is still there: this, or four of the longest intervals
/// ([`WaitOptions::max_interval`]) if that is longer. See the
/// [module docs](self) ("Runs that disappear").
pub const RECHECK_AFTER: Duration = Duration::from_secs(60);

/// Which runs a fleet wait follows.
enum Scope {
    /// The runs given.
    Runs,
    /// A root and every run listed with `ancestor_run_id=<root>`.
    Tree { root: String },
}

/// What a fleet wait keeps per run.
struct Tracked {
    /// Order of first appearance (the order given, then discovery).
    seq: u32,
    state: Option<RunState>,
    updated_at: Option<DateTime<Utc>>,
    /// Whether a listing has shown the run (else it is fetched by id).
    listed: bool,
    /// When a listing or a `GET` last showed the run.
    seen_at: Option<Instant>,
    done: bool,
    /// The settled run, when the caller wants them back.
    settled: Option<Box<RunItem>>,
}

impl Tracked {
    fn new(seq: u32) -> Self {
        Tracked {
            seq,
            state: None,
            updated_at: None,
            listed: false,
            seen_at: None,
            done: false,
            settled: None,
        }
    }
}

/// What one listing showed, for the watermark.
#[derive(Default)]
struct Read {
    /// The server's time when it read the first page (`as_of`, else `Date`).
    server_now: Option<DateTime<Utc>>,
    /// Whether the listing was read to its end.
    complete: bool,
    /// The `updated_at` of the last run read (where the listing stopped).
    last: Option<DateTime<Utc>>,
    /// The newest `updated_at` of a run the wait follows.
    newest_followed: Option<DateTime<Utc>>,
}

/// The engine behind every fleet wait.
struct Fleet<'a> {
    client: &'a Client,
    options: WaitOptions,
    scope: Scope,
    /// Keep settled runs (the waits return them).
    keep_settled: bool,
    /// Queue state changes (the streams yield them).
    emit: bool,
    runs: HashMap<String, Tracked>,
    next_seq: u32,
    pending: usize,
    watermark: Option<DateTime<Utc>>,
    /// The `updated_at` of the last followed run observed.
    last_updated_at: Option<DateTime<Utc>>,
    /// Followed runs the last listing showed in a row the client cannot
    /// read: fetched on their own this interval.
    refetch: HashSet<String>,
    /// When runs listed once and quiet since were last checked for.
    rechecked_at: Instant,
    queue: VecDeque<Result<RunItem>>,
    span: tracing::Span,
    started: Instant,
    deadline: Option<Instant>,
    next_at: Option<Instant>,
    interval: Duration,
    final_done: bool,
    failing_since: Option<Instant>,
    last_error: Option<Error>,
    requests: u64,
    initialized: bool,
    finished: bool,
}

impl<'a> Fleet<'a> {
    fn new(
        client: &'a Client,
        options: &WaitOptions,
        scope: Scope,
        ids: &[&str],
        keep_settled: bool,
        emit: bool,
    ) -> Self {
        let started = Instant::now();
        let mut fleet = Fleet {
            client,
            options: options.clone(),
            scope,
            keep_settled,
            emit,
            runs: HashMap::with_capacity(ids.len()),
            next_seq: 0,
            pending: 0,
            watermark: None,
            last_updated_at: None,
            refetch: HashSet::new(),
            rechecked_at: started,
            queue: VecDeque::new(),
            span: tracing::info_span!(
                "oz_agent_api.fleet",
                runs = ids.len(),
                timeout_ms = options.get_timeout().map(|t| t.as_millis() as u64),
            ),
            started,
            deadline: options.get_timeout().and_then(|t| started.checked_add(t)),
            next_at: None,
            interval: options.first_interval(),
            final_done: false,
            failing_since: None,
            last_error: None,
            requests: 0,
            initialized: false,
            finished: false,
        };
        for id in ids {
            fleet.track(id);
        }
        fleet.finished = fleet.pending == 0;
        fleet
    }

    /// Starts following `id` (if it is not followed yet).
    fn track(&mut self, id: &str) -> bool {
        if self.runs.contains_key(id) {
            return false;
        }
        self.runs.insert(id.to_owned(), Tracked::new(self.next_seq));
        self.next_seq = self.next_seq.saturating_add(1);
        self.pending += 1;
        true
    }

    /// The next state change (or error), running listings as needed;
    /// `None` once every run has settled.
    async fn next(&mut self) -> Option<Result<RunItem>> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                if self.queue.is_empty() {
                    // A burst of changes must not keep its buffer.
                    self.queue = VecDeque::new();
                }
                return Some(item);
            }
            if self.finished {
                return None;
            }
            self.cycle().await;
        }
    }

    /// One interval: sleep, list what changed, fetch what no listing shows.
    async fn cycle(&mut self) {
        if let Some(at) = self.next_at {
            tokio::time::sleep_until(at).await;
        }
        let began = Instant::now();
        self.final_done = self.deadline.is_some_and(|d| began >= d);
        let listed = if self.initialized {
            self.sweep().await
        } else {
            self.start().await
        };
        let now = Instant::now();
        let sleep = self.next_sleep();
        match listed {
            Ok(()) => {
                self.initialized = true;
                self.failing_since = None;
                self.last_error = None;
                self.fetch_unlisted().await;
                self.recheck_quiet().await;
                self.schedule(Instant::now(), sleep);
            }
            Err(error) if is_transient(&error) => {
                let since = *self.failing_since.get_or_insert(began);
                let outage = now.duration_since(since);
                self.span.in_scope(|| {
                    tracing::debug!(
                        outage_ms = outage.as_millis() as u64,
                        error = %error,
                        "fleet listing failed; will list again"
                    )
                });
                if outage >= self.options.get_max_outage() {
                    self.queue.push_back(Err(error));
                    self.finished = true;
                    return;
                }
                let budget = since
                    .checked_add(self.options.get_max_outage())
                    .map_or(Duration::MAX, |end| end.saturating_duration_since(now));
                let asked = error.api().and_then(|api| api.retry_after());
                self.schedule(now, sleep.max(asked.unwrap_or_default().min(budget)));
                self.last_error = Some(error);
            }
            Err(error) => {
                self.queue.push_back(Err(error));
                self.finished = true;
                return;
            }
        }
        if self.pending == 0 {
            self.finished = true;
        } else if self.final_done {
            let error = self.timed_out();
            self.queue.push_back(Err(error));
            self.finished = true;
        }
    }

    fn timed_out(&mut self) -> Error {
        let mut pending: Vec<(u32, String, Option<RunState>)> = self
            .runs
            .iter()
            .filter(|(_, t)| !t.done)
            .map(|(id, t)| (t.seq, id.clone(), t.state.clone()))
            .collect();
        pending.sort_by_key(|(seq, _, _)| *seq);
        let settled = self.runs.len() - pending.len();
        Error::FleetTimeout(Box::new(FleetTimeout {
            pending: pending.into_iter().map(|(_, id, s)| (id, s)).collect(),
            settled,
            elapsed: Instant::now().duration_since(self.started),
            requests: self.requests,
            last_error: self.last_error.take(),
        }))
    }

    /// The sleep after this interval, and the interval after the next.
    fn next_sleep(&mut self) -> Duration {
        let base = self.interval;
        self.interval = scale(base, BACKOFF_FACTOR).min(self.options.interval_cap());
        if self.options.get_jitter() {
            scale(base, 1.0 - JITTER * fastrand::f64()).min(base)
        } else {
            base
        }
    }

    /// Schedules the next interval `sleep` after `now`, never past the deadline.
    fn schedule(&mut self, now: Instant, sleep: Duration) {
        let at = now + sleep.min(Duration::from_secs(24 * 60 * 60));
        self.next_at = Some(match self.deadline {
            Some(deadline) if at >= deadline => deadline,
            _ => at,
        });
    }

    /// The first listing: starting states and the watermark.
    async fn start(&mut self) -> Result<()> {
        match &self.scope {
            Scope::Runs => {
                let unseen: HashSet<String> = self
                    .runs
                    .iter()
                    .filter(|(_, t)| !t.listed && !t.done)
                    .map(|(id, _)| id.clone())
                    .collect();
                let read = self.newest_first(unseen).await?;
                // Read from the newest run down: every change up to the
                // time the server read the listing was seen.
                self.watermark = read.server_now.or(read.newest_followed);
                Ok(())
            }
            // The whole tree (no watermark yet); the root, which the
            // listing does not show, is fetched by id.
            Scope::Tree { .. } => self.sweep().await,
        }
    }

    /// The listing newest first, until every run of `runs` was seen (at
    /// most twice as many pages as they would fill).
    async fn newest_first(&mut self, runs: HashSet<String>) -> Result<Read> {
        let pages = runs.len().div_ceil(PAGE_SIZE as usize).max(1) * 2;
        let listing = self
            .client
            .list_runs()
            .sort_by(ListRunsSortBy::UpdatedAt)
            .sort_order(ListRunsSortOrder::Desc)
            .limit(PAGE_SIZE);
        self.read(listing, pages, Some(runs)).await
    }

    /// One interval's listing: what changed since the watermark, oldest first.
    async fn sweep(&mut self) -> Result<()> {
        let mut listing = self
            .client
            .list_runs()
            .sort_by(ListRunsSortBy::UpdatedAt)
            .sort_order(ListRunsSortOrder::Asc)
            .limit(PAGE_SIZE);
        if let Scope::Tree { root } = &self.scope {
            listing = listing.ancestor_run_id(root.as_str());
        }
        if let Some(after) = self.watermark.and_then(|w| {
            chrono::Duration::from_std(self.options.get_overlap())
                .ok()
                .and_then(|overlap| w.checked_sub_signed(overlap))
        }) {
            listing = listing.updated_after(after);
        }
        let read = self.read(listing, MAX_PAGES_PER_SWEEP, None).await?;
        let moved = match (read.complete, read.server_now) {
            // Read to its end: every change up to the server's time then.
            (true, Some(now)) => Some(now),
            // Cut short: where it stopped (the listing is in ascending
            // order), never past the server's time.
            (false, Some(now)) => read.last.map(|last| last.min(now)),
            // A server that tells no time: the newest change of a run the
            // wait follows.
            (_, None) => read.newest_followed,
        };
        self.watermark = self.watermark.max(moved);
        Ok(())
    }

    /// Reads up to `max_pages` pages of `listing`, observing every run;
    /// with `until`, stops once every run of it was seen. Rows the client
    /// cannot read are skipped (traced); a followed run among them is
    /// fetched on its own ([`Fleet::fetch_unlisted`]).
    async fn read(
        &mut self,
        listing: crate::builder::ListRuns<'a>,
        max_pages: usize,
        mut until: Option<HashSet<String>>,
    ) -> Result<Read> {
        let mut read = Read::default();
        let mut cursor: Option<String> = None;
        for page_number in 0..max_pages {
            let request = match cursor.take() {
                Some(cursor) => listing.clone().cursor(cursor),
                None => listing.clone(),
            };
            self.requests += 1;
            let page = listing::fetch(request)
                .instrument(self.span.clone())
                .await?;
            if page_number == 0 {
                read.server_now = page.server_now();
            }
            for row in page.rows {
                let run = match row {
                    Row::Run(run) => run,
                    Row::Unreadable { run_id, error, .. } => {
                        self.unreadable(run_id, &error);
                        continue;
                    }
                };
                read.last = Some(run.updated_at);
                if let Some(until) = until.as_mut() {
                    until.remove(&run.run_id);
                }
                if self.observe(run, true) {
                    read.newest_followed = read.newest_followed.max(self.last_updated_at);
                }
            }
            cursor = page.next_cursor;
            if cursor.is_none() {
                read.complete = true;
                break;
            }
            if until.as_ref().is_some_and(HashSet::is_empty) {
                break;
            }
        }
        Ok(read)
    }

    /// A row the listing shows that the client cannot read.
    fn unreadable(&mut self, run_id: Option<String>, error: &str) {
        let id = run_id.as_deref().unwrap_or("");
        // In a tree's listing every row is of the tree: a new run of it
        // that cannot be read is followed (and fetched) all the same.
        let followed = match (&self.scope, run_id.as_deref()) {
            (Scope::Tree { .. }, Some(id)) => {
                self.track(id);
                true
            }
            (_, Some(id)) => self.runs.get(id).is_some_and(|t| !t.done),
            (_, None) => false,
        };
        self.span.in_scope(|| {
            tracing::debug!(
                run_id = id,
                followed,
                error,
                "a listed run cannot be read; skipped"
            )
        });
        if followed {
            if let Some(id) = run_id {
                self.refetch.insert(id);
            }
        }
    }

    /// Fetches, one by one, the runs no listing has shown, and the followed
    /// runs the last listing showed in a row that cannot be read.
    async fn fetch_unlisted(&mut self) {
        let refetch = std::mem::take(&mut self.refetch);
        let ids: Vec<String> = self
            .runs
            .iter()
            .filter(|(id, t)| !t.done && (!t.listed || refetch.contains(*id)))
            .map(|(id, _)| id.clone())
            .collect();
        self.fetch(ids).await;
    }

    /// How long a listed run may go unseen before the wait checks it is
    /// still there: [`RECHECK_AFTER`], or four of the longest intervals if
    /// that is longer.
    fn recheck_after(&self) -> Duration {
        RECHECK_AFTER.max(self.options.interval_cap().saturating_mul(4))
    }

    /// A run deleted after a listing showed it is never listed again, and
    /// nothing else says so: runs no listing has shown for
    /// [`recheck_after`](Self::recheck_after) are looked for, newest first
    /// (a few pages, until all are seen), and those still not seen are
    /// fetched by id. A run that cannot be fetched (`404`) is reported as
    /// [`Error::RunUnavailable`]. A failed listing is tried again at the
    /// next interval. This listing does not move the watermark.
    async fn recheck_quiet(&mut self) {
        let now = Instant::now();
        let after = self.recheck_after();
        if now.saturating_duration_since(self.rechecked_at) < after {
            return;
        }
        let quiet: HashSet<String> = self
            .runs
            .iter()
            .filter(|(_, t)| {
                !t.done
                    && t.listed
                    && t.seen_at
                        .is_none_or(|seen| now.saturating_duration_since(seen) >= after)
            })
            .map(|(id, _)| id.clone())
            .collect();
        if quiet.is_empty() {
            return;
        }
        if let Err(error) = self.newest_first(quiet.clone()).await {
            self.span.in_scope(
                || tracing::debug!(error = %error, "checking quiet runs failed; will check again"),
            );
            return;
        }
        self.rechecked_at = now;
        let missing: Vec<String> = quiet
            .into_iter()
            .filter(|id| {
                self.runs
                    .get(id)
                    .is_some_and(|t| !t.done && t.seen_at.is_none_or(|seen| seen < now))
            })
            .collect();
        self.span.in_scope(|| {
            tracing::debug!(
                missing = missing.len(),
                "quiet runs no listing shows any more; fetching them"
            )
        });
        self.fetch(missing).await;
    }

    /// Fetches `ids` one by one (a few at a time) and takes their answers in.
    async fn fetch(&mut self, ids: Vec<String>) {
        if ids.is_empty() {
            return;
        }
        self.requests += ids.len() as u64;
        let client = self.client;
        let span = self.span.clone();
        let results: Vec<(String, Result<RunItem>)> = futures_util::stream::iter(ids)
            .map(|id| {
                let span = span.clone();
                async move {
                    let result = client
                        .get_run()
                        .run_id(id.as_str())
                        .send()
                        .instrument(span)
                        .await
                        .and_then(|r| crate::wait::the_run_asked(&id, r));
                    (id, result)
                }
            })
            .buffer_unordered(GET_CONCURRENCY)
            .collect()
            .await;
        for (id, result) in results {
            match result {
                Ok(run) => {
                    self.observe(run, false);
                }
                // Tried again next interval; the listing's outage rules
                // decide when the whole wait gives up.
                Err(e) if is_transient(&e) => {
                    self.span.in_scope(|| {
                        tracing::debug!(run_id = id.as_str(), error = %e, "run fetch failed; will fetch again")
                    });
                }
                Err(e) => self.unavailable(&id, e),
            }
        }
    }

    /// A run that cannot be followed: reported, and no longer waited for.
    fn unavailable(&mut self, id: &str, error: Error) {
        if let Some(t) = self.runs.get_mut(id) {
            if !t.done {
                t.done = true;
                self.pending -= 1;
            }
        }
        self.queue.push_back(Err(Error::RunUnavailable {
            run_id: id.to_owned(),
            source: Box::new(error),
        }));
    }

    /// Takes in one run as a listing (`listed`) or a `GET` showed it;
    /// whether the wait follows it (its `updated_at` is then in
    /// `last_updated_at`).
    fn observe(&mut self, run: RunItem, listed: bool) -> bool {
        if matches!(self.scope, Scope::Tree { .. }) && self.track(&run.run_id) {
            self.span.in_scope(|| {
                tracing::debug!(
                    run_id = run.run_id.as_str(),
                    parent = run.parent_run_id.as_deref().unwrap_or(""),
                    "a new run in the tree"
                )
            });
        }
        let Some(tracked) = self.runs.get_mut(&run.run_id) else {
            return false;
        };
        tracked.listed |= listed;
        tracked.seen_at = Some(Instant::now());
        self.last_updated_at = Some(run.updated_at);
        if tracked.done || tracked.updated_at.is_some_and(|seen| run.updated_at < seen) {
            return true;
        }
        tracked.updated_at = Some(run.updated_at);
        let changed = tracked.state.as_ref() != Some(&run.state);
        if !changed {
            return true;
        }
        tracked.state = Some(run.state.clone());
        if self.options.is_done(&run.state) {
            tracked.done = true;
            self.pending -= 1;
            if self.keep_settled {
                tracked.settled = Some(Box::new(run.clone()));
            }
        }
        self.span.in_scope(|| {
            tracing::debug!(
                run_id = run.run_id.as_str(),
                state = run.state.as_str(),
                "run state changed"
            )
        });
        if self.emit {
            self.queue.push_back(Ok(run));
        }
        true
    }

    /// Runs until every run settled; the settled runs in order of first appearance.
    async fn settle(mut self) -> Result<Vec<RunItem>> {
        while let Some(item) = self.next().await {
            item?;
        }
        let mut settled: Vec<(u32, RunItem)> = self
            .runs
            .into_values()
            .filter_map(|t| t.settled.map(|run| (t.seq, *run)))
            .collect();
        settled.sort_by_key(|(seq, _)| *seq);
        Ok(settled.into_iter().map(|(_, run)| run).collect())
    }

    fn into_stream(self) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
        Box::pin(futures_util::stream::unfold(self, |mut fleet| async move {
            fleet.next().await.map(|item| (item, fleet))
        }))
    }
}

impl Client {
    /// Follows `run_ids` with one `GET /agent/runs` per interval and yields
    /// each run each time its state changes (its first observation
    /// included), until every run has settled; see [`crate::fleet`].
    ///
    /// A run that cannot be fetched is yielded as [`Error::RunUnavailable`]
    /// and the stream goes on with the others. The deadline ends the stream
    /// with [`Error::FleetTimeout`]; listings failing for longer than
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
    /// Ends with [`Error::RunUnavailable`] as soon as one run cannot be
    /// fetched (an unknown id: `404`), with [`Error::FleetTimeout`] at the
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
