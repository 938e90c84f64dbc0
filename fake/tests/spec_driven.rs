//! Every operation of the spec, driven from the spec over raw HTTP: a
//! request with generated parameters and body, then the status checked
//! against the documented ones and the body validated against the
//! documented schema with `oz_agent_api_fake::validate` in strict mode (no
//! undeclared members; what the validator checks is listed in its docs).
//!
//! The vendored spec always; spec G (the newest published version, in
//! `openapi/history/` or `shared/specs` beside the checkout) too when it is
//! there, served with `FakeOzServerBuilder::spec`, so operations the client
//! does not know yet are shown to work on the day they are vendored; in
//! generated mode, every published version that is around (A to G).

use std::collections::BTreeMap;
use std::sync::Arc;

use oz_agent_api_fake::examples::{Fill, GeneratedRequest, Generator};
use oz_agent_api_fake::spec::{Operation, Spec};
use oz_agent_api_fake::validate::Validator;
use oz_agent_api_fake::{FakeOzServer, Mode, Origin, Pace};
use serde_json::{json, Value};

/// Where published versions of the spec may be: the repository's
/// `openapi/history/`, else `shared/specs` beside the checkout.
const PUBLISHED: &[&str] = &[
    concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/history"),
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/specs"),
];

/// The published version `file` (`G-docs-0041a6c.yaml`), if it is around.
fn published(file: &str) -> Option<Arc<Spec>> {
    let text = PUBLISHED
        .iter()
        .find_map(|dir| std::fs::read_to_string(format!("{dir}/{file}")).ok())?;
    let document: Value = serde_norway::from_str(&text).unwrap();
    Some(Arc::new(Spec::from_value(document).unwrap()))
}

/// The vendored spec, and G (the newest published version) if it is around.
fn specs() -> Vec<(&'static str, Arc<Spec>)> {
    let mut specs = vec![("vendored", Spec::vendored().unwrap())];
    match published("G-docs-0041a6c.yaml") {
        Some(g) => specs.push(("G", g)),
        None => eprintln!("spec G not found in {PUBLISHED:?}: only the vendored spec is checked"),
    }
    specs
}

/// Every published version that is around (A to G), for generated mode.
fn every_published_spec() -> Vec<(&'static str, Arc<Spec>)> {
    const FILES: &[&str] = &[
        "A-docs-4e4c65f.yaml",
        "B-docs-012526e.yaml",
        "C-docs-f5dcec8.yaml",
        "D-oz-agent-api.yml",
        "F-docs-c4d4d78.yaml",
        "G-docs-0041a6c.yaml",
    ];
    FILES
        .iter()
        .filter_map(|file| published(file).map(|spec| (*file, spec)))
        .collect()
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(None)
        .build()
        .unwrap()
}

struct Answer {
    status: u16,
    content_type: Option<String>,
    location: Option<String>,
    body: Vec<u8>,
}

async fn send(server: &FakeOzServer, request: &GeneratedRequest) -> Answer {
    let url = format!("{}{}", server.base_url(), request.path_and_query());
    let method = reqwest::Method::from_bytes(request.method.as_bytes()).unwrap();
    let mut builder = http().request(method, url).bearer_auth(server.api_key());
    for (name, value) in &request.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    if let Some(body) = &request.body {
        builder = builder.json(body);
    }
    let response = builder.send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    Answer {
        status: response.status().as_u16(),
        content_type: header("content-type"),
        location: header("location"),
        body: response.bytes().await.unwrap().to_vec(),
    }
}

/// Checks an answer against the operation's documented responses: a
/// documented status, a body valid against its schema (strict), a redirect
/// to the storage origin that serves without credentials.
async fn conforms(
    spec: &Spec,
    server: &FakeOzServer,
    op: &Operation,
    answer: &Answer,
) -> Result<(), String> {
    let Some(documented) = op.response(answer.status) else {
        return Err(format!(
            "status {} is not documented: {}",
            answer.status,
            String::from_utf8_lossy(&answer.body)
        ));
    };
    if documented.is_redirect() {
        let location = answer
            .location
            .as_deref()
            .ok_or("a redirect without Location")?;
        if !location.starts_with(server.storage_url()) {
            return Err(format!("redirect to {location}, not to storage"));
        }
        let download = http().get(location).send().await.unwrap();
        if download.status() != 200 {
            return Err(format!("storage answered {}", download.status()));
        }
        return Ok(());
    }
    match &documented.schema {
        Some(schema) if documented.is_json() => {
            let content_type = answer.content_type.as_deref().unwrap_or("");
            if !content_type.contains("json") {
                return Err(format!("content type {content_type:?} for a JSON response"));
            }
            let value: Value = serde_json::from_slice(&answer.body).map_err(|e| {
                format!("not JSON ({e}): {}", String::from_utf8_lossy(&answer.body))
            })?;
            Validator::new(spec)
                .strict(true)
                .validate(schema, &value)
                .map_err(|errors| format!("{errors:?} in {value:#}"))
        }
        _ if answer.body.is_empty() => Ok(()),
        _ => Err(format!(
            "a body for a bodiless response: {}",
            String::from_utf8_lossy(&answer.body)
        )),
    }
}

#[tokio::test]
async fn generated_mode_answers_every_operation_with_its_documented_success() {
    let mut all = specs();
    all.extend(every_published_spec());
    for (name, spec) in all {
        for fill in [Fill::Full, Fill::Minimal] {
            let server = FakeOzServer::builder()
                .spec(spec.clone())
                .mode(Mode::Generated)
                .fill(fill)
                .start()
                .await;
            let mut generator = Generator::new(spec.clone()).with_fill(fill);
            for op in spec.operations() {
                // Three rounds, so unions show each of their variants.
                for round in 0..3 {
                    let request = generator.request_for(op);
                    let answer = send(&server, &request).await;
                    let context = format!(
                        "{name} {fill:?} {} {} (round {round})",
                        op.id,
                        request.path_and_query()
                    );
                    assert_eq!(
                        Some(answer.status),
                        op.success().map(|r| r.status),
                        "{context}: {}",
                        String::from_utf8_lossy(&answer.body)
                    );
                    if let Err(e) = conforms(&spec, &server, op, &answer).await {
                        panic!("{context}: {e}");
                    }
                }
            }
            let counts = server.operation_counts();
            for op in spec.operations() {
                assert!(counts[&op.id] >= 3, "{name}: {} counted {counts:?}", op.id);
            }
        }
    }
}

#[tokio::test]
async fn generated_mode_fills_ids_from_the_path_and_echoes_the_body() {
    let server = FakeOzServer::builder().mode(Mode::Generated).start().await;
    let http = http();
    let run: Value = http
        .get(format!("{}/agent/runs/run-42", server.base_url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(run["run_id"], "run-42");
    let schedule: Value = http
        .post(format!("{}/agent/schedules", server.base_url()))
        .bearer_auth(server.api_key())
        .json(&json!({ "name": "nightly", "cron_schedule": "0 3 * * *", "prompt": "Go" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            &schedule["name"],
            &schedule["cron_schedule"],
            &schedule["prompt"]
        ),
        (&json!("nightly"), &json!("0 3 * * *"), &json!("Go"))
    );
    let page: Value = http
        .get(format!("{}/agent/runs", server.base_url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        page["page_info"],
        json!({ "has_next_page": false }),
        "one page"
    );
    // Nothing is stored: the schedule is not listed.
    let listed: Value = http
        .get(format!("{}/agent/schedules", server.base_url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(listed["schedules"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["name"] != "nightly"));
}

/// Path parameter values that name things the stateful server holds.
struct Fixtures {
    run_id: String,
    artifact_uid: String,
    conversation_id: String,
}

async fn fixtures(server: &FakeOzServer) -> Fixtures {
    // Over raw HTTP: the server may serve another version of the spec than
    // the client was generated from, so the typed client does not read it.
    let run_id = create_run(server, "Give me something to look at").await;
    // Pace::polls(0, 0): the first GET finishes it, with artifacts.
    let run: Value = http()
        .get(format!("{}/agent/runs/{run_id}", server.base_url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let artifact_uid = run["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["artifact_type"] == "FILE")
        .and_then(|a| a["data"]["artifact_uid"].as_str())
        .unwrap()
        .to_owned();
    Fixtures {
        run_id,
        conversation_id: run["conversation_id"].as_str().unwrap().to_owned(),
        artifact_uid,
    }
}

/// A run whose agent is at work, and its conversation: created under a pace
/// that keeps it `INPROGRESS` once a `GET` started it.
async fn live_run(server: &FakeOzServer) -> (String, String) {
    server.set_pace(Pace::polls(0, u64::MAX));
    let run_id = create_run(server, "Keep working").await;
    let run = get_run(server, &run_id).await;
    server.set_pace(Pace::polls(0, 0));
    assert_eq!(run["state"], "INPROGRESS");
    (run_id, run["conversation_id"].as_str().unwrap().to_owned())
}

/// Dispatches a run to `factory` over raw HTTP and starts it (`GET`); its id.
async fn dispatch_factory_run(server: &FakeOzServer, factory: &str) -> String {
    let dispatched: Value = http()
        .post(format!("{}/factory/{factory}/runs", server.base_url()))
        .bearer_auth(server.api_key())
        .json(&json!({ "prompt": "Dispatch me" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let run_id = dispatched["run_id"].as_str().unwrap().to_owned();
    get_run(server, &run_id).await;
    run_id
}

async fn get_run(server: &FakeOzServer, run_id: &str) -> Value {
    http()
        .get(format!("{}/agent/runs/{run_id}", server.base_url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Creates a run over raw HTTP; its id.
async fn create_run(server: &FakeOzServer, prompt: &str) -> String {
    let created: Value = http()
        .post(format!("{}/agent/runs", server.base_url()))
        .bearer_auth(server.api_key())
        .json(&json!({ "prompt": prompt }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    created["run_id"].as_str().unwrap().to_owned()
}

/// The member of a created item holding its id (as the store picks it).
fn item_id(item: &Value, param: &str) -> Option<String> {
    let snake: String = param
        .chars()
        .flat_map(|c| {
            if c.is_ascii_uppercase() {
                vec!['_', c.to_ascii_lowercase()]
            } else {
                vec![c]
            }
        })
        .collect();
    [snake.as_str(), param, "id", "uid"]
        .iter()
        .find_map(|k| item.get(*k).and_then(Value::as_str))
        .map(str::to_owned)
}

/// A request to `op` whose path names things that exist: the fixtures for
/// the lifecycle, a freshly created item for a resource collection (created
/// through the spec's `POST` on the collection), a fresh queued run to cancel.
async fn resolved_request(
    spec: &Spec,
    server: &FakeOzServer,
    generator: &mut Generator,
    fixtures: &Fixtures,
    op: &Operation,
) -> GeneratedRequest {
    let mut request = generator.request_for(op);
    // What the generator put in the path, for what nothing here can create.
    let generated: BTreeMap<String, String> = op
        .match_path(&request.path)
        .unwrap_or_default()
        .into_iter()
        .collect();
    let mut values = BTreeMap::new();
    for parameter in op.parameters_in(oz_agent_api_fake::spec::Location::Path) {
        let at = op.path.find(&format!("{{{}}}", parameter.name)).unwrap();
        let collection = op.path[..at].trim_end_matches('/');
        let value = match collection {
            "/agent/runs" if op.path.ends_with("/cancel") => create_run(server, "Cancel me").await,
            // Only a run whose agent is at work can be interrupted.
            "/agent/runs" if op.path.ends_with("/interrupt") => live_run(server).await.0,
            "/agent/conversations" if op.path.ends_with("/interrupt") => live_run(server).await.1,
            "/agent/runs" => fixtures.run_id.clone(),
            "/agent/artifacts" => fixtures.artifact_uid.clone(),
            "/agent/conversations" => fixtures.conversation_id.clone(),
            _ => {
                let create = spec
                    .operations()
                    .iter()
                    .find(|o| o.method == "POST" && o.path == collection);
                match create {
                    Some(create) => {
                        let mut full = Generator::new(generator.spec().clone());
                        let answer = send(server, &full.request_for(create)).await;
                        assert!(
                            answer.status < 300,
                            "creating in {collection}: {}",
                            answer.status
                        );
                        let item: Value = serde_json::from_slice(&answer.body).unwrap();
                        item_id(&item, &parameter.name).unwrap()
                    }
                    // Nothing creates it (a screenshot, a factory): the
                    // fake answers from the spec whatever the id.
                    None => match generated.get(&parameter.name) {
                        Some(value) => value.clone(),
                        None => continue,
                    },
                }
            }
        };
        values.insert(parameter.name.clone(), value);
    }
    // A run named in the query of a factory's route (its task by run): one
    // dispatched to that factory, started, so its task exists.
    let factory = values
        .get("uid")
        .filter(|_| op.path.starts_with("/factory/{"));
    if let (Some(factory), Some(pair)) = (
        factory,
        request.query.iter_mut().find(|(k, _)| k == "run_id"),
    ) {
        pair.1 = dispatch_factory_run(server, factory).await;
    }
    if !values.is_empty() {
        let path = op.concrete_path(|name| values.get(name).cloned().unwrap_or_default());
        request.path = path;
        // Keep generated values for parameters not resolved above.
        if let Some(unresolved) = op
            .parameters_in(oz_agent_api_fake::spec::Location::Path)
            .find(|p| !values.contains_key(&p.name))
        {
            panic!("{}: no value for {}", op.id, unresolved.name);
        }
    }
    request
}

#[tokio::test]
async fn stateful_mode_answers_every_operation_with_its_documented_success() {
    for (name, spec) in specs() {
        let server = FakeOzServer::builder()
            .spec(spec.clone())
            .pace(Pace::polls(0, 0))
            .start()
            .await;
        let fixtures = fixtures(&server).await;
        let mut generator = Generator::new(spec.clone()).with_fill(Fill::Minimal);
        for op in spec.operations() {
            let mut request = resolved_request(&spec, &server, &mut generator, &fixtures, op).await;
            // What a minimal body lacks for the lifecycle, though the spec
            // leaves it optional: a prompt (a skill can stand in for it) or
            // a follow-up's message.
            if let Some(Value::Object(body)) = &mut request.body {
                let schema = op
                    .request_body
                    .as_ref()
                    .and_then(|b| b.schema.as_ref())
                    .unwrap();
                for key in ["prompt", "message"] {
                    let declared = spec.resolve(schema)["properties"].get(key).is_some();
                    if declared && !body.contains_key(key) {
                        body.insert(key.into(), json!("Fix the bug"));
                    }
                }
            }
            let answer = send(&server, &request).await;
            let context = format!("{name} {} {}", op.id, request.path_and_query());
            assert_eq!(
                Some(answer.status),
                op.success().map(|r| r.status),
                "{context}: {}",
                String::from_utf8_lossy(&answer.body)
            );
            if let Err(e) = conforms(&spec, &server, op, &answer).await {
                panic!("{context}: {e}");
            }
        }
    }
}

#[tokio::test]
async fn stateful_mode_answers_fully_generated_requests_with_documented_statuses_and_bodies() {
    for (name, spec) in specs() {
        let server = FakeOzServer::builder()
            .spec(spec.clone())
            .pace(Pace::polls(0, 0))
            .start()
            .await;
        let fixtures = fixtures(&server).await;
        let mut generator = Generator::new(spec.clone());
        let mut statuses = BTreeMap::new();
        for op in spec.operations() {
            for _ in 0..2 {
                let request = resolved_request(&spec, &server, &mut generator, &fixtures, op).await;
                let answer = send(&server, &request).await;
                let context = format!("{name} {} {}", op.id, request.path_and_query());
                if let Err(e) = conforms(&spec, &server, op, &answer).await {
                    panic!("{context}: {e}");
                }
                *statuses.entry(answer.status).or_insert(0) += 1;
            }
        }
        eprintln!("{name}: statuses of fully generated requests: {statuses:?}");
        // Generated ids and cursors mean some 4xx, but most requests succeed.
        let ok: usize = statuses
            .iter()
            .filter(|(s, _)| **s < 400)
            .map(|(_, n)| n)
            .sum();
        let all: usize = statuses.values().sum();
        assert!(ok * 3 > all * 2, "{name}: {statuses:?}");
    }
}

#[tokio::test]
async fn routing_follows_the_spec() {
    let server = FakeOzServer::start().await;
    let http = http();
    let base = server.base_url();
    let key = server.api_key();

    let unknown = http
        .get(format!("{base}/agent/nothing/here"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        unknown.headers()["content-type"],
        "application/problem+json"
    );

    let wrong = http
        .delete(format!("{base}/agent/schedules"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 405);
    assert_eq!(wrong.headers()["allow"], "GET, POST");

    let anonymous = http
        .get(format!("{base}/agent/schedules"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(anonymous.headers()["www-authenticate"], "Bearer");

    for (path, query) in [
        ("/agent/environments", "sort_by=colour"),
        ("/agent", "refresh=maybe"),
    ] {
        let bad = http
            .get(format!("{base}{path}?{query}"))
            .bearer_auth(key)
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 400, "{path}?{query}");
        let problem: Value = bad.json().await.unwrap();
        assert!(problem["detail"]
            .as_str()
            .unwrap()
            .contains(query.split('=').next().unwrap()));
    }

    let empty_id = http
        .get(format!("{base}/agent/schedules/"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap();
    assert_eq!(empty_id.status(), 400);

    // The team header is recorded and otherwise accepted.
    server.clear_requests();
    let team = http
        .get(format!("{base}/agent/schedules"))
        .bearer_auth(key)
        .header("X-Warp-Team-Uid", "team-7")
        .send()
        .await
        .unwrap();
    assert_eq!(team.status(), 200);
    let recorded = &server.requests()[0];
    assert_eq!(recorded.team_uid.as_deref(), Some("team-7"));
    assert_eq!(recorded.header("x-warp-team-uid"), Some("team-7"));
    assert_eq!(recorded.operation.as_deref(), Some("listScheduledAgents"));
    assert_eq!(recorded.origin, Origin::Api);
}

#[tokio::test]
async fn a_newer_spec_works_over_raw_http_before_it_is_vendored() {
    let Some((_, g)) = specs().into_iter().find(|(name, _)| *name == "G") else {
        return;
    };
    let server = FakeOzServer::builder()
        .spec(g.clone())
        .pace(Pace::polls(0, 0))
        .start()
        .await;
    let fixtures = fixtures(&server).await;
    let http = http();
    let base = server.base_url();

    // downloadArtifact: the lifecycle's artifact, and anonymous access as G allows.
    let download = http
        .get(format!(
            "{base}/agent/artifacts/{}/download",
            fixtures.artifact_uid
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 302);
    let location = download.headers()["location"].to_str().unwrap().to_owned();
    let bytes = http
        .get(&location)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        bytes.starts_with("# Summary: Give me something to look at"),
        "{bytes}"
    );
    let missing = http
        .get(format!("{base}/agent/artifacts/nope/download"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);

    // getConversationTranscript: the run's transcript.
    let transcript = http
        .get(format!(
            "{base}/agent/conversations/{}/transcript",
            fixtures.conversation_id
        ))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(transcript.status(), 302);
    let location = transcript.headers()["location"]
        .to_str()
        .unwrap()
        .to_owned();
    let body: Value = http
        .get(&location)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["run_id"], json!(fixtures.run_id));

    // reportRunScores: generated, but only for a run that exists.
    let scores = Generator::new(g.clone())
        .request_body("reportRunScores")
        .unwrap();
    let url = |run: &str| format!("{base}/agent/runs/{run}/scores");
    let ok = http
        .post(url(&fixtures.run_id))
        .bearer_auth(server.api_key())
        .json(&scores)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let missing = http
        .post(url("nope"))
        .bearer_auth(server.api_key())
        .json(&scores)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let empty = http
        .post(url(&fixtures.run_id))
        .bearer_auth(server.api_key())
        .json(&json!({ "results": [] }))
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), 400, "minItems: 1");
}
