//! Strategies: arbitrary JSON, token soup, and mutations of the fixtures.

use super::*;

pub(crate) fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// The spec's own words: the member names of its schemas, and its enum
/// values and union tags; and for each union tag, the skeleton of a variant
/// (`{"type": "text"}`) and one with a required member of the wrong type.
pub(crate) struct Vocabulary {
    pub(crate) members: Vec<String>,
    pub(crate) values: Vec<String>,
    pub(crate) skeletons: Vec<Value>,
}

pub(crate) fn vocabulary() -> &'static Vocabulary {
    pub(crate) fn collect(
        schema: &Value,
        members: &mut BTreeSet<String>,
        values: &mut BTreeSet<String>,
    ) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    members.extend(properties.keys().cloned());
                }
                if let Some(Value::Array(options)) = map.get("enum") {
                    values.extend(options.iter().filter_map(Value::as_str).map(str::to_owned));
                }
                map.values().for_each(|v| collect(v, members, values));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, members, values)),
            _ => {}
        }
    }
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let (mut members, mut values) = (BTreeSet::new(), BTreeSet::new());
        collect(spec().document(), &mut members, &mut values);
        let mut skeletons = Vec::new();
        for (_, union) in spec().schemas() {
            let Some(property) = union
                .pointer("/discriminator/propertyName")
                .and_then(Value::as_str)
            else {
                continue;
            };
            for (tag, target) in union_tags(union) {
                skeletons.push(json!({ property: tag }));
                let required = spec()
                    .pointer(&target)
                    .and_then(|v| v["required"].as_array())
                    .and_then(|r| r.iter().filter_map(Value::as_str).find(|m| *m != property));
                if let Some(member) = required {
                    skeletons.push(json!({ property: tag, member: 1 }));
                }
                values.insert(tag);
            }
        }
        Vocabulary {
            members: members.into_iter().collect(),
            values: values.into_iter().collect(),
            skeletons,
        }
    })
}

/// Strings that parsers of dates, UUIDs and problem types get wrong.
pub(crate) const EDGE_STRINGS: &[&str] = &[
    "",
    "\u{0}",
    "\u{10FFFF}",
    "🦀",
    "2026-02-30T00:00:00Z",
    "2026-06-01T24:00:00Z",
    "+275760-09-13T00:00:00Z",
    "-262144-01-01T00:00:00Z",
    "9999-12-31T23:59:60.999999999Z",
    "0000-01-01T00:00:00Z",
    "2026-06-01T10:00:00+14:00",
    "2026-06-01T10:00:00.1234567890123Z",
    "2026-06-01 10:00:00",
    "00000000-0000-0000-0000-000000000000",
    "0b6c2f9e3a474a8e9a0e6f1d2c3b4a59",
    "urn:uuid:0b6c2f9e-3a47-4a8e-9a0e-6f1d2c3b4a59",
    "{0b6c2f9e-3a47-4a8e-9a0e-6f1d2c3b4a59}",
    "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/",
    "errors/",
    "errors#-",
];

pub(crate) fn edge_value() -> impl Strategy<Value = Value> {
    let words = vocabulary();
    let strings: Vec<Value> = EDGE_STRINGS
        .iter()
        .map(|s| Value::from(*s))
        .chain(words.values.iter().map(|s| Value::from(s.as_str())))
        .collect();
    let mut shapes = vec![
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(i64::MIN),
        json!(i64::MAX),
        json!(u64::MAX),
        json!(u32::MAX),
        json!(u64::from(u32::MAX) + 1),
        json!(1.5),
        json!(-0.0),
        json!(1e308),
        json!(5e-324),
        json!([]),
        json!({}),
        json!([[]]),
    ];
    shapes.extend(words.skeletons.iter().cloned());
    prop_oneof![prop::sample::select(strings), prop::sample::select(shapes)]
}

pub(crate) fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "\\PC{0,12}".prop_map(Value::from),
        edge_value(),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON tokens, and the member names and values of the spec, glued at random.
pub(crate) fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b",",
        b" ",
        b"\"",
        b"null",
        b"true",
        b"false",
        b"0",
        b"-1",
        b"1e309",
        b"-0",
        b"18446744073709551616",
        b"1.5",
        b"\"\\ud800\"",
        b"\"\\u0000\"",
        b"\"x\"",
        b"\"2026-06-01T10:00:00Z\"",
        b"\xff",
        b"\xc3",
        "\u{1F980}".as_bytes(),
    ];
    let words = vocabulary();
    let tokens: Vec<Vec<u8>> = TOKENS
        .iter()
        .map(|t| t.to_vec())
        .chain(
            words
                .members
                .iter()
                .chain(&words.values)
                .map(|w| Value::from(w.as_str()).to_string().into_bytes()),
        )
        .collect();
    prop::collection::vec(prop::sample::select(tokens), 0..48).prop_map(|t| t.concat())
}

#[derive(Clone, Debug)]
pub(crate) enum Mutation {
    /// Remove the node (a member or an element).
    Remove(usize),
    /// Replace the node with an arbitrary value.
    Replace(usize, Value),
    /// Add a member to an object, or an element to an array.
    Insert(usize, String, Value),
    /// Copy one node over another (deeper nesting, swapped shapes).
    Graft(usize, usize),
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), arb_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), edge_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), "[a-z_]{1,10}", arb_json())
            .prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Graft(a, b)),
    ]
}

pub(crate) fn apply(doc: &mut Value, m: &Mutation) {
    let paths = all_paths(doc);
    let pick = |i: usize| paths[i % paths.len()].clone();
    match m {
        Mutation::Remove(i) => {
            let path = pick(*i);
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            match (at_mut(doc, parent), last) {
                (Value::Object(o), Seg::Key(k)) => {
                    o.remove(k);
                }
                (Value::Array(a), Seg::Index(i)) => {
                    a.remove(*i);
                }
                _ => unreachable!(),
            }
        }
        Mutation::Replace(i, v) => *at_mut(doc, &pick(*i)) = v.clone(),
        Mutation::Insert(i, k, v) => match at_mut(doc, &pick(*i)) {
            Value::Object(o) => {
                o.insert(k.clone(), v.clone());
            }
            Value::Array(a) => a.push(v.clone()),
            _ => {}
        },
        Mutation::Graft(from, to) => {
            let node = at_mut(doc, &pick(*from)).clone();
            *at_mut(doc, &pick(*to)) = node;
        }
    }
}

pub(crate) fn fixture_index() -> impl Strategy<Value = usize> {
    0..fixtures().len()
}

/// Decodes `body` with every decoder; a panic fails the test.
pub(crate) fn decode_with_all(body: &[u8]) {
    for d in DECODERS {
        let _ = (d.bytes)(body);
    }
    let _ = error_code_from_type(&String::from_utf8_lossy(body));
}
