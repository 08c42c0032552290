//! Files attached to messages, of any size: streamed in 1 MiB chunks, each
//! a `COSE_Encrypt0` under a per-file key that travels only inside the
//! signed, encrypted envelope. Chunks are stored encrypted, on the sender
//! and on the receiver alike (encrypted at rest), and sent before the
//! envelope that names them.
//!
//! ```text
//! DATA_DIR/files/out/FILE_ID/INDEX        chunks of files this node sent
//! DATA_DIR/files/in/SENDER/FILE_ID/INDEX  chunks received from a partner
//! ```

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use liaison_protocol::files::{CHUNK_SIZE, ChunkError, FileKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// Largest file name kept.
const MAX_NAME: usize = 255;

/// What a message says about a file it carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub file_id: String,
    pub name: String,
    pub size: u64,
    /// SHA-256 of the plaintext, hex.
    pub sha256: String,
    pub chunks: u64,
    /// The file's key (`COSE_Key`, base64): only ever inside an envelope.
    pub key: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AttachmentError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("file {0}: {1}")]
    Chunk(String, ChunkError),
    #[error("file {name}: its content does not match the SHA-256 the sender gave")]
    Digest { name: String },
    #[error("file {name}: {missing} of its {chunks} chunks have not arrived")]
    Incomplete {
        name: String,
        missing: u64,
        chunks: u64,
    },
    #[error("invalid file id or key")]
    Invalid,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> AttachmentError + '_ {
    move |source| AttachmentError::Io {
        path: path.display().to_string(),
        source,
    }
}

pub fn outbound_dir(data_dir: &Path, file_id: &str) -> PathBuf {
    data_dir.join("files").join("out").join(file_id)
}

pub fn inbound_dir(data_dir: &Path, sender: &str, file_id: &str) -> PathBuf {
    data_dir.join("files").join("in").join(sender).join(file_id)
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), AttachmentError> {
    let mut f = std::fs::File::create(path).map_err(io(path))?;
    f.write_all(bytes).map_err(io(path))?;
    f.sync_all().map_err(io(path))
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// A file being encrypted into the outbound store as its bytes arrive (from
/// a local file, or an upload streamed by the web UI or the API). Memory
/// stays at about one chunk whatever the size; a chunk is sealed once the
/// next byte shows it is not the last.
pub struct OutboundFile {
    dir: PathBuf,
    file_id: Uuid,
    name: String,
    key: FileKey,
    cose_key: Vec<u8>,
    hash: Sha256,
    pending: Vec<u8>,
    index: u64,
    size: u64,
}

impl OutboundFile {
    /// Starts a file called `name` (only its last path component is kept).
    pub fn create(data_dir: &Path, name: &str) -> Result<OutboundFile, AttachmentError> {
        let file_id = Uuid::now_v7();
        let (key, cose_key) = FileKey::generate(*file_id.as_bytes());
        let dir = outbound_dir(data_dir, &file_id.to_string());
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        Ok(OutboundFile {
            dir,
            file_id,
            name: clean_name(name),
            key,
            cose_key,
            hash: Sha256::new(),
            pending: Vec::with_capacity(CHUNK_SIZE),
            index: 0,
            size: 0,
        })
    }

    /// Bytes received so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    pub fn write(&mut self, mut bytes: &[u8]) -> Result<(), AttachmentError> {
        self.size += bytes.len() as u64;
        self.hash.update(bytes);
        while !bytes.is_empty() {
            if self.pending.len() == CHUNK_SIZE {
                self.seal(false)?;
            }
            let take = (CHUNK_SIZE - self.pending.len()).min(bytes.len());
            self.pending.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
        }
        Ok(())
    }

    fn seal(&mut self, last: bool) -> Result<(), AttachmentError> {
        let sealed = self
            .key
            .seal_chunk(self.index, last, &self.pending)
            .map_err(|e| AttachmentError::Chunk(self.name.clone(), e))?;
        write_synced(&self.dir.join(self.index.to_string()), &sealed)?;
        self.pending.clear();
        self.index += 1;
        Ok(())
    }

    /// Seals the last chunk; everything is on disk when this returns.
    pub fn finish(mut self) -> Result<Attachment, AttachmentError> {
        self.seal(true)?;
        sync_dir(&self.dir);
        Ok(Attachment {
            file_id: self.file_id.to_string(),
            name: self.name,
            size: self.size,
            sha256: hex::encode(self.hash.finalize()),
            chunks: self.index,
            key: B64.encode(self.cose_key),
        })
    }

    /// Drops an unfinished file and its chunks (an upload cut off, a form
    /// refused).
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// An upload arriving in pieces (a multipart field) fed to an
/// [`OutboundFile`] without blocking the async runtime: pieces are gathered
/// to a chunk's worth, then encrypted and fsync'd on the blocking pool.
pub struct Upload {
    file: OutboundFile,
    gathered: Vec<u8>,
}

impl Upload {
    pub fn start(data_dir: &Path, name: &str) -> Result<Upload, AttachmentError> {
        Ok(Upload {
            file: OutboundFile::create(data_dir, name)?,
            gathered: Vec::with_capacity(CHUNK_SIZE),
        })
    }

    /// Takes the next piece. On an error the file is already discarded.
    pub async fn push(mut self, piece: &[u8]) -> Result<Upload, AttachmentError> {
        self.gathered.extend_from_slice(piece);
        if self.gathered.len() < CHUNK_SIZE {
            return Ok(self);
        }
        blocking(move || {
            let gathered = std::mem::take(&mut self.gathered);
            match self.file.write(&gathered) {
                Ok(()) => {
                    self.gathered = gathered;
                    self.gathered.clear();
                    Ok(self)
                }
                Err(e) => {
                    self.file.discard();
                    Err(e)
                }
            }
        })
        .await
    }

    /// Everything received: seals the rest. On an error the file is
    /// already discarded.
    pub async fn finish(self) -> Result<Attachment, AttachmentError> {
        blocking(move || {
            let Upload { mut file, gathered } = self;
            if let Err(e) = file.write(&gathered) {
                file.discard();
                return Err(e);
            }
            let dir = file.dir.clone();
            file.finish().inspect_err(|_| {
                let _ = std::fs::remove_dir_all(&dir);
            })
        })
        .await
    }

    /// Abandons the upload (the request failed or was refused).
    pub async fn discard(self) {
        let _ = blocking(move || {
            self.file.discard();
            Ok(())
        })
        .await;
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AttachmentError> + Send + 'static,
) -> Result<T, AttachmentError> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(AttachmentError::Io {
            path: "upload".into(),
            source: std::io::Error::other(e),
        })
    })
}

/// The last path component of a name as a browser or a shell gives it,
/// without control characters, at most [`MAX_NAME`] characters.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    if clean.trim().is_empty() || clean == "." || clean == ".." {
        "file".to_owned()
    } else {
        clean
    }
}

/// Removes a file this node stored to send, if no message names it (a form
/// refused after its files were uploaded).
pub fn remove_outbound(data_dir: &Path, attachment: &Attachment) {
    if valid_id(&attachment.file_id) {
        let _ = std::fs::remove_dir_all(outbound_dir(data_dir, &attachment.file_id));
    }
}

/// Encrypts a file into the outbound store, chunk by chunk, and returns
/// what the message will say about it.
pub fn store_outbound(
    data_dir: &Path,
    path: &Path,
    progress: &mut dyn FnMut(u64),
) -> Result<Attachment, AttachmentError> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let mut input = std::fs::File::open(path).map_err(io(path))?;
    let mut file = OutboundFile::create(data_dir, name)?;
    let mut buf = vec![0u8; CHUNK_SIZE];
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                file.discard();
                return Err(io(path)(e));
            }
        };
        if let Err(e) = file.write(&buf[..n]) {
            file.discard();
            return Err(e);
        }
        progress(file.size());
    }
    file.finish()
}

/// A stored chunk of an outbound file, to send.
pub fn read_outbound_chunk(
    data_dir: &Path,
    file_id: &str,
    index: u64,
) -> Result<Vec<u8>, AttachmentError> {
    let path = outbound_dir(data_dir, file_id).join(index.to_string());
    std::fs::read(&path).map_err(io(&path))
}

fn valid_id(file_id: &str) -> bool {
    Uuid::parse_str(file_id).is_ok()
}

/// How many chunks of a file from `sender` are here, from the first on
/// without a gap (where a resumed transfer starts).
pub fn inbound_chunks(data_dir: &Path, sender: &str, file_id: &str) -> u64 {
    if !valid_id(file_id) {
        return 0;
    }
    let dir = inbound_dir(data_dir, sender, file_id);
    let mut n = 0;
    while dir.join(n.to_string()).exists() {
        n += 1;
    }
    n
}

/// Stores a received chunk (still encrypted: this node cannot read it until
/// the envelope with the key arrives).
pub fn store_inbound_chunk(
    data_dir: &Path,
    sender: &str,
    file_id: &str,
    index: u64,
    bytes: &[u8],
) -> Result<(), AttachmentError> {
    if !valid_id(file_id) || bytes.len() > liaison_protocol::files::MAX_CHUNK + 1024 {
        return Err(AttachmentError::Invalid);
    }
    let target = inbound_dir(data_dir, sender, file_id).join(index.to_string());
    crate::files::write_atomic(&target, bytes, false).map_err(|e| AttachmentError::Io {
        path: e.path,
        source: e.source,
    })
}

/// Where a message's file lives on this node.
pub fn stored_dir(data_dir: &Path, sender: &str, this_node: &str, file_id: &str) -> PathBuf {
    if sender == this_node {
        outbound_dir(data_dir, file_id)
    } else {
        inbound_dir(data_dir, sender, file_id)
    }
}

/// Decrypts a stored file to `out`, checking every chunk, the order, the
/// end and the SHA-256; on any failure nothing usable is left at `out`.
pub fn decrypt_to(
    dir: &Path,
    attachment: &Attachment,
    out: &mut dyn Write,
) -> Result<(), AttachmentError> {
    let file_id = Uuid::parse_str(&attachment.file_id).map_err(|_| AttachmentError::Invalid)?;
    let key_bytes = B64
        .decode(&attachment.key)
        .map_err(|_| AttachmentError::Invalid)?;
    let key = FileKey::from_cose_key(&key_bytes, *file_id.as_bytes())
        .map_err(|e| AttachmentError::Chunk(attachment.name.clone(), e))?;
    let mut hash = Sha256::new();
    for index in 0..attachment.chunks {
        let path = dir.join(index.to_string());
        let sealed = std::fs::read(&path).map_err(|_| AttachmentError::Incomplete {
            name: attachment.name.clone(),
            missing: attachment.chunks - index,
            chunks: attachment.chunks,
        })?;
        let plain = key
            .open_chunk(index, index + 1 == attachment.chunks, &sealed)
            .map_err(|e| AttachmentError::Chunk(attachment.name.clone(), e))?;
        hash.update(&plain);
        out.write_all(&plain).map_err(io(&path))?;
    }
    if hex::encode(hash.finalize()) != attachment.sha256 {
        return Err(AttachmentError::Digest {
            name: attachment.name.clone(),
        });
    }
    Ok(())
}
