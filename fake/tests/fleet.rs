//! What exactly-once creation and fleet watching need from the fake: run
//! metadata and the `metadata[…]` filter, child runs and `ancestor_run_id`,
//! `updated_after` with ascending and descending keyset pages over runs
//! that share a timestamp, teams, and a server clock offset.
//!
//! Metadata goes over raw HTTP: it is plain JSON to the fake, whichever spec
//! the client was generated from.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use oz_agent_api_fake::{FakeOzServer, Pace};
use serde_json::{json, Value};

struct Raw<'a> {
    server: &'a FakeOzServer,
    http: reqwest::Client,
}

impl<'a> Raw<'a> {
    fn new(server: &'a FakeOzServer) -> Self {
        Raw {
            server,
            http: reqwest::Client::builder()
                .pool_idle_timeout(None)
                .build()
                .unwrap(),
        }
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.post_as(path, body, None).await
    }

    async fn post_as(&self, path: &str, body: Value, team: Option<&str>) -> (u16, Value) {
        let mut request = self
            .http
            .post(format!("{}{path}", self.server.base_url()))
            .bearer_auth(self.server.api_key())
            .json(&body);
        if let Some(team) = team {
            request = request.header("X-Warp-Team-Uid", team);
        }
        let response = request.send().await.unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }

    async fn get(&self, path_and_query: &str) -> (u16, Value) {
        self.get_as(path_and_query, None).await
    }

    async fn get_as(&self, path_and_query: &str, team: Option<&str>) -> (u16, Value) {
        let mut request = self
            .http
            .get(format!("{}{path_and_query}", self.server.base_url()))
            .bearer_auth(self.server.api_key());
        if let Some(team) = team {
            request = request.header("X-Warp-Team-Uid", team);
        }
        let response = request.send().await.unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }

    async fn create(&self, body: Value) -> String {
        let (status, created) = self.post("/agent/runs", body).await;
        assert_eq!(status, 200, "{created}");
        created["run_id"].as_str().unwrap().to_owned()
    }

    /// Every run a query lists, following cursors.
    async fn list_all(&self, query: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut q = query.to_owned();
            if let Some(c) = &cursor {
                q.push_str(&format!("&cursor={c}"));
            }
            let (status, page) = self.get(&format!("/agent/runs?{q}")).await;
            assert_eq!(status, 200, "{page}");
            out.extend(page["runs"].as_array().unwrap().iter().cloned());
            match page["page_info"]["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return out,
            }
        }
    }
}

fn ids(runs: &[Value]) -> Vec<String> {
    runs.iter()
        .map(|r| r["run_id"].as_str().unwrap().to_owned())
        .collect()
}

fn time(run: &Value, key: &str) -> DateTime<Utc> {
    run[key].as_str().unwrap().parse().unwrap()
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn runs_keep_their_metadata_and_listings_filter_on_it() {
    let server = FakeOzServer::builder()
        .pace(Pace::polls(5, 5))
        .start()
        .await;
    let raw = Raw::new(&server);
    let a = raw
        .create(json!({ "prompt": "A", "metadata": { "ticket_id": "VIS-238", "client_token": "tok-a" } }))
        .await;
    let b = raw
        .create(json!({ "prompt": "B", "metadata": { "ticket_id": "VIS-238", "client_token": "tok-b" } }))
        .await;
    raw.create(json!({ "prompt": "C" })).await;

    let (_, run) = raw.get(&format!("/agent/runs/{a}")).await;
    assert_eq!(
        run["metadata"],
        json!({ "ticket_id": "VIS-238", "client_token": "tok-a" })
    );
    let (_, plain) = raw.get("/agent/runs?limit=500").await;
    assert!(
        plain["runs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["run_id"] == json!(a)
                || r["run_id"] == json!(b)
                || r.get("metadata").is_none()),
        "runs created without metadata show none"
    );

    // The client's lookup after an ambiguous failure: one pair.
    let found = raw.list_all("metadata[client_token]=tok-b").await;
    assert_eq!(ids(&found), [b.as_str()]);
    // Percent-encoded brackets, several pairs: AND.
    let found = raw
        .list_all(&format!(
            "{}=VIS-238&{}=tok-a",
            encode("metadata[ticket_id]"),
            encode("metadata[client_token]")
        ))
        .await;
    assert_eq!(ids(&found), [a.as_str()]);
    let found = raw
        .list_all("metadata[ticket_id]=VIS-238&sort_by=created_at&sort_order=asc")
        .await;
    assert_eq!(ids(&found), [a, b]);
    assert!(raw.list_all("metadata[ticket_id]=VIS-239").await.is_empty());

    // Five pairs are allowed, six are not.
    let five: Vec<String> = (0..5).map(|i| format!("metadata[k{i}]=v")).collect();
    assert_eq!(
        raw.get(&format!("/agent/runs?{}", five.join("&"))).await.0,
        200
    );
    let six: Vec<String> = (0..6).map(|i| format!("metadata[k{i}]=v")).collect();
    let (status, problem) = raw.get(&format!("/agent/runs?{}", six.join("&"))).await;
    assert_eq!(status, 400);
    assert!(
        problem["detail"].as_str().unwrap().contains("at most 5"),
        "{problem}"
    );
    for bad in ["metadata=x", "metadata[]=x", "metadata[sp%20ace]=x"] {
        assert_eq!(raw.get(&format!("/agent/runs?{bad}")).await.0, 400, "{bad}");
    }
}

#[tokio::test]
async fn invalid_metadata_is_rejected_with_problem_details() {
    let server = FakeOzServer::start().await;
    let raw = Raw::new(&server);
    let before = server.run_count();
    let twenty: serde_json::Map<String, Value> =
        (0..20).map(|i| (format!("k{i}"), json!("v"))).collect();
    let mut twenty_one = twenty.clone();
    twenty_one.insert("k20".into(), json!("v"));
    assert_eq!(
        raw.post("/agent/runs", json!({ "prompt": "ok", "metadata": twenty }))
            .await
            .0,
        200
    );
    for (metadata, mentions) in [
        (Value::Object(twenty_one), "at most 20"),
        (json!({ "n": 1 }), "must be a string"),
        (json!({ "bad key": "v" }), "invalid metadata key"),
        (json!({ "k": "x".repeat(257) }), "256 bytes"),
        (json!(["not", "an", "object"]), "must be an object"),
    ] {
        let (status, problem) = raw
            .post(
                "/agent/runs",
                json!({ "prompt": "no", "metadata": metadata }),
            )
            .await;
        assert_eq!(status, 400, "{problem}");
        assert_eq!(
            problem["type"],
            "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/invalid_request"
        );
        assert!(
            problem["detail"].as_str().unwrap().contains(mentions),
            "{problem}"
        );
    }
    assert_eq!(
        server.run_count(),
        before + 1,
        "only the valid run was created"
    );
}

#[tokio::test(start_paused = true)]
async fn runs_spawn_children_that_inherit_metadata_and_are_listed_by_ancestor() {
    let server = FakeOzServer::builder()
        .pace(Pace::elapsed(
            Duration::from_secs(10),
            Duration::from_secs(60),
        ))
        .spawn_children(2)
        .start()
        .await;
    let raw = Raw::new(&server);
    let root = raw
        .create(json!({ "prompt": "Orchestrate", "metadata": { "client_token": "tok-1", "team": "infra" } }))
        .await;
    let by_ancestor = |id: &str| format!("ancestor_run_id={id}&sort_by=created_at&sort_order=asc");
    assert!(
        raw.list_all(&by_ancestor(&root)).await.is_empty(),
        "no children while queued"
    );

    tokio::time::sleep(Duration::from_secs(10)).await;
    let children = raw.list_all(&by_ancestor(&root)).await;
    assert_eq!(children.len(), 2);
    for child in &children {
        assert_eq!(child["parent_run_id"], json!(root));
        assert_eq!(
            child["metadata"],
            json!({ "client_token": "tok-1", "team": "infra" })
        );
        assert_eq!(child["state"], "QUEUED");
        assert!(child["title"].as_str().unwrap().starts_with("Subtask "));
    }
    // The children were spawned when the root started, and outlive it.
    let (_, root_run) = raw.get(&format!("/agent/runs/{root}")).await;
    assert_eq!(
        time(&children[0], "created_at"),
        time(&root_run, "started_at")
    );
    tokio::time::sleep(Duration::from_secs(60)).await;
    let (_, root_run) = raw.get(&format!("/agent/runs/{root}")).await;
    assert_eq!(root_run["state"], "SUCCEEDED");
    let children = raw.list_all(&by_ancestor(&root)).await;
    assert!(children.iter().all(|c| c["state"] == "INPROGRESS"));

    // Deeper trees: a grandchild is listed under the root and under its parent.
    let child = children[0]["run_id"].as_str().unwrap().to_owned();
    let grandchild = server.spawn_child(&child).unwrap();
    assert!(server.spawn_child("no-such-run").is_none());
    let under_root = ids(&raw.list_all(&by_ancestor(&root)).await);
    assert_eq!(under_root.len(), 3);
    assert!(under_root.contains(&grandchild));
    assert_eq!(
        ids(&raw.list_all(&by_ancestor(&child)).await),
        [grandchild.as_str()]
    );
    let (_, g) = raw.get(&format!("/agent/runs/{grandchild}")).await;
    assert_eq!(g["parent_run_id"], json!(child));
    assert_eq!(g["metadata"]["client_token"], "tok-1");
    // Children spawn no children of their own.
    tokio::time::sleep(Duration::from_secs(120)).await;
    assert_eq!(raw.list_all(&by_ancestor(&root)).await.len(), 3);
    assert!(raw.list_all("ancestor_run_id=unknown-run").await.is_empty());

    // A run created with parent_run_id inherits too; its own keys win.
    let adopted = raw
        .create(
            json!({ "prompt": "Adopted", "parent_run_id": child, "metadata": { "team": "web" } }),
        )
        .await;
    let (_, adopted) = raw.get(&format!("/agent/runs/{adopted}")).await;
    assert_eq!(
        adopted["metadata"],
        json!({ "client_token": "tok-1", "team": "web" })
    );
    assert_eq!(raw.list_all(&by_ancestor(&root)).await.len(), 4);
    assert_eq!(
        raw.list_all("metadata[client_token]=tok-1").await.len(),
        5,
        "the root and its four descendants"
    );
}

/// Pages through `updated_after=<after>` in `order`, `limit` at a time.
async fn sweep(
    raw: &Raw<'_>,
    after: Option<DateTime<Utc>>,
    order: &str,
    limit: usize,
) -> Vec<Value> {
    let mut query = format!("sort_by=updated_at&sort_order={order}&limit={limit}");
    if let Some(after) = after {
        let after = after.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        query.push_str(&format!("&updated_after={}", encode(&after)));
    }
    raw.list_all(&query).await
}

#[tokio::test(start_paused = true)]
async fn updated_after_pages_lose_nothing_when_many_runs_share_a_timestamp() {
    let server = FakeOzServer::builder()
        .historical_runs(5)
        .pace(Pace::elapsed(
            Duration::from_secs(30),
            Duration::from_secs(30),
        ))
        .start()
        .await;
    let raw = Raw::new(&server);
    let mut created = Vec::new();
    for batch in 0..3 {
        // 37 runs created at the same instant share created_at and updated_at.
        for i in 0..37 {
            created.push(
                raw.create(json!({ "prompt": format!("batch {batch} run {i}") }))
                    .await,
            );
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let all = sweep(&raw, None, "asc", 500).await;
    assert_eq!(all.len(), 5 + 111);
    let first_batch = time(
        all.iter()
            .find(|r| r["run_id"] == json!(created[0]))
            .unwrap(),
        "updated_at",
    );

    for (order, limit) in [("asc", 4), ("asc", 37), ("desc", 5), ("asc", 1)] {
        let runs = sweep(
            &raw,
            Some(first_batch - chrono::Duration::milliseconds(1)),
            order,
            limit,
        )
        .await;
        let listed = ids(&runs);
        let unique: BTreeSet<_> = listed.iter().cloned().collect();
        assert_eq!(unique.len(), listed.len(), "{order}/{limit}: duplicates");
        assert_eq!(
            unique,
            created.iter().cloned().collect(),
            "{order}/{limit}: lost runs"
        );
        let times: Vec<_> = runs.iter().map(|r| time(r, "updated_at")).collect();
        let sorted = times.windows(2).all(|w| match order {
            "asc" => w[0] <= w[1],
            _ => w[0] >= w[1],
        });
        assert!(sorted, "{order}/{limit}");
    }
    // Strictly after: the runs updated at exactly the watermark are left out.
    let after_first = sweep(&raw, Some(first_batch), "asc", 10).await;
    assert_eq!(after_first.len(), 74);
    assert!(after_first
        .iter()
        .all(|r| time(r, "updated_at") > first_batch));
}

#[tokio::test(start_paused = true)]
async fn a_watermark_watcher_sees_every_state_of_every_run() {
    let server = FakeOzServer::builder()
        .historical_runs(3)
        .pace(Pace::elapsed(
            Duration::from_secs(20),
            Duration::from_secs(40),
        ))
        .start()
        .await;
    let raw = Raw::new(&server);
    let mut ids = Vec::new();
    let mut watermark: Option<DateTime<Utc>> = None;
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // Every 5 s: create 5 runs (for the first 25 s), then one sweep of
    // `updated_after=<watermark>` in ascending pages of 7.
    for tick in 0..25 {
        if tick < 5 {
            for i in 0..5 {
                ids.push(
                    raw.create(json!({ "prompt": format!("fleet run {tick}.{i}") }))
                        .await,
                );
            }
        }
        let runs = sweep(&raw, watermark, "asc", 7).await;
        for run in &runs {
            let states = seen
                .entry(run["run_id"].as_str().unwrap().to_owned())
                .or_default();
            let state = run["state"].as_str().unwrap().to_owned();
            if states.last() != Some(&state) {
                states.push(state);
            }
            watermark = watermark.max(Some(time(run, "updated_at")));
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    for id in &ids {
        assert_eq!(seen[id], ["QUEUED", "INPROGRESS", "SUCCEEDED"], "{id}");
    }
}

#[tokio::test]
async fn the_team_header_scopes_runs() {
    let server = FakeOzServer::builder().historical_runs(2).start().await;
    let raw = Raw::new(&server);
    let (status, created) = raw
        .post_as(
            "/agent/runs",
            json!({ "prompt": "Team B's run" }),
            Some("team-b"),
        )
        .await;
    assert_eq!(status, 200);
    let id = created["run_id"].as_str().unwrap();
    let (_, mine) = raw.get_as("/agent/runs", Some("team-b")).await;
    assert_eq!(ids(mine["runs"].as_array().unwrap()), [id.to_owned()]);
    let (_, default) = raw.get("/agent/runs").await;
    assert_eq!(
        default["runs"].as_array().unwrap().len(),
        2,
        "the user's team"
    );
    let (_, run) = raw.get(&format!("/agent/runs/{id}")).await;
    assert_eq!(run["scope"], json!({ "type": "Team", "uid": "team-b" }));
    assert_eq!(server.requests()[0].team_uid.as_deref(), Some("team-b"));
}

#[tokio::test]
async fn a_clock_offset_shows_in_every_timestamp() {
    for offset in [chrono::Duration::hours(2), chrono::Duration::minutes(-7)] {
        let server = FakeOzServer::builder()
            .clock_offset(offset)
            .historical_runs(0)
            .start()
            .await;
        let raw = Raw::new(&server);
        let id = raw.create(json!({ "prompt": "What time is it?" })).await;
        let (_, run) = raw.get(&format!("/agent/runs/{id}")).await;
        let skew = time(&run, "created_at") - Utc::now();
        assert!((skew - offset).num_seconds().abs() < 30, "{offset}: {skew}");
        // "Now" is the server's: a watermark at the client's now, with the
        // server ahead, still lists the run.
        let client_now = Utc::now();
        let after = sweep(&raw, Some(client_now), "asc", 10).await;
        assert_eq!(after.len(), usize::from(offset > chrono::Duration::zero()));

        server.set_clock_offset(chrono::Duration::zero());
        let again = raw.create(json!({ "prompt": "And now?" })).await;
        let (_, run) = raw.get(&format!("/agent/runs/{again}")).await;
        assert!((time(&run, "created_at") - Utc::now()).num_seconds().abs() < 30);
    }
}
