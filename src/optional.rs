//! What the generated struct builders accept for an optional field.

/// A value an optional field's builder setter accepts: the value itself,
/// `Some(value)` / `None`, a `&str` for a string field, or the builder of a
/// nested type.
///
/// ```
/// use oz_agent_api::types::{AgentRunMode, RunAgentRequest};
///
/// let request: RunAgentRequest = RunAgentRequest::builder()
///     .prompt("Fix the flaky test")          // &str for Option<String>
///     .mode(AgentRunMode::Plan)              // T for Option<T>
///     .title(None::<String>)                 // or None
///     .try_into()
///     .unwrap();
/// assert_eq!(request.prompt.as_deref(), Some("Fix the flaky test"));
/// ```
pub trait IntoOptional<T> {
    /// Converts into the field's value; fails only for a nested builder that
    /// is missing a required field.
    fn into_optional(self) -> Result<Option<T>, String>;
}

impl<T> IntoOptional<T> for T {
    fn into_optional(self) -> Result<Option<T>, String> {
        Ok(Some(self))
    }
}

impl<T> IntoOptional<T> for Option<T> {
    fn into_optional(self) -> Result<Option<T>, String> {
        Ok(self)
    }
}

impl IntoOptional<String> for &str {
    fn into_optional(self) -> Result<Option<String>, String> {
        Ok(Some(self.to_owned()))
    }
}

impl IntoOptional<String> for &String {
    fn into_optional(self) -> Result<Option<String>, String> {
        Ok(Some(self.clone()))
    }
}
