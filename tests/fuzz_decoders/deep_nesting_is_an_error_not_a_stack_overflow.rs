//! Deep nesting: serde_json stops at 128 levels, well before the stack ends; the decoders turn it into an error.

use super::*;

/// A response schema that nests itself, as a generated fixture shows it:
/// `outer` and `inner` are values of the same component schema, `inner`
/// inside `outer`.
struct Recursion {
    decoder: &'static Decoder,
    schema: String,
    doc: Value,
    outer: Path,
    inner: Path,
}

/// The recursion of the spec's response types with the smallest body per
/// level, if any response type nests itself.
fn recursion() -> Option<Recursion> {
    let mut best: Option<(usize, Recursion)> = None;
    for f in fixtures().iter().filter(|f| f.origin == Origin::Generated) {
        for (outer, a) in &f.walk.components {
            for (inner, b) in &f.walk.components {
                if a != b || inner.len() <= outer.len() || !inner.starts_with(outer) {
                    continue;
                }
                // Arrays cut to one item (the one on the way in), if that
                // still decodes: a smaller body per level.
                let (thin, thin_inner) = thinned(&f.canonical, inner);
                let (doc, inner) = if (f.decoder.bytes)(thin.to_string().as_bytes()).is_ok() {
                    (thin, thin_inner)
                } else {
                    (f.canonical.clone(), inner.clone())
                };
                let outer = inner[..outer.len()].to_vec();
                let size = at(&doc, &outer).unwrap().to_string().len();
                let cost = size * (inner.len() - outer.len());
                if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                    let found = Recursion {
                        decoder: f.decoder,
                        schema: a.clone(),
                        doc,
                        outer,
                        inner,
                    };
                    best = Some((cost, found));
                }
            }
        }
    }
    best.map(|(_, r)| r)
}

/// `doc` with every array cut to one item, keeping the items on the way to
/// `keep`; and the path of that node in the result.
fn thinned(doc: &Value, keep: &[Seg]) -> (Value, Path) {
    match (doc, keep.split_first()) {
        (Value::Array(items), Some((Seg::Index(i), rest))) => {
            let (item, path) = thinned(&items[*i], rest);
            let mut at = vec![Seg::Index(0)];
            at.extend(path);
            (Value::Array(vec![item]), at)
        }
        (Value::Array(items), _) => (
            Value::Array(items.iter().take(1).map(|v| thinned(v, &[]).0).collect()),
            Path::new(),
        ),
        (Value::Object(members), next) => {
            let mut at = Path::new();
            let mut out = serde_json::Map::new();
            for (k, v) in members {
                match next {
                    Some((Seg::Key(key), rest)) if key == k => {
                        let (value, path) = thinned(v, rest);
                        at.push(Seg::Key(k.clone()));
                        at.extend(path);
                        out.insert(k.clone(), value);
                    }
                    _ => {
                        out.insert(k.clone(), thinned(v, &[]).0);
                    }
                }
            }
            (Value::Object(out), at)
        }
        (other, _) => (other.clone(), Path::new()),
    }
}

/// `doc` serialized with the node at `path` replaced by `text`.
fn with_text_at(doc: &Value, path: &[Seg], text: &str) -> String {
    const MARK: &str = "\u{1}nest-here\u{1}";
    let mut doc = doc.clone();
    *at_mut(&mut doc, path) = Value::from(MARK);
    let body = doc.to_string();
    let mark = Value::from(MARK).to_string();
    assert_eq!(body.matches(&mark).count(), 1);
    body.replacen(&mark, text, 1)
}

impl Recursion {
    /// The body with `extra` more levels of the recursion than the fixture.
    fn nested(&self, extra: usize) -> String {
        let unit = at(&self.doc, &self.outer).unwrap();
        let step = &self.inner[self.outer.len()..];
        let (open, close) = with_text_at(unit, step, "\u{0}")
            .split_once('\u{0}')
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .unwrap();
        let mut nested = open.repeat(extra);
        nested.push_str(&at(&self.doc, &self.inner).unwrap().to_string());
        nested.push_str(&close.repeat(extra));
        with_text_at(&self.doc, &self.outer, &format!("{open}{nested}{close}"))
    }

    /// How many JSON levels one more level of the recursion adds.
    fn step(&self) -> usize {
        self.inner.len() - self.outer.len()
    }
}

/// How deep the arrays and objects of `v` nest.
fn json_depth(v: &Value) -> usize {
    match v {
        Value::Array(items) => 1 + items.iter().map(json_depth).max().unwrap_or(0),
        Value::Object(members) => 1 + members.values().map(json_depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// Levels of nesting far beyond serde_json's limit of 128.
const FAR: usize = 1000;

/// `open` ten thousand times, `1`, then `close` as often.
fn deep(open: &str, close: &str) -> String {
    format!("{}1{}", open.repeat(10_000), close.repeat(10_000))
}

/// Runs `f` on a thread with the 2 MiB stack that spawned threads and
/// tokio's workers get by default.
fn on_a_default_sized_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no stack overflow, no panic")
}

fn is_recursion_limit(err: &serde_json::Error) -> bool {
    err.to_string().contains("recursion limit exceeded")
}

#[test]
fn a_response_type_nested_in_itself_decodes_up_to_the_recursion_limit_then_errors() {
    let Some(r) = recursion() else {
        eprintln!("note: no response type of this spec nests itself");
        return;
    };
    on_a_default_sized_stack(move || {
        let what = format!("{} nested in {}", r.schema, r.decoder.name);
        // Far beyond the limit: an error, not a stack overflow.
        let err = (r.decoder.bytes)(r.nested(FAR / r.step()).as_bytes()).unwrap_err();
        assert!(is_recursion_limit(&err), "{what}: {err}");

        // The deepest nesting under the limit decodes (and round-trips) on
        // this stack; one more level is the recursion error, at serde_json's
        // limit of 128 levels.
        let decodes = |d: usize| (r.decoder.bytes)(r.nested(d).as_bytes()).is_ok();
        assert!(decodes(0), "{what}: the generated fixture does not decode");
        let (mut deepest, mut fails) = (0, FAR / r.step());
        while fails - deepest > 1 {
            let mid = (deepest + fails) / 2;
            if decodes(mid) {
                deepest = mid;
            } else {
                fails = mid;
            }
        }
        eprintln!("{what}: {deepest} more levels decode");
        let too_deep = r.nested(deepest + 1);
        let err = (r.decoder.bytes)(too_deep.as_bytes()).unwrap_err();
        assert!(is_recursion_limit(&err), "{what}: {err}");
        let depth = json_depth(&serde_json::from_str(&r.nested(deepest)).unwrap());
        assert!(
            depth + r.step() >= 128,
            "{what}: decoding stopped {} levels deep, before serde_json's limit",
            depth + r.step()
        );
    });
}

#[test]
fn deeply_nested_unknown_members_and_bodies_are_errors_not_stack_overflows() {
    on_a_default_sized_stack(|| {
        // Deep nesting where the client keeps raw JSON: in every kind of
        // object that keeps unknown members (structs' `extra`, free-form maps).
        let mut kinds = BTreeSet::new();
        for f in fixtures()
            .iter()
            .filter(|f| f.name.ends_with("/generated-full-0"))
        {
            for (path, _) in f.walk.slots.iter().filter(|(_, s)| *s == Slot::Object) {
                let kind = match f.walk.components.iter().rfind(|(p, _)| p == path) {
                    Some((_, component)) => component.clone(),
                    None => format!("{}{}", f.decoder.name, pointer(path)),
                };
                if !kinds.insert(kind) {
                    continue;
                }
                let mut doc = f.canonical.clone();
                let mut member = path.clone();
                member.push(Seg::Key("x_future_deep".to_owned()));
                let Value::Object(o) = at_mut(&mut doc, path) else {
                    unreachable!()
                };
                o.insert("x_future_deep".to_owned(), Value::Null);
                for (open, close) in [("[", "]"), (r#"{"a":"#, "}")] {
                    let body = with_text_at(&doc, &member, &deep(open, close));
                    let err = (f.decoder.bytes)(body.as_bytes()).unwrap_err();
                    assert!(
                        is_recursion_limit(&err),
                        "{} {}: {err}",
                        f.name,
                        pointer(path)
                    );
                }
            }
        }
        assert!(!kinds.is_empty());
        // Bare deep arrays and objects, to every decoder.
        for body in [deep("[", "]"), deep(r#"{"a":"#, "}")] {
            for d in DECODERS {
                let err = (d.bytes)(body.as_bytes()).unwrap_err();
                assert!(
                    is_recursion_limit(&err) || err.is_data(),
                    "{}: {err}",
                    d.name
                );
            }
        }
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn a_deeply_nested_response_from_the_server_is_a_decode_error() {
    // A response type nested in itself, or else a run (`getRun`, which the
    // hand-written layer relies on) with a deep unknown member.
    let (op, body) = match recursion() {
        Some(r) => {
            let op = operations_answering(r.decoder.name)
                .next()
                .expect("an operation answering with it");
            (op, r.nested(FAR / r.step()))
        }
        None => {
            let op = dispatch::OPERATIONS
                .iter()
                .find(|o| op_key(o.id) == "getrun")
                .unwrap();
            let run = &fixtures()
                .iter()
                .find(|f| f.decoder.name == "RunItem")
                .unwrap()
                .canonical;
            let mut doc = run.clone();
            doc["x_future_deep"] = Value::Null;
            let member = vec![Seg::Key("x_future_deep".to_owned())];
            (op, with_text_at(&doc, &member, &deep("[", "]")))
        }
    };
    let server = ScriptedServer::start(vec![Reply::raw(
        success_status(op),
        "application/json",
        body.as_bytes(),
    )])
    .await;
    let client = common::client(&server.url());
    let args = common::arguments(op.id, Fill::Minimal);
    // Decoded on a tokio worker thread (2 MiB stack).
    let err = tokio::spawn(async move { dispatch::call(&client, op.id, &args).await })
        .await
        .expect("no panic")
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{}: {err:?}", op.id)
    };
    assert!(is_recursion_limit(decode.json_error()), "{err}");
    assert_eq!(op_key(decode.operation()), op_key(op.id));
}
