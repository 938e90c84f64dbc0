//! The measurements: the crate against bare `reqwest` + `serde_json::Value`,
//! interleaved in the same run, over the same loopback server.

use std::future::Future;
use std::hint::black_box;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use futures_util::TryStreamExt;
use oz_agent_api::types::{ConversationResponse, ListRunsResponse, RunAgentRequest, RunItem};
use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use serde::Serialize;
use serde_json::Value;

use crate::fixtures::Fixtures;

/// The API key both sides send (the server does not check it).
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
    /// The default plan (a couple of minutes on two cores).
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

/// One row of results: the crate against the baseline.
#[derive(Debug, Serialize)]
pub struct Row {
    /// Stable identifier (`get_run`, `list_10k`, …).
    pub id: &'static str,
    /// What was measured.
    pub label: String,
    /// Unit of `crate` and `baseline`: `us` or `ms`.
    pub unit: &'static str,
    /// Median over the repetitions, for the crate.
    #[serde(rename = "crate")]
    pub krate: f64,
    /// Median over the repetitions, for the baseline.
    pub baseline: f64,
    /// `crate / baseline` (lower is better for the crate).
    pub ratio: f64,
    /// The per-repetition values behind the median, crate side.
    pub samples_crate: Vec<f64>,
    /// The per-repetition values behind the median, baseline side.
    pub samples_baseline: Vec<f64>,
    /// Where the server ran: `in-process`, `out-of-process`, or `none`
    /// (decoding from memory).
    pub server: &'static str,
}

impl Row {
    fn served(mut self, serving: Serving) -> Row {
        self.server = serving.name();
        self
    }
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

/// The HTTP client both sides use: the crate's own settings (no automatic
/// redirects, no `Referer`, its default timeouts).
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .timeout(oz_agent_api::DEFAULT_TIMEOUT)
        .connect_timeout(oz_agent_api::DEFAULT_CONNECT_TIMEOUT)
        .build()
        .expect("reqwest client")
}

/// The crate's client against `base_url`, over its own [`http_client`].
pub fn crate_client(base_url: &str) -> oz_agent_api::Client {
    oz_agent_api::Client::builder()
        .api_key(API_KEY)
        .base_url(base_url)
        .http_client(http_client())
        .build()
        .expect("oz-agent-api client")
}

/// The baseline: bare reqwest, the same headers the crate sends, bodies
/// decoded as `serde_json::Value`.
pub struct Baseline {
    http: reqwest::Client,
    base_url: String,
    authorization: HeaderValue,
    user_agent: HeaderValue,
    api_version: HeaderValue,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

impl Baseline {
    /// A baseline client against `base_url`.
    pub fn new(base_url: &str) -> Baseline {
        let mut authorization =
            HeaderValue::from_str(&format!("Bearer {API_KEY}")).expect("header value");
        authorization.set_sensitive(true);
        Baseline {
            http: http_client(),
            base_url: base_url.to_owned(),
            authorization,
            user_agent: HeaderValue::from_static(oz_agent_api::USER_AGENT),
            api_version: HeaderValue::from_str(&spec_version()).expect("header value"),
        }
    }

    fn headers(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        request
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header("api-version", self.api_version.clone())
            .header(AUTHORIZATION, self.authorization.clone())
            .header(USER_AGENT, self.user_agent.clone())
    }

    async fn value(&self, request: reqwest::RequestBuilder) -> Result<Value, BoxError> {
        self.decoded(request).await
    }

    /// Sends, reads the body whole and decodes it as `T`.
    async fn decoded<T: serde::de::DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, BoxError> {
        let response = self.headers(request).send().await?;
        if !response.status().is_success() {
            return Err(format!("status {}", response.status()).into());
        }
        let body = response.bytes().await?;
        Ok(serde_json::from_slice(&body)?)
    }

    /// `GET /agent/runs/{id}` decoded into the crate's `RunItem`: the
    /// floor's request with the crate's decoding, to split the crate's time
    /// into its decoding and its request path.
    pub async fn get_run_typed(&self, id: &str) -> Result<RunItem, BoxError> {
        self.decoded(self.http.get(format!("{}/agent/runs/{id}", self.base_url)))
            .await
    }

    /// `GET /agent/runs/{id}`.
    pub async fn get_run(&self, id: &str) -> Result<Value, BoxError> {
        self.value(self.http.get(format!("{}/agent/runs/{id}", self.base_url)))
            .await
    }

    /// `POST /agent/runs`.
    pub async fn create_run(&self, body: &Value) -> Result<Value, BoxError> {
        let request = self
            .http
            .post(format!("{}/agent/runs", self.base_url))
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(serde_json::to_vec(body)?);
        self.value(request).await
    }

    /// `GET /agent/runs/{id}/conversation`.
    pub async fn conversation(&self, id: &str) -> Result<Value, BoxError> {
        self.value(
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
            let mut page = self.value(request).await?;
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

/// `info.version` of the vendored spec: what the crate sends as `api-version`.
fn spec_version() -> String {
    serde_json::from_str::<serde_json::Value>(oz_agent_api::spec::OPENAPI_JSON)
        .ok()
        .and_then(|spec| spec["info"]["version"].as_str().map(str::to_owned))
        .unwrap_or_default()
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

/// The rows measured against the server on a thread of this process.
pub const IN_PROCESS_ROWS: [&str; 10] = [
    "get_run",
    "get_run_decode_share",
    "get_run_path_share",
    "create_run",
    "list_10k",
    "conversation",
    "run_decode",
    "page_decode",
    "conversation_decode",
    "get_run_x64",
];

/// The rows measured against a server in another process.
pub const OUT_OF_PROCESS_ROWS: [&str; 5] = [
    "get_run_oop",
    "get_run_decode_share_oop",
    "get_run_path_share_oop",
    "create_run_oop",
    "list_10k_oop",
];

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

/// Where the server runs, for a row's label and its `server` field.
#[derive(Debug, Clone, Copy)]
pub enum Serving {
    /// A thread of the benchmark's own process, on its own runtime.
    InProcess,
    /// A separate `oz-bench serve` process.
    OutOfProcess,
}

impl Serving {
    fn name(self) -> &'static str {
        match self {
            Serving::InProcess => "in-process",
            Serving::OutOfProcess => "out-of-process",
        }
    }
}

/// Both clients against one server, and what they send.
pub struct Sides<'a> {
    client: oz_agent_api::Client,
    baseline: Baseline,
    request: RunAgentRequest,
    fixtures: &'a Fixtures,
    serving: Serving,
    plan: Plan,
}

impl<'a> Sides<'a> {
    /// The crate's client and the baseline against `base_url`, warmed up:
    /// connections open, the allocator and caches warm, the listing checked.
    pub async fn warmed_up(
        fixtures: &'a Fixtures,
        base_url: &str,
        serving: Serving,
        plan: Plan,
    ) -> Result<Sides<'a>, String> {
        let sides = Sides {
            client: crate_client(base_url),
            baseline: Baseline::new(base_url),
            request: serde_json::from_value(fixtures.create_request.clone())
                .map_err(|e| format!("create request: {e}"))?,
            fixtures,
            serving,
            plan,
        };
        let (client, baseline) = (&sides.client, &sides.baseline);
        let e = |e: &dyn std::fmt::Display| format!("warm-up ({}): {e}", serving.name());
        for _ in 0..50 {
            client
                .get_run()
                .run_id("run-1")
                .send()
                .await
                .map_err(|x| e(&x))?;
            baseline.get_run("run-1").await.map_err(|x| e(&x))?;
            client
                .create_run()
                .body(sides.request.clone())
                .send()
                .await
                .map_err(|x| e(&x))?;
            baseline
                .create_run(&fixtures.create_request)
                .await
                .map_err(|x| e(&x))?;
        }
        let total = fixtures.total_runs();
        let listed = crate_list_all(client).await.map_err(|x| e(&x))?;
        let listed_baseline = baseline.list_all(100).await.map_err(|x| e(&x))?;
        if listed != total || listed_baseline != total {
            return Err(format!(
                "listing gave {listed} runs (crate) and {listed_baseline} (baseline), expected {total}"
            ));
        }
        Ok(sides)
    }

    fn id(&self, base: &'static str) -> &'static str {
        match (base, self.serving) {
            (_, Serving::InProcess) => base,
            ("get_run", Serving::OutOfProcess) => "get_run_oop",
            ("create_run", Serving::OutOfProcess) => "create_run_oop",
            ("list_10k", Serving::OutOfProcess) => "list_10k_oop",
            _ => base,
        }
    }

    fn label(&self, what: &str, detail: String) -> String {
        match self.serving {
            Serving::InProcess => format!("{what} ({detail})"),
            Serving::OutOfProcess => format!("{what}, server out of process ({detail})"),
        }
    }

    /// `get_run`: median latency of `plan.calls` sequential calls per repetition.
    pub async fn get_run(&self) -> Result<Row, String> {
        let (client, baseline, calls) = (&self.client, &self.baseline, self.plan.calls);
        let e = |e: &dyn std::fmt::Display| e.to_string();
        eprintln!(
            "oz-bench: get_run, {} server ({} reps × {calls} calls)",
            self.serving.name(),
            self.plan.reps
        );
        compare(
            self.id("get_run"),
            self.label(
                "get_run latency",
                format!("median of {calls} sequential calls"),
            ),
            "us",
            self.plan.reps,
            || async {
                per_call(calls, || async {
                    let run = client.get_run().run_id("run-1").send().await?;
                    black_box(run);
                    Ok::<_, oz_agent_api::Error>(())
                })
                .await
                .map_err(|x| e(&x))
            },
            || async {
                per_call(calls, || async {
                    black_box(baseline.get_run("run-1").await?);
                    Ok::<_, BoxError>(())
                })
                .await
                .map_err(|x| e(&*x))
            },
        )
        .await
        .map(|row| row.served(self.serving))
    }

    /// Two rows without a target that split `get_run`'s ratio in two: bare
    /// reqwest decoding into the crate's `RunItem` against the floor (what
    /// typed decoding costs inside a real call), and the crate against that
    /// (what the crate's request path costs: builder, headers, retry and
    /// redirect bookkeeping, tracing, body reading).
    pub async fn get_run_split(&self) -> Result<Vec<Row>, String> {
        let (client, baseline, calls) = (&self.client, &self.baseline, self.plan.calls);
        let e = |e: &dyn std::fmt::Display| e.to_string();
        let suffix = match self.serving {
            Serving::InProcess => "",
            Serving::OutOfProcess => "_oop",
        };
        eprintln!(
            "oz-bench: get_run split into decoding and request path, {} server",
            self.serving.name()
        );
        let typed = || async {
            per_call(calls, || async {
                black_box(baseline.get_run_typed("run-1").await?);
                Ok::<_, BoxError>(())
            })
            .await
            .map_err(|x| e(&*x))
        };
        let decode = compare(
            if suffix.is_empty() {
                "get_run_decode_share"
            } else {
                "get_run_decode_share_oop"
            },
            self.label(
                "  of which typed decoding",
                "reqwest + RunItem vs reqwest + Value".into(),
            ),
            "us",
            self.plan.reps,
            typed,
            || async {
                per_call(calls, || async {
                    black_box(baseline.get_run("run-1").await?);
                    Ok::<_, BoxError>(())
                })
                .await
                .map_err(|x| e(&*x))
            },
        )
        .await?
        .served(self.serving);
        let path = compare(
            if suffix.is_empty() {
                "get_run_path_share"
            } else {
                "get_run_path_share_oop"
            },
            self.label(
                "  of which the crate's request path",
                "crate vs reqwest + RunItem".into(),
            ),
            "us",
            self.plan.reps,
            || async {
                per_call(calls, || async {
                    black_box(client.get_run().run_id("run-1").send().await?);
                    Ok::<_, oz_agent_api::Error>(())
                })
                .await
                .map_err(|x| e(&x))
            },
            typed,
        )
        .await?
        .served(self.serving);
        Ok(vec![decode, path])
    }

    /// `create_run`: like [`get_run`](Self::get_run), the body cloned untimed.
    pub async fn create_run(&self) -> Result<Row, String> {
        let (client, baseline, calls) = (&self.client, &self.baseline, self.plan.calls);
        let (request, fixtures) = (&self.request, self.fixtures);
        let e = |e: &dyn std::fmt::Display| e.to_string();
        eprintln!(
            "oz-bench: create_run, {} server ({} reps × {calls} calls)",
            self.serving.name(),
            self.plan.reps
        );
        compare(
            self.id("create_run"),
            self.label(
                "create_run latency",
                format!("median of {calls} calls, body built untimed"),
            ),
            "us",
            self.plan.reps,
            || async {
                per_call_prepared(
                    calls,
                    || request.clone(),
                    |body| async {
                        let created = client.create_run().body(body).send().await?;
                        black_box(created);
                        Ok::<_, oz_agent_api::Error>(())
                    },
                )
                .await
                .map_err(|x| e(&x))
            },
            || async {
                per_call_prepared(
                    calls,
                    || fixtures.create_request.clone(),
                    |body| async move {
                        black_box(baseline.create_run(&body).await?);
                        Ok::<_, BoxError>(())
                    },
                )
                .await
                .map_err(|x| e(&*x))
            },
        )
        .await
        .map(|row| row.served(self.serving))
    }

    /// The whole listing: the typed stream against the untyped cursor loop.
    pub async fn list(&self) -> Result<Row, String> {
        let (client, baseline) = (&self.client, &self.baseline);
        let total = self.fixtures.total_runs();
        let e = |e: &dyn std::fmt::Display| e.to_string();
        eprintln!(
            "oz-bench: listing {total} runs, {} server ({} reps)",
            self.serving.name(),
            self.plan.reps
        );
        compare(
            self.id("list_10k"),
            self.label(
                &format!("list {total} runs"),
                format!(
                    "pages of {} by cursor, typed stream vs untyped",
                    self.fixtures.runs_per_page
                ),
            ),
            "ms",
            self.plan.reps,
            || async {
                let started = Instant::now();
                let n = crate_list_all(client).await.map_err(|x| e(&x))?;
                check_count(n, total)?;
                Ok(ms(started.elapsed()))
            },
            || async {
                let started = Instant::now();
                let n = baseline.list_all(100).await.map_err(|x| e(&*x))?;
                check_count(n, total)?;
                Ok(ms(started.elapsed()))
            },
        )
        .await
        .map(|row| row.served(self.serving))
    }
}

/// The rows measured against a server in another process (`oz-bench serve`).
pub async fn run_remote(
    fixtures: &Fixtures,
    base_url: &str,
    plan: Plan,
    only: &Only,
) -> Result<Vec<Row>, String> {
    let sides = Sides::warmed_up(fixtures, base_url, Serving::OutOfProcess, plan).await?;
    let mut rows = Vec::new();
    if only.wants("get_run_oop") {
        rows.push(sides.get_run().await?);
    }
    if only.wants_any(&["get_run_decode_share_oop", "get_run_path_share_oop"]) {
        rows.extend(sides.get_run_split().await?);
    }
    if only.wants("create_run_oop") {
        rows.push(sides.create_run().await?);
    }
    if only.wants("list_10k_oop") {
        rows.push(sides.list().await?);
    }
    Ok(rows)
}

/// Runs every in-process measurement (the server on a thread of this
/// process) and the decode-only ones, and returns the rows.
pub async fn run_all(
    fixtures: &Fixtures,
    base_url: &str,
    plan: Plan,
    only: &Only,
) -> Result<Vec<Row>, String> {
    let sides = Sides::warmed_up(fixtures, base_url, Serving::InProcess, plan).await?;
    let (client, baseline) = (&sides.client, &sides.baseline);
    let e = |e: &dyn std::fmt::Display| e.to_string();
    join_all((0..64).map(|_| client.get_run().run_id("run-1").send())).await;
    join_all((0..64).map(|_| baseline.get_run("run-1"))).await;

    let mut rows = Vec::new();
    if only.wants("get_run") {
        rows.push(sides.get_run().await?);
    }
    if only.wants_any(&["get_run_decode_share", "get_run_path_share"]) {
        rows.extend(sides.get_run_split().await?);
    }
    if only.wants("create_run") {
        rows.push(sides.create_run().await?);
    }
    if only.wants("list_10k") {
        rows.push(sides.list().await?);
    }

    let size = fixtures.conversation.len() as f64 / (1 << 20) as f64;
    if only.wants("conversation") {
        eprintln!(
            "oz-bench: conversation of {size:.1} MiB ({} reps)",
            plan.reps
        );
        rows.push(
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
                        let c = client.get_run_conversation().run_id("run-1").send().await?;
                        black_box(c);
                        Ok::<_, oz_agent_api::Error>(())
                    })
                    .await
                    .map(|us| us / 1e3)
                    .map_err(|x| e(&x))
                },
                || async {
                    per_call(plan.conversation_fetches, || async {
                        black_box(baseline.conversation("run-1").await?);
                        Ok::<_, BoxError>(())
                    })
                    .await
                    .map(|us| us / 1e3)
                    .map_err(|x| e(&*x))
                },
            )
            .await?
            .served(Serving::InProcess),
        );
    }

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

    if only.wants("get_run_x64") {
        eprintln!(
            "oz-bench: 64 concurrent get_run ({} reps × {} batches)",
            plan.reps, plan.batches
        );
        rows.push(
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
                            join_all((0..64).map(|_| client.get_run().run_id("run-1").send()))
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
                        let all = join_all((0..64).map(|_| baseline.get_run("run-1"))).await;
                        for result in all {
                            black_box(result?);
                        }
                        Ok::<_, BoxError>(())
                    })
                    .await
                    .map(|us| us / 1e3)
                    .map_err(|x| e(&*x))
                },
            )
            .await?
            .served(Serving::InProcess),
        );
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

/// Like [`per_call`], with an input for each call made by `prepare` before
/// the clock starts (a request body the call consumes).
async fn per_call_prepared<I, P, F, Fut, E>(n: usize, mut prepare: P, mut f: F) -> Result<f64, E>
where
    P: FnMut() -> I,
    F: FnMut(I) -> Fut,
    Fut: Future<Output = Result<(), E>>,
{
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n.max(1) {
        let input = prepare();
        let started = Instant::now();
        f(input).await?;
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

/// Measures both sides `reps` times, alternating which goes first.
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
            samples_baseline.push(
                baseline()
                    .await
                    .map_err(|e| format!("{id} baseline: {e}"))?,
            );
        } else {
            samples_baseline.push(
                baseline()
                    .await
                    .map_err(|e| format!("{id} baseline: {e}"))?,
            );
            samples_crate.push(krate().await.map_err(|e| format!("{id}: {e}"))?);
        }
    }
    let c = median(&samples_crate);
    let b = median(&samples_baseline);
    Ok(Row {
        id,
        label,
        unit,
        krate: c,
        baseline: b,
        ratio: c / b,
        samples_crate,
        samples_baseline,
        server: "none",
    })
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn only_selects_rows() {
        use super::Only;
        assert!(Only::ALL.wants("get_run"));
        let only = Only::parse("get_run, list_10k_oop,");
        assert!(only.wants("get_run") && only.wants("list_10k_oop"));
        assert!(!only.wants("create_run"));
        assert!(only.wants_any(&super::OUT_OF_PROCESS_ROWS));
        assert!(!Only::parse("none").wants_any(&super::IN_PROCESS_ROWS));
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(&[]).is_nan());
    }
}
