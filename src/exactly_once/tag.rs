//! Tagging a run request with its client token as it is encoded (step 1 of
//! the [module docs](super)).
//!
//! The token goes into the body's top-level `metadata` while the body is
//! written, by a [`Serializer`] standing between the body and serde_json's
//! ([`encode`]). It sees the members of the top-level object by name (a
//! request struct's fields, or a map's keys) and the entries of `metadata`;
//! every other value — the request's `config`, its prompt, its attachments —
//! goes to serde_json's serializer as it would without tagging, with nothing
//! looking at its strings. No second pass over the request, and no copy of
//! it.
//!
//! Measured against the alternatives (callgrind, `oz-bench profile
//! create_run` against an out-of-process server, instructions per call):
//! a typed insert into a clone of the request before encoding cost 12k more
//! than the floor (cloning the 2.4 KiB `config`); a [`serde_json`]
//! `Formatter` following the encoder's events (this file's previous form)
//! 6.4k more in `format_escaped_str` alone, for checks on every string and
//! fragment of the body; a splice into the encoded bytes 27k (reading the
//! body again to find `metadata`). This serializer costs a name comparison
//! per top-level member.

use std::cell::RefCell;
use std::fmt;

use serde::ser::{self, Impossible, SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

use super::{CLIENT_TOKEN_KEY, MAX_METADATA_ENTRIES};

/// The token a request carries, once tagged.
pub(super) enum Tag {
    /// The request carries this token, generated for this call.
    Token(String),
    /// The request carries this token, supplied by the caller.
    Given(String),
    /// No room left for a token.
    Full,
    /// The body is not a JSON object (nothing to tag): sent as built.
    Untagged,
}

/// A fresh client token: a random (version 4) UUID.
pub(super) fn new_token() -> String {
    let uuid = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid();
    let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
    uuid.hyphenated().encode_lower(&mut text).to_owned()
}

/// Encodes a request body as JSON and tags it on the way: the client
/// token goes into the top-level `metadata` object as the body is written
/// (unless it holds one already: the caller's), and the `parent_run_id` the
/// body asks for is read. The bytes are `serde_json::to_vec`'s, plus the
/// token.
pub(super) fn encode<B: Serialize + ?Sized>(
    body: &B,
) -> serde_json::Result<(Vec<u8>, Tag, Option<String>)> {
    // A run request with a config is a few KiB: one allocation, no regrowth.
    let mut bytes = Vec::with_capacity(4096);
    let state = RefCell::new(State::default());
    body.serialize(Body {
        inner: &mut serde_json::Serializer::new(&mut bytes),
        state: &state,
    })?;
    let (tag, parent) = state.into_inner().finish();
    Ok((bytes, tag, parent))
}

/// What the encoding found out.
#[derive(Default)]
struct State {
    /// Whether the outermost value is an object.
    object: bool,
    /// `metadata` members seen (more than one: untagged).
    metadata_seen: u32,
    /// The parent the body asks for.
    parent: Option<String>,
    tag: Option<Tag>,
    /// Something makes the body untaggable (it is sent as written).
    untagged: bool,
}

impl State {
    fn finish(self) -> (Tag, Option<String>) {
        let parent = self.parent.filter(|p| !p.is_empty());
        let tag = match self.tag {
            _ if self.untagged || !self.object || self.metadata_seen > 1 => Tag::Untagged,
            Some(tag) => tag,
            None => Tag::Untagged,
        };
        (tag, parent)
    }
}

/// Writes `{"<token key>":"<new token>"}` and records the token.
fn token_object<S: Serializer>(serializer: S, state: &RefCell<State>) -> Result<S::Ok, S::Error> {
    let token = new_token();
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry(CLIENT_TOKEN_KEY, &token)?;
    state.borrow_mut().tag = Some(Tag::Token(token));
    map.end()
}

/// The top-level members the tagging looks at.
#[derive(Clone, Copy, PartialEq)]
enum Member {
    Other,
    Metadata,
    Parent,
}

impl Member {
    #[inline]
    fn of(name: &str) -> Member {
        match name {
            "metadata" => Member::Metadata,
            "parent_run_id" => Member::Parent,
            _ => Member::Other,
        }
    }
}

/// Reads the parent's id from its value: a string, or null; anything else
/// makes the body untaggable (the server rejects it).
fn read_parent<T: Serialize + ?Sized>(value: &T, state: &RefCell<State>) {
    match value.serialize(Text(str::to_owned)) {
        Ok(parent) => state.borrow_mut().parent = parent,
        Err(NotText) => state.borrow_mut().untagged = true,
    }
}

/// Forwards the [`Serializer`] methods listed to `self.inner`, first
/// calling `self.$note()` (for values the tagging has no use for).
macro_rules! forward {
    ($note:ident: $($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {$(
        #[inline]
        fn $name(self, $($arg: $ty),*) -> Result<$ret, Self::Error> {
            self.$note();
            self.inner.$name($($arg),*)
        }
    )*};
}

/// Every [`Serializer`] method but those of optional values, newtype
/// structs, maps and structs, forwarded with [`forward!`].
macro_rules! forward_all_but_objects {
    ($note:ident) => {
        forward! {$note:
            serialize_bool(v: bool) -> S::Ok;
            serialize_i8(v: i8) -> S::Ok;
            serialize_i16(v: i16) -> S::Ok;
            serialize_i32(v: i32) -> S::Ok;
            serialize_i64(v: i64) -> S::Ok;
            serialize_i128(v: i128) -> S::Ok;
            serialize_u8(v: u8) -> S::Ok;
            serialize_u16(v: u16) -> S::Ok;
            serialize_u32(v: u32) -> S::Ok;
            serialize_u64(v: u64) -> S::Ok;
            serialize_u128(v: u128) -> S::Ok;
            serialize_f32(v: f32) -> S::Ok;
            serialize_f64(v: f64) -> S::Ok;
            serialize_char(v: char) -> S::Ok;
            serialize_str(v: &str) -> S::Ok;
            serialize_bytes(v: &[u8]) -> S::Ok;
            serialize_unit_variant(name: &'static str, index: u32, variant: &'static str) -> S::Ok;
            serialize_seq(len: Option<usize>) -> S::SerializeSeq;
            serialize_tuple(len: usize) -> S::SerializeTuple;
            serialize_tuple_struct(name: &'static str, len: usize) -> S::SerializeTupleStruct;
            serialize_tuple_variant(name: &'static str, index: u32, variant: &'static str, len: usize) -> S::SerializeTupleVariant;
            serialize_struct_variant(name: &'static str, index: u32, variant: &'static str, len: usize) -> S::SerializeStructVariant;
        }

        #[inline]
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            name: &'static str,
            index: u32,
            variant: &'static str,
            value: &T,
        ) -> Result<S::Ok, S::Error> {
            self.$note();
            self.inner.serialize_newtype_variant(name, index, variant, value)
        }

        fn is_human_readable(&self) -> bool {
            self.inner.is_human_readable()
        }
    };
}

/// Structs that serde_json writes as something else than an object
/// (`RawValue`, arbitrary-precision numbers) are named with this prefix.
const SERDE_JSON_PRIVATE: &str = "$serde_json::private::";

/// The [`Serializer`] of the whole body: an object (a struct or a map) is
/// watched member by member ([`Members`]); anything else is written as it
/// is, untagged.
struct Body<'a, S> {
    inner: S,
    state: &'a RefCell<State>,
}

impl<S> Body<'_, S> {
    /// Not an object: left as it is.
    #[inline]
    fn other(&self) {}
}

impl<'a, S: Serializer> Serializer for Body<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = Members<'a, S::SerializeMap>;
    type SerializeStruct = Members<'a, S::SerializeStruct>;
    type SerializeStructVariant = S::SerializeStructVariant;

    forward_all_but_objects!(other);
    forward! {other:
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(name: &'static str) -> S::Ok;
    }

    #[inline]
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    /// As serde_json does: the value alone.
    #[inline]
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.state.borrow_mut().object = true;
        // One more, maybe: serde_json closes a map announced empty at once.
        let inner = self.inner.serialize_map(len.map(|n| n.saturating_add(1)))?;
        Ok(Members::watching(inner, self.state))
    }

    #[inline]
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        if name.starts_with(SERDE_JSON_PRIVATE) {
            return Ok(Members::passing(self.inner.serialize_struct(name, len)?));
        }
        self.state.borrow_mut().object = true;
        let inner = self.inner.serialize_struct(name, len.saturating_add(1))?;
        Ok(Members::watching(inner, self.state))
    }
}

/// The members of the top-level object: `metadata` is watched
/// ([`Metadata`]), the parent read; the rest written as they are.
struct Members<'a, C> {
    inner: C,
    /// `None`: not the body's object, only passed on.
    state: Option<&'a RefCell<State>>,
    /// The member whose value comes next (maps).
    next: Member,
}

impl<'a, C> Members<'a, C> {
    fn watching(inner: C, state: &'a RefCell<State>) -> Self {
        Members {
            inner,
            state: Some(state),
            next: Member::Other,
        }
    }

    fn passing(inner: C) -> Self {
        Members {
            inner,
            state: None,
            next: Member::Other,
        }
    }

    /// Whether `metadata` is still to be added at the end.
    fn missing_metadata(&self) -> Option<&'a RefCell<State>> {
        self.state.filter(|state| {
            let state = state.borrow();
            state.metadata_seen == 0 && !state.untagged
        })
    }
}

impl<C: SerializeStruct> SerializeStruct for Members<'_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        let Some(state) = self.state else {
            return self.inner.serialize_field(key, value);
        };
        match Member::of(key) {
            Member::Other => self.inner.serialize_field(key, value),
            Member::Metadata => {
                state.borrow_mut().metadata_seen += 1;
                self.inner.serialize_field(key, &Metadata { value, state })
            }
            Member::Parent => {
                self.inner.serialize_field(key, value)?;
                read_parent(value, state);
                Ok(())
            }
        }
    }

    #[inline]
    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        self.inner.skip_field(key)
    }

    fn end(mut self) -> Result<C::Ok, C::Error> {
        if let Some(state) = self.missing_metadata() {
            self.inner.serialize_field("metadata", &Fresh(state))?;
        }
        self.inner.end()
    }
}

impl<C: SerializeMap> SerializeMap for Members<'_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        if self.state.is_some() {
            self.next = key
                .serialize(Text(Member::of))
                .ok()
                .flatten()
                .unwrap_or(Member::Other);
        }
        self.inner.serialize_key(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let next = std::mem::replace(&mut self.next, Member::Other);
        let Some(state) = self.state else {
            return self.inner.serialize_value(value);
        };
        match next {
            Member::Other => self.inner.serialize_value(value),
            Member::Metadata => {
                state.borrow_mut().metadata_seen += 1;
                self.inner.serialize_value(&Metadata { value, state })
            }
            Member::Parent => {
                self.inner.serialize_value(value)?;
                read_parent(value, state);
                Ok(())
            }
        }
    }

    fn end(mut self) -> Result<C::Ok, C::Error> {
        if let Some(state) = self.missing_metadata() {
            self.inner.serialize_entry("metadata", &Fresh(state))?;
        }
        self.inner.end()
    }
}

/// The `metadata` a body without one gets: the token alone.
struct Fresh<'a>(&'a RefCell<State>);

impl Serialize for Fresh<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        token_object(serializer, self.0)
    }
}

/// The value of the top-level `metadata`, serialized through [`Entries`].
struct Metadata<'a, T: ?Sized> {
    value: &'a T,
    state: &'a RefCell<State>,
}

impl<T: Serialize + ?Sized> Serialize for Metadata<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(MetadataValue {
            inner: serializer,
            state: self.state,
        })
    }
}

/// The [`Serializer`] of `metadata`'s value: an object gets the token
/// ([`Entries`]), null becomes an object holding the token, anything else
/// makes the body untaggable (the server rejects it).
struct MetadataValue<'a, S> {
    inner: S,
    state: &'a RefCell<State>,
}

impl<S> MetadataValue<'_, S> {
    /// Not an object.
    #[cold]
    fn other(&self) {
        self.state.borrow_mut().untagged = true;
    }
}

impl<'a, S: Serializer> Serializer for MetadataValue<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = Entries<'a, S::SerializeMap>;
    type SerializeStruct = Entries<'a, S::SerializeStruct>;
    type SerializeStructVariant = S::SerializeStructVariant;

    forward_all_but_objects!(other);

    /// `"metadata": null` becomes an object holding the token.
    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        token_object(self.inner, self.state)
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        token_object(self.inner, self.state)
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<S::Ok, S::Error> {
        token_object(self.inner, self.state)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    /// As serde_json does: the value alone.
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        // One more, maybe: serde_json closes a map announced empty at once.
        let inner = self.inner.serialize_map(len.map(|n| n.saturating_add(1)))?;
        Ok(Entries::new(inner, Some(self.state)))
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        if name.starts_with(SERDE_JSON_PRIVATE) {
            self.other();
            return Ok(Entries::new(self.inner.serialize_struct(name, len)?, None));
        }
        let inner = self.inner.serialize_struct(name, len.saturating_add(1))?;
        Ok(Entries::new(inner, Some(self.state)))
    }
}

/// The entries of `metadata`: counted, the caller's token read, ours added
/// at the end when there is none and room for one.
struct Entries<'a, C> {
    inner: C,
    /// `None`: not `metadata`'s object, only passed on.
    state: Option<&'a RefCell<State>>,
    /// Entries written.
    entries: usize,
    /// Whether the value coming next is the token's (maps).
    token_next: bool,
    /// Whether the token's key is among the entries (whatever its value).
    token_key: bool,
    /// The caller's token.
    given: Option<String>,
}

impl<'a, C> Entries<'a, C> {
    fn new(inner: C, state: Option<&'a RefCell<State>>) -> Self {
        Entries {
            inner,
            state,
            entries: 0,
            token_next: false,
            token_key: false,
            given: None,
        }
    }

    /// Notes an entry's key.
    fn key(&mut self, is_token: bool) {
        self.entries += 1;
        self.token_next = is_token;
        self.token_key |= is_token;
    }

    /// Reads the caller's token from the token's value: a string, or the
    /// body is untaggable.
    fn token_value<T: Serialize + ?Sized>(&mut self, value: &T, state: &RefCell<State>) {
        match value.serialize(Text(str::to_owned)) {
            Ok(Some(token)) => self.given = Some(token),
            Ok(None) | Err(NotText) => state.borrow_mut().untagged = true,
        }
    }

    /// At the end of `metadata`: the caller's token, no room, or ours (the
    /// token to write, if any).
    fn close(&mut self) -> Option<String> {
        let state = self.state?;
        let mut state = state.borrow_mut();
        if let Some(token) = self.given.take() {
            state.tag = Some(Tag::Given(token));
        } else if self.entries >= MAX_METADATA_ENTRIES {
            state.tag = Some(Tag::Full);
        } else if state.metadata_seen == 1 && !self.token_key && !state.untagged {
            let token = new_token();
            state.tag = Some(Tag::Token(token.clone()));
            return Some(token);
        }
        None
    }
}

impl<C: SerializeMap> SerializeMap for Entries<'_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        if self.state.is_some() {
            let is_token = key.serialize(Text(|k: &str| k == CLIENT_TOKEN_KEY));
            self.key(matches!(is_token, Ok(Some(true))));
        }
        self.inner.serialize_key(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.inner.serialize_value(value)?;
        if let (true, Some(state)) = (std::mem::take(&mut self.token_next), self.state) {
            self.token_value(value, state);
        }
        Ok(())
    }

    fn end(mut self) -> Result<C::Ok, C::Error> {
        if let Some(token) = self.close() {
            self.inner.serialize_entry(CLIENT_TOKEN_KEY, &token)?;
        }
        self.inner.end()
    }
}

impl<C: SerializeStruct> SerializeStruct for Entries<'_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        self.inner.serialize_field(key, value)?;
        if let Some(state) = self.state {
            let is_token = key == CLIENT_TOKEN_KEY;
            self.key(is_token);
            if is_token {
                self.token_value(value, state);
            }
        }
        Ok(())
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        self.inner.skip_field(key)
    }

    fn end(mut self) -> Result<C::Ok, C::Error> {
        if let Some(token) = self.close() {
            self.inner.serialize_field(CLIENT_TOKEN_KEY, &token)?;
        }
        self.inner.end()
    }
}

/// A value that is not a string (nor null) where one is read.
#[derive(Debug)]
struct NotText;

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a string")
    }
}

impl std::error::Error for NotText {}

impl ser::Error for NotText {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotText
    }
}

/// Reads a value serde_json writes as a string (passed to the function) or
/// as null (`None`); anything else is [`NotText`]. Nothing is written.
struct Text<F>(F);

/// The [`Text`] methods of values serde_json writes as neither a string nor null.
macro_rules! not_text {
    ($($name:ident($($ty:ty),*) -> $ret:ty;)*) => {$(
        fn $name(self, $(_: $ty),*) -> Result<$ret, NotText> {
            Err(NotText)
        }
    )*};
}

impl<R, F: FnOnce(&str) -> R> Serializer for Text<F> {
    type Ok = Option<R>;
    type Error = NotText;
    type SerializeSeq = Impossible<Option<R>, NotText>;
    type SerializeTuple = Impossible<Option<R>, NotText>;
    type SerializeTupleStruct = Impossible<Option<R>, NotText>;
    type SerializeTupleVariant = Impossible<Option<R>, NotText>;
    type SerializeMap = Impossible<Option<R>, NotText>;
    type SerializeStruct = Impossible<Option<R>, NotText>;
    type SerializeStructVariant = Impossible<Option<R>, NotText>;

    fn serialize_str(self, v: &str) -> Result<Option<R>, NotText> {
        Ok(Some((self.0)(v)))
    }

    fn serialize_char(self, v: char) -> Result<Option<R>, NotText> {
        Ok(Some((self.0)(v.encode_utf8(&mut [0; 4]))))
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Option<R>, NotText> {
        Ok(Some((self.0)(variant)))
    }

    fn serialize_none(self) -> Result<Option<R>, NotText> {
        Ok(None)
    }

    fn serialize_unit(self) -> Result<Option<R>, NotText> {
        Ok(None)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<Option<R>, NotText> {
        Ok(None)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Option<R>, NotText> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Option<R>, NotText> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Option<R>, NotText> {
        Err(NotText)
    }

    not_text! {
        serialize_bool(bool) -> Option<R>;
        serialize_i8(i8) -> Option<R>;
        serialize_i16(i16) -> Option<R>;
        serialize_i32(i32) -> Option<R>;
        serialize_i64(i64) -> Option<R>;
        serialize_i128(i128) -> Option<R>;
        serialize_u8(u8) -> Option<R>;
        serialize_u16(u16) -> Option<R>;
        serialize_u32(u32) -> Option<R>;
        serialize_u64(u64) -> Option<R>;
        serialize_u128(u128) -> Option<R>;
        serialize_f32(f32) -> Option<R>;
        serialize_f64(f64) -> Option<R>;
        serialize_bytes(&[u8]) -> Option<R>;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

#[cfg(test)]
mod tests;
