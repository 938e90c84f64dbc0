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

/// An unsent copy of `request` (for a retry, or a redirect's next hop);
/// `None` when its body is a stream. `body`, when given, is the request's
/// body (the caller's own bytes): the copy shares it.
///
/// What [`reqwest::Request::try_clone`] makes, without its detour: that
/// sets the copy's timeout through a freshly allocated extension map, then
/// replaces the map with a copy of the original's, on every request. A
/// request's only extension is its timeout (reqwest's sole per-request
/// setting), copied here as it is. A body reqwest holds, which only it can
/// copy, still goes through `try_clone`.
pub(super) fn copy(
    request: &reqwest::Request,
    body: Option<&bytes::Bytes>,
) -> Option<reqwest::Request> {
    let body = match (body, request.body()) {
        (_, None) => None,
        (Some(body), Some(_)) => Some(reqwest::Body::from(body.clone())),
        (None, Some(_)) => return request.try_clone(),
    };
    let mut copy = reqwest::Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    if let Some(timeout) = request.timeout() {
        *copy.timeout_mut() = Some(*timeout);
    }
    *copy.body_mut() = body;
    Some(copy)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use reqwest::header::{HeaderValue, AUTHORIZATION};

    #[test]
    fn a_copy_is_the_request_unsent() {
        let client = reqwest::Client::new();
        let mut sensitive = HeaderValue::from_static("Bearer k");
        sensitive.set_sensitive(true);
        for timeout in [None, Some(Duration::from_secs(7))] {
            let mut builder = client
                .post("https://example.com/a?b=c")
                .header(AUTHORIZATION, sensitive.clone())
                .header("x-two", "1")
                .header("x-two", "2")
                .version(reqwest::Version::HTTP_2)
                .body("body");
            if let Some(timeout) = timeout {
                builder = builder.timeout(timeout);
            }
            let request = builder.build().unwrap();
            let bytes = bytes::Bytes::from_static(b"body");
            for copy in [
                super::copy(&request, None).unwrap(),
                super::copy(&request, Some(&bytes)).unwrap(),
            ] {
                let expected = request.try_clone().unwrap();
                assert_eq!(copy.method(), expected.method());
                assert_eq!(copy.url(), expected.url());
                assert_eq!(copy.headers(), expected.headers());
                assert!(copy.headers()[AUTHORIZATION].is_sensitive());
                assert_eq!(copy.version(), expected.version());
                assert_eq!(copy.timeout(), expected.timeout());
                assert_eq!(
                    copy.body().and_then(|b| b.as_bytes()),
                    expected.body().and_then(|b| b.as_bytes())
                );
            }
            let mut bodiless = request.try_clone().unwrap();
            *bodiless.body_mut() = None;
            let copy = super::copy(&bodiless, None).unwrap();
            assert!(copy.body().is_none());
            assert_eq!(copy.timeout(), request.timeout());
            assert_eq!(copy.headers(), request.headers());
        }
        let streamed = client
            .post("https://example.com/")
            .body(reqwest::Body::wrap_stream(futures_util::stream::empty::<
                Result<bytes::Bytes, std::io::Error>,
            >()))
            .build()
            .unwrap();
        assert!(super::copy(&streamed, None).is_none());
    }
}
