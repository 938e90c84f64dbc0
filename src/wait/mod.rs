//! Waiting for a run: polling `GET /agent/runs/{runId}` until it settles.
//!
//! [`Client::wait_for_run`] polls until the run is SUCCEEDED, FAILED, ERROR,
//! CANCELLED or BLOCKED (BLOCKED means the run needs a human; with
//! [`WaitOptions::keep_waiting_when_blocked`] the wait goes on through it).
//! [`Client::watch_run`] is the same loop as a stream of state changes, for
//! progress display. [`Client::create_run_and_wait`] and
//! [`Client::submit_followup_and_wait`] start the run (or the follow-up)
//! first.
//!
//! # Rules
//!
//! * **Backoff.** The first poll is immediate. The interval before the next
//!   starts at [`initial_interval`](WaitOptions::initial_interval) (3 s) and
//!   grows by half after every poll up to
//!   [`max_interval`](WaitOptions::max_interval) (10 s): 3, 4.5, 6.75, 10,
//!   10, … seconds. With jitter (on by default) each sleep is randomly
//!   shortened by up to 20 % so many waiters do not poll in lockstep.
//!   A `Retry-After` on a 429/503 lengthens the next sleep to at least that,
//!   but never past the end of the outage budget
//!   ([`max_outage`](WaitOptions::max_outage) after polls began failing) nor
//!   the deadline: the server asks, the caller's limits decide. A
//!   `Retry-After: 36000` during a wait without deadline and the default
//!   2-minute `max_outage` polls again 2 minutes after the failures began, and
//!   if that poll fails too the wait gives up with its error, instead of
//!   sleeping ten hours.
//! * **Why these defaults.** Warp's own CLI polls a run every 3 s: it
//!   polled every second until that drew `429 Too Many Requests`
//!   (warpdotdev/warp PR #10275). So a wait starts at Warp's own pace,
//!   3 s, and never polls faster than that schedule (jitter aside), and it
//!   slows down from there, since an agent run takes minutes: a run still
//!   working after half a minute is polled every 10 s, a sixth of the CLI's
//!   rate, which keeps a service with hundreds of waits (or a fleet wait,
//!   one listing per interval) well inside the API's rate limits while a
//!   finished run is noticed within 10 s. The deadline (30 min) bounds a
//!   run that never settles; `max_outage` (2 min) rides out a deploy or a
//!   burst of `429`s without giving up on the run.
//! * **Deadline.** [`timeout`](WaitOptions::timeout) (30 min by default, or
//!   none) bounds the wait. Sleeps never cross it and the last poll happens at
//!   the deadline itself, so a run that finished just before it is still
//!   seen; if that poll does not show the run settled, the wait returns
//!   [`Error::WaitTimeout`](crate::Error::WaitTimeout) with the last run seen. A poll in flight is not
//!   cut off: the wait can overrun the deadline by one request (itself bounded
//!   by the client's timeout and retry policy). For a hard cut-off, wrap the
//!   future in [`tokio::time::timeout`].
//!   With the defaults a 60-second deadline makes 9 requests without jitter
//!   (at 0, 3, 7.5, 14.25, 24.25, 34.25, 44.25, 54.25 and 60 s) and 9 to 11
//!   with it.
//! * **Transient failures.** A poll that fails with a connection or transport
//!   error, a request timeout, 408, 429 or 5xx (unless the body says
//!   `"retryable": false`) does not end the wait: the next poll follows on the
//!   usual schedule. This is on top of the client's own
//!   [`RetryPolicy`](crate::RetryPolicy), which already retries each GET. Only
//!   when polls have been failing without a break for longer than
//!   [`max_outage`](WaitOptions::max_outage) (2 min) does the wait give up,
//!   returning the last error. Any other error (401, 403, 404, a body that
//!   does not decode, …) ends the wait at once.
//! * **The run asked for.** A poll answered with another run (its `run_id`
//!   is not the one waited for) ends the wait at once with an
//!   [`Error::Decode`](crate::Error::Decode) naming both ids: a confused proxy or cache must not
//!   end a wait with someone else's result.
//! * **Unknown states.** A state this version does not know
//!   ([`RunState::Unrecognized`]) is not terminal: the wait goes on.
//! * **Follow-ups, interrupts and stale state.** See
//!   [`Client::submit_followup_and_wait`] for the rule;
//!   [`Client::interrupt_run_and_wait`],
//!   [`Client::interrupt_conversation_and_wait`] and
//!   [`Client::submit_conversation_followup_and_wait`] follow it too.

mod options;
mod poller;
mod schedule;
mod steer;
mod turn;

use futures_core::Stream;

pub use crate::error::{WaitTimeout, WaitTimeoutReason};
pub use options::{
    WaitOptions, DEFAULT_INITIAL_INTERVAL, DEFAULT_MAX_INTERVAL, DEFAULT_MAX_OUTAGE,
    DEFAULT_OVERLAP, DEFAULT_STALE_STATE_WINDOW, DEFAULT_WAIT_TIMEOUT,
};
pub(crate) use schedule::Schedule;

use crate::types::{self, RunItem, RunState};
use crate::{Client, Result};
use poller::Poller;

impl Client {
    /// Polls `GET /agent/runs/{runId}` until the run is SUCCEEDED, FAILED,
    /// ERROR, CANCELLED or (unless
    /// [`keep_waiting_when_blocked`](WaitOptions::keep_waiting_when_blocked))
    /// BLOCKED, and returns it.
    ///
    /// Fails with [`Error::WaitTimeout`](crate::Error::WaitTimeout) (carrying the last run seen) when
    /// the deadline passes, with the last error when polls keep failing
    /// transiently for longer than [`WaitOptions::max_outage`], and at once
    /// with any other error. See the [module docs](crate::wait) for the
    /// schedule.
    ///
    /// ```no_run
    /// # async fn demo() -> oz_agent_api::Result<()> {
    /// use std::time::Duration;
    /// use oz_agent_api::{Client, WaitOptions};
    ///
    /// let client = Client::from_env()?;
    /// let options = WaitOptions::default().timeout(Duration::from_secs(15 * 60));
    /// let run = client.wait_for_run("run-id", &options).await?;
    /// println!("{} ended {}", run.run_id, run.state);
    /// # Ok(()) }
    /// ```
    pub async fn wait_for_run(&self, run_id: &str, options: &WaitOptions) -> Result<RunItem> {
        let mut poller = Poller::new(self, run_id, options, "wait");
        loop {
            let run = poller.observe().await?;
            if options.is_done(&run.state) {
                return Ok(run);
            }
        }
    }

    /// Polls the run like [`wait_for_run`](Self::wait_for_run) and yields it
    /// each time its state changes (the first observation included); the
    /// stream ends after the state that ends the wait. An error ends the
    /// stream after it is yielded (a timeout as [`Error::WaitTimeout`](crate::Error::WaitTimeout)).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use futures_util::StreamExt;
    /// use oz_agent_api::WaitOptions;
    ///
    /// let mut updates = client.watch_run("run-id", &WaitOptions::default());
    /// while let Some(run) = updates.next().await {
    ///     let run = run?;
    ///     println!("{}: {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn watch_run<'a>(
        &'a self,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
        let poller = Poller::new(self, run_id, options, "watch");
        Box::pin(futures_util::stream::unfold(
            Some((poller, None::<RunState>)),
            |state| async move {
                let (mut poller, mut last) = state?;
                loop {
                    let run = match poller.observe().await {
                        Ok(run) => run,
                        Err(error) => return Some((Err(error), None)),
                    };
                    if last.as_ref() == Some(&run.state) {
                        continue;
                    }
                    last = Some(run.state.clone());
                    let next = if poller.options.is_done(&run.state) {
                        None
                    } else {
                        Some((poller, last))
                    };
                    return Some((Ok(run), next));
                }
            },
        ))
    }

    /// Creates a run (`POST /agent/runs`) and waits for it like
    /// [`wait_for_run`](Self::wait_for_run). The deadline covers the wait,
    /// not the creation.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::{types::RunAgentRequest, WaitOptions};
    ///
    /// let request: RunAgentRequest = RunAgentRequest::builder()
    ///     .prompt("Fix the flaky test in tests/wait.rs")
    ///     .try_into()
    ///     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
    /// let run = client.create_run_and_wait(request, &WaitOptions::default()).await?;
    /// println!("{}", run.state);
    /// # Ok(()) }
    /// ```
    pub async fn create_run_and_wait(
        &self,
        request: types::RunAgentRequest,
        options: &WaitOptions,
    ) -> Result<RunItem> {
        let created = self.create_run().body(request).send().await?.into_inner();
        tracing::debug!(
            run_id = created.run_id.as_str(),
            state = created.state.as_str(),
            "created run"
        );
        self.wait_for_run(&created.run_id, options).await
    }

    /// Submits a follow-up (`POST /agent/runs/{runId}/followups`) and waits
    /// for the run to settle again, without mistaking the state it had
    /// *before* the follow-up for the answer.
    ///
    /// After a follow-up the server can keep reporting the run's previous
    /// terminal state for a while. The rule:
    ///
    /// 1. Before submitting, the run is fetched once; its `state` and
    ///    `updated_at` are the baseline. (If this fails, nothing is submitted.)
    /// 2. If the baseline state is active (queued or working) or unknown, the
    ///    follow-up joins the run in flight: the wait is an ordinary
    ///    [`wait_for_run`](Self::wait_for_run).
    /// 3. If it is settled (terminal or BLOCKED), a settled state only counts
    ///    once the run has visibly moved on: a poll showed a state different
    ///    from the baseline (typically QUEUED or INPROGRESS, or a different
    ///    outcome). Within [`stale_state_window`](WaitOptions::stale_state_window)
    ///    (60 s) of the submission, the baseline state is ignored even if
    ///    `updated_at` changed, because the server may touch `updated_at` when
    ///    it records the follow-up, before the run restarts.
    /// 4. After the window, the baseline state with an `updated_at` newer
    ///    than the baseline's is accepted (the follow-up ran and settled the
    ///    same way between two polls); with an unchanged `updated_at` the
    ///    server never moved and the wait fails with [`Error::WaitTimeout`](crate::Error::WaitTimeout)
    ///    ([`WaitTimeoutReason::FollowupNotObserved`]), carrying the run.
    ///
    /// Limits: a server that reports the stale state with a newer
    /// `updated_at` for longer than the window is taken at its word (4), and
    /// one that finishes the follow-up between two polls with the same
    /// outcome *without* touching `updated_at` is reported as not observed.
    /// The wait's deadline and outage rules apply from the submission on.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::{types::RunFollowupRequest, WaitOptions};
    ///
    /// let followup: RunFollowupRequest = RunFollowupRequest::builder()
    ///     .message("Also update the changelog")
    ///     .try_into()
    ///     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
    /// let run = client
    ///     .submit_followup_and_wait("run-id", followup, &WaitOptions::default())
    ///     .await?;
    /// println!("{}", run.state);
    /// # Ok(()) }
    /// ```
    pub async fn submit_followup_and_wait(
        &self,
        run_id: &str,
        request: types::RunFollowupRequest,
        options: &WaitOptions,
    ) -> Result<RunItem> {
        turn::act_and_wait(self, run_id, options, turn::Act::Followup, || async {
            self.submit_run_followup()
                .run_id(run_id)
                .body(request)
                .send()
                .await
                .map(drop)
        })
        .await
    }
}
