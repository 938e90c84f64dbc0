//! The API key, held so that it cannot leak by accident.

use std::fmt;
use std::sync::Arc;

use reqwest::header::HeaderValue;

/// A Warp API key (they start with `wk-`).
///
/// `Debug` and `Display` print `[redacted]`; the key is only ever written into
/// the `Authorization` header of requests to the configured API origin, and
/// that header value is marked sensitive so HTTP-level logging hides it too.
///
/// ```
/// let key = oz_agent_api::ApiKey::new("wk-secret").unwrap();
/// assert_eq!(format!("{key:?}"), "ApiKey([redacted])");
/// assert!(!format!("{key}").contains("secret"));
/// ```
#[derive(Clone)]
pub struct ApiKey {
    key: Arc<str>,
    header: HeaderValue,
}

impl ApiKey {
    /// Wraps a key; fails if it is empty or cannot be sent in an HTTP header.
    pub fn new(key: impl Into<String>) -> crate::Result<Self> {
        let key: String = key.into();
        let trimmed = key.trim();
        if trimmed.is_empty() {
            return Err(crate::Error::Config("the API key is empty".into()));
        }
        let mut header = HeaderValue::from_str(&format!("Bearer {trimmed}")).map_err(|_| {
            crate::Error::Config(
                "the API key contains characters that cannot be sent in an HTTP header".into(),
            )
        })?;
        header.set_sensitive(true);
        Ok(ApiKey {
            key: Arc::from(trimmed),
            header,
        })
    }

    /// The key itself. Handle with care: do not log it.
    pub fn expose_secret(&self) -> &str {
        &self.key
    }

    /// The `Authorization: Bearer …` value, marked sensitive.
    pub(crate) fn authorization(&self) -> &HeaderValue {
        &self.header
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey([redacted])")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}
