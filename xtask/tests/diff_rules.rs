//! One or more fixtures per rule: `spec diff --format json` must report the
//! exact rule id, class and location.

mod common;

use common::*;

#[test]
fn operations_added_removed_reidentified_moved_and_deprecated() {
    let r = diff_fixture("operations");
    expect(
        &r,
        "operation-removed",
        "breaking",
        "GET /b (getB)",
        "/paths/~1b/get",
    );
    expect(
        &r,
        "operation-added",
        "additive",
        "GET /e (getE)",
        "/paths/~1e/get",
    );
    let c = expect(
        &r,
        "operation-id-changed",
        "breaking",
        "GET /c (getCee)",
        "/paths/~1c/get/operationId",
    );
    assert_eq!(c["old"], "getC");
    assert_eq!(c["new"], "getCee");
    expect(
        &r,
        "operation-deprecated",
        "additive",
        "GET /a (listA)",
        "/paths/~1a/get/deprecated",
    );
    expect(
        &r,
        "operation-path-changed",
        "additive",
        "POST /dee (postD)",
        "/paths/~1dee/post",
    );
    assert_non_cosmetic(
        &r,
        &[
            "operation-removed",
            "operation-added",
            "operation-id-changed",
            "operation-deprecated",
            "operation-path-changed",
        ],
    );
}

#[test]
fn parameters_added_removed_renamed_moved_and_changed() {
    let r = diff_fixture("parameters");
    let op = "GET /runs/{id} (getRun)";
    let base = "/paths/~1runs~1{id}/get/parameters";
    let c = expect(
        &r,
        "parameter-renamed",
        "breaking",
        op,
        &format!("{base}/1"),
    );
    assert_eq!(
        (c["old"].as_str(), c["new"].as_str()),
        (Some("runId"), Some("id"))
    );
    let c = expect(
        &r,
        "parameter-renamed",
        "breaking",
        op,
        &format!("{base}/7"),
    );
    assert_eq!(
        (c["old"].as_str(), c["new"].as_str()),
        (Some("config_name"), Some("name"))
    );
    expect(
        &r,
        "parameter-added-optional",
        "additive",
        op,
        &format!("{base}/0"),
    );
    expect(
        &r,
        "parameter-added-optional",
        "additive",
        op,
        &format!("{base}/8"),
    );
    expect(
        &r,
        "parameter-added-required",
        "breaking",
        op,
        &format!("{base}/9"),
    );
    // A deepObject query parameter is an optional parameter like any other:
    // the client gains a pairs setter for it.
    let c = expect(
        &r,
        "parameter-added-optional",
        "additive",
        op,
        &format!("{base}/11"),
    );
    assert_eq!(c["new"]["name"], "metadata");
    expect(
        &r,
        "parameter-removed",
        "breaking",
        op,
        "/paths/~1runs~1{runId}/get/parameters/1",
    );
    expect(
        &r,
        "parameter-location-changed",
        "breaking",
        op,
        &format!("{base}/3"),
    );
    expect(
        &r,
        "parameter-became-required",
        "breaking",
        op,
        &format!("{base}/2/required"),
    );
    expect(
        &r,
        "parameter-became-optional",
        "additive",
        op,
        &format!("{base}/4/required"),
    );
    expect(
        &r,
        "parameter-deprecated",
        "additive",
        op,
        &format!("{base}/10/deprecated"),
    );
    let c = expect(
        &r,
        "request-enum-value-added",
        "additive",
        op,
        &format!("{base}/5/schema/enum/1"),
    );
    assert_eq!(c["new"], "RUNNING");
    let c = expect(
        &r,
        "request-enum-value-removed",
        "breaking",
        op,
        &format!("{base}/5/schema/enum/1"),
    );
    assert_eq!(c["old"], "DONE");
    expect(
        &r,
        "request-type-changed",
        "breaking",
        op,
        &format!("{base}/6/schema"),
    );
    assert_eq!(rules(&r).len(), 14, "{:#}", r["changes"]);
}

#[test]
fn header_parameter_added_by_ref_is_classified_by_required_ness() {
    let r = diff_fixture("parameters");
    let c = expect(
        &r,
        "parameter-added-optional",
        "additive",
        "GET /runs/{id} (getRun)",
        "/paths/~1runs~1{id}/get/parameters/0",
    );
    assert_eq!(c["new"]["name"], "X-Team");
    assert_eq!(c["new"]["in"], "header");
    assert!(c["message"]
        .as_str()
        .unwrap()
        .contains("#/components/parameters/TeamHeader"));
}

#[test]
fn request_bodies() {
    let r = diff_fixture("request-body");
    expect(
        &r,
        "request-body-added-optional",
        "additive",
        "POST /gains-optional (gainsOptional)",
        "/paths/~1gains-optional/post/requestBody",
    );
    expect(
        &r,
        "request-body-added-required",
        "breaking",
        "POST /gains-required (gainsRequired)",
        "/paths/~1gains-required/post/requestBody",
    );
    expect(
        &r,
        "request-body-removed",
        "breaking",
        "POST /loses (loses)",
        "/paths/~1loses/post/requestBody",
    );
    expect(
        &r,
        "request-body-became-required",
        "breaking",
        "POST /tightens (tightens)",
        "/paths/~1tightens/post/requestBody/required",
    );
    expect(
        &r,
        "request-body-became-optional",
        "additive",
        "POST /loosens (loosens)",
        "/paths/~1loosens/post/requestBody/required",
    );
    expect(
        &r,
        "request-media-type-removed",
        "breaking",
        "POST /media (media)",
        "/paths/~1media/post/requestBody/content/text~1plain",
    );
    expect(
        &r,
        "request-media-type-added",
        "additive",
        "POST /media (media)",
        "/paths/~1media/post/requestBody/content/application~1x-www-form-urlencoded",
    );
    assert_eq!(rules(&r).len(), 7);
}

#[test]
fn responses() {
    let r = diff_fixture("responses");
    expect(
        &r,
        "response-error-status-removed",
        "breaking",
        "GET /r (getR)",
        "/paths/~1r/get/responses/500",
    );
    expect(
        &r,
        "response-status-added",
        "additive",
        "GET /r (getR)",
        "/paths/~1r/get/responses/409",
    );
    expect(
        &r,
        "response-media-type-removed",
        "breaking",
        "GET /r (getR)",
        "/paths/~1r/get/responses/200/content/text~1csv",
    );
    expect(
        &r,
        "response-media-type-added",
        "additive",
        "GET /r (getR)",
        "/paths/~1r/get/responses/200/content/application~1yaml",
    );
    expect(
        &r,
        "response-status-removed",
        "breaking",
        "POST /s (postS)",
        "/paths/~1s/post/responses/200",
    );
    expect(
        &r,
        "response-status-added",
        "additive",
        "POST /s (postS)",
        "/paths/~1s/post/responses/201",
    );
    // A response reached through components.responses is resolved and diffed.
    expect(
        &r,
        "description-changed",
        "cosmetic",
        "GET /r (getR)",
        "/paths/~1r/get/responses/404/description",
    );
}

const T: &str = "/components/schemas/Thing/properties";

#[test]
fn request_schema_rules() {
    let r = diff_fixture("schema-request");
    let s = "Thing";
    expect(
        &r,
        "request-property-removed",
        "breaking",
        s,
        &format!("{T}/gone"),
    );
    expect(
        &r,
        "request-property-added-optional",
        "additive",
        s,
        &format!("{T}/added_opt"),
    );
    expect(
        &r,
        "request-property-added-required",
        "breaking",
        s,
        &format!("{T}/added_req"),
    );
    expect(
        &r,
        "request-property-became-optional",
        "additive",
        s,
        &format!("{T}/must"),
    );
    expect(
        &r,
        "request-property-became-required",
        "breaking",
        s,
        &format!("{T}/maybe"),
    );
    expect(
        &r,
        "request-type-changed",
        "breaking",
        s,
        &format!("{T}/count"),
    );
    expect(
        &r,
        "request-type-changed",
        "breaking",
        s,
        &format!("{T}/when"),
    );
    expect(
        &r,
        "request-nullable-added",
        "additive",
        s,
        &format!("{T}/stamp/nullable"),
    );
    expect(
        &r,
        "request-nullable-removed",
        "breaking",
        s,
        &format!("{T}/label/nullable"),
    );
    expect(
        &r,
        "nullable-changed-optional",
        "cosmetic",
        s,
        &format!("{T}/note/nullable"),
    );
    expect(
        &r,
        "format-changed",
        "cosmetic",
        s,
        &format!("{T}/link/format"),
    );
    expect(
        &r,
        "request-constraint-tightened",
        "breaking",
        s,
        &format!("{T}/name/maxLength"),
    );
    expect(
        &r,
        "request-constraint-relaxed",
        "additive",
        s,
        &format!("{T}/tags/minItems"),
    );
    expect(
        &r,
        "request-enum-value-removed",
        "breaking",
        "Kind",
        "/components/schemas/Kind/enum/1",
    );
    expect(
        &r,
        "request-enum-value-added",
        "additive",
        "Kind",
        "/components/schemas/Kind/enum/1",
    );
    let c = expect(
        &r,
        "request-property-added-required",
        "breaking",
        s,
        &format!("{T}/added_req"),
    );
    assert_eq!(c["usage"], serde_json::json!(["request"]));
    assert_eq!(
        c["operations"],
        serde_json::json!(["POST /things (createThing)"])
    );
    assert_eq!(rules(&r).len(), 15);
}

#[test]
fn response_schema_rules() {
    let r = diff_fixture("schema-response");
    let s = "Thing";
    expect(
        &r,
        "response-property-removed",
        "breaking",
        s,
        &format!("{T}/gone"),
    );
    expect(
        &r,
        "response-property-added-optional",
        "additive",
        s,
        &format!("{T}/added_opt"),
    );
    expect(
        &r,
        "response-property-added-required",
        "additive",
        s,
        &format!("{T}/added_req"),
    );
    expect(
        &r,
        "response-property-became-optional",
        "breaking",
        s,
        &format!("{T}/must"),
    );
    expect(
        &r,
        "response-property-became-required",
        "breaking",
        s,
        &format!("{T}/maybe"),
    );
    expect(
        &r,
        "response-type-changed",
        "breaking",
        s,
        &format!("{T}/count"),
    );
    expect(
        &r,
        "response-type-changed",
        "breaking",
        s,
        &format!("{T}/when"),
    );
    expect(
        &r,
        "response-nullable-added",
        "breaking",
        s,
        &format!("{T}/stamp/nullable"),
    );
    expect(
        &r,
        "response-nullable-removed",
        "breaking",
        s,
        &format!("{T}/label/nullable"),
    );
    expect(
        &r,
        "nullable-changed-optional",
        "cosmetic",
        s,
        &format!("{T}/note/nullable"),
    );
    expect(
        &r,
        "format-changed",
        "cosmetic",
        s,
        &format!("{T}/link/format"),
    );
    expect(
        &r,
        "response-constraint-changed",
        "cosmetic",
        s,
        &format!("{T}/name/maxLength"),
    );
    expect(
        &r,
        "response-constraint-changed",
        "cosmetic",
        s,
        &format!("{T}/tags/minItems"),
    );
    expect(
        &r,
        "response-enum-value-removed",
        "breaking",
        "Kind",
        "/components/schemas/Kind/enum/1",
    );
    expect(
        &r,
        "response-enum-value-added",
        "additive",
        "Kind",
        "/components/schemas/Kind/enum/1",
    );
    assert_eq!(rules(&r).len(), 15);
}

#[test]
fn schema_used_in_requests_and_responses_is_diffed_as_both() {
    let r = diff_fixture("schema-both");
    let p = "/components/schemas/Shared/properties/b";
    let q = expect(
        &r,
        "request-property-added-optional",
        "additive",
        "Shared",
        p,
    );
    assert_eq!(
        q["operations"],
        serde_json::json!(["POST /things (createThing)"])
    );
    expect(
        &r,
        "response-property-added-optional",
        "additive",
        "Shared",
        p,
    );
    // A usage-independent change is reported once, with both usages.
    let d = expect(
        &r,
        "description-changed",
        "cosmetic",
        "Shared",
        "/components/schemas/Shared/description",
    );
    assert_eq!(d["usage"], serde_json::json!(["request", "response"]));
    assert_eq!(rules(&r).len(), 3);
}

#[test]
fn one_of_variants_and_discriminator_mappings() {
    let r = diff_fixture("oneof");
    let item = "/components/schemas/Item";
    expect(
        &r,
        "response-variant-added",
        "additive",
        "Item",
        &format!("{item}/oneOf/2"),
    );
    expect(
        &r,
        "response-variant-removed",
        "breaking",
        "Item",
        &format!("{item}/oneOf/2"),
    );
    expect(
        &r,
        "response-discriminator-value-added",
        "additive",
        "Item",
        &format!("{item}/discriminator/mapping/PULL"),
    );
    expect(
        &r,
        "response-discriminator-value-retargeted",
        "breaking",
        "Item",
        &format!("{item}/discriminator/mapping/LEGACY_PR"),
    );
    expect(
        &r,
        "request-variant-added",
        "additive",
        "NewItem",
        "/components/schemas/NewItem/oneOf/1",
    );
    expect(
        &r,
        "request-discriminator-changed",
        "breaking",
        "NewItem",
        "/components/schemas/NewItem/discriminator/propertyName",
    );
    // Mapping entries of added/removed variants are not reported twice.
    assert!(!rules(&r).contains(&"response-discriminator-value-removed".to_string()));
    assert_eq!(rules(&r).len(), 6);
}

#[test]
fn recursive_schemas_terminate_and_are_compared_by_name() {
    let started = std::time::Instant::now();
    let r = diff_fixture("recursive");
    assert!(started.elapsed().as_secs() < 5);
    let c = expect(
        &r,
        "response-property-added-optional",
        "additive",
        "ConversationStep",
        "/components/schemas/ConversationStep/properties/role",
    );
    assert_eq!(
        c["operations"],
        serde_json::json!(["GET /conversation (getConversation)"])
    );
    expect(
        &r,
        "schema-ref-changed",
        "breaking",
        "ConversationStep",
        "/components/schemas/ConversationStep/properties/alias",
    );
    expect(
        &r,
        "schema-added",
        "additive",
        "Step",
        "/components/schemas/Step",
    );
}

#[test]
fn security_requirements() {
    let r = diff_fixture("security");
    expect(
        &r,
        "security-anonymous-allowed",
        "additive",
        "GET /artifact (getArtifact)",
        "/paths/~1artifact/get/security",
    );
    expect(
        &r,
        "security-auth-required",
        "breaking",
        "GET /redirect (getRedirect)",
        "/security",
    );
    expect(
        &r,
        "security-requirement-added",
        "additive",
        "GET /alt (getAlt)",
        "/paths/~1alt/get/security",
    );
    expect(
        &r,
        "security-requirement-removed",
        "breaking",
        "GET /two (getTwo)",
        "/paths/~1two/get/security",
    );
    expect(
        &r,
        "security-scheme-changed",
        "breaking",
        "document",
        "/components/securitySchemes/apiKey",
    );
    assert_eq!(rules(&r).len(), 5);
}

#[test]
fn document_level_info_servers_tags() {
    let r = diff_fixture("document");
    let c = expect(
        &r,
        "server-base-url-changed",
        "breaking",
        "document",
        "/servers/0/url",
    );
    assert_eq!(c["new"], "https://api.warp.dev/v1");
    expect(&r, "servers-changed", "cosmetic", "document", "/servers");
    expect(&r, "info-changed", "cosmetic", "document", "/info/title");
    expect(&r, "info-changed", "cosmetic", "document", "/info/version");
    expect(
        &r,
        "openapi-version-changed",
        "cosmetic",
        "document",
        "/openapi",
    );
    expect(&r, "tags-changed", "cosmetic", "document", "/tags");
    assert_eq!(rules(&r).len(), 6);
}

#[test]
fn description_example_and_format_only_edits_are_cosmetic() {
    let r = diff_fixture("cosmetic");
    assert_eq!(r["counts"]["breaking"], 0);
    assert_eq!(r["counts"]["additive"], 0);
    assert_eq!(r["counts"]["cosmetic"], 10);
    expect(
        &r,
        "description-changed",
        "cosmetic",
        "GET /runs (listRuns)",
        "/paths/~1runs/get/summary",
    );
    expect(
        &r,
        "example-changed",
        "cosmetic",
        "GET /runs (listRuns)",
        "/paths/~1runs/get/parameters/0/example",
    );
    expect(
        &r,
        "example-changed",
        "cosmetic",
        "Run",
        "/components/schemas/Run/properties/id/example",
    );
    expect(
        &r,
        "format-changed",
        "cosmetic",
        "Run",
        "/components/schemas/Run/properties/url/format",
    );
}

#[test]
fn components_added_removed_retyped_and_wrapped() {
    let r = diff_fixture("components");
    expect(
        &r,
        "schema-removed",
        "breaking",
        "Unused",
        "/components/schemas/Unused",
    );
    expect(
        &r,
        "schema-removed",
        "breaking",
        "Config",
        "/components/schemas/Config",
    );
    expect(
        &r,
        "schema-added",
        "additive",
        "Settings",
        "/components/schemas/Settings",
    );
    let a = "/components/schemas/Agent/properties";
    expect(
        &r,
        "schema-ref-changed",
        "breaking",
        "Agent",
        &format!("{a}/config"),
    );
    // `allOf: [$ref]` + `nullable: true` on a required response property.
    expect(
        &r,
        "response-nullable-added",
        "breaking",
        "Agent",
        &format!("{a}/providers/nullable"),
    );
    expect(
        &r,
        "description-changed",
        "cosmetic",
        "Agent",
        &format!("{a}/providers/description"),
    );
    expect(
        &r,
        "additional-properties-changed",
        "cosmetic",
        "Agent",
        &format!("{a}/extra/additionalProperties"),
    );
}

#[test]
fn deprecations_defaults_and_extensions() {
    let r = diff_fixture("misc");
    let p = "/components/schemas/Options/properties";
    expect(
        &r,
        "schema-deprecated",
        "additive",
        "Options",
        &format!("{p}/old_knob/deprecated"),
    );
    expect(
        &r,
        "schema-undeprecated",
        "cosmetic",
        "Options",
        &format!("{p}/mode/deprecated"),
    );
    expect(
        &r,
        "default-changed",
        "cosmetic",
        "Options",
        &format!("{p}/team/default"),
    );
    expect(
        &r,
        "operation-undeprecated",
        "cosmetic",
        "POST /legacy (runLegacy)",
        "/paths/~1legacy/post/deprecated",
    );
    expect(
        &r,
        "extension-changed",
        "cosmetic",
        "POST /legacy (runLegacy)",
        "/paths/~1legacy/post/x-internal",
    );
    assert_eq!(rules(&r).len(), 5);
}

#[test]
fn discriminator_mappings_in_requests_and_responses() {
    let r = diff_fixture("oneof-more");
    let b = "/components/schemas/BlockInput";
    expect(
        &r,
        "request-variant-removed",
        "breaking",
        "BlockInput",
        &format!("{b}/oneOf/2"),
    );
    expect(
        &r,
        "request-discriminator-value-retargeted",
        "breaking",
        "BlockInput",
        &format!("{b}/discriminator/mapping/image"),
    );
    expect(
        &r,
        "request-discriminator-value-removed",
        "breaking",
        "BlockInput",
        &format!("{b}/discriminator/mapping/plain"),
    );
    expect(
        &r,
        "request-discriminator-value-added",
        "additive",
        "BlockInput",
        &format!("{b}/discriminator/mapping/picture"),
    );
    expect(
        &r,
        "response-discriminator-value-removed",
        "breaking",
        "Block",
        "/components/schemas/Block/discriminator/mapping/plain",
    );
    expect(
        &r,
        "response-discriminator-changed",
        "breaking",
        "Event",
        "/components/schemas/Event/discriminator/propertyName",
    );
    // `video` maps to the removed variant: reported once, as the variant.
    assert_eq!(rules(&r).len(), 6);
}

const ALL_FIXTURES: &[&str] = &[
    "operations",
    "parameters",
    "request-body",
    "responses",
    "schema-request",
    "schema-response",
    "schema-both",
    "oneof",
    "oneof-more",
    "recursive",
    "security",
    "document",
    "cosmetic",
    "components",
    "misc",
];

#[test]
fn every_rule_in_the_table_has_a_fixture() {
    let table: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["spec", "rules", "--format", "json"]))).unwrap();
    let mut covered = std::collections::BTreeSet::new();
    for dir in ALL_FIXTURES {
        covered.extend(rules(&diff_fixture(dir)));
    }
    let missing: Vec<&str> = table
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .filter(|id| !covered.contains(*id))
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
}
