//! `cargo run --example tour` against the fake Oz server (the
//! `oz-agent-api-fake` dev-dependency), compiled in here so it is tested
//! without a nested cargo build.

use std::time::Duration;

use oz_agent_api::types::{ArtifactItem, RunState};
use oz_agent_api_fake::{FakeOzServer, Origin};

#[allow(dead_code)]
#[path = "../examples/tour.rs"]
mod tour;

#[tokio::test(start_paused = true)]
async fn the_tour_runs_against_the_fake_server() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let mut out = Vec::new();
    let mut options = tour::TourOptions::fake();
    options.wait = options.wait.with_jitter(false);
    let summary = tour::tour(&client, &mut out, &options).await.unwrap();
    let text = String::from_utf8(out).unwrap();

    assert_eq!(summary.states, ["QUEUED", "INPROGRESS", "SUCCEEDED"]);
    assert_eq!(summary.run.state, RunState::Succeeded);
    assert_eq!(summary.artifacts, 3);
    let size = summary.run.artifacts.iter().find_map(|a| match a {
        ArtifactItem::FileArtifact(f) => f.data.size_bytes,
        _ => None,
    });
    assert_eq!(summary.downloaded.map(|n| n as i64), size);
    assert_eq!(
        summary.listed, 7,
        "6 historical runs and the new one, over 2 pages"
    );
    // Virtual time: 1.5 s queued and 3 s in progress, plus at most one poll interval.
    assert!(
        summary.elapsed >= Duration::from_millis(4500)
            && summary.elapsed <= Duration::from_millis(5500),
        "{:?}",
        summary.elapsed
    );
    for heading in [
        "1. Models",
        "2. Create a run",
        "3. Watching it",
        "4. The run",
        "5. Conversation",
        "6. Artifacts",
        "7. Recent runs",
        "8. A factory dispatch, followed to its end",
    ] {
        assert!(text.contains(heading), "{heading} missing from:\n{text}");
    }
    assert!(text.contains("] INPROGRESS  Agent is working on the task"));
    assert!(
        text.contains("   metadata  created_by=oz-agent-api-tour"),
        "the run keeps the metadata it was created with:\n{text}"
    );
    assert!(text.contains("→ search_codebase"));
    // The dispatch is followed by its task's current run, to its end.
    let task = summary.factory.as_ref().expect("a factory dispatch");
    let current = task.current_run.as_ref().unwrap();
    assert_eq!(current.state, RunState::Succeeded);
    assert!(
        text.contains(" SUCCEEDED; the task is in stage REVIEW"),
        "{text}"
    );
    assert!(text.contains("PULL_REQUEST  https://github.com/acme/widgets/pull/"));
    let last = text.trim_end().lines().last().unwrap();
    assert!(
        last.starts_with("Done: run ")
            && last.contains(" SUCCEEDED in ")
            && last.ends_with("7 recent runs listed."),
        "{last}"
    );

    // Two list pages; the download went to storage without credentials.
    let requests = server.requests();
    let pages = requests
        .iter()
        .filter(|r| r.method == "GET" && r.path == "/api/v1/agent/runs")
        .count();
    assert_eq!(pages, 2);
    let storage: Vec<_> = requests
        .iter()
        .filter(|r| r.origin == Origin::Storage)
        .collect();
    assert_eq!(storage.len(), 1);
    assert!(storage[0].authorization.is_none());
    assert_eq!(server.operation_count("createFactoryRun"), 1);
}
