//! Configuration errors never print a header value.

use super::*;

fn build_with_custom_headers(headers: &str) -> (Error, String) {
    let vars = [
        ("WARP_API_KEY", KEY.to_owned()),
        ("OZ_API_CUSTOM_HEADERS", headers.to_owned()),
    ];
    let builder = oz_agent_api::ClientBuilder::from_vars(|name| {
        vars.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    });
    let debug = format!("{builder:?}");
    (builder.build().unwrap_err(), debug)
}

#[test]
fn a_custom_header_line_without_a_colon_is_named_by_line_number_not_printed() {
    let (err, debug) = build_with_custom_headers("X-Team-Token team-secret");
    assert_eq!(
        err.to_string(),
        "configuration error: OZ_API_CUSTOM_HEADERS line 1: expected `Name: value`, found no ':'"
    );
    assert!(!format!("{err:?}").contains("team-secret"));
    assert!(!debug.contains("team-secret"), "{debug}");
}

#[test]
fn invalid_custom_header_names_and_values_are_named_by_line_number_not_printed() {
    for (headers, expected) in [
        (
            "X-Ok: fine\n\nX Team Token: team-secret\n",
            "OZ_API_CUSTOM_HEADERS line 3: invalid header name (it contains whitespace)",
        ),
        (
            "\n(team-secret): x",
            "OZ_API_CUSTOM_HEADERS line 2: invalid header name (it contains '(')",
        ),
        (
            ": team-secret",
            "OZ_API_CUSTOM_HEADERS line 1: invalid header name (it is empty)",
        ),
        (
            "X-Team-Token: team-secret\u{7f}",
            "OZ_API_CUSTOM_HEADERS line 1: invalid value for header x-team-token \
             (it contains a control character such as a line break)",
        ),
    ] {
        let (err, debug) = build_with_custom_headers(headers);
        assert_eq!(err.to_string(), format!("configuration error: {expected}"));
        assert!(!format!("{err:?}").contains("team-secret"), "{err:?}");
        assert!(!debug.contains("team-secret"), "{debug}");
    }
}

#[test]
fn client_builder_header_errors_do_not_print_the_value() {
    let err = Client::builder()
        .api_key(KEY)
        .header("X-Ok", "fine")
        .header("X-Team-Token", "team-secret\r\nInjected: yes")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration error: ClientBuilder::header call 2: invalid value for header x-team-token \
         (it contains a control character such as a line break)"
    );
    // A value pasted into the name is not printed either.
    let err = Client::builder()
        .api_key(KEY)
        .header("X-Team-Token: team-secret", "")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration error: ClientBuilder::header call 1: invalid header name (it contains ':')"
    );
}
