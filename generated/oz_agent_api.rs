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
        ///Curated public input for this action. This object is owned by the API and is not a raw internal tool payload.
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
Set to 0 to shut down immediately after task completion.
If not set, defaults to 10 minutes.
Maximum allowed value is min(60, floor(max_instance_runtime_seconds / 60) for your billing tier).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idle_timeout_minutes: ::std::option::Option<i32>,
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
        /**Optional run-specific managed secret allowlist. Omission and an
empty array both add no generic secrets. Secret references from
the resolved environment and execution principal are still
unioned into the run's secret scope.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub secrets: ::std::vec::Vec<SecretRef>,
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
            crate::forward_compat::deserialize_tagged(deserializer)
        }
    }
    impl crate::forward_compat::TaggedUnion for ArtifactItem {
        const NAME: &'static str = "ArtifactItem";
        const PROPERTY: &'static str = "artifact_type";
        fn knows(tag: &str) -> bool {
            matches!(
                tag, "PLAN" | "PULL_REQUEST" | "SCREENSHOT" | "FILE" |
                "EXTERNAL_REFERENCE"
            )
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            tag: &str,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match tag {
                "PLAN" => {
                    <PlanArtifact as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::PlanArtifact)
                }
                "PULL_REQUEST" => {
                    <PullRequestArtifact as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::PullRequestArtifact)
                }
                "SCREENSHOT" => {
                    <ScreenshotArtifact as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::ScreenshotArtifact)
                }
                "FILE" => {
                    <FileArtifact as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::FileArtifact)
                }
                "EXTERNAL_REFERENCE" => {
                    <ExternalReferenceArtifact as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::ExternalReferenceArtifact)
                }
                _ => {
                    ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(
                            tag,
                            &[
                                "PLAN",
                                "PULL_REQUEST",
                                "SCREENSHOT",
                                "FILE",
                                "EXTERNAL_REFERENCE",
                            ],
                        ),
                    )
                }
            }
        }
        fn unrecognized(value: ::serde_json::Value) -> Self {
            Self::Unrecognized(value)
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
            crate::forward_compat::deserialize_tagged(deserializer)
        }
    }
    impl crate::forward_compat::TaggedUnion for ArtifactResponse {
        const NAME: &'static str = "ArtifactResponse";
        const PROPERTY: &'static str = "artifact_type";
        fn knows(tag: &str) -> bool {
            matches!(tag, "PLAN" | "SCREENSHOT" | "FILE")
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            tag: &str,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match tag {
                "PLAN" => {
                    <PlanArtifactResponse as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::PlanArtifactResponse)
                }
                "SCREENSHOT" => {
                    <ScreenshotArtifactResponse as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::ScreenshotArtifactResponse)
                }
                "FILE" => {
                    <FileArtifactResponse as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::FileArtifactResponse)
                }
                _ => {
                    ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(
                            tag,
                            &["PLAN", "SCREENSHOT", "FILE"],
                        ),
                    )
                }
            }
        }
        fn unrecognized(value: ::serde_json::Value) -> Self {
            Self::Unrecognized(value)
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
    ///Links to the originating run and pull requests reported in its tree. Destinations enforce their own access rules.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ArtifactSourceLinksResponse {
        ///Distinct pull requests reported by runs in the same tree.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pull_request_urls: ::std::vec::Vec<::std::string::String>,
        ///Factory run page for the originating root run, when bound to a live Factory task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub run_url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
        ///Platform usage charged for this category, in US cents.
        pub platform_usage_in_cents: f64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ClaudeAttributedUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ClaudeAttributedUsage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_geo: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_tier: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed: ::std::option::Option<::std::string::String>,
        pub usage: ClaudeTokenUsage,
    }
    ///`ClaudeCacheCreationUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct ClaudeCacheCreationUsage(
        pub ::std::option::Option<ClaudeCacheCreationUsageInner>,
    );
    impl ::std::ops::Deref for ClaudeCacheCreationUsage {
        type Target = ::std::option::Option<ClaudeCacheCreationUsageInner>;
        fn deref(&self) -> &::std::option::Option<ClaudeCacheCreationUsageInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ClaudeCacheCreationUsage>
    for ::std::option::Option<ClaudeCacheCreationUsageInner> {
        fn from(value: ClaudeCacheCreationUsage) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ClaudeCacheCreationUsageInner>>
    for ClaudeCacheCreationUsage {
        fn from(value: ::std::option::Option<ClaudeCacheCreationUsageInner>) -> Self {
            Self(value)
        }
    }
    ///`ClaudeCacheCreationUsageInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ClaudeCacheCreationUsageInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ephemeral_1h_input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ephemeral_5m_input_tokens: ::std::option::Option<HarnessUsageCounter>,
    }
    ///`ClaudeHarnessUsageEnvelope`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ClaudeHarnessUsageEnvelope {
        #[serde(rename = "captureSequence")]
        pub capture_sequence: i64,
        #[serde(rename = "capturedAt")]
        pub captured_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "executionId")]
        pub execution_id: i64,
        pub harness: ClaudeHarnessUsageEnvelopeHarness,
        /**Server-owned storage format metadata, not the producer's parser version.

Known values (this client accepts others too): `1`.*/
        #[serde(rename = "metricsVersion")]
        pub metrics_version: i64,
        pub snapshot: ClaudeHarnessUsageEnvelopeSnapshot,
    }
    ///`ClaudeHarnessUsageEnvelopeHarness`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ClaudeHarnessUsageEnvelopeHarness {
        #[cfg_attr(feature = "schemars", serde(rename = "CLAUDE_CODE"))]
        ClaudeCode,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ClaudeHarnessUsageEnvelopeHarness {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CLAUDE_CODE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ClaudeCode => "CLAUDE_CODE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ClaudeHarnessUsageEnvelopeHarness {
        fn from(value: &str) -> Self {
            match value {
                "CLAUDE_CODE" => Self::ClaudeCode,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for ClaudeHarnessUsageEnvelopeHarness {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CLAUDE_CODE" => Self::ClaudeCode,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for ClaudeHarnessUsageEnvelopeHarness {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ClaudeHarnessUsageEnvelopeHarness {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ClaudeHarnessUsageEnvelopeHarness {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ClaudeHarnessUsageEnvelopeHarness {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ClaudeHarnessUsageEnvelopeHarness {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ClaudeHarnessUsageEnvelopeSnapshot`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ClaudeHarnessUsageEnvelopeSnapshot {
        pub coverage: RetainedHarnessUsageCoverage,
        pub payload: ClaudeHarnessUsagePayload,
    }
    ///`ClaudeHarnessUsagePayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ClaudeHarnessUsagePayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attribution: ::std::option::Option<::std::vec::Vec<ClaudeAttributedUsage>>,
        #[serde(
            rename = "toolCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tool_calls: ::std::option::Option<HarnessToolCalls>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<ClaudeTokenUsage>,
    }
    ///Native cumulative token categories; cache counters are not added to input_tokens.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct ClaudeTokenUsage(pub ::std::option::Option<ClaudeTokenUsageInner>);
    impl ::std::ops::Deref for ClaudeTokenUsage {
        type Target = ::std::option::Option<ClaudeTokenUsageInner>;
        fn deref(&self) -> &::std::option::Option<ClaudeTokenUsageInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ClaudeTokenUsage>
    for ::std::option::Option<ClaudeTokenUsageInner> {
        fn from(value: ClaudeTokenUsage) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ClaudeTokenUsageInner>>
    for ClaudeTokenUsage {
        fn from(value: ::std::option::Option<ClaudeTokenUsageInner>) -> Self {
            Self(value)
        }
    }
    ///Native cumulative token categories; cache counters are not added to input_tokens.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ClaudeTokenUsageInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cache_creation: ::std::option::Option<ClaudeCacheCreationUsage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cache_creation_input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cache_read_input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output_tokens: ::std::option::Option<HarnessUsageCounter>,
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
        /**Managed secret references contributed by this environment.
Omission and an empty array both contribute no secrets. These
references are unioned with references from the run config and
execution principal.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub secrets: ::std::vec::Vec<SecretRef>,
        ///Shell commands to run during environment setup
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub setup_commands: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CodexAttributedUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CodexAttributedUsage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_geo: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_tier: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed: ::std::option::Option<::std::string::String>,
        pub usage: CodexTokenUsage,
    }
    ///`CodexHarnessUsageEnvelope`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CodexHarnessUsageEnvelope {
        #[serde(rename = "captureSequence")]
        pub capture_sequence: i64,
        #[serde(rename = "capturedAt")]
        pub captured_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "executionId")]
        pub execution_id: i64,
        pub harness: CodexHarnessUsageEnvelopeHarness,
        /**Server-owned storage format metadata, not the producer's parser version.

Known values (this client accepts others too): `1`.*/
        #[serde(rename = "metricsVersion")]
        pub metrics_version: i64,
        pub snapshot: CodexHarnessUsageEnvelopeSnapshot,
    }
    ///`CodexHarnessUsageEnvelopeHarness`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum CodexHarnessUsageEnvelopeHarness {
        #[cfg_attr(feature = "schemars", serde(rename = "CODEX"))]
        Codex,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl CodexHarnessUsageEnvelopeHarness {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CODEX"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Codex => "CODEX",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for CodexHarnessUsageEnvelopeHarness {
        fn from(value: &str) -> Self {
            match value {
                "CODEX" => Self::Codex,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for CodexHarnessUsageEnvelopeHarness {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CODEX" => Self::Codex,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for CodexHarnessUsageEnvelopeHarness {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CodexHarnessUsageEnvelopeHarness {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CodexHarnessUsageEnvelopeHarness {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CodexHarnessUsageEnvelopeHarness {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CodexHarnessUsageEnvelopeHarness {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`CodexHarnessUsageEnvelopeSnapshot`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CodexHarnessUsageEnvelopeSnapshot {
        pub coverage: RetainedHarnessUsageCoverage,
        pub payload: CodexHarnessUsagePayload,
    }
    ///`CodexHarnessUsagePayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CodexHarnessUsagePayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attribution: ::std::option::Option<::std::vec::Vec<CodexAttributedUsage>>,
        #[serde(
            rename = "toolCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tool_calls: ::std::option::Option<HarnessToolCalls>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<CodexTokenUsage>,
    }
    ///Native checkpoint counters. Cached input and reasoning output may overlap other categories; no derived total is inferred.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct CodexTokenUsage(pub ::std::option::Option<CodexTokenUsageInner>);
    impl ::std::ops::Deref for CodexTokenUsage {
        type Target = ::std::option::Option<CodexTokenUsageInner>;
        fn deref(&self) -> &::std::option::Option<CodexTokenUsageInner> {
            &self.0
        }
    }
    impl ::std::convert::From<CodexTokenUsage>
    for ::std::option::Option<CodexTokenUsageInner> {
        fn from(value: CodexTokenUsage) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<CodexTokenUsageInner>>
    for CodexTokenUsage {
        fn from(value: ::std::option::Option<CodexTokenUsageInner>) -> Self {
            Self(value)
        }
    }
    ///Native checkpoint counters. Cached input and reasoning output may overlap other categories; no derived total is inferred.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CodexTokenUsageInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cache_write_input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cached_input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reasoning_output_tokens: ::std::option::Option<HarnessUsageCounter>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_tokens: ::std::option::Option<HarnessUsageCounter>,
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
            crate::forward_compat::deserialize_tagged(deserializer)
        }
    }
    impl crate::forward_compat::TaggedUnion for ConversationContentBlock {
        const NAME: &'static str = "ConversationContentBlock";
        const PROPERTY: &'static str = "type";
        fn knows(tag: &str) -> bool {
            matches!(tag, "text" | "action" | "action_result" | "event")
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            tag: &str,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match tag {
                "text" => {
                    <TextContentBlock as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::TextContentBlock)
                }
                "action" => {
                    <ActionContentBlock as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::ActionContentBlock)
                }
                "action_result" => {
                    <ActionResultContentBlock as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::ActionResultContentBlock)
                }
                "event" => {
                    <EventContentBlock as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::EventContentBlock)
                }
                _ => {
                    ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(
                            tag,
                            &["text", "action", "action_result", "event"],
                        ),
                    )
                }
            }
        }
        fn unrecognized(value: ::serde_json::Value) -> Self {
            Self::Unrecognized(value)
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
    /**Acknowledgement of a follow-up accepted through a conversation-keyed
route: the run-keyed acknowledgement plus the run it was delivered to.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ConversationFollowupResponse {
        /**Identifier of the durable follow-up record, or null when the
outcome did not create one (`queued_prompt`).
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub followup_id: ::std::option::Option<::std::string::String>,
        pub outcome: RunFollowupOutcome,
        ///The run the conversation resolved to.
        pub run_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Acknowledgement of an interrupt accepted through a conversation-keyed route.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ConversationInterruptResponse {
        ///The run whose turn is being interrupted.
        pub run_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
Format: `https://docs.warp.dev/factories/api-and-sdk/troubleshooting/errors/{error_code}`
See PlatformErrorCode for the list of possible error codes.
*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///Public representation of a factory.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Factory {
        pub agent_defaults: FactoryAgentDefaults,
        /**Optional display handle for the factory, unique across the team's
Warp workspace when set.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub alias: ::std::option::Option<::std::string::String>,
        /**Short-lived signed URL for displaying the factory's avatar. The URL
may change between reads.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub avatar_url: ::std::option::Option<::std::string::String>,
        pub code_forge: FactoryCodeForge,
        /**Effective source-control providers for the factory. When the
effective set is empty, this contains the primary code_forge.
*/
        pub code_forges: ::std::vec::Vec<FactoryCodeForge>,
        ///Time the factory was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /**The user who created the factory. Absent when there is no
resolvable creator: the factory predates creator tracking, it was
created by a service account, or the creating user's account no
longer exists.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<FactoryCreator>,
        /**Default credential strategy for runs executed by the factory's
named agents. Always a concrete value; factories default to
EXECUTOR unless explicitly set to CREATOR.
*/
        pub credential_strategy: FactoryCredentialStrategy,
        /**Public UID of the factory's default environment. File-managed
factories may omit this default.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub default_environment: ::std::option::Option<::std::string::String>,
        /**The default model ID for the factory's runs. File-managed factories
may omit this default. Live-managed create and PATCH requests still
capture a concrete validated model ID.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub default_model: ::std::option::Option<::std::string::String>,
        ///Optional description of the factory.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        /**Integration providers attached to the factory, independent of the
automation triggers configured for it. null means the factory has
not declared anything yet; an empty array means no providers are
attached.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub integrations: ::std::option::Option<::std::vec::Vec<FactoryIntegration>>,
        ///Display name of the factory.
        pub name: ::std::string::String,
        ///Repositories scoped to the factory, independent of its default environment.
        pub repositories: ::std::vec::Vec<FactoryRepository>,
        pub scorer_defaults: FactoryScorerDefaults,
        pub scoring: FactoryScoringConfig,
        ///Self-improvement settings from the Factory YAML. Omitted when none are declared, in which case team admins are the reviewer pool.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub self_improvement: ::std::option::Option<FactorySelfImprovementConfig>,
        ///Public UID of the team that owns the factory.
        pub team_uid: ::std::string::String,
        ///Public UID of the factory.
        pub uid: ::std::string::String,
        ///Time the factory was last updated.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Default execution settings inherited by the factory's named agents
when they declare no override of their own.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryAgentDefaults {
        /**Default runner UID for the factory's named agents. Empty when
unset, in which case the environment's default runner applies.
*/
        pub default_runner_uid: ::std::string::String,
        /**Default harness for the factory's named agents. Absent when the
factory defaults to Warp's built-in harness. model_id and
reasoning_level carry the harness-scoped default model, which is
also reported in the factory's default_model.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness: ::std::option::Option<Harness>,
        /**Per-harness authentication secrets inherited by the factory's
named agents. Only the secret for the default harness is ever
populated. A third-party default harness with no secret here
takes its credentials from the worker environment.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub harness_auth_secrets: ::std::option::Option<HarnessAuthSecrets>,
        /**MCP server configurations attached to the factory's named agents
by default. Only warp_id (managed MCP) entries are representable
for a Warp-managed factory.
*/
        pub mcp_servers: ::std::collections::HashMap<
            ::std::string::String,
            McpServerConfig,
        >,
        ///Secrets attached to the factory's named agents by default.
        pub secrets: ::std::vec::Vec<SecretRef>,
        /**Default worker host for the factory's named agents. Empty when
unset, in which case the workspace default applies.
*/
        pub worker_host: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryAttentionQuestion`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryAttentionQuestion {
        pub id: ::std::string::String,
        pub options: ::std::vec::Vec<::std::string::String>,
        pub question: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recommended_option_index: ::std::option::Option<i64>,
        #[serde(rename = "type")]
        pub type_: FactoryAttentionQuestionType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryAttentionQuestionType`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryAttentionQuestionType {
        #[cfg_attr(feature = "schemars", serde(rename = "single_select"))]
        SingleSelect,
        #[cfg_attr(feature = "schemars", serde(rename = "multi_select"))]
        MultiSelect,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryAttentionQuestionType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["single_select", "multi_select"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::SingleSelect => "single_select",
                Self::MultiSelect => "multi_select",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryAttentionQuestionType {
        fn from(value: &str) -> Self {
            match value {
                "single_select" => Self::SingleSelect,
                "multi_select" => Self::MultiSelect,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryAttentionQuestionType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "single_select" => Self::SingleSelect,
                "multi_select" => Self::MultiSelect,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryAttentionQuestionType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryAttentionQuestionType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryAttentionQuestionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryAttentionQuestionType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryAttentionQuestionType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Autonomy funnel over PRs merged in the range, counted by merge time
(merged_at in [start_date, end_date)); merged rows with no recorded
merge time are excluded, unlike merged_pr_count's opened-day cohort.
total_merged is scoped to the factory's configured repositories
while the factory_* stages follow run linkage regardless of
repository, so factory_merged can exceed total_merged when a
repository was renamed or removed — clients should clamp. Human
code-change verdicts are only complete for PRs whose open event was
observed (factory_merged_observed); sourced from webhook-collected PR
facts, so coverage starts when collection began.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryAutonomyFunnel {
        ///Merged PRs produced by this factory's runs.
        pub factory_merged: i64,
        /**factory_merged restricted to PRs whose full history was
observed; the autonomy denominator.
*/
        pub factory_merged_observed: i64,
        /**Observed merges where no person changed the code — the autonomy
numerator. A person opening the PR or pushing to it is a code
change; comments, reviews, and PR actions are not.
*/
        pub merged_without_human_code_change: i64,
        /**The repositories total_merged was scoped to, as "owner/repo",
deduplicated in configuration order: the factory's configured
repositories as of this request, matched against PR facts by
their current provider name.
*/
        pub repos: ::std::vec::Vec<::std::string::String>,
        /**All merged PRs — human- and agent-authored — in the factory's
configured repositories.
*/
        pub total_merged: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**An average-valued metric: the aggregate average over the range,
plus a per-period series when group_by_period was requested.
The aggregate and periods with no qualifying PRs read zero.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryAverageMetric {
        ///Average value over the range; zero when no PRs qualified.
        pub average: f64,
        /**One entry per period_list entry, zero-filled. Present only when
group_by_period was requested.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub series: ::std::vec::Vec<f64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Primary source-control provider for the factory. GITHUB and GITLAB
identify the compatibility primary when repositories span one or more
forges. AZURE_DEVOPS identifies Azure Repos. NONE declares a repo-less factory with no native repositories;
its environment relies on setup_commands to clone from any host.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryCodeForge {
        #[cfg_attr(feature = "schemars", serde(rename = "GITHUB"))]
        Github,
        #[cfg_attr(feature = "schemars", serde(rename = "GITLAB"))]
        Gitlab,
        #[cfg_attr(feature = "schemars", serde(rename = "AZURE_DEVOPS"))]
        AzureDevops,
        #[cfg_attr(feature = "schemars", serde(rename = "NONE"))]
        None,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryCodeForge {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "GITHUB",
            "GITLAB",
            "AZURE_DEVOPS",
            "NONE",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Github => "GITHUB",
                Self::Gitlab => "GITLAB",
                Self::AzureDevops => "AZURE_DEVOPS",
                Self::None => "NONE",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryCodeForge {
        fn from(value: &str) -> Self {
            match value {
                "GITHUB" => Self::Github,
                "GITLAB" => Self::Gitlab,
                "AZURE_DEVOPS" => Self::AzureDevops,
                "NONE" => Self::None,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryCodeForge {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "GITHUB" => Self::Github,
                "GITLAB" => Self::Gitlab,
                "AZURE_DEVOPS" => Self::AzureDevops,
                "NONE" => Self::None,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryCodeForge {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryCodeForge {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryCodeForge {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryCodeForge {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryCodeForge {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Grouped spend. Groups are ordered by total descending (key
ascending on ties) with UNKNOWN always last. The server never caps
or folds groups — every entity with nonzero spend is listed.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostBreakdownData {
        pub groups: ::std::vec::Vec<FactoryCostBreakdownGroup>,
        pub total: FactoryDollarsBreakdown,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**One group of the cost breakdown. key is the group's stable identity
(dimension-specific: source type, user principal, agent uuid, or
model id); UNKNOWN is reserved for missing/unresolvable values.
label carries a server-resolved display name and is absent where
the key is already the display form. deleted is true when the
entity behind a User or Agent key has been soft-deleted since
incurring the spend; always false for Source/Model and UNKNOWN.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostBreakdownGroup {
        pub deleted: bool,
        pub dollars: FactoryDollarsBreakdown,
        pub key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///Avatar URL when the group is a user with a resolvable photo.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub photo_url: ::std::option::Option<::std::string::String>,
        /**One entry per period_list entry, zero-filled. Present only when
group_by_period was requested.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub series: ::std::option::Option<FactoryDollarsBreakdownSeries>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Grouping dimension for the cost-breakdown metric. source and user
roll each run tree's cost to the root run; agent and model keep
each run's own cost.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryCostBreakdownGroupBy {
        #[cfg_attr(feature = "schemars", serde(rename = "source"))]
        Source,
        #[cfg_attr(feature = "schemars", serde(rename = "user"))]
        User,
        #[cfg_attr(feature = "schemars", serde(rename = "agent"))]
        Agent,
        #[cfg_attr(feature = "schemars", serde(rename = "model"))]
        Model,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryCostBreakdownGroupBy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["source", "user", "agent", "model"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Source => "source",
                Self::User => "user",
                Self::Agent => "agent",
                Self::Model => "model",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryCostBreakdownGroupBy {
        fn from(value: &str) -> Self {
            match value {
                "source" => Self::Source,
                "user" => Self::User,
                "agent" => Self::Agent,
                "model" => Self::Model,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryCostBreakdownGroupBy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "source" => Self::Source,
                "user" => Self::User,
                "agent" => Self::Agent,
                "model" => Self::Model,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryCostBreakdownGroupBy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryCostBreakdownGroupBy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryCostBreakdownGroupBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryCostBreakdownGroupBy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryCostBreakdownGroupBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`FactoryCostBreakdownResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostBreakdownResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FactoryCostBreakdownData,
        pub factory_uid: ::std::string::String,
        pub group_by: FactoryCostBreakdownGroupBy,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by_period: ::std::option::Option<FactoryMetricsGroupByPeriod>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub period_list: ::std::vec::Vec<::std::string::String>,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**One size bucket's cost distribution. Mean cost follows the
cost_per_pr attribution (even run-tree split, in the US dollars the
owning team was billed).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostByPrSizeBucket {
        /**Mean per-PR attributed cost in US dollars; null when the
bucket has no PRs in the range.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub mean: ::std::option::Option<f64>,
        /**Mean per-PR cost per period, aligned to period_list; null
for periods where the bucket has no PRs. Present only when
group_by_period was requested.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub mean_series: ::std::vec::Vec<::std::option::Option<f64>>,
        ///Sized PRs in this bucket first seen in the range.
        pub pr_count: i64,
        pub size: FactoryPrSizeBucket,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**PR cost distribution by size. buckets always lists every size,
smallest first, so the roster is stable; empty buckets carry
pr_count 0 and a null mean. sized_pr_count <= pr_count — the
difference is the PRs whose line counts were never observed and
are excluded from every bucket.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostByPrSizeData {
        pub buckets: ::std::vec::Vec<FactoryCostByPrSizeBucket>,
        ///Every PR first seen in the range, sized or not.
        pub pr_count: i64,
        ///PRs with observed line counts — the buckets' coverage.
        pub sized_pr_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryCostByPrSizeResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostByPrSizeResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FactoryCostByPrSizeData,
        pub factory_uid: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by_period: ::std::option::Option<FactoryMetricsGroupByPeriod>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub period_list: ::std::vec::Vec<::std::string::String>,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Cost per PR over the range, in US dollars: the cost of the run trees
that produced PRs (split evenly across each tree's PRs so a cost is
never double-counted), reported as the arithmetic mean of the
per-PR costs.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostPerPrMetric {
        pub dollars: FactoryDollarsBreakdown,
        /**Mean per-PR attributed cost, in US dollars; null when
pr_count is 0.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub mean: ::std::option::Option<f64>,
        /**Distinct PRs (deduped by URL) first seen in the range. Matches
pr_count.total today; kept separate so the cost denominator can
diverge (e.g. merged-only) in the future.
*/
        pub pr_count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub series: ::std::option::Option<FactoryCostPerPrSeries>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryCostPerPrResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostPerPrResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FactoryCostPerPrMetric,
        pub factory_uid: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by_period: ::std::option::Option<FactoryMetricsGroupByPeriod>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub period_list: ::std::vec::Vec<::std::string::String>,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Per-period cost-per-PR series, aligned to period_list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCostPerPrSeries {
        /**Mean per-PR compute cost per period, in US dollars; null for
periods with zero PRs.
*/
        pub compute_mean: ::std::vec::Vec<::std::option::Option<f64>>,
        pub dollars: FactoryDollarsBreakdownSeries,
        /**Mean per-PR inference cost per period, in US dollars; null for
periods with zero PRs.
*/
        pub inference_mean: ::std::vec::Vec<::std::option::Option<f64>>,
        /**Mean per-PR attributed cost per period, in US dollars; null
for periods with zero PRs.
*/
        pub mean: ::std::vec::Vec<::std::option::Option<f64>>,
        /**Mean per-PR platform cost per period, in US dollars; null for
periods with zero PRs.
*/
        pub platform_mean: ::std::vec::Vec<::std::option::Option<f64>>,
        ///Distinct PRs first seen in each period.
        pub pr_count: ::std::vec::Vec<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The user who created a factory, when resolvable.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryCreator {
        ///Creator's email, when available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Firebase UID of the user who created the factory.
        pub uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Default credential strategy for runs executed by the factory's named
agents.
- EXECUTOR (default): runs authenticate with the named agent's own
  credentials (e.g. a GitHub App installation token for the
  factory's team).
- CREATOR: runs authenticate with the credentials of the principal
  that created the run.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryCredentialStrategy {
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
    impl FactoryCredentialStrategy {
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
    impl ::std::convert::From<&str> for FactoryCredentialStrategy {
        fn from(value: &str) -> Self {
            match value {
                "CREATOR" => Self::Creator,
                "EXECUTOR" => Self::Executor,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryCredentialStrategy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CREATOR" => Self::Creator,
                "EXECUTOR" => Self::Executor,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryCredentialStrategy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryCredentialStrategy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryCredentialStrategy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryCredentialStrategy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryCredentialStrategy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**US dollars the owning team was billed, split by source component:
compute (run execution), platform, and inference (recorded per
conversation and counted once per distinct conversation). total is
the sum of the three. Each charge contributes its recorded billed
amount; charges recorded before billed amounts were tracked fall
back to an estimated cost.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryDollarsBreakdown {
        pub compute: f64,
        pub inference: f64,
        pub platform: f64,
        pub total: f64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Per-period dollar series aligned to period_list, zero-filled for
periods with no attributed cost.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryDollarsBreakdownSeries {
        pub compute: ::std::vec::Vec<f64>,
        pub inference: ::std::vec::Vec<f64>,
        pub platform: ::std::vec::Vec<f64>,
        pub total: ::std::vec::Vec<f64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Every JSON Schema document describing one Factory file schema version.
The envelope is plain JSON; each value in `documents` is a JSON Schema
2020-12 document keyed by its `$id`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryFileSchemaBundle {
        ///Schema documents keyed by file name, which is also each document's $id.
        pub documents: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub schema_version: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The Factory file schema versions a server can describe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryFileSchemaRegistry {
        ///The version a new Factory tree should declare.
        pub current_version: ::std::string::String,
        ///Every supported version, sorted by schema version.
        pub versions: ::std::vec::Vec<FactoryFileSchemaVersionRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryFileSchemaVersionRef`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryFileSchemaVersionRef {
        ///Root-relative path of this version's schema bundle.
        pub schema_url: ::std::string::String,
        pub schema_version: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Lines-changed impact of the factory's PRs merged in the range,
counted by merge time like autonomy_funnel; merged rows with no
recorded merge time are excluded. Line counts are snapshotted from
webhook payloads and can be unobserved, so additions/deletions sum
only the measured_pr_count PRs where both were recorded.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryImpact {
        ///Lines added across the measured merged PRs.
        pub additions: i64,
        ///Lines deleted across the measured merged PRs.
        pub deletions: i64,
        /**merged_pr_count restricted to PRs whose line counts were
observed; the denominator for additions/deletions.
*/
        pub measured_pr_count: i64,
        ///PRs produced by this factory's runs and merged in the range.
        pub merged_pr_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///An inbox artifact link with an optional provider PR/MR title.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryInboxArtifact {
        ///Known provider PR/MR title, when available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Artifact URL.
        pub url: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///One shared unresolved notification in the Factory Inbox.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryInboxItem {
        ///Ordered artifact links with optional provider PR/MR titles.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub artifacts: ::std::vec::Vec<FactoryInboxArtifact>,
        ///Notification declaration time.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Notification body, when present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub factory_task_uid: ::std::string::String,
        pub factory_uid: ::std::string::String,
        /**Whether the authenticated user has read this notification.
Always present in `mine` scope, including when false.
Omitted in `team` scope, even when filtering by recipient.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_read: ::std::option::Option<bool>,
        pub kind: FactoryTaskNotificationKind,
        ///Identifier accepted by the dismiss endpoint.
        pub notification_uid: ::std::string::String,
        ///Server-derived link back to the task's origin, when present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub origin_link: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub questions: ::std::vec::Vec<FactoryAttentionQuestion>,
        /**Live, undismissed recipients for this shared notification, sorted
deterministically. Slack routing and personal dismissal state are
not exposed.
*/
        pub recipients: ::std::vec::Vec<FactoryInboxRecipient>,
        /**Producing run ID from factory_task_notifications.created_by_run_id.
Present when the producing run is known.


Constraint checked by the server, not by this client: at least 1 characters.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub run_id: ::std::option::Option<::std::string::String>,
        pub stage: FactoryTaskStage,
        ///Notification headline.
        pub title: ::std::string::String,
        ///Legacy first artifact URL supplied by a review notification.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///Legacy artifact URLs; prefer artifacts for links and titles.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub urls: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryInboxMutationOutcome`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryInboxMutationOutcome {
        pub notification_uid: ::std::string::String,
        pub ok: bool,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryInboxMutationRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryInboxMutationRequest {
        pub notification_uids: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FactoryInboxMutationRequest {
        pub fn builder() -> builder::FactoryInboxMutationRequest {
            Default::default()
        }
    }
    ///`FactoryInboxMutationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryInboxMutationResponse {
        pub outcomes: ::std::vec::Vec<FactoryInboxMutationOutcome>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Minimal public identity for a live notification recipient.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryInboxRecipient {
        ///Recipient email, when available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Public Warp user UID.
        pub uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Personal or team-wide Factory Inbox visibility.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryInboxScope {
        #[cfg_attr(feature = "schemars", serde(rename = "mine"))]
        Mine,
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
    impl FactoryInboxScope {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["mine", "team"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Mine => "mine",
                Self::Team => "team",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryInboxScope {
        fn from(value: &str) -> Self {
            match value {
                "mine" => Self::Mine,
                "team" => Self::Team,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryInboxScope {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "mine" => Self::Mine,
                "team" => Self::Team,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryInboxScope {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryInboxScope {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryInboxScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryInboxScope {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryInboxScope {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for FactoryInboxScope {
        fn default() -> Self {
            FactoryInboxScope::Mine
        }
    }
    /**An integration provider attached to a factory.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryIntegration {
        /**Jira project keys from earlier integration selections, when present.
Issue discovery follows enabled agent-session automations instead.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jira: ::std::option::Option<FactoryJiraIntegrationSettings>,
        /**Linear team IDs from earlier integration selections, when present.
Issue discovery follows enabled agent-session automations instead.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub linear: ::std::option::Option<FactoryLinearIntegrationSettings>,
        /**Persisted Teams reply settings. Valid only when type is
microsoft-teams. Omitted settings remain undeclared.
*/
        #[serde(
            rename = "microsoft-teams",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub microsoft_teams: ::std::option::Option<FactoryTeamsIntegrationSettings>,
        /**Persisted Slack settings. Present only when type is slack and the
factory has declared at least one Slack setting. Omitted fields
keep their default-on behavior.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slack: ::std::option::Option<FactorySlackIntegrationSettings>,
        #[serde(rename = "type")]
        pub type_: FactoryIntegrationProvider,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Integration provider that can be attached to a factory. github is not
accepted here; repository access comes from the factory's code forge.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryIntegrationProvider {
        #[cfg_attr(feature = "schemars", serde(rename = "jira"))]
        Jira,
        #[cfg_attr(feature = "schemars", serde(rename = "linear"))]
        Linear,
        #[cfg_attr(feature = "schemars", serde(rename = "microsoft-teams"))]
        MicrosoftTeams,
        #[cfg_attr(feature = "schemars", serde(rename = "slack"))]
        Slack,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryIntegrationProvider {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "jira",
            "linear",
            "microsoft-teams",
            "slack",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Jira => "jira",
                Self::Linear => "linear",
                Self::MicrosoftTeams => "microsoft-teams",
                Self::Slack => "slack",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryIntegrationProvider {
        fn from(value: &str) -> Self {
            match value {
                "jira" => Self::Jira,
                "linear" => Self::Linear,
                "microsoft-teams" => Self::MicrosoftTeams,
                "slack" => Self::Slack,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryIntegrationProvider {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "jira" => Self::Jira,
                "linear" => Self::Linear,
                "microsoft-teams" => Self::MicrosoftTeams,
                "slack" => Self::Slack,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryIntegrationProvider {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryIntegrationProvider {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryIntegrationProvider {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryIntegrationProvider {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryIntegrationProvider {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`FactoryJiraIntegrationSettings`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryJiraIntegrationSettings {
        /**Jira project keys (for example APP, not the numeric project ID)
for the one-time agent-session automation seed. Discovery follows
enabled seated automation filters afterward.
*/
        pub project_keys: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**One stage of the PR latency pipeline: the median duration across the
PRs where both of the stage's endpoints were observed, plus how many
PRs that was.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryLatencyStage {
        ///PRs with both stage endpoints observed.
        pub measured_pr_count: i64,
        /**p50 stage duration in seconds; null when measured_pr_count is
zero. Durations are clamped at zero, so out-of-order provider
timestamps never produce negative values.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub median_seconds: ::std::option::Option<f64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryLinearIntegrationSettings`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryLinearIntegrationSettings {
        /**Linear team IDs for the one-time agent-session automation seed.
Discovery follows enabled seated automation filters afterward.
*/
        pub team_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**A count metric: the aggregate total over the range, plus a
per-period series when group_by_period was requested. Grouped
breakdowns (drill-down) may be added as new fields in the future.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryMetricCount {
        /**One entry per period_list entry, zero-filled. Present only when
group_by_period was requested.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub series: ::std::vec::Vec<i64>,
        pub total: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryMetricsData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryMetricsData {
        pub autonomy_funnel: FactoryAutonomyFunnel,
        /**Average qualifying human interactions per factory-attributed PR
in the range. The numerator includes live PR interactions with a
present, non-bot, non-GitHub-App actor and live delivered human
Slack or Linear follow-ups. Every attributed PR is included in
the denominator, including those with zero interactions. Sourced
from webhook-collected PR facts, so coverage starts when
collection began.
*/
        pub average_human_interactions_per_pr: FactoryAverageMetric,
        pub impact: FactoryImpact,
        /**Merged PRs, bucketed by the day the PR was created (merge day
when the creation time was never observed) so the series reads
as a cohort of pr_count: of the PRs from a period, how many
eventually merged. A recent period's value can therefore rise
later as its open PRs merge. Sourced from webhook-collected PR
facts, so coverage starts when collection began; earlier periods
read zero.
*/
        pub merged_pr_count: FactoryMetricCount,
        pub pr_count: FactoryMetricCount,
        pub pr_latency: FactoryPrLatency,
        pub run_count: FactoryMetricCount,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Fields every factory-scoped metrics response carries alongside its
data, so responses from several factories can be combined or told
apart.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryMetricsEnvelope {
        /**The time the data is current as of. Data can lag live activity
by a few minutes.
*/
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Public UID of the factory the response is scoped to.
        pub factory_uid: ::std::string::String,
        ///Public UID of the team that owns the factory.
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Binning granularity for factory metrics series. Weeks start on
Sunday (UTC), consistent with existing Warp analytics.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryMetricsGroupByPeriod {
        #[cfg_attr(feature = "schemars", serde(rename = "day"))]
        Day,
        #[cfg_attr(feature = "schemars", serde(rename = "week"))]
        Week,
        #[cfg_attr(feature = "schemars", serde(rename = "month"))]
        Month,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryMetricsGroupByPeriod {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["day", "week", "month"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Day => "day",
                Self::Week => "week",
                Self::Month => "month",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryMetricsGroupByPeriod {
        fn from(value: &str) -> Self {
            match value {
                "day" => Self::Day,
                "week" => Self::Week,
                "month" => Self::Month,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryMetricsGroupByPeriod {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "day" => Self::Day,
                "week" => Self::Week,
                "month" => Self::Month,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryMetricsGroupByPeriod {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryMetricsGroupByPeriod {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryMetricsGroupByPeriod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryMetricsGroupByPeriod {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryMetricsGroupByPeriod {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`FactoryMetricsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryMetricsResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FactoryMetricsData,
        pub factory_uid: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by_period: ::std::option::Option<FactoryMetricsGroupByPeriod>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub period_list: ::std::vec::Vec<::std::string::String>,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Median PR throughput/latency pipeline stages over the factory's PRs
merged in the range, counted by merge time like autonomy_funnel;
kickoff is the creation time of the earliest of the factory's runs
linked to the PR (measured from the subrun when only a subrun
reported it). First review is the earliest observed HUMAN review
event with a recorded time — any review state qualifies except bot
reviews and GitHub App reviews (agent reviewers, CI) — so
review-anchored stages can be empty when the provider's review
webhooks are absent. Every stage is computed independently over the
PRs where both endpoints were observed, so stage medians do not sum
to kickoff_to_merge's median.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryPrLatency {
        ///First observed human review to merge.
        pub first_review_to_merge: FactoryLatencyStage,
        ///Run kickoff to merge, measured end to end per PR.
        pub kickoff_to_merge: FactoryLatencyStage,
        ///Run kickoff to PR creation.
        pub kickoff_to_pr: FactoryLatencyStage,
        ///PRs produced by this factory's runs and merged in the range.
        pub merged_pr_count: i64,
        ///PR creation to the first observed human review.
        pub pr_to_first_review: FactoryLatencyStage,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**A PR's T-shirt size, derived from its webhook-collected line counts
(additions + deletions): S < 100, M < 500, L < 1000, XL >= 1000.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryPrSizeBucket {
        S,
        M,
        L,
        #[cfg_attr(feature = "schemars", serde(rename = "XL"))]
        Xl,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryPrSizeBucket {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["S", "M", "L", "XL"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::S => "S",
                Self::M => "M",
                Self::L => "L",
                Self::Xl => "XL",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryPrSizeBucket {
        fn from(value: &str) -> Self {
            match value {
                "S" => Self::S,
                "M" => Self::M,
                "L" => Self::L,
                "XL" => Self::Xl,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryPrSizeBucket {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "S" => Self::S,
                "M" => Self::M,
                "L" => Self::L,
                "XL" => Self::Xl,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryPrSizeBucket {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryPrSizeBucket {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryPrSizeBucket {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryPrSizeBucket {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryPrSizeBucket {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**One pull request produced by the factory's runs. Fields the code
host has not reported yet (title, size counts, times) are null.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryPullRequest {
        ///Lines added; null until the code host reports it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub additions: ::std::option::Option<i64>,
        ///The code-host login that opened the PR.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub author_login: ::std::option::Option<::std::string::String>,
        ///Files changed; null until the code host reports it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub changed_files: ::std::option::Option<i64>,
        ///When the PR was closed, by merging or otherwise; null while it is open or when the code host did not report it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub closed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub cycle_time: FactoryPullRequestCycleTime,
        ///Lines deleted; null until the code host reports it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub deletions: ::std::option::Option<i64>,
        ///Public UID of the factory whose runs produced the PR.
        pub factory_uid: ::std::string::String,
        ///The first review by a person; null when none was observed.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub first_human_review_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**Whether Warp observed the PR from the moment it was opened. When
false, interactions before Warp started watching the PR are
missing from the counts.
*/
        pub history_complete: bool,
        /**Whether a person changed the PR's code: any opened or code_push
interaction. False only means autonomous when history_complete
is true.
*/
        pub human_code_change: bool,
        pub human_interactions: FactoryPullRequestHumanInteractions,
        ///When the earliest run that produced the PR was created.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub kickoff_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the PR was merged; null while it is not merged.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub merged_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Commits on the PR; null until the code host reports it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub num_commits: ::std::option::Option<i64>,
        ///When the PR was opened; null when Warp did not see it being opened.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub opened_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The provider's PR number.
        pub pr_number: i64,
        pub provider: FactoryRepositoryCodeForge,
        ///The repository as owner/repo.
        pub repo_full_name: ::std::string::String,
        ///The factory's runs that produced the PR, earliest first.
        pub runs: ::std::vec::Vec<FactoryPullRequestRun>,
        pub state: FactoryPullRequestState,
        ///Public UID of the team that owns the factory.
        pub team_uid: ::std::string::String,
        ///The PR title; null until the code host reports it.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub title: ::std::option::Option<::std::string::String>,
        ///When the PR itself last changed; the updated_after filter compares against it.
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Canonical PR URL.
        pub url: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**The pull request's pipeline-stage durations in seconds. Each stage
is null when either end was not observed, and never negative.
Kickoff is when the earliest run that produced the PR was created;
first review is the first review by a person.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryPullRequestCycleTime {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub first_review_to_merge: ::std::option::Option<f64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub kickoff_to_merge: ::std::option::Option<f64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub kickoff_to_pr: ::std::option::Option<f64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub pr_to_first_review: ::std::option::Option<f64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Actions people took on the pull request, counted by type. A person is
not a bot and not an app acting on a person's behalf. A review that
was later dismissed is not counted. A follow-up a person sent to the
run that produced the PR counts when it came through Slack, Linear,
Jira, Teams, the web app, or the API; messages relayed through the
Factory MCP or a local agent do not count, and a follow-up sent as a
GitHub comment counts once, as a PR comment or review. total is the
sum of every type.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryPullRequestHumanInteractions {
        /**A person pushed code to the PR. Pushes are attributed to whoever
triggered them, so the code host's "update branch" button and
rebases count.
*/
        pub code_push: i64,
        ///A person commented on the PR.
        pub comment: i64,
        ///A person sent a follow-up message to the run that produced the PR.
        pub follow_up_message: i64,
        ///A person opened the PR.
        pub opened: i64,
        ///Other PR actions by a person, such as closed, reopened, or marked ready.
        pub pr_action: i64,
        ///A person approved the PR.
        pub review_approved: i64,
        ///A person requested changes.
        pub review_changes_requested: i64,
        ///A person commented on a line of code.
        pub review_comment: i64,
        ///A person reviewed with comments only.
        pub review_commented: i64,
        ///The sum of every interaction type.
        pub total: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///One of the factory's runs that produced the pull request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryPullRequestRun {
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The top-level run of the run's tree; equals run_id for a top-level run.
        pub root_run_id: ::std::string::String,
        pub run_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The pull request's current state.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryPullRequestState {
        #[cfg_attr(feature = "schemars", serde(rename = "open"))]
        Open,
        #[cfg_attr(feature = "schemars", serde(rename = "draft"))]
        Draft,
        #[cfg_attr(feature = "schemars", serde(rename = "merged"))]
        Merged,
        #[cfg_attr(feature = "schemars", serde(rename = "closed"))]
        Closed,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryPullRequestState {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "open",
            "draft",
            "merged",
            "closed",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "open",
                Self::Draft => "draft",
                Self::Merged => "merged",
                Self::Closed => "closed",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryPullRequestState {
        fn from(value: &str) -> Self {
            match value {
                "open" => Self::Open,
                "draft" => Self::Draft,
                "merged" => Self::Merged,
                "closed" => Self::Closed,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryPullRequestState {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "open" => Self::Open,
                "draft" => Self::Draft,
                "merged" => Self::Merged,
                "closed" => Self::Closed,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryPullRequestState {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryPullRequestState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryPullRequestState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryPullRequestState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryPullRequestState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`FactoryPullRequestsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryPullRequestsResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: ::std::vec::Vec<FactoryPullRequest>,
        pub factory_uid: ::std::string::String,
        pub page_info: PageInfo,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///A repository scoped to a factory.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryRepository {
        /**The concrete forge hosting this repository. Omitted means the
factory's primary code_forge.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code_forge: ::std::option::Option<FactoryRepositoryCodeForge>,
        ///Repository owner (or full namespace for GitLab).
        pub owner: ::std::string::String,
        ///Provider-specific repository identity and settings, such as the Azure DevOps organization, project ID, and repository ID.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub provider_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Repository name.
        pub repo: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The concrete source-control provider hosting a repository.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryRepositoryCodeForge {
        #[cfg_attr(feature = "schemars", serde(rename = "GITHUB"))]
        Github,
        #[cfg_attr(feature = "schemars", serde(rename = "GITLAB"))]
        Gitlab,
        #[cfg_attr(feature = "schemars", serde(rename = "AZURE_DEVOPS"))]
        AzureDevops,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryRepositoryCodeForge {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["GITHUB", "GITLAB", "AZURE_DEVOPS"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Github => "GITHUB",
                Self::Gitlab => "GITLAB",
                Self::AzureDevops => "AZURE_DEVOPS",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryRepositoryCodeForge {
        fn from(value: &str) -> Self {
            match value {
                "GITHUB" => Self::Github,
                "GITLAB" => Self::Gitlab,
                "AZURE_DEVOPS" => Self::AzureDevops,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryRepositoryCodeForge {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "GITHUB" => Self::Github,
                "GITLAB" => Self::Gitlab,
                "AZURE_DEVOPS" => Self::AzureDevops,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryRepositoryCodeForge {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryRepositoryCodeForge {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryRepositoryCodeForge {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryRepositoryCodeForge {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryRepositoryCodeForge {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Grouped run counts. Groups are ordered by total descending (key
ascending on ties) with the reserved buckets always last — UNKNOWN,
then OTHER; group totals and series sum to total and its per-period
distribution.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryRunBreakdownData {
        pub groups: ::std::vec::Vec<FactoryRunBreakdownGroup>,
        /**The factory's top-level runs (no parent run) in the range,
whatever the dimension — the dashboard's companion stat to the
all-runs headline. Equals total on root-scoped dimensions.
*/
        pub root_run_count: i64,
        /**Present and true for the source dimension, which counts
top-level runs only.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub root_runs_only: ::std::option::Option<bool>,
        /**Sum over groups — top-level runs only when root_runs_only is
true, so it can undercount the run_count metric there.
*/
        pub total: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**One group of the run breakdown. key is the group's stable identity
(dimension-specific: agent type, run state, source type,
ROOT/SUBRUN, model id, or harness name); OTHER and UNKNOWN are
reserved for the top-K rollup and missing/unresolvable values
respectively. label carries a server-resolved display name (harness
names, source aliases) and is absent where the key is already the
display form.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryRunBreakdownGroup {
        pub key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        /**One entry per period_list entry, zero-filled. Present only when
group_by_period was requested.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub series: ::std::vec::Vec<i64>,
        pub total: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Grouping dimension for the run-breakdown metric. source counts
top-level runs only; every other dimension counts subruns
individually.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryRunBreakdownGroupBy {
        #[cfg_attr(feature = "schemars", serde(rename = "agent_type"))]
        AgentType,
        #[cfg_attr(feature = "schemars", serde(rename = "status"))]
        Status,
        #[cfg_attr(feature = "schemars", serde(rename = "source"))]
        Source,
        #[cfg_attr(feature = "schemars", serde(rename = "root_vs_subrun"))]
        RootVsSubrun,
        #[cfg_attr(feature = "schemars", serde(rename = "model"))]
        Model,
        #[cfg_attr(feature = "schemars", serde(rename = "harness"))]
        Harness,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryRunBreakdownGroupBy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "agent_type",
            "status",
            "source",
            "root_vs_subrun",
            "model",
            "harness",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::AgentType => "agent_type",
                Self::Status => "status",
                Self::Source => "source",
                Self::RootVsSubrun => "root_vs_subrun",
                Self::Model => "model",
                Self::Harness => "harness",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryRunBreakdownGroupBy {
        fn from(value: &str) -> Self {
            match value {
                "agent_type" => Self::AgentType,
                "status" => Self::Status,
                "source" => Self::Source,
                "root_vs_subrun" => Self::RootVsSubrun,
                "model" => Self::Model,
                "harness" => Self::Harness,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryRunBreakdownGroupBy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "agent_type" => Self::AgentType,
                "status" => Self::Status,
                "source" => Self::Source,
                "root_vs_subrun" => Self::RootVsSubrun,
                "model" => Self::Model,
                "harness" => Self::Harness,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryRunBreakdownGroupBy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryRunBreakdownGroupBy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryRunBreakdownGroupBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryRunBreakdownGroupBy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryRunBreakdownGroupBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`FactoryRunBreakdownResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryRunBreakdownResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: FactoryRunBreakdownData,
        pub factory_uid: ::std::string::String,
        pub group_by: FactoryRunBreakdownGroupBy,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by_period: ::std::option::Option<FactoryMetricsGroupByPeriod>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub period_list: ::std::vec::Vec<::std::string::String>,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Request body for dispatching a run to a factory.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryRunRequest {
        /**The prompt sent to the factory's foreman, not wrapped in any
factory intake envelope. Required and non-empty.
*/
        pub prompt: ::std::string::String,
        /**Originating ticket reference in <source>:<id> form (for
example, linear:REMOTE-123); omit to mint an adhoc reference.
Stamped onto the run as ticket_id/ticket_source metadata.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_ref: ::std::option::Option<::std::string::String>,
        /**Optional URL of the ticket named by ticket_ref. Stamped onto
the run as ticket_url metadata when given.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_url: ::std::option::Option<::std::string::String>,
        /**Human-readable title for the dispatched run and its factory task.
Omit to derive one automatically from the prompt.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FactoryRunRequest {
        pub fn builder() -> builder::FactoryRunRequest {
            Default::default()
        }
    }
    ///Response body for a dispatched factory run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryRunResponse {
        ///Public UID of the factory the run was dispatched to.
        pub factory_uid: ::std::string::String,
        ///Name of the factory's foreman agent that received the run.
        pub foreman_agent: ::std::string::String,
        ///Unique identifier for the dispatched run.
        pub run_id: ::std::string::String,
        /**URL to view the dispatched run in the Factory app. Empty when
the Factory app origin is not configured.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub run_url: ::std::option::Option<::std::string::String>,
        pub state: RunState,
        /**The canonical <source>:<id> ticket reference the run was
stamped with, either the caller-supplied ticket_ref or a
minted adhoc reference.
*/
        pub ticket_ref: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Sparse execution defaults for scorers. An omitted field inherits the
corresponding agent default; an explicit empty collection overrides
the agent default with no values.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryScorerDefaults {
        ///Default runner UID for scorers. Omitted to inherit the agent default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_runner_uid: ::std::option::Option<::std::string::String>,
        /**Scorer-default MCP servers. Omitted to inherit the agent defaults;
an empty object explicitly clears them.
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub mcp_servers: ::std::collections::HashMap<
            ::std::string::String,
            McpServerConfig,
        >,
        /**Scorer-default secrets. Omitted to inherit the agent defaults; an
empty array explicitly clears them.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub secrets: ::std::vec::Vec<SecretRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryScoringConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryScoringConfig {
        /**Optional factory override for the model used by managed scorers and
scorer-creation prefills. null or absent resolves to the platform
judge default. User-created scorers still require an explicit
model_id on create.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub default_model: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactorySelfImprovementConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactorySelfImprovementConfig {
        ///Per-agent count of distinct scored-failing source runs required for scheduled self-improvement. Must be between 1 and 50: one self-improvement run can triage at most 50 failure findings. Omitted to use the server default. The age-based flush and manual dispatch are unchanged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failed_run_threshold: ::std::option::Option<::std::num::NonZeroU64>,
        ///Owning-team member emails reviewers are chosen from. Only allowed when `reviewer_type` is `custom`: a Factory YAML change that sets emails with any other reviewer type fails validation, including the pull request check.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub reviewer_emails: ::std::vec::Vec<::std::string::String>,
        ///Owning-team pool from which one eligible reviewer is randomly selected for self-improvement pull requests and Factory reviews in GitHub-managed or Warp-managed Factories. `admins` requests a team admin or owner and is the default when the Factory declares no self-improvement settings. `team` requests any team member. `custom` requests a member listed in `reviewer_emails`. `none` explicitly disables reviewer assignment.
        pub reviewer_type: FactorySelfImprovementConfigReviewerType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Owning-team pool from which one eligible reviewer is randomly selected for self-improvement pull requests and Factory reviews in GitHub-managed or Warp-managed Factories. `admins` requests a team admin or owner and is the default when the Factory declares no self-improvement settings. `team` requests any team member. `custom` requests a member listed in `reviewer_emails`. `none` explicitly disables reviewer assignment.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactorySelfImprovementConfigReviewerType {
        #[cfg_attr(feature = "schemars", serde(rename = "none"))]
        None,
        #[cfg_attr(feature = "schemars", serde(rename = "admins"))]
        Admins,
        #[cfg_attr(feature = "schemars", serde(rename = "team"))]
        Team,
        #[cfg_attr(feature = "schemars", serde(rename = "custom"))]
        Custom,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactorySelfImprovementConfigReviewerType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["none", "admins", "team", "custom"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::None => "none",
                Self::Admins => "admins",
                Self::Team => "team",
                Self::Custom => "custom",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactorySelfImprovementConfigReviewerType {
        fn from(value: &str) -> Self {
            match value {
                "none" => Self::None,
                "admins" => Self::Admins,
                "team" => Self::Team,
                "custom" => Self::Custom,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for FactorySelfImprovementConfigReviewerType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "none" => Self::None,
                "admins" => Self::Admins,
                "team" => Self::Team,
                "custom" => Self::Custom,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for FactorySelfImprovementConfigReviewerType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactorySelfImprovementConfigReviewerType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactorySelfImprovementConfigReviewerType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactorySelfImprovementConfigReviewerType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactorySelfImprovementConfigReviewerType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Persisted Slack settings on a factory integration. Omitted fields keep
their default-on behavior.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct FactorySlackIntegrationSettings(pub FactoryThreadReplySettings);
    impl ::std::ops::Deref for FactorySlackIntegrationSettings {
        type Target = FactoryThreadReplySettings;
        fn deref(&self) -> &FactoryThreadReplySettings {
            &self.0
        }
    }
    impl ::std::convert::From<FactorySlackIntegrationSettings>
    for FactoryThreadReplySettings {
        fn from(value: FactorySlackIntegrationSettings) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<FactoryThreadReplySettings>
    for FactorySlackIntegrationSettings {
        fn from(value: FactoryThreadReplySettings) -> Self {
            Self(value)
        }
    }
    /**A factory task: the unit of work in a factory, bound to the agent
conversation that owns it.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTask {
        /**Creator of the run captured by run_id. Omitted when the creation
run or its creator principal can no longer be resolved.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<RunCreatorInfo>,
        ///UUID of the agent conversation the task is bound to.
        pub conversation_id: ::std::string::String,
        ///Time the task was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /**The task's current top-level run, resolved at read time. Present
on single-task reads (by uid, by conversation, and after a stop
request), and on list responses when include_current_run=true;
omitted when no current root run can be resolved.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_run: ::std::option::Option<FactoryTaskCurrentRun>,
        ///Optional description of the task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Public UID of the factory the task belongs to. Fixed at creation.
        pub factory_uid: ::std::string::String,
        /**Derived outputs, newest-first: PULL_REQUEST, EXTERNAL_REFERENCE,
SCREENSHOT, and FILE artifacts (video recordings are FILE
artifacts). Present on single-task reads (by uid, by
conversation, and by run), where outputs are derived from the
task's whole run tree (every run bound to the conversation plus
the runs dispatched under them). On list responses with
full_list=true, outputs are derived from the bound conversation
only, not the wider run tree.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub outputs: ::std::vec::Vec<ArtifactItem>,
        /**ID of the bound conversation's most recent run at task creation.
This is a provenance snapshot and is not updated afterward;
consumers needing the conversation's live latest run should
resolve it via the conversation.
*/
        pub run_id: ::std::string::String,
        pub stage: FactoryTaskStage,
        /**Canonical ticket ID from the bound run. Present on list responses
only when full_list=true and ticket metadata exists.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_id: ::std::option::Option<::std::string::String>,
        /**Canonical ticket source from the bound run. Present on list
responses only when full_list=true and ticket metadata exists.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_source: ::std::option::Option<::std::string::String>,
        ///Human-readable title of the task.
        pub title: ::std::string::String,
        ///Public UID of the task.
        pub uid: ::std::string::String,
        /**Time the task was last created, updated, or deleted. Artifact
reporting does not bump this; new outputs appear on the next
detail read.
*/
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Request body for creating a factory task.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTaskCreateRequest {
        /**UUID of the agent conversation to bind the task to. The
conversation's most recent run must be owned by the factory's
team, and the conversation must not already be bound to a live
task.
*/
        pub conversation_id: ::std::string::String,
        ///Optional description of the task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stage: ::std::option::Option<FactoryTaskStage>,
        ///Human-readable title of the task. Required and non-empty.
        pub title: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FactoryTaskCreateRequest {
        pub fn builder() -> builder::FactoryTaskCreateRequest {
            Default::default()
        }
    }
    /**A factory task's current top-level run, resolved from the bound
conversation at read time. This differs from FactoryTask.run_id,
which is a creation-time provenance snapshot and is never updated.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTaskCurrentRun {
        /**Whether the current run's type is eligible for cancellation via
the API. State-independent; clients should also gate on state.
*/
        pub is_run_type_cancellable: bool,
        ///ID of the task's current top-level (root) run.
        pub run_id: ::std::string::String,
        pub state: RunState,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The action requested by a Factory notification.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryTaskNotificationKind {
        #[cfg_attr(feature = "schemars", serde(rename = "question"))]
        Question,
        #[cfg_attr(feature = "schemars", serde(rename = "answer_question"))]
        AnswerQuestion,
        #[cfg_attr(feature = "schemars", serde(rename = "spec_review"))]
        SpecReview,
        #[cfg_attr(feature = "schemars", serde(rename = "pr_review"))]
        PrReview,
        #[cfg_attr(feature = "schemars", serde(rename = "blocked"))]
        Blocked,
        #[cfg_attr(feature = "schemars", serde(rename = "failed"))]
        Failed,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl FactoryTaskNotificationKind {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "question",
            "answer_question",
            "spec_review",
            "pr_review",
            "blocked",
            "failed",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Question => "question",
                Self::AnswerQuestion => "answer_question",
                Self::SpecReview => "spec_review",
                Self::PrReview => "pr_review",
                Self::Blocked => "blocked",
                Self::Failed => "failed",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryTaskNotificationKind {
        fn from(value: &str) -> Self {
            match value {
                "question" => Self::Question,
                "answer_question" => Self::AnswerQuestion,
                "spec_review" => Self::SpecReview,
                "pr_review" => Self::PrReview,
                "blocked" => Self::Blocked,
                "failed" => Self::Failed,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryTaskNotificationKind {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "question" => Self::Question,
                "answer_question" => Self::AnswerQuestion,
                "spec_review" => Self::SpecReview,
                "pr_review" => Self::PrReview,
                "blocked" => Self::Blocked,
                "failed" => Self::Failed,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryTaskNotificationKind {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryTaskNotificationKind {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryTaskNotificationKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryTaskNotificationKind {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryTaskNotificationKind {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    /**Request body for partially updating a factory task. Omitted fields
preserve their current values; last write wins.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTaskPatchRequest {
        ///Updated description. null or an empty string clears the description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stage: ::std::option::Option<FactoryTaskStage>,
        ///Updated title. Must be non-empty when provided.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FactoryTaskPatchRequest {
        pub fn builder() -> builder::FactoryTaskPatchRequest {
            Default::default()
        }
    }
    /**Lifecycle stage of a factory task, mirroring the seeded factory agent
roles plus the terminal COMPLETE and CANCELLED states. COMPLETE and
CANCELLED are terminal in intent but not enforced: any stage may be
written explicitly at any time. CANCELLED is set automatically when
the task's current top-level run is cancelled, regardless of that
run's agent type.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum FactoryTaskStage {
        #[cfg_attr(feature = "schemars", serde(rename = "TRIAGE"))]
        Triage,
        #[cfg_attr(feature = "schemars", serde(rename = "SPEC"))]
        Spec,
        #[cfg_attr(feature = "schemars", serde(rename = "IMPLEMENT"))]
        Implement,
        #[cfg_attr(feature = "schemars", serde(rename = "REVIEW"))]
        Review,
        #[cfg_attr(feature = "schemars", serde(rename = "COMPLETE"))]
        Complete,
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
    impl FactoryTaskStage {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "TRIAGE",
            "SPEC",
            "IMPLEMENT",
            "REVIEW",
            "COMPLETE",
            "CANCELLED",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Triage => "TRIAGE",
                Self::Spec => "SPEC",
                Self::Implement => "IMPLEMENT",
                Self::Review => "REVIEW",
                Self::Complete => "COMPLETE",
                Self::Cancelled => "CANCELLED",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for FactoryTaskStage {
        fn from(value: &str) -> Self {
            match value {
                "TRIAGE" => Self::Triage,
                "SPEC" => Self::Spec,
                "IMPLEMENT" => Self::Implement,
                "REVIEW" => Self::Review,
                "COMPLETE" => Self::Complete,
                "CANCELLED" => Self::Cancelled,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for FactoryTaskStage {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "TRIAGE" => Self::Triage,
                "SPEC" => Self::Spec,
                "IMPLEMENT" => Self::Implement,
                "REVIEW" => Self::Review,
                "COMPLETE" => Self::Complete,
                "CANCELLED" => Self::Cancelled,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for FactoryTaskStage {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for FactoryTaskStage {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for FactoryTaskStage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for FactoryTaskStage {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FactoryTaskStage {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///Persisted Teams reply settings on a factory integration.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct FactoryTeamsIntegrationSettings(pub FactoryThreadReplySettings);
    impl ::std::ops::Deref for FactoryTeamsIntegrationSettings {
        type Target = FactoryThreadReplySettings;
        fn deref(&self) -> &FactoryThreadReplySettings {
            &self.0
        }
    }
    impl ::std::convert::From<FactoryTeamsIntegrationSettings>
    for FactoryThreadReplySettings {
        fn from(value: FactoryTeamsIntegrationSettings) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<FactoryThreadReplySettings>
    for FactoryTeamsIntegrationSettings {
        fn from(value: FactoryThreadReplySettings) -> Self {
            Self(value)
        }
    }
    /**Plain channel-thread reply settings. These apply when the shared
per-Factory reply-setting rollout is enabled.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryThreadReplySettings {
        /**When true, eligible plain channel thread replies still reach the
reply-intent classifier. When false, those replies are ignored
unless they @-mention the Factory. Each provider defines the
omitted default. Direct messages are unchanged.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_respond_to_thread_replies: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FactoryTopPRsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTopPRsResponse {
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: ::std::vec::Vec<FactoryTopPr>,
        pub factory_uid: ::std::string::String,
        pub team_uid: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**One PR in the most-expensive-PRs listing: the pull request record
fields plus cost and attribution. Cost fields are always present;
attribution fields are null when every root run that produced the
PR has been deleted; the remaining fields are null when the PR
predates webhook PR-fact collection.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTopPr {
        ///Lines added; null until the code host reports it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub additions: ::std::option::Option<i64>,
        ///The code-host login that opened the PR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author_login: ::std::option::Option<::std::string::String>,
        ///Files changed; null until the code host reports it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub changed_files: ::std::option::Option<i64>,
        ///When the PR was closed, by merging or otherwise; null while it is open or when the code host did not report it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub closed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Who started the run that kicked off the PR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<RunCreatorInfo>,
        ///The PR's pipeline-stage durations in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycle_time: ::std::option::Option<FactoryPullRequestCycleTime>,
        ///Lines deleted; null until the code host reports it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deletions: ::std::option::Option<i64>,
        pub dollars: FactoryDollarsBreakdown,
        ///Public UID of the factory whose runs produced the PR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub factory_uid: ::std::option::Option<::std::string::String>,
        ///The first review by a person; null when none was observed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_human_review_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**Whether Warp observed the PR from the moment it was opened. When
false, interactions before Warp started watching the PR are
missing from the counts.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub history_complete: ::std::option::Option<bool>,
        /**Whether a person changed the PR's code: any opened or code_push
interaction. False only means autonomous when history_complete
is true.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub human_code_change: ::std::option::Option<bool>,
        ///Actions people took on the PR, counted by type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub human_interactions: ::std::option::Option<
            FactoryPullRequestHumanInteractions,
        >,
        ///When the earliest run that produced the PR was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kickoff_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the PR was merged; null while it is not merged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merged_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        /**Models recorded in the PR's run trees' conversation usage
metadata, most expensive first, each with its token-weighted
share of the PR's inference dollars. Shares sum approximately
to dollars.inference: conversations without per-model token
counts contribute inference dollars but no shares. Empty when
no per-model usage was recorded.
*/
        pub models: ::std::vec::Vec<FactoryTopPrModel>,
        ///Commits on the PR; null until the code host reports it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_commits: ::std::option::Option<i64>,
        ///When the PR was opened; null when Warp did not see it being opened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub opened_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The provider's PR number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pr_number: ::std::option::Option<i64>,
        ///The code host the PR lives on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<FactoryRepositoryCodeForge>,
        ///The repository as owner/repo.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repo_full_name: ::std::option::Option<::std::string::String>,
        /**Model the kicking-off run was configured with; null means the
server default was used.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requested_model_id: ::std::option::Option<::std::string::String>,
        ///The factory's runs that produced the PR, earliest first.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub runs: ::std::option::Option<::std::vec::Vec<FactoryPullRequestRun>>,
        /**Public source name of the run that kicked off the PR (e.g.
GITHUB_WEBHOOK, SLACK, API). New values may appear over time.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///The PR's current state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<FactoryPullRequestState>,
        ///Public UID of the team that owns the factory.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team_uid: ::std::option::Option<::std::string::String>,
        ///The PR title; null until the code host reports it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///When the PR itself last changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Canonical PR URL; the listing's identity.
        pub url: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///One model's share of a top PR's inference cost.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FactoryTopPrModel {
        /**The model's token-weighted share of the PR's inference dollars.
Inference only; compute and platform costs have no model
attribution.
*/
        pub inference_dollars: f64,
        pub model_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<FileArtifactThumbnail>,
        /**Short, badge-visible label for the artifact. For recording artifacts,
this is the agent-authored title shown in Warp web and blocklist badges.
Distinct from description, which is longer and shown in detail views.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_links: ::std::option::Option<ArtifactSourceLinksResponse>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///`FileArtifactThumbnail`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct FileArtifactThumbnail {
        ///Time-limited signed URL to download the video's thumbnail image
        pub download_url: ::std::string::String,
        ///Timestamp when the thumbnail download URL expires (RFC3339)
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///`GetRunHarnessUsageResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct GetRunHarnessUsageResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub age_seconds: ::std::option::Option<i64>,
        pub available: bool,
        pub conversation_id: ::std::string::String,
        pub run_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<HarnessUsageEnvelope>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///`GetSessionRedirectResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct GetSessionRedirectResponse {
        ///The conversation ID to redirect to (only present when redirect is needed)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
For an individual Warp-managed Factory Claude Code agent, send
an explicit empty string to use the environment's model. Omitting
model_id when replacing that agent's harness is invalid.
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
    ///Native tool invocation counts. Total must equal the sum of byName; tool names are arbitrary map keys.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct HarnessToolCalls(pub ::std::option::Option<HarnessToolCallsInner>);
    impl ::std::ops::Deref for HarnessToolCalls {
        type Target = ::std::option::Option<HarnessToolCallsInner>;
        fn deref(&self) -> &::std::option::Option<HarnessToolCallsInner> {
            &self.0
        }
    }
    impl ::std::convert::From<HarnessToolCalls>
    for ::std::option::Option<HarnessToolCallsInner> {
        fn from(value: HarnessToolCalls) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<HarnessToolCallsInner>>
    for HarnessToolCalls {
        fn from(value: ::std::option::Option<HarnessToolCallsInner>) -> Self {
            Self(value)
        }
    }
    ///Native tool invocation counts. Total must equal the sum of byName; tool names are arbitrary map keys.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct HarnessToolCallsInner {
        #[serde(rename = "byName")]
        pub by_name: ::std::collections::HashMap<::std::string::String, i64>,
        pub total: i64,
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
    ///A native count. Absent or null means unmeasured, not zero.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct HarnessUsageCounter(pub ::std::option::Option<i64>);
    impl ::std::ops::Deref for HarnessUsageCounter {
        type Target = ::std::option::Option<i64>;
        fn deref(&self) -> &::std::option::Option<i64> {
            &self.0
        }
    }
    impl ::std::convert::From<HarnessUsageCounter> for ::std::option::Option<i64> {
        fn from(value: HarnessUsageCounter) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<i64>> for HarnessUsageCounter {
        fn from(value: ::std::option::Option<i64>) -> Self {
            Self(value)
        }
    }
    ///`HarnessUsageEnvelope`
    #[derive(Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schemars", serde(untagged))]
    #[non_exhaustive]
    pub enum HarnessUsageEnvelope {
        ClaudeHarnessUsageEnvelope(ClaudeHarnessUsageEnvelope),
        CodexHarnessUsageEnvelope(CodexHarnessUsageEnvelope),
        /// A variant this version of the crate does not know (its
        #[doc = concat!("`", "harness", "`")]
        /// is new), kept verbatim as JSON.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::serde_json::Value),
    }
    impl ::serde::Serialize for HarnessUsageEnvelope {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::ClaudeHarnessUsageEnvelope(value) => value.serialize(serializer),
                Self::CodexHarnessUsageEnvelope(value) => value.serialize(serializer),
                Self::Unrecognized(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for HarnessUsageEnvelope {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_tagged(deserializer)
        }
    }
    impl crate::forward_compat::TaggedUnion for HarnessUsageEnvelope {
        const NAME: &'static str = "HarnessUsageEnvelope";
        const PROPERTY: &'static str = "harness";
        fn knows(tag: &str) -> bool {
            matches!(tag, "CLAUDE_CODE" | "CODEX")
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            tag: &str,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match tag {
                "CLAUDE_CODE" => {
                    <ClaudeHarnessUsageEnvelope as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::ClaudeHarnessUsageEnvelope)
                }
                "CODEX" => {
                    <CodexHarnessUsageEnvelope as ::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)
                        .map(Self::CodexHarnessUsageEnvelope)
                }
                _ => {
                    ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(
                            tag,
                            &["CLAUDE_CODE", "CODEX"],
                        ),
                    )
                }
            }
        }
        fn unrecognized(value: ::serde_json::Value) -> Self {
            Self::Unrecognized(value)
        }
    }
    impl HarnessUsageEnvelope {
        /// The discriminator value of this variant, as it appears on the wire.
        pub fn discriminator(&self) -> ::std::option::Option<&str> {
            match self {
                Self::Unrecognized(value) => {
                    crate::forward_compat::discriminator(value, "harness")
                }
                Self::ClaudeHarnessUsageEnvelope(_) => {
                    ::std::option::Option::Some("CLAUDE_CODE")
                }
                Self::CodexHarnessUsageEnvelope(_) => {
                    ::std::option::Option::Some("CODEX")
                }
            }
        }
    }
    impl ::std::convert::From<ClaudeHarnessUsageEnvelope> for HarnessUsageEnvelope {
        fn from(value: ClaudeHarnessUsageEnvelope) -> Self {
            Self::ClaudeHarnessUsageEnvelope(value)
        }
    }
    impl ::std::convert::From<CodexHarnessUsageEnvelope> for HarnessUsageEnvelope {
        fn from(value: CodexHarnessUsageEnvelope) -> Self {
            Self::CodexHarnessUsageEnvelope(value)
        }
    }
    /**Charged cost of LLM inference in US cents, split by token type.
Omitted when the data is not available.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct InferenceCostBreakdownInCents {
        ///Cost of cache-read input tokens, in US cents.
        pub input_cache_read_cost_in_cents: f64,
        ///Cost of cache-write input tokens, in US cents.
        pub input_cache_write_cost_in_cents: f64,
        ///Cost of non-cached input tokens, in US cents.
        pub input_cost_in_cents: f64,
        ///Cost of output tokens, in US cents.
        pub output_cost_in_cents: f64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    /**Full token count and charged-cost detail for inference usage.
The counts and cost describe the same usage (e.g. token_count.input
tokens cost cost_in_cents.input_cost_in_cents in total).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct InferenceUsageDetail {
        pub cost_in_cents: InferenceCostBreakdownInCents,
        pub token_count: TokenCountBreakdown,
        ///Total cost of those web searches, in US cents.
        pub web_search_cost_in_cents: f64,
        ///Number of web searches performed by this model.
        pub web_search_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///Response body for listing factories.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListFactoriesResponse {
        pub factories: ::std::vec::Vec<Factory>,
        pub page_info: PageInfo,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListFactoryInboxResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListFactoryInboxResponse {
        pub items: ::std::vec::Vec<FactoryInboxItem>,
        pub page_info: PageInfo,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListFactoryTasksResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListFactoryTasksResponse {
        pub page_info: PageInfo,
        ///One page of the factory's tasks, in the requested sort order.
        pub tasks: ::std::vec::Vec<FactoryTask>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListFactoryTasksSortBy`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListFactoryTasksSortBy {
        #[cfg_attr(feature = "schemars", serde(rename = "created_at"))]
        CreatedAt,
        #[cfg_attr(feature = "schemars", serde(rename = "updated_at"))]
        UpdatedAt,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListFactoryTasksSortBy {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["created_at", "updated_at"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CreatedAt => "created_at",
                Self::UpdatedAt => "updated_at",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListFactoryTasksSortBy {
        fn from(value: &str) -> Self {
            match value {
                "created_at" => Self::CreatedAt,
                "updated_at" => Self::UpdatedAt,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListFactoryTasksSortBy {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "created_at" => Self::CreatedAt,
                "updated_at" => Self::UpdatedAt,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListFactoryTasksSortBy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListFactoryTasksSortBy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListFactoryTasksSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListFactoryTasksSortBy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListFactoryTasksSortBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for ListFactoryTasksSortBy {
        fn default() -> Self {
            ListFactoryTasksSortBy::CreatedAt
        }
    }
    ///`ListFactoryTasksSortOrder`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListFactoryTasksSortOrder {
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
    impl ListFactoryTasksSortOrder {
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
    impl ::std::convert::From<&str> for ListFactoryTasksSortOrder {
        fn from(value: &str) -> Self {
            match value {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListFactoryTasksSortOrder {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListFactoryTasksSortOrder {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListFactoryTasksSortOrder {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListFactoryTasksSortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListFactoryTasksSortOrder {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListFactoryTasksSortOrder {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::default::Default for ListFactoryTasksSortOrder {
        fn default() -> Self {
            ListFactoryTasksSortOrder::Desc
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
    ///`ListRunsFactoryUid`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum ListRunsFactoryUid {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
        /// A value matching none of the variants this version knows, kept verbatim.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::serde_json::Value),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for ListRunsFactoryUid {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///`ListRunsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListRunsResponse {
        ///Time the runs were read (RFC3339). Data can lag live activity by a few minutes.
        pub as_of: ::chrono::DateTime<::chrono::offset::Utc>,
        pub page_info: PageInfo,
        pub runs: ::std::vec::Vec<RunItem>,
        /**UID of the team the request was scoped to: the team selected by the
`X-Warp-Team-Uid` header, or the API key's team. Null when a user
request has no team selected and the list spans every team the
user belongs to.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub team_uid: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///`ListRunsTaskStatusItem`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ListRunsTaskStatusItem {
        #[cfg_attr(feature = "schemars", serde(rename = "running"))]
        Running,
        #[cfg_attr(feature = "schemars", serde(rename = "failed"))]
        Failed,
        #[cfg_attr(feature = "schemars", serde(rename = "blocked"))]
        Blocked,
        #[cfg_attr(feature = "schemars", serde(rename = "cancelled"))]
        Cancelled,
        #[cfg_attr(feature = "schemars", serde(rename = "complete"))]
        Complete,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ListRunsTaskStatusItem {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "running",
            "failed",
            "blocked",
            "cancelled",
            "complete",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Running => "running",
                Self::Failed => "failed",
                Self::Blocked => "blocked",
                Self::Cancelled => "cancelled",
                Self::Complete => "complete",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ListRunsTaskStatusItem {
        fn from(value: &str) -> Self {
            match value {
                "running" => Self::Running,
                "failed" => Self::Failed,
                "blocked" => Self::Blocked,
                "cancelled" => Self::Cancelled,
                "complete" => Self::Complete,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ListRunsTaskStatusItem {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "running" => Self::Running,
                "failed" => Self::Failed,
                "blocked" => Self::Blocked,
                "cancelled" => Self::Cancelled,
                "complete" => Self::Complete,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ListRunsTaskStatusItem {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ListRunsTaskStatusItem {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ListRunsTaskStatusItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ListRunsTaskStatusItem {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListRunsTaskStatusItem {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
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
    ///`ManualScoringDispatchRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ManualScoringDispatchRequest {
        /**One or more (run, scorer) targets, expressed as one entry per run
with its scorer IDs. Duplicate (run_id, scorer_id) pairs across
entries are collapsed. At most 100 unique pairs total.
*/
        pub targets: ::std::vec::Vec<ManualScoringTarget>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ManualScoringDispatchRequest {
        pub fn builder() -> builder::ManualScoringDispatchRequest {
            Default::default()
        }
    }
    ///`ManualScoringDispatchResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ManualScoringDispatchResponse {
        ///One entry per requested pair, in no particular order
        pub results: ::std::vec::Vec<ManualScoringDispatchResult>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ManualScoringDispatchResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ManualScoringDispatchResult {
        ///Safe error detail; present only for failed_to_dispatch
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The selected agent run that anchors the scoring attempt
        pub run_id: ::std::string::String,
        ///The invoked scorer
        pub scorer_id: i64,
        /**The judge run covering this pair; present for dispatched and
already_in_flight, absent otherwise. Multiple pairs for the same
run can share one scoring_run_id.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scoring_run_id: ::std::option::Option<::std::string::String>,
        pub status: ManualScoringDispatchStatus,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**Outcome of one dispatched (run, scorer) pair: "dispatched" (stamped
with a new or shared judge run), "already_in_flight" (an existing live
judge already holds the pair; it is not queued, cancelled, or
replaced), "failed_no_transcript" (no scoreable transcript existed, so
a failed attempt was stamped instead), "failed_run_tree_not_ready"
(the selected run or a descendant can be retried after execution or
synchronization finishes), "failed_run_tree_incomplete" or
"failed_run_tree_too_large" (a failed anchor attempt was stamped), or
"failed_to_dispatch" (validation rejected the target or an operational
error occurred; inspect error before retrying).
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ManualScoringDispatchStatus {
        #[cfg_attr(feature = "schemars", serde(rename = "dispatched"))]
        Dispatched,
        #[cfg_attr(feature = "schemars", serde(rename = "already_in_flight"))]
        AlreadyInFlight,
        #[cfg_attr(feature = "schemars", serde(rename = "failed_no_transcript"))]
        FailedNoTranscript,
        #[cfg_attr(feature = "schemars", serde(rename = "failed_run_tree_not_ready"))]
        FailedRunTreeNotReady,
        #[cfg_attr(feature = "schemars", serde(rename = "failed_run_tree_incomplete"))]
        FailedRunTreeIncomplete,
        #[cfg_attr(feature = "schemars", serde(rename = "failed_run_tree_too_large"))]
        FailedRunTreeTooLarge,
        #[cfg_attr(feature = "schemars", serde(rename = "failed_to_dispatch"))]
        FailedToDispatch,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ManualScoringDispatchStatus {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "dispatched",
            "already_in_flight",
            "failed_no_transcript",
            "failed_run_tree_not_ready",
            "failed_run_tree_incomplete",
            "failed_run_tree_too_large",
            "failed_to_dispatch",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Dispatched => "dispatched",
                Self::AlreadyInFlight => "already_in_flight",
                Self::FailedNoTranscript => "failed_no_transcript",
                Self::FailedRunTreeNotReady => "failed_run_tree_not_ready",
                Self::FailedRunTreeIncomplete => "failed_run_tree_incomplete",
                Self::FailedRunTreeTooLarge => "failed_run_tree_too_large",
                Self::FailedToDispatch => "failed_to_dispatch",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ManualScoringDispatchStatus {
        fn from(value: &str) -> Self {
            match value {
                "dispatched" => Self::Dispatched,
                "already_in_flight" => Self::AlreadyInFlight,
                "failed_no_transcript" => Self::FailedNoTranscript,
                "failed_run_tree_not_ready" => Self::FailedRunTreeNotReady,
                "failed_run_tree_incomplete" => Self::FailedRunTreeIncomplete,
                "failed_run_tree_too_large" => Self::FailedRunTreeTooLarge,
                "failed_to_dispatch" => Self::FailedToDispatch,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ManualScoringDispatchStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "dispatched" => Self::Dispatched,
                "already_in_flight" => Self::AlreadyInFlight,
                "failed_no_transcript" => Self::FailedNoTranscript,
                "failed_run_tree_not_ready" => Self::FailedRunTreeNotReady,
                "failed_run_tree_incomplete" => Self::FailedRunTreeIncomplete,
                "failed_run_tree_too_large" => Self::FailedRunTreeTooLarge,
                "failed_to_dispatch" => Self::FailedToDispatch,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ManualScoringDispatchStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ManualScoringDispatchStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ManualScoringDispatchStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ManualScoringDispatchStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ManualScoringDispatchStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`ManualScoringTarget`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ManualScoringTarget {
        ///The selected run to score
        pub run_id: ::std::string::String,
        ///Scorer IDs to invoke against run_id
        pub scorer_ids: ::std::vec::Vec<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ManualScoringTarget {
        pub fn builder() -> builder::ManualScoringTarget {
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
    /**Tokens consumed by a single model over a run.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ModelTokenUsage {
        /**Identifier of the model that served the inference. For `warp` and
`byok` usage this is a model id drawn from the same set as
`agent_config.model_id`. For `custom_endpoint` usage this is the
caller's own configuration key for the endpoint.
*/
        pub model_id: ::std::string::String,
        /**total_tokens split by the kind of work the tokens were spent on,
keyed by usage category (e.g., primary_agent, tool_summarization, etc).
*/
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub tokens_by_category: ::std::collections::HashMap<::std::string::String, i64>,
        ///Total tokens this model consumed, across every usage category.
        pub total_tokens: i64,
        pub usage_type: ModelUsageType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**How a model's inference was accessed:
- warp: through Warp-provided model access
- byok: through the caller's own provider API key
- custom_endpoint: through a caller-configured model endpoint
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum ModelUsageType {
        #[cfg_attr(feature = "schemars", serde(rename = "warp"))]
        Warp,
        #[cfg_attr(feature = "schemars", serde(rename = "byok"))]
        Byok,
        #[cfg_attr(feature = "schemars", serde(rename = "custom_endpoint"))]
        CustomEndpoint,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl ModelUsageType {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["warp", "byok", "custom_endpoint"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Warp => "warp",
                Self::Byok => "byok",
                Self::CustomEndpoint => "custom_endpoint",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for ModelUsageType {
        fn from(value: &str) -> Self {
            match value {
                "warp" => Self::Warp,
                "byok" => Self::Byok,
                "custom_endpoint" => Self::CustomEndpoint,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ModelUsageType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "warp" => Self::Warp,
                "byok" => Self::Byok,
                "custom_endpoint" => Self::CustomEndpoint,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for ModelUsageType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ModelUsageType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ModelUsageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ModelUsageType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ModelUsageType {
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
- `agent_stream_network_error` — MAA response stream terminally failed because of a transport or EOF error
- `agent_stream_failure` — MAA server explicitly reported a terminal response stream failure
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
        #[cfg_attr(feature = "schemars", serde(rename = "agent_stream_network_error"))]
        AgentStreamNetworkError,
        #[cfg_attr(feature = "schemars", serde(rename = "agent_stream_failure"))]
        AgentStreamFailure,
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
            "agent_stream_network_error",
            "agent_stream_failure",
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
                Self::AgentStreamNetworkError => "agent_stream_network_error",
                Self::AgentStreamFailure => "agent_stream_failure",
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
                "agent_stream_network_error" => Self::AgentStreamNetworkError,
                "agent_stream_failure" => Self::AgentStreamFailure,
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
                "agent_stream_network_error" => Self::AgentStreamNetworkError,
                "agent_stream_failure" => Self::AgentStreamFailure,
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
    ///`PullRequestArtifact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PullRequestArtifact {
        ///Type of the artifact
        pub artifact_type: PullRequestArtifactArtifactType,
        ///Timestamp when the artifact was created (RFC3339)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: PullRequestArtifactResponseData,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    ///`PullRequestArtifactResponseData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct PullRequestArtifactResponseData {
        pub branch: ::std::string::String,
        pub status: PullRequestArtifactResponseDataStatus,
        pub url: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PullRequestArtifactResponseDataStatus`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum PullRequestArtifactResponseDataStatus {
        #[cfg_attr(feature = "schemars", serde(rename = "open"))]
        Open,
        #[cfg_attr(feature = "schemars", serde(rename = "draft"))]
        Draft,
        #[cfg_attr(feature = "schemars", serde(rename = "merged"))]
        Merged,
        #[cfg_attr(feature = "schemars", serde(rename = "closed"))]
        Closed,
        #[cfg_attr(feature = "schemars", serde(rename = "unknown"))]
        Unknown,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl PullRequestArtifactResponseDataStatus {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "open",
            "draft",
            "merged",
            "closed",
            "unknown",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "open",
                Self::Draft => "draft",
                Self::Merged => "merged",
                Self::Closed => "closed",
                Self::Unknown => "unknown",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for PullRequestArtifactResponseDataStatus {
        fn from(value: &str) -> Self {
            match value {
                "open" => Self::Open,
                "draft" => Self::Draft,
                "merged" => Self::Merged,
                "closed" => Self::Closed,
                "unknown" => Self::Unknown,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PullRequestArtifactResponseDataStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "open" => Self::Open,
                "draft" => Self::Draft,
                "merged" => Self::Merged,
                "closed" => Self::Closed,
                "unknown" => Self::Unknown,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for PullRequestArtifactResponseDataStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PullRequestArtifactResponseDataStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PullRequestArtifactResponseDataStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PullRequestArtifactResponseDataStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PullRequestArtifactResponseDataStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
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
        /**What the run's hosted compute was billed at, in US dollars. Runs that
predate billed-amount tracking fall back to an estimated cost.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub compute_cost_usd: ::std::option::Option<f64>,
        ///Credits consumed by LLM inference for the run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_cost: ::std::option::Option<f64>,
        /**What the run's LLM inference was billed at, in US dollars. Runs that
predate billed-amount tracking fall back to an estimated cost.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inference_cost_usd: ::std::option::Option<f64>,
        /**The models that actually served inference for the run, with the
tokens each consumed. Used to discover what an auto-routing model
resolves to. If a run is terminated before inference is complete,
output a zero-token entry for that model. Omits runs that use
a third-party harness, whose per-model usage is not tracked by Warp.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub model_token_usage: ::std::vec::Vec<ModelTokenUsage>,
        ///Credits consumed by platform usage for the run
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform_cost: ::std::option::Option<f64>,
        /**What the run's platform usage was billed at, in US dollars. Runs that
predate billed-amount tracking fall back to an estimated cost.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform_cost_usd: ::std::option::Option<f64>,
        /**Total LLM token count (summed across every usage category and model) for the run's
conversation. Omitted when the data is not available.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_tokens: ::std::option::Option<i64>,
        /**Full-granularity token and charged-cost breakdown for the run's
conversation, keyed by usage category (for example,
primary_agent or conversation_compaction) and model id. Omitted
when the data is not available.
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
    ///`RetainedHarnessUsageCoverage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct RetainedHarnessUsageCoverage {
        #[serde(rename = "tokenStatus")]
        pub token_status: RetainedHarnessUsageCoverageTokenStatus,
        #[serde(rename = "toolStatus")]
        pub tool_status: RetainedHarnessUsageCoverageToolStatus,
    }
    ///`RetainedHarnessUsageCoverageTokenStatus`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RetainedHarnessUsageCoverageTokenStatus {
        #[cfg_attr(feature = "schemars", serde(rename = "known"))]
        Known,
        #[cfg_attr(feature = "schemars", serde(rename = "partial"))]
        Partial,
        #[cfg_attr(feature = "schemars", serde(rename = "unavailable"))]
        Unavailable,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RetainedHarnessUsageCoverageTokenStatus {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["known", "partial", "unavailable"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Known => "known",
                Self::Partial => "partial",
                Self::Unavailable => "unavailable",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RetainedHarnessUsageCoverageTokenStatus {
        fn from(value: &str) -> Self {
            match value {
                "known" => Self::Known,
                "partial" => Self::Partial,
                "unavailable" => Self::Unavailable,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for RetainedHarnessUsageCoverageTokenStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "known" => Self::Known,
                "partial" => Self::Partial,
                "unavailable" => Self::Unavailable,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for RetainedHarnessUsageCoverageTokenStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RetainedHarnessUsageCoverageTokenStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RetainedHarnessUsageCoverageTokenStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RetainedHarnessUsageCoverageTokenStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RetainedHarnessUsageCoverageTokenStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
        }
    }
    ///`RetainedHarnessUsageCoverageToolStatus`
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RetainedHarnessUsageCoverageToolStatus {
        #[cfg_attr(feature = "schemars", serde(rename = "known"))]
        Known,
        #[cfg_attr(feature = "schemars", serde(rename = "partial"))]
        Partial,
        #[cfg_attr(feature = "schemars", serde(rename = "unavailable"))]
        Unavailable,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RetainedHarnessUsageCoverageToolStatus {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &["known", "partial", "unavailable"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Known => "known",
                Self::Partial => "partial",
                Self::Unavailable => "unavailable",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RetainedHarnessUsageCoverageToolStatus {
        fn from(value: &str) -> Self {
            match value {
                "known" => Self::Known,
                "partial" => Self::Partial,
                "unavailable" => Self::Unavailable,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for RetainedHarnessUsageCoverageToolStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "known" => Self::Known,
                "partial" => Self::Partial,
                "unavailable" => Self::Unavailable,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String>
    for RetainedHarnessUsageCoverageToolStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RetainedHarnessUsageCoverageToolStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RetainedHarnessUsageCoverageToolStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RetainedHarnessUsageCoverageToolStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RetainedHarnessUsageCoverageToolStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::forward_compat::deserialize_open_enum(deserializer)
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
    ///A prepared attachment to deliver with a follow-up message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunFollowupAttachment {
        /**The `attachment_id` (a UUID) returned by the attachment prepare
endpoint for this run.
*/
        pub attachment_id: ::std::string::String,
        /**Optional display name shown to the agent in place of the name
recorded when the attachment was prepared. The stored object is
unaffected.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RunFollowupAttachment {
        pub fn builder() -> builder::RunFollowupAttachment {
            Default::default()
        }
    }
    /**How an accepted follow-up was routed.
  - live_session: the message was handed to the running session. This means
    the session-sharing service accepted it, not that the agent has started
    on it; observe the session's event stream for the new request.
  - queued_prompt: the run had not started yet, so the message was appended
    to its initial prompt.
  - handoff_execution: the previous execution had ended, so a new execution
    of the same run was created to continue the conversation.
  - queue_pending: the message is durably queued and will be delivered once
    the run can accept it.
*/
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub enum RunFollowupOutcome {
        #[cfg_attr(feature = "schemars", serde(rename = "live_session"))]
        LiveSession,
        #[cfg_attr(feature = "schemars", serde(rename = "queued_prompt"))]
        QueuedPrompt,
        #[cfg_attr(feature = "schemars", serde(rename = "handoff_execution"))]
        HandoffExecution,
        #[cfg_attr(feature = "schemars", serde(rename = "queue_pending"))]
        QueuePending,
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #[cfg_attr(feature = "schemars", schemars(skip))]
        Unrecognized(::std::string::String),
    }
    impl RunFollowupOutcome {
        /// Every value this version of the crate knows, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "live_session",
            "queued_prompt",
            "handoff_execution",
            "queue_pending",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::LiveSession => "live_session",
                Self::QueuedPrompt => "queued_prompt",
                Self::HandoffExecution => "handoff_execution",
                Self::QueuePending => "queue_pending",
                Self::Unrecognized(value) => value.as_str(),
            }
        }
        /// Whether this is a value this version of the crate knows.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unrecognized(_))
        }
    }
    impl ::std::convert::From<&str> for RunFollowupOutcome {
        fn from(value: &str) -> Self {
            match value {
                "live_session" => Self::LiveSession,
                "queued_prompt" => Self::QueuedPrompt,
                "handoff_execution" => Self::HandoffExecution,
                "queue_pending" => Self::QueuePending,
                other => Self::Unrecognized(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RunFollowupOutcome {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "live_session" => Self::LiveSession,
                "queued_prompt" => Self::QueuedPrompt,
                "handoff_execution" => Self::HandoffExecution,
                "queue_pending" => Self::QueuePending,
                _ => Self::Unrecognized(value),
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for RunFollowupOutcome {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RunFollowupOutcome {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RunFollowupOutcome {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RunFollowupOutcome {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RunFollowupOutcome {
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
        /**Files to deliver with the message, at most 25. Each entry must
name an attachment previously prepared for this run through
`POST /agent/runs/{runId}/attachments/prepare` and uploaded to
its upload target; an unknown `attachment_id` is rejected with
422. Files are only materialized for the agent on the Oz
harness; other harnesses receive a notice naming the files.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attachments: ::std::vec::Vec<RunFollowupAttachment>,
        /**The follow-up message to send to the run. May be empty when
`attachments` is non-empty.
*/
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
    ///Acknowledgement of an accepted follow-up.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RunFollowupResponse {
        /**Identifier of the durable follow-up record, or null when the
outcome did not create one (`queued_prompt`).
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub followup_id: ::std::option::Option<::std::string::String>,
        pub outcome: RunFollowupOutcome,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
        /**UID of the factory whose agent executed the run. Absent for runs
not executed by a factory agent.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub factory_uid: ::std::option::Option<::std::string::String>,
        /**Timestamp when the run last reached a terminal state (RFC3339). Null
while the run is still active, and for terminal runs with no
recorded finish time (runs executed locally, and runs that finished
before finish times were recorded).
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub finished_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
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
        /**UUID of the top-level run of this run's orchestration tree. Equals
`run_id` for a top-level run.
*/
        pub root_run_id: ::std::string::String,
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
        ///The prompt exactly as it was submitted, without any extra context added by Warp. Includes any follow-up messages sent before the run started, separated by blank lines.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub submitted_prompt: ::std::option::Option<::std::string::String>,
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
- MCP: Created through the Factory MCP server's send_task tool
- SLACK: Created from Slack integration
- TEAMS: Created from Microsoft Teams integration
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
- AZURE_DEVOPS_WEBHOOK: Created from an Azure DevOps webhook event
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
        #[cfg_attr(feature = "schemars", serde(rename = "MCP"))]
        Mcp,
        #[cfg_attr(feature = "schemars", serde(rename = "SLACK"))]
        Slack,
        #[cfg_attr(feature = "schemars", serde(rename = "TEAMS"))]
        Teams,
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
        #[cfg_attr(feature = "schemars", serde(rename = "AZURE_DEVOPS_WEBHOOK"))]
        AzureDevopsWebhook,
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
            "MCP",
            "SLACK",
            "TEAMS",
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
            "AZURE_DEVOPS_WEBHOOK",
            "AUTOFIX",
            "RUN_SCORER",
            "ORCHESTRATION",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Linear => "LINEAR",
                Self::Api => "API",
                Self::Mcp => "MCP",
                Self::Slack => "SLACK",
                Self::Teams => "TEAMS",
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
                Self::AzureDevopsWebhook => "AZURE_DEVOPS_WEBHOOK",
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
                "MCP" => Self::Mcp,
                "SLACK" => Self::Slack,
                "TEAMS" => Self::Teams,
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
                "AZURE_DEVOPS_WEBHOOK" => Self::AzureDevopsWebhook,
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
                "MCP" => Self::Mcp,
                "SLACK" => Self::Slack,
                "TEAMS" => Self::Teams,
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
                "AZURE_DEVOPS_WEBHOOK" => Self::AzureDevopsWebhook,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_links: ::std::option::Option<ArtifactSourceLinksResponse>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
    /**Partial update for an agent; each field is optional:
  * Omitted or `null`: leave the field unchanged.
  * Empty value: clear the field.
  * Non-empty: replace the field wholesale with the provided value.
`secrets_append` is an exception: it appends secrets idempotently and
must be the only supplied field, including fields supplied as `null`.
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
        /**Adds team-owned raw-value secrets to this agent without removing or
replacing its existing ones. Secrets it already has and any duplicates
are skipped, and an empty array is a no-op. If any name is invalid, the
whole request is rejected. Send this field by itself. Including any other
field returns 400, even if that field is null, and null is not a valid
value here. Appending requires edit and privileged-config-edit access on
the agent plus secret-attach access on its Factory. Agents managed in
external source files return 409.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub secrets_append: ::std::vec::Vec<SecretRef>,
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
                ::std::option::Option<i32>,
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
            secrets: ::std::result::Result<
                ::std::vec::Vec<super::SecretRef>,
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
                    secrets: Ok(Default::default()),
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
                T: crate::IntoOptional<i32>,
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
                    secrets: value.secrets?,
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
                    secrets: Ok(value.secrets),
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
        pub struct FactoryInboxMutationRequest {
            notification_uids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FactoryInboxMutationRequest {
            fn default() -> Self {
                Self {
                    notification_uids: Err(
                        "no value supplied for notification_uids".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FactoryInboxMutationRequest {
            pub fn notification_uids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_uids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_uids: {e}"
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
        impl ::std::convert::TryFrom<FactoryInboxMutationRequest>
        for super::FactoryInboxMutationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FactoryInboxMutationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    notification_uids: value.notification_uids?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FactoryInboxMutationRequest>
        for FactoryInboxMutationRequest {
            fn from(value: super::FactoryInboxMutationRequest) -> Self {
                Self {
                    notification_uids: Ok(value.notification_uids),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FactoryRunRequest {
            prompt: ::std::result::Result<::std::string::String, ::std::string::String>,
            ticket_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ticket_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
        impl ::std::default::Default for FactoryRunRequest {
            fn default() -> Self {
                Self {
                    prompt: Err("no value supplied for prompt".to_string()),
                    ticket_ref: Ok(Default::default()),
                    ticket_url: Ok(Default::default()),
                    title: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FactoryRunRequest {
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
            pub fn ticket_ref<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.ticket_ref = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.ticket_ref)
                        )
                    });
                self
            }
            pub fn ticket_url<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.ticket_url = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.ticket_url)
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
        impl ::std::convert::TryFrom<FactoryRunRequest> for super::FactoryRunRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FactoryRunRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    prompt: value.prompt?,
                    ticket_ref: value.ticket_ref?,
                    ticket_url: value.ticket_url?,
                    title: value.title?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FactoryRunRequest> for FactoryRunRequest {
            fn from(value: super::FactoryRunRequest) -> Self {
                Self {
                    prompt: Ok(value.prompt),
                    ticket_ref: Ok(value.ticket_ref),
                    ticket_url: Ok(value.ticket_url),
                    title: Ok(value.title),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FactoryTaskCreateRequest {
            conversation_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage: ::std::result::Result<
                ::std::option::Option<super::FactoryTaskStage>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FactoryTaskCreateRequest {
            fn default() -> Self {
                Self {
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    description: Ok(Default::default()),
                    stage: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FactoryTaskCreateRequest {
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
            pub fn stage<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::FactoryTaskStage>,
            {
                self.stage = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.stage)
                        )
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
        impl ::std::convert::TryFrom<FactoryTaskCreateRequest>
        for super::FactoryTaskCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FactoryTaskCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    description: value.description?,
                    stage: value.stage?,
                    title: value.title?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FactoryTaskCreateRequest>
        for FactoryTaskCreateRequest {
            fn from(value: super::FactoryTaskCreateRequest) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    description: Ok(value.description),
                    stage: Ok(value.stage),
                    title: Ok(value.title),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FactoryTaskPatchRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage: ::std::result::Result<
                ::std::option::Option<super::FactoryTaskStage>,
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
        impl ::std::default::Default for FactoryTaskPatchRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    stage: Ok(Default::default()),
                    title: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl FactoryTaskPatchRequest {
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
            pub fn stage<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<super::FactoryTaskStage>,
            {
                self.stage = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.stage)
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
        impl ::std::convert::TryFrom<FactoryTaskPatchRequest>
        for super::FactoryTaskPatchRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FactoryTaskPatchRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    stage: value.stage?,
                    title: value.title?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FactoryTaskPatchRequest>
        for FactoryTaskPatchRequest {
            fn from(value: super::FactoryTaskPatchRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    stage: Ok(value.stage),
                    title: Ok(value.title),
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
        pub struct ManualScoringDispatchRequest {
            targets: ::std::result::Result<
                ::std::vec::Vec<super::ManualScoringTarget>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ManualScoringDispatchRequest {
            fn default() -> Self {
                Self {
                    targets: Err("no value supplied for targets".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ManualScoringDispatchRequest {
            pub fn targets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ManualScoringTarget>>,
                T::Error: ::std::fmt::Display,
            {
                self.targets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for targets: {e}")
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
        impl ::std::convert::TryFrom<ManualScoringDispatchRequest>
        for super::ManualScoringDispatchRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ManualScoringDispatchRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    targets: value.targets?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ManualScoringDispatchRequest>
        for ManualScoringDispatchRequest {
            fn from(value: super::ManualScoringDispatchRequest) -> Self {
                Self {
                    targets: Ok(value.targets),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ManualScoringTarget {
            run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            scorer_ids: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ManualScoringTarget {
            fn default() -> Self {
                Self {
                    run_id: Err("no value supplied for run_id".to_string()),
                    scorer_ids: Err("no value supplied for scorer_ids".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ManualScoringTarget {
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
            pub fn scorer_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.scorer_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scorer_ids: {e}")
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
        impl ::std::convert::TryFrom<ManualScoringTarget>
        for super::ManualScoringTarget {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ManualScoringTarget,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    run_id: value.run_id?,
                    scorer_ids: value.scorer_ids?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ManualScoringTarget> for ManualScoringTarget {
            fn from(value: super::ManualScoringTarget) -> Self {
                Self {
                    run_id: Ok(value.run_id),
                    scorer_ids: Ok(value.scorer_ids),
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
        pub struct RunFollowupAttachment {
            attachment_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunFollowupAttachment {
            fn default() -> Self {
                Self {
                    attachment_id: Err(
                        "no value supplied for attachment_id".to_string(),
                    ),
                    file_name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunFollowupAttachment {
            pub fn attachment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.attachment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachment_id: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: crate::IntoOptional<::std::string::String>,
            {
                self.file_name = crate::IntoOptional::into_optional(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for {}: {e}",
                            stringify!(self.file_name)
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
        impl ::std::convert::TryFrom<RunFollowupAttachment>
        for super::RunFollowupAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunFollowupAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachment_id: value.attachment_id?,
                    file_name: value.file_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunFollowupAttachment>
        for RunFollowupAttachment {
            fn from(value: super::RunFollowupAttachment) -> Self {
                Self {
                    attachment_id: Ok(value.attachment_id),
                    file_name: Ok(value.file_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunFollowupRequest {
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::RunFollowupAttachment>,
                ::std::string::String,
            >,
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
                    attachments: Ok(Default::default()),
                    message: Ok(Default::default()),
                    mode: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RunFollowupRequest {
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::RunFollowupAttachment>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
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
                    attachments: value.attachments?,
                    message: value.message?,
                    mode: value.mode?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RunFollowupRequest> for RunFollowupRequest {
            fn from(value: super::RunFollowupRequest) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    message: Ok(value.message),
                    mode: Ok(value.mode),
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
            secrets_append: ::std::result::Result<
                ::std::vec::Vec<super::SecretRef>,
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
                    secrets_append: Ok(Default::default()),
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
            pub fn secrets_append<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SecretRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.secrets_append = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secrets_append: {e}"
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
                    secrets_append: value.secrets_append?,
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
                    secrets_append: Ok(value.secrets_append),
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
        impl crate::IntoOptional<super::FactoryInboxMutationRequest>
        for FactoryInboxMutationRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FactoryInboxMutationRequest>,
                ::std::string::String,
            > {
                super::FactoryInboxMutationRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FactoryRunRequest> for FactoryRunRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FactoryRunRequest>,
                ::std::string::String,
            > {
                super::FactoryRunRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FactoryTaskCreateRequest>
        for FactoryTaskCreateRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FactoryTaskCreateRequest>,
                ::std::string::String,
            > {
                super::FactoryTaskCreateRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::FactoryTaskPatchRequest>
        for FactoryTaskPatchRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::FactoryTaskPatchRequest>,
                ::std::string::String,
            > {
                super::FactoryTaskPatchRequest::try_from(self)
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
        impl crate::IntoOptional<super::ManualScoringDispatchRequest>
        for ManualScoringDispatchRequest {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ManualScoringDispatchRequest>,
                ::std::string::String,
            > {
                super::ManualScoringDispatchRequest::try_from(self)
                    .map(::std::option::Option::Some)
                    .map_err(|e| e.to_string())
            }
        }
        impl crate::IntoOptional<super::ManualScoringTarget> for ManualScoringTarget {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::ManualScoringTarget>,
                ::std::string::String,
            > {
                super::ManualScoringTarget::try_from(self)
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
        impl crate::IntoOptional<super::RunFollowupAttachment>
        for RunFollowupAttachment {
            fn into_optional(
                self,
            ) -> ::std::result::Result<
                ::std::option::Option<super::RunFollowupAttachment>,
                ::std::string::String,
            > {
                super::RunFollowupAttachment::try_from(self)
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
    impl crate::pagination::Page for FactoryPullRequestsResponse {
        type Item = <::std::vec::Vec<
            FactoryPullRequest,
        > as crate::pagination::ItemsField>::Item;
        fn next_cursor(&self) -> ::std::option::Option<&str> {
            crate::pagination::next_cursor(
                &self.page_info.next_cursor,
                &self.page_info.has_next_page,
            )
        }
        fn item_count(&self) -> usize {
            crate::pagination::ItemsField::count(&self.data)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            crate::pagination::ItemsField::into_vec(self.data)
        }
    }
    impl crate::pagination::Page for ListFactoriesResponse {
        type Item = <::std::vec::Vec<Factory> as crate::pagination::ItemsField>::Item;
        fn next_cursor(&self) -> ::std::option::Option<&str> {
            crate::pagination::next_cursor(
                &self.page_info.next_cursor,
                &self.page_info.has_next_page,
            )
        }
        fn item_count(&self) -> usize {
            crate::pagination::ItemsField::count(&self.factories)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            crate::pagination::ItemsField::into_vec(self.factories)
        }
    }
    impl crate::pagination::Page for ListFactoryInboxResponse {
        type Item = <::std::vec::Vec<
            FactoryInboxItem,
        > as crate::pagination::ItemsField>::Item;
        fn next_cursor(&self) -> ::std::option::Option<&str> {
            crate::pagination::next_cursor(
                &self.page_info.next_cursor,
                &self.page_info.has_next_page,
            )
        }
        fn item_count(&self) -> usize {
            crate::pagination::ItemsField::count(&self.items)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            crate::pagination::ItemsField::into_vec(self.items)
        }
    }
    impl crate::pagination::Page for ListFactoryTasksResponse {
        type Item = <::std::vec::Vec<
            FactoryTask,
        > as crate::pagination::ItemsField>::Item;
        fn next_cursor(&self) -> ::std::option::Option<&str> {
            crate::pagination::next_cursor(
                &self.page_info.next_cursor,
                &self.page_info.has_next_page,
            )
        }
        fn item_count(&self) -> usize {
            crate::pagination::ItemsField::count(&self.tasks)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            crate::pagination::ItemsField::into_vec(self.tasks)
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
    /**List factories

List factories accessible to the authenticated principal, restricted
to the request's active team when one is set. An optional team_uid
query parameter overrides the active team and restricts results to a
single team, and an optional search query parameter filters by a
case-insensitive substring match on the factory name or alias.


Sends a `GET` request to `/factory`

Arguments:
- `cursor`: Opaque cursor returned by a previous list response.
- `limit`: Maximum number of factories to return (default 50, max 100).
- `search`: Case-insensitive substring search over the factory name and
alias.

- `team_uid`: Optional team UID to filter factories by ownership. Takes
precedence over the X-Warp-Team-Uid header.

- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_factories()
    .cursor(cursor)
    .limit(limit)
    .search(search)
    .team_uid(team_uid)
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_factories(&self) -> builder::ListFactories<'_> {
        builder::ListFactories::new(self)
    }
    /**Get a factory

Get a factory by its UID.

Sends a `GET` request to `/factory/{uid}`

Arguments:
- `uid`: The public UID of the factory.
```ignore
let response = client.get_factory()
    .uid(uid)
    .send()
    .await;
```*/
    pub fn get_factory(&self) -> builder::GetFactory<'_> {
        builder::GetFactory::new(self)
    }
    /**List Factory inbox notifications

List unresolved notifications across factories authorized for the
authenticated principal and active team. The default `mine` scope
preserves the personal Inbox and requires user credentials. The
`team` scope lists notifications assigned to any recipient and
can be used by user or agent credentials. Personal read state
(`is_read`) is included only in `mine` scope and omitted in `team`
scope, including when filtering by recipient.


Sends a `GET` request to `/factory-inbox`

Arguments:
- `cursor`: Opaque cursor from page_info.next_cursor.
- `factory_uid`: Exact Factory UID filter, intersected with authorized factories.
- `limit`: Maximum number of items to return. Defaults to 50.
- `recipient_uid`: Exact public user UID filter within the authorized Factory and
team scope. In `mine` scope this can only match the authenticated
user.

- `scope`: `mine` returns notifications assigned to the authenticated user
and is the default. `team` returns notifications across live
recipients in the authorized Factory and team scope.

- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_factory_inbox()
    .cursor(cursor)
    .factory_uid(factory_uid)
    .limit(limit)
    .recipient_uid(recipient_uid)
    .scope(scope)
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_factory_inbox(&self) -> builder::ListFactoryInbox<'_> {
        builder::ListFactoryInbox::new(self)
    }
    /**Mark inbox notifications as read

Mark a batch of notifications as read for the authenticated user after
checking access to each factory. The caller must be a recipient of
each existing notification, and the notification must remain active;
otherwise its outcome is unsuccessful. Missing notifications are
successful no-ops. Outcomes are returned in request order.


Sends a `POST` request to `/factory-inbox/notifications/read`

```ignore
let response = client.mark_factory_inbox_notifications_read()
    .body(body)
    .send()
    .await;
```*/
    pub fn mark_factory_inbox_notifications_read(
        &self,
    ) -> builder::MarkFactoryInboxNotificationsRead<'_> {
        builder::MarkFactoryInboxNotificationsRead::new(self)
    }
    /**Mark inbox notifications as unread

Mark a batch of notifications as unread for the authenticated user
after checking access to each factory. The caller must be a recipient
of each existing notification, and the notification must remain active;
otherwise its outcome is unsuccessful. Missing notifications are
successful no-ops. Outcomes are returned in request order.


Sends a `POST` request to `/factory-inbox/notifications/unread`

```ignore
let response = client.mark_factory_inbox_notifications_unread()
    .body(body)
    .send()
    .await;
```*/
    pub fn mark_factory_inbox_notifications_unread(
        &self,
    ) -> builder::MarkFactoryInboxNotificationsUnread<'_> {
        builder::MarkFactoryInboxNotificationsUnread::new(self)
    }
    /**List factory tasks

List the factory's tasks with optional filtering and search. List
responses are lean by default; set full_list=true to include
canonical ticket metadata and derived outputs for the returned page.


Sends a `GET` request to `/factory/{uid}/tasks`

Arguments:
- `uid`: The public UID of the factory.
- `created_after`: Filter to tasks created after this timestamp (RFC3339 format).
- `created_before`: Filter to tasks created before this timestamp (RFC3339 format).
- `created_by`: Filter to tasks whose seed run was started by any of these
teammates, each given as their email address. Can be specified
multiple times to match any of the given teammates.

- `cursor`: Opaque cursor returned by a previous list response.
Valid only for the sort_by/sort_order it was issued under; omit
to restart the listing.

- `full_list`: Include canonical ticket_source and ticket_id metadata from each
task's bound run, plus its derived outputs. Defaults to false.

- `include_current_run`: Include each task's current top-level run, resolved in one batch
for the returned page. Defaults to false.

- `limit`: Maximum number of tasks to return (default 50, max 100).
- `q`: Case-insensitive substring search over the task title.
- `sort_by`: Sort field for results.
- `sort_order`: Sort direction.
- `stage`: Filter by task stage. Can be specified multiple times to match any
of the given stages.

- `updated_after`: Filter to tasks updated after this timestamp (RFC3339 format).
```ignore
let response = client.list_factory_tasks()
    .uid(uid)
    .created_after(created_after)
    .created_before(created_before)
    .created_by(created_by)
    .cursor(cursor)
    .full_list(full_list)
    .include_current_run(include_current_run)
    .limit(limit)
    .q(q)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .stage(stage)
    .updated_after(updated_after)
    .send()
    .await;
```*/
    pub fn list_factory_tasks(&self) -> builder::ListFactoryTasks<'_> {
        builder::ListFactoryTasks::new(self)
    }
    /**Create a factory task

Create a task in a factory, bound to an existing agent conversation.
title and conversation_id are required. The stage defaults to TRIAGE. The
conversation's most recent run must be owned by the factory's team,
and a conversation may be bound to at most one live task across all
factories.


Sends a `POST` request to `/factory/{uid}/tasks`

Arguments:
- `uid`: The public UID of the factory.
- `body`
```ignore
let response = client.create_factory_task()
    .uid(uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_factory_task(&self) -> builder::CreateFactoryTask<'_> {
        builder::CreateFactoryTask::new(self)
    }
    /**Dispatch a run to a factory

Dispatch a run to a factory, using prompt as the run's
prompt and an optional title, ticket_ref, and ticket_url. Returns
the created run; its factory task is created asynchronously and can
be resolved afterwards with GET /factory/{uid}/task-by-run.


Sends a `POST` request to `/factory/{uid}/runs`

Arguments:
- `uid`: The public UID of the factory.
- `body`
```ignore
let response = client.create_factory_run()
    .uid(uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_factory_run(&self) -> builder::CreateFactoryRun<'_> {
        builder::CreateFactoryRun::new(self)
    }
    /**Get a factory task

Get a task with its derived outputs, newest-first.


Sends a `GET` request to `/factory/{uid}/tasks/{task_uid}`

Arguments:
- `uid`: The public UID of the factory.
- `task_uid`: The public UID of the task.
```ignore
let response = client.get_factory_task()
    .uid(uid)
    .task_uid(task_uid)
    .send()
    .await;
```*/
    pub fn get_factory_task(&self) -> builder::GetFactoryTask<'_> {
        builder::GetFactoryTask::new(self)
    }
    /**Delete a factory task

Soft-delete a task. The task disappears from list and get responses
immediately, and its conversation may be bound to a new task.
Deleting a task never deletes artifacts or the conversation.


Sends a `DELETE` request to `/factory/{uid}/tasks/{task_uid}`

Arguments:
- `uid`: The public UID of the factory.
- `task_uid`: The public UID of the task.
```ignore
let response = client.delete_factory_task()
    .uid(uid)
    .task_uid(task_uid)
    .send()
    .await;
```*/
    pub fn delete_factory_task(&self) -> builder::DeleteFactoryTask<'_> {
        builder::DeleteFactoryTask::new(self)
    }
    /**Update a factory task

Partially update a task's title, description, and/or stage. Last
write wins. Stage writes are unrestricted: any stage-to-stage
transition is allowed, including moving backwards or to completion.


Sends a `PATCH` request to `/factory/{uid}/tasks/{task_uid}`

Arguments:
- `uid`: The public UID of the factory.
- `task_uid`: The public UID of the task.
- `body`
```ignore
let response = client.update_factory_task()
    .uid(uid)
    .task_uid(task_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_factory_task(&self) -> builder::UpdateFactoryTask<'_> {
        builder::UpdateFactoryTask::new(self)
    }
    /**Stop a factory task

Cancel the task's current top-level run and move the task to
CANCELLED. Every non-terminal descendant of the root run is
cancelled as well.


Sends a `POST` request to `/factory/{uid}/tasks/{task_uid}/cancel`

Arguments:
- `uid`: The public UID of the factory.
- `task_uid`: The public UID of the task.
```ignore
let response = client.cancel_factory_task()
    .uid(uid)
    .task_uid(task_uid)
    .send()
    .await;
```*/
    pub fn cancel_factory_task(&self) -> builder::CancelFactoryTask<'_> {
        builder::CancelFactoryTask::new(self)
    }
    /**Get a factory task by conversation

Get the factory task bound to an agent conversation. Conversation bindings are
unique across factories, but the lookup is factory-scoped: a task
owned by a different factory is 404.


Sends a `GET` request to `/factory/{uid}/task-by-conversation`

Arguments:
- `uid`: The public UID of the factory.
- `conversation_id`: The agent conversation ID the task is bound to.
```ignore
let response = client.get_factory_task_by_conversation()
    .uid(uid)
    .conversation_id(conversation_id)
    .send()
    .await;
```*/
    pub fn get_factory_task_by_conversation(
        &self,
    ) -> builder::GetFactoryTaskByConversation<'_> {
        builder::GetFactoryTaskByConversation::new(self)
    }
    /**Get a factory task by run

Get the factory task that owns a run: the task bound to the conversation
of the run's root ancestor. The lookup is factory-scoped: a task owned by
a different factory is 404.


Sends a `GET` request to `/factory/{uid}/task-by-run`

Arguments:
- `uid`: The public UID of the factory.
- `run_id`: Any run ID in the task's run tree.
```ignore
let response = client.get_factory_task_by_run()
    .uid(uid)
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_factory_task_by_run(&self) -> builder::GetFactoryTaskByRun<'_> {
        builder::GetFactoryTaskByRun::new(self)
    }
    /**Get factory metrics

Aggregate productivity metrics for a factory over a UTC date range:
run count, distinct PR count (from PR artifacts, deduped by URL at
first appearance), autonomy, impact, and PR latency. Cost metrics
live under /factory/{uid}/costs. Pass group_by_period to additionally
receive per-period series aligned to period_list.


Sends a `GET` request to `/factory/{uid}/metrics`

Arguments:
- `uid`: The public UID of the factory.
- `end_date`: Exclusive RFC3339 range end (UTC). Defaults to now.
- `group_by_period`: Optional binning granularity; when omitted, the response
contains aggregates only. Binned requests are capped at 365
periods.

- `start_date`: Inclusive RFC3339 range start (UTC). Defaults to end_date minus 30 days.
```ignore
let response = client.get_factory_metrics()
    .uid(uid)
    .end_date(end_date)
    .group_by_period(group_by_period)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn get_factory_metrics(&self) -> builder::GetFactoryMetrics<'_> {
        builder::GetFactoryMetrics::new(self)
    }
    /**Get factory cost per PR

Mean per-PR attributed cost for a factory over a UTC date range,
with per-component dollar breakdowns. Previously served as
cost_per_pr on GET /factory/{uid}/metrics. Pass group_by_period to
additionally receive per-period series aligned to period_list.


Sends a `GET` request to `/factory/{uid}/costs/per-pr`

Arguments:
- `uid`: The public UID of the factory.
- `end_date`: Exclusive RFC3339 range end (UTC). Defaults to now.
- `group_by_period`: Optional binning granularity; when omitted, the response
contains aggregates only. Binned requests are capped at 365
periods.

- `start_date`: Inclusive RFC3339 range start (UTC). Defaults to end_date minus 30 days.
```ignore
let response = client.get_factory_cost_per_pr()
    .uid(uid)
    .end_date(end_date)
    .group_by_period(group_by_period)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn get_factory_cost_per_pr(&self) -> builder::GetFactoryCostPerPr<'_> {
        builder::GetFactoryCostPerPr::new(self)
    }
    /**Get factory spend grouped by a dimension

The factory's spend over a UTC date range, grouped by source, user,
agent, or model. groups lists every entity with nonzero spend in the
range (uncapped); UNKNOWN sorts last. Pass group_by_period to
additionally receive per-period series aligned to period_list.


Sends a `GET` request to `/factory/{uid}/costs/breakdown`

Arguments:
- `uid`: The public UID of the factory.
- `end_date`: Exclusive RFC3339 range end (UTC). Defaults to now.
- `group_by`: The dimension to group spend by.
- `group_by_period`: Optional binning granularity; when omitted, the response
contains aggregates only. Binned requests are capped at 365
periods.

- `start_date`: Inclusive RFC3339 range start (UTC). Defaults to end_date minus 30 days.
```ignore
let response = client.get_factory_cost_breakdown()
    .uid(uid)
    .end_date(end_date)
    .group_by(group_by)
    .group_by_period(group_by_period)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn get_factory_cost_breakdown(&self) -> builder::GetFactoryCostBreakdown<'_> {
        builder::GetFactoryCostBreakdown::new(self)
    }
    /**Get the factory's most expensive PRs

The costliest PRs first seen in the range, most expensive first, with
per-component cost breakdowns, attribution from each PR's earliest
live root run, and PR detail collected from code-forge webhooks.
PRs that predate webhook PR-fact collection still appear, with null
detail fields.


Sends a `GET` request to `/factory/{uid}/costs/per-pr/top`

Arguments:
- `uid`: The public UID of the factory.
- `end_date`: Exclusive RFC3339 range end (UTC). Defaults to now.
- `limit`: Maximum PRs to return. Defaults to 20; at most 50.
- `start_date`: Inclusive RFC3339 range start (UTC). Defaults to end_date minus 30 days.
```ignore
let response = client.get_factory_top_p_rs()
    .uid(uid)
    .end_date(end_date)
    .limit(limit)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn get_factory_top_p_rs(&self) -> builder::GetFactoryTopPRs<'_> {
        builder::GetFactoryTopPRs::new(self)
    }
    /**List the factory's pull requests

One record per pull request produced by the factory's runs, newest
opened first. A PR someone opened in one of the factory's
repositories without a factory run (by hand, for example) is not
listed. Each record carries the PR's identity, state and times,
size, human interactions, the runs that produced it, and its cycle
time. Pages are keyset-paginated: pass page_info.next_cursor back as
cursor to continue. Pass updated_after to sync incrementally.


Sends a `GET` request to `/factory/{uid}/pull-requests`

Arguments:
- `uid`: The public UID of the factory.
- `cursor`: Opaque cursor from a previous page's page_info.next_cursor.
- `limit`: Records per page. Defaults to 50; at most 500.
- `merged_after`: Only PRs merged after this RFC3339 time (exclusive).
- `merged_before`: Only PRs merged before this RFC3339 time (exclusive).
- `opened_after`: Only PRs opened after this RFC3339 time (exclusive).
- `opened_before`: Only PRs opened before this RFC3339 time (exclusive).
- `repo`: Only PRs in this repository, as owner/repo (case-insensitive).
- `state`: Only PRs in these states. Can be specified multiple times to match any of the given states.

- `updated_after`: Only PRs whose updated_at is after this RFC3339 time
(exclusive). updated_at tracks the PR on the code host; fields
derived from the factory's runs (runs, kickoff_at,
human_interactions.follow_up_message, and the kickoff-based
cycle_time stages) can change without moving it.

```ignore
let response = client.list_factory_pull_requests()
    .uid(uid)
    .cursor(cursor)
    .limit(limit)
    .merged_after(merged_after)
    .merged_before(merged_before)
    .opened_after(opened_after)
    .opened_before(opened_before)
    .repo(repo)
    .state(state)
    .updated_after(updated_after)
    .send()
    .await;
```*/
    pub fn list_factory_pull_requests(&self) -> builder::ListFactoryPullRequests<'_> {
        builder::ListFactoryPullRequests::new(self)
    }
    /**Get the factory's run counts grouped by a dimension

The factory's run counts over a UTC date range, grouped by one
dimension. Pass group_by_period to additionally receive per-period
series aligned to period_list.


Sends a `GET` request to `/factory/{uid}/metrics/run-breakdown`

Arguments:
- `uid`: The public UID of the factory.
- `end_date`: Exclusive RFC3339 range end (UTC). Defaults to now.
- `group_by`: The dimension to group run counts by.
- `group_by_period`: Optional binning granularity; when omitted, the response
contains aggregates only. Binned requests are capped at 365
periods.

- `start_date`: Inclusive RFC3339 range start (UTC). Defaults to end_date minus 30 days.
```ignore
let response = client.get_factory_run_breakdown()
    .uid(uid)
    .end_date(end_date)
    .group_by(group_by)
    .group_by_period(group_by_period)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn get_factory_run_breakdown(&self) -> builder::GetFactoryRunBreakdown<'_> {
        builder::GetFactoryRunBreakdown::new(self)
    }
    /**Get the factory's PR cost distribution grouped by PR size

The mean per-PR attributed cost of the factory's PRs first seen in
a UTC date range, grouped by PR size. Pass group_by_period to
additionally receive per-period mean series aligned to
period_list.


Sends a `GET` request to `/factory/{uid}/costs/per-pr/by-size`

Arguments:
- `uid`: The public UID of the factory.
- `end_date`: Exclusive RFC3339 range end (UTC). Defaults to now.
- `group_by_period`: Optional binning granularity; when omitted, the response
contains aggregates only. Binned requests are capped at 365
periods.

- `start_date`: Inclusive RFC3339 range start (UTC). Defaults to end_date minus 30 days.
```ignore
let response = client.get_factory_cost_by_pr_size()
    .uid(uid)
    .end_date(end_date)
    .group_by_period(group_by_period)
    .start_date(start_date)
    .send()
    .await;
```*/
    pub fn get_factory_cost_by_pr_size(&self) -> builder::GetFactoryCostByPrSize<'_> {
        builder::GetFactoryCostByPrSize::new(self)
    }
    /**List available agent skills

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
    #[deprecated(note = "deprecated in the Oz Agent API spec")]
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
    /**Get raw third-party harness usage

Return the latest cumulative raw usage snapshot retained for a
Claude Code or Codex run. Missing metrics are represented as an
unavailable result rather than zero. Access uses the same run view
authorization as transcript reads.


Sends a `GET` request to `/agent/runs/{runId}/harness-usage`

```ignore
let response = client.get_run_harness_usage()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_run_harness_usage(&self) -> builder::GetRunHarnessUsage<'_> {
        builder::GetRunHarnessUsage::new(self)
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

- `factory_uid`: Filter runs by one or more factories. Repeating this parameter
matches runs executed by an agent from any selected factory. A UID
outside the caller's accessible factories matches nothing.

- `limit`: Maximum number of runs to return
- `model_id`: Filter by model ID
- `name`: Filter by agent config name
- `q`: Search by full run ID or run URL, or fuzzy match across run title, prompt, and skill_spec
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
- `source`: Filter by run source type. Can be specified multiple times to match any of the given sources.

- `state`: Filter by run state. Can be specified multiple times to match any of the given states.

- `task_status`: Filter by high-level task status. Can be specified multiple times to match any value.
`running` matches when the root or any descendant is queued, pending, claimed, or in progress.
`failed`, `blocked`, `cancelled`, and `complete` match the root state only.

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
    .factory_uid(factory_uid)
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
    .task_status(task_status)
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

Reverse-looks up the agent run that created an external reference
with the given URL. The URL is matched against the canonical locator stored
when the artifact was reported. Returns 404 when no matching run
exists or when the caller lacks access.


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
nested steps. The response groups text, tool activity, and event content
into structured blocks.


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
unsupported type (e.g. local, GitHub Action) is rejected
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
queued, actively running, or ended) and will resume the agent in a new
sandbox if necessary. A 200 response means the follow-up
was accepted; updated run state can be observed via
`GET /agent/runs/{runId}`.

A run that failed during environment setup keeps its retained session
reachable for a bounded debug window. A follow-up sent to an eligible
run in that window is delivered into the retained session to start or
continue a debug agent, without reopening the run: it stays in its
failed state, with its original failure message and error code
unchanged.


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
    /**Interrupt the turn currently running on a run

Cancel the request the agent is currently working on without ending
the run or tearing down its sandbox. The run stays in progress and
accepts follow-ups afterwards. Only live runs on the Warp harness
can be interrupted; use `POST /agent/runs/{runId}/cancel` to end a
run outright. A 202 means the platform accepted the cancel; the agent
applies it asynchronously.


Sends a `POST` request to `/agent/runs/{runId}/interrupt`

Arguments:
- `run_id`: The unique identifier of the run
```ignore
let response = client.interrupt_run()
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn interrupt_run(&self) -> builder::InterruptRun<'_> {
        builder::InterruptRun::new(self)
    }
    /**Submit a follow-up message to the run behind a conversation

The same operation as `POST /agent/runs/{runId}/followups`, targeted
by the conversation the run is serving rather than the run itself.

`attachments` must name ids prepared through
`POST /agent/conversations/{conversation_id}/attachments/prepare` (or
the run-keyed prepare) for the run that is newest at that time. If a
new run appears for the conversation between prepare and follow-up,
the follow-up resolves to the new run and answers 422
`unknown_attachment`; prepare again. A handoff is a new execution of
the same run and does not have this problem.

`mode` only takes effect when the follow-up is queued ahead of the run
starting or starts a new execution; a follow-up injected into a live
session runs in the session's current mode.


Sends a `POST` request to `/agent/conversations/{conversation_id}/followups`

Arguments:
- `conversation_id`: The UUID of the Warp-native conversation
- `body`
```ignore
let response = client.submit_conversation_followup()
    .conversation_id(conversation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_conversation_followup(
        &self,
    ) -> builder::SubmitConversationFollowup<'_> {
        builder::SubmitConversationFollowup::new(self)
    }
    /**Interrupt the turn running on the run behind a conversation

The same operation as `POST /agent/runs/{runId}/interrupt`, addressed
by the conversation the run is serving. The run is picked with the
same policy as the conversation follow-up route, and the caller must
be able to view the conversation and the resolved run.


Sends a `POST` request to `/agent/conversations/{conversation_id}/interrupt`

Arguments:
- `conversation_id`: The UUID of the Warp-native conversation
```ignore
let response = client.interrupt_conversation()
    .conversation_id(conversation_id)
    .send()
    .await;
```*/
    pub fn interrupt_conversation(&self) -> builder::InterruptConversation<'_> {
        builder::InterruptConversation::new(self)
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
    /**Download a stored computer-use screenshot

Download a computer-use screenshot that was offloaded
from the conversation's task history into object storage. The
response is a redirect to a short-lived signed URL, so clients must
follow redirects to receive the image. Requires view access to the
conversation named in the path; a fork's history may reference
screenshots stored under its source conversation's ID.


Sends a `GET` request to `/agent/conversations/{conversation_id}/screenshots/{screenshot_uid}/download`

Arguments:
- `conversation_id`: The unique identifier of the conversation that owns the screenshot
- `screenshot_uid`: The unique identifier of the stored screenshot
```ignore
let response = client.download_conversation_screenshot()
    .conversation_id(conversation_id)
    .screenshot_uid(screenshot_uid)
    .send()
    .await;
```*/
    pub fn download_conversation_screenshot(
        &self,
    ) -> builder::DownloadConversationScreenshot<'_> {
        builder::DownloadConversationScreenshot::new(self)
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

List all agents on the caller's team.


Sends a `GET` request to `/agent/identities`

Arguments:
- `factory_uid`: Optional UID of a Factory to filter by. When provided, only agents
linked to that factory are returned.

- `x_warp_team_uid`: UID of the team to use as the request's active team. Ignored for
service-account callers, which always act as their bound team.

```ignore
let response = client.list_agent_identities()
    .factory_uid(factory_uid)
    .x_warp_team_uid(x_warp_team_uid)
    .send()
    .await;
```*/
    pub fn list_agent_identities(&self) -> builder::ListAgentIdentities<'_> {
        builder::ListAgentIdentities::new(self)
    }
    /**Create an agent

Create a new agent in the caller's active team. Agents act autonomously with their
own permissions, configuration, and identity.


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
    /**Manually dispatch scoring for one or more runs

Immediately dispatch judge runs for the named (run, scorer) pairs,
bypassing the six-hour idle cool-down, automatic sampling, and the
scorer-created-after-run gate.
The full target set is validated before dispatch begins, and each pair's
outcome (dispatched, already in flight, or failed) is reported
independently.


Sends a `POST` request to `/factory/run-scoring/dispatches`

```ignore
let response = client.dispatch_manual_scoring()
    .body(body)
    .send()
    .await;
```*/
    pub fn dispatch_manual_scoring(&self) -> builder::DispatchManualScoring<'_> {
        builder::DispatchManualScoring::new(self)
    }
    /**Retrieve an agent

Retrieve a single agent by its unique identifier.


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
    /**Get session redirect

Check whether a shared session should redirect to a conversation
transcript, returning a conversation_id if the agent sandbox has
finished and conversation data is available (or an empty object if
no redirect is needed). Public and unauthenticated, so anonymous
viewers can resolve a shared session link before signing in; access
to the underlying transcript is still gated by conversation
link-sharing.


Sends a `GET` request to `/agent/sessions/{sessionUuid}/redirect`

Arguments:
- `session_uuid`: The UUID of the shared session
```ignore
let response = client.get_session_redirect()
    .session_uuid(session_uuid)
    .send()
    .await;
```*/
    pub fn get_session_redirect(&self) -> builder::GetSessionRedirect<'_> {
        builder::GetSessionRedirect::new(self)
    }
    /**List the supported Factory file schema versions

Returns every Factory file schema version this server can describe,
with a link to each version's schema bundle.


Sends a `GET` request to `/factory-files/schemas`

Arguments:
- `if_none_match`: A previously returned ETag. A match returns 304 with no body.
```ignore
let response = client.list_factory_file_schema_versions()
    .if_none_match(if_none_match)
    .send()
    .await;
```*/
    pub fn list_factory_file_schema_versions(
        &self,
    ) -> builder::ListFactoryFileSchemaVersions<'_> {
        builder::ListFactoryFileSchemaVersions::new(self)
    }
    /**Get the JSON Schema bundle for one Factory file schema version

Returns every JSON Schema 2020-12 document describing one Factory file
schema version, as a single bundle so the relative `$id` and `$ref`
identities between the documents keep resolving.


Sends a `GET` request to `/factory-files/schemas/{schema_version}`

Arguments:
- `schema_version`: A Factory file schema version, for example `v1alpha1`.
- `if_none_match`: A previously returned ETag. A match returns 304 with no body.
```ignore
let response = client.get_factory_file_schema_bundle()
    .schema_version(schema_version)
    .if_none_match(if_none_match)
    .send()
    .await;
```*/
    pub fn get_factory_file_schema_bundle(
        &self,
    ) -> builder::GetFactoryFileSchemaBundle<'_> {
        builder::GetFactoryFileSchemaBundle::new(self)
    }
    /**Get one Factory file schema document

Returns a single generated JSON Schema document on its own, rather
than inside the bundle envelope, so it can be used directly as a
schema reference. A document served here resolves its relative
`$ref`s against its siblings at this same path, which is what each
document's `$id` assumes, making the URL usable directly from an
editor or YAML language server, for example:

```yaml
# yaml-language-server: $schema=/api/v1/factory-files/schemas/v1alpha1/factory.schema.json
```


Sends a `GET` request to `/factory-files/schemas/{schema_version}/{document}`

Arguments:
- `schema_version`: Factory file schema version, such as v1alpha1
- `document`: Document file name: common.schema.json, factory.schema.json,
agent.schema.json, automation.schema.json, runner.schema.json, or
scorer.schema.json

```ignore
let response = client.get_factory_file_schema_document()
    .schema_version(schema_version)
    .document(document)
    .send()
    .await;
```*/
    pub fn get_factory_file_schema_document(
        &self,
    ) -> builder::GetFactoryFileSchemaDocument<'_> {
        builder::GetFactoryFileSchemaDocument::new(self)
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
    /**Builder for [`Client::list_factories`]

[`Client::list_factories`]: super::Client::list_factories*/
    #[derive(Debug, Clone)]
    pub struct ListFactories<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        team_uid: Result<Option<::std::string::String>, String>,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListFactories<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                search: Ok(None),
                team_uid: Ok(None),
                x_warp_team_uid: Ok(None),
            }
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
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn team_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.team_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for team_uid failed"
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
        ///Sends a `GET` request to `/factory`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListFactoriesResponse>, crate::Error> {
            let Self { client, cursor, limit, search, team_uid, x_warp_team_uid } = self;
            let cursor = cursor.map_err(crate::Error::invalid_request)?;
            let limit = limit.map_err(crate::Error::invalid_request)?;
            let search = search.map_err(crate::Error::invalid_request)?;
            let team_uid = team_uid.map_err(crate::Error::invalid_request)?;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/factory", client.baseurl);
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
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("team_uid", &team_uid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_factories",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory`]

[`Client::get_factory`]: super::Client::get_factory*/
    #[derive(Debug, Clone)]
    pub struct GetFactory<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
    }
    impl<'a> GetFactory<'a> {
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
        ///Sends a `GET` request to `/factory/{uid}`
        pub async fn send(self) -> Result<ResponseValue<types::Factory>, crate::Error> {
            let Self { client, uid } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}", client.baseurl, crate ::path::segment("uid", & crate
                ::path::simple_param("uid", & uid) ?) ?
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
                operation_id: "get_factory",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_factory_inbox`]

[`Client::list_factory_inbox`]: super::Client::list_factory_inbox*/
    #[derive(Debug, Clone)]
    pub struct ListFactoryInbox<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        factory_uid: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        recipient_uid: Result<Option<::std::string::String>, String>,
        scope: Result<Option<types::FactoryInboxScope>, String>,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListFactoryInbox<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                factory_uid: Ok(None),
                limit: Ok(None),
                recipient_uid: Ok(None),
                scope: Ok(None),
                x_warp_team_uid: Ok(None),
            }
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
        pub fn factory_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.factory_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for factory_uid failed"
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
        pub fn recipient_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.recipient_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for recipient_uid failed"
                        .to_string()
                });
            self
        }
        pub fn scope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryInboxScope>,
        {
            self.scope = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FactoryInboxScope` for scope failed".to_string()
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
        ///Sends a `GET` request to `/factory-inbox`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListFactoryInboxResponse>, crate::Error> {
            let Self {
                client,
                cursor,
                factory_uid,
                limit,
                recipient_uid,
                scope,
                x_warp_team_uid,
            } = self;
            let cursor = cursor.map_err(crate::Error::invalid_request)?;
            let factory_uid = factory_uid.map_err(crate::Error::invalid_request)?;
            let limit = limit.map_err(crate::Error::invalid_request)?;
            let recipient_uid = recipient_uid.map_err(crate::Error::invalid_request)?;
            let scope = scope.map_err(crate::Error::invalid_request)?;
            let x_warp_team_uid = x_warp_team_uid
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/factory-inbox", client.baseurl);
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
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("factory_uid", &factory_uid))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new("recipient_uid", &recipient_uid),
                )
                .query(&progenitor_client::QueryParam::new("scope", &scope))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_factory_inbox",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::mark_factory_inbox_notifications_read`]

[`Client::mark_factory_inbox_notifications_read`]: super::Client::mark_factory_inbox_notifications_read*/
    #[derive(Debug, Clone)]
    pub struct MarkFactoryInboxNotificationsRead<'a> {
        client: &'a super::Client,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::FactoryInboxMutationRequest,
                types::builder::FactoryInboxMutationRequest,
            >,
            String,
        >,
    }
    impl<'a> MarkFactoryInboxNotificationsRead<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryInboxMutationRequest>,
            <V as std::convert::TryInto<
                types::FactoryInboxMutationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FactoryInboxMutationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FactoryInboxMutationRequest,
            ) -> types::builder::FactoryInboxMutationRequest,
        {
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/factory-inbox/notifications/read`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryInboxMutationResponse>, crate::Error> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/factory-inbox/notifications/read", client.baseurl);
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
                operation_id: "mark_factory_inbox_notifications_read",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::mark_factory_inbox_notifications_unread`]

[`Client::mark_factory_inbox_notifications_unread`]: super::Client::mark_factory_inbox_notifications_unread*/
    #[derive(Debug, Clone)]
    pub struct MarkFactoryInboxNotificationsUnread<'a> {
        client: &'a super::Client,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::FactoryInboxMutationRequest,
                types::builder::FactoryInboxMutationRequest,
            >,
            String,
        >,
    }
    impl<'a> MarkFactoryInboxNotificationsUnread<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryInboxMutationRequest>,
            <V as std::convert::TryInto<
                types::FactoryInboxMutationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FactoryInboxMutationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FactoryInboxMutationRequest,
            ) -> types::builder::FactoryInboxMutationRequest,
        {
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/factory-inbox/notifications/unread`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryInboxMutationResponse>, crate::Error> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/factory-inbox/notifications/unread", client.baseurl);
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
                operation_id: "mark_factory_inbox_notifications_unread",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_factory_tasks`]

[`Client::list_factory_tasks`]: super::Client::list_factory_tasks*/
    #[derive(Debug, Clone)]
    pub struct ListFactoryTasks<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        created_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        created_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        created_by: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        cursor: Result<Option<::std::string::String>, String>,
        full_list: Result<Option<bool>, String>,
        include_current_run: Result<Option<bool>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<types::ListFactoryTasksSortBy>, String>,
        sort_order: Result<Option<types::ListFactoryTasksSortOrder>, String>,
        stage: Result<Option<::std::vec::Vec<types::FactoryTaskStage>>, String>,
        updated_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> ListFactoryTasks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                created_after: Ok(None),
                created_before: Ok(None),
                created_by: Ok(None),
                cursor: Ok(None),
                full_list: Ok(None),
                include_current_run: Ok(None),
                limit: Ok(None),
                q: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                stage: Ok(None),
                updated_after: Ok(None),
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
        pub fn created_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.created_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for created_by failed"
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
        pub fn full_list<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.full_list = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for full_list failed".to_string());
            self
        }
        pub fn include_current_run<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_current_run = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_current_run failed".to_string()
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
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFactoryTasksSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListFactoryTasksSortBy` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListFactoryTasksSortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListFactoryTasksSortOrder` for sort_order failed"
                        .to_string()
                });
            self
        }
        pub fn stage<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::FactoryTaskStage>>,
        {
            self.stage = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < FactoryTaskStage >` for stage failed"
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
        ///Sends a `GET` request to `/factory/{uid}/tasks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListFactoryTasksResponse>, crate::Error> {
            let Self {
                client,
                uid,
                created_after,
                created_before,
                created_by,
                cursor,
                full_list,
                include_current_run,
                limit,
                q,
                sort_by,
                sort_order,
                stage,
                updated_after,
            } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let created_after = created_after.map_err(crate::Error::invalid_request)?;
            let created_before = created_before.map_err(crate::Error::invalid_request)?;
            let created_by = created_by.map_err(crate::Error::invalid_request)?;
            let cursor = cursor.map_err(crate::Error::invalid_request)?;
            let full_list = full_list.map_err(crate::Error::invalid_request)?;
            let include_current_run = include_current_run
                .map_err(crate::Error::invalid_request)?;
            let limit = limit.map_err(crate::Error::invalid_request)?;
            let q = q.map_err(crate::Error::invalid_request)?;
            let sort_by = sort_by.map_err(crate::Error::invalid_request)?;
            let sort_order = sort_order.map_err(crate::Error::invalid_request)?;
            let stage = stage.map_err(crate::Error::invalid_request)?;
            let updated_after = updated_after.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/tasks", client.baseurl, crate ::path::segment("uid", &
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
                .query(
                    &progenitor_client::QueryParam::new("created_after", &created_after),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "created_before",
                        &created_before,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("created_by", &created_by))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("full_list", &full_list))
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_current_run",
                        &include_current_run,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort_by", &sort_by))
                .query(&progenitor_client::QueryParam::new("sort_order", &sort_order))
                .query(&progenitor_client::QueryParam::new("stage", &stage))
                .query(
                    &progenitor_client::QueryParam::new("updated_after", &updated_after),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_factory_tasks",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::create_factory_task`]

[`Client::create_factory_task`]: super::Client::create_factory_task*/
    #[derive(Debug, Clone)]
    pub struct CreateFactoryTask<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::FactoryTaskCreateRequest,
                types::builder::FactoryTaskCreateRequest,
            >,
            String,
        >,
    }
    impl<'a> CreateFactoryTask<'a> {
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
            V: std::convert::TryInto<types::FactoryTaskCreateRequest>,
            <V as std::convert::TryInto<
                types::FactoryTaskCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FactoryTaskCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FactoryTaskCreateRequest,
            ) -> types::builder::FactoryTaskCreateRequest,
        {
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/factory/{uid}/tasks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTask>, crate::Error> {
            let Self { client, uid, body } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/tasks", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?
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
                operation_id: "create_factory_task",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::create_factory_run`]

[`Client::create_factory_run`]: super::Client::create_factory_run*/
    #[derive(Debug, Clone)]
    pub struct CreateFactoryRun<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::FactoryRunRequest,
                types::builder::FactoryRunRequest,
            >,
            String,
        >,
    }
    impl<'a> CreateFactoryRun<'a> {
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
            V: std::convert::TryInto<types::FactoryRunRequest>,
            <V as std::convert::TryInto<
                types::FactoryRunRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FactoryRunRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FactoryRunRequest,
            ) -> types::builder::FactoryRunRequest,
        {
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/factory/{uid}/runs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryRunResponse>, crate::Error> {
            let Self { client, uid, body } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/runs", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?
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
                operation_id: "create_factory_run",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_task`]

[`Client::get_factory_task`]: super::Client::get_factory_task*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryTask<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        task_uid: Result<::std::string::String, String>,
    }
    impl<'a> GetFactoryTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                task_uid: Err("task_uid was not initialized".to_string()),
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
        pub fn task_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/tasks/{task_uid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTask>, crate::Error> {
            let Self { client, uid, task_uid } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let task_uid = task_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/tasks/{}", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?, crate
                ::path::segment("task_uid", & crate ::path::simple_param("task_uid", &
                task_uid) ?) ?
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
                operation_id: "get_factory_task",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::delete_factory_task`]

[`Client::delete_factory_task`]: super::Client::delete_factory_task*/
    #[derive(Debug, Clone)]
    pub struct DeleteFactoryTask<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        task_uid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteFactoryTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                task_uid: Err("task_uid was not initialized".to_string()),
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
        pub fn task_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/factory/{uid}/tasks/{task_uid}`
        pub async fn send(self) -> Result<ResponseValue<()>, crate::Error> {
            let Self { client, uid, task_uid } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let task_uid = task_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/tasks/{}", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?, crate
                ::path::segment("task_uid", & crate ::path::simple_param("task_uid", &
                task_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_factory_task",
            };
            crate::transport::execute(client, request, &info)
                .await
                .map(ResponseValue::empty)
        }
    }
    /**Builder for [`Client::update_factory_task`]

[`Client::update_factory_task`]: super::Client::update_factory_task*/
    #[derive(Debug, Clone)]
    pub struct UpdateFactoryTask<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        task_uid: Result<::std::string::String, String>,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::FactoryTaskPatchRequest,
                types::builder::FactoryTaskPatchRequest,
            >,
            String,
        >,
    }
    impl<'a> UpdateFactoryTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                task_uid: Err("task_uid was not initialized".to_string()),
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
        pub fn task_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryTaskPatchRequest>,
            <V as std::convert::TryInto<
                types::FactoryTaskPatchRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FactoryTaskPatchRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FactoryTaskPatchRequest,
            ) -> types::builder::FactoryTaskPatchRequest,
        {
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `PATCH` request to `/factory/{uid}/tasks/{task_uid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTask>, crate::Error> {
            let Self { client, uid, task_uid, body } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let task_uid = task_uid.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/tasks/{}", client.baseurl, crate ::path::segment("uid", &
                crate ::path::simple_param("uid", & uid) ?) ?, crate
                ::path::segment("task_uid", & crate ::path::simple_param("task_uid", &
                task_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_factory_task",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::cancel_factory_task`]

[`Client::cancel_factory_task`]: super::Client::cancel_factory_task*/
    #[derive(Debug, Clone)]
    pub struct CancelFactoryTask<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        task_uid: Result<::std::string::String, String>,
    }
    impl<'a> CancelFactoryTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                task_uid: Err("task_uid was not initialized".to_string()),
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
        pub fn task_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/factory/{uid}/tasks/{task_uid}/cancel`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTask>, crate::Error> {
            let Self { client, uid, task_uid } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let task_uid = task_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/tasks/{}/cancel", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?,
                crate ::path::segment("task_uid", & crate
                ::path::simple_param("task_uid", & task_uid) ?) ?
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
                operation_id: "cancel_factory_task",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_task_by_conversation`]

[`Client::get_factory_task_by_conversation`]: super::Client::get_factory_task_by_conversation*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryTaskByConversation<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
    }
    impl<'a> GetFactoryTaskByConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                conversation_id: Err("conversation_id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/factory/{uid}/task-by-conversation`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTask>, crate::Error> {
            let Self { client, uid, conversation_id } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/task-by-conversation", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "conversation_id",
                        &conversation_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_task_by_conversation",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_task_by_run`]

[`Client::get_factory_task_by_run`]: super::Client::get_factory_task_by_run*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryTaskByRun<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetFactoryTaskByRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                run_id: Err("run_id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/factory/{uid}/task-by-run`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTask>, crate::Error> {
            let Self { client, uid, run_id } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/task-by-run", client.baseurl, crate ::path::segment("uid",
                & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("run_id", &run_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_task_by_run",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_metrics`]

[`Client::get_factory_metrics`]: super::Client::get_factory_metrics*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryMetrics<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        group_by_period: Result<Option<types::FactoryMetricsGroupByPeriod>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> GetFactoryMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                end_date: Ok(None),
                group_by_period: Ok(None),
                start_date: Ok(None),
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
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn group_by_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryMetricsGroupByPeriod>,
        {
            self.group_by_period = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FactoryMetricsGroupByPeriod` for group_by_period failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/metrics`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryMetricsResponse>, crate::Error> {
            let Self { client, uid, end_date, group_by_period, start_date } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let end_date = end_date.map_err(crate::Error::invalid_request)?;
            let group_by_period = group_by_period
                .map_err(crate::Error::invalid_request)?;
            let start_date = start_date.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/metrics", client.baseurl, crate ::path::segment("uid", &
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
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(
                    &progenitor_client::QueryParam::new(
                        "group_by_period",
                        &group_by_period,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_metrics",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_cost_per_pr`]

[`Client::get_factory_cost_per_pr`]: super::Client::get_factory_cost_per_pr*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryCostPerPr<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        group_by_period: Result<Option<types::FactoryMetricsGroupByPeriod>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> GetFactoryCostPerPr<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                end_date: Ok(None),
                group_by_period: Ok(None),
                start_date: Ok(None),
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
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn group_by_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryMetricsGroupByPeriod>,
        {
            self.group_by_period = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FactoryMetricsGroupByPeriod` for group_by_period failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/costs/per-pr`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryCostPerPrResponse>, crate::Error> {
            let Self { client, uid, end_date, group_by_period, start_date } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let end_date = end_date.map_err(crate::Error::invalid_request)?;
            let group_by_period = group_by_period
                .map_err(crate::Error::invalid_request)?;
            let start_date = start_date.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/costs/per-pr", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(
                    &progenitor_client::QueryParam::new(
                        "group_by_period",
                        &group_by_period,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_cost_per_pr",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_cost_breakdown`]

[`Client::get_factory_cost_breakdown`]: super::Client::get_factory_cost_breakdown*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryCostBreakdown<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        group_by: Result<types::FactoryCostBreakdownGroupBy, String>,
        group_by_period: Result<Option<types::FactoryMetricsGroupByPeriod>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> GetFactoryCostBreakdown<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                end_date: Ok(None),
                group_by: Err("group_by was not initialized".to_string()),
                group_by_period: Ok(None),
                start_date: Ok(None),
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
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn group_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryCostBreakdownGroupBy>,
        {
            self.group_by = value
                .try_into()
                .map_err(|_| {
                    "conversion to `FactoryCostBreakdownGroupBy` for group_by failed"
                        .to_string()
                });
            self
        }
        pub fn group_by_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryMetricsGroupByPeriod>,
        {
            self.group_by_period = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FactoryMetricsGroupByPeriod` for group_by_period failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/costs/breakdown`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryCostBreakdownResponse>, crate::Error> {
            let Self { client, uid, end_date, group_by, group_by_period, start_date } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let end_date = end_date.map_err(crate::Error::invalid_request)?;
            let group_by = group_by.map_err(crate::Error::invalid_request)?;
            let group_by_period = group_by_period
                .map_err(crate::Error::invalid_request)?;
            let start_date = start_date.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/costs/breakdown", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("group_by", &group_by))
                .query(
                    &progenitor_client::QueryParam::new(
                        "group_by_period",
                        &group_by_period,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_cost_breakdown",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_top_p_rs`]

[`Client::get_factory_top_p_rs`]: super::Client::get_factory_top_p_rs*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryTopPRs<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> GetFactoryTopPRs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                end_date: Ok(None),
                limit: Ok(None),
                start_date: Ok(None),
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
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end_date failed"
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
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/costs/per-pr/top`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryTopPRsResponse>, crate::Error> {
            let Self { client, uid, end_date, limit, start_date } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let end_date = end_date.map_err(crate::Error::invalid_request)?;
            let limit = limit.map_err(crate::Error::invalid_request)?;
            let start_date = start_date.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/costs/per-pr/top", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_top_p_rs",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_factory_pull_requests`]

[`Client::list_factory_pull_requests`]: super::Client::list_factory_pull_requests*/
    #[derive(Debug, Clone)]
    pub struct ListFactoryPullRequests<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        merged_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        merged_before: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        opened_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        opened_before: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        repo: Result<Option<::std::string::String>, String>,
        state: Result<Option<::std::vec::Vec<types::FactoryPullRequestState>>, String>,
        updated_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> ListFactoryPullRequests<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                cursor: Ok(None),
                limit: Ok(None),
                merged_after: Ok(None),
                merged_before: Ok(None),
                opened_after: Ok(None),
                opened_before: Ok(None),
                repo: Ok(None),
                state: Ok(None),
                updated_after: Ok(None),
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
        pub fn merged_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.merged_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for merged_after failed"
                        .to_string()
                });
            self
        }
        pub fn merged_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.merged_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for merged_before failed"
                        .to_string()
                });
            self
        }
        pub fn opened_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.opened_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for opened_after failed"
                        .to_string()
                });
            self
        }
        pub fn opened_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.opened_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for opened_before failed"
                        .to_string()
                });
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
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::FactoryPullRequestState>>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < FactoryPullRequestState >` for state failed"
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
        ///Sends a `GET` request to `/factory/{uid}/pull-requests`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryPullRequestsResponse>, crate::Error> {
            let Self {
                client,
                uid,
                cursor,
                limit,
                merged_after,
                merged_before,
                opened_after,
                opened_before,
                repo,
                state,
                updated_after,
            } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let cursor = cursor.map_err(crate::Error::invalid_request)?;
            let limit = limit.map_err(crate::Error::invalid_request)?;
            let merged_after = merged_after.map_err(crate::Error::invalid_request)?;
            let merged_before = merged_before.map_err(crate::Error::invalid_request)?;
            let opened_after = opened_after.map_err(crate::Error::invalid_request)?;
            let opened_before = opened_before.map_err(crate::Error::invalid_request)?;
            let repo = repo.map_err(crate::Error::invalid_request)?;
            let state = state.map_err(crate::Error::invalid_request)?;
            let updated_after = updated_after.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/pull-requests", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new("merged_after", &merged_after),
                )
                .query(
                    &progenitor_client::QueryParam::new("merged_before", &merged_before),
                )
                .query(
                    &progenitor_client::QueryParam::new("opened_after", &opened_after),
                )
                .query(
                    &progenitor_client::QueryParam::new("opened_before", &opened_before),
                )
                .query(&progenitor_client::QueryParam::new("repo", &repo))
                .query(&progenitor_client::QueryParam::new("state", &state))
                .query(
                    &progenitor_client::QueryParam::new("updated_after", &updated_after),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_factory_pull_requests",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_run_breakdown`]

[`Client::get_factory_run_breakdown`]: super::Client::get_factory_run_breakdown*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryRunBreakdown<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        group_by: Result<types::FactoryRunBreakdownGroupBy, String>,
        group_by_period: Result<Option<types::FactoryMetricsGroupByPeriod>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> GetFactoryRunBreakdown<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                end_date: Ok(None),
                group_by: Err("group_by was not initialized".to_string()),
                group_by_period: Ok(None),
                start_date: Ok(None),
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
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn group_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryRunBreakdownGroupBy>,
        {
            self.group_by = value
                .try_into()
                .map_err(|_| {
                    "conversion to `FactoryRunBreakdownGroupBy` for group_by failed"
                        .to_string()
                });
            self
        }
        pub fn group_by_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryMetricsGroupByPeriod>,
        {
            self.group_by_period = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FactoryMetricsGroupByPeriod` for group_by_period failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/metrics/run-breakdown`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryRunBreakdownResponse>, crate::Error> {
            let Self { client, uid, end_date, group_by, group_by_period, start_date } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let end_date = end_date.map_err(crate::Error::invalid_request)?;
            let group_by = group_by.map_err(crate::Error::invalid_request)?;
            let group_by_period = group_by_period
                .map_err(crate::Error::invalid_request)?;
            let start_date = start_date.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/metrics/run-breakdown", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("group_by", &group_by))
                .query(
                    &progenitor_client::QueryParam::new(
                        "group_by_period",
                        &group_by_period,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_run_breakdown",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::get_factory_cost_by_pr_size`]

[`Client::get_factory_cost_by_pr_size`]: super::Client::get_factory_cost_by_pr_size*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryCostByPrSize<'a> {
        client: &'a super::Client,
        uid: Result<::std::string::String, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        group_by_period: Result<Option<types::FactoryMetricsGroupByPeriod>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }
    impl<'a> GetFactoryCostByPrSize<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uid: Err("uid was not initialized".to_string()),
                end_date: Ok(None),
                group_by_period: Ok(None),
                start_date: Ok(None),
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
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn group_by_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FactoryMetricsGroupByPeriod>,
        {
            self.group_by_period = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `FactoryMetricsGroupByPeriod` for group_by_period failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory/{uid}/costs/per-pr/by-size`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FactoryCostByPrSizeResponse>, crate::Error> {
            let Self { client, uid, end_date, group_by_period, start_date } = self;
            let uid = uid.map_err(crate::Error::invalid_request)?;
            let end_date = end_date.map_err(crate::Error::invalid_request)?;
            let group_by_period = group_by_period
                .map_err(crate::Error::invalid_request)?;
            let start_date = start_date.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory/{}/costs/per-pr/by-size", client.baseurl, crate
                ::path::segment("uid", & crate ::path::simple_param("uid", & uid) ?) ?
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
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(
                    &progenitor_client::QueryParam::new(
                        "group_by_period",
                        &group_by_period,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_factory_cost_by_pr_size",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
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
    /**Builder for [`Client::get_run_harness_usage`]

[`Client::get_run_harness_usage`]: super::Client::get_run_harness_usage*/
    #[derive(Debug, Clone)]
    pub struct GetRunHarnessUsage<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRunHarnessUsage<'a> {
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
        ///Sends a `GET` request to `/agent/runs/{runId}/harness-usage`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetRunHarnessUsageResponse>, crate::Error> {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/harness-usage", client.baseurl, crate
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
                operation_id: "get_run_harness_usage",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::run_agent`]

[`Client::run_agent`]: super::Client::run_agent*/
    #[derive(Debug, Clone)]
    pub struct RunAgent<'a> {
        client: &'a super::Client,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::RunAgentRequest,
                types::builder::RunAgentRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
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
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
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
        factory_uid: Result<Option<types::ListRunsFactoryUid>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        model_id: Result<Option<::std::string::String>, String>,
        name: Result<Option<::std::string::String>, String>,
        q: Result<Option<::std::string::String>, String>,
        schedule_id: Result<Option<::std::string::String>, String>,
        skill: Result<Option<::std::string::String>, String>,
        skill_spec: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<types::ListRunsSortBy>, String>,
        sort_order: Result<Option<types::ListRunsSortOrder>, String>,
        source: Result<Option<::std::vec::Vec<types::RunSourceType>>, String>,
        state: Result<Option<::std::vec::Vec<types::RunState>>, String>,
        task_status: Result<
            Option<::std::vec::Vec<types::ListRunsTaskStatusItem>>,
            String,
        >,
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
                factory_uid: Ok(None),
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
                task_status: Ok(None),
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
        pub fn factory_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListRunsFactoryUid>,
        {
            self.factory_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListRunsFactoryUid` for factory_uid failed"
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
            V: std::convert::TryInto<::std::vec::Vec<types::RunSourceType>>,
        {
            self.source = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < RunSourceType >` for source failed"
                        .to_string()
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
        pub fn task_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::ListRunsTaskStatusItem>>,
        {
            self.task_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < ListRunsTaskStatusItem >` for task_status failed"
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
                factory_uid,
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
                task_status,
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
            let factory_uid = factory_uid.map_err(crate::Error::invalid_request)?;
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
            let task_status = task_status.map_err(crate::Error::invalid_request)?;
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
                .query(&progenitor_client::QueryParam::new("factory_uid", &factory_uid))
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
                .query(&progenitor_client::QueryParam::new("task_status", &task_status))
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
(e.g. `metadata[ticket_id]=ACME-238`), combining multiple pairs
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
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::RunAgentRequest,
                types::builder::RunAgentRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
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
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
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
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::RunFollowupRequest,
                types::builder::RunFollowupRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/agent/runs/{runId}/followups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RunFollowupResponse>, crate::Error> {
            let Self { client, run_id, body } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
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
    /**Builder for [`Client::interrupt_run`]

[`Client::interrupt_run`]: super::Client::interrupt_run*/
    #[derive(Debug, Clone)]
    pub struct InterruptRun<'a> {
        client: &'a super::Client,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> InterruptRun<'a> {
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
        ///Sends a `POST` request to `/agent/runs/{runId}/interrupt`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            crate::Error,
        > {
            let Self { client, run_id } = self;
            let run_id = run_id.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/runs/{}/interrupt", client.baseurl, crate
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
                operation_id: "interrupt_run",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::submit_conversation_followup`]

[`Client::submit_conversation_followup`]: super::Client::submit_conversation_followup*/
    #[derive(Debug, Clone)]
    pub struct SubmitConversationFollowup<'a> {
        client: &'a super::Client,
        conversation_id: Result<::uuid::Uuid, String>,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::RunFollowupRequest,
                types::builder::RunFollowupRequest,
            >,
            String,
        >,
    }
    impl<'a> SubmitConversationFollowup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for conversation_id failed"
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
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/agent/conversations/{conversation_id}/followups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConversationFollowupResponse>, crate::Error> {
            let Self { client, conversation_id, body } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}/followups", client.baseurl, crate
                ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?
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
                operation_id: "submit_conversation_followup",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::interrupt_conversation`]

[`Client::interrupt_conversation`]: super::Client::interrupt_conversation*/
    #[derive(Debug, Clone)]
    pub struct InterruptConversation<'a> {
        client: &'a super::Client,
        conversation_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> InterruptConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
            }
        }
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for conversation_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/agent/conversations/{conversation_id}/interrupt`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ConversationInterruptResponse>, crate::Error> {
            let Self { client, conversation_id } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}/interrupt", client.baseurl, crate
                ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?
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
                operation_id: "interrupt_conversation",
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
    /**Builder for [`Client::download_conversation_screenshot`]

[`Client::download_conversation_screenshot`]: super::Client::download_conversation_screenshot*/
    #[derive(Debug, Clone)]
    pub struct DownloadConversationScreenshot<'a> {
        client: &'a super::Client,
        conversation_id: Result<::std::string::String, String>,
        screenshot_uid: Result<::std::string::String, String>,
    }
    impl<'a> DownloadConversationScreenshot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err("conversation_id was not initialized".to_string()),
                screenshot_uid: Err("screenshot_uid was not initialized".to_string()),
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
        pub fn screenshot_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.screenshot_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for screenshot_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/conversations/{conversation_id}/screenshots/{screenshot_uid}/download`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, crate::Error> {
            let Self { client, conversation_id, screenshot_uid } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let screenshot_uid = screenshot_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}/screenshots/{}/download", client.baseurl,
                crate ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?, crate
                ::path::segment("screenshot_uid", & crate
                ::path::simple_param("screenshot_uid", & screenshot_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_conversation_screenshot",
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
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::CreateScheduledAgentRequest,
                types::builder::CreateScheduledAgentRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
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
                    crate::typed_body::TypedBody::into_value(v)
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
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::UpdateScheduledAgentRequest,
                types::builder::UpdateScheduledAgentRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
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
                    crate::typed_body::TypedBody::into_value(v)
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
        factory_uid: Result<Option<::std::string::String>, String>,
        x_warp_team_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListAgentIdentities<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                factory_uid: Ok(None),
                x_warp_team_uid: Ok(None),
            }
        }
        pub fn factory_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.factory_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for factory_uid failed"
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
        ///Sends a `GET` request to `/agent/identities`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListAgentIdentitiesResponse>, crate::Error> {
            let Self { client, factory_uid, x_warp_team_uid } = self;
            let factory_uid = factory_uid.map_err(crate::Error::invalid_request)?;
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
                .query(&progenitor_client::QueryParam::new("factory_uid", &factory_uid))
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
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::CreateAgentRequest,
                types::builder::CreateAgentRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
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
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
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
    /**Builder for [`Client::dispatch_manual_scoring`]

[`Client::dispatch_manual_scoring`]: super::Client::dispatch_manual_scoring*/
    #[derive(Debug, Clone)]
    pub struct DispatchManualScoring<'a> {
        client: &'a super::Client,
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::ManualScoringDispatchRequest,
                types::builder::ManualScoringDispatchRequest,
            >,
            String,
        >,
    }
    impl<'a> DispatchManualScoring<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ManualScoringDispatchRequest>,
            <V as std::convert::TryInto<
                types::ManualScoringDispatchRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ManualScoringDispatchRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ManualScoringDispatchRequest,
            ) -> types::builder::ManualScoringDispatchRequest,
        {
            self.body = self.body.map(|body| body.edit(f));
            self
        }
        ///Sends a `POST` request to `/factory/run-scoring/dispatches`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ManualScoringDispatchResponse>, crate::Error> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(crate::Error::invalid_request)?;
            let url = format!("{}/factory/run-scoring/dispatches", client.baseurl);
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
                operation_id: "dispatch_manual_scoring",
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
        body: ::std::result::Result<
            crate::typed_body::TypedBody<
                types::UpdateAgentRequest,
                types::builder::UpdateAgentRequest,
            >,
            String,
        >,
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
            self.body = self.body.map(|body| body.edit(f));
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
                    crate::typed_body::TypedBody::into_value(v)
                        .map_err(|e| e.to_string())
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
    /**Builder for [`Client::get_session_redirect`]

[`Client::get_session_redirect`]: super::Client::get_session_redirect*/
    #[derive(Debug, Clone)]
    pub struct GetSessionRedirect<'a> {
        client: &'a super::Client,
        session_uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetSessionRedirect<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                session_uuid: Err("session_uuid was not initialized".to_string()),
            }
        }
        pub fn session_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.session_uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for session_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/sessions/{sessionUuid}/redirect`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetSessionRedirectResponse>, crate::Error> {
            let Self { client, session_uuid } = self;
            let session_uuid = session_uuid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/sessions/{}/redirect", client.baseurl, crate
                ::path::segment("session_uuid", & crate
                ::path::simple_param("session_uuid", & session_uuid) ?) ?
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
                operation_id: "get_session_redirect",
            };
            crate::transport::execute_json(client, request, &info).await
        }
    }
    /**Builder for [`Client::list_factory_file_schema_versions`]

[`Client::list_factory_file_schema_versions`]: super::Client::list_factory_file_schema_versions*/
    #[derive(Debug, Clone)]
    pub struct ListFactoryFileSchemaVersions<'a> {
        client: &'a super::Client,
        if_none_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListFactoryFileSchemaVersions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                if_none_match: Ok(None),
            }
        }
        pub fn if_none_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_none_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_none_match failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory-files/schemas`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::option::Option<types::FactoryFileSchemaRegistry>>,
            crate::Error,
        > {
            let Self { client, if_none_match } = self;
            let if_none_match = if_none_match.map_err(crate::Error::invalid_request)?;
            let url = format!("{}/factory-files/schemas", client.baseurl);
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = if_none_match {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("if-none-match"),
                        crate::transport::header_value(
                            "If-None-Match",
                            crate::path::simple_param("If-None-Match", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "if-none-match",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("if-none-match"),
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
                operation_id: "list_factory_file_schema_versions",
            };
            crate::transport::execute_json_optional(client, request, &info, &[304u16])
                .await
        }
    }
    /**Builder for [`Client::get_factory_file_schema_bundle`]

[`Client::get_factory_file_schema_bundle`]: super::Client::get_factory_file_schema_bundle*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryFileSchemaBundle<'a> {
        client: &'a super::Client,
        schema_version: Result<::std::string::String, String>,
        if_none_match: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetFactoryFileSchemaBundle<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schema_version: Err("schema_version was not initialized".to_string()),
                if_none_match: Ok(None),
            }
        }
        pub fn schema_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schema_version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schema_version failed"
                        .to_string()
                });
            self
        }
        pub fn if_none_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_none_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_none_match failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory-files/schemas/{schema_version}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::option::Option<types::FactoryFileSchemaBundle>>,
            crate::Error,
        > {
            let Self { client, schema_version, if_none_match } = self;
            let schema_version = schema_version.map_err(crate::Error::invalid_request)?;
            let if_none_match = if_none_match.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory-files/schemas/{}", client.baseurl, crate
                ::path::segment("schema_version", & crate
                ::path::simple_param("schema_version", & schema_version) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            if let Some(value) = if_none_match {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("if-none-match"),
                        crate::transport::header_value(
                            "If-None-Match",
                            crate::path::simple_param("If-None-Match", &value)?,
                        )?,
                    );
            } else if let ::std::option::Option::Some(value) = crate::transport::parameter_default(
                client,
                "if-none-match",
            ) {
                header_map
                    .append(
                        ::reqwest::header::HeaderName::from_static("if-none-match"),
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
                operation_id: "get_factory_file_schema_bundle",
            };
            crate::transport::execute_json_optional(client, request, &info, &[304u16])
                .await
        }
    }
    /**Builder for [`Client::get_factory_file_schema_document`]

[`Client::get_factory_file_schema_document`]: super::Client::get_factory_file_schema_document*/
    #[derive(Debug, Clone)]
    pub struct GetFactoryFileSchemaDocument<'a> {
        client: &'a super::Client,
        schema_version: Result<::std::string::String, String>,
        document: Result<::std::string::String, String>,
    }
    impl<'a> GetFactoryFileSchemaDocument<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schema_version: Err("schema_version was not initialized".to_string()),
                document: Err("document was not initialized".to_string()),
            }
        }
        pub fn schema_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.schema_version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for schema_version failed"
                        .to_string()
                });
            self
        }
        pub fn document<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.document = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for document failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/factory-files/schemas/{schema_version}/{document}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            crate::Error,
        > {
            let Self { client, schema_version, document } = self;
            let schema_version = schema_version.map_err(crate::Error::invalid_request)?;
            let document = document.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/factory-files/schemas/{}/{}", client.baseurl, crate
                ::path::segment("schema_version", & crate
                ::path::simple_param("schema_version", & schema_version) ?) ?, crate
                ::path::segment("document", & crate ::path::simple_param("document", &
                document) ?) ?
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
                operation_id: "get_factory_file_schema_document",
            };
            crate::transport::execute_json(client, request, &info).await
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
    impl<'a> crate::download::DownloadRequest<'a>
    for DownloadConversationScreenshot<'a> {
        fn into_parts(
            self,
        ) -> ::std::result::Result<crate::download::DownloadParts<'a>, crate::Error> {
            let Self { client, conversation_id, screenshot_uid } = self;
            let conversation_id = conversation_id
                .map_err(crate::Error::invalid_request)?;
            let screenshot_uid = screenshot_uid.map_err(crate::Error::invalid_request)?;
            let url = format!(
                "{}/agent/conversations/{}/screenshots/{}/download", client.baseurl,
                crate ::path::segment("conversation_id", & crate
                ::path::simple_param("conversation_id", & conversation_id) ?) ?, crate
                ::path::segment("screenshot_uid", & crate
                ::path::simple_param("screenshot_uid", & screenshot_uid) ?) ?
            );
            let mut header_map = ::reqwest::header::HeaderMap::new();
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_conversation_screenshot",
            };
            ::std::result::Result::Ok(
                crate::download::DownloadParts::new(client, request, info.operation_id),
            )
        }
    }
    impl<'a> crate::download::sealed::Sealed for DownloadConversationScreenshot<'a> {}
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
    impl<'a> crate::pagination::Paged<'a> for ListFactories<'a> {
        type Page = types::ListFactoriesResponse;
        const OPERATION: &'static str = "list_factories";
        const PAGE: &'static str = "ListFactoriesResponse";
        fn send_page(self) -> crate::pagination::PageFuture<'a, Self::Page> {
            ::std::boxed::Box::pin(async move {
                self.send().await.map(ResponseValue::into_inner)
            })
        }
        fn with_cursor(self, cursor: ::std::string::String) -> Self {
            self.cursor(cursor)
        }
    }
    impl<'a> ListFactories<'a> {
        ///Every page of the listing: this request, then one request per `page_info.next_cursor`, with the same filters and sort, lazily, one page in memory. See [`crate::pagination`] for when it ends.
        pub fn pages(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::ListFactoriesResponse>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::pages(self)
        }
        ///Every item of the listing (`factories`), page after page (see [`pages`](Self::pages)).
        pub fn stream(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::Factory>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::items(self)
        }
    }
    impl<'a> crate::pagination::Paged<'a> for ListFactoryInbox<'a> {
        type Page = types::ListFactoryInboxResponse;
        const OPERATION: &'static str = "list_factory_inbox";
        const PAGE: &'static str = "ListFactoryInboxResponse";
        fn send_page(self) -> crate::pagination::PageFuture<'a, Self::Page> {
            ::std::boxed::Box::pin(async move {
                self.send().await.map(ResponseValue::into_inner)
            })
        }
        fn with_cursor(self, cursor: ::std::string::String) -> Self {
            self.cursor(cursor)
        }
    }
    impl<'a> ListFactoryInbox<'a> {
        ///Every page of the listing: this request, then one request per `page_info.next_cursor`, with the same filters and sort, lazily, one page in memory. See [`crate::pagination`] for when it ends.
        pub fn pages(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::ListFactoryInboxResponse>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::pages(self)
        }
        ///Every item of the listing (`items`), page after page (see [`pages`](Self::pages)).
        pub fn stream(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::FactoryInboxItem>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::items(self)
        }
    }
    impl<'a> crate::pagination::Paged<'a> for ListFactoryTasks<'a> {
        type Page = types::ListFactoryTasksResponse;
        const OPERATION: &'static str = "list_factory_tasks";
        const PAGE: &'static str = "ListFactoryTasksResponse";
        fn send_page(self) -> crate::pagination::PageFuture<'a, Self::Page> {
            ::std::boxed::Box::pin(async move {
                self.send().await.map(ResponseValue::into_inner)
            })
        }
        fn with_cursor(self, cursor: ::std::string::String) -> Self {
            self.cursor(cursor)
        }
    }
    impl<'a> ListFactoryTasks<'a> {
        ///Every page of the listing: this request, then one request per `page_info.next_cursor`, with the same filters and sort, lazily, one page in memory. See [`crate::pagination`] for when it ends.
        pub fn pages(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::ListFactoryTasksResponse>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::pages(self)
        }
        ///Every item of the listing (`tasks`), page after page (see [`pages`](Self::pages)).
        pub fn stream(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::FactoryTask>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::items(self)
        }
    }
    impl<'a> crate::pagination::Paged<'a> for ListFactoryPullRequests<'a> {
        type Page = types::FactoryPullRequestsResponse;
        const OPERATION: &'static str = "list_factory_pull_requests";
        const PAGE: &'static str = "FactoryPullRequestsResponse";
        fn send_page(self) -> crate::pagination::PageFuture<'a, Self::Page> {
            ::std::boxed::Box::pin(async move {
                self.send().await.map(ResponseValue::into_inner)
            })
        }
        fn with_cursor(self, cursor: ::std::string::String) -> Self {
            self.cursor(cursor)
        }
    }
    impl<'a> ListFactoryPullRequests<'a> {
        ///Every page of the listing: this request, then one request per `page_info.next_cursor`, with the same filters and sort, lazily, one page in memory. See [`crate::pagination`] for when it ends.
        pub fn pages(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::FactoryPullRequestsResponse>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::pages(self)
        }
        ///Every item of the listing (`data`), page after page (see [`pages`](Self::pages)).
        pub fn stream(
            self,
        ) -> impl ::futures_core::Stream<
            Item = crate::Result<types::FactoryPullRequest>,
        > + ::std::marker::Send + ::std::marker::Unpin + 'a {
            crate::pagination::items(self)
        }
    }
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
/// Operations whose `security` allows only anonymous access: sent without
/// the API key (see `build/security.rs`).
pub(crate) const ANONYMOUS_OPERATIONS: &[&str] = &["get_session_redirect", "list_factory_file_schema_versions", "get_factory_file_schema_bundle", "get_factory_file_schema_document"];
