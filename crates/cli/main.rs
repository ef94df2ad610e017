//! `claimkit`: extract and check the chronologies and quotations of articles.
//!
//! The binary only parses arguments, reads and writes files, and calls the
//! libraries; all real work lives in `claimkit-parser`, `claimkit-schema` and
//! `claimkit-lint`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

mod check;
mod config;
mod diff;
mod input;
mod output;
mod parallel;
mod progress;
mod record;
mod report;

/// Shown after `--help`: what a first run looks like, and what the exit
/// code means.
const AFTER_HELP: &str = "\
Examples:
  claimkit check article.txt                 check one article as an editor would
  claimkit check articles/                   check every *.txt, *.md, *.markdown under a directory
  claimkit check --format github .           annotations for a GitHub workflow
  claimkit check --diff article.txt          show what --fix would change
  claimkit report article.txt -o report.html one HTML page for editors, timelines drawn
  claimkit extract articles/ > all.jsonl     one JSON record per file, in order
  claimkit extract --pretty article.txt      one article as indented JSON
  claimkit validate all.jsonl                check records against the schema
  claimkit diff old.txt new.txt              what changed in the entries and quotations
  claimkit snapshot articles/ --store snaps/ --check   compare with stored extractions

Exit codes:
  0  clean: no finding at or above --fail-on, every document valid
  1  findings (check) or invalid documents (validate); --diff, diff, snapshot --check: there is a change
  2  claimkit could not do its job: usage, an unreadable input, a failed write";

#[derive(Parser)]
#[command(
    name = "claimkit",
    version,
    about = "Extract and check the chronologies and quotations of articles",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Refuse an input larger than this (units K, M, G, T: powers of 1024).
    #[arg(long, global = true, value_name = "SIZE", default_value = "256M",
          value_parser = input::parse_size)]
    max_size: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Extract each article as JSON (one document for one input, JSON Lines for several).
    Extract {
        /// Article text files or directories; `-` or nothing reads standard input.
        files: Vec<PathBuf>,
        /// Indent the JSON (one input only: several are always JSON Lines).
        #[arg(long)]
        pretty: bool,
        /// Write to FILE instead of standard output (replaced only when complete).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        inputs: input::InputArgs,
    },
    /// Check JSON or JSON Lines documents against the claimkit schemas.
    Validate {
        /// JSON or JSON Lines files; `-` or nothing reads standard input.
        files: Vec<PathBuf>,
        /// The schema to use instead of the one each document names: `article`,
        /// `report`, `diff`, or the path of a schema file.
        #[arg(long, value_name = "article|report|diff|PATH")]
        schema: Option<String>,
    },
    /// Check articles for what an editor must fix before publication.
    #[command(after_help = check::AFTER_HELP)]
    Check(check::Args),
    /// Compare two versions of articles or extractions by their entries and quotations.
    #[command(after_help = diff::DIFF_AFTER_HELP)]
    Diff(diff::DiffArgs),
    /// Store one extraction per article, or compare the articles with the stored ones.
    #[command(after_help = diff::SNAPSHOT_AFTER_HELP)]
    Snapshot(diff::SnapshotArgs),
    /// Write one HTML page for editors: the findings in the text, each chronology's timeline, the quotations.
    #[command(after_help = report::AFTER_HELP)]
    Report(report::Args),
    /// List every rule with its default severity and what it finds.
    Rules,
    /// Print a rule's documentation.
    Explain {
        /// The rule, as `group/name` (`claimkit rules` lists them).
        rule: String,
    },
    /// Print an embedded JSON Schema.
    Schema {
        /// Which schema.
        #[arg(value_enum, default_value_t = SchemaName::Article)]
        name: SchemaName,
    },
    /// Print a shell completion script (e.g. `claimkit completions bash > /etc/bash_completion.d/claimkit`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff; e.g. `claimkit man | man -l -`).
    Man,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaName {
    Article,
    Report,
    Diff,
    Definitions,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // Only commands whose output is their whole result end here on a
        // closed standard output; those with a result of their own (check,
        // validate, extract) decide their exit code themselves.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            report(&format!("error: {err:#}"));
            ExitCode::from(2)
        }
    }
}

/// Writes `claimkit: MESSAGE` on standard error. An unwritable standard
/// error (`2>/dev/full`) is ignored: there is nowhere else to say it.
pub(crate) fn report(message: &str) {
    report_raw(&format!("claimkit: {message}\n"));
}

/// Writes `text` on standard error as it is, ignoring errors.
pub(crate) fn report_raw(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let io = e.downcast_ref::<io::Error>().map(io::Error::kind);
        let json = e
            .downcast_ref::<serde_json::Error>()
            .and_then(serde_json::Error::io_error_kind);
        io.or(json) == Some(io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract {
            files,
            pretty,
            output,
            inputs,
        } => extract(&files, &inputs, pretty, output.as_deref(), cli.max_size),
        Command::Validate { files, schema } => validate(&files, schema.as_deref(), cli.max_size),
        Command::Check(args) => check::run(args, cli.max_size),
        Command::Diff(args) => diff::diff(args, cli.max_size),
        Command::Snapshot(args) => diff::snapshot(args, cli.max_size),
        Command::Report(args) => report::run(args, cli.max_size),
        Command::Rules => check::rules(),
        Command::Explain { rule } => check::explain(&rule),
        Command::Completions { shell } => {
            // Made in memory: clap_complete panics on a failed write
            // (a closed pipe), claimkit ends quietly.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "claimkit", &mut script);
            let mut out = io::stdout().lock();
            out.write_all(&script)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let mut out = io::stdout().lock();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { name } => {
            let text = match name {
                SchemaName::Article => claimkit_schema::ARTICLE_SCHEMA,
                SchemaName::Report => claimkit_schema::REPORT_SCHEMA,
                SchemaName::Diff => claimkit_schema::DIFF_SCHEMA,
                SchemaName::Definitions => claimkit_schema::DEFINITIONS_SCHEMA,
            };
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `claimkit extract`: one record per input, in input order, each written
/// as soon as it and those before it are done; an input that cannot be read
/// gets an error record in its place, is reported on stderr, and makes the
/// exit code 2 at the end.
fn extract(
    files: &[PathBuf],
    args: &input::InputArgs,
    pretty: bool,
    output: Option<&Path>,
    max_size: u64,
) -> anyhow::Result<ExitCode> {
    input::check_arguments(files)?;
    // Every argument is checked before the first write.
    let target = match output {
        Some(path) => Some(output::Target::resolve(path)?),
        None => None,
    };
    let inputs = input::expand(files, args, &config::excluded)?;
    if let Some(target) = &target {
        for input in &inputs {
            if let input::Input::File(path) = input {
                if target.is_same_file(path) {
                    anyhow::bail!(
                        "-o {} would overwrite the input {}; write to another file",
                        target.name(),
                        path.display()
                    );
                }
            }
        }
    }
    if inputs.is_empty() {
        report("warning: no input files found; a directory walk reads *.txt, *.md and *.markdown unless --include says otherwise");
    }
    // Several inputs are JSON Lines whatever --pretty says: line N is input N.
    let pretty = pretty && inputs.len() == 1;
    let mut failed = false;
    let written = (|| -> anyhow::Result<()> {
        // Records stream out as they are made; to a file through a temporary
        // file that replaces the target only when every input is done.
        let mut file = match target {
            Some(target) => Some(output::Output::create(target)?),
            None => None,
        };
        let stdout = io::stdout();
        let mut out: Box<dyn Write> = match &mut file {
            Some(file) => Box::new(file),
            None => Box::new(io::BufWriter::new(stdout.lock())),
        };
        // Each record is made on a worker: read, extracted and serialized;
        // this thread only writes them in order.
        let work = |input: &input::Input| -> (serde_json::Result<Vec<u8>>, Option<String>) {
            let mut json = Vec::new();
            match input.read_text(max_size) {
                Ok(text) => {
                    // A record is about the size of its text or larger: room
                    // for half as much again saves copying it as it grows
                    // (pages never written are never touched).
                    json.reserve(text.text.len() + text.text.len() / 2);
                    let article = claimkit_parser::extract(&text.text);
                    let written = record::write_article(&mut json, &article, input, &text, pretty);
                    (written.map(|()| json), None)
                }
                Err(err) => {
                    let written = record::write_error(&mut json, input, &err, pretty);
                    (written.map(|()| json), Some(err.to_string()))
                }
            }
        };
        let mut progress = progress::Progress::new(inputs.len());
        if let [input] = inputs.as_slice() {
            // One input: its record streams out as it is serialized instead
            // of being built in memory first (a record is larger than its
            // text), so the peak is the text and what was extracted from it.
            match input.read_text(max_size) {
                Ok(text) => {
                    let article = claimkit_parser::extract(&text.text);
                    progress.advance();
                    record::write_article(&mut out, &article, input, &text, pretty)?;
                }
                Err(err) => {
                    progress.advance();
                    progress.suspend(|| report(&format!("error: {err}")));
                    failed = true;
                    record::write_error(&mut out, input, &err, pretty)?;
                }
            }
            out.write_all(b"\n")?;
            out.flush()?;
        } else {
            parallel::ordered(&inputs, args.jobs(), work, |_, (json, error)| {
                progress.advance();
                if let Some(error) = error {
                    progress.suspend(|| report(&format!("error: {error}")));
                    failed = true;
                }
                out.write_all(&json?)?;
                out.write_all(b"\n")?;
                out.flush()?;
                Ok(())
            })?;
        }
        drop(out);
        if let Some(file) = file {
            file.commit(None)?;
        }
        Ok(())
    })();
    match written {
        Err(err) if !is_broken_pipe(&err) => Err(err),
        _ if failed => Ok(ExitCode::from(2)),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// `claimkit validate`: every document of every input is checked and every
/// error reported; exit 1 when any is invalid, 2 when any input is unreadable.
fn validate(files: &[PathBuf], schema: Option<&str>, max_size: u64) -> anyhow::Result<ExitCode> {
    let forced = match schema {
        None => None,
        Some(name) => {
            Some(claimkit_schema::Validator::from_name_or_path(name).map_err(anyhow::Error::from)?)
        }
    };
    input::check_arguments(files)?;
    let mut invalid = false;
    let mut failed = false;
    let mut out = io::stdout().lock();
    let mut texts = input::texts(files, max_size);
    // Output here is the errors found: a reader that goes away
    // (`claimkit validate bad.jsonl | head`) leaves the result invalid.
    let written = (|| -> anyhow::Result<()> {
        for (input, text, _) in texts.by_ref() {
            for document in claimkit_schema::documents(&text) {
                let line = document.line;
                let value = match document.value {
                    Ok(value) => value,
                    Err(err) => {
                        report(&format!("error: {}: {err}", input.name()));
                        failed = true;
                        continue;
                    }
                };
                let errors = match &forced {
                    Some(validator) => validator.validate(&value),
                    None => match claimkit_schema::Validator::for_document(&value) {
                        Ok(validator) => validator.validate(&value),
                        Err(err) => {
                            invalid = true;
                            writeln!(out, "{}:{line}: {}", input.name(), unchosen(&err))?;
                            continue;
                        }
                    },
                };
                invalid |= !errors.is_empty();
                for error in &errors {
                    writeln!(out, "{}:{line}: {error}", input.name())?;
                }
            }
        }
        out.flush()?;
        Ok(())
    })();
    if let Err(err) = written {
        if !is_broken_pipe(&err) {
            return Err(err);
        }
    }
    Ok(if failed || texts.failed {
        ExitCode::from(2)
    } else if invalid {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Why no schema was chosen for a document, with what the user can do.
fn unchosen(err: &claimkit_schema::Error) -> String {
    match err {
        claimkit_schema::Error::MissingSchema => {
            format!("{err}; pass --schema article|report|diff")
        }
        claimkit_schema::Error::UnknownSchema { .. } => format!("{err}, or pass --schema"),
        _ => err.to_string(),
    }
}
