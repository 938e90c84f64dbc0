//! Empty pages with fresh cursors cannot make a listing loop for ever.

use super::*;

fn page(runs: Vec<serde_json::Value>, cursor: Option<&str>) -> Reply {
    let page = json!({
        "runs": runs,
        "page_info": {"has_next_page": cursor.is_some(), "next_cursor": cursor},
    });
    Reply::json(200, common::fit("listRuns", page))
}

/// `count` empty pages, each with a cursor never seen before.
fn empty_pages(count: usize) -> Vec<Reply> {
    (0..count)
        .map(|i| page(vec![], Some(&format!("cursor-{i}"))))
        .collect()
}

#[tokio::test]
async fn listing_stops_with_an_error_after_the_bound_on_consecutive_empty_pages() {
    // Far more empty pages than the bound, every one with a fresh cursor.
    let server = ScriptedServer::start(empty_pages(10 * MAX_CONSECUTIVE_EMPTY_PAGES)).await;
    let client = client(&server.url());
    let mut runs = client.list_runs().stream();
    let err = runs.next().await.expect("an item").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "list_runs: could not decode the HTTP 200 OK response as ListRunsResponse: the server \
             returned {MAX_CONSECUTIVE_EMPTY_PAGES} empty pages in a row, each with a next cursor; \
             stopping instead of paging on (body starts: \"\")"
        )
    );
    assert!(
        runs.next().await.is_none(),
        "the stream ends after the error"
    );
    assert_eq!(server.count(), MAX_CONSECUTIVE_EMPTY_PAGES);

    // The page stream yields each empty page, then the same error.
    let server = ScriptedServer::start(empty_pages(10 * MAX_CONSECUTIVE_EMPTY_PAGES)).await;
    let client = common::client(&server.url());
    let items: Vec<_> = client.list_runs().pages().collect().await;
    assert_eq!(items.len(), MAX_CONSECUTIVE_EMPTY_PAGES + 1);
    assert!(items[..MAX_CONSECUTIVE_EMPTY_PAGES]
        .iter()
        .all(Result::is_ok));
    assert!(matches!(items.last(), Some(Err(Error::Decode(_)))));
    assert_eq!(server.count(), MAX_CONSECUTIVE_EMPTY_PAGES);
}

#[tokio::test]
async fn a_page_with_runs_resets_the_empty_page_count() {
    let run = common::run_json("r-1", "SUCCEEDED");
    let mut script = empty_pages(MAX_CONSECUTIVE_EMPTY_PAGES - 1);
    script.push(page(vec![run], Some("with-a-run")));
    script.extend(
        (0..MAX_CONSECUTIVE_EMPTY_PAGES - 1).map(|i| page(vec![], Some(&format!("again-{i}")))),
    );
    script.push(page(vec![], None));
    let server = ScriptedServer::start(script).await;
    let client = client(&server.url());
    let runs: Vec<_> = client.list_runs().stream().try_collect().await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(server.count(), 2 * MAX_CONSECUTIVE_EMPTY_PAGES);
}
