//! A wait accepts only the run it asked for.

use super::*;

const SOMEONE_ELSES_RUN: &str = "get_run: could not decode the HTTP 200 OK response as RunItem: \
     asked for run \"r-asked\", the server answered with run \"someone-else\" (body starts: \"\")";

#[tokio::test]
async fn wait_for_run_fails_when_the_server_answers_with_another_run() {
    let server = ScriptedServer::start(vec![Reply::json(
        200,
        common::run_json("someone-else", "SUCCEEDED"),
    )])
    .await;
    let client = client(&server.url());
    let err = client
        .wait_for_run("r-asked", &WaitOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(err.to_string(), SOMEONE_ELSES_RUN);
    assert_eq!(server.count(), 1, "the wait ends at once");
    assert_eq!(server.received()[0].target, "/agent/runs/r-asked");

    let updates: Vec<_> = client
        .watch_run("r-asked", &WaitOptions::default())
        .collect()
        .await;
    assert_eq!(updates.len(), 1);
    assert_eq!(
        updates[0].as_ref().unwrap_err().to_string(),
        SOMEONE_ELSES_RUN
    );
}

#[tokio::test]
async fn a_followup_is_not_submitted_when_the_baseline_is_another_run() {
    let server = ScriptedServer::start(vec![Reply::json(
        200,
        common::run_json("someone-else", "SUCCEEDED"),
    )])
    .await;
    let client = client(&server.url());
    let followup = RunFollowupRequest::builder()
        .message("more")
        .try_into()
        .unwrap();
    let err = client
        .submit_run_followup_and_wait("r-asked", followup, &WaitOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), SOMEONE_ELSES_RUN);
    assert_eq!(posts(&server.received()), 0);
}
