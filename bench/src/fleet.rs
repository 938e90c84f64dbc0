//! `oz-bench fleet`: following many runs at once, and a 429 storm, against
//! the fake Oz server on loopback, in virtual time.
//!
//! Everything runs on one current-thread tokio runtime with a paused clock
//! (`start_paused`): the fake server's runs progress in tokio time, sleeps
//! cost nothing, and ten simulated minutes take seconds. Requests are
//! counted by the server (`FakeOzServer::operation_count`), latencies are
//! tokio instants against the server's own timestamps, memory is counted by
//! the bench's allocator. Each row carries its value, the baseline it is
//! compared with, the target and a verdict computed from those numbers.
//!
//! ```text
//! oz-bench fleet [--quick] [--out FILE]
//! ```
//!
//! Rows (`--quick` divides the runs by 10):
//!
//! * `fleet_requests`: requests to follow 1,000 runs for 10 minutes with
//!   `wait_for_runs`, against per-run polling (`wait_for_run` per run) at the
//!   same fixed 10 s interval; target ≤ 2 %.
//! * `fleet_requests_per_minute_per_run`: the same per watched run and minute.
//! * `terminal_latency_max`: the longest time between the server showing a
//!   run's terminal state and `watch_runs` reporting it; target ≤ one interval.
//! * `misses_clock_plus_5s`, `misses_clock_minus_5s`, `misses_5pct_faults`:
//!   state changes not reported (or reported twice) with the server's clock
//!   5 s ahead, 5 s behind, and 5 % of responses failing; target 0.
//! * `storm_requests_with_budget`: retries 1,000 `wait_for_run` waiters on
//!   one client send during a 60 s 429 storm, against the same without a
//!   retry budget; target: the retries sent (tokens gone from the budget,
//!   nothing being refunded during the storm) at most capacity / retry cost,
//!   and at most half the retries sent without a budget (requests beyond the
//!   polls of the same storm with no retries at all, reported beside: the
//!   budget bounds retries, not the waiters' own polls).
//! * `storm_fleet_requests`: the same storm against one `wait_for_runs` of
//!   the 1,000 runs; target ≤ what one `wait_for_run` of a single run sends
//!   alone (the fleet backs off as one waiter).
//! * `memory_per_watched_run`: live heap per run followed by `watch_runs`,
//!   against a `wait_for_run` task per run; target ≤ the per-run figure.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use oz_agent_api::prelude::*;
use oz_agent_api::retry::RetryBudget;
use oz_agent_api::types::RunState;
use oz_agent_api_fake::{FakeOzServer, Fault, Pace, RandomFaults};
use serde_json::{json, Value};
use tokio::time::Instant;

/// Version of the JSON `oz-bench fleet` prints.
const SCHEMA: &str = "oz-bench-fleet/1";

/// The polling interval of both sides.
const INTERVAL: Duration = Duration::from_secs(10);

/// How long runs stay queued, and then work: with runs created over the
/// first minute, the fleet is followed for ten minutes.
const QUEUED: Duration = Duration::from_secs(60);
const IN_PROGRESS: Duration = Duration::from_secs(480);

/// The 429 storm.
const STORM: Duration = Duration::from_secs(60);

/// How big the measurement is.
#[derive(Clone, Copy)]
struct Scale {
    runs: usize,
}

/// `oz-bench fleet [--quick] [--out FILE]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut scale = Scale { runs: 1000 };
    let mut out = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--quick" => scale.runs = 100,
            "--out" => out = Some(it.next().ok_or("--out needs a file")?.clone()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let started = std::time::Instant::now();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .map_err(|e| e.to_string())?;
    let rows = runtime.block_on(measure(scale))?;
    let report = json!({
        "schema": SCHEMA,
        "runs": scale.runs,
        "interval_s": INTERVAL.as_secs(),
        "rows": rows,
        "runtime_s": started.elapsed().as_secs_f64(),
    });
    crate::write_report(&report, out.as_deref())
}

/// One row of the report; the verdict is computed from the numbers.
fn row(
    id: &str,
    what: &str,
    unit: &str,
    value: f64,
    baseline: Option<f64>,
    target: &str,
    pass: bool,
) -> Value {
    json!({
        "id": id,
        "what": what,
        "unit": unit,
        "value": value,
        "baseline": baseline,
        "target": target,
        "verdict": if pass { "PASS" } else { "MISS" },
    })
}

/// Polls every 10 s exactly, for an hour at most.
fn fixed_interval() -> WaitOptions {
    WaitOptions::default()
        .with_initial_interval(INTERVAL)
        .with_max_interval(INTERVAL)
        .with_jitter(false)
        .with_timeout(Duration::from_secs(3600))
}

async fn fake(offset_s: i64) -> FakeOzServer {
    FakeOzServer::builder()
        .historical_runs(20)
        .pace(Pace::elapsed(QUEUED, IN_PROGRESS))
        .clock_offset(chrono::TimeDelta::seconds(offset_s))
        .start()
        .await
}

/// Maps the server's timestamps to tokio instants.
struct ServerClock {
    instant: Instant,
    wall: DateTime<Utc>,
}

impl ServerClock {
    fn at(&self, wall: DateTime<Utc>) -> Instant {
        self.instant + (wall - self.wall).to_std().unwrap_or_default()
    }
}

/// Creates `runs` runs spread over the first minute; their ids and the
/// server's clock.
async fn create(client: &Client, runs: usize) -> Result<(Vec<String>, ServerClock), String> {
    let per_second = runs.div_ceil(60).max(1);
    let mut ids = Vec::with_capacity(runs);
    let mut clock = None;
    for i in 0..runs {
        if i > 0 && i % per_second == 0 {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        let created = client
            .create_run()
            .body_map(|b| b.prompt(format!("fleet run {i}")))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if clock.is_none() {
            let instant = Instant::now();
            let run = client
                .get_run()
                .run_id(&created.run_id)
                .send()
                .await
                .map_err(|e| e.to_string())?;
            clock = Some(ServerClock {
                instant,
                wall: run.created_at,
            });
        }
        ids.push(created.run_id.clone());
    }
    Ok((ids, clock.ok_or("no runs")?))
}

/// What one `watch_runs` of a fleet saw.
struct Watched {
    requests: usize,
    minutes: f64,
    /// Longest time from the server showing a terminal state to its report.
    latency: Duration,
    /// Expected state changes not reported, plus changes reported twice.
    misses: usize,
}

/// Follows a fresh fleet with `watch_runs`; faults (a rate) start after
/// the runs are created.
async fn watch(scale: Scale, offset_s: i64, faults: Option<f64>) -> Result<Watched, String> {
    let server = fake(offset_s).await;
    let client = server.client();
    let (ids, clock) = create(&client, scale.runs).await?;
    server.clear_requests();
    if let Some(rate) = faults {
        server.set_random_faults(Some(RandomFaults::new(rate).seed(10)));
    }
    let began = Instant::now();
    let mut seen: BTreeMap<String, Vec<RunState>> = BTreeMap::new();
    let mut latency = Duration::ZERO;
    let mut changes = client.watch_runs(&ids, &fixed_interval());
    while let Some(run) = changes.next().await {
        let run = run.map_err(|e| e.to_string())?;
        if run.state.is_terminal() {
            latency =
                latency.max(Instant::now().saturating_duration_since(clock.at(run.updated_at)));
        }
        seen.entry(run.run_id.clone()).or_default().push(run.state);
    }
    let minutes = began.elapsed().as_secs_f64() / 60.0;
    let expected = [RunState::Queued, RunState::Inprogress, RunState::Succeeded];
    let misses = ids
        .iter()
        .map(|id| {
            let states = seen.get(id).map(Vec::as_slice).unwrap_or_default();
            let missing = expected.iter().filter(|s| !states.contains(s)).count();
            let extra = states.len().saturating_sub(expected.len() - missing);
            missing + extra
        })
        .sum();
    Ok(Watched {
        requests: server.operation_count("listRuns") + server.operation_count("getRun"),
        minutes,
        latency,
        misses,
    })
}

/// Per-run polling of a fresh fleet: requests, minutes, worst terminal latency.
async fn poll_each(scale: Scale) -> Result<(usize, f64, Duration), String> {
    let server = fake(0).await;
    let client = server.client();
    let (ids, clock) = create(&client, scale.runs).await?;
    server.clear_requests();
    let began = Instant::now();
    let waiters: Vec<_> = ids
        .into_iter()
        .map(|id| {
            let client = client.clone();
            tokio::spawn(async move {
                let run = client.wait_for_run(&id, &fixed_interval()).await;
                (run, Instant::now())
            })
        })
        .collect();
    let mut latency = Duration::ZERO;
    for waiter in waiters {
        let (run, at) = waiter.await.map_err(|e| e.to_string())?;
        let run = run.map_err(|e| e.to_string())?;
        latency = latency.max(at.saturating_duration_since(clock.at(run.updated_at)));
    }
    let minutes = began.elapsed().as_secs_f64() / 60.0;
    Ok((server.operation_count("getRun"), minutes, latency))
}

/// The default schedule (1 s growing to 10 s) without jitter: every waiter
/// polls in step, the worst case, and the same every time.
fn storm_options() -> WaitOptions {
    WaitOptions::default().with_jitter(false)
}

/// Requests during a 60 s 429 storm: `scale.runs` `wait_for_run` waiters
/// on one client with `policy`, or (`fleet`) one `wait_for_runs` of them all.
async fn storm(
    scale: Scale,
    policy: RetryPolicy,
    fleet: bool,
) -> Result<(usize, Option<u32>), String> {
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::elapsed(
            Duration::from_secs(3600),
            Duration::from_secs(3600),
        ))
        .start()
        .await;
    let client = server
        .client_builder()
        .retry_policy(policy)
        .build()
        .map_err(|e| e.to_string())?;
    let mut ids = Vec::with_capacity(scale.runs);
    for i in 0..scale.runs {
        let created = client
            .create_run()
            .body_map(|b| b.prompt(format!("waiter {i}")))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        ids.push(created.run_id.clone());
    }
    server.clear_requests();
    let operation = if fleet { "listRuns" } else { "getRun" };
    server.inject(usize::MAX, Fault::status(429).on(operation));
    let tasks: Vec<_> = if fleet {
        let client = client.clone();
        vec![tokio::spawn(async move {
            let _ = client.wait_for_runs(&ids, &storm_options()).await;
        })]
    } else {
        ids.into_iter()
            .map(|id| {
                let client = client.clone();
                tokio::spawn(async move {
                    let _ = client.wait_for_run(&id, &storm_options()).await;
                })
            })
            .collect()
    };
    tokio::time::sleep(STORM).await;
    let sent = server.request_count();
    for task in tasks {
        task.abort();
    }
    Ok((sent, client.retry_tokens()))
}

/// Live heap per run followed: `watch_runs` after the first listing, or a
/// `wait_for_run` task per run after its first poll; the difference between
/// `scale.runs` and a tenth of them, per run (after a warm-up, so what
/// creating the runs left behind is not counted).
async fn memory(scale: Scale) -> Result<(f64, f64), String> {
    let server = fake(0).await;
    // No idle connections kept: what is counted is the waiting, not
    // connection buffers (per-run waiters would otherwise hold one each).
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .map_err(|e| e.to_string())?;
    let client = Client::builder()
        .api_key(server.api_key())
        .base_url(server.base_url())
        .http_client(http)
        .build()
        .map_err(|e| e.to_string())?;
    let (ids, _) = create(&client, scale.runs).await?;
    let small = scale.runs / 10;

    // A warm-up (the first watch frees what creating the runs left behind).
    let mut fleet = Vec::new();
    for n in [small, small, scale.runs] {
        // The server's request records are freed before and after, so only
        // the client's side is counted.
        server.clear_requests();
        crate::memory::start_counting();
        let before = crate::memory::live_bytes();
        let mut changes = client.watch_runs(&ids[..n], &fixed_interval());
        for _ in 0..n {
            changes
                .next()
                .await
                .ok_or("the watch ended early")?
                .map_err(|e| e.to_string())?;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
        server.clear_requests();
        fleet.push(crate::memory::live_bytes() - before);
        drop(changes);
    }

    let mut polling = Vec::new();
    for n in [small, small, scale.runs] {
        server.clear_requests();
        crate::memory::start_counting();
        let before = crate::memory::live_bytes();
        let waiters: Vec<_> = ids[..n]
            .iter()
            .map(|id| {
                let (client, id) = (client.clone(), id.clone());
                tokio::spawn(async move { client.wait_for_run(&id, &fixed_interval()).await })
            })
            .collect();
        // Every waiter has made its first poll and sleeps until the next.
        tokio::time::sleep(INTERVAL / 2).await;
        server.clear_requests();
        polling.push(crate::memory::live_bytes() - before);
        for waiter in waiters {
            waiter.abort();
        }
        // Let the runtime drop the aborted tasks before the next count.
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let per_run = |v: &[isize]| (v[2] - v[1]) as f64 / (scale.runs - small) as f64;
    Ok((per_run(&fleet), per_run(&polling)))
}

async fn measure(scale: Scale) -> Result<Vec<Value>, String> {
    let mut rows = Vec::new();
    let n = scale.runs;

    eprintln!("oz-bench fleet: {n} runs, watch_runs vs wait_for_run per run, 10 s interval");
    let fleet = watch(scale, 0, None).await?;
    let (polling, polling_minutes, polling_latency) = poll_each(scale).await?;
    let ratio = fleet.requests as f64 / polling as f64;
    rows.push(row(
        "fleet_requests",
        &format!("requests to follow {n} runs until settled (~10 simulated minutes), fleet vs per-run polling"),
        "requests",
        fleet.requests as f64,
        Some(polling as f64),
        "<= 2 % of baseline",
        ratio <= 0.02,
    ));
    let per_minute = fleet.requests as f64 / fleet.minutes / n as f64;
    let polling_per_minute = polling as f64 / polling_minutes / n as f64;
    rows.push(row(
        "fleet_requests_per_minute_per_run",
        "requests per minute per watched run",
        "requests/min/run",
        per_minute,
        Some(polling_per_minute),
        "<= 2 % of baseline",
        per_minute <= 0.02 * polling_per_minute,
    ));
    rows.push(row(
        "terminal_latency_max",
        "longest delay from the server showing a terminal state to its report",
        "s",
        fleet.latency.as_secs_f64(),
        Some(polling_latency.as_secs_f64()),
        "<= one interval (10 s)",
        fleet.latency <= INTERVAL + Duration::from_millis(1),
    ));

    for (id, offset, faults, what) in [
        (
            "misses_clock_plus_5s",
            5,
            None,
            "server clock 5 s ahead of the client's",
        ),
        (
            "misses_clock_minus_5s",
            -5,
            None,
            "server clock 5 s behind the client's",
        ),
        (
            "misses_5pct_faults",
            0,
            Some(0.05),
            "5 % of responses failing (5xx, resets)",
        ),
    ] {
        eprintln!("oz-bench fleet: misses, {what}");
        let watched = watch(scale, offset, faults).await?;
        rows.push(row(
            id,
            &format!("state changes missed or repeated over {n} runs, {what}"),
            "changes",
            watched.misses as f64,
            None,
            "0",
            watched.misses == 0,
        ));
    }

    eprintln!("oz-bench fleet: 429 storm, 60 s, {n} waiters");
    let budget = RetryBudget::default();
    let (with_budget, left) = storm(scale, RetryPolicy::default(), false).await?;
    let (no_retries, _) = storm(scale, RetryPolicy::default().with_max_retries(0), false).await?;
    let (no_budget, _) =
        storm(scale, RetryPolicy::default().with_retry_budget(None), false).await?;
    let allowed = (budget.capacity() / budget.retry_cost()) as usize;
    // Nothing succeeds during the storm, so nothing is refunded: the tokens
    // gone are the retries sent.
    let retries = left.map_or(usize::MAX, |left| {
        ((budget.capacity() - left) / budget.retry_cost()) as usize
    });
    let retries_without = no_budget.saturating_sub(no_retries);
    let mut storm_row = row(
        "storm_requests_with_budget",
        &format!("retries sent by {n} wait_for_run waiters on one client during a 60 s 429 storm, with the retry budget vs without"),
        "retries",
        retries as f64,
        Some(retries_without as f64),
        &format!("retries <= the budget ({allowed}), and at most half the no-budget retries"),
        retries <= allowed && 2 * retries <= retries_without,
    );
    storm_row["baseline_name"] = json!("without a budget");
    storm_row["requests"] = json!(with_budget);
    storm_row["requests_without_budget"] = json!(no_budget);
    storm_row["budget_retries"] = json!(allowed);
    storm_row["polls_without_retries"] = json!(no_retries);
    rows.push(storm_row);
    let (fleet_storm, _) = storm(scale, RetryPolicy::default(), true).await?;
    // One waiter alone, whose retries no budget limits.
    let one_waiter = storm(Scale { runs: 1 }, RetryPolicy::default(), false)
        .await?
        .0 as f64;
    let mut fleet_row = row(
        "storm_fleet_requests",
        &format!("requests sent by one wait_for_runs of {n} runs during the same storm, vs one wait_for_run of one run alone"),
        "requests",
        fleet_storm as f64,
        Some(one_waiter),
        "<= baseline (the fleet backs off as one waiter)",
        fleet_storm as f64 <= one_waiter,
    );
    fleet_row["baseline_name"] = json!("one wait_for_run alone");
    fleet_row["budgeted_waiters"] = json!(with_budget);
    rows.push(fleet_row);

    eprintln!("oz-bench fleet: memory per watched run");
    let (fleet_bytes, polling_bytes) = memory(scale).await?;
    rows.push(row(
        "memory_per_watched_run",
        "live heap per run followed: watch_runs vs a wait_for_run task per run",
        "bytes",
        fleet_bytes.round(),
        Some(polling_bytes.round()),
        "<= baseline",
        fleet_bytes <= polling_bytes,
    ));
    Ok(rows)
}
