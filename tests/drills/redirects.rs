//! Redirect loops, bad targets, and credentials that never reach another origin.

use super::*;

#[tokio::test]
async fn a_redirect_loop_is_a_redirect_error_after_ten_hops() {
    let (logs, _guard) = common::capture_logs();
    // /agent/runs/r-1 -> /a -> /agent/runs/r-1 -> …
    let server = ScriptedServer::start(vec![
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        Reply::status(307).header("location", "/agent/runs/r-1"),
        Reply::status(302).header("location", "/a"),
        ok_run("SUCCEEDED"),
    ])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let Error::Redirect { operation, reason } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*operation, "get_run");
    assert_eq!(reason, "more than 10 redirects");
    assert_eq!(server.count(), 11, "the first request and ten hops");
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_redirect_to_another_scheme_or_nowhere_is_a_redirect_error() {
    let (logs, _guard) = common::capture_logs();
    for (location, reason) in [
        ("file:///etc/passwd", "redirect to a file URL"),
        ("http://[::1", "invalid Location \"http://[::1\""),
    ] {
        let server =
            ScriptedServer::start(vec![Reply::status(301).header("location", location)]).await;
        let err = within(BOUND, get_run(&client(&server.url())))
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Redirect { operation: "get_run", reason: r } if r == reason),
            "{err:?}"
        );
        assert_eq!(server.count(), 1);
        assert_no_leak(&err, &logs);
    }
}

#[tokio::test]
async fn a_301_to_another_origin_sends_no_key_and_no_custom_header_there() {
    let (logs, _guard) = common::capture_logs();
    let elsewhere = ScriptedServer::start(vec![ok_run("SUCCEEDED")]).await;
    let api = ScriptedServer::start(vec![Reply::status(301).header(
        "location",
        &format!("{}/agent/runs/r-1?signed=1", elsewhere.url()),
    )])
    .await;
    let state = within(BOUND, get_run(&client(&api.url()))).await.unwrap();
    assert_eq!(state, RunState::Succeeded);
    assert_eq!(api.count(), 1);
    let first = &api.received()[0];
    assert_eq!(
        first.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(first.header(CUSTOM.0), Some(CUSTOM.1));
    let [there] = &elsewhere.received()[..] else {
        panic!("{:?}", elsewhere.received())
    };
    assert_eq!(there.target, "/agent/runs/r-1?signed=1");
    assert_eq!(there.header("authorization"), None);
    assert_eq!(there.header(CUSTOM.0), None);
    assert_eq!(there.header("cookie"), None);
    let log = logs.contents();
    assert!(!log.contains(KEY) && !log.contains(CUSTOM.1), "{log}");
}

#[tokio::test]
async fn credentials_do_not_come_back_on_a_hop_from_another_origin_to_the_api() {
    // API -> elsewhere -> API again (307s: a POST stays a POST): once the
    // request has left the API's origin it carries no credentials, even on
    // the hop back.
    let (logs, _guard) = common::capture_logs();
    let first = std::sync::Arc::new(std::sync::Mutex::new(Reply::status(500)));
    let api = ScriptedServer::start(vec![Reply::shared(&first), created()]).await;
    let elsewhere = ScriptedServer::start(vec![
        Reply::status(307).header("location", &format!("{}/agent/runs?back=1", api.url()))
    ])
    .await;
    *first.lock().unwrap() =
        Reply::status(307).header("location", &format!("{}/upload", elsewhere.url()));
    let run_id = within(BOUND, create_run(&client(&api.url())))
        .await
        .unwrap();
    assert_eq!(run_id, "r-1");
    let api_seen = api.received();
    let elsewhere_seen = elsewhere.received();
    assert_eq!((api_seen.len(), elsewhere_seen.len()), (2, 1));
    assert!(api_seen[0].header("authorization").is_some());
    for hop in [&elsewhere_seen[0], &api_seen[1]] {
        assert_eq!(hop.method, "POST", "307 keeps the method");
        assert_eq!(hop.body, api_seen[0].body, "and the body");
        assert_eq!(hop.header("authorization"), None, "{hop:?}");
        assert_eq!(hop.header(CUSTOM.0), None, "{hop:?}");
    }
    assert_eq!(api_seen[1].target, "/agent/runs?back=1");
    let log = logs.contents();
    assert!(!log.contains(KEY) && !log.contains(CUSTOM.1), "{log}");
}

#[tokio::test]
async fn a_signed_url_on_another_origin_never_appears_in_an_error() {
    let (logs, _guard) = common::capture_logs();
    let storage = ScriptedServer::start(vec![Reply::ResetMidBody {
        status: 200,
        declared: whole_run_len(),
        body: partial_run(),
    }])
    .await;
    let api = ScriptedServer::start(vec![Reply::status(302).header(
        "location",
        &format!("{}/blob?X-Signature=sig-0xdeadbeef", storage.url()),
    )])
    .await;
    let err = within(BOUND, get_run(&client(&api.url())))
        .await
        .unwrap_err();
    assert!(broke_off_mid_body(&err), "{err:?}");
    let everything = format!("{err}\n{err:?}\n{}", logs.contents());
    assert!(!everything.contains("sig-0xdeadbeef"), "{everything}");
    assert_eq!((api.count(), storage.count()), (3, 3));
    assert_no_leak(&err, &logs);
}
