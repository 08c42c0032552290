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

/// Reads up to one chunk, however the reader splits it.
fn read_chunk(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Encrypts a file into the outbound store, chunk by chunk (memory stays at
/// two chunks whatever the size), and returns what the message will say
/// about it. Everything is on disk before this returns.
pub fn store_outbound(
    data_dir: &Path,
    path: &Path,
    progress: &mut dyn FnMut(u64),
) -> Result<Attachment, AttachmentError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file")
        .chars()
        .take(MAX_NAME)
        .collect::<String>();
    let mut input = std::fs::File::open(path).map_err(io(path))?;
    let file_id = Uuid::now_v7();
    let (key, cose_key) = FileKey::generate(*file_id.as_bytes());
    let dir = outbound_dir(data_dir, &file_id.to_string());
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let mut hash = Sha256::new();
    let mut current = vec![0u8; CHUNK_SIZE];
    let mut next = vec![0u8; CHUNK_SIZE];
    let mut len = read_chunk(&mut input, &mut current).map_err(io(path))?;
    let (mut index, mut size) = (0u64, 0u64);
    loop {
        // Read ahead: the last chunk is sealed as last.
        let next_len = if len == CHUNK_SIZE {
            read_chunk(&mut input, &mut next).map_err(io(path))?
        } else {
            0
        };
        let last = next_len == 0;
        hash.update(&current[..len]);
        size += len as u64;
        let sealed = key
            .seal_chunk(index, last, &current[..len])
            .map_err(|e| AttachmentError::Chunk(name.clone(), e))?;
        write_synced(&dir.join(index.to_string()), &sealed)?;
        progress(size);
        index += 1;
        if last {
            break;
        }
        std::mem::swap(&mut current, &mut next);
        len = next_len;
    }
    sync_dir(&dir);
    Ok(Attachment {
        file_id: file_id.to_string(),
        name,
        size,
        sha256: hex::encode(hash.finalize()),
        chunks: index,
        key: B64.encode(cose_key),
    })
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
    super::files::write_atomic(&target, bytes, false).map_err(|e| AttachmentError::Io {
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
