//! Every body the client decodes. Shared (by `#[path]`) between the
//! cargo-fuzz target `fuzz_targets/decode.rs` and the property test
//! `tests/fuzz_decoders/`, so both check the same list.
//!
//! The list is the build's: `oz_agent_api::__response_types!` names every
//! JSON success type of the client generated from the spec (sorted by name)
//! and the problem details, so a new spec needs no edit here.
//!
//! A corpus input is `[selector, body…]`: `selector % DECODERS.len()` picks
//! the decoder, and `body` is what the server sent. The order (and so the
//! selector of a type) changes with the spec; the seed corpus is generated,
//! not kept (see `fuzz/README.md`).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// One response type: its name (the spec's schema name, or `String`/`Map`
/// for the inline `type: string` / `type: object` bodies) and a check.
pub struct Decoder {
    pub name: &'static str,
    /// Decodes a body; see [`roundtrip`].
    pub bytes: fn(&[u8]) -> Result<Value, serde_json::Error>,
    /// Decodes an already-parsed value the same way.
    pub value: fn(Value) -> Result<Value, serde_json::Error>,
}

macro_rules! decoders {
    ($($name:literal => $ty:ty,)*) => {
        /// The success bodies of every operation and the problem details, by name.
        pub const DECODERS: &[Decoder] = &[$(Decoder {
            name: $name,
            bytes: |body| roundtrip::<$ty>(serde_json::from_slice(body)),
            value: |value| roundtrip::<$ty>(serde_json::from_value(value)),
        },)*];
    };
}

oz_agent_api::__response_types!(decoders);

/// The decoder a corpus input's first byte selects.
pub fn select(selector: u8) -> &'static Decoder {
    &DECODERS[usize::from(selector) % DECODERS.len()]
}

/// The selector byte of the decoder named `name`.
pub fn selector(name: &str) -> Option<u8> {
    DECODERS
        .iter()
        .position(|d| d.name == name)
        .and_then(|i| u8::try_from(i).ok())
}

/// Whether two JSON values are equal: exactly, except for floats while
/// serde_json parses them "best effort".
///
/// Without serde_json's `float_roundtrip` feature (which this crate does not
/// enable) some floats come back a few ULP off after a write and a read: the
/// fuzz target found `1.844674144674185e32` (1 ULP), the property test
/// `-9.230937151404039e-14` (2 ULP). [`exact_floats`] probes the parser; while
/// it is inexact, floats may differ by up to [`FLOAT_ULPS`]. Once
/// `float_roundtrip` is on, every comparison is exact.
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if !exact_floats() && (x.is_f64() || y.is_f64()) => {
            match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => {
                    x.is_sign_negative() == y.is_sign_negative()
                        && x.to_bits().abs_diff(y.to_bits()) <= FLOAT_ULPS
                }
                _ => false,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, a)| y.get(k).is_some_and(|b| same_json(a, b)))
        }
        _ => a == b,
    }
}

/// How far apart (in units in the last place) two floats may be while
/// serde_json's float parsing is inexact.
pub const FLOAT_ULPS: u64 = 16;

/// Whether serde_json parses these known-hard floats exactly, as the standard
/// library does (features are not visible at run time, so this asks).
pub fn exact_floats() -> bool {
    static EXACT: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *EXACT.get_or_init(|| {
        [
            "1.844674144674185e32",
            "-9.230937151404039e-14",
            "-2.2026117797034842e-75",
        ]
        .iter()
        .all(|s| serde_json::from_str::<f64>(s).ok() == s.parse::<f64>().ok())
    })
}

/// Takes a decode result; for a value that decoded, checks that it
/// serializes, and that decoding what it serialized to (as bytes and as a
/// `Value`) gives a value that serializes the same: nothing is lost or
/// changed on a second trip (floats: see [`same_json`]). Returns the serialized value.
///
/// Panics (a finding) when a decoded value does not round-trip.
pub fn roundtrip<T: DeserializeOwned + Serialize>(
    decoded: Result<T, serde_json::Error>,
) -> Result<Value, serde_json::Error> {
    let first = decoded?;
    let value = serde_json::to_value(&first).expect("a decoded value serializes to a Value");
    let text = serde_json::to_vec(&first).expect("a decoded value serializes to bytes");
    let again: T = serde_json::from_slice(&text).unwrap_or_else(|e| {
        panic!(
            "its own serialization does not decode: {e}\n{}",
            String::from_utf8_lossy(&text)
        )
    });
    let second = serde_json::to_value(&again).expect("serializes");
    assert!(
        same_json(&second, &value),
        "decode -> serialize -> decode (bytes) changed the value:\n{value}\n{second}"
    );
    let again: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| {
        panic!("its own serialization does not decode as a Value: {e}\n{value}")
    });
    let second = serde_json::to_value(&again).expect("serializes");
    assert!(
        same_json(&second, &value),
        "decode -> serialize -> decode (Value) changed the value:\n{value}\n{second}"
    );
    Ok(value)
}
