//! How a wait polls ([`WaitOptions`]) and when a run's state ends it.

use std::time::Duration;

use crate::types::{self, RunState};

/// Default wait before the second poll: Warp's CLI's polling interval (see
/// the [module docs](super) for why).
pub(crate) const DEFAULT_INITIAL_INTERVAL: Duration = Duration::from_secs(3);
/// Default longest wait between polls.
pub(crate) const DEFAULT_MAX_INTERVAL: Duration = Duration::from_secs(10);
/// Default deadline of a wait.
pub(crate) const DEFAULT_WAIT_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// Default time polls may keep failing transiently before the wait gives up.
pub(crate) const DEFAULT_MAX_OUTAGE: Duration = Duration::from_secs(120);
/// Default time a run may keep showing its pre-follow-up state.
pub(crate) const DEFAULT_STALE_STATE_WINDOW: Duration = Duration::from_secs(60);

/// Growth of the interval after each poll.
pub(super) const BACKOFF_FACTOR: f64 = 1.5;
/// Largest share of an interval that jitter takes off.
pub(super) const JITTER: f64 = 0.2;
/// Shortest interval, so a zero setting cannot turn the wait into a busy loop.
const MIN_INTERVAL: Duration = Duration::from_millis(10);

/// How [`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run) and friends poll. See the [module docs](super)
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
///     .with_initial_interval(Duration::from_millis(500))
///     .with_max_interval(Duration::from_secs(5))
///     .with_timeout(Duration::from_secs(600))
///     .with_keep_waiting_when_blocked(true);
/// assert_eq!(options.timeout(), Some(Duration::from_secs(600)));
///
/// // No deadline at all:
/// let forever = WaitOptions::default().with_timeout(None);
/// assert_eq!(forever.timeout(), None);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct WaitOptions {
    pub(crate) initial_interval: Duration,
    pub(crate) max_interval: Duration,
    pub(crate) timeout: Option<Duration>,
    pub(crate) keep_waiting_when_blocked: bool,
    pub(crate) max_outage: Duration,
    pub(crate) jitter: bool,
}

impl Default for WaitOptions {
    /// Poll after 3 s, growing to every 10 s, with jitter; give up after
    /// 30 min, or after 2 min of failing polls; stop at BLOCKED.
    fn default() -> Self {
        WaitOptions {
            initial_interval: DEFAULT_INITIAL_INTERVAL,
            max_interval: DEFAULT_MAX_INTERVAL,
            timeout: Some(DEFAULT_WAIT_TIMEOUT),
            keep_waiting_when_blocked: false,
            max_outage: DEFAULT_MAX_OUTAGE,
            jitter: true,
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
    pub fn with_initial_interval(mut self, interval: Duration) -> Self {
        self.initial_interval = interval;
        self
    }

    /// Longest wait between polls (default 10 s).
    pub fn with_max_interval(mut self, interval: Duration) -> Self {
        self.max_interval = interval;
        self
    }

    /// Deadline of the wait (default 30 min); `None` waits without one.
    pub fn with_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Whether to keep waiting when the run is BLOCKED (default `false`:
    /// BLOCKED ends the wait, since the run needs a human to go on).
    pub fn with_keep_waiting_when_blocked(mut self, keep: bool) -> Self {
        self.keep_waiting_when_blocked = keep;
        self
    }

    /// How long polls may keep failing transiently (connection errors,
    /// timeouts, 429, 5xx) before the wait gives up with the last error
    /// (default 2 min). A server's `Retry-After` never makes the wait sleep
    /// past this budget.
    pub fn with_max_outage(mut self, outage: Duration) -> Self {
        self.max_outage = outage;
        self
    }

    /// Shorten each sleep randomly by up to 20 % (default on).
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// How long polls may keep failing before the wait gives up.
    pub fn max_outage(&self) -> Duration {
        self.max_outage
    }

    /// Whether sleeps are jittered.
    pub fn jitter(&self) -> bool {
        self.jitter
    }

    /// The wait before the second poll.
    pub fn initial_interval(&self) -> Duration {
        self.initial_interval
    }

    /// The longest wait between polls.
    pub fn max_interval(&self) -> Duration {
        self.max_interval
    }

    /// The deadline, if any.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// Whether BLOCKED is waited through.
    pub fn keep_waiting_when_blocked(&self) -> bool {
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
    /// assert!(!options.with_keep_waiting_when_blocked(true).is_done(&RunState::Blocked));
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

/// How [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait)
/// waits: the [`WaitOptions`] of any wait, and how long the run may keep
/// showing the state it had before the follow-up.
///
/// A `&WaitOptions` (or `WaitOptions`) converts into it with the default
/// window, so `client.submit_run_followup_and_wait(id, request, &wait)`
/// works as it is.
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api::{FollowupOptions, WaitOptions};
///
/// let options = FollowupOptions::new(WaitOptions::default().with_timeout(Duration::from_secs(600)))
///     .with_stale_state_window(Duration::from_secs(20));
/// assert_eq!(options.stale_state_window(), Duration::from_secs(20));
/// assert_eq!(options.wait().timeout(), Some(Duration::from_secs(600)));
/// assert_eq!(FollowupOptions::default().stale_state_window(), Duration::from_secs(60));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FollowupOptions {
    wait: WaitOptions,
    stale_state_window: Duration,
}

impl Default for FollowupOptions {
    /// [`WaitOptions::default`], and a 60 s window.
    fn default() -> Self {
        FollowupOptions::new(WaitOptions::default())
    }
}

impl FollowupOptions {
    /// The follow-up wait with these wait options and the default window (60 s).
    pub fn new(wait: WaitOptions) -> Self {
        FollowupOptions {
            wait,
            stale_state_window: DEFAULT_STALE_STATE_WINDOW,
        }
    }

    /// How long after a follow-up the run may keep showing the state it had
    /// before it, before the wait decides (default 60 s); see
    /// [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait).
    pub fn with_stale_state_window(mut self, window: Duration) -> Self {
        self.stale_state_window = window;
        self
    }

    /// The options of the wait itself.
    pub fn wait(&self) -> &WaitOptions {
        &self.wait
    }

    /// How long the run may keep showing its pre-follow-up state.
    pub fn stale_state_window(&self) -> Duration {
        self.stale_state_window
    }
}

impl From<WaitOptions> for FollowupOptions {
    fn from(wait: WaitOptions) -> Self {
        FollowupOptions::new(wait)
    }
}

impl From<&WaitOptions> for FollowupOptions {
    fn from(wait: &WaitOptions) -> Self {
        FollowupOptions::new(wait.clone())
    }
}

impl From<&FollowupOptions> for FollowupOptions {
    fn from(options: &FollowupOptions) -> Self {
        options.clone()
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
