//! The engine behind every fleet wait: the runs followed, what each
//! interval does, what is reported. The listings themselves are in
//! [`super::sweep`].

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_core::Stream;
use tokio::time::Instant;

use super::FleetOptions;
use crate::error::{FleetTimeout, PendingRun, WaitTimeoutReason};
use crate::retry::is_transient;
use crate::types::{RunItem, RunState};
use crate::wait::{Schedule, WaitOptions};
use crate::{Client, Error, Result};

/// Which runs a fleet wait follows.
pub(super) enum Scope {
    /// The runs given.
    Runs,
    /// A root and every run listed with `ancestor_run_id=<root>`.
    Tree { root: String },
}

/// What a fleet wait keeps per run.
pub(super) struct Tracked {
    /// Order of first appearance (the order given, then discovery).
    pub(super) seq: u32,
    pub(super) state: Option<RunState>,
    pub(super) updated_at: Option<DateTime<Utc>>,
    /// Whether a listing has shown the run (else it is fetched by id).
    pub(super) listed: bool,
    /// When a listing or a `GET` last showed the run.
    pub(super) seen_at: Option<Instant>,
    pub(super) done: bool,
    /// The settled run, when the caller wants them back.
    pub(super) settled: Option<Box<RunItem>>,
}

impl Tracked {
    pub(super) fn new(seq: u32) -> Self {
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
pub(super) struct Read {
    /// The server's time when it read the first page (`as_of`, else `Date`).
    pub(super) server_now: Option<DateTime<Utc>>,
    /// Whether the listing was read to its end.
    pub(super) complete: bool,
    /// The `updated_at` of the last run read (where the listing stopped).
    pub(super) last: Option<DateTime<Utc>>,
    /// The newest `updated_at` of a run the wait follows.
    pub(super) newest_followed: Option<DateTime<Utc>>,
}

/// The engine behind every fleet wait.
pub(super) struct Fleet<'a> {
    pub(super) client: &'a Client,
    pub(super) options: WaitOptions,
    /// How far each listing reaches back before the watermark.
    pub(super) overlap: Duration,
    pub(super) scope: Scope,
    /// Keep settled runs (the waits return them).
    pub(super) keep_settled: bool,
    /// Queue state changes (the streams yield them).
    pub(super) emit: bool,
    pub(super) runs: HashMap<String, Tracked>,
    pub(super) next_seq: u32,
    pub(super) pending: usize,
    pub(super) watermark: Option<DateTime<Utc>>,
    /// The `updated_at` of the last followed run observed.
    pub(super) last_updated_at: Option<DateTime<Utc>>,
    /// Followed runs the last listing showed in a row the client cannot
    /// read: fetched on their own this interval.
    pub(super) refetch: HashSet<String>,
    /// When runs listed once and quiet since were last checked for.
    pub(super) rechecked_at: Instant,
    pub(super) queue: VecDeque<Result<RunItem>>,
    pub(super) span: tracing::Span,
    /// The poll schedule, shared with the waits for one run.
    pub(super) schedule: Schedule,
    pub(super) polls: u32,
    pub(super) initialized: bool,
    pub(super) finished: bool,
}

impl<'a> Fleet<'a> {
    pub(super) fn new(
        client: &'a Client,
        fleet_options: &FleetOptions,
        scope: Scope,
        ids: &[&str],
        keep_settled: bool,
        emit: bool,
    ) -> Self {
        let options = fleet_options.wait();
        let schedule = Schedule::new(options);
        let mut fleet = Fleet {
            client,
            options: options.clone(),
            overlap: fleet_options.overlap(),
            scope,
            keep_settled,
            emit,
            runs: HashMap::with_capacity(ids.len()),
            next_seq: 0,
            pending: 0,
            watermark: None,
            last_updated_at: None,
            refetch: HashSet::new(),
            rechecked_at: schedule.started(),
            queue: VecDeque::new(),
            span: tracing::info_span!(
                "oz_agent_api.fleet",
                runs = ids.len(),
                timeout_ms = options.timeout.map(|t| t.as_millis() as u64),
            ),
            schedule,
            polls: 0,
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
    pub(super) fn track(&mut self, id: &str) -> bool {
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
        let began = self.schedule.next_poll().await;
        let listed = if self.initialized {
            self.sweep().await
        } else {
            self.start().await
        };
        let now = Instant::now();
        let due = self.schedule.polled();
        match listed {
            Ok(()) => {
                self.initialized = true;
                self.fetch_unlisted().await;
                self.recheck_quiet().await;
                self.schedule.succeeded(due, Instant::now());
            }
            Err(error) if is_transient(&error) => {
                let outage = self.schedule.failing(began, now);
                self.span.in_scope(|| {
                    tracing::debug!(
                        outage_ms = outage.as_millis() as u64,
                        error = %error,
                        "fleet listing failed; will list again"
                    )
                });
                if let Err(error) = self.schedule.retry_later(due, now, error) {
                    self.queue.push_back(Err(error));
                    self.finished = true;
                    return;
                }
            }
            Err(error) => {
                self.queue.push_back(Err(error));
                self.finished = true;
                return;
            }
        }
        if self.pending == 0 {
            self.finished = true;
        } else if self.schedule.is_last() {
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
            reason: WaitTimeoutReason::Deadline,
            pending: pending
                .into_iter()
                .map(|(_, run_id, last_state)| PendingRun { run_id, last_state })
                .collect(),
            settled,
            elapsed: self.schedule.elapsed(),
            polls: self.polls,
            last_error: self.schedule.take_last_error(),
        }))
    }
    /// Takes in one run as a listing (`listed`) or a `GET` showed it;
    /// whether the wait follows it (its `updated_at` is then in
    /// `last_updated_at`).
    pub(super) fn observe(&mut self, run: RunItem, listed: bool) -> bool {
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
    /// A run that cannot be followed: reported, and no longer waited for.
    pub(super) fn unavailable(&mut self, id: &str, error: Error) {
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
    /// Runs until every run settled; the settled runs in order of first appearance.
    pub(super) async fn settle(mut self) -> Result<Vec<RunItem>> {
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
    pub(super) fn into_stream(self) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
        Box::pin(futures_util::stream::unfold(self, |mut fleet| async move {
            fleet.next().await.map(|item| (item, fleet))
        }))
    }
}
