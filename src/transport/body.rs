//! Reading bodies: a success read whole and bounded ([`Buffered`]), inside
//! the retry loop so a body that breaks off is retried; an error body's
//! prefix; decoding with the operation and type named on failure.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use super::attempt::Attempt;
use super::credentials::scrub;
use crate::error::{DecodeError, BODY_EXCERPT};
use crate::{Client, Error, Result};

/// Error bodies are read up to this size; the rest is not needed to act on them.
pub(super) const MAX_ERROR_BODY: usize = 64 * 1024;

/// The most a body's `Content-Length` reserves before any of it arrives;
/// a larger body grows the buffer as it comes. The header is the server's
/// word: under a lifted limit it could ask for petabytes.
const MAX_PREALLOCATION: u64 = 8 * 1024 * 1024;

/// A successful response read whole (bounded by `max_response_bytes`).
pub(crate) struct Buffered {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// Reads a successful response whole, inside the retry loop.
pub(super) async fn buffer(
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

/// [`decode`], then the body's buffer is kept for the next response (see [`BodyBuffer`](crate::body_buffer::BodyBuffer)).
pub(super) fn decode_kept<T: DeserializeOwned>(
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
pub(super) async fn read_prefix(mut response: Response, limit: usize) -> Vec<u8> {
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
