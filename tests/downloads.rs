//! Transcript and artifact downloads against two loopback servers on
//! different ports: the API, and "storage" (another origin) that must never
//! see the API key or the client's extra headers; and streams bounded by an
//! idle timeout, not a deadline.

#[path = "common/scripted.rs"]
mod scripted;

use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use httpmock::{Method, MockServer};
use oz_agent_api::prelude::*;
use serde_json::json;

const KEY: &str = "wk-test-download";
const BEARER: &str = "Bearer wk-test-download";

fn client(api: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(api.base_url())
        .header("X-Team", "platform")
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// Storage mocks that count requests carrying anything of the client's.
struct Leaks<'a> {
    authorization: httpmock::Mock<'a>,
    extra_header: httpmock::Mock<'a>,
}

impl Leaks<'_> {
    async fn assert_none(&self) {
        assert_eq!(
            self.authorization.calls_async().await,
            0,
            "storage saw Authorization"
        );
        assert_eq!(
            self.extra_header.calls_async().await,
            0,
            "storage saw X-Team"
        );
    }
}

/// Registered before the real storage mocks, so any request with the key or
/// the extra header lands here (and fails the download with a 418).
async fn leak_traps(storage: &MockServer) -> Leaks<'_> {
    let authorization = storage
        .mock_async(|when, then| {
            when.header_exists("authorization");
            then.status(418);
        })
        .await;
    let extra_header = storage
        .mock_async(|when, then| {
            when.header_exists("x-team");
            then.status(418);
        })
        .await;
    Leaks {
        authorization,
        extra_header,
    }
}

async fn redirect<'a>(
    api: &'a MockServer,
    path: &str,
    status: u16,
    location: &str,
) -> httpmock::Mock<'a> {
    api.mock_async(|when, then| {
        when.method(Method::GET)
            .path(path)
            .header("authorization", BEARER)
            .header("x-team", "platform");
        then.status(status).header("location", location);
    })
    .await
}

async fn stored<'a>(
    storage: &'a MockServer,
    path: &str,
    body: &'static [u8],
) -> httpmock::Mock<'a> {
    storage
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path(path)
                .query_param("sig", "s3cr3t")
                .header_missing("authorization")
                .header_missing("x-team");
            then.status(200)
                .header("content-type", "application/json")
                .body(body);
        })
        .await
}

#[tokio::test]
async fn run_transcript_follows_the_302_to_storage_without_the_key() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    assert_ne!(api.port(), storage.port());
    let leaks = leak_traps(&storage).await;
    let hop = redirect(
        &api,
        "/agent/runs/r1/transcript",
        302,
        &storage.url("/transcripts/r1.json?sig=s3cr3t"),
    )
    .await;
    let file = stored(&storage, "/transcripts/r1.json", b"{\"messages\":[]}").await;

    let bytes = client(&api).downloads().run_transcript("r1").await.unwrap();

    assert_eq!(&bytes[..], b"{\"messages\":[]}");
    assert_eq!(hop.calls_async().await, 1);
    assert_eq!(file.calls_async().await, 1);
    leaks.assert_none().await;
}

#[tokio::test]
async fn a_redirect_from_storage_to_a_third_origin_is_followed_without_the_key() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let cdn = MockServer::start_async().await;
    let storage_leaks = leak_traps(&storage).await;
    let cdn_leaks = leak_traps(&cdn).await;
    redirect(
        &api,
        "/agent/runs/r1/transcript",
        302,
        &storage.url("/t/r1?sig=s3cr3t"),
    )
    .await;
    let moved = storage
        .mock_async(|when, then| {
            when.path("/t/r1").header_missing("authorization");
            then.status(307)
                .header("location", cdn.url("/edge/r1?sig=s3cr3t"));
        })
        .await;
    let file = stored(&cdn, "/edge/r1", b"from the edge").await;

    let bytes = client(&api).downloads().run_transcript("r1").await.unwrap();
    assert_eq!(&bytes[..], b"from the edge");
    assert_eq!(moved.calls_async().await, 1);
    assert_eq!(file.calls_async().await, 1);
    storage_leaks.assert_none().await;
    cdn_leaks.assert_none().await;
}

/// A download URL on the API's own origin is an API request like any other:
/// the key never leaves that origin, so it is not stripped there.
#[tokio::test]
async fn a_download_url_on_the_api_origin_is_fetched_like_any_api_request() {
    let api = MockServer::start_async().await;
    let hop = redirect(
        &api,
        "/agent/runs/r1/transcript",
        302,
        "/files/r1?sig=s3cr3t",
    )
    .await;
    let file = api
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path("/files/r1")
                .query_param("sig", "s3cr3t")
                .header("authorization", BEARER);
            then.status(200).body("same-origin");
        })
        .await;

    let bytes = client(&api).downloads().run_transcript("r1").await.unwrap();
    assert_eq!(&bytes[..], b"same-origin");
    assert_eq!(hop.calls_async().await, 1);
    assert_eq!(file.calls_async().await, 1);
}

fn file_artifact(download_url: &str) -> serde_json::Value {
    json!({
        "artifact_type": "FILE",
        "artifact_uid": "a1",
        "created_at": "2026-01-01T00:00:00Z",
        "data": {
            "content_type": "image/png",
            "download_url": download_url,
            "expires_at": "2026-01-01T01:00:00Z",
            "filename": "shot.png",
            "filepath": "out/shot.png",
        }
    })
}

async fn artifact<'a>(api: &'a MockServer, body: serde_json::Value) -> httpmock::Mock<'a> {
    api.mock_async(|when, then| {
        when.method(Method::GET)
            .path("/agent/artifacts/a1")
            .header("authorization", BEARER);
        then.status(200)
            .header("content-type", "application/json")
            .body(body.to_string());
    })
    .await
}

#[tokio::test]
async fn artifact_download_fetches_its_download_url_without_the_key() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let leaks = leak_traps(&storage).await;
    let meta = artifact(
        &api,
        file_artifact(&storage.url("/artifacts/shot.png?sig=s3cr3t")),
    )
    .await;
    let file = stored(&storage, "/artifacts/shot.png", b"\x89PNG\r\n").await;

    let client = client(&api);
    let bytes = client.downloads().artifact("a1").await.unwrap();
    assert_eq!(&bytes[..], b"\x89PNG\r\n");

    let stream = client.downloads().artifact_stream("a1").await.unwrap();
    assert_eq!(stream.content_length(), Some(6));
    let chunks: Vec<_> = stream.try_collect().await.unwrap();
    assert_eq!(chunks.concat(), b"\x89PNG\r\n");

    assert_eq!(meta.calls_async().await, 2);
    assert_eq!(file.calls_async().await, 2);
    leaks.assert_none().await;
}

#[tokio::test]
async fn screenshot_artifacts_download_the_same_way() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let leaks = leak_traps(&storage).await;
    artifact(
        &api,
        json!({
            "artifact_type": "SCREENSHOT",
            "artifact_uid": "a1",
            "created_at": "2026-01-01T00:00:00Z",
            "data": {
                "content_type": "image/png",
                "download_url": storage.url("/shots/1.png?sig=s3cr3t"),
                "expires_at": "2026-01-01T01:00:00Z",
            }
        }),
    )
    .await;
    stored(&storage, "/shots/1.png", b"png").await;
    let bytes = client(&api).downloads().artifact("a1").await.unwrap();
    assert_eq!(&bytes[..], b"png");
    leaks.assert_none().await;
}

#[tokio::test]
async fn plan_artifacts_are_returned_from_their_inline_content() {
    let api = MockServer::start_async().await;
    artifact(
        &api,
        json!({
            "artifact_type": "PLAN",
            "artifact_uid": "a1",
            "created_at": "2026-01-01T00:00:00Z",
            "data": {
                "content": "# Plan\n1. Fix it",
                "content_type": "text/markdown",
                "document_uid": "d1",
                "notebook_uid": "n1",
            }
        }),
    )
    .await;
    let client = client(&api);
    let bytes = client.downloads().artifact("a1").await.unwrap();
    assert_eq!(&bytes[..], b"# Plan\n1. Fix it");
    let stream = client.downloads().artifact_stream("a1").await.unwrap();
    assert_eq!(stream.content_type(), Some("text/markdown"));
    let error = client.downloads().artifact_url("a1").await.unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
}

#[tokio::test]
async fn signed_url_accessors_return_the_url_without_fetching_it() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let anything = storage
        .mock_async(|_, then| {
            then.status(200);
        })
        .await;
    let signed = storage.url("/transcripts/r1.json?sig=s3cr3t");
    redirect(&api, "/agent/runs/r1/transcript", 302, &signed).await;
    artifact(&api, file_artifact(&signed)).await;

    let client = client(&api);
    assert_eq!(
        client
            .downloads()
            .run_transcript_url("r1")
            .await
            .unwrap()
            .as_str(),
        signed
    );
    assert_eq!(
        client
            .downloads()
            .artifact_url("a1")
            .await
            .unwrap()
            .as_str(),
        signed
    );
    assert_eq!(anything.calls_async().await, 0);
}

#[tokio::test]
async fn a_body_larger_than_max_response_bytes_is_refused_but_can_be_streamed() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    redirect(
        &api,
        "/agent/runs/r1/transcript",
        302,
        &storage.url("/big?sig=s3cr3t"),
    )
    .await;
    let big = vec![b'x'; 4096];
    storage
        .mock_async(|when, then| {
            when.path("/big");
            then.status(200).body(big.clone());
        })
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(api.base_url())
        .header("X-Team", "platform")
        .max_response_bytes(1024)
        .build()
        .unwrap();

    let error = client.downloads().run_transcript("r1").await.unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 1024, .. }),
        "{error:?}"
    );

    let stream = client
        .downloads()
        .run_transcript_stream("r1")
        .await
        .unwrap();
    let chunks: Vec<_> = stream.try_collect().await.unwrap();
    assert_eq!(chunks.concat(), big);
}

#[tokio::test]
async fn storage_errors_keep_the_status_but_not_the_signed_url() {
    let api = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    redirect(
        &api,
        "/agent/runs/r1/transcript",
        302,
        &storage.url("/expired?sig=s3cr3t"),
    )
    .await;
    storage
        .mock_async(|when, then| {
            when.path("/expired");
            then.status(403)
                .header("content-type", "application/xml")
                .body("<Error><Code>AccessDenied</Code></Error>");
        })
        .await;
    let error = client(&api)
        .downloads()
        .run_transcript("r1")
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(error.api().unwrap().operation(), "download");
    let message = error.to_string();
    assert!(message.contains("AccessDenied"), "{message}");
    assert!(!message.contains("s3cr3t"), "{message}");
    assert!(!format!("{error:?}").contains(KEY));
}

#[tokio::test]
async fn api_errors_on_the_first_hop_are_returned_as_is() {
    let api = MockServer::start_async().await;
    api.mock_async(|when, then| {
        when.path("/agent/runs/missing/transcript");
        then.status(404)
            .header("content-type", "application/problem+json")
            .body(json!({"title": "Not found", "detail": "no such run"}).to_string());
    })
    .await;
    let error = client(&api)
        .downloads()
        .run_transcript("missing")
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.api().unwrap().operation(), "get_run_transcript");
    assert_eq!(error.api().unwrap().detail(), Some("no such run"));
}

#[tokio::test]
async fn a_redirect_without_a_location_is_a_decode_error() {
    let api = MockServer::start_async().await;
    api.mock_async(|when, then| {
        when.path("/agent/runs/r1/transcript");
        then.status(302);
    })
    .await;
    let error = client(&api)
        .downloads()
        .run_transcript_url("r1")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
}

// ---------------------------------------------------------------------------
// A stream is bounded by an idle timeout, not by a deadline.

/// The API answers the transcript with a 302 to `storage`, which streams
/// 1 KiB every 100 ms, 30 times (3 s in all), going silent after
/// `stall_after` chunks if given.
async fn paced_transcript(
    stall_after: Option<usize>,
) -> (scripted::ScriptedServer, scripted::ScriptedServer) {
    let storage = scripted::ScriptedServer::start(vec![scripted::Reply::Paced {
        chunk: vec![b'x'; 1024],
        count: 30,
        every: Duration::from_millis(100),
        stall_after,
    }])
    .await;
    let api = scripted::ScriptedServer::start(vec![scripted::Reply::status(302)
        .header("location", &format!("{}/transcript?sig=s", storage.url()))])
    .await;
    (api, storage)
}

fn one_second_client(api: &scripted::ScriptedServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(api.url())
        .timeout(Duration::from_secs(1))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_healthy_download_stream_longer_than_the_timeout_is_not_cut_off() {
    let (api, storage) = paced_transcript(None).await;
    let client = one_second_client(&api);
    let started = Instant::now();
    let stream = client
        .downloads()
        .run_transcript_stream("r1")
        .await
        .unwrap();
    let chunks: Vec<_> = stream.try_collect().await.unwrap();
    assert_eq!(chunks.concat().len(), 30 * 1024, "all 30 KiB");
    assert!(
        started.elapsed() >= Duration::from_millis(2900),
        "it took three times the timeout: {:?}",
        started.elapsed()
    );
    assert_eq!(storage.count(), 1);
}

#[tokio::test]
async fn a_download_stream_silent_for_longer_than_the_timeout_is_a_timeout() {
    let (api, _storage) = paced_transcript(Some(10)).await;
    let client = one_second_client(&api);
    let mut stream = client
        .downloads()
        .run_transcript_stream("r1")
        .await
        .unwrap();
    let started = Instant::now();
    let mut received = 0;
    let err = loop {
        match stream.try_next().await {
            Ok(Some(chunk)) => received += chunk.len(),
            Ok(None) => panic!("the stream ended after {received} bytes"),
            Err(err) => break err,
        }
    };
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(received, 10 * 1024, "what came before the silence");
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_millis(1900) && elapsed < Duration::from_secs(10),
        "a second of silence after a second of chunks: {elapsed:?}"
    );
    assert!(!err.to_string().contains("sig=s"), "{err}");
}

#[tokio::test]
async fn a_download_into_memory_keeps_the_overall_deadline() {
    // `bytes()` (bounded by `max_response_bytes`) is one request: the
    // timeout bounds it whole.
    let (api, _storage) = paced_transcript(None).await;
    let client = one_second_client(&api);
    let err = client.downloads().run_transcript("r1").await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
}

#[tokio::test]
async fn a_download_stream_whose_answer_does_not_start_within_the_timeout_is_a_timeout() {
    // Streams drop the overall deadline (they go through a client of their
    // own, with an idle read timeout): the wait for the response is still
    // bounded by the timeout.
    let storage = scripted::ScriptedServer::start(vec![scripted::Reply::Delay(
        Duration::from_secs(5),
        Box::new(scripted::Reply::status(200)),
    )])
    .await;
    let api = scripted::ScriptedServer::start(vec![scripted::Reply::status(302)
        .header("location", &format!("{}/transcript?sig=s", storage.url()))])
    .await;
    let client = one_second_client(&api);
    let started = Instant::now();
    let err = client
        .downloads()
        .run_transcript_stream("r1")
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(4),
        "the timeout, not the server's delay: {elapsed:?}"
    );
    assert!(!err.to_string().contains("sig=s"), "{err}");
}

#[tokio::test]
async fn ordinary_requests_and_streams_of_one_client_both_work() {
    // The client for streams is built on the first stream; requests before
    // and after it go through the client's own.
    let (api, storage) = paced_transcript(None).await;
    let client = one_second_client(&api);
    let url = client.downloads().run_transcript_url("r1").await.unwrap();
    assert!(url.as_str().starts_with(&storage.url()), "{url}");
    let chunks: Vec<_> = client
        .downloads()
        .run_transcript_stream("r1")
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(chunks.concat().len(), 30 * 1024);
}
