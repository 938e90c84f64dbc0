//! Schedules, agent identities, skills and workers: not hand-written, but
//! answered by the generic spec-driven responder and resource store, with
//! JSON the generated types decode.

use oz_agent_api::Error;
use oz_agent_api_fake::FakeOzServer;
use serde_json::{json, Value};

#[tokio::test]
async fn scheduled_agents_go_through_their_whole_lifecycle() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let created = client
        .create_scheduled_agent()
        .body_map(|b| {
            b.name("nightly deps")
                .cron_schedule("0 9 * * *")
                .prompt("Update dependencies")
        })
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert!(created.enabled, "enabled by default");
    let id = created.id.clone();

    let paused = client
        .pause_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap();
    assert!(!paused.enabled);
    let resumed = client
        .resume_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap();
    assert!(resumed.enabled);
    let updated = client
        .update_scheduled_agent()
        .schedule_id(&id)
        .body_map(|b| {
            b.name("weekly deps")
                .cron_schedule("0 9 * * 1")
                .enabled(false)
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.enabled),
        ("weekly deps", false)
    );
    assert_eq!(
        updated.prompt, "Update dependencies",
        "a PUT without a prompt keeps it"
    );
    let fetched = client
        .get_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.cron_schedule, "0 9 * * 1");
    let listed = client.list_scheduled_agents().send().await.unwrap();
    assert_eq!(listed.schedules.len(), 1);

    assert!(
        client
            .delete_scheduled_agent()
            .schedule_id(&id)
            .send()
            .await
            .unwrap()
            .success
    );
    let err = client
        .get_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn a_schedule_body_that_breaks_the_request_schema_is_a_400_problem() {
    let server = FakeOzServer::start().await;
    let url = format!("{}/agent/schedules", server.base_url());
    let http = reqwest::Client::new();
    for (body, mentions) in [
        (json!({ "name": "x" }), "cron_schedule"),
        (json!({ "name": 5, "cron_schedule": "0 9 * * *" }), "/name"),
        (json!([]), "expected object"),
    ] {
        let response = http
            .post(&url)
            .bearer_auth(server.api_key())
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        let problem: Value = response.json().await.unwrap();
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(mentions), "{detail}");
    }
    let bad_json = http
        .post(&url)
        .bearer_auth(server.api_key())
        .header("content-type", "application/json")
        .body("{nope")
        .send()
        .await
        .unwrap();
    assert_eq!(bad_json.status(), 400);
    // Nothing was stored.
    let listed = server
        .client()
        .list_scheduled_agents()
        .send()
        .await
        .unwrap();
    assert!(listed.schedules.is_empty());

    // The typed client cannot even build such a body.
    let err = server
        .client()
        .create_scheduled_agent()
        .body_map(|b| b.name("x"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
}

#[tokio::test]
async fn items_that_do_not_exist_are_404_and_ids_come_from_the_store() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let e = client
        .update_scheduled_agent()
        .schedule_id("missing")
        .body_map(|b| b.name("n").cron_schedule("0 9 * * *").enabled(true))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let e = client
        .pause_scheduled_agent()
        .schedule_id("missing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    let e = client
        .delete_agent()
        .uid("missing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));

    let a = client
        .create_agent()
        .body_map(|b| b.name("a"))
        .send()
        .await
        .unwrap();
    let b = client
        .create_agent()
        .body_map(|b| b.name("b"))
        .send()
        .await
        .unwrap();
    assert_ne!(a.uid, b.uid);
    assert_eq!(a.created_at, a.updated_at);
    let listed = client.list_agent_identities().send().await.unwrap();
    let names: Vec<&str> = listed.agents.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["a", "b"], "oldest first");
}

#[tokio::test]
async fn agent_identities_go_through_their_whole_lifecycle() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let created = client
        .create_agent()
        .body_map(|b| {
            b.name("reviewer")
                .skills(vec!["acme/widgets:SKILL.md".to_string()])
        })
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    let uid = created.uid.clone();
    assert_eq!(created.skills, ["acme/widgets:SKILL.md"]);

    let updated = client
        .update_agent()
        .uid(&uid)
        .body_map(|b| {
            b.description("Reviews pull requests")
                .skills(Vec::<String>::new())
        })
        .send()
        .await
        .unwrap();
    assert_eq!(updated.name, "reviewer", "an omitted name is unchanged");
    assert_eq!(
        updated.description.as_deref(),
        Some("Reviews pull requests")
    );
    assert!(updated.skills.is_empty(), "an empty array clears");
    assert_eq!(client.get_agent().uid(&uid).send().await.unwrap().uid, uid);
    assert_eq!(
        client
            .list_agent_identities()
            .send()
            .await
            .unwrap()
            .agents
            .len(),
        1
    );

    let deleted = client.delete_agent().uid(&uid).send().await.unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
    assert!(client
        .list_agent_identities()
        .send()
        .await
        .unwrap()
        .agents
        .is_empty());
}

/// Every operation that neither the lifecycle nor a resource collection
/// answers (no path parameter, a `GET`: skills, workers, listings of a new
/// tag) gets its documented success with a body valid for its schema, and
/// is counted by its operation id. Nothing here names an operation.
#[tokio::test]
async fn parameterless_reads_are_generated_from_the_spec_and_counted() {
    use oz_agent_api_fake::spec::Spec;
    use oz_agent_api_fake::validate::Validator;
    let spec = Spec::vendored().unwrap();
    let server = FakeOzServer::start().await;
    let http = reqwest::Client::new();
    let mut checked = 0;
    for op in spec.operations() {
        let success = match op.success() {
            Some(s) if op.method == "GET" && !op.path.contains('{') && s.is_json() => s,
            _ => continue,
        };
        if op.parameters.iter().any(|p| p.required) {
            continue;
        }
        let before = server.operation_count(&op.id);
        let response = http
            .get(format!("{}{}", server.base_url(), op.path))
            .bearer_auth(server.api_key())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), success.status, "{}", op.id);
        let body: Value = response.json().await.unwrap();
        if let Some(schema) = &success.schema {
            let verdict = Validator::new(&spec).validate(schema, &body);
            assert!(verdict.is_ok(), "{}: {verdict:?}\n{body:#}", op.id);
        }
        assert_eq!(server.operation_count(&op.id), before + 1, "{}", op.id);
        checked += 1;
    }
    assert!(checked > 0, "the spec has parameterless reads");
}
