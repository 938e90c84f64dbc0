//! Lexical repairs of a JSON body serde_json rejects, so that junk in a
//! field this version does not even read cannot break a known response.
//!
//! serde_json refuses a whole document for two things that are valid JSON
//! grammar but that a [`serde_json::Value`] (and so an `extra` map of unknown
//! fields) cannot hold: a lone UTF-16 surrogate escape (`"\ud800"`) and a
//! number too large for an `f64` (`1e400`). When a response (or an error
//! body) fails to parse with a *syntax* error, it is parsed once more from a
//! repaired copy:
//!
//! * a lone surrogate escape (`\uD800`–`\uDFFF` not part of a pair) becomes
//!   `\uFFFD`, the replacement character;
//! * a number whose value overflows an `f64` becomes a string holding its
//!   literal text (`1e400` → `"1e400"`).
//!
//! Text that is not JSON at all stays an error: invalid UTF-8 (JSON text is
//! UTF-8), a truncated body, a bad token.
//!
//! If the repaired copy decodes, that is the result; otherwise the original
//! error is returned. A body that parses the first time is never scanned, so
//! the happy path costs nothing.
//!
//! What this means for fields the crate knows: a known string field with a
//! lone surrogate decodes with U+FFFD in its place (a Rust `String` cannot
//! hold the surrogate); a known numeric field with an out-of-range number
//! still fails (the repaired string is not a number), with the original
//! error. Unknown fields keep the repaired values in `extra`, so such a
//! response no longer serializes back byte for byte.

/// The body with the repairs above, or `None` when none applies.
pub(crate) fn repair(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut changed = false;
    let mut out = Vec::with_capacity(bytes.len() + 16);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                out.push(b'"');
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'"' => {
                            out.push(b'"');
                            i += 1;
                            break;
                        }
                        b'\\' if bytes.get(i + 1) == Some(&b'u') => match hex4(bytes, i + 2) {
                            Some(0xD800..=0xDBFF)
                                if bytes.get(i + 6) == Some(&b'\\')
                                    && bytes.get(i + 7) == Some(&b'u')
                                    && matches!(hex4(bytes, i + 8), Some(0xDC00..=0xDFFF)) =>
                            {
                                out.extend_from_slice(&bytes[i..i + 12]);
                                i += 12;
                            }
                            Some(0xD800..=0xDFFF) => {
                                out.extend_from_slice(b"\\ufffd");
                                i += 6;
                                changed = true;
                            }
                            _ => {
                                out.extend_from_slice(&bytes[i..i + 2]);
                                i += 2;
                            }
                        },
                        b'\\' => {
                            let end = (i + 2).min(bytes.len());
                            out.extend_from_slice(&bytes[i..end]);
                            i = end;
                        }
                        byte => {
                            out.push(byte);
                            i += 1;
                        }
                    }
                }
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < bytes.len()
                    && matches!(bytes[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                let literal = &bytes[start..i];
                let overflows = std::str::from_utf8(literal)
                    .ok()
                    .and_then(|l| l.parse::<f64>().ok())
                    .is_some_and(f64::is_infinite);
                if overflows {
                    out.push(b'"');
                    out.extend_from_slice(literal);
                    out.push(b'"');
                    changed = true;
                } else {
                    out.extend_from_slice(literal);
                }
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// The four hex digits at `at`, as a number.
fn hex4(bytes: &[u8], at: usize) -> Option<u16> {
    let digits = std::str::from_utf8(bytes.get(at..at + 4)?).ok()?;
    u16::from_str_radix(digits, 16).ok()
}

/// `body` parsed as `T`; on a syntax error, parsed again from its
/// [`repair`]ed copy. The error is always the original one.
pub(crate) fn from_slice<T: serde::de::DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    match serde_json::from_slice(body) {
        Ok(value) => Ok(value),
        Err(error) if error.classify() == serde_json::error::Category::Syntax => {
            match repair(body).map(|fixed| serde_json::from_slice(&fixed)) {
                Some(Ok(value)) => {
                    tracing::debug!(error = %error, "decoded after lexical repairs");
                    Ok(value)
                }
                _ => Err(error),
            }
        }
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn repaired(body: &str) -> Option<String> {
        repair(body.as_bytes()).map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn lone_surrogates_become_replacement_characters_and_pairs_stay() {
        assert_eq!(
            repaired(r#"{"a":"x\ud800y","b":"\udc00","c":"\ud83d\ude00"}"#).as_deref(),
            Some(r#"{"a":"x\ufffdy","b":"\ufffd","c":"\ud83d\ude00"}"#)
        );
        assert_eq!(
            repaired(r#"["\uD800\uD800\uDC00"]"#).as_deref(),
            Some(r#"["\ufffd\uD800\uDC00"]"#)
        );
        assert_eq!(repaired(r#"{"a":"\\ud800"}"#), None, "an escaped backslash");
    }

    #[test]
    fn overflowing_numbers_become_their_literal_text() {
        assert_eq!(
            repaired(r#"{"a":1e400,"b":-1E+999,"c":1e-400,"d":12.5,"e":"1e400"}"#).as_deref(),
            Some(r#"{"a":"1e400","b":"-1E+999","c":1e-400,"d":12.5,"e":"1e400"}"#)
        );
        let big = format!("[1{}]", "0".repeat(400));
        assert_eq!(repaired(&big), Some(format!("[\"1{}\"]", "0".repeat(400))));
    }

    #[test]
    fn nothing_to_repair_is_none_and_invalid_utf8_is_left_alone() {
        assert_eq!(repaired(r#"{"a":[1,2.5,"\u00e9\n"]}"#), None);
        assert_eq!(repair(b"{\"a\":\"\xff\"}"), None);
        assert!(from_slice::<Value>(b"{\"a\":\"\xff\",\"b\":\"\\ud800\"}").is_err());
    }

    #[test]
    fn from_slice_repairs_only_syntax_errors_and_keeps_the_original_error() {
        let value: Value = from_slice(br#"{"a":"\ud800","b":1e400}"#).unwrap();
        assert_eq!(value, json!({"a": "\u{fffd}", "b": "1e400"}));
        // Still truncated after the repair: the error of the body as received.
        let truncated = br#"{"a":"\ud800""#;
        assert_eq!(
            from_slice::<Value>(truncated).unwrap_err().to_string(),
            serde_json::from_slice::<Value>(truncated)
                .unwrap_err()
                .to_string()
        );
        let err = from_slice::<f64>(b"1e400").unwrap_err();
        assert!(err.to_string().contains("out of range"), "{err}");
    }
}
