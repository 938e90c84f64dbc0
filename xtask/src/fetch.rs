//! Reading a spec from a file or an `http(s)` URL, with a timeout.

use std::fmt;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

/// Default timeout for fetching a spec over HTTP.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Turns a `--timeout` value into a [`Duration`] (invalid values fall back to the default).
pub fn timeout_from_secs(secs: f64) -> Duration {
    if secs.is_finite() && secs > 0.0 {
        Duration::from_secs_f64(secs)
    } else {
        DEFAULT_TIMEOUT
    }
}

/// Largest body accepted (the real spec is ~150 KiB).
const MAX_BODY: u64 = 32 * 1024 * 1024;

/// Why a spec could not be read.
#[derive(Debug)]
pub enum FetchError {
    /// A local file could not be read.
    File {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        error: std::io::Error,
    },
    /// The server answered with a non-success status.
    Status {
        /// The URL.
        url: String,
        /// The status code and reason.
        status: String,
    },
    /// The server sent an HTML page.
    Html {
        /// The URL.
        url: String,
    },
    /// The request did not complete in time.
    Timeout {
        /// The URL.
        url: String,
        /// The timeout that ran out.
        timeout: Duration,
    },
    /// Connection, TLS or body-transfer failure.
    Network {
        /// The URL.
        url: String,
        /// What went wrong.
        error: String,
    },
    /// The body was larger than this tool accepts.
    TooLarge {
        /// The URL.
        url: String,
    },
    /// The body was not UTF-8.
    NotUtf8 {
        /// The source.
        source: String,
    },
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::File { path, error } => {
                write!(f, "cannot read {}: {error}", path.display())
            }
            FetchError::Status { url, status } => write!(f, "HTTP {status} from {url}"),
            FetchError::Html { url } => write!(
                f,
                "{url} returned an HTML page, not a YAML/JSON OpenAPI document"
            ),
            FetchError::Timeout { url, timeout } => {
                write!(
                    f,
                    "timed out after {}s fetching {url}",
                    timeout.as_secs_f64()
                )
            }
            FetchError::Network { url, error } => {
                write!(f, "network error fetching {url}: {error}")
            }
            FetchError::TooLarge { url } => write!(f, "{url}: body larger than {MAX_BODY} bytes"),
            FetchError::NotUtf8 { source } => write!(f, "{source} is not UTF-8 text"),
        }
    }
}

impl std::error::Error for FetchError {}

/// True for `http://` and `https://` sources.
pub fn is_url(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Reads `source`: an `http(s)` URL (fetched with `timeout`) or a file path
/// (a `file://` prefix is accepted).
pub fn fetch(source: &str, timeout: Duration) -> Result<String, FetchError> {
    if is_url(source) {
        fetch_url(source, timeout)
    } else {
        let path = PathBuf::from(source.strip_prefix("file://").unwrap_or(source));
        let bytes = std::fs::read(&path).map_err(|error| FetchError::File { path, error })?;
        String::from_utf8(bytes).map_err(|_| FetchError::NotUtf8 {
            source: source.to_string(),
        })
    }
}

fn network(url: &str, e: &reqwest::Error, timeout: Duration) -> FetchError {
    if e.is_timeout() {
        return FetchError::Timeout {
            url: url.to_string(),
            timeout,
        };
    }
    // The Display of reqwest errors is terse; include the cause chain.
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    FetchError::Network {
        url: url.to_string(),
        error: msg,
    }
}

fn fetch_url(url: &str, timeout: Duration) -> Result<String, FetchError> {
    let client = reqwest::blocking::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .user_agent(concat!("oz-agent-api-xtask/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| network(url, &e, timeout))?;
    let resp = client
        .get(url)
        .send()
        .map_err(|e| network(url, &e, timeout))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status: format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string(),
        });
    }
    let html = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("text/html"));
    if html {
        return Err(FetchError::Html {
            url: url.to_string(),
        });
    }
    let mut body = Vec::new();
    resp.take(MAX_BODY + 1)
        .read_to_end(&mut body)
        .map_err(
            |e| match e.get_ref().and_then(|i| i.downcast_ref::<reqwest::Error>()) {
                Some(re) => network(url, re, timeout),
                None if e.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout {
                    url: url.to_string(),
                    timeout,
                },
                None => FetchError::Network {
                    url: url.to_string(),
                    error: format!("reading the body failed: {e}"),
                },
            },
        )?;
    if body.len() as u64 > MAX_BODY {
        return Err(FetchError::TooLarge {
            url: url.to_string(),
        });
    }
    String::from_utf8(body).map_err(|_| FetchError::NotUtf8 {
        source: url.to_string(),
    })
}
