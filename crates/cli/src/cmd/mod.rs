pub mod alert;
pub mod bench;
pub mod bench_hits;
pub mod codelist;
pub mod demo;
pub mod demo_alerts;
pub mod demo_data;
pub mod init;
pub mod message;
pub mod network;
pub mod node;
pub mod offences;
pub mod records;
pub mod screen;
pub mod screening_set;
pub mod serve;
pub mod user;

use anyhow::{Context, bail};
use std::path::Path;

/// Reads a password from a file: the first line, without its line ending.
pub fn read_password_file(path: &Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read password file {}", path.display()))?;
    let password = text.lines().next().unwrap_or("").to_owned();
    if password.is_empty() {
        bail!("password file {}: the first line is empty", path.display());
    }
    Ok(password)
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
pub fn write_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
