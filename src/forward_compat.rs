//! Helpers the generated code calls to decode values this version may not know.
//!
//! `build/rewrite.rs` gives every generated string enum an `Unrecognized(String)`
//! variant and every `oneOf` union an `Unrecognized(serde_json::Value)` variant;
//! these functions implement their `Deserialize` impls.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

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

/// A `oneOf` union with a discriminator, as the generated code describes it
/// to [`deserialize_tagged`]: its name, its tag property, the tags it knows
/// and how to decode the variant each selects.
pub(crate) trait TaggedUnion: Sized {
    /// The union's name, for errors.
    const NAME: &'static str;
    /// The discriminator property.
    const PROPERTY: &'static str;
    /// Whether `tag` selects a variant this version knows.
    fn knows(tag: &str) -> bool;
    /// Decodes the variant `tag` selects (one [`TaggedUnion::knows`]).
    fn variant<'de, D: Deserializer<'de>>(tag: &str, deserializer: D) -> Result<Self, D::Error>;
    /// The catch-all variant: an unknown or missing tag, or not an object.
    fn unrecognized(value: Value) -> Self;
}

/// Deserializes a discriminated union without going through a
/// [`serde_json::Value`] when the tag is known: the members before the tag
/// (none, when the tag comes first as servers write it) are kept, then the
/// variant decodes from those members, the tag and the rest of the object
/// as it streams. An unknown or missing tag, or a value that is not an
/// object, is kept verbatim as the union's `Unrecognized` variant; a variant
/// that does not decode names the union and the tag.
pub(crate) fn deserialize_tagged<'de, D, U>(deserializer: D) -> Result<U, D::Error>
where
    D: Deserializer<'de>,
    U: TaggedUnion,
{
    deserializer.deserialize_any(Tagged::<U>(PhantomData))
}

struct Tagged<U>(PhantomData<U>);

impl<U: TaggedUnion> Tagged<U> {
    fn other<E>(value: Value) -> Result<U, E> {
        Ok(U::unrecognized(value))
    }
}

impl<'de, U: TaggedUnion> Visitor<'de> for Tagged<U> {
    type Value = U;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", U::NAME)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<U, E> {
        Self::other(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<U, E> {
        Self::other(Value::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<U, E> {
        Self::other(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<U, E> {
        Self::other(Value::from(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<U, E> {
        Self::other(Value::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<U, E> {
        Self::other(Value::String(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<U, E> {
        Self::other(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<U, E> {
        Self::other(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<U, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<U, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Value>()? {
            items.push(item);
        }
        Self::other(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<U, A::Error> {
        let mut before = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key != U::PROPERTY {
                let value = map.next_value::<Value>()?;
                before.push((key, value));
                continue;
            }
            let tag = map.next_value::<Value>()?;
            let known = tag.as_str().filter(|t| U::knows(t)).map(str::to_owned);
            let Some(known) = known else {
                // An unknown (or not a string) tag: the whole object, verbatim.
                let mut object: Map<String, Value> = before.into_iter().collect();
                object.insert(key, tag);
                while let Some((key, value)) = map.next_entry::<String, Value>()? {
                    object.insert(key, value);
                }
                return Self::other(Value::Object(object));
            };
            let replay = Replay {
                before: before.into_iter(),
                property: U::PROPERTY,
                tag: Some(tag),
                pending: None,
                rest: map,
            };
            return U::variant(&known, MapAccessDeserializer::new(replay))
                .map_err(|e| de::Error::custom(format_args!("{} variant {known}: {e}", U::NAME)));
        }
        Self::other(Value::Object(before.into_iter().collect()))
    }
}

/// The object a variant decodes from: the members read before the tag, the
/// tag, then the members still to come, in the order they were written.
struct Replay<A> {
    before: std::vec::IntoIter<(String, Value)>,
    property: &'static str,
    tag: Option<Value>,
    pending: Option<Value>,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.before.next() {
            self.pending = Some(value);
            return seed
                .deserialize(StringDeserializer::<A::Error>::new(key))
                .map(Some);
        }
        if let Some(tag) = self.tag.take() {
            self.pending = Some(tag);
            return seed
                .deserialize(StrDeserializer::<A::Error>::new(self.property))
                .map(Some);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Text {
        r#type: String,
        text: String,
    }

    #[derive(Debug, PartialEq)]
    enum Block {
        Text(Text),
        Unrecognized(Value),
    }

    impl TaggedUnion for Block {
        const NAME: &'static str = "Block";
        const PROPERTY: &'static str = "type";
        fn knows(tag: &str) -> bool {
            tag == "text"
        }
        fn variant<'de, D: Deserializer<'de>>(tag: &str, d: D) -> Result<Self, D::Error> {
            match tag {
                "text" => Text::deserialize(d).map(Block::Text),
                _ => Err(de::Error::unknown_variant(tag, &["text"])),
            }
        }
        fn unrecognized(value: Value) -> Self {
            Block::Unrecognized(value)
        }
    }

    impl<'de> Deserialize<'de> for Block {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_tagged(d)
        }
    }

    fn text(text: &str) -> Block {
        Block::Text(Text {
            r#type: "text".into(),
            text: text.into(),
        })
    }

    #[test]
    fn a_known_tag_decodes_its_variant_wherever_the_tag_stands() {
        for body in [
            r#"{"type":"text","text":"hi"}"#,
            r#"{"text":"hi","type":"text"}"#,
        ] {
            assert_eq!(serde_json::from_str::<Block>(body).unwrap(), text("hi"));
            // The same from an in-memory value (another deserializer).
            let value: Value = serde_json::from_str(body).unwrap();
            assert_eq!(serde_json::from_value::<Block>(value).unwrap(), text("hi"));
        }
    }

    #[test]
    fn an_unknown_or_missing_tag_or_a_non_object_is_kept_verbatim() {
        for value in [
            json!({"text": "hi", "type": "image", "url": "u"}),
            json!({"type": 3, "text": "hi"}),
            json!({"text": "hi"}),
            json!(["a", 1]),
            json!("text"),
            json!(null),
            json!(1.5),
        ] {
            let decoded: Block = serde_json::from_str(&value.to_string()).unwrap();
            assert_eq!(decoded, Block::Unrecognized(value));
        }
    }

    #[test]
    fn a_variant_that_does_not_decode_names_the_union_and_the_tag() {
        let err = serde_json::from_str::<Block>(r#"{"type":"text","text":5}"#).unwrap_err();
        assert!(err.to_string().starts_with("Block variant text: "), "{err}");
        let err = serde_json::from_str::<Block>(r#"{"text":5,"type":"text"}"#).unwrap_err();
        assert!(err.to_string().starts_with("Block variant text: "), "{err}");
    }
}
