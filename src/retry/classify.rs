//! The one classifier of failures: what a failed attempt proves about the
//! server having **acted** on the request, and whether repeating it is safe.
//!
//! Every retry decision asks it — the transport's retries
//! ([`RetryPolicy`](crate::RetryPolicy)), a wait's or a lookup's next poll
//! ([`is_transient`]), and exactly-once creation, which looks a run up
//! after a failure that *maybe* or certainly acted ([`Acted`]). See the
//! [module docs](super) for the matrix it implements.

use reqwest::{Method, StatusCode};

use crate::Error;

/// What happened to one attempt, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The connection was never established; nothing was sent.
    Connect,
    /// A timeout or other transport failure after the request may have been sent.
    AfterSend,
    /// The server answered with a success or a redirect, and what followed
    /// could not be used (a body that broke off, a redirect's target that
    /// failed): it acted on the request.
    Answered,
    /// An error status, with the server's word on retrying if any
    /// (`x-should-retry`, else the body's `retryable`).
    Status(StatusCode, Option<bool>),
}

/// What a failed attempt proves about the server having acted on the
/// request: the one question behind every retry decision and behind
/// exactly-once creation ([`crate::exactly_once`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Acted {
    /// Nothing was done: the request never left, or the server refused it
    /// (429, 503, a 4xx other than 408).
    No,
    /// Unknown: a timeout or a connection lost after sending, 408, 5xx.
    Maybe,
    /// The server handled it: it answered with a success (whose body could
    /// not be used) or with a redirect.
    Yes,
}

impl Failure {
    /// What this failure proves about the server having acted.
    pub(crate) fn acted(self) -> Acted {
        match self {
            Failure::Connect => Acted::No,
            Failure::AfterSend => Acted::Maybe,
            Failure::Answered => Acted::Yes,
            Failure::Status(status, _) => match status.as_u16() {
                408 => Acted::Maybe,
                400..=499 | 503 => Acted::No,
                _ => Acted::Maybe,
            },
        }
    }

    /// Whether this kind of failure is worth another attempt at all, the
    /// method aside.
    fn worth_retrying(self) -> bool {
        match self {
            Failure::Connect | Failure::AfterSend | Failure::Answered => true,
            Failure::Status(_, Some(hint)) => hint,
            Failure::Status(status, None) => matches!(status.as_u16(), 408 | 429 | 500..=599),
        }
    }
}

impl Failure {
    /// What a request's error says about its last attempt, or `None` for an
    /// error that is not about an attempt (an invalid request, a body that
    /// does not decode, a redirect not followed, …), which no retry helps.
    pub(crate) fn of(error: &Error) -> Option<Failure> {
        match error {
            Error::Transport { connect: true, .. } => Some(Failure::Connect),
            Error::Transport { .. } | Error::Timeout { .. } => Some(Failure::AfterSend),
            Error::Api(api) => Some(Failure::Status(api.status(), api.retry_hint())),
            _ => None,
        }
    }
}

/// Whether repeating a `method` request after `failure` is allowed: the
/// failure is worth retrying, and repeating the method is safe after what
/// the failure proves the server did. `retry_non_idempotent` lets any method
/// repeat after a failure that *maybe* acted (never after one that did).
pub(crate) fn may_repeat(method: &Method, failure: Failure, retry_non_idempotent: bool) -> bool {
    failure.worth_retrying()
        && match failure.acted() {
            Acted::No => true,
            Acted::Maybe => retry_non_idempotent || is_idempotent(method),
            Acted::Yes => is_idempotent(method),
        }
}

/// Whether a failed GET — a wait's poll, a fleet's listing, a creation
/// lookup — is worth repeating at the next interval: what the matrix would
/// retry for a GET. Anything else (`401`, `403`, `404`, a body that does
/// not decode, …) ends what polls.
pub(crate) fn is_transient(error: &Error) -> bool {
    Failure::of(error).is_some_and(|failure| may_repeat(&Method::GET, failure, false))
}

/// GET, HEAD, PUT, DELETE, OPTIONS and TRACE can be repeated safely.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_classified_by_what_they_prove_the_server_did() {
        let status = |s: u16, hint| Failure::Status(StatusCode::from_u16(s).unwrap(), hint);
        assert_eq!(Failure::Connect.acted(), Acted::No);
        assert_eq!(Failure::AfterSend.acted(), Acted::Maybe);
        assert_eq!(Failure::Answered.acted(), Acted::Yes);
        for s in [400, 401, 403, 404, 409, 422, 429, 503] {
            assert_eq!(status(s, None).acted(), Acted::No, "{s}");
        }
        for s in [408, 500, 502, 504, 599] {
            assert_eq!(status(s, None).acted(), Acted::Maybe, "{s}");
        }
        let (get, post) = (Method::GET, Method::POST);
        // A refusal the server says may be retried: any method.
        assert!(may_repeat(&post, status(409, Some(true)), false));
        assert!(!may_repeat(&post, status(409, None), false));
        // `false` always wins.
        assert!(!may_repeat(&get, status(503, Some(false)), false));
        assert!(!may_repeat(&post, status(429, Some(false)), false));
        // `true` never makes a default POST repeat what may have been applied.
        assert!(!may_repeat(&post, status(500, Some(true)), false));
        assert!(may_repeat(&get, status(500, Some(true)), false));
        // An answered request is repeated only when the method is idempotent.
        assert!(may_repeat(&get, Failure::Answered, false));
        assert!(!may_repeat(&post, Failure::Answered, true));
    }

    #[test]
    fn transient_errors_are_connection_timeouts_and_retryable_statuses() {
        let api = |status: u16, body: &[u8]| {
            Error::Api(Box::new(crate::ApiError::new(
                "get_run",
                StatusCode::from_u16(status).unwrap(),
                None,
                None,
                body,
            )))
        };
        for status in [408, 429, 500, 502, 503, 504] {
            assert!(is_transient(&api(status, b"")), "{status}");
        }
        for status in [400, 401, 403, 404, 409, 422] {
            assert!(!is_transient(&api(status, b"")), "{status}");
        }
        assert!(!is_transient(&api(503, br#"{"retryable": false}"#)));
        assert!(!is_transient(&Error::InvalidRequest("x".into())));
    }
}
