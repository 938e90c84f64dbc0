//! The client-wide retry budget, counted server-side: a token bucket shared
//! by every request (and clone) of a client; an empty bucket means no retry;
//! successes refill it; `Retry-After` is still honoured; a thousand waiters
//! under a 429 storm stay within it, and a fleet wait backs off as one.
//!
//! Needs spec G: `OZ_AGENT_API_SPEC=openapi/history/G-docs-0041a6c.yaml`.

#[path = "common/scripted.rs"]
mod scripted;

use std::time::Duration;

use oz_agent_api::prelude::*;
use oz_agent_api::retry::RetryBudget;
use oz_agent_api_fake::{FakeOzServer, Fault, Pace};
use scripted::{Reply, ScriptedServer};
use serde_json::json;
use tokio::time::Instant;

fn run_json() -> Reply {
    let run = json!({
        "run_id": "r-1", "task_id": "r-1", "title": "t", "state": "INPROGRESS",
        "prompt": "p", "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    });
    // The spec's other required members generated.
    Reply::json(
        200,
        oz_agent_api_fake::examples::Generator::from_vendored_spec()
            .expect("the client's spec")
            .fit_response("getRun", run),
    )
}

fn scripted_client(server: &ScriptedServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .api_key("wk-test")
        .base_url(server.url())
        .retry_policy(policy.with_jitter(false))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

async fn get(client: &Client) -> Result<(), Error> {
    client.get_run().run_id("r-1").send().await.map(|_| ())
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured_when_the_budget_allows_the_retry() {
    let server = ScriptedServer::start(vec![
        Reply::status(429).header("retry-after", "2"),
        run_json(),
    ])
    .await;
    let client = scripted_client(&server, RetryPolicy::default());
    let started = Instant::now();
    get(&client).await.unwrap();
    assert_eq!(started.elapsed(), Duration::from_secs(2));
    assert_eq!(server.count(), 2);
    assert_eq!(
        client.retry_tokens(),
        Some(500),
        "the success gave back what its retry took"
    );
}

#[tokio::test(start_paused = true)]
async fn an_empty_budget_means_no_retry_and_the_error_is_returned() {
    let server = ScriptedServer::start(vec![Reply::status(503).header("retry-after", "1")]).await;
    // Room for two retries.
    let client = scripted_client(
        &server,
        RetryPolicy::default().with_retry_budget(RetryBudget::new(10)),
    );
    let err = get(&client).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.count(), 3, "one attempt and two retries");
    assert_eq!(client.retry_tokens(), Some(0));
    let started = Instant::now();
    let err = get(&client).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.count(), 4, "no retry left: one attempt");
    assert_eq!(started.elapsed(), Duration::ZERO, "and no wait");
}

#[tokio::test(start_paused = true)]
async fn successes_refill_the_budget_and_clones_share_it() {
    let cell = std::sync::Arc::new(std::sync::Mutex::new(Reply::status(500)));
    let server = ScriptedServer::start(vec![Reply::shared(&cell)]).await;
    let client = scripted_client(
        &server,
        RetryPolicy::default()
            .with_initial_backoff(Duration::from_millis(10))
            .with_retry_budget(RetryBudget::new(10).with_success_refund(2)),
    );
    let clone = client.clone();
    assert!(clone_fails(&clone).await);
    assert_eq!(
        client.retry_tokens(),
        Some(0),
        "the clone drained the original's bucket"
    );
    *cell.lock().unwrap() = run_json();
    for expected in [2, 4, 6, 8, 10, 10] {
        get(&client).await.unwrap();
        assert_eq!(
            client.retry_tokens(),
            Some(expected),
            "capped at the capacity"
        );
    }
    *cell.lock().unwrap() = Reply::status(500);
    let before = server.count();
    assert!(get(&client).await.is_err());
    assert_eq!(server.count() - before, 3, "two retries again");
}

async fn clone_fails(client: &Client) -> bool {
    get(client).await.is_err()
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_a_timeout_costs_more() {
    let server =
        ScriptedServer::start(vec![run_json().after(Duration::from_secs(10)), run_json()]).await;
    let client = scripted_client(&server, RetryPolicy::default());
    get(&client).await.unwrap();
    assert_eq!(server.count(), 2);
    assert_eq!(client.retry_tokens(), Some(500), "10 taken, 10 given back");
    let server = ScriptedServer::start(vec![run_json().after(Duration::from_secs(10))]).await;
    let client = scripted_client(&server, RetryPolicy::default());
    assert!(matches!(get(&client).await, Err(Error::Timeout { .. })));
    assert_eq!(
        client.retry_tokens(),
        Some(480),
        "two retries after timeouts"
    );
}

#[tokio::test(start_paused = true)]
async fn without_a_budget_every_request_retries_up_to_max_retries() {
    let server = ScriptedServer::start(vec![Reply::status(503).header("retry-after", "1")]).await;
    let client = scripted_client(&server, RetryPolicy::default().with_retry_budget(None));
    assert_eq!(client.retry_tokens(), None);
    for round in 1..=3 {
        assert!(get(&client).await.is_err());
        assert_eq!(server.count(), 3 * round);
    }
}

/// Counts the client's "retrying request" events (each one a retry sent)
/// logged on the current thread while [`RetryLog::counting`] is held.
///
/// The subscriber is the process-wide default, installed once: a scoped one
/// (`set_default`) can miss events when another test's thread registered
/// the callsite first (tracing caches callsite interest globally).
#[derive(Clone, Default)]
struct RetryLog(std::sync::Arc<std::sync::atomic::AtomicUsize>);

thread_local! {
    static COUNTING: std::cell::RefCell<Option<RetryLog>> = const { std::cell::RefCell::new(None) };
}

impl RetryLog {
    /// Counts this thread's retries until the guard drops.
    fn counting(&self) -> impl Drop {
        static INSTALLED: std::sync::Once = std::sync::Once::new();
        INSTALLED.call_once(|| {
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::WARN)
                .with_writer(ThreadWriter::default)
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("one global subscriber");
        });
        COUNTING.with(|c| *c.borrow_mut() = Some(self.clone()));
        struct Stop;
        impl Drop for Stop {
            fn drop(&mut self) {
                COUNTING.with(|c| *c.borrow_mut() = None);
            }
        }
        Stop
    }
}

/// Hands log lines to the calling thread's [`RetryLog`], if any.
#[derive(Default)]
struct ThreadWriter;

impl std::io::Write for ThreadWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        COUNTING.with(|c| {
            if let Some(log) = c.borrow().as_ref() {
                let text = String::from_utf8_lossy(buf);
                let n = text.matches("retrying request").count();
                log.0.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
            }
        });
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What a 60 s 429 storm on `getRun` did to 1,000 `wait_for_run` waiters
/// on one client with `policy`: requests the server received, retries the
/// client sent, tokens left in its budget.
async fn storm(policy: RetryPolicy) -> (usize, usize, Option<u32>) {
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::elapsed(
            Duration::from_secs(3600),
            Duration::from_secs(3600),
        ))
        .start()
        .await;
    let client = server
        .client_builder()
        .retry_policy(policy)
        .build()
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..1000 {
        let created = client
            .create_run()
            .body_map(|b| b.prompt(format!("waiter {i}")))
            .send()
            .await
            .unwrap();
        ids.push(created.run_id.clone());
    }
    server.clear_requests();
    let retries = RetryLog::default();
    // The test's runtime is current-thread: every waiter logs on this thread.
    let _counting = retries.counting();
    server.inject(usize::MAX, Fault::status(429).on("getRun"));
    let waiters: Vec<_> = ids
        .into_iter()
        .map(|id| {
            let client = client.clone();
            tokio::spawn(async move { client.wait_for_run(&id, &WaitOptions::default()).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(60)).await;
    let sent = server.operation_count("getRun");
    let retried = retries.0.load(std::sync::atomic::Ordering::Relaxed);
    for waiter in waiters {
        waiter.abort();
    }
    (sent, retried, client.retry_tokens())
}

#[tokio::test(start_paused = true)]
async fn a_thousand_waiters_under_a_429_storm_stay_within_the_budget() {
    let budget = RetryBudget::default();
    let allowed = (budget.capacity() / budget.retry_cost()) as usize;
    let (with_budget, retried, left) = storm(RetryPolicy::default()).await;
    let (no_budget, retried_without, _) =
        storm(RetryPolicy::default().with_retry_budget(None)).await;
    eprintln!(
        "429 storm, 60 s, 1,000 waiters: {with_budget} requests ({retried} retries) with the \
         budget, {no_budget} ({retried_without} retries) without"
    );
    assert_eq!(left, Some(0), "the storm drained the bucket");
    assert_eq!(retried, allowed, "exactly the retries the budget pays for");
    assert!(
        with_budget <= 1000 * 12 + allowed,
        "{with_budget}: at most 12 polls per waiter in 60 s, plus the budget's retries"
    );
    assert!(
        no_budget > with_budget && retried_without >= 10 * allowed,
        "without a budget the retries multiply: {retried_without} retries vs {retried}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_fleet_wait_backs_off_as_one_under_a_429_storm() {
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::elapsed(
            Duration::from_secs(30),
            Duration::from_secs(60),
        ))
        .start()
        .await;
    let client = server.client();
    let mut ids = Vec::new();
    for i in 0..1000 {
        let created = client
            .create_run()
            .body_map(|b| b.prompt(format!("fleet {i}")))
            .send()
            .await
            .unwrap();
        ids.push(created.run_id.clone());
    }
    server.clear_requests();
    server.inject(usize::MAX, Fault::status(429).on("listRuns"));
    let waiting = tokio::spawn({
        let client = client.clone();
        async move { client.wait_for_runs(&ids, &WaitOptions::default()).await }
    });
    tokio::time::sleep(Duration::from_secs(60)).await;
    let during = server.request_count();
    server.clear_faults();
    let settled = waiting.await.unwrap().unwrap();
    assert_eq!(settled.len(), 1000);
    assert_eq!(server.operation_count("getRun"), 0, "no per-run requests");
    assert!(
        during <= 40,
        "{during} requests in a 60 s storm for 1,000 runs"
    );
}
