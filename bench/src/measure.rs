//! The measurements: the crate against the plainest client a user would
//! write without it — `reqwest::Client::new()`, `.bearer_auth(key)`,
//! `.json::<serde_json::Value>()` — interleaved in the same run, against
//! the same static server, and the steps between the two, so that each of
//! the crate's costs shows as a row of its own.

use std::future::Future;
use std::hint::black_box;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use futures_util::TryStreamExt;
use oz_agent_api::types::{
    ConversationResponse, ListRunsResponse, RunAgentRequest, RunAgentResponse, RunItem,
};
use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION, USER_AGENT};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::fixtures::Fixtures;

/// Calls each side makes in a row before the next side's turn (see [`Sides::ladder`]).
pub const BLOCK: usize = 10;

/// The API key every side sends (the server does not check it).
pub const API_KEY: &str = "wk-bench-0000";

/// How much to measure.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Plan {
    /// Repetitions of every measurement (medians are taken over them).
    pub reps: usize,
    /// Sequential calls per repetition for the per-call latencies.
    pub calls: usize,
    /// Batches of 64 concurrent `get_run` per repetition.
    pub batches: usize,
    /// Fetches of the large conversation per repetition.
    pub conversation_fetches: usize,
    /// Decodes per repetition for the in-memory decode rows.
    pub decodes: usize,
    /// Child processes per memory mode.
    pub memory_reps: usize,
}

impl Plan {
    /// The default plan (a few minutes on two cores).
    pub const DEFAULT: Plan = Plan {
        reps: 9,
        calls: 1000,
        batches: 20,
        conversation_fetches: 5,
        decodes: 5,
        memory_reps: 5,
    };
    /// `--quick`.
    pub const QUICK: Plan = Plan {
        reps: 3,
        calls: 200,
        batches: 5,
        conversation_fetches: 2,
        decodes: 2,
        memory_reps: 1,
    };
}

/// One row of results: one side against another (the crate against the
/// floor, or a step of the way against the step before it).
#[derive(Debug, Serialize)]
pub struct Row {
    /// Stable identifier (`get_run`, `list_10k`, …).
    pub id: &'static str,
    /// What was measured.
    pub label: String,
    /// Unit of `crate` and `baseline`: `us` or `ms`.
    pub unit: &'static str,
    /// Median over the repetitions, of the side measured (`measures`).
    #[serde(rename = "crate")]
    pub krate: f64,
    /// Median over the repetitions, of the side it is compared with (`against`).
    pub baseline: f64,
    /// `crate / baseline` (lower is better for the side measured): the
    /// median of the per-repetition ratios ([`paired_ratio`]).
    pub ratio: f64,
    /// The ratio of the two medians, for comparison.
    pub ratio_of_medians: f64,
    /// The side in the `crate` column: a [`Variant`] name, or `crate`.
    pub measures: &'static str,
    /// The side in the `baseline` column: a [`Variant`] name, or `value`
    /// for the decode rows (`serde_json::Value`).
    pub against: &'static str,
    /// The per-repetition values behind the median, `crate` column.
    pub samples_crate: Vec<f64>,
    /// The per-repetition values behind the median, `baseline` column.
    pub samples_baseline: Vec<f64>,
    /// Where the server ran: `nginx`, `oz-bench serve`, or `none` (decoding
    /// from memory).
    pub server: &'static str,
    /// The client thread's CPU time per call (the per-call rows only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<Cpu>,
}

/// CPU time of the client's thread per call (µs, `CLOCK_THREAD_CPUTIME_ID`):
/// its own work and its system calls, without the server's time or time
/// spent waiting for a core, so other work on the machine disturbs it less
/// than the latency.
#[derive(Debug, Serialize)]
pub struct Cpu {
    /// Median over the repetitions (each the median of its calls), `crate` column.
    #[serde(rename = "crate")]
    pub krate: f64,
    /// The same, `baseline` column.
    pub baseline: f64,
    /// `crate / baseline`: the median of the per-repetition ratios.
    pub ratio: f64,
    /// Per repetition, `crate` column.
    pub samples_crate: Vec<f64>,
    /// Per repetition, `baseline` column.
    pub samples_baseline: Vec<f64>,
}

impl Cpu {
    fn new(samples_crate: Vec<f64>, samples_baseline: Vec<f64>) -> Cpu {
        let (c, b) = (median(&samples_crate), median(&samples_baseline));
        Cpu {
            krate: c,
            baseline: b,
            ratio: paired_ratio(&samples_crate, &samples_baseline),
            samples_crate,
            samples_baseline,
        }
    }
}

/// CPU time this thread has used, µs.
fn thread_cpu_us() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec to write to.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 * 1e6 + t.tv_nsec as f64 / 1e3
}

/// The ratio of two sides measured repetition by repetition: the median of
/// the per-repetition ratios. Both sides of a repetition ran under the same
/// conditions, while load on a shared machine changes from one repetition
/// to the next and moves both medians; the ratio of the medians would carry
/// that change, the median of the paired ratios cancels it.
pub fn paired_ratio(measured: &[f64], against: &[f64]) -> f64 {
    if measured.len() != against.len() || measured.is_empty() {
        return median(measured) / median(against);
    }
    let ratios: Vec<f64> = measured.iter().zip(against).map(|(m, a)| m / a).collect();
    median(&ratios)
}

/// The median of `values` (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    }
}

/// The client's documented default timeouts (`ClientBuilder::timeout`, 60 s,
/// and `ClientBuilder::connect_timeout`, 5 s; not public constants).
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// An HTTP client with the crate's own settings (no automatic redirects, no
/// `Referer`, its default timeouts): what [`Variant::Settings`] changes.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .timeout(DEFAULT_TIMEOUT)
        .connect_timeout(DEFAULT_CONNECT_TIMEOUT)
        .build()
        .expect("reqwest client")
}

/// The crate's client against `base_url`, built as a user builds it (its
/// own HTTP client, the default retry policy).
pub fn crate_client(base_url: &str) -> oz_agent_api::Client {
    crate_client_with(base_url, oz_agent_api::RetryPolicy::default())
}

fn crate_client_with(base_url: &str, retry: oz_agent_api::RetryPolicy) -> oz_agent_api::Client {
    oz_agent_api::Client::builder()
        .api_key(API_KEY)
        .base_url(base_url)
        .retry_policy(retry)
        .build()
        .expect("oz-agent-api client")
}

/// The sides of the per-call rows, from the floor to the crate: each step
/// changes one thing of the step before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The floor: `reqwest::Client::new()`, `.bearer_auth(key)`,
    /// `.error_for_status()`, `.json::<Value>()`.
    Plain,
    /// [`Plain`](Self::Plain) over a client with the crate's settings
    /// ([`http_client`]: no automatic redirects, no `Referer`, a 60 s
    /// timeout and a 5 s connect timeout).
    Settings,
    /// [`Settings`](Self::Settings) sending the crate's headers, built once:
    /// `Accept: application/json`, `Authorization` (marked sensitive),
    /// `User-Agent`.
    Headers,
    /// [`Headers`](Self::Headers) decoding into the crate's types
    /// (`RunItem`; `RunAgentRequest` → `RunAgentResponse`) instead of `Value`.
    Typed,
    /// The crate: `client.get_run().run_id(id).send()`, its default client.
    Crate,
    /// The crate with `RetryPolicy::none()`: no retries, nothing drawn from
    /// the retry budget. (The request is still copied before it is sent:
    /// without a retry's copy, the redirect follower keeps one.)
    CrateNoRetries,
}

impl Variant {
    /// Every variant, in order from the floor to the crate.
    pub const ALL: [Variant; 6] = [
        Variant::Plain,
        Variant::Settings,
        Variant::Headers,
        Variant::Typed,
        Variant::Crate,
        Variant::CrateNoRetries,
    ];

    /// Its name in the results and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Plain => "plain",
            Variant::Settings => "settings",
            Variant::Headers => "headers",
            Variant::Typed => "typed",
            Variant::Crate => "crate",
            Variant::CrateNoRetries => "crate_no_retries",
        }
    }

    /// The variant called `name`.
    pub fn parse(name: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.name() == name)
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A hand-written client: [`Variant::Plain`] to [`Variant::Typed`].
pub struct Hand {
    variant: Variant,
    http: reqwest::Client,
    base_url: String,
    authorization: HeaderValue,
    user_agent: HeaderValue,
}

impl Hand {
    /// The floor against `base_url`.
    pub fn plain(base_url: &str) -> Hand {
        Hand::new(base_url, Variant::Plain)
    }

    /// A hand-written client against `base_url`; `variant` must not be one
    /// of the crate's.
    pub fn new(base_url: &str, variant: Variant) -> Hand {
        let mut authorization =
            HeaderValue::from_str(&format!("Bearer {API_KEY}")).expect("header value");
        authorization.set_sensitive(true);
        Hand {
            variant,
            http: match variant {
                Variant::Plain => reqwest::Client::new(),
                _ => http_client(),
            },
            base_url: base_url.to_owned(),
            authorization,
            user_agent: HeaderValue::from_static(oz_agent_api::USER_AGENT),
        }
    }

    /// `Authorization` as the variant sends it, and the crate's headers from
    /// [`Variant::Headers`] on.
    fn authorized(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self.variant {
            Variant::Plain | Variant::Settings => request.bearer_auth(API_KEY),
            _ => request
                .header(ACCEPT, HeaderValue::from_static("application/json"))
                .header(AUTHORIZATION, self.authorization.clone())
                .header(USER_AGENT, self.user_agent.clone()),
        }
    }

    /// Sends, fails on an error status, decodes the body as `T`.
    async fn fetch<T: DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, BoxError> {
        Ok(self
            .authorized(request)
            .send()
            .await?
            .error_for_status()?
            .json::<T>()
            .await?)
    }

    /// `GET /agent/runs/{id}`, decoded as `Value` (as `RunItem` for
    /// [`Variant::Typed`]).
    pub async fn get_run(&self, id: &str) -> Result<(), BoxError> {
        let request = self.http.get(format!("{}/agent/runs/{id}", self.base_url));
        if self.variant == Variant::Typed {
            black_box(self.fetch::<RunItem>(request).await?);
        } else {
            black_box(self.fetch::<Value>(request).await?);
        }
        Ok(())
    }

    /// `GET /agent/runs/{id}` as a `Value`.
    pub async fn get_run_value(&self, id: &str) -> Result<Value, BoxError> {
        self.fetch(self.http.get(format!("{}/agent/runs/{id}", self.base_url)))
            .await
    }

    /// `POST /agent/runs` with `body` (`.json(&body)`), the answer decoded.
    pub async fn create_run(&self, body: Body) -> Result<(), BoxError> {
        let request = self.http.post(format!("{}/agent/runs", self.base_url));
        match body {
            Body::Value(body) => black_box(self.fetch::<Value>(request.json(&body)).await?),
            Body::Typed(body) => {
                black_box(self.fetch::<RunAgentResponse>(request.json(&body)).await?);
                Value::Null
            }
        };
        Ok(())
    }

    /// `GET /agent/runs/{id}/conversation`.
    pub async fn conversation(&self, id: &str) -> Result<Value, BoxError> {
        self.fetch(
            self.http
                .get(format!("{}/agent/runs/{id}/conversation", self.base_url)),
        )
        .await
    }

    /// Every run of the listing, following `page_info.next_cursor`; returns the count.
    pub async fn list_all(&self, limit: u32) -> Result<usize, BoxError> {
        let mut cursor: Option<String> = None;
        let mut count = 0;
        for _ in 0..100_000 {
            let mut request = self
                .http
                .get(format!("{}/agent/runs", self.base_url))
                .query(&[("limit", limit)]);
            if let Some(cursor) = &cursor {
                request = request.query(&[("cursor", cursor)]);
            }
            let mut page: Value = self.fetch(request).await?;
            if let Value::Array(runs) = page["runs"].take() {
                for run in runs {
                    black_box(&run);
                    count += 1;
                }
            }
            let info = &page["page_info"];
            cursor = match info["next_cursor"].as_str() {
                Some(next) if info["has_next_page"] == true && !next.is_empty() => {
                    Some(next.to_owned())
                }
                _ => return Ok(count),
            };
        }
        Err("more than 100000 pages".into())
    }
}

/// A `create_run` request body, built before the clock starts (the call consumes it).
// Not boxed: freeing a box inside the timed call would be a cost neither side has.
#[allow(clippy::large_enum_variant)]
pub enum Body {
    /// For the hand-written variants that send a `Value`.
    Value(Value),
    /// For [`Variant::Typed`] and the crate.
    Typed(RunAgentRequest),
}

/// Every run of the listing through the crate's stream; returns the count.
pub async fn crate_list_all(client: &oz_agent_api::Client) -> oz_agent_api::Result<usize> {
    let mut stream = client.list_runs().limit(100u64).stream();
    let mut count = 0;
    while let Some(run) = stream.try_next().await? {
        black_box(&run);
        count += 1;
    }
    Ok(count)
}

/// The per-call operations measured step by step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `GET /agent/runs/{id}`: one fully populated run.
    GetRun,
    /// `POST /agent/runs`.
    CreateRun,
}

impl Op {
    /// Its name (the id of its main row).
    pub fn name(self) -> &'static str {
        match self {
            Op::GetRun => "get_run",
            Op::CreateRun => "create_run",
        }
    }

    /// The operation called `name`.
    pub fn parse(name: &str) -> Option<Op> {
        [Op::GetRun, Op::CreateRun]
            .into_iter()
            .find(|o| o.name() == name)
    }
}

/// The rows of one operation: the crate against the floor (the one with a
/// target), then each step against the step before it. `(id, measures,
/// against, what it shows)`.
pub fn ladder(op: Op) -> Vec<(&'static str, Variant, Variant, &'static str)> {
    use Variant::*;
    let mut rows = vec![
        (op.name(), Crate, Plain, "the crate vs the floor"),
        (
            "",
            Settings,
            Plain,
            "the crate's client settings (no redirects, no Referer, timeouts)",
        ),
        (
            "",
            Headers,
            Settings,
            "its headers (Accept, User-Agent, Authorization built once)",
        ),
        (
            "",
            Typed,
            Headers,
            "typed decoding (and encoding) instead of Value",
        ),
        (
            "",
            Crate,
            Typed,
            "the crate's request path (builder, URL, retry/redirect/budget, tracing, bounded body)",
        ),
        (
            "",
            Crate,
            CrateNoRetries,
            "of which retry readiness (the budget; the request's copy also serves redirects)",
        ),
    ];
    let ids: &[&'static str] = match op {
        Op::GetRun => &[
            "get_run",
            "get_run_settings",
            "get_run_headers",
            "get_run_typed",
            "get_run_path",
            "get_run_retry",
        ],
        Op::CreateRun => &[
            "create_run",
            "create_run_settings",
            "create_run_headers",
            "create_run_typed",
            "create_run_path",
            "create_run_retry",
        ],
    };
    for (row, id) in rows.iter_mut().zip(ids) {
        row.0 = id;
    }
    rows
}

/// Every runtime row id, in the order they are measured.
pub fn row_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = ladder(Op::GetRun).into_iter().map(|r| r.0).collect();
    ids.extend(ladder(Op::CreateRun).into_iter().map(|r| r.0));
    ids.extend([
        "list_10k",
        "conversation",
        "get_run_x64",
        "run_decode",
        "page_decode",
        "conversation_decode",
    ]);
    ids
}

/// Which rows to measure: all, or those named with `--only`.
#[derive(Debug, Clone, Default)]
pub struct Only(Option<Vec<String>>);

impl Only {
    /// Every row.
    pub const ALL: Only = Only(None);

    /// The rows named in a comma-separated list.
    pub fn parse(list: &str) -> Only {
        Only(Some(
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        ))
    }

    /// Whether row `id` is measured.
    pub fn wants(&self, id: &str) -> bool {
        self.0
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|i| i == id))
    }

    /// Whether any of `ids` is measured.
    pub fn wants_any(&self, ids: &[&str]) -> bool {
        ids.iter().any(|id| self.wants(id))
    }
}

/// Every side against one server.
pub struct Sides<'a> {
    hands: Vec<Hand>,
    krate: oz_agent_api::Client,
    no_retries: oz_agent_api::Client,
    request: RunAgentRequest,
    fixtures: &'a Fixtures,
    server: &'static str,
    plan: Plan,
}

impl<'a> Sides<'a> {
    /// Every side against `base_url`, warmed up: connections open, the
    /// allocator and caches warm, the listing checked.
    pub async fn warmed_up(
        fixtures: &'a Fixtures,
        base_url: &str,
        server: &'static str,
        plan: Plan,
    ) -> Result<Sides<'a>, String> {
        let sides = Sides::new(fixtures, base_url, server, plan)?;
        for _ in 0..50 {
            for variant in Variant::ALL {
                for op in [Op::GetRun, Op::CreateRun] {
                    sides
                        .call(op, variant, sides.body(op, variant))
                        .await
                        .map_err(|e| format!("warm-up ({}, {}): {e}", op.name(), variant.name()))?;
                }
            }
        }
        let total = fixtures.total_runs();
        let e = |e: &dyn std::fmt::Display| format!("warm-up: {e}");
        let listed = crate_list_all(&sides.krate).await.map_err(|x| e(&x))?;
        let listed_plain = sides.hands[0].list_all(100).await.map_err(|x| e(&x))?;
        if listed != total || listed_plain != total {
            return Err(format!(
                "listing gave {listed} runs (crate) and {listed_plain} (floor), expected {total}"
            ));
        }
        Ok(sides)
    }

    /// Every side against `base_url`, nothing sent yet.
    pub fn new(
        fixtures: &'a Fixtures,
        base_url: &str,
        server: &'static str,
        plan: Plan,
    ) -> Result<Sides<'a>, String> {
        Ok(Sides {
            hands: [
                Variant::Plain,
                Variant::Settings,
                Variant::Headers,
                Variant::Typed,
            ]
            .into_iter()
            .map(|v| Hand::new(base_url, v))
            .collect(),
            krate: crate_client(base_url),
            no_retries: crate_client_with(base_url, oz_agent_api::RetryPolicy::none()),
            request: serde_json::from_value(fixtures.create_request.clone())
                .map_err(|e| format!("create request: {e}"))?,
            fixtures,
            server,
            plan,
        })
    }

    fn plain(&self) -> &Hand {
        &self.hands[0]
    }

    /// The request body `op` consumes for `variant`, if any.
    pub fn body(&self, op: Op, variant: Variant) -> Option<Body> {
        match (op, variant) {
            (Op::GetRun, _) => None,
            (Op::CreateRun, Variant::Typed | Variant::Crate | Variant::CrateNoRetries) => {
                Some(Body::Typed(self.request.clone()))
            }
            (Op::CreateRun, _) => Some(Body::Value(self.fixtures.create_request.clone())),
        }
    }

    /// One call of `op` by `variant`.
    pub async fn call(&self, op: Op, variant: Variant, body: Option<Body>) -> Result<(), String> {
        let client = match variant {
            Variant::Crate => &self.krate,
            Variant::CrateNoRetries => &self.no_retries,
            hand => {
                let hand = &self.hands[hand as usize];
                let done = match (op, body) {
                    (Op::GetRun, _) => hand.get_run("run-1").await,
                    (Op::CreateRun, Some(body)) => hand.create_run(body).await,
                    (Op::CreateRun, None) => Err("no body".into()),
                };
                return done.map_err(|e| e.to_string());
            }
        };
        let done = match (op, body) {
            (Op::GetRun, _) => client
                .get_run()
                .run_id("run-1")
                .send()
                .await
                .map(|r| drop(black_box(r))),
            (Op::CreateRun, Some(Body::Typed(body))) => client
                .create_run()
                .body(body)
                .send()
                .await
                .map(|r| drop(black_box(r))),
            (Op::CreateRun, _) => return Err("no typed body".into()),
        };
        done.map_err(|e| e.to_string())
    }

    /// `n` sequential calls of `op` by `variant`; their latencies (µs) go
    /// to `wall` and the CPU time (µs) the client's thread spent on each (its
    /// work and its system calls, not the server's time nor waiting for a
    /// core) to `cpu`. Request bodies are built before the clock starts.
    async fn calls(
        &self,
        op: Op,
        variant: Variant,
        n: usize,
        wall: &mut Vec<f64>,
        cpu: &mut Vec<f64>,
    ) -> Result<(), String> {
        for _ in 0..n {
            let body = self.body(op, variant);
            let started = Instant::now();
            let cpu_started = thread_cpu_us();
            self.call(op, variant, body).await?;
            cpu.push(thread_cpu_us() - cpu_started);
            wall.push(started.elapsed().as_secs_f64() * 1e6);
        }
        Ok(())
    }

    /// `op` by every variant, interleaved: each repetition makes
    /// `plan.calls` calls with every variant, in blocks of [`BLOCK`] calls
    /// taking turns (a different variant first in every round), so that
    /// load from other work on the machine, which comes and goes over
    /// seconds, hits every variant alike; a repetition's value is the median
    /// of its calls. Then the rows of [`ladder`] that `only` asks for.
    pub async fn ladder(&self, op: Op, only: &Only) -> Result<Vec<Row>, String> {
        let rows: Vec<_> = ladder(op).into_iter().filter(|r| only.wants(r.0)).collect();
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let (reps, calls) = (self.plan.reps, self.plan.calls);
        eprintln!(
            "oz-bench: {}, {} variants against {} ({reps} reps × {calls} calls each)",
            op.name(),
            Variant::ALL.len(),
            self.server
        );
        let sides = Variant::ALL.len();
        let mut samples = vec![Vec::with_capacity(reps); sides];
        let mut cpu = samples.clone();
        for rep in 0..reps.max(1) {
            let mut wall_calls = vec![Vec::with_capacity(calls); sides];
            let mut cpu_calls = wall_calls.clone();
            let mut done = 0;
            let mut round = 0;
            while done < calls.max(1) {
                let n = BLOCK.min(calls.max(1) - done);
                for k in 0..sides {
                    let variant = Variant::ALL[(rep + round + k) % sides];
                    let v = variant as usize;
                    self.calls(op, variant, n, &mut wall_calls[v], &mut cpu_calls[v])
                        .await
                        .map_err(|e| format!("{} ({}): {e}", op.name(), variant.name()))?;
                }
                done += n;
                round += 1;
            }
            for v in 0..sides {
                samples[v].push(median(&wall_calls[v]));
                cpu[v].push(median(&cpu_calls[v]));
            }
        }
        Ok(rows
            .into_iter()
            .map(|(id, measures, against, what)| {
                let label = if id == op.name() {
                    format!(
                        "{} latency, crate vs floor (median of {calls} calls)",
                        op.name()
                    )
                } else {
                    format!("  {what}")
                };
                let mut row = Row::new(
                    id,
                    label,
                    "us",
                    (measures.name(), samples[measures as usize].clone()),
                    (against.name(), samples[against as usize].clone()),
                    self.server,
                );
                row.cpu = Some(Cpu::new(
                    cpu[measures as usize].clone(),
                    cpu[against as usize].clone(),
                ));
                row
            })
            .collect())
    }

    /// The whole listing: the typed stream against the untyped cursor loop.
    pub async fn list(&self) -> Result<Row, String> {
        let total = self.fixtures.total_runs();
        let e = |e: &dyn std::fmt::Display| e.to_string();
        eprintln!(
            "oz-bench: listing {total} runs against {} ({} reps)",
            self.server, self.plan.reps
        );
        compare(
            "list_10k",
            format!(
                "list {total} runs (pages of {} by cursor, typed stream vs untyped loop)",
                self.fixtures.runs_per_page
            ),
            "ms",
            self.plan.reps,
            || async {
                let started = Instant::now();
                let n = crate_list_all(&self.krate).await.map_err(|x| e(&x))?;
                check_count(n, total)?;
                Ok(ms(started.elapsed()))
            },
            || async {
                let started = Instant::now();
                let n = self.plain().list_all(100).await.map_err(|x| e(&*x))?;
                check_count(n, total)?;
                Ok(ms(started.elapsed()))
            },
        )
        .await
        .map(|row| row.served(self.server))
    }

    /// The 4 MiB conversation over HTTP.
    pub async fn conversation(&self) -> Result<Row, String> {
        let (plan, size) = (
            self.plan,
            self.fixtures.conversation.len() as f64 / (1 << 20) as f64,
        );
        let e = |e: &dyn std::fmt::Display| e.to_string();
        eprintln!(
            "oz-bench: conversation of {size:.1} MiB ({} reps)",
            plan.reps
        );
        compare(
            "conversation",
            format!(
                "get_run_conversation, {size:.1} MiB (median of {} fetches)",
                plan.conversation_fetches
            ),
            "ms",
            plan.reps,
            || async {
                per_call(plan.conversation_fetches, || async {
                    let c = self
                        .krate
                        .get_run_conversation()
                        .run_id("run-1")
                        .send()
                        .await?;
                    black_box(c);
                    Ok::<_, oz_agent_api::Error>(())
                })
                .await
                .map(|us| us / 1e3)
                .map_err(|x| e(&x))
            },
            || async {
                per_call(plan.conversation_fetches, || async {
                    black_box(self.plain().conversation("run-1").await?);
                    Ok::<_, BoxError>(())
                })
                .await
                .map(|us| us / 1e3)
                .map_err(|x| e(&*x))
            },
        )
        .await
        .map(|row| row.served(self.server))
    }

    /// 64 concurrent `get_run`.
    pub async fn concurrent(&self) -> Result<Row, String> {
        let plan = self.plan;
        let e = |e: &dyn std::fmt::Display| e.to_string();
        eprintln!(
            "oz-bench: 64 concurrent get_run ({} reps × {} batches)",
            plan.reps, plan.batches
        );
        join_all((0..64).map(|_| self.krate.get_run().run_id("run-1").send())).await;
        join_all((0..64).map(|_| self.plain().get_run("run-1"))).await;
        compare(
            "get_run_x64",
            format!(
                "64 concurrent get_run, wall time of a batch (median of {})",
                plan.batches
            ),
            "ms",
            plan.reps,
            || async {
                per_call(plan.batches, || async {
                    let all =
                        join_all((0..64).map(|_| self.krate.get_run().run_id("run-1").send()))
                            .await;
                    for result in all {
                        black_box(result?);
                    }
                    Ok::<_, oz_agent_api::Error>(())
                })
                .await
                .map(|us| us / 1e3)
                .map_err(|x| e(&x))
            },
            || async {
                per_call(plan.batches, || async {
                    let all = join_all((0..64).map(|_| self.plain().get_run("run-1"))).await;
                    for result in all {
                        result?;
                    }
                    Ok::<_, BoxError>(())
                })
                .await
                .map(|us| us / 1e3)
                .map_err(|x| e(&*x))
            },
        )
        .await
        .map(|row| row.served(self.server))
    }
}

impl Row {
    fn new(
        id: &'static str,
        label: String,
        unit: &'static str,
        (measures, samples_crate): (&'static str, Vec<f64>),
        (against, samples_baseline): (&'static str, Vec<f64>),
        server: &'static str,
    ) -> Row {
        let (c, b) = (median(&samples_crate), median(&samples_baseline));
        Row {
            id,
            label,
            unit,
            krate: c,
            baseline: b,
            ratio: paired_ratio(&samples_crate, &samples_baseline),
            ratio_of_medians: c / b,
            measures,
            against,
            samples_crate,
            samples_baseline,
            server,
            cpu: None,
        }
    }

    fn served(mut self, server: &'static str) -> Row {
        self.server = server;
        self
    }
}

/// Runs every measurement against the server at `base_url` (`server` names
/// it) and the decode-only ones, and returns the rows.
pub async fn run_all(
    fixtures: &Fixtures,
    base_url: &str,
    server: &'static str,
    plan: Plan,
    only: &Only,
) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    let http_rows: Vec<&str> = row_ids()
        .into_iter()
        .filter(|id| !id.ends_with("_decode"))
        .collect();
    if only.wants_any(&http_rows) {
        let sides = Sides::warmed_up(fixtures, base_url, server, plan).await?;
        rows.extend(sides.ladder(Op::GetRun, only).await?);
        rows.extend(sides.ladder(Op::CreateRun, only).await?);
        if only.wants("list_10k") {
            rows.push(sides.list().await?);
        }
        if only.wants("conversation") {
            rows.push(sides.conversation().await?);
        }
        if only.wants("get_run_x64") {
            rows.push(sides.concurrent().await?);
        }
    }
    rows.extend(decode_rows(fixtures, plan, only).await?);
    Ok(rows)
}

/// Decoding only, from memory: the crate's types against `Value`.
async fn decode_rows(fixtures: &Fixtures, plan: Plan, only: &Only) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    let size = fixtures.conversation.len() as f64 / (1 << 20) as f64;
    if only.wants("run_decode") {
        let run = &fixtures.run;
        let n = plan.decodes * 200;
        rows.push(
            compare(
                "run_decode",
                format!(
                    "decode only: one run, {:.1} KiB, from memory (median of {n})",
                    run.len() as f64 / 1024.0
                ),
                "us",
                plan.reps,
                || async {
                    Ok(decode_ms(n, || serde_json::from_slice::<RunItem>(run).map(drop)) * 1e3)
                },
                || async {
                    Ok(decode_ms(n, || serde_json::from_slice::<Value>(run).map(drop)) * 1e3)
                },
            )
            .await?,
        );
    }

    let page = &fixtures.pages[0];
    if only.wants("page_decode") {
        rows.push(
            compare(
                "page_decode",
                format!(
                    "decode only: one page of {} runs, {:.0} KiB (median of {})",
                    fixtures.runs_per_page,
                    page.len() as f64 / 1024.0,
                    plan.decodes * 4
                ),
                "ms",
                plan.reps,
                || async {
                    Ok(decode_ms(plan.decodes * 4, || {
                        serde_json::from_slice::<ListRunsResponse>(page).map(drop)
                    }))
                },
                || async {
                    Ok(decode_ms(plan.decodes * 4, || {
                        serde_json::from_slice::<Value>(page).map(drop)
                    }))
                },
            )
            .await?,
        );
    }

    if only.wants("conversation_decode") {
        rows.push(
            compare(
                "conversation_decode",
                format!(
                    "decode only: {size:.1} MiB conversation from memory (median of {})",
                    plan.decodes
                ),
                "ms",
                plan.reps,
                || async {
                    Ok(decode_ms(plan.decodes, || {
                        serde_json::from_slice::<ConversationResponse>(&fixtures.conversation)
                            .map(drop)
                    }))
                },
                || async {
                    Ok(decode_ms(plan.decodes, || {
                        serde_json::from_slice::<Value>(&fixtures.conversation).map(drop)
                    }))
                },
            )
            .await?,
        );
    }
    for row in &mut rows {
        row.measures = "typed";
        row.against = "value";
    }
    Ok(rows)
}

fn check_count(n: usize, total: usize) -> Result<(), String> {
    if n == total {
        Ok(())
    } else {
        Err(format!("listed {n} runs, expected {total}"))
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The median time of `n` calls of `f`, in microseconds.
async fn per_call<F, Fut, E>(n: usize, mut f: F) -> Result<f64, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), E>>,
{
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n.max(1) {
        let started = Instant::now();
        f().await?;
        samples.push(started.elapsed().as_secs_f64() * 1e6);
    }
    Ok(median(&samples))
}

/// The median time of `n` runs of `f`, in milliseconds.
fn decode_ms<E: std::fmt::Debug>(n: usize, mut f: impl FnMut() -> Result<(), E>) -> f64 {
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n.max(1) {
        let started = Instant::now();
        f().expect("the fixtures were validated");
        samples.push(ms(started.elapsed()));
    }
    median(&samples)
}

/// Measures the crate and the floor `reps` times, alternating which goes first.
async fn compare<C, CF, B, BF>(
    id: &'static str,
    label: String,
    unit: &'static str,
    reps: usize,
    mut krate: C,
    mut baseline: B,
) -> Result<Row, String>
where
    C: FnMut() -> CF,
    CF: Future<Output = Result<f64, String>>,
    B: FnMut() -> BF,
    BF: Future<Output = Result<f64, String>>,
{
    let mut samples_crate = Vec::with_capacity(reps);
    let mut samples_baseline = Vec::with_capacity(reps);
    for rep in 0..reps.max(1) {
        if rep % 2 == 0 {
            samples_crate.push(krate().await.map_err(|e| format!("{id}: {e}"))?);
            samples_baseline.push(baseline().await.map_err(|e| format!("{id} floor: {e}"))?);
        } else {
            samples_baseline.push(baseline().await.map_err(|e| format!("{id} floor: {e}"))?);
            samples_crate.push(krate().await.map_err(|e| format!("{id}: {e}"))?);
        }
    }
    Ok(Row::new(
        id,
        label,
        unit,
        ("crate", samples_crate),
        ("plain", samples_baseline),
        "none",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_selects_rows() {
        assert!(Only::ALL.wants("get_run"));
        let only = Only::parse("get_run, list_10k,");
        assert!(only.wants("get_run") && only.wants("list_10k"));
        assert!(!only.wants("create_run"));
        assert!(only.wants_any(&row_ids()));
        assert!(!Only::parse("none").wants_any(&row_ids()));
    }

    #[test]
    fn paired_ratios_cancel_what_changes_between_repetitions() {
        // The load comes and goes between repetitions; within each, the
        // measured side is 10 % slower. The medians come from different
        // repetitions (quiet for one side, loaded for the other).
        let measured = [110.0, 220.0, 121.0, 242.0, 115.5];
        let against = [100.0, 200.0, 110.0, 220.0, 210.0 / 2.0];
        assert!((paired_ratio(&measured, &against) - 1.1).abs() < 1e-9);
        let against = [100.0, 200.0, 110.0, 220.0, 200.0];
        let unpaired = median(&measured) / median(&against);
        assert!((unpaired - 121.0 / 200.0).abs() < 1e-9, "{unpaired}");
        assert!((paired_ratio(&measured, &against) - 1.1).abs() < 1e-9);
        // Unpaired samples fall back to the ratio of the medians.
        assert_eq!(paired_ratio(&[2.0, 4.0, 6.0], &[1.0, 2.0]), 4.0 / 1.5);
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn every_ladder_starts_with_the_crate_against_the_floor_and_steps_one_change_at_a_time() {
        for op in [Op::GetRun, Op::CreateRun] {
            let rows = ladder(op);
            assert_eq!(
                rows[0],
                (op.name(), Variant::Crate, Variant::Plain, rows[0].3)
            );
            // From the floor, each step is measured against the one before it.
            let steps: Vec<Variant> = rows[1..5].iter().map(|r| r.1).collect();
            let befores: Vec<Variant> = rows[1..5].iter().map(|r| r.2).collect();
            assert_eq!(befores[0], Variant::Plain);
            assert_eq!(&befores[1..], &steps[..3]);
            assert_eq!(steps[3], Variant::Crate);
            let ids: std::collections::BTreeSet<_> = rows.iter().map(|r| r.0).collect();
            assert_eq!(ids.len(), rows.len());
        }
        for v in Variant::ALL {
            assert_eq!(Variant::parse(v.name()), Some(v));
        }
    }
}
