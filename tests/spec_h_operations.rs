//! What spec H adds beside the run lifecycle, on the wire: a conversation's
//! screenshot through `client.downloads()` (the key never reaches storage),
//! the anonymous session redirect (no key sent), the harness usage
//! envelopes (decoded and encoded back unchanged), and the schema bundle's
//! conditional GET (`If-None-Match`, a `304` as `None`, not an error).

#[path = "common/scripted.rs"]
mod scripted;

use oz_agent_api::prelude::*;
use oz_agent_api::types::{HarnessUsageEnvelope, RunAgentRequest};
use oz_agent_api::{Client, RetryPolicy, WaitOptions};
use oz_agent_api_fake::examples::Generator;
use oz_agent_api_fake::{FakeOzServer, Origin};
use scripted::{Reply, ScriptedServer};
use serde_json::json;

const KEY: &str = "wk-test-spec-h";

fn client(base: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .header("X-Team", "platform")
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_conversation_screenshot_downloads_from_storage_without_the_key() {
    let storage = ScriptedServer::start(vec![Reply::raw(200, "image/png", b"\x89PNG-shot")]).await;
    let location = format!("{}/shots/s1.png?sig=s3cr3t", storage.url());
    let api = ScriptedServer::start(vec![Reply::status(302).header("location", &location)]).await;
    let client = client(&api.url());
    let bytes = client
        .downloads()
        .bytes(
            client
                .download_conversation_screenshot()
                .conversation_id("c1")
                .screenshot_uid("s1"),
        )
        .await
        .unwrap();
    assert_eq!(&bytes[..], b"\x89PNG-shot");

    let asked = api.received();
    assert_eq!(asked.len(), 1);
    assert_eq!(
        asked[0].path(),
        "/agent/conversations/c1/screenshots/s1/download"
    );
    assert_eq!(
        asked[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(asked[0].header("x-team"), Some("platform"));
    let fetched = storage.received();
    assert_eq!(fetched.len(), 1);
    assert_eq!(fetched[0].target, "/shots/s1.png?sig=s3cr3t");
    assert_eq!(
        fetched[0].header("authorization"),
        None,
        "the key stays home"
    );
    assert_eq!(fetched[0].header("x-team"), None, "so do custom headers");
}

#[tokio::test(start_paused = true)]
async fn a_conversation_screenshot_downloads_from_the_fakes_storage() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    // A conversation the fake knows: a run's, once it started.
    let request: RunAgentRequest = RunAgentRequest::builder()
        .prompt("Take a screenshot of the settings page")
        .try_into()
        .unwrap();
    let created = client.create_run().body(request).send().await.unwrap();
    let run = client
        .wait_for_run(&created.run_id, &WaitOptions::default())
        .await
        .unwrap();
    let conversation = run.conversation_id.unwrap();
    server.clear_requests();
    let bytes = client
        .downloads()
        .bytes(
            client
                .download_conversation_screenshot()
                .conversation_id(conversation)
                .screenshot_uid("s1"),
        )
        .await
        .unwrap();
    assert!(!bytes.is_empty());
    let requests = server.requests();
    let api: Vec<_> = requests
        .iter()
        .filter(|r| r.origin == Origin::Api)
        .collect();
    let storage: Vec<_> = requests
        .iter()
        .filter(|r| r.origin == Origin::Storage)
        .collect();
    assert_eq!(api.len(), 1);
    assert!(api[0].authorization.is_some());
    assert_eq!(storage.len(), 1);
    assert_eq!(storage[0].authorization, None);
}

#[tokio::test]
async fn the_session_redirect_is_asked_without_the_key() {
    let body = json!({ "conversation_id": "c1" });
    let api = ScriptedServer::start(vec![Reply::json(200, body.clone())]).await;
    let redirect = client(&api.url())
        .get_session_redirect()
        .session_uuid("s-1")
        .send()
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&*redirect).unwrap(), body);
    let asked = api.received();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].path(), "/agent/sessions/s-1/redirect");
    assert_eq!(asked[0].header("authorization"), None);
    // Custom headers are not credentials: they go to the API's origin.
    assert_eq!(asked[0].header("x-team"), Some("platform"));
}

/// Serves `body` as the harness usage of run r1 and returns what the client
/// decoded.
async fn harness_usage(
    body: &serde_json::Value,
) -> oz_agent_api::types::GetRunHarnessUsageResponse {
    let api = ScriptedServer::start(vec![Reply::json(200, body.clone())]).await;
    let usage = client(&api.url())
        .get_run_harness_usage()
        .run_id("r1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(api.received()[0].path(), "/agent/runs/r1/harness-usage");
    usage
}

#[tokio::test]
async fn harness_usage_envelopes_decode_and_encode_back_unchanged() {
    let mut generator = Generator::from_vendored_spec().unwrap();
    let response = generator.response("getRunHarnessUsage").unwrap();
    for envelope in ["ClaudeHarnessUsageEnvelope", "CodexHarnessUsageEnvelope"] {
        let mut body = response.clone();
        body["usage"] = generator.generate(envelope).unwrap();
        let decoded = harness_usage(&body).await;
        let usage = decoded.usage.as_ref().unwrap();
        assert!(
            !matches!(usage, HarnessUsageEnvelope::Unrecognized(_)),
            "{envelope}: decoded as a known variant"
        );
        assert_eq!(serde_json::to_value(&decoded).unwrap(), body, "{envelope}");
    }
    // A harness this version does not know is kept verbatim.
    let mut body = response.clone();
    body["usage"] = json!({ "harness": "GEMINI", "metricsVersion": 1, "tokens": 12 });
    let decoded = harness_usage(&body).await;
    assert!(matches!(
        decoded.usage.as_ref().unwrap(),
        HarnessUsageEnvelope::Unrecognized(_)
    ));
    assert_eq!(serde_json::to_value(&decoded).unwrap(), body);
}

#[tokio::test]
async fn a_schema_bundle_not_modified_is_none_not_an_error() {
    let mut generator = Generator::from_vendored_spec().unwrap();
    let bundle = generator.response("getFactoryFileSchemaBundle").unwrap();
    let api = ScriptedServer::start(vec![
        Reply::json(200, bundle.clone()).header("etag", "\"v1-abc\""),
        Reply::status(304).header("etag", "\"v1-abc\""),
    ])
    .await;
    let client = client(&api.url());

    let first = client
        .get_factory_file_schema_bundle()
        .schema_version("v1alpha1")
        .send()
        .await
        .unwrap();
    assert_eq!(first.status().as_u16(), 200);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        serde_json::to_value(first.into_inner().unwrap()).unwrap(),
        bundle
    );

    let again = client
        .get_factory_file_schema_bundle()
        .schema_version("v1alpha1")
        .if_none_match(etag.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 304);
    assert!(
        again.into_inner().is_none(),
        "not modified: keep the cached bundle"
    );

    let asked = api.received();
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0].path(), "/factory-files/schemas/v1alpha1");
    assert_eq!(asked[0].header("if-none-match"), None);
    assert_eq!(asked[1].header("if-none-match"), Some("\"v1-abc\""));
    // Anonymous: no key either way.
    assert!(asked.iter().all(|r| r.header("authorization").is_none()));
}

#[tokio::test]
async fn the_fakes_schema_bundle_answers_a_matching_etag_with_304() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let bundle = |etag: Option<&str>| {
        let ask = client
            .get_factory_file_schema_bundle()
            .schema_version("v1alpha1");
        match etag {
            Some(etag) => ask.if_none_match(etag.to_owned()),
            None => ask,
        }
        .send()
    };

    let first = bundle(None).await.unwrap();
    assert_eq!(first.status().as_u16(), 200);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(first.into_inner().is_some(), "a 200 carries the bundle");

    let again = bundle(Some(&etag)).await.unwrap();
    assert_eq!(again.status().as_u16(), 304);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    assert!(again.into_inner().is_none(), "not modified: no body");

    let stale = bundle(Some("\"an-older-version\"")).await.unwrap();
    assert_eq!(stale.status().as_u16(), 200);
    assert_eq!(stale.headers()["etag"].to_str().unwrap(), etag);

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(
        requests.iter().all(|r| r.authorization.is_none()),
        "the bundle is anonymous: no key sent"
    );
}
