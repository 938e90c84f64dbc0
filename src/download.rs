//! Downloading transcripts and artifacts from their signed URLs.
//!
//! Endpoints hand out content through a time-limited signed URL on another
//! origin (cloud storage):
//!
//! * **every operation whose success is content** — a 302/307 redirect to
//!   the signed URL, or the bytes themselves (`GET /agent/runs/{runId}/transcript`,
//!   and whatever the vendored spec adds, such as `downloadArtifact` and
//!   `getConversationTranscript`) — implements [`DownloadRequest`]: pass its
//!   builder to [`Downloads::bytes`], [`Downloads::stream`] or
//!   [`Downloads::url`];
//! * `GET /agent/runs/{runId}/transcript` also has the shorthand
//!   [`Downloads::run_transcript`];
//! * `GET /agent/artifacts/{uid}` answers JSON whose `data.download_url` is it
//!   for screenshot and file artifacts; plan artifacts carry their markdown
//!   inline ([`Downloads::artifact`]).
//!
//! Each comes in three forms: the signed URL itself (`*_url`), the content
//! buffered in memory as [`Bytes`] (bounded by
//! [`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes),
//! [`Error::ResponseTooLarge`] beyond it), and a [`DownloadStream`] of chunks
//! for content of any size.
//!
//! # Timeouts
//!
//! Content in memory is one request: the client's
//! [`timeout`](crate::ClientBuilder::timeout) bounds it whole. A stream has
//! no overall deadline — a healthy download of a large transcript over a
//! slow link may rightly take minutes — but an idle one: its response must
//! start within the timeout, and each chunk must follow the previous one
//! within it, or the stream ends with [`Error::Timeout`]. (With your own
//! [`reqwest::Client`](crate::ClientBuilder::http_client), its timeouts
//! apply as you set them.)
//!
//! # Credentials never leave the API origin
//!
//! Every request goes through the client's transport (retries, tracing,
//! bounded bodies). The request to the API carries the key and the client's
//! extra headers like any other, and its 302/307 is **not** followed: the
//! `Location` (or the artifact's `download_url`) is read and fetched with a
//! new request built without credentials. The transport adds the key only
//! for the API's own origin, so a signed URL on another origin gets neither
//! the key nor the extra headers, and neither does any redirect from there
//! (the transport drops them whenever the origin changes). Signed URLs are
//! kept out of errors, since they are credentials too until they expire. A
//! download URL on the API's own origin is fetched like any request to it.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{Response, StatusCode, Url};

use crate::error::DecodeError;
use crate::transport;
use crate::types::ArtifactResponse;
use crate::{Client, Error, Result};

/// The operation name errors carry for the request to storage.
const DOWNLOAD: &str = "download";

/// The builder of an operation whose success is content to download: a
/// redirect to a signed URL on another origin, or the bytes themselves.
///
/// The generated client implements it for every such operation of the
/// vendored spec; [`Downloads::bytes`], [`Downloads::stream`] and
/// [`Downloads::url`] take any of them. Sealed: only the generated builders
/// implement it.
///
/// ```no_run
/// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
/// use oz_agent_api::ClientExt; // client.downloads()
/// // The transcript behind `GET /agent/runs/{runId}/transcript`'s 302,
/// // fetched from storage without the API key or custom headers:
/// let transcript = client
///     .downloads()
///     .bytes(client.get_run_transcript().run_id("run-id"))
///     .await?;
/// # let _ = transcript; Ok(()) }
/// ```
pub trait DownloadRequest<'a>: sealed::Sealed {
    /// The request `send` would make, and the client it belongs to.
    #[doc(hidden)]
    fn into_parts(self) -> Result<DownloadParts<'a>>;
}

pub(crate) mod sealed {
    /// Implemented by the generated builders only.
    pub trait Sealed {}
}

/// What a [`DownloadRequest`] builds; opaque.
#[doc(hidden)]
pub struct DownloadParts<'a> {
    client: &'a Client,
    request: reqwest::Request,
    operation: &'static str,
}

impl<'a> DownloadParts<'a> {
    // Called by generated code, for the specs that have such operations.
    #[allow(dead_code)]
    pub(crate) fn new(
        client: &'a Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> Self {
        DownloadParts {
            client,
            request,
            operation,
        }
    }
}

impl fmt::Debug for DownloadParts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DownloadParts")
            .field("operation", &self.operation)
            .finish_non_exhaustive()
    }
}

/// A download as a stream of chunks.
///
/// ```no_run
/// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
/// use oz_agent_api::ClientExt; // client.downloads()
/// use futures_util::TryStreamExt;
///
/// let mut download = client.downloads().run_transcript_stream("run-id").await?;
/// println!("{:?} bytes of {:?}", download.content_length(), download.content_type());
/// let mut total = 0;
/// while let Some(chunk) = download.try_next().await? {
///     total += chunk.len(); // write it somewhere
/// }
/// # Ok(()) }
/// ```
pub struct DownloadStream {
    chunks: Pin<Box<dyn Stream<Item = Result<Bytes>> + Send>>,
    content_length: Option<u64>,
    content_type: Option<String>,
}

impl DownloadStream {
    fn from_response(response: Response) -> Self {
        let content_length = response.content_length();
        let content_type = content_type(&response);
        let chunks = response
            .bytes_stream()
            .map(|chunk| chunk.map_err(|e| body_error(DOWNLOAD, e)));
        DownloadStream {
            chunks: Box::pin(chunks),
            content_length,
            content_type,
        }
    }

    fn from_bytes(bytes: Bytes, content_type: Option<String>) -> Self {
        DownloadStream {
            content_length: Some(bytes.len() as u64),
            chunks: Box::pin(futures_util::stream::once(std::future::ready(Ok(bytes)))),
            content_type,
        }
    }

    /// The size announced by the server, if it announced one.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }

    /// The `Content-Type` of the content, if known.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }
}

impl Stream for DownloadStream {
    type Item = Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.chunks.as_mut().poll_next(cx)
    }
}

impl fmt::Debug for DownloadStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DownloadStream")
            .field("content_length", &self.content_length)
            .field("content_type", &self.content_type)
            .finish_non_exhaustive()
    }
}

/// Where content comes from.
enum Source {
    /// A signed URL, fetched without credentials.
    Url(Url),
    /// The API answered with the content itself instead of a redirect.
    Response(Response),
    /// Content that came inline in JSON (a plan's markdown).
    Inline(Bytes),
}

fn content_type(response: &Response) -> Option<String> {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// A successful response that is not what the operation promises.
fn unexpected(
    operation: &'static str,
    status: StatusCode,
    target: &'static str,
    message: String,
) -> Error {
    Error::Decode(Box::new(DecodeError {
        operation,
        status,
        target,
        excerpt: String::new(),
        source: <serde_json::Error as serde::de::Error>::custom(message),
    }))
}

/// A failure while reading a body that was already under way.
fn body_error(operation: &'static str, e: reqwest::Error) -> Error {
    Error::transport(operation, e.without_url())
}

/// `request`, to be read as a stream: without the client's overall
/// deadline, which would cut a healthy long download off, when the client
/// has an idle read timeout to bound it instead (the crate's own client,
/// whose transport then sends it through the client for streams; see
/// [`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
fn streaming(client: &Client, mut request: reqwest::Request) -> reqwest::Request {
    if client.inner.shared.streams.is_some() {
        *request.timeout_mut() = Some(transport::NO_DEADLINE);
    }
    request
}

/// An `http(s)` URL from a server, or a decode error.
fn parse_url(
    operation: &'static str,
    status: StatusCode,
    target: &'static str,
    base: Option<&Url>,
    text: &str,
) -> Result<Url> {
    let parsed = match base {
        Some(base) => base.join(text),
        None => Url::parse(text),
    };
    match parsed {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host_str().is_some() => Ok(url),
        Ok(url) => Err(unexpected(
            operation,
            status,
            target,
            format!("not an http(s) URL (scheme {:?})", url.scheme()),
        )),
        Err(e) => Err(unexpected(
            operation,
            status,
            target,
            format!("not a URL: {e}"),
        )),
    }
}

/// Downloads of transcripts and artifacts, from [`ClientExt::downloads`](crate::ClientExt::downloads).
///
/// A namespace rather than methods on [`Client`] itself, so that no
/// operation a future spec adds (F adds `downloadArtifact`) can collide
/// with these helpers.
#[derive(Debug, Clone, Copy)]
pub struct Downloads<'a> {
    client: &'a Client,
}

impl<'a> Downloads<'a> {
    /// The downloads of `client` (see [`ClientExt::downloads`](crate::ClientExt::downloads)).
    pub(crate) fn new(client: &'a Client) -> Self {
        Downloads { client }
    }
}

impl Downloads<'_> {
    /// The whole body, at most `max_response_bytes`.
    async fn read_body(&self, response: Response, operation: &'static str) -> Result<Bytes> {
        let limit = self.client.inner.shared.max_response_bytes;
        match transport::read_limited(response, limit).await {
            Ok(Some(body)) => Ok(body),
            Ok(None) => Err(Error::ResponseTooLarge { operation, limit }),
            Err(e) => Err(body_error(operation, e)),
        }
    }

    /// Sends an operation's request (with credentials, like any operation)
    /// and returns where the content is, without following the redirect.
    async fn redirected_request(
        client: &Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> Result<Source> {
        let url = request.url().clone();
        let response = transport::send_streaming(client, request, operation, false).await?;
        let status = response.status();
        if !status.is_redirection() {
            return Ok(Source::Response(response));
        }
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| {
                unexpected(
                    operation,
                    status,
                    "redirect",
                    "a redirect without a usable Location header".into(),
                )
            })?;
        parse_url(operation, status, "redirect", Some(&url), location).map(Source::Url)
    }

    /// The content of any download operation (see [`DownloadRequest`]), in
    /// memory (at most
    /// [`max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    /// A redirect's signed URL is fetched without the API key or extra
    /// headers.
    pub async fn bytes<'b>(&self, request: impl DownloadRequest<'b>) -> Result<Bytes> {
        let parts = request.into_parts()?;
        let source = Self::redirected_request(parts.client, parts.request, parts.operation).await?;
        Downloads {
            client: parts.client,
        }
        .source_bytes(source, parts.operation)
        .await
    }

    /// The content of any download operation as a stream of chunks, of any
    /// size. It has no overall deadline: the client's
    /// [`timeout`](crate::ClientBuilder::timeout) bounds the wait for the
    /// response and between two chunks.
    pub async fn stream<'b>(&self, request: impl DownloadRequest<'b>) -> Result<DownloadStream> {
        let parts = request.into_parts()?;
        let request = streaming(parts.client, parts.request);
        let source = Self::redirected_request(parts.client, request, parts.operation).await?;
        Downloads {
            client: parts.client,
        }
        .source_stream(source)
        .await
    }

    /// The signed URL a download operation redirects to; not followed. It
    /// expires after a while. An operation that answered with the content
    /// itself instead is an [`Error::Decode`].
    pub async fn url<'b>(&self, request: impl DownloadRequest<'b>) -> Result<Url> {
        let parts = request.into_parts()?;
        let source = Self::redirected_request(parts.client, parts.request, parts.operation).await?;
        Self::source_url(source, parts.operation)
    }

    /// A GET of a signed URL, built without credentials.
    fn signed_request(&self, url: Url) -> Result<reqwest::Request> {
        Ok(self.client.client.get(url).build()?)
    }

    fn source_url(source: Source, operation: &'static str) -> Result<Url> {
        match source {
            Source::Url(url) => Ok(url),
            Source::Response(response) => Err(unexpected(
                operation,
                response.status(),
                "redirect",
                "the content itself instead of a redirect to its download URL".into(),
            )),
            Source::Inline(_) => Err(Error::InvalidRequest(
                "the content is inline and has no download URL".into(),
            )),
        }
    }

    async fn source_bytes(&self, source: Source, operation: &'static str) -> Result<Bytes> {
        match source {
            Source::Url(url) => {
                let request = self.signed_request(url)?;
                Ok(
                    transport::send_buffered(self.client, request, DOWNLOAD, true)
                        .await?
                        .body,
                )
            }
            Source::Response(response) => self.read_body(response, operation).await,
            Source::Inline(bytes) => Ok(bytes),
        }
    }

    async fn source_stream(&self, source: Source) -> Result<DownloadStream> {
        Ok(match source {
            Source::Url(url) => {
                let request = streaming(self.client, self.signed_request(url)?);
                DownloadStream::from_response(
                    transport::send_streaming(self.client, request, DOWNLOAD, true).await?,
                )
            }
            Source::Response(response) => DownloadStream::from_response(response),
            Source::Inline(bytes) => DownloadStream::from_bytes(bytes, None),
        })
    }

    /// The signed URL of a run's raw transcript
    /// (`GET /agent/runs/{runId}/transcript`, which answers 302 to it); not
    /// followed. The URL expires after a while.
    pub async fn run_transcript_url(&self, run_id: &str) -> Result<Url> {
        self.url(self.client.get_run_transcript().run_id(run_id))
            .await
    }

    /// A run's raw transcript, in memory (at most
    /// [`max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    /// The signed URL is fetched without the API key or extra headers.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::ClientExt; // client.downloads()
    /// let transcript = client.downloads().run_transcript("run-id").await?;
    /// std::fs::write("transcript.json", &transcript).unwrap();
    /// # Ok(()) }
    /// ```
    pub async fn run_transcript(&self, run_id: &str) -> Result<Bytes> {
        self.bytes(self.client.get_run_transcript().run_id(run_id))
            .await
    }

    /// A run's raw transcript as a stream of chunks, of any size.
    pub async fn run_transcript_stream(&self, run_id: &str) -> Result<DownloadStream> {
        self.stream(self.client.get_run_transcript().run_id(run_id))
            .await
    }

    /// Fetches an artifact's metadata: its signed download URL, or its
    /// inline content (plans) with its content type.
    async fn artifact_source(&self, artifact_uid: &str) -> Result<(Source, Option<String>)> {
        let response = self
            .client
            .get_artifact()
            .artifact_uid(artifact_uid)
            .send()
            .await?;
        let status = response.status();
        let url = |text: &str| {
            parse_url(
                "get_artifact",
                status,
                "ArtifactResponse.data.download_url",
                None,
                text,
            )
            .map(Source::Url)
        };
        let inline = |content: String| Source::Inline(Bytes::from(content));
        Ok(match response.into_inner() {
            ArtifactResponse::FileArtifactResponse(a) => {
                (url(&a.data.download_url)?, Some(a.data.content_type))
            }
            ArtifactResponse::ScreenshotArtifactResponse(a) => {
                (url(&a.data.download_url)?, Some(a.data.content_type))
            }
            ArtifactResponse::PlanArtifactResponse(a) => {
                (inline(a.data.content), Some(a.data.content_type))
            }
            ArtifactResponse::Unrecognized(value) => {
                let text = |pointer: &str| value.pointer(pointer).and_then(|v| v.as_str());
                let content_type = text("/data/content_type").map(str::to_owned);
                match (text("/data/download_url"), text("/data/content")) {
                    (Some(download_url), _) => (url(download_url)?, content_type),
                    (None, Some(content)) => (inline(content.to_owned()), content_type),
                    (None, None) => {
                        return Err(unexpected(
                            "get_artifact",
                            status,
                            "ArtifactResponse",
                            format!(
                                "artifact type {:?} has neither data.download_url nor data.content",
                                text("/artifact_type").unwrap_or("?")
                            ),
                        ))
                    }
                }
            }
        })
    }

    /// The signed download URL of a screenshot or file artifact
    /// (`data.download_url` of `GET /agent/artifacts/{uid}`). Plan artifacts
    /// have none (their content is inline): that is an
    /// [`Error::InvalidRequest`].
    pub async fn artifact_url(&self, artifact_uid: &str) -> Result<Url> {
        match self.artifact_source(artifact_uid).await?.0 {
            Source::Url(url) => Ok(url),
            _ => Err(Error::InvalidRequest(format!(
                "artifact {artifact_uid:?} has inline content and no download URL; \
                 use Downloads::artifact or get_artifact"
            ))),
        }
    }

    /// An artifact's content, in memory: a screenshot or file fetched from
    /// its signed URL (without the API key or extra headers, bounded like
    /// [`run_transcript`](Self::run_transcript)), or a
    /// plan's markdown.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::ClientExt; // client.downloads()
    /// let png = client.downloads().artifact("3f2c…").await?;
    /// println!("{} bytes", png.len());
    /// # Ok(()) }
    /// ```
    pub async fn artifact(&self, artifact_uid: &str) -> Result<Bytes> {
        let (source, _) = self.artifact_source(artifact_uid).await?;
        self.source_bytes(source, "get_artifact").await
    }

    /// An artifact's content as a stream of chunks.
    pub async fn artifact_stream(&self, artifact_uid: &str) -> Result<DownloadStream> {
        let (source, content_type) = self.artifact_source(artifact_uid).await?;
        let mut stream = self.source_stream(source).await?;
        if stream.content_type.is_none() {
            stream.content_type = content_type;
        }
        Ok(stream)
    }

    /// Fetches a signed URL (e.g. a `download_url` you already have) into
    /// memory, without any credentials, bounded like
    /// [`run_transcript`](Self::run_transcript).
    pub async fn signed_url_bytes(&self, url: &str) -> Result<Bytes> {
        let url = parse_url(DOWNLOAD, StatusCode::OK, "URL", None, url)
            .map_err(|_| Error::InvalidRequest("not an http(s) URL".into()))?;
        self.source_bytes(Source::Url(url), DOWNLOAD).await
    }

    /// Fetches a signed URL as a stream of chunks, without any credentials.
    pub async fn signed_url_stream(&self, url: &str) -> Result<DownloadStream> {
        let url = parse_url(DOWNLOAD, StatusCode::OK, "URL", None, url)
            .map_err(|_| Error::InvalidRequest("not an http(s) URL".into()))?;
        self.source_stream(Source::Url(url)).await
    }
}
