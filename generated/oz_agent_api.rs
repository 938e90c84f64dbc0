#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///High-level category of an action performed during the conversation
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ActionCategory {
        #[cfg_attr(feature = "schemars", serde(rename = "command"))]
        Command,
        #[cfg_attr(feature = "schemars", serde(rename = "files"))]
        Files,
        #[cfg_attr(feature = "schemars", serde(rename = "search"))]
        Search,
        #[cfg_attr(feature = "schemars", serde(rename = "integration"))]
        Integration,
        #[cfg_attr(feature = "schemars", serde(rename = "documents"))]
        Documents,
        #[cfg_attr(feature = "schemars", serde(rename = "computer"))]
        Computer,
        #[cfg_attr(feature = "schemars", serde(rename = "review"))]
        Review,
        #[cfg_attr(feature = "schemars", serde(rename = "skill"))]
        Skill,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ActionCategory {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "command",
            "files",
            "search",
            "integration",
            "documents",
            "computer",
            "review",
            "skill",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Command => "command",
                Self::Files => "files",
                Self::Search => "search",
                Self::Integration => "integration",
                Self::Documents => "documents",
                Self::Computer => "computer",
                Self::Review => "review",
                Self::Skill => "skill",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ActionCategory {
        fn from(value: &str) -> Self {
            match value {
                "command" => Self::Command,
                "files" => Self::Files,
                "search" => Self::Search,
                "integration" => Self::Integration,
                "documents" => Self::Documents,
                "computer" => Self::Computer,
                "review" => Self::Review,
                "skill" => Self::Skill,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ActionCategory {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "command" => Self::Command,
                "files" => Self::Files,
                "search" => Self::Search,
                "integration" => Self::Integration,
                "documents" => Self::Documents,
                "computer" => Self::Computer,
                "review" => Self::Review,
                "skill" => Self::Skill,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ActionCategory {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ActionCategory {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ActionCategory {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ActionCategory {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActionCategory {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ActionContentBlock`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ActionContentBlock {
        pub category: ActionCategory,
        ///Unique identifier for the action
        pub id: ::std::string::String,
        /**Curated public input for this action. This object is owned by the
API and is not a raw internal tool payload. For a `read_skill`
action, `bundled_skill_id` identifies a Warp-provided bundled
reference when present. `skill_path` is the path used to resolve
the skill; it can refer to a file-based skill or a path-referenced
bundled skill, such as one from a remote host.
*/
        pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Underlying transcript message ID that produced this content block, when available
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///Public action name, such as run_command or edit_files
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ActionContentBlockType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ActionContentBlock {
        pub fn builder() -> builder::ActionContentBlock {
            Default::default()
        }
    }
    ///`ActionContentBlockType`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ActionContentBlockType {
        #[cfg_attr(feature = "schemars", serde(rename = "action"))]
        Action,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ActionContentBlockType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["action"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Action => "action",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ActionContentBlockType {
        fn from(value: &str) -> Self {
            match value {
                "action" => Self::Action,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ActionContentBlockType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "action" => Self::Action,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ActionContentBlockType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ActionContentBlockType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ActionContentBlockType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ActionContentBlockType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActionContentBlockType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ActionResultContentBlock`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ActionResultContentBlock {
        ///Identifier of the corresponding action
        pub action_id: ::std::string::String,
        pub category: ActionCategory,
        ///Underlying transcript message ID that produced this content block, when available
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///Public action name matching the corresponding action block
        pub name: ::std::string::String,
        ///Curated public result for this action. Large or binary internal payloads should be summarized rather than passed through raw.
        pub output: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub state: ActionState,
        #[serde(rename = "type")]
        pub type_: ActionResultContentBlockType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ActionResultContentBlock {
        pub fn builder() -> builder::ActionResultContentBlock {
            Default::default()
        }
    }
    ///`ActionResultContentBlockType`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ActionResultContentBlockType {
        #[cfg_attr(feature = "schemars", serde(rename = "action_result"))]
        ActionResult,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ActionResultContentBlockType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["action_result"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ActionResult => "action_result",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ActionResultContentBlockType {
        fn from(value: &str) -> Self {
            match value {
                "action_result" => Self::ActionResult,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ActionResultContentBlockType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "action_result" => Self::ActionResult,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ActionResultContentBlockType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ActionResultContentBlockType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ActionResultContentBlockType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ActionResultContentBlockType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActionResultContentBlockType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///State of an action result
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ActionState {
        #[cfg_attr(feature = "schemars", serde(rename = "running"))]
        Running,
        #[cfg_attr(feature = "schemars", serde(rename = "completed"))]
        Completed,
        #[cfg_attr(feature = "schemars", serde(rename = "failed"))]
        Failed,
        #[cfg_attr(feature = "schemars", serde(rename = "denied"))]
        Denied,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ActionState {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "running",
            "completed",
            "failed",
            "denied",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Running => "running",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Denied => "denied",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ActionState {
        fn from(value: &str) -> Self {
            match value {
                "running" => Self::Running,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "denied" => Self::Denied,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ActionState {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "running" => Self::Running,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "denied" => Self::Denied,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ActionState {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ActionState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ActionState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ActionState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ActionState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Auto-memory settings for creating an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentAutoMemoryCreateConfig {
        /**Whether to create and attach a default service-account-owned memory store for this agent.
Defaults to true when omitted.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentAutoMemoryCreateConfig {
        pub fn builder() -> builder::AgentAutoMemoryCreateConfig {
            Default::default()
        }
    }
    ///Auto-memory state for an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentAutoMemoryResponse {
        ///Whether this agent has an agent-owned memory store.
        pub enabled: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub store: ::std::option::Option<MemoryStoreAttachmentResponse>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentAutoMemoryResponse {
        pub fn builder() -> builder::AgentAutoMemoryResponse {
            Default::default()
        }
    }
    /**Default credential strategy for runs executed by a named agent; an
agent may leave this unset (see AgentResponse.credential_strategy
for the full resolution order).
- EXECUTOR: runs authenticate with the named agent's own credentials
  (e.g. a GitHub App installation token for the agent's team).
- CREATOR: runs authenticate with the credentials of the principal
  that created the run.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum AgentCredentialStrategy {
        #[cfg_attr(feature = "schemars", serde(rename = "CREATOR"))]
        Creator,
        #[cfg_attr(feature = "schemars", serde(rename = "EXECUTOR"))]
        Executor,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl AgentCredentialStrategy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CREATOR", "EXECUTOR"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Creator => "CREATOR",
                Self::Executor => "EXECUTOR",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for AgentCredentialStrategy {
        fn from(value: &str) -> Self {
            match value {
                "CREATOR" => Self::Creator,
                "EXECUTOR" => Self::Executor,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AgentCredentialStrategy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CREATOR" => Self::Creator,
                "EXECUTOR" => Self::Executor,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for AgentCredentialStrategy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AgentCredentialStrategy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentCredentialStrategy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentCredentialStrategy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentCredentialStrategy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`AgentListEnvironment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentListEnvironment {
        ///Human-readable name of the environment
        pub name: ::std::string::String,
        ///Unique identifier for the environment
        pub uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentListEnvironment {
        pub fn builder() -> builder::AgentListEnvironment {
            Default::default()
        }
    }
    ///`AgentListItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentListItem {
        ///Human-readable name of the agent
        pub name: ::std::string::String,
        ///Available variants of this agent
        pub variants: ::std::vec::Vec<AgentListVariant>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentListItem {
        pub fn builder() -> builder::AgentListItem {
            Default::default()
        }
    }
    ///`AgentListSource`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentListSource {
        ///GitHub repository name
        pub name: ::std::string::String,
        ///GitHub repository owner
        pub owner: ::std::string::String,
        ///Path to the skill definition file within the repository
        pub skill_path: ::std::string::String,
        /**Self-hosted worker host that reported this skill.
Present only for skills discovered from self-hosted workers
(as opposed to skills from GitHub repos linked to environments).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub worker_host: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentListSource {
        pub fn builder() -> builder::AgentListSource {
            Default::default()
        }
    }
    ///`AgentListVariant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentListVariant {
        ///Base prompt/instructions for the agent
        pub base_prompt: ::std::string::String,
        ///Description of the agent variant
        pub description: ::std::string::String,
        ///Environments where this agent variant is available
        pub environments: ::std::vec::Vec<AgentListEnvironment>,
        /**Non-empty when the skill's SKILL.md file exists but is malformed.
Contains a description of the parse failure. Only present when
include_malformed_skills=true is passed to the list agents endpoint.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        /**Stable identifier for this skill variant.
Format: "{owner}/{repo}:{skill_path}"
Example: "warpdotdev/warp-server:.claude/skills/deploy/SKILL.md"
*/
        pub id: ::std::string::String,
        ///Timestamp of the last time this skill was run (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_run_timestamp: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        pub source: AgentListSource,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentListVariant {
        pub fn builder() -> builder::AgentListVariant {
            Default::default()
        }
    }
    ///Memory settings for creating an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentMemoryCreateConfig {
        /**Existing team memory stores to attach to the agent.
Duplicate UIDs within a single request are rejected.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attached_stores: ::std::vec::Vec<MemoryStoreRef>,
        ///Agent-owned memory settings. Defaults to enabled when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_memory: ::std::option::Option<AgentAutoMemoryCreateConfig>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentMemoryCreateConfig {
        pub fn builder() -> builder::AgentMemoryCreateConfig {
            Default::default()
        }
    }
    ///Memory settings for an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentMemoryResponse {
        ///Team memory stores attached to the agent.
        pub attached_stores: ::std::vec::Vec<MemoryStoreRef>,
        pub auto_memory: AgentAutoMemoryResponse,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentMemoryResponse {
        pub fn builder() -> builder::AgentMemoryResponse {
            Default::default()
        }
    }
    ///Memory settings for updating an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentMemoryUpdateConfig {
        /**Replacement list of attached team memory stores. Omit to leave unchanged,
pass an empty array to clear, or pass a non-empty array to replace.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attached_stores: ::std::option::Option<::std::vec::Vec<MemoryStoreRef>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentMemoryUpdateConfig {
        pub fn builder() -> builder::AgentMemoryUpdateConfig {
            Default::default()
        }
    }
    ///`AgentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentResponse {
        ///Whether the agent is currently enabled. Defaults to true.
        pub available: bool,
        /**Default harness for runs executed by this agent; the
precedence order for harness resolution is:
1. The harness specified on the run itself
2. The agent's base harness
3. Warp
Deprecated: use harness instead, which carries the full
{type, model_id, reasoning_level} default.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_harness: ::std::option::Option<::std::string::String>,
        /**Base model for runs executed by this agent; the precedence
order for model resolution is:
1. The model specified on the run itself
2. The agent's base model
3. The team's default model
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_model: ::std::option::Option<::std::string::String>,
        ///When the agent was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /**Default credential strategy for runs executed by this agent.
Absent when the agent has no default. The precedence order for
credential strategy resolution is:
1. The strategy specified on the run itself
2. The agent's default strategy
3. The factory's default strategy, for factory-seeded agents
4. EXECUTOR
The resolved strategy is credential-validated at run creation;
an unavailable credential rejects the request before execution.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_strategy: ::std::option::Option<AgentCredentialStrategy>,
        /**Default runner UID for runs executed by this agent; when set,
it overrides the selected environment's default runner for
runs that do not specify their own `runner_id`. The precedence
order for runner resolution is:
1. The runner specified on the run itself
2. The agent's default runner
3. The selected environment's default runner
4. The environment's legacy inline compute fields
5. System defaults
*/
        pub default_runner_uid: ::std::string::String,
        ///Optional description of the agent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        /**Default cloud environment ID for runs executed by this agent;
the precedence order for environment resolution is:
1. The environment specified on the run itself
2. The agent's default environment
3. An empty environment
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        /**Default harness for runs executed by this agent. Absent when the
agent has no harness default. A stored model_id/reasoning_level
pair is still returned even if the model has since left the
harness's catalog.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness: ::std::option::Option<Harness>,
        /**Per-harness authentication secrets configured on this agent.
Each field names a managed secret for the corresponding harness.
Secrets can be overridden per run.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness_auth_secrets: ::std::option::Option<HarnessAuthSecrets>,
        /**The agent's stored inference provider settings. May be overridden
by run-level config; if empty, falls back to the workspace's
admin-configured defaults.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_providers: ::std::option::Option<InferenceProvidersConfig>,
        /**MCP server configurations attached to this agent by default.
Run-level MCP config takes precedence over this agent-level default.
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub mcp_servers: ::std::collections::HashMap<
            ::std::string::String,
            McpServerConfig,
        >,
        /**Memory settings for this agent.
Always present; attached_stores is empty when no team stores are attached.
*/
        pub memory: AgentMemoryResponse,
        ///Name of the agent
        pub name: ::std::string::String,
        /**Whether runs created with this agent's API key may use the on_behalf_of
field to attribute runs to another team member.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on_behalf_of_enabled: ::std::option::Option<bool>,
        /**Optional base prompt for this agent
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        /**Secrets that this agent may access by default.
*/
        pub secrets: ::std::vec::Vec<SecretRef>,
        /**Ordered list of normalized skill specs associated with this agent.
Always present; empty when no skills are attached.
*/
        pub skills: ::std::vec::Vec<::std::string::String>,
        ///Unique identifier for the agent
        pub uid: ::std::string::String,
        ///When the agent was last updated (RFC3339)
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /**Default worker host for runs executed by this agent, or empty
when unset; the precedence order for worker host resolution is:
1. The host specified on the run itself
2. The agent's default host
3. The workspace default host
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub worker_host: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentResponse {
        pub fn builder() -> builder::AgentResponse {
            Default::default()
        }
    }
    /**Query mode for an agent run.
  - normal: Standard user query (default).
  - plan: Planning Mode. The agent researches and creates a plan, then waits for approval before execution.
  - orchestrate: Orchestration Mode. The agent proposes an orchestration plan and must not start child agents until approved.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum AgentRunMode {
        #[cfg_attr(feature = "schemars", serde(rename = "normal"))]
        Normal,
        #[cfg_attr(feature = "schemars", serde(rename = "plan"))]
        Plan,
        #[cfg_attr(feature = "schemars", serde(rename = "orchestrate"))]
        Orchestrate,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl AgentRunMode {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["normal", "plan", "orchestrate"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Normal => "normal",
                Self::Plan => "plan",
                Self::Orchestrate => "orchestrate",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for AgentRunMode {
        fn from(value: &str) -> Self {
            match value {
                "normal" => Self::Normal,
                "plan" => Self::Plan,
                "orchestrate" => Self::Orchestrate,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AgentRunMode {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "normal" => Self::Normal,
                "plan" => Self::Plan,
                "orchestrate" => Self::Orchestrate,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for AgentRunMode {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AgentRunMode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentRunMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentRunMode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentRunMode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for AgentRunMode {
        fn default() -> Self {
            AgentRunMode::Normal
        }
    }
    /**Information about the agent skill used for the run.
Either full_path or bundled_skill_id will be set, but not both.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AgentSkill {
        ///Unique identifier for bundled skills
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bundled_skill_id: ::std::option::Option<::std::string::String>,
        ///Description of the skill
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Path to the SKILL.md file (for file-based skills)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub full_path: ::std::option::Option<::std::string::String>,
        ///Human-readable name of the skill
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentSkill {
        pub fn builder() -> builder::AgentSkill {
            Default::default()
        }
    }
    ///A setup or lifecycle event recorded for an agent run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AiRunTimelineEvent {
        pub event_type: AiRunTimelineEventType,
        ///Unique client- or server-generated identifier for this event.
        pub event_uuid: ::std::string::String,
        ///Run execution associated with this event, when available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub execution_id: ::std::option::Option<i64>,
        ///Timestamp when the event occurred.
        pub occurred_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Optional event-specific JSON payload. Contents vary by event type.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Run that owns this event.
        pub run_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AiRunTimelineEvent {
        pub fn builder() -> builder::AiRunTimelineEvent {
            Default::default()
        }
    }
    ///Type of timeline event recorded for a run.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum AiRunTimelineEventType {
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_created"))]
        OzRunCreated,
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_claimed"))]
        OzRunClaimed,
        #[cfg_attr(feature = "schemars", serde(rename = "worker_container_ready"))]
        WorkerContainerReady,
        #[cfg_attr(feature = "schemars", serde(rename = "shared_session_started"))]
        SharedSessionStarted,
        #[cfg_attr(feature = "schemars", serde(rename = "agent_started"))]
        AgentStarted,
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_done"))]
        OzRunDone,
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_blocked"))]
        OzRunBlocked,
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_cancelled"))]
        OzRunCancelled,
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_failed"))]
        OzRunFailed,
        #[cfg_attr(feature = "schemars", serde(rename = "oz_run_errored"))]
        OzRunErrored,
        #[cfg_attr(feature = "schemars", serde(rename = "vm_shutdown"))]
        VmShutdown,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl AiRunTimelineEventType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "oz_run_created",
            "oz_run_claimed",
            "worker_container_ready",
            "shared_session_started",
            "agent_started",
            "oz_run_done",
            "oz_run_blocked",
            "oz_run_cancelled",
            "oz_run_failed",
            "oz_run_errored",
            "vm_shutdown",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::OzRunCreated => "oz_run_created",
                Self::OzRunClaimed => "oz_run_claimed",
                Self::WorkerContainerReady => "worker_container_ready",
                Self::SharedSessionStarted => "shared_session_started",
                Self::AgentStarted => "agent_started",
                Self::OzRunDone => "oz_run_done",
                Self::OzRunBlocked => "oz_run_blocked",
                Self::OzRunCancelled => "oz_run_cancelled",
                Self::OzRunFailed => "oz_run_failed",
                Self::OzRunErrored => "oz_run_errored",
                Self::VmShutdown => "vm_shutdown",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for AiRunTimelineEventType {
        fn from(value: &str) -> Self {
            match value {
                "oz_run_created" => Self::OzRunCreated,
                "oz_run_claimed" => Self::OzRunClaimed,
                "worker_container_ready" => Self::WorkerContainerReady,
                "shared_session_started" => Self::SharedSessionStarted,
                "agent_started" => Self::AgentStarted,
                "oz_run_done" => Self::OzRunDone,
                "oz_run_blocked" => Self::OzRunBlocked,
                "oz_run_cancelled" => Self::OzRunCancelled,
                "oz_run_failed" => Self::OzRunFailed,
                "oz_run_errored" => Self::OzRunErrored,
                "vm_shutdown" => Self::VmShutdown,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AiRunTimelineEventType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "oz_run_created" => Self::OzRunCreated,
                "oz_run_claimed" => Self::OzRunClaimed,
                "worker_container_ready" => Self::WorkerContainerReady,
                "shared_session_started" => Self::SharedSessionStarted,
                "agent_started" => Self::AgentStarted,
                "oz_run_done" => Self::OzRunDone,
                "oz_run_blocked" => Self::OzRunBlocked,
                "oz_run_cancelled" => Self::OzRunCancelled,
                "oz_run_failed" => Self::OzRunFailed,
                "oz_run_errored" => Self::OzRunErrored,
                "vm_shutdown" => Self::VmShutdown,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for AiRunTimelineEventType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AiRunTimelineEventType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AiRunTimelineEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AiRunTimelineEventType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AiRunTimelineEventType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Configuration for a cloud agent run
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AmbientAgentConfig {
        ///Custom base prompt for the agent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_prompt: ::std::option::Option<::std::string::String>,
        /**Controls whether computer use is enabled for this agent.
If not set, defaults to true.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub computer_use_enabled: ::std::option::Option<bool>,
        /**Model the computer use subagent runs on; if omitted, the subagent
picks its own model automatically. Only applies to the built-in
Warp harness — the value is accepted but has no effect under a
third-party harness or when computer use is disabled. Requires an
agent CLI version that supports the --computer-use-model flag.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub computer_use_model_id: ::std::option::Option<::std::string::String>,
        /**Controls which principal's credentials are used when the
platform mints tokens (e.g. GitHub or GitLab OAuth tokens) on
behalf of this run.
- EXECUTOR (default when unset): credentials are sourced from
  the run's execution principal — a GitHub App installation
  token for agent principals, a personal OAuth token for user
  principals.
- CREATOR: credentials are always sourced from the run creator
  regardless of the execution principal, useful when a service
  account executes the run but Git operations should
  authenticate as the triggering human.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_strategy: ::std::option::Option<
            AmbientAgentConfigCredentialStrategy,
        >,
        ///UID of the environment to run the agent in
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness: ::std::option::Option<Harness>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness_auth_secrets: ::std::option::Option<HarnessAuthSecrets>,
        /**Number of minutes to keep the agent environment alive after task completion.
If not set, defaults to 10 minutes.
Maximum allowed value is min(60, floor(max_instance_runtime_seconds / 60) for your billing tier).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idle_timeout_minutes: ::std::option::Option<::std::num::NonZeroU32>,
        /**Optional inference provider settings for this run. Run-level
config takes precedence over the agent's stored config and
the workspace's admin-configured defaults.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_providers: ::std::option::Option<InferenceProvidersConfig>,
        ///Map of MCP server configurations by name
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub mcp_servers: ::std::collections::HashMap<
            ::std::string::String,
            McpServerConfig,
        >,
        ///Memory stores to attach to this run.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub memory_stores: ::std::vec::Vec<MemoryStoreRef>,
        ///LLM model to use (uses team default if not specified)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model_id: ::std::option::Option<::std::string::String>,
        /**Human-readable label for grouping, filtering, and traceability.
Automatically set to the skill name when running a skill-based agent.
Set this explicitly to categorize runs by intent (e.g., "nightly-dependency-check")
so you can filter and track them via the name query parameter on GET /agent/runs.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**UID of the runner providing the run's compute (platform, instance
shape, and setup commands). When omitted on a request, the runner is
resolved at run creation from the agent's default runner, then the
environment's default runner, and the resolved UID is recorded on
the run.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub runner_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_sharing: ::std::option::Option<SessionSharingConfig>,
        /**Skill specification identifying the primary agent skill to use,
in `{owner}/{repo}:{skill_path}` format (e.g.
`warpdotdev/warp-server:.claude/skills/deploy/SKILL.md`);
mutually exclusive with `skills` in create/update requests.
Responses include the first `skills` entry here for backward
compatibility; use the list agents endpoint to discover
available skills.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub skill_spec: ::std::option::Option<::std::string::String>,
        /**Ordered skill specifications to attach to the run.
Format: "{owner}/{repo}:{skill_path}"
Example: "warpdotdev/warp-server:.claude/skills/deploy/SKILL.md"
Mutually exclusive with skill_spec in create/update requests.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub skills: ::std::vec::Vec<::std::string::String>,
        /**Self-hosted worker ID that should execute this task.
If not specified or set to "warp", the task runs on Warp-hosted workers.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub worker_host: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AmbientAgentConfig {
        pub fn builder() -> builder::AmbientAgentConfig {
            Default::default()
        }
    }
    /**Controls which principal's credentials are used when the
platform mints tokens (e.g. GitHub or GitLab OAuth tokens) on
behalf of this run.
- EXECUTOR (default when unset): credentials are sourced from
  the run's execution principal — a GitHub App installation
  token for agent principals, a personal OAuth token for user
  principals.
- CREATOR: credentials are always sourced from the run creator
  regardless of the execution principal, useful when a service
  account executes the run but Git operations should
  authenticate as the triggering human.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum AmbientAgentConfigCredentialStrategy {
        #[cfg_attr(feature = "schemars", serde(rename = "CREATOR"))]
        Creator,
        #[cfg_attr(feature = "schemars", serde(rename = "EXECUTOR"))]
        Executor,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl AmbientAgentConfigCredentialStrategy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CREATOR", "EXECUTOR"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Creator => "CREATOR",
                Self::Executor => "EXECUTOR",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for AmbientAgentConfigCredentialStrategy {
        fn from(value: &str) -> Self {
            match value {
                "CREATOR" => Self::Creator,
                "EXECUTOR" => Self::Executor,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for AmbientAgentConfigCredentialStrategy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CREATOR" => Self::Creator,
                "EXECUTOR" => Self::Executor,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for AmbientAgentConfigCredentialStrategy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for AmbientAgentConfigCredentialStrategy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AmbientAgentConfigCredentialStrategy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AmbientAgentConfigCredentialStrategy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AmbientAgentConfigCredentialStrategy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ArtifactItem`
    #[derive(Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", serde(untagged))]
    #[non_exhaustive]
    pub enum ArtifactItem {
        PlanArtifact(PlanArtifact),
        PullRequestArtifact(PullRequestArtifact),
        ScreenshotArtifact(ScreenshotArtifact),
        FileArtifact(FileArtifact),
        ExternalReferenceArtifact(ExternalReferenceArtifact),
        /// A variant this version of the crate does not know (its
        #[doc = concat!("`", "artifact_type", "`")]
        /// is new), kept verbatim as JSON.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::serde_json::Value),
    }
    impl ::serde::Serialize for ArtifactItem {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::PlanArtifact(value) => value.serialize(serializer),
                Self::PullRequestArtifact(value) => value.serialize(serializer),
                Self::ScreenshotArtifact(value) => value.serialize(serializer),
                Self::FileArtifact(value) => value.serialize(serializer),
                Self::ExternalReferenceArtifact(value) => value.serialize(serializer),
                Self::Unrecognized(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ArtifactItem {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            match crate::forward_compat::discriminator(&value, "artifact_type") {
                ::std::option::Option::Some("PLAN") => {
                    crate::forward_compat::decode_variant(value, "ArtifactItem", "PLAN")
                        .map(Self::PlanArtifact)
                }
                ::std::option::Option::Some("PULL_REQUEST") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ArtifactItem",
                            "PULL_REQUEST",
                        )
                        .map(Self::PullRequestArtifact)
                }
                ::std::option::Option::Some("SCREENSHOT") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ArtifactItem",
                            "SCREENSHOT",
                        )
                        .map(Self::ScreenshotArtifact)
                }
                ::std::option::Option::Some("FILE") => {
                    crate::forward_compat::decode_variant(value, "ArtifactItem", "FILE")
                        .map(Self::FileArtifact)
                }
                ::std::option::Option::Some("EXTERNAL_REFERENCE") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ArtifactItem",
                            "EXTERNAL_REFERENCE",
                        )
                        .map(Self::ExternalReferenceArtifact)
                }
                _ => Ok(Self::Unrecognized(value)),
            }
        }
    }
    impl ArtifactItem {
        /// The discriminator value of this variant, as it appears on the wire.
        pub fn discriminator(&self) -> ::std::option::Option<&str> {
            match self {
                Self::Unrecognized(value) => {
                    crate::forward_compat::discriminator(value, "artifact_type")
                }
                Self::PlanArtifact(_) => ::std::option::Option::Some("PLAN"),
                Self::PullRequestArtifact(_) => {
                    ::std::option::Option::Some("PULL_REQUEST")
                }
                Self::ScreenshotArtifact(_) => ::std::option::Option::Some("SCREENSHOT"),
                Self::FileArtifact(_) => ::std::option::Option::Some("FILE"),
                Self::ExternalReferenceArtifact(_) => {
                    ::std::option::Option::Some("EXTERNAL_REFERENCE")
                }
            }
        }
    }
    impl ::std::convert::From<PlanArtifact> for ArtifactItem {
        fn from(value: PlanArtifact) -> Self {
            Self::PlanArtifact(value)
        }
    }
    impl ::std::convert::From<PullRequestArtifact> for ArtifactItem {
        fn from(value: PullRequestArtifact) -> Self {
            Self::PullRequestArtifact(value)
        }
    }
    impl ::std::convert::From<ScreenshotArtifact> for ArtifactItem {
        fn from(value: ScreenshotArtifact) -> Self {
            Self::ScreenshotArtifact(value)
        }
    }
    impl ::std::convert::From<FileArtifact> for ArtifactItem {
        fn from(value: FileArtifact) -> Self {
            Self::FileArtifact(value)
        }
    }
    impl ::std::convert::From<ExternalReferenceArtifact> for ArtifactItem {
        fn from(value: ExternalReferenceArtifact) -> Self {
            Self::ExternalReferenceArtifact(value)
        }
    }
    ///`ArtifactResponse`
    #[derive(Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", serde(untagged))]
    #[non_exhaustive]
    pub enum ArtifactResponse {
        PlanArtifactResponse(PlanArtifactResponse),
        ScreenshotArtifactResponse(ScreenshotArtifactResponse),
        FileArtifactResponse(FileArtifactResponse),
        /// A variant this version of the crate does not know (its
        #[doc = concat!("`", "artifact_type", "`")]
        /// is new), kept verbatim as JSON.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::serde_json::Value),
    }
    impl ::serde::Serialize for ArtifactResponse {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::PlanArtifactResponse(value) => value.serialize(serializer),
                Self::ScreenshotArtifactResponse(value) => value.serialize(serializer),
                Self::FileArtifactResponse(value) => value.serialize(serializer),
                Self::Unrecognized(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ArtifactResponse {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            match crate::forward_compat::discriminator(&value, "artifact_type") {
                ::std::option::Option::Some("PLAN") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ArtifactResponse",
                            "PLAN",
                        )
                        .map(Self::PlanArtifactResponse)
                }
                ::std::option::Option::Some("SCREENSHOT") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ArtifactResponse",
                            "SCREENSHOT",
                        )
                        .map(Self::ScreenshotArtifactResponse)
                }
                ::std::option::Option::Some("FILE") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ArtifactResponse",
                            "FILE",
                        )
                        .map(Self::FileArtifactResponse)
                }
                _ => Ok(Self::Unrecognized(value)),
            }
        }
    }
    impl ArtifactResponse {
        /// The discriminator value of this variant, as it appears on the wire.
        pub fn discriminator(&self) -> ::std::option::Option<&str> {
            match self {
                Self::Unrecognized(value) => {
                    crate::forward_compat::discriminator(value, "artifact_type")
                }
                Self::PlanArtifactResponse(_) => ::std::option::Option::Some("PLAN"),
                Self::ScreenshotArtifactResponse(_) => {
                    ::std::option::Option::Some("SCREENSHOT")
                }
                Self::FileArtifactResponse(_) => ::std::option::Option::Some("FILE"),
            }
        }
    }
    impl ::std::convert::From<PlanArtifactResponse> for ArtifactResponse {
        fn from(value: PlanArtifactResponse) -> Self {
            Self::PlanArtifactResponse(value)
        }
    }
    impl ::std::convert::From<ScreenshotArtifactResponse> for ArtifactResponse {
        fn from(value: ScreenshotArtifactResponse) -> Self {
            Self::ScreenshotArtifactResponse(value)
        }
    }
    impl ::std::convert::From<FileArtifactResponse> for ArtifactResponse {
        fn from(value: FileArtifactResponse) -> Self {
            Self::FileArtifactResponse(value)
        }
    }
    ///A base64-encoded file attachment to include with the prompt
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AttachmentInput {
        ///Base64-encoded attachment data
        pub data: ::std::string::String,
        ///Name of the attached file
        pub file_name: ::std::string::String,
        /**MIME type of the attachment.
Supported image types: image/jpeg, image/png, image/gif, image/webp
*/
        pub mime_type: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AttachmentInput {
        pub fn builder() -> builder::AttachmentInput {
            Default::default()
        }
    }
    /**Configures AWS Bedrock as the LLM inference provider for this
agent or run.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AwsInferenceProviderConfig {
        ///If true, opt out of Bedrock at this layer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled: ::std::option::Option<bool>,
        ///AWS region used for STS when assuming the Bedrock inference role.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        ///IAM role ARN to assume when calling Bedrock.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role_arn: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AwsInferenceProviderConfig {
        pub fn builder() -> builder::AwsInferenceProviderConfig {
            Default::default()
        }
    }
    ///AWS IAM role assumption settings
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AwsProviderConfig {
        ///AWS IAM role ARN to assume
        pub role_arn: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AwsProviderConfig {
        pub fn builder() -> builder::AwsProviderConfig {
            Default::default()
        }
    }
    /**Usage charged for a single usage category, broken down by usage type
(direct API/BYOK/custom endpoint) and, within each, by model ID.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ChargedUsageDetail {
        ///Inference usage charged using a user's own API key, keyed by model ID.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub byok_inference_usage: ::std::collections::HashMap<
            ::std::string::String,
            InferenceUsageDetail,
        >,
        /**Inference usage charged using a custom endpoint, keyed by the
custom model's config key.
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub custom_endpoint_inference_usage: ::std::collections::HashMap<
            ::std::string::String,
            InferenceUsageDetail,
        >,
        ///Inference usage incurred through Warp-provided model access, keyed by model ID.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub direct_api_inference_usage: ::std::collections::HashMap<
            ::std::string::String,
            InferenceUsageDetail,
        >,
        ///Platform usage charged for this category, in US dollars.
        pub platform_usage_usd: f64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ChargedUsageDetail {
        pub fn builder() -> builder::ChargedUsageDetail {
            Default::default()
        }
    }
    ///A cloud environment for running agents
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CloudEnvironment {
        pub config: CloudEnvironmentConfig,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<RunCreatorInfo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_editor: ::std::option::Option<RunCreatorInfo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_task_created: ::std::option::Option<EnvironmentLastTask>,
        ///Timestamp of the most recent task run in this environment (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_task_run_timestamp: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Timestamp when the environment was last updated (RFC3339)
        pub last_updated: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<Scope>,
        ///True when the most recent task failed during setup before it started running
        pub setup_failed: bool,
        ///Unique identifier for the environment
        pub uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CloudEnvironment {
        pub fn builder() -> builder::CloudEnvironment {
            Default::default()
        }
    }
    ///Configuration for a cloud environment used by scheduled agents
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CloudEnvironmentConfig {
        ///Optional description of the environment
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Docker image to use (e.g., "ubuntu:latest" or "registry/repo:tag")
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub docker_image: ::std::option::Option<::std::string::String>,
        /**When set (1–60 minutes), a failed run using this environment
keeps its session open for this many minutes so it can be
inspected; null or absent means immediate teardown (disabled by
default). This is an idle window held open by the agent process:
activity in the session pushes the deadline out (so an active
session is not torn down mid-debug), and it ends early if the
run's sandbox reaches its own deadline first. Applies only to
future failures of runs using this environment; opting in keeps
injected environment data (including secrets) alive and incurs
compute usage for as long as the session is held open.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_session_retention_minutes: ::std::option::Option<
            ::std::num::NonZeroU64,
        >,
        ///List of GitHub repositories to clone into the environment
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub github_repos: ::std::vec::Vec<GitHubRepo>,
        ///Human-readable name for the environment
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub providers: ::std::option::Option<ProvidersConfig>,
        ///Shell commands to run during environment setup
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub setup_commands: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CloudEnvironmentConfig {
        pub fn builder() -> builder::CloudEnvironmentConfig {
            Default::default()
        }
    }
    ///`ConnectedSelfHostedWorker`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ConnectedSelfHostedWorker {
        ///Earliest connection timestamp across active connections for this worker host
        pub connected_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Number of active websocket connections currently observed for this worker host
        pub connection_count: i64,
        ///Most recent heartbeat timestamp across active connections for this worker host
        pub last_seen_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Logical host identifier provided by the self-hosted worker
        pub worker_host: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ConnectedSelfHostedWorker {
        pub fn builder() -> builder::ConnectedSelfHostedWorker {
            Default::default()
        }
    }
    ///`ConversationContentBlock`
    #[derive(Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", serde(untagged))]
    #[non_exhaustive]
    pub enum ConversationContentBlock {
        TextContentBlock(TextContentBlock),
        ActionContentBlock(ActionContentBlock),
        ActionResultContentBlock(ActionResultContentBlock),
        EventContentBlock(EventContentBlock),
        /// A variant this version of the crate does not know (its
        #[doc = concat!("`", "type", "`")]
        /// is new), kept verbatim as JSON.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::serde_json::Value),
    }
    impl ::serde::Serialize for ConversationContentBlock {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::TextContentBlock(value) => value.serialize(serializer),
                Self::ActionContentBlock(value) => value.serialize(serializer),
                Self::ActionResultContentBlock(value) => value.serialize(serializer),
                Self::EventContentBlock(value) => value.serialize(serializer),
                Self::Unrecognized(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationContentBlock {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            match crate::forward_compat::discriminator(&value, "type") {
                ::std::option::Option::Some("text") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ConversationContentBlock",
                            "text",
                        )
                        .map(Self::TextContentBlock)
                }
                ::std::option::Option::Some("action") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ConversationContentBlock",
                            "action",
                        )
                        .map(Self::ActionContentBlock)
                }
                ::std::option::Option::Some("action_result") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ConversationContentBlock",
                            "action_result",
                        )
                        .map(Self::ActionResultContentBlock)
                }
                ::std::option::Option::Some("event") => {
                    crate::forward_compat::decode_variant(
                            value,
                            "ConversationContentBlock",
                            "event",
                        )
                        .map(Self::EventContentBlock)
                }
                _ => Ok(Self::Unrecognized(value)),
            }
        }
    }
    impl ConversationContentBlock {
        /// The discriminator value of this variant, as it appears on the wire.
        pub fn discriminator(&self) -> ::std::option::Option<&str> {
            match self {
                Self::Unrecognized(value) => {
                    crate::forward_compat::discriminator(value, "type")
                }
                Self::TextContentBlock(_) => ::std::option::Option::Some("text"),
                Self::ActionContentBlock(_) => ::std::option::Option::Some("action"),
                Self::ActionResultContentBlock(_) => {
                    ::std::option::Option::Some("action_result")
                }
                Self::EventContentBlock(_) => ::std::option::Option::Some("event"),
            }
        }
    }
    impl ::std::convert::From<TextContentBlock> for ConversationContentBlock {
        fn from(value: TextContentBlock) -> Self {
            Self::TextContentBlock(value)
        }
    }
    impl ::std::convert::From<ActionContentBlock> for ConversationContentBlock {
        fn from(value: ActionContentBlock) -> Self {
            Self::ActionContentBlock(value)
        }
    }
    impl ::std::convert::From<ActionResultContentBlock> for ConversationContentBlock {
        fn from(value: ActionResultContentBlock) -> Self {
            Self::ActionResultContentBlock(value)
        }
    }
    impl ::std::convert::From<EventContentBlock> for ConversationContentBlock {
        fn from(value: EventContentBlock) -> Self {
            Self::EventContentBlock(value)
        }
    }
    ///`ConversationMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ConversationMessage {
        pub content: ::std::vec::Vec<ConversationContentBlock>,
        ///Underlying transcript message IDs grouped into this normalized message
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub message_ids: ::std::vec::Vec<::std::string::String>,
        ///Request identifier shared by transcript messages from the same request, when available
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        pub role: ConversationMessageRole,
        ///Timestamp of the first transcript message included in this normalized message (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ConversationMessage {
        pub fn builder() -> builder::ConversationMessage {
            Default::default()
        }
    }
    ///Role of the normalized message
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ConversationMessageRole {
        #[cfg_attr(feature = "schemars", serde(rename = "user"))]
        User,
        #[cfg_attr(feature = "schemars", serde(rename = "assistant"))]
        Assistant,
        #[cfg_attr(feature = "schemars", serde(rename = "tool"))]
        Tool,
        #[cfg_attr(feature = "schemars", serde(rename = "system"))]
        System,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ConversationMessageRole {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "user",
            "assistant",
            "tool",
            "system",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::User => "user",
                Self::Assistant => "assistant",
                Self::Tool => "tool",
                Self::System => "system",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ConversationMessageRole {
        fn from(value: &str) -> Self {
            match value {
                "user" => Self::User,
                "assistant" => Self::Assistant,
                "tool" => Self::Tool,
                "system" => Self::System,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ConversationMessageRole {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "user" => Self::User,
                "assistant" => Self::Assistant,
                "tool" => Self::Tool,
                "system" => Self::System,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ConversationMessageRole {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ConversationMessageRole {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ConversationMessageRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ConversationMessageRole {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationMessageRole {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ConversationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ConversationResponse {
        ///Unique identifier for the conversation
        pub conversation_id: ::std::string::String,
        ///Root steps in the conversation
        pub steps: ::std::vec::Vec<ConversationStep>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ConversationResponse {
        pub fn builder() -> builder::ConversationResponse {
            Default::default()
        }
    }
    ///`ConversationStep`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ConversationStep {
        ///Latest transcript message timestamp contained in this step or any nested step (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Original instruction or delegated work description for the step
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the step
        pub id: ::std::string::String,
        ///Ordered normalized messages for this step
        pub messages: ::std::vec::Vec<ConversationMessage>,
        ///Earliest transcript message timestamp contained in this step or any nested step (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Nested delegated work performed as part of this step
        pub steps: ::std::vec::Vec<ConversationStep>,
        ///Summary of the work completed for the step
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ConversationStep {
        pub fn builder() -> builder::ConversationStep {
            Default::default()
        }
    }
    ///`CreateAgentRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CreateAgentRequest {
        /**Optional default harness for runs executed by this agent.
Deprecated - use harness instead. Kept for backward compatibility;
when both are sent, harness is authoritative and a conflicting
type is rejected with invalid_request.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_harness: ::std::option::Option<::std::string::String>,
        /**Optional base model for runs executed by this agent.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_model: ::std::option::Option<::std::string::String>,
        /**Optional default credential strategy for runs executed by this
agent. When omitted or null, the agent has no opinion and runs fall
back to the factory default (for factory-seeded agents) and then to
EXECUTOR.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_strategy: ::std::option::Option<AgentCredentialStrategy>,
        /**Optional default runner UID for runs executed by this agent. When set,
it overrides the selected environment's default runner for runs that
do not specify their own `runner_id`. The editor must have View
permission on the referenced runner.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_runner_uid: ::std::option::Option<::std::string::String>,
        ///Optional description of the agent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        /**Optional default cloud environment ID for runs executed by this agent.
The environment must be owned by the same team as the agent.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        /**Optional default harness for runs executed by this agent.
Omission or an empty object stores no harness default.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness: ::std::option::Option<Harness>,
        /**Optional per-harness authentication secrets for this agent.
Each field names a managed secret for the corresponding harness.
Secrets are resolved at execution time from the agent's team scope.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness_auth_secrets: ::std::option::Option<HarnessAuthSecrets>,
        /**Optional inference provider settings for this agent.
Agent-level config takes precedence over the workspace's
admin-configured defaults.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_providers: ::std::option::Option<InferenceProvidersConfig>,
        /**Optional map of MCP server configurations by name to attach to runs executed by this agent.
Run-level MCP config takes precedence over this agent-level default.
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub mcp_servers: ::std::collections::HashMap<
            ::std::string::String,
            McpServerConfig,
        >,
        ///Optional memory settings for the agent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory: ::std::option::Option<AgentMemoryCreateConfig>,
        ///A name for the agent
        pub name: ::std::string::String,
        /**Whether runs created with this agent's API key may use the on_behalf_of
field to attribute runs to another team member. Defaults to false.
Only team admins may set this field.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on_behalf_of_enabled: ::std::option::Option<bool>,
        /**Optional base prompt for this agent
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        /**Optional list of secrets associated with the agent.
Duplicate names within a single request are rejected.
Each entry is unioned into the run-time secret scope when the agent executes.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub secrets: ::std::vec::Vec<SecretRef>,
        /**Optional list of skill specs to associate with the agent.
Format: "{owner}/{repo}:{skill_path}" (e.g., "warpdotdev/warp-server:.claude/skills/deploy/SKILL.md").
Each spec is validated and normalized at attach time using the team's GitHub
credentials; inaccessible or malformed specs are rejected.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub skills: ::std::vec::Vec<::std::string::String>,
        /**Optional default worker host for runs executed by this agent;
omission, null, or an empty value stores no Agent default, in
which case the workspace default applies. A non-empty value is
trimmed and stored (use "warp" to force Warp-hosted execution
over a self-hosted workspace default), and is resolved in this
order:
1. The host specified on the run itself
2. The agent's default host
3. The workspace default host
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub worker_host: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateAgentRequest {
        pub fn builder() -> builder::CreateAgentRequest {
            Default::default()
        }
    }
    /**Request body for creating a new scheduled agent.
Either prompt or agent_config.skill_spec or agent_config.skills is required.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct CreateScheduledAgentRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_config: ::std::option::Option<AmbientAgentConfig>,
        /**Agent UID to use as the execution principal for this schedule.
Only valid for team-owned schedules.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_uid: ::std::option::Option<::uuid::Uuid>,
        ///Cron expression defining when the agent runs (e.g., "0 9 * * *" for daily at 9am UTC)
        pub cron_schedule: ::std::string::String,
        ///Whether the schedule should be active immediately
        #[serde(default = "defaults::default_bool::<true>")]
        pub enabled: bool,
        /**Custom metadata stamped onto every run spawned by this schedule as the run's
explicit metadata layer.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<AgentRunMode>,
        ///Human-readable name for the schedule
        pub name: ::std::string::String,
        /**The prompt/instruction for the agent to execute.
Required unless agent_config.skill_spec or agent_config.skills is provided.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        /**Whether to create a team-owned schedule.
Defaults to true for users on a single team.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateScheduledAgentRequest {
        pub fn builder() -> builder::CreateScheduledAgentRequest {
            Default::default()
        }
    }
    ///`DeleteScheduledAgentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeleteScheduledAgentResponse {
        ///Whether the deletion was successful
        pub success: bool,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeleteScheduledAgentResponse {
        pub fn builder() -> builder::DeleteScheduledAgentResponse {
            Default::default()
        }
    }
    ///Summary of the most recently created task for an environment
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct EnvironmentLastTask {
        ///When the task was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Unique identifier of the task
        pub id: ::std::string::String,
        ///When the task started running (RFC3339), null if not yet started
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub state: RunState,
        ///Title of the task
        pub title: ::std::string::String,
        ///When the task was last updated (RFC3339)
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EnvironmentLastTask {
        pub fn builder() -> builder::EnvironmentLastTask {
            Default::default()
        }
    }
    /**Error response following RFC 7807 (Problem Details for HTTP APIs),
using the `application/problem+json` content type. Includes
backward-compatible extension members; additional ones (e.g.,
`auth_url`, `provider`) may be present depending on the error code.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Error {
        ///URL where the caller can reconnect the external provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_url: ::std::option::Option<::std::string::String>,
        ///A human-readable explanation specific to this occurrence of the problem (RFC 7807)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        /**Human-readable error message combining title and detail.
Backward-compatible extension member for older clients.
*/
        pub error: ::std::string::String,
        ///The request path that generated this error (RFC 7807)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instance: ::std::option::Option<::std::string::String>,
        ///External provider that requires authorization, such as `linear`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        /**Whether the request can be retried. When true, the error is transient
and the request may be retried. When false, retrying without addressing
the underlying cause will not succeed.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retryable: ::std::option::Option<bool>,
        ///The HTTP status code for this occurrence of the problem (RFC 7807)
        pub status: i64,
        ///A short, human-readable summary of the problem type (RFC 7807)
        pub title: ::std::string::String,
        ///OpenTelemetry trace ID for debugging and support requests
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trace_id: ::std::option::Option<::std::string::String>,
        /**A URI reference that identifies the problem type (RFC 7807).
Format: `https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/{error_code}`
See PlatformErrorCode for the list of possible error codes.
*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`EventContentBlock`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct EventContentBlock {
        ///Minimal structured metadata for the event
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Underlying transcript message ID that produced this content block, when available
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///Event type for intentionally exposed non-core transcript events
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: EventContentBlockType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EventContentBlock {
        pub fn builder() -> builder::EventContentBlock {
            Default::default()
        }
    }
    ///`EventContentBlockType`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum EventContentBlockType {
        #[cfg_attr(feature = "schemars", serde(rename = "event"))]
        Event,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl EventContentBlockType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["event"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Event => "event",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for EventContentBlockType {
        fn from(value: &str) -> Self {
            match value {
                "event" => Self::Event,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for EventContentBlockType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "event" => Self::Event,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for EventContentBlockType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for EventContentBlockType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for EventContentBlockType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for EventContentBlockType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EventContentBlockType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ExternalReferenceArtifact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ExternalReferenceArtifact {
        ///Type of the artifact
        pub artifact_type: ExternalReferenceArtifactArtifactType,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: ExternalReferenceArtifactData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ExternalReferenceArtifact {
        pub fn builder() -> builder::ExternalReferenceArtifact {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ExternalReferenceArtifactArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "EXTERNAL_REFERENCE"))]
        ExternalReference,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ExternalReferenceArtifactArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["EXTERNAL_REFERENCE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ExternalReference => "EXTERNAL_REFERENCE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ExternalReferenceArtifactArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "EXTERNAL_REFERENCE" => Self::ExternalReference,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for ExternalReferenceArtifactArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "EXTERNAL_REFERENCE" => Self::ExternalReference,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for ExternalReferenceArtifactArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ExternalReferenceArtifactArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ExternalReferenceArtifactArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ExternalReferenceArtifactArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ExternalReferenceArtifactArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Data for a generic external reference artifact.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ExternalReferenceArtifactData {
        ///Optional category-specific extra fields.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        /**Free-form category identifier for this reference (e.g. "linear_issue",
"spec_link", "jira_ticket"). Used for filtering and display.


Constraint checked by the server, not by this client: at most 256 characters.*/
        pub reference_type: ::std::string::String,
        ///Optional human-readable label for the reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        /**Canonical URL for the reference. Used as the key for reverse lookups
("which run produced this URL?").


Constraint checked by the server, not by this client: at most 2048 characters.*/
        pub url: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ExternalReferenceArtifactData {
        pub fn builder() -> builder::ExternalReferenceArtifactData {
            Default::default()
        }
    }
    ///`FileArtifact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FileArtifact {
        ///Type of the artifact
        pub artifact_type: FileArtifactArtifactType,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FileArtifactData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FileArtifact {
        pub fn builder() -> builder::FileArtifact {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FileArtifactArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "FILE"))]
        File,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FileArtifactArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["FILE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::File => "FILE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FileArtifactArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "FILE" => Self::File,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FileArtifactArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "FILE" => Self::File,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FileArtifactArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FileArtifactArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FileArtifactArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FileArtifactArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FileArtifactArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`FileArtifactData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FileArtifactData {
        ///Unique identifier for the file artifact
        pub artifact_uid: ::std::string::String,
        ///Optional description of the file
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Last path component of filepath
        pub filename: ::std::string::String,
        /**Conversation-relative filepath for the uploaded file. Omitted on
an anonymous read of a public file artifact.
*/
        pub filepath: ::std::string::String,
        ///MIME type of the uploaded file
        pub mime_type: ::std::string::String,
        ///Size of the uploaded file in bytes
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size_bytes: ::std::option::Option<i64>,
        /**Short, badge-visible label for the artifact. For recording artifacts,
this is the agent-authored title shown in Warp web and blocklist badges.
Distinct from description, which is longer and shown in detail views.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FileArtifactData {
        pub fn builder() -> builder::FileArtifactData {
            Default::default()
        }
    }
    ///Response for retrieving a file artifact.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FileArtifactResponse {
        ///Type of the artifact
        pub artifact_type: FileArtifactResponseArtifactType,
        ///Unique identifier (UUID) for the artifact
        pub artifact_uid: ::std::string::String,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FileArtifactResponseData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FileArtifactResponse {
        pub fn builder() -> builder::FileArtifactResponse {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FileArtifactResponseArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "FILE"))]
        File,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FileArtifactResponseArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["FILE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::File => "FILE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FileArtifactResponseArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "FILE" => Self::File,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for FileArtifactResponseArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "FILE" => Self::File,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for FileArtifactResponseArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FileArtifactResponseArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FileArtifactResponseArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FileArtifactResponseArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FileArtifactResponseArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Response data for a file artifact, including a signed download URL.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FileArtifactResponseData {
        ///MIME type of the uploaded file
        pub content_type: ::std::string::String,
        ///Optional description of the file
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Time-limited signed URL to download the file
        pub download_url: ::std::string::String,
        ///Timestamp when the download URL expires (RFC3339)
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Last path component of filepath
        pub filename: ::std::string::String,
        /**Conversation-relative filepath for the uploaded file. Omitted for
anonymous reads of public artifacts.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filepath: ::std::option::Option<::std::string::String>,
        ///Size of the uploaded file in bytes
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size_bytes: ::std::option::Option<i64>,
        /**Short, badge-visible label for the artifact. For recording artifacts,
this is the agent-authored title shown in Warp web and blocklist badges.
Distinct from description, which is longer and shown in detail views.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FileArtifactResponseData {
        pub fn builder() -> builder::FileArtifactResponseData {
            Default::default()
        }
    }
    ///GCP Workload Identity Federation settings
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct GcpProviderConfig {
        ///GCP project number
        pub project_number: ::std::string::String,
        ///Optional GCP service account email to impersonate
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_account_email: ::std::option::Option<::std::string::String>,
        ///Workload Identity Federation pool ID
        pub workload_identity_federation_pool_id: ::std::string::String,
        ///Workload Identity Federation provider ID
        pub workload_identity_federation_provider_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GcpProviderConfig {
        pub fn builder() -> builder::GcpProviderConfig {
            Default::default()
        }
    }
    ///Response body for listing run timeline events.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct GetRunTimelineResponse {
        pub events: ::std::vec::Vec<AiRunTimelineEvent>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetRunTimelineResponse {
        pub fn builder() -> builder::GetRunTimelineResponse {
            Default::default()
        }
    }
    ///`GitHubRepo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct GitHubRepo {
        ///GitHub repository owner (user or organization)
        pub owner: ::std::string::String,
        ///GitHub repository name
        pub repo: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GitHubRepo {
        pub fn builder() -> builder::GitHubRepo {
            Default::default()
        }
    }
    /**Specifies which execution harness to use for the agent run.
Default (nil/empty) uses Warp's built-in harness.
When stored as a named agent's default (create/update agent identity),
this field replaces the deprecated base_harness/base_model pair: a
harness other than `oz` here requires the agent's base_model to be
empty, since the two describe mutually exclusive default models.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Harness {
        /**Model to use with a third-party harness (e.g. "claude-haiku-4-5").
Only applies when type is a harness other than `oz`; the
top-level config model_id targets the built-in Warp harness
instead. When omitted or empty, the harness uses its own default
model.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model_id: ::std::option::Option<::std::string::String>,
        /**Reasoning effort for harnesses that support it (e.g. Codex).
Only applies when type is a harness other than `oz`. Ignored by
harnesses that do not support reasoning levels.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reasoning_level: ::std::option::Option<::std::string::String>,
        /**The harness type identifier.
- oz: Warp's built-in harness (default)
- claude: Claude Code harness
- gemini: Gemini CLI harness
- codex: Codex CLI harness
*/
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<HarnessType>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Harness {
        pub fn builder() -> builder::Harness {
            Default::default()
        }
    }
    /**Authentication secrets for third-party harnesses.
Only the secret for the harness specified gets injected into the environment.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct HarnessAuthSecrets {
        /**Name of a managed secret for Claude Code harness authentication.
The secret must exist within the caller's personal or team scope.
Only applicable when harness type is "claude".
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub claude_auth_secret_name: ::std::option::Option<::std::string::String>,
        /**Name of a managed secret for Codex harness authentication.
The secret must exist within the caller's personal or team scope.
Only applicable when harness type is "codex".
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codex_auth_secret_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl HarnessAuthSecrets {
        pub fn builder() -> builder::HarnessAuthSecrets {
            Default::default()
        }
    }
    /**The harness type identifier.
- oz: Warp's built-in harness (default)
- claude: Claude Code harness
- gemini: Gemini CLI harness
- codex: Codex CLI harness
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum HarnessType {
        #[cfg_attr(feature = "schemars", serde(rename = "oz"))]
        Oz,
        #[cfg_attr(feature = "schemars", serde(rename = "claude"))]
        Claude,
        #[cfg_attr(feature = "schemars", serde(rename = "gemini"))]
        Gemini,
        #[cfg_attr(feature = "schemars", serde(rename = "codex"))]
        Codex,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl HarnessType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["oz", "claude", "gemini", "codex"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Oz => "oz",
                Self::Claude => "claude",
                Self::Gemini => "gemini",
                Self::Codex => "codex",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for HarnessType {
        fn from(value: &str) -> Self {
            match value {
                "oz" => Self::Oz,
                "claude" => Self::Claude,
                "gemini" => Self::Gemini,
                "codex" => Self::Codex,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for HarnessType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "oz" => Self::Oz,
                "claude" => Self::Claude,
                "gemini" => Self::Gemini,
                "codex" => Self::Codex,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for HarnessType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for HarnessType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for HarnessType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for HarnessType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for HarnessType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Charged dollar cost of LLM inference, split by token type.
Omitted when the data is not available.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct InferenceCostBreakdownUsd {
        ///Cost of cache-read input tokens, in US dollars.
        pub input_cache_read_cost_usd: f64,
        ///Cost of cache-write input tokens, in US dollars.
        pub input_cache_write_cost_usd: f64,
        ///Cost of non-cached input tokens, in US dollars.
        pub input_cost_usd: f64,
        ///Cost of output tokens, in US dollars.
        pub output_cost_usd: f64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InferenceCostBreakdownUsd {
        pub fn builder() -> builder::InferenceCostBreakdownUsd {
            Default::default()
        }
    }
    ///Inference provider settings used for LLM calls.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct InferenceProvidersConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aws: ::std::option::Option<AwsInferenceProviderConfig>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InferenceProvidersConfig {
        pub fn builder() -> builder::InferenceProvidersConfig {
            Default::default()
        }
    }
    /**Full token count and dollar-cost detail inference usage.
The counts and cost describe the same usage (e.g. token_count.input
tokens cost cost_usd.input_cost_usd in total).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct InferenceUsageDetail {
        pub cost_usd: InferenceCostBreakdownUsd,
        pub token_count: TokenCountBreakdown,
        ///Total cost of those web searches, in US dollars.
        pub web_search_cost_usd: f64,
        ///Number of web searches performed by this model.
        pub web_search_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InferenceUsageDetail {
        pub fn builder() -> builder::InferenceUsageDetail {
            Default::default()
        }
    }
    ///`ListAgentIdentitiesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListAgentIdentitiesResponse {
        pub agents: ::std::vec::Vec<AgentResponse>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListAgentIdentitiesResponse {
        pub fn builder() -> builder::ListAgentIdentitiesResponse {
            Default::default()
        }
    }
    ///`ListAgentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListAgentsResponse {
        ///List of available agents
        pub agents: ::std::vec::Vec<AgentListItem>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListAgentsResponse {
        pub fn builder() -> builder::ListAgentsResponse {
            Default::default()
        }
    }
    ///`ListAgentsSortBy`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListAgentsSortBy {
        #[cfg_attr(feature = "schemars", serde(rename = "name"))]
        Name,
        #[cfg_attr(feature = "schemars", serde(rename = "last_run"))]
        LastRun,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListAgentsSortBy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["name", "last_run"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Name => "name",
                Self::LastRun => "last_run",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListAgentsSortBy {
        fn from(value: &str) -> Self {
            match value {
                "name" => Self::Name,
                "last_run" => Self::LastRun,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListAgentsSortBy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "name" => Self::Name,
                "last_run" => Self::LastRun,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListAgentsSortBy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListAgentsSortBy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListAgentsSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListAgentsSortBy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListAgentsSortBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ListConnectedSelfHostedWorkersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListConnectedSelfHostedWorkersResponse {
        ///Connected self-hosted workers for the authenticated principal's team
        pub workers: ::std::vec::Vec<ConnectedSelfHostedWorker>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListConnectedSelfHostedWorkersResponse {
        pub fn builder() -> builder::ListConnectedSelfHostedWorkersResponse {
            Default::default()
        }
    }
    ///`ListEnvironmentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListEnvironmentsResponse {
        ///List of accessible cloud environments
        pub environments: ::std::vec::Vec<CloudEnvironment>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListEnvironmentsResponse {
        pub fn builder() -> builder::ListEnvironmentsResponse {
            Default::default()
        }
    }
    ///`ListEnvironmentsSortBy`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListEnvironmentsSortBy {
        #[cfg_attr(feature = "schemars", serde(rename = "name"))]
        Name,
        #[cfg_attr(feature = "schemars", serde(rename = "last_updated"))]
        LastUpdated,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListEnvironmentsSortBy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["name", "last_updated"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Name => "name",
                Self::LastUpdated => "last_updated",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListEnvironmentsSortBy {
        fn from(value: &str) -> Self {
            match value {
                "name" => Self::Name,
                "last_updated" => Self::LastUpdated,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListEnvironmentsSortBy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "name" => Self::Name,
                "last_updated" => Self::LastUpdated,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListEnvironmentsSortBy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListEnvironmentsSortBy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListEnvironmentsSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListEnvironmentsSortBy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListEnvironmentsSortBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for ListEnvironmentsSortBy {
        fn default() -> Self {
            ListEnvironmentsSortBy::LastUpdated
        }
    }
    ///`ListModelsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListModelsResponse {
        ///The ID of the default model for agent runs
        pub default_model_id: ::std::string::String,
        ///List of available models
        pub models: ::std::vec::Vec<ModelInfo>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListModelsResponse {
        pub fn builder() -> builder::ListModelsResponse {
            Default::default()
        }
    }
    ///`ListRunsArtifactType`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListRunsArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "PLAN"))]
        Plan,
        #[cfg_attr(feature = "schemars", serde(rename = "PULL_REQUEST"))]
        PullRequest,
        #[cfg_attr(feature = "schemars", serde(rename = "SCREENSHOT"))]
        Screenshot,
        #[cfg_attr(feature = "schemars", serde(rename = "FILE"))]
        File,
        #[cfg_attr(feature = "schemars", serde(rename = "EXTERNAL_REFERENCE"))]
        ExternalReference,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListRunsArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "PLAN",
            "PULL_REQUEST",
            "SCREENSHOT",
            "FILE",
            "EXTERNAL_REFERENCE",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Plan => "PLAN",
                Self::PullRequest => "PULL_REQUEST",
                Self::Screenshot => "SCREENSHOT",
                Self::File => "FILE",
                Self::ExternalReference => "EXTERNAL_REFERENCE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListRunsArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "PLAN" => Self::Plan,
                "PULL_REQUEST" => Self::PullRequest,
                "SCREENSHOT" => Self::Screenshot,
                "FILE" => Self::File,
                "EXTERNAL_REFERENCE" => Self::ExternalReference,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListRunsArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PLAN" => Self::Plan,
                "PULL_REQUEST" => Self::PullRequest,
                "SCREENSHOT" => Self::Screenshot,
                "FILE" => Self::File,
                "EXTERNAL_REFERENCE" => Self::ExternalReference,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListRunsArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListRunsArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListRunsArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListRunsArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRunsArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ListRunsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListRunsResponse {
        pub page_info: PageInfo,
        pub runs: ::std::vec::Vec<RunItem>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListRunsResponse {
        pub fn builder() -> builder::ListRunsResponse {
            Default::default()
        }
    }
    ///`ListRunsSortBy`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListRunsSortBy {
        #[cfg_attr(feature = "schemars", serde(rename = "updated_at"))]
        UpdatedAt,
        #[cfg_attr(feature = "schemars", serde(rename = "created_at"))]
        CreatedAt,
        #[cfg_attr(feature = "schemars", serde(rename = "title"))]
        Title,
        #[cfg_attr(feature = "schemars", serde(rename = "agent"))]
        Agent,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListRunsSortBy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "updated_at",
            "created_at",
            "title",
            "agent",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::UpdatedAt => "updated_at",
                Self::CreatedAt => "created_at",
                Self::Title => "title",
                Self::Agent => "agent",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListRunsSortBy {
        fn from(value: &str) -> Self {
            match value {
                "updated_at" => Self::UpdatedAt,
                "created_at" => Self::CreatedAt,
                "title" => Self::Title,
                "agent" => Self::Agent,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListRunsSortBy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "updated_at" => Self::UpdatedAt,
                "created_at" => Self::CreatedAt,
                "title" => Self::Title,
                "agent" => Self::Agent,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListRunsSortBy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListRunsSortBy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListRunsSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListRunsSortBy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRunsSortBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for ListRunsSortBy {
        fn default() -> Self {
            ListRunsSortBy::UpdatedAt
        }
    }
    ///`ListRunsSortOrder`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListRunsSortOrder {
        #[cfg_attr(feature = "schemars", serde(rename = "asc"))]
        Asc,
        #[cfg_attr(feature = "schemars", serde(rename = "desc"))]
        Desc,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListRunsSortOrder {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["asc", "desc"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Asc => "asc",
                Self::Desc => "desc",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListRunsSortOrder {
        fn from(value: &str) -> Self {
            match value {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListRunsSortOrder {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListRunsSortOrder {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListRunsSortOrder {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListRunsSortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListRunsSortOrder {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRunsSortOrder {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for ListRunsSortOrder {
        fn default() -> Self {
            ListRunsSortOrder::Desc
        }
    }
    ///`ListScheduledAgentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListScheduledAgentsResponse {
        ///List of scheduled agents
        pub schedules: ::std::vec::Vec<ScheduledAgentItem>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListScheduledAgentsResponse {
        pub fn builder() -> builder::ListScheduledAgentsResponse {
            Default::default()
        }
    }
    /**Configuration for an MCP server. Must have exactly one of: warp_id, command, or url.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct McpServerConfig {
        ///Stdio transport - command arguments
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub args: ::std::vec::Vec<::std::string::String>,
        ///Stdio transport - command to run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub command: ::std::option::Option<::std::string::String>,
        ///Environment variables for the server
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub env: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///HTTP headers for SSE/HTTP transport
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub headers: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///SSE/HTTP transport - server URL
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        /**Reference to a Warp shared MCP server by UUID, or a well-known
integration MCP id (e.g. "linear") backed by the team's integration
connection.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub warp_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl McpServerConfig {
        pub fn builder() -> builder::McpServerConfig {
            Default::default()
        }
    }
    ///Memory store attached to an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct MemoryStoreAttachmentResponse {
        ///Access level for the store.
        pub access: MemoryStoreAttachmentResponseAccess,
        ///Optional description for the memory store.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Instructions for how the agent should use this memory store.
        pub instructions: ::std::string::String,
        ///Public owner type.
        pub owner_type: MemoryStoreAttachmentResponseOwnerType,
        ///Public UID of the user, service account, or team that owns the memory store.
        pub owner_uid: ::std::string::String,
        ///UID of the memory store.
        pub uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MemoryStoreAttachmentResponse {
        pub fn builder() -> builder::MemoryStoreAttachmentResponse {
            Default::default()
        }
    }
    ///Access level for the store.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum MemoryStoreAttachmentResponseAccess {
        #[cfg_attr(feature = "schemars", serde(rename = "read_write"))]
        ReadWrite,
        #[cfg_attr(feature = "schemars", serde(rename = "read_only"))]
        ReadOnly,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl MemoryStoreAttachmentResponseAccess {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["read_write", "read_only"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ReadWrite => "read_write",
                Self::ReadOnly => "read_only",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for MemoryStoreAttachmentResponseAccess {
        fn from(value: &str) -> Self {
            match value {
                "read_write" => Self::ReadWrite,
                "read_only" => Self::ReadOnly,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for MemoryStoreAttachmentResponseAccess {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "read_write" => Self::ReadWrite,
                "read_only" => Self::ReadOnly,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for MemoryStoreAttachmentResponseAccess {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for MemoryStoreAttachmentResponseAccess {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MemoryStoreAttachmentResponseAccess {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MemoryStoreAttachmentResponseAccess {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MemoryStoreAttachmentResponseAccess {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Public owner type.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum MemoryStoreAttachmentResponseOwnerType {
        #[cfg_attr(feature = "schemars", serde(rename = "user"))]
        User,
        #[cfg_attr(feature = "schemars", serde(rename = "service_account"))]
        ServiceAccount,
        #[cfg_attr(feature = "schemars", serde(rename = "team"))]
        Team,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl MemoryStoreAttachmentResponseOwnerType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["user", "service_account", "team"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::User => "user",
                Self::ServiceAccount => "service_account",
                Self::Team => "team",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for MemoryStoreAttachmentResponseOwnerType {
        fn from(value: &str) -> Self {
            match value {
                "user" => Self::User,
                "service_account" => Self::ServiceAccount,
                "team" => Self::Team,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for MemoryStoreAttachmentResponseOwnerType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "user" => Self::User,
                "service_account" => Self::ServiceAccount,
                "team" => Self::Team,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for MemoryStoreAttachmentResponseOwnerType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for MemoryStoreAttachmentResponseOwnerType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MemoryStoreAttachmentResponseOwnerType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MemoryStoreAttachmentResponseOwnerType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MemoryStoreAttachmentResponseOwnerType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Reference to a memory store to attach to an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct MemoryStoreRef {
        ///Access level for the store.
        pub access: MemoryStoreRefAccess,
        ///Instructions for how the agent should use this memory store. Must not be empty.
        pub instructions: ::std::string::String,
        ///UID of the memory store.
        pub uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MemoryStoreRef {
        pub fn builder() -> builder::MemoryStoreRef {
            Default::default()
        }
    }
    ///Access level for the store.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum MemoryStoreRefAccess {
        #[cfg_attr(feature = "schemars", serde(rename = "read_write"))]
        ReadWrite,
        #[cfg_attr(feature = "schemars", serde(rename = "read_only"))]
        ReadOnly,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl MemoryStoreRefAccess {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["read_write", "read_only"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ReadWrite => "read_write",
                Self::ReadOnly => "read_only",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for MemoryStoreRefAccess {
        fn from(value: &str) -> Self {
            match value {
                "read_write" => Self::ReadWrite,
                "read_only" => Self::ReadOnly,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for MemoryStoreRefAccess {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "read_write" => Self::ReadWrite,
                "read_only" => Self::ReadOnly,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for MemoryStoreRefAccess {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for MemoryStoreRefAccess {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MemoryStoreRefAccess {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MemoryStoreRefAccess {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MemoryStoreRefAccess {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ModelInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ModelInfo {
        ///Optional extra descriptor for the model
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///If set, the model is currently unavailable for the given reason
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disable_reason: ::std::option::Option<ModelInfoDisableReason>,
        ///Human-readable name of the model
        pub display_name: ::std::string::String,
        ///Unique identifier for the model (e.g. "claude-4-6-opus-high" or "gpt-5-4-high")
        pub id: ::std::string::String,
        ///The LLM provider
        pub provider: ModelInfoProvider,
        ///Reasoning level descriptor, if any (e.g. "low", "medium", "high")
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reasoning_level: ::std::option::Option<::std::string::String>,
        ///Whether the model supports vision/image inputs
        pub vision_supported: bool,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ModelInfo {
        pub fn builder() -> builder::ModelInfo {
            Default::default()
        }
    }
    ///If set, the model is currently unavailable for the given reason
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ModelInfoDisableReason {
        #[cfg_attr(feature = "schemars", serde(rename = "PROVIDER_OUTAGE"))]
        ProviderOutage,
        #[cfg_attr(feature = "schemars", serde(rename = "OUT_OF_REQUESTS"))]
        OutOfRequests,
        #[cfg_attr(feature = "schemars", serde(rename = "ADMIN_DISABLED"))]
        AdminDisabled,
        #[cfg_attr(feature = "schemars", serde(rename = "REQUIRES_UPGRADE"))]
        RequiresUpgrade,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ModelInfoDisableReason {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "PROVIDER_OUTAGE",
            "OUT_OF_REQUESTS",
            "ADMIN_DISABLED",
            "REQUIRES_UPGRADE",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ProviderOutage => "PROVIDER_OUTAGE",
                Self::OutOfRequests => "OUT_OF_REQUESTS",
                Self::AdminDisabled => "ADMIN_DISABLED",
                Self::RequiresUpgrade => "REQUIRES_UPGRADE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ModelInfoDisableReason {
        fn from(value: &str) -> Self {
            match value {
                "PROVIDER_OUTAGE" => Self::ProviderOutage,
                "OUT_OF_REQUESTS" => Self::OutOfRequests,
                "ADMIN_DISABLED" => Self::AdminDisabled,
                "REQUIRES_UPGRADE" => Self::RequiresUpgrade,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ModelInfoDisableReason {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PROVIDER_OUTAGE" => Self::ProviderOutage,
                "OUT_OF_REQUESTS" => Self::OutOfRequests,
                "ADMIN_DISABLED" => Self::AdminDisabled,
                "REQUIRES_UPGRADE" => Self::RequiresUpgrade,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ModelInfoDisableReason {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ModelInfoDisableReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ModelInfoDisableReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ModelInfoDisableReason {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ModelInfoDisableReason {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///The LLM provider
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ModelInfoProvider {
        #[cfg_attr(feature = "schemars", serde(rename = "OPENAI"))]
        Openai,
        #[cfg_attr(feature = "schemars", serde(rename = "ANTHROPIC"))]
        Anthropic,
        #[cfg_attr(feature = "schemars", serde(rename = "GOOGLE"))]
        Google,
        #[cfg_attr(feature = "schemars", serde(rename = "UNKNOWN"))]
        Unknown,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ModelInfoProvider {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "OPENAI",
            "ANTHROPIC",
            "GOOGLE",
            "UNKNOWN",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Openai => "OPENAI",
                Self::Anthropic => "ANTHROPIC",
                Self::Google => "GOOGLE",
                Self::Unknown => "UNKNOWN",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ModelInfoProvider {
        fn from(value: &str) -> Self {
            match value {
                "OPENAI" => Self::Openai,
                "ANTHROPIC" => Self::Anthropic,
                "GOOGLE" => Self::Google,
                "UNKNOWN" => Self::Unknown,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ModelInfoProvider {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "OPENAI" => Self::Openai,
                "ANTHROPIC" => Self::Anthropic,
                "GOOGLE" => Self::Google,
                "UNKNOWN" => Self::Unknown,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ModelInfoProvider {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ModelInfoProvider {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ModelInfoProvider {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ModelInfoProvider {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ModelInfoProvider {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`PageInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PageInfo {
        ///Whether there are more results available
        pub has_next_page: bool,
        ///Opaque cursor for fetching the next page
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PageInfo {
        pub fn builder() -> builder::PageInfo {
            Default::default()
        }
    }
    ///`PlanArtifact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PlanArtifact {
        ///Type of the artifact
        pub artifact_type: PlanArtifactArtifactType,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: PlanArtifactData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PlanArtifact {
        pub fn builder() -> builder::PlanArtifact {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum PlanArtifactArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "PLAN"))]
        Plan,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl PlanArtifactArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["PLAN"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Plan => "PLAN",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for PlanArtifactArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "PLAN" => Self::Plan,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PlanArtifactArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PLAN" => Self::Plan,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for PlanArtifactArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PlanArtifactArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PlanArtifactArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PlanArtifactArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PlanArtifactArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`PlanArtifactData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PlanArtifactData {
        ///Unique identifier for the plan artifact, usable with the artifact retrieval endpoint
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub artifact_uid: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the plan document
        pub document_uid: ::std::string::String,
        ///Unique identifier for the associated notebook
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notebook_uid: ::std::option::Option<::std::string::String>,
        ///Title of the plan
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///URL to open the plan in Warp Drive
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PlanArtifactData {
        pub fn builder() -> builder::PlanArtifactData {
            Default::default()
        }
    }
    ///Response for retrieving a plan artifact.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PlanArtifactResponse {
        ///Type of the artifact
        pub artifact_type: PlanArtifactResponseArtifactType,
        ///Unique identifier (UUID) for the artifact
        pub artifact_uid: ::std::string::String,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: PlanArtifactResponseData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PlanArtifactResponse {
        pub fn builder() -> builder::PlanArtifactResponse {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum PlanArtifactResponseArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "PLAN"))]
        Plan,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl PlanArtifactResponseArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["PLAN"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Plan => "PLAN",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for PlanArtifactResponseArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "PLAN" => Self::Plan,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PlanArtifactResponseArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PLAN" => Self::Plan,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for PlanArtifactResponseArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PlanArtifactResponseArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PlanArtifactResponseArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PlanArtifactResponseArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PlanArtifactResponseArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Response data for a plan artifact, including current markdown content.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PlanArtifactResponseData {
        ///Current markdown content of the plan
        pub content: ::std::string::String,
        ///MIME type of the returned plan content
        pub content_type: ::std::string::String,
        ///Unique identifier for the plan document
        pub document_uid: ::std::string::String,
        ///Unique identifier for the associated notebook
        pub notebook_uid: ::std::string::String,
        ///Current title of the plan
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///URL to open the plan in Warp Drive
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PlanArtifactResponseData {
        pub fn builder() -> builder::PlanArtifactResponseData {
            Default::default()
        }
    }
    /**Machine-readable error code identifying the problem type.
Used in the `type` URI of Error responses and in the `error_code`
field of RunStatusMessage.

User errors (run transitions to FAILED):
- `insufficient_credits` — Team has no remaining add-on credits
- `feature_not_available` — Required feature not enabled for user's plan
- `external_authentication_required` — User hasn't authorized a required external service
- `not_authorized` — Principal lacks permission for the requested operation
- `invalid_request` — Request is malformed or contains invalid parameters
- `resource_not_found` — Referenced resource does not exist
- `budget_exceeded` — Spending budget limit has been reached
- `integration_disabled` — Integration is disabled and must be enabled
- `integration_not_configured` — Integration setup is incomplete
- `operation_not_supported` — Requested operation not supported for this resource/state
- `environment_setup_failed` — Client-side environment setup failed
- `content_policy_violation` — Prompt or setup commands violated content policy
- `conflict` — Request conflicts with the current state of the resource

Warp errors (run transitions to ERROR):
- `authentication_required` — Request lacks valid authentication credentials
- `resource_unavailable` — Transient infrastructure issue (retryable)
- `internal_error` — Unexpected server-side error (retryable)
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum PlatformErrorCode {
        #[cfg_attr(feature = "schemars", serde(rename = "insufficient_credits"))]
        InsufficientCredits,
        #[cfg_attr(feature = "schemars", serde(rename = "feature_not_available"))]
        FeatureNotAvailable,
        #[cfg_attr(
            feature = "schemars",
            serde(rename = "external_authentication_required")
        )]
        ExternalAuthenticationRequired,
        #[cfg_attr(feature = "schemars", serde(rename = "not_authorized"))]
        NotAuthorized,
        #[cfg_attr(feature = "schemars", serde(rename = "invalid_request"))]
        InvalidRequest,
        #[cfg_attr(feature = "schemars", serde(rename = "resource_not_found"))]
        ResourceNotFound,
        #[cfg_attr(feature = "schemars", serde(rename = "budget_exceeded"))]
        BudgetExceeded,
        #[cfg_attr(feature = "schemars", serde(rename = "integration_disabled"))]
        IntegrationDisabled,
        #[cfg_attr(feature = "schemars", serde(rename = "integration_not_configured"))]
        IntegrationNotConfigured,
        #[cfg_attr(feature = "schemars", serde(rename = "operation_not_supported"))]
        OperationNotSupported,
        #[cfg_attr(feature = "schemars", serde(rename = "environment_setup_failed"))]
        EnvironmentSetupFailed,
        #[cfg_attr(feature = "schemars", serde(rename = "content_policy_violation"))]
        ContentPolicyViolation,
        #[cfg_attr(feature = "schemars", serde(rename = "conflict"))]
        Conflict,
        #[cfg_attr(feature = "schemars", serde(rename = "authentication_required"))]
        AuthenticationRequired,
        #[cfg_attr(feature = "schemars", serde(rename = "resource_unavailable"))]
        ResourceUnavailable,
        #[cfg_attr(feature = "schemars", serde(rename = "internal_error"))]
        InternalError,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl PlatformErrorCode {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "insufficient_credits",
            "feature_not_available",
            "external_authentication_required",
            "not_authorized",
            "invalid_request",
            "resource_not_found",
            "budget_exceeded",
            "integration_disabled",
            "integration_not_configured",
            "operation_not_supported",
            "environment_setup_failed",
            "content_policy_violation",
            "conflict",
            "authentication_required",
            "resource_unavailable",
            "internal_error",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InsufficientCredits => "insufficient_credits",
                Self::FeatureNotAvailable => "feature_not_available",
                Self::ExternalAuthenticationRequired => {
                    "external_authentication_required"
                }
                Self::NotAuthorized => "not_authorized",
                Self::InvalidRequest => "invalid_request",
                Self::ResourceNotFound => "resource_not_found",
                Self::BudgetExceeded => "budget_exceeded",
                Self::IntegrationDisabled => "integration_disabled",
                Self::IntegrationNotConfigured => "integration_not_configured",
                Self::OperationNotSupported => "operation_not_supported",
                Self::EnvironmentSetupFailed => "environment_setup_failed",
                Self::ContentPolicyViolation => "content_policy_violation",
                Self::Conflict => "conflict",
                Self::AuthenticationRequired => "authentication_required",
                Self::ResourceUnavailable => "resource_unavailable",
                Self::InternalError => "internal_error",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for PlatformErrorCode {
        fn from(value: &str) -> Self {
            match value {
                "insufficient_credits" => Self::InsufficientCredits,
                "feature_not_available" => Self::FeatureNotAvailable,
                "external_authentication_required" => {
                    Self::ExternalAuthenticationRequired
                }
                "not_authorized" => Self::NotAuthorized,
                "invalid_request" => Self::InvalidRequest,
                "resource_not_found" => Self::ResourceNotFound,
                "budget_exceeded" => Self::BudgetExceeded,
                "integration_disabled" => Self::IntegrationDisabled,
                "integration_not_configured" => Self::IntegrationNotConfigured,
                "operation_not_supported" => Self::OperationNotSupported,
                "environment_setup_failed" => Self::EnvironmentSetupFailed,
                "content_policy_violation" => Self::ContentPolicyViolation,
                "conflict" => Self::Conflict,
                "authentication_required" => Self::AuthenticationRequired,
                "resource_unavailable" => Self::ResourceUnavailable,
                "internal_error" => Self::InternalError,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PlatformErrorCode {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "insufficient_credits" => Self::InsufficientCredits,
                "feature_not_available" => Self::FeatureNotAvailable,
                "external_authentication_required" => {
                    Self::ExternalAuthenticationRequired
                }
                "not_authorized" => Self::NotAuthorized,
                "invalid_request" => Self::InvalidRequest,
                "resource_not_found" => Self::ResourceNotFound,
                "budget_exceeded" => Self::BudgetExceeded,
                "integration_disabled" => Self::IntegrationDisabled,
                "integration_not_configured" => Self::IntegrationNotConfigured,
                "operation_not_supported" => Self::OperationNotSupported,
                "environment_setup_failed" => Self::EnvironmentSetupFailed,
                "content_policy_violation" => Self::ContentPolicyViolation,
                "conflict" => Self::Conflict,
                "authentication_required" => Self::AuthenticationRequired,
                "resource_unavailable" => Self::ResourceUnavailable,
                "internal_error" => Self::InternalError,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for PlatformErrorCode {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PlatformErrorCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PlatformErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PlatformErrorCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PlatformErrorCode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Optional cloud provider configurations for automatic auth
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ProvidersConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aws: ::std::option::Option<AwsProviderConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gcp: ::std::option::Option<GcpProviderConfig>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ProvidersConfig {
        pub fn builder() -> builder::ProvidersConfig {
            Default::default()
        }
    }
    ///`PullRequestArtifact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PullRequestArtifact {
        ///Type of the artifact
        pub artifact_type: PullRequestArtifactArtifactType,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: PullRequestArtifactData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PullRequestArtifact {
        pub fn builder() -> builder::PullRequestArtifact {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum PullRequestArtifactArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "PULL_REQUEST"))]
        PullRequest,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl PullRequestArtifactArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["PULL_REQUEST"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::PullRequest => "PULL_REQUEST",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for PullRequestArtifactArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "PULL_REQUEST" => Self::PullRequest,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PullRequestArtifactArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PULL_REQUEST" => Self::PullRequest,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for PullRequestArtifactArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PullRequestArtifactArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PullRequestArtifactArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PullRequestArtifactArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PullRequestArtifactArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`PullRequestArtifactData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PullRequestArtifactData {
        ///Branch name for the pull request
        pub branch: ::std::string::String,
        ///URL of the pull request
        pub url: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PullRequestArtifactData {
        pub fn builder() -> builder::PullRequestArtifactData {
            Default::default()
        }
    }
    ///`ReportRunScoresRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ReportRunScoresRequest {
        pub results: ::std::vec::Vec<ReportedRunScore>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportRunScoresRequest {
        pub fn builder() -> builder::ReportRunScoresRequest {
            Default::default()
        }
    }
    ///`ReportRunScoresResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ReportRunScoresResponse {
        pub results: ::std::vec::Vec<ReportedRunScoreOutcome>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportRunScoresResponse {
        pub fn builder() -> builder::ReportRunScoresResponse {
            Default::default()
        }
    }
    ///`ReportedRunScore`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ReportedRunScore {
        /**The chosen classification. Must exactly match one of the allowed
label values captured when the evaluation was dispatched. Ignored
when `failed` is true.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub classification: ::std::option::Option<::std::string::String>,
        /**True when the judge could not evaluate this evaluation. Failed
verdicts are accepted but record no score.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failed: ::std::option::Option<bool>,
        /**Optional judge reasoning. Stored outside the database and truncated
beyond 8KB; a storage failure does not reject the verdict.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///The evaluation this verdict belongs to
        pub scorer_id: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportedRunScore {
        pub fn builder() -> builder::ReportedRunScore {
            Default::default()
        }
    }
    ///`ReportedRunScoreOutcome`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ReportedRunScoreOutcome {
        ///Why the verdict was rejected; absent when accepted
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The evaluation this outcome belongs to
        pub scorer_id: i64,
        ///Whether the verdict was recorded: "accepted" or "rejected"
        pub status: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportedRunScoreOutcome {
        pub fn builder() -> builder::ReportedRunScoreOutcome {
            Default::default()
        }
    }
    ///Resource usage information for the run
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RequestUsage {
        ///Credits consumed by compute resources for the run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub compute_cost: ::std::option::Option<f64>,
        /**compute_cost in US dollars, converted at the owning team's
current credit price. An approximate cost, not a billed amount.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub compute_cost_usd: ::std::option::Option<f64>,
        ///Credits consumed by LLM inference for the run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_cost: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_cost_breakdown_usd: ::std::option::Option<
            InferenceCostBreakdownUsd,
        >,
        /**inference_cost in US dollars, converted at the owning team's
current credit price. An approximate cost, not a billed amount.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_cost_usd: ::std::option::Option<f64>,
        ///Credits consumed by platform usage for the run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform_cost: ::std::option::Option<f64>,
        /**platform_cost in US dollars, converted at the owning team's
current credit price. An approximate cost, not a billed amount.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform_cost_usd: ::std::option::Option<f64>,
        /**Total LLM token count (summed across every usage category and model) for the run's
conversation. Omitted when the data is not available.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_tokens: ::std::option::Option<i64>,
        /**Full-granularity token and dollar-cost breakdown for the run's
conversation, keyed by usage category (for example,
primary_agent or conversation_compaction) and model id; differs
from total_tokens/inference_cost_breakdown_usd, which combine
usage across all categories and models. Omitted when the data
is not available.
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub usage_by_category: ::std::collections::HashMap<
            ::std::string::String,
            ChargedUsageDetail,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RequestUsage {
        pub fn builder() -> builder::RequestUsage {
            Default::default()
        }
    }
    /**Request body for creating a new agent run.
Either prompt or skill (via skill field, config.skill_spec, or config.skills) is required,
except for handoff requests that set conversation_id.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunAgentRequest {
        /**Optional agent identity UID to use as the execution principal for the run.
This is only valid for runs that are team owned.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_identity_uid: ::std::option::Option<::std::string::String>,
        /**Optional file attachments to include with the prompt (max 5).
Attachments are uploaded to cloud storage and made available to the agent.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attachments: ::std::vec::Vec<AttachmentInput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub config: ::std::option::Option<AmbientAgentConfig>,
        /**Optional conversation ID to continue an existing conversation.
If provided, the agent will continue from where the previous run left off.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        /**Whether the run should be interactive.
If not set, defaults to false.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interactive: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<AgentRunMode>,
        /**Optional email address or user ID of a Warp user to attribute
the run to; when set, the resolved user becomes the run's
creator instead of the caller. Only agent API keys may use this
field, only when the calling agent has on_behalf_of enabled in
its configuration (a team admin must turn this on per agent),
and only for team-owned runs. The target user must be an active
member of the run's owner team.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on_behalf_of: ::std::option::Option<::std::string::String>,
        /**Optional run ID of the parent that spawned this run, used for
orchestration hierarchies; the parent run must exist and be
visible to the caller, or the request is rejected with a 400.
Child runs are also subject to the server's maximum
orchestration depth, and requests that would exceed it are
rejected with a 400.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_run_id: ::std::option::Option<::std::string::String>,
        /**The prompt/instruction for the agent to execute.
Required unless a skill is specified via the skill field, config.skill_spec, or config.skills.
Handoff requests may omit prompt when conversation_id is set.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        /**Skill specification to use as the base prompt for the agent.
Supported formats:
  - "repo:skill_name" - Simple name in specific repo
  - "repo:skill_path" - Full path in specific repo
  - "org/repo:skill_name" - Simple name with org and repo
  - "org/repo:skill_path" - Full path with org and repo
When provided, this takes precedence over config.skill_spec.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub skill: ::std::option::Option<::std::string::String>,
        /**Whether to create a team-owned run.
Defaults to true for users on a single team.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team: ::std::option::Option<bool>,
        ///Custom title for the run (auto-generated if not provided)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunAgentRequest {
        pub fn builder() -> builder::RunAgentRequest {
            Default::default()
        }
    }
    ///`RunAgentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunAgentResponse {
        ///Whether the system is at capacity when the run was created
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub at_capacity: ::std::option::Option<bool>,
        ///Unique identifier for the created run
        pub run_id: ::std::string::String,
        pub state: RunState,
        ///Unique identifier for the task (same as run_id). Deprecated - use run_id instead.
        pub task_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunAgentResponse {
        pub fn builder() -> builder::RunAgentResponse {
            Default::default()
        }
    }
    ///Response for a run reverse-lookup by external reference URL.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunByExternalReferenceResponse {
        ///The ID of the run that produced the external reference.
        pub run_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunByExternalReferenceResponse {
        pub fn builder() -> builder::RunByExternalReferenceResponse {
            Default::default()
        }
    }
    ///`RunCreatorInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunCreatorInfo {
        ///Display name of the creator
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///Email address of the creator
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///URL to the creator's photo
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub photo_url: ::std::option::Option<::std::string::String>,
        ///Type of the creator principal
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<RunCreatorInfoType>,
        ///Unique identifier of the creator
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uid: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunCreatorInfo {
        pub fn builder() -> builder::RunCreatorInfo {
            Default::default()
        }
    }
    ///Type of the creator principal
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RunCreatorInfoType {
        #[cfg_attr(feature = "schemars", serde(rename = "user"))]
        User,
        #[cfg_attr(feature = "schemars", serde(rename = "service_account"))]
        ServiceAccount,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RunCreatorInfoType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["user", "service_account"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::User => "user",
                Self::ServiceAccount => "service_account",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RunCreatorInfoType {
        fn from(value: &str) -> Self {
            match value {
                "user" => Self::User,
                "service_account" => Self::ServiceAccount,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RunCreatorInfoType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "user" => Self::User,
                "service_account" => Self::ServiceAccount,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for RunCreatorInfoType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RunCreatorInfoType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RunCreatorInfoType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RunCreatorInfoType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RunCreatorInfoType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Where the run executed:
- LOCAL: Executed in the user's local Warp environment
- REMOTE: Executed by a remote/cloud worker
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RunExecutionLocation {
        #[cfg_attr(feature = "schemars", serde(rename = "LOCAL"))]
        Local,
        #[cfg_attr(feature = "schemars", serde(rename = "REMOTE"))]
        Remote,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RunExecutionLocation {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["LOCAL", "REMOTE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Local => "LOCAL",
                Self::Remote => "REMOTE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RunExecutionLocation {
        fn from(value: &str) -> Self {
            match value {
                "LOCAL" => Self::Local,
                "REMOTE" => Self::Remote,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RunExecutionLocation {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "LOCAL" => Self::Local,
                "REMOTE" => Self::Remote,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for RunExecutionLocation {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RunExecutionLocation {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RunExecutionLocation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RunExecutionLocation {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RunExecutionLocation {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Request body for submitting a follow-up message to an existing run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunFollowupRequest {
        ///The follow-up message to send to the run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<AgentRunMode>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunFollowupRequest {
        pub fn builder() -> builder::RunFollowupRequest {
            Default::default()
        }
    }
    ///`RunItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_config: ::std::option::Option<AmbientAgentConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_skill: ::std::option::Option<AgentSkill>,
        ///Artifacts created during the run (plans, pull requests, etc.)
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub artifacts: ::std::vec::Vec<ArtifactItem>,
        ///UUID of the conversation associated with the run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        ///Timestamp when the run was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<RunCreatorInfo>,
        /**Whether a debug agent can currently be started inside this run's retained
setup-failure session. Only true for a run that failed during environment setup,
whose retained execution is still reachable, and whose debug window has not
closed. See `POST /agent/runs/{runId}/followups`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub debug_agent_available: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub execution_location: ::std::option::Option<RunExecutionLocation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub executor: ::std::option::Option<RunCreatorInfo>,
        /**Whether the run's type is eligible for cancellation via the API. State-independent:
false for GitHub Action and local runs; true for all other run types (including
self-hosted). Clients should still gate the control on the run's current state.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_run_type_cancellable: ::std::option::Option<bool>,
        ///Whether the sandbox environment is currently running
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_sandbox_running: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///UUID of the parent run that spawned this run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_run_id: ::std::option::Option<::std::string::String>,
        ///The prompt/instruction for the agent
        pub prompt: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_usage: ::std::option::Option<RequestUsage>,
        ///Unique identifier for the run
        pub run_id: ::std::string::String,
        ///Total runtime as an ISO 8601 duration (e.g. "PT2M30S"), computed server-side from run executions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub run_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<ScheduleInfo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<Scope>,
        ///UUID of the shared session (if available)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_id: ::std::option::Option<::std::string::String>,
        ///URL to view the agent session
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_link: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<RunSourceType>,
        ///Timestamp when the agent started working on the run (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub state: RunState,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_message: ::std::option::Option<RunStatusMessage>,
        ///Unique identifier for the task (typically matches run_id). Deprecated - use run_id instead.
        pub task_id: ::std::string::String,
        ///Human-readable title for the run
        pub title: ::std::string::String,
        ///URL to the run trigger (e.g. Slack thread, Linear issue, schedule)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trigger_url: ::std::option::Option<::std::string::String>,
        ///Timestamp when the run was last updated (RFC3339)
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunItem {
        pub fn builder() -> builder::RunItem {
            Default::default()
        }
    }
    /**Custom key/value metadata attached to a run at creation time and
immutable afterward; at most 20 keys, with keys 1-64 bytes matching
[a-zA-Z0-9._-]+ (case-sensitive) and values 0-256 bytes of UTF-8 with
no NUL characters. Requests with invalid metadata are rejected. A
run's effective metadata is merged per key at creation: explicit
request keys override keys inherited from the parent run, which
override automatic keys (ticket_id and ticket_source on Linear- and
Jira-triggered runs).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct RunMetadata(
        pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    );
    impl ::std::ops::Deref for RunMetadata {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
            &self.0
        }
    }
    impl ::std::convert::From<RunMetadata>
    for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
        fn from(value: RunMetadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    > for RunMetadata {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::string::String,
            >,
        ) -> Self {
            Self(value)
        }
    }
    /**Source that created the run:
- LINEAR: Created from Linear integration
- API: Created via the Warp API
- SLACK: Created from Slack integration
- LOCAL: Created from local CLI/app
- SCHEDULED_AGENT: Created by a scheduled agent
- WEB_APP: Created from the Warp web app
- GITHUB_ACTION: Created from a GitHub action
- CLOUD_MODE: Created from a Cloud Mode
- CLI: Created from the CLI
- JIRA: Created from Jira integration
- SELF_IMPROVEMENT: Created by Warp's self-improvement pipeline
- GITHUB_WEBHOOK: Created from a GitHub webhook event
- GITLAB_WEBHOOK: Created from a GitLab webhook event
- AUTOFIX: Created by Warp's autofix pipeline
- RUN_SCORER: Created by Warp's run-scoring judge
- ORCHESTRATION: Created as a child run by the orchestration layer (parent_run_id set)*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RunSourceType {
        #[cfg_attr(feature = "schemars", serde(rename = "LINEAR"))]
        Linear,
        #[cfg_attr(feature = "schemars", serde(rename = "API"))]
        Api,
        #[cfg_attr(feature = "schemars", serde(rename = "SLACK"))]
        Slack,
        #[cfg_attr(feature = "schemars", serde(rename = "LOCAL"))]
        Local,
        #[cfg_attr(feature = "schemars", serde(rename = "SCHEDULED_AGENT"))]
        ScheduledAgent,
        #[cfg_attr(feature = "schemars", serde(rename = "WEB_APP"))]
        WebApp,
        #[cfg_attr(feature = "schemars", serde(rename = "GITHUB_ACTION"))]
        GithubAction,
        #[cfg_attr(feature = "schemars", serde(rename = "CLOUD_MODE"))]
        CloudMode,
        #[cfg_attr(feature = "schemars", serde(rename = "CLI"))]
        Cli,
        #[cfg_attr(feature = "schemars", serde(rename = "JIRA"))]
        Jira,
        #[cfg_attr(feature = "schemars", serde(rename = "SELF_IMPROVEMENT"))]
        SelfImprovement,
        #[cfg_attr(feature = "schemars", serde(rename = "GITHUB_WEBHOOK"))]
        GithubWebhook,
        #[cfg_attr(feature = "schemars", serde(rename = "GITLAB_WEBHOOK"))]
        GitlabWebhook,
        #[cfg_attr(feature = "schemars", serde(rename = "AUTOFIX"))]
        Autofix,
        #[cfg_attr(feature = "schemars", serde(rename = "RUN_SCORER"))]
        RunScorer,
        #[cfg_attr(feature = "schemars", serde(rename = "ORCHESTRATION"))]
        Orchestration,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RunSourceType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "LINEAR",
            "API",
            "SLACK",
            "LOCAL",
            "SCHEDULED_AGENT",
            "WEB_APP",
            "GITHUB_ACTION",
            "CLOUD_MODE",
            "CLI",
            "JIRA",
            "SELF_IMPROVEMENT",
            "GITHUB_WEBHOOK",
            "GITLAB_WEBHOOK",
            "AUTOFIX",
            "RUN_SCORER",
            "ORCHESTRATION",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Linear => "LINEAR",
                Self::Api => "API",
                Self::Slack => "SLACK",
                Self::Local => "LOCAL",
                Self::ScheduledAgent => "SCHEDULED_AGENT",
                Self::WebApp => "WEB_APP",
                Self::GithubAction => "GITHUB_ACTION",
                Self::CloudMode => "CLOUD_MODE",
                Self::Cli => "CLI",
                Self::Jira => "JIRA",
                Self::SelfImprovement => "SELF_IMPROVEMENT",
                Self::GithubWebhook => "GITHUB_WEBHOOK",
                Self::GitlabWebhook => "GITLAB_WEBHOOK",
                Self::Autofix => "AUTOFIX",
                Self::RunScorer => "RUN_SCORER",
                Self::Orchestration => "ORCHESTRATION",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RunSourceType {
        fn from(value: &str) -> Self {
            match value {
                "LINEAR" => Self::Linear,
                "API" => Self::Api,
                "SLACK" => Self::Slack,
                "LOCAL" => Self::Local,
                "SCHEDULED_AGENT" => Self::ScheduledAgent,
                "WEB_APP" => Self::WebApp,
                "GITHUB_ACTION" => Self::GithubAction,
                "CLOUD_MODE" => Self::CloudMode,
                "CLI" => Self::Cli,
                "JIRA" => Self::Jira,
                "SELF_IMPROVEMENT" => Self::SelfImprovement,
                "GITHUB_WEBHOOK" => Self::GithubWebhook,
                "GITLAB_WEBHOOK" => Self::GitlabWebhook,
                "AUTOFIX" => Self::Autofix,
                "RUN_SCORER" => Self::RunScorer,
                "ORCHESTRATION" => Self::Orchestration,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RunSourceType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "LINEAR" => Self::Linear,
                "API" => Self::Api,
                "SLACK" => Self::Slack,
                "LOCAL" => Self::Local,
                "SCHEDULED_AGENT" => Self::ScheduledAgent,
                "WEB_APP" => Self::WebApp,
                "GITHUB_ACTION" => Self::GithubAction,
                "CLOUD_MODE" => Self::CloudMode,
                "CLI" => Self::Cli,
                "JIRA" => Self::Jira,
                "SELF_IMPROVEMENT" => Self::SelfImprovement,
                "GITHUB_WEBHOOK" => Self::GithubWebhook,
                "GITLAB_WEBHOOK" => Self::GitlabWebhook,
                "AUTOFIX" => Self::Autofix,
                "RUN_SCORER" => Self::RunScorer,
                "ORCHESTRATION" => Self::Orchestration,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for RunSourceType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RunSourceType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RunSourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RunSourceType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RunSourceType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Current state of the run:
- QUEUED: Run is waiting to be picked up
- PENDING: Run is being prepared
- CLAIMED: Run has been claimed by a worker
- INPROGRESS: Run is actively being executed
- SUCCEEDED: Run completed successfully
- FAILED: Run failed
- BLOCKED: Run is blocked (e.g., awaiting user input or approval)
- ERROR: Run encountered an error
- CANCELLED: Run was cancelled by user
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RunState {
        #[cfg_attr(feature = "schemars", serde(rename = "QUEUED"))]
        Queued,
        #[cfg_attr(feature = "schemars", serde(rename = "PENDING"))]
        Pending,
        #[cfg_attr(feature = "schemars", serde(rename = "CLAIMED"))]
        Claimed,
        #[cfg_attr(feature = "schemars", serde(rename = "INPROGRESS"))]
        Inprogress,
        #[cfg_attr(feature = "schemars", serde(rename = "SUCCEEDED"))]
        Succeeded,
        #[cfg_attr(feature = "schemars", serde(rename = "FAILED"))]
        Failed,
        #[cfg_attr(feature = "schemars", serde(rename = "BLOCKED"))]
        Blocked,
        #[cfg_attr(feature = "schemars", serde(rename = "ERROR"))]
        Error,
        #[cfg_attr(feature = "schemars", serde(rename = "CANCELLED"))]
        Cancelled,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RunState {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "QUEUED",
            "PENDING",
            "CLAIMED",
            "INPROGRESS",
            "SUCCEEDED",
            "FAILED",
            "BLOCKED",
            "ERROR",
            "CANCELLED",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Queued => "QUEUED",
                Self::Pending => "PENDING",
                Self::Claimed => "CLAIMED",
                Self::Inprogress => "INPROGRESS",
                Self::Succeeded => "SUCCEEDED",
                Self::Failed => "FAILED",
                Self::Blocked => "BLOCKED",
                Self::Error => "ERROR",
                Self::Cancelled => "CANCELLED",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RunState {
        fn from(value: &str) -> Self {
            match value {
                "QUEUED" => Self::Queued,
                "PENDING" => Self::Pending,
                "CLAIMED" => Self::Claimed,
                "INPROGRESS" => Self::Inprogress,
                "SUCCEEDED" => Self::Succeeded,
                "FAILED" => Self::Failed,
                "BLOCKED" => Self::Blocked,
                "ERROR" => Self::Error,
                "CANCELLED" => Self::Cancelled,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RunState {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "QUEUED" => Self::Queued,
                "PENDING" => Self::Pending,
                "CLAIMED" => Self::Claimed,
                "INPROGRESS" => Self::Inprogress,
                "SUCCEEDED" => Self::Succeeded,
                "FAILED" => Self::Failed,
                "BLOCKED" => Self::Blocked,
                "ERROR" => Self::Error,
                "CANCELLED" => Self::Cancelled,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for RunState {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RunState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RunState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RunState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RunState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Status message for a run. For terminal error states, includes structured
error code and retryability info from the platform error catalog.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunStatusMessage {
        /**Whether a setup-failure debug turn is actively pinning the idle timer open
right now. While true, session_debug_until can lag behind the real deadline;
clients should show an active-debugging state instead of a countdown.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub debug_agent_active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<PlatformErrorCode>,
        ///Human-readable status message
        pub message: ::std::string::String,
        /**Whether the error is transient and the client may retry by submitting
a new run. Only present on terminal error states. When false, retrying
without addressing the underlying cause will not succeed.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retryable: ::std::option::Option<bool>,
        /**When a failed run's shared session stops being held open for debugging.
Only present while that window is open.

The window is an idle window owned by the agent process: activity in the
session pushes this deadline out. The agent republishes it periodically
rather than on every keystroke, so the value can lag the true deadline by
up to a throttle interval, and always in the conservative direction.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_debug_until: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunStatusMessage {
        pub fn builder() -> builder::RunStatusMessage {
            Default::default()
        }
    }
    ///Information about the schedule that triggered this run (only present for scheduled runs)
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScheduleInfo {
        ///Cron expression at the time the run was created
        pub cron_schedule: ::std::string::String,
        ///Unique identifier for the schedule
        pub schedule_id: ::std::string::String,
        ///Name of the schedule at the time the run was created
        pub schedule_name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScheduleInfo {
        pub fn builder() -> builder::ScheduleInfo {
            Default::default()
        }
    }
    ///Scheduler-derived history metadata for a scheduled agent
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScheduledAgentHistoryItem {
        ///Timestamp of the last successful run (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_ran: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Timestamp of the next scheduled run (RFC3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_run: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScheduledAgentHistoryItem {
        pub fn builder() -> builder::ScheduledAgentHistoryItem {
            Default::default()
        }
    }
    ///`ScheduledAgentItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScheduledAgentItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_config: ::std::option::Option<AmbientAgentConfig>,
        ///UID of the agent that this schedule runs as
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_uid: ::std::option::Option<::uuid::Uuid>,
        ///Timestamp when the schedule was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by: ::std::option::Option<RunCreatorInfo>,
        ///Cron expression defining when the agent runs (e.g., "0 9 * * *" for daily at 9am UTC)
        pub cron_schedule: ::std::string::String,
        ///Whether the schedule is currently active
        pub enabled: bool,
        ///Resolved environment configuration (if agent_config references an environment_id)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<CloudEnvironmentConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub history: ::std::option::Option<ScheduledAgentHistoryItem>,
        ///Unique identifier for the scheduled agent
        pub id: ::std::string::String,
        ///Error message from the last failed spawn attempt, if any
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_spawn_error: ::std::option::Option<::std::string::String>,
        ///Custom metadata stamped onto every run spawned by this schedule
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///Human-readable name for the schedule
        pub name: ::std::string::String,
        ///The prompt/instruction for the agent to execute
        pub prompt: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<Scope>,
        ///Timestamp when the schedule was last updated (RFC3339)
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_by: ::std::option::Option<RunCreatorInfo>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScheduledAgentItem {
        pub fn builder() -> builder::ScheduledAgentItem {
            Default::default()
        }
    }
    ///Ownership scope for a resource (team or personal)
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Scope {
        ///Type of ownership ("User" for personal, "Team" for team-owned)
        #[serde(rename = "type")]
        pub type_: ScopeType,
        ///UID of the owning user or team
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uid: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Scope {
        pub fn builder() -> builder::Scope {
            Default::default()
        }
    }
    ///Type of ownership ("User" for personal, "Team" for team-owned)
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ScopeType {
        User,
        Team,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ScopeType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["User", "Team"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::User => "User",
                Self::Team => "Team",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ScopeType {
        fn from(value: &str) -> Self {
            match value {
                "User" => Self::User,
                "Team" => Self::Team,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ScopeType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "User" => Self::User,
                "Team" => Self::Team,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ScopeType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ScopeType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ScopeType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ScopeType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ScopeType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ScreenshotArtifact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScreenshotArtifact {
        ///Type of the artifact
        pub artifact_type: ScreenshotArtifactArtifactType,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: ScreenshotArtifactData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScreenshotArtifact {
        pub fn builder() -> builder::ScreenshotArtifact {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ScreenshotArtifactArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "SCREENSHOT"))]
        Screenshot,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ScreenshotArtifactArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["SCREENSHOT"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Screenshot => "SCREENSHOT",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ScreenshotArtifactArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "SCREENSHOT" => Self::Screenshot,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ScreenshotArtifactArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "SCREENSHOT" => Self::Screenshot,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for ScreenshotArtifactArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ScreenshotArtifactArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ScreenshotArtifactArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ScreenshotArtifactArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ScreenshotArtifactArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ScreenshotArtifactData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScreenshotArtifactData {
        ///Unique identifier for the screenshot artifact
        pub artifact_uid: ::std::string::String,
        ///Optional description of the screenshot
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///MIME type of the screenshot image
        pub mime_type: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScreenshotArtifactData {
        pub fn builder() -> builder::ScreenshotArtifactData {
            Default::default()
        }
    }
    ///Response for retrieving a screenshot artifact.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScreenshotArtifactResponse {
        ///Type of the artifact
        pub artifact_type: ScreenshotArtifactResponseArtifactType,
        ///Unique identifier (UUID) for the artifact
        pub artifact_uid: ::std::string::String,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: ScreenshotArtifactResponseData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScreenshotArtifactResponse {
        pub fn builder() -> builder::ScreenshotArtifactResponse {
            Default::default()
        }
    }
    ///Type of the artifact
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ScreenshotArtifactResponseArtifactType {
        #[cfg_attr(feature = "schemars", serde(rename = "SCREENSHOT"))]
        Screenshot,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ScreenshotArtifactResponseArtifactType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["SCREENSHOT"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Screenshot => "SCREENSHOT",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ScreenshotArtifactResponseArtifactType {
        fn from(value: &str) -> Self {
            match value {
                "SCREENSHOT" => Self::Screenshot,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for ScreenshotArtifactResponseArtifactType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "SCREENSHOT" => Self::Screenshot,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for ScreenshotArtifactResponseArtifactType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ScreenshotArtifactResponseArtifactType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ScreenshotArtifactResponseArtifactType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ScreenshotArtifactResponseArtifactType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ScreenshotArtifactResponseArtifactType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Response data for a screenshot artifact, including a signed download URL.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ScreenshotArtifactResponseData {
        ///MIME type of the screenshot (e.g., image/png)
        pub content_type: ::std::string::String,
        ///Optional description of the screenshot
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Time-limited signed URL to download the screenshot
        pub download_url: ::std::string::String,
        ///Timestamp when the download URL expires (RFC3339)
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ScreenshotArtifactResponseData {
        pub fn builder() -> builder::ScreenshotArtifactResponseData {
            Default::default()
        }
    }
    /**Reference to a managed secret by name.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SecretRef {
        ///Name of the managed secret.
        pub name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SecretRef {
        pub fn builder() -> builder::SecretRef {
            Default::default()
        }
    }
    /**Configures sharing behavior for the run's shared session; when set,
the worker emits `--share public:<level>` and the bundled Warp
client applies an anyone-with-link ACL to the shared session once it
has bootstrapped. The same ACL is mirrored onto the backing
conversation so link viewers can read it without being on the run's
team, subject to the workspace-level anyone-with-link sharing
setting.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct SessionSharingConfig {
        /**Grants anyone-with-link access at the specified level to the
run's shared session and backing conversation; link viewers
must still be authenticated Warp users (anonymous reads are not
supported in this release).
- VIEWER: link viewers can read the session and conversation.
- EDITOR: link viewers can also interact with the session.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub public_access: ::std::option::Option<SessionSharingConfigPublicAccess>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SessionSharingConfig {
        pub fn builder() -> builder::SessionSharingConfig {
            Default::default()
        }
    }
    /**Grants anyone-with-link access at the specified level to the
run's shared session and backing conversation; link viewers
must still be authenticated Warp users (anonymous reads are not
supported in this release).
- VIEWER: link viewers can read the session and conversation.
- EDITOR: link viewers can also interact with the session.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum SessionSharingConfigPublicAccess {
        #[cfg_attr(feature = "schemars", serde(rename = "VIEWER"))]
        Viewer,
        #[cfg_attr(feature = "schemars", serde(rename = "EDITOR"))]
        Editor,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl SessionSharingConfigPublicAccess {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["VIEWER", "EDITOR"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Viewer => "VIEWER",
                Self::Editor => "EDITOR",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for SessionSharingConfigPublicAccess {
        fn from(value: &str) -> Self {
            match value {
                "VIEWER" => Self::Viewer,
                "EDITOR" => Self::Editor,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for SessionSharingConfigPublicAccess {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "VIEWER" => Self::Viewer,
                "EDITOR" => Self::Editor,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for SessionSharingConfigPublicAccess {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for SessionSharingConfigPublicAccess {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SessionSharingConfigPublicAccess {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SessionSharingConfigPublicAccess {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SessionSharingConfigPublicAccess {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`TextContentBlock`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct TextContentBlock {
        ///Underlying transcript message ID that produced this content block, when available
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///Plain text content
        pub text: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: TextContentBlockType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TextContentBlock {
        pub fn builder() -> builder::TextContentBlock {
            Default::default()
        }
    }
    ///`TextContentBlockType`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum TextContentBlockType {
        #[cfg_attr(feature = "schemars", serde(rename = "text"))]
        Text,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl TextContentBlockType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["text"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Text => "text",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for TextContentBlockType {
        fn from(value: &str) -> Self {
            match value {
                "text" => Self::Text,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for TextContentBlockType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "text" => Self::Text,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for TextContentBlockType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for TextContentBlockType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for TextContentBlockType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for TextContentBlockType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TextContentBlockType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///A per-token-type token count.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct TokenCountBreakdown {
        ///Count of non-cached input tokens.
        pub input: i64,
        ///Count of cache-read input tokens.
        pub input_cache_read: i64,
        ///Count of cache-write input tokens.
        pub input_cache_write: i64,
        ///Count of output tokens.
        pub output: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TokenCountBreakdown {
        pub fn builder() -> builder::TokenCountBreakdown {
            Default::default()
        }
    }
    /**Partial update for an agent; each field is optional:
  * Omitted or `null`: leave the field unchanged.
  * Empty value: clear the field.
  * Non-empty: replace the field wholesale with the provided value.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UpdateAgentRequest {
        /**Replacement default harness; omit or pass `null` to leave
unchanged, or pass an empty string to clear. Deprecated - use
harness instead, kept only for backward compatibility: when both
are sent, harness is authoritative and a conflicting type is
rejected with invalid_request.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_harness: ::std::option::Option<::std::string::String>,
        /**Replacement base model. Omit or pass `null` to leave unchanged,
or pass an empty string to clear.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_model: ::std::option::Option<::std::string::String>,
        /**Replacement default credential strategy. Omit or pass `null` to
leave unchanged, or pass an empty string to clear the agent's
default. An agent belonging to a file-managed factory cannot clear
it: its agent file expresses the strategy by declaring it, and a
file that declares none keeps the strategy already projected, so a
clear is rejected with a 400.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_strategy: ::std::option::Option<AgentCredentialStrategy>,
        /**Replacement default runner UID. Omit or pass `null` to leave unchanged,
or pass an empty string to clear. A non-empty value must reference a
runner the editor can View.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_runner_uid: ::std::option::Option<::std::string::String>,
        /**Replacement description. Omit or pass `null` to leave unchanged, or use an empty value to clear.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        /**Replacement default cloud environment ID. Omit or pass `null` to leave unchanged,
or pass an empty string to clear.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_id: ::std::option::Option<::std::string::String>,
        /**Replacement default harness for runs executed by this agent. Omit
or pass `null` to leave unchanged, pass `{}` to clear the stored
default, or pass a populated object to replace it wholesale.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness: ::std::option::Option<Harness>,
        /**Replacement per-harness authentication secrets. Omit or pass `null`
to leave unchanged, or pass an empty object to clear all secrets.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness_auth_secrets: ::std::option::Option<HarnessAuthSecrets>,
        /**Replacement inference provider settings for this agent, which
take precedence over the workspace's admin-configured defaults;
omit or pass `null` to leave unchanged, or pass an empty object
`{}` to clear.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_providers: ::std::option::Option<InferenceProvidersConfig>,
        /**Replacement map of MCP server configurations by name. Omit to leave
unchanged, pass an empty object to clear, or pass a non-empty object
to replace. Run-level MCP config takes precedence over this agent-level
default.
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub mcp_servers: ::std::collections::HashMap<
            ::std::string::String,
            McpServerConfig,
        >,
        ///Replacement memory settings for this agent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory: ::std::option::Option<AgentMemoryUpdateConfig>,
        ///The new name for the agent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**Whether runs created with this agent's API key may use the on_behalf_of
field to attribute runs to another team member. Omit or pass `null` to
leave unchanged. Only team admins may set this field.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on_behalf_of_enabled: ::std::option::Option<bool>,
        /**Replacement prompt. Omit or pass `null` to leave unchanged, or use an empty value to clear.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        /**Replacement list of secrets. Omit to leave unchanged, pass an
empty array to clear, or pass a non-empty array to replace.
Duplicate names are rejected.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secrets: ::std::option::Option<::std::vec::Vec<SecretRef>>,
        /**Replacement list of skill specs. Omit to leave unchanged, pass an empty array
to clear, or pass a non-empty array to replace.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub skills: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        /**Replacement default worker host. Omit or pass `null` to leave
unchanged, or pass an empty string to clear (the workspace default
then applies). A non-empty value is trimmed and replaces the
stored default; use "warp" to force Warp-hosted execution over a
self-hosted workspace default.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub worker_host: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateAgentRequest {
        pub fn builder() -> builder::UpdateAgentRequest {
            Default::default()
        }
    }
    /**Request body for updating a scheduled agent.
Either prompt or agent_config.skill_spec or agent_config.skills is required.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UpdateScheduledAgentRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_config: ::std::option::Option<AmbientAgentConfig>,
        /**Agent UID to use as the execution principal for this schedule.
Only valid for team-owned schedules.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_uid: ::std::option::Option<::uuid::Uuid>,
        ///Cron expression defining when the agent runs
        pub cron_schedule: ::std::string::String,
        ///Whether the schedule should be active
        pub enabled: bool,
        /**Custom metadata stamped onto every run spawned by this schedule.
Updates follow full-replacement PUT semantics: omitting this field
clears the schedule's metadata. Changes apply only to future runs.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<AgentRunMode>,
        ///Human-readable name for the schedule
        pub name: ::std::string::String,
        /**The prompt/instruction for the agent to execute.
Required unless agent_config.skill_spec or agent_config.skills is provided.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prompt: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateScheduledAgentRequest {
        pub fn builder() -> builder::UpdateScheduledAgentRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ActionContentBlock {
            category: ::std::result::Result<
                super::ActionCategory,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            input: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::ActionContentBlockType,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionContentBlock {
            fn default() -> Self {
                Self {
                    category: Err("no value supplied for category".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    input: Err("no value supplied for input".to_string()),
                    message_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ActionContentBlock {
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionCategory>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.message_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.message_id)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionContentBlockType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionContentBlock> for super::ActionContentBlock {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionContentBlock,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category: value.category?,
                    id: value.id?,
                    input: value.input?,
                    message_id: value.message_id?,
                    name: value.name?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ActionContentBlock> for ActionContentBlock {
            fn from(value: super::ActionContentBlock) -> Self {
                Self {
                    category: Ok(value.category),
                    id: Ok(value.id),
                    input: Ok(value.input),
                    message_id: Ok(value.message_id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionResultContentBlock {
            action_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                super::ActionCategory,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            output: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::ActionState, ::std::string::String>,
            type_: ::std::result::Result<
                super::ActionResultContentBlockType,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionResultContentBlock {
            fn default() -> Self {
                Self {
                    action_id: Err("no value supplied for action_id".to_string()),
                    category: Err("no value supplied for category".to_string()),
                    message_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    output: Err("no value supplied for output".to_string()),
                    state: Err("no value supplied for state".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ActionResultContentBlock {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionCategory>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.message_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.message_id)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionResultContentBlockType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionResultContentBlock>
        for super::ActionResultContentBlock {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionResultContentBlock,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    category: value.category?,
                    message_id: value.message_id?,
                    name: value.name?,
                    output: value.output?,
                    state: value.state?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ActionResultContentBlock>
        for ActionResultContentBlock {
            fn from(value: super::ActionResultContentBlock) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    category: Ok(value.category),
                    message_id: Ok(value.message_id),
                    name: Ok(value.name),
                    output: Ok(value.output),
                    state: Ok(value.state),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentAutoMemoryCreateConfig {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentAutoMemoryCreateConfig {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentAutoMemoryCreateConfig {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.enabled = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.enabled)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentAutoMemoryCreateConfig>
        for super::AgentAutoMemoryCreateConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentAutoMemoryCreateConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentAutoMemoryCreateConfig>
        for AgentAutoMemoryCreateConfig {
            fn from(value: super::AgentAutoMemoryCreateConfig) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentAutoMemoryResponse {
            enabled: ::std::result::Result<bool, ::std::string::String>,
            store: ::std::result::Result<
                ::std::option::Option<super::MemoryStoreAttachmentResponse>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentAutoMemoryResponse {
            fn default() -> Self {
                Self {
                    enabled: Err("no value supplied for enabled".to_string()),
                    store: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentAutoMemoryResponse {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn store<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::MemoryStoreAttachmentResponse>,
            {
                self.store = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.store)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentAutoMemoryResponse>
        for super::AgentAutoMemoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentAutoMemoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    store: value.store?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentAutoMemoryResponse>
        for AgentAutoMemoryResponse {
            fn from(value: super::AgentAutoMemoryResponse) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    store: Ok(value.store),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentListEnvironment {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentListEnvironment {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    uid: Err("no value supplied for uid".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentListEnvironment {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentListEnvironment>
        for super::AgentListEnvironment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentListEnvironment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    uid: value.uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentListEnvironment> for AgentListEnvironment {
            fn from(value: super::AgentListEnvironment) -> Self {
                Self {
                    name: Ok(value.name),
                    uid: Ok(value.uid),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentListItem {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            variants: ::std::result::Result<
                ::std::vec::Vec<super::AgentListVariant>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentListItem {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    variants: Err("no value supplied for variants".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentListItem {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn variants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentListVariant>>,
                T::Error: ::std::fmt::Display,
            {
                self.variants = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for variants: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentListItem> for super::AgentListItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentListItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    variants: value.variants?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentListItem> for AgentListItem {
            fn from(value: super::AgentListItem) -> Self {
                Self {
                    name: Ok(value.name),
                    variants: Ok(value.variants),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentListSource {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
            skill_path: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            worker_host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentListSource {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    skill_path: Err("no value supplied for skill_path".to_string()),
                    worker_host: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentListSource {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn skill_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.skill_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for skill_path: {e}")
                    });
                self
            }
            pub fn worker_host<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.worker_host = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.worker_host)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentListSource> for super::AgentListSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentListSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    owner: value.owner?,
                    skill_path: value.skill_path?,
                    worker_host: value.worker_host?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentListSource> for AgentListSource {
            fn from(value: super::AgentListSource) -> Self {
                Self {
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                    skill_path: Ok(value.skill_path),
                    worker_host: Ok(value.worker_host),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentListVariant {
            base_prompt: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            environments: ::std::result::Result<
                ::std::vec::Vec<super::AgentListEnvironment>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_run_timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            source: ::std::result::Result<super::AgentListSource, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentListVariant {
            fn default() -> Self {
                Self {
                    base_prompt: Err("no value supplied for base_prompt".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    environments: Err("no value supplied for environments".to_string()),
                    error: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_run_timestamp: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentListVariant {
            pub fn base_prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.base_prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for base_prompt: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn environments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentListEnvironment>>,
                T::Error: ::std::fmt::Display,
            {
                self.environments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environments: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.error = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.error)
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_run_timestamp<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.last_run_timestamp = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.last_run_timestamp)
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentListSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentListVariant> for super::AgentListVariant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentListVariant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_prompt: value.base_prompt?,
                    description: value.description?,
                    environments: value.environments?,
                    error: value.error?,
                    id: value.id?,
                    last_run_timestamp: value.last_run_timestamp?,
                    source: value.source?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentListVariant> for AgentListVariant {
            fn from(value: super::AgentListVariant) -> Self {
                Self {
                    base_prompt: Ok(value.base_prompt),
                    description: Ok(value.description),
                    environments: Ok(value.environments),
                    error: Ok(value.error),
                    id: Ok(value.id),
                    last_run_timestamp: Ok(value.last_run_timestamp),
                    source: Ok(value.source),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentMemoryCreateConfig {
            attached_stores: ::std::result::Result<
                ::std::vec::Vec<super::MemoryStoreRef>,
                ::std::string::String,
            >,
            auto_memory: ::std::result::Result<
                ::std::option::Option<super::AgentAutoMemoryCreateConfig>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentMemoryCreateConfig {
            fn default() -> Self {
                Self {
                    attached_stores: Ok(Default::default()),
                    auto_memory: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentMemoryCreateConfig {
            pub fn attached_stores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MemoryStoreRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.attached_stores = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attached_stores: {e}"
                        )
                    });
                self
            }
            pub fn auto_memory<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentAutoMemoryCreateConfig>,
            {
                self.auto_memory = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.auto_memory)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentMemoryCreateConfig>
        for super::AgentMemoryCreateConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentMemoryCreateConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attached_stores: value.attached_stores?,
                    auto_memory: value.auto_memory?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentMemoryCreateConfig>
        for AgentMemoryCreateConfig {
            fn from(value: super::AgentMemoryCreateConfig) -> Self {
                Self {
                    attached_stores: Ok(value.attached_stores),
                    auto_memory: Ok(value.auto_memory),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentMemoryResponse {
            attached_stores: ::std::result::Result<
                ::std::vec::Vec<super::MemoryStoreRef>,
                ::std::string::String,
            >,
            auto_memory: ::std::result::Result<
                super::AgentAutoMemoryResponse,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentMemoryResponse {
            fn default() -> Self {
                Self {
                    attached_stores: Err(
                        "no value supplied for attached_stores".to_string(),
                    ),
                    auto_memory: Err("no value supplied for auto_memory".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentMemoryResponse {
            pub fn attached_stores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MemoryStoreRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.attached_stores = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attached_stores: {e}"
                        )
                    });
                self
            }
            pub fn auto_memory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentAutoMemoryResponse>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_memory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_memory: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentMemoryResponse>
        for super::AgentMemoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentMemoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attached_stores: value.attached_stores?,
                    auto_memory: value.auto_memory?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentMemoryResponse> for AgentMemoryResponse {
            fn from(value: super::AgentMemoryResponse) -> Self {
                Self {
                    attached_stores: Ok(value.attached_stores),
                    auto_memory: Ok(value.auto_memory),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentMemoryUpdateConfig {
            attached_stores: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::MemoryStoreRef>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentMemoryUpdateConfig {
            fn default() -> Self {
                Self {
                    attached_stores: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentMemoryUpdateConfig {
            pub fn attached_stores<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::vec::Vec<super::MemoryStoreRef>>,
            {
                self.attached_stores = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.attached_stores)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentMemoryUpdateConfig>
        for super::AgentMemoryUpdateConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentMemoryUpdateConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attached_stores: value.attached_stores?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentMemoryUpdateConfig>
        for AgentMemoryUpdateConfig {
            fn from(value: super::AgentMemoryUpdateConfig) -> Self {
                Self {
                    attached_stores: Ok(value.attached_stores),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentResponse {
            available: ::std::result::Result<bool, ::std::string::String>,
            base_harness: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            base_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            credential_strategy: ::std::result::Result<
                ::std::option::Option<super::AgentCredentialStrategy>,
                ::std::string::String,
            >,
            default_runner_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            harness: ::std::result::Result<
                ::std::option::Option<super::Harness>,
                ::std::string::String,
            >,
            harness_auth_secrets: ::std::result::Result<
                ::std::option::Option<super::HarnessAuthSecrets>,
                ::std::string::String,
            >,
            inference_providers: ::std::result::Result<
                ::std::option::Option<super::InferenceProvidersConfig>,
                ::std::string::String,
            >,
            mcp_servers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::McpServerConfig,
                >,
                ::std::string::String,
            >,
            memory: ::std::result::Result<
                super::AgentMemoryResponse,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            on_behalf_of_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secrets: ::std::result::Result<
                ::std::vec::Vec<super::SecretRef>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            worker_host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentResponse {
            fn default() -> Self {
                Self {
                    available: Err("no value supplied for available".to_string()),
                    base_harness: Ok(Default::default()),
                    base_model: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    credential_strategy: Ok(Default::default()),
                    default_runner_uid: Err(
                        "no value supplied for default_runner_uid".to_string(),
                    ),
                    description: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    harness: Ok(Default::default()),
                    harness_auth_secrets: Ok(Default::default()),
                    inference_providers: Ok(Default::default()),
                    mcp_servers: Ok(Default::default()),
                    memory: Err("no value supplied for memory".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    on_behalf_of_enabled: Ok(Default::default()),
                    prompt: Ok(Default::default()),
                    secrets: Err("no value supplied for secrets".to_string()),
                    skills: Err("no value supplied for skills".to_string()),
                    uid: Err("no value supplied for uid".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    worker_host: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentResponse {
            pub fn available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.available = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for available: {e}")
                    });
                self
            }
            pub fn base_harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_harness)
                        )
                    });
                self
            }
            pub fn base_model<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_model = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_model)
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn credential_strategy<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentCredentialStrategy>,
            {
                self.credential_strategy = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.credential_strategy)
                        )
                    });
                self
            }
            pub fn default_runner_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.default_runner_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_runner_uid: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.environment_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.environment_id)
                        )
                    });
                self
            }
            pub fn harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Harness>,
            {
                self.harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness)
                        )
                    });
                self
            }
            pub fn harness_auth_secrets<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::HarnessAuthSecrets>,
            {
                self.harness_auth_secrets = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness_auth_secrets)
                        )
                    });
                self
            }
            pub fn inference_providers<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::InferenceProvidersConfig>,
            {
                self.inference_providers = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_providers)
                        )
                    });
                self
            }
            pub fn mcp_servers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::McpServerConfig,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mcp_servers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mcp_servers: {e}")
                    });
                self
            }
            pub fn memory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentMemoryResponse>,
                T::Error: ::std::fmt::Display,
            {
                self.memory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn on_behalf_of_enabled<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.on_behalf_of_enabled = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.on_behalf_of_enabled)
                        )
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.prompt)
                        )
                    });
                self
            }
            pub fn secrets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SecretRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.secrets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secrets: {e}")
                    });
                self
            }
            pub fn skills<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.skills = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for skills: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn worker_host<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.worker_host = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.worker_host)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentResponse> for super::AgentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available: value.available?,
                    base_harness: value.base_harness?,
                    base_model: value.base_model?,
                    created_at: value.created_at?,
                    credential_strategy: value.credential_strategy?,
                    default_runner_uid: value.default_runner_uid?,
                    description: value.description?,
                    environment_id: value.environment_id?,
                    harness: value.harness?,
                    harness_auth_secrets: value.harness_auth_secrets?,
                    inference_providers: value.inference_providers?,
                    mcp_servers: value.mcp_servers?,
                    memory: value.memory?,
                    name: value.name?,
                    on_behalf_of_enabled: value.on_behalf_of_enabled?,
                    prompt: value.prompt?,
                    secrets: value.secrets?,
                    skills: value.skills?,
                    uid: value.uid?,
                    updated_at: value.updated_at?,
                    worker_host: value.worker_host?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentResponse> for AgentResponse {
            fn from(value: super::AgentResponse) -> Self {
                Self {
                    available: Ok(value.available),
                    base_harness: Ok(value.base_harness),
                    base_model: Ok(value.base_model),
                    created_at: Ok(value.created_at),
                    credential_strategy: Ok(value.credential_strategy),
                    default_runner_uid: Ok(value.default_runner_uid),
                    description: Ok(value.description),
                    environment_id: Ok(value.environment_id),
                    harness: Ok(value.harness),
                    harness_auth_secrets: Ok(value.harness_auth_secrets),
                    inference_providers: Ok(value.inference_providers),
                    mcp_servers: Ok(value.mcp_servers),
                    memory: Ok(value.memory),
                    name: Ok(value.name),
                    on_behalf_of_enabled: Ok(value.on_behalf_of_enabled),
                    prompt: Ok(value.prompt),
                    secrets: Ok(value.secrets),
                    skills: Ok(value.skills),
                    uid: Ok(value.uid),
                    updated_at: Ok(value.updated_at),
                    worker_host: Ok(value.worker_host),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentSkill {
            bundled_skill_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentSkill {
            fn default() -> Self {
                Self {
                    bundled_skill_id: Ok(Default::default()),
                    description: Ok(Default::default()),
                    full_path: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AgentSkill {
            pub fn bundled_skill_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.bundled_skill_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.bundled_skill_id)
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn full_path<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.full_path = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.full_path)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.name)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentSkill> for super::AgentSkill {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentSkill,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bundled_skill_id: value.bundled_skill_id?,
                    description: value.description?,
                    full_path: value.full_path?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentSkill> for AgentSkill {
            fn from(value: super::AgentSkill) -> Self {
                Self {
                    bundled_skill_id: Ok(value.bundled_skill_id),
                    description: Ok(value.description),
                    full_path: Ok(value.full_path),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AiRunTimelineEvent {
            event_type: ::std::result::Result<
                super::AiRunTimelineEventType,
                ::std::string::String,
            >,
            event_uuid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            execution_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AiRunTimelineEvent {
            fn default() -> Self {
                Self {
                    event_type: Err("no value supplied for event_type".to_string()),
                    event_uuid: Err("no value supplied for event_uuid".to_string()),
                    execution_id: Ok(Default::default()),
                    occurred_at: Err("no value supplied for occurred_at".to_string()),
                    payload: Ok(Default::default()),
                    run_id: Err("no value supplied for run_id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AiRunTimelineEvent {
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AiRunTimelineEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn event_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_uuid: {e}")
                    });
                self
            }
            pub fn execution_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<i64>,
            {
                self.execution_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.execution_id)
                        )
                    });
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for run_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AiRunTimelineEvent> for super::AiRunTimelineEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AiRunTimelineEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_type: value.event_type?,
                    event_uuid: value.event_uuid?,
                    execution_id: value.execution_id?,
                    occurred_at: value.occurred_at?,
                    payload: value.payload?,
                    run_id: value.run_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AiRunTimelineEvent> for AiRunTimelineEvent {
            fn from(value: super::AiRunTimelineEvent) -> Self {
                Self {
                    event_type: Ok(value.event_type),
                    event_uuid: Ok(value.event_uuid),
                    execution_id: Ok(value.execution_id),
                    occurred_at: Ok(value.occurred_at),
                    payload: Ok(value.payload),
                    run_id: Ok(value.run_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AmbientAgentConfig {
            base_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            computer_use_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            computer_use_model_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credential_strategy: ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfigCredentialStrategy>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            harness: ::std::result::Result<
                ::std::option::Option<super::Harness>,
                ::std::string::String,
            >,
            harness_auth_secrets: ::std::result::Result<
                ::std::option::Option<super::HarnessAuthSecrets>,
                ::std::string::String,
            >,
            idle_timeout_minutes: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            inference_providers: ::std::result::Result<
                ::std::option::Option<super::InferenceProvidersConfig>,
                ::std::string::String,
            >,
            mcp_servers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::McpServerConfig,
                >,
                ::std::string::String,
            >,
            memory_stores: ::std::result::Result<
                ::std::vec::Vec<super::MemoryStoreRef>,
                ::std::string::String,
            >,
            model_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            runner_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            session_sharing: ::std::result::Result<
                ::std::option::Option<super::SessionSharingConfig>,
                ::std::string::String,
            >,
            skill_spec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            worker_host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AmbientAgentConfig {
            fn default() -> Self {
                Self {
                    base_prompt: Ok(Default::default()),
                    computer_use_enabled: Ok(Default::default()),
                    computer_use_model_id: Ok(Default::default()),
                    credential_strategy: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    harness: Ok(Default::default()),
                    harness_auth_secrets: Ok(Default::default()),
                    idle_timeout_minutes: Ok(Default::default()),
                    inference_providers: Ok(Default::default()),
                    mcp_servers: Ok(Default::default()),
                    memory_stores: Ok(Default::default()),
                    model_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    runner_id: Ok(Default::default()),
                    session_sharing: Ok(Default::default()),
                    skill_spec: Ok(Default::default()),
                    skills: Ok(Default::default()),
                    worker_host: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AmbientAgentConfig {
            pub fn base_prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_prompt)
                        )
                    });
                self
            }
            pub fn computer_use_enabled<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.computer_use_enabled = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.computer_use_enabled)
                        )
                    });
                self
            }
            pub fn computer_use_model_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.computer_use_model_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.computer_use_model_id)
                        )
                    });
                self
            }
            pub fn credential_strategy<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AmbientAgentConfigCredentialStrategy>,
            {
                self.credential_strategy = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.credential_strategy)
                        )
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.environment_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.environment_id)
                        )
                    });
                self
            }
            pub fn harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Harness>,
            {
                self.harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness)
                        )
                    });
                self
            }
            pub fn harness_auth_secrets<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::HarnessAuthSecrets>,
            {
                self.harness_auth_secrets = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness_auth_secrets)
                        )
                    });
                self
            }
            pub fn idle_timeout_minutes<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::num::NonZeroU32>,
            {
                self.idle_timeout_minutes = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.idle_timeout_minutes)
                        )
                    });
                self
            }
            pub fn inference_providers<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::InferenceProvidersConfig>,
            {
                self.inference_providers = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_providers)
                        )
                    });
                self
            }
            pub fn mcp_servers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::McpServerConfig,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mcp_servers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mcp_servers: {e}")
                    });
                self
            }
            pub fn memory_stores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MemoryStoreRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_stores = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_stores: {e}")
                    });
                self
            }
            pub fn model_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.model_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.model_id)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.name)
                        )
                    });
                self
            }
            pub fn runner_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.runner_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.runner_id)
                        )
                    });
                self
            }
            pub fn session_sharing<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::SessionSharingConfig>,
            {
                self.session_sharing = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.session_sharing)
                        )
                    });
                self
            }
            pub fn skill_spec<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.skill_spec = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.skill_spec)
                        )
                    });
                self
            }
            pub fn skills<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.skills = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for skills: {e}")
                    });
                self
            }
            pub fn worker_host<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.worker_host = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.worker_host)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AmbientAgentConfig> for super::AmbientAgentConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AmbientAgentConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_prompt: value.base_prompt?,
                    computer_use_enabled: value.computer_use_enabled?,
                    computer_use_model_id: value.computer_use_model_id?,
                    credential_strategy: value.credential_strategy?,
                    environment_id: value.environment_id?,
                    harness: value.harness?,
                    harness_auth_secrets: value.harness_auth_secrets?,
                    idle_timeout_minutes: value.idle_timeout_minutes?,
                    inference_providers: value.inference_providers?,
                    mcp_servers: value.mcp_servers?,
                    memory_stores: value.memory_stores?,
                    model_id: value.model_id?,
                    name: value.name?,
                    runner_id: value.runner_id?,
                    session_sharing: value.session_sharing?,
                    skill_spec: value.skill_spec?,
                    skills: value.skills?,
                    worker_host: value.worker_host?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AmbientAgentConfig> for AmbientAgentConfig {
            fn from(value: super::AmbientAgentConfig) -> Self {
                Self {
                    base_prompt: Ok(value.base_prompt),
                    computer_use_enabled: Ok(value.computer_use_enabled),
                    computer_use_model_id: Ok(value.computer_use_model_id),
                    credential_strategy: Ok(value.credential_strategy),
                    environment_id: Ok(value.environment_id),
                    harness: Ok(value.harness),
                    harness_auth_secrets: Ok(value.harness_auth_secrets),
                    idle_timeout_minutes: Ok(value.idle_timeout_minutes),
                    inference_providers: Ok(value.inference_providers),
                    mcp_servers: Ok(value.mcp_servers),
                    memory_stores: Ok(value.memory_stores),
                    model_id: Ok(value.model_id),
                    name: Ok(value.name),
                    runner_id: Ok(value.runner_id),
                    session_sharing: Ok(value.session_sharing),
                    skill_spec: Ok(value.skill_spec),
                    skills: Ok(value.skills),
                    worker_host: Ok(value.worker_host),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttachmentInput {
            data: ::std::result::Result<::std::string::String, ::std::string::String>,
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttachmentInput {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    mime_type: Err("no value supplied for mime_type".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AttachmentInput {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttachmentInput> for super::AttachmentInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttachmentInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    file_name: value.file_name?,
                    mime_type: value.mime_type?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AttachmentInput> for AttachmentInput {
            fn from(value: super::AttachmentInput) -> Self {
                Self {
                    data: Ok(value.data),
                    file_name: Ok(value.file_name),
                    mime_type: Ok(value.mime_type),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AwsInferenceProviderConfig {
            disabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AwsInferenceProviderConfig {
            fn default() -> Self {
                Self {
                    disabled: Ok(Default::default()),
                    region: Ok(Default::default()),
                    role_arn: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AwsInferenceProviderConfig {
            pub fn disabled<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.disabled = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.disabled)
                        )
                    });
                self
            }
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.region = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.region)
                        )
                    });
                self
            }
            pub fn role_arn<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.role_arn = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.role_arn)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AwsInferenceProviderConfig>
        for super::AwsInferenceProviderConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AwsInferenceProviderConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disabled: value.disabled?,
                    region: value.region?,
                    role_arn: value.role_arn?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AwsInferenceProviderConfig>
        for AwsInferenceProviderConfig {
            fn from(value: super::AwsInferenceProviderConfig) -> Self {
                Self {
                    disabled: Ok(value.disabled),
                    region: Ok(value.region),
                    role_arn: Ok(value.role_arn),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AwsProviderConfig {
            role_arn: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AwsProviderConfig {
            fn default() -> Self {
                Self {
                    role_arn: Err("no value supplied for role_arn".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AwsProviderConfig {
            pub fn role_arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_arn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_arn: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AwsProviderConfig> for super::AwsProviderConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AwsProviderConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    role_arn: value.role_arn?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AwsProviderConfig> for AwsProviderConfig {
            fn from(value: super::AwsProviderConfig) -> Self {
                Self {
                    role_arn: Ok(value.role_arn),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChargedUsageDetail {
            byok_inference_usage: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::InferenceUsageDetail,
                >,
                ::std::string::String,
            >,
            custom_endpoint_inference_usage: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::InferenceUsageDetail,
                >,
                ::std::string::String,
            >,
            direct_api_inference_usage: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::InferenceUsageDetail,
                >,
                ::std::string::String,
            >,
            platform_usage_usd: ::std::result::Result<f64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChargedUsageDetail {
            fn default() -> Self {
                Self {
                    byok_inference_usage: Ok(Default::default()),
                    custom_endpoint_inference_usage: Ok(Default::default()),
                    direct_api_inference_usage: Ok(Default::default()),
                    platform_usage_usd: Err(
                        "no value supplied for platform_usage_usd".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ChargedUsageDetail {
            pub fn byok_inference_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::InferenceUsageDetail,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.byok_inference_usage = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for byok_inference_usage: {e}"
                        )
                    });
                self
            }
            pub fn custom_endpoint_inference_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::InferenceUsageDetail,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_endpoint_inference_usage = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_endpoint_inference_usage: {e}"
                        )
                    });
                self
            }
            pub fn direct_api_inference_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::InferenceUsageDetail,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.direct_api_inference_usage = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for direct_api_inference_usage: {e}"
                        )
                    });
                self
            }
            pub fn platform_usage_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.platform_usage_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for platform_usage_usd: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChargedUsageDetail> for super::ChargedUsageDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChargedUsageDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    byok_inference_usage: value.byok_inference_usage?,
                    custom_endpoint_inference_usage: value
                        .custom_endpoint_inference_usage?,
                    direct_api_inference_usage: value.direct_api_inference_usage?,
                    platform_usage_usd: value.platform_usage_usd?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ChargedUsageDetail> for ChargedUsageDetail {
            fn from(value: super::ChargedUsageDetail) -> Self {
                Self {
                    byok_inference_usage: Ok(value.byok_inference_usage),
                    custom_endpoint_inference_usage: Ok(
                        value.custom_endpoint_inference_usage,
                    ),
                    direct_api_inference_usage: Ok(value.direct_api_inference_usage),
                    platform_usage_usd: Ok(value.platform_usage_usd),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CloudEnvironment {
            config: ::std::result::Result<
                super::CloudEnvironmentConfig,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            >,
            last_editor: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            >,
            last_task_created: ::std::result::Result<
                ::std::option::Option<super::EnvironmentLastTask>,
                ::std::string::String,
            >,
            last_task_run_timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_updated: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::Scope>,
                ::std::string::String,
            >,
            setup_failed: ::std::result::Result<bool, ::std::string::String>,
            uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CloudEnvironment {
            fn default() -> Self {
                Self {
                    config: Err("no value supplied for config".to_string()),
                    creator: Ok(Default::default()),
                    last_editor: Ok(Default::default()),
                    last_task_created: Ok(Default::default()),
                    last_task_run_timestamp: Ok(Default::default()),
                    last_updated: Err("no value supplied for last_updated".to_string()),
                    scope: Ok(Default::default()),
                    setup_failed: Err("no value supplied for setup_failed".to_string()),
                    uid: Err("no value supplied for uid".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl CloudEnvironment {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CloudEnvironmentConfig>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn creator<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfo>,
            {
                self.creator = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.creator)
                        )
                    });
                self
            }
            pub fn last_editor<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfo>,
            {
                self.last_editor = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.last_editor)
                        )
                    });
                self
            }
            pub fn last_task_created<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::EnvironmentLastTask>,
            {
                self.last_task_created = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.last_task_created)
                        )
                    });
                self
            }
            pub fn last_task_run_timestamp<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.last_task_run_timestamp = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.last_task_run_timestamp)
                        )
                    });
                self
            }
            pub fn last_updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_updated: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Scope>,
            {
                self.scope = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.scope)
                        )
                    });
                self
            }
            pub fn setup_failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.setup_failed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for setup_failed: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CloudEnvironment> for super::CloudEnvironment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CloudEnvironment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    creator: value.creator?,
                    last_editor: value.last_editor?,
                    last_task_created: value.last_task_created?,
                    last_task_run_timestamp: value.last_task_run_timestamp?,
                    last_updated: value.last_updated?,
                    scope: value.scope?,
                    setup_failed: value.setup_failed?,
                    uid: value.uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CloudEnvironment> for CloudEnvironment {
            fn from(value: super::CloudEnvironment) -> Self {
                Self {
                    config: Ok(value.config),
                    creator: Ok(value.creator),
                    last_editor: Ok(value.last_editor),
                    last_task_created: Ok(value.last_task_created),
                    last_task_run_timestamp: Ok(value.last_task_run_timestamp),
                    last_updated: Ok(value.last_updated),
                    scope: Ok(value.scope),
                    setup_failed: Ok(value.setup_failed),
                    uid: Ok(value.uid),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CloudEnvironmentConfig {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            docker_image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failure_session_retention_minutes: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            github_repos: ::std::result::Result<
                ::std::vec::Vec<super::GitHubRepo>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            providers: ::std::result::Result<
                ::std::option::Option<super::ProvidersConfig>,
                ::std::string::String,
            >,
            setup_commands: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CloudEnvironmentConfig {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    docker_image: Ok(Default::default()),
                    failure_session_retention_minutes: Ok(Default::default()),
                    github_repos: Ok(Default::default()),
                    name: Ok(Default::default()),
                    providers: Ok(Default::default()),
                    setup_commands: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl CloudEnvironmentConfig {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn docker_image<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.docker_image = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.docker_image)
                        )
                    });
                self
            }
            pub fn failure_session_retention_minutes<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::num::NonZeroU64>,
            {
                self.failure_session_retention_minutes = crate::IntoOptional::into_optional(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.failure_session_retention_minutes)
                        )
                    });
                self
            }
            pub fn github_repos<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GitHubRepo>>,
                T::Error: ::std::fmt::Display,
            {
                self.github_repos = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for github_repos: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.name)
                        )
                    });
                self
            }
            pub fn providers<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::ProvidersConfig>,
            {
                self.providers = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.providers)
                        )
                    });
                self
            }
            pub fn setup_commands<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.setup_commands = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for setup_commands: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CloudEnvironmentConfig>
        for super::CloudEnvironmentConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CloudEnvironmentConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    docker_image: value.docker_image?,
                    failure_session_retention_minutes: value
                        .failure_session_retention_minutes?,
                    github_repos: value.github_repos?,
                    name: value.name?,
                    providers: value.providers?,
                    setup_commands: value.setup_commands?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CloudEnvironmentConfig>
        for CloudEnvironmentConfig {
            fn from(value: super::CloudEnvironmentConfig) -> Self {
                Self {
                    description: Ok(value.description),
                    docker_image: Ok(value.docker_image),
                    failure_session_retention_minutes: Ok(
                        value.failure_session_retention_minutes,
                    ),
                    github_repos: Ok(value.github_repos),
                    name: Ok(value.name),
                    providers: Ok(value.providers),
                    setup_commands: Ok(value.setup_commands),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConnectedSelfHostedWorker {
            connected_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            connection_count: ::std::result::Result<i64, ::std::string::String>,
            last_seen_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            worker_host: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConnectedSelfHostedWorker {
            fn default() -> Self {
                Self {
                    connected_at: Err("no value supplied for connected_at".to_string()),
                    connection_count: Err(
                        "no value supplied for connection_count".to_string(),
                    ),
                    last_seen_at: Err("no value supplied for last_seen_at".to_string()),
                    worker_host: Err("no value supplied for worker_host".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ConnectedSelfHostedWorker {
            pub fn connected_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.connected_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for connected_at: {e}")
                    });
                self
            }
            pub fn connection_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.connection_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for connection_count: {e}"
                        )
                    });
                self
            }
            pub fn last_seen_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_seen_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_seen_at: {e}")
                    });
                self
            }
            pub fn worker_host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.worker_host = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for worker_host: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConnectedSelfHostedWorker>
        for super::ConnectedSelfHostedWorker {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConnectedSelfHostedWorker,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    connected_at: value.connected_at?,
                    connection_count: value.connection_count?,
                    last_seen_at: value.last_seen_at?,
                    worker_host: value.worker_host?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ConnectedSelfHostedWorker>
        for ConnectedSelfHostedWorker {
            fn from(value: super::ConnectedSelfHostedWorker) -> Self {
                Self {
                    connected_at: Ok(value.connected_at),
                    connection_count: Ok(value.connection_count),
                    last_seen_at: Ok(value.last_seen_at),
                    worker_host: Ok(value.worker_host),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationMessage {
            content: ::std::result::Result<
                ::std::vec::Vec<super::ConversationContentBlock>,
                ::std::string::String,
            >,
            message_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::ConversationMessageRole,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationMessage {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    message_ids: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                    timestamp: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ConversationMessage {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ConversationContentBlock>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn message_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_ids: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.request_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.request_id)
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationMessageRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.timestamp = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.timestamp)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationMessage>
        for super::ConversationMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    message_ids: value.message_ids?,
                    request_id: value.request_id?,
                    role: value.role?,
                    timestamp: value.timestamp?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationMessage> for ConversationMessage {
            fn from(value: super::ConversationMessage) -> Self {
                Self {
                    content: Ok(value.content),
                    message_ids: Ok(value.message_ids),
                    request_id: Ok(value.request_id),
                    role: Ok(value.role),
                    timestamp: Ok(value.timestamp),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationResponse {
            conversation_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            steps: ::std::result::Result<
                ::std::vec::Vec<super::ConversationStep>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationResponse {
            fn default() -> Self {
                Self {
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    steps: Err("no value supplied for steps".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ConversationResponse {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn steps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConversationStep>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for steps: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationResponse>
        for super::ConversationResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    steps: value.steps?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationResponse> for ConversationResponse {
            fn from(value: super::ConversationResponse) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    steps: Ok(value.steps),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationStep {
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            messages: ::std::result::Result<
                ::std::vec::Vec<super::ConversationMessage>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            steps: ::std::result::Result<
                ::std::vec::Vec<super::ConversationStep>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationStep {
            fn default() -> Self {
                Self {
                    completed_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    messages: Err("no value supplied for messages".to_string()),
                    started_at: Ok(Default::default()),
                    steps: Err("no value supplied for steps".to_string()),
                    summary: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ConversationStep {
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.completed_at = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.completed_at)
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConversationMessage>>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for messages: {e}")
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.started_at = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.started_at)
                        )
                    });
                self
            }
            pub fn steps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConversationStep>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for steps: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.summary = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.summary)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationStep> for super::ConversationStep {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationStep,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed_at: value.completed_at?,
                    description: value.description?,
                    id: value.id?,
                    messages: value.messages?,
                    started_at: value.started_at?,
                    steps: value.steps?,
                    summary: value.summary?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationStep> for ConversationStep {
            fn from(value: super::ConversationStep) -> Self {
                Self {
                    completed_at: Ok(value.completed_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    messages: Ok(value.messages),
                    started_at: Ok(value.started_at),
                    steps: Ok(value.steps),
                    summary: Ok(value.summary),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAgentRequest {
            base_harness: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            base_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credential_strategy: ::std::result::Result<
                ::std::option::Option<super::AgentCredentialStrategy>,
                ::std::string::String,
            >,
            default_runner_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            harness: ::std::result::Result<
                ::std::option::Option<super::Harness>,
                ::std::string::String,
            >,
            harness_auth_secrets: ::std::result::Result<
                ::std::option::Option<super::HarnessAuthSecrets>,
                ::std::string::String,
            >,
            inference_providers: ::std::result::Result<
                ::std::option::Option<super::InferenceProvidersConfig>,
                ::std::string::String,
            >,
            mcp_servers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::McpServerConfig,
                >,
                ::std::string::String,
            >,
            memory: ::std::result::Result<
                ::std::option::Option<super::AgentMemoryCreateConfig>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            on_behalf_of_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secrets: ::std::result::Result<
                ::std::vec::Vec<super::SecretRef>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            worker_host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAgentRequest {
            fn default() -> Self {
                Self {
                    base_harness: Ok(Default::default()),
                    base_model: Ok(Default::default()),
                    credential_strategy: Ok(Default::default()),
                    default_runner_uid: Ok(Default::default()),
                    description: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    harness: Ok(Default::default()),
                    harness_auth_secrets: Ok(Default::default()),
                    inference_providers: Ok(Default::default()),
                    mcp_servers: Ok(Default::default()),
                    memory: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    on_behalf_of_enabled: Ok(Default::default()),
                    prompt: Ok(Default::default()),
                    secrets: Ok(Default::default()),
                    skills: Ok(Default::default()),
                    worker_host: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl CreateAgentRequest {
            pub fn base_harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_harness)
                        )
                    });
                self
            }
            pub fn base_model<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_model = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_model)
                        )
                    });
                self
            }
            pub fn credential_strategy<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentCredentialStrategy>,
            {
                self.credential_strategy = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.credential_strategy)
                        )
                    });
                self
            }
            pub fn default_runner_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.default_runner_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.default_runner_uid)
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.environment_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.environment_id)
                        )
                    });
                self
            }
            pub fn harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Harness>,
            {
                self.harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness)
                        )
                    });
                self
            }
            pub fn harness_auth_secrets<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::HarnessAuthSecrets>,
            {
                self.harness_auth_secrets = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness_auth_secrets)
                        )
                    });
                self
            }
            pub fn inference_providers<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::InferenceProvidersConfig>,
            {
                self.inference_providers = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_providers)
                        )
                    });
                self
            }
            pub fn mcp_servers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::McpServerConfig,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mcp_servers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mcp_servers: {e}")
                    });
                self
            }
            pub fn memory<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentMemoryCreateConfig>,
            {
                self.memory = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.memory)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn on_behalf_of_enabled<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.on_behalf_of_enabled = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.on_behalf_of_enabled)
                        )
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.prompt)
                        )
                    });
                self
            }
            pub fn secrets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SecretRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.secrets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secrets: {e}")
                    });
                self
            }
            pub fn skills<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.skills = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for skills: {e}")
                    });
                self
            }
            pub fn worker_host<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.worker_host = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.worker_host)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAgentRequest> for super::CreateAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_harness: value.base_harness?,
                    base_model: value.base_model?,
                    credential_strategy: value.credential_strategy?,
                    default_runner_uid: value.default_runner_uid?,
                    description: value.description?,
                    environment_id: value.environment_id?,
                    harness: value.harness?,
                    harness_auth_secrets: value.harness_auth_secrets?,
                    inference_providers: value.inference_providers?,
                    mcp_servers: value.mcp_servers?,
                    memory: value.memory?,
                    name: value.name?,
                    on_behalf_of_enabled: value.on_behalf_of_enabled?,
                    prompt: value.prompt?,
                    secrets: value.secrets?,
                    skills: value.skills?,
                    worker_host: value.worker_host?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAgentRequest> for CreateAgentRequest {
            fn from(value: super::CreateAgentRequest) -> Self {
                Self {
                    base_harness: Ok(value.base_harness),
                    base_model: Ok(value.base_model),
                    credential_strategy: Ok(value.credential_strategy),
                    default_runner_uid: Ok(value.default_runner_uid),
                    description: Ok(value.description),
                    environment_id: Ok(value.environment_id),
                    harness: Ok(value.harness),
                    harness_auth_secrets: Ok(value.harness_auth_secrets),
                    inference_providers: Ok(value.inference_providers),
                    mcp_servers: Ok(value.mcp_servers),
                    memory: Ok(value.memory),
                    name: Ok(value.name),
                    on_behalf_of_enabled: Ok(value.on_behalf_of_enabled),
                    prompt: Ok(value.prompt),
                    secrets: Ok(value.secrets),
                    skills: Ok(value.skills),
                    worker_host: Ok(value.worker_host),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateScheduledAgentRequest {
            agent_config: ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfig>,
                ::std::string::String,
            >,
            agent_uid: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            cron_schedule: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::RunMetadata>,
                ::std::string::String,
            >,
            mode: ::std::result::Result<
                ::std::option::Option<super::AgentRunMode>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            team: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateScheduledAgentRequest {
            fn default() -> Self {
                Self {
                    agent_config: Ok(Default::default()),
                    agent_uid: Ok(Default::default()),
                    cron_schedule: Err(
                        "no value supplied for cron_schedule".to_string(),
                    ),
                    enabled: Ok(super::defaults::default_bool::<true>()),
                    metadata: Ok(Default::default()),
                    mode: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    prompt: Ok(Default::default()),
                    team: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl CreateScheduledAgentRequest {
            pub fn agent_config<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AmbientAgentConfig>,
            {
                self.agent_config = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_config)
                        )
                    });
                self
            }
            pub fn agent_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::uuid::Uuid>,
            {
                self.agent_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_uid)
                        )
                    });
                self
            }
            pub fn cron_schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cron_schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cron_schedule: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunMetadata>,
            {
                self.metadata = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.metadata)
                        )
                    });
                self
            }
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentRunMode>,
            {
                self.mode = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.mode)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.prompt)
                        )
                    });
                self
            }
            pub fn team<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.team = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.team)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateScheduledAgentRequest>
        for super::CreateScheduledAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateScheduledAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_config: value.agent_config?,
                    agent_uid: value.agent_uid?,
                    cron_schedule: value.cron_schedule?,
                    enabled: value.enabled?,
                    metadata: value.metadata?,
                    mode: value.mode?,
                    name: value.name?,
                    prompt: value.prompt?,
                    team: value.team?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CreateScheduledAgentRequest>
        for CreateScheduledAgentRequest {
            fn from(value: super::CreateScheduledAgentRequest) -> Self {
                Self {
                    agent_config: Ok(value.agent_config),
                    agent_uid: Ok(value.agent_uid),
                    cron_schedule: Ok(value.cron_schedule),
                    enabled: Ok(value.enabled),
                    metadata: Ok(value.metadata),
                    mode: Ok(value.mode),
                    name: Ok(value.name),
                    prompt: Ok(value.prompt),
                    team: Ok(value.team),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteScheduledAgentResponse {
            success: ::std::result::Result<bool, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteScheduledAgentResponse {
            fn default() -> Self {
                Self {
                    success: Err("no value supplied for success".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeleteScheduledAgentResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteScheduledAgentResponse>
        for super::DeleteScheduledAgentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteScheduledAgentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    success: value.success?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteScheduledAgentResponse>
        for DeleteScheduledAgentResponse {
            fn from(value: super::DeleteScheduledAgentResponse) -> Self {
                Self {
                    success: Ok(value.success),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentLastTask {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::RunState, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentLastTask {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    started_at: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentLastTask {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.started_at = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.started_at)
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RunState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EnvironmentLastTask>
        for super::EnvironmentLastTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentLastTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    started_at: value.started_at?,
                    state: value.state?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentLastTask> for EnvironmentLastTask {
            fn from(value: super::EnvironmentLastTask) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    started_at: Ok(value.started_at),
                    state: Ok(value.state),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            auth_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            instance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retryable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i64, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            trace_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    auth_url: Ok(Default::default()),
                    detail: Ok(Default::default()),
                    error: Err("no value supplied for error".to_string()),
                    instance: Ok(Default::default()),
                    provider: Ok(Default::default()),
                    retryable: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    trace_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn auth_url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.auth_url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.auth_url)
                        )
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.detail = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.detail)
                        )
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn instance<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.instance = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.instance)
                        )
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.provider = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.provider)
                        )
                    });
                self
            }
            pub fn retryable<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.retryable = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.retryable)
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn trace_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.trace_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.trace_id)
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_url: value.auth_url?,
                    detail: value.detail?,
                    error: value.error?,
                    instance: value.instance?,
                    provider: value.provider?,
                    retryable: value.retryable?,
                    status: value.status?,
                    title: value.title?,
                    trace_id: value.trace_id?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    auth_url: Ok(value.auth_url),
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                    instance: Ok(value.instance),
                    provider: Ok(value.provider),
                    retryable: Ok(value.retryable),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    trace_id: Ok(value.trace_id),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EventContentBlock {
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::EventContentBlockType,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EventContentBlock {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    message_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl EventContentBlock {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.message_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.message_id)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EventContentBlockType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EventContentBlock> for super::EventContentBlock {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EventContentBlock,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    message_id: value.message_id?,
                    name: value.name?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::EventContentBlock> for EventContentBlock {
            fn from(value: super::EventContentBlock) -> Self {
                Self {
                    data: Ok(value.data),
                    message_id: Ok(value.message_id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExternalReferenceArtifact {
            artifact_type: ::std::result::Result<
                super::ExternalReferenceArtifactArtifactType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::ExternalReferenceArtifactData,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExternalReferenceArtifact {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ExternalReferenceArtifact {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExternalReferenceArtifactArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExternalReferenceArtifactData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExternalReferenceArtifact>
        for super::ExternalReferenceArtifact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExternalReferenceArtifact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ExternalReferenceArtifact>
        for ExternalReferenceArtifact {
            fn from(value: super::ExternalReferenceArtifact) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExternalReferenceArtifactData {
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            reference_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExternalReferenceArtifactData {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    reference_type: Err(
                        "no value supplied for reference_type".to_string(),
                    ),
                    title: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ExternalReferenceArtifactData {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn reference_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reference_type: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.title = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.title)
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExternalReferenceArtifactData>
        for super::ExternalReferenceArtifactData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExternalReferenceArtifactData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    reference_type: value.reference_type?,
                    title: value.title?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ExternalReferenceArtifactData>
        for ExternalReferenceArtifactData {
            fn from(value: super::ExternalReferenceArtifactData) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    reference_type: Ok(value.reference_type),
                    title: Ok(value.title),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileArtifact {
            artifact_type: ::std::result::Result<
                super::FileArtifactArtifactType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<super::FileArtifactData, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FileArtifact {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FileArtifact {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileArtifactArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileArtifactData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FileArtifact> for super::FileArtifact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileArtifact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FileArtifact> for FileArtifact {
            fn from(value: super::FileArtifact) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileArtifactData {
            artifact_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            filename: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            filepath: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            size_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FileArtifactData {
            fn default() -> Self {
                Self {
                    artifact_uid: Err("no value supplied for artifact_uid".to_string()),
                    description: Ok(Default::default()),
                    filename: Err("no value supplied for filename".to_string()),
                    filepath: Err("no value supplied for filepath".to_string()),
                    mime_type: Err("no value supplied for mime_type".to_string()),
                    size_bytes: Ok(Default::default()),
                    title: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FileArtifactData {
            pub fn artifact_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_uid: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filename: {e}")
                    });
                self
            }
            pub fn filepath<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.filepath = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filepath: {e}")
                    });
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn size_bytes<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<i64>,
            {
                self.size_bytes = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.size_bytes)
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.title = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.title)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FileArtifactData> for super::FileArtifactData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileArtifactData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_uid: value.artifact_uid?,
                    description: value.description?,
                    filename: value.filename?,
                    filepath: value.filepath?,
                    mime_type: value.mime_type?,
                    size_bytes: value.size_bytes?,
                    title: value.title?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FileArtifactData> for FileArtifactData {
            fn from(value: super::FileArtifactData) -> Self {
                Self {
                    artifact_uid: Ok(value.artifact_uid),
                    description: Ok(value.description),
                    filename: Ok(value.filename),
                    filepath: Ok(value.filepath),
                    mime_type: Ok(value.mime_type),
                    size_bytes: Ok(value.size_bytes),
                    title: Ok(value.title),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileArtifactResponse {
            artifact_type: ::std::result::Result<
                super::FileArtifactResponseArtifactType,
                ::std::string::String,
            >,
            artifact_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::FileArtifactResponseData,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FileArtifactResponse {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    artifact_uid: Err("no value supplied for artifact_uid".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FileArtifactResponse {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileArtifactResponseArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn artifact_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_uid: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileArtifactResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FileArtifactResponse>
        for super::FileArtifactResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileArtifactResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    artifact_uid: value.artifact_uid?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FileArtifactResponse> for FileArtifactResponse {
            fn from(value: super::FileArtifactResponse) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    artifact_uid: Ok(value.artifact_uid),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileArtifactResponseData {
            content_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            download_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            filename: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            filepath: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FileArtifactResponseData {
            fn default() -> Self {
                Self {
                    content_type: Err("no value supplied for content_type".to_string()),
                    description: Ok(Default::default()),
                    download_url: Err("no value supplied for download_url".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    filename: Err("no value supplied for filename".to_string()),
                    filepath: Ok(Default::default()),
                    size_bytes: Ok(Default::default()),
                    title: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FileArtifactResponseData {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filename: {e}")
                    });
                self
            }
            pub fn filepath<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.filepath = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.filepath)
                        )
                    });
                self
            }
            pub fn size_bytes<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<i64>,
            {
                self.size_bytes = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.size_bytes)
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.title = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.title)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FileArtifactResponseData>
        for super::FileArtifactResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileArtifactResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    description: value.description?,
                    download_url: value.download_url?,
                    expires_at: value.expires_at?,
                    filename: value.filename?,
                    filepath: value.filepath?,
                    size_bytes: value.size_bytes?,
                    title: value.title?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FileArtifactResponseData>
        for FileArtifactResponseData {
            fn from(value: super::FileArtifactResponseData) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    description: Ok(value.description),
                    download_url: Ok(value.download_url),
                    expires_at: Ok(value.expires_at),
                    filename: Ok(value.filename),
                    filepath: Ok(value.filepath),
                    size_bytes: Ok(value.size_bytes),
                    title: Ok(value.title),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GcpProviderConfig {
            project_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            service_account_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workload_identity_federation_pool_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            workload_identity_federation_provider_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GcpProviderConfig {
            fn default() -> Self {
                Self {
                    project_number: Err(
                        "no value supplied for project_number".to_string(),
                    ),
                    service_account_email: Ok(Default::default()),
                    workload_identity_federation_pool_id: Err(
                        "no value supplied for workload_identity_federation_pool_id"
                            .to_string(),
                    ),
                    workload_identity_federation_provider_id: Err(
                        "no value supplied for workload_identity_federation_provider_id"
                            .to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl GcpProviderConfig {
            pub fn project_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.project_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for project_number: {e}"
                        )
                    });
                self
            }
            pub fn service_account_email<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.service_account_email = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.service_account_email)
                        )
                    });
                self
            }
            pub fn workload_identity_federation_pool_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.workload_identity_federation_pool_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workload_identity_federation_pool_id: {e}"
                        )
                    });
                self
            }
            pub fn workload_identity_federation_provider_id<T>(
                mut self,
                value: T,
            ) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.workload_identity_federation_provider_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workload_identity_federation_provider_id: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GcpProviderConfig> for super::GcpProviderConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GcpProviderConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    project_number: value.project_number?,
                    service_account_email: value.service_account_email?,
                    workload_identity_federation_pool_id: value
                        .workload_identity_federation_pool_id?,
                    workload_identity_federation_provider_id: value
                        .workload_identity_federation_provider_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GcpProviderConfig> for GcpProviderConfig {
            fn from(value: super::GcpProviderConfig) -> Self {
                Self {
                    project_number: Ok(value.project_number),
                    service_account_email: Ok(value.service_account_email),
                    workload_identity_federation_pool_id: Ok(
                        value.workload_identity_federation_pool_id,
                    ),
                    workload_identity_federation_provider_id: Ok(
                        value.workload_identity_federation_provider_id,
                    ),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRunTimelineResponse {
            events: ::std::result::Result<
                ::std::vec::Vec<super::AiRunTimelineEvent>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetRunTimelineResponse {
            fn default() -> Self {
                Self {
                    events: Err("no value supplied for events".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl GetRunTimelineResponse {
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AiRunTimelineEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRunTimelineResponse>
        for super::GetRunTimelineResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRunTimelineResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    events: value.events?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GetRunTimelineResponse>
        for GetRunTimelineResponse {
            fn from(value: super::GetRunTimelineResponse) -> Self {
                Self {
                    events: Ok(value.events),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GitHubRepo {
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
            repo: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GitHubRepo {
            fn default() -> Self {
                Self {
                    owner: Err("no value supplied for owner".to_string()),
                    repo: Err("no value supplied for repo".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl GitHubRepo {
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn repo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repo: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GitHubRepo> for super::GitHubRepo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GitHubRepo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    owner: value.owner?,
                    repo: value.repo?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GitHubRepo> for GitHubRepo {
            fn from(value: super::GitHubRepo) -> Self {
                Self {
                    owner: Ok(value.owner),
                    repo: Ok(value.repo),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Harness {
            model_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reasoning_level: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::HarnessType>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Harness {
            fn default() -> Self {
                Self {
                    model_id: Ok(Default::default()),
                    reasoning_level: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Harness {
            pub fn model_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.model_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.model_id)
                        )
                    });
                self
            }
            pub fn reasoning_level<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.reasoning_level = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.reasoning_level)
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::HarnessType>,
            {
                self.type_ = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.type_)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Harness> for super::Harness {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Harness,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    model_id: value.model_id?,
                    reasoning_level: value.reasoning_level?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Harness> for Harness {
            fn from(value: super::Harness) -> Self {
                Self {
                    model_id: Ok(value.model_id),
                    reasoning_level: Ok(value.reasoning_level),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HarnessAuthSecrets {
            claude_auth_secret_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            codex_auth_secret_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HarnessAuthSecrets {
            fn default() -> Self {
                Self {
                    claude_auth_secret_name: Ok(Default::default()),
                    codex_auth_secret_name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl HarnessAuthSecrets {
            pub fn claude_auth_secret_name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.claude_auth_secret_name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.claude_auth_secret_name)
                        )
                    });
                self
            }
            pub fn codex_auth_secret_name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.codex_auth_secret_name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.codex_auth_secret_name)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HarnessAuthSecrets> for super::HarnessAuthSecrets {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HarnessAuthSecrets,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    claude_auth_secret_name: value.claude_auth_secret_name?,
                    codex_auth_secret_name: value.codex_auth_secret_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::HarnessAuthSecrets> for HarnessAuthSecrets {
            fn from(value: super::HarnessAuthSecrets) -> Self {
                Self {
                    claude_auth_secret_name: Ok(value.claude_auth_secret_name),
                    codex_auth_secret_name: Ok(value.codex_auth_secret_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InferenceCostBreakdownUsd {
            input_cache_read_cost_usd: ::std::result::Result<f64, ::std::string::String>,
            input_cache_write_cost_usd: ::std::result::Result<
                f64,
                ::std::string::String,
            >,
            input_cost_usd: ::std::result::Result<f64, ::std::string::String>,
            output_cost_usd: ::std::result::Result<f64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InferenceCostBreakdownUsd {
            fn default() -> Self {
                Self {
                    input_cache_read_cost_usd: Err(
                        "no value supplied for input_cache_read_cost_usd".to_string(),
                    ),
                    input_cache_write_cost_usd: Err(
                        "no value supplied for input_cache_write_cost_usd".to_string(),
                    ),
                    input_cost_usd: Err(
                        "no value supplied for input_cost_usd".to_string(),
                    ),
                    output_cost_usd: Err(
                        "no value supplied for output_cost_usd".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl InferenceCostBreakdownUsd {
            pub fn input_cache_read_cost_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_cache_read_cost_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_cache_read_cost_usd: {e}"
                        )
                    });
                self
            }
            pub fn input_cache_write_cost_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_cache_write_cost_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_cache_write_cost_usd: {e}"
                        )
                    });
                self
            }
            pub fn input_cost_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_cost_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_cost_usd: {e}"
                        )
                    });
                self
            }
            pub fn output_cost_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.output_cost_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_cost_usd: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InferenceCostBreakdownUsd>
        for super::InferenceCostBreakdownUsd {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InferenceCostBreakdownUsd,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_cache_read_cost_usd: value.input_cache_read_cost_usd?,
                    input_cache_write_cost_usd: value.input_cache_write_cost_usd?,
                    input_cost_usd: value.input_cost_usd?,
                    output_cost_usd: value.output_cost_usd?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InferenceCostBreakdownUsd>
        for InferenceCostBreakdownUsd {
            fn from(value: super::InferenceCostBreakdownUsd) -> Self {
                Self {
                    input_cache_read_cost_usd: Ok(value.input_cache_read_cost_usd),
                    input_cache_write_cost_usd: Ok(value.input_cache_write_cost_usd),
                    input_cost_usd: Ok(value.input_cost_usd),
                    output_cost_usd: Ok(value.output_cost_usd),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InferenceProvidersConfig {
            aws: ::std::result::Result<
                ::std::option::Option<super::AwsInferenceProviderConfig>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InferenceProvidersConfig {
            fn default() -> Self {
                Self {
                    aws: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl InferenceProvidersConfig {
            pub fn aws<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AwsInferenceProviderConfig>,
            {
                self.aws = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.aws)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InferenceProvidersConfig>
        for super::InferenceProvidersConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InferenceProvidersConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    aws: value.aws?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InferenceProvidersConfig>
        for InferenceProvidersConfig {
            fn from(value: super::InferenceProvidersConfig) -> Self {
                Self {
                    aws: Ok(value.aws),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InferenceUsageDetail {
            cost_usd: ::std::result::Result<
                super::InferenceCostBreakdownUsd,
                ::std::string::String,
            >,
            token_count: ::std::result::Result<
                super::TokenCountBreakdown,
                ::std::string::String,
            >,
            web_search_cost_usd: ::std::result::Result<f64, ::std::string::String>,
            web_search_count: ::std::result::Result<i64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InferenceUsageDetail {
            fn default() -> Self {
                Self {
                    cost_usd: Err("no value supplied for cost_usd".to_string()),
                    token_count: Err("no value supplied for token_count".to_string()),
                    web_search_cost_usd: Err(
                        "no value supplied for web_search_cost_usd".to_string(),
                    ),
                    web_search_count: Err(
                        "no value supplied for web_search_count".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl InferenceUsageDetail {
            pub fn cost_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InferenceCostBreakdownUsd>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost_usd: {e}")
                    });
                self
            }
            pub fn token_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenCountBreakdown>,
                T::Error: ::std::fmt::Display,
            {
                self.token_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_count: {e}")
                    });
                self
            }
            pub fn web_search_cost_usd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.web_search_cost_usd = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for web_search_cost_usd: {e}"
                        )
                    });
                self
            }
            pub fn web_search_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.web_search_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for web_search_count: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InferenceUsageDetail>
        for super::InferenceUsageDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InferenceUsageDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cost_usd: value.cost_usd?,
                    token_count: value.token_count?,
                    web_search_cost_usd: value.web_search_cost_usd?,
                    web_search_count: value.web_search_count?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InferenceUsageDetail> for InferenceUsageDetail {
            fn from(value: super::InferenceUsageDetail) -> Self {
                Self {
                    cost_usd: Ok(value.cost_usd),
                    token_count: Ok(value.token_count),
                    web_search_cost_usd: Ok(value.web_search_cost_usd),
                    web_search_count: Ok(value.web_search_count),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAgentIdentitiesResponse {
            agents: ::std::result::Result<
                ::std::vec::Vec<super::AgentResponse>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAgentIdentitiesResponse {
            fn default() -> Self {
                Self {
                    agents: Err("no value supplied for agents".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListAgentIdentitiesResponse {
            pub fn agents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentResponse>>,
                T::Error: ::std::fmt::Display,
            {
                self.agents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agents: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListAgentIdentitiesResponse>
        for super::ListAgentIdentitiesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAgentIdentitiesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agents: value.agents?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListAgentIdentitiesResponse>
        for ListAgentIdentitiesResponse {
            fn from(value: super::ListAgentIdentitiesResponse) -> Self {
                Self {
                    agents: Ok(value.agents),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAgentsResponse {
            agents: ::std::result::Result<
                ::std::vec::Vec<super::AgentListItem>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAgentsResponse {
            fn default() -> Self {
                Self {
                    agents: Err("no value supplied for agents".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListAgentsResponse {
            pub fn agents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentListItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.agents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agents: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListAgentsResponse> for super::ListAgentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAgentsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agents: value.agents?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListAgentsResponse> for ListAgentsResponse {
            fn from(value: super::ListAgentsResponse) -> Self {
                Self {
                    agents: Ok(value.agents),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListConnectedSelfHostedWorkersResponse {
            workers: ::std::result::Result<
                ::std::vec::Vec<super::ConnectedSelfHostedWorker>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListConnectedSelfHostedWorkersResponse {
            fn default() -> Self {
                Self {
                    workers: Err("no value supplied for workers".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListConnectedSelfHostedWorkersResponse {
            pub fn workers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ConnectedSelfHostedWorker>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.workers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workers: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListConnectedSelfHostedWorkersResponse>
        for super::ListConnectedSelfHostedWorkersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListConnectedSelfHostedWorkersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    workers: value.workers?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListConnectedSelfHostedWorkersResponse>
        for ListConnectedSelfHostedWorkersResponse {
            fn from(value: super::ListConnectedSelfHostedWorkersResponse) -> Self {
                Self {
                    workers: Ok(value.workers),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListEnvironmentsResponse {
            environments: ::std::result::Result<
                ::std::vec::Vec<super::CloudEnvironment>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListEnvironmentsResponse {
            fn default() -> Self {
                Self {
                    environments: Err("no value supplied for environments".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListEnvironmentsResponse {
            pub fn environments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CloudEnvironment>>,
                T::Error: ::std::fmt::Display,
            {
                self.environments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environments: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListEnvironmentsResponse>
        for super::ListEnvironmentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListEnvironmentsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    environments: value.environments?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListEnvironmentsResponse>
        for ListEnvironmentsResponse {
            fn from(value: super::ListEnvironmentsResponse) -> Self {
                Self {
                    environments: Ok(value.environments),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListModelsResponse {
            default_model_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            models: ::std::result::Result<
                ::std::vec::Vec<super::ModelInfo>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListModelsResponse {
            fn default() -> Self {
                Self {
                    default_model_id: Err(
                        "no value supplied for default_model_id".to_string(),
                    ),
                    models: Err("no value supplied for models".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListModelsResponse {
            pub fn default_model_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.default_model_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_model_id: {e}"
                        )
                    });
                self
            }
            pub fn models<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ModelInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.models = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for models: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListModelsResponse> for super::ListModelsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListModelsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    default_model_id: value.default_model_id?,
                    models: value.models?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListModelsResponse> for ListModelsResponse {
            fn from(value: super::ListModelsResponse) -> Self {
                Self {
                    default_model_id: Ok(value.default_model_id),
                    models: Ok(value.models),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListRunsResponse {
            page_info: ::std::result::Result<super::PageInfo, ::std::string::String>,
            runs: ::std::result::Result<
                ::std::vec::Vec<super::RunItem>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListRunsResponse {
            fn default() -> Self {
                Self {
                    page_info: Err("no value supplied for page_info".to_string()),
                    runs: Err("no value supplied for runs".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListRunsResponse {
            pub fn page_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PageInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.page_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_info: {e}")
                    });
                self
            }
            pub fn runs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RunItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.runs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for runs: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListRunsResponse> for super::ListRunsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListRunsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    page_info: value.page_info?,
                    runs: value.runs?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListRunsResponse> for ListRunsResponse {
            fn from(value: super::ListRunsResponse) -> Self {
                Self {
                    page_info: Ok(value.page_info),
                    runs: Ok(value.runs),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListScheduledAgentsResponse {
            schedules: ::std::result::Result<
                ::std::vec::Vec<super::ScheduledAgentItem>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListScheduledAgentsResponse {
            fn default() -> Self {
                Self {
                    schedules: Err("no value supplied for schedules".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListScheduledAgentsResponse {
            pub fn schedules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ScheduledAgentItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.schedules = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedules: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListScheduledAgentsResponse>
        for super::ListScheduledAgentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListScheduledAgentsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    schedules: value.schedules?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListScheduledAgentsResponse>
        for ListScheduledAgentsResponse {
            fn from(value: super::ListScheduledAgentsResponse) -> Self {
                Self {
                    schedules: Ok(value.schedules),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct McpServerConfig {
            args: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            command: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            env: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            headers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            warp_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for McpServerConfig {
            fn default() -> Self {
                Self {
                    args: Ok(Default::default()),
                    command: Ok(Default::default()),
                    env: Ok(Default::default()),
                    headers: Ok(Default::default()),
                    url: Ok(Default::default()),
                    warp_id: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl McpServerConfig {
            pub fn args<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.args = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for args: {e}")
                    });
                self
            }
            pub fn command<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.command = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.command)
                        )
                    });
                self
            }
            pub fn env<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.env = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for env: {e}")
                    });
                self
            }
            pub fn headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.headers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for headers: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.url)
                        )
                    });
                self
            }
            pub fn warp_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.warp_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.warp_id)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<McpServerConfig> for super::McpServerConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: McpServerConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    args: value.args?,
                    command: value.command?,
                    env: value.env?,
                    headers: value.headers?,
                    url: value.url?,
                    warp_id: value.warp_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::McpServerConfig> for McpServerConfig {
            fn from(value: super::McpServerConfig) -> Self {
                Self {
                    args: Ok(value.args),
                    command: Ok(value.command),
                    env: Ok(value.env),
                    headers: Ok(value.headers),
                    url: Ok(value.url),
                    warp_id: Ok(value.warp_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemoryStoreAttachmentResponse {
            access: ::std::result::Result<
                super::MemoryStoreAttachmentResponseAccess,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            instructions: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            owner_type: ::std::result::Result<
                super::MemoryStoreAttachmentResponseOwnerType,
                ::std::string::String,
            >,
            owner_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MemoryStoreAttachmentResponse {
            fn default() -> Self {
                Self {
                    access: Err("no value supplied for access".to_string()),
                    description: Ok(Default::default()),
                    instructions: Err("no value supplied for instructions".to_string()),
                    owner_type: Err("no value supplied for owner_type".to_string()),
                    owner_uid: Err("no value supplied for owner_uid".to_string()),
                    uid: Err("no value supplied for uid".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl MemoryStoreAttachmentResponse {
            pub fn access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MemoryStoreAttachmentResponseAccess>,
                T::Error: ::std::fmt::Display,
            {
                self.access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instructions: {e}")
                    });
                self
            }
            pub fn owner_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::MemoryStoreAttachmentResponseOwnerType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_type: {e}")
                    });
                self
            }
            pub fn owner_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_uid: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemoryStoreAttachmentResponse>
        for super::MemoryStoreAttachmentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemoryStoreAttachmentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access: value.access?,
                    description: value.description?,
                    instructions: value.instructions?,
                    owner_type: value.owner_type?,
                    owner_uid: value.owner_uid?,
                    uid: value.uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MemoryStoreAttachmentResponse>
        for MemoryStoreAttachmentResponse {
            fn from(value: super::MemoryStoreAttachmentResponse) -> Self {
                Self {
                    access: Ok(value.access),
                    description: Ok(value.description),
                    instructions: Ok(value.instructions),
                    owner_type: Ok(value.owner_type),
                    owner_uid: Ok(value.owner_uid),
                    uid: Ok(value.uid),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemoryStoreRef {
            access: ::std::result::Result<
                super::MemoryStoreRefAccess,
                ::std::string::String,
            >,
            instructions: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MemoryStoreRef {
            fn default() -> Self {
                Self {
                    access: Err("no value supplied for access".to_string()),
                    instructions: Err("no value supplied for instructions".to_string()),
                    uid: Err("no value supplied for uid".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl MemoryStoreRef {
            pub fn access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MemoryStoreRefAccess>,
                T::Error: ::std::fmt::Display,
            {
                self.access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access: {e}")
                    });
                self
            }
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instructions: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemoryStoreRef> for super::MemoryStoreRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemoryStoreRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access: value.access?,
                    instructions: value.instructions?,
                    uid: value.uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MemoryStoreRef> for MemoryStoreRef {
            fn from(value: super::MemoryStoreRef) -> Self {
                Self {
                    access: Ok(value.access),
                    instructions: Ok(value.instructions),
                    uid: Ok(value.uid),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ModelInfo {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_reason: ::std::result::Result<
                ::std::option::Option<super::ModelInfoDisableReason>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider: ::std::result::Result<
                super::ModelInfoProvider,
                ::std::string::String,
            >,
            reasoning_level: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vision_supported: ::std::result::Result<bool, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ModelInfo {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    disable_reason: Ok(Default::default()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    provider: Err("no value supplied for provider".to_string()),
                    reasoning_level: Ok(Default::default()),
                    vision_supported: Err(
                        "no value supplied for vision_supported".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ModelInfo {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn disable_reason<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::ModelInfoDisableReason>,
            {
                self.disable_reason = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.disable_reason)
                        )
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ModelInfoProvider>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn reasoning_level<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.reasoning_level = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.reasoning_level)
                        )
                    });
                self
            }
            pub fn vision_supported<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.vision_supported = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vision_supported: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ModelInfo> for super::ModelInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ModelInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    disable_reason: value.disable_reason?,
                    display_name: value.display_name?,
                    id: value.id?,
                    provider: value.provider?,
                    reasoning_level: value.reasoning_level?,
                    vision_supported: value.vision_supported?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ModelInfo> for ModelInfo {
            fn from(value: super::ModelInfo) -> Self {
                Self {
                    description: Ok(value.description),
                    disable_reason: Ok(value.disable_reason),
                    display_name: Ok(value.display_name),
                    id: Ok(value.id),
                    provider: Ok(value.provider),
                    reasoning_level: Ok(value.reasoning_level),
                    vision_supported: Ok(value.vision_supported),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageInfo {
            has_next_page: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageInfo {
            fn default() -> Self {
                Self {
                    has_next_page: Err(
                        "no value supplied for has_next_page".to_string(),
                    ),
                    next_cursor: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PageInfo {
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.next_cursor = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.next_cursor)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PageInfo> for super::PageInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_next_page: value.has_next_page?,
                    next_cursor: value.next_cursor?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PageInfo> for PageInfo {
            fn from(value: super::PageInfo) -> Self {
                Self {
                    has_next_page: Ok(value.has_next_page),
                    next_cursor: Ok(value.next_cursor),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PlanArtifact {
            artifact_type: ::std::result::Result<
                super::PlanArtifactArtifactType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<super::PlanArtifactData, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PlanArtifact {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PlanArtifact {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanArtifactArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanArtifactData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PlanArtifact> for super::PlanArtifact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PlanArtifact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PlanArtifact> for PlanArtifact {
            fn from(value: super::PlanArtifact) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PlanArtifactData {
            artifact_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            document_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            notebook_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PlanArtifactData {
            fn default() -> Self {
                Self {
                    artifact_uid: Ok(Default::default()),
                    document_uid: Err("no value supplied for document_uid".to_string()),
                    notebook_uid: Ok(Default::default()),
                    title: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PlanArtifactData {
            pub fn artifact_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.artifact_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.artifact_uid)
                        )
                    });
                self
            }
            pub fn document_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.document_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document_uid: {e}")
                    });
                self
            }
            pub fn notebook_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.notebook_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.notebook_uid)
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.title = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.title)
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.url)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PlanArtifactData> for super::PlanArtifactData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PlanArtifactData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_uid: value.artifact_uid?,
                    document_uid: value.document_uid?,
                    notebook_uid: value.notebook_uid?,
                    title: value.title?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PlanArtifactData> for PlanArtifactData {
            fn from(value: super::PlanArtifactData) -> Self {
                Self {
                    artifact_uid: Ok(value.artifact_uid),
                    document_uid: Ok(value.document_uid),
                    notebook_uid: Ok(value.notebook_uid),
                    title: Ok(value.title),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PlanArtifactResponse {
            artifact_type: ::std::result::Result<
                super::PlanArtifactResponseArtifactType,
                ::std::string::String,
            >,
            artifact_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::PlanArtifactResponseData,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PlanArtifactResponse {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    artifact_uid: Err("no value supplied for artifact_uid".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PlanArtifactResponse {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanArtifactResponseArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn artifact_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_uid: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanArtifactResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PlanArtifactResponse>
        for super::PlanArtifactResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PlanArtifactResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    artifact_uid: value.artifact_uid?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PlanArtifactResponse> for PlanArtifactResponse {
            fn from(value: super::PlanArtifactResponse) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    artifact_uid: Ok(value.artifact_uid),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PlanArtifactResponseData {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            content_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            document_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            notebook_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PlanArtifactResponseData {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    content_type: Err("no value supplied for content_type".to_string()),
                    document_uid: Err("no value supplied for document_uid".to_string()),
                    notebook_uid: Err("no value supplied for notebook_uid".to_string()),
                    title: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PlanArtifactResponseData {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn document_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.document_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document_uid: {e}")
                    });
                self
            }
            pub fn notebook_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.notebook_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notebook_uid: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.title = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.title)
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.url)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PlanArtifactResponseData>
        for super::PlanArtifactResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PlanArtifactResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    content_type: value.content_type?,
                    document_uid: value.document_uid?,
                    notebook_uid: value.notebook_uid?,
                    title: value.title?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PlanArtifactResponseData>
        for PlanArtifactResponseData {
            fn from(value: super::PlanArtifactResponseData) -> Self {
                Self {
                    content: Ok(value.content),
                    content_type: Ok(value.content_type),
                    document_uid: Ok(value.document_uid),
                    notebook_uid: Ok(value.notebook_uid),
                    title: Ok(value.title),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProvidersConfig {
            aws: ::std::result::Result<
                ::std::option::Option<super::AwsProviderConfig>,
                ::std::string::String,
            >,
            gcp: ::std::result::Result<
                ::std::option::Option<super::GcpProviderConfig>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProvidersConfig {
            fn default() -> Self {
                Self {
                    aws: Ok(Default::default()),
                    gcp: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ProvidersConfig {
            pub fn aws<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AwsProviderConfig>,
            {
                self.aws = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.aws)
                        )
                    });
                self
            }
            pub fn gcp<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::GcpProviderConfig>,
            {
                self.gcp = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.gcp)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProvidersConfig> for super::ProvidersConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProvidersConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    aws: value.aws?,
                    gcp: value.gcp?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ProvidersConfig> for ProvidersConfig {
            fn from(value: super::ProvidersConfig) -> Self {
                Self {
                    aws: Ok(value.aws),
                    gcp: Ok(value.gcp),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullRequestArtifact {
            artifact_type: ::std::result::Result<
                super::PullRequestArtifactArtifactType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::PullRequestArtifactData,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullRequestArtifact {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PullRequestArtifact {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PullRequestArtifactArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PullRequestArtifactData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullRequestArtifact>
        for super::PullRequestArtifact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullRequestArtifact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PullRequestArtifact> for PullRequestArtifact {
            fn from(value: super::PullRequestArtifact) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullRequestArtifactData {
            branch: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullRequestArtifactData {
            fn default() -> Self {
                Self {
                    branch: Err("no value supplied for branch".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl PullRequestArtifactData {
            pub fn branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullRequestArtifactData>
        for super::PullRequestArtifactData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullRequestArtifactData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch: value.branch?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PullRequestArtifactData>
        for PullRequestArtifactData {
            fn from(value: super::PullRequestArtifactData) -> Self {
                Self {
                    branch: Ok(value.branch),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportRunScoresRequest {
            results: ::std::result::Result<
                ::std::vec::Vec<super::ReportedRunScore>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportRunScoresRequest {
            fn default() -> Self {
                Self {
                    results: Err("no value supplied for results".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ReportRunScoresRequest {
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReportedRunScore>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportRunScoresRequest>
        for super::ReportRunScoresRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportRunScoresRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    results: value.results?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportRunScoresRequest>
        for ReportRunScoresRequest {
            fn from(value: super::ReportRunScoresRequest) -> Self {
                Self {
                    results: Ok(value.results),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportRunScoresResponse {
            results: ::std::result::Result<
                ::std::vec::Vec<super::ReportedRunScoreOutcome>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportRunScoresResponse {
            fn default() -> Self {
                Self {
                    results: Err("no value supplied for results".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ReportRunScoresResponse {
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ReportedRunScoreOutcome>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportRunScoresResponse>
        for super::ReportRunScoresResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportRunScoresResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    results: value.results?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportRunScoresResponse>
        for ReportRunScoresResponse {
            fn from(value: super::ReportRunScoresResponse) -> Self {
                Self {
                    results: Ok(value.results),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportedRunScore {
            classification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scorer_id: ::std::result::Result<i64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportedRunScore {
            fn default() -> Self {
                Self {
                    classification: Ok(Default::default()),
                    failed: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    scorer_id: Err("no value supplied for scorer_id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ReportedRunScore {
            pub fn classification<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.classification = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.classification)
                        )
                    });
                self
            }
            pub fn failed<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.failed = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.failed)
                        )
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.reason = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.reason)
                        )
                    });
                self
            }
            pub fn scorer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.scorer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scorer_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportedRunScore> for super::ReportedRunScore {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportedRunScore,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    classification: value.classification?,
                    failed: value.failed?,
                    reason: value.reason?,
                    scorer_id: value.scorer_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportedRunScore> for ReportedRunScore {
            fn from(value: super::ReportedRunScore) -> Self {
                Self {
                    classification: Ok(value.classification),
                    failed: Ok(value.failed),
                    reason: Ok(value.reason),
                    scorer_id: Ok(value.scorer_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportedRunScoreOutcome {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scorer_id: ::std::result::Result<i64, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportedRunScoreOutcome {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    scorer_id: Err("no value supplied for scorer_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ReportedRunScoreOutcome {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.error = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.error)
                        )
                    });
                self
            }
            pub fn scorer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.scorer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scorer_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportedRunScoreOutcome>
        for super::ReportedRunScoreOutcome {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportedRunScoreOutcome,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    scorer_id: value.scorer_id?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportedRunScoreOutcome>
        for ReportedRunScoreOutcome {
            fn from(value: super::ReportedRunScoreOutcome) -> Self {
                Self {
                    error: Ok(value.error),
                    scorer_id: Ok(value.scorer_id),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestUsage {
            compute_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            compute_cost_usd: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            inference_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            inference_cost_breakdown_usd: ::std::result::Result<
                ::std::option::Option<super::InferenceCostBreakdownUsd>,
                ::std::string::String,
            >,
            inference_cost_usd: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            platform_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            platform_cost_usd: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total_tokens: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            usage_by_category: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::ChargedUsageDetail,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestUsage {
            fn default() -> Self {
                Self {
                    compute_cost: Ok(Default::default()),
                    compute_cost_usd: Ok(Default::default()),
                    inference_cost: Ok(Default::default()),
                    inference_cost_breakdown_usd: Ok(Default::default()),
                    inference_cost_usd: Ok(Default::default()),
                    platform_cost: Ok(Default::default()),
                    platform_cost_usd: Ok(Default::default()),
                    total_tokens: Ok(Default::default()),
                    usage_by_category: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RequestUsage {
            pub fn compute_cost<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<f64>,
            {
                self.compute_cost = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.compute_cost)
                        )
                    });
                self
            }
            pub fn compute_cost_usd<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<f64>,
            {
                self.compute_cost_usd = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.compute_cost_usd)
                        )
                    });
                self
            }
            pub fn inference_cost<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<f64>,
            {
                self.inference_cost = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_cost)
                        )
                    });
                self
            }
            pub fn inference_cost_breakdown_usd<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::InferenceCostBreakdownUsd>,
            {
                self.inference_cost_breakdown_usd = crate::IntoOptional::into_optional(
                        value,
                    )
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_cost_breakdown_usd)
                        )
                    });
                self
            }
            pub fn inference_cost_usd<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<f64>,
            {
                self.inference_cost_usd = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_cost_usd)
                        )
                    });
                self
            }
            pub fn platform_cost<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<f64>,
            {
                self.platform_cost = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.platform_cost)
                        )
                    });
                self
            }
            pub fn platform_cost_usd<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<f64>,
            {
                self.platform_cost_usd = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.platform_cost_usd)
                        )
                    });
                self
            }
            pub fn total_tokens<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<i64>,
            {
                self.total_tokens = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.total_tokens)
                        )
                    });
                self
            }
            pub fn usage_by_category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::ChargedUsageDetail,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.usage_by_category = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for usage_by_category: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestUsage> for super::RequestUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    compute_cost: value.compute_cost?,
                    compute_cost_usd: value.compute_cost_usd?,
                    inference_cost: value.inference_cost?,
                    inference_cost_breakdown_usd: value.inference_cost_breakdown_usd?,
                    inference_cost_usd: value.inference_cost_usd?,
                    platform_cost: value.platform_cost?,
                    platform_cost_usd: value.platform_cost_usd?,
                    total_tokens: value.total_tokens?,
                    usage_by_category: value.usage_by_category?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RequestUsage> for RequestUsage {
            fn from(value: super::RequestUsage) -> Self {
                Self {
                    compute_cost: Ok(value.compute_cost),
                    compute_cost_usd: Ok(value.compute_cost_usd),
                    inference_cost: Ok(value.inference_cost),
                    inference_cost_breakdown_usd: Ok(value.inference_cost_breakdown_usd),
                    inference_cost_usd: Ok(value.inference_cost_usd),
                    platform_cost: Ok(value.platform_cost),
                    platform_cost_usd: Ok(value.platform_cost_usd),
                    total_tokens: Ok(value.total_tokens),
                    usage_by_category: Ok(value.usage_by_category),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunAgentRequest {
            agent_identity_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::AttachmentInput>,
                ::std::string::String,
            >,
            config: ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfig>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interactive: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::RunMetadata>,
                ::std::string::String,
            >,
            mode: ::std::result::Result<
                ::std::option::Option<super::AgentRunMode>,
                ::std::string::String,
            >,
            on_behalf_of: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_run_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            skill: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            team: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunAgentRequest {
            fn default() -> Self {
                Self {
                    agent_identity_uid: Ok(Default::default()),
                    attachments: Ok(Default::default()),
                    config: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    interactive: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    mode: Ok(Default::default()),
                    on_behalf_of: Ok(Default::default()),
                    parent_run_id: Ok(Default::default()),
                    prompt: Ok(Default::default()),
                    skill: Ok(Default::default()),
                    team: Ok(Default::default()),
                    title: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunAgentRequest {
            pub fn agent_identity_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.agent_identity_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_identity_uid)
                        )
                    });
                self
            }
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AttachmentInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AmbientAgentConfig>,
            {
                self.config = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.config)
                        )
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.conversation_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.conversation_id)
                        )
                    });
                self
            }
            pub fn interactive<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.interactive = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.interactive)
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunMetadata>,
            {
                self.metadata = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.metadata)
                        )
                    });
                self
            }
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentRunMode>,
            {
                self.mode = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.mode)
                        )
                    });
                self
            }
            pub fn on_behalf_of<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.on_behalf_of = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.on_behalf_of)
                        )
                    });
                self
            }
            pub fn parent_run_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.parent_run_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.parent_run_id)
                        )
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.prompt)
                        )
                    });
                self
            }
            pub fn skill<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.skill = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.skill)
                        )
                    });
                self
            }
            pub fn team<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.team = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.team)
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.title = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.title)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunAgentRequest> for super::RunAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_identity_uid: value.agent_identity_uid?,
                    attachments: value.attachments?,
                    config: value.config?,
                    conversation_id: value.conversation_id?,
                    interactive: value.interactive?,
                    metadata: value.metadata?,
                    mode: value.mode?,
                    on_behalf_of: value.on_behalf_of?,
                    parent_run_id: value.parent_run_id?,
                    prompt: value.prompt?,
                    skill: value.skill?,
                    team: value.team?,
                    title: value.title?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunAgentRequest> for RunAgentRequest {
            fn from(value: super::RunAgentRequest) -> Self {
                Self {
                    agent_identity_uid: Ok(value.agent_identity_uid),
                    attachments: Ok(value.attachments),
                    config: Ok(value.config),
                    conversation_id: Ok(value.conversation_id),
                    interactive: Ok(value.interactive),
                    metadata: Ok(value.metadata),
                    mode: Ok(value.mode),
                    on_behalf_of: Ok(value.on_behalf_of),
                    parent_run_id: Ok(value.parent_run_id),
                    prompt: Ok(value.prompt),
                    skill: Ok(value.skill),
                    team: Ok(value.team),
                    title: Ok(value.title),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunAgentResponse {
            at_capacity: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            state: ::std::result::Result<super::RunState, ::std::string::String>,
            task_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunAgentResponse {
            fn default() -> Self {
                Self {
                    at_capacity: Ok(Default::default()),
                    run_id: Err("no value supplied for run_id".to_string()),
                    state: Err("no value supplied for state".to_string()),
                    task_id: Err("no value supplied for task_id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunAgentResponse {
            pub fn at_capacity<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.at_capacity = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.at_capacity)
                        )
                    });
                self
            }
            pub fn run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for run_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RunState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunAgentResponse> for super::RunAgentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunAgentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    at_capacity: value.at_capacity?,
                    run_id: value.run_id?,
                    state: value.state?,
                    task_id: value.task_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunAgentResponse> for RunAgentResponse {
            fn from(value: super::RunAgentResponse) -> Self {
                Self {
                    at_capacity: Ok(value.at_capacity),
                    run_id: Ok(value.run_id),
                    state: Ok(value.state),
                    task_id: Ok(value.task_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunByExternalReferenceResponse {
            run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunByExternalReferenceResponse {
            fn default() -> Self {
                Self {
                    run_id: Err("no value supplied for run_id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunByExternalReferenceResponse {
            pub fn run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for run_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunByExternalReferenceResponse>
        for super::RunByExternalReferenceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunByExternalReferenceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    run_id: value.run_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunByExternalReferenceResponse>
        for RunByExternalReferenceResponse {
            fn from(value: super::RunByExternalReferenceResponse) -> Self {
                Self {
                    run_id: Ok(value.run_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunCreatorInfo {
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            photo_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfoType>,
                ::std::string::String,
            >,
            uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunCreatorInfo {
            fn default() -> Self {
                Self {
                    display_name: Ok(Default::default()),
                    email: Ok(Default::default()),
                    photo_url: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    uid: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunCreatorInfo {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.display_name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.display_name)
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.email = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.email)
                        )
                    });
                self
            }
            pub fn photo_url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.photo_url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.photo_url)
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfoType>,
            {
                self.type_ = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.type_)
                        )
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.uid)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunCreatorInfo> for super::RunCreatorInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunCreatorInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    email: value.email?,
                    photo_url: value.photo_url?,
                    type_: value.type_?,
                    uid: value.uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunCreatorInfo> for RunCreatorInfo {
            fn from(value: super::RunCreatorInfo) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    email: Ok(value.email),
                    photo_url: Ok(value.photo_url),
                    type_: Ok(value.type_),
                    uid: Ok(value.uid),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunFollowupRequest {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mode: ::std::result::Result<
                ::std::option::Option<super::AgentRunMode>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunFollowupRequest {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    mode: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunFollowupRequest {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.message = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.message)
                        )
                    });
                self
            }
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentRunMode>,
            {
                self.mode = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.mode)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunFollowupRequest> for super::RunFollowupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunFollowupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    mode: value.mode?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunFollowupRequest> for RunFollowupRequest {
            fn from(value: super::RunFollowupRequest) -> Self {
                Self {
                    message: Ok(value.message),
                    mode: Ok(value.mode),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunItem {
            agent_config: ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfig>,
                ::std::string::String,
            >,
            agent_skill: ::std::result::Result<
                ::std::option::Option<super::AgentSkill>,
                ::std::string::String,
            >,
            artifacts: ::std::result::Result<
                ::std::vec::Vec<super::ArtifactItem>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            >,
            debug_agent_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            execution_location: ::std::result::Result<
                ::std::option::Option<super::RunExecutionLocation>,
                ::std::string::String,
            >,
            executor: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            >,
            is_run_type_cancellable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sandbox_running: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::RunMetadata>,
                ::std::string::String,
            >,
            parent_run_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            prompt: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_usage: ::std::result::Result<
                ::std::option::Option<super::RequestUsage>,
                ::std::string::String,
            >,
            run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            run_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::option::Option<super::ScheduleInfo>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<super::Scope>,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            session_link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::RunSourceType>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::RunState, ::std::string::String>,
            status_message: ::std::result::Result<
                ::std::option::Option<super::RunStatusMessage>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            trigger_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunItem {
            fn default() -> Self {
                Self {
                    agent_config: Ok(Default::default()),
                    agent_skill: Ok(Default::default()),
                    artifacts: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    creator: Ok(Default::default()),
                    debug_agent_available: Ok(Default::default()),
                    execution_location: Ok(Default::default()),
                    executor: Ok(Default::default()),
                    is_run_type_cancellable: Ok(Default::default()),
                    is_sandbox_running: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    parent_run_id: Ok(Default::default()),
                    prompt: Err("no value supplied for prompt".to_string()),
                    request_usage: Ok(Default::default()),
                    run_id: Err("no value supplied for run_id".to_string()),
                    run_time: Ok(Default::default()),
                    schedule: Ok(Default::default()),
                    scope: Ok(Default::default()),
                    session_id: Ok(Default::default()),
                    session_link: Ok(Default::default()),
                    source: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    status_message: Ok(Default::default()),
                    task_id: Err("no value supplied for task_id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    trigger_url: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunItem {
            pub fn agent_config<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AmbientAgentConfig>,
            {
                self.agent_config = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_config)
                        )
                    });
                self
            }
            pub fn agent_skill<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentSkill>,
            {
                self.agent_skill = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_skill)
                        )
                    });
                self
            }
            pub fn artifacts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ArtifactItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.artifacts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifacts: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.conversation_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.conversation_id)
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn creator<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfo>,
            {
                self.creator = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.creator)
                        )
                    });
                self
            }
            pub fn debug_agent_available<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.debug_agent_available = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.debug_agent_available)
                        )
                    });
                self
            }
            pub fn execution_location<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunExecutionLocation>,
            {
                self.execution_location = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.execution_location)
                        )
                    });
                self
            }
            pub fn executor<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfo>,
            {
                self.executor = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.executor)
                        )
                    });
                self
            }
            pub fn is_run_type_cancellable<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.is_run_type_cancellable = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.is_run_type_cancellable)
                        )
                    });
                self
            }
            pub fn is_sandbox_running<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.is_sandbox_running = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.is_sandbox_running)
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunMetadata>,
            {
                self.metadata = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.metadata)
                        )
                    });
                self
            }
            pub fn parent_run_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.parent_run_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.parent_run_id)
                        )
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prompt: {e}")
                    });
                self
            }
            pub fn request_usage<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RequestUsage>,
            {
                self.request_usage = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.request_usage)
                        )
                    });
                self
            }
            pub fn run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for run_id: {e}")
                    });
                self
            }
            pub fn run_time<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.run_time = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.run_time)
                        )
                    });
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::ScheduleInfo>,
            {
                self.schedule = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.schedule)
                        )
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Scope>,
            {
                self.scope = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.scope)
                        )
                    });
                self
            }
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.session_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.session_id)
                        )
                    });
                self
            }
            pub fn session_link<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.session_link = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.session_link)
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunSourceType>,
            {
                self.source = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.source)
                        )
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.started_at = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.started_at)
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RunState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn status_message<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunStatusMessage>,
            {
                self.status_message = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.status_message)
                        )
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn trigger_url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.trigger_url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.trigger_url)
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunItem> for super::RunItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_config: value.agent_config?,
                    agent_skill: value.agent_skill?,
                    artifacts: value.artifacts?,
                    conversation_id: value.conversation_id?,
                    created_at: value.created_at?,
                    creator: value.creator?,
                    debug_agent_available: value.debug_agent_available?,
                    execution_location: value.execution_location?,
                    executor: value.executor?,
                    is_run_type_cancellable: value.is_run_type_cancellable?,
                    is_sandbox_running: value.is_sandbox_running?,
                    metadata: value.metadata?,
                    parent_run_id: value.parent_run_id?,
                    prompt: value.prompt?,
                    request_usage: value.request_usage?,
                    run_id: value.run_id?,
                    run_time: value.run_time?,
                    schedule: value.schedule?,
                    scope: value.scope?,
                    session_id: value.session_id?,
                    session_link: value.session_link?,
                    source: value.source?,
                    started_at: value.started_at?,
                    state: value.state?,
                    status_message: value.status_message?,
                    task_id: value.task_id?,
                    title: value.title?,
                    trigger_url: value.trigger_url?,
                    updated_at: value.updated_at?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunItem> for RunItem {
            fn from(value: super::RunItem) -> Self {
                Self {
                    agent_config: Ok(value.agent_config),
                    agent_skill: Ok(value.agent_skill),
                    artifacts: Ok(value.artifacts),
                    conversation_id: Ok(value.conversation_id),
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    debug_agent_available: Ok(value.debug_agent_available),
                    execution_location: Ok(value.execution_location),
                    executor: Ok(value.executor),
                    is_run_type_cancellable: Ok(value.is_run_type_cancellable),
                    is_sandbox_running: Ok(value.is_sandbox_running),
                    metadata: Ok(value.metadata),
                    parent_run_id: Ok(value.parent_run_id),
                    prompt: Ok(value.prompt),
                    request_usage: Ok(value.request_usage),
                    run_id: Ok(value.run_id),
                    run_time: Ok(value.run_time),
                    schedule: Ok(value.schedule),
                    scope: Ok(value.scope),
                    session_id: Ok(value.session_id),
                    session_link: Ok(value.session_link),
                    source: Ok(value.source),
                    started_at: Ok(value.started_at),
                    state: Ok(value.state),
                    status_message: Ok(value.status_message),
                    task_id: Ok(value.task_id),
                    title: Ok(value.title),
                    trigger_url: Ok(value.trigger_url),
                    updated_at: Ok(value.updated_at),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunStatusMessage {
            debug_agent_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<super::PlatformErrorCode>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            retryable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            session_debug_until: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunStatusMessage {
            fn default() -> Self {
                Self {
                    debug_agent_active: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    retryable: Ok(Default::default()),
                    session_debug_until: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunStatusMessage {
            pub fn debug_agent_active<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.debug_agent_active = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.debug_agent_active)
                        )
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::PlatformErrorCode>,
            {
                self.error_code = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.error_code)
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn retryable<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.retryable = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.retryable)
                        )
                    });
                self
            }
            pub fn session_debug_until<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.session_debug_until = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.session_debug_until)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunStatusMessage> for super::RunStatusMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunStatusMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    debug_agent_active: value.debug_agent_active?,
                    error_code: value.error_code?,
                    message: value.message?,
                    retryable: value.retryable?,
                    session_debug_until: value.session_debug_until?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunStatusMessage> for RunStatusMessage {
            fn from(value: super::RunStatusMessage) -> Self {
                Self {
                    debug_agent_active: Ok(value.debug_agent_active),
                    error_code: Ok(value.error_code),
                    message: Ok(value.message),
                    retryable: Ok(value.retryable),
                    session_debug_until: Ok(value.session_debug_until),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScheduleInfo {
            cron_schedule: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            schedule_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            schedule_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScheduleInfo {
            fn default() -> Self {
                Self {
                    cron_schedule: Err(
                        "no value supplied for cron_schedule".to_string(),
                    ),
                    schedule_id: Err("no value supplied for schedule_id".to_string()),
                    schedule_name: Err(
                        "no value supplied for schedule_name".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScheduleInfo {
            pub fn cron_schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cron_schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cron_schedule: {e}")
                    });
                self
            }
            pub fn schedule_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.schedule_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule_id: {e}")
                    });
                self
            }
            pub fn schedule_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.schedule_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule_name: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScheduleInfo> for super::ScheduleInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScheduleInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cron_schedule: value.cron_schedule?,
                    schedule_id: value.schedule_id?,
                    schedule_name: value.schedule_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScheduleInfo> for ScheduleInfo {
            fn from(value: super::ScheduleInfo) -> Self {
                Self {
                    cron_schedule: Ok(value.cron_schedule),
                    schedule_id: Ok(value.schedule_id),
                    schedule_name: Ok(value.schedule_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScheduledAgentHistoryItem {
            last_ran: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            next_run: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScheduledAgentHistoryItem {
            fn default() -> Self {
                Self {
                    last_ran: Ok(Default::default()),
                    next_run: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScheduledAgentHistoryItem {
            pub fn last_ran<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.last_ran = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.last_ran)
                        )
                    });
                self
            }
            pub fn next_run<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.next_run = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.next_run)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScheduledAgentHistoryItem>
        for super::ScheduledAgentHistoryItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScheduledAgentHistoryItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    last_ran: value.last_ran?,
                    next_run: value.next_run?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScheduledAgentHistoryItem>
        for ScheduledAgentHistoryItem {
            fn from(value: super::ScheduledAgentHistoryItem) -> Self {
                Self {
                    last_ran: Ok(value.last_ran),
                    next_run: Ok(value.next_run),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScheduledAgentItem {
            agent_config: ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfig>,
                ::std::string::String,
            >,
            agent_uid: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            >,
            cron_schedule: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            environment: ::std::result::Result<
                ::std::option::Option<super::CloudEnvironmentConfig>,
                ::std::string::String,
            >,
            history: ::std::result::Result<
                ::std::option::Option<super::ScheduledAgentHistoryItem>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_spawn_error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::RunMetadata>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prompt: ::std::result::Result<::std::string::String, ::std::string::String>,
            scope: ::std::result::Result<
                ::std::option::Option<super::Scope>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            updated_by: ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScheduledAgentItem {
            fn default() -> Self {
                Self {
                    agent_config: Ok(Default::default()),
                    agent_uid: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Ok(Default::default()),
                    cron_schedule: Err(
                        "no value supplied for cron_schedule".to_string(),
                    ),
                    enabled: Err("no value supplied for enabled".to_string()),
                    environment: Ok(Default::default()),
                    history: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_spawn_error: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    prompt: Err("no value supplied for prompt".to_string()),
                    scope: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    updated_by: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScheduledAgentItem {
            pub fn agent_config<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AmbientAgentConfig>,
            {
                self.agent_config = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_config)
                        )
                    });
                self
            }
            pub fn agent_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::uuid::Uuid>,
            {
                self.agent_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_uid)
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfo>,
            {
                self.created_by = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.created_by)
                        )
                    });
                self
            }
            pub fn cron_schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cron_schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cron_schedule: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::CloudEnvironmentConfig>,
            {
                self.environment = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.environment)
                        )
                    });
                self
            }
            pub fn history<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::ScheduledAgentHistoryItem>,
            {
                self.history = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.history)
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_spawn_error<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.last_spawn_error = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.last_spawn_error)
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunMetadata>,
            {
                self.metadata = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.metadata)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prompt: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Scope>,
            {
                self.scope = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.scope)
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunCreatorInfo>,
            {
                self.updated_by = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.updated_by)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScheduledAgentItem> for super::ScheduledAgentItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScheduledAgentItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_config: value.agent_config?,
                    agent_uid: value.agent_uid?,
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    cron_schedule: value.cron_schedule?,
                    enabled: value.enabled?,
                    environment: value.environment?,
                    history: value.history?,
                    id: value.id?,
                    last_spawn_error: value.last_spawn_error?,
                    metadata: value.metadata?,
                    name: value.name?,
                    prompt: value.prompt?,
                    scope: value.scope?,
                    updated_at: value.updated_at?,
                    updated_by: value.updated_by?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScheduledAgentItem> for ScheduledAgentItem {
            fn from(value: super::ScheduledAgentItem) -> Self {
                Self {
                    agent_config: Ok(value.agent_config),
                    agent_uid: Ok(value.agent_uid),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    cron_schedule: Ok(value.cron_schedule),
                    enabled: Ok(value.enabled),
                    environment: Ok(value.environment),
                    history: Ok(value.history),
                    id: Ok(value.id),
                    last_spawn_error: Ok(value.last_spawn_error),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    prompt: Ok(value.prompt),
                    scope: Ok(value.scope),
                    updated_at: Ok(value.updated_at),
                    updated_by: Ok(value.updated_by),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Scope {
            type_: ::std::result::Result<super::ScopeType, ::std::string::String>,
            uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Scope {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                    uid: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Scope {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScopeType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.uid)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Scope> for super::Scope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Scope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    uid: value.uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Scope> for Scope {
            fn from(value: super::Scope) -> Self {
                Self {
                    type_: Ok(value.type_),
                    uid: Ok(value.uid),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScreenshotArtifact {
            artifact_type: ::std::result::Result<
                super::ScreenshotArtifactArtifactType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::ScreenshotArtifactData,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScreenshotArtifact {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScreenshotArtifact {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScreenshotArtifactArtifactType>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScreenshotArtifactData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScreenshotArtifact> for super::ScreenshotArtifact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScreenshotArtifact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScreenshotArtifact> for ScreenshotArtifact {
            fn from(value: super::ScreenshotArtifact) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScreenshotArtifactData {
            artifact_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScreenshotArtifactData {
            fn default() -> Self {
                Self {
                    artifact_uid: Err("no value supplied for artifact_uid".to_string()),
                    description: Ok(Default::default()),
                    mime_type: Err("no value supplied for mime_type".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScreenshotArtifactData {
            pub fn artifact_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_uid: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScreenshotArtifactData>
        for super::ScreenshotArtifactData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScreenshotArtifactData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_uid: value.artifact_uid?,
                    description: value.description?,
                    mime_type: value.mime_type?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScreenshotArtifactData>
        for ScreenshotArtifactData {
            fn from(value: super::ScreenshotArtifactData) -> Self {
                Self {
                    artifact_uid: Ok(value.artifact_uid),
                    description: Ok(value.description),
                    mime_type: Ok(value.mime_type),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScreenshotArtifactResponse {
            artifact_type: ::std::result::Result<
                super::ScreenshotArtifactResponseArtifactType,
                ::std::string::String,
            >,
            artifact_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::ScreenshotArtifactResponseData,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScreenshotArtifactResponse {
            fn default() -> Self {
                Self {
                    artifact_type: Err(
                        "no value supplied for artifact_type".to_string(),
                    ),
                    artifact_uid: Err("no value supplied for artifact_uid".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScreenshotArtifactResponse {
            pub fn artifact_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ScreenshotArtifactResponseArtifactType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_type: {e}")
                    });
                self
            }
            pub fn artifact_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.artifact_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifact_uid: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ScreenshotArtifactResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScreenshotArtifactResponse>
        for super::ScreenshotArtifactResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScreenshotArtifactResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifact_type: value.artifact_type?,
                    artifact_uid: value.artifact_uid?,
                    created_at: value.created_at?,
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScreenshotArtifactResponse>
        for ScreenshotArtifactResponse {
            fn from(value: super::ScreenshotArtifactResponse) -> Self {
                Self {
                    artifact_type: Ok(value.artifact_type),
                    artifact_uid: Ok(value.artifact_uid),
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScreenshotArtifactResponseData {
            content_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            download_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScreenshotArtifactResponseData {
            fn default() -> Self {
                Self {
                    content_type: Err("no value supplied for content_type".to_string()),
                    description: Ok(Default::default()),
                    download_url: Err("no value supplied for download_url".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ScreenshotArtifactResponseData {
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScreenshotArtifactResponseData>
        for super::ScreenshotArtifactResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScreenshotArtifactResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type: value.content_type?,
                    description: value.description?,
                    download_url: value.download_url?,
                    expires_at: value.expires_at?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ScreenshotArtifactResponseData>
        for ScreenshotArtifactResponseData {
            fn from(value: super::ScreenshotArtifactResponseData) -> Self {
                Self {
                    content_type: Ok(value.content_type),
                    description: Ok(value.description),
                    download_url: Ok(value.download_url),
                    expires_at: Ok(value.expires_at),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SecretRef {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SecretRef {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl SecretRef {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SecretRef> for super::SecretRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SecretRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SecretRef> for SecretRef {
            fn from(value: super::SecretRef) -> Self {
                Self {
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionSharingConfig {
            public_access: ::std::result::Result<
                ::std::option::Option<super::SessionSharingConfigPublicAccess>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionSharingConfig {
            fn default() -> Self {
                Self {
                    public_access: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl SessionSharingConfig {
            pub fn public_access<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::SessionSharingConfigPublicAccess>,
            {
                self.public_access = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.public_access)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionSharingConfig>
        for super::SessionSharingConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionSharingConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    public_access: value.public_access?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SessionSharingConfig> for SessionSharingConfig {
            fn from(value: super::SessionSharingConfig) -> Self {
                Self {
                    public_access: Ok(value.public_access),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TextContentBlock {
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::TextContentBlockType,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TextContentBlock {
            fn default() -> Self {
                Self {
                    message_id: Ok(Default::default()),
                    text: Err("no value supplied for text".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl TextContentBlock {
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.message_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.message_id)
                        )
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TextContentBlockType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TextContentBlock> for super::TextContentBlock {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TextContentBlock,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message_id: value.message_id?,
                    text: value.text?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TextContentBlock> for TextContentBlock {
            fn from(value: super::TextContentBlock) -> Self {
                Self {
                    message_id: Ok(value.message_id),
                    text: Ok(value.text),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCountBreakdown {
            input: ::std::result::Result<i64, ::std::string::String>,
            input_cache_read: ::std::result::Result<i64, ::std::string::String>,
            input_cache_write: ::std::result::Result<i64, ::std::string::String>,
            output: ::std::result::Result<i64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenCountBreakdown {
            fn default() -> Self {
                Self {
                    input: Err("no value supplied for input".to_string()),
                    input_cache_read: Err(
                        "no value supplied for input_cache_read".to_string(),
                    ),
                    input_cache_write: Err(
                        "no value supplied for input_cache_write".to_string(),
                    ),
                    output: Err("no value supplied for output".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl TokenCountBreakdown {
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input: {e}")
                    });
                self
            }
            pub fn input_cache_read<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_cache_read = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_cache_read: {e}"
                        )
                    });
                self
            }
            pub fn input_cache_write<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_cache_write = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_cache_write: {e}"
                        )
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCountBreakdown>
        for super::TokenCountBreakdown {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCountBreakdown,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input: value.input?,
                    input_cache_read: value.input_cache_read?,
                    input_cache_write: value.input_cache_write?,
                    output: value.output?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCountBreakdown> for TokenCountBreakdown {
            fn from(value: super::TokenCountBreakdown) -> Self {
                Self {
                    input: Ok(value.input),
                    input_cache_read: Ok(value.input_cache_read),
                    input_cache_write: Ok(value.input_cache_write),
                    output: Ok(value.output),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateAgentRequest {
            base_harness: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            base_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credential_strategy: ::std::result::Result<
                ::std::option::Option<super::AgentCredentialStrategy>,
                ::std::string::String,
            >,
            default_runner_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            harness: ::std::result::Result<
                ::std::option::Option<super::Harness>,
                ::std::string::String,
            >,
            harness_auth_secrets: ::std::result::Result<
                ::std::option::Option<super::HarnessAuthSecrets>,
                ::std::string::String,
            >,
            inference_providers: ::std::result::Result<
                ::std::option::Option<super::InferenceProvidersConfig>,
                ::std::string::String,
            >,
            mcp_servers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::McpServerConfig,
                >,
                ::std::string::String,
            >,
            memory: ::std::result::Result<
                ::std::option::Option<super::AgentMemoryUpdateConfig>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            on_behalf_of_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            secrets: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::SecretRef>>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            worker_host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateAgentRequest {
            fn default() -> Self {
                Self {
                    base_harness: Ok(Default::default()),
                    base_model: Ok(Default::default()),
                    credential_strategy: Ok(Default::default()),
                    default_runner_uid: Ok(Default::default()),
                    description: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    harness: Ok(Default::default()),
                    harness_auth_secrets: Ok(Default::default()),
                    inference_providers: Ok(Default::default()),
                    mcp_servers: Ok(Default::default()),
                    memory: Ok(Default::default()),
                    name: Ok(Default::default()),
                    on_behalf_of_enabled: Ok(Default::default()),
                    prompt: Ok(Default::default()),
                    secrets: Ok(Default::default()),
                    skills: Ok(Default::default()),
                    worker_host: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UpdateAgentRequest {
            pub fn base_harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_harness)
                        )
                    });
                self
            }
            pub fn base_model<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.base_model = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.base_model)
                        )
                    });
                self
            }
            pub fn credential_strategy<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentCredentialStrategy>,
            {
                self.credential_strategy = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.credential_strategy)
                        )
                    });
                self
            }
            pub fn default_runner_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.default_runner_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.default_runner_uid)
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.description = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.description)
                        )
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.environment_id = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.environment_id)
                        )
                    });
                self
            }
            pub fn harness<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::Harness>,
            {
                self.harness = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness)
                        )
                    });
                self
            }
            pub fn harness_auth_secrets<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::HarnessAuthSecrets>,
            {
                self.harness_auth_secrets = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.harness_auth_secrets)
                        )
                    });
                self
            }
            pub fn inference_providers<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::InferenceProvidersConfig>,
            {
                self.inference_providers = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.inference_providers)
                        )
                    });
                self
            }
            pub fn mcp_servers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::McpServerConfig,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mcp_servers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mcp_servers: {e}")
                    });
                self
            }
            pub fn memory<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentMemoryUpdateConfig>,
            {
                self.memory = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.memory)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.name)
                        )
                    });
                self
            }
            pub fn on_behalf_of_enabled<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<bool>,
            {
                self.on_behalf_of_enabled = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.on_behalf_of_enabled)
                        )
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.prompt)
                        )
                    });
                self
            }
            pub fn secrets<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::vec::Vec<super::SecretRef>>,
            {
                self.secrets = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.secrets)
                        )
                    });
                self
            }
            pub fn skills<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::vec::Vec<::std::string::String>>,
            {
                self.skills = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.skills)
                        )
                    });
                self
            }
            pub fn worker_host<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.worker_host = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.worker_host)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateAgentRequest> for super::UpdateAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_harness: value.base_harness?,
                    base_model: value.base_model?,
                    credential_strategy: value.credential_strategy?,
                    default_runner_uid: value.default_runner_uid?,
                    description: value.description?,
                    environment_id: value.environment_id?,
                    harness: value.harness?,
                    harness_auth_secrets: value.harness_auth_secrets?,
                    inference_providers: value.inference_providers?,
                    mcp_servers: value.mcp_servers?,
                    memory: value.memory?,
                    name: value.name?,
                    on_behalf_of_enabled: value.on_behalf_of_enabled?,
                    prompt: value.prompt?,
                    secrets: value.secrets?,
                    skills: value.skills?,
                    worker_host: value.worker_host?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateAgentRequest> for UpdateAgentRequest {
            fn from(value: super::UpdateAgentRequest) -> Self {
                Self {
                    base_harness: Ok(value.base_harness),
                    base_model: Ok(value.base_model),
                    credential_strategy: Ok(value.credential_strategy),
                    default_runner_uid: Ok(value.default_runner_uid),
                    description: Ok(value.description),
                    environment_id: Ok(value.environment_id),
                    harness: Ok(value.harness),
                    harness_auth_secrets: Ok(value.harness_auth_secrets),
                    inference_providers: Ok(value.inference_providers),
                    mcp_servers: Ok(value.mcp_servers),
                    memory: Ok(value.memory),
                    name: Ok(value.name),
                    on_behalf_of_enabled: Ok(value.on_behalf_of_enabled),
                    prompt: Ok(value.prompt),
                    secrets: Ok(value.secrets),
                    skills: Ok(value.skills),
                    worker_host: Ok(value.worker_host),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateScheduledAgentRequest {
            agent_config: ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfig>,
                ::std::string::String,
            >,
            agent_uid: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            cron_schedule: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::RunMetadata>,
                ::std::string::String,
            >,
            mode: ::std::result::Result<
                ::std::option::Option<super::AgentRunMode>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateScheduledAgentRequest {
            fn default() -> Self {
                Self {
                    agent_config: Ok(Default::default()),
                    agent_uid: Ok(Default::default()),
                    cron_schedule: Err(
                        "no value supplied for cron_schedule".to_string(),
                    ),
                    enabled: Err("no value supplied for enabled".to_string()),
                    metadata: Ok(Default::default()),
                    mode: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    prompt: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UpdateScheduledAgentRequest {
            pub fn agent_config<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AmbientAgentConfig>,
            {
                self.agent_config = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_config)
                        )
                    });
                self
            }
            pub fn agent_uid<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::uuid::Uuid>,
            {
                self.agent_uid = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.agent_uid)
                        )
                    });
                self
            }
            pub fn cron_schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cron_schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cron_schedule: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::RunMetadata>,
            {
                self.metadata = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.metadata)
                        )
                    });
                self
            }
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::AgentRunMode>,
            {
                self.mode = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.mode)
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn prompt<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.prompt = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.prompt)
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateScheduledAgentRequest>
        for super::UpdateScheduledAgentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateScheduledAgentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_config: value.agent_config?,
                    agent_uid: value.agent_uid?,
                    cron_schedule: value.cron_schedule?,
                    enabled: value.enabled?,
                    metadata: value.metadata?,
                    mode: value.mode?,
                    name: value.name?,
                    prompt: value.prompt?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateScheduledAgentRequest>
        for UpdateScheduledAgentRequest {
            fn from(value: super::UpdateScheduledAgentRequest) -> Self {
                Self {
                    agent_config: Ok(value.agent_config),
                    agent_uid: Ok(value.agent_uid),
                    cron_schedule: Ok(value.cron_schedule),
                    enabled: Ok(value.enabled),
                    metadata: Ok(value.metadata),
                    mode: Ok(value.mode),
                    name: Ok(value.name),
                    prompt: Ok(value.prompt),
                    extra: Ok(value.extra),
                }
            }
        }
        impl crate::IntoOptional<super::ActionContentBlock> for ActionContentBlock {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ActionContentBlock>,
                ::std::string::String,
            > {
                super::ActionContentBlock::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ActionResultContentBlock>
        for ActionResultContentBlock {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ActionResultContentBlock>,
                ::std::string::String,
            > {
                super::ActionResultContentBlock::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentAutoMemoryCreateConfig>
        for AgentAutoMemoryCreateConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentAutoMemoryCreateConfig>,
                ::std::string::String,
            > {
                super::AgentAutoMemoryCreateConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentAutoMemoryResponse>
        for AgentAutoMemoryResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentAutoMemoryResponse>,
                ::std::string::String,
            > {
                super::AgentAutoMemoryResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentListEnvironment> for AgentListEnvironment {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentListEnvironment>,
                ::std::string::String,
            > {
                super::AgentListEnvironment::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentListItem> for AgentListItem {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentListItem>,
                ::std::string::String,
            > {
                super::AgentListItem::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentListSource> for AgentListSource {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentListSource>,
                ::std::string::String,
            > {
                super::AgentListSource::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentListVariant> for AgentListVariant {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentListVariant>,
                ::std::string::String,
            > {
                super::AgentListVariant::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentMemoryCreateConfig>
        for AgentMemoryCreateConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentMemoryCreateConfig>,
                ::std::string::String,
            > {
                super::AgentMemoryCreateConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentMemoryResponse> for AgentMemoryResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentMemoryResponse>,
                ::std::string::String,
            > {
                super::AgentMemoryResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentMemoryUpdateConfig>
        for AgentMemoryUpdateConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentMemoryUpdateConfig>,
                ::std::string::String,
            > {
                super::AgentMemoryUpdateConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentResponse> for AgentResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentResponse>,
                ::std::string::String,
            > {
                super::AgentResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AgentSkill> for AgentSkill {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AgentSkill>,
                ::std::string::String,
            > {
                super::AgentSkill::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AiRunTimelineEvent> for AiRunTimelineEvent {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AiRunTimelineEvent>,
                ::std::string::String,
            > {
                super::AiRunTimelineEvent::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AmbientAgentConfig> for AmbientAgentConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AmbientAgentConfig>,
                ::std::string::String,
            > {
                super::AmbientAgentConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AttachmentInput> for AttachmentInput {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AttachmentInput>,
                ::std::string::String,
            > {
                super::AttachmentInput::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AwsInferenceProviderConfig>
        for AwsInferenceProviderConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AwsInferenceProviderConfig>,
                ::std::string::String,
            > {
                super::AwsInferenceProviderConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::AwsProviderConfig> for AwsProviderConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::AwsProviderConfig>,
                ::std::string::String,
            > {
                super::AwsProviderConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ChargedUsageDetail> for ChargedUsageDetail {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ChargedUsageDetail>,
                ::std::string::String,
            > {
                super::ChargedUsageDetail::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::CloudEnvironment> for CloudEnvironment {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::CloudEnvironment>,
                ::std::string::String,
            > {
                super::CloudEnvironment::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::CloudEnvironmentConfig>
        for CloudEnvironmentConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::CloudEnvironmentConfig>,
                ::std::string::String,
            > {
                super::CloudEnvironmentConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ConnectedSelfHostedWorker>
        for ConnectedSelfHostedWorker {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ConnectedSelfHostedWorker>,
                ::std::string::String,
            > {
                super::ConnectedSelfHostedWorker::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ConversationMessage> for ConversationMessage {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ConversationMessage>,
                ::std::string::String,
            > {
                super::ConversationMessage::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ConversationResponse> for ConversationResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ConversationResponse>,
                ::std::string::String,
            > {
                super::ConversationResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ConversationStep> for ConversationStep {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ConversationStep>,
                ::std::string::String,
            > {
                super::ConversationStep::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::CreateAgentRequest> for CreateAgentRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::CreateAgentRequest>,
                ::std::string::String,
            > {
                super::CreateAgentRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::CreateScheduledAgentRequest>
        for CreateScheduledAgentRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::CreateScheduledAgentRequest>,
                ::std::string::String,
            > {
                super::CreateScheduledAgentRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::DeleteScheduledAgentResponse>
        for DeleteScheduledAgentResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::DeleteScheduledAgentResponse>,
                ::std::string::String,
            > {
                super::DeleteScheduledAgentResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::EnvironmentLastTask> for EnvironmentLastTask {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::EnvironmentLastTask>,
                ::std::string::String,
            > {
                super::EnvironmentLastTask::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::Error> for Error {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::Error>,
                ::std::string::String,
            > {
                super::Error::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::EventContentBlock> for EventContentBlock {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::EventContentBlock>,
                ::std::string::String,
            > {
                super::EventContentBlock::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ExternalReferenceArtifact>
        for ExternalReferenceArtifact {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ExternalReferenceArtifact>,
                ::std::string::String,
            > {
                super::ExternalReferenceArtifact::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ExternalReferenceArtifactData>
        for ExternalReferenceArtifactData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ExternalReferenceArtifactData>,
                ::std::string::String,
            > {
                super::ExternalReferenceArtifactData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FileArtifact> for FileArtifact {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FileArtifact>,
                ::std::string::String,
            > {
                super::FileArtifact::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FileArtifactData> for FileArtifactData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FileArtifactData>,
                ::std::string::String,
            > {
                super::FileArtifactData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FileArtifactResponse> for FileArtifactResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FileArtifactResponse>,
                ::std::string::String,
            > {
                super::FileArtifactResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FileArtifactResponseData>
        for FileArtifactResponseData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FileArtifactResponseData>,
                ::std::string::String,
            > {
                super::FileArtifactResponseData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::GcpProviderConfig> for GcpProviderConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::GcpProviderConfig>,
                ::std::string::String,
            > {
                super::GcpProviderConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::GetRunTimelineResponse>
        for GetRunTimelineResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::GetRunTimelineResponse>,
                ::std::string::String,
            > {
                super::GetRunTimelineResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::GitHubRepo> for GitHubRepo {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::GitHubRepo>,
                ::std::string::String,
            > {
                super::GitHubRepo::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::Harness> for Harness {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::Harness>,
                ::std::string::String,
            > {
                super::Harness::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::HarnessAuthSecrets> for HarnessAuthSecrets {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::HarnessAuthSecrets>,
                ::std::string::String,
            > {
                super::HarnessAuthSecrets::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::InferenceCostBreakdownUsd>
        for InferenceCostBreakdownUsd {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::InferenceCostBreakdownUsd>,
                ::std::string::String,
            > {
                super::InferenceCostBreakdownUsd::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::InferenceProvidersConfig>
        for InferenceProvidersConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::InferenceProvidersConfig>,
                ::std::string::String,
            > {
                super::InferenceProvidersConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::InferenceUsageDetail> for InferenceUsageDetail {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::InferenceUsageDetail>,
                ::std::string::String,
            > {
                super::InferenceUsageDetail::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListAgentIdentitiesResponse>
        for ListAgentIdentitiesResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListAgentIdentitiesResponse>,
                ::std::string::String,
            > {
                super::ListAgentIdentitiesResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListAgentsResponse> for ListAgentsResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListAgentsResponse>,
                ::std::string::String,
            > {
                super::ListAgentsResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListConnectedSelfHostedWorkersResponse>
        for ListConnectedSelfHostedWorkersResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListConnectedSelfHostedWorkersResponse>,
                ::std::string::String,
            > {
                super::ListConnectedSelfHostedWorkersResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListEnvironmentsResponse>
        for ListEnvironmentsResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListEnvironmentsResponse>,
                ::std::string::String,
            > {
                super::ListEnvironmentsResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListModelsResponse> for ListModelsResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListModelsResponse>,
                ::std::string::String,
            > {
                super::ListModelsResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListRunsResponse> for ListRunsResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListRunsResponse>,
                ::std::string::String,
            > {
                super::ListRunsResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ListScheduledAgentsResponse>
        for ListScheduledAgentsResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ListScheduledAgentsResponse>,
                ::std::string::String,
            > {
                super::ListScheduledAgentsResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::McpServerConfig> for McpServerConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::McpServerConfig>,
                ::std::string::String,
            > {
                super::McpServerConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::MemoryStoreAttachmentResponse>
        for MemoryStoreAttachmentResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::MemoryStoreAttachmentResponse>,
                ::std::string::String,
            > {
                super::MemoryStoreAttachmentResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::MemoryStoreRef> for MemoryStoreRef {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::MemoryStoreRef>,
                ::std::string::String,
            > {
                super::MemoryStoreRef::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ModelInfo> for ModelInfo {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ModelInfo>,
                ::std::string::String,
            > {
                super::ModelInfo::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PageInfo> for PageInfo {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PageInfo>,
                ::std::string::String,
            > {
                super::PageInfo::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PlanArtifact> for PlanArtifact {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PlanArtifact>,
                ::std::string::String,
            > {
                super::PlanArtifact::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PlanArtifactData> for PlanArtifactData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PlanArtifactData>,
                ::std::string::String,
            > {
                super::PlanArtifactData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PlanArtifactResponse> for PlanArtifactResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PlanArtifactResponse>,
                ::std::string::String,
            > {
                super::PlanArtifactResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PlanArtifactResponseData>
        for PlanArtifactResponseData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PlanArtifactResponseData>,
                ::std::string::String,
            > {
                super::PlanArtifactResponseData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ProvidersConfig> for ProvidersConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ProvidersConfig>,
                ::std::string::String,
            > {
                super::ProvidersConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PullRequestArtifact> for PullRequestArtifact {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PullRequestArtifact>,
                ::std::string::String,
            > {
                super::PullRequestArtifact::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::PullRequestArtifactData>
        for PullRequestArtifactData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::PullRequestArtifactData>,
                ::std::string::String,
            > {
                super::PullRequestArtifactData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ReportRunScoresRequest>
        for ReportRunScoresRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ReportRunScoresRequest>,
                ::std::string::String,
            > {
                super::ReportRunScoresRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ReportRunScoresResponse>
        for ReportRunScoresResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ReportRunScoresResponse>,
                ::std::string::String,
            > {
                super::ReportRunScoresResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ReportedRunScore> for ReportedRunScore {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ReportedRunScore>,
                ::std::string::String,
            > {
                super::ReportedRunScore::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ReportedRunScoreOutcome>
        for ReportedRunScoreOutcome {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ReportedRunScoreOutcome>,
                ::std::string::String,
            > {
                super::ReportedRunScoreOutcome::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RequestUsage> for RequestUsage {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RequestUsage>,
                ::std::string::String,
            > {
                super::RequestUsage::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunAgentRequest> for RunAgentRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunAgentRequest>,
                ::std::string::String,
            > {
                super::RunAgentRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunAgentResponse> for RunAgentResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunAgentResponse>,
                ::std::string::String,
            > {
                super::RunAgentResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunByExternalReferenceResponse>
        for RunByExternalReferenceResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunByExternalReferenceResponse>,
                ::std::string::String,
            > {
                super::RunByExternalReferenceResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunCreatorInfo> for RunCreatorInfo {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunCreatorInfo>,
                ::std::string::String,
            > {
                super::RunCreatorInfo::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunFollowupRequest> for RunFollowupRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunFollowupRequest>,
                ::std::string::String,
            > {
                super::RunFollowupRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunItem> for RunItem {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunItem>,
                ::std::string::String,
            > {
                super::RunItem::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::RunStatusMessage> for RunStatusMessage {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunStatusMessage>,
                ::std::string::String,
            > {
                super::RunStatusMessage::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScheduleInfo> for ScheduleInfo {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScheduleInfo>,
                ::std::string::String,
            > {
                super::ScheduleInfo::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScheduledAgentHistoryItem>
        for ScheduledAgentHistoryItem {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScheduledAgentHistoryItem>,
                ::std::string::String,
            > {
                super::ScheduledAgentHistoryItem::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScheduledAgentItem> for ScheduledAgentItem {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScheduledAgentItem>,
                ::std::string::String,
            > {
                super::ScheduledAgentItem::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::Scope> for Scope {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::Scope>,
                ::std::string::String,
            > {
                super::Scope::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScreenshotArtifact> for ScreenshotArtifact {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScreenshotArtifact>,
                ::std::string::String,
            > {
                super::ScreenshotArtifact::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScreenshotArtifactData>
        for ScreenshotArtifactData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScreenshotArtifactData>,
                ::std::string::String,
            > {
                super::ScreenshotArtifactData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScreenshotArtifactResponse>
        for ScreenshotArtifactResponse {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScreenshotArtifactResponse>,
                ::std::string::String,
            > {
                super::ScreenshotArtifactResponse::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ScreenshotArtifactResponseData>
        for ScreenshotArtifactResponseData {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ScreenshotArtifactResponseData>,
                ::std::string::String,
            > {
                super::ScreenshotArtifactResponseData::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::SecretRef> for SecretRef {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::SecretRef>,
                ::std::string::String,
            > {
                super::SecretRef::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::SessionSharingConfig> for SessionSharingConfig {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::SessionSharingConfig>,
                ::std::string::String,
            > {
                super::SessionSharingConfig::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::TextContentBlock> for TextContentBlock {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::TextContentBlock>,
                ::std::string::String,
            > {
                super::TextContentBlock::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::TokenCountBreakdown> for TokenCountBreakdown {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::TokenCountBreakdown>,
                ::std::string::String,
            > {
                super::TokenCountBreakdown::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::UpdateAgentRequest> for UpdateAgentRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::UpdateAgentRequest>,
                ::std::string::String,
            > {
                super::UpdateAgentRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::UpdateScheduledAgentRequest>
        for UpdateScheduledAgentRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::UpdateScheduledAgentRequest>,
                ::std::string::String,
            > {
                super::UpdateScheduledAgentRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl crate::pagination::Page for ListRunsResponse {
        type Item = <::std::vec::Vec<RunItem> as crate::pagination::ItemsField>::Item;
        fn next_cursor(&self) -> ::std::option::Option<&str> {
            crate::pagination::next_cursor(
                &self.page_info.next_cursor,
                &self.page_info.has_next_page,
            )
        }
        fn item_count(&self) -> usize {
            crate::pagination::ItemsField::count(&self.runs)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            crate::pagination::ItemsField::into_vec(self.runs)
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Warp Platform API

API for creating, managing, and querying factory and cloud agent runs.

These endpoints allow users to send work to factories, start standalone agents, list runs, and retrieve detailed run information.


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::ClientState,
}
impl ClientInfo<crate::ClientState> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::ClientState {
        &self.inner
    }
}
impl ClientHooks<crate::ClientState> for &Client {}
impl Client {
    /**List available agents

Retrieve a list of available agents (skills) that can be used to run tasks.
Agents are discovered from environments or a specific repository.


Sends a `GET` request to `/agent`

Arguments:
- `include_malformed_skills`: When true, includes skills whose SKILL.md file exists but is
malformed. These variants will have a non-empty `error` field
describing the parse failure. Defaults to false.

- `refresh`: When true, clears the agent list cache before fetching.
Use this to force a refresh of the available agents.

- `repo`: Optional repository specification to list agents from (format: "owner/repo").
If not provided, lists agents from all accessible environments.

- `sort_by`: Sort order for the returned agents.
- "name": Sort alphabetically by name (default)
- "last_run": Sort by most recently used

- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_agents()
    .include_malformed_skills(include_malformed_skills)
    .refresh(refresh)
    .repo(repo)
    .sort_by(sort_by)
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_agents(&self) -> builder::ListAgents<'_> {
        builder::ListAgents::new(self)
    }
    /**List connected self-hosted workers

Retrieve currently connected self-hosted workers for the authenticated principal's team.
Worker presence is derived from worker websocket heartbeats and may be briefly stale.


Sends a `GET` request to `/agent/connected-self-hosted-workers`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_connected_self_hosted_workers()
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_connected_self_hosted_workers(
        &self,
    ) -> builder::ListConnectedSelfHostedWorkers<'_> {
        builder::ListConnectedSelfHostedWorkers::new(self)
    }
    /**Get run transcript

Retrieve the raw conversation transcript for an agent run.
Returns a 302 redirect to a time-limited download URL for the transcript.


Sends a `GET` request to `/agent/runs/{runId}/transcript`

Arguments:
- `run_id`: The unique identifier of the run
```ignore
let response = client.get_run_transcript()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_run_transcript(&self) -> builder::GetRunTranscript<'_> {
        builder::GetRunTranscript::new(self)
    }
    /**Run an agent task

Spawn a cloud agent with a prompt and optional configuration.
The agent will be queued for execution and assigned a unique run ID.


Sends a `POST` request to `/agent/run`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

- `body`
```ignore
let response = client.run_agent()
    .x_warp_team_uid(x_warp_team_uid)
    .body(body)
    .send()
    .await;
```*/
    #[deprecated(note = "deprecated in the Oz Agent API spec")]
    pub fn run_agent(&self) -> builder::RunAgent<'_> {
        builder::RunAgent::new(self)
    }
    /**List agent runs

Retrieve a paginated list of agent runs with optional filtering.
Results default to `sort_by=updated_at` and `sort_order=desc`.


Sends a `GET` request to `/agent/runs`

Arguments:
- `ancestor_run_id`: Filter runs by ancestor run ID. The referenced run must exist and be accessible to the caller.
- `artifact_type`: Filter runs by artifact type
- `created_after`: Filter runs created after this timestamp (RFC3339 format)
- `created_before`: Filter runs created before this timestamp (RFC3339 format)
- `creator`: Filter by creator UID (user or service account)
- `cursor`: Pagination cursor from previous response
- `environment_id`: Filter runs by environment ID. Passing the literal value
`empty-environment` matches runs with no environment configured,
rather than omitting the parameter, which applies no environment
filter at all. `empty-environment` can never collide with a real
environment ID: every environment ID is exactly 22 characters
drawn from `[A-Za-z0-9]`, while this sentinel contains a hyphen
and is a different length.

- `execution_location`: Filter by where the run executed
- `executor`: Filter by the user or agent that executed the run. This will often be the
same as the creator, but not always: users may delegate tasks to agents.

- `limit`: Maximum number of runs to return
- `model_id`: Filter by model ID
- `name`: Filter by agent config name
- `q`: Fuzzy search query across run title, prompt, and skill_spec
- `schedule_id`: Filter runs by the scheduled agent ID that created them
- `skill`: Filter runs by skill spec (e.g., "owner/repo:path/to/SKILL.md").
Alias for skill_spec.

- `skill_spec`: Filter runs by skill spec (e.g., "owner/repo:path/to/SKILL.md")
- `sort_by`: Sort field for results.
- `updated_at`: Sort by last update timestamp (default)
- `created_at`: Sort by creation timestamp
- `title`: Sort alphabetically by run title
- `agent`: Sort alphabetically by skill. Runs without a skill are grouped last.

- `sort_order`: Sort direction
- `source`: Filter by run source type
- `state`: Filter by run state. Can be specified multiple times to match any of the given states.

- `updated_after`: Filter runs updated after this timestamp (RFC3339 format)
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_runs()
    .ancestor_run_id(ancestor_run_id)
    .artifact_type(artifact_type)
    .created_after(created_after)
    .created_before(created_before)
    .creator(creator)
    .cursor(cursor)
    .environment_id(environment_id)
    .execution_location(execution_location)
    .executor(executor)
    .limit(limit)
    .model_id(model_id)
    .name(name)
    .q(q)
    .schedule_id(schedule_id)
    .skill(skill)
    .skill_spec(skill_spec)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .source(source)
    .state(state)
    .updated_after(updated_after)
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_runs(&self) -> builder::ListRuns<'_> {
        builder::ListRuns::new(self)
    }
    /**Run a cloud agent

Spawn a cloud agent with a prompt and optional configuration.
The agent will be queued for execution and assigned a unique run ID.


Sends a `POST` request to `/agent/runs`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

- `body`
```ignore
let response = client.create_run()
    .x_warp_team_uid(x_warp_team_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_run(&self) -> builder::CreateRun<'_> {
        builder::CreateRun::new(self)
    }
    /**Find the run that produced a given external reference URL

Reverse-looks up the agent run that created an EXTERNAL_REFERENCE artifact
with the given URL. The URL is matched against the canonical locator stored
when the artifact was reported via POST /harness-support/report-artifact
with artifact_type EXTERNAL_REFERENCE. Returns 404 when no matching run
exists or when the caller lacks access, to avoid leaking run existence.


Sends a `GET` request to `/agent/run-by-external-reference`

Arguments:
- `url`: The canonical URL of the external reference artifact to look up.
```ignore
let response = client.get_run_by_external_reference_url()
    .url(url)
    .send()
    .await;
```*/
    pub fn get_run_by_external_reference_url(
        &self,
    ) -> builder::GetRunByExternalReferenceUrl<'_> {
        builder::GetRunByExternalReferenceUrl::new(self)
    }
    /**Get run details

Retrieve detailed information about a specific agent run,
including the full prompt, session link, and resolved configuration.


Sends a `GET` request to `/agent/runs/{runId}`

Arguments:
- `run_id`: The unique identifier of the run
```ignore
let response = client.get_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_run(&self) -> builder::GetRun<'_> {
        builder::GetRun::new(self)
    }
    /**Get run timeline

Retrieve chronological setup and lifecycle timeline events for an agent run.


Sends a `GET` request to `/agent/runs/{runId}/timeline`

Arguments:
- `run_id`: The unique identifier of the run
```ignore
let response = client.get_run_timeline()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_run_timeline(&self) -> builder::GetRunTimeline<'_> {
        builder::GetRunTimeline::new(self)
    }
    /**Get normalized run conversation

Retrieve a run's conversation as a normalized sequence of messages and
nested steps.
The response groups text, tool activity, and event content into
structured blocks.


Sends a `GET` request to `/agent/runs/{runId}/conversation`

Arguments:
- `run_id`: The unique identifier of the run
```ignore
let response = client.get_run_conversation()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_run_conversation(&self) -> builder::GetRunConversation<'_> {
        builder::GetRunConversation::new(self)
    }
    /**Cancel a run

Cancel an agent run that is currently queued or in progress; once
cancelled, the run transitions to a cancelled state. Not all runs can
be cancelled: a run already in a terminal state, in PENDING, or of an
unsupported type (self-hosted, local, GitHub Action) is rejected
instead — see the error responses below for each case.


Sends a `POST` request to `/agent/runs/{runId}/cancel`

Arguments:
- `run_id`: The unique identifier of the run to cancel
```ignore
let response = client.cancel_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn cancel_run(&self) -> builder::CancelRun<'_> {
        builder::CancelRun::new(self)
    }
    /**Submit a follow-up message for a run

Send a follow-up message to an existing run. The server transparently
routes the message based on the current state of the run (still
queued, actively running, or ended). A 200 response means the follow-up
was accepted; updated run state can be observed via
`GET /agent/runs/{runId}`.

A run that failed during environment setup keeps its retained session
reachable for a bounded debug window. A follow-up sent to an eligible
run in that window is delivered into the retained session to start or
continue a debug agent, without reopening the run: it stays in its
failed state, with its original failure message and error code
unchanged. This applies uniformly to every follow-up origin (this
endpoint, the Warp client, and integrations) and requires the same
authorization as any other follow-up. Once the debug window closes, or
when the run is not eligible, a follow-up falls back to the run's
ordinary continuation behavior (which may start a new execution).


Sends a `POST` request to `/agent/runs/{runId}/followups`

Arguments:
- `run_id`: The unique identifier of the run
- `body`
```ignore
let response = client.submit_run_followup()
    .run_id(run_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_run_followup(&self) -> builder::SubmitRunFollowup<'_> {
        builder::SubmitRunFollowup::new(self)
    }
    /**Get normalized conversation

Retrieve a conversation directly by conversation ID in Warp's
normalized task/message format.


Sends a `GET` request to `/agent/conversations/{conversation_id}`

Arguments:
- `conversation_id`: The unique identifier of the conversation
```ignore
let response = client.get_conversation()
    .conversation_id(conversation_id)
    .send()
    .await;
```*/
    pub fn get_conversation(&self) -> builder::GetConversation<'_> {
        builder::GetConversation::new(self)
    }
    /**Get conversation transcript

Retrieve the raw conversation transcript for a conversation.
Returns a 302 redirect to a time-limited download URL for the transcript.
Supported for third-party harness conversations (Claude Code, Codex, Gemini).


Sends a `GET` request to `/agent/conversations/{conversation_id}/transcript`

Arguments:
- `conversation_id`: The unique identifier of the conversation
```ignore
let response = client.get_conversation_transcript()
    .conversation_id(conversation_id)
    .send()
    .await;
```*/
    pub fn get_conversation_transcript(&self) -> builder::GetConversationTranscript<'_> {
        builder::GetConversationTranscript::new(self)
    }
    /**List scheduled agents

Retrieve all scheduled agents accessible to the authenticated user.
Results are sorted alphabetically by name.


Sends a `GET` request to `/agent/schedules`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_scheduled_agents()
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_scheduled_agents(&self) -> builder::ListScheduledAgents<'_> {
        builder::ListScheduledAgents::new(self)
    }
    /**Create a scheduled agent

Create a new scheduled agent that runs on a cron schedule.
The agent will be triggered automatically based on the cron expression.


Sends a `POST` request to `/agent/schedules`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

- `body`
```ignore
let response = client.create_scheduled_agent()
    .x_warp_team_uid(x_warp_team_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_scheduled_agent(&self) -> builder::CreateScheduledAgent<'_> {
        builder::CreateScheduledAgent::new(self)
    }
    /**Get scheduled agent details

Retrieve detailed information about a specific scheduled agent,
including its configuration, history, and next scheduled run time.


Sends a `GET` request to `/agent/schedules/{scheduleId}`

Arguments:
- `schedule_id`: The unique identifier of the scheduled agent
```ignore
let response = client.get_scheduled_agent()
    .schedule_id(schedule_id)
    .send()
    .await;
```*/
    pub fn get_scheduled_agent(&self) -> builder::GetScheduledAgent<'_> {
        builder::GetScheduledAgent::new(self)
    }
    /**Update a scheduled agent

Update an existing scheduled agent's configuration.
All fields except agent_config are required.


Sends a `PUT` request to `/agent/schedules/{scheduleId}`

Arguments:
- `schedule_id`: The unique identifier of the scheduled agent
- `body`
```ignore
let response = client.update_scheduled_agent()
    .schedule_id(schedule_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_scheduled_agent(&self) -> builder::UpdateScheduledAgent<'_> {
        builder::UpdateScheduledAgent::new(self)
    }
    /**Delete a scheduled agent

Delete a scheduled agent. This will stop all future scheduled runs.


Sends a `DELETE` request to `/agent/schedules/{scheduleId}`

Arguments:
- `schedule_id`: The unique identifier of the scheduled agent
```ignore
let response = client.delete_scheduled_agent()
    .schedule_id(schedule_id)
    .send()
    .await;
```*/
    pub fn delete_scheduled_agent(&self) -> builder::DeleteScheduledAgent<'_> {
        builder::DeleteScheduledAgent::new(self)
    }
    /**Pause a scheduled agent

Pause a scheduled agent. The agent will not run until resumed.


Sends a `POST` request to `/agent/schedules/{scheduleId}/pause`

Arguments:
- `schedule_id`: The unique identifier of the scheduled agent
```ignore
let response = client.pause_scheduled_agent()
    .schedule_id(schedule_id)
    .send()
    .await;
```*/
    pub fn pause_scheduled_agent(&self) -> builder::PauseScheduledAgent<'_> {
        builder::PauseScheduledAgent::new(self)
    }
    /**Resume a scheduled agent

Resume a paused scheduled agent. The agent will start running
according to its cron schedule.


Sends a `POST` request to `/agent/schedules/{scheduleId}/resume`

Arguments:
- `schedule_id`: The unique identifier of the scheduled agent
```ignore
let response = client.resume_scheduled_agent()
    .schedule_id(schedule_id)
    .send()
    .await;
```*/
    pub fn resume_scheduled_agent(&self) -> builder::ResumeScheduledAgent<'_> {
        builder::ResumeScheduledAgent::new(self)
    }
    /**List environments

Retrieve cloud environments accessible to the authenticated principal.
Returns environments the caller owns, has been granted guest access to,
or has accessed via link sharing.


Sends a `GET` request to `/agent/environments`

Arguments:
- `sort_by`: Sort order for the returned environments.
- `name`: alphabetical by environment name
- `last_updated`: most recently updated first (default)

- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_environments()
    .sort_by(sort_by)
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_environments(&self) -> builder::ListEnvironments<'_> {
        builder::ListEnvironments::new(self)
    }
    /**List available models

Retrieve the list of LLM models available to the authenticated user for
agent runs. The response includes which model is the default, as well as
per-model metadata such as provider, cost, and whether the model is
currently disabled (and why).


Sends a `GET` request to `/agent/models`

```ignore
let response = client.list_models()
    .send()
    .await;
```*/
    pub fn list_models(&self) -> builder::ListModels<'_> {
        builder::ListModels::new(self)
    }
    /**Get artifact details

Retrieve an artifact by its UUID: a time-limited signed download URL
for downloadable file-like artifacts, or the current plan content
inline for plan artifacts. Public artifacts can be read without
authentication; private artifacts require the caller to be
authenticated and authorized.


Sends a `GET` request to `/agent/artifacts/{artifactUid}`

Arguments:
- `artifact_uid`: The unique identifier (UUID) of the artifact
```ignore
let response = client.get_artifact()
    .artifact_uid(artifact_uid)
    .send()
    .await;
```*/
    pub fn get_artifact(&self) -> builder::GetArtifact<'_> {
        builder::GetArtifact::new(self)
    }
    /**Download an artifact

Redirect to a temporary signed download URL for a downloadable artifact.
Public artifacts can be downloaded without authentication; private
artifacts require the caller to be authenticated and authorized.


Sends a `GET` request to `/agent/artifacts/{artifactUid}/download`

Arguments:
- `artifact_uid`: The unique identifier (UUID) of the artifact
```ignore
let response = client.download_artifact()
    .artifact_uid(artifact_uid)
    .send()
    .await;
```*/
    pub fn download_artifact(&self) -> builder::DownloadArtifact<'_> {
        builder::DownloadArtifact::new(self)
    }
    /**List agents

List all agents for the caller's team. Each agent includes
an `available` flag indicating whether it is within the team's plan limit
and may be used for runs.


Sends a `GET` request to `/agent/identities`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_agent_identities()
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_agent_identities(&self) -> builder::ListAgentIdentities<'_> {
        builder::ListAgentIdentities::new(self)
    }
    /**Create an agent

Create a new agent for the caller's team.
Agents can be used as the execution principal for team-owned runs.


Sends a `POST` request to `/agent/identities`

Arguments:
- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

- `body`
```ignore
let response = client.create_agent()
    .x_warp_team_uid(x_warp_team_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_agent(&self) -> builder::CreateAgent<'_> {
        builder::CreateAgent::new(self)
    }
    /**Report evaluation scores for a run

Report one or more evaluation verdicts for a run, called by the judge
run dispatched to score it and authenticated with that judge run's
API key. Each verdict is processed independently — the response
reports per-verdict acceptance, and a rejected verdict does not block
the others — so reporting a subset of the run's evaluations is valid.


Sends a `POST` request to `/agent/runs/{runId}/scores`

Arguments:
- `run_id`: The run being scored
- `body`
```ignore
let response = client.report_run_scores()
    .run_id(run_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn report_run_scores(&self) -> builder::ReportRunScores<'_> {
        builder::ReportRunScores::new(self)
    }
    /**Retrieve an agent

Retrieve a single agent by its unique identifier.
The response includes an `available` flag indicating whether the agent
is within the team's plan limit and may be used for runs.


Sends a `GET` request to `/agent/identities/{uid}`

Arguments:
- `uid`: The unique identifier of the agent
```ignore
let response = client.get_agent()
    .uid(uid)
    .send()
    .await;
```*/
    pub fn get_agent(&self) -> builder::GetAgent<'_> {
        builder::GetAgent::new(self)
    }
    /**Update an agent

Update an existing agent.


Sends a `PUT` request to `/agent/identities/{uid}`

Arguments:
- `uid`: The unique identifier of the agent
- `body`
```ignore
let response = client.update_agent()
    .uid(uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_agent(&self) -> builder::UpdateAgent<'_> {
        builder::UpdateAgent::new(self)
    }
    /**Delete an agent

Delete an agent. All API keys associated with the
agent are deleted atomically.


Sends a `DELETE` request to `/agent/identities/{uid}`

Arguments:
- `uid`: The unique identifier of the agent
```ignore
let response = client.delete_agent()
    .uid(uid)
    .send()
    .await;
```*/
    pub fn delete_agent(&self) -> builder::DeleteAgent<'_> {
        builder::DeleteAgent::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_agents`]

[`Client::list_agents`]: super::Client::list_agents*/
    #[derive(Debug, Clone)]
    pub struct ListAgents<'a> {
        client: &'a super::Client,
        include_malformed_skills: Result<Option<bool>, String>,
        refresh: Result<Option<bool>, String>,
        repo: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<types::ListAgentsSortBy>, String>,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListAgents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                include_malformed_skills: Ok(None),
                refresh: Ok(None),
                repo: Ok(None),
                sort_by: Ok(None),
                x_warp_team_uid: Ok(None),
            }
        }
        pub fn include_malformed_skills<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_malformed_skills = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_malformed_skills failed"
                        .to_string()
                });
            self
        }
        pub fn refresh<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.refresh = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for refresh failed".to_string());
            self
        }
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListAgentsSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListAgentsSortBy` for sort_by failed".to_string()
                });
            self
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListAgentsResponse>, crate::Error> {
            let Self {
                client,
                include_malformed_skills,
                refresh,
                repo,
                sort_by,
                x_warp_team_uid,
            } = self;
            let include_malformed_skills = include_malformed_skills
                .map_err(crate::Error::invalid_request)?;
            let refresh = refresh.map_err(crate::Error::invalid_request)?;
            let repo = repo.map_err(crate::Error::invalid_request)?;
            let sort_by = sort_by.map_err(crate::Error::invalid_request)?;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_malformed_skills",
                        &include_malformed_skills,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("refresh", &refresh))
                .query(&progenitor_client::QueryParam::new("repo", &repo))
                .query(&progenitor_client::QueryParam::new("sort_by", &sort_by))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_agents",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_connected_self_hosted_workers`]

[`Client::list_connected_self_hosted_workers`]: super::Client::list_connected_self_hosted_workers*/
    #[derive(Debug, Clone)]
    pub struct ListConnectedSelfHostedWorkers<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListConnectedSelfHostedWorkers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/connected-self-hosted-workers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListConnectedSelfHostedWorkersResponse>,
            crate::Error,
        > {
            let Self { client, x_warp_team_uid } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/connected-self-hosted-workers", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_connected_self_hosted_workers",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_run_transcript`]

[`Client::get_run_transcript`]: super::Client::get_run_transcript*/
    #[derive(Debug, Clone)]
    pub struct GetRunTranscript<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRunTranscript<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/runs/{runId}/transcript`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/transcript", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_run_transcript",
            };
            crate::transport::execute(client, request, &info)
                .await
                .map(ResponseValue::stream)
        }
    }
    /**Builder for [`Client::run_agent`]

[`Client::run_agent`]: super::Client::run_agent*/
    #[derive(Debug, Clone)]
    pub struct RunAgent<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::RunAgentRequest, String>,
    }
    impl<'a> RunAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunAgentRequest>,
            <V as std::convert::TryInto<
                types::RunAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RunAgentRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RunAgentRequest,
            ) -> types::builder::RunAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/run`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RunAgentResponse>, crate::Error> {
            let Self { client, x_warp_team_uid, body } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::RunAgentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/run", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "run_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_runs`]

[`Client::list_runs`]: super::Client::list_runs*/
    #[derive(Debug, Clone)]
    pub struct ListRuns<'a> {
        client: &'a super::Client,
        ancestor_run_id: Result<Option<::std::string::String>, String>,
        artifact_type: Result<Option<types::ListRunsArtifactType>, String>,
        created_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        created_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        creator: Result<Option<::std::string::String>, String>,
        cursor: Result<Option<::std::string::String>, String>,
        environment_id: Result<Option<::std::string::String>, String>,
        execution_location: Result<Option<types::RunExecutionLocation>, String>,
        executor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        model_id: Result<Option<::std::string::String>, String>,
        name: Result<Option<::std::string::String>, String>,
        q: Result<Option<::std::string::String>, String>,
        schedule_id: Result<Option<::std::string::String>, String>,
        skill: Result<Option<::std::string::String>, String>,
        skill_spec: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<types::ListRunsSortBy>, String>,
        sort_order: Result<Option<types::ListRunsSortOrder>, String>,
        source: Result<Option<types::RunSourceType>, String>,
        state: Result<Option<::std::vec::Vec<types::RunState>>, String>,
        updated_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
        metadata: ::std::option::Option<
            ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        >,
    }
    impl<'a> ListRuns<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ancestor_run_id: Ok(None),
                artifact_type: Ok(None),
                created_after: Ok(None),
                created_before: Ok(None),
                creator: Ok(None),
                cursor: Ok(None),
                environment_id: Ok(None),
                execution_location: Ok(None),
                executor: Ok(None),
                limit: Ok(None),
                model_id: Ok(None),
                name: Ok(None),
                q: Ok(None),
                schedule_id: Ok(None),
                skill: Ok(None),
                skill_spec: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                source: Ok(None),
                state: Ok(None),
                updated_after: Ok(None),
                x_warp_team_uid: Ok(None),
                metadata: ::std::option::Option::None,
            }
        }
        pub fn ancestor_run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ancestor_run_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ancestor_run_id failed"
                        .to_string()
                });
            self
        }
        pub fn artifact_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRunsArtifactType>,
        {
            self.artifact_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRunsArtifactType` for artifact_type failed"
                        .to_string()
                });
            self
        }
        pub fn created_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_after failed"
                        .to_string()
                });
            self
        }
        pub fn created_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_before failed"
                        .to_string()
                });
            self
        }
        pub fn creator<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.creator = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for creator failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn environment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_id failed"
                        .to_string()
                });
            self
        }
        pub fn execution_location<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunExecutionLocation>,
        {
            self.execution_location = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `RunExecutionLocation` for execution_location failed"
                        .to_string()
                });
            self
        }
        pub fn executor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.executor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for executor failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn model_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.model_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for model_id failed"
                        .to_string()
                });
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
                });
            self
        }
        pub fn schedule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schedule_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schedule_id failed"
                        .to_string()
                });
            self
        }
        pub fn skill<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.skill = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for skill failed"
                        .to_string()
                });
            self
        }
        pub fn skill_spec<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.skill_spec = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for skill_spec failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRunsSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRunsSortBy` for sort_by failed".to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRunsSortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRunsSortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn source<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunSourceType>,
        {
            self.source = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `RunSourceType` for source failed".to_string()
                });
            self
        }
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::RunState>>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < RunState >` for state failed"
                        .to_string()
                });
            self
        }
        pub fn updated_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.updated_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for updated_after failed"
                        .to_string()
                });
            self
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/runs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListRunsResponse>, crate::Error> {
            let Self {
                client,
                ancestor_run_id,
                artifact_type,
                created_after,
                created_before,
                creator,
                cursor,
                environment_id,
                execution_location,
                executor,
                limit,
                model_id,
                name,
                q,
                schedule_id,
                skill,
                skill_spec,
                sort_by,
                sort_order,
                source,
                state,
                updated_after,
                x_warp_team_uid,
                metadata,
            } = self;
            let ancestor_run_id = ancestor_run_id
                .map_err(crate::Error::invalid_request)?;
            let artifact_type = artifact_type.map_err(crate::Error::invalid_request)?;
            let created_after = created_after.map_err(crate::Error::invalid_request)?;
            let created_before = created_before.map_err(crate::Error::invalid_request)?;
            let creator = creator.map_err(crate::Error::invalid_request)?;
            let cursor = cursor.map_err(crate::Error::invalid_request)?;
            let environment_id = environment_id.map_err(crate::Error::invalid_request)?;
            let execution_location = execution_location
                .map_err(crate::Error::invalid_request)?;
            let executor = executor.map_err(crate::Error::invalid_request)?;
            let limit = limit.map_err(crate::Error::invalid_request)?;
            let model_id = model_id.map_err(crate::Error::invalid_request)?;
            let name = name.map_err(crate::Error::invalid_request)?;
            let q = q.map_err(crate::Error::invalid_request)?;
            let schedule_id = schedule_id.map_err(crate::Error::invalid_request)?;
            let skill = skill.map_err(crate::Error::invalid_request)?;
            let skill_spec = skill_spec.map_err(crate::Error::invalid_request)?;
            let sort_by = sort_by.map_err(crate::Error::invalid_request)?;
            let sort_order = sort_order.map_err(crate::Error::invalid_request)?;
            let source = source.map_err(crate::Error::invalid_request)?;
            let state = state.map_err(crate::Error::invalid_request)?;
            let updated_after = updated_after.map_err(crate::Error::invalid_request)?;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/runs", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "ancestor_run_id",
                        &ancestor_run_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("artifact_type", &artifact_type),
                )
                .query(
                    &progenitor_client::QueryParam::new("created_after", &created_after),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "created_before",
                        &created_before,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("creator", &creator))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "environment_id",
                        &environment_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "execution_location",
                        &execution_location,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("executor", &executor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("model_id", &model_id))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("schedule_id", &schedule_id))
                .query(&progenitor_client::QueryParam::new("skill", &skill))
                .query(&progenitor_client::QueryParam::new("skill_spec", &skill_spec))
                .query(&progenitor_client::QueryParam::new("sort_by", &sort_by))
                .query(&progenitor_client::QueryParam::new("sort_order", &sort_order))
                .query(&progenitor_client::QueryParam::new("source", &source))
                .query(&progenitor_client::QueryParam::new("state", &state))
                .query(
                    &progenitor_client::QueryParam::new("updated_after", &updated_after),
                )
                .headers(header_map)
                .build()?;
            crate::transport::append_deep_object(
                &mut request,
                "metadata",
                metadata.as_deref(),
            );
            let info = OperationInfo {
                operation_id: "list_runs",
            };
            crate::transport::execute_json(client, request, &info).await
        }
        /**Sets the `metadata` query parameter (style `deepObject`): each `(key, value)` pair is sent as `metadata[key]=value`, in the order given. Calling it again replaces the pairs.

Filter by exact metadata key/value pairs using object notation
(e.g. `metadata[ticket_id]=VIS-238`), combining multiple pairs
with AND semantics, up to 5 per request. Returns
`feature_not_available` when metadata filtering is not enabled.*/
        pub fn metadata<I, K, V>(mut self, pairs: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = (K, V)>,
            K: ::std::convert::Into<::std::string::String>,
            V: ::std::string::ToString,
        {
            self.metadata = ::std::option::Option::Some(
                pairs.into_iter().map(|(k, v)| (k.into(), v.to_string())).collect(),
            );
            self
        }
    }
    /**Builder for [`Client::create_run`]

[`Client::create_run`]: super::Client::create_run*/
    #[derive(Debug, Clone)]
    pub struct CreateRun<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::RunAgentRequest, String>,
    }
    impl<'a> CreateRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunAgentRequest>,
            <V as std::convert::TryInto<
                types::RunAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RunAgentRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RunAgentRequest,
            ) -> types::builder::RunAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/runs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RunAgentResponse>, crate::Error> {
            let Self { client, x_warp_team_uid, body } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::RunAgentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/runs", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_run",
            };
            crate::exactly_once::create_run(client, request, &body, &info).await
        }
    }
    /**Builder for [`Client::get_run_by_external_reference_url`]

[`Client::get_run_by_external_reference_url`]: super::Client::get_run_by_external_reference_url*/
    #[derive(Debug, Clone)]
    pub struct GetRunByExternalReferenceUrl<'a> {
        client: &'a super::Client,
        url: Result<::std::string::String, String>,
    }
    impl<'a> GetRunByExternalReferenceUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                url: Err("url was not initialized".to_string()),
            }
        }
        pub fn url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.url = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for url failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/run-by-external-reference`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RunByExternalReferenceResponse>, crate::Error> {
            let Self { client, url } = self;
            let url = url.map_err(crate::Error::invalid_request)?;
            let _url = format!("{}/agent/run-by-external-reference", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(_url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("url", &url))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_run_by_external_reference_url",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_run`]

[`Client::get_run`]: super::Client::get_run*/
    #[derive(Debug, Clone)]
    pub struct GetRun<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/runs/{runId}`
        pub async fn send(self) -> Result<ResponseValue<types::RunItem>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}", client.baseurl, crate ::path::segment("run_id", &
                crate ::path::simple_param("run_id", & run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_run",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_run_timeline`]

[`Client::get_run_timeline`]: super::Client::get_run_timeline*/
    #[derive(Debug, Clone)]
    pub struct GetRunTimeline<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRunTimeline<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/runs/{runId}/timeline`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetRunTimelineResponse>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/timeline", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_run_timeline",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_run_conversation`]

[`Client::get_run_conversation`]: super::Client::get_run_conversation*/
    #[derive(Debug, Clone)]
    pub struct GetRunConversation<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRunConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/runs/{runId}/conversation`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConversationResponse>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/conversation", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_run_conversation",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::cancel_run`]

[`Client::cancel_run`]: super::Client::cancel_run*/
    #[derive(Debug, Clone)]
    pub struct CancelRun<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> CancelRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/agent/runs/{runId}/cancel`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/cancel", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "cancel_run",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::submit_run_followup`]

[`Client::submit_run_followup`]: super::Client::submit_run_followup*/
    #[derive(Debug, Clone)]
    pub struct SubmitRunFollowup<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
        body: Result<types::builder::RunFollowupRequest, String>,
    }
    impl<'a> SubmitRunFollowup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunFollowupRequest>,
            <V as std::convert::TryInto<
                types::RunFollowupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RunFollowupRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RunFollowupRequest,
            ) -> types::builder::RunFollowupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/runs/{runId}/followups`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            crate::Error,
        > {
            let Self { client, run_id, body } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::RunFollowupRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/followups", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "submit_run_followup",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_conversation`]

[`Client::get_conversation`]: super::Client::get_conversation*/
    #[derive(Debug, Clone)]
    pub struct GetConversation<'a> {
        client: &'a super::Client,
        conversation_id: Result<::std::string::String, String>,
    }
    impl<'a> GetConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/conversations/{conversation_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConversationResponse>, crate::Error> {
            let Self { client, conversation_id } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}", client.baseurl, crate
                ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_conversation",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_conversation_transcript`]

[`Client::get_conversation_transcript`]: super::Client::get_conversation_transcript*/
    #[derive(Debug, Clone)]
    pub struct GetConversationTranscript<'a> {
        client: &'a super::Client,
        conversation_id: Result<::std::string::String, String>,
    }
    impl<'a> GetConversationTranscript<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/conversations/{conversation_id}/transcript`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, crate::Error> {
            let Self { client, conversation_id } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}/transcript", client.baseurl, crate
                ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_conversation_transcript",
            };
            crate::transport::execute(client, request, &info)
                .await
                .map(ResponseValue::stream)
        }
    }
    /**Builder for [`Client::list_scheduled_agents`]

[`Client::list_scheduled_agents`]: super::Client::list_scheduled_agents*/
    #[derive(Debug, Clone)]
    pub struct ListScheduledAgents<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListScheduledAgents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/schedules`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListScheduledAgentsResponse>, crate::Error> {
            let Self { client, x_warp_team_uid } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/schedules", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_scheduled_agents",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::create_scheduled_agent`]

[`Client::create_scheduled_agent`]: super::Client::create_scheduled_agent*/
    #[derive(Debug, Clone)]
    pub struct CreateScheduledAgent<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateScheduledAgentRequest, String>,
    }
    impl<'a> CreateScheduledAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateScheduledAgentRequest>,
            <V as std::convert::TryInto<
                types::CreateScheduledAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateScheduledAgentRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateScheduledAgentRequest,
            ) -> types::builder::CreateScheduledAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/schedules`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScheduledAgentItem>, crate::Error> {
            let Self { client, x_warp_team_uid, body } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::CreateScheduledAgentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/schedules", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_scheduled_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_scheduled_agent`]

[`Client::get_scheduled_agent`]: super::Client::get_scheduled_agent*/
    #[derive(Debug, Clone)]
    pub struct GetScheduledAgent<'a> {
        client: &'a super::Client,
        schedule_id: Result<::std::string::String, String>,
    }
    impl<'a> GetScheduledAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_id: Err("schedule_id was not initialized".to_string()),
            }
        }
        pub fn schedule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schedule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schedule_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/schedules/{scheduleId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScheduledAgentItem>, crate::Error> {
            let Self { client, schedule_id } = self;
            let schedule_id = schedule_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/schedules/{}", client.baseurl, crate
                ::path::segment("schedule_id", & crate
                ::path::simple_param("schedule_id", & schedule_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_scheduled_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::update_scheduled_agent`]

[`Client::update_scheduled_agent`]: super::Client::update_scheduled_agent*/
    #[derive(Debug, Clone)]
    pub struct UpdateScheduledAgent<'a> {
        client: &'a super::Client,
        schedule_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateScheduledAgentRequest, String>,
    }
    impl<'a> UpdateScheduledAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_id: Err("schedule_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn schedule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schedule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schedule_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateScheduledAgentRequest>,
            <V as std::convert::TryInto<
                types::UpdateScheduledAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateScheduledAgentRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateScheduledAgentRequest,
            ) -> types::builder::UpdateScheduledAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/agent/schedules/{scheduleId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScheduledAgentItem>, crate::Error> {
            let Self { client, schedule_id, body } = self;
            let schedule_id = schedule_id.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::UpdateScheduledAgentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/schedules/{}", client.baseurl, crate
                ::path::segment("schedule_id", & crate
                ::path::simple_param("schedule_id", & schedule_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_scheduled_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::delete_scheduled_agent`]

[`Client::delete_scheduled_agent`]: super::Client::delete_scheduled_agent*/
    #[derive(Debug, Clone)]
    pub struct DeleteScheduledAgent<'a> {
        client: &'a super::Client,
        schedule_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteScheduledAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_id: Err("schedule_id was not initialized".to_string()),
            }
        }
        pub fn schedule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schedule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schedule_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/agent/schedules/{scheduleId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteScheduledAgentResponse>, crate::Error> {
            let Self { client, schedule_id } = self;
            let schedule_id = schedule_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/schedules/{}", client.baseurl, crate
                ::path::segment("schedule_id", & crate
                ::path::simple_param("schedule_id", & schedule_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_scheduled_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::pause_scheduled_agent`]

[`Client::pause_scheduled_agent`]: super::Client::pause_scheduled_agent*/
    #[derive(Debug, Clone)]
    pub struct PauseScheduledAgent<'a> {
        client: &'a super::Client,
        schedule_id: Result<::std::string::String, String>,
    }
    impl<'a> PauseScheduledAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_id: Err("schedule_id was not initialized".to_string()),
            }
        }
        pub fn schedule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schedule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schedule_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/agent/schedules/{scheduleId}/pause`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScheduledAgentItem>, crate::Error> {
            let Self { client, schedule_id } = self;
            let schedule_id = schedule_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/schedules/{}/pause", client.baseurl, crate
                ::path::segment("schedule_id", & crate
                ::path::simple_param("schedule_id", & schedule_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "pause_scheduled_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::resume_scheduled_agent`]

[`Client::resume_scheduled_agent`]: super::Client::resume_scheduled_agent*/
    #[derive(Debug, Clone)]
    pub struct ResumeScheduledAgent<'a> {
        client: &'a super::Client,
        schedule_id: Result<::std::string::String, String>,
    }
    impl<'a> ResumeScheduledAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_id: Err("schedule_id was not initialized".to_string()),
            }
        }
        pub fn schedule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schedule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schedule_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/agent/schedules/{scheduleId}/resume`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScheduledAgentItem>, crate::Error> {
            let Self { client, schedule_id } = self;
            let schedule_id = schedule_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/schedules/{}/resume", client.baseurl, crate
                ::path::segment("schedule_id", & crate
                ::path::simple_param("schedule_id", & schedule_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "resume_scheduled_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_environments`]

[`Client::list_environments`]: super::Client::list_environments*/
    #[derive(Debug, Clone)]
    pub struct ListEnvironments<'a> {
        client: &'a super::Client,
        sort_by: Result<Option<types::ListEnvironmentsSortBy>, String>,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListEnvironments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sort_by: Ok(None),
                x_warp_team_uid: Ok(None),
            }
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListEnvironmentsSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListEnvironmentsSortBy` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/environments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListEnvironmentsResponse>, crate::Error> {
            let Self { client, sort_by, x_warp_team_uid } = self;
            let sort_by = sort_by.map_err(crate::Error::invalid_request)?;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/environments", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("sort_by", &sort_by))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_environments",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_models`]

[`Client::list_models`]: super::Client::list_models*/
    #[derive(Debug, Clone)]
    pub struct ListModels<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListModels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/agent/models`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListModelsResponse>, crate::Error> {
            let Self { client } = self;
            let url = format!("{}/agent/models", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_models",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_artifact`]

[`Client::get_artifact`]: super::Client::get_artifact*/
    #[derive(Debug, Clone)]
    pub struct GetArtifact<'a> {
        client: &'a super::Client,
        artifact_uid: Result<::std::string::String, String>,
    }
    impl<'a> GetArtifact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                artifact_uid: Err("artifact_uid was not initialized".to_string()),
            }
        }
        pub fn artifact_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.artifact_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for artifact_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/artifacts/{artifactUid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ArtifactResponse>, crate::Error> {
            let Self { client, artifact_uid } = self;
            let artifact_uid = artifact_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/artifacts/{}", client.baseurl, crate
                ::path::segment("artifact_uid", & crate
                ::path::simple_param("artifact_uid", & artifact_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_artifact",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::download_artifact`]

[`Client::download_artifact`]: super::Client::download_artifact*/
    #[derive(Debug, Clone)]
    pub struct DownloadArtifact<'a> {
        client: &'a super::Client,
        artifact_uid: Result<::std::string::String, String>,
    }
    impl<'a> DownloadArtifact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                artifact_uid: Err("artifact_uid was not initialized".to_string()),
            }
        }
        pub fn artifact_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.artifact_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for artifact_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/artifacts/{artifactUid}/download`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, crate::Error> {
            let Self { client, artifact_uid } = self;
            let artifact_uid = artifact_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/artifacts/{}/download", client.baseurl, crate
                ::path::segment("artifact_uid", & crate
                ::path::simple_param("artifact_uid", & artifact_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_artifact",
            };
            crate::transport::execute(client, request, &info)
                .await
                .map(ResponseValue::stream)
        }
    }
    /**Builder for [`Client::list_agent_identities`]

[`Client::list_agent_identities`]: super::Client::list_agent_identities*/
    #[derive(Debug, Clone)]
    pub struct ListAgentIdentities<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListAgentIdentities<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/identities`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListAgentIdentitiesResponse>, crate::Error> {
            let Self { client, x_warp_team_uid } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/identities", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_agent_identities",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::create_agent`]

[`Client::create_agent`]: super::Client::create_agent*/
    #[derive(Debug, Clone)]
    pub struct CreateAgent<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateAgentRequest, String>,
    }
    impl<'a> CreateAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_warp_team_uid: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_warp_team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_warp_team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_warp_team_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAgentRequest>,
            <V as std::convert::TryInto<
                types::CreateAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateAgentRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAgentRequest,
            ) -> types::builder::CreateAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/identities`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AgentResponse>, crate::Error> {
            let Self { client, x_warp_team_uid, body } = self;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::CreateAgentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/agent/identities", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = x_warp_team_uid {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        crate::transport::header_value(
                            "X-Warp-Team-Uid",
                            crate::path::simple_param("X-Warp-Team-Uid", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "x-warp-team-uid",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("x-warp-team-uid"),
                        value,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::report_run_scores`]

[`Client::report_run_scores`]: super::Client::report_run_scores*/
    #[derive(Debug, Clone)]
    pub struct ReportRunScores<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
        body: Result<types::builder::ReportRunScoresRequest, String>,
    }
    impl<'a> ReportRunScores<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                run_id: Err("run_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportRunScoresRequest>,
            <V as std::convert::TryInto<
                types::ReportRunScoresRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportRunScoresRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportRunScoresRequest,
            ) -> types::builder::ReportRunScoresRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/runs/{runId}/scores`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportRunScoresResponse>, crate::Error> {
            let Self { client, run_id, body } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::ReportRunScoresRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/scores", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "report_run_scores",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_agent`]

[`Client::get_agent`]: super::Client::get_agent*/
    #[derive(Debug, Clone)]
    pub struct GetAgent<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
    }
    impl<'a> GetAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
            }
        }
        pub fn uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/identities/{uid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AgentResponse>, crate::Error> {
            let Self { client, uid } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/identities/{}", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::update_agent`]

[`Client::update_agent`]: super::Client::update_agent*/
    #[derive(Debug, Clone)]
    pub struct UpdateAgent<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateAgentRequest, String>,
    }
    impl<'a> UpdateAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateAgentRequest>,
            <V as std::convert::TryInto<
                types::UpdateAgentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateAgentRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateAgentRequest,
            ) -> types::builder::UpdateAgentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/agent/identities/{uid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AgentResponse>, crate::Error> {
            let Self { client, uid, body } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    types::UpdateAgentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/identities/{}", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_agent",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::delete_agent`]

[`Client::delete_agent`]: super::Client::delete_agent*/
    #[derive(Debug, Clone)]
    pub struct DeleteAgent<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteAgent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
            }
        }
        pub fn uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/agent/identities/{uid}`
        pub async fn send(self) -> Result<ResponseValue<()>, crate::Error> {
            let Self { client, uid } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/identities/{}", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_agent",
            };
            crate::transport::execute(client, request, &info)
                .await
                .map(ResponseValue::empty)
        }
    }
    impl<'a> crate::download::DownloadRequest<'a> for GetRunTranscript<'a> {
        fn into_parts(
            self,
        ) -> ::std::result::Result<crate::download::DownloadParts<'a>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/transcript", client.baseurl, crate
                ::path::segment("run_id", & crate ::path::simple_param("run_id", &
                run_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_run_transcript",
            };
            ::std::result::Result::Ok(
                crate::download::DownloadParts::new(client, request, info.operation_id),
            )
        }
    }
    impl<'a> crate::download::sealed::Sealed for GetRunTranscript<'a> {}
    impl<'a> crate::download::DownloadRequest<'a> for GetConversationTranscript<'a> {
        fn into_parts(
            self,
        ) -> ::std::result::Result<crate::download::DownloadParts<'a>, crate::Error> {
            let Self { client, conversation_id } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}/transcript", client.baseurl, crate
                ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_conversation_transcript",
            };
            ::std::result::Result::Ok(
                crate::download::DownloadParts::new(client, request, info.operation_id),
            )
        }
    }
    impl<'a> crate::download::sealed::Sealed for GetConversationTranscript<'a> {}
    impl<'a> crate::download::DownloadRequest<'a> for DownloadArtifact<'a> {
        fn into_parts(
            self,
        ) -> ::std::result::Result<crate::download::DownloadParts<'a>, crate::Error> {
            let Self { client, artifact_uid } = self;
            let artifact_uid = artifact_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/artifacts/{}/download", client.baseurl, crate
                ::path::segment("artifact_uid", & crate
                ::path::simple_param("artifact_uid", & artifact_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_artifact",
            };
            ::std::result::Result::Ok(
                crate::download::DownloadParts::new(client, request, info.operation_id),
            )
        }
    }
    impl<'a> crate::download::sealed::Sealed for DownloadArtifact<'a> {}
    impl<'a> crate::pagination::Paged<'a> for ListRuns<'a> {
        type Page = types::ListRunsResponse;
        const OPERATION: &'static str = "list_runs";
        const PAGE: &'static str = "ListRunsResponse";
        fn send_page(self) -> crate::pagination::PageFuture<'a, Self::Page> {
            ::std::boxed::Box::pin(async move {
                self.send().await.map(ResponseValue::into_inner)
            })
        }
        fn with_cursor(self, cursor: ::std::string::String) -> Self {
            self.cursor(cursor)
        }
    }
    impl<'a> ListRuns<'a> {
        ///Every page of the listing: this request, then one request per `page_info.next_cursor`, with the same filters and sort, lazily, one page in memory. See [`crate::pagination`] for when it ends.
        pub fn pages(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::ListRunsResponse>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::pages(self)
        }
        ///Every item of the listing (`runs`), page after page (see [`pages`](Self::pages)).
        pub fn stream(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::RunItem>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::items(self)
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
