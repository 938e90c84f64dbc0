//! A fleet wait's listings: the first (starting states), each interval's
//! (what changed since the watermark), the check of quiet runs, and the
//! per-run `GET`s for what no listing shows.

use std::collections::HashSet;
use std::time::Duration;

use futures_util::StreamExt;
use tokio::time::Instant;
use tracing::Instrument;

use super::engine::{Fleet, Read, Scope};
use super::{GET_CONCURRENCY, MAX_PAGES_PER_SWEEP, PAGE_SIZE, RECHECK_AFTER};
use crate::listing::{self, Row};
use crate::retry::is_transient;
use crate::types::{ListRunsSortBy, ListRunsSortOrder, RunItem};
use crate::Result;

impl<'a> Fleet<'a> {
    /// The first listing: starting states and the watermark.
    pub(super) async fn start(&mut self) -> Result<()> {
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
    pub(super) async fn newest_first(&mut self, runs: HashSet<String>) -> Result<Read> {
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
    pub(super) async fn sweep(&mut self) -> Result<()> {
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
            chrono::Duration::from_std(self.overlap)
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
    pub(super) async fn read(
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
            self.polls = self.polls.saturating_add(1);
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
    pub(super) async fn fetch_unlisted(&mut self) {
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
    pub(super) async fn recheck_quiet(&mut self) {
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
    pub(super) async fn fetch(&mut self, ids: Vec<String>) {
        if ids.is_empty() {
            return;
        }
        self.polls = self
            .polls
            .saturating_add(u32::try_from(ids.len()).unwrap_or(u32::MAX));
        let client = self.client;
        let span = self.span.clone();
        let results: Vec<(String, Result<RunItem>)> = futures_util::stream::iter(ids)
            .map(|id| {
                let span = span.clone();
                async move {
                    let result = listing::fetch_run(client, &id).instrument(span).await;
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
}
