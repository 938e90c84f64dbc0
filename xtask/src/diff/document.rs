//! Document-level changes: `openapi`, `info`, `servers`, `tags`, security schemes.

use serde_json::{json, Value};

use super::{security, Differ, Scope};
use crate::pointer::Pointer;

/// Diffs everything that is not an operation or a schema.
pub(crate) fn diff_document(d: &mut Differ<'_>) {
    d.set_scope(Scope::Document, None);
    let (old, new) = (d.old, d.new);
    let root = Pointer::root();
    if old.get("openapi") != new.get("openapi") {
        d.emit(
            "openapi-version-changed",
            &root.join("openapi"),
            old.get("openapi").cloned(),
            new.get("openapi").cloned(),
            "openapi version changed",
        );
    }
    let empty = json!({});
    let (oi, ni) = (
        old.get("info").unwrap_or(&empty),
        new.get("info").unwrap_or(&empty),
    );
    let mut keys: Vec<&String> = Vec::new();
    for v in [oi, ni] {
        if let Value::Object(m) = v {
            keys.extend(m.keys());
        }
    }
    keys.sort();
    keys.dedup();
    for k in keys {
        d.cosmetic_field("info-changed", oi, ni, k, &root.join("info"));
    }
    diff_servers(d);
    d.cosmetic_field("tags-changed", old, new, "tags", &root);
    d.cosmetic_field("description-changed", old, new, "externalDocs", &root);
    d.extensions(old, new, &root);
    security::diff_security_schemes(d);
}

fn server_url(v: Option<&Value>) -> Option<&str> {
    v?.get(0)?.get("url")?.as_str()
}

fn diff_servers(d: &mut Differ<'_>) {
    let (os, ns) = (d.old.get("servers"), d.new.get("servers"));
    if os == ns {
        return;
    }
    let ptr = Pointer::root().join("servers");
    let (ou, nu) = (server_url(os), server_url(ns));
    if ou != nu {
        d.emit(
            "server-base-url-changed",
            &ptr.join("0").join("url"),
            ou.map(|s| json!(s)),
            nu.map(|s| json!(s)),
            format!(
                "base URL {} -> {}",
                ou.unwrap_or("(none)"),
                nu.unwrap_or("(none)")
            ),
        );
    }
    // Anything else about the server list (descriptions, extra servers).
    let strip = |v: Option<&Value>| -> Value {
        let mut v = v.cloned().unwrap_or(Value::Null);
        if let Some(Value::Object(first)) = v.get_mut(0) {
            first.remove("url");
        }
        v
    };
    if strip(os) != strip(ns) {
        d.emit(
            "servers-changed",
            &ptr,
            os.cloned(),
            ns.cloned(),
            "server list changed (base URL unchanged)",
        );
    }
}
