//! C2SP tlog-checkpoint (<https://c2sp.org/tlog-checkpoint>): the signed
//! head of a log, a signed note whose text is
//!
//! ```text
//! <origin>
//! <tree size, decimal, no leading zeros>
//! <root hash, base64>
//! [extension lines…]
//! ```
//!
//! The origin names the log; the log signs with its own key, and witnesses
//! add cosignatures ([`crate::cosignature`]) to the same note.

use crate::hash::Hash;
use crate::note::{BASE64, Note, NoteError, NoteSignature, NoteSigner, NoteVerifier};
use base64::Engine;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    #[error(transparent)]
    Note(#[from] NoteError),
    #[error("malformed checkpoint: {0}")]
    Malformed(&'static str),
    #[error("the checkpoint is of log {found:?}, not {expected:?}")]
    OriginMismatch { expected: String, found: String },
    #[error("the checkpoint is not signed by the log's key")]
    NotSignedByLog,
}

/// A tree head: which log, how many leaves, which root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
    /// Opaque lines after the root, each non-empty. C2SP advises against
    /// them (monitors cannot audit them); kept so notes round-trip.
    pub extensions: Vec<String>,
}

impl Checkpoint {
    pub fn new(origin: &str, size: u64, root: Hash) -> Self {
        Checkpoint {
            origin: origin.to_owned(),
            size,
            root,
            extensions: Vec::new(),
        }
    }

    /// Parses the note text of a checkpoint, strictly.
    pub fn parse_text(text: &str) -> Result<Self, CheckpointError> {
        let body = text
            .strip_suffix('\n')
            .ok_or(CheckpointError::Malformed("text does not end in a newline"))?;
        let mut lines = body.split('\n');
        let origin = lines.next().unwrap_or_default();
        if origin.is_empty() {
            return Err(CheckpointError::Malformed("empty origin"));
        }
        let size = parse_size(
            lines
                .next()
                .ok_or(CheckpointError::Malformed("no tree size"))?,
        )?;
        let root = lines
            .next()
            .ok_or(CheckpointError::Malformed("no root hash"))?;
        let root: Hash = BASE64
            .decode(root)
            .ok()
            .and_then(|r| r.try_into().ok())
            .ok_or(CheckpointError::Malformed(
                "root hash is not 32 bytes of base64",
            ))?;
        let extensions: Vec<String> = lines.map(str::to_owned).collect();
        if extensions.iter().any(String::is_empty) {
            return Err(CheckpointError::Malformed("empty extension line"));
        }
        Ok(Checkpoint {
            origin: origin.to_owned(),
            size,
            root,
            extensions,
        })
    }

    /// The note text.
    pub fn text(&self) -> String {
        let mut out = format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            BASE64.encode(self.root)
        );
        for line in &self.extensions {
            out.push_str(line);
            out.push('\n');
        }
        out
    }

    /// The checkpoint as an unsigned note; fails if a line is empty or
    /// holds a newline or another control character.
    pub fn to_note(&self) -> Result<Note, CheckpointError> {
        let bad = |l: &String| l.is_empty() || l.contains('\n');
        if bad(&self.origin) || self.extensions.iter().any(bad) {
            return Err(CheckpointError::Malformed(
                "empty line or newline in a line",
            ));
        }
        Ok(Note::new(self.text())?)
    }

    /// The checkpoint signed by the log's key.
    pub fn sign(&self, log: &dyn NoteSigner) -> Result<Note, CheckpointError> {
        let mut note = self.to_note()?;
        note.sign(log)?;
        Ok(note)
    }
}

fn parse_size(line: &str) -> Result<u64, CheckpointError> {
    let bad = CheckpointError::Malformed("tree size");
    if line.is_empty() || !line.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad);
    }
    if line.len() > 1 && line.starts_with('0') {
        return Err(CheckpointError::Malformed("tree size with a leading zero"));
    }
    line.parse().map_err(|_| bad)
}

/// A checkpoint whose log signature has been verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedCheckpoint {
    pub checkpoint: Checkpoint,
    /// The note as received, every signature line kept (to pass on).
    pub note: Note,
    /// Indices into `note.signatures()` of those verified.
    pub verified: Vec<usize>,
}

impl OpenedCheckpoint {
    /// The verified signature of `key`, if it signed.
    pub fn signed_by(&self, key: &dyn NoteVerifier) -> Option<&NoteSignature> {
        self.verified
            .iter()
            .map(|&i| &self.note.signatures()[i])
            .find(|s| s.name() == key.name() && s.key_id() == key.key_id())
    }
}

/// Opens a checkpoint of the log `origin`: the note must parse, every
/// signature by `log` or one of `others` (witnesses) must verify, the log's
/// must be there, and the text must be a checkpoint of that origin.
/// Signatures by other keys are kept unchecked.
pub fn open(
    msg: &[u8],
    origin: &str,
    log: &dyn NoteVerifier,
    others: &[&dyn NoteVerifier],
) -> Result<OpenedCheckpoint, CheckpointError> {
    let note = Note::parse(msg)?;
    let mut known: Vec<&dyn NoteVerifier> = Vec::with_capacity(1 + others.len());
    known.push(log);
    known.extend_from_slice(others);
    let verified = match note.verify(&known) {
        Ok(v) => v,
        Err(NoteError::NoKnownSignature) => return Err(CheckpointError::NotSignedByLog),
        Err(e) => return Err(e.into()),
    };
    let opened = OpenedCheckpoint {
        checkpoint: Checkpoint::parse_text(note.text())?,
        note,
        verified,
    };
    if opened.signed_by(log).is_none() {
        return Err(CheckpointError::NotSignedByLog);
    }
    if opened.checkpoint.origin != origin {
        return Err(CheckpointError::OriginMismatch {
            expected: origin.to_owned(),
            found: opened.checkpoint.origin,
        });
    }
    Ok(opened)
}
