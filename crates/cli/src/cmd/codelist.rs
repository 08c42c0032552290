use anyhow::bail;
use liaison_core::codelists;
use std::fmt::Write as _;

#[derive(clap::Subcommand)]
pub enum Cmd {
    /// List the codelists.
    List,
    /// Print one codelist: code, parent and label.
    Show {
        /// Name, as given by `liaison codelist list`.
        name: String,
        /// Language of the labels: en, fr, es, de or ar.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Print the codelist as JSON, with all languages and attributes.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(cmd: Cmd) -> anyhow::Result<()> {
    let mut out = String::new();
    match cmd {
        Cmd::List => {
            writeln!(out, "{:<26} {:>7}  TITLE", "NAME", "ENTRIES")?;
            for l in codelists::all() {
                writeln!(
                    out,
                    "{:<26} {:>7}  {}",
                    l.name,
                    l.entries.len(),
                    l.title("en")
                )?;
            }
        }
        Cmd::Show { name, lang, json } => {
            if !codelists::LABEL_LANGUAGES.contains(&lang.as_str()) {
                bail!(
                    "--lang {lang}: labels exist in {}",
                    codelists::LABEL_LANGUAGES.join(", ")
                );
            }
            let Some(list) = codelists::get(&name) else {
                let names: Vec<_> = codelists::all().iter().map(|l| l.name.as_str()).collect();
                bail!(
                    "no codelist named `{name}`; there are: {}",
                    names.join(", ")
                );
            };
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(list)?)?;
            } else {
                writeln!(out, "# {} — {}", list.title(&lang), list.source)?;
                let width = list
                    .entries
                    .iter()
                    .map(|e| e.code.chars().count())
                    .max()
                    .unwrap_or(4)
                    .max(4);
                for e in &list.entries {
                    let indent = if e.parent.is_some() { "  " } else { "" };
                    writeln!(out, "{indent}{:<width$}  {}", e.code, e.label(&lang))?;
                }
            }
        }
    }
    super::write_stdout(&out)
}
