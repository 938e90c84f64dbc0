//! The retry loop: one request, attempted until it succeeds or the retry
//! policy and the client's retry budget say stop (see [`crate::retry`]).

use reqwest::header::CONTENT_TYPE;
use reqwest::{Request, Response, Url};
use tracing::Instrument;

use super::attempt::{copy, Attempt, Failed, Follow};
use super::body::{read_prefix, MAX_ERROR_BODY};
use super::credentials::authorize;
use super::redirect::follow_redirects;
use crate::error::ApiError;
use crate::retry::{self, Failure};
use crate::{Client, Error, Result};

/// The run id in `/agent/runs/{runId}…`, for tracing.
fn run_id(url: &Url) -> Option<String> {
    let mut segments = url.path_segments()?;
    segments.find(|s| *s == "runs")?;
    segments.next().filter(|s| !s.is_empty()).map(str::to_owned)
}

/// Sends `request`, retrying as the client's [`RetryPolicy`](crate::RetryPolicy)
/// allows; `take` turns a successful response into the result, inside the loop.
pub(super) async fn send<R, F, Fut>(
    client: &Client,
    request: Request,
    operation: &'static str,
    follow: Follow,
    take: F,
) -> Result<R>
where
    F: Fn(Response) -> Fut,
    Fut: std::future::Future<Output = std::result::Result<R, Attempt>>,
{
    let policy = &client.inner.shared.retry;
    send_with(
        client, request, None, operation, follow, policy, false, take,
    )
    .await
    .map_err(Error::from)
}

/// [`send`] with an explicit retry policy. Every retry also needs tokens
/// from the client's retry budget (see [`crate::retry`]); a success gives
/// them back. A failure says what its last attempt proves about the server
/// having acted, and with `keep_unsent` carries an unsent copy of the
/// request (the copy every attempt keeps for a retry, kept on the last
/// attempt too): the caller can send it again without a copy of its own.
/// `body`, when given, is the request's body: the copies share it.
#[allow(clippy::too_many_arguments)]
pub(super) async fn send_with<R, F, Fut>(
    client: &Client,
    mut request: Request,
    body: Option<&bytes::Bytes>,
    operation: &'static str,
    follow: Follow,
    policy: &crate::RetryPolicy,
    keep_unsent: bool,
    take: F,
) -> std::result::Result<R, Failed>
where
    F: Fn(Response) -> Fut,
    Fut: std::future::Future<Output = std::result::Result<R, Attempt>>,
{
    authorize(client, &mut request, operation);
    let bucket = client.inner.shared.retry_tokens.as_ref();
    // Tokens this request's retries took from the budget.
    let mut spent: u32 = 0;
    let method = request.method().clone();
    // Only worked out (and allocated) when a subscriber wants the span.
    let mut run_id: Option<Option<String>> = None;
    let mut attempt: u32 = 1;
    loop {
        let spare = if keep_unsent || attempt <= policy.max_retries() {
            copy(&request, body)
        } else {
            None
        };
        let span = tracing::info_span!(
            "oz_agent_api.request",
            operation,
            method = %method,
            attempt,
            run_id = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        if !span.is_disabled() {
            let id = run_id.get_or_insert_with(|| self::run_id(request.url()));
            span.record("run_id", id.as_deref().unwrap_or(""));
        }
        // Whether a hop of this attempt answered with a redirect.
        let mut redirected = false;
        let attempt_future = attempt_once(
            client,
            request,
            spare.as_ref(),
            operation,
            follow,
            &mut redirected,
            &take,
        );
        // Entering a span nobody listens to on every poll is skipped.
        let outcome = if span.is_disabled() {
            attempt_future.await
        } else {
            attempt_future.instrument(span.clone()).await
        };
        let attempt_failed = match outcome {
            Ok(result) => {
                if let Some(bucket) = bucket {
                    bucket.succeeded(spent);
                }
                return Ok(result);
            }
            Err(failed) => failed,
        };
        let (failure, retry_after, error) = match attempt_failed {
            // Both answered the request (a redirect, a success): it acted.
            Attempt::Redirect(reason) => {
                return Err(Failed {
                    error: Error::Redirect { operation, reason },
                    acted: retry::Acted::Yes,
                    unsent: spare.filter(|_| keep_unsent),
                })
            }
            Attempt::TooLarge(status) => {
                span.record("status", status.as_u16());
                return Err(Failed {
                    error: Error::ResponseTooLarge {
                        operation,
                        limit: client.inner.shared.max_response_bytes,
                    },
                    acted: retry::Acted::Yes,
                    unsent: spare.filter(|_| keep_unsent),
                });
            }
            Attempt::Status(api) => {
                span.record("status", api.status.as_u16());
                (
                    Failure::Status(api.status, api.retry_hint()),
                    api.retry_after,
                    Error::Api(api),
                )
            }
            Attempt::BodyBroke(e) => (Failure::Answered, None, Error::transport(operation, e)),
            Attempt::Transport(e) => {
                let failure = if e.is_connect() {
                    Failure::Connect
                } else {
                    Failure::AfterSend
                };
                (failure, None, Error::transport(operation, e))
            }
        };
        // A redirect proves the server handled the request: whatever fails
        // on a later hop, it acted (a POST sent again could act twice).
        // GET, PUT and DELETE keep their failure (retried like any other).
        let failure = if redirected && !retry::is_idempotent(&method) {
            Failure::Answered
        } else {
            failure
        };
        let acted = failure.acted();
        let delay = policy.delay(&method, failure, attempt, retry_after);
        // The retry budget pays for the retry, or there is none.
        let delay = match (delay, bucket) {
            (Some(delay), Some(bucket)) if spare.is_some() => {
                let cost = bucket.cost(matches!(error, Error::Timeout { .. }));
                if bucket.try_acquire(cost) {
                    spent = spent.saturating_add(cost);
                    Some(delay)
                } else {
                    span.in_scope(|| {
                        tracing::debug!(
                            operation,
                            attempt,
                            cost,
                            "retry budget exhausted; not retrying"
                        )
                    });
                    None
                }
            }
            (delay, _) => delay,
        };
        match (delay, spare) {
            (Some(delay), Some(next)) => {
                span.in_scope(|| {
                    tracing::warn!(
                        operation,
                        attempt,
                        delay_ms = delay.as_millis() as u64,
                        error = %error,
                        "retrying request"
                    )
                });
                tokio::time::sleep(delay).await;
                request = next;
                attempt += 1;
            }
            (_, spare) => {
                span.in_scope(|| {
                    tracing::debug!(
                        operation,
                        attempt,
                        after_redirect = redirected,
                        error = %error,
                        "request failed"
                    )
                });
                return Err(Failed {
                    error,
                    acted,
                    unsent: spare.filter(|_| keep_unsent),
                });
            }
        }
    }
}

/// One attempt; `copy` is an unsent copy of `request` (the retry's spare),
/// which a redirect can start from instead of a copy of its own.
async fn attempt_once<R, F, Fut>(
    client: &Client,
    request: Request,
    copy: Option<&Request>,
    operation: &'static str,
    follow: Follow,
    redirected: &mut bool,
    take: &F,
) -> std::result::Result<R, Attempt>
where
    F: Fn(Response) -> Fut,
    Fut: std::future::Future<Output = std::result::Result<R, Attempt>>,
{
    let response = follow_redirects(client, request, copy, follow.redirects(), redirected).await?;
    let status = response.status();
    tracing::Span::current().record("status", status.as_u16());
    if follow.is_success(status) {
        return take(response).await;
    }
    let headers = response.headers().clone();
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let retry_after = retry::retry_after(&headers);
    // An error body that breaks off or is huge still yields an error with the status.
    let body = read_prefix(response, MAX_ERROR_BODY).await;
    let mut api = ApiError::new(operation, status, content_type, retry_after, &body);
    api.should_retry = retry::should_retry(&headers);
    Err(Attempt::Status(Box::new(api)))
}
