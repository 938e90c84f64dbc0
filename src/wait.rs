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
//!   [`Error::WaitTimeout`] with the last run seen. A poll in flight is not
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
//!   [`Error::Decode`] naming both ids: a confused proxy or cache must not
//!   end a wait with someone else's result.
//! * **Unknown states.** A state this version does not know
//!   ([`RunState::Unrecognized`]) is not terminal: the wait goes on.
//! * **Follow-ups and stale state.** See [`Client::submit_followup_and_wait`].

use std::time::Duration;

use futures_core::Stream;
use tokio::time::Instant;
use tracing::Instrument;

pub use crate::error::{WaitTimeout, WaitTimeoutReason};
use crate::retry::{is_transient, scale};
use crate::types::{self, RunItem, RunState};
use crate::{Client, Error, Result};

/// Default wait before the second poll: Warp's CLI's polling interval (see
/// the [module docs](self) for why).
pub const DEFAULT_INITIAL_INTERVAL: Duration = Duration::from_secs(3);
/// Default longest wait between polls.
pub const DEFAULT_MAX_INTERVAL: Duration = Duration::from_secs(10);
/// Default deadline of a wait.
pub const DEFAULT_WAIT_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// Default time polls may keep failing transiently before the wait gives up.
pub const DEFAULT_MAX_OUTAGE: Duration = Duration::from_secs(120);
/// Default time a run may keep showing its pre-follow-up state.
pub const DEFAULT_STALE_STATE_WINDOW: Duration = Duration::from_secs(60);

/// Default overlap of a fleet listing's `updated_after` window; see
/// [`WaitOptions::overlap`].
pub const DEFAULT_OVERLAP: Duration = Duration::from_secs(5);

/// Growth of the interval after each poll.
pub(crate) const BACKOFF_FACTOR: f64 = 1.5;
/// Largest share of an interval that jitter takes off.
pub(crate) const JITTER: f64 = 0.2;
/// Shortest interval, so a zero setting cannot turn the wait into a busy loop.
const MIN_INTERVAL: Duration = Duration::from_millis(10);

/// How [`Client::wait_for_run`] and friends poll. See the [module docs](self)
/// for the rules.
///
/// Every value is accepted, `Duration::MAX` included, and none panics: the
/// arithmetic saturates, a sleep between two polls is at most a day, and a
/// timeout too long to represent means no deadline.
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api::WaitOptions;
///
/// let options = WaitOptions::default()
///     .initial_interval(Duration::from_millis(500))
///     .max_interval(Duration::from_secs(5))
///     .timeout(Duration::from_secs(600))
///     .keep_waiting_when_blocked(true);
/// assert_eq!(options.get_timeout(), Some(Duration::from_secs(600)));
///
/// // No deadline at all:
/// let forever = WaitOptions::default().timeout(None);
/// assert_eq!(forever.get_timeout(), None);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct WaitOptions {
    initial_interval: Duration,
    max_interval: Duration,
    timeout: Option<Duration>,
    keep_waiting_when_blocked: bool,
    max_outage: Duration,
    stale_state_window: Duration,
    jitter: bool,
    overlap: Duration,
}

impl Default for WaitOptions {
    /// Poll after 3 s, growing to every 10 s, with jitter; give up after
    /// 30 min, or after 2 min of failing polls; stop at BLOCKED; allow 60 s
    /// of stale state after a follow-up.
    fn default() -> Self {
        WaitOptions {
            initial_interval: DEFAULT_INITIAL_INTERVAL,
            max_interval: DEFAULT_MAX_INTERVAL,
            timeout: Some(DEFAULT_WAIT_TIMEOUT),
            keep_waiting_when_blocked: false,
            max_outage: DEFAULT_MAX_OUTAGE,
            stale_state_window: DEFAULT_STALE_STATE_WINDOW,
            jitter: true,
            overlap: DEFAULT_OVERLAP,
        }
    }
}

impl WaitOptions {
    /// Options with the defaults (same as [`WaitOptions::default`]).
    pub fn new() -> Self {
        WaitOptions::default()
    }

    /// Wait before the second poll (default 3 s, the interval Warp's own
    /// CLI polls at; at least 10 ms). The interval grows by half after each
    /// poll. Polling a run much faster than every 3 s draws `429`s.
    pub fn initial_interval(mut self, interval: Duration) -> Self {
        self.initial_interval = interval;
        self
    }

    /// Longest wait between polls (default 10 s).
    pub fn max_interval(mut self, interval: Duration) -> Self {
        self.max_interval = interval;
        self
    }

    /// Deadline of the wait (default 30 min); `None` waits without one.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Whether to keep waiting when the run is BLOCKED (default `false`:
    /// BLOCKED ends the wait, since the run needs a human to go on).
    pub fn keep_waiting_when_blocked(mut self, keep: bool) -> Self {
        self.keep_waiting_when_blocked = keep;
        self
    }

    /// How long polls may keep failing transiently (connection errors,
    /// timeouts, 429, 5xx) before the wait gives up with the last error
    /// (default 2 min). A server's `Retry-After` never makes the wait sleep
    /// past this budget.
    pub fn max_outage(mut self, outage: Duration) -> Self {
        self.max_outage = outage;
        self
    }

    /// How long after a follow-up the run may keep showing the state it had
    /// before it, before the wait decides (default 60 s); see
    /// [`Client::submit_followup_and_wait`].
    pub fn stale_state_window(mut self, window: Duration) -> Self {
        self.stale_state_window = window;
        self
    }

    /// Shorten each sleep randomly by up to 20 % (default on).
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// How far back before its watermark a fleet wait
    /// ([`Client::watch_runs`] and friends) asks the listing to start
    /// (default 5 s): `updated_after = watermark − overlap`. Runs seen again
    /// in the overlap are recognized and not reported twice; the overlap is
    /// what makes runs that share a timestamp, or whose update became
    /// visible after a later one (servers writing with slightly different
    /// clocks), impossible to miss. See [`crate::fleet`].
    pub fn overlap(mut self, overlap: Duration) -> Self {
        self.overlap = overlap;
        self
    }

    /// The overlap of a fleet listing's window.
    pub fn get_overlap(&self) -> Duration {
        self.overlap
    }

    /// How long polls may keep failing before the wait gives up.
    pub fn get_max_outage(&self) -> Duration {
        self.max_outage
    }

    /// Whether sleeps are jittered.
    pub fn get_jitter(&self) -> bool {
        self.jitter
    }

    /// The wait before the second poll.
    pub fn get_initial_interval(&self) -> Duration {
        self.initial_interval
    }

    /// The longest wait between polls.
    pub fn get_max_interval(&self) -> Duration {
        self.max_interval
    }

    /// The deadline, if any.
    pub fn get_timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// Whether BLOCKED is waited through.
    pub fn get_keep_waiting_when_blocked(&self) -> bool {
        self.keep_waiting_when_blocked
    }

    /// Whether a run in `state` ends a wait with these options.
    ///
    /// ```
    /// use oz_agent_api::{types::RunState, WaitOptions};
    ///
    /// let options = WaitOptions::default();
    /// assert!(options.is_done(&RunState::Failed));
    /// assert!(options.is_done(&RunState::Blocked));
    /// assert!(!options.keep_waiting_when_blocked(true).is_done(&RunState::Blocked));
    /// assert!(!WaitOptions::default().is_done(&RunState::from("ARCHIVING")));
    /// ```
    pub fn is_done(&self, state: &RunState) -> bool {
        state.is_terminal() || (state.is_blocked() && !self.keep_waiting_when_blocked)
    }

    pub(crate) fn first_interval(&self) -> Duration {
        self.initial_interval.max(MIN_INTERVAL)
    }

    pub(crate) fn interval_cap(&self) -> Duration {
        self.max_interval.max(self.first_interval())
    }
}

impl types::RunState {
    /// Whether the run has finished for good: SUCCEEDED, FAILED, ERROR or
    /// CANCELLED. (Only a follow-up starts it again.)
    ///
    /// BLOCKED is not included: the run is waiting for a human and goes on
    /// once unblocked; see [`is_blocked`](Self::is_blocked). The spec's
    /// cancel endpoint counts BLOCKED among the states that cannot be
    /// cancelled. A state this version does not know is not terminal.
    ///
    /// ```
    /// use oz_agent_api::types::RunState;
    ///
    /// assert!(RunState::Cancelled.is_terminal());
    /// assert!(!RunState::Inprogress.is_terminal());
    /// assert!(!RunState::Blocked.is_terminal());
    /// assert!(!RunState::from("SOMETHING_NEW").is_terminal());
    /// ```
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            RunState::Succeeded | RunState::Failed | RunState::Error | RunState::Cancelled
        )
    }

    /// Whether the run is BLOCKED: it needs a human (input or approval).
    pub fn is_blocked(&self) -> bool {
        matches!(self, RunState::Blocked)
    }

    /// Whether the run is SUCCEEDED.
    pub fn is_succeeded(&self) -> bool {
        matches!(self, RunState::Succeeded)
    }

    /// Whether the run is queued or working: QUEUED, PENDING, CLAIMED or
    /// INPROGRESS. A state this version does not know is not active either.
    pub fn is_active(&self) -> bool {
        matches!(
            self,
            RunState::Queued | RunState::Pending | RunState::Claimed | RunState::Inprogress
        )
    }
}

/// The run of a `get_run` response, or [`Error::Decode`] when the server
/// answered with another run than the one asked for.
pub(crate) fn the_run_asked(
    asked: &str,
    response: crate::ResponseValue<RunItem>,
) -> Result<RunItem> {
    let status = response.status();
    let run = response.into_inner();
    if run.run_id == asked {
        return Ok(run);
    }
    Err(Error::Decode(Box::new(crate::DecodeError {
        operation: "get_run",
        status,
        target: "RunItem",
        excerpt: String::new(),
        source: <serde_json::Error as serde::de::Error>::custom(format!(
            "asked for run {:?}, the server answered with run {:?}",
            crate::error::excerpt(asked, 80),
            crate::error::excerpt(&run.run_id, 80)
        )),
    })))
}

/// The polling loop shared by every wait: schedule, deadline, outages.
struct Poller<'a> {
    client: &'a Client,
    run_id: String,
    options: WaitOptions,
    span: tracing::Span,
    started: Instant,
    deadline: Option<Instant>,
    /// When the next poll starts; `None` for the first (immediate) poll.
    next_poll_at: Option<Instant>,
    /// The un-jittered interval after the next poll.
    interval: Duration,
    /// Whether the poll just made was at the deadline.
    final_poll_done: bool,
    polls: u32,
    last_run: Option<RunItem>,
    failing_since: Option<Instant>,
    last_error: Option<Error>,
}

impl<'a> Poller<'a> {
    fn new(client: &'a Client, run_id: &str, options: &WaitOptions, kind: &'static str) -> Self {
        let started = Instant::now();
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
            started,
            deadline: options.timeout.and_then(|t| started.checked_add(t)),
            next_poll_at: None,
            interval: options.first_interval(),
            final_poll_done: false,
            polls: 0,
            last_run: None,
            failing_since: None,
            last_error: None,
        }
    }

    fn timed_out(&mut self, reason: WaitTimeoutReason) -> Error {
        let elapsed = Instant::now().duration_since(self.started);
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
            last_error: self.last_error.take(),
        }))
    }

    /// The sleep after the poll just made, and the interval after the next.
    fn next_sleep(&mut self) -> Duration {
        let base = self.interval;
        self.interval = scale(base, BACKOFF_FACTOR).min(self.options.interval_cap());
        if self.options.jitter {
            scale(base, 1.0 - JITTER * fastrand::f64()).min(base)
        } else {
            base
        }
    }

    /// Schedules the next poll `sleep` after `now`, never past the deadline.
    fn schedule(&mut self, now: Instant, sleep: Duration) {
        // An interval (or a server-requested wait) can be anything; a day is plenty.
        let at = now + sleep.min(Duration::from_secs(24 * 60 * 60));
        self.next_poll_at = Some(match self.deadline {
            Some(deadline) if at >= deadline => deadline,
            _ => at,
        });
    }

    /// Sleeps until the next poll and polls until one succeeds; transient
    /// failures are absorbed within [`WaitOptions::max_outage`].
    async fn observe(&mut self) -> Result<RunItem> {
        loop {
            if self.final_poll_done {
                return Err(self.timed_out(WaitTimeoutReason::Deadline));
            }
            if let Some(at) = self.next_poll_at {
                tokio::time::sleep_until(at).await;
            }
            let started = Instant::now();
            self.final_poll_done = self.deadline.is_some_and(|d| started >= d);
            self.polls += 1;
            let result = self
                .client
                .get_run()
                .run_id(self.run_id.as_str())
                .send()
                .instrument(self.span.clone())
                .await;
            let now = Instant::now();
            let sleep = self.next_sleep();
            let elapsed_ms = now.duration_since(self.started).as_millis() as u64;
            match result.and_then(|response| the_run_asked(&self.run_id, response)) {
                Ok(run) => {
                    self.span.in_scope(|| {
                        tracing::debug!(
                            poll = self.polls,
                            state = run.state.as_str(),
                            elapsed_ms,
                            "polled run"
                        )
                    });
                    self.failing_since = None;
                    self.last_error = None;
                    self.last_run = Some(run.clone());
                    self.schedule(now, sleep);
                    return Ok(run);
                }
                Err(error) if is_transient(&error) => {
                    let since = *self.failing_since.get_or_insert(started);
                    let outage = now.duration_since(since);
                    self.span.in_scope(|| {
                        tracing::debug!(
                            poll = self.polls,
                            elapsed_ms,
                            outage_ms = outage.as_millis() as u64,
                            error = %error,
                            "poll failed; will poll again"
                        )
                    });
                    if outage >= self.options.max_outage {
                        return Err(error);
                    }
                    // What the server asks for, within the outage budget left.
                    let budget = since
                        .checked_add(self.options.max_outage)
                        .map_or(Duration::MAX, |end| end.saturating_duration_since(now));
                    let asked = error.api().and_then(|api| api.retry_after());
                    self.schedule(now, sleep.max(asked.unwrap_or_default().min(budget)));
                    self.last_error = Some(error);
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

impl Client {
    /// Polls `GET /agent/runs/{runId}` until the run is SUCCEEDED, FAILED,
    /// ERROR, CANCELLED or (unless
    /// [`keep_waiting_when_blocked`](WaitOptions::keep_waiting_when_blocked))
    /// BLOCKED, and returns it.
    ///
    /// Fails with [`Error::WaitTimeout`] (carrying the last run seen) when
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
    /// stream after it is yielded (a timeout as [`Error::WaitTimeout`]).
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
    ///    server never moved and the wait fails with [`Error::WaitTimeout`]
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
        let before = the_run_asked(run_id, self.get_run().run_id(run_id).send().await?)?;
        self.submit_run_followup()
            .run_id(run_id)
            .body(request)
            .send()
            .await?;
        let submitted = Instant::now();
        let mut poller = Poller::new(self, run_id, options, "followup");
        let settled = before.state.is_terminal() || before.state.is_blocked();
        let mut moved = !settled;
        poller.span.in_scope(|| {
            tracing::debug!(state = before.state.as_str(), updated_at = %before.updated_at, "submitted follow-up")
        });
        loop {
            let run = poller.observe().await?;
            if !moved {
                let in_window = submitted.elapsed() < options.stale_state_window;
                if run.state != before.state {
                    moved = true;
                } else if in_window {
                    poller.span.in_scope(|| {
                        tracing::debug!(
                            state = run.state.as_str(),
                            "ignoring the pre-follow-up state"
                        )
                    });
                    continue;
                } else if run.updated_at > before.updated_at {
                    moved = true;
                } else {
                    return Err(poller.timed_out(WaitTimeoutReason::FollowupNotObserved));
                }
            }
            if options.is_done(&run.state) {
                return Ok(run);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_finished_states_are_terminal() {
        let terminal: Vec<_> = RunState::KNOWN
            .iter()
            .map(|s| RunState::from(*s))
            .filter(RunState::is_terminal)
            .map(|s| s.to_string())
            .collect();
        assert_eq!(terminal, ["SUCCEEDED", "FAILED", "ERROR", "CANCELLED"]);
        assert!(!RunState::from("PAUSED").is_terminal());
        assert!(!RunState::from("PAUSED").is_active());
    }
}
