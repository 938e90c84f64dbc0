//! The tagger writes what `serde_json::to_vec` writes, plus the token.

use super::*;
use serde_json::{json, Map, Value};

/// What [`encode`] sends for `body`, decoded, and its tag and parent.
fn tagged<B: Serialize>(body: &B) -> (Value, Tag, Option<String>) {
    let (bytes, tag, parent) = encode(body).unwrap();
    (serde_json::from_slice(&bytes).unwrap(), tag, parent)
}

/// `encode` writes what `serde_json::to_vec` writes, apart from the token.
fn untouched<B: Serialize>(body: &B) -> bool {
    encode(body).unwrap().0 == serde_json::to_vec(body).unwrap()
}

#[test]
fn a_token_is_added_to_the_metadata_and_kept_when_the_caller_gave_one() {
    let (sent, Tag::Token(token), None) = tagged(&json!({"prompt": "x", "metadata": {"a": "1"}}))
    else {
        panic!("tagged")
    };
    assert_eq!(sent["metadata"][CLIENT_TOKEN_KEY], token.as_str());
    assert_eq!(sent["metadata"]["a"], "1");
    assert_eq!(token.len(), 36);

    let body = json!({"prompt": "x", "parent_run_id": "p-1",
        "metadata": {CLIENT_TOKEN_KEY: "mine"}});
    let (_, Tag::Given(token), Some(parent)) = tagged(&body) else {
        panic!("tagged")
    };
    assert_eq!((token.as_str(), parent.as_str()), ("mine", "p-1"));
    assert!(untouched(&body), "the caller's token is sent as given");

    let (sent, Tag::Token(token), None) = tagged(&json!({"prompt": "x", "metadata": null})) else {
        panic!("tagged")
    };
    assert_eq!(sent["metadata"], json!({CLIENT_TOKEN_KEY: token}));
}

#[test]
fn twenty_entries_leave_no_room_for_a_token() {
    let full: Map<String, Value> = (0..MAX_METADATA_ENTRIES)
        .map(|i| (format!("k{i}"), "v".into()))
        .collect();
    let body = json!({"prompt": "x", "metadata": full});
    assert!(matches!(tagged(&body), (_, Tag::Full, None)));
    assert!(untouched(&body), "sent as built");
}

#[test]
fn tokens_are_unique() {
    assert_ne!(new_token(), new_token());
}

/// The body sent is the body given, plus the token in `metadata`.
#[test]
fn the_token_is_written_into_the_body_and_nothing_else_changes() {
    let cases = [
        json!({"prompt": "p"}),
        json!({}),
        json!({"prompt": "p", "metadata": {}}),
        json!({"metadata": {"a\"b": "x\ny", "k": "v"}, "parent_run_id": "r-1",
               "config": {"metadata": {}, "list": [{"metadata": null}]}}),
        json!({"metadata": null, "prompt": "p"}),
        json!({"attachments": [[], {}, "]}\"\\"], "n": 1.5, "b": false}),
    ];
    for body in cases {
        let (sent, tag, _) = tagged(&body);
        let Tag::Token(token) = tag else {
            panic!("{body}: not tagged");
        };
        assert_eq!(token.len(), 36, "{body}");
        let mut expected = body.clone();
        let metadata = expected
            .as_object_mut()
            .unwrap()
            .entry("metadata")
            .or_insert_with(|| Value::Object(Map::new()));
        if metadata.is_null() {
            *metadata = Value::Object(Map::new());
        }
        metadata
            .as_object_mut()
            .unwrap()
            .insert(CLIENT_TOKEN_KEY.into(), Value::String(token));
        assert_eq!(sent, expected, "{body}");
    }
}

#[test]
fn the_parent_is_read_with_its_escapes_and_an_empty_one_is_none() {
    let (_, _, parent) = tagged(&json!({"parent_run_id": "r-\"9\"\\\n\u{1}é"}));
    assert_eq!(parent.as_deref(), Some("r-\"9\"\\\n\u{1}é"));
    let (_, _, parent) = tagged(&json!({"parent_run_id": ""}));
    assert_eq!(parent, None, "an empty parent is none");
    let (_, _, parent) = tagged(&json!({"config": {"parent_run_id": "nested"}}));
    assert_eq!(parent, None, "only the top-level member counts");
    let (_, Tag::Given(token), _) = tagged(&json!({"metadata": {CLIENT_TOKEN_KEY: "a\"b"}})) else {
        panic!("tagged")
    };
    assert_eq!(token, "a\"b", "the caller's token, unescaped");
}

/// A body with `metadata` twice (a field and the same key among the
/// unknown fields kept by a struct).
#[derive(Serialize)]
struct Twice {
    metadata: Map<String, Value>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[test]
fn bodies_that_cannot_carry_a_token_are_untagged() {
    for body in [
        json!({"metadata": "x"}),
        json!({"metadata": ["x"]}),
        json!({"metadata": 7}),
        json!({"metadata": {CLIENT_TOKEN_KEY: 7}}),
        json!({"metadata": {CLIENT_TOKEN_KEY: null}}),
        json!({"metadata": {CLIENT_TOKEN_KEY: {"a": "b"}}}),
        json!({"parent_run_id": 7}),
        json!({"parent_run_id": {"a": "b"}}),
        json!([{"metadata": {}}]),
        json!("text"),
    ] {
        let (_, tag, _) = tagged(&body);
        assert!(matches!(tag, Tag::Untagged), "{body}");
    }
    let twice = Twice {
        metadata: Map::new(),
        extra: Map::from_iter([("metadata".to_owned(), json!({}))]),
    };
    assert!(matches!(tagged(&twice), (_, Tag::Untagged, _)));
}

proptest::proptest! {
    /// Whatever the body, `encode` writes `serde_json::to_vec`'s bytes
    /// with at most the token added in `metadata`, and finds the parent
    /// serde_json finds.
    #[test]
    fn encoding_agrees_with_serde_json(
        members in proptest::collection::btree_map(
            proptest::prop_oneof![
                proptest::strategy::Just("metadata".to_owned()),
                proptest::strategy::Just("parent_run_id".to_owned()),
                "[a-z_\"\\\\]{1,8}",
            ],
            json_value(),
            0..8,
        ),
    ) {
        let body = Value::Object(members.into_iter().collect());
        let (sent, tag, parent) = tagged(&body);
        let mut expected = body.clone();
        // An untagged body may carry a token all the same (the server
        // rejects it for what made it untaggable).
        let added = sent.get("metadata").and_then(|m| m.get(CLIENT_TOKEN_KEY)).and_then(Value::as_str);
        let token = match &tag {
            Tag::Token(token) | Tag::Given(token) => Some(token.as_str()),
            _ => added,
        };
        if let Some(token) = token {
            let metadata = expected.as_object_mut().unwrap().entry("metadata").or_insert(Value::Null);
            if metadata.is_null() {
                *metadata = Value::Object(Map::new());
            }
            if let Some(m) = metadata.as_object_mut() {
                m.entry(CLIENT_TOKEN_KEY).or_insert(Value::String(token.to_owned()));
            }
        }
        proptest::prop_assert_eq!(&sent, &expected);
        let wanted = body.get("parent_run_id").and_then(Value::as_str).filter(|p| !p.is_empty());
        if !matches!(tag, Tag::Untagged) {
            proptest::prop_assert_eq!(parent.as_deref(), wanted);
        }
        let metadata = body.get("metadata");
        let taggable = match metadata {
            None | Some(Value::Null) => true,
            Some(Value::Object(m)) => m.get(CLIENT_TOKEN_KEY).is_none_or(Value::is_string),
            Some(_) => false,
        } && body.get("parent_run_id").is_none_or(|p| p.is_string() || p.is_null());
        proptest::prop_assert_eq!(!matches!(tag, Tag::Untagged), taggable, "{}", body);
    }
}

fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "[\"\\\\{}\\[\\]:,a-z\\n\\t\u{1}\u{7f}-\u{10ffff}]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("metadata".to_owned()),
                    Just(CLIENT_TOKEN_KEY.to_owned()),
                    "[a-z\\\"]{0,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A typed request, as the generated ones are: optional members skipped
/// when absent, `metadata` a transparent map.
#[derive(Serialize, Default, Clone)]
struct Typed {
    #[serde(skip_serializing_if = "Option::is_none")]
    prompt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<TypedMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_run_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    config: Option<Value>,
}

#[derive(Serialize, Clone)]
#[serde(transparent)]
struct TypedMetadata(std::collections::BTreeMap<String, String>);

/// `metadata` as a struct of its own.
#[derive(Serialize)]
struct Labelled {
    metadata: Label,
}

#[derive(Serialize)]
struct Label {
    team: &'static str,
    #[serde(
        rename = "oz-client-request-token",
        skip_serializing_if = "Option::is_none"
    )]
    token: Option<&'static str>,
}

/// A typed body is tagged as its JSON is: the same bytes as
/// `serde_json::to_vec` plus the token, the parent and the caller's token
/// read from their fields, an empty struct given a `metadata`.
#[test]
fn typed_bodies_are_tagged_as_their_json() {
    let full = Typed {
        prompt: Some("p".into()),
        metadata: Some(TypedMetadata(
            [("a".to_owned(), "1".to_owned())].into_iter().collect(),
        )),
        parent_run_id: Some("r-\"1\"".into()),
        config: Some(json!({"metadata": {}, "parent_run_id": "nested"})),
    };
    let empty_metadata = Typed {
        metadata: Some(TypedMetadata(Default::default())),
        ..Typed::default()
    };
    for body in [full.clone(), Typed::default(), empty_metadata] {
        let as_json = serde_json::to_value(&body).unwrap();
        let (sent, tag, parent) = tagged(&body);
        let (expected_sent, expected_tag, expected_parent) = tagged(&as_json);
        let (Tag::Token(token), Tag::Token(other)) = (tag, expected_tag) else {
            panic!("{as_json}: not tagged");
        };
        let mut sent = sent;
        sent["metadata"][CLIENT_TOKEN_KEY] = Value::String(other);
        assert_eq!(sent, expected_sent, "{as_json}");
        assert_eq!(token.len(), 36);
        assert_eq!(parent, expected_parent, "{as_json}");
    }
    assert_eq!(tagged(&full).2.as_deref(), Some("r-\"1\""));

    let mut given = full.clone();
    given
        .metadata
        .as_mut()
        .unwrap()
        .0
        .insert(CLIENT_TOKEN_KEY.into(), "mine".into());
    let (_, Tag::Given(token), _) = tagged(&given) else {
        panic!("the caller's token")
    };
    assert_eq!(token, "mine");
    assert!(untouched(&given), "the caller's token is sent as given");

    let (sent, Tag::Token(token), None) = tagged(&Labelled {
        metadata: Label {
            team: "t",
            token: None,
        },
    }) else {
        panic!("a struct as metadata is tagged")
    };
    assert_eq!(
        sent,
        json!({"metadata": {"team": "t", CLIENT_TOKEN_KEY: token}})
    );
    let own = Labelled {
        metadata: Label {
            team: "t",
            token: Some("mine"),
        },
    };
    assert!(matches!(tagged(&own), (_, Tag::Given(t), None) if t == "mine"));
    assert!(untouched(&own));
}

/// Values serde_json writes as something else than an object are sent as
/// they are, untagged.
#[test]
fn bodies_that_are_not_objects_are_sent_as_built() {
    #[derive(Serialize)]
    enum Variant {
        Struct { metadata: Map<String, Value> },
        Newtype(Map<String, Value>),
    }
    let bodies: Vec<Box<dyn erased::Body>> = vec![
        Box::new(Variant::Struct {
            metadata: Map::new(),
        }),
        Box::new(Variant::Newtype(Map::new())),
        Box::new(Some(7)),
        Box::new(Option::<Typed>::None),
    ];
    for body in bodies {
        let (bytes, tag, _) = body.encode();
        assert!(matches!(tag, Tag::Untagged));
        assert_eq!(bytes, body.plain());
    }
}

/// Encoding bodies of different types from one list.
mod erased {
    use super::*;

    pub(super) trait Body {
        fn encode(&self) -> (Vec<u8>, Tag, Option<String>);
        fn plain(&self) -> Vec<u8>;
    }

    impl<T: Serialize> Body for T {
        fn encode(&self) -> (Vec<u8>, Tag, Option<String>) {
            super::encode(self).unwrap()
        }
        fn plain(&self) -> Vec<u8> {
            serde_json::to_vec(self).unwrap()
        }
    }
}
