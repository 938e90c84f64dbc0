//! A request as the handlers see it, and the checks of what it carries
//! that more than one handler shares.

use hyper::header::HeaderMap;
use hyper::Method;

use crate::reply::Problem;

/// A request as the handlers see it.
pub(crate) struct Req<'a> {
    pub(crate) method: &'a Method,
    /// The full path, with the base path.
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) authorization: Option<&'a str>,
    /// `X-Warp-Team-Uid`, if sent.
    pub(crate) team_uid: Option<&'a str>,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
}

/// The decoded `key=value` pairs of a query string, in order.
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    match reqwest::Url::parse(&format!("http://fake.invalid/?{query}")) {
        Ok(url) => url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// A metadata key: 1–64 bytes of `[a-zA-Z0-9._-]`.
pub(crate) fn check_metadata_key(key: &str) -> Result<(), Problem> {
    let valid = (1..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if valid {
        Ok(())
    } else {
        Err(Problem::bad_request(format!(
            "invalid metadata key {key:?}: 1-64 characters of [a-zA-Z0-9._-]"
        )))
    }
}
