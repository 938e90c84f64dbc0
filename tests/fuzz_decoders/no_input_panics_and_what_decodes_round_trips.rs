//! No input panics a decoder; what decodes round-trips unchanged, unknown members and values included.

use super::*;

#[test]
fn arbitrary_bytes_never_panic_any_decoder() {
    TestRunner::new(config())
        .run(&prop::collection::vec(any::<u8>(), 0..512), |body| {
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn json_token_soup_never_panics_any_decoder() {
    TestRunner::new(config())
        .run(&token_soup(), |body| {
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn mutated_fixtures_decode_or_fail_cleanly_and_what_decodes_round_trips() {
    let strategy = (fixture_index(), prop::collection::vec(mutation(), 1..6));
    TestRunner::new(config())
        .run(&strategy, |(index, mutations)| {
            let fixture = &fixtures()[index];
            let mut doc = fixture.canonical.clone();
            for m in &mutations {
                apply(&mut doc, m);
            }
            let body = serde_json::to_vec(&doc).unwrap();
            // `roundtrip` asserts that whatever decodes round-trips.
            let from_bytes = (fixture.decoder.bytes)(&body);
            let from_value = (fixture.decoder.value)(doc.clone());
            prop_assert_eq!(
                from_bytes.is_ok(),
                from_value.is_ok(),
                "decoding bytes and decoding a Value disagree on {}",
                doc
            );
            if let (Ok(a), Ok(b)) = (&from_bytes, &from_value) {
                prop_assert!(same_json(a, b), "{} vs {}", a, b);
            }
            // A body meant for one operation, sent to every other decoder.
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn truncated_or_corrupted_fixture_bytes_fail_cleanly() {
    let strategy = (
        fixture_index(),
        any::<prop::sample::Index>(),
        prop_oneof![
            Just(None),
            any::<u8>().prop_map(Some),
            Just(Some(0xff)),
            Just(Some(0xc3)),
        ],
    );
    TestRunner::new(config())
        .run(&strategy, |(index, at, byte)| {
            let fixture = &fixtures()[index];
            let body = serde_json::to_vec(&fixture.canonical).unwrap();
            let at = at.index(body.len());
            match byte {
                None => {
                    // Every strict prefix of a JSON document is invalid.
                    let cut = &body[..at];
                    prop_assert!(
                        (fixture.decoder.bytes)(cut).is_err(),
                        "prefix {} decoded",
                        at
                    );
                    decode_with_all(cut);
                }
                Some(b) => {
                    let mut corrupt = body.clone();
                    corrupt[at] = b;
                    decode_with_all(&corrupt);
                    let mut inserted = body;
                    inserted.insert(at, b);
                    decode_with_all(&inserted);
                }
            }
            Ok(())
        })
        .unwrap();
}

#[derive(Clone, Debug)]
enum Unknown {
    /// A member this version does not know, in an object that keeps them.
    Member(usize, String, Value),
    /// A value this version does not know, for an open enum or a union's tag.
    EnumValue(usize, String),
}

#[test]
fn unknown_members_and_enum_values_survive_a_round_trip_unchanged() {
    let unknown = prop_oneof![
        (any::<usize>(), "x_future_[a-z0-9_]{0,8}", arb_json())
            .prop_map(|(i, k, v)| Unknown::Member(i, k, v)),
        (any::<usize>(), "(FUTURE|future)_[A-Za-z0-9_]{0,10}")
            .prop_map(|(i, s)| Unknown::EnumValue(i, s)),
    ];
    let strategy = (fixture_index(), prop::collection::vec(unknown, 1..5));
    TestRunner::new(config())
        .run(&strategy, |(index, unknowns)| {
            let fixture = &fixtures()[index];
            let objects: Vec<&Path> = fixture
                .walk
                .slots
                .iter()
                .filter(|(_, s)| *s == Slot::Object)
                .map(|(p, _)| p)
                .collect();
            let enums: Vec<&Path> = fixture
                .walk
                .slots
                .iter()
                .filter(|(_, s)| *s == Slot::Enum)
                .map(|(p, _)| p)
                .collect();
            let mut doc = fixture.canonical.clone();
            for u in &unknowns {
                match u {
                    Unknown::Member(i, k, v) if !objects.is_empty() => {
                        // A union whose tag changed keeps its value whole, so a
                        // path recorded inside it may no longer be an object.
                        if let Value::Object(o) = at_mut(&mut doc, objects[i % objects.len()]) {
                            o.insert(k.clone(), v.clone());
                        }
                    }
                    Unknown::EnumValue(i, s) if !enums.is_empty() => {
                        *at_mut(&mut doc, enums[i % enums.len()]) = Value::from(s.as_str());
                    }
                    _ => {}
                }
            }
            let decoded = (fixture.decoder.bytes)(&serde_json::to_vec(&doc).unwrap());
            prop_assert!(
                decoded.is_ok(),
                "{}: unknown members/values must not break decoding: {:?}\n{}",
                fixture.name,
                decoded.err(),
                doc
            );
            let decoded = decoded.unwrap();
            prop_assert!(
                same_json(&decoded, &doc),
                "{}: something was lost or changed:\n{}\n{}",
                fixture.name,
                doc,
                decoded
            );
            Ok(())
        })
        .unwrap();
}
