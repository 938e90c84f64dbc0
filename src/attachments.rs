//! Image attachments for a run's prompt (`RunAgentRequest.attachments`).
//!
//! The API takes at most [`MAX_ATTACHMENTS`] attachments per run, each an
//! image of one of the [`SUPPORTED_MIME_TYPES`], sent base64-encoded. An
//! [`Attachment`] can only be built with a supported type, and
//! [`attachment_inputs`] (or
//! [`RunAgentRequest::builder().with_attachments(…)`](crate::types::builder::RunAgentRequest::with_attachments))
//! checks the count, so both mistakes surface as [`Error::InvalidRequest`]
//! before anything is sent.
//!
//! ```
//! use oz_agent_api::attachments::{attachment_inputs, Attachment};
//! use oz_agent_api::types::RunAgentRequest;
//!
//! let screenshot = Attachment::from_bytes("failure.png", "image/png", vec![0x89, b'P', b'N', b'G'])?;
//! let request: RunAgentRequest = RunAgentRequest::builder()
//!     .prompt("Why does the login page look like this?")
//!     .attachments(attachment_inputs(vec![screenshot])?)
//!     .try_into()
//!     .expect("a valid request");
//! assert_eq!(request.attachments[0].data, "iVBORw==");
//! # Ok::<(), oz_agent_api::Error>(())
//! ```

use std::fmt;
use std::path::Path;

use base64::Engine as _;
use bytes::Bytes;

use crate::types::{self, AttachmentInput};
use crate::{Error, Result};

/// Most attachments one run accepts.
pub const MAX_ATTACHMENTS: usize = 5;

/// The MIME types the API accepts for attachments.
pub const SUPPORTED_MIME_TYPES: [&str; 4] = ["image/jpeg", "image/png", "image/gif", "image/webp"];

/// One attachment: a file name, a supported image MIME type and the bytes.
///
/// `Debug` shows the name, type and size, not the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Attachment {
    file_name: String,
    mime_type: &'static str,
    data: Bytes,
}

/// The supported MIME type `mime` names (case and parameters ignored).
fn supported(mime: &str) -> Option<&'static str> {
    let essence = mime.split(';').next().unwrap_or("").trim();
    SUPPORTED_MIME_TYPES
        .iter()
        .find(|s| s.eq_ignore_ascii_case(essence))
        .copied()
}

fn unsupported(file_name: &str, mime: &str) -> Error {
    Error::InvalidRequest(format!(
        "attachment {file_name:?}: unsupported type {mime:?} (supported: {})",
        SUPPORTED_MIME_TYPES.join(", ")
    ))
}

impl Attachment {
    /// An attachment from bytes in memory.
    ///
    /// Fails with [`Error::InvalidRequest`] if the name is empty, the type is
    /// not one of [`SUPPORTED_MIME_TYPES`] (compared without case or
    /// parameters), or `data` is empty.
    ///
    /// ```
    /// use oz_agent_api::attachments::Attachment;
    ///
    /// let gif = Attachment::from_bytes("spinner.gif", "image/GIF", &b"GIF89a"[..]).unwrap();
    /// assert_eq!(gif.mime_type(), "image/gif");
    /// assert!(Attachment::from_bytes("notes.pdf", "application/pdf", &b"%PDF"[..]).is_err());
    /// ```
    pub fn from_bytes(
        file_name: impl Into<String>,
        mime_type: impl AsRef<str>,
        data: impl Into<Bytes>,
    ) -> Result<Self> {
        let file_name = file_name.into();
        let mime = mime_type.as_ref();
        if file_name.trim().is_empty() {
            return Err(Error::InvalidRequest(
                "attachment with an empty file name".into(),
            ));
        }
        let mime_type = supported(mime).ok_or_else(|| unsupported(&file_name, mime))?;
        let data = data.into();
        if data.is_empty() {
            return Err(Error::InvalidRequest(format!(
                "attachment {file_name:?} is empty"
            )));
        }
        Ok(Attachment {
            file_name,
            mime_type,
            data,
        })
    }

    /// An attachment read from a file; the file name is the path's last
    /// component and the MIME type is guessed from its extension (`.png`,
    /// `.jpg`/`.jpeg`, `.gif`, `.webp`).
    ///
    /// The type is checked before the file is read. The file is read with
    /// `std::fs` (blocking); in async code on a busy runtime, read it
    /// yourself and use [`from_bytes`](Self::from_bytes), or call this in
    /// `tokio::task::spawn_blocking`. Fails with [`Error::InvalidRequest`]
    /// for an unsupported or unknown type, and when the file cannot be read.
    ///
    /// ```no_run
    /// use oz_agent_api::attachments::Attachment;
    ///
    /// let screenshot = Attachment::from_path("screenshots/login.png")?;
    /// assert_eq!(screenshot.mime_type(), "image/png");
    /// # Ok::<(), oz_agent_api::Error>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Error::InvalidRequest(format!("attachment path {path:?} names no file"))
            })?;
        let guessed = mime_guess::from_path(path).first_raw();
        let mime = guessed.and_then(supported).ok_or_else(|| {
            unsupported(
                &file_name,
                guessed.unwrap_or("unknown (no known extension)"),
            )
        })?;
        let data = std::fs::read(path).map_err(|e| {
            Error::InvalidRequest(format!("attachment {path:?} cannot be read: {e}"))
        })?;
        Attachment::from_bytes(file_name, mime, data)
    }

    /// The file name sent with the attachment.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The MIME type (one of [`SUPPORTED_MIME_TYPES`]).
    pub fn mime_type(&self) -> &'static str {
        self.mime_type
    }

    /// The raw bytes.
    pub fn data(&self) -> &Bytes {
        &self.data
    }

    /// The attachment as the API takes it, `data` base64-encoded.
    pub fn to_input(&self) -> AttachmentInput {
        AttachmentInput {
            data: base64::engine::general_purpose::STANDARD.encode(&self.data),
            file_name: self.file_name.clone(),
            mime_type: self.mime_type.to_owned(),
            extra: Default::default(),
        }
    }
}

impl fmt::Debug for Attachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attachment")
            .field("file_name", &self.file_name)
            .field("mime_type", &self.mime_type)
            .field("bytes", &self.data.len())
            .finish()
    }
}

/// The attachments as the API takes them, after checking there are at most
/// [`MAX_ATTACHMENTS`] (an [`Error::InvalidRequest`] otherwise).
pub fn attachment_inputs(
    attachments: impl IntoIterator<Item = Attachment>,
) -> Result<Vec<AttachmentInput>> {
    let attachments: Vec<Attachment> = attachments.into_iter().collect();
    check_count(attachments.len()).map_err(Error::InvalidRequest)?;
    Ok(attachments.iter().map(Attachment::to_input).collect())
}

fn check_count(count: usize) -> std::result::Result<(), String> {
    if count > MAX_ATTACHMENTS {
        return Err(format!(
            "{count} attachments; a run accepts at most {MAX_ATTACHMENTS}"
        ));
    }
    Ok(())
}

/// Checked attachments, for the request builder's `attachments` setter.
struct Checked(Vec<Attachment>);

impl TryFrom<Checked> for Vec<AttachmentInput> {
    type Error = String;

    fn try_from(value: Checked) -> std::result::Result<Self, String> {
        check_count(value.0.len())?;
        Ok(value.0.iter().map(Attachment::to_input).collect())
    }
}

impl types::builder::RunAgentRequest {
    /// Sets `attachments` (replacing any set before) from [`Attachment`]s.
    /// More than [`MAX_ATTACHMENTS`] makes the builder fail to convert, so
    /// `create_run().body(builder).send()` returns [`Error::InvalidRequest`]
    /// without sending anything.
    ///
    /// ```
    /// use oz_agent_api::attachments::Attachment;
    /// use oz_agent_api::types::RunAgentRequest;
    ///
    /// let shot = Attachment::from_bytes("a.webp", "image/webp", &b"RIFF"[..]).unwrap();
    /// let ok: Result<RunAgentRequest, _> = RunAgentRequest::builder()
    ///     .prompt("Compare these")
    ///     .with_attachments(vec![shot.clone(); 5])
    ///     .try_into();
    /// assert_eq!(ok.unwrap().attachments.len(), 5);
    ///
    /// let too_many: Result<RunAgentRequest, _> = RunAgentRequest::builder()
    ///     .prompt("Compare these")
    ///     .with_attachments(vec![shot; 6])
    ///     .try_into();
    /// assert!(too_many.unwrap_err().to_string().contains("at most 5"));
    /// ```
    pub fn with_attachments(self, attachments: impl IntoIterator<Item = Attachment>) -> Self {
        self.attachments(Checked(attachments.into_iter().collect()))
    }
}
