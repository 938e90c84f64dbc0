//! Cursor-paged listings, page by page or item by item, as streams.
//!
//! Every operation of the spec that pages with a cursor gets `pages()` and
//! `stream()` on its builder (`client.list_runs().pages()`). Which ones do
//! is decided by one rule over the spec (`build/pagination.rs`): a `cursor`
//! query parameter, and a JSON success response object with a `page_info`
//! object holding `next_cursor` (and `has_next_page`) beside one array of
//! items. The build marks each such operation in [`spec::OPENAPI_JSON`]
//! (`x-oz-pagination`, naming the array) so tools such as the fake server
//! page by the same rule, and implements the paging for it; the guarantees
//! below are written once, here, for all of them.
//!
//! `pages()` sends the request as built, then follows
//! `page_info.next_cursor`: every later request is the same builder (same
//! filters, sort and limit) with only the `cursor` replaced. `stream()` yields
//! the items of those pages one by one. Pages are fetched lazily, one at a
//! time, so memory is bounded by one page.
//!
//! ```no_run
//! # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
//! use futures_util::TryStreamExt;
//!
//! let mut pages = client.list_runs().limit(50u64).pages();
//! while let Some(page) = pages.try_next().await? {
//!     println!("{} runs; more: {}", page.runs.len(), page.page_info.has_next_page);
//! }
//! let all: Vec<_> = client.list_runs().stream().try_collect().await?;
//! # let _ = all;
//! # Ok(()) }
//! ```
//!
//! # Rules
//!
//! * The stream ends after a page whose `has_next_page` is false, or whose
//!   `next_cursor` is missing or empty (nothing to follow).
//! * A failed request is yielded as an `Err` item and ends the stream (the
//!   client's [`RetryPolicy`](crate::RetryPolicy) has already retried it).
//! * **Cursor loop guard.** A `next_cursor` equal to one of the last
//!   16 cursors followed would fetch the same pages
//!   forever; the page is still yielded, then an [`Error::Decode`] naming the
//!   repeated cursor, and the stream ends.
//! * **Empty page guard.** A server can answer an empty page with
//!   `has_next_page: true` and a fresh cursor every time; `stream()` would
//!   then fetch page after page inside one `next()`. After
//!   32 empty pages in a row that still point to
//!   a next page, the last of them is yielded, then an [`Error::Decode`] saying
//!   so, and the stream ends: one `next()` makes at most that many requests,
//!   whatever the server sends. A page with items resets the count.
//!
//! Longer cursor cycles through non-empty pages are not detected, but each of
//! their pages yields items, so `StreamExt::take` bounds them.
//!
//! [`spec::OPENAPI_JSON`]: crate::spec::OPENAPI_JSON

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use futures_core::Stream;
use futures_util::{StreamExt, TryStreamExt};
use reqwest::StatusCode;

use crate::error::DecodeError;
use crate::{Error, Result};

/// How many recent cursors the loop guard remembers.
pub(crate) const CURSOR_LOOP_WINDOW: usize = 16;

/// How many empty pages in a row (no items, yet a next cursor) the page
/// stream fetches before it gives up with an error; see the
/// [module docs](self).
pub(crate) const MAX_CONSECUTIVE_EMPTY_PAGES: usize = 32;

/// The request for one page, boxed.
pub(crate) type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// A page of a cursor-paged operation (implemented by the build for each
/// operation the rule finds; see the [module docs](self)).
pub(crate) trait Page {
    /// One item of the page.
    type Item;
    /// The cursor of the next page, if the page says there is one.
    fn next_cursor(&self) -> Option<&str>;
    /// How many items the page holds.
    fn item_count(&self) -> usize;
    /// The page's items.
    fn into_items(self) -> Vec<Self::Item>;
}

/// A builder of a cursor-paged operation (implemented by the build for each
/// operation the rule finds).
pub(crate) trait Paged<'a>: Clone + Send + Sized + 'a {
    /// One page as the operation returns it.
    type Page: Page<Item: Send + 'a> + Send + 'a;
    /// The operation, as errors name it.
    const OPERATION: &'static str;
    /// The page's type, as errors name it.
    const PAGE: &'static str;
    /// Sends the request for one page.
    fn send_page(self) -> PageFuture<'a, Self::Page>;
    /// The same request for the page at `cursor`.
    fn with_cursor(self, cursor: String) -> Self;
}

/// The `next_cursor` of a page, whether the spec makes it optional or not.
pub(crate) trait CursorField {
    fn cursor(&self) -> Option<&str>;
}

impl CursorField for String {
    fn cursor(&self) -> Option<&str> {
        Some(self)
    }
}

impl CursorField for Option<String> {
    fn cursor(&self) -> Option<&str> {
        self.as_deref()
    }
}

/// The `has_next_page` of a page, whether the spec makes it optional or not
/// (absent: the cursor decides).
pub(crate) trait FlagField {
    fn flag(&self) -> bool;
}

impl FlagField for bool {
    fn flag(&self) -> bool {
        *self
    }
}

impl FlagField for Option<bool> {
    fn flag(&self) -> bool {
        self.unwrap_or(true)
    }
}

/// The items of a page, whether the spec makes the array optional or not.
pub(crate) trait ItemsField {
    type Item;
    fn count(&self) -> usize;
    fn into_vec(self) -> Vec<Self::Item>;
}

impl<T> ItemsField for Vec<T> {
    type Item = T;
    fn count(&self) -> usize {
        self.len()
    }
    fn into_vec(self) -> Vec<T> {
        self
    }
}

impl<T> ItemsField for Option<Vec<T>> {
    type Item = T;
    fn count(&self) -> usize {
        self.as_ref().map_or(0, Vec::len)
    }
    fn into_vec(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

/// The cursor to follow: `next_cursor` when there is a next page and it is
/// not empty.
pub(crate) fn next_cursor<'p>(
    cursor: &'p impl CursorField,
    has_next_page: &impl FlagField,
) -> Option<&'p str> {
    cursor
        .cursor()
        .filter(|c| has_next_page.flag() && !c.is_empty())
}

/// Where the page stream is.
enum Next<P> {
    /// The request for the next page.
    Fetch {
        request: Box<P>,
        seen: VecDeque<String>,
        /// Empty pages in a row so far.
        empty: usize,
    },
    /// An error to yield after the page just yielded.
    Fail(Error),
    Done,
}

/// Every page of the listing: `first`, then one request per `next_cursor`,
/// with the same filters and sort (see the [module docs](self)).
pub(crate) fn pages<'a, P: Paged<'a>>(
    first: P,
) -> impl Stream<Item = Result<P::Page>> + Send + Unpin + 'a {
    let first = Next::Fetch {
        request: Box::new(first),
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
        let page = match request.send_page().await {
            Ok(page) => page,
            Err(error) => return Some((Err(error), Next::Done)),
        };
        let empty = if page.item_count() == 0 { empty + 1 } else { 0 };
        let next = match page.next_cursor() {
            None => Next::Done,
            Some(_) if empty >= MAX_CONSECUTIVE_EMPTY_PAGES => {
                Next::Fail(stop::<P>(empty_pages(empty)))
            }
            Some(cursor) if seen.iter().any(|c| c == cursor) => {
                Next::Fail(stop::<P>(repeated_cursor(cursor)))
            }
            Some(cursor) => {
                if seen.len() == CURSOR_LOOP_WINDOW {
                    seen.pop_front();
                }
                seen.push_back(cursor.to_owned());
                Next::Fetch {
                    request: Box::new(following.with_cursor(cursor.to_owned())),
                    seen,
                    empty,
                }
            }
        };
        Some((Ok(page), next))
    }))
}

/// Every item of the listing, page after page (see [`pages`]).
pub(crate) fn items<'a, P: Paged<'a>>(
    first: P,
) -> impl Stream<Item = Result<<P::Page as Page>::Item>> + Send + Unpin + 'a {
    pages(first)
        .map_ok(|page| futures_util::stream::iter(page.into_items().into_iter().map(Ok)))
        .try_flatten()
        .boxed()
}

fn repeated_cursor(cursor: &str) -> String {
    format!(
        "the server returned cursor {:?} again; stopping instead of looping",
        crate::error::excerpt(cursor, 80)
    )
}

fn empty_pages(count: usize) -> String {
    format!(
        "the server returned {count} empty pages in a row, each with a next cursor; \
         stopping instead of paging on"
    )
}

/// The error that ends a listing the server would never end.
fn stop<'a, P: Paged<'a>>(message: String) -> Error {
    Error::Decode(Box::new(DecodeError {
        operation: P::OPERATION,
        status: StatusCode::OK,
        target: P::PAGE,
        excerpt: String::new(),
        source: <serde_json::Error as serde::de::Error>::custom(message),
    }))
}
