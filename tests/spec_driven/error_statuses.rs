//! Every documented error response of every operation of the spec the client
//! was generated from decodes into the crate's one `ApiError`, with the
//! spec's problem details, whatever the status and media type.

//!
//! A module of the `spec_driven` test binary rather than a binary of its own:
//! each binary that includes `common` compiles the whole test dispatcher,
//! which for the construct matrix's client is minutes of rustc.

use crate::common;
use common::dispatch;
use common::scripted::{Reply, ScriptedServer};
use oz_agent_api_fake::examples::Fill;
use std::sync::{Arc, Mutex};

#[tokio::test]
async fn every_documented_error_status_of_every_operation_decodes_into_problem_details() {
    let cell = Arc::new(Mutex::new(Reply::status(500)));
    let api = ScriptedServer::start(vec![Reply::shared(&cell)]).await;
    let client = common::client(&api.url());
    let mut checked = 0;
    let operations = common::spec_operations();
    let documented: usize = operations
        .iter()
        .map(|op| op.statuses.iter().filter(|s| **s >= 400).count())
        .sum();
    for op in &operations {
        let args = common::arguments(&op.id, Fill::Minimal);
        for status in op.statuses.iter().copied().filter(|s| *s >= 400) {
            for media_type in ["application/problem+json", "application/json"] {
                *cell.lock().unwrap() = Reply::raw(
                    status,
                    media_type,
                    common::problem_json(status, "invalid_request")
                        .to_string()
                        .as_bytes(),
                );
                let before = api.count();
                let err = dispatch::call(&client, &op.id, &args)
                    .await
                    .expect_err("an error status is an error");
                if op.method.eq_ignore_ascii_case("HEAD") {
                    // The answer to a HEAD has no body (RFC 9110 9.3.2): the
                    // status is all there is to decode.
                    let answer = err.api().expect("an API error");
                    assert_eq!(answer.status().as_u16(), status, "{} {status}", op.id);
                    assert!(answer.problem().is_none(), "{} {status}", op.id);
                    assert_eq!(api.count(), before + 1, "{} {status}: one request", op.id);
                    continue;
                }
                common::assert_problem(&err, status);
                assert_eq!(
                    err.error_code(),
                    Some(&oz_agent_api::types::PlatformErrorCode::InvalidRequest),
                    "{} {status} {media_type}",
                    op.id
                );
                assert_eq!(api.count(), before + 1, "{} {status}: one request", op.id);
            }
            checked += 1;
        }
    }
    assert_eq!(checked, documented, "every documented error response");
    assert!(checked > 0);
}
