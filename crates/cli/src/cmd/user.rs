use super::read_password_file;
use anyhow::Context;
use liaison_core::Role;
use liaison_core::policy::{self, Action, Actor};
use liaison_node::accounts::NewAccount;
use liaison_node::app::App;
use liaison_node::config::Config;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// Add a user account.
    Add(AddArgs),
    /// List user accounts.
    List(ListArgs),
}

#[derive(clap::Args)]
pub struct AddArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    pub data_dir: PathBuf,
    #[arg(long)]
    pub username: String,
    /// officer, border_guard, analyst, fiu_analyst, prosecutor, investigator, dpo or admin.
    #[arg(long)]
    pub role: Role,
    /// Unit code (see the Units page).
    #[arg(long)]
    pub unit: Option<String>,
    /// File whose first line is the user's initial password.
    #[arg(long)]
    pub password_file: PathBuf,
    #[arg(long)]
    pub display_name: Option<String>,
    /// Require the user to choose a new password at first sign-in.
    #[arg(long)]
    pub must_change_password: bool,
}

#[derive(clap::Args)]
pub struct ListArgs {
    #[arg(long, env = "LIAISON_DATA_DIR")]
    pub data_dir: PathBuf,
}

async fn open(data_dir: &std::path::Path) -> anyhow::Result<App> {
    let config = Config::load(data_dir)?;
    App::open(data_dir, config, false)
        .await
        .with_context(|| format!("cannot open node in {}", data_dir.display()))
}

pub async fn run(cmd: Cmd) -> anyhow::Result<()> {
    match cmd {
        Cmd::Add(a) => {
            let password = read_password_file(&a.password_file)?;
            let app = open(&a.data_dir).await?;
            let permit = policy::authorize(&Actor::local_operator(), Action::ManageUsers)?;
            let user = app
                .accounts
                .create_user(
                    &permit,
                    NewAccount {
                        username: &a.username,
                        display_name: a.display_name.as_deref().unwrap_or(""),
                        role: a.role,
                        unit_code: a.unit.as_deref(),
                        password: &password,
                        must_change_password: a.must_change_password,
                    },
                    "cli",
                )
                .await
                .context("liaison user add")?;
            println!(
                "Added user {} ({}), id {}",
                user.username, user.role, user.id
            );
            Ok(())
        }
        Cmd::List(a) => {
            let app = open(&a.data_dir).await?;
            let units = app.store.list_units().await?;
            println!(
                "{:<24} {:<14} {:<18} {:<6} STATUS",
                "USERNAME", "ROLE", "UNIT", "TOTP"
            );
            for u in app.store.list_users().await? {
                let unit = u
                    .unit_id
                    .and_then(|id| units.iter().find(|x| x.id == id))
                    .map(|x| x.code.to_string())
                    .unwrap_or_else(|| "-".into());
                println!(
                    "{:<24} {:<14} {:<18} {:<6} {}",
                    u.username,
                    u.role,
                    unit,
                    if u.totp_enabled { "yes" } else { "no" },
                    if u.disabled { "disabled" } else { "active" }
                );
            }
            Ok(())
        }
    }
}
