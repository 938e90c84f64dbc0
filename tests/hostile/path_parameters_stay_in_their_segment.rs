//! A path parameter lands in exactly one segment of its path, or the call fails before anything is sent.

use super::*;

/// Hand-written URLs built from a path parameter, checked like the operations.
const HAND_WRITTEN: &[(&str, &str)] = &[
    (
        "Downloads::run_transcript",
        "/agent/runs/{runId}/transcript",
    ),
    ("Downloads::artifact", "/agent/artifacts/{artifactUid}"),
];

/// Every operation of the vendored spec with path parameters, and the
/// hand-written downloads: (name, path template).
fn targets() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = common::spec_operations()
        .into_iter()
        .filter(|op| !op.path_params.is_empty() && op.text_path_params)
        .map(|op| (op.id, op.path))
        .collect();
    assert!(
        out.len() >= 16,
        "the spec has path parameters on at least 16 operations"
    );
    out.extend(
        HAND_WRITTEN
            .iter()
            .map(|(name, path)| (name.to_string(), path.to_string())),
    );
    out
}

/// Calls `target` with every path parameter set to `value`.
async fn call_target(client: &Client, target: &str, value: &str) -> Result<u16, Error> {
    match target {
        "Downloads::run_transcript" => client.downloads().run_transcript(value).await.map(|_| 200),
        "Downloads::artifact" => client.downloads().artifact(value).await.map(|_| 200),
        id => common::call_with_path_value(client, id, value).await,
    }
}

/// `%XX` decoded; `None` for a malformed escape.
fn percent_decode(segment: &str) -> Option<Vec<u8>> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// Checks what the server saw for one call with `value` in every path
/// parameter of `template`: either the call failed with
/// `Error::InvalidRequest` and nothing was sent, or exactly one request went
/// to the template's path, each parameter in exactly one segment whose
/// percent-decoding is `value`.
fn check_path(
    template: &str,
    value: &str,
    result: &Result<u16, Error>,
    seen: &[Received],
) -> Result<(), String> {
    if let Err(Error::InvalidRequest(message)) = result {
        if !seen.is_empty() {
            return Err(format!(
                "rejected ({message}) but the server saw {:?}",
                seen.iter().map(|r| &r.target).collect::<Vec<_>>()
            ));
        }
        if !["", ".", ".."].contains(&value) {
            return Err(format!("rejected a value one segment can carry: {message}"));
        }
        return Ok(());
    }
    let [request] = seen else {
        return Err(format!(
            "expected one request, the server saw {:?} (result {result:?})",
            seen.iter().map(|r| &r.target).collect::<Vec<_>>()
        ));
    };
    let path = request.target.split('?').next().unwrap_or_default();
    let expected = format!("{PREFIX}{template}");
    let expected: Vec<&str> = expected.split('/').collect();
    let got: Vec<&str> = path.split('/').collect();
    if got.len() != expected.len() {
        return Err(format!(
            "{template} with {value:?}: the server saw {path:?}, not {} segments",
            expected.len()
        ));
    }
    for (want, got) in expected.iter().zip(&got) {
        if want.starts_with('{') {
            if got.contains('\\') || *got == "." || *got == ".." {
                return Err(format!("segment {got:?} for {value:?} in {path:?}"));
            }
            if percent_decode(got).as_deref() != Some(value.as_bytes()) {
                return Err(format!(
                    "segment {got:?} of {path:?} does not decode to {value:?}"
                ));
            }
        } else if want != got {
            return Err(format!(
                "{template} with {value:?}: the server saw {path:?}"
            ));
        }
    }
    Ok(())
}

fn hostile_value() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "..", ".", "/", "\\", "%2e", "%2E", "%2f", "%5C", "%", "%%", "?", "#", ";", "&", "=", "+",
        " ", "a", "r-1", "admin", "é", "日本", "\u{0}", "\n", "\r", "\t", "\u{1b}", "\u{7f}",
        "\u{202e}", "\u{ff0e}", "\u{2215}", "~", "@", ":", "{", "}",
    ]);
    prop_oneof![
        Just(String::new()),
        Just(".".to_owned()),
        Just("..".to_owned()),
        prop::collection::vec(piece, 1..7).prop_map(|pieces| pieces.concat()),
        prop::collection::vec(any::<char>(), 0..8).prop_map(String::from_iter),
        any::<String>(),
    ]
}

/// The issue's own examples, for every operation with path parameters.
const KNOWN_ESCAPES: &[&str] = &[
    "..\\..\\..\\..\\admin",
    "a\\..\\..\\schedules",
    "../../elsewhere",
    "%2e%2e",
    "%2e%2e%2fadmin",
    "..",
    ".",
    "",
    "r-1?x=1#frag",
    "line\nbreak\0",
];

#[tokio::test]
async fn path_parameters_of_every_operation_stay_in_their_segment_for_known_escapes() {
    let server = ScriptedServer::start(vec![Reply::status(404)]).await;
    let client = client(&format!("{}{PREFIX}", server.url()));
    for (target, template) in targets() {
        for value in KNOWN_ESCAPES {
            let before = server.count();
            let result = call_target(&client, &target, value).await;
            let seen = &server.received()[before..];
            check_path(&template, value, &result, seen).unwrap_or_else(|e| panic!("{target}: {e}"));
        }
    }
}

#[test]
fn path_parameters_of_every_operation_stay_in_their_segment_for_arbitrary_strings() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::status(404)]));
    let client = client(&format!("{}{PREFIX}", server.url()));
    let strategy = (prop::sample::select(targets()), hostile_value());
    TestRunner::new(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    })
    .run(&strategy, |((target, template), value)| {
        let before = server.count();
        let result = runtime.block_on(call_target(&client, &target, &value));
        let seen = &server.received()[before..];
        check_path(&template, &value, &result, seen)
            .map_err(|e| TestCaseError::fail(format!("{target}: {e}")))
    })
    .unwrap();
}

#[tokio::test]
async fn run_id_with_backslashes_or_dot_segments_does_not_reach_another_path() {
    let server = ScriptedServer::start(vec![Reply::status(404)]).await;
    let client = client(&format!("{}{PREFIX}", server.url()));
    let _ = client
        .get_run()
        .run_id("..\\..\\..\\..\\admin")
        .send()
        .await;
    let _ = client.get_run().run_id("a\\..\\..\\schedules").send().await;
    let _ = client
        .cancel_run()
        .run_id("..\\..\\..\\elsewhere")
        .send()
        .await;
    let _ = client.get_run().run_id("%2e%2e").send().await;
    let seen: Vec<_> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        seen,
        [
            "/api/v1/agent/runs/..%5C..%5C..%5C..%5Cadmin",
            "/api/v1/agent/runs/a%5C..%5C..%5Cschedules",
            "/api/v1/agent/runs/..%5C..%5C..%5Celsewhere/cancel",
            "/api/v1/agent/runs/%252e%252e",
        ]
    );
    for value in ["..", ".", ""] {
        let err = client.get_run().run_id(value).send().await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("run_id")),
            "{value:?}: {err:?}"
        );
        let err = client.downloads().run_transcript(value).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("run_id")),
            "{value:?}: {err:?}"
        );
    }
    assert_eq!(server.count(), 4, "nothing sent for a rejected value");
}
