use anyhow::Context;
use liaison_node::app::App;
use liaison_node::config::Config;
use liaison_node::server;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The node's data directory (made by `liaison init`).
    #[arg(long, env = "LIAISON_DATA_DIR")]
    pub data_dir: PathBuf,
    /// Address to listen on; overrides `http.listen` in liaison.toml.
    #[arg(long)]
    pub listen: Option<SocketAddr>,
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let mut config = Config::load(&args.data_dir)?;
    if let Some(listen) = args.listen {
        config.http.listen = listen;
    }
    crate::logging::init(config.log.format, &config.log.level);
    serve(&args.data_dir, config, None).await
}

/// Starts the node and serves until Ctrl-C or SIGTERM. `banner` is printed
/// once the port is bound (the demo prints its credentials there).
pub async fn serve(data_dir: &Path, config: Config, banner: Option<String>) -> anyhow::Result<()> {
    let addr = config.http.listen;
    server::check_listen(addr, config.http.tls.as_ref())?;
    let tls = config
        .http
        .tls
        .as_ref()
        .map(|t| server::tls_config(data_dir, t))
        .transpose()?;
    let app = App::open(data_dir, config.clone(), tls.is_some())
        .await
        .with_context(|| format!("cannot open node in {}", data_dir.display()))?;
    let listener = server::bind(addr).await?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    tracing::info!(node = %config.node.name, %addr, %scheme, "serving");
    match banner {
        Some(b) => println!("{b}"),
        None => println!(
            "Liaison node {} serving on {scheme}://{addr}/ (Ctrl-C to stop)",
            config.node.name
        ),
    }
    let pid_file = PidFile::write(data_dir)?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let federation = match (&config.federation, app.federation.as_ref()) {
        (Some(f), Some(parts)) if !parts.state.snapshot().networks.is_empty() => {
            let listener = server::bind(f.listen).await?;
            tracing::info!(listen = %f.listen, endpoint = %f.endpoint, "federation endpoint serving");
            let mut rx = stop_rx.clone();
            let app = app.clone();
            Some(tokio::spawn(async move {
                server::serve_federation(app, listener, async move {
                    let _ = rx.wait_for(|s| *s).await;
                })
                .await
            }))
        }
        (Some(_), _) => {
            tracing::warn!(
                "[federation] is configured but this node has joined no network yet \
                 (`liaison node request`, then `liaison node join`); restart after joining"
            );
            None
        }
        _ => None,
    };
    let result = server::serve(app, listener, tls, async move {
        shutdown_signal().await;
        let _ = stop_tx.send(true);
    })
    .await;
    if let Some(f) = federation {
        // Partners keep pooled connections to this endpoint, and they may be
        // stopping too: wait for requests in flight, but not for ever (a
        // request cut here is retried by its sender).
        match tokio::time::timeout(FEDERATION_DRAIN, f).await {
            Ok(done) => done.context("federation endpoint task")??,
            Err(_) => tracing::warn!(
                "federation connections still open {} s after the stop signal; closing them",
                FEDERATION_DRAIN.as_secs()
            ),
        }
    }
    drop(pid_file);
    result?;
    tracing::info!("stopped");
    Ok(())
}

/// How long a stopping node waits for partners' requests in flight.
const FEDERATION_DRAIN: std::time::Duration = std::time::Duration::from_secs(3);

/// `DATA_DIR/liaison.pid` while the node serves, for scripts and the demo.
struct PidFile(PathBuf);

impl PidFile {
    fn write(data_dir: &Path) -> anyhow::Result<PidFile> {
        let path = data_dir.join("liaison.pid");
        std::fs::write(&path, format!("{}\n", std::process::id()))
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(PidFile(path))
    }
}

impl Drop for PidFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
