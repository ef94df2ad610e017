//! `claimkit check`, `claimkit rules` and `claimkit explain`.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimkit_lint::render::{self, FileReport};
use claimkit_lint::{Config, Diagnostic, Safety, Severity, RULES};
use claimkit_parser::LineIndex;
use clap::ValueEnum;

use crate::input::{self, Encoding, Input};
use crate::output::{Output, Target};
use crate::progress::Progress;
use crate::{config, parallel, report, report_raw};

/// Shown after `claimkit check --help`.
pub const AFTER_HELP: &str = "\
Examples:
  claimkit check article.txt                   findings with source excerpts
  claimkit check --format concise articles/    one line per finding, every file under articles/
  claimkit check --diff article.txt            what --fix would change, as a unified diff
  claimkit check --fix article.txt             apply the safe fixes
  claimkit check --format sarif -o out.sarif . SARIF for code scanning
  claimkit check --show-settings article.txt   which configuration applies, resolved
  cat a.txt | claimkit check --stdin-filename a.txt

Configuration: the nearest claimkit.toml or .claimkit.toml, up to the
repository's top (or --config PATH).

Exit codes:
  0  no finding at or above --fail-on (or --exit-zero); --diff: nothing to change
  1  a finding at or above --fail-on; --diff: there is a change
  2  claimkit could not do its job: usage, an unreadable input, a failed write";

/// Arguments of `claimkit check`.
#[derive(clap::Args)]
pub struct Args {
    /// Article text files or directories; `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// How to write the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit 1 when a finding has this severity or a higher one.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Exit 0 even when there are findings (2 still means claimkit could not do its job).
    #[arg(long)]
    exit_zero: bool,
    #[command(flatten)]
    rules: RuleArgs,
    /// Print, for each input, the configuration file that applies and what it resolves to; check nothing.
    #[arg(long)]
    show_settings: bool,
    /// Also count the findings per rule in the summary.
    #[arg(long)]
    statistics: bool,
    /// Apply the safe fixes to the files, then report what is left.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Print what --fix would change as a unified diff; write nothing (exit 1 when there is a change).
    #[arg(long)]
    diff: bool,
    /// With --fix or --diff, apply the unsafe fixes too (review the result).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Write the report to FILE instead of standard output (replaced only when complete).
    #[arg(short, long = "output-file", value_name = "FILE")]
    output_file: Option<PathBuf>,
    /// When to colour human output. `auto`: on a terminal, or with a
    /// non-empty FORCE_COLOR or CLICOLOR_FORCE, never with a non-empty
    /// NO_COLOR; `always` and `never` override the environment.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    #[command(flatten)]
    inputs: input::InputArgs,
}

/// Which rules run and which configuration applies, shared by `check` and
/// `report` so that both find the same for the same file.
#[derive(clap::Args)]
pub struct RuleArgs {
    /// Run only these rules or groups (comma-separated), replacing the configuration's `select`.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Vec<String>,
    /// Run these rules or groups too (comma-separated), besides those selected.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    extend_select: Vec<String>,
    /// Skip these rules or groups (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// Use this configuration file instead of the nearest `claimkit.toml` or `.claimkit.toml`.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
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

/// When to colour human output.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour: `always`, `never`, or for `auto` a terminal or a
    /// non-empty `FORCE_COLOR`/`CLICOLOR_FORCE`, never with a non-empty
    /// `NO_COLOR`. `to_file`: the output is `-o FILE`, not standard output.
    pub(crate) fn enabled(self, to_file: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                !no_color_requested()
                    && (force_color_requested() || (!to_file && io::stdout().is_terminal()))
            }
        }
    }
}

/// One input as read, with the configuration that applies to it.
pub(crate) struct Read {
    pub(crate) name: String,
    pub(crate) text: String,
    pub(crate) config: Config,
}

/// A fixed text waiting to be written once every input has been checked.
struct Fixed {
    text: String,
    applied: usize,
}

/// The inputs that could be read, each with its findings and `--fix`
/// target, in input order.
pub(crate) struct Checked {
    pub(crate) inputs: Vec<Read>,
    pub(crate) found: Vec<Vec<Diagnostic>>,
    targets: Vec<Option<Target>>,
    /// Whether an input could not be read.
    pub(crate) failed: bool,
}

/// The configuration of one input and the file it came from.
pub(crate) struct Settings {
    path: Option<PathBuf>,
    config: Config,
}

pub fn run(args: Args, max_size: u64) -> anyhow::Result<ExitCode> {
    // Every argument is checked before the first write: standard input
    // cannot be fixed, and each file must be one claimkit may rewrite.
    input::check_arguments(&args.files)?;
    if args.unsafe_fixes && !args.fix && !args.diff {
        anyhow::bail!("--unsafe-fixes goes with --fix or --diff");
    }
    if args.fix && (args.files.is_empty() || args.files.iter().any(|f| f.as_os_str() == "-")) {
        anyhow::bail!(
            "--fix rewrites files; name the files instead of reading standard input (`-`)"
        );
    }
    let report_target = match &args.output_file {
        Some(path) => Some(Target::resolve(path)?),
        None => None,
    };
    let (inputs, explicit) = find_inputs(
        &args.files,
        &args.rules,
        &args.inputs,
        report_target.as_ref(),
    )?;
    let mut targets = Vec::with_capacity(inputs.len());
    if args.fix {
        // A file named twice is fixed once.
        let mut seen = std::collections::BTreeSet::new();
        for input in &inputs {
            targets.push(match input {
                Input::File(path) if seen.insert(path.as_os_str().to_owned()) => {
                    Some(Target::resolve(path)?)
                }
                _ => None,
            });
        }
    } else {
        targets.resize_with(inputs.len(), || None);
    }
    let settings = settings(&inputs, &args.rules, explicit)?;
    if args.show_settings {
        return show_settings(&inputs, &settings);
    }
    let streams = matches!(
        args.format,
        Format::Human | Format::Concise | Format::Github
    );
    if streams && !args.fix && !args.diff {
        return run_streaming(&args, &inputs, settings, report_target, max_size);
    }
    let jobs = args.inputs.jobs();
    let Checked {
        inputs,
        mut found,
        targets,
        failed: texts_failed,
    } = read_and_check(&inputs, targets, settings, jobs, max_size)?;
    // Each text is indexed once more for the renderers.
    let indexes: Vec<LineIndex<'_>> = inputs.iter().map(|i| LineIndex::new(&i.text)).collect();
    if args.diff {
        return diff(&args, &inputs, &found, texts_failed);
    }
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
    let failed = texts_failed || write_failed;
    // The result is decided before it is written: a reader that goes away
    // (`claimkit check | head -1`) does not change it.
    let code = exit_code(&args, &reports, failed);
    let written = match report_target {
        Some(target) => write_report_file(&args, target, &reports, failed),
        None => write_report(
            &args,
            &mut io::BufWriter::new(io::stdout().lock()),
            &reports,
            failed,
            false,
        ),
    };
    match written {
        Err(err) if !crate::is_broken_pipe(&err) => Err(err),
        _ => Ok(code),
    }
}

/// The configuration file `--config` names, read, with the command line's flags.
pub(crate) type Explicit = (PathBuf, Config);

/// The inputs `files` name (directories walked, the configuration's
/// `exclude` applied), and the configuration `--config` names; refuses an
/// output `-o` that is one of the inputs.
pub(crate) fn find_inputs(
    files: &[PathBuf],
    rules: &RuleArgs,
    input_args: &input::InputArgs,
    output: Option<&Target>,
) -> anyhow::Result<(Vec<Input>, Option<Explicit>)> {
    let explicit = match &rules.config {
        Some(path) => Some((path.clone(), load(path, rules)?)),
        None => None,
    };
    let excluded = |dir: &Path| match &explicit {
        Some((path, config)) => config::exclusions(path, config),
        None => match config::nearest(dir) {
            Some(path) => config::exclusions(&path, &config::read(&path)?),
            None => Ok(None),
        },
    };
    let inputs = input::expand(files, input_args, &excluded)?;
    if inputs.is_empty() {
        report("warning: no input files found; a directory walk reads *.txt, *.md and *.markdown unless --include says otherwise");
    }
    if let Some(target) = output {
        if let Some(path) = inputs.iter().find_map(|i| match i {
            Input::File(path) if target.is_same_file(path) => Some(path),
            _ => None,
        }) {
            anyhow::bail!(
                "-o {} would overwrite the input {}; write to another file",
                target.name(),
                path.display()
            );
        }
    }
    Ok((inputs, explicit))
}

/// `check` in a format written file by file (human, concise, github),
/// without `--fix` or `--diff`: each file's findings are written as soon as
/// it and the files before it are checked, and its text is dropped then;
/// only the findings are kept, for the summary and the exit code. When the
/// output cannot be written (a closed pipe), the rest is still checked, so
/// the exit code is the run's.
fn run_streaming(
    args: &Args,
    inputs: &[Input],
    settings: Vec<Settings>,
    report_target: Option<Target>,
    max_size: u64,
) -> anyhow::Result<ExitCode> {
    let to_file = report_target.is_some();
    let mut file = match report_target {
        Some(target) => Some(Output::create(target)?),
        None => None,
    };
    let stdout = io::stdout();
    let mut out: Box<dyn Write> = match &mut file {
        Some(file) => Box::new(file),
        None => Box::new(io::BufWriter::new(stdout.lock())),
    };
    let work = |(input, settings): &(&Input, Settings)| {
        let text = input.read_text(max_size)?;
        let found = check_text(&LineIndex::new(&text.text), &settings.config);
        Ok::<_, input::ReadError>((text.text, found))
    };
    let items: Vec<(&Input, Settings)> = inputs.iter().zip(settings).collect();
    let (mut names, mut found) = (Vec::new(), Vec::new());
    let mut failed = false;
    let mut unwritten: Option<io::Error> = None;
    let mut progress = Progress::new(items.len());
    parallel::ordered(&items, args.inputs.jobs(), work, |(input, _), result| {
        progress.advance();
        match result {
            Err(err) => {
                progress.suspend(|| report(&format!("error: {err}")));
                failed = true;
            }
            Ok((text, diagnostics)) => {
                let name = input.name();
                if unwritten.is_none() {
                    let index = LineIndex::new(&text);
                    let report = FileReport {
                        name: &name,
                        index: &index,
                        diagnostics: &diagnostics,
                    };
                    let written = progress.suspend(|| {
                        write_findings(args, &mut out, &[report], to_file)
                            .and_then(|()| out.flush())
                    });
                    unwritten = written.err();
                }
                names.push(name);
                found.push(diagnostics);
            }
        }
        Ok(())
    })?;
    drop(progress);
    // The summary reads only the findings: no text is needed any more.
    let empty = LineIndex::new("");
    let reports: Vec<FileReport<'_>> = names
        .iter()
        .zip(&found)
        .map(|(name, diagnostics)| FileReport {
            name,
            index: &empty,
            diagnostics,
        })
        .collect();
    let code = exit_code(args, &reports, failed);
    let mut written = match unwritten {
        Some(err) => Err(err.into()),
        None => write_summary(args, &mut out, &reports, failed),
    };
    drop(out);
    if let (Ok(()), Some(file)) = (&written, file) {
        written = file.commit(None);
    }
    match written {
        Err(err) if !crate::is_broken_pipe(&err) => Err(err),
        _ => Ok(code),
    }
}

/// Reads and checks every input on `jobs` threads. Returns, in input order,
/// the inputs that could be read, their findings and `--fix` targets, and
/// whether any input could not be read (each such one is reported).
pub(crate) fn read_and_check(
    inputs: &[Input],
    targets: Vec<Option<Target>>,
    settings: Vec<Settings>,
    jobs: usize,
    max_size: u64,
) -> anyhow::Result<Checked> {
    let work = |(input, settings): &(&Input, Settings)| {
        let text = input.read_text(max_size)?;
        let found = check_text(&LineIndex::new(&text.text), &settings.config);
        Ok::<_, input::ReadError>((text, found))
    };
    let items: Vec<(&Input, Settings)> = inputs.iter().zip(settings).collect();
    let mut checked = Vec::with_capacity(items.len());
    let mut progress = Progress::new(items.len());
    parallel::ordered(&items, jobs, work, |_, result| {
        progress.advance();
        checked.push(result);
        Ok(())
    })?;
    drop(progress);
    let mut failed = false;
    let (mut read, mut found, mut fix_targets) = (Vec::new(), Vec::new(), Vec::new());
    for (((input, settings), result), target) in items.into_iter().zip(checked).zip(targets) {
        let (text, diagnostics) = match result {
            Ok(checked) => checked,
            Err(err) => {
                report(&format!("error: {err}"));
                failed = true;
                continue;
            }
        };
        // Fixes are written as UTF-8: a decoded file is not rewritten.
        if let (Some(_), Input::File(path)) = (&target, input) {
            if text.encoding != Encoding::Utf8 {
                anyhow::bail!(
                    "--fix does not rewrite {}: it is {}; convert it to UTF-8 first",
                    path.display(),
                    text.encoding.name()
                );
            }
        }
        read.push(Read {
            name: input.name(),
            text: text.text,
            config: settings.config,
        });
        found.push(diagnostics);
        fix_targets.push(target);
    }
    Ok(Checked {
        inputs: read,
        found,
        targets: fix_targets,
        failed,
    })
}

/// The configuration of every input: `--config`, or the nearest
/// configuration file (each read once), with the command line's flags and
/// the file's `per-file-ignores`.
pub(crate) fn settings(
    inputs: &[Input],
    args: &RuleArgs,
    explicit: Option<Explicit>,
) -> anyhow::Result<Vec<Settings>> {
    let mut found: BTreeMap<PathBuf, Config> = BTreeMap::new();
    let mut settings = Vec::with_capacity(inputs.len());
    for input in inputs {
        let (path, config) = match &explicit {
            Some((path, config)) => (Some(path.clone()), config.clone()),
            None => {
                let start = match input {
                    Input::File(path) | Input::Unwalkable(path, _) | Input::Stdin(Some(path)) => {
                        path.parent().map(Path::to_path_buf).unwrap_or_default()
                    }
                    Input::Stdin(None) => PathBuf::from("."),
                };
                match config::nearest(&start) {
                    None => (None, with_flags(Config::default(), args)?),
                    Some(path) => {
                        let config = match found.get(&path) {
                            Some(config) => config.clone(),
                            None => {
                                let config = load(&path, args)?;
                                found.insert(path.clone(), config.clone());
                                config
                            }
                        };
                        (Some(path), config)
                    }
                }
            }
        };
        let config = match input {
            Input::File(file) | Input::Stdin(Some(file)) => {
                config::for_file(&config, path.as_deref(), file)?
            }
            _ => config,
        };
        settings.push(Settings { path, config });
    }
    Ok(settings)
}

/// `check --show-settings`: for each input, the configuration file that
/// applies and what it resolves to, as TOML.
fn show_settings(inputs: &[Input], settings: &[Settings]) -> anyhow::Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (input, settings) in inputs.iter().zip(settings) {
        writeln!(out, "# {}", input.name())?;
        match &settings.path {
            Some(path) => writeln!(out, "# configuration: {}", path.display())?,
            None => writeln!(out, "# configuration: none (the defaults)")?,
        }
        let config = &settings.config;
        writeln!(out, "exclude = {:?}", config.exclude())?;
        writeln!(
            out,
            "\n[name-order]\nprefer = {:?}",
            match config.options.name_order {
                claimkit_lint::NameOrder::MostUsed => "most-used",
                claimkit_lint::NameOrder::FirstUsed => "first-used",
            }
        )?;
        writeln!(out, "\n[per-file-ignores]")?;
        for (pattern, rules) in config.per_file_ignores() {
            writeln!(out, "{pattern:?} = {rules:?}")?;
        }
        writeln!(
            out,
            "\n# the severity each rule runs at for this input, or \"off\""
        )?;
        writeln!(out, "[severity]")?;
        for rule in RULES {
            let severity = config.severity_of(rule).map_or("off", Severity::as_str);
            writeln!(out, "{:?} = {severity:?}", rule.name)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `check --diff`: what `--fix` would change, as a unified diff per file;
/// exit 1 when there is a change, 0 when there is none.
fn diff(
    args: &Args,
    inputs: &[Read],
    found: &[Vec<Diagnostic>],
    failed: bool,
) -> anyhow::Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let (mut files, mut fixes) = (0, 0);
    let written = (|| -> anyhow::Result<()> {
        for (input, found) in inputs.iter().zip(found) {
            let (text, applied) = claimkit_lint::apply_fixes(&input.text, found, args.unsafe_fixes);
            if applied == 0 {
                continue;
            }
            files += 1;
            fixes += applied;
            let diff = similar::TextDiff::from_lines(&input.text, &text);
            write!(
                out,
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{}", input.name), &format!("b/{}", input.name))
            )?;
        }
        out.flush()?;
        Ok(())
    })();
    if let Err(err) = written {
        if !crate::is_broken_pipe(&err) {
            return Err(err);
        }
    }
    report_raw(&format!(
        "would apply {fixes} fix{} to {files} file{}\n",
        if fixes == 1 { "" } else { "es" },
        if files == 1 { "" } else { "s" }
    ));
    Ok(if failed {
        ExitCode::from(2)
    } else if files > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// Writes the report to `-o FILE`, replacing it only when complete.
fn write_report_file(
    args: &Args,
    target: Target,
    reports: &[FileReport<'_>],
    failed: bool,
) -> anyhow::Result<()> {
    let mut file = Output::create(target)?;
    write_report(args, &mut file, reports, failed, true)?;
    file.commit(None)
}

/// Writes the findings in the chosen format, and the summary: after them
/// for people, on standard error for machine formats. `to_file`: `out` is
/// `-o FILE`, never coloured unless asked.
fn write_report(
    args: &Args,
    out: &mut dyn Write,
    reports: &[FileReport<'_>],
    failed: bool,
    to_file: bool,
) -> anyhow::Result<()> {
    write_findings(args, out, reports, to_file)?;
    write_summary(args, out, reports, failed)
}

/// Writes the findings in the chosen format (without the summary).
fn write_findings(
    args: &Args,
    out: &mut dyn Write,
    reports: &[FileReport<'_>],
    to_file: bool,
) -> io::Result<()> {
    match args.format {
        Format::Human => render::human(out, reports, args.color.enabled(to_file)),
        Format::Concise => render::concise(out, reports),
        Format::Github => render::github(out, reports),
        Format::Json => render::json(out, reports),
        Format::Sarif => render::sarif(out, reports),
    }
}

/// Writes the summary after the findings for people, on standard error for
/// machine formats, and flushes `out`.
fn write_summary(
    args: &Args,
    out: &mut dyn Write,
    reports: &[FileReport<'_>],
    failed: bool,
) -> anyhow::Result<()> {
    if args.format == Format::Human {
        summary(out, args, reports, failed)?;
    }
    out.flush()?;
    if args.format != Format::Human {
        // Standard error that cannot be written is no reason to fail.
        let mut err = io::stderr().lock();
        let _ = summary(&mut err, args, reports, failed).and_then(|()| err.flush());
    }
    Ok(())
}

/// The summary, and how many findings `--fix` (or `--unsafe-fixes`) would
/// fix; a run that could not check every input prints none a reader could
/// take for a clean result.
fn summary(
    out: &mut dyn Write,
    args: &Args,
    reports: &[FileReport<'_>],
    failed: bool,
) -> io::Result<()> {
    if failed {
        return out.write_all(b"not every input was checked; see the errors above\n");
    }
    render::summary(out, reports, args.statistics)?;
    let fixes = reports
        .iter()
        .flat_map(|r| r.diagnostics)
        .filter_map(|d| d.fix.as_ref());
    let (mut safe, mut unsafe_only) = (0, 0);
    for fix in fixes {
        match fix.safety {
            Safety::Safe => safe += 1,
            Safety::Unsafe => unsafe_only += 1,
        }
    }
    match (safe, unsafe_only) {
        (0, 0) => Ok(()),
        (safe, 0) => writeln!(out, "{safe} fixable with --fix"),
        (0, more) => writeln!(out, "{more} fixable with --fix --unsafe-fixes"),
        (safe, more) => writeln!(
            out,
            "{safe} fixable with --fix ({more} more with --unsafe-fixes)"
        ),
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

/// The configuration at `path`, with the command line's rule flags.
fn load(path: &Path, args: &RuleArgs) -> anyhow::Result<Config> {
    with_flags(config::read(path)?, args)
}

fn with_flags(mut config: Config, args: &RuleArgs) -> anyhow::Result<Config> {
    if !args.select.is_empty() {
        config.select(&args.select).map_err(config::worded)?;
    }
    config
        .extend_select(&args.extend_select)
        .map_err(config::worded)?;
    config.ignore(&args.ignore).map_err(config::worded)?;
    Ok(config)
}

/// `claimkit rules`: name, default severity, whether `--fix` (`fix`) or
/// only `--unsafe-fixes` (`unsafe`) can fix it, and what it finds.
pub fn rules() -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for rule in RULES {
        writeln!(
            out,
            "{:width$}  {:7}  {:6}  {}",
            rule.name,
            rule.default_severity.as_str(),
            fix_marker(rule),
            rule.summary
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Whether a rule has a fix, from its documentation's `## Fix` section,
/// which says first whether the fix is safe.
fn fix_marker(rule: &claimkit_lint::Rule) -> &'static str {
    let documentation = rule.documentation();
    let Some(at) = documentation.find("## Fix") else {
        return "";
    };
    if documentation[at + "## Fix".len()..]
        .trim_start()
        .starts_with("Unsafe")
    {
        "unsafe"
    } else {
        "fix"
    }
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

/// The exit code of a run, decided before anything is written: 2 when an
/// input or a write failed, 1 when findings reach `--fail-on` (unless
/// `--exit-zero`), else 0.
fn exit_code(args: &Args, reports: &[FileReport<'_>], failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(2)
    } else if !args.exit_zero && failing(reports, args.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
