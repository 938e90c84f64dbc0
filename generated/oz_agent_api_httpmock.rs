pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::*;
    pub struct ListFactoriesWhen(::httpmock::When);
    impl ListFactoriesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/factory$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "cursor", &value))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "limit", &value))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn search<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "search", &value))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "team_uid", &value))
            } else {
                Self(self.0.query_param_missing("team_uid"))
            }
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListFactoriesThen(::httpmock::Then);
    impl ListFactoriesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListFactoriesResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryWhen(::httpmock::When);
    impl GetFactoryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/factory/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/factory/{}$", crate ::mock::path_pattern(& value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetFactoryThen(::httpmock::Then);
    impl GetFactoryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Factory) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListFactoryInboxWhen(::httpmock::When);
    impl ListFactoryInboxWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/factory-inbox$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "cursor", &value))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn factory_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "factory_uid", &value))
            } else {
                Self(self.0.query_param_missing("factory_uid"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "limit", &value))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn recipient_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "recipient_uid", &value))
            } else {
                Self(self.0.query_param_missing("recipient_uid"))
            }
        }
        pub fn scope<T>(self, value: T) -> Self
        where
            T: Into<Option<types::FactoryInboxScope>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "scope", &value))
            } else {
                Self(self.0.query_param_missing("scope"))
            }
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListFactoryInboxThen(::httpmock::Then);
    impl ListFactoryInboxThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListFactoryInboxResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct MarkFactoryInboxNotificationsReadWhen(::httpmock::When);
    impl MarkFactoryInboxNotificationsReadWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/factory-inbox/notifications/read$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::FactoryInboxMutationRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct MarkFactoryInboxNotificationsReadThen(::httpmock::Then);
    impl MarkFactoryInboxNotificationsReadThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryInboxMutationResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct MarkFactoryInboxNotificationsUnreadWhen(::httpmock::When);
    impl MarkFactoryInboxNotificationsUnreadWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/factory-inbox/notifications/unread$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::FactoryInboxMutationRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct MarkFactoryInboxNotificationsUnreadThen(::httpmock::Then);
    impl MarkFactoryInboxNotificationsUnreadThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryInboxMutationResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListFactoryTasksWhen(::httpmock::When);
    impl ListFactoryTasksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/factory/[^/]*/tasks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/factory/{}/tasks$", crate ::mock::path_pattern(& value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn created_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "created_after", &value))
            } else {
                Self(self.0.query_param_missing("created_after"))
            }
        }
        pub fn created_before<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "created_before", &value))
            } else {
                Self(self.0.query_param_missing("created_before"))
            }
        }
        pub fn created_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "created_by", &value))
            } else {
                Self(self.0.query_param_missing("created_by"))
            }
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "cursor", &value))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn full_list<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "full_list", &value))
            } else {
                Self(self.0.query_param_missing("full_list"))
            }
        }
        pub fn include_current_run<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "include_current_run", &value))
            } else {
                Self(self.0.query_param_missing("include_current_run"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "limit", &value))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn q<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "q", &value))
            } else {
                Self(self.0.query_param_missing("q"))
            }
        }
        pub fn sort_by<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListFactoryTasksSortBy>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "sort_by", &value))
            } else {
                Self(self.0.query_param_missing("sort_by"))
            }
        }
        pub fn sort_order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListFactoryTasksSortOrder>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "sort_order", &value))
            } else {
                Self(self.0.query_param_missing("sort_order"))
            }
        }
        pub fn stage<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::FactoryTaskStage>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "stage", &value))
            } else {
                Self(self.0.query_param_missing("stage"))
            }
        }
        pub fn updated_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "updated_after", &value))
            } else {
                Self(self.0.query_param_missing("updated_after"))
            }
        }
    }
    pub struct ListFactoryTasksThen(::httpmock::Then);
    impl ListFactoryTasksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListFactoryTasksResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct CreateFactoryTaskWhen(::httpmock::When);
    impl CreateFactoryTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/factory/[^/]*/tasks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/factory/{}/tasks$", crate ::mock::path_pattern(& value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::FactoryTaskCreateRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct CreateFactoryTaskThen(::httpmock::Then);
    impl CreateFactoryTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::FactoryTask) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct CreateFactoryRunWhen(::httpmock::When);
    impl CreateFactoryRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/factory/[^/]*/runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/factory/{}/runs$", crate ::mock::path_pattern(& value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::FactoryRunRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct CreateFactoryRunThen(::httpmock::Then);
    impl CreateFactoryRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::FactoryRunResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryTaskWhen(::httpmock::When);
    impl GetFactoryTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/tasks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/tasks/.*$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn task_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/.*/tasks/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetFactoryTaskThen(::httpmock::Then);
    impl GetFactoryTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryTask) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct DeleteFactoryTaskWhen(::httpmock::When);
    impl DeleteFactoryTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/tasks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/tasks/.*$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn task_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/.*/tasks/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteFactoryTaskThen(::httpmock::Then);
    impl DeleteFactoryTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct UpdateFactoryTaskWhen(::httpmock::When);
    impl UpdateFactoryTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/tasks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/tasks/.*$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn task_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/.*/tasks/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::FactoryTaskPatchRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct UpdateFactoryTaskThen(::httpmock::Then);
    impl UpdateFactoryTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryTask) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct CancelFactoryTaskWhen(::httpmock::When);
    impl CancelFactoryTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/tasks/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/tasks/.*/cancel$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn task_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/.*/tasks/{}/cancel$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CancelFactoryTaskThen(::httpmock::Then);
    impl CancelFactoryTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryTask) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryTaskByConversationWhen(::httpmock::When);
    impl GetFactoryTaskByConversationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/task-by-conversation$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/task-by-conversation$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn conversation_id(self, value: &str) -> Self {
            Self(crate::mock::query_param(self.0, "conversation_id", &value))
        }
    }
    pub struct GetFactoryTaskByConversationThen(::httpmock::Then);
    impl GetFactoryTaskByConversationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryTask) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryTaskByRunWhen(::httpmock::When);
    impl GetFactoryTaskByRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/task-by-run$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/task-by-run$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn run_id(self, value: &str) -> Self {
            Self(crate::mock::query_param(self.0, "run_id", &value))
        }
    }
    pub struct GetFactoryTaskByRunThen(::httpmock::Then);
    impl GetFactoryTaskByRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryTask) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryMetricsWhen(::httpmock::When);
    impl GetFactoryMetricsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/factory/[^/]*/metrics$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/metrics$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "end_date", &value))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn group_by_period<T>(self, value: T) -> Self
        where
            T: Into<Option<types::FactoryMetricsGroupByPeriod>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "group_by_period", &value))
            } else {
                Self(self.0.query_param_missing("group_by_period"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "start_date", &value))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetFactoryMetricsThen(::httpmock::Then);
    impl GetFactoryMetricsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryMetricsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryCostPerPrWhen(::httpmock::When);
    impl GetFactoryCostPerPrWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/costs/per-pr$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/costs/per-pr$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "end_date", &value))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn group_by_period<T>(self, value: T) -> Self
        where
            T: Into<Option<types::FactoryMetricsGroupByPeriod>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "group_by_period", &value))
            } else {
                Self(self.0.query_param_missing("group_by_period"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "start_date", &value))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetFactoryCostPerPrThen(::httpmock::Then);
    impl GetFactoryCostPerPrThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryCostPerPrResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryCostBreakdownWhen(::httpmock::When);
    impl GetFactoryCostBreakdownWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/costs/breakdown$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/costs/breakdown$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "end_date", &value))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn group_by(self, value: types::FactoryCostBreakdownGroupBy) -> Self {
            Self(crate::mock::query_param(self.0, "group_by", &value))
        }
        pub fn group_by_period<T>(self, value: T) -> Self
        where
            T: Into<Option<types::FactoryMetricsGroupByPeriod>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "group_by_period", &value))
            } else {
                Self(self.0.query_param_missing("group_by_period"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "start_date", &value))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetFactoryCostBreakdownThen(::httpmock::Then);
    impl GetFactoryCostBreakdownThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryCostBreakdownResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryTopPRsWhen(::httpmock::When);
    impl GetFactoryTopPRsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/costs/per-pr/top$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/costs/per-pr/top$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "end_date", &value))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "limit", &value))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "start_date", &value))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetFactoryTopPRsThen(::httpmock::Then);
    impl GetFactoryTopPRsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryTopPRsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListFactoryPullRequestsWhen(::httpmock::When);
    impl ListFactoryPullRequestsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/pull-requests$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/pull-requests$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "cursor", &value))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "limit", &value))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn merged_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "merged_after", &value))
            } else {
                Self(self.0.query_param_missing("merged_after"))
            }
        }
        pub fn merged_before<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "merged_before", &value))
            } else {
                Self(self.0.query_param_missing("merged_before"))
            }
        }
        pub fn opened_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "opened_after", &value))
            } else {
                Self(self.0.query_param_missing("opened_after"))
            }
        }
        pub fn opened_before<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "opened_before", &value))
            } else {
                Self(self.0.query_param_missing("opened_before"))
            }
        }
        pub fn repo<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "repo", &value))
            } else {
                Self(self.0.query_param_missing("repo"))
            }
        }
        pub fn state<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::FactoryPullRequestState>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "state", &value))
            } else {
                Self(self.0.query_param_missing("state"))
            }
        }
        pub fn updated_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "updated_after", &value))
            } else {
                Self(self.0.query_param_missing("updated_after"))
            }
        }
    }
    pub struct ListFactoryPullRequestsThen(::httpmock::Then);
    impl ListFactoryPullRequestsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryPullRequestsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryRunBreakdownWhen(::httpmock::When);
    impl GetFactoryRunBreakdownWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/metrics/run-breakdown$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/metrics/run-breakdown$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "end_date", &value))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn group_by(self, value: types::FactoryRunBreakdownGroupBy) -> Self {
            Self(crate::mock::query_param(self.0, "group_by", &value))
        }
        pub fn group_by_period<T>(self, value: T) -> Self
        where
            T: Into<Option<types::FactoryMetricsGroupByPeriod>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "group_by_period", &value))
            } else {
                Self(self.0.query_param_missing("group_by_period"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "start_date", &value))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetFactoryRunBreakdownThen(::httpmock::Then);
    impl GetFactoryRunBreakdownThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryRunBreakdownResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetFactoryCostByPrSizeWhen(::httpmock::When);
    impl GetFactoryCostByPrSizeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory/[^/]*/costs/per-pr/by-size$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory/{}/costs/per-pr/by-size$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "end_date", &value))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn group_by_period<T>(self, value: T) -> Self
        where
            T: Into<Option<types::FactoryMetricsGroupByPeriod>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "group_by_period", &value))
            } else {
                Self(self.0.query_param_missing("group_by_period"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "start_date", &value))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
    }
    pub struct GetFactoryCostByPrSizeThen(::httpmock::Then);
    impl GetFactoryCostByPrSizeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryCostByPrSizeResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn too_many_requests(self) -> Self {
            Self(self.0.status(429u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListAgentsWhen(::httpmock::When);
    impl ListAgentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn include_malformed_skills<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(
                    crate::mock::query_param(self.0, "include_malformed_skills", &value),
                )
            } else {
                Self(self.0.query_param_missing("include_malformed_skills"))
            }
        }
        pub fn refresh<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "refresh", &value))
            } else {
                Self(self.0.query_param_missing("refresh"))
            }
        }
        pub fn repo<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "repo", &value))
            } else {
                Self(self.0.query_param_missing("repo"))
            }
        }
        pub fn sort_by<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListAgentsSortBy>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "sort_by", &value))
            } else {
                Self(self.0.query_param_missing("sort_by"))
            }
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListAgentsThen(::httpmock::Then);
    impl ListAgentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAgentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
    }
    pub struct ListConnectedSelfHostedWorkersWhen(::httpmock::When);
    impl ListConnectedSelfHostedWorkersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/connected-self-hosted-workers$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListConnectedSelfHostedWorkersThen(::httpmock::Then);
    impl ListConnectedSelfHostedWorkersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListConnectedSelfHostedWorkersResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
    }
    pub struct GetRunTranscriptWhen(::httpmock::When);
    impl GetRunTranscriptWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/transcript$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/transcript$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRunTranscriptThen(::httpmock::Then);
    impl GetRunTranscriptThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn found(self) -> Self {
            Self(self.0.status(302u16))
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
        pub fn success(self, status: u16, value: ::serde_json::Value) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
    pub struct GetRunHarnessUsageWhen(::httpmock::When);
    impl GetRunHarnessUsageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/harness-usage$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/harness-usage$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRunHarnessUsageThen(::httpmock::Then);
    impl GetRunHarnessUsageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetRunHarnessUsageResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct RunAgentWhen(::httpmock::When);
    impl RunAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agent/run$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
        pub fn body(self, value: &types::RunAgentRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct RunAgentThen(::httpmock::Then);
    impl RunAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RunAgentResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
    }
    pub struct ListRunsWhen(::httpmock::When);
    impl ListRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ancestor_run_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "ancestor_run_id", &value))
            } else {
                Self(self.0.query_param_missing("ancestor_run_id"))
            }
        }
        pub fn artifact_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListRunsArtifactType>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "artifact_type", &value))
            } else {
                Self(self.0.query_param_missing("artifact_type"))
            }
        }
        pub fn created_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "created_after", &value))
            } else {
                Self(self.0.query_param_missing("created_after"))
            }
        }
        pub fn created_before<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "created_before", &value))
            } else {
                Self(self.0.query_param_missing("created_before"))
            }
        }
        pub fn creator<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "creator", &value))
            } else {
                Self(self.0.query_param_missing("creator"))
            }
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "cursor", &value))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn environment_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "environment_id", &value))
            } else {
                Self(self.0.query_param_missing("environment_id"))
            }
        }
        pub fn execution_location<T>(self, value: T) -> Self
        where
            T: Into<Option<types::RunExecutionLocation>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "execution_location", &value))
            } else {
                Self(self.0.query_param_missing("execution_location"))
            }
        }
        pub fn executor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "executor", &value))
            } else {
                Self(self.0.query_param_missing("executor"))
            }
        }
        pub fn factory_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListRunsFactoryUid>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "factory_uid", &value))
            } else {
                Self(self.0.query_param_missing("factory_uid"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "limit", &value))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn model_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "model_id", &value))
            } else {
                Self(self.0.query_param_missing("model_id"))
            }
        }
        pub fn name<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "name", &value))
            } else {
                Self(self.0.query_param_missing("name"))
            }
        }
        pub fn q<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "q", &value))
            } else {
                Self(self.0.query_param_missing("q"))
            }
        }
        pub fn schedule_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "schedule_id", &value))
            } else {
                Self(self.0.query_param_missing("schedule_id"))
            }
        }
        pub fn skill<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "skill", &value))
            } else {
                Self(self.0.query_param_missing("skill"))
            }
        }
        pub fn skill_spec<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "skill_spec", &value))
            } else {
                Self(self.0.query_param_missing("skill_spec"))
            }
        }
        pub fn sort_by<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListRunsSortBy>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "sort_by", &value))
            } else {
                Self(self.0.query_param_missing("sort_by"))
            }
        }
        pub fn sort_order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListRunsSortOrder>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "sort_order", &value))
            } else {
                Self(self.0.query_param_missing("sort_order"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::RunSourceType>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "source", &value))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn state<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::RunState>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "state", &value))
            } else {
                Self(self.0.query_param_missing("state"))
            }
        }
        pub fn task_status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::ListRunsTaskStatusItem>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "task_status", &value))
            } else {
                Self(self.0.query_param_missing("task_status"))
            }
        }
        pub fn updated_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "updated_after", &value))
            } else {
                Self(self.0.query_param_missing("updated_after"))
            }
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
        /// Expects one `name[key]=value` query pair per entry.
        pub fn metadata<K, V>(self, pairs: &[(K, V)]) -> Self
        where
            K: ::std::fmt::Display,
            V: ::std::fmt::Display,
        {
            let mut when = self.0;
            for (key, value) in pairs {
                when = when
                    .query_param(format!("{}[{}]", "metadata", key), value.to_string());
            }
            Self(when)
        }
    }
    pub struct ListRunsThen(::httpmock::Then);
    impl ListRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListRunsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
    }
    pub struct CreateRunWhen(::httpmock::When);
    impl CreateRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agent/runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
        pub fn body(self, value: &types::RunAgentRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct CreateRunThen(::httpmock::Then);
    impl CreateRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RunAgentResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
    }
    pub struct GetRunByExternalReferenceUrlWhen(::httpmock::When);
    impl GetRunByExternalReferenceUrlWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/run-by-external-reference$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn url(self, value: &str) -> Self {
            Self(crate::mock::query_param(self.0, "url", &value))
        }
    }
    pub struct GetRunByExternalReferenceUrlThen(::httpmock::Then);
    impl GetRunByExternalReferenceUrlThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RunByExternalReferenceResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetRunWhen(::httpmock::When);
    impl GetRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/agent/runs/{}$", crate ::mock::path_pattern(& value)),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRunThen(::httpmock::Then);
    impl GetRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RunItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct GetRunTimelineWhen(::httpmock::When);
    impl GetRunTimelineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/timeline$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/timeline$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRunTimelineThen(::httpmock::Then);
    impl GetRunTimelineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetRunTimelineResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetRunConversationWhen(::httpmock::When);
    impl GetRunConversationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/conversation$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/conversation$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRunConversationThen(::httpmock::Then);
    impl GetRunConversationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ConversationResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
    }
    pub struct CancelRunWhen(::httpmock::When);
    impl CancelRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/cancel$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CancelRunThen(::httpmock::Then);
    impl CancelRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
    }
    pub struct SubmitRunFollowupWhen(::httpmock::When);
    impl SubmitRunFollowupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/followups$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/followups$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::RunFollowupRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct SubmitRunFollowupThen(::httpmock::Then);
    impl SubmitRunFollowupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RunFollowupResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct InterruptRunWhen(::httpmock::When);
    impl InterruptRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/interrupt$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn run_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/runs/{}/interrupt$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct InterruptRunThen(::httpmock::Then);
    impl InterruptRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(
            self,
            value: &::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct SubmitConversationFollowupWhen(::httpmock::When);
    impl SubmitConversationFollowupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/conversations/[^/]*/followups$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn conversation_id(self, value: &::uuid::Uuid) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/conversations/{}/followups$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::RunFollowupRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct SubmitConversationFollowupThen(::httpmock::Then);
    impl SubmitConversationFollowupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ConversationFollowupResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct InterruptConversationWhen(::httpmock::When);
    impl InterruptConversationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/conversations/[^/]*/interrupt$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn conversation_id(self, value: &::uuid::Uuid) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/conversations/{}/interrupt$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct InterruptConversationThen(::httpmock::Then);
    impl InterruptConversationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self, value: &types::ConversationInterruptResponse) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetConversationWhen(::httpmock::When);
    impl GetConversationWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/conversations/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn conversation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/conversations/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetConversationThen(::httpmock::Then);
    impl GetConversationThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ConversationResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
    }
    pub struct GetConversationTranscriptWhen(::httpmock::When);
    impl GetConversationTranscriptWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/conversations/[^/]*/transcript$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn conversation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/conversations/{}/transcript$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetConversationTranscriptThen(::httpmock::Then);
    impl GetConversationTranscriptThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn found(self) -> Self {
            Self(self.0.status(302u16))
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
        pub fn success(self, status: u16, value: ::serde_json::Value) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
    pub struct DownloadConversationScreenshotWhen(::httpmock::When);
    impl DownloadConversationScreenshotWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/agent/conversations/[^/]*/screenshots/[^/]*/download$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn conversation_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/conversations/{}/screenshots/.*/download$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn screenshot_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/conversations/.*/screenshots/{}/download$", crate
                        ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DownloadConversationScreenshotThen(::httpmock::Then);
    impl DownloadConversationScreenshotThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn found(self) -> Self {
            Self(self.0.status(302u16))
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
        pub fn success(self, status: u16, value: ::serde_json::Value) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
    pub struct ListScheduledAgentsWhen(::httpmock::When);
    impl ListScheduledAgentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/schedules$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListScheduledAgentsThen(::httpmock::Then);
    impl ListScheduledAgentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListScheduledAgentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct CreateScheduledAgentWhen(::httpmock::When);
    impl CreateScheduledAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agent/schedules$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
        pub fn body(self, value: &types::CreateScheduledAgentRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct CreateScheduledAgentThen(::httpmock::Then);
    impl CreateScheduledAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ScheduledAgentItem) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
    }
    pub struct GetScheduledAgentWhen(::httpmock::When);
    impl GetScheduledAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/schedules/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schedule_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/schedules/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetScheduledAgentThen(::httpmock::Then);
    impl GetScheduledAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledAgentItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct UpdateScheduledAgentWhen(::httpmock::When);
    impl UpdateScheduledAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/agent/schedules/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schedule_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/schedules/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateScheduledAgentRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct UpdateScheduledAgentThen(::httpmock::Then);
    impl UpdateScheduledAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledAgentItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct DeleteScheduledAgentWhen(::httpmock::When);
    impl DeleteScheduledAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/agent/schedules/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schedule_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/schedules/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteScheduledAgentThen(::httpmock::Then);
    impl DeleteScheduledAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteScheduledAgentResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct PauseScheduledAgentWhen(::httpmock::When);
    impl PauseScheduledAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/schedules/[^/]*/pause$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schedule_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/schedules/{}/pause$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct PauseScheduledAgentThen(::httpmock::Then);
    impl PauseScheduledAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledAgentItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ResumeScheduledAgentWhen(::httpmock::When);
    impl ResumeScheduledAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/schedules/[^/]*/resume$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schedule_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/schedules/{}/resume$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ResumeScheduledAgentThen(::httpmock::Then);
    impl ResumeScheduledAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduledAgentItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListEnvironmentsWhen(::httpmock::When);
    impl ListEnvironmentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/environments$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn sort_by<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListEnvironmentsSortBy>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "sort_by", &value))
            } else {
                Self(self.0.query_param_missing("sort_by"))
            }
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListEnvironmentsThen(::httpmock::Then);
    impl ListEnvironmentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEnvironmentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListModelsWhen(::httpmock::When);
    impl ListModelsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/models$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct ListModelsThen(::httpmock::Then);
    impl ListModelsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListModelsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetArtifactWhen(::httpmock::When);
    impl GetArtifactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/artifacts/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn artifact_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/artifacts/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetArtifactThen(::httpmock::Then);
    impl GetArtifactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ArtifactResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct DownloadArtifactWhen(::httpmock::When);
    impl DownloadArtifactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/artifacts/[^/]*/download$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn artifact_uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/artifacts/{}/download$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DownloadArtifactThen(::httpmock::Then);
    impl DownloadArtifactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn found(self) -> Self {
            Self(self.0.status(302u16))
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn success(self, status: u16, value: ::serde_json::Value) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
    pub struct ListAgentIdentitiesWhen(::httpmock::When);
    impl ListAgentIdentitiesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/identities$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn factory_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::query_param(self.0, "factory_uid", &value))
            } else {
                Self(self.0.query_param_missing("factory_uid"))
            }
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
    }
    pub struct ListAgentIdentitiesThen(::httpmock::Then);
    impl ListAgentIdentitiesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAgentIdentitiesResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct CreateAgentWhen(::httpmock::When);
    impl CreateAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agent/identities$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_warp_team_uid<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "X-Warp-Team-Uid", &value))
            } else {
                Self(self.0.header_missing("X-Warp-Team-Uid"))
            }
        }
        pub fn body(self, value: &types::CreateAgentRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct CreateAgentThen(::httpmock::Then);
    impl CreateAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::AgentResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct DispatchManualScoringWhen(::httpmock::When);
    impl DispatchManualScoringWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/factory/run-scoring/dispatches$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ManualScoringDispatchRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct DispatchManualScoringThen(::httpmock::Then);
    impl DispatchManualScoringThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self, value: &types::ManualScoringDispatchResponse) -> Self {
            Self(
                self
                    .0
                    .status(202u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn partial_content(
            self,
            value: &types::ManualScoringDispatchResponse,
        ) -> Self {
            Self(
                self
                    .0
                    .status(206u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetAgentWhen(::httpmock::When);
    impl GetAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/identities/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/identities/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAgentThen(::httpmock::Then);
    impl GetAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct UpdateAgentWhen(::httpmock::When);
    impl UpdateAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/agent/identities/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/identities/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateAgentRequest) -> Self {
            Self(self.0.json_body_obj(&value))
        }
    }
    pub struct UpdateAgentThen(::httpmock::Then);
    impl UpdateAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct DeleteAgentWhen(::httpmock::When);
    impl DeleteAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/agent/identities/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn uid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/identities/{}$", crate ::mock::path_pattern(& value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteAgentThen(::httpmock::Then);
    impl DeleteAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        pub fn bad_request(self) -> Self {
            Self(self.0.status(400u16))
        }
        pub fn unauthorized(self) -> Self {
            Self(self.0.status(401u16))
        }
        pub fn forbidden(self) -> Self {
            Self(self.0.status(403u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct GetSessionRedirectWhen(::httpmock::When);
    impl GetSessionRedirectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/sessions/[^/]*/redirect$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn session_uuid(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/agent/sessions/{}/redirect$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetSessionRedirectThen(::httpmock::Then);
    impl GetSessionRedirectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetSessionRedirectResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn internal_server_error(self) -> Self {
            Self(self.0.status(500u16))
        }
    }
    pub struct ListFactoryFileSchemaVersionsWhen(::httpmock::When);
    impl ListFactoryFileSchemaVersionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/factory-files/schemas$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn if_none_match<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "If-None-Match", &value))
            } else {
                Self(self.0.header_missing("If-None-Match"))
            }
        }
    }
    pub struct ListFactoryFileSchemaVersionsThen(::httpmock::Then);
    impl ListFactoryFileSchemaVersionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryFileSchemaRegistry) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn not_modified(self) -> Self {
            Self(self.0.status(304u16))
        }
    }
    pub struct GetFactoryFileSchemaBundleWhen(::httpmock::When);
    impl GetFactoryFileSchemaBundleWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory-files/schemas/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schema_version(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory-files/schemas/{}$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn if_none_match<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(crate::mock::header(self.0, "If-None-Match", &value))
            } else {
                Self(self.0.header_missing("If-None-Match"))
            }
        }
    }
    pub struct GetFactoryFileSchemaBundleThen(::httpmock::Then);
    impl GetFactoryFileSchemaBundleThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FactoryFileSchemaBundle) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn not_modified(self) -> Self {
            Self(self.0.status(304u16))
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct GetFactoryFileSchemaDocumentWhen(::httpmock::When);
    impl GetFactoryFileSchemaDocumentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/factory-files/schemas/[^/]*/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn schema_version(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory-files/schemas/{}/.*$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn document(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/factory-files/schemas/.*/{}$", crate ::mock::path_pattern(&
                        value)
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetFactoryFileSchemaDocumentThen(::httpmock::Then);
    impl GetFactoryFileSchemaDocumentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(&value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn list_factories<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFactoriesWhen, operations::ListFactoriesThen);
    fn get_factory<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryWhen, operations::GetFactoryThen);
    fn list_factory_inbox<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFactoryInboxWhen, operations::ListFactoryInboxThen);
    fn mark_factory_inbox_notifications_read<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::MarkFactoryInboxNotificationsReadWhen,
            operations::MarkFactoryInboxNotificationsReadThen,
        );
    fn mark_factory_inbox_notifications_unread<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::MarkFactoryInboxNotificationsUnreadWhen,
            operations::MarkFactoryInboxNotificationsUnreadThen,
        );
    fn list_factory_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFactoryTasksWhen, operations::ListFactoryTasksThen);
    fn create_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFactoryTaskWhen, operations::CreateFactoryTaskThen);
    fn create_factory_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFactoryRunWhen, operations::CreateFactoryRunThen);
    fn get_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryTaskWhen, operations::GetFactoryTaskThen);
    fn delete_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteFactoryTaskWhen, operations::DeleteFactoryTaskThen);
    fn update_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateFactoryTaskWhen, operations::UpdateFactoryTaskThen);
    fn cancel_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelFactoryTaskWhen, operations::CancelFactoryTaskThen);
    fn get_factory_task_by_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryTaskByConversationWhen,
            operations::GetFactoryTaskByConversationThen,
        );
    fn get_factory_task_by_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryTaskByRunWhen,
            operations::GetFactoryTaskByRunThen,
        );
    fn get_factory_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryMetricsWhen, operations::GetFactoryMetricsThen);
    fn get_factory_cost_per_pr<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryCostPerPrWhen,
            operations::GetFactoryCostPerPrThen,
        );
    fn get_factory_cost_breakdown<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryCostBreakdownWhen,
            operations::GetFactoryCostBreakdownThen,
        );
    fn get_factory_top_p_rs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryTopPRsWhen, operations::GetFactoryTopPRsThen);
    fn list_factory_pull_requests<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListFactoryPullRequestsWhen,
            operations::ListFactoryPullRequestsThen,
        );
    fn get_factory_run_breakdown<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryRunBreakdownWhen,
            operations::GetFactoryRunBreakdownThen,
        );
    fn get_factory_cost_by_pr_size<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryCostByPrSizeWhen,
            operations::GetFactoryCostByPrSizeThen,
        );
    fn list_agents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAgentsWhen, operations::ListAgentsThen);
    fn list_connected_self_hosted_workers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListConnectedSelfHostedWorkersWhen,
            operations::ListConnectedSelfHostedWorkersThen,
        );
    fn get_run_transcript<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRunTranscriptWhen, operations::GetRunTranscriptThen);
    fn get_run_harness_usage<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRunHarnessUsageWhen,
            operations::GetRunHarnessUsageThen,
        );
    fn run_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RunAgentWhen, operations::RunAgentThen);
    fn list_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRunsWhen, operations::ListRunsThen);
    fn create_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateRunWhen, operations::CreateRunThen);
    fn get_run_by_external_reference_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRunByExternalReferenceUrlWhen,
            operations::GetRunByExternalReferenceUrlThen,
        );
    fn get_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRunWhen, operations::GetRunThen);
    fn get_run_timeline<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRunTimelineWhen, operations::GetRunTimelineThen);
    fn get_run_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRunConversationWhen,
            operations::GetRunConversationThen,
        );
    fn cancel_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelRunWhen, operations::CancelRunThen);
    fn submit_run_followup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SubmitRunFollowupWhen, operations::SubmitRunFollowupThen);
    fn interrupt_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::InterruptRunWhen, operations::InterruptRunThen);
    fn submit_conversation_followup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SubmitConversationFollowupWhen,
            operations::SubmitConversationFollowupThen,
        );
    fn interrupt_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::InterruptConversationWhen,
            operations::InterruptConversationThen,
        );
    fn get_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetConversationWhen, operations::GetConversationThen);
    fn get_conversation_transcript<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetConversationTranscriptWhen,
            operations::GetConversationTranscriptThen,
        );
    fn download_conversation_screenshot<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DownloadConversationScreenshotWhen,
            operations::DownloadConversationScreenshotThen,
        );
    fn list_scheduled_agents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListScheduledAgentsWhen,
            operations::ListScheduledAgentsThen,
        );
    fn create_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateScheduledAgentWhen,
            operations::CreateScheduledAgentThen,
        );
    fn get_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetScheduledAgentWhen, operations::GetScheduledAgentThen);
    fn update_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateScheduledAgentWhen,
            operations::UpdateScheduledAgentThen,
        );
    fn delete_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteScheduledAgentWhen,
            operations::DeleteScheduledAgentThen,
        );
    fn pause_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PauseScheduledAgentWhen,
            operations::PauseScheduledAgentThen,
        );
    fn resume_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResumeScheduledAgentWhen,
            operations::ResumeScheduledAgentThen,
        );
    fn list_environments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListEnvironmentsWhen, operations::ListEnvironmentsThen);
    fn list_models<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListModelsWhen, operations::ListModelsThen);
    fn get_artifact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetArtifactWhen, operations::GetArtifactThen);
    fn download_artifact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DownloadArtifactWhen, operations::DownloadArtifactThen);
    fn list_agent_identities<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAgentIdentitiesWhen,
            operations::ListAgentIdentitiesThen,
        );
    fn create_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentWhen, operations::CreateAgentThen);
    fn dispatch_manual_scoring<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DispatchManualScoringWhen,
            operations::DispatchManualScoringThen,
        );
    fn get_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAgentWhen, operations::GetAgentThen);
    fn update_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAgentWhen, operations::UpdateAgentThen);
    fn delete_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAgentWhen, operations::DeleteAgentThen);
    fn get_session_redirect<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSessionRedirectWhen,
            operations::GetSessionRedirectThen,
        );
    fn list_factory_file_schema_versions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListFactoryFileSchemaVersionsWhen,
            operations::ListFactoryFileSchemaVersionsThen,
        );
    fn get_factory_file_schema_bundle<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryFileSchemaBundleWhen,
            operations::GetFactoryFileSchemaBundleThen,
        );
    fn get_factory_file_schema_document<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryFileSchemaDocumentWhen,
            operations::GetFactoryFileSchemaDocumentThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_factories<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFactoriesWhen, operations::ListFactoriesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFactoriesWhen::new(when),
                operations::ListFactoriesThen::new(then),
            )
        })
    }
    fn get_factory<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryWhen, operations::GetFactoryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryWhen::new(when),
                operations::GetFactoryThen::new(then),
            )
        })
    }
    fn list_factory_inbox<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFactoryInboxWhen, operations::ListFactoryInboxThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFactoryInboxWhen::new(when),
                operations::ListFactoryInboxThen::new(then),
            )
        })
    }
    fn mark_factory_inbox_notifications_read<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::MarkFactoryInboxNotificationsReadWhen,
            operations::MarkFactoryInboxNotificationsReadThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MarkFactoryInboxNotificationsReadWhen::new(when),
                operations::MarkFactoryInboxNotificationsReadThen::new(then),
            )
        })
    }
    fn mark_factory_inbox_notifications_unread<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::MarkFactoryInboxNotificationsUnreadWhen,
            operations::MarkFactoryInboxNotificationsUnreadThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MarkFactoryInboxNotificationsUnreadWhen::new(when),
                operations::MarkFactoryInboxNotificationsUnreadThen::new(then),
            )
        })
    }
    fn list_factory_tasks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListFactoryTasksWhen, operations::ListFactoryTasksThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFactoryTasksWhen::new(when),
                operations::ListFactoryTasksThen::new(then),
            )
        })
    }
    fn create_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFactoryTaskWhen, operations::CreateFactoryTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateFactoryTaskWhen::new(when),
                operations::CreateFactoryTaskThen::new(then),
            )
        })
    }
    fn create_factory_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateFactoryRunWhen, operations::CreateFactoryRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateFactoryRunWhen::new(when),
                operations::CreateFactoryRunThen::new(then),
            )
        })
    }
    fn get_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryTaskWhen, operations::GetFactoryTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryTaskWhen::new(when),
                operations::GetFactoryTaskThen::new(then),
            )
        })
    }
    fn delete_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteFactoryTaskWhen, operations::DeleteFactoryTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteFactoryTaskWhen::new(when),
                operations::DeleteFactoryTaskThen::new(then),
            )
        })
    }
    fn update_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateFactoryTaskWhen, operations::UpdateFactoryTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateFactoryTaskWhen::new(when),
                operations::UpdateFactoryTaskThen::new(then),
            )
        })
    }
    fn cancel_factory_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelFactoryTaskWhen, operations::CancelFactoryTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelFactoryTaskWhen::new(when),
                operations::CancelFactoryTaskThen::new(then),
            )
        })
    }
    fn get_factory_task_by_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryTaskByConversationWhen,
            operations::GetFactoryTaskByConversationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryTaskByConversationWhen::new(when),
                operations::GetFactoryTaskByConversationThen::new(then),
            )
        })
    }
    fn get_factory_task_by_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryTaskByRunWhen,
            operations::GetFactoryTaskByRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryTaskByRunWhen::new(when),
                operations::GetFactoryTaskByRunThen::new(then),
            )
        })
    }
    fn get_factory_metrics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryMetricsWhen, operations::GetFactoryMetricsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryMetricsWhen::new(when),
                operations::GetFactoryMetricsThen::new(then),
            )
        })
    }
    fn get_factory_cost_per_pr<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryCostPerPrWhen,
            operations::GetFactoryCostPerPrThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryCostPerPrWhen::new(when),
                operations::GetFactoryCostPerPrThen::new(then),
            )
        })
    }
    fn get_factory_cost_breakdown<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryCostBreakdownWhen,
            operations::GetFactoryCostBreakdownThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryCostBreakdownWhen::new(when),
                operations::GetFactoryCostBreakdownThen::new(then),
            )
        })
    }
    fn get_factory_top_p_rs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetFactoryTopPRsWhen, operations::GetFactoryTopPRsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryTopPRsWhen::new(when),
                operations::GetFactoryTopPRsThen::new(then),
            )
        })
    }
    fn list_factory_pull_requests<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListFactoryPullRequestsWhen,
            operations::ListFactoryPullRequestsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFactoryPullRequestsWhen::new(when),
                operations::ListFactoryPullRequestsThen::new(then),
            )
        })
    }
    fn get_factory_run_breakdown<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryRunBreakdownWhen,
            operations::GetFactoryRunBreakdownThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryRunBreakdownWhen::new(when),
                operations::GetFactoryRunBreakdownThen::new(then),
            )
        })
    }
    fn get_factory_cost_by_pr_size<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryCostByPrSizeWhen,
            operations::GetFactoryCostByPrSizeThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryCostByPrSizeWhen::new(when),
                operations::GetFactoryCostByPrSizeThen::new(then),
            )
        })
    }
    fn list_agents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAgentsWhen, operations::ListAgentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAgentsWhen::new(when),
                operations::ListAgentsThen::new(then),
            )
        })
    }
    fn list_connected_self_hosted_workers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListConnectedSelfHostedWorkersWhen,
            operations::ListConnectedSelfHostedWorkersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListConnectedSelfHostedWorkersWhen::new(when),
                operations::ListConnectedSelfHostedWorkersThen::new(then),
            )
        })
    }
    fn get_run_transcript<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRunTranscriptWhen, operations::GetRunTranscriptThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRunTranscriptWhen::new(when),
                operations::GetRunTranscriptThen::new(then),
            )
        })
    }
    fn get_run_harness_usage<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRunHarnessUsageWhen,
            operations::GetRunHarnessUsageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRunHarnessUsageWhen::new(when),
                operations::GetRunHarnessUsageThen::new(then),
            )
        })
    }
    fn run_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RunAgentWhen, operations::RunAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RunAgentWhen::new(when),
                operations::RunAgentThen::new(then),
            )
        })
    }
    fn list_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRunsWhen, operations::ListRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListRunsWhen::new(when),
                operations::ListRunsThen::new(then),
            )
        })
    }
    fn create_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateRunWhen, operations::CreateRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateRunWhen::new(when),
                operations::CreateRunThen::new(then),
            )
        })
    }
    fn get_run_by_external_reference_url<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRunByExternalReferenceUrlWhen,
            operations::GetRunByExternalReferenceUrlThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRunByExternalReferenceUrlWhen::new(when),
                operations::GetRunByExternalReferenceUrlThen::new(then),
            )
        })
    }
    fn get_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRunWhen, operations::GetRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRunWhen::new(when),
                operations::GetRunThen::new(then),
            )
        })
    }
    fn get_run_timeline<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRunTimelineWhen, operations::GetRunTimelineThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRunTimelineWhen::new(when),
                operations::GetRunTimelineThen::new(then),
            )
        })
    }
    fn get_run_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRunConversationWhen,
            operations::GetRunConversationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRunConversationWhen::new(when),
                operations::GetRunConversationThen::new(then),
            )
        })
    }
    fn cancel_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelRunWhen, operations::CancelRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelRunWhen::new(when),
                operations::CancelRunThen::new(then),
            )
        })
    }
    fn submit_run_followup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SubmitRunFollowupWhen, operations::SubmitRunFollowupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SubmitRunFollowupWhen::new(when),
                operations::SubmitRunFollowupThen::new(then),
            )
        })
    }
    fn interrupt_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::InterruptRunWhen, operations::InterruptRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::InterruptRunWhen::new(when),
                operations::InterruptRunThen::new(then),
            )
        })
    }
    fn submit_conversation_followup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SubmitConversationFollowupWhen,
            operations::SubmitConversationFollowupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SubmitConversationFollowupWhen::new(when),
                operations::SubmitConversationFollowupThen::new(then),
            )
        })
    }
    fn interrupt_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::InterruptConversationWhen,
            operations::InterruptConversationThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::InterruptConversationWhen::new(when),
                operations::InterruptConversationThen::new(then),
            )
        })
    }
    fn get_conversation<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetConversationWhen, operations::GetConversationThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetConversationWhen::new(when),
                operations::GetConversationThen::new(then),
            )
        })
    }
    fn get_conversation_transcript<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetConversationTranscriptWhen,
            operations::GetConversationTranscriptThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetConversationTranscriptWhen::new(when),
                operations::GetConversationTranscriptThen::new(then),
            )
        })
    }
    fn download_conversation_screenshot<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DownloadConversationScreenshotWhen,
            operations::DownloadConversationScreenshotThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DownloadConversationScreenshotWhen::new(when),
                operations::DownloadConversationScreenshotThen::new(then),
            )
        })
    }
    fn list_scheduled_agents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListScheduledAgentsWhen,
            operations::ListScheduledAgentsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListScheduledAgentsWhen::new(when),
                operations::ListScheduledAgentsThen::new(then),
            )
        })
    }
    fn create_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateScheduledAgentWhen,
            operations::CreateScheduledAgentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateScheduledAgentWhen::new(when),
                operations::CreateScheduledAgentThen::new(then),
            )
        })
    }
    fn get_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetScheduledAgentWhen, operations::GetScheduledAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetScheduledAgentWhen::new(when),
                operations::GetScheduledAgentThen::new(then),
            )
        })
    }
    fn update_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateScheduledAgentWhen,
            operations::UpdateScheduledAgentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateScheduledAgentWhen::new(when),
                operations::UpdateScheduledAgentThen::new(then),
            )
        })
    }
    fn delete_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteScheduledAgentWhen,
            operations::DeleteScheduledAgentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteScheduledAgentWhen::new(when),
                operations::DeleteScheduledAgentThen::new(then),
            )
        })
    }
    fn pause_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PauseScheduledAgentWhen,
            operations::PauseScheduledAgentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PauseScheduledAgentWhen::new(when),
                operations::PauseScheduledAgentThen::new(then),
            )
        })
    }
    fn resume_scheduled_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResumeScheduledAgentWhen,
            operations::ResumeScheduledAgentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ResumeScheduledAgentWhen::new(when),
                operations::ResumeScheduledAgentThen::new(then),
            )
        })
    }
    fn list_environments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListEnvironmentsWhen, operations::ListEnvironmentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListEnvironmentsWhen::new(when),
                operations::ListEnvironmentsThen::new(then),
            )
        })
    }
    fn list_models<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListModelsWhen, operations::ListModelsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListModelsWhen::new(when),
                operations::ListModelsThen::new(then),
            )
        })
    }
    fn get_artifact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetArtifactWhen, operations::GetArtifactThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetArtifactWhen::new(when),
                operations::GetArtifactThen::new(then),
            )
        })
    }
    fn download_artifact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DownloadArtifactWhen, operations::DownloadArtifactThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DownloadArtifactWhen::new(when),
                operations::DownloadArtifactThen::new(then),
            )
        })
    }
    fn list_agent_identities<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAgentIdentitiesWhen,
            operations::ListAgentIdentitiesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAgentIdentitiesWhen::new(when),
                operations::ListAgentIdentitiesThen::new(then),
            )
        })
    }
    fn create_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentWhen, operations::CreateAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAgentWhen::new(when),
                operations::CreateAgentThen::new(then),
            )
        })
    }
    fn dispatch_manual_scoring<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DispatchManualScoringWhen,
            operations::DispatchManualScoringThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DispatchManualScoringWhen::new(when),
                operations::DispatchManualScoringThen::new(then),
            )
        })
    }
    fn get_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAgentWhen, operations::GetAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAgentWhen::new(when),
                operations::GetAgentThen::new(then),
            )
        })
    }
    fn update_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAgentWhen, operations::UpdateAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateAgentWhen::new(when),
                operations::UpdateAgentThen::new(then),
            )
        })
    }
    fn delete_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAgentWhen, operations::DeleteAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAgentWhen::new(when),
                operations::DeleteAgentThen::new(then),
            )
        })
    }
    fn get_session_redirect<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetSessionRedirectWhen,
            operations::GetSessionRedirectThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSessionRedirectWhen::new(when),
                operations::GetSessionRedirectThen::new(then),
            )
        })
    }
    fn list_factory_file_schema_versions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListFactoryFileSchemaVersionsWhen,
            operations::ListFactoryFileSchemaVersionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListFactoryFileSchemaVersionsWhen::new(when),
                operations::ListFactoryFileSchemaVersionsThen::new(then),
            )
        })
    }
    fn get_factory_file_schema_bundle<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryFileSchemaBundleWhen,
            operations::GetFactoryFileSchemaBundleThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryFileSchemaBundleWhen::new(when),
                operations::GetFactoryFileSchemaBundleThen::new(then),
            )
        })
    }
    fn get_factory_file_schema_document<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetFactoryFileSchemaDocumentWhen,
            operations::GetFactoryFileSchemaDocumentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetFactoryFileSchemaDocumentWhen::new(when),
                operations::GetFactoryFileSchemaDocumentThen::new(then),
            )
        })
    }
}
