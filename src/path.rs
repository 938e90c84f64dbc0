//! Path parameters: a value always lands in exactly one segment of the
//! intended path, or the request fails before anything is sent.
//!
//! A run id (or schedule id, artifact uid, …) can come from a webhook, a chat
//! message or a URL. progenitor's `encode_path` leaves `\`, `%` and whole dot
//! segments alone, and the URL parser turns `\` into `/`, decodes `%2e` as a
//! dot and resolves `..`: `get_run().run_id("..\\..\\admin")` would send the
//! key to `GET /admin`. Every path parameter of every generated operation
//! (`build/rewrite.rs` routes them here) and of every hand-written URL
//! ([`Downloads`](crate::Downloads)) goes through [`segment`] instead:
//!
//! * every byte outside RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`)
//!   is percent-encoded: `/`, `\`, `%`, `?`, `#`, `;`, spaces, control
//!   characters and all non-ASCII (as UTF-8 bytes), so the server decodes the
//!   segment back to exactly the value given;
//! * `""`, `"."` and `".."` cannot be one segment (an empty segment, or a dot
//!   segment the URL parser removes): they fail with
//!   [`Error::InvalidRequest`] naming the parameter, and nothing is sent.
//!
//! A value that is not text (a number, a date-time, an enum, an array, a
//! union of those) is first written as OpenAPI's `simple` style from its
//! serialized form ([`simple`]), for path and header parameters alike: what
//! the server reads is what the value serializes to in a JSON body.

use crate::{Error, Result};

/// `value` in OpenAPI's `simple` style (RFC 6570 `{value}`): the string of a
/// string, the JSON text of a number or boolean, nothing for `null`, the
/// items of an array joined by `,`, an object's keys and values likewise.
pub(crate) fn simple<T: serde::Serialize + ?Sized>(
    value: &T,
) -> std::result::Result<String, serde_json::Error> {
    fn scalar(value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        }
    }
    Ok(match json(value)? {
        serde_json::Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar(v)])
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(&other),
    })
}

/// `value` as the JSON it serializes to, read back from its text rather than
/// built with `serde_json::to_value`: an `f32` is written as its shortest
/// text (`0.26`), as in a JSON body, where `to_value` would widen it to an
/// `f64` first (`0.25999999046325684`).
fn json<T: serde::Serialize + ?Sized>(
    value: &T,
) -> std::result::Result<serde_json::Value, serde_json::Error> {
    serde_json::from_str(&serde_json::to_string(value)?)
}

/// `value` as a query parameter of style `form` with `explode: false`
/// writes it (RFC 6570 `{?value}`): the text of [`simple`] under the
/// parameter's one name, or no pair at all for `null`, an empty array or an
/// empty object (undefined, in RFC 6570's terms).
pub(crate) fn form_flat<T: serde::Serialize + ?Sized>(
    value: &T,
) -> std::result::Result<Option<String>, serde_json::Error> {
    let undefined = match json(value)? {
        serde_json::Value::Null => true,
        serde_json::Value::Array(items) => items.is_empty(),
        serde_json::Value::Object(members) => members.is_empty(),
        _ => false,
    };
    if undefined {
        Ok(None)
    } else {
        simple(value).map(Some)
    }
}

/// [`simple`] for parameter `parameter`, or [`Error::InvalidRequest`] naming it.
pub(crate) fn simple_param<T: serde::Serialize + ?Sized>(
    parameter: &str,
    value: &T,
) -> Result<String> {
    simple(value)
        .map_err(|e| Error::InvalidRequest(format!("parameter {parameter} cannot be encoded: {e}")))
}

/// `value` as one percent-encoded path segment, or [`Error::InvalidRequest`]
/// naming `parameter` when no segment can carry it (`""`, `"."`, `".."`).
pub(crate) fn segment(parameter: &str, value: &str) -> Result<String> {
    match value {
        "" => {
            return Err(Error::InvalidRequest(format!(
                "path parameter {parameter} is empty"
            )))
        }
        "." | ".." => {
            return Err(Error::InvalidRequest(format!(
                "path parameter {parameter} is {value:?}, a dot segment that would leave its place in the path"
            )))
        }
        _ => {}
    }
    Ok(encode(value))
}

/// `value` with every byte outside RFC 3986's unreserved characters
/// percent-encoded.
pub(crate) fn encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_characters_pass_and_everything_else_is_encoded() {
        let ok = |v: &str| segment("run_id", v).unwrap();
        assert_eq!(ok("r-1_a.b~C9"), "r-1_a.b~C9");
        assert_eq!(ok("..\\..\\admin"), "..%5C..%5Cadmin");
        assert_eq!(ok("a/b"), "a%2Fb");
        assert_eq!(ok("%2e%2e"), "%252e%252e");
        assert_eq!(ok("?#; "), "%3F%23%3B%20");
        assert_eq!(ok("\n\0\u{1b}"), "%0A%00%1B");
        assert_eq!(ok("é"), "%C3%A9");
        assert_eq!(ok("..."), "...");
    }

    #[test]
    fn simple_style_writes_an_f32_as_its_shortest_text() {
        assert_eq!(simple(&0.26f32).unwrap(), "0.26");
        assert_eq!(simple(&[0.26f32, 1.5]).unwrap(), "0.26,1.5");
        assert_eq!(simple(&Some(0.1f64)).unwrap(), "0.1");
        let members: std::collections::BTreeMap<&str, f32> = [("w", 0.26f32)].into();
        assert_eq!(simple(&members).unwrap(), "w,0.26");
    }

    #[test]
    fn form_without_explode_writes_one_comma_joined_value_or_nothing() {
        assert_eq!(form_flat(&["a", "b c"]).unwrap().as_deref(), Some("a,b c"));
        let members: std::collections::BTreeMap<&str, &str> = [("k1", "v1"), ("k2", "v2")].into();
        assert_eq!(form_flat(&members).unwrap().as_deref(), Some("k1,v1,k2,v2"));
        assert_eq!(form_flat(&7).unwrap().as_deref(), Some("7"));
        assert_eq!(form_flat(&None::<Vec<String>>).unwrap(), None);
        assert_eq!(form_flat(&Vec::<String>::new()).unwrap(), None);
        assert_eq!(
            form_flat(&std::collections::BTreeMap::<String, String>::new()).unwrap(),
            None
        );
    }

    #[test]
    fn empty_and_dot_segments_are_rejected_naming_the_parameter() {
        for value in ["", ".", ".."] {
            let err = segment("schedule_id", value).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidRequest(m) if m.contains("schedule_id")),
                "{value:?}: {err}"
            );
        }
    }
}
