//! The construct matrix's verdicts, on the client this build generated.
//!
//! `xtask/ci/corpus.sh` generates the client from each spec of the construct
//! matrix (`cargo xtask spec matrix`, merged into the vendored spec) and runs
//! this test with the spec-driven ones. Every combination of a schema kind
//! and a place (one operation each) must either be in the client — then the
//! spec-driven tests call it on the wire — or be left out with its one line
//! (`x-oz-refused` in the exported spec, see build/refuse.rs). The lines
//! left out must be exactly the ones `tests/specs/matrix-refused.txt` expects
//! for the places this client holds: a combination that starts failing, or
//! starts being refused, fails here naming it; one that starts generating
//! fails here too, so the file is updated with the progress.
//!
//! On a client that is not a matrix client (the vendored spec) it checks that
//! no operation of the spec was left out.

#[path = "../xtask/src/spec/matrix.rs"]
#[allow(dead_code)]
mod matrix;

use std::collections::BTreeSet;

use serde_json::Value;

/// The expected refusals, one line each (`#` comments and blank lines aside).
const EXPECTED: &str = include_str!("specs/matrix-refused.txt");

fn exported_spec() -> Value {
    serde_json::from_str(oz_agent_api::spec::OPENAPI_JSON).unwrap()
}

/// `/matrix/{place}/{kind}…` → `(place, kind)`.
fn place_and_kind(path: &str) -> Option<(String, String)> {
    let mut segments = path.strip_prefix("/matrix/")?.split('/');
    Some((segments.next()?.to_owned(), segments.next()?.to_owned()))
}

/// The path of a refusal line: `operation ID (METHOD /path): …`.
fn line_path(line: &str) -> Option<&str> {
    let rest = line.split_once(" (")?.1;
    let rest = rest.split_once(' ')?.1;
    Some(&rest[..rest.find("): ")?])
}

#[test]
fn every_combination_of_the_matrix_is_generated_or_left_out_as_expected() {
    let spec = exported_spec();
    let refused: Vec<(String, String)> = spec["x-oz-refused"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r["path"].as_str().unwrap_or_default().to_owned(),
                r["line"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let mut generated = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for op in item.as_object().unwrap().values() {
            if op.get("x-oz-matrix").is_some() {
                generated.insert(place_and_kind(path).unwrap());
            }
        }
    }
    let refused_matrix: BTreeSet<(String, String)> = refused
        .iter()
        .filter_map(|(path, _)| place_and_kind(path))
        .collect();
    if generated.is_empty() && refused_matrix.is_empty() {
        // Not a matrix client: the vendored spec is whole.
        let lines: Vec<&str> = refused.iter().map(|(_, l)| l.as_str()).collect();
        assert!(
            lines.is_empty(),
            "the client leaves out operations of its spec:\n{}",
            lines.join("\n")
        );
        return;
    }

    let places: BTreeSet<String> = generated
        .iter()
        .chain(&refused_matrix)
        .map(|(place, _)| place.clone())
        .collect();
    let all: BTreeSet<(String, String)> = matrix::PLACES
        .iter()
        .filter(|p| places.contains(p.id))
        .flat_map(|p| {
            matrix::kinds()
                .into_iter()
                .map(move |k| (p.id.to_owned(), k.id))
        })
        .collect();
    let failed: Vec<&(String, String)> = all
        .iter()
        .filter(|c| !generated.contains(*c) && !refused_matrix.contains(*c))
        .collect();

    let actual: BTreeSet<&str> = refused
        .iter()
        .filter(|(path, _)| place_and_kind(path).is_some())
        .map(|(_, line)| line.as_str())
        .collect();
    let expected: BTreeSet<&str> = EXPECTED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| {
            line_path(l)
                .and_then(place_and_kind)
                .is_some_and(|(place, _)| places.contains(&place))
        })
        .collect();

    eprintln!(
        "construct matrix [{}]: {} combinations ({} kinds x {} places): {} generated, {} refused, {} failed",
        places.iter().cloned().collect::<Vec<_>>().join(", "),
        all.len(),
        matrix::kinds().len(),
        places.len(),
        generated.len(),
        refused_matrix.len(),
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "combinations neither in the client nor left out with a line: {failed:?}"
    );
    let newly: Vec<&&str> = actual.difference(&expected).collect();
    let no_longer: Vec<&&str> = expected.difference(&actual).collect();
    assert!(
        newly.is_empty() && no_longer.is_empty(),
        "the matrix's refusals changed (update tests/specs/matrix-refused.txt when this is progress)\n\
         newly left out:\n{}\nno longer left out (or left out for another reason):\n{}",
        newly.iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"),
        no_longer.iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"),
    );
    assert_eq!(
        generated.len() + refused_matrix.len(),
        all.len(),
        "every combination counted once"
    );
}

#[test]
fn the_expected_refusals_name_only_combinations_of_the_matrix() {
    let kinds: BTreeSet<String> = matrix::kinds().into_iter().map(|k| k.id).collect();
    for line in EXPECTED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (place, kind) = line_path(line)
            .and_then(place_and_kind)
            .unwrap_or_else(|| panic!("not a matrix refusal line: {line}"));
        assert!(
            matrix::PLACES.iter().any(|p| p.id == place),
            "no place {place}: {line}"
        );
        assert!(kinds.contains(&kind), "no kind {kind}: {line}");
    }
}
