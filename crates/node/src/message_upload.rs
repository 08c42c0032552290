//! Files and fields of a multipart request that sends a message (the web
//! form, the REST API): each file is encrypted into the outbound store as
//! it arrives, so nothing large is held in memory or written in plaintext.

use crate::federation::attachments::{self, Attachment, AttachmentError, Upload};
use axum::extract::multipart::Field;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("the upload was cut off or is not valid multipart form data")]
    Malformed,
    #[error("field {0} is longer than {1} bytes")]
    TooLong(String, usize),
    #[error("field {0} is not UTF-8 text")]
    NotText(String),
    #[error(transparent)]
    Store(#[from] AttachmentError),
}

/// A text field, at most `max` bytes.
pub async fn read_text(mut field: Field<'_>, max: usize) -> Result<String, UploadError> {
    let name = field.name().unwrap_or_default().to_owned();
    let mut bytes = Vec::new();
    while let Some(piece) = field.chunk().await.map_err(|_| UploadError::Malformed)? {
        if bytes.len() + piece.len() > max {
            return Err(UploadError::TooLong(name, max));
        }
        bytes.extend_from_slice(&piece);
    }
    String::from_utf8(bytes).map_err(|_| UploadError::NotText(name))
}

/// Streams a file field into the outbound store; `None` for the empty part
/// a browser sends when no file was chosen. Cut off: nothing is left.
pub async fn store_file(
    data_dir: &Path,
    mut field: Field<'_>,
) -> Result<Option<Attachment>, UploadError> {
    let name = field.file_name().unwrap_or_default().to_owned();
    let first = field.chunk().await.map_err(|_| UploadError::Malformed)?;
    if name.is_empty() && first.as_ref().is_none_or(|b| b.is_empty()) {
        return Ok(None);
    }
    let mut upload = Upload::start(data_dir, &name)?;
    let mut piece = first;
    while let Some(bytes) = piece {
        upload = upload.push(&bytes).await?;
        piece = match field.chunk().await {
            Ok(p) => p,
            Err(_) => {
                upload.discard().await;
                return Err(UploadError::Malformed);
            }
        };
    }
    Ok(Some(upload.finish().await?))
}

/// Removes stored files no message will name (the request was refused).
pub fn remove_all(data_dir: &Path, files: &[Attachment]) {
    for f in files {
        attachments::remove_outbound(data_dir, f);
    }
}
