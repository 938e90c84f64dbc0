//! Listeners, connections and the public [`FakeOzServer`] handle.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, USER_AGENT};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::app::App;
use crate::examples::{Fill, Generator};
use crate::faults::{Fault, FaultKind, Faults, RandomFaults};
use crate::options::{Mode, Pace, RunOutcome};
use crate::recorded::{Origin, RecordedRequest};
use crate::render::{self, MODELS};
use crate::reply::{injected, respond, storage_error, with_header, Problem, Resp};
use crate::request::Req;
use crate::router;
use crate::spec::Spec;
use crate::state::{Clock, State};
use crate::store::Store;
use crate::{runs, storage};
use oz_agent_api::{Client, ClientBuilder};

/// Largest request body the fake server reads.
const MAX_BODY: usize = 1024 * 1024;

/// Configures a [`FakeOzServer`] before starting it.
///
/// ```no_run
/// # async fn demo() {
/// use std::time::Duration;
/// use oz_agent_api_fake::{FakeOzServer, Pace, RandomFaults};
///
/// let server = FakeOzServer::builder()
///     .pace(Pace::polls(2, 3))
///     .historical_runs(25)
///     .spawn_children(3)
///     .clock_offset(chrono::TimeDelta::seconds(-90))
///     .random_faults(RandomFaults::new(0.05).seed(7))
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
    mode: Mode,
    fill: Fill,
    spec: Option<Arc<Spec>>,
    children: usize,
    clock_offset: chrono::TimeDelta,
    random_faults: Option<RandomFaults>,
    metadata_filter: bool,
}

impl Default for FakeOzServerBuilder {
    fn default() -> Self {
        FakeOzServerBuilder {
            pace: Pace::default(),
            outcome: RunOutcome::default(),
            historical_runs: 6,
            seed: None,
            api_key: None,
            mode: Mode::default(),
            fill: Fill::default(),
            spec: None,
            children: 0,
            clock_offset: chrono::TimeDelta::zero(),
            random_faults: None,
            metadata_filter: true,
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

    /// Stateful (the default: the run lifecycle and a resource store) or
    /// [`Mode::Generated`] (every operation answered from the spec, no state).
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// How fully generated responses are filled (default [`Fill::Full`]).
    pub fn fill(mut self, fill: Fill) -> Self {
        self.fill = fill;
        self
    }

    /// Serves this spec instead of the client's vendored one
    /// ([`Spec::vendored`]): to try a newer spec over raw HTTP before it is
    /// vendored. The run lifecycle covers its operations by path, so a
    /// renamed path parameter or operation id does not matter.
    pub fn spec(mut self, spec: Arc<Spec>) -> Self {
        self.spec = Some(spec);
        self
    }

    /// Each run created through the API spawns `count` child runs when it
    /// first turns `INPROGRESS` (default 0). Children inherit the parent's
    /// metadata, model and team, name it as `parent_run_id`, count the root
    /// of the tree as their ancestor (`GET /agent/runs?ancestor_run_id=`),
    /// and progress at the same [`Pace`] from the moment they are spawned;
    /// they spawn no children themselves (see [`FakeOzServer::spawn_child`]).
    pub fn spawn_children(mut self, count: usize) -> Self {
        self.children = count;
        self
    }

    /// Shifts every timestamp the server writes, and its notion of "now"
    /// (`updated_after`, signed URL expiry), by `offset` from the machine's
    /// clock: a server whose clock is ahead (positive) or behind (negative).
    pub fn clock_offset(mut self, offset: chrono::TimeDelta) -> Self {
        self.clock_offset = offset;
        self
    }

    /// Injects faults into a share of the responses, reproducibly (see
    /// [`RandomFaults`]).
    pub fn random_faults(mut self, faults: RandomFaults) -> Self {
        self.random_faults = Some(faults);
        self
    }

    /// Whether `GET /agent/runs` accepts the `metadata[key]=value` filter
    /// (default `true`). With `false` a listing that uses it is answered
    /// `403` problem details with the platform error code
    /// `feature_not_available`, as spec G documents for teams without
    /// metadata filtering (runs still keep their metadata).
    pub fn metadata_filter(mut self, enabled: bool) -> Self {
        self.metadata_filter = enabled;
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
            Err(e) => panic!("FakeOzServer: cannot start: {e}"),
        }
    }

    /// Like [`start`](Self::start), returning the error if a port cannot be
    /// bound (or the vendored spec cannot be read).
    pub async fn try_start(self) -> io::Result<FakeOzServer> {
        let spec = match self.spec {
            Some(spec) => spec,
            None => Spec::vendored().map_err(io::Error::other)?,
        };
        let api = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let storage = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let (api_addr, storage_addr) = (api.local_addr()?, storage.local_addr()?);

        let clock = Clock::new(self.clock_offset);
        let mut state = State::new(self.pace, self.outcome, self.seed);
        state.children_per_run = self.children;
        state.metadata_filter = self.metadata_filter;
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
        let mut faults = Faults::default();
        faults.set_random(self.random_faults);
        let generator = Generator::new(spec.clone()).with_fill(self.fill);
        let app = Arc::new(App::new(
            api_key,
            format!("http://{storage_addr}"),
            clock,
            state,
            Store::new(&spec, runs::covers),
            spec,
            self.mode,
            generator,
            faults,
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
        let base_url = format!("http://{api_addr}{}", app.base_path);
        Ok(FakeOzServer {
            app,
            api_addr,
            storage_addr,
            base_url,
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
            .field("mode", &self.app.mode)
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

    /// The spec the server serves.
    pub fn spec(&self) -> &Arc<Spec> {
        &self.app.spec
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

    /// How many requests have been received (both listeners).
    pub fn request_count(&self) -> usize {
        self.app.with_requests(<[RecordedRequest]>::len)
    }

    /// How many requests to the operation `operation_id` (`createRun`,
    /// `listRuns`, …) have been received, whatever their answer.
    pub fn operation_count(&self, operation_id: &str) -> usize {
        self.app.with_requests(|requests| {
            requests
                .iter()
                .filter(|r| r.operation.as_deref() == Some(operation_id))
                .count()
        })
    }

    /// Requests received per operation id; requests that matched no
    /// operation count under `""` (storage downloads and unknown paths).
    pub fn operation_counts(&self) -> BTreeMap<String, usize> {
        self.app.with_requests(|requests| {
            let mut counts = BTreeMap::new();
            for request in requests {
                *counts
                    .entry(request.operation.clone().unwrap_or_default())
                    .or_insert(0) += 1;
            }
            counts
        })
    }

    /// Forgets the recorded requests (and so resets the counts).
    pub fn clear_requests(&self) {
        self.app.clear_requests();
    }

    /// Answers the next `times` authenticated requests to an operation of
    /// the spec with `status` (as problem details; `429` and `503` with
    /// `Retry-After: 1`) instead of handling them. `fail_next(0, …)` cancels
    /// every pending injected fault.
    ///
    /// The same as [`inject`](Self::inject)`(times, Fault::status(status))`.
    pub fn fail_next(&self, times: usize, status: u16) {
        if times == 0 {
            self.clear_faults();
        } else {
            self.inject(times, Fault::status(status));
        }
    }

    /// Injects `fault` into the next `times` authenticated requests it
    /// applies to (see [`Fault`]). Faults queue: each request gets the first
    /// pending one that applies to its operation.
    ///
    /// ```no_run
    /// # async fn demo(server: oz_agent_api_fake::FakeOzServer) {
    /// use oz_agent_api_fake::Fault;
    ///
    /// // The run is created, but the client sees a 502 and must not create it again.
    /// server.inject(1, Fault::status(502).after_apply().on("createRun"));
    /// # }
    /// ```
    pub fn inject(&self, times: usize, fault: Fault) {
        self.app.faults().push(times, fault);
    }

    /// Cancels every pending injected fault (random faults go on).
    pub fn clear_faults(&self) {
        self.app.faults().clear();
    }

    /// Starts (`Some`) or stops (`None`) injecting random faults; a new
    /// [`RandomFaults`] starts its generator from its seed again.
    pub fn set_random_faults(&self, faults: Option<RandomFaults>) {
        self.app.faults().set_random(faults);
    }

    /// Changes how runs created from now on end.
    pub fn set_outcome(&self, outcome: RunOutcome) {
        self.app.state().outcome = outcome;
    }

    /// Changes how fast runs created (or followed up) from now on progress.
    pub fn set_pace(&self, pace: Pace) {
        self.app.state().pace = pace;
    }

    /// Changes how many child runs each run created from now on spawns
    /// (see [`FakeOzServerBuilder::spawn_children`]).
    pub fn set_spawn_children(&self, count: usize) {
        self.app.state().children_per_run = count;
    }

    /// Turns the `metadata[…]` listing filter on or off (see
    /// [`FakeOzServerBuilder::metadata_filter`]).
    pub fn set_metadata_filter(&self, enabled: bool) {
        self.app.state().metadata_filter = enabled;
    }

    /// Changes the server's clock offset (see
    /// [`FakeOzServerBuilder::clock_offset`]); timestamps already written
    /// keep their value.
    pub fn set_clock_offset(&self, offset: chrono::TimeDelta) {
        self.app.clock.set_offset(offset);
    }

    /// Creates a child run of `parent_run_id` now, as if the parent's agent
    /// had started it: it inherits the parent's metadata, model and team,
    /// names it as `parent_run_id`, and counts the root of the tree as its
    /// ancestor. Returns the child's id, or `None` if there is no such run.
    /// Children of children make deeper trees.
    pub fn spawn_child(&self, parent_run_id: &str) -> Option<String> {
        let mut state = self.app.state();
        let parent = state.index(parent_run_id)?;
        let child = state.spawn_child(parent, &self.app.clock, Instant::now());
        Some(state.run(child).id.clone())
    }

    /// How many runs the server holds (historical ones included, whatever
    /// their team).
    pub fn run_count(&self) -> usize {
        self.app.state().runs().len()
    }

    /// Every run the server holds, oldest first, as the JSON
    /// `GET /agent/runs/{id}` would answer (without counting as a poll).
    pub fn runs(&self) -> Vec<Value> {
        let mut state = self.app.state();
        state.advance_all(&self.app.clock, Instant::now());
        let now = self.app.clock.now();
        state
            .runs()
            .iter()
            .map(|run| render::run_item(&state, run, now))
            .collect()
    }

    /// One run as the JSON `GET /agent/runs/{id}` would answer (without
    /// counting as a poll), or `None` if there is no such run.
    pub fn run(&self, run_id: &str) -> Option<Value> {
        let mut state = self.app.state();
        let index = state.index(run_id)?;
        state.advance(index, &self.app.clock, Instant::now());
        Some(render::run_item(
            &state,
            state.run(index),
            self.app.clock.now(),
        ))
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

/// A connection the server may reset: once `reset` is set, it refuses IO
/// and closes with `SO_LINGER` 0, so the peer gets a TCP RST.
struct Resettable {
    stream: TcpStream,
    reset: Arc<AtomicBool>,
}

impl Resettable {
    fn check(&self) -> io::Result<()> {
        if self.reset.load(Ordering::Relaxed) {
            Err(io::Error::from(io::ErrorKind::ConnectionReset))
        } else {
            Ok(())
        }
    }
}

impl AsyncRead for Resettable {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Resettable {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_shutdown(cx)
    }
}

impl Drop for Resettable {
    fn drop(&mut self) {
        if self.reset.load(Ordering::Relaxed) {
            let _ = self.stream.set_zero_linger();
        }
    }
}

/// What a service answers instead of a response: reset the connection.
#[derive(Debug)]
struct ResetConnection;

impl fmt::Display for ResetConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection reset by an injected fault")
    }
}

impl std::error::Error for ResetConnection {}

async fn connection(
    stream: TcpStream,
    origin: Origin,
    app: Arc<App>,
    mut shutdown: watch::Receiver<bool>,
) {
    let reset = Arc::new(AtomicBool::new(false));
    let io = Resettable {
        stream,
        reset: reset.clone(),
    };
    let service = service_fn(move |request| {
        let (app, reset) = (app.clone(), reset.clone());
        async move {
            let clock = app.clone();
            // In a task of its own, so a request goes on (and is applied)
            // when the client hangs up, as it would on a real server.
            let task = tokio::spawn(async move { handle(&app, origin, request).await });
            let answer = match task.await {
                Ok(answer) => answer,
                Err(_) => Ok(respond(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "text/plain; charset=utf-8",
                    "the fake server failed to handle this request",
                )),
            };
            if answer.is_err() {
                reset.store(true, Ordering::Relaxed);
            }
            // The `Date` header from the server's own clock (the one its
            // timestamps come from, offset included), not hyper's.
            answer.map(|response| dated(response, &clock.clock))
        }
    });
    let conn = http1::Builder::new().serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        () = stopped(&mut shutdown) => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

async fn handle(
    app: &App,
    origin: Origin,
    request: Request<Incoming>,
) -> Result<Resp, ResetConnection> {
    let (parts, body) = request.into_parts();
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
    };
    let authorization = header(AUTHORIZATION.as_str());
    let team_uid = header(oz_agent_api::TEAM_UID_HEADER);
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().map(str::to_owned);
    let body = Limited::new(body, MAX_BODY)
        .collect()
        .await
        .map(|b| b.to_bytes());
    let operation = match origin {
        Origin::Api => router::operation_id(app, &parts.method, &path),
        Origin::Storage => None,
    };
    let recorded = app.record(RecordedRequest {
        origin,
        method: parts.method.to_string(),
        path: path.clone(),
        query: query.clone(),
        operation,
        authorization: authorization.clone(),
        team_uid: team_uid.clone(),
        user_agent: header(USER_AGENT.as_str()),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.as_ref().cloned().unwrap_or_else(|_| Bytes::new()),
        fault: None,
    });
    let body = match body {
        Ok(body) => body,
        Err(e) => {
            let too_large = e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            return Ok(match (origin, too_large) {
                (Origin::Api, true) => Problem::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "invalid_request",
                    "Request body too large",
                    format!("request bodies are limited to {MAX_BODY} bytes"),
                )
                .response(&app.trace_id(), &path),
                (Origin::Api, false) => Problem::bad_request("the request body could not be read")
                    .response(&app.trace_id(), &path),
                (Origin::Storage, _) => storage_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidArgument",
                    "The request body could not be read.",
                ),
            });
        }
    };
    let req = Req {
        method: &parts.method,
        path: &path,
        query: query.as_deref(),
        authorization: authorization.as_deref(),
        team_uid: team_uid.as_deref(),
        headers: &parts.headers,
        body: &body,
    };
    if origin == Origin::Storage {
        return Ok(storage::serve(app, &req));
    }
    let routed = match router::route(app, &req) {
        router::Routing::Routed(routed) => routed,
        router::Routing::Answer(response) => return Ok(response),
    };
    let fault = app.faults().take(Some(&routed.operation.id));
    let Some(fault) = fault else {
        return Ok(router::dispatch(app, &routed, &req));
    };
    app.set_fault(recorded, fault.clone());
    if fault.after_apply {
        let response = router::dispatch(app, &routed, &req);
        match fault.kind {
            FaultKind::Status(status) => Ok(injected_response(app, status, &path)),
            FaultKind::Reset => Err(ResetConnection),
            FaultKind::Delay(delay) => {
                tokio::time::sleep(delay).await;
                Ok(response)
            }
        }
    } else {
        match fault.kind {
            FaultKind::Status(status) => Ok(injected_response(app, status, &path)),
            FaultKind::Reset => Err(ResetConnection),
            FaultKind::Delay(delay) => {
                tokio::time::sleep(delay).await;
                Ok(router::dispatch(app, &routed, &req))
            }
        }
    }
}

/// `response` with a `Date` header from `clock`, unless it has one.
fn dated(mut response: Resp, clock: &Clock) -> Resp {
    let date = clock.now().format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    if let Ok(value) = hyper::header::HeaderValue::from_str(&date) {
        response
            .headers_mut()
            .entry(hyper::header::DATE)
            .or_insert(value);
    }
    response
}

/// The problem-details response an injected status stands for.
fn injected_response(app: &App, status: u16, path: &str) -> Resp {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let response = injected(status).response(&app.trace_id(), path);
    match status.as_u16() {
        429 | 503 => with_header(response, hyper::header::RETRY_AFTER, "1"),
        _ => response,
    }
}
