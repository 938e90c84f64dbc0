//! Image attachments: built from bytes or files, checked before sending,
//! and sent base64-encoded in `RunAgentRequest.attachments`.

use std::path::PathBuf;

use httpmock::{Method, MockServer};
use oz_agent_api::attachments::{attachment_inputs, MAX_ATTACHMENTS};
use oz_agent_api::types::RunAgentRequest;
use oz_agent_api::{Attachment, Client, Error};
use serde_json::json;

fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key("wk-test")
        .base_url(server.base_url())
        .build()
        .unwrap()
}

/// A fresh directory for this test's files, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "oz-agent-api-attachments-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn invalid_request(error: Error) -> String {
    match error {
        Error::InvalidRequest(message) => message,
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
}

#[tokio::test]
async fn create_run_sends_attachments_base64_encoded() {
    let server = MockServer::start_async().await;
    let dir = TempDir::new("send");
    let from_file = Attachment::from_path(dir.file("login.webp", b"RIFF\x00WEBP")).unwrap();
    let from_bytes = Attachment::from_bytes("shot.png", "image/png", &b"\x89PNG"[..]).unwrap();
    let create = server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path("/agent/runs")
                .header("authorization", "Bearer wk-test")
                .json_body_includes(
                    json!({
                        "prompt": "What is wrong here?",
                        "attachments": [
                            {"file_name": "shot.png", "mime_type": "image/png", "data": "iVBORw=="},
                            {"file_name": "login.webp", "mime_type": "image/webp", "data": "UklGRgBXRUJQ"},
                        ],
                    })
                    .to_string(),
                )
                // Exactly-once creation: the client token in the metadata.
                .body_includes(oz_agent_api::CLIENT_TOKEN_KEY);
            then.status(200)
                .header("content-type", "application/json")
                .body(json!({"run_id": "r1", "task_id": "r1", "state": "QUEUED"}).to_string());
        })
        .await;
    let request = RunAgentRequest::builder()
        .prompt("What is wrong here?")
        .with_attachments(vec![from_bytes, from_file]);
    let created = client(&server)
        .create_run()
        .body(request)
        .send()
        .await
        .unwrap();
    assert_eq!(created.run_id, "r1");
    assert_eq!(create.calls_async().await, 1);
}

#[test]
fn attachment_inputs_encode_each_attachment() {
    let gif = Attachment::from_bytes("a.gif", "image/gif", &b"GIF89a"[..]).unwrap();
    let inputs = attachment_inputs(vec![gif]).unwrap();
    assert_eq!(
        serde_json::to_value(&inputs).unwrap(),
        json!([{"file_name": "a.gif", "mime_type": "image/gif", "data": "R0lGODlh"}])
    );
}

#[test]
fn from_path_guesses_the_mime_type_from_the_extension() {
    let dir = TempDir::new("guess");
    for (name, mime) in [
        ("a.png", "image/png"),
        ("b.jpg", "image/jpeg"),
        ("c.jpeg", "image/jpeg"),
        ("d.gif", "image/gif"),
        ("e.webp", "image/webp"),
        ("F.PNG", "image/png"),
    ] {
        let attachment = Attachment::from_path(dir.file(name, b"pixels")).unwrap();
        assert_eq!(attachment.mime_type(), mime, "{name}");
        assert_eq!(attachment.file_name(), name);
        assert_eq!(&attachment.data()[..], b"pixels");
    }
}

#[test]
fn unsupported_types_are_refused_with_the_supported_list() {
    let message = invalid_request(
        Attachment::from_bytes("notes.pdf", "application/pdf", &b"%PDF"[..]).unwrap_err(),
    );
    assert!(message.contains("application/pdf"), "{message}");
    assert!(
        message.contains("image/jpeg, image/png, image/gif, image/webp"),
        "{message}"
    );

    let dir = TempDir::new("unsupported");
    let message = invalid_request(Attachment::from_path(dir.file("a.svg", b"<svg/>")).unwrap_err());
    assert!(message.contains("image/svg+xml"), "{message}");
    let message = invalid_request(Attachment::from_path(dir.file("README", b"hi")).unwrap_err());
    assert!(message.contains("unknown"), "{message}");
}

#[test]
fn mime_types_are_compared_without_case_or_parameters() {
    let attachment =
        Attachment::from_bytes("a.jpg", " IMAGE/JPEG; quality=90", &b"jpeg"[..]).unwrap();
    assert_eq!(attachment.mime_type(), "image/jpeg");
    assert_eq!(attachment.to_input().mime_type, "image/jpeg");
}

#[test]
fn unreadable_empty_or_nameless_attachments_are_refused() {
    let dir = TempDir::new("unreadable");
    let missing = dir.0.join("missing.png");
    let message = invalid_request(Attachment::from_path(&missing).unwrap_err());
    assert!(message.contains("cannot be read"), "{message}");
    let message = invalid_request(Attachment::from_path(dir.file("empty.png", b"")).unwrap_err());
    assert!(message.contains("empty"), "{message}");
    invalid_request(Attachment::from_bytes("", "image/png", &b"x"[..]).unwrap_err());
}

#[tokio::test]
async fn more_than_five_attachments_are_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any_request = server
        .mock_async(|_, then| {
            then.status(200);
        })
        .await;
    let png = Attachment::from_bytes("a.png", "image/png", &b"png"[..]).unwrap();

    assert_eq!(
        attachment_inputs(vec![png.clone(); MAX_ATTACHMENTS])
            .unwrap()
            .len(),
        5
    );
    let message = invalid_request(attachment_inputs(vec![png.clone(); 6]).unwrap_err());
    assert!(message.contains("at most 5"), "{message}");

    let request = RunAgentRequest::builder()
        .prompt("Too many")
        .with_attachments(vec![png; 6]);
    let message = invalid_request(
        client(&server)
            .create_run()
            .body(request)
            .send()
            .await
            .unwrap_err(),
    );
    assert!(message.contains("at most 5"), "{message}");
    assert_eq!(any_request.calls_async().await, 0);
}

#[test]
fn debug_shows_the_size_not_the_bytes() {
    let png = Attachment::from_bytes("a.png", "image/png", vec![7u8; 300]).unwrap();
    assert_eq!(
        format!("{png:?}"),
        r#"Attachment { file_name: "a.png", mime_type: "image/png", bytes: 300 }"#
    );
}
