//! Reading bodies: a success read whole and bounded ([`Buffered`]), inside
//! the retry loop so a body that breaks off is retried; an error body's
//! prefix; decoding with the operation and type named on failure.

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue};
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
    let mut headers = std::mem::take(response.headers_mut());
    if response
        .content_length()
        .is_none_or(|n| n >= DETACH_HEADERS_FROM as u64)
    {
        headers = detached(headers);
    }
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

/// Bodies from this size (or of unknown size) get their response's headers
/// [`detached`] before they are read.
const DETACH_HEADERS_FROM: usize = 64 * 1024;

/// The headers, each value copied into an allocation of its own.
///
/// hyper parses a response's headers where they were read: every value is a
/// slice of the connection's read buffer, and keeps that buffer's
/// allocation alive for as long as the headers live (here: in the
/// result, while the body is read and decoded). A large body that follows
/// is then read into a second buffer the connection allocates beside the
/// first, once per response on a kept-alive connection: a listing streamed
/// page by page held two read buffers of 400–700 KiB at each page's peak,
/// where fetching one page holds one. Copying the few hundred bytes of
/// header values leaves the read buffer to the connection alone, to reuse.
/// Small bodies fit in the buffer already read: their headers are kept as
/// they are (the copy would cost every call more than it saves).
fn detached(headers: HeaderMap) -> HeaderMap {
    let mut copy = HeaderMap::with_capacity(headers.len());
    let mut name = None;
    for (key, value) in headers {
        // `None`: another value of the header named before.
        if key.is_some() {
            name = key;
        }
        let Some(name) = &name else { continue };
        let mut own = HeaderValue::from_bytes(value.as_bytes()).unwrap_or_else(|_| value.clone());
        own.set_sensitive(value.is_sensitive());
        copy.append(name.clone(), own);
    }
    copy
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
    let wanted = expected.min(MAX_PREALLOCATION) as usize;
    let mut body = buffer();
    body.clear();
    if body.capacity() < wanted {
        // A buffer too small is let go before a new one is allocated, not
        // grown: growing copies it, and `reserve` doubles the capacity
        // (a page a few bytes larger than the last one, read into the
        // kept buffer, held twice its size; see `BodyBuffer`).
        drop(body);
        body = Vec::with_capacity(with_slack(wanted).min(limit));
    }
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

/// The capacity of a new buffer for a body of `len` bytes: an eighth more,
/// in whole 4 KiB pages, so that the next page of a listing, a little
/// larger than this one, still fits when the buffer is kept for it. (The
/// part never written is never touched, so it costs no resident memory.)
fn with_slack(len: usize) -> usize {
    const PAGE: usize = 4096;
    len.saturating_add(len / 8)
        .div_ceil(PAGE)
        .saturating_mul(PAGE)
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

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A response with a body of `len` bytes (`a`s, then `b`s) and its
    /// `Content-Length`, from a server on loopback: it arrives in many
    /// chunks (hyper's first reads are a few KiB).
    async fn response(len: usize) -> Response {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = [0; 1024];
            let _ = socket.read(&mut request).await.unwrap();
            let head = format!("HTTP/1.1 200 OK\r\ncontent-length: {len}\r\n\r\n");
            socket.write_all(head.as_bytes()).await.unwrap();
            socket.write_all(&vec![b'a'; len / 2]).await.unwrap();
            socket.write_all(&vec![b'b'; len - len / 2]).await.unwrap();
        });
        reqwest::get(format!("http://{address}/")).await.unwrap()
    }

    #[tokio::test]
    async fn a_kept_buffer_too_small_for_the_next_body_is_replaced_not_doubled() {
        let len = 300_000;
        let kept = Vec::with_capacity(len - 100);
        let body = read_limited_into(response(len).await, 10 << 20, || kept)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(body.len(), len);
        assert_eq!((body[0], body[len - 1]), (b'a', b'b'));
        let capacity = Vec::from(body.try_into_mut().unwrap()).capacity();
        assert!(capacity >= len, "{capacity}");
        assert!(
            capacity <= len + len / 8 + 4096,
            "grown, not sized: {capacity}"
        );
    }

    #[tokio::test]
    async fn a_kept_buffer_large_enough_is_read_into() {
        let kept = Vec::with_capacity(400_000);
        let address = kept.as_ptr();
        let body = read_limited_into(response(300_000).await, 10 << 20, || kept)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(body.len(), 300_000);
        assert_eq!(body.as_ptr(), address, "read into the kept buffer");
    }

    #[test]
    fn detached_headers_keep_every_value_in_order_and_what_is_sensitive() {
        let mut headers = HeaderMap::new();
        headers.append("x-a", HeaderValue::from_static("1"));
        headers.append("x-a", HeaderValue::from_static("2"));
        let mut secret = HeaderValue::from_static("s");
        secret.set_sensitive(true);
        headers.append("x-b", secret);
        headers.append("content-type", HeaderValue::from_static("application/json"));
        let copy = detached(headers.clone());
        assert_eq!(copy, headers);
        let values: Vec<_> = copy.get_all("x-a").iter().collect();
        assert_eq!(values, ["1", "2"]);
        assert!(copy["x-b"].is_sensitive());
        assert!(!copy["x-a"].is_sensitive());
    }
}
