//! Which operations send no credentials, from the spec's `security`.
//!
//! An operation whose security requirement allows only anonymous access —
//! `security: []`, or only empty requirements (`[{}]`) — must not carry the
//! API key: the server does not ask for it (Warp's `getSessionRedirect` and
//! factory-file schema operations are "public and unauthenticated"), and a
//! key the server does not need is a key it could log, cache or act on. The
//! generated client lists those operations in `ANONYMOUS_OPERATIONS` (by the
//! name their `OperationInfo` carries); the transport sends them without
//! `Authorization` (`src/transport.rs`).
//!
//! What still sends the key: optional authentication (`[{bearerAuth: []},
//! {}]`: the key changes what the server answers), and an operation that
//! says nothing about security when the document says nothing either
//! (silence is not a promise that anonymous access works; the key only ever
//! goes to the API's own origin).

use openapiv3::{OpenAPI, SecurityRequirement};

/// The generated method names (snake case, as progenitor names them and as
/// `OperationInfo::operation_id` carries them) of the operations whose
/// effective security allows only anonymous access, in spec order. A name
/// the generated `code` does not carry is left out with a warning (that
/// operation then keeps sending the key).
pub fn anonymous_operations(spec: &OpenAPI, code: &str) -> (Vec<String>, Vec<String>) {
    let mut names = Vec::new();
    let mut warnings = Vec::new();
    for (path, method, operation) in spec.operations() {
        let effective = operation.security.as_ref().or(spec.security.as_ref());
        if !effective.is_some_and(|list| only_anonymous(list)) {
            continue;
        }
        let Some(id) = operation.operation_id.as_deref() else {
            continue;
        };
        let name = heck::ToSnakeCase::to_snake_case(id);
        if code.contains(&format!("operation_id: \"{name}\"")) {
            names.push(name);
        } else {
            warnings.push(format!(
                "{} {path} ({id}) allows only anonymous access, but the generated client has no \
                 operation named {name:?}: it is sent with the API key",
                method.to_ascii_uppercase()
            ));
        }
    }
    (names, warnings)
}

/// `[]`, or requirements that are all empty (`[{}]`).
fn only_anonymous(requirements: &[SecurityRequirement]) -> bool {
    requirements.iter().all(|r| r.is_empty())
}

/// The item appended to the generated client.
pub fn item(names: &[String]) -> String {
    let mut out = String::from(
        "/// Operations whose `security` allows only anonymous access: sent without\n\
         /// the API key (see `build/security.rs`).\n\
         pub(crate) const ANONYMOUS_OPERATIONS: &[&str] = &[",
    );
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&format!("{name:?}"));
    }
    out.push_str("];\n");
    out
}
