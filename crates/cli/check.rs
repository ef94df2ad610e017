//! `claimkit check`, `claimkit rules` and `claimkit explain`.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use claimkit_lint::render::{self, FileReport};
use claimkit_lint::{Config, Diagnostic, Severity, RULES};
use claimkit_parser::LineIndex;
use clap::ValueEnum;

use crate::input::{self, Encoding, Input};
use crate::output::{Output, Target};
use crate::report;

/// Arguments of `claimkit check`.
#[derive(clap::Args)]
pub struct Args {
    /// Article text files; `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// How to write the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit 1 when a finding has this severity or a higher one.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Run only these rules or groups (comma-separated), replacing the configuration's `select`.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Vec<String>,
    /// Skip these rules or groups (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// Use this configuration file instead of the nearest `claimkit.toml`.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Also count the findings per rule in the summary.
    #[arg(long)]
    statistics: bool,
    /// Apply the safe fixes to the files, then report what is left.
    #[arg(long)]
    fix: bool,
    /// With --fix, apply the unsafe fixes too (review the result).
    #[arg(long, requires = "fix")]
    unsafe_fixes: bool,
    /// When to colour human output. `auto`: on a terminal, or with a
    /// non-empty FORCE_COLOR or CLICOLOR_FORCE, never with a non-empty
    /// NO_COLOR; `always` and `never` override the environment.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Concise,
    Json,
    Sarif,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// One input as read, with the configuration that applies to it.
struct Read {
    name: String,
    text: String,
    config: Config,
}

/// A fixed text waiting to be written once every input has been checked.
struct Fixed {
    text: String,
    applied: usize,
}

pub fn run(args: Args, max_size: u64) -> anyhow::Result<ExitCode> {
    // Every argument is checked before the first write: standard input
    // cannot be fixed, and each file must be one claimkit may rewrite.
    input::check_arguments(&args.files)?;
    let mut texts = input::texts(&args.files, max_size);
    let (inputs, targets) = read(&args, &mut texts)?;
    // Each text is indexed once: the parser, the rules and the renderers
    // share the index.
    let indexes: Vec<LineIndex<'_>> = inputs.iter().map(|i| LineIndex::new(&i.text)).collect();
    let mut found: Vec<Vec<Diagnostic>> = inputs
        .iter()
        .zip(&indexes)
        .map(|(input, index)| check_text(index, &input.config))
        .collect();
    let fixed: Vec<Option<Fixed>> = inputs
        .iter()
        .zip(&found)
        .zip(&targets)
        .map(|((input, found), target)| {
            target.as_ref()?;
            let (text, applied) = claimkit_lint::apply_fixes(&input.text, found, args.unsafe_fixes);
            (applied > 0).then_some(Fixed { text, applied })
        })
        .collect();
    // Only now, with every input read and checked, are files written.
    let (written, write_failed) = write_fixes(&inputs, targets, &fixed);
    let fixed_indexes: Vec<Option<LineIndex<'_>>> = fixed
        .iter()
        .zip(&written)
        .map(|(f, &written)| {
            f.as_ref()
                .filter(|_| written)
                .map(|f| LineIndex::new(&f.text))
        })
        .collect();
    for (i, index) in fixed_indexes.iter().enumerate() {
        if let Some(index) = index {
            found[i] = check_text(index, &inputs[i].config);
        }
    }
    let reports: Vec<FileReport<'_>> = inputs
        .iter()
        .enumerate()
        .map(|(i, input)| FileReport {
            name: &input.name,
            index: fixed_indexes[i].as_ref().unwrap_or(&indexes[i]),
            diagnostics: &found[i],
        })
        .collect();
    let failed = texts.failed || write_failed;
    // The result is decided before it is written: a reader that goes away
    // (`claimkit check | head -1`) does not change it.
    let code = if failed {
        ExitCode::from(2)
    } else if failing(&reports, args.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    match write_report(&args, &reports, failed) {
        Err(err) if !crate::is_broken_pipe(&err) => Err(err),
        _ => Ok(code),
    }
}

/// Reads every input, with the configuration that applies to it and, with
/// `--fix`, the file its fixes are written to.
fn read(args: &Args, texts: &mut input::Texts) -> anyhow::Result<(Vec<Read>, Vec<Option<Target>>)> {
    let mut targets = BTreeMap::new();
    if args.fix {
        if args.files.is_empty() || args.files.iter().any(|f| f.as_os_str() == "-") {
            anyhow::bail!(
                "--fix rewrites files; name the files instead of reading standard input (`-`)"
            );
        }
        for path in &args.files {
            // Keyed by the name as given: `a.txt` and `./a.txt` are two arguments.
            targets.insert(path.as_os_str().to_owned(), Target::resolve(path)?);
        }
    }
    let explicit = match &args.config {
        Some(path) => Some(load(path, args)?),
        None => None,
    };
    let mut found_configs: BTreeMap<PathBuf, Config> = BTreeMap::new();
    let (mut inputs, mut fix_targets) = (Vec::new(), Vec::new());
    for (input, text, encoding) in texts.by_ref() {
        let config = match &explicit {
            Some(config) => config.clone(),
            None => config_for(&input, args, &mut found_configs)?,
        };
        let target = match &input {
            Input::File(path) => targets.remove(path.as_os_str()),
            Input::Stdin => None,
        };
        // Fixes are written as UTF-8: a decoded file is not rewritten.
        if let (Some(_), Input::File(path)) = (&target, &input) {
            if encoding != Encoding::Utf8 {
                anyhow::bail!(
                    "--fix does not rewrite {}: it is {}; convert it to UTF-8 first",
                    path.display(),
                    encoding.name()
                );
            }
        }
        inputs.push(Read {
            name: input.name(),
            text,
            config,
        });
        fix_targets.push(target);
    }
    Ok((inputs, fix_targets))
}

/// The configuration for `input`: the nearest `claimkit.toml` (each read
/// once), or the default, with the command line's flags.
fn config_for(
    input: &Input,
    args: &Args,
    found: &mut BTreeMap<PathBuf, Config>,
) -> anyhow::Result<Config> {
    let start = match input {
        Input::File(path) => path.parent().map(Path::to_path_buf).unwrap_or_default(),
        Input::Stdin => PathBuf::from("."),
    };
    let Some(path) = nearest_config(&start) else {
        return with_flags(Config::default(), args);
    };
    if let Some(config) = found.get(&path) {
        return Ok(config.clone());
    }
    let config = load(&path, args)?;
    found.insert(path, config.clone());
    Ok(config)
}

/// The findings of one indexed text.
fn check_text(index: &LineIndex<'_>, config: &Config) -> Vec<Diagnostic> {
    let article = claimkit_parser::extract_indexed(index);
    claimkit_lint::check_indexed(index, &article, config)
}

/// Writes every fixed text to its file; returns which were written, and
/// whether any write failed (each failure is reported).
fn write_fixes(
    inputs: &[Read],
    targets: Vec<Option<Target>>,
    fixed: &[Option<Fixed>],
) -> (Vec<bool>, bool) {
    let mut written = vec![false; inputs.len()];
    let mut failed = false;
    for (i, target) in targets.into_iter().enumerate() {
        let (Some(target), Some(fixed)) = (target, &fixed[i]) else {
            continue;
        };
        let read = inputs[i].text.as_bytes();
        let result = Output::create(target).and_then(|mut file| {
            file.write_all(fixed.text.as_bytes())?;
            file.commit(Some(read))
        });
        match result {
            Ok(()) => {
                report(&format!(
                    "{}: applied {} fix{}",
                    inputs[i].name,
                    fixed.applied,
                    if fixed.applied == 1 { "" } else { "es" }
                ));
                written[i] = true;
            }
            Err(err) => {
                report(&format!("error: {err:#}"));
                failed = true;
            }
        }
    }
    (written, failed)
}

/// Whether a finding is at or above `--fail-on`.
fn failing(reports: &[FileReport<'_>], fail_on: FailOn) -> bool {
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Never => return false,
    };
    reports
        .iter()
        .flat_map(|r| r.diagnostics)
        .any(|d| d.severity >= threshold)
}

/// Writes the findings in the chosen format, and the summary: after them
/// for people, on standard error for machine formats.
fn write_report(args: &Args, reports: &[FileReport<'_>], failed: bool) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        Format::Human => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    !no_color_requested() && (force_color_requested() || io::stdout().is_terminal())
                }
            };
            render::human(&mut out, reports, color)?;
            summary(&mut out, reports, args.statistics, failed)?;
        }
        Format::Concise => render::concise(&mut out, reports)?,
        Format::Github => render::github(&mut out, reports)?,
        Format::Json => render::json(&mut out, reports)?,
        Format::Sarif => render::sarif(&mut out, reports)?,
    }
    out.flush()?;
    if args.format != Format::Human {
        // Standard error that cannot be written is no reason to fail.
        let mut err = io::stderr().lock();
        let _ = summary(&mut err, reports, args.statistics, failed).and_then(|()| err.flush());
    }
    Ok(())
}

/// The summary; a run that could not check every input prints none a
/// reader could take for a clean result.
fn summary(
    out: &mut dyn Write,
    reports: &[FileReport<'_>],
    statistics: bool,
    failed: bool,
) -> io::Result<()> {
    if failed {
        out.write_all(b"not every input was checked; see the errors above\n")
    } else {
        render::summary(out, reports, statistics)
    }
}

/// Whether the user asked for no colour: `NO_COLOR` set to a non-empty
/// value (no-color.org; an empty value does not count).
fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Whether the environment forces colour off a terminal (`FORCE_COLOR` or
/// `CLICOLOR_FORCE` set to a non-empty value other than "0").
fn force_color_requested() -> bool {
    ["FORCE_COLOR", "CLICOLOR_FORCE"]
        .iter()
        .any(|k| std::env::var_os(k).is_some_and(|v| !v.is_empty() && v != "0"))
}

/// The configuration at `path`, with the command line's `--select` and `--ignore`.
fn load(path: &Path, args: &Args) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read configuration {}", path.display()))?;
    let config = Config::from_toml(&text, &path.display().to_string()).map_err(worded)?;
    with_flags(config, args)
}

fn with_flags(mut config: Config, args: &Args) -> anyhow::Result<Config> {
    if !args.select.is_empty() {
        config.select(&args.select).map_err(worded)?;
    }
    config.ignore(&args.ignore).map_err(worded)?;
    Ok(config)
}

/// A configuration error as claimkit says it: an unknown rule with the
/// closest name and where to find the others.
fn worded(err: claimkit_lint::Error) -> anyhow::Error {
    match &err {
        claimkit_lint::Error::UnknownRule { candidates, .. } => {
            let suggestion = candidates
                .first()
                .map(|c| format!(", did you mean {c:?}?"))
                .unwrap_or_default();
            anyhow::anyhow!("{err}{suggestion}; `claimkit rules` lists them")
        }
        _ => err.into(),
    }
}

/// The nearest `claimkit.toml` in `dir` or a directory above it, up to the
/// root of the repository `dir` is in (the first directory holding `.git`):
/// a configuration outside the repository never applies to its files.
fn nearest_config(dir: &Path) -> Option<PathBuf> {
    let start = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let absolute = std::fs::canonicalize(start).ok()?;
    for directory in absolute.ancestors() {
        let candidate = directory.join("claimkit.toml");
        if candidate.is_file() {
            return Some(candidate);
        }
        if directory.join(".git").exists() {
            break;
        }
    }
    None
}

/// `claimkit rules`.
pub fn rules() -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for rule in RULES {
        writeln!(
            out,
            "{:width$}  {:7}  {}",
            rule.name,
            rule.default_severity.as_str(),
            rule.summary
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `claimkit explain RULE`.
pub fn explain(name: &str) -> anyhow::Result<ExitCode> {
    let Some(rule) = claimkit_lint::find_rule(name) else {
        anyhow::bail!("unknown rule {name:?}; `claimkit rules` lists them");
    };
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "# {}\n\nDefault severity: {}. {}\n",
        rule.name,
        rule.default_severity.as_str(),
        rule.summary
    )?;
    out.write_all(rule.documentation().as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
