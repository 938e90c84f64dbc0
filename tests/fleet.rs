//! Following many runs at once against the fake server, on tokio's paused
//! clock, counted server-side: each state change once, terminal states
//! within one interval, request counts against per-run polling, clock skew,
//! random faults, runs sharing a timestamp across pages, trees that grow
//! while waited on, runs the listing cannot show, unknown runs, deadlines.
//!
//! Needs spec G: `OZ_AGENT_API_SPEC=openapi/history/G-docs-0041a6c.yaml`.
//!
//! Scripted teams (at the end) play what the fake does not: a teammate's
//! run hours ahead, rows the client cannot read, a run deleted once listed.

#[path = "common/scripted.rs"]
mod scripted;

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use oz_agent_api::prelude::*;
use oz_agent_api::types::RunState;
use oz_agent_api::{PendingRun, WaitTimeoutReason};
use oz_agent_api_fake::{FakeOzServer, Pace, RandomFaults};
use tokio::time::Instant;

const INTERVAL: Duration = Duration::from_secs(5);

/// Polls every 5 s exactly (no growth, no jitter), for an hour at most.
fn every_five_seconds() -> WaitOptions {
    WaitOptions::default()
        .with_initial_interval(INTERVAL)
        .with_max_interval(INTERVAL)
        .with_jitter(false)
        .with_timeout(Duration::from_secs(3600))
}

/// Runs stay queued 20 s, then work 40 s.
fn pace() -> Pace {
    Pace::elapsed(Duration::from_secs(20), Duration::from_secs(40))
}

async fn fake(builder: oz_agent_api_fake::FakeOzServerBuilder) -> FakeOzServer {
    builder.historical_runs(3).pace(pace()).start().await
}

/// Maps the server's timestamps to tokio instants (the fake's clock runs on
/// tokio's, offset and truncated to the millisecond).
struct ServerClock {
    instant: Instant,
    wall: DateTime<Utc>,
}

impl ServerClock {
    fn at(&self, wall: DateTime<Utc>) -> Instant {
        let delta = (wall - self.wall).to_std().unwrap_or_default();
        self.instant + delta
    }
}

/// Creates `count` runs, `per_second` of them each second of virtual time;
/// returns their ids and the server's clock.
async fn create_runs(
    client: &Client,
    count: usize,
    per_second: usize,
) -> (Vec<String>, ServerClock) {
    let mut ids = Vec::with_capacity(count);
    let mut clock = None;
    for i in 0..count {
        if i > 0 && i % per_second == 0 {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        let created = client
            .create_run()
            .body_map(|b| b.prompt(format!("fleet run {i}")))
            .send()
            .await
            .unwrap();
        let now = Instant::now();
        if clock.is_none() {
            let run = client
                .get_run()
                .run_id(&created.run_id)
                .send()
                .await
                .unwrap();
            clock = Some(ServerClock {
                instant: now,
                wall: run.created_at,
            });
        }
        ids.push(created.run_id.clone());
    }
    (ids, clock.unwrap())
}

/// Every change the stream reported, per run, with when it was reported.
type Seen = BTreeMap<String, Vec<(RunState, DateTime<Utc>, Instant)>>;

async fn watch_all(client: &Client, ids: &[String], options: &WaitOptions) -> Seen {
    let mut seen = Seen::new();
    let mut changes = client.watch_runs(ids, options);
    while let Some(run) = changes.next().await {
        let run = run.unwrap();
        seen.entry(run.run_id.clone()).or_default().push((
            run.state,
            run.updated_at,
            Instant::now(),
        ));
    }
    seen
}

fn states(seen: &Seen, id: &str) -> Vec<String> {
    seen[id].iter().map(|(s, _, _)| s.to_string()).collect()
}

fn fleet_requests(server: &FakeOzServer) -> usize {
    server.operation_count("listRuns") + server.operation_count("getRun")
}

#[tokio::test(start_paused = true)]
async fn each_state_change_is_reported_once_and_every_terminal_state_within_one_interval() {
    let server = fake(FakeOzServer::builder()).await;
    let client = server.client();
    let (ids, clock) = create_runs(&client, 60, 12).await;
    server.clear_requests();

    let seen = watch_all(&client, &ids, &every_five_seconds()).await;
    assert_eq!(seen.len(), ids.len());
    let mut worst = Duration::ZERO;
    for id in &ids {
        assert_eq!(
            states(&seen, id),
            ["QUEUED", "INPROGRESS", "SUCCEEDED"],
            "{id}: each state once, in order"
        );
        let (_, updated_at, reported) = seen[id].last().unwrap();
        let shown = clock.at(*updated_at);
        let latency = reported.saturating_duration_since(shown);
        worst = worst.max(latency);
    }
    assert!(
        worst <= INTERVAL + Duration::from_millis(1),
        "a terminal state was reported {worst:?} after the server showed it"
    );
    // One listing per interval: no per-run request at all.
    assert_eq!(server.operation_count("getRun"), 0);
    assert!(
        server.operation_count("listRuns") <= 20,
        "{}",
        server.operation_count("listRuns")
    );
}

#[tokio::test(start_paused = true)]
async fn following_many_runs_takes_a_small_fraction_of_the_requests_of_per_run_polling() {
    const RUNS: usize = 200;
    let options = every_five_seconds();

    let fleet_server = fake(FakeOzServer::builder()).await;
    let client = fleet_server.client();
    let (ids, _) = create_runs(&client, RUNS, 50).await;
    fleet_server.clear_requests();
    let settled = client.wait_for_runs(&ids, &options).await.unwrap();
    assert_eq!(settled.len(), RUNS);
    assert!(settled.iter().all(|r| r.state == RunState::Succeeded));
    let order: Vec<&str> = settled.iter().map(|r| r.run_id.as_str()).collect();
    assert_eq!(
        order,
        ids.iter().map(String::as_str).collect::<Vec<_>>(),
        "in the order given"
    );
    let fleet = fleet_requests(&fleet_server);

    let polling_server = fake(FakeOzServer::builder()).await;
    let client = polling_server.client();
    let (ids, _) = create_runs(&client, RUNS, 50).await;
    polling_server.clear_requests();
    let waiters: Vec<_> = ids
        .iter()
        .map(|id| {
            let (client, id, options) = (client.clone(), id.clone(), options.clone());
            tokio::spawn(async move { client.wait_for_run(&id, &options).await })
        })
        .collect();
    for waiter in waiters {
        waiter.await.unwrap().unwrap();
    }
    let polling = fleet_requests(&polling_server);
    assert!(
        fleet * 50 <= polling,
        "fleet {fleet} requests vs per-run polling {polling}: more than 2 %"
    );
}

#[tokio::test(start_paused = true)]
async fn nothing_is_missed_with_the_server_clock_five_seconds_ahead_or_behind() {
    for offset in [5, -5] {
        let server =
            fake(FakeOzServer::builder().clock_offset(chrono::TimeDelta::seconds(offset))).await;
        let client = server.client();
        let (ids, _) = create_runs(&client, 40, 10).await;
        let seen = watch_all(&client, &ids, &every_five_seconds()).await;
        for id in &ids {
            assert_eq!(
                states(&seen, id),
                ["QUEUED", "INPROGRESS", "SUCCEEDED"],
                "offset {offset} s: {id}"
            );
        }
    }
}

#[tokio::test(start_paused = true)]
async fn nothing_is_missed_with_five_percent_of_responses_failing() {
    // Every second, so that the faults (5xx and resets, before and after
    // the request was applied) hit the watch dozens of times.
    let options = every_five_seconds()
        .with_initial_interval(Duration::from_secs(1))
        .with_max_interval(Duration::from_secs(1));
    let mut faults = 0;
    for seed in 1..=5 {
        let server = fake(FakeOzServer::builder()).await;
        let client = server.client();
        let (ids, _) = create_runs(&client, 40, 10).await;
        server.set_random_faults(Some(RandomFaults::new(0.05).seed(seed)));
        let seen = watch_all(&client, &ids, &options).await;
        for id in &ids {
            assert_eq!(
                states(&seen, id),
                ["QUEUED", "INPROGRESS", "SUCCEEDED"],
                "seed {seed}: {id}"
            );
        }
        faults += server
            .requests()
            .iter()
            .filter(|r| r.fault.is_some())
            .count();
    }
    assert!(faults >= 5, "only {faults} responses failed");
}

#[tokio::test(start_paused = true)]
async fn runs_sharing_one_timestamp_across_pages_are_each_reported_once() {
    // 1,100 runs created in the same millisecond: they share created_at and
    // every later updated_at, over three pages of 500.
    let server = fake(FakeOzServer::builder()).await;
    let client = server.client();
    let (ids, _) = create_runs(&client, 1100, 1100).await;
    server.clear_requests();
    let seen = watch_all(&client, &ids, &every_five_seconds()).await;
    assert_eq!(seen.len(), 1100);
    for id in &ids {
        assert_eq!(
            states(&seen, id),
            ["QUEUED", "INPROGRESS", "SUCCEEDED"],
            "{id}"
        );
    }
    let listings = server
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("listRuns"))
        .collect::<Vec<_>>();
    assert!(
        listings
            .iter()
            .any(|r| r.query.as_deref().unwrap_or("").contains("cursor=")),
        "pages were followed"
    );
}

#[tokio::test(start_paused = true)]
async fn a_tree_is_waited_on_with_the_children_that_appear_while_waiting() {
    let server = FakeOzServer::builder()
        .historical_runs(2)
        .pace(Pace::elapsed(
            Duration::from_secs(10),
            Duration::from_secs(60),
        ))
        .spawn_children(2)
        .start()
        .await;
    let client = server.client();
    let root = client
        .create_run()
        .body_map(|b| b.prompt("Orchestrate"))
        .send()
        .await
        .unwrap()
        .run_id
        .clone();
    server.set_spawn_children(0);
    // Unrelated runs, which the tree's listing does not show.
    for i in 0..5 {
        client
            .create_run()
            .body_map(|b| b.prompt(format!("unrelated {i}")))
            .send()
            .await
            .unwrap();
    }
    server.clear_requests();
    let waiting = tokio::spawn({
        let client = client.clone();
        let root = root.clone();
        async move { client.wait_for_run_tree(&root, &every_five_seconds()).await }
    });
    // At 40 s, a child spawns a grandchild (done at 110 s, after everyone else).
    tokio::time::sleep(Duration::from_secs(40)).await;
    let children: Vec<String> = server
        .runs()
        .iter()
        .filter(|r| r["parent_run_id"] == serde_json::json!(root))
        .map(|r| r["run_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(children.len(), 2);
    let grandchild = server.spawn_child(&children[0]).unwrap();
    let tree = waiting.await.unwrap().unwrap();
    let ids: Vec<&str> = tree.iter().map(|r| r.run_id.as_str()).collect();
    assert_eq!(ids.len(), 4, "{ids:?}");
    assert_eq!(ids[0], root, "the root first");
    assert!(ids.contains(&children[0].as_str()) && ids.contains(&children[1].as_str()));
    assert_eq!(ids[3], grandchild, "discovered last");
    assert!(tree.iter().all(|r| r.state == RunState::Succeeded));
    assert_eq!(tree[3].parent_run_id.as_deref(), Some(children[0].as_str()));
    // The root is fetched until it settles (70 s); the rest comes from listings.
    let gets = server.operation_count("getRun");
    assert!((14..=16).contains(&gets), "{gets} GETs of the root");
    let listings = server.operation_count("listRuns");
    assert!(
        (22..=25).contains(&listings),
        "{listings} listings for 110 s"
    );
}

#[tokio::test(start_paused = true)]
async fn a_run_the_listing_cannot_show_is_fetched_by_id() {
    let server = fake(FakeOzServer::builder()).await;
    let client = server.client();
    let (mut ids, _) = create_runs(&client, 3, 3).await;
    // Another team's run: the client's listing (its own team) never shows it.
    let other = client
        .create_run()
        .x_warp_team_uid("team-b")
        .body_map(|b| b.prompt("Team B's run"))
        .send()
        .await
        .unwrap()
        .run_id
        .clone();
    ids.push(other.clone());
    server.clear_requests();
    let seen = watch_all(&client, &ids, &every_five_seconds()).await;
    for id in &ids {
        assert_eq!(
            states(&seen, id),
            ["QUEUED", "INPROGRESS", "SUCCEEDED"],
            "{id}"
        );
    }
    let gets: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("getRun"))
        .map(|r| r.path)
        .collect();
    assert!(!gets.is_empty());
    assert!(
        gets.iter().all(|path| path.ends_with(&other)),
        "only the unlisted run is fetched by id: {gets:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn an_unknown_run_is_reported_and_the_others_are_still_followed() {
    let server = fake(FakeOzServer::builder()).await;
    let client = server.client();
    let (mut ids, _) = create_runs(&client, 2, 2).await;
    ids.insert(1, "no-such-run".to_owned());
    let mut changes = client.watch_runs(&ids, &every_five_seconds());
    let mut unavailable = Vec::new();
    let mut settled = HashMap::new();
    while let Some(item) = changes.next().await {
        match item {
            Ok(run) => {
                settled.insert(run.run_id.clone(), run.state);
            }
            Err(Error::RunUnavailable { run_id, source }) => {
                assert_eq!(source.status().map(|s| s.as_u16()), Some(404));
                unavailable.push(run_id);
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(unavailable, ["no-such-run"]);
    assert_eq!(settled.len(), 2);
    assert!(settled.values().all(|s| *s == RunState::Succeeded));

    let err = client
        .wait_for_runs(&ids, &every_five_seconds())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::RunUnavailable { run_id, .. } if run_id == "no-such-run"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("run no-such-run cannot be followed: get_run: HTTP 404"),
        "{err}"
    );
    assert!(client
        .wait_for_runs::<&str, _>(&[], &every_five_seconds())
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test(start_paused = true)]
async fn the_deadline_ends_the_wait_naming_the_runs_not_settled() {
    let server = fake(FakeOzServer::builder()).await;
    let client = server.client();
    let (ids, _) = create_runs(&client, 3, 3).await;
    let started = Instant::now();
    let options = every_five_seconds().with_timeout(Duration::from_secs(30));
    let err = client.wait_for_runs(&ids, &options).await.unwrap_err();
    assert_eq!(
        started.elapsed(),
        Duration::from_secs(30),
        "the last listing is at the deadline"
    );
    let Error::FleetTimeout(timeout) = &err else {
        panic!("{err:?}")
    };
    assert!(err.is_timeout());
    assert_eq!(timeout.settled(), 0);
    let pending: Vec<&str> = timeout.pending().iter().map(PendingRun::run_id).collect();
    assert_eq!(pending, ids.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(timeout
        .pending()
        .iter()
        .all(|run| run.last_state() == Some(&RunState::Inprogress)));
    assert_eq!(timeout.reason(), WaitTimeoutReason::Deadline);
    assert_eq!(timeout.polls(), 7, "one listing every 5 s from 0 to 30 s");
    let text = err.to_string();
    assert!(
        text.starts_with("wait for 3 runs: timed out after 30s (7 polls); 3 not settled:"),
        "{text}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_listing_outage_longer_than_max_outage_ends_the_wait_with_its_error() {
    let server = fake(FakeOzServer::builder()).await;
    let client = server
        .client_builder()
        .retry_policy(oz_agent_api::RetryPolicy::none())
        .build()
        .unwrap();
    let (ids, _) = create_runs(&client, 2, 2).await;
    server.inject(1000, oz_agent_api_fake::Fault::status(500).on("listRuns"));
    let options = every_five_seconds().with_max_outage(Duration::from_secs(20));
    let started = Instant::now();
    let err = client.wait_for_runs(&ids, &options).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500), "{err}");
    assert_eq!(started.elapsed(), Duration::from_secs(20));
    assert_eq!(
        server.operation_count("listRuns"),
        5,
        "at 0, 5, 10, 15, 20 s"
    );
}

// ---------------------------------------------------------------------------
// Fleets no teammate can blind: scripted teams, on tokio's paused clock.

use std::sync::{Arc, Mutex};

use scripted::{Received, Reply, ScriptedServer};
use serde_json::{json, Value};

/// 10:00:00 on the scripted server's clock, when the test starts.
fn ten_o_clock() -> DateTime<Utc> {
    "2026-01-01T10:00:00Z".parse().unwrap()
}

/// A run as the scripted team lists it: the members the fleet reads, the
/// rest of what the spec requires generated from it.
fn row(id: &str, state: &str, updated_at: DateTime<Utc>) -> Value {
    oz_agent_api_fake::examples::Generator::from_vendored_spec()
        .expect("the client's spec")
        .fit_response(
            "getRun",
            json!({
                "run_id": id, "state": state,
                "created_at": "2026-01-01T09:00:00Z",
                "updated_at": updated_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            }),
        )
}

/// What a listing request asked for, and the server's time then.
#[derive(Debug, Clone)]
struct Asked {
    now: DateTime<Utc>,
    updated_after: Option<DateTime<Utc>>,
}

/// A scripted team on tokio's clock, 10:00:00 at the start: `listed(now)`
/// is every run a listing shows at `now` (filtered by `updated_after`,
/// sorted as asked, one page), `fetched(id, now)` what `GET
/// /agent/runs/{id}` answers. With `date`, every answer has a `Date` header.
async fn team(
    date: bool,
    listed: impl Fn(DateTime<Utc>) -> Vec<Value> + Send + Sync + 'static,
    fetched: impl Fn(&str, DateTime<Utc>) -> Option<Value> + Send + Sync + 'static,
) -> (ScriptedServer, Arc<Mutex<Vec<Asked>>>) {
    let start = Instant::now();
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = asked.clone();
    let server = ScriptedServer::handle(move |request: &Received, _| {
        let now = ten_o_clock() + Instant::now().duration_since(start);
        let reply = match request.path().strip_prefix("/agent/runs") {
            Some("") => {
                let updated_after = request
                    .query("updated_after")
                    .map(|t| t.parse::<DateTime<Utc>>().unwrap());
                log.lock().unwrap().push(Asked { now, updated_after });
                let mut runs: Vec<Value> = listed(now)
                    .into_iter()
                    .filter(|r| {
                        let at: Option<DateTime<Utc>> =
                            r["updated_at"].as_str().and_then(|t| t.parse().ok());
                        match (updated_after, at) {
                            (Some(after), Some(at)) => at > after,
                            _ => true,
                        }
                    })
                    .collect();
                let key = |r: &Value| r["updated_at"].as_str().unwrap_or("").to_owned();
                runs.sort_by_key(key);
                if request.query("sort_order").as_deref() == Some("desc") {
                    runs.reverse();
                }
                Reply::json(
                    200,
                    json!({"runs": runs, "page_info": {"has_next_page": false}}),
                )
            }
            Some(id) => match fetched(id.trim_start_matches('/'), now) {
                Some(run) => Reply::json(200, run),
                None => Reply::json(404, json!({"error": "run not found"})),
            },
            None => Reply::status(404),
        };
        if date {
            reply.header("date", &httpdate::fmt_http_date(now.into()))
        } else {
            reply
        }
    })
    .await;
    (server, asked)
}

fn team_client(server: &ScriptedServer) -> Client {
    Client::builder()
        .api_key("wk-test")
        .base_url(server.url())
        .build()
        .unwrap()
}

fn gets(server: &ScriptedServer, id: &str) -> usize {
    let path = format!("/agent/runs/{id}");
    server
        .received()
        .iter()
        .filter(|r| r.path() == path)
        .count()
}

#[tokio::test(start_paused = true)]
async fn a_teammates_run_hours_ahead_does_not_blind_the_wait() {
    // A teammate's run with `updated_at` three hours ahead is in every
    // listing; the watched run succeeds at 10:01. The watermark follows the
    // watched run and the server's clock (its `Date`), never the teammate's.
    for date in [true, false] {
        let ahead = ten_o_clock() + chrono::Duration::hours(3);
        let succeeded = ten_o_clock() + chrono::Duration::minutes(1);
        let watched = move |now: DateTime<Utc>| {
            if now >= succeeded {
                row("w-1", "SUCCEEDED", succeeded)
            } else {
                row("w-1", "INPROGRESS", ten_o_clock())
            }
        };
        let (server, asked) = team(
            date,
            move |now| vec![row("teammate", "INPROGRESS", ahead), watched(now)],
            move |id, now| (id == "w-1").then(|| watched(now)),
        )
        .await;
        let client = team_client(&server);
        let started = Instant::now();
        let runs = client
            .wait_for_runs(&["w-1"], &every_five_seconds())
            .await
            .unwrap_or_else(|e| panic!("Date header: {date}: {e}"));
        assert_eq!(runs[0].state, RunState::Succeeded, "Date header: {date}");
        assert!(
            started.elapsed() <= Duration::from_secs(65),
            "Date header: {date}: seen within one interval, not at the deadline: {:?}",
            started.elapsed()
        );
        for asked in asked.lock().unwrap().iter() {
            if let Some(after) = asked.updated_after {
                assert!(
                    after <= asked.now,
                    "Date header: {date}: asked for changes after {after}, at {}",
                    asked.now
                );
            }
        }
        assert_eq!(gets(&server, "w-1"), 0, "followed by the listing alone");
    }
}

/// `row` as a teammate's server might write it: a title that is null.
fn malformed(id: &str, updated_at: DateTime<Utc>) -> Value {
    let mut run = row(id, "INPROGRESS", updated_at);
    run["title"] = Value::Null;
    run
}

#[tokio::test(start_paused = true)]
async fn a_row_the_client_cannot_read_is_skipped_and_a_watched_one_is_fetched_on_its_own() {
    let succeeded = ten_o_clock() + chrono::Duration::seconds(20);
    let watched = move |now: DateTime<Utc>| {
        if now >= succeeded {
            row("w-1", "SUCCEEDED", succeeded)
        } else {
            row("w-1", "INPROGRESS", ten_o_clock())
        }
    };
    // A teammate's malformed row beside the watched run: skipped.
    let (server, _) = team(
        true,
        move |now| vec![malformed("teammate", now), watched(now)],
        move |id, now| (id == "w-1").then(|| watched(now)),
    )
    .await;
    let client = team_client(&server);
    let runs = client
        .wait_for_runs(&["w-1"], &every_five_seconds())
        .await
        .unwrap();
    assert_eq!(runs[0].state, RunState::Succeeded);
    assert_eq!(gets(&server, "w-1"), 0, "the listing was enough");
    assert_eq!(gets(&server, "teammate"), 0, "not followed, not fetched");

    // The watched run's own row cannot be read (while `GET` answers it
    // well, as `wait_for_run` sees it): it is fetched on its own.
    let (server, _) = team(
        true,
        move |now| {
            let mut run = watched(now);
            run["title"] = Value::Null;
            vec![run]
        },
        move |id, now| (id == "w-1").then(|| watched(now)),
    )
    .await;
    let client = team_client(&server);
    let runs = client
        .wait_for_runs(&["w-1"], &every_five_seconds())
        .await
        .unwrap();
    assert_eq!(runs[0].state, RunState::Succeeded);
    assert!(
        gets(&server, "w-1") >= 2,
        "fetched each interval it is unreadable"
    );
    let single = client
        .wait_for_run("w-1", &every_five_seconds())
        .await
        .unwrap();
    assert_eq!(single.state, RunState::Succeeded);
}

#[tokio::test(start_paused = true)]
async fn a_run_deleted_after_it_was_listed_ends_the_wait_with_run_unavailable() {
    // Listed at first, deleted at 10:00:20: no listing shows it again and
    // `GET` answers 404. Without a deadline the wait must still end.
    let deleted = ten_o_clock() + chrono::Duration::seconds(20);
    let watched =
        move |now: DateTime<Utc>| (now < deleted).then(|| row("w-1", "INPROGRESS", ten_o_clock()));
    let other = row("w-2", "INPROGRESS", ten_o_clock());
    let listed_other = other.clone();
    let (server, _) = team(
        true,
        move |now| {
            watched(now)
                .into_iter()
                .chain([listed_other.clone()])
                .collect()
        },
        move |id, now| match id {
            "w-1" => watched(now),
            "w-2" => Some(other.clone()),
            _ => None,
        },
    )
    .await;
    let client = team_client(&server);
    let options = every_five_seconds().with_timeout(None);
    let started = Instant::now();
    // (Bounded on tokio's clock, so a wait that never ends fails the test.)
    let err = tokio::time::timeout(
        Duration::from_secs(3600),
        client.wait_for_runs(&["w-1", "w-2"], &options),
    )
    .await
    .expect("the wait ends")
    .unwrap_err();
    let Error::RunUnavailable { run_id, source } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(run_id, "w-1");
    assert_eq!(source.status().map(|s| s.as_u16()), Some(404));
    // The documented recheck delay (60 s; see `oz_agent_api::fleet`).
    let limit = Duration::from_secs(60) + INTERVAL * 2;
    assert!(
        started.elapsed() <= limit,
        "reported within a recheck: {:?}",
        started.elapsed()
    );
    // The stream reports it and goes on with the other run (which never
    // settles here): its next item is the deadline.
    let mut changes = client.watch_runs(
        &["w-1", "w-2"],
        &every_five_seconds().with_timeout(Duration::from_secs(600)),
    );
    let mut unavailable = Vec::new();
    while let Some(item) = changes.next().await {
        match item {
            Err(Error::RunUnavailable { run_id, .. }) => unavailable.push(run_id),
            Err(Error::FleetTimeout(timeout)) => {
                let pending: Vec<&str> = timeout.pending().iter().map(PendingRun::run_id).collect();
                assert_eq!(pending, ["w-2"]);
            }
            Err(e) => panic!("{e}"),
            Ok(_) => {}
        }
    }
    assert_eq!(unavailable, ["w-1"]);
}
