//! Forward compatibility of what the hand-written layer reads: a run with a
//! state, fields and values this version does not know still decodes, keeps
//! them, and serializes back unchanged; open enums and platform error codes.
//!
//! That unknown members, enum values and union variants survive in *every*
//! response type of the spec is a property test over all of them
//! (`tests/fuzz_decoders/`), derived from the spec.

mod common;

use common::{client, run_json};
use httpmock::MockServer;
use oz_agent_api::error::error_code_from_type;
use oz_agent_api::types::{PlatformErrorCode, RunItem, RunState};
use serde_json::{json, Value};

/// A run from a newer API: a state, a top-level field and a nested member
/// this version does not know.
fn run_from_the_future() -> Value {
    let mut run = run_json("r-future", "AWAITING_REVIEW");
    let object = run.as_object_mut().unwrap();
    object.insert(
        "x_future_field".into(),
        json!({"nested": [1, 2.5, "three"]}),
    );
    run
}

#[test]
fn a_run_from_a_newer_api_decodes_keeping_every_unknown_value() {
    let json = run_from_the_future();
    let run: RunItem = serde_json::from_value(json.clone()).expect("decodes");
    assert_eq!(run.run_id, "r-future");
    assert_eq!(run.state, RunState::Unrecognized("AWAITING_REVIEW".into()));
    assert!(!run.state.is_terminal(), "an unknown state is not terminal");
    assert_eq!(run.extra["x_future_field"]["nested"][2], "three");
    assert_eq!(
        serde_json::to_value(&run).unwrap(),
        json,
        "serializes back unchanged"
    );
}

#[tokio::test]
async fn get_run_decodes_a_run_from_a_newer_api_over_the_wire() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET").path("/agent/runs/r-future");
            then.status(200)
                .header("content-type", "application/json")
                .json_body(run_from_the_future());
        })
        .await;
    let run = client(&server.base_url())
        .get_run()
        .run_id("r-future")
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(run.state.as_str(), "AWAITING_REVIEW");
    assert_eq!(serde_json::to_value(&run).unwrap(), run_from_the_future());
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
    assert!(RunState::KNOWN.contains(&"SUCCEEDED"));
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
