//! Reading runs as the run-lifecycle layer does: one page of
//! `GET /agent/runs` row by row, with the server's own notion of the time,
//! and one run by id, checked to be the run asked for ([`fetch_run`]).
//!
//! [`ListRuns::pages`](crate::builder::ListRuns::pages) decodes a page as a
//! whole: one row the client cannot read (a teammate's run with
//! `"title": null`) fails the page. Waits and lookups must not be blinded by
//! someone else's run, so they read pages through [`fetch`]: a page that
//! decodes is taken as it is; one that does not is decoded again row by row,
//! every row that decodes is kept, and every other row is reported as
//! [`Row::Unreadable`] with what could still be read of it (its `run_id`,
//! and the row as JSON). Only a page whose frame (`runs`, `page_info`) is
//! broken fails.
//!
//! Each page also carries the server's time: the listing's `as_of` ("the
//! time the runs were read", a typed field from spec H on; an unknown field
//! kept in `extra` before) and the `Date` header of the response.

use chrono::{DateTime, Utc};
use reqwest::header::{HeaderMap, DATE};
use serde::Deserialize;

use crate::builder::ListRuns;
use crate::types::{ListRunsResponse, PageInfo, RunItem};
use crate::{transport, Client, Error, Result};

/// One row of a listing page.
// Rows are runs but for the rare unreadable one: boxing each run would cost
// an allocation per row of every page.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Row {
    /// A run, decoded.
    Run(RunItem),
    /// A row that does not decode as a run.
    Unreadable {
        /// Its `run_id`, when the row has a string one.
        run_id: Option<String>,
        /// The row as JSON, for what can still be read of it.
        value: serde_json::Value,
        /// Why it does not decode.
        error: String,
    },
}

/// One page of a listing.
pub(crate) struct Page {
    pub(crate) rows: Vec<Row>,
    /// The cursor of the next page, when the server says there is one.
    pub(crate) next_cursor: Option<String>,
    /// Whether the server says more pages follow (even without a cursor).
    pub(crate) has_next_page: bool,
    /// When the server read the runs (`as_of`), if it says.
    pub(crate) as_of: Option<DateTime<Utc>>,
    /// The response's `Date` header: the server's clock when it answered.
    pub(crate) date: Option<DateTime<Utc>>,
}

impl Page {
    /// The server's own notion of now for this page: `as_of` if given (the
    /// data can lag live activity), else the `Date` header.
    pub(crate) fn server_now(&self) -> Option<DateTime<Utc>> {
        self.as_of.or(self.date)
    }
}

/// Sends `listing` and reads its page row by row (see the module docs).
pub(crate) async fn fetch(listing: ListRuns<'_>) -> Result<Page> {
    let (result, kept) = transport::keeping_undecodable(listing.send()).await;
    match result {
        Ok(response) => {
            let date = date(response.headers());
            let mut page = response.into_inner();
            let as_of = as_of(&mut page);
            Ok(Page {
                next_cursor: next_cursor(&page.page_info),
                has_next_page: page.page_info.has_next_page,
                rows: page.runs.into_iter().map(Row::Run).collect(),
                as_of,
                date,
            })
        }
        Err(Error::Decode(error)) => match kept {
            Some(kept) if error.status().is_success() => {
                lenient(&kept.body, date(&kept.headers)).ok_or(Error::Decode(error))
            }
            _ => Err(Error::Decode(error)),
        },
        Err(error) => Err(error),
    }
}

/// One run (`GET /agent/runs/{runId}`), or [`Error::Decode`] when the
/// server answered with another run than the one asked for: a confused
/// proxy or cache must not end a wait with someone else's result.
pub(crate) async fn fetch_run(client: &Client, run_id: &str) -> Result<RunItem> {
    let response = client.get_run().run_id(run_id).send().await?;
    let status = response.status();
    let run = response.into_inner();
    if run.run_id == run_id {
        return Ok(run);
    }
    Err(Error::Decode(Box::new(crate::DecodeError {
        operation: "get_run",
        status,
        target: "RunItem",
        excerpt: String::new(),
        source: <serde_json::Error as serde::de::Error>::custom(format!(
            "asked for run {:?}, the server answered with run {:?}",
            crate::error::excerpt(run_id, 80),
            crate::error::excerpt(&run.run_id, 80)
        )),
    })))
}

/// The page frame, with the rows left undecoded.
#[derive(Deserialize)]
struct Frame {
    runs: Vec<serde_json::Value>,
    page_info: PageInfo,
    #[serde(default)]
    as_of: Option<serde_json::Value>,
}

/// Decodes a page row by row; `None` when its frame does not decode.
fn lenient(body: &[u8], date: Option<DateTime<Utc>>) -> Option<Page> {
    let frame: Frame = crate::lexical::from_slice(body).ok()?;
    let rows = frame
        .runs
        .into_iter()
        .map(|value| match RunItem::deserialize(&value) {
            Ok(run) => Row::Run(run),
            Err(error) => Row::Unreadable {
                run_id: value
                    .get("run_id")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned),
                error: error.to_string(),
                value,
            },
        })
        .collect();
    Some(Page {
        rows,
        next_cursor: next_cursor(&frame.page_info),
        has_next_page: frame.page_info.has_next_page,
        as_of: frame.as_of.as_ref().and_then(timestamp),
        date,
    })
}

fn next_cursor(info: &PageInfo) -> Option<String> {
    info.next_cursor
        .as_deref()
        .filter(|c| info.has_next_page && !c.is_empty())
        .map(str::to_owned)
}

/// The listing's `as_of`. Spec G has no such field, so a server that sends
/// it has it kept in `extra`; spec H makes it a typed (required) field.
/// Serializing the page without its runs reads it either way — whether the
/// generated struct has the field or keeps it in `extra` — so this keeps
/// working unchanged when the vendored spec gains it.
fn as_of(page: &mut ListRunsResponse) -> Option<DateTime<Utc>> {
    let runs = std::mem::take(&mut page.runs);
    let frame = serde_json::to_value(&*page).ok();
    page.runs = runs;
    timestamp(frame?.get("as_of")?)
}

fn timestamp(value: &serde_json::Value) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value.as_str()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The `Date` header (an HTTP-date, to the second).
pub(crate) fn date(headers: &HeaderMap) -> Option<DateTime<Utc>> {
    let text = headers.get(DATE)?.to_str().ok()?;
    httpdate::parse_http_date(text.trim())
        .ok()
        .map(DateTime::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_whose_rows_do_not_all_decode_keeps_the_others() {
        let body = serde_json::json!({
            "runs": [
                {"run_id": "r-1", "task_id": "r-1", "title": "t", "state": "QUEUED", "prompt": "p",
                 "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
                 "finished_at": null, "root_run_id": "r-1"},
                {"run_id": "r-2", "title": null},
                7,
            ],
            "page_info": {"has_next_page": true, "next_cursor": "c"},
            "as_of": "2026-01-01T00:00:05Z",
        });
        let page = lenient(body.to_string().as_bytes(), None).unwrap();
        assert_eq!(page.rows.len(), 3);
        assert!(matches!(&page.rows[0], Row::Run(run) if run.run_id == "r-1"));
        assert!(matches!(&page.rows[1], Row::Unreadable { run_id: Some(id), .. } if id == "r-2"));
        assert!(matches!(
            &page.rows[2],
            Row::Unreadable { run_id: None, .. }
        ));
        assert_eq!(page.next_cursor.as_deref(), Some("c"));
        assert_eq!(
            page.as_of,
            Some("2026-01-01T00:00:05Z".parse::<DateTime<Utc>>().unwrap())
        );
        assert!(lenient(br#"{"runs": 7, "page_info": {}}"#, None).is_none());
    }

    #[test]
    fn as_of_is_read_from_the_unknown_fields() {
        let mut page: ListRunsResponse = serde_json::from_value(serde_json::json!({
            "runs": [], "page_info": {"has_next_page": false}, "team_uid": null,
            "as_of": "2026-01-01T10:00:00.250Z",
        }))
        .unwrap();
        assert_eq!(
            as_of(&mut page),
            Some("2026-01-01T10:00:00.250Z".parse().unwrap())
        );
    }

    #[test]
    fn the_date_header_is_read_as_an_http_date() {
        let mut headers = HeaderMap::new();
        headers.insert(DATE, "Thu, 01 Jan 2026 10:00:00 GMT".parse().unwrap());
        assert_eq!(
            date(&headers),
            Some("2026-01-01T10:00:00Z".parse().unwrap())
        );
        headers.insert(DATE, "yesterday".parse().unwrap());
        assert_eq!(date(&headers), None);
    }
}
