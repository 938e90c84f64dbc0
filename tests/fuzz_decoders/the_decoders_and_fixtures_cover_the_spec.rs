//! The decoders are the spec's JSON success types, and the fixtures reach every member and variant and decode without loss.

use super::*;

/// What a JSON success response of the spec decodes as: the component
/// schema's type, `String` / `Map` for an inline `type: string` /
/// `type: object`, `Value` for any JSON (the names `__response_types!`
/// gives them).
fn expected_type_name(schema: &Value) -> Option<String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().map(str::to_owned);
    }
    if schema.as_object().is_some_and(|o| o.is_empty()) {
        return Some("Value".to_owned());
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => Some("String".to_owned()),
        Some("object") if schema.get("properties").is_none() => Some("Map".to_owned()),
        _ => None,
    }
}

#[test]
fn the_decoders_are_the_json_success_types_of_the_spec_and_the_problem_details() {
    let mut expected = BTreeSet::from(["Error".to_owned()]);
    for op in dispatch::OPERATIONS {
        let successes = json_success_schemas(spec_operation(op));
        assert_eq!(
            op.response_type.is_some(),
            !successes.is_empty(),
            "{}: the client decodes a JSON body exactly when the spec documents one",
            op.id
        );
        let Some(name) = op.response_type else {
            continue;
        };
        // One JSON success: its type (several make a type of their own).
        if let [only] = &successes[..] {
            if let Some(spec_name) = expected_type_name(only) {
                // Rust names the type in its own case (`AiRun…` for `AIRun…`).
                assert_eq!(op_key(name), op_key(&spec_name), "{}", op.id);
            }
        }
        expected.insert(name.to_owned());
    }
    // Every operation of the spec is one of the client's.
    for op in spec().operations() {
        assert!(
            dispatch::OPERATIONS
                .iter()
                .any(|d| std::ptr::eq(spec_operation(d), op)),
            "{} {}: not in the generated client",
            op.method,
            op.path
        );
    }
    let listed: BTreeSet<String> = DECODERS.iter().map(|d| d.name.to_owned()).collect();
    assert_eq!(
        listed, expected,
        "__response_types! must name exactly the spec's JSON response types"
    );
}

#[test]
fn the_fixtures_reach_every_member_of_every_object_in_a_response() {
    let wanted: BTreeSet<(String, String)> = DECODERS
        .iter()
        .flat_map(|d| reachable(&response_schema(d.name)).members)
        .collect();
    let seen: BTreeSet<(String, String)> = fixtures()
        .iter()
        .flat_map(|f| f.walk.members.iter().cloned())
        .collect();
    let missing: Vec<_> = wanted.difference(&seen).collect();
    assert!(missing.is_empty(), "no fixture has {missing:?}");
    // Members the hand-written layer reads.
    for member in ["run_id", "state"] {
        assert!(
            wanted.contains(&("RunItem".to_owned(), member.to_owned())),
            "RunItem.{member} is no member of a response"
        );
    }
}

#[test]
fn the_fixtures_reach_every_variant_of_every_union_in_a_response() {
    let wanted: BTreeSet<(String, String)> = DECODERS
        .iter()
        .flat_map(|d| reachable(&response_schema(d.name)).tags)
        .collect();
    let seen: BTreeSet<(String, String)> = fixtures()
        .iter()
        .flat_map(|f| f.walk.tags.iter().cloned())
        .collect();
    let missing: Vec<_> = wanted.difference(&seen).collect();
    assert!(missing.is_empty(), "no fixture has {missing:?}");
    // The union the hand-written layer matches on (`src/download.rs`).
    assert!(
        wanted.iter().any(|(u, _)| u == "ArtifactResponse"),
        "ArtifactResponse is no union of a response"
    );
}

#[test]
fn fixtures_decode_and_lose_nothing_but_empty_members() {
    // Members a round trip may drop: null, [] and {} of optional members.
    fn covered(original: &Value, canonical: &Value, at: &str) {
        match (original, canonical) {
            (Value::Object(o), Value::Object(c)) => {
                for (k, v) in o {
                    match c.get(k) {
                        Some(cv) => covered(v, cv, &format!("{at}/{k}")),
                        None => assert!(
                            v.is_null()
                                || v.as_array().is_some_and(Vec::is_empty)
                                || v.as_object().is_some_and(serde_json::Map::is_empty),
                            "{at}/{k} was lost: {v}"
                        ),
                    }
                }
            }
            (Value::Array(o), Value::Array(c)) => {
                assert_eq!(o.len(), c.len(), "{at}");
                for (i, (a, b)) in o.iter().zip(c).enumerate() {
                    covered(a, b, &format!("{at}/{i}"));
                }
            }
            // Dates come back in one canonical form; every other leaf unchanged.
            (Value::String(a), Value::String(b)) if a != b => {
                let (a, b) = (
                    chrono::DateTime::parse_from_rfc3339(a),
                    chrono::DateTime::parse_from_rfc3339(b),
                );
                assert!(a.is_ok() && a == b, "{at}: {a:?} became {b:?}");
            }
            (a, b) => assert!(same_json(a, b), "{at}: {a} became {b}"),
        }
    }
    let fixtures = fixtures();
    assert!(fixtures.len() >= 2 * DECODERS.len(), "{}", fixtures.len());
    for f in fixtures {
        let original: Value = serde_json::from_slice(&f.bytes).unwrap();
        covered(&original, &f.canonical, &f.name);
    }
}

#[test]
fn unknown_members_and_values_in_the_kept_fixtures_survive_unchanged() {
    let mut unknown = 0;
    for f in fixtures().iter().filter(|f| f.origin == Origin::Kept) {
        let sent: Value = serde_json::from_slice(&f.bytes).unwrap();
        let schema = response_schema(f.decoder.name);
        for path in Walk::of(spec(), &schema, &sent).unknown {
            unknown += 1;
            let (sent, kept) = (at(&sent, &path).unwrap(), at(&f.canonical, &path));
            assert!(
                kept.is_some_and(|kept| same_json(sent, kept)),
                "{} {}: sent {sent}, kept {kept:?}",
                f.name,
                pointer(&path)
            );
        }
    }
    // Members named x_future_* are unknown to every spec.
    assert!(unknown > 0, "the kept fixtures have nothing unknown");
}

/// A value `values` does not have (`FUTURE_0`, `FUTURE_1`, …).
fn unknown_value(values: &[Value]) -> String {
    (0..)
        .map(|i| format!("FUTURE_{i}"))
        .find(|v| !values.contains(&Value::from(v.as_str())))
        .unwrap()
}

#[test]
fn a_run_with_a_state_and_members_this_version_does_not_know_decodes_and_keeps_them() {
    use oz_agent_api::types::{RunItem, RunState};
    let states = spec().schema("RunState").expect("RunState")["enum"]
        .as_array()
        .expect("RunState is an enum")
        .clone();
    let state = unknown_value(&states);
    for f in fixtures().iter().filter(|f| f.decoder.name == "RunItem") {
        let mut doc = f.canonical.clone();
        doc["state"] = Value::from(state.as_str());
        doc["x_future_nested"] = json!({"a": [{"b": {"c": [1.5, -2, u64::MAX, i64::MIN]}}]});
        let run: RunItem = serde_json::from_value(doc.clone())
            .unwrap_or_else(|e| panic!("{}: {e}\n{doc}", f.name));
        assert_eq!(
            run.state,
            RunState::Unrecognized(state.clone()),
            "{}",
            f.name
        );
        assert_eq!(
            run.extra["x_future_nested"]["a"][0]["b"]["c"][2],
            u64::MAX,
            "{}: large numbers in unknown members are kept exactly",
            f.name
        );
        assert!(
            same_json(&serde_json::to_value(&run).unwrap(), &doc),
            "{}",
            f.name
        );
    }
}

#[test]
fn an_artifact_of_a_type_this_version_does_not_know_decodes_as_unrecognized() {
    use oz_agent_api::types::ArtifactResponse;
    let union = spec().schema("ArtifactResponse").expect("ArtifactResponse");
    let property = union
        .pointer("/discriminator/propertyName")
        .and_then(Value::as_str)
        .expect("ArtifactResponse has a discriminator");
    let tags: Vec<Value> = union_tags(union)
        .into_iter()
        .map(|(t, _)| Value::from(t))
        .collect();
    let artifact_type = unknown_value(&tags);
    let mut checked = 0;
    for f in fixtures()
        .iter()
        .filter(|f| f.decoder.name == "ArtifactResponse")
    {
        checked += 1;
        let mut doc = f.canonical.clone();
        doc[property] = Value::from(artifact_type.as_str());
        let artifact: ArtifactResponse = serde_json::from_value(doc.clone()).unwrap();
        assert!(
            matches!(&artifact, ArtifactResponse::Unrecognized(v) if *v == doc),
            "{}: {artifact:?}",
            f.name
        );
    }
    assert!(checked > 0);
}
