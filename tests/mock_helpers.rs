//! progenitor's generated httpmock helpers (the `httpmock` feature), including
//! the array query parameter that progenitor #1260 breaks.
#![cfg(feature = "httpmock")]

mod common;

use httpmock::MockServer;
use oz_agent_api::mock::MockServerExt;
use oz_agent_api::types::{ListRunsResponse, RunState};

#[tokio::test]
async fn typed_helpers_match_array_query_parameters_element_by_element() {
    let server = MockServer::start_async().await;
    // A page as the spec describes it (whatever members it requires), with one run.
    let mut page = oz_agent_api_fake::examples::Generator::new(common::spec())
        .response("listRuns")
        .expect("listRuns answers JSON");
    page["runs"] = serde_json::json!([common::run_json("r-1", "QUEUED")]);
    page["page_info"]["has_next_page"] = serde_json::json!(false);
    let page: ListRunsResponse = serde_json::from_value(page).unwrap();
    let states = vec![RunState::Queued, RunState::Inprogress];
    let mock = server.list_runs(|when, then| {
        when.state(&states).sort_order(None);
        then.ok(&page);
    });
    let client = common::client(&server.base_url());
    let listed = client
        .list_runs()
        .state(states.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(listed.runs[0].run_id, "r-1");
    mock.assert_async().await;

    // A request with only one of the states does not match.
    let err = client
        .list_runs()
        .state(vec![RunState::Queued])
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.status().map(|s| s.as_u16()),
        Some(404),
        "httpmock answers 404 when no mock matches"
    );
}
