//! Checked repairs of upstream spec defects.
//!
//! The vendored spec (`openapi/oz-agent-api.yml`) is byte-identical to a
//! published version and is never edited by hand. Where the published spec has
//! a defect that stops code generation, a patch here repairs it in memory.
//!
//! Every patch first checks that the defect it works around is still present.
//! When upstream fixes the defect the patch reports [`Outcome::NoLongerApplies`]
//! instead of silently doing nothing, the build prints a warning naming it, and
//! `cargo xtask spec update` lists it, so the patch can be deleted.

use openapiv3::{OpenAPI, Operation, ReferenceOr};

/// What applying one patch did.
pub enum Outcome {
    /// The defect was present and has been repaired; the text says how.
    Applied(String),
    /// The defect is gone from the spec; the text says what was looked for.
    NoLongerApplies(String),
}

/// One named repair of one upstream defect.
pub struct Patch {
    /// Stable name, printed in build warnings and in `spec update` reports.
    pub name: &'static str,
    /// The upstream defect this patch works around.
    pub defect: &'static str,
    /// Checks for the defect and repairs it.
    pub apply: fn(&mut OpenAPI) -> Outcome,
}

/// The patch list, applied in order.
pub const PATCHES: &[Patch] = &[Patch {
    name: "dedupe_list_agents_operation_id",
    defect: "`operationId: listAgents` is declared twice (`GET /agent` and \
             `GET /agent/identities`); operation ids must be unique and code \
             generators reject the spec. `GET /agent/identities` is renamed to \
             `listAgentIdentities`, matching its response type \
             `ListAgentIdentitiesResponse`.",
    apply: dedupe_list_agents_operation_id,
}];

fn dedupe_list_agents_operation_id(spec: &mut OpenAPI) -> Outcome {
    let skills = operation(spec, "/agent", "get").and_then(|op| op.operation_id.clone());
    let identities = operation(spec, "/agent/identities", "get");
    match (skills.as_deref(), identities) {
        (Some("listAgents"), Some(op)) if op.operation_id.as_deref() == Some("listAgents") => {
            op.operation_id = Some("listAgentIdentities".to_owned());
            Outcome::Applied(
                "GET /agent/identities: operationId listAgents -> listAgentIdentities".to_owned(),
            )
        }
        _ => Outcome::NoLongerApplies(
            "GET /agent and GET /agent/identities no longer share operationId listAgents"
                .to_owned(),
        ),
    }
}

/// The operation at `path` and `method`, if the spec declares it inline.
fn operation<'a>(spec: &'a mut OpenAPI, path: &str, method: &str) -> Option<&'a mut Operation> {
    let item = match spec.paths.paths.get_mut(path)? {
        ReferenceOr::Item(item) => item,
        ReferenceOr::Reference { .. } => return None,
    };
    match method {
        "get" => item.get.as_mut(),
        "put" => item.put.as_mut(),
        "post" => item.post.as_mut(),
        "delete" => item.delete.as_mut(),
        "patch" => item.patch.as_mut(),
        _ => None,
    }
}
