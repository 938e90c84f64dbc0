//! Listeners, connections and the public [`FakeOzServer`] handle.

use std::convert::Infallible;
use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, USER_AGENT};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::app::{storage_error, App, Problem, Resp, API_PREFIX};
use crate::render::MODELS;
use crate::routes::{self, Req};
use crate::state::{Clock, State};
use crate::{storage, Origin, Pace, RecordedRequest, RunOutcome};
use oz_agent_api::{Client, ClientBuilder};

/// Largest request body the fake server reads.
const MAX_BODY: usize = 1024 * 1024;

/// Configures a [`FakeOzServer`] before starting it.
///
/// ```no_run
/// # async fn demo() {
/// use std::time::Duration;
/// use oz_agent_api_fake::{FakeOzServer, Pace};
///
/// let server = FakeOzServer::builder()
///     .pace(Pace::polls(2, 3))
///     .historical_runs(25)
///     .seed(7)
///     .start()
///     .await;
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct FakeOzServerBuilder {
    pace: Pace,
    outcome: RunOutcome,
    historical_runs: usize,
    seed: Option<u64>,
    api_key: Option<String>,
}

impl Default for FakeOzServerBuilder {
    fn default() -> Self {
        FakeOzServerBuilder {
            pace: Pace::default(),
            outcome: RunOutcome::default(),
            historical_runs: 6,
            seed: None,
            api_key: None,
        }
    }
}

impl FakeOzServerBuilder {
    /// How fast runs progress (default [`Pace::default`]).
    pub fn pace(mut self, pace: Pace) -> Self {
        self.pace = pace;
        self
    }

    /// How runs created on the server end (default [`RunOutcome::Succeeded`]).
    pub fn outcome(mut self, outcome: RunOutcome) -> Self {
        self.outcome = outcome;
        self
    }

    /// How many finished runs from before the server started it lists
    /// (default 6); they are spaced 53 minutes apart and mix `SUCCEEDED`,
    /// `FAILED` and `CANCELLED`.
    pub fn historical_runs(mut self, count: usize) -> Self {
        self.historical_runs = count;
        self
    }

    /// Seeds the generator of ids, so two servers with the same seed and the
    /// same requests hand out the same ids (default: random).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// The API key the server accepts (default `wk-fake-` and random characters).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// Binds two loopback ports (API and storage) and starts serving on the
    /// current tokio runtime.
    ///
    /// # Panics
    ///
    /// If the ports cannot be bound or there is no tokio runtime; see
    /// [`try_start`](Self::try_start) to handle the former.
    pub async fn start(self) -> FakeOzServer {
        match self.try_start().await {
            Ok(server) => server,
            Err(e) => panic!("FakeOzServer: cannot listen on 127.0.0.1: {e}"),
        }
    }

    /// Like [`start`](Self::start), returning the error if a port cannot be bound.
    pub async fn try_start(self) -> io::Result<FakeOzServer> {
        let api = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let storage = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let (api_addr, storage_addr) = (api.local_addr()?, storage.local_addr()?);

        let clock = Clock::new();
        let mut state = State::new(self.pace, self.outcome, self.seed);
        let models: Vec<&str> = MODELS
            .iter()
            .filter(|m| m.disabled.is_none())
            .map(|m| m.id)
            .collect();
        state.seed_history(self.historical_runs, &clock, &models);
        let api_key = match self.api_key {
            Some(key) => key,
            None => format!("wk-fake-{}", state.hex(24)),
        };
        let app = Arc::new(App::new(
            api_key,
            format!("http://{storage_addr}"),
            clock,
            state,
        ));

        let (shutdown, _) = watch::channel(false);
        let tasks = vec![
            tokio::spawn(accept(api, Origin::Api, app.clone(), shutdown.subscribe())),
            tokio::spawn(accept(
                storage,
                Origin::Storage,
                app.clone(),
                shutdown.subscribe(),
            )),
        ];
        Ok(FakeOzServer {
            app,
            api_addr,
            storage_addr,
            base_url: format!("http://{api_addr}{API_PREFIX}"),
            shutdown,
            tasks,
        })
    }
}

/// A running fake Oz server; see the [crate docs](crate).
///
/// Dropping it stops accepting connections and closes open ones once their
/// response in flight is sent.
pub struct FakeOzServer {
    app: Arc<App>,
    api_addr: SocketAddr,
    storage_addr: SocketAddr,
    base_url: String,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl fmt::Debug for FakeOzServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeOzServer")
            .field("base_url", &self.base_url)
            .field("storage_url", &self.app.storage_origin)
            .finish_non_exhaustive()
    }
}

impl FakeOzServer {
    /// Starts a server with the default settings.
    ///
    /// # Panics
    ///
    /// If the loopback ports cannot be bound or there is no tokio runtime.
    pub async fn start() -> FakeOzServer {
        FakeOzServer::builder().start().await
    }

    /// A [`FakeOzServerBuilder`] with the default settings.
    pub fn builder() -> FakeOzServerBuilder {
        FakeOzServerBuilder::default()
    }

    /// The API base URL, `http://127.0.0.1:<port>/api/v1`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address of the API listener.
    pub fn addr(&self) -> SocketAddr {
        self.api_addr
    }

    /// The origin of signed download URLs, `http://127.0.0.1:<other port>`.
    pub fn storage_url(&self) -> &str {
        &self.app.storage_origin
    }

    /// The address of the storage listener.
    pub fn storage_addr(&self) -> SocketAddr {
        self.storage_addr
    }

    /// The API key the server accepts.
    pub fn api_key(&self) -> &str {
        &self.app.api_key
    }

    /// A [`ClientBuilder`] set up for this server: its key and base URL, and an
    /// HTTP client without timers (no request timeouts, no idle-connection
    /// reaper).
    ///
    /// reqwest's timers run on the tokio clock. Under a paused clock
    /// (`start_paused = true`) the runtime auto-advances time to the next
    /// timer whenever it has nothing to do but wait for socket IO, so a
    /// request timeout could fire spuriously, and any pending timer lets
    /// virtual time jump while a request is in flight. A loopback server
    /// needs neither.
    pub fn client_builder(&self) -> ClientBuilder {
        let builder = Client::builder()
            .api_key(self.app.api_key.clone())
            .base_url(self.base_url.clone());
        match reqwest::Client::builder().pool_idle_timeout(None).build() {
            Ok(http) => builder.http_client(http),
            // `build` reports the same failure as a configuration error.
            Err(_) => builder,
        }
    }

    /// A [`Client`] for this server (see [`client_builder`](Self::client_builder)).
    ///
    /// # Panics
    ///
    /// If the HTTP client cannot be built (the TLS backend fails to initialize).
    pub fn client(&self) -> Client {
        match self.client_builder().build() {
            Ok(client) => client,
            Err(e) => panic!("FakeOzServer::client: {e}"),
        }
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.app.requests()
    }

    /// How many requests have been received.
    pub fn request_count(&self) -> usize {
        self.app.request_count()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.app.clear_requests();
    }

    /// Answers the next `times` authenticated API requests with `status`
    /// (as problem details; `429` and `503` with `Retry-After: 1`) instead of
    /// handling them. `fail_next(0, …)` cancels pending failures.
    pub fn fail_next(&self, times: usize, status: u16) {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        self.app.fail_next(times, status);
    }

    /// Changes how runs created from now on end.
    pub fn set_outcome(&self, outcome: RunOutcome) {
        self.app.state().outcome = outcome;
    }

    /// Changes how fast runs created (or followed up) from now on progress.
    pub fn set_pace(&self, pace: Pace) {
        self.app.state().pace = pace;
    }

    /// Stops the server and waits until every connection is closed.
    pub async fn shutdown(mut self) {
        self.shutdown.send_replace(true);
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
    }
}

impl Drop for FakeOzServer {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
    }
}

/// Accepts connections until shutdown, then waits for them to close.
async fn accept(
    listener: TcpListener,
    origin: Origin,
    app: Arc<App>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            () = stopped(&mut shutdown) => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(connection(stream, origin, app.clone(), shutdown.clone()));
                }
                // Out of file descriptors and the like: back off briefly.
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(10)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
}

/// Resolves once shutdown is requested (or the server handle is gone).
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

async fn connection(
    stream: tokio::net::TcpStream,
    origin: Origin,
    app: Arc<App>,
    mut shutdown: watch::Receiver<bool>,
) {
    let service = service_fn(move |request| {
        let app = app.clone();
        async move { Ok::<_, Infallible>(handle(&app, origin, request).await) }
    });
    let conn = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        () = stopped(&mut shutdown) => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

async fn handle(app: &App, origin: Origin, request: Request<Incoming>) -> Resp {
    let (parts, body) = request.into_parts();
    let header = |name| {
        parts
            .headers
            .get(name)
            .map(|v: &hyper::header::HeaderValue| {
                String::from_utf8_lossy(v.as_bytes()).into_owned()
            })
    };
    let authorization = header(AUTHORIZATION);
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().map(str::to_owned);
    let body = Limited::new(body, MAX_BODY)
        .collect()
        .await
        .map(|b| b.to_bytes());
    app.record(RecordedRequest {
        origin,
        method: parts.method.to_string(),
        path: path.clone(),
        query: query.clone(),
        authorization: authorization.clone(),
        user_agent: header(USER_AGENT),
        body: body.as_ref().cloned().unwrap_or_else(|_| Bytes::new()),
    });
    let body = match body {
        Ok(body) => body,
        Err(e) => {
            let too_large = e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            return match (origin, too_large) {
                (Origin::Api, true) => Problem::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "invalid_request",
                    "Request body too large",
                    format!("request bodies are limited to {MAX_BODY} bytes"),
                )
                .response(app, &path),
                (Origin::Api, false) => {
                    Problem::bad_request("the request body could not be read").response(app, &path)
                }
                (Origin::Storage, _) => storage_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidArgument",
                    "The request body could not be read.",
                ),
            };
        }
    };
    let req = Req {
        method: &parts.method,
        path: &path,
        query: query.as_deref(),
        authorization: authorization.as_deref(),
        body: &body,
    };
    match origin {
        Origin::Api => routes::api(app, &req),
        Origin::Storage => storage::serve(app, &req),
    }
}
