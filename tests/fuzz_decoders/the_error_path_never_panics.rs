//! The error path, through the client: any status, body and headers give an error, never a panic.

use super::*;

fn error_body() -> impl Strategy<Value = Vec<u8>> {
    let problems: Vec<Value> = fixtures()
        .iter()
        .filter(|f| f.decoder.name == "Error")
        .map(|f| f.canonical.clone())
        .collect();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        token_soup(),
        (
            prop::sample::select(problems),
            prop::collection::vec(mutation(), 0..4)
        )
            .prop_map(|(mut doc, mutations)| {
                for m in &mutations {
                    apply(&mut doc, m);
                }
                serde_json::to_vec(&doc).unwrap()
            }),
        (arb_json(), "[ -~]{0,80}").prop_map(|(v, t)| {
            serde_json::to_vec(
                &json!({"type": t, "error_code": v, "error": "e", "title": "t", "status": 500}),
            )
            .unwrap()
        }),
        Just(b"<html><body>502 Bad Gateway</body></html>".to_vec()),
        Just(vec![b'x'; 70_000]),
    ]
}

/// Header values a server might send: numbers of every size, dates, garbage.
fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,25}",
        "-?[0-9]{1,4}(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?",
        Just("1e300".to_owned()),
        Just("inf".to_owned()),
        Just("NaN".to_owned()),
        Just("Wed, 21 Oct 2015 07:28:00 GMT".to_owned()),
        Just("Fri, 31 Dec 9999 23:59:59 GMT".to_owned()),
        "[!-~]{0,30}",
    ]
}

#[test]
fn error_responses_of_any_shape_become_api_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cell = Arc::new(Mutex::new(Reply::status(500)));
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::shared(&cell)]));
    let client = common::client(&server.url());
    let strategy = (
        400u16..600,
        error_body(),
        prop::option::of(prop::sample::select(vec![
            "application/problem+json",
            "application/json",
            "text/html",
            "application/json; charset=utf-16",
        ])),
        prop::option::of(header_value()),
        prop::option::of(header_value()),
    );
    let cases = Config {
        cases: config().cases / 2,
        ..config()
    };
    TestRunner::new(cases)
        .run(
            &strategy,
            |(status, body, content_type, retry_after, retry_after_ms)| {
                let mut reply = Reply::Respond {
                    status,
                    headers: vec![],
                    body: body.clone(),
                };
                if let Some(ct) = content_type {
                    reply = reply.header("content-type", ct);
                }
                if let Some(v) = &retry_after {
                    reply = reply.header("retry-after", v);
                }
                if let Some(v) = &retry_after_ms {
                    reply = reply.header("retry-after-ms", v);
                }
                *cell.lock().unwrap() = reply;
                let before = server.count();
                let result = runtime.block_on(client.get_run().run_id("r-1").send());
                prop_assert_eq!(
                    server.count() - before,
                    1,
                    "no retries with RetryPolicy::none()"
                );
                let err = match result {
                    Err(e) => e,
                    Ok(_) => return Err(TestCaseError::fail("an error status succeeded")),
                };
                let text = err.to_string();
                prop_assert!(!text.contains('\n'), "Display is one line: {:?}", text);
                let debug = format!("{err:?}");
                prop_assert!(
                    !text.contains(KEY) && !debug.contains(KEY),
                    "the key leaked: {}",
                    debug
                );
                let Error::Api(api) = &err else {
                    return Err(TestCaseError::fail(format!("not an API error: {err:?}")));
                };
                prop_assert_eq!(api.status().as_u16(), status);
                prop_assert_eq!(api.operation(), "get_run");
                let excerpt = &body[..body.len().min(4096)];
                prop_assert_eq!(api.body(), String::from_utf8_lossy(excerpt));
                let parsed: Option<Value> = serde_json::from_slice(&body).ok();
                let problem: Option<oz_agent_api::types::Error> =
                    parsed.clone().and_then(|v| serde_json::from_value(v).ok());
                prop_assert_eq!(api.problem().is_some(), problem.is_some());
                if let Some(code) = parsed
                    .as_ref()
                    .and_then(|v| v.get("type"))
                    .and_then(Value::as_str)
                    .and_then(error_code_from_type)
                {
                    prop_assert_eq!(api.error_code(), Some(&code));
                }
                if let Some(secs) = retry_after
                    .as_deref()
                    .filter(|v| (1..10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()))
                    .filter(|_| retry_after_ms.is_none())
                {
                    prop_assert_eq!(
                        api.retry_after(),
                        Some(std::time::Duration::from_secs(secs.parse().unwrap()))
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn success_responses_of_any_shape_decode_or_are_decode_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cell = Arc::new(Mutex::new(Reply::status(200)));
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::shared(&cell)]));
    let client = common::client(&server.url());
    let operations: Vec<(&'static dispatch::Operation, serde_json::Map<String, Value>)> =
        dispatch::OPERATIONS
            .iter()
            .map(|op| (op, common::arguments(op.id, Fill::Minimal)))
            .collect();
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        token_soup(),
        (fixture_index(), prop::collection::vec(mutation(), 0..3)).prop_map(|(i, mutations)| {
            let mut doc = fixtures()[i].canonical.clone();
            for m in &mutations {
                apply(&mut doc, m);
            }
            serde_json::to_vec(&doc).unwrap()
        }),
    ];
    let strategy = (0..operations.len(), body);
    let cases = Config {
        cases: config().cases / 2,
        ..config()
    };
    TestRunner::new(cases)
        .run(&strategy, |(index, body)| {
            let (op, args) = &operations[index];
            let status = success_status(op);
            *cell.lock().unwrap() = Reply::raw(status, "application/json", &body);
            match runtime.block_on(dispatch::call(&client, op.id, args)) {
                Ok(outcome) => prop_assert_eq!(outcome.status, status),
                Err(Error::Decode(d)) => {
                    prop_assert_eq!(d.status().as_u16(), status);
                    let text = d.to_string();
                    prop_assert!(!text.contains('\n') && !text.contains(KEY), "{}", text);
                }
                Err(other) => {
                    return Err(TestCaseError::fail(format!("{}: {other:?}", op.id)));
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn error_code_from_type_never_panics() {
    TestRunner::new(config())
        .run(
            &prop_oneof![
                "\\PC{0,40}",
                "(https://docs\\.warp\\.dev/)?[a-z/]{0,20}errors[/#][\\PC]{0,20}",
            ],
            |uri| {
                if let Some(code) = error_code_from_type(&uri) {
                    let name = code.to_string();
                    prop_assert!(
                        !name.is_empty()
                            && name
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                        "{:?} -> {:?}",
                        uri,
                        name
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}
