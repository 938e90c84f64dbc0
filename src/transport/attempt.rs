//! The vocabulary of one attempt: which responses end it as a success
//! ([`Follow`]), why it failed ([`Attempt`]), and a request that failed with
//! what it proves about the server having acted ([`Failed`]).

use reqwest::StatusCode;

use crate::error::ApiError;
use crate::retry;
use crate::Error;

/// Which responses end an attempt as a success.
#[derive(Clone, Copy)]
pub(super) enum Follow {
    /// Follow redirects; 2xx and the `accepted` statuses are successes.
    Redirects { accepted: &'static [u16] },
    /// Do not follow: 2xx and 3xx are successes (the caller reads `Location`).
    None,
}

impl From<bool> for Follow {
    fn from(follow_redirects: bool) -> Self {
        if follow_redirects {
            Follow::Redirects { accepted: &[] }
        } else {
            Follow::None
        }
    }
}

impl Follow {
    pub(super) fn redirects(self) -> bool {
        matches!(self, Follow::Redirects { .. })
    }

    pub(super) fn is_success(self, status: StatusCode) -> bool {
        status.is_success()
            || match self {
                Follow::Redirects { accepted } => accepted.contains(&status.as_u16()),
                Follow::None => status.is_redirection(),
            }
    }
}

/// Why one attempt did not succeed.
pub(super) enum Attempt {
    Transport(reqwest::Error),
    /// The body of a success broke off (the server answered: it acted).
    BodyBroke(reqwest::Error),
    TooLarge(StatusCode),
    Redirect(String),
    Status(Box<ApiError>),
}

/// A request that failed, with what its last attempt proves about the
/// server having acted on it (see [`crate::retry`]).
pub(crate) struct Failed {
    pub(crate) error: Error,
    pub(crate) acted: retry::Acted,
    /// A copy of the request as it was sent, unsent, when the retry loop
    /// was asked to keep one to the end (to send it again after a lookup:
    /// [`send_json_with`](super::send_json_with)).
    pub(crate) unsent: Option<reqwest::Request>,
}

impl From<Failed> for Error {
    fn from(failed: Failed) -> Self {
        failed.error
    }
}
