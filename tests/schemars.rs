//! The `schemars` feature: the committed client's `cfg_attr`-gated derives
//! give every generated type a JSON schema, and an open enum's catch-all
//! stays out of it.
#![cfg(feature = "schemars")]

use oz_agent_api::types::{RunAgentRequest, RunItem, RunState};

#[test]
fn a_run_has_a_json_schema_with_its_id_and_state() {
    let schema = serde_json::to_value(schemars::schema_for!(RunItem)).unwrap();
    let properties = &schema["properties"];
    assert!(properties.get("run_id").is_some(), "{schema:#}");
    assert!(properties.get("state").is_some(), "{schema:#}");
}

#[test]
fn an_open_enum_schema_lists_the_known_values_and_not_the_catch_all() {
    let schema = serde_json::to_value(schemars::schema_for!(RunState)).unwrap();
    let text = schema.to_string();
    for known in RunState::KNOWN {
        assert!(
            text.contains(&format!("\"{known}\"")),
            "{known}: {schema:#}"
        );
    }
    assert!(!text.contains("Unrecognized"), "{schema:#}");
}

#[test]
fn a_request_body_has_a_json_schema_with_its_prompt() {
    let schema = serde_json::to_value(schemars::schema_for!(RunAgentRequest)).unwrap();
    assert!(schema["properties"].get("prompt").is_some(), "{schema:#}");
}
