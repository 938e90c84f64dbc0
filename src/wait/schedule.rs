//! The poll schedule every wait shares: one run's polls
//! ([`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run) and friends) and a
//! fleet's listings ([`crate::fleet`]). The rules are the
//! [module docs](super)': the first poll at once, then intervals growing by
//! half from `initial_interval` to `max_interval` (jittered), never past the
//! deadline, with a last poll at the deadline itself; polls failing
//! transiently are absorbed for `max_outage`, and a server's `Retry-After`
//! is honoured within what is left of it.

use std::time::Duration;

use tokio::time::Instant;

use super::options::{WaitOptions, BACKOFF_FACTOR, JITTER};
use crate::retry::scale;
use crate::Error;

/// The longest sleep between two polls: an interval (or a server-requested
/// wait) can be anything; a day is plenty.
const LONGEST_SLEEP: Duration = Duration::from_secs(24 * 60 * 60);

/// When the next poll happens, and when polling ends.
///
/// A poll goes: [`next_poll`](Self::next_poll) (sleeps until it is due),
/// the request, [`polled`](Self::polled) (draws the sleep after it), then
/// [`succeeded`](Self::succeeded), or [`failing`](Self::failing) and
/// [`retry_later`](Self::retry_later) for a transient failure.
pub(crate) struct Schedule {
    options: WaitOptions,
    started: Instant,
    deadline: Option<Instant>,
    /// When the next poll starts; `None` for the first (immediate) poll.
    next_at: Option<Instant>,
    /// The un-jittered interval after the next poll.
    interval: Duration,
    /// Whether the poll begun last is at the deadline.
    last: bool,
    /// When polls began failing without a break.
    failing_since: Option<Instant>,
    /// The error of the last poll, when it failed transiently.
    last_error: Option<Error>,
}

/// The sleep due after a poll, drawn as the poll returns.
pub(crate) struct Due(Duration);

impl Schedule {
    pub(crate) fn new(options: &WaitOptions) -> Self {
        let started = Instant::now();
        Schedule {
            options: options.clone(),
            started,
            deadline: options.timeout.and_then(|t| started.checked_add(t)),
            next_at: None,
            interval: options.first_interval(),
            last: false,
            failing_since: None,
            last_error: None,
        }
    }

    /// When the wait began.
    pub(crate) fn started(&self) -> Instant {
        self.started
    }

    /// How long the wait has lasted.
    pub(crate) fn elapsed(&self) -> Duration {
        Instant::now().duration_since(self.started)
    }

    /// Sleeps until the next poll is due (the first is due at once) and
    /// returns when it begins.
    pub(crate) async fn next_poll(&mut self) -> Instant {
        if let Some(at) = self.next_at {
            tokio::time::sleep_until(at).await;
        }
        let began = Instant::now();
        self.last = self.deadline.is_some_and(|d| began >= d);
        began
    }

    /// Whether the poll begun last was at the deadline: none follows it.
    pub(crate) fn is_last(&self) -> bool {
        self.last
    }

    /// The poll returned: the sleep due after it, and the interval grows
    /// for the next.
    pub(crate) fn polled(&mut self) -> Due {
        let base = self.interval;
        self.interval = scale(base, BACKOFF_FACTOR).min(self.options.interval_cap());
        Due(if self.options.jitter {
            scale(base, 1.0 - JITTER * fastrand::f64()).min(base)
        } else {
            base
        })
    }

    /// The poll succeeded: an outage is over, and the next poll is `due`
    /// after `now`.
    pub(crate) fn succeeded(&mut self, due: Due, now: Instant) {
        self.failing_since = None;
        self.last_error = None;
        self.schedule(now, due.0);
    }

    /// The poll begun at `began` failed transiently at `now`: how long polls
    /// have been failing without a break.
    pub(crate) fn failing(&mut self, began: Instant, now: Instant) -> Duration {
        let since = *self.failing_since.get_or_insert(began);
        now.duration_since(since)
    }

    /// After [`failing`](Self::failing): `error` back when polls have been
    /// failing for `max_outage`; otherwise `error` is kept as the last, and
    /// the next poll is `due` after `now`, or later when the server asked
    /// for longer (`Retry-After`), within what is left of the outage budget.
    pub(crate) fn retry_later(
        &mut self,
        due: Due,
        now: Instant,
        error: Error,
    ) -> Result<(), Error> {
        let since = *self.failing_since.get_or_insert(now);
        if now.duration_since(since) >= self.options.max_outage {
            return Err(error);
        }
        let budget = since
            .checked_add(self.options.max_outage)
            .map_or(Duration::MAX, |end| end.saturating_duration_since(now));
        let asked = error.api().and_then(|api| api.retry_after());
        self.schedule(now, due.0.max(asked.unwrap_or_default().min(budget)));
        self.last_error = Some(error);
        Ok(())
    }

    /// The error of the last poll, when it failed transiently.
    pub(crate) fn take_last_error(&mut self) -> Option<Error> {
        self.last_error.take()
    }

    /// Schedules the next poll `sleep` after `now`, never past the deadline.
    fn schedule(&mut self, now: Instant, sleep: Duration) {
        let at = now + sleep.min(LONGEST_SLEEP);
        self.next_at = Some(match self.deadline {
            Some(deadline) if at >= deadline => deadline,
            _ => at,
        });
    }
}
