//! Sending a request: credentials, retries, tracing, bounded bodies, decoding.
//!
//! Every generated operation ends in [`execute`] or [`execute_json`]
//! (`build/rewrite.rs` routes them here).

use bytes::Bytes;
use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::header::{
    HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, LOCATION,
    PROXY_AUTHORIZATION, USER_AGENT,
};
use reqwest::{Method, Request, Response, StatusCode, Url};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::error::{ApiError, DecodeError, BODY_EXCERPT};
use crate::retry::{self, Failure};
use crate::{Client, Error, Result};

/// Error bodies are read up to this size; the rest is not needed to act on them.
pub(crate) const MAX_ERROR_BODY: usize = 64 * 1024;

/// The most a body's `Content-Length` reserves before any of it arrives;
/// a larger body grows the buffer as it comes. The header is the server's
/// word: under a lifted limit it could ask for petabytes.
const MAX_PREALLOCATION: u64 = 8 * 1024 * 1024;

/// The largest body buffer a client keeps for the next response (see [`BodyBuffer`]).
const KEPT_BUFFER_MAX: usize = 2 * 1024 * 1024;

/// The smallest body buffer worth keeping: smaller ones are cheap to allocate
/// and come from the allocator's free lists anyway.
const KEPT_BUFFER_MIN: usize = 64 * 1024;

/// One body buffer a client keeps between responses.
///
/// A body that arrives in several chunks is copied into one contiguous
/// buffer for decoding. A page of runs is about a megabyte: allocating and
/// freeing a buffer that size for every page fragments the heap (with glibc,
/// freeing the first one raises the dynamic mmap threshold, later ones come
/// from the heap and leave holes the decoded pages fill), so a listing
/// streamed page by page peaked at over twice the memory of one page.
/// Keeping the buffer for the next response (at most one per client, at most
/// [`KEPT_BUFFER_MAX`] bytes; a response read meanwhile by another task gets
/// a buffer of its own) keeps the stream at about one page.
#[derive(Default)]
pub(crate) struct BodyBuffer(std::sync::Mutex<Vec<u8>>);

impl BodyBuffer {
    /// The kept buffer (empty, with its capacity), or a new empty one.
    fn take(&self) -> Vec<u8> {
        match self.0.lock() {
            Ok(mut kept) => std::mem::take(&mut *kept),
            Err(_) => Vec::new(),
        }
    }

    /// Keeps `body`'s buffer for the next response if it is the only owner
    /// of a buffer worth keeping, larger than the one kept.
    fn give_back(&self, body: Bytes) {
        if body.len() < KEPT_BUFFER_MIN || body.len() > KEPT_BUFFER_MAX {
            return;
        }
        let Ok(body) = body.try_into_mut() else {
            return;
        };
        let mut buffer = Vec::from(body);
        if buffer.capacity() > KEPT_BUFFER_MAX {
            return;
        }
        buffer.clear();
        if let Ok(mut kept) = self.0.lock() {
            if buffer.capacity() > kept.capacity() {
                *kept = buffer;
            }
        }
    }
}

/// Redirects followed before giving up with [`Error::Redirect`].
pub(crate) const MAX_REDIRECTS: usize = 10;

/// Sends the request (with retries) and returns the successful response
/// without reading its body; used for byte streams (downloads).
pub(crate) async fn execute(
    client: &Client,
    request: Request,
    info: &OperationInfo,
) -> Result<Response> {
    send_streaming(client, request, info.operation_id, true).await
}

/// Like [`execute`], also accepting the statuses in `accepted` (documented
/// bodiless answers such as `304 Not Modified`) as success.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) async fn execute_accepting(
    client: &Client,
    request: Request,
    info: &OperationInfo,
    accepted: &'static [u16],
) -> Result<Response> {
    send(
        client,
        request,
        info.operation_id,
        Follow::Redirects { accepted },
        |response| async move { Ok(response) },
    )
    .await
}

/// Like [`execute_json`] for an operation that also documents bodiless
/// successes (`accepted`, e.g. a `204` beside a `200` with JSON, or a `304`):
/// those give `None`, every other success decodes its body as `T`.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) async fn execute_json_optional<T: DeserializeOwned>(
    client: &Client,
    request: Request,
    info: &OperationInfo,
    accepted: &'static [u16],
) -> Result<ResponseValue<Option<T>>> {
    let limit = client.inner.shared.max_response_bytes;
    let Buffered {
        status,
        headers,
        body,
    } = send(
        client,
        request,
        info.operation_id,
        Follow::Redirects { accepted },
        move |response| buffer(client, response, limit),
    )
    .await?;
    let value = if accepted.contains(&status.as_u16()) {
        None
    } else {
        Some(decode_kept(client, info.operation_id, status, body)?)
    };
    Ok(ResponseValue::new(value, status, headers))
}

/// A header parameter's value, checked: a value that cannot be sent in a
/// header (a newline, a control character) is [`Error::InvalidRequest`]
/// naming the header, before anything is sent.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
///
/// The value is marked sensitive, like the client-wide defaults of header
/// parameters: a header parameter (the team uid, …) is never sent to
/// another origin ([`strip_credentials`]), and a client-wide custom header
/// of the same name does not replace it ([`authorize`]).
pub(crate) fn header_value(name: &str, value: String) -> Result<HeaderValue> {
    let mut value = HeaderValue::try_from(value).map_err(|_| {
        Error::InvalidRequest(format!(
            "the value of header parameter {name} contains characters a header cannot carry"
        ))
    })?;
    value.set_sensitive(true);
    Ok(value)
}

tokio::task_local! {
    /// Header parameter values that stand in for the client-wide defaults
    /// while a future runs (see [`with_parameter_defaults`]).
    static SCOPED_PARAMETER_DEFAULTS: HeaderMap;
}

/// Runs `future` with `defaults` in front of the client-wide defaults of
/// header parameters: an operation that declares one of these headers, and
/// whose call sets none, sends the value given here. Hand-written code uses
/// it to carry a header parameter from one call to the next (exactly-once
/// creation's lookup acts for the team its POST acted for) without naming a
/// generated setter, so it holds for whichever operations a spec gives the
/// header, and for none when a spec has no such header.
pub(crate) async fn with_parameter_defaults<F: std::future::Future>(
    defaults: HeaderMap,
    future: F,
) -> F::Output {
    SCOPED_DEFAULTS_USED.store(true, std::sync::atomic::Ordering::Relaxed);
    SCOPED_PARAMETER_DEFAULTS.scope(defaults, future).await
}

/// Whether [`with_parameter_defaults`] was ever used in this process: until
/// then, [`parameter_default`] does not look at the task-local.
static SCOPED_DEFAULTS_USED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// The default of header parameter `name` (lower case): the one in scope
/// ([`with_parameter_defaults`]), else the client-wide one set with
/// [`ClientBuilder::parameter_default`](crate::ClientBuilder::parameter_default).
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) fn parameter_default(client: &Client, name: &'static str) -> Option<HeaderValue> {
    // Empty maps are skipped before hashing `name` (the common case: no
    // defaults at all, on every call of an operation that has the header).
    let scoped = if SCOPED_DEFAULTS_USED.load(std::sync::atomic::Ordering::Relaxed) {
        SCOPED_PARAMETER_DEFAULTS
            .try_with(|scoped| {
                if scoped.is_empty() {
                    None
                } else {
                    scoped.get(name).cloned()
                }
            })
            .ok()
            .flatten()
    } else {
        None
    };
    let defaults = &client.inner.shared.parameter_defaults;
    scoped.or_else(|| {
        if defaults.is_empty() {
            None
        } else {
            defaults.get(name).cloned()
        }
    })
}

/// Appends a `deepObject` query parameter: `name[key]=value` for each pair,
/// form-urlencoded like every other query parameter.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) fn append_deep_object(
    request: &mut Request,
    name: &str,
    pairs: Option<&[(String, String)]>,
) {
    let Some(pairs) = pairs.filter(|p| !p.is_empty()) else {
        return;
    };
    let mut query = request.url_mut().query_pairs_mut();
    let mut key = String::new();
    for (k, v) in pairs {
        key.clear();
        key.push_str(name);
        key.push('[');
        key.push_str(k);
        key.push(']');
        query.append_pair(&key, v);
    }
}

/// Sends the request (with retries), reads the body and decodes it as `T`.
pub(crate) async fn execute_json<T: DeserializeOwned>(
    client: &Client,
    request: Request,
    info: &OperationInfo,
) -> Result<ResponseValue<T>> {
    let Buffered {
        status,
        headers,
        body,
    } = send_buffered(client, request, info.operation_id, true).await?;
    match decode(info.operation_id, status, &body) {
        Ok(value) => {
            client.inner.shared.body_buffer.give_back(body);
            Ok(ResponseValue::new(value, status, headers))
        }
        Err(error) => {
            keep_undecodable(Buffered {
                status,
                headers,
                body,
            });
            Err(error)
        }
    }
}

tokio::task_local! {
    /// The last success whose body did not decode, while a future runs
    /// under [`keeping_undecodable`].
    static UNDECODABLE: std::cell::RefCell<Option<Buffered>>;
}

/// Whether [`keeping_undecodable`] was ever used in this process.
static UNDECODABLE_USED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Runs `future` and returns, with its output, the last successful response
/// of a generated operation whose body did not decode (the operation itself
/// fails with [`Error::Decode`]). The hand-written layer reads such a body
/// its own way (a listing row by row: [`crate::listing`]) without naming a
/// generated response path. Costs nothing unless a body fails to decode.
pub(crate) async fn keeping_undecodable<F: std::future::Future>(
    future: F,
) -> (F::Output, Option<Buffered>) {
    UNDECODABLE_USED.store(true, std::sync::atomic::Ordering::Relaxed);
    UNDECODABLE
        .scope(std::cell::RefCell::new(None), async {
            let output = future.await;
            let kept = UNDECODABLE.with(|kept| kept.borrow_mut().take());
            (output, kept)
        })
        .await
}

/// Keeps `response` for [`keeping_undecodable`], if it is in scope.
fn keep_undecodable(response: Buffered) {
    if UNDECODABLE_USED.load(std::sync::atomic::Ordering::Relaxed) {
        let _ = UNDECODABLE.try_with(|kept| *kept.borrow_mut() = Some(response));
    }
}

/// Like [`execute_json`], retrying as `policy` says instead of the client's
/// policy (the client's retry budget still applies), and telling on failure
/// whether the server acted on the request: a success whose body does not
/// decode did.
pub(crate) async fn execute_json_with<T: DeserializeOwned>(
    client: &Client,
    request: Request,
    info: &OperationInfo,
    policy: &crate::RetryPolicy,
) -> std::result::Result<ResponseValue<T>, Failed> {
    let limit = client.inner.shared.max_response_bytes;
    let Buffered {
        status,
        headers,
        body,
    } = send_with(
        client,
        request,
        info.operation_id,
        Follow::from(true),
        policy,
        move |response| buffer(client, response, limit),
    )
    .await?;
    let value = decode_kept(client, info.operation_id, status, body).map_err(|error| Failed {
        error,
        acted: retry::Acted::Yes,
    })?;
    Ok(ResponseValue::new(value, status, headers))
}

/// A successful response read whole (bounded by `max_response_bytes`).
pub(crate) struct Buffered {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// Sends `request` with retries and returns the successful response, its
/// body unread. With `follow_redirects` off, a 3xx counts as success.
pub(crate) async fn send_streaming(
    client: &Client,
    request: Request,
    operation: &'static str,
    follow_redirects: bool,
) -> Result<Response> {
    send(
        client,
        request,
        operation,
        Follow::from(follow_redirects),
        |response| async move { Ok(response) },
    )
    .await
}

/// Sends `request` with retries and reads the whole body inside the retry
/// loop, so a body that breaks off is retried like any failed attempt.
pub(crate) async fn send_buffered(
    client: &Client,
    request: Request,
    operation: &'static str,
    follow_redirects: bool,
) -> Result<Buffered> {
    let limit = client.inner.shared.max_response_bytes;
    send(
        client,
        request,
        operation,
        Follow::from(follow_redirects),
        move |response| buffer(client, response, limit),
    )
    .await
}

/// Reads a successful response whole, inside the retry loop.
async fn buffer(
    client: &Client,
    mut response: Response,
    limit: usize,
) -> std::result::Result<Buffered, Attempt> {
    let status = response.status();
    // Taken, not cloned: reading the body needs no headers (reqwest's
    // `content_length` is the body's own size hint).
    let headers = std::mem::take(response.headers_mut());
    let kept = &client.inner.shared.body_buffer;
    match read_limited_into(response, limit, || kept.take()).await {
        Ok(Some(body)) => Ok(Buffered {
            status,
            headers,
            body,
        }),
        Ok(None) => Err(Attempt::TooLarge(status)),
        Err(e) => Err(Attempt::BodyBroke(scrub(client, e))),
    }
}

/// Which responses end an attempt as a success.
#[derive(Clone, Copy)]
enum Follow {
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
    fn redirects(self) -> bool {
        matches!(self, Follow::Redirects { .. })
    }

    fn is_success(self, status: StatusCode) -> bool {
        status.is_success()
            || match self {
                Follow::Redirects { accepted } => accepted.contains(&status.as_u16()),
                Follow::None => status.is_redirection(),
            }
    }
}

/// Decodes a successful body, naming the operation and the target type on failure.
pub(crate) fn decode<T: DeserializeOwned>(
    operation: &'static str,
    status: StatusCode,
    body: &[u8],
) -> Result<T> {
    crate::lexical::from_slice(body).map_err(|source| {
        let text = String::from_utf8_lossy(&body[..body.len().min(BODY_EXCERPT)]);
        Error::Decode(Box::new(DecodeError {
            operation,
            status,
            target: short_type_name::<T>(),
            excerpt: crate::error::excerpt(&text, 160),
            source,
        }))
    })
}

/// [`decode`], then the body's buffer is kept for the next response (see [`BodyBuffer`]).
fn decode_kept<T: DeserializeOwned>(
    client: &Client,
    operation: &'static str,
    status: StatusCode,
    body: Bytes,
) -> Result<T> {
    let value = decode(operation, status, &body);
    client.inner.shared.body_buffer.give_back(body);
    value
}

fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    match full.find('<') {
        Some(_) => full,
        None => full.rsplit("::").next().unwrap_or(full),
    }
}

/// Why one attempt did not succeed.
enum Attempt {
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
}

impl From<Failed> for Error {
    fn from(failed: Failed) -> Self {
        failed.error
    }
}

/// Adds what only the API origin may see: the key, the user agent, extra
/// headers. Every value of a repeated custom header is sent; a custom header
/// does not replace a header parameter the request already carries (the
/// call's own, or a parameter default: values marked sensitive, see
/// [`header_value`]), so a call's team uid wins over a client-wide one.
///
/// An operation whose `security` allows only anonymous access
/// ([`is_anonymous`]) gets no `Authorization` at all: neither the key nor a
/// custom `Authorization` standing in for it. Its other custom headers are
/// sent: they go to the origin they were configured for, and a gateway in
/// front of the API may need them to let any request through.
pub(crate) fn authorize(client: &Client, request: &mut Request, operation: &str) {
    let shared = &client.inner.shared;
    if !same_origin(request.url(), &shared.base_url) {
        return;
    }
    let anonymous = is_anonymous(operation);
    let headers = request.headers_mut();
    for name in shared.headers.keys() {
        if headers.get(name).is_some_and(HeaderValue::is_sensitive)
            || (anonymous && name == AUTHORIZATION)
        {
            continue;
        }
        let mut values = shared.headers.get_all(name).iter();
        if let Some(first) = values.next() {
            headers.insert(name.clone(), first.clone());
        }
        for value in values {
            headers.append(name.clone(), value.clone());
        }
    }
    // A custom `Authorization` stands in for the key, as it always has.
    if !anonymous && !shared.headers.contains_key(AUTHORIZATION) {
        headers.insert(AUTHORIZATION, shared.api_key.authorization().clone());
    }
}

/// Whether the spec lets `operation` (its generated name) be called only
/// anonymously (`security: []`): the generator lists those, from the spec
/// (`build/security.rs`).
pub(crate) fn is_anonymous(operation: &str) -> bool {
    crate::generated::ANONYMOUS_OPERATIONS.contains(&operation)
}

pub(crate) fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// The run id in `/agent/runs/{runId}…`, for tracing.
fn run_id(url: &Url) -> Option<String> {
    let mut segments = url.path_segments()?;
    segments.find(|s| *s == "runs")?;
    segments.next().filter(|s| !s.is_empty()).map(str::to_owned)
}

/// Sends `request`, retrying as the client's [`RetryPolicy`](crate::RetryPolicy)
/// allows; `take` turns a successful response into the result, inside the loop.
async fn send<R, F, Fut>(
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
    send_with(client, request, operation, follow, policy, take)
        .await
        .map_err(Error::from)
}

/// [`send`] with an explicit retry policy. Every retry also needs tokens
/// from the client's retry budget (see [`crate::retry`]); a success gives
/// them back. A failure says what its last attempt proves about the server
/// having acted.
async fn send_with<R, F, Fut>(
    client: &Client,
    mut request: Request,
    operation: &'static str,
    follow: Follow,
    policy: &crate::RetryPolicy,
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
        let spare = if attempt <= policy.max_retries() {
            request.try_clone()
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
            _ => {
                span.in_scope(|| {
                    tracing::debug!(
                        operation,
                        attempt,
                        after_redirect = redirected,
                        error = %error,
                        "request failed"
                    )
                });
                return Err(Failed { error, acted });
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
    let response = execute_following(client, request, copy, follow.redirects(), redirected).await?;
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

/// Executes the request, following redirects when asked. The client's own
/// reqwest redirect handling is off: following here lets every hop to another
/// origin drop the key *and* the caller's custom headers (reqwest strips only
/// `Authorization`), sends no `Referer`, and bounds the hops. Sets
/// `redirected` as soon as a hop answers with a redirect that is followed.
///
/// A redirect needs a copy of the request it answers: for the first hop
/// that is `copy` when given (an unsent copy of `request`), so the common
/// case, no redirect, copies nothing here.
async fn execute_following(
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
            request.try_clone()
        } else {
            None
        };
        let response = client
            .client
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
        let Some(mut next) = replay.or_else(|| copy.and_then(Request::try_clone)) else {
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

/// Removes the key, cookies, the caller's custom headers and header
/// parameters (the team uid, …): everything but the user agent that only
/// the API may see. Header parameters carry values marked sensitive
/// ([`header_value`], parameter defaults), as do the key and custom headers.
fn strip_credentials(client: &Client, headers: &mut HeaderMap) {
    for name in [AUTHORIZATION, COOKIE, PROXY_AUTHORIZATION] {
        headers.remove(name);
    }
    headers.remove(crate::TEAM_UID_HEADER);
    for name in client.inner.shared.headers.keys() {
        if name != USER_AGENT {
            headers.remove(name);
        }
    }
    let sensitive: Vec<reqwest::header::HeaderName> = headers
        .iter()
        .filter(|(_, value)| value.is_sensitive())
        .map(|(name, _)| name.clone())
        .collect();
    for name in sensitive {
        headers.remove(name);
    }
}

/// A transport error, without its URL when that URL is not the API's (a
/// signed download URL carries its signature in the query).
pub(crate) fn scrub(client: &Client, e: reqwest::Error) -> reqwest::Error {
    match e.url() {
        Some(url) if !same_origin(url, &client.inner.shared.base_url) => e.without_url(),
        _ => e,
    }
}

/// The whole body, or `None` if it is larger than `limit`.
pub(crate) async fn read_limited(
    response: Response,
    limit: usize,
) -> reqwest::Result<Option<Bytes>> {
    read_limited_into(response, limit, Vec::new).await
}

/// [`read_limited`], copying a body that arrives in several chunks into the
/// buffer `buffer` gives (a body in one chunk is returned as it came).
async fn read_limited_into(
    mut response: Response,
    limit: usize,
    buffer: impl FnOnce() -> Vec<u8>,
) -> reqwest::Result<Option<Bytes>> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Ok(None);
    }
    let declared = response.content_length();
    let Some(first) = response.chunk().await? else {
        return Ok(Some(Bytes::new()));
    };
    if first.len() > limit {
        return Ok(None);
    }
    // Most bodies arrive in one chunk: returned as they are, without a copy.
    let Some(second) = response.chunk().await? else {
        return Ok(Some(first));
    };
    let received = first.len() + second.len();
    if received > limit {
        return Ok(None);
    }
    let expected = declared.map_or(received as u64, |n| n.max(received as u64));
    let mut body = buffer();
    body.clear();
    body.reserve(expected.min(MAX_PREALLOCATION) as usize);
    body.extend_from_slice(&first);
    body.extend_from_slice(&second);
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(Bytes::from(body)))
}

/// Up to `limit` bytes of the body; whatever arrived if reading fails.
async fn read_prefix(mut response: Response, limit: usize) -> Vec<u8> {
    let mut body = Vec::new();
    while body.len() < limit {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                body.extend_from_slice(&chunk[..chunk.len().min(limit - body.len())])
            }
            _ => break,
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(len: usize, capacity: usize) -> Bytes {
        let mut body = Vec::with_capacity(capacity);
        body.resize(len, b'x');
        Bytes::from(body)
    }

    #[test]
    fn a_kept_buffer_comes_back_empty_with_its_capacity() {
        let kept = BodyBuffer::default();
        kept.give_back(owned(100_000, 128 * 1024));
        let buffer = kept.take();
        assert!(buffer.is_empty());
        assert!(buffer.capacity() >= 128 * 1024);
        assert_eq!(kept.take().capacity(), 0, "taken: nothing kept meanwhile");
    }

    #[test]
    fn only_sole_buffers_within_bounds_are_kept_and_the_larger_wins() {
        let kept = BodyBuffer::default();
        kept.give_back(owned(1000, 1000));
        assert_eq!(kept.take().capacity(), 0, "too small to be worth keeping");
        kept.give_back(owned(3 << 20, 3 << 20));
        assert_eq!(kept.take().capacity(), 0, "larger than the bound");
        let shared = owned(100_000, 100_000);
        let other_owner = shared.clone();
        kept.give_back(shared);
        assert_eq!(kept.take().capacity(), 0, "another owner still reads it");
        drop(other_owner);
        kept.give_back(owned(200_000, 200_000));
        kept.give_back(owned(100_000, 100_000));
        assert!(kept.take().capacity() >= 200_000, "the larger one stays");
    }
}
