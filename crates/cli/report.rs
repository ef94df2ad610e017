//! `claimkit report`: one HTML page of the findings, timelines and
//! quotations of every input, for editors. Inputs, configuration and rules
//! go through the code of `check`, so the page shows exactly the findings
//! `check` reports; the page itself is made by `claimkit-report`.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimkit_parser::LineIndex;

use crate::check::{self, RuleArgs};
use crate::input;
use crate::output::{Output, Target};

/// Shown after `claimkit report --help`.
pub const AFTER_HELP: &str = "\
Examples:
  claimkit report article.txt -o report.html   one page to open in any browser
  claimkit report articles/ -o report.html     every article under a directory, on one page

The page needs no network: its style and script are inline, allowed by a
Content-Security-Policy that names their hashes.

Exit codes:
  0  the page was written (findings are its content, not a failure)
  2  claimkit could not do its job: usage, an unreadable input, a failed write";

/// Arguments of `claimkit report`.
#[derive(clap::Args)]
pub struct Args {
    /// Article text files or directories; `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// Write the page to FILE instead of standard output (replaced only when complete).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    rules: RuleArgs,
    #[command(flatten)]
    inputs: input::InputArgs,
}

/// Reads and checks every input as `check` does and writes the page. An
/// input that cannot be read is reported and left out of the page; the
/// exit code is then 2.
pub fn run(args: Args, max_size: u64) -> anyhow::Result<ExitCode> {
    input::check_arguments(&args.files)?;
    let target = match &args.output {
        Some(path) => Some(Target::resolve(path)?),
        None => None,
    };
    let (inputs, explicit) =
        check::find_inputs(&args.files, &args.rules, &args.inputs, target.as_ref())?;
    let settings = check::settings(&inputs, &args.rules, explicit)?;
    let no_fixes = inputs.iter().map(|_| None).collect();
    let checked = check::read_and_check(&inputs, no_fixes, settings, args.inputs.jobs(), max_size)?;
    let indexes: Vec<LineIndex<'_>> = checked
        .inputs
        .iter()
        .map(|read| LineIndex::new(&read.text))
        .collect();
    let articles: Vec<claimkit_parser::Article> = indexes
        .iter()
        .map(claimkit_parser::extract_indexed)
        .collect();
    let report_inputs: Vec<claimkit_report::Input<'_>> = checked
        .inputs
        .iter()
        .zip(&indexes)
        .zip(&articles)
        .zip(&checked.found)
        .map(|(((read, index), article), found)| claimkit_report::Input {
            name: &read.name,
            index,
            article,
            diagnostics: found,
        })
        .collect();
    let page = claimkit_report::render(&report_inputs);
    let written = match target {
        Some(target) => Output::create(target).and_then(|mut file| {
            file.write_all(page.as_bytes())?;
            file.commit(None)
        }),
        None => {
            let mut out = io::stdout().lock();
            out.write_all(page.as_bytes())
                .and_then(|()| out.flush())
                .map_err(anyhow::Error::from)
        }
    };
    match written {
        Err(err) if !crate::is_broken_pipe(&err) => Err(err),
        _ if checked.failed => Ok(ExitCode::from(2)),
        _ => Ok(ExitCode::SUCCESS),
    }
}
