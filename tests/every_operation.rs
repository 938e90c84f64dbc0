//! Every operation of the vendored spec, driven from the spec itself: the
//! method, path and key that go over the wire, the documented success status
//! decoding, and every documented error status decoding into problem details.

mod common;

use common::{call, client, concrete_path, problem_json, spec_operations, success_bodies, KEY};
use httpmock::MockServer;

#[tokio::test]
async fn every_operation_sends_its_method_path_and_bearer_key_and_decodes_its_success_response() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let client = client(&api.base_url());
    let bodies = success_bodies();
    let operations = spec_operations();
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/openapi/oz-agent-api.yml"
    ))
    .unwrap();
    assert_eq!(
        operations.len(),
        raw.matches("operationId:").count(),
        "every operation of the spec (28 in D)"
    );
    for op in &operations {
        let path = concrete_path(&op.path);
        let success = *op
            .statuses
            .iter()
            .find(|s| (200..400).contains(*s))
            .expect("a success status");
        let blob = storage
            .mock_async(|when, then| {
                when.method("GET")
                    .path("/blob")
                    .header_missing("authorization");
                then.status(200).body("transcript bytes");
            })
            .await;
        let mock = api
            .mock_async(|when, then| {
                when.method(op.method.as_str())
                    .path(path.as_str())
                    .header("authorization", format!("Bearer {KEY}"))
                    .header("user-agent", oz_agent_api::USER_AGENT);
                let then = then.status(success);
                match success {
                    302 | 307 => {
                        then.header("location", storage.url("/blob"));
                    }
                    204 => {}
                    _ => {
                        then.header("content-type", "application/json")
                            .json_body(bodies[op.id.as_str()].clone());
                    }
                }
            })
            .await;
        let status = call(&client, &op.id)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", op.id));
        mock.assert_async().await;
        if matches!(success, 302 | 307) {
            assert_eq!(
                status, 200,
                "{}: the redirect is followed to the download",
                op.id
            );
            blob.assert_async().await;
        } else {
            assert_eq!(status, success, "{}", op.id);
            assert_eq!(blob.calls_async().await, 0);
        }
        mock.delete_async().await;
        blob.delete_async().await;
    }
}

#[tokio::test]
async fn every_documented_error_status_of_every_operation_decodes_into_problem_details() {
    let api = MockServer::start_async().await;
    let client = client(&api.base_url());
    let mut checked = 0;
    let operations = spec_operations();
    let documented: usize = operations
        .iter()
        .map(|op| op.statuses.iter().filter(|s| **s >= 400).count())
        .sum();
    for op in operations {
        let path = concrete_path(&op.path);
        for status in op.statuses.iter().copied().filter(|s| *s >= 400) {
            let mock = api
                .mock_async(|when, then| {
                    when.method(op.method.as_str()).path(path.as_str());
                    then.status(status)
                        .header("content-type", "application/problem+json")
                        .json_body(problem_json(status, "invalid_request"));
                })
                .await;
            let err = call(&client, &op.id)
                .await
                .expect_err("an error status is an error");
            common::assert_problem(&err, status);
            assert_eq!(
                err.error_code(),
                Some(&oz_agent_api::types::PlatformErrorCode::InvalidRequest),
                "{} {status}",
                op.id
            );
            mock.assert_async().await;
            mock.delete_async().await;
            checked += 1;
        }
    }
    assert_eq!(
        checked, documented,
        "every documented error response (104 in D)"
    );
    assert!(checked > 0);
}
