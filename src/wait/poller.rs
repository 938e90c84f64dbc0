//! One run's polling loop: `GET /agent/runs/{runId}` on the shared
//! [`Schedule`], until a poll succeeds, the deadline passes, or an outage
//! outlasts its budget.

use tokio::time::Instant;
use tracing::Instrument;

use super::schedule::Schedule;
use super::WaitOptions;
use crate::error::{WaitTimeout, WaitTimeoutReason};
use crate::listing;
use crate::retry::is_transient;
use crate::types::RunItem;
use crate::{Client, Error, Result};

/// The polling loop shared by every wait for one run.
pub(super) struct Poller<'a> {
    client: &'a Client,
    run_id: String,
    pub(super) options: WaitOptions,
    pub(super) span: tracing::Span,
    schedule: Schedule,
    polls: u32,
    last_run: Option<RunItem>,
}

impl<'a> Poller<'a> {
    pub(super) fn new(
        client: &'a Client,
        run_id: &str,
        options: &WaitOptions,
        kind: &'static str,
    ) -> Self {
        let span = tracing::info_span!(
            "oz_agent_api.wait",
            run_id,
            kind,
            timeout_ms = options.timeout.map(|t| t.as_millis() as u64),
        );
        Poller {
            client,
            run_id: run_id.to_owned(),
            options: options.clone(),
            span,
            schedule: Schedule::new(options),
            polls: 0,
            last_run: None,
        }
    }

    /// The wait ends without an answer, for `reason`.
    pub(super) fn timed_out(&mut self, reason: WaitTimeoutReason) -> Error {
        let elapsed = self.schedule.elapsed();
        self.span.in_scope(|| {
            tracing::debug!(
                ?reason,
                polls = self.polls,
                elapsed_ms = elapsed.as_millis() as u64,
                "wait ended without an answer"
            )
        });
        Error::WaitTimeout(Box::new(WaitTimeout {
            run_id: self.run_id.clone(),
            reason,
            last_run: self.last_run.take(),
            elapsed,
            polls: self.polls,
            last_error: self.schedule.take_last_error(),
            last_task: None,
            task_uid: None,
        }))
    }

    /// Sleeps until the next poll and polls until one succeeds; transient
    /// failures are absorbed within [`WaitOptions::max_outage`].
    pub(super) async fn observe(&mut self) -> Result<RunItem> {
        loop {
            if self.schedule.is_last() {
                return Err(self.timed_out(WaitTimeoutReason::Deadline));
            }
            let started = self.schedule.next_poll().await;
            self.polls += 1;
            let result = listing::fetch_run(self.client, &self.run_id)
                .instrument(self.span.clone())
                .await;
            let now = Instant::now();
            let due = self.schedule.polled();
            let elapsed_ms = now.duration_since(self.schedule.started()).as_millis() as u64;
            match result {
                Ok(run) => {
                    self.span.in_scope(|| {
                        tracing::debug!(
                            poll = self.polls,
                            state = run.state.as_str(),
                            elapsed_ms,
                            "polled run"
                        )
                    });
                    self.last_run = Some(run.clone());
                    self.schedule.succeeded(due, now);
                    return Ok(run);
                }
                Err(error) if is_transient(&error) => {
                    let outage = self.schedule.failing(started, now);
                    self.span.in_scope(|| {
                        tracing::debug!(
                            poll = self.polls,
                            elapsed_ms,
                            outage_ms = outage.as_millis() as u64,
                            error = %error,
                            "poll failed; will poll again"
                        )
                    });
                    self.schedule.retry_later(due, now, error)?;
                }
                Err(error) => {
                    self.span.in_scope(|| {
                        tracing::debug!(poll = self.polls, elapsed_ms, error = %error, "poll failed")
                    });
                    return Err(error);
                }
            }
        }
    }
}
