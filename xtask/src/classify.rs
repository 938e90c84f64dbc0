//! The rule table: every kind of change the differ reports, with its class for
//! users of the generated `oz-agent-api` crate and the reason.
//!
//! The class of a change is a pure function of its rule id. The table is
//! rendered into `docs/spec-diff.md` (`cargo xtask spec rules --format markdown`)
//! and a test keeps the two identical.

use std::fmt;

use serde::Serialize;

/// How a change affects users of the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Code using the crate stops compiling, or a call that worked now fails.
    Breaking,
    /// A new capability; nothing that worked breaks.
    Additive,
    /// Documentation-only: descriptions, summaries, examples, titles.
    Cosmetic,
}

impl Class {
    /// All classes, most severe first.
    pub const ALL: [Class; 3] = [Class::Breaking, Class::Additive, Class::Cosmetic];

    /// The lowercase name used in reports and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Additive => "additive",
            Class::Cosmetic => "cosmetic",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One row of the rule table.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// Stable identifier, used in reports, JSON and the changelog.
    pub id: &'static str,
    /// The class every change with this id gets.
    pub class: Class,
    /// What change the rule matches.
    pub what: &'static str,
    /// Why it has that class for this crate.
    pub why: &'static str,
}

use Class::{Additive as A, Breaking as B, Cosmetic as C};

macro_rules! rules {
    ($( $id:literal, $class:expr, $what:literal, $why:literal; )*) => {
        /// Every rule, in documentation order.
        pub const RULES: &[Rule] = &[ $( Rule { id: $id, class: $class, what: $what, why: $why } ),* ];
    };
}

rules! {
    // ---- operations
    "operation-added", A, "A new operation (method + path).",
        "A new client method appears; existing code is unaffected.";
    "operation-removed", B, "An operation disappeared.",
        "Its client method disappears, so calls to it stop compiling.";
    "operation-id-changed", B, "Same method and path, new `operationId` (re-identified).",
        "Client methods are named from the operationId (snake_case): the old method name no longer exists.";
    "operation-path-changed", A, "An operation with the same `operationId` moved to another path or method.",
        "The method keeps its name and now calls the new path; code compiles and the call works against the new server. Renamed path parameters are reported separately.";
    "operation-deprecated", A, "`deprecated: true` added to an operation.",
        "The method keeps working; Cargo's SemVer guide treats deprecating an item as a minor change, and users should hear about it in the changelog.";
    "operation-undeprecated", C, "`deprecated` removed from an operation.",
        "Nothing changes in the generated code's behaviour.";
    // ---- parameters
    "parameter-added-optional", A, "A new optional parameter (path-level, operation-level or by `$ref` to components.parameters).",
        "Builders get one more setter; unset optional parameters are not sent, so existing calls are unchanged.";
    "parameter-added-required", B, "A new required parameter.",
        "Existing calls do not set it and fail at `send()` with a missing-parameter error (and the server would reject them anyway).";
    "parameter-removed", B, "A parameter disappeared.",
        "Its builder setter disappears, so code calling it stops compiling.";
    "parameter-renamed", B, "A parameter was renamed: a path parameter whose template name changed, or a removed and an added parameter in the same location with the same schema and description (or the only such pair).",
        "The builder setter is named from the parameter name, so the old setter disappears.";
    "parameter-location-changed", B, "A parameter with the same name moved to another location (`in`: query, header, path, cookie).",
        "`(name, in)` is a parameter's identity; the generator treats locations differently (path parameters are mandatory and positional in the URL, header values must be string-encodable), so this is a removal plus an addition.";
    "parameter-became-required", B, "An optional parameter became required.",
        "Calls that did not set it now fail at `send()`.";
    "parameter-became-optional", A, "A required parameter became optional.",
        "The setter keeps its signature and calls that set it keep working; calls may now leave it out.";
    "parameter-deprecated", A, "`deprecated: true` added to a parameter.",
        "Nothing stops working; worth a changelog line (a minor change per Cargo's SemVer guide).";
    // ---- request bodies
    "request-body-added-optional", A, "An operation gained an optional request body.",
        "A new `body()` setter; existing calls send no body as before.";
    "request-body-added-required", B, "An operation gained a required request body.",
        "Existing calls do not set a body and fail at `send()`.";
    "request-body-removed", B, "An operation lost its request body.",
        "The `body()` setter and its type disappear.";
    "request-body-became-required", B, "An optional request body became required.",
        "Calls without a body now fail.";
    "request-body-became-optional", A, "A required request body became optional.",
        "Calls that set it keep working.";
    "request-media-type-added", A, "A request body accepts an additional media type.",
        "The existing media type keeps working.";
    "request-media-type-removed", B, "A request body media type disappeared.",
        "Calls sending that media type fail, and its generated body type may disappear.";
    // ---- responses
    "response-status-added", A, "A new response status code.",
        "Previously undocumented responses are now decoded; success types of existing codes are unchanged.";
    "response-status-removed", B, "A success (2xx/3xx) response status code disappeared.",
        "The method's success type may change, and a response that used to decode is now `UnexpectedResponse`.";
    "response-error-status-removed", B, "An error (4xx/5xx/`default`) response status code disappeared.",
        "That status now surfaces as `Error::UnexpectedResponse` instead of `Error::ErrorResponse` with a typed body, so error handling that matched it silently changes; the error type itself may also change.";
    "response-media-type-added", A, "A response offers an additional media type.",
        "The media type the client asks for is unchanged.";
    "response-media-type-removed", B, "A response media type disappeared.",
        "The generated client may no longer decode the body it used to.";
    // ---- schemas in requests (bodies and parameters)
    "request-property-added-optional", A, "A request object gained an optional property.",
        "Request structs are `#[non_exhaustive]` and built with builders, so a new optional field needs no change to existing code.";
    "request-property-added-required", B, "A request object gained a required property.",
        "Existing builders never set it, so `build()`/`send()` fails (and the server would reject the request).";
    "request-property-removed", B, "A request object lost a property.",
        "The builder setter and the field disappear, so code setting it stops compiling.";
    "request-property-became-required", B, "An optional request property became required.",
        "Callers that did not set it now fail at `build()`/`send()`; the field type also changes from `Option<T>` to `T`.";
    "request-property-became-optional", A, "A required request property became optional.",
        "The builder setter accepts anything convertible into `Option<T>`, which a plain `T` is, so existing calls compile and send the same JSON; callers may now leave it out.";
    "request-type-changed", B, "A request schema's type changed (type, a format that maps to a different Rust type, string <-> enum, object <-> map).",
        "The Rust type of the field changes, so code constructing it stops compiling.";
    "request-nullable-added", A, "A required request value became nullable.",
        "`T` becomes `Option<T>`; builder setters accept `T` through `Into<Option<T>>`, so existing calls still compile and send the same JSON.";
    "request-nullable-removed", B, "A required request value is no longer nullable.",
        "`Option<T>` becomes `T`; code passing `None` or an `Option` stops compiling.";
    "request-enum-value-added", A, "A request enum gained a value.",
        "A new variant on a `#[non_exhaustive]` enum; existing values still serialize.";
    "request-enum-value-removed", B, "A request enum lost a value (a rename is a removal plus an addition).",
        "The variant disappears from the Rust enum, so code naming it stops compiling.";
    "request-variant-added", A, "A request `oneOf`/`anyOf` gained a variant.",
        "A new variant of a `#[non_exhaustive]` enum; existing variants still serialize.";
    "request-variant-removed", B, "A request `oneOf`/`anyOf` lost a variant.",
        "The Rust variant disappears.";
    "request-discriminator-changed", B, "The discriminator property of a request union changed.",
        "Serialization of every variant changes; the server rejects the old tag.";
    "request-discriminator-value-added", A, "A request union's discriminator mapping gained a value for an existing variant.",
        "Additional tag accepted; existing tags unchanged.";
    "request-discriminator-value-removed", B, "A request union's discriminator mapping lost a value.",
        "That variant can no longer be sent.";
    "request-discriminator-value-retargeted", B, "A request union's discriminator value now maps to a different schema.",
        "The variant's payload type changes.";
    "request-constraint-tightened", B, "A request value got a stricter constraint (min/max, length, pattern, item counts, multipleOf).",
        "Values that used to be accepted may now be rejected (by the server, or by a validating newtype the generator emits).";
    "request-constraint-relaxed", A, "A request value's constraint was loosened or dropped.",
        "Everything that used to be accepted still is.";
    // ---- schemas in responses
    "response-property-added-optional", A, "A response object gained an optional property.",
        "Response structs are `#[non_exhaustive]` (no struct literals, no exhaustive patterns), so a new `Option<T>` field breaks nothing; unknown fields were already kept in `extra`.";
    "response-property-added-required", A, "A response object gained a required property.",
        "A new `T` field on a `#[non_exhaustive]` struct breaks no code; the server always sends it, so decoding works.";
    "response-property-removed", B, "A response object lost a property.",
        "The field disappears from the struct, so code reading it stops compiling.";
    "response-property-became-required", B, "An optional response property became required.",
        "The field type changes from `Option<T>` to `T`: code matching `Some(..)`, calling `.as_ref()`, `.unwrap_or(..)` etc. stops compiling. Decoding is fine, but the Rust API is not.";
    "response-property-became-optional", B, "A required response property became optional.",
        "The field type changes from `T` to `Option<T>`, so code reading it stops compiling (and the value may now be absent).";
    "response-type-changed", B, "A response schema's type changed (type, a format that maps to a different Rust type, string <-> enum, object <-> map).",
        "The field's Rust type changes, and old payloads may not decode.";
    "response-nullable-added", B, "A required response value became nullable.",
        "`T` becomes `Option<T>`, so code reading it stops compiling.";
    "response-nullable-removed", B, "A required response value is no longer nullable.",
        "`Option<T>` becomes `T`, so code matching on the option stops compiling.";
    "response-enum-value-added", A, "A response enum gained a value.",
        "Enums are `#[non_exhaustive]` with an `Unrecognized(String)` catch-all: old clients already decoded unknown values, and matching code already has a wildcard arm.";
    "response-enum-value-removed", B, "A response enum lost a value (a rename is a removal plus an addition).",
        "The variant disappears from the Rust enum, so code matching on it stops compiling.";
    "response-variant-added", A, "A response `oneOf`/`anyOf` gained a variant.",
        "Unions are `#[non_exhaustive]` enums with an `Unrecognized(serde_json::Value)` variant dispatching on the discriminator: old clients keep decoding, matching code already has a wildcard arm.";
    "response-variant-removed", B, "A response `oneOf`/`anyOf` lost a variant.",
        "The Rust variant disappears, so code matching on it stops compiling.";
    "response-discriminator-changed", B, "The discriminator property of a response union changed.",
        "Dispatch looks at another property; every payload decodes differently.";
    "response-discriminator-value-added", A, "A response union's discriminator mapping gained a value for an existing variant.",
        "More payloads decode into a known variant; nothing that decoded before changes.";
    "response-discriminator-value-removed", B, "A response union's discriminator mapping lost a value.",
        "Payloads with that tag fall into `Unrecognized` instead of the variant code expects.";
    "response-discriminator-value-retargeted", B, "A response union's discriminator value now maps to a different schema.",
        "The variant's payload type changes.";
    "response-constraint-changed", C, "A constraint (min/max, length, pattern, item counts) on a response value changed.",
        "Constraints document what the server sends; decoding does not validate them.";
    // ---- schemas, either direction
    "schema-added", A, "A new component schema.",
        "A new public type in the crate.";
    "schema-removed", B, "A component schema disappeared.",
        "Its public type disappears, so code naming it stops compiling.";
    "schema-ref-changed", B, "A value now refers to a different component schema.",
        "Types are named from component schema names, so the field's Rust type changes.";
    "nullable-changed-optional", C, "`nullable` changed on an optional property.",
        "An optional property is `Option<T>` whether or not it is nullable.";
    "format-changed", C, "A string `format` changed between formats that map to the same Rust type (e.g. none <-> `uri`).",
        "The generated type stays `String`.";
    "default-changed", C, "A schema's `default` changed.",
        "The type is unchanged; builders send what the caller sets. Worth reading if you relied on the server-side default.";
    "additional-properties-changed", C, "`additionalProperties` changed between absent, `true` and `false` on an object with properties.",
        "Unknown fields are kept in the struct's `extra` map either way.";
    "schema-deprecated", A, "A schema or property was marked deprecated.",
        "Nothing stops working; worth a changelog line.";
    "schema-undeprecated", C, "`deprecated` removed from a schema or property.",
        "Nothing changes in the generated code's behaviour.";
    // ---- security
    "security-anonymous-allowed", A, "An operation now allows anonymous access (an empty `{}` requirement, or no requirement at all).",
        "Calls with credentials keep working; calls without them now work too.";
    "security-auth-required", B, "An operation that allowed anonymous access now requires credentials.",
        "Calls made without credentials now fail with 401/403.";
    "security-requirement-added", A, "An operation accepts an additional security requirement.",
        "Existing credentials keep working.";
    "security-requirement-removed", B, "An operation no longer accepts a security requirement it used to.",
        "Calls authenticating that way now fail.";
    "security-scheme-changed", B, "A security scheme definition changed (type, scheme, location or name).",
        "Credentials sent the old way are rejected.";
    // ---- document level
    "server-base-url-changed", B, "The first server URL (the API's base URL) changed.",
        "Chosen conservatively: the first server is the documented base URL users configure the client with; code, allow-lists or proxies pinned to the old host may stop working.";
    "servers-changed", C, "Other server entries changed (descriptions, extra servers, variables).",
        "The base URL is unchanged.";
    "info-changed", C, "`info` changed (title, version, description, contact, license).",
        "Metadata only.";
    "openapi-version-changed", C, "The `openapi` version changed within 3.0.x.",
        "No semantic difference for the generator.";
    "tags-changed", C, "Tags of an operation or the document's tag list changed.",
        "Tags group documentation only.";
    "description-changed", C, "A description, summary or title changed.",
        "Documentation only.";
    "example-changed", C, "An example changed.",
        "Documentation only.";
    "extension-changed", C, "An `x-` extension changed.",
        "Not used by the generator.";
}

/// Looks up a rule by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The class of a rule id. Ids come from code and tests check that every id
/// the differ emits is in the table; an unknown id is treated as breaking.
pub fn class_of(id: &str) -> Class {
    debug_assert!(
        rule(id).is_some(),
        "rule id {id:?} is missing from the rule table"
    );
    rule(id).map_or(Class::Breaking, |r| r.class)
}

/// The rule table as a Markdown table (the block kept in `docs/spec-diff.md`).
pub fn markdown_table() -> String {
    let mut out = String::from("| id | what | class | why |\n|---|---|---|---|\n");
    for r in RULES {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.id,
            r.what.replace('|', "\\|"),
            r.class,
            r.why.replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn rule_ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            assert!(
                r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id
            );
        }
    }
}
