//! A request body as an operation's builder holds it: given whole
//! (`.body(value)`) or built member by member (`.body_map(|b| …)`).
//!
//! progenitor's builders keep every body as the type's field-by-field
//! builder, so a body given whole went through that builder and back at
//! `send` (a conversion each way, and a copy of every member). Here a body
//! given whole stays the value it was until it is encoded; `body_map` turns
//! it into the builder the first time it is called, as before.

/// The body of an operation's request builder (`T` the body's type, `B`
/// its builder). Generated builders hold it; `build/rewrite_operations.rs`
/// puts it there for every body type that has a builder.
#[derive(Debug, Clone)]
pub(crate) enum TypedBody<T, B> {
    /// Not given yet: an empty builder, made only if it is used (most calls
    /// give the body whole, and an empty builder allocates the message of
    /// every required member it lacks).
    Empty,
    /// Given whole: sent as it is.
    Whole(T),
    /// Built member by member: checked (required members) at `send`.
    Built(B),
}

impl<T, B> Default for TypedBody<T, B> {
    /// No body yet: as progenitor's builders start, an empty builder (made
    /// when it is needed).
    fn default() -> Self {
        TypedBody::Empty
    }
}

impl<T, B> From<T> for TypedBody<T, B> {
    fn from(value: T) -> Self {
        TypedBody::Whole(value)
    }
}

impl<T, B: From<T> + Default> TypedBody<T, B> {
    /// Applies `f` to the body's builder (a whole body becomes one first).
    pub(crate) fn edit(self, f: impl FnOnce(B) -> B) -> Self {
        TypedBody::Built(f(match self {
            TypedBody::Empty => B::default(),
            TypedBody::Whole(value) => B::from(value),
            TypedBody::Built(builder) => builder,
        }))
    }
}

impl<T, B: Default> TypedBody<T, B>
where
    T: TryFrom<B>,
    <T as TryFrom<B>>::Error: std::fmt::Display,
{
    /// The body to send: the value given, or the builder's value (an error
    /// naming a required member that was never set).
    pub(crate) fn into_value(self) -> Result<T, String> {
        let builder = match self {
            TypedBody::Whole(value) => return Ok(value),
            TypedBody::Empty => B::default(),
            TypedBody::Built(builder) => builder,
        };
        T::try_from(builder).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::TypedBody;

    /// A body type and its builder, shaped as typify writes them.
    #[derive(Debug, Clone, PartialEq)]
    struct Req {
        prompt: String,
        n: u32,
    }
    #[derive(Debug, Clone)]
    struct ReqBuilder {
        prompt: Result<String, String>,
        n: Result<u32, String>,
    }
    impl Default for ReqBuilder {
        fn default() -> Self {
            ReqBuilder {
                prompt: Err("no value supplied for prompt".into()),
                n: Ok(1),
            }
        }
    }
    impl From<Req> for ReqBuilder {
        fn from(r: Req) -> Self {
            ReqBuilder {
                prompt: Ok(r.prompt),
                n: Ok(r.n),
            }
        }
    }
    impl TryFrom<ReqBuilder> for Req {
        type Error = String;
        fn try_from(b: ReqBuilder) -> Result<Req, String> {
            Ok(Req {
                prompt: b.prompt?,
                n: b.n?,
            })
        }
    }
    type Body = TypedBody<Req, ReqBuilder>;

    #[test]
    fn a_body_given_whole_is_sent_as_given() {
        let req = Req {
            prompt: "hi".into(),
            n: 7,
        };
        assert_eq!(Body::from(req.clone()).into_value(), Ok(req));
    }

    #[test]
    fn editing_a_whole_body_edits_its_members() {
        let req = Req {
            prompt: "hi".into(),
            n: 7,
        };
        let edited = Body::from(req).edit(|mut b| {
            b.n = Ok(8);
            b
        });
        assert_eq!(
            edited.into_value(),
            Ok(Req {
                prompt: "hi".into(),
                n: 8
            })
        );
    }

    #[test]
    fn a_builder_missing_a_required_member_fails_at_send_with_its_message() {
        let empty = Body::default().edit(|b| b);
        assert_eq!(
            empty.into_value(),
            Err("no value supplied for prompt".to_owned())
        );
        assert_eq!(
            Body::default().into_value(),
            Err("no value supplied for prompt".to_owned())
        );
    }
}
