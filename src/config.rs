//! Building a [`Client`]: API key, base URL, timeouts, retries, headers.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::Url;

use crate::{ApiKey, Client, Error, ExactlyOnceOptions, Result, RetryPolicy};

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://app.warp.dev/api/v1";

/// Environment variable holding the API key.
pub const ENV_API_KEY: &str = "WARP_API_KEY";
/// Environment variables naming the base URL, in order of precedence: the
/// first one set wins. `WARP_BASE_URL` is the name Warp's Python SDK 1.0
/// reads; the others are earlier names, still honoured.
pub const ENV_BASE_URL: [&str; 3] = ["WARP_BASE_URL", "OZ_API_BASE_URL", "WARP_API_BASE_URL"];
/// Environment variables with extra headers, newline-separated `Name: value`,
/// in order of precedence: the first one set is used and the other ignored
/// (they are not merged). `WARP_CUSTOM_HEADERS` is the name Warp's Python SDK
/// 1.0 reads; `OZ_API_CUSTOM_HEADERS` the earlier one (SDK 0.15).
///
/// A line that is not a valid header fails [`ClientBuilder::build`] with an
/// [`Error::Config`] naming the variable and the line number (from 1), never
/// the line itself: a header value is often a credential.
pub const ENV_CUSTOM_HEADERS: [&str; 2] = ["WARP_CUSTOM_HEADERS", "OZ_API_CUSTOM_HEADERS"];

/// The header parameter that selects the team an operation acts for
/// (declared by the spec on the operations that take it).
pub const TEAM_UID_HEADER: &str = "X-Warp-Team-Uid";

/// Default timeout of one request: the whole exchange for an ordinary
/// request; for a download stream, the longest wait for the response to
/// start and between two chunks (see [`ClientBuilder::timeout`]).
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default timeout for establishing a connection.
pub(crate) const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default limit on a response body.
pub(crate) const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;

/// The `User-Agent` this crate sends.
pub const USER_AGENT: &str = concat!("oz-agent-api-rust/", env!("CARGO_PKG_VERSION"));

/// Configuration shared by every request of a [`Client`]; opaque.
///
/// Its `Debug` output never shows the API key.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) shared: Arc<Shared>,
}

pub(crate) struct Shared {
    pub(crate) api_key: ApiKey,
    pub(crate) base_url: Url,
    pub(crate) retry: RetryPolicy,
    /// Whether and how run creation is exactly-once.
    pub(crate) exactly_once: ExactlyOnceOptions,
    /// The retry budget every request of the client draws on (`None`: unlimited).
    pub(crate) retry_tokens: Option<crate::retry::TokenBucket>,
    /// Sent to the API origin only: `User-Agent` and the caller's extra headers.
    pub(crate) headers: HeaderMap,
    /// Defaults of header *parameters*, keyed by lower-case name: sent only
    /// by operations whose spec declares that header, when the call sets none.
    pub(crate) parameter_defaults: HeaderMap,
    pub(crate) max_response_bytes: usize,
    /// With the crate's own HTTP client, the one download streams go
    /// through, which bounds the wait between two reads instead of the
    /// whole exchange (see [`ClientBuilder::timeout`]); `None` with the
    /// caller's own client, whose timeouts apply to streams as to any request.
    pub(crate) streams: Option<StreamClient>,
    /// A body buffer kept for the next response (see [`crate::body_buffer::BodyBuffer`]).
    pub(crate) body_buffer: crate::body_buffer::BodyBuffer,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.shared;
        f.debug_struct("ClientState")
            .field("api_key", &s.api_key)
            .field("base_url", &s.base_url.as_str())
            .field("retry", &s.retry)
            .field(
                "extra_headers",
                &s.headers.keys().map(HeaderName::as_str).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// The HTTP client of download streams, for a client built with the
/// crate's own HTTP client: the same settings, with an idle read timeout
/// (reqwest's `read_timeout`) beside the overall one, which a stream's
/// request drops ([`crate::download`]). Built on the first stream, so that
/// ordinary requests — every request but a stream — do not pay for an idle
/// timer their overall deadline already covers (one more timer per
/// response and per body chunk), and a client that never streams never
/// builds it. It has a connection pool of its own.
pub(crate) struct StreamClient {
    timeout: Duration,
    connect_timeout: Duration,
    http: std::sync::OnceLock<Option<reqwest::Client>>,
}

impl StreamClient {
    /// The crate's own HTTP client with these timeouts, without the idle
    /// read timeout (what every request but a stream goes through).
    fn ordinary(timeout: Duration, connect_timeout: Duration) -> reqwest::ClientBuilder {
        reqwest::Client::builder()
            // Redirects are followed by the transport, which drops the key
            // and custom headers whenever the origin changes.
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .timeout(timeout)
            .connect_timeout(connect_timeout)
    }

    /// The client for streams, built on first use; `None` if it cannot be
    /// built (it has the settings of the client that was built, so it can
    /// only fail as that one did not: the caller then keeps the overall
    /// deadline).
    pub(crate) fn http(&self) -> Option<&reqwest::Client> {
        self.http
            .get_or_init(|| {
                StreamClient::ordinary(self.timeout, self.connect_timeout)
                    // Between two reads, and for the response to start: what
                    // bounds a download stream, which drops the overall
                    // deadline. (reqwest adds it to the time of each read
                    // without saturating: a year is as good as none, and
                    // cannot overflow.)
                    .read_timeout(self.timeout.min(Duration::from_secs(365 * 24 * 60 * 60)))
                    .build()
                    .ok()
            })
            .as_ref()
    }

    /// The overall timeout of the crate's own client.
    pub(crate) fn timeout(&self) -> Duration {
        self.timeout
    }
}

/// Builds a [`Client`].
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api::{Client, RetryPolicy};
///
/// let client = Client::builder()
///     .api_key("wk-example")
///     .base_url("https://app.warp.dev/api/v1")
///     .timeout(Duration::from_secs(30))
///     .retry_policy(RetryPolicy::default().with_max_retries(3))
///     .header("X-Team", "platform")
///     .build()
///     .unwrap();
/// assert_eq!(client.base_url(), "https://app.warp.dev/api/v1");
/// ```
#[derive(Default)]
#[must_use]
pub struct ClientBuilder {
    api_key: Option<String>,
    base_url: Option<String>,
    /// The environment variable `base_url` came from (`None`: the builder).
    base_url_variable: Option<&'static str>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    exactly_once: Option<ExactlyOnceOptions>,
    user_agent: Option<String>,
    headers: Vec<CustomHeader>,
    parameter_defaults: Vec<(String, String)>,
    http: Option<reqwest::Client>,
    max_response_bytes: Option<usize>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url.as_deref().map(without_userinfo))
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("exactly_once", &self.exactly_once)
            .field(
                "headers",
                &self
                    .headers
                    .iter()
                    .map(|h| match HeaderName::from_bytes(h.name.as_bytes()) {
                        Ok(_) => h.name.as_str(),
                        Err(_) => "[invalid]",
                    })
                    .collect::<Vec<_>>(),
            )
            .field(
                "parameter_defaults",
                &self
                    .parameter_defaults
                    .iter()
                    .map(|(n, _)| match HeaderName::from_bytes(n.as_bytes()) {
                        Ok(_) => n.as_str(),
                        Err(_) => "[invalid]",
                    })
                    .collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// A builder with nothing set; `build` needs at least an API key.
    pub fn new() -> Self {
        ClientBuilder::default()
    }

    /// A builder filled from the environment: `WARP_API_KEY`, the base URL
    /// from `WARP_BASE_URL` (or the older `OZ_API_BASE_URL`,
    /// `WARP_API_BASE_URL`), and extra headers from `WARP_CUSTOM_HEADERS` (or,
    /// when that is not set, the older `OZ_API_CUSTOM_HEADERS`); see
    /// [`ENV_BASE_URL`] and [`ENV_CUSTOM_HEADERS`]. Later calls override them.
    pub fn from_env() -> Self {
        ClientBuilder::from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), reading variables through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Self {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let mut builder = ClientBuilder::new();
        builder.api_key = set(ENV_API_KEY);
        if let Some((name, url)) = ENV_BASE_URL
            .iter()
            .find_map(|name| set(name).map(|url| (*name, url)))
        {
            builder.base_url = Some(url);
            builder.base_url_variable = Some(name);
        }
        if let Some((variable, headers)) = ENV_CUSTOM_HEADERS
            .iter()
            .find_map(|name| set(name).map(|value| (*name, value)))
        {
            for (index, line) in headers.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                let origin = HeaderOrigin::Env {
                    variable,
                    line: index + 1,
                };
                builder.headers.push(match line.split_once(':') {
                    Some((name, value)) => CustomHeader {
                        name: name.trim().to_owned(),
                        value: value.trim().to_owned(),
                        origin,
                        colon: true,
                    },
                    None => CustomHeader {
                        name: String::new(),
                        value: String::new(),
                        origin,
                        colon: false,
                    },
                });
            }
        }
        builder
    }

    /// The API key (`wk-…`).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The base URL, e.g. `https://app.warp.dev/api/v1` (the default):
    /// scheme, host, optional port and path. A query (`?…`), a fragment
    /// (`#…`) or user information (`user:password@`) fail
    /// [`build`](Self::build) with an [`Error::Config`] naming where the URL
    /// came from (this method, or the environment variable), without
    /// printing the user information.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self.base_url_variable = None;
        self
    }

    /// Timeout of one request attempt (default 60 s). Ignored when you
    /// pass your own [`reqwest::Client`].
    ///
    /// For an ordinary request it bounds the whole exchange, body included.
    /// A download stream ([`DownloadStream`](crate::DownloadStream)) can
    /// rightly take longer than any fixed deadline, so for it the timeout is
    /// an *idle* timeout instead: the response must start within it, and
    /// each chunk must follow the previous one within it; a healthy download
    /// of any length is never cut off. (Streams go through an HTTP client
    /// of their own, with reqwest's `read_timeout` set to this timeout,
    /// built on the first stream; ordinary requests have the overall
    /// timeout alone. With your own client, its own timeouts apply as you
    /// set them: use `read_timeout` and no overall `timeout` on it for long
    /// streams.)
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout for establishing a connection (default 5 s).
    /// Ignored when you pass your own [`reqwest::Client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How failed requests are retried (default: [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Whether and how `create_run` is exactly-once (default:
    /// [`ExactlyOnceOptions::default`], on). See [`crate::exactly_once`].
    pub fn exactly_once(mut self, options: ExactlyOnceOptions) -> Self {
        self.exactly_once = Some(options);
        self
    }

    /// The `User-Agent` (default `oz-agent-api-rust/<version>`).
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = Some(agent.into());
        self
    }

    /// An extra header sent with every API request (never to other origins).
    /// Calling it again with the same name adds a value: every value is
    /// sent (as are repeated lines of `WARP_CUSTOM_HEADERS`). A custom
    /// header never replaces a header *parameter* a call sets (or that
    /// [`parameter_default`](Self::parameter_default) or
    /// [`team_uid`](Self::team_uid) sets): a client-wide
    /// `X-Warp-Team-Uid: team-a` is sent when a call names no team, and a
    /// call's `.x_warp_team_uid("team-b")` wins over it.
    ///
    /// An invalid name or value fails [`build`](Self::build) with an
    /// [`Error::Config`] that names the header by its position among the
    /// `header` calls and says what is wrong, without printing the value (nor
    /// an invalid name, which may hold one).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let call = 1 + self
            .headers
            .iter()
            .filter(|h| matches!(h.origin, HeaderOrigin::Builder { .. }))
            .count();
        self.headers.push(CustomHeader {
            name: name.into(),
            value: value.into(),
            origin: HeaderOrigin::Builder { call },
            colon: true,
        });
        self
    }

    /// A default for a header **parameter** of the spec: sent with every
    /// operation whose spec declares a header parameter called `name` (case
    /// does not matter), when the call does not set it itself — and with no
    /// other operation. Compare [`header`](Self::header), which goes with
    /// every request.
    ///
    /// ```
    /// let client = oz_agent_api::Client::builder()
    ///     .api_key("wk-example")
    ///     .parameter_default("X-Warp-Team-Uid", "team-42")
    ///     .build()
    ///     .unwrap();
    /// # let _ = client;
    /// ```
    pub fn parameter_default(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.parameter_defaults.push((name.into(), value.into()));
        self
    }

    /// The team the API acts for by default: the `X-Warp-Team-Uid` header
    /// parameter, sent with every operation that declares it (listing and
    /// creating runs, agents, schedules, environments, …) unless the call
    /// sets its own. Same as `parameter_default("X-Warp-Team-Uid", uid)`.
    pub fn team_uid(self, uid: impl Into<String>) -> Self {
        self.parameter_default(TEAM_UID_HEADER, uid)
    }

    /// Your own HTTP client (proxies, TLS roots, pools, timeouts). Build it
    /// with `.redirect(reqwest::redirect::Policy::none())` so the crate follows
    /// redirects itself, dropping the key and your custom headers whenever the
    /// origin changes; a client that follows redirects on its own still drops
    /// `Authorization` across hosts (reqwest's policy) but not custom headers.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Largest response body accepted (default 64 MiB); larger ones fail with
    /// [`Error::ResponseTooLarge`] instead of exhausting memory.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client> {
        let api_key = match self.api_key {
            Some(key) => ApiKey::new(key)?,
            None => {
                return Err(Error::Config(format!(
                    "no API key: set {ENV_API_KEY} or call ClientBuilder::api_key"
                )))
            }
        };
        let source = self.base_url_variable.unwrap_or("ClientBuilder::base_url");
        let base = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let base = base.trim().trim_end_matches('/').to_owned();
        let base_url = check_base_url(&base, source)?;

        let mut headers = HeaderMap::new();
        let agent = self.user_agent.unwrap_or_else(|| USER_AGENT.to_owned());
        headers.insert(
            reqwest::header::USER_AGENT,
            HeaderValue::from_str(&agent)
                .map_err(|_| Error::Config(format!("invalid user agent {agent:?}")))?,
        );
        for custom in &self.headers {
            let (header, value) = custom.parse()?;
            headers.append(header, value);
        }

        let mut parameter_defaults = HeaderMap::new();
        for (name, value) in &self.parameter_defaults {
            let header = HeaderName::from_bytes(name.to_ascii_lowercase().as_bytes())
                .map_err(|_| Error::Config(format!("invalid header parameter name {name:?}")))?;
            let mut value = HeaderValue::from_str(value).map_err(|_| {
                Error::Config(format!("invalid value for header parameter {name:?}"))
            })?;
            value.set_sensitive(true);
            parameter_defaults.insert(header, value);
        }

        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let (http, streams) = match self.http {
            Some(http) => (http, None),
            None => (
                StreamClient::ordinary(timeout, connect_timeout)
                    .build()
                    .map_err(|e| {
                        Error::Config(format!(
                            "cannot build the HTTP client: {}",
                            crate::error::one_line(&e)
                        ))
                    })?,
                Some(StreamClient {
                    timeout,
                    connect_timeout,
                    http: std::sync::OnceLock::new(),
                }),
            ),
        };
        let retry = self.retry.unwrap_or_default();
        let state = ClientState {
            shared: Arc::new(Shared {
                api_key,
                base_url,
                retry_tokens: retry
                    .retry_budget()
                    .cloned()
                    .map(crate::retry::TokenBucket::new),
                retry,
                exactly_once: self.exactly_once.unwrap_or_default(),
                headers,
                parameter_defaults,
                max_response_bytes: self
                    .max_response_bytes
                    .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
                streams,
                body_buffer: Default::default(),
            }),
        };
        Ok(Client {
            baseurl: base,
            client: http,
            inner: state,
        })
    }
}

/// The base URL, parsed and checked: http(s), a host, and nothing that
/// would send operations elsewhere (a query or fragment, which every path
/// would be appended after) or hold a secret (user information, which the
/// bearer key replaces anyway). Errors name `source` and never print user
/// information.
fn check_base_url(base: &str, source: &str) -> Result<Url> {
    let shown = without_userinfo(base);
    let url = Url::parse(base)
        .map_err(|e| Error::Config(format!("{source}: invalid base URL {shown:?}: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::Config(format!(
            "{source}: invalid base URL {shown:?}: expected http(s)://host/…"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(format!(
            "{source}: the base URL has user information (user:password@ before the host), \
             which is not sent (the API key is) and must not be in a URL: remove it"
        )));
    }
    let part = match (url.query(), url.fragment()) {
        (Some(_), _) => Some("a query (?…)"),
        (None, Some(_)) => Some("a fragment (#…)"),
        (None, None) => None,
    };
    if let Some(part) = part {
        return Err(Error::Config(format!(
            "{source}: the base URL has {part}, which every operation's path would follow, \
             sending it to the wrong place: give scheme, host, port and path only"
        )));
    }
    Ok(url)
}

/// `url` with any user information (`user:password@`) replaced by `***@`,
/// for messages and `Debug`. Text that is not a URL but has an `@` is not
/// shown at all.
fn without_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return if url.contains('@') {
            "[not shown: it contains '@']".to_owned()
        } else {
            url.to_owned()
        };
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://***{}", &rest[at..]),
        None => url.to_owned(),
    }
}

/// One extra header, as given, with where it came from for error messages.
#[derive(Clone)]
struct CustomHeader {
    name: String,
    value: String,
    origin: HeaderOrigin,
    /// Whether the environment line had a `:` (always true for the builder).
    colon: bool,
}

#[derive(Clone, Copy)]
enum HeaderOrigin {
    /// Line `line` (from 1) of `variable` (one of [`ENV_CUSTOM_HEADERS`]).
    Env { variable: &'static str, line: usize },
    /// The `call`-th (from 1) call of [`ClientBuilder::header`].
    Builder { call: usize },
}

impl fmt::Display for HeaderOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderOrigin::Env { variable, line } => write!(f, "{variable} line {line}"),
            HeaderOrigin::Builder { call } => write!(f, "ClientBuilder::header call {call}"),
        }
    }
}

impl CustomHeader {
    /// The header, or an error naming where it came from and what is wrong,
    /// never the value (nor an invalid name, which may hold one).
    fn parse(&self) -> Result<(HeaderName, HeaderValue)> {
        let origin = self.origin;
        if !self.colon {
            return Err(Error::Config(format!(
                "{origin}: expected `Name: value`, found no ':'"
            )));
        }
        let name = HeaderName::from_bytes(self.name.as_bytes()).map_err(|_| {
            Error::Config(format!(
                "{origin}: invalid header name ({})",
                name_problem(&self.name)
            ))
        })?;
        let mut value = HeaderValue::from_str(&self.value).map_err(|_| {
            Error::Config(format!(
                "{origin}: invalid value for header {name} (it contains a control character such as a line break)"
            ))
        })?;
        value.set_sensitive(true);
        Ok((name, value))
    }
}

/// What makes `name` an invalid header name, without repeating it.
fn name_problem(name: &str) -> String {
    if name.is_empty() {
        return "it is empty".into();
    }
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    match name.chars().find(|c| !token(*c)) {
        Some(c) if c.is_whitespace() => "it contains whitespace".into(),
        Some(c) if c.is_control() => "it contains a control character".into(),
        Some(c) if !c.is_ascii() => "it contains a non-ASCII character".into(),
        Some(c) => format!("it contains {c:?}"),
        None => "it is too long or otherwise not a token".into(),
    }
}

impl Client {
    /// A [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from the environment (see [`ClientBuilder::from_env`]).
    ///
    /// Fails with [`Error::Config`] naming `WARP_API_KEY` when it is not set.
    pub fn from_env() -> Result<Client> {
        ClientBuilder::from_env().build()
    }

    /// A client for the production API with this key and default settings.
    pub fn new(api_key: impl Into<String>) -> Result<Client> {
        ClientBuilder::new().api_key(api_key).build()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// The retry policy in force.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.shared.retry
    }

    /// The tokens left in the client's retry budget (shared by its clones),
    /// or `None` when the policy has no budget. See
    /// [`retry`](crate::retry#retry-budget).
    ///
    /// ```
    /// let client = oz_agent_api::Client::new("wk-example").unwrap();
    /// assert_eq!(client.retry_tokens(), Some(500));
    /// ```
    pub fn retry_tokens(&self) -> Option<u32> {
        self.inner
            .shared
            .retry_tokens
            .as_ref()
            .map(crate::retry::TokenBucket::available)
    }
}
