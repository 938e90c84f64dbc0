//! No input makes the fake server fail: malformed bodies, parameters of the
//! wrong type, odd bytes in paths, queries and headers, to every operation of
//! the spec, in both modes. Every answer is a 2xx/3xx or a 4xx with problem
//! details; a panic in a handler would show as a 500 (each request runs in a
//! task of its own) and a broken connection as a transport error.

use oz_agent_api_fake::examples::Generator;
use oz_agent_api_fake::spec::Location;
use oz_agent_api_fake::{FakeOzServer, Mode};

/// Deterministic junk, from a seed.
struct Junk(fastrand::Rng);

impl Junk {
    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "",
            " ",
            "%",
            "%FF",
            "%00",
            "{",
            "}",
            "[]",
            "\u{1F980}",
            "é",
            "..",
            "/",
            "?",
            "&",
            "=",
            "#",
            "null",
            "-1",
            "1e400",
            "99999999999999999999",
            "true",
            "\\",
            "\"",
            "[x]",
            "metadata[",
            "'; DROP TABLE runs; --",
        ];
        let n = self.0.usize(1..4);
        (0..n)
            .map(|_| PIECES[self.0.usize(..PIECES.len())])
            .collect()
    }

    fn body(&mut self) -> Vec<u8> {
        const BODIES: &[&[u8]] = &[
            b"",
            b"{",
            b"[]",
            b"null",
            b"\"text\"",
            b"{\"prompt\": {\"nested\": []}}",
            b"{\"metadata\": {\"\": \"\"}}",
            b"{\"config\": {\"model_id\": 7}}",
            b"{\"results\": [{}]}",
            b"\xff\xfe\xfd",
            b"{\"name\": null, \"cron_schedule\": null, \"enabled\": \"yes\"}",
        ];
        BODIES[self.0.usize(..BODIES.len())].to_vec()
    }
}

#[tokio::test]
async fn hostile_requests_get_4xx_problems_and_never_break_the_server() {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    for mode in [Mode::Stateful, Mode::Generated] {
        let server = FakeOzServer::builder().mode(mode).start().await;
        let spec = server.spec().clone();
        let mut junk = Junk(fastrand::Rng::with_seed(7));
        let mut generator = Generator::new(spec.clone());
        for op in spec.operations() {
            for _ in 0..12 {
                let valid = generator.request_for(op);
                let path = if junk.0.bool() {
                    op.concrete_path(|_| junk.text())
                } else {
                    valid.path.clone()
                };
                let mut query: Vec<(String, String)> = valid.query.clone();
                for parameter in op.parameters_in(Location::Query) {
                    if junk.0.u8(..3) == 0 {
                        query.push((parameter.name.clone(), junk.text()));
                    }
                }
                if junk.0.bool() {
                    query.push((junk.text(), junk.text()));
                }
                let method = reqwest::Method::from_bytes(op.method.as_bytes()).unwrap();
                let mut request = http
                    .request(method, format!("{}{path}", server.base_url()))
                    .query(&query)
                    .bearer_auth(server.api_key())
                    .header("content-type", "application/json")
                    .body(junk.body());
                for parameter in op.parameters_in(Location::Header) {
                    let value = junk.text().replace(['\r', '\n'], "");
                    if let Ok(value) = reqwest::header::HeaderValue::from_str(&value) {
                        request = request.header(parameter.name.as_str(), value);
                    }
                }
                let response = request
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{mode:?} {} {path}: {e}", op.id));
                let status = response.status().as_u16();
                let content_type = response
                    .headers()
                    .get("content-type")
                    .map(|v| v.to_str().unwrap().to_owned());
                let body = response.text().await.unwrap();
                assert!(
                    status < 500,
                    "{mode:?} {} {path}?{query:?}: {status} {body}",
                    op.id
                );
                if status >= 400 {
                    assert_eq!(
                        content_type.as_deref(),
                        Some("application/problem+json"),
                        "{} {body}",
                        op.id
                    );
                }
            }
        }
        // Still serving, still answering well-formed requests.
        server.client().list_models().send().await.unwrap();
    }
}
