//! Following many runs at once against the fake server, on tokio's paused
//! clock, counted server-side: each state change once, terminal states
//! within one interval, request counts against per-run polling, clock skew,
//! random faults, runs sharing a timestamp across pages, trees that grow
//! while waited on, runs the listing cannot show, unknown runs, deadlines.
//!
//! Needs spec G: `OZ_AGENT_API_SPEC=openapi/history/G-docs-0041a6c.yaml`.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use oz_agent_api::types::RunState;
use oz_agent_api::{Client, Error, WaitOptions};
use oz_agent_api_fake::{FakeOzServer, Pace, RandomFaults};
use tokio::time::Instant;

const INTERVAL: Duration = Duration::from_secs(5);

/// Polls every 5 s exactly (no growth, no jitter), for an hour at most.
fn every_five_seconds() -> WaitOptions {
    WaitOptions::default()
        .initial_interval(INTERVAL)
        .max_interval(INTERVAL)
        .jitter(false)
        .timeout(Duration::from_secs(3600))
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
        .initial_interval(Duration::from_secs(1))
        .max_interval(Duration::from_secs(1));
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
        .wait_for_runs::<&str>(&[], &every_five_seconds())
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
    let options = every_five_seconds().timeout(Duration::from_secs(30));
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
    let pending: Vec<&str> = timeout
        .pending()
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(pending, ids.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(timeout
        .pending()
        .iter()
        .all(|(_, state)| *state == Some(RunState::Inprogress)));
    assert_eq!(
        timeout.requests(),
        7,
        "one listing every 5 s from 0 to 30 s"
    );
    let text = err.to_string();
    assert!(
        text.starts_with("wait for 3 runs: timed out after 30s (7 requests); 3 not settled:"),
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
    let options = every_five_seconds().max_outage(Duration::from_secs(20));
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
