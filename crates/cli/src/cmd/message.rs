//! `liaison message`: send and list federation messages from the shell,
//! while the node serves (its delivery worker picks up what is queued).

use anyhow::{Context, bail};
use liaison_core::audit::AuditActor;
use liaison_core::evaluation::Evaluation;
use liaison_core::handling::HandlingCode;
use liaison_node::app::App;
use liaison_node::config::Config;
use liaison_node::federation::messages::{self, Outgoing};
use liaison_store::messages::Direction;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Queue a signed, encrypted message; prints its id.
    Send(SendArgs),
    /// List a box, one JSON object per line with --json.
    List(ListArgs),
    /// Show one message; an unread inbound message becomes read (and its
    /// sender gets a signed read receipt).
    Show(ShowArgs),
    /// Queue many messages at once from JSON Lines (one object per line:
    /// to, handling_code, subject, body, optional thread and evaluation);
    /// prints one id per line.
    SendBatch(BatchArgs),
    /// Forward a message to other nodes; the copy keeps its handling code.
    /// H2/H3 messages need their owner's permission for third parties.
    Forward(ForwardArgs),
    /// Ask a message's owner for permission to forward it.
    AskPermission(ForwardArgs),
    /// As the owner of a message, allow a node to forward it.
    Grant(GrantArgs),
    /// Decrypt a message's attached file, checking every chunk and its SHA-256.
    Attachment(AttachmentArgs),
}

#[derive(clap::Args)]
pub struct AttachmentArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    /// The message.
    #[arg(long)]
    id: uuid::Uuid,
    /// Which file (by default the message's only one).
    #[arg(long)]
    file_id: Option<String>,
    /// Where to write it (must not exist).
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
pub struct ForwardArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    #[arg(long)]
    id: uuid::Uuid,
    #[arg(long, value_delimiter = ',', required = true)]
    to: Vec<String>,
    /// A note to go with it (the reason, for a permission request).
    #[arg(long, default_value = "")]
    note: String,
}

#[derive(clap::Args)]
pub struct GrantArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    #[arg(long)]
    id: uuid::Uuid,
    /// The node allowed to forward.
    #[arg(long)]
    node: String,
    /// The nodes it may forward to.
    #[arg(long, value_delimiter = ',', required = true)]
    to: Vec<String>,
}

#[derive(clap::Args)]
pub struct ShowArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    #[arg(long)]
    id: uuid::Uuid,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct BatchArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    /// JSON Lines file, `-` for standard input.
    #[arg(long)]
    file: PathBuf,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchLine {
    to: Vec<String>,
    handling_code: String,
    subject: String,
    body: String,
    #[serde(default)]
    thread: Option<uuid::Uuid>,
    #[serde(default)]
    evaluation: Option<String>,
}

#[derive(clap::Args)]
pub struct SendArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    /// Recipient node names, comma-separated (a broadcast when several).
    #[arg(long, value_delimiter = ',', required = true)]
    to: Vec<String>,
    #[arg(long, value_parser = ["H0", "H1", "H2", "H3", "h0", "h1", "h2", "h3"])]
    handling_code: String,
    /// 4x4 evaluation, e.g. B2 (default X4: source and information not assessed).
    #[arg(long, default_value = "X4")]
    evaluation: String,
    #[arg(long)]
    subject: String,
    #[arg(
        long,
        conflicts_with = "body_file",
        required_unless_present = "body_file"
    )]
    body: Option<String>,
    #[arg(long)]
    body_file: Option<PathBuf>,
    /// The thread (case) to post in; a new thread when absent.
    #[arg(long)]
    thread: Option<uuid::Uuid>,
    /// Files to attach (any size).
    #[arg(long)]
    attach: Vec<PathBuf>,
    /// Records of this node to include (by id); each keeps its handling code.
    #[arg(long)]
    record: Vec<uuid::Uuid>,
}

#[derive(clap::Args)]
pub struct ListArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    data_dir: PathBuf,
    #[arg(long = "box", value_parser = ["inbox", "outbox"])]
    mailbox: String,
    /// One JSON object per line.
    #[arg(long)]
    json: bool,
    #[arg(long, default_value_t = 1000)]
    limit: u32,
}

pub async fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Send(a) => send(a).await,
        Cmd::List(a) => list(a).await,
        Cmd::Show(a) => show(a).await,
        Cmd::SendBatch(a) => send_batch(a).await,
        Cmd::Forward(a) => {
            let app = open(&a.data_dir).await?;
            let id =
                messages::forward(&app, &cli_actor(), &a.id.to_string(), a.to, &a.note).await?;
            println!("{}", id.0);
            Ok(())
        }
        Cmd::AskPermission(a) => {
            let app = open(&a.data_dir).await?;
            let id = messages::ask_permission(&app, &cli_actor(), &a.id.to_string(), a.to, &a.note)
                .await?;
            println!("{}", id.0);
            Ok(())
        }
        Cmd::Attachment(a) => attachment(a).await,
        Cmd::Grant(a) => {
            let app = open(&a.data_dir).await?;
            let id =
                messages::grant_permission(&app, &cli_actor(), &a.id.to_string(), &a.node, a.to)
                    .await?;
            println!("{}", id.0);
            Ok(())
        }
    }
}

/// What a handling code means for the reader, printed with the message.
fn marking(code: &str) -> &'static str {
    match code {
        "h1" => "H1: not to be used in judicial proceedings without the provider's permission\n",
        "h2" => "H2: no dissemination without the provider's permission\n",
        "h3" => "H3: restricted; see the provider's conditions\n",
        _ => "",
    }
}

/// Encrypts each file into the node's store, with a progress bar for big
/// ones; the delivery worker sends the chunks ahead of the envelope.
async fn encrypt_attachments(
    app: &App,
    files: &[PathBuf],
) -> anyhow::Result<Vec<liaison_node::federation::attachments::Attachment>> {
    let mut out = vec![];
    for f in files {
        let size = std::fs::metadata(f)
            .with_context(|| format!("cannot attach {}", f.display()))?
            .len();
        let bar = indicatif::ProgressBar::new(size);
        if size < 32 << 20 {
            bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        }
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "encrypting {msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(f.display().to_string());
        let (data_dir, path, b) = (app.data_dir.clone(), f.clone(), bar.clone());
        let a = tokio::task::spawn_blocking(move || {
            liaison_node::federation::attachments::store_outbound(&data_dir, &path, &mut |n| {
                b.set_position(n)
            })
        })
        .await
        .context("encrypting an attachment")??;
        bar.finish_and_clear();
        out.push(a);
    }
    Ok(out)
}

fn cli_actor() -> AuditActor {
    AuditActor {
        kind: "local_operator".into(),
        id: None,
        name: "cli".into(),
    }
}

async fn show(a: ShowArgs) -> anyhow::Result<()> {
    let app = open(&a.data_dir).await?;
    let m = match app.store.message(&a.id.to_string()).await {
        Ok(m) => m,
        Err(liaison_store::StoreError::NotFound) => bail!("no message {} on this node", a.id),
        Err(e) => return Err(e.into()),
    };
    messages::mark_read(&app, &m, "cli").await?;
    let m = app.store.message(&m.id).await?;
    let deliveries = app.store.deliveries(std::slice::from_ref(&m.id)).await?;
    let content: serde_json::Value = serde_json::from_str(&m.content).unwrap_or_default();
    if a.json {
        let line = serde_json::json!({
            "id": m.id,
            "thread": m.thread,
            "from": m.sender,
            "to": m.recipient_list(),
            "subject": m.subject,
            "body": content.get("body"),
            "records": content.get("records"),
            "status": messages::status(&m, &deliveries),
            "owner": messages::owner(&m),
            "attachments": content.get("attachments").and_then(|a| a.as_array()).map(|files| {
                files
                    .iter()
                    .map(|f| serde_json::json!({
                        "file_id": f["file_id"], "name": f["name"], "size": f["size"], "sha256": f["sha256"],
                    }))
                    .collect::<Vec<_>>()
            }),
            "forwarded": content.get("forwarded"),
            "handling_code": m.handling_code.to_uppercase(),
            "evaluation": m.evaluation,
            "created_at": m.created_at,
        });
        return super::write_stdout(&format!("{line}\n"));
    }
    super::write_stdout(&format!(
        "{}From: {}\nTo: {}\nThread: {}\nHandling code: {}  Evaluation: {}\nSubject: {}\n\n{}\n",
        marking(&m.handling_code),
        m.sender,
        m.recipients,
        m.thread,
        m.handling_code.to_uppercase(),
        m.evaluation,
        m.subject,
        content
            .get("body")
            .and_then(|b| b.as_str())
            .unwrap_or_default()
    ))
}

async fn send_batch(a: BatchArgs) -> anyhow::Result<()> {
    use std::io::BufRead;
    let reader: Box<dyn BufRead> = if a.file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(&a.file)
                .with_context(|| format!("cannot open {}", a.file.display()))?,
        ))
    };
    // Everything is checked before anything is queued: all or nothing.
    let mut batch = vec![];
    for (n, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{} line {}", a.file.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let l: BatchLine = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}", a.file.display(), n + 1))?;
        let handling_code: HandlingCode = l
            .handling_code
            .parse()
            .with_context(|| format!("{} line {}", a.file.display(), n + 1))?;
        let evaluation = match &l.evaluation {
            Some(e) => Evaluation::parse(e).with_context(|| {
                format!("{} line {}: evaluation `{e}`", a.file.display(), n + 1)
            })?,
            None => Evaluation::parse("X4").context("default evaluation")?,
        };
        batch.push(Outgoing {
            to: l.to,
            handling_code,
            evaluation,
            subject: l.subject,
            body: l.body,
            thread: l.thread,
            records: vec![],
            attachments: vec![],
        });
    }
    let app = open(&a.data_dir).await?;
    let ids = messages::send_many(&app, &cli_actor(), batch).await?;
    let mut out = String::with_capacity(ids.len() * 37);
    for id in ids {
        out.push_str(&id.to_string());
        out.push('\n');
    }
    super::write_stdout(&out)
}

async fn open(data_dir: &std::path::Path) -> anyhow::Result<App> {
    let config = Config::load(data_dir)?;
    App::open(data_dir, config, false)
        .await
        .with_context(|| format!("cannot open node in {}", data_dir.display()))
}

async fn send(a: SendArgs) -> anyhow::Result<()> {
    let body = match (&a.body, &a.body_file) {
        (Some(b), _) => b.clone(),
        (None, Some(f)) => std::fs::read_to_string(f)
            .with_context(|| format!("cannot read body file {}", f.display()))?,
        (None, None) => bail!("give --body or --body-file"),
    };
    let handling_code: HandlingCode = a.handling_code.parse()?;
    let evaluation = Evaluation::parse(&a.evaluation)
        .with_context(|| format!("evaluation `{}`: expected e.g. B2", a.evaluation))?;
    let app = open(&a.data_dir).await?;
    let attachments = encrypt_attachments(&app, &a.attach).await?;
    let mut records = vec![];
    for id in &a.record {
        let r = app
            .store
            .record(liaison_core::model::RecordId::from_uuid(*id))
            .await
            .with_context(|| format!("record {id}"))?;
        records.push(r.record);
    }
    let disclosure = messages::Disclosure {
        records: a
            .record
            .iter()
            .map(|r| liaison_core::model::RecordId::from_uuid(*r).to_string())
            .collect(),
        purpose: "shared by the node's operator from the command line".into(),
    };
    let sent = messages::send_disclosing(
        &app,
        &cli_actor(),
        Outgoing {
            to: a.to,
            handling_code,
            evaluation,
            subject: a.subject,
            body,
            thread: a.thread,
            records,
            attachments: attachments.clone(),
        },
        &disclosure,
    )
    .await;
    if sent.is_err() {
        // No message names the files encrypted for it: they go.
        liaison_node::message_upload::remove_all(&app.data_dir, &attachments);
    }
    let (id, _) = sent?;
    println!("{id}");
    Ok(())
}

async fn list(a: ListArgs) -> anyhow::Result<()> {
    let app = open(&a.data_dir).await?;
    let direction = if a.mailbox == "inbox" {
        Direction::In
    } else {
        Direction::Out
    };
    let list = app.store.list_messages(direction, None, a.limit).await?;
    let ids: Vec<String> = list.iter().map(|m| m.id.clone()).collect();
    let deliveries = app.store.deliveries(&ids).await?;
    let mut out = String::new();
    for m in &list {
        let status = messages::status(m, &deliveries);
        if a.json {
            let per_recipient: serde_json::Map<String, serde_json::Value> = deliveries
                .iter()
                .filter(|d| d.message_id == m.id)
                .map(|d| (d.recipient.clone(), d.status.clone().into()))
                .collect();
            let line = serde_json::json!({
                "id": m.id,
                "thread": m.thread,
                "from": m.sender,
                "to": m.recipient_list(),
                "subject": m.subject,
                "status": status,
                "handling_code": m.handling_code.to_uppercase(),
                "evaluation": m.evaluation,
                "created_at": m.created_at,
                "deliveries": per_recipient,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        } else {
            out.push_str(&format!(
                "{}  {:<9} {}  {} → {}  {}\n",
                m.id,
                status,
                m.handling_code.to_uppercase(),
                m.sender,
                m.recipients,
                m.subject
            ));
        }
    }
    super::write_stdout(&out)
}

async fn attachment(a: AttachmentArgs) -> anyhow::Result<()> {
    use liaison_node::federation::attachments;
    let app = open(&a.data_dir).await?;
    let m = app
        .store
        .message(&a.id.to_string())
        .await
        .with_context(|| format!("no message {} on this node", a.id))?;
    let content: messages::MessageContent =
        serde_json::from_str(&m.content).context("the stored message is unreadable")?;
    let file = match &a.file_id {
        Some(id) => content.attachments.iter().find(|f| &f.file_id == id),
        None if content.attachments.len() == 1 => content.attachments.first(),
        None => bail!(
            "the message has {} files; choose one with --file-id ({})",
            content.attachments.len(),
            content
                .attachments
                .iter()
                .map(|f| format!("{} {}", f.file_id, f.name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
    .context("no such file in the message")?
    .clone();
    let dir = attachments::stored_dir(
        &app.data_dir,
        &m.sender,
        app.config.node.name.as_str(),
        &file.file_id,
    );
    let out_path = a.out.clone();
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&out_path)
        .with_context(|| format!("cannot create {}", out_path.display()))?;
    let result = tokio::task::spawn_blocking(move || {
        let mut w = std::io::BufWriter::new(&mut out);
        attachments::decrypt_to(&dir, &file, &mut w)?;
        std::io::Write::flush(&mut w).map_err(|source| attachments::AttachmentError::Io {
            path: out_path.display().to_string(),
            source,
        })?;
        Ok::<_, attachments::AttachmentError>(file)
    })
    .await
    .context("decrypting")?;
    match result {
        Ok(file) => {
            println!(
                "{} ({} bytes, SHA-256 {}) written to {}",
                file.name,
                file.size,
                file.sha256,
                a.out.display()
            );
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_file(&a.out);
            Err(e.into())
        }
    }
}
