//! Listing runs page by page, as a stream.
//!
//! [`ListRuns::pages`](crate::builder::ListRuns::pages) sends the request
//! as built, then follows `page_info.next_cursor`: every later request is the
//! same builder (same filters, sort and limit) with only the `cursor`
//! replaced. [`ListRuns::stream`](crate::builder::ListRuns::stream) yields
//! the runs of those pages one by one. Pages are fetched lazily, one at a
//! time, so memory is bounded by one page.
//!
//! # Rules
//!
//! * The stream ends after a page whose `has_next_page` is false, or whose
//!   `next_cursor` is missing or empty (nothing to follow).
//! * A failed request is yielded as an `Err` item and ends the stream (the
//!   client's [`RetryPolicy`](crate::RetryPolicy) has already retried it).
//! * **Cursor loop guard.** A `next_cursor` equal to one of the last
//!   [`CURSOR_LOOP_WINDOW`] cursors followed would fetch the same pages
//!   forever; the page is still yielded, then an [`Error::Decode`] naming the
//!   repeated cursor, and the stream ends.
//! * **Empty page guard.** A server can answer `runs: []` with
//!   `has_next_page: true` and a fresh cursor every time; `stream()` would
//!   then fetch page after page inside one `next()`. After
//!   [`MAX_CONSECUTIVE_EMPTY_PAGES`] empty pages in a row that still point to
//!   a next page, the last of them is yielded, then an [`Error::Decode`] saying
//!   so, and the stream ends: one `next()` makes at most that many requests,
//!   whatever the server sends. A page with runs resets the count.
//!
//! Longer cursor cycles through non-empty pages are not detected, but each of
//! their pages yields runs, so `StreamExt::take` bounds them.

use std::collections::VecDeque;

use futures_core::Stream;
use futures_util::{StreamExt, TryStreamExt};
use reqwest::StatusCode;

use crate::error::DecodeError;
use crate::types::{ListRunsResponse, RunItem};
use crate::{builder::ListRuns, Error, Result};

/// How many recent cursors the loop guard remembers.
pub const CURSOR_LOOP_WINDOW: usize = 16;

/// How many empty pages in a row (no runs, yet a next cursor) the page
/// stream fetches before it gives up with an error; see the
/// [module docs](self).
pub const MAX_CONSECUTIVE_EMPTY_PAGES: usize = 32;

/// Where the page stream is.
enum Next<'a> {
    /// The request for the next page.
    Fetch {
        request: Box<ListRuns<'a>>,
        seen: VecDeque<String>,
        /// Empty pages in a row so far.
        empty: usize,
    },
    /// An error to yield after the page just yielded.
    Fail(Error),
    Done,
}

impl<'a> ListRuns<'a> {
    /// Every page of the listing: this request, then one request per
    /// `next_cursor`, with the same filters and sort. See the
    /// [module docs](crate::pagination) for when it ends.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use futures_util::TryStreamExt;
    ///
    /// let mut pages = client.list_runs().limit(50u64).pages();
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} runs; more: {}", page.runs.len(), page.page_info.has_next_page);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages(self) -> impl Stream<Item = Result<ListRunsResponse>> + Send + Unpin + 'a {
        let first = Next::Fetch {
            request: Box::new(self),
            seen: VecDeque::new(),
            empty: 0,
        };
        Box::pin(futures_util::stream::unfold(first, |next| async move {
            let (request, mut seen, empty) = match next {
                Next::Fetch {
                    request,
                    seen,
                    empty,
                } => (request, seen, empty),
                Next::Fail(error) => return Some((Err(error), Next::Done)),
                Next::Done => return None,
            };
            let following = (*request).clone();
            let page = match request.send().await {
                Ok(page) => page.into_inner(),
                Err(error) => return Some((Err(error), Next::Done)),
            };
            let cursor = page
                .page_info
                .next_cursor
                .as_deref()
                .filter(|c| page.page_info.has_next_page && !c.is_empty());
            let empty = if page.runs.is_empty() { empty + 1 } else { 0 };
            let next = match cursor {
                None => Next::Done,
                Some(_) if empty >= MAX_CONSECUTIVE_EMPTY_PAGES => Next::Fail(empty_pages(empty)),
                Some(cursor) if seen.iter().any(|c| c == cursor) => {
                    Next::Fail(repeated_cursor(cursor))
                }
                Some(cursor) => {
                    if seen.len() == CURSOR_LOOP_WINDOW {
                        seen.pop_front();
                    }
                    seen.push_back(cursor.to_owned());
                    Next::Fetch {
                        request: Box::new(following.cursor(cursor)),
                        seen,
                        empty,
                    }
                }
            };
            Some((Ok(page), next))
        }))
    }

    /// Every run of the listing, page after page (see [`pages`](Self::pages)).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use futures_util::TryStreamExt;
    /// use oz_agent_api::types::{ListRunsSortBy, RunState};
    ///
    /// let failed: Vec<_> = client
    ///     .list_runs()
    ///     .state(vec![RunState::Failed, RunState::Error])
    ///     .sort_by(ListRunsSortBy::CreatedAt)
    ///     .stream()
    ///     .try_collect()
    ///     .await?;
    /// println!("{} failed runs", failed.len());
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
        self.pages()
            .map_ok(|page| futures_util::stream::iter(page.runs.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }
}

fn repeated_cursor(cursor: &str) -> Error {
    stop(format!(
        "the server returned cursor {:?} again; stopping instead of looping",
        crate::error::excerpt(cursor, 80)
    ))
}

fn empty_pages(count: usize) -> Error {
    stop(format!(
        "the server returned {count} empty pages in a row, each with a next cursor; \
         stopping instead of paging on"
    ))
}

/// The error that ends a listing the server would never end.
fn stop(message: String) -> Error {
    Error::Decode(Box::new(DecodeError {
        operation: "list_runs",
        status: StatusCode::OK,
        target: "ListRunsResponse",
        excerpt: String::new(),
        source: <serde_json::Error as serde::de::Error>::custom(message),
    }))
}
