//! When a failed request is tried again, and how long to wait first.
//!
//! Every failure is first classified by what it proves about the server
//! having **acted** on the request: *no* (nothing was sent, or the server
//! refused it), *maybe* (it may have been received and applied), or *yes*
//! (the server answered it with a success or a redirect). A request is
//! repeated only when that is safe for its method: any method when the
//! server did not act, GET/PUT/DELETE (and POSTs opted in with
//! [`RetryPolicy::retry_non_idempotent`]) when it maybe did, and only
//! GET/PUT/DELETE once it did.
//!
//! | failure | acted | GET / PUT / DELETE | POST (default) | POST with [`RetryPolicy::retry_non_idempotent`] |
//! |---|---|---|---|---|
//! | connection never established | no | retry | retry | retry |
//! | 429, 503 | no | retry | retry | retry |
//! | 4xx other than 408 whose problem body says `"retryable": true` (Warp's `409` on cancelling a pending run) | no | retry | retry | retry |
//! | other 4xx | no | no | no | no |
//! | timeout or transport error after the request was sent | maybe | retry | **no** | retry |
//! | 408, 500, 502, 504, other 5xx | maybe | retry | **no** | retry |
//! | a success whose body broke off | yes | retry | **no** | **no** |
//! | any failure after a hop answered with a redirect | yes | retry | **no** | **no** |
//! | response says `x-should-retry: false`, or its body `"retryable": false` | | no | no | no |
//!
//! A POST that may have reached the server (it timed out after sending, or
//! got a 500/502/504) is not sent again: `createRun` would start a second run.
//! 429 and 503 are rejections — the server did not act — so they are safe,
//! and so is a 4xx whose problem body says `"retryable": true`: Warp
//! answers `409 Conflict` with `retryable: true` ("Pending agent runs
//! cannot be cancelled, retry after a moment") when a run is cancelled
//! while still pending, and its SDKs retry it.
//!
//! **`x-should-retry`.** A response header `x-should-retry: false` (the
//! convention of Warp's and other generated SDKs) stops retries of that
//! response whatever its status. `x-should-retry: true` makes an error
//! status retryable as far as the method allows: for any method when the
//! status is a refusal (4xx other than 408), and otherwise (408, 5xx) only
//! for methods the table lets repeat after a failure that *maybe* acted — it
//! never makes a default POST repeat a `500`. The header takes precedence
//! over the body's `retryable`.
//!
//! A POST (or any other non-idempotent request, such as PATCH) whose request
//! was answered with a redirect on any hop is never sent again, whatever fails
//! after it (a 503 or 429 from the redirect's target, an unreachable host, a
//! timeout): the redirect proves the server received and handled it. This
//! holds even with [`RetryPolicy::retry_non_idempotent`]. GET, PUT and DELETE
//! are retried after a redirect like any other failure.
//!
//! The wait before retry *n* (from 1) is `initial_backoff · 2^(n-1)`, capped
//! at `max_backoff`, reduced by up to 25 % of random jitter; a `retry-after-ms`
//! or `Retry-After` (seconds or HTTP-date) header replaces it when it is at
//! most `max_retry_after`. A server that asks for a longer wait than that gets
//! no retry: the error (with [`ApiError::retry_after`](crate::ApiError::retry_after))
//! goes back to the caller.
//!
//! # Retry budget
//!
//! Every retry also needs tokens from the client's **retry budget**
//! ([`RetryBudget`]): one token bucket shared by every request of a
//! [`Client`](crate::Client) and its clones, as in the AWS SDKs' standard
//! retry strategy. It starts full (500 tokens); a retry takes 5 tokens, a
//! retry after a timeout 10; a request that succeeds gives back what its
//! retries took, or 1 token if it needed none (never above the capacity).
//! When the bucket cannot pay for a retry, the request is not retried and
//! its error is returned, exactly as when `max_retries` is used up.
//!
//! So in normal operation (most requests succeed) the budget is never felt,
//! and during an outage — a 429 storm, a backend returning 503 to everyone —
//! a client with a thousand requests in flight sends at most
//! `capacity / retry_cost` = 100 retries in all, instead of two per request:
//! the retries stop multiplying the load on a service that is already
//! refusing it. A `Retry-After` is still honoured for every retry the budget
//! allows. [`RetryPolicy::retry_budget`] changes the parameters or turns the
//! budget off (`None`); [`Client::retry_tokens`](crate::Client::retry_tokens)
//! shows the tokens left.
//!
//! | event | tokens |
//! |---|---|
//! | retry after a timeout | −10 (`timeout_retry_cost`) |
//! | any other retry | −5 (`retry_cost`) |
//! | success after retries | + what those retries took |
//! | success without a retry | +1 (`success_refund`) |
//! | not enough tokens for a retry | no retry: the error is returned |
//!
//! # Creating a run
//!
//! `createRun` is not retried by this table after a failure that *maybe*
//! or certainly acted: [`crate::exactly_once`] looks the run up by its
//! client token, and resends the POST only when a listing proves the run
//! absent (the resend is a retry: it counts against `max_retries` and the
//! budget).

mod bucket;
mod classify;
mod creation;
mod headers;

use std::time::Duration;

use reqwest::Method;

pub(crate) use bucket::TokenBucket;
pub(crate) use classify::{is_idempotent, is_transient, Acted, Failure};
pub use creation::ExactlyOnceOptions;
pub(crate) use headers::{retry_after, should_retry};

/// How failed requests are retried. See the [module docs](self) for the matrix.
///
/// Every value is accepted, `Duration::MAX` and `u32::MAX` included: the
/// arithmetic saturates instead of panicking (a wait too long to represent is
/// as good as for ever).
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .with_max_retries(4)
///     .with_initial_backoff(Duration::from_millis(250))
///     .with_max_retry_after(Duration::from_secs(30));
/// assert_eq!(policy.max_retries(), 4);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    retry_non_idempotent: bool,
    jitter: bool,
    budget: Option<RetryBudget>,
}

impl Default for RetryPolicy {
    /// 2 retries, 0.5 s doubling to at most 8 s, with jitter; `Retry-After`
    /// up to 60 s; the default [`RetryBudget`].
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            retry_non_idempotent: false,
            jitter: true,
            budget: Some(RetryBudget::default()),
        }
    }
}

/// The parameters of a client's retry budget: a token bucket shared by all
/// requests of a [`Client`](crate::Client). See the [module docs](self#retry-budget).
///
/// ```
/// use oz_agent_api::retry::RetryBudget;
/// use oz_agent_api::RetryPolicy;
///
/// let budget = RetryBudget::default();
/// assert_eq!(budget.capacity(), 500);
/// // A smaller bucket: at most 20 retries before successes refill it.
/// let policy = RetryPolicy::default().with_retry_budget(RetryBudget::new(100).with_retry_cost(5));
/// // No budget at all: every request retries up to `max_retries`.
/// let unlimited = RetryPolicy::default().with_retry_budget(None);
/// # let _ = (policy, unlimited);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryBudget {
    capacity: u32,
    retry_cost: u32,
    timeout_retry_cost: u32,
    success_refund: u32,
}

impl Default for RetryBudget {
    /// 500 tokens; a retry costs 5, a retry after a timeout 10; a success
    /// without retries gives back 1.
    fn default() -> Self {
        RetryBudget {
            capacity: 500,
            retry_cost: 5,
            timeout_retry_cost: 10,
            success_refund: 1,
        }
    }
}

impl RetryBudget {
    /// A bucket of `capacity` tokens (starting full), with the default costs.
    pub fn new(capacity: u32) -> Self {
        RetryBudget {
            capacity,
            ..RetryBudget::default()
        }
    }

    /// Tokens a retry takes (default 5).
    pub fn with_retry_cost(mut self, tokens: u32) -> Self {
        self.retry_cost = tokens;
        self
    }

    /// Tokens a retry after a timeout takes (default 10): a timeout is the
    /// most expensive failure for the server as well.
    pub fn with_timeout_retry_cost(mut self, tokens: u32) -> Self {
        self.timeout_retry_cost = tokens;
        self
    }

    /// Tokens a request that succeeds without a retry gives back (default 1).
    pub fn with_success_refund(mut self, tokens: u32) -> Self {
        self.success_refund = tokens;
        self
    }

    /// The size of the bucket.
    pub fn capacity(&self) -> u32 {
        self.capacity
    }

    /// Tokens a retry takes.
    pub fn retry_cost(&self) -> u32 {
        self.retry_cost
    }

    /// Tokens a retry after a timeout takes.
    pub fn timeout_retry_cost(&self) -> u32 {
        self.timeout_retry_cost
    }

    /// Tokens a success without retries gives back.
    pub fn success_refund(&self) -> u32 {
        self.success_refund
    }
}

impl RetryPolicy {
    /// Never retry. (Run creation stays exactly-once: after an ambiguous
    /// failure the run is still looked up, but never sent again; see
    /// [`crate::ExactlyOnceOptions`].)
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// Retries after the first attempt (default 2).
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Wait before the first retry (default 0.5 s); doubles for each retry after.
    pub fn with_initial_backoff(mut self, wait: Duration) -> Self {
        self.initial_backoff = wait;
        self
    }

    /// Longest computed backoff (default 8 s).
    pub fn with_max_backoff(mut self, wait: Duration) -> Self {
        self.max_backoff = wait;
        self
    }

    /// Longest server-requested wait (`Retry-After`) that is honoured (default 60 s).
    pub fn with_max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// Also retry POSTs after ambiguous failures (timeout after sending, 500,
    /// 502, 504). Only for callers whose POSTs are safe to repeat.
    pub fn with_retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// Randomize waits by up to 25 % (default on), so clients do not retry in lockstep.
    pub fn with_jitter(mut self, yes: bool) -> Self {
        self.jitter = yes;
        self
    }

    /// The client-wide retry budget (default [`RetryBudget::default`]);
    /// `None` lets every request retry up to `max_retries` whatever the others
    /// do. See the [module docs](self#retry-budget).
    pub fn with_retry_budget(mut self, budget: impl Into<Option<RetryBudget>>) -> Self {
        self.budget = budget.into();
        self
    }

    /// Retries after the first attempt.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// The wait before the first retry.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The longest computed backoff.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// The longest `Retry-After` honoured.
    pub fn max_retry_after(&self) -> Duration {
        self.max_retry_after
    }

    /// Whether POSTs are retried after ambiguous failures.
    pub fn retry_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }

    /// Whether waits are randomized.
    pub fn jitter(&self) -> bool {
        self.jitter
    }

    /// The retry budget, if any.
    pub fn retry_budget(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }

    /// The same policy without retries of ambiguous POST failures (the
    /// transport's part of exactly-once creation).
    pub(crate) fn at_most_once(&self) -> RetryPolicy {
        RetryPolicy {
            retry_non_idempotent: false,
            ..self.clone()
        }
    }

    /// Whether a failure of `method` may be retried at all: the failure is
    /// worth retrying, and repeating `method` is safe after what the
    /// failure proves the server did (see the [module docs](self)).
    pub(crate) fn is_retryable(&self, method: &Method, failure: Failure) -> bool {
        classify::may_repeat(method, failure, self.retry_non_idempotent)
    }

    /// The wait before retry number `retry` (from 1), or `None` to give up.
    pub(crate) fn delay(
        &self,
        method: &Method,
        failure: Failure,
        retry: u32,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if retry > self.max_retries || !self.is_retryable(method, failure) {
            return None;
        }
        match retry_after {
            Some(wait) if wait <= self.max_retry_after => Some(wait),
            Some(_) => None,
            None => Some(self.backoff(retry)),
        }
    }

    /// Exponential backoff for retry number `retry` (from 1), with jitter.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1).min(30));
        let base = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        if self.jitter {
            scale(base, 1.0 - 0.25 * fastrand::f64()).min(base)
        } else {
            base
        }
    }
}

/// `duration · factor` (factor ≥ 0), saturating at [`Duration::MAX`] instead
/// of panicking like [`Duration::mul_f64`] (which overflows for any factor
/// near `Duration::MAX`, even 1.0, since the product goes through `f64`).
pub(crate) fn scale(duration: Duration, factor: f64) -> Duration {
    match Duration::try_from_secs_f64(duration.as_secs_f64() * factor) {
        Ok(scaled) => scaled,
        Err(_) if factor > 0.0 => Duration::MAX,
        Err(_) => Duration::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;

    #[test]
    fn backoff_doubles_from_half_a_second_and_caps_at_eight() {
        let p = RetryPolicy::default()
            .with_jitter(false)
            .with_max_retries(10);
        let waits: Vec<_> = (1..=6).map(|n| p.backoff(n).as_millis()).collect();
        assert_eq!(waits, [500, 1000, 2000, 4000, 8000, 8000]);
    }
    #[test]
    fn scale_saturates_instead_of_panicking() {
        assert_eq!(scale(Duration::MAX, 1.5), Duration::MAX);
        assert_eq!(scale(Duration::MAX, 1.0), Duration::MAX);
        assert!(scale(Duration::MAX, 0.8) < Duration::MAX);
        assert_eq!(
            scale(Duration::from_secs(u64::MAX / 4 * 3), 1.5),
            Duration::MAX
        );
        assert_eq!(scale(Duration::from_secs(2), 1.5), Duration::from_secs(3));
        assert_eq!(scale(Duration::from_secs(2), f64::NAN), Duration::ZERO);
        let p = RetryPolicy::default()
            .with_initial_backoff(Duration::MAX)
            .with_max_backoff(Duration::MAX);
        for retry in [1, 2, 31, u32::MAX] {
            assert!(p.backoff(retry) <= Duration::MAX);
        }
    }
    #[test]
    fn jitter_stays_within_a_quarter_below_the_base() {
        let p = RetryPolicy::default();
        for _ in 0..200 {
            let w = p.backoff(2);
            assert!(
                w <= Duration::from_millis(1000) && w >= Duration::from_millis(750),
                "{w:?}"
            );
        }
    }
    #[test]
    fn post_is_not_retried_after_ambiguous_failures() {
        let p = RetryPolicy::default();
        let post = Method::POST;
        assert!(p.is_retryable(&post, Failure::Connect));
        assert!(!p.is_retryable(&post, Failure::AfterSend));
        for s in [500, 502, 504, 408] {
            assert!(
                !p.is_retryable(
                    &post,
                    Failure::Status(StatusCode::from_u16(s).unwrap(), None)
                ),
                "{s}"
            );
        }
        for s in [429, 503] {
            assert!(
                p.is_retryable(
                    &post,
                    Failure::Status(StatusCode::from_u16(s).unwrap(), None)
                ),
                "{s}"
            );
        }
        let opted_in = p.with_retry_non_idempotent(true);
        assert!(opted_in.is_retryable(&post, Failure::AfterSend));
        assert!(opted_in.is_retryable(&post, Failure::Status(StatusCode::BAD_GATEWAY, None)));
    }
    #[test]
    fn retryable_false_in_the_body_stops_retries() {
        let p = RetryPolicy::default();
        assert!(!p.is_retryable(
            &Method::GET,
            Failure::Status(StatusCode::SERVICE_UNAVAILABLE, Some(false))
        ));
        assert!(p.is_retryable(
            &Method::GET,
            Failure::Status(StatusCode::SERVICE_UNAVAILABLE, Some(true))
        ));
    }
    #[test]
    fn server_waits_beyond_the_cap_are_not_honoured() {
        let s = Failure::Status(StatusCode::TOO_MANY_REQUESTS, None);
        assert_eq!(
            RetryPolicy::default().delay(&Method::GET, s, 1, Some(Duration::MAX)),
            None,
            "an endless wait is not retried"
        );
        let p = RetryPolicy::default().with_max_retry_after(Duration::from_secs(5));
        let s = Failure::Status(StatusCode::TOO_MANY_REQUESTS, None);
        assert_eq!(
            p.delay(&Method::GET, s, 1, Some(Duration::from_secs(5))),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            p.delay(&Method::GET, s, 1, Some(Duration::from_secs(6))),
            None
        );
        assert_eq!(
            p.delay(&Method::GET, s, 3, None),
            None,
            "only two retries by default"
        );
    }
}
