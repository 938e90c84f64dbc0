//! Responses shaped like the newer published specs (F, G) decode with the
//! types generated from D: new fields are kept, new enum values and union
//! variants are kept as `Unrecognized`, and everything serializes back unchanged.

mod common;

use common::{client, run_json};
use httpmock::MockServer;
use oz_agent_api::error::error_code_from_type;
use oz_agent_api::types::{
    AiRunTimelineEventType, ArtifactItem, ConversationContentBlock, ConversationResponse,
    GetRunTimelineResponse, PlatformErrorCode, RunItem, RunSourceType, RunState,
};
use serde_json::{json, Value};

/// A run as spec G describes it: fields D does not have, a source added in F,
/// an artifact type added in F, and an error code D does not list.
fn run_from_spec_g() -> Value {
    let mut run = run_json("r-g", "FAILED");
    let object = run.as_object_mut().unwrap();
    object.insert("source".into(), json!("JIRA"));
    object.insert("metadata".into(), json!({"ticket": "OZ-12", "priority": 2}));
    object.insert("is_run_type_cancellable".into(), json!(true));
    object.insert("debug_agent_available".into(), json!(false));
    object.insert(
        "status_message".into(),
        json!({"message": "Quota exhausted", "error_code": "quota_exhausted", "retryable": false}),
    );
    object["artifacts"].as_array_mut().unwrap().push(json!({
        "artifact_type": "EXTERNAL_REFERENCE", "created_at": "2026-08-20T10:00:00Z",
        "data": {"url": "https://linear.app/warp/issue/OZ-12", "kind": "linear_issue"}}));
    object["creator"]["type"] = json!("agent");
    run
}

#[test]
fn a_run_shaped_like_spec_g_decodes_keeping_every_unknown_value() {
    let json = run_from_spec_g();
    let run: RunItem = serde_json::from_value(json.clone()).expect("decodes");
    assert_eq!(run.state, RunState::Failed, "known values stay typed");
    assert_eq!(run.source, Some(RunSourceType::Unrecognized("JIRA".into())));
    assert_eq!(
        run.status_message.as_ref().unwrap().error_code,
        Some(PlatformErrorCode::Unrecognized("quota_exhausted".into()))
    );
    assert_eq!(
        run.extra["metadata"]["ticket"], "OZ-12",
        "unknown fields are kept"
    );
    assert_eq!(run.extra["is_run_type_cancellable"], true);
    match &run.artifacts[2] {
        ArtifactItem::Unrecognized(value) => assert_eq!(value["data"]["kind"], "linear_issue"),
        other => panic!("a new artifact type is kept as Unrecognized, got {other:?}"),
    }
    assert_eq!(run.artifacts[2].discriminator(), Some("EXTERNAL_REFERENCE"));
    assert!(matches!(
        run.artifacts[0],
        ArtifactItem::PullRequestArtifact(_)
    ));
    assert_eq!(
        serde_json::to_value(&run).unwrap(),
        json,
        "serializes back unchanged"
    );
}

#[tokio::test]
async fn get_run_decodes_over_the_wire_when_status_message_carries_a_new_error_code() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET").path("/agent/runs/r-g");
            then.status(200)
                .header("content-type", "application/json")
                .json_body(run_from_spec_g());
        })
        .await;
    let run = client(&server.base_url())
        .get_run()
        .run_id("r-g")
        .send()
        .await
        .expect("decodes");
    mock.assert_async().await;
    let code = run
        .status_message
        .as_ref()
        .unwrap()
        .error_code
        .clone()
        .unwrap();
    assert!(!code.is_known());
    assert_eq!(code.as_str(), "quota_exhausted");
}

#[test]
fn timeline_event_types_renamed_in_spec_f_decode_as_unrecognized() {
    let json = json!({"events": [
        {"event_uuid": "e1", "run_id": "r", "event_type": "oz_run_created", "occurred_at": "2026-08-01T10:00:00Z"},
        {"event_uuid": "e2", "run_id": "r", "event_type": "oz_run_done", "occurred_at": "2026-08-01T10:05:00Z"},
        {"event_uuid": "e3", "run_id": "r", "event_type": "vm_shutdown", "occurred_at": "2026-08-01T10:06:00Z"}]});
    let timeline: GetRunTimelineResponse = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(
        timeline.events[0].event_type,
        AiRunTimelineEventType::OzRunCreated
    );
    assert_eq!(
        timeline.events[1].event_type,
        AiRunTimelineEventType::Unrecognized("oz_run_done".into())
    );
    assert_eq!(timeline.events[2].event_type.to_string(), "vm_shutdown");
    assert_eq!(serde_json::to_value(&timeline).unwrap(), json);
}

#[test]
fn a_new_content_block_type_is_kept_and_known_blocks_still_dispatch() {
    let json = json!({"conversation_id": "c", "steps": [{"id": "s", "steps": [], "messages": [{"role": "developer",
        "content": [
            {"type": "image", "url": "https://example.com/x.png", "alt": "chart"},
            {"type": "text", "text": "hello", "citations": [1, 2]}]}]}]});
    let conversation: ConversationResponse = serde_json::from_value(json.clone()).unwrap();
    let message = &conversation.steps[0].messages[0];
    assert_eq!(message.role.as_str(), "developer");
    assert!(
        matches!(&message.content[0], ConversationContentBlock::Unrecognized(v) if v["alt"] == "chart")
    );
    match &message.content[1] {
        ConversationContentBlock::TextContentBlock(text) => {
            assert_eq!(text.text, "hello");
            assert_eq!(text.extra["citations"], json!([1, 2]));
        }
        other => panic!("expected text, got {other:?}"),
    }
    assert_eq!(serde_json::to_value(&conversation).unwrap(), json);
}

#[test]
fn a_known_discriminator_with_a_malformed_body_is_an_error_naming_the_variant() {
    let err = serde_json::from_value::<ArtifactItem>(
        json!({"artifact_type": "PULL_REQUEST", "created_at": "2026-08-01T10:00:00Z", "data": {}}),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("ArtifactItem variant PULL_REQUEST"), "{err}");
    assert!(err.contains("missing field"), "{err}");
}

#[test]
fn an_object_without_a_discriminator_is_kept_rather_than_guessed() {
    let value = json!({"created_at": "2026-08-01T10:00:00Z", "data": {"url": "u", "branch": "b"}});
    let item: ArtifactItem = serde_json::from_value(value.clone()).unwrap();
    assert!(matches!(item, ArtifactItem::Unrecognized(ref v) if *v == value));
}

#[test]
fn open_enums_parse_display_and_list_their_known_values() {
    assert_eq!(
        "SUCCEEDED".parse::<RunState>().unwrap(),
        RunState::Succeeded
    );
    let future = RunState::from("AWAITING_REVIEW");
    assert!(!future.is_known());
    assert_eq!(future.to_string(), "AWAITING_REVIEW");
    assert_eq!(
        serde_json::to_string(&future).unwrap(),
        "\"AWAITING_REVIEW\""
    );
    assert_eq!(RunState::KNOWN.len(), 9);
    assert!(RunState::KNOWN
        .iter()
        .all(|v| RunState::from(*v).is_known()));
    assert!(
        serde_json::from_value::<RunState>(json!(3)).is_err(),
        "a non-string is still an error"
    );
}

#[test]
fn platform_error_codes_are_read_from_absolute_and_relative_problem_types() {
    let absolute =
        "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/insufficient_credits";
    assert_eq!(
        error_code_from_type(absolute),
        Some(PlatformErrorCode::InsufficientCredits)
    );
    let relative = "/reference/api-and-sdk/troubleshooting/errors/external-authentication-required";
    assert_eq!(
        error_code_from_type(relative),
        Some(PlatformErrorCode::ExternalAuthenticationRequired)
    );
    assert_eq!(
        error_code_from_type("https://docs.warp.dev/errors/brand-new-code/"),
        Some(PlatformErrorCode::Unrecognized("brand_new_code".into()))
    );
    assert_eq!(error_code_from_type("about:blank"), None);
    assert_eq!(
        error_code_from_type("https://stoplight.io/prism/errors#VIOLATIONS"),
        Some(PlatformErrorCode::Unrecognized("violations".into()))
    );
}
