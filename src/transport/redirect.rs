//! The redirect loop: following 3xx answers by hand, so that every hop to
//! another origin drops the key and the caller's custom headers, no
//! `Referer` is sent, and the hops are bounded.

use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use reqwest::{Method, Request, Response, StatusCode};

use super::attempt::{copy as copy_request, Attempt};
use super::credentials::{same_origin, scrub, strip_credentials};
use crate::Client;

/// Redirects followed before giving up with [`Error::Redirect`].
pub(crate) const MAX_REDIRECTS: usize = 10;

/// Executes the request, following redirects when asked. The client's own
/// reqwest redirect handling is off: following here lets every hop to another
/// origin drop the key *and* the caller's custom headers (reqwest strips only
/// `Authorization`), sends no `Referer`, and bounds the hops. Sets
/// `redirected` as soon as a hop answers with a redirect that is followed.
///
/// A redirect needs a copy of the request it answers: for the first hop
/// that is `copy` when given (an unsent copy of `request`), so the common
/// case, no redirect, copies nothing here.
pub(super) async fn follow_redirects(
    client: &Client,
    mut request: Request,
    copy: Option<&Request>,
    follow: bool,
    redirected: &mut bool,
) -> std::result::Result<Response, Attempt> {
    let mut hops = 0;
    loop {
        let copy = copy.filter(|_| hops == 0);
        let replay = if follow && copy.is_none() {
            copy_request(&request, None)
        } else {
            None
        };
        let response = http_for(client, &mut request)
            .execute(request)
            .await
            .map_err(|e| Attempt::Transport(scrub(client, e)))?;
        let status = response.status();
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok());
        let (true, Some(location)) = (follow && is_followed(status), location) else {
            return Ok(response);
        };
        let Some(mut next) = replay.or_else(|| copy.and_then(|copy| copy_request(copy, None)))
        else {
            return Ok(response);
        };
        *redirected = true;
        // `next` is a copy of the request that was just answered.
        let from = next.url().clone();
        hops += 1;
        if hops > MAX_REDIRECTS {
            return Err(Attempt::Redirect(format!(
                "more than {MAX_REDIRECTS} redirects"
            )));
        }
        let Ok(url) = from.join(location) else {
            return Err(Attempt::Redirect(format!(
                "invalid Location {:?}",
                crate::error::excerpt(location, 80)
            )));
        };
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Attempt::Redirect(format!(
                "redirect to a {} URL",
                url.scheme()
            )));
        }
        let becomes_get = status == StatusCode::SEE_OTHER
            || (matches!(status, StatusCode::MOVED_PERMANENTLY | StatusCode::FOUND)
                && next.method() == Method::POST);
        if becomes_get {
            *next.method_mut() = Method::GET;
            *next.body_mut() = None;
            next.headers_mut().remove(CONTENT_TYPE);
            next.headers_mut().remove(CONTENT_LENGTH);
        }
        if !same_origin(&url, &from) || !same_origin(&url, &client.inner.shared.base_url) {
            strip_credentials(client, next.headers_mut());
        }
        *next.url_mut() = url;
        drop(response);
        tracing::debug!(status = status.as_u16(), hop = hops, "following redirect");
        request = next;
    }
}

/// The longest a streamed request may take in all: none that matters (the
/// idle read timeout of the client for streams bounds it). `Duration::MAX`
/// saturates to tokio's far future. A request with this timeout is a
/// download stream's ([`crate::download`]), and goes through the client
/// for streams ([`crate::config::StreamClient`]).
pub(crate) const NO_DEADLINE: std::time::Duration = std::time::Duration::MAX;

/// The HTTP client that sends `request`: the client's own, or for a
/// download stream's request, the client for streams (an idle read timeout
/// instead of the overall deadline). Should that client fail to build, the
/// stream keeps the overall deadline.
fn http_for<'a>(client: &'a Client, request: &mut Request) -> &'a reqwest::Client {
    if let Some(streams) = &client.inner.shared.streams {
        if request.timeout() == Some(&NO_DEADLINE) {
            match streams.http() {
                Some(http) => return http,
                None => *request.timeout_mut() = Some(streams.timeout()),
            }
        }
    }
    &client.client
}

fn is_followed(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::MOVED_PERMANENTLY
            | StatusCode::FOUND
            | StatusCode::SEE_OTHER
            | StatusCode::TEMPORARY_REDIRECT
            | StatusCode::PERMANENT_REDIRECT
    )
}
