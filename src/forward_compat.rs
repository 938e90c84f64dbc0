//! Helpers the generated code calls to decode values this version may not know.
//!
//! `build/rewrite.rs` gives every generated string enum an `Unrecognized(String)`
//! variant and every `oneOf` union an `Unrecognized(serde_json::Value)` variant;
//! these functions implement their `Deserialize` impls.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

/// Deserializes an open string enum: known values map to their variant, any
/// other string to `Unrecognized`, without allocating for known values.
pub(crate) fn deserialize_open_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str> + From<String>,
{
    struct OpenEnum<T>(PhantomData<T>);
    impl<T> Visitor<'_> for OpenEnum<T>
    where
        T: for<'a> From<&'a str> + From<String>,
    {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::from(value))
        }
        fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
            Ok(T::from(value))
        }
    }
    deserializer.deserialize_str(OpenEnum(PhantomData))
}

/// The discriminator value of a union's JSON object, if it has a string one.
pub(crate) fn discriminator<'v>(value: &'v serde_json::Value, property: &str) -> Option<&'v str> {
    value.get(property).and_then(serde_json::Value::as_str)
}

/// Decodes the variant a known discriminator value selects; a mismatch names
/// the union and the tag, so the error says which variant failed and why.
pub(crate) fn decode_variant<T: DeserializeOwned, E: de::Error>(
    value: serde_json::Value,
    union: &str,
    tag: &str,
) -> Result<T, E> {
    serde_json::from_value(value).map_err(|e| E::custom(format_args!("{union} variant {tag}: {e}")))
}
