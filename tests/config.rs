//! Configuration from the environment and the builder, and the key staying
//! secret: Debug output, errors, tracing, and requests to other origins; the
//! base URL's checks, repeated custom headers, and the team uid.

mod common;

use std::collections::HashMap;

use common::run_json;
use common::scripted::{Reply, ScriptedServer};
use httpmock::MockServer;
use oz_agent_api::{ApiKey, Client, ClientBuilder, Error, DEFAULT_BASE_URL, USER_AGENT};

const SECRET: &str = "wk-super-secret-key-4242";

fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name| map.get(name).cloned()
}

#[test]
fn a_missing_api_key_is_a_configuration_error_naming_the_variable() {
    let err = ClientBuilder::from_vars(vars(&[])).build().unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        "configuration error: no API key: set WARP_API_KEY or call ClientBuilder::api_key"
    );
    let err = ClientBuilder::from_vars(vars(&[("WARP_API_KEY", "  ")]))
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("WARP_API_KEY"),
        "a blank variable counts as missing: {err}"
    );
}

#[test]
fn the_base_url_defaults_to_production_and_env_variables_override_it_in_order() {
    let client = ClientBuilder::from_vars(vars(&[("WARP_API_KEY", SECRET)]))
        .build()
        .unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
    let base = |set: &[(&str, &str)]| {
        let mut all = vec![("WARP_API_KEY", SECRET)];
        all.extend_from_slice(set);
        ClientBuilder::from_vars(vars(&all))
            .build()
            .unwrap()
            .base_url()
            .to_owned()
    };
    // The current SDK's name wins over the earlier ones, which still work.
    let warp = ("WARP_BASE_URL", "https://warp.example");
    let oz = ("OZ_API_BASE_URL", "https://oz.example/api/v1/");
    let warp_api = ("WARP_API_BASE_URL", "https://warp-api.example");
    assert_eq!(base(&[oz, warp_api, warp]), "https://warp.example");
    assert_eq!(base(&[warp_api, oz]), "https://oz.example/api/v1");
    assert_eq!(base(&[warp_api]), "https://warp-api.example");
}

#[tokio::test]
async fn warp_custom_headers_wins_over_the_older_variable_and_they_are_not_merged() {
    let server = httpmock::MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.header("x-new", "1").header_missing("x-old");
            then.status(404);
        })
        .await;
    let base = server.base_url();
    let client = ClientBuilder::from_vars(vars(&[
        ("WARP_API_KEY", SECRET),
        ("WARP_BASE_URL", &base),
        ("WARP_CUSTOM_HEADERS", "X-New: 1"),
        ("OZ_API_CUSTOM_HEADERS", "X-Old: 1"),
    ]))
    .retry_policy(oz_agent_api::RetryPolicy::none())
    .build()
    .unwrap();
    // Only which headers went out matters here, not the answer.
    let _ = client.get_run().run_id("r-1").send().await;
    mock.assert_async().await;
    let err = ClientBuilder::from_vars(vars(&[
        ("WARP_API_KEY", SECRET),
        ("WARP_CUSTOM_HEADERS", "no colon here"),
    ]))
    .build()
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration error: WARP_CUSTOM_HEADERS line 1: expected `Name: value`, found no ':'"
    );
}

#[test]
fn an_invalid_base_url_or_header_is_a_configuration_error() {
    let err = Client::builder()
        .api_key(SECRET)
        .base_url("app.warp.dev/api")
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::Config(ref m) if m.contains("invalid base URL")),
        "{err:?}"
    );
    let err = Client::builder()
        .api_key(SECRET)
        .header("Bad Header", "x")
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::Config(ref m) if m.contains("ClientBuilder::header call 1: invalid header name")),
        "{err:?}"
    );
    let err = Client::builder()
        .api_key("wk-with\nnewline")
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::Config(_)) && !err.to_string().contains("newline"),
        "{err:?}"
    );
}

#[tokio::test]
async fn custom_headers_from_the_environment_and_the_user_agent_are_sent_to_the_api() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.path("/agent/runs/r-1")
                .header("authorization", format!("Bearer {SECRET}"))
                .header(
                    "user-agent",
                    format!("oz-agent-api-rust/{}", env!("CARGO_PKG_VERSION")),
                )
                .header("x-team", "platform")
                .header("x-trace", "a:b");
            then.status(200)
                .header("content-type", "application/json")
                .json_body(run_json("r-1", "QUEUED"));
        })
        .await;
    let base = server.base_url();
    let client = ClientBuilder::from_vars(vars(&[
        ("WARP_API_KEY", SECRET),
        ("OZ_API_BASE_URL", &base),
        (
            "OZ_API_CUSTOM_HEADERS",
            "X-Team: platform\n\nX-Trace: a:b\n",
        ),
    ]))
    .build()
    .unwrap();
    client.get_run().run_id("r-1").send().await.unwrap();
    mock.assert_async().await;
    assert_eq!(
        USER_AGENT,
        format!("oz-agent-api-rust/{}", env!("CARGO_PKG_VERSION"))
    );
}

#[tokio::test]
async fn a_custom_user_agent_replaces_the_default() {
    let server = ScriptedServer::start(vec![Reply::json(200, run_json("r-1", "QUEUED"))]).await;
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(server.url())
        .user_agent("my-service/2.0")
        .build()
        .unwrap();
    client.get_run().run_id("r-1").send().await.unwrap();
    assert_eq!(
        server.received()[0].header("user-agent"),
        Some("my-service/2.0")
    );
}

#[test]
fn debug_output_never_shows_the_key() {
    let key = ApiKey::new(SECRET).unwrap();
    assert_eq!(format!("{key:?}"), "ApiKey([redacted])");
    assert_eq!(format!("{key}"), "[redacted]");
    assert_eq!(key.expose_secret(), SECRET);
    let builder = Client::builder()
        .api_key(SECRET)
        .header("X-Api-Secret", "hunter2");
    let client = Client::builder()
        .api_key(SECRET)
        .header("X-Api-Secret", "hunter2")
        .build()
        .unwrap();
    for text in [
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{client:#?}"),
    ] {
        assert!(
            !text.contains(SECRET) && !text.contains("hunter2"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn tracing_shows_each_request_and_retry_but_never_the_key() {
    let server = ScriptedServer::start(vec![
        Reply::status(503),
        Reply::json(200, run_json("r-7", "QUEUED")),
    ])
    .await;
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(server.url())
        .retry_policy(
            oz_agent_api::RetryPolicy::default()
                .with_initial_backoff(std::time::Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let (logs, guard) = common::capture_logs();
    client.get_run().run_id("r-7").send().await.unwrap();
    drop(guard);
    let log = logs.contents();
    assert!(
        !log.contains(SECRET) && !log.contains("super-secret"),
        "the key leaked into tracing:\n{log}"
    );
    assert!(
        log.contains(
            "oz_agent_api.request{operation=\"get_run\" method=GET attempt=1 run_id=\"r-7\""
        ),
        "{log}"
    );
    assert!(log.contains("attempt=2"), "{log}");
    assert!(log.contains("retrying request"), "{log}");
    assert_eq!(
        server.received()[1].header("authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );
}

#[tokio::test]
async fn a_redirect_to_another_origin_does_not_carry_the_key_or_custom_headers() {
    let other = ScriptedServer::start(vec![Reply::json(200, run_json("r-1", "QUEUED"))]).await;
    let api = ScriptedServer::start(vec![
        Reply::status(301).header("location", &format!("{}/agent/runs/r-1", other.url()))
    ])
    .await;
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(api.url())
        .header("X-Team", "platform")
        .build()
        .unwrap();
    client.get_run().run_id("r-1").send().await.unwrap();
    assert_eq!(
        api.received()[0].header("authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );
    let leaked = &other.received()[0];
    assert_eq!(leaked.header("authorization"), None, "{leaked:?}");
    assert_eq!(leaked.header("x-team"), None, "{leaked:?}");
}

// ---------------------------------------------------------------------------
// The base URL, repeated custom headers, and the team uid.

#[test]
fn a_base_url_with_a_query_or_fragment_is_refused_at_build_naming_where_it_came_from() {
    for (url, part) in [
        ("https://oz.example/api/v1?tenant=a", "a query"),
        ("https://oz.example/api/v1?", "a query"),
        ("https://oz.example/api/v1#top", "a fragment"),
    ] {
        let err = Client::builder()
            .api_key(SECRET)
            .base_url(url)
            .build()
            .unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Config(_)), "{url}: {err:?}");
        assert!(
            text.starts_with("configuration error: ClientBuilder::base_url: the base URL has")
                && text.contains(part),
            "{url}: {text}"
        );
        let err =
            ClientBuilder::from_vars(vars(&[("WARP_API_KEY", SECRET), ("WARP_BASE_URL", url)]))
                .build()
                .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("configuration error: WARP_BASE_URL: the base URL has"),
            "{url}: {err}"
        );
    }
    // A path with a trailing slash, a port: fine.
    let client = Client::builder()
        .api_key(SECRET)
        .base_url("http://127.0.0.1:8080/api/v1/")
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:8080/api/v1");
}

#[test]
fn a_base_url_with_a_password_is_refused_naming_the_variable_never_showing_it() {
    for url in [
        "http://alice:hunter2@oz.example/api/v1",
        "https://alice:hunter2@oz.example",
        "http://hunter2@oz.example/api/v1",
        // Does not even parse (the port): still not shown.
        "http://alice:hunter2@oz.example:99999/api",
    ] {
        for variable in ["WARP_BASE_URL", "OZ_API_BASE_URL"] {
            let builder =
                ClientBuilder::from_vars(vars(&[("WARP_API_KEY", SECRET), (variable, url)]));
            let debug = format!("{builder:?}");
            assert!(!debug.contains("hunter2"), "{debug}");
            let err = builder.build().unwrap_err();
            let text = err.to_string();
            assert!(matches!(err, Error::Config(_)), "{url}: {err:?}");
            assert!(
                text.starts_with(&format!("configuration error: {variable}: ")),
                "{text}"
            );
            assert!(
                !text.contains("hunter2") && !text.contains("alice"),
                "{text}"
            );
            assert!(!format!("{err:?}").contains("hunter2"), "{err:?}");
        }
        let builder = Client::builder().api_key(SECRET).base_url(url);
        assert!(!format!("{builder:?}").contains("hunter2"));
        let err = builder.build().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("configuration error: ClientBuilder::base_url: "),
            "{err}"
        );
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }
}

#[tokio::test]
async fn a_custom_header_given_twice_sends_every_value() {
    let server = ScriptedServer::start(vec![Reply::json(200, run_json("r-1", "QUEUED"))]).await;
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(server.url())
        .header("X-Forwarded-For", "10.0.0.1")
        .header("X-Forwarded-For", "10.0.0.2")
        .build()
        .unwrap();
    client.get_run().run_id("r-1").send().await.unwrap();
    let client = ClientBuilder::from_vars(vars(&[
        ("WARP_API_KEY", SECRET),
        ("WARP_BASE_URL", &server.url()),
        (
            "WARP_CUSTOM_HEADERS",
            "X-Forwarded-For: 10.0.0.3\nX-Forwarded-For: 10.0.0.4",
        ),
    ]))
    .build()
    .unwrap();
    client.get_run().run_id("r-1").send().await.unwrap();
    let received = server.received();
    assert_eq!(
        received[0].header_values("x-forwarded-for"),
        ["10.0.0.1", "10.0.0.2"]
    );
    assert_eq!(
        received[1].header_values("x-forwarded-for"),
        ["10.0.0.3", "10.0.0.4"]
    );
}

#[tokio::test]
async fn a_calls_team_uid_wins_over_a_client_wide_custom_header() {
    let listing = || {
        Reply::json(
            200,
            common::fit(
                "listRuns",
                serde_json::json!({"runs": [], "page_info": {"has_next_page": false}}),
            ),
        )
    };
    let server = ScriptedServer::start(vec![listing()]).await;
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(server.url())
        .header("X-Warp-Team-Uid", "team-a")
        .build()
        .unwrap();
    client
        .list_runs()
        .x_warp_team_uid("team-b")
        .send()
        .await
        .unwrap();
    client.list_runs().send().await.unwrap();
    // `team_uid` (a parameter default) also wins over the custom header.
    let with_default = Client::builder()
        .api_key(SECRET)
        .base_url(server.url())
        .header("X-Warp-Team-Uid", "team-a")
        .team_uid("team-c")
        .build()
        .unwrap();
    with_default.list_runs().send().await.unwrap();
    let received = server.received();
    let teams: Vec<Vec<&str>> = received
        .iter()
        .map(|r| r.header_values("x-warp-team-uid"))
        .collect();
    assert_eq!(teams, [vec!["team-b"], vec!["team-a"], vec!["team-c"]]);
}

#[tokio::test]
async fn the_team_uid_does_not_follow_a_redirect_to_another_origin() {
    let listing = common::fit(
        "listRuns",
        serde_json::json!({"runs": [], "page_info": {"has_next_page": false}}),
    );
    let other = ScriptedServer::start(vec![Reply::json(200, listing)]).await;
    let api = ScriptedServer::start(vec![
        Reply::status(307).header("location", &format!("{}/agent/runs", other.url()))
    ])
    .await;
    for (i, client) in [
        // The call's own team, a parameter default, a custom header.
        Client::builder()
            .api_key(SECRET)
            .base_url(api.url())
            .build()
            .unwrap(),
        Client::builder()
            .api_key(SECRET)
            .base_url(api.url())
            .team_uid("team-d")
            .build()
            .unwrap(),
        Client::builder()
            .api_key(SECRET)
            .base_url(api.url())
            .header("X-Warp-Team-Uid", "team-e")
            .build()
            .unwrap(),
    ]
    .into_iter()
    .enumerate()
    {
        let mut call = client.list_runs();
        if i == 0 {
            call = call.x_warp_team_uid("team-c");
        }
        call.send().await.unwrap();
    }
    let sent: Vec<Option<String>> = api
        .received()
        .iter()
        .map(|r| r.header("x-warp-team-uid").map(str::to_owned))
        .collect();
    assert_eq!(
        sent,
        [
            Some("team-c".to_owned()),
            Some("team-d".to_owned()),
            Some("team-e".to_owned())
        ],
        "the API gets it"
    );
    for leaked in other.received() {
        assert_eq!(leaked.header("x-warp-team-uid"), None, "{leaked:?}");
        assert_eq!(leaked.header("authorization"), None, "{leaked:?}");
    }
    assert_eq!(other.count(), 3);
}
