use super::read_password_file;
use anyhow::Context;
use liaison_core::node::{CountryCode, NodeName};
use liaison_node::init::{InitOptions, init_node};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Directory to create for the node (must not exist, or be empty).
    #[arg(long, env = "LIAISON_DATA_DIR")]
    pub data_dir: PathBuf,
    /// Node name, unique in its networks, e.g. `de-bka`.
    #[arg(long)]
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, e.g. `DE`.
    #[arg(long)]
    pub country: String,
    /// Database: `sqlite://liaison.db` (default, in the data directory) or `postgres://…`.
    #[arg(long)]
    pub database_url: Option<String>,
    /// File whose first line is the first admin's password; generated and printed once if omitted.
    #[arg(long)]
    pub admin_password_file: Option<PathBuf>,
    /// Address to serve on (default 127.0.0.1:8440).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let name = NodeName::parse(&args.name).context("--name")?;
    let country = CountryCode::parse(&args.country).context("--country")?;
    let admin_password = args
        .admin_password_file
        .as_deref()
        .map(read_password_file)
        .transpose()?;
    let report = init_node(InitOptions {
        data_dir: args.data_dir,
        name: name.clone(),
        country,
        database_url: args.database_url,
        admin_password,
        require_totp: true,
        listen: args.listen,
    })
    .await
    .context("liaison init")?;
    println!("Created node {name} in {}", report.data_dir.display());
    println!("  node public key (Ed25519): {}", report.public_key_hex);
    println!("  admin user: {}", report.admin_username);
    if let Some(pw) = report.generated_admin_password {
        println!("  admin password: {pw}");
        println!("  (shown once: store it now; the node keeps only its hash)");
    }
    println!("The admin sets up a second factor (TOTP) at first sign-in.");
    println!(
        "Start it with: liaison serve --data-dir {}",
        report.data_dir.display()
    );
    Ok(())
}
