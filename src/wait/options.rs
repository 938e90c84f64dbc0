//! How a wait polls ([`WaitOptions`]) and when a run's state ends it.

use std::time::Duration;

use crate::types::{self, RunState};

/// Default wait before the second poll: Warp's CLI's polling interval (see
/// the [module docs](super) for why).
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
pub(super) const BACKOFF_FACTOR: f64 = 1.5;
/// Largest share of an interval that jitter takes off.
pub(super) const JITTER: f64 = 0.2;
/// Shortest interval, so a zero setting cannot turn the wait into a busy loop.
const MIN_INTERVAL: Duration = Duration::from_millis(10);

/// How [`Client::wait_for_run`](crate::Client::wait_for_run) and friends poll. See the [module docs](super)
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
    pub(crate) initial_interval: Duration,
    pub(crate) max_interval: Duration,
    pub(crate) timeout: Option<Duration>,
    pub(crate) keep_waiting_when_blocked: bool,
    pub(crate) max_outage: Duration,
    pub(crate) stale_state_window: Duration,
    pub(crate) jitter: bool,
    pub(crate) overlap: Duration,
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
    /// [`Client::submit_followup_and_wait`](crate::Client::submit_followup_and_wait).
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
    /// ([`Client::watch_runs`](crate::Client::watch_runs) and friends) asks the listing to start
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
