//! The transport's entry points for the hand-written layer (downloads,
//! exactly-once creation): `send_*`, never called by generated code. The
//! entry points generated code calls are `execute*` ([`super::abi`]).

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::{Request, Response};
use serde::de::DeserializeOwned;

use super::attempt::{Failed, Follow};
use super::body::{buffer, decode_kept, Buffered};
use super::retry_loop::{send, send_with};
use crate::retry;
use crate::{Client, Result};

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

/// Like [`execute_json`](super::execute_json), retrying as `policy` says instead of the client's
/// policy (the client's retry budget still applies), and telling on failure
/// whether the server acted on the request: a success whose body does not
/// decode did. A failed request comes back with an unsent copy of it
/// ([`Failed::unsent`]; none after a success that does not decode, which
/// is never sent again), so the caller need not copy it to send it again.
/// `body` is the request's body: the copies share it.
pub(crate) async fn send_json_with<T: DeserializeOwned>(
    client: &Client,
    request: Request,
    body: &bytes::Bytes,
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
        Some(body),
        info.operation_id,
        Follow::from(true),
        policy,
        true,
        move |response| buffer(client, response, limit),
    )
    .await?;
    let value = decode_kept(client, info.operation_id, status, body).map_err(|error| Failed {
        error,
        acted: retry::Acted::Yes,
        unsent: None,
    })?;
    Ok(ResponseValue::new(value, status, headers))
}
