//! Downloading transcripts and artifacts from their signed URLs.
//!
//! Three endpoints hand out content through a time-limited signed URL on
//! another origin (cloud storage):
//!
//! * `GET /agent/runs/{runId}/transcript` answers 302 to it
//!   ([`Client::download_run_transcript`]);
//! * `GET /harness-support/transcript` answers 307 to it
//!   ([`Client::download_harness_transcript`]);
//! * `GET /agent/artifacts/{uid}` answers JSON whose `data.download_url` is it
//!   for screenshot and file artifacts; plan artifacts carry their markdown
//!   inline ([`Client::download_artifact`]).
//!
//! Each comes in three forms: the signed URL itself (`*_url`), the content
//! buffered in memory as [`Bytes`] (bounded by
//! [`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes),
//! [`Error::ResponseTooLarge`] beyond it), and a [`DownloadStream`] of chunks
//! for content of any size.
//!
//! # Credentials never leave the API origin
//!
//! The request to the API carries the key and the client's extra headers
//! like any other. Its redirect is **not** followed by the HTTP client —
//! reqwest would drop `Authorization` on a cross-origin redirect but keep
//! every other header, extra headers included. Instead the `Location` is
//! read and fetched with a new request that carries no `Authorization`, no
//! extra headers and no `User-Agent` override, whatever its origin (even the
//! API's own). Signed URLs are not written into errors or logs (only their
//! host is), since they are credentials too until they expire.
//!
//! The request to the API uses a crate-internal HTTP client that does not
//! follow redirects (reqwest fixes the redirect policy per client). It uses
//! the default timeouts and the proxy environment variables, but not the
//! settings of a client given to
//! [`ClientBuilder::http_client`](crate::ClientBuilder::http_client); the
//! request to storage uses the configured client. Both are retried by the
//! client's [`RetryPolicy`](crate::RetryPolicy).

use std::fmt;
use std::pin::Pin;
use std::sync::OnceLock;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use progenitor_client::ClientInfo;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{Method, Response, StatusCode, Url};
use tracing::Instrument;

use crate::error::DecodeError;
use crate::retry::{self, Failure};
use crate::types::ArtifactResponse;
use crate::{Client, Error, Result};

/// Error bodies are read up to this size.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// The operation name errors carry for the request to storage.
const DOWNLOAD: &str = "download";

/// A download as a stream of chunks.
///
/// ```no_run
/// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
/// use futures_util::TryStreamExt;
///
/// let mut download = client.download_run_transcript_stream("run-id").await?;
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
            .map(|chunk| chunk.map_err(|e| body_error(e.without_url())));
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

/// Which side of the download a request goes to.
#[derive(Clone, Copy, PartialEq)]
enum Hop {
    /// The API: credentials, redirects returned rather than followed.
    Api,
    /// Storage: no credentials.
    Storage,
}

/// The HTTP client for the API request whose redirect must not be followed.
fn no_redirect_http() -> Result<&'static reqwest::Client> {
    static HTTP: OnceLock<std::result::Result<reqwest::Client, String>> = OnceLock::new();
    HTTP.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(crate::DEFAULT_CONNECT_TIMEOUT)
            .timeout(crate::DEFAULT_TIMEOUT)
            // No pooled connections: they would outlive the runtime that made them.
            .pool_max_idle_per_host(0)
            .build()
            .map_err(|e| crate::error::one_line(&e))
    })
    .as_ref()
    .map_err(|e| Error::Config(format!("cannot build the download HTTP client: {e}")))
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

fn transport_error(operation: &'static str, e: reqwest::Error) -> (Failure, Error) {
    let connect = e.is_connect();
    let failure = if connect {
        Failure::Connect
    } else {
        Failure::AfterSend
    };
    let error = if e.is_timeout() && !connect {
        Error::Timeout {
            operation,
            source: e,
        }
    } else {
        Error::Transport {
            operation,
            connect,
            source: e,
        }
    };
    (failure, error)
}

fn body_error(e: reqwest::Error) -> Error {
    transport_error(DOWNLOAD, e).1
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

impl Client {
    fn api_url(&self, path: &str) -> Result<Url> {
        Url::parse(&format!("{}{path}", self.baseurl))
            .map_err(|e| Error::InvalidRequest(format!("cannot build the URL for {path}: {e}")))
    }

    /// One GET, retried as the client's policy allows; returns a 2xx
    /// response, or for [`Hop::Api`] also a 3xx one (its redirect is not
    /// followed). [`Hop::Api`] adds the credentials (to the API origin only,
    /// as always); [`Hop::Storage`] sends none.
    async fn get(&self, hop: Hop, url: &Url, operation: &'static str) -> Result<Response> {
        let http = match hop {
            Hop::Api => no_redirect_http()?,
            Hop::Storage => &self.client,
        };
        let policy = &self.inner.shared.retry;
        let mut attempt: u32 = 1;
        loop {
            let mut request = http.get(url.clone());
            if hop == Hop::Api {
                request = request.header("api-version", Client::api_version());
            }
            let mut request = request.build()?;
            if hop == Hop::Api {
                crate::transport::authorize(self, &mut request);
            }
            let span = tracing::info_span!(
                "oz_agent_api.request",
                operation,
                method = "GET",
                attempt,
                host = url.host_str().unwrap_or(""),
                credentials = hop == Hop::Api,
                status = tracing::field::Empty,
            );
            let outcome = http.execute(request).instrument(span.clone()).await;
            let (failure, retry_after, error) = match outcome {
                Err(e) => {
                    let e = if hop == Hop::Storage {
                        e.without_url()
                    } else {
                        e
                    };
                    let (failure, error) = transport_error(operation, e);
                    (failure, None, error)
                }
                Ok(response) => {
                    let status = response.status();
                    span.record("status", status.as_u16());
                    if status.is_success() || (hop == Hop::Api && status.is_redirection()) {
                        return Ok(response);
                    }
                    let content_type = content_type(&response);
                    let retry_after = retry::retry_after(response.headers());
                    let body = crate::transport::read_limited(response, MAX_ERROR_BODY)
                        .await
                        .ok()
                        .flatten()
                        .unwrap_or_default();
                    let api =
                        crate::ApiError::new(operation, status, content_type, retry_after, &body);
                    (
                        Failure::Status(status, api.retryable()),
                        retry_after,
                        Error::Api(Box::new(api)),
                    )
                }
            };
            match policy.delay(&Method::GET, failure, attempt, retry_after) {
                Some(delay) => {
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
                    attempt += 1;
                }
                None => return Err(error),
            }
        }
    }

    /// The whole body, at most `max_response_bytes`.
    async fn read_body(&self, response: Response, operation: &'static str) -> Result<Bytes> {
        let limit = self.inner.shared.max_response_bytes;
        match crate::transport::read_limited(response, limit).await {
            Ok(Some(body)) => Ok(body),
            Ok(None) => Err(Error::ResponseTooLarge { operation, limit }),
            Err(e) => Err(transport_error(operation, e.without_url()).1),
        }
    }

    /// Asks the API for `path`: a redirect to the content, or the content.
    async fn redirected(&self, path: &str, operation: &'static str) -> Result<Source> {
        let url = self.api_url(path)?;
        let response = self.get(Hop::Api, &url, operation).await?;
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
                let response = self.get(Hop::Storage, &url, DOWNLOAD).await?;
                self.read_body(response, DOWNLOAD).await
            }
            Source::Response(response) => self.read_body(response, operation).await,
            Source::Inline(bytes) => Ok(bytes),
        }
    }

    async fn source_stream(&self, source: Source) -> Result<DownloadStream> {
        Ok(match source {
            Source::Url(url) => {
                DownloadStream::from_response(self.get(Hop::Storage, &url, DOWNLOAD).await?)
            }
            Source::Response(response) => DownloadStream::from_response(response),
            Source::Inline(bytes) => DownloadStream::from_bytes(bytes, None),
        })
    }

    fn transcript_path(run_id: &str) -> Result<String> {
        if run_id.is_empty() {
            return Err(Error::InvalidRequest("run_id is empty".into()));
        }
        Ok(format!(
            "/agent/runs/{}/transcript",
            progenitor_client::encode_path(run_id)
        ))
    }

    /// The signed URL of a run's raw transcript
    /// (`GET /agent/runs/{runId}/transcript`, which answers 302 to it); not
    /// followed. The URL expires after a while.
    pub async fn run_transcript_url(&self, run_id: &str) -> Result<Url> {
        let path = Self::transcript_path(run_id)?;
        let source = self.redirected(&path, "get_run_transcript").await?;
        Self::source_url(source, "get_run_transcript")
    }

    /// A run's raw transcript, in memory (at most
    /// [`max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    /// The signed URL is fetched without the API key or extra headers.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// let transcript = client.download_run_transcript("run-id").await?;
    /// std::fs::write("transcript.json", &transcript).unwrap();
    /// # Ok(()) }
    /// ```
    pub async fn download_run_transcript(&self, run_id: &str) -> Result<Bytes> {
        let path = Self::transcript_path(run_id)?;
        let source = self.redirected(&path, "get_run_transcript").await?;
        self.source_bytes(source, "get_run_transcript").await
    }

    /// A run's raw transcript as a stream of chunks, of any size.
    pub async fn download_run_transcript_stream(&self, run_id: &str) -> Result<DownloadStream> {
        let path = Self::transcript_path(run_id)?;
        let source = self.redirected(&path, "get_run_transcript").await?;
        self.source_stream(source).await
    }

    /// The signed URL of the current task's raw third-party harness
    /// transcript (`GET /harness-support/transcript`, which answers 307 to
    /// it); not followed. Only callable from inside a cloud agent execution
    /// environment.
    pub async fn harness_transcript_url(&self) -> Result<Url> {
        let source = self
            .redirected("/harness-support/transcript", "get_transcript_download")
            .await?;
        Self::source_url(source, "get_transcript_download")
    }

    /// The current task's raw harness transcript, in memory (bounded like
    /// [`download_run_transcript`](Self::download_run_transcript)).
    pub async fn download_harness_transcript(&self) -> Result<Bytes> {
        let source = self
            .redirected("/harness-support/transcript", "get_transcript_download")
            .await?;
        self.source_bytes(source, "get_transcript_download").await
    }

    /// The current task's raw harness transcript as a stream of chunks.
    pub async fn download_harness_transcript_stream(&self) -> Result<DownloadStream> {
        let source = self
            .redirected("/harness-support/transcript", "get_transcript_download")
            .await?;
        self.source_stream(source).await
    }

    /// Fetches an artifact's metadata: its signed download URL, or its
    /// inline content (plans) with its content type.
    async fn artifact_source(&self, artifact_uid: &str) -> Result<(Source, Option<String>)> {
        if artifact_uid.is_empty() {
            return Err(Error::InvalidRequest("artifact_uid is empty".into()));
        }
        let response = self
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
    pub async fn artifact_download_url(&self, artifact_uid: &str) -> Result<Url> {
        match self.artifact_source(artifact_uid).await?.0 {
            Source::Url(url) => Ok(url),
            _ => Err(Error::InvalidRequest(format!(
                "artifact {artifact_uid} has inline content and no download URL; \
                 use download_artifact or get_artifact"
            ))),
        }
    }

    /// An artifact's content, in memory: a screenshot or file fetched from
    /// its signed URL (without the API key or extra headers, bounded like
    /// [`download_run_transcript`](Self::download_run_transcript)), or a
    /// plan's markdown.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// let png = client.download_artifact("3f2c…").await?;
    /// println!("{} bytes", png.len());
    /// # Ok(()) }
    /// ```
    pub async fn download_artifact(&self, artifact_uid: &str) -> Result<Bytes> {
        let (source, _) = self.artifact_source(artifact_uid).await?;
        self.source_bytes(source, "get_artifact").await
    }

    /// An artifact's content as a stream of chunks.
    pub async fn download_artifact_stream(&self, artifact_uid: &str) -> Result<DownloadStream> {
        let (source, content_type) = self.artifact_source(artifact_uid).await?;
        let mut stream = self.source_stream(source).await?;
        if stream.content_type.is_none() {
            stream.content_type = content_type;
        }
        Ok(stream)
    }

    /// Fetches a signed URL (e.g. a `download_url` you already have) into
    /// memory, without any credentials, bounded like
    /// [`download_run_transcript`](Self::download_run_transcript).
    pub async fn download_signed_url(&self, url: &str) -> Result<Bytes> {
        let url = parse_url(DOWNLOAD, StatusCode::OK, "URL", None, url)
            .map_err(|_| Error::InvalidRequest("not an http(s) URL".into()))?;
        self.source_bytes(Source::Url(url), DOWNLOAD).await
    }

    /// Fetches a signed URL as a stream of chunks, without any credentials.
    pub async fn download_signed_url_stream(&self, url: &str) -> Result<DownloadStream> {
        let url = parse_url(DOWNLOAD, StatusCode::OK, "URL", None, url)
            .map_err(|_| Error::InvalidRequest("not an http(s) URL".into()))?;
        self.source_stream(Source::Url(url)).await
    }
}
