//! The connection breaks mid-body, hangs up, or answers something that is not HTTP.

use super::*;

#[tokio::test]
async fn a_get_reset_mid_body_is_retried_twice_then_a_transport_error() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::ResetMidBody {
        status: 200,
        declared: whole_run_len(),
        body: partial_run(),
    }])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(
        io_error_kind(&err),
        Some(std::io::ErrorKind::ConnectionReset),
        "{err}"
    );
    assert_eq!(server.count(), 3, "one attempt and two retries");
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_get_reset_mid_body_then_a_good_answer_succeeds() {
    let server = ScriptedServer::start(vec![
        Reply::ResetMidBody {
            status: 200,
            declared: whole_run_len(),
            body: partial_run(),
        },
        ok_run("SUCCEEDED"),
    ])
    .await;
    let state = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap();
    assert_eq!(state, RunState::Succeeded);
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn a_post_reset_mid_body_is_sent_once() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![
        Reply::ResetMidBody {
            status: 200,
            declared: whole_run_len(),
            body: br#"{"run_id":"r-1","#.to_vec(),
        },
        created(),
    ])
    .await;
    let err = within(BOUND, create_run(&at_most_once(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "create_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(
        io_error_kind(&err),
        Some(std::io::ErrorKind::ConnectionReset),
        "{err}"
    );
    assert_eq!(
        server.count(),
        1,
        "the run may have been created: no resend"
    );
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn truncated_json_is_a_transport_error_retried_for_get_and_not_for_post() {
    let (logs, _guard) = common::capture_logs();
    let truncated = Reply::Truncated {
        status: 200,
        declared: whole_run_len(),
        body: partial_run(),
    };
    let server = ScriptedServer::start(vec![truncated.clone()]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);

    let server = ScriptedServer::start(vec![truncated]).await;
    let err = within(BOUND, create_run(&at_most_once(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "create_run");
    assert!(broke_off_mid_body(&err), "{err}");
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_hang_up_before_any_answer_is_retried_for_get() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::Close]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert!(!broke_off_mid_body(&err), "no head arrived: {err}");
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn an_answer_that_is_not_http_is_a_transport_error() {
    let (logs, _guard) = common::capture_logs();
    for garbage in [
        b"SSH-2.0-OpenSSH_9.6\r\n".to_vec(),
        b"HTTP/1.1 2000 OK\r\n\r\n".to_vec(),
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".to_vec(),
    ] {
        let server = ScriptedServer::start(vec![Reply::RawBytes(garbage)]).await;
        let err = within(BOUND, get_run(&client(&server.url())))
            .await
            .unwrap_err();
        assert_transport_after_send(&err, "get_run");
        assert_eq!(server.count(), 3);
        assert_no_leak(&err, &logs);
    }
}

#[tokio::test]
async fn a_response_head_too_large_is_a_transport_error() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![
        ok_run("SUCCEEDED").header("x-padding", &"a".repeat(1024 * 1024))
    ])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    assert_transport_after_send(&err, "get_run");
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn a_body_delimited_by_closing_the_connection_decodes() {
    // HTTP/1.0 style: no Content-Length, no chunking, the body ends at EOF.
    let mut response =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n".to_vec();
    response.extend_from_slice(run_json("r-1", "SUCCEEDED").to_string().as_bytes());
    let server = ScriptedServer::start(vec![Reply::RawBytes(response)]).await;
    let state = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap();
    assert_eq!(state, RunState::Succeeded);
    assert_eq!(server.count(), 1);
}
