//! `liaison`: the command that creates, runs and administers a Liaison node.
//! Each subcommand lives in its own module under `cmd/`; this file only turns
//! arguments into a command and its outcome into an exit code.
#![forbid(unsafe_code)]

mod cmd;
mod logging;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "liaison",
    version,
    about = "Liaison: secure cooperation between law-enforcement agencies"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Create a node: configuration, identity key, database, first admin.
    Init(cmd::init::Args),
    /// Run a node: web UI, REST API, health and metrics endpoints.
    Serve(cmd::serve::Args),
    /// Manage user accounts from the shell (works while the node serves).
    #[command(subcommand)]
    User(cmd::user::Cmd),
    /// Start a demo network: an authority and three nodes (DE, FR, NL), each its own process, with users per role, sample records and threads.
    Demo(cmd::demo::Args),
    /// Write a reproducible set of realistic, multilingual sample records as CSV files.
    DemoData(cmd::demo_data::Args),
    /// Write a labelled evaluation set for traveller screening: watchlist, travellers, truth.
    ScreeningSet(cmd::screening_set::Args),
    /// Show the codelists shared by all nodes (countries, offences, handling codes…).
    #[command(subcommand)]
    Codelist(cmd::codelist::Cmd),
    /// Print the JSON Schema (2020-12) of the common data model.
    Schema,
    /// Import records from CSV or JSON Lines: all rows or none.
    Import(cmd::records::ImportArgs),
    /// Export records as CSV, JSON Lines or FollowTheMoney.
    Export(cmd::records::ExportArgs),
    /// National offence tables: a country's own codes mapped to ICCS and the list offences.
    #[command(subcommand)]
    Offences(cmd::offences::Cmd),
    /// Network authority: create a network, admit and revoke nodes.
    #[command(subcommand)]
    Network(cmd::network::Cmd),
    /// Join a network: request, then install directory and certificate.
    #[command(subcommand)]
    Node(cmd::node::Cmd),
    /// Send and list federation messages (works while the node serves).
    #[command(subcommand)]
    Message(cmd::message::Cmd),
    /// This node's alerts: import them from a file.
    #[command(subcommand)]
    Alert(cmd::alert::Cmd),
    /// Screen travellers against a watchlist: fuzzy, multilingual name matching with explained hits.
    Screen(cmd::screen::Args),
    /// Benchmarks that compare Liaison with a baseline in the same run.
    #[command(subcommand)]
    Bench(cmd::bench::Cmd),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.cmd {
            Cmd::Init(args) => cmd::init::run(args).await,
            Cmd::Serve(args) => cmd::serve::run(args).await,
            Cmd::User(c) => cmd::user::run(c).await,
            Cmd::Demo(args) => cmd::demo::run(args).await,
            Cmd::DemoData(args) => cmd::demo_data::run(args),
            Cmd::ScreeningSet(args) => cmd::screening_set::run(args),
            Cmd::Codelist(c) => cmd::codelist::run(c),
            Cmd::Schema => cmd::records::schema(),
            Cmd::Import(a) => cmd::records::import(a).await,
            Cmd::Export(a) => cmd::records::export(a).await,
            Cmd::Offences(c) => cmd::offences::run(c).await,
            Cmd::Network(c) => cmd::network::run(c),
            Cmd::Node(c) => cmd::node::run(c),
            Cmd::Message(c) => cmd::message::run(c).await,
            Cmd::Bench(c) => cmd::bench::run(c).await,
            Cmd::Screen(a) => cmd::screen::run(a),
            Cmd::Alert(c) => cmd::alert::run(c).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // `{:#}` prints the whole chain of causes on one line.
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
