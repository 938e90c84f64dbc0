//! Bodies large enough to arrive in many chunks, one after another on one
//! client: the client keeps the buffer it copies such a body into for the
//! next response, so every response must decode to exactly what was sent,
//! whatever the order of sizes (smaller after larger, beyond the largest
//! buffer kept, several at once).

mod common;

use common::scripted::{Reply, ScriptedServer};
use common::{fit, run_json, KEY};
use futures_util::TryStreamExt;
use oz_agent_api::Client;
use serde_json::json;

fn client(base: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .build()
        .unwrap()
}

/// A run whose id is `size` copies of `letter`: a body of about that size.
fn big_run(letter: char, size: usize) -> serde_json::Value {
    run_json(&letter.to_string().repeat(size), "SUCCEEDED")
}

#[tokio::test]
async fn pages_of_any_size_in_any_order_decode_to_exactly_what_was_sent() {
    // Larger, smaller, beyond the kept buffer's bound (2 MiB), small, larger.
    let sizes = [600_000, 150_000, 3_000_000, 90_000, 900_000];
    let letters = ['a', 'b', 'c', 'd', 'e'];
    let replies: Vec<Reply> = sizes
        .iter()
        .zip(letters)
        .enumerate()
        .map(|(i, (&size, letter))| {
            let last = i + 1 == sizes.len();
            let cursor = (!last).then(|| format!("c{}", i + 1));
            Reply::json(
                200,
                fit(
                    "listRuns",
                    json!({
                        "runs": [big_run(letter, size)],
                        "page_info": {"has_next_page": !last, "next_cursor": cursor},
                    }),
                ),
            )
        })
        .collect();
    let server = ScriptedServer::start(replies).await;
    let client = client(&server.url());
    let runs: Vec<_> = client.list_runs().stream().try_collect().await.unwrap();
    assert_eq!(runs.len(), sizes.len());
    for (i, run) in runs.iter().enumerate() {
        let expected = letters[i].to_string().repeat(sizes[i]);
        assert!(
            run.run_id == expected,
            "page {i}: the run is not the one sent"
        );
    }
    assert_eq!(server.count(), sizes.len());
}

#[tokio::test]
async fn large_bodies_read_at_the_same_time_each_decode_to_their_own() {
    let replies = (0..4)
        .map(|i| Reply::json(200, big_run('x', 300_000 + i * 1000)))
        .collect();
    let server = ScriptedServer::start(replies).await;
    let client = client(&server.url());
    let calls = (0..4).map(|_| client.get_run().run_id("r").send());
    let mut sizes: Vec<usize> = futures_util::future::join_all(calls)
        .await
        .into_iter()
        .map(|run| {
            let id = run.unwrap().into_inner().run_id;
            assert!(id.bytes().all(|b| b == b'x'));
            id.len()
        })
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [300_000, 301_000, 302_000, 303_000]);
}
