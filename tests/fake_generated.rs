//! Values the fake's schema-example generator produces decode with the
//! generated types: every operation of the vendored spec is called through
//! the typed client (the shared dispatcher in `tests/common`) against the
//! fake Oz server in `Mode::Generated`, where every answer is generated from
//! the operation's response schema. Each operation is called three times
//! per fill, so unions show each of their variants, and in both fills: every
//! property, and required properties only (`null` where nullable).

mod common;

use oz_agent_api_fake::examples::Fill;
use oz_agent_api_fake::{FakeOzServer, Mode};

#[tokio::test]
async fn every_generated_response_decodes_with_the_generated_types() {
    let operations = common::spec_operations();
    for fill in [Fill::Full, Fill::Minimal] {
        let server = FakeOzServer::builder()
            .mode(Mode::Generated)
            .fill(fill)
            .api_key(common::KEY)
            .start()
            .await;
        let client = common::client(server.base_url());
        for op in &operations {
            let success = *op
                .statuses
                .iter()
                .find(|s| (200..400).contains(*s))
                .expect("a success status");
            for round in 0..3 {
                let status = common::call(&client, &op.id)
                    .await
                    .unwrap_or_else(|e| panic!("{fill:?} {} (round {round}): {e}", op.id));
                let expected = if matches!(success, 302 | 307) {
                    200
                } else {
                    success
                };
                assert_eq!(status, expected, "{fill:?} {}", op.id);
            }
            assert_eq!(server.operation_count(&op.id), 3, "{}", op.id);
        }
    }
}

/// The documented error responses: every one of every operation has a JSON
/// schema whose generated values decode as the client's problem details
/// (`types::Error`, what `ApiError::problem` decodes them into).
#[test]
fn every_generated_error_body_decodes_as_problem_details() {
    use oz_agent_api_fake::examples::Generator;
    use oz_agent_api_fake::spec::Spec;

    let spec = Spec::vendored().unwrap();
    let mut checked = 0;
    for fill in [Fill::Full, Fill::Minimal] {
        let mut generator = Generator::new(spec.clone()).with_fill(fill);
        for op in spec.operations() {
            for response in op.responses.iter().filter(|r| r.status >= 400) {
                let body = generator
                    .response_for(op, response.status)
                    .unwrap_or_else(|| panic!("{} {}: no JSON body", op.id, response.status));
                let problem: oz_agent_api::types::Error = serde_json::from_value(body.clone())
                    .unwrap_or_else(|e| panic!("{} {}: {e}\n{body:#}", op.id, response.status));
                assert!(problem.extra.is_empty(), "{} {}", op.id, response.status);
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}
