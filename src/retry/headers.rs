//! What a response says about retrying it: `x-should-retry`, and the wait
//! `retry-after-ms` or `Retry-After` asks for.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;

/// The `x-should-retry` header: `true` or `false` (any case), else no word.
pub(crate) fn should_retry(headers: &HeaderMap) -> Option<bool> {
    let value = headers.get("x-should-retry")?.to_str().ok()?.trim();
    if value.eq_ignore_ascii_case("true") {
        Some(true)
    } else if value.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// A wait in seconds: negative or NaN is no hint; too large to represent
/// means "wait longer than any cap" (so `max_retry_after` stops the retry).
fn seconds(secs: f64) -> Option<Duration> {
    if secs.is_nan() || secs < 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX))
}

/// The wait a response asks for: `retry-after-ms`, else `Retry-After` in
/// seconds or as an HTTP-date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    if let Some(ms) = headers
        .get("retry-after-ms")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
    {
        return seconds(ms / 1000.0);
    }
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<f64>() {
        return seconds(secs);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_should_retry_is_read_as_true_or_false() {
        let mut h = HeaderMap::new();
        assert_eq!(should_retry(&h), None);
        h.insert("x-should-retry", "True".parse().unwrap());
        assert_eq!(should_retry(&h), Some(true));
        h.insert("x-should-retry", " false ".parse().unwrap());
        assert_eq!(should_retry(&h), Some(false));
        h.insert("x-should-retry", "maybe".parse().unwrap());
        assert_eq!(should_retry(&h), None);
    }
    #[test]
    fn retry_after_reads_ms_seconds_and_http_dates() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "3".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert("retry-after-ms", "250".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_millis(250)));
        let mut h = HeaderMap::new();
        let later = SystemTime::now() + Duration::from_secs(120);
        h.insert(
            "retry-after",
            httpdate::fmt_http_date(later).parse().unwrap(),
        );
        let wait = retry_after(&h).unwrap();
        assert!(
            wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
            "{wait:?}"
        );
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
        for (absurd, read) in [
            ("1e30", Some(Duration::MAX)),
            ("inf", Some(Duration::MAX)),
            ("-5", None),
            ("NaN", None),
        ] {
            let mut h = HeaderMap::new();
            h.insert("retry-after", absurd.parse().unwrap());
            assert_eq!(retry_after(&h), read, "{absurd}");
            let mut h = HeaderMap::new();
            h.insert("retry-after-ms", absurd.parse().unwrap());
            assert_eq!(retry_after(&h), read, "{absurd} ms");
        }
    }
}
