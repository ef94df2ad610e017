//! `claimkit check`, `claimkit rules` and `claimkit explain`.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use claimkit_lint::render::{self, FileReport};
use claimkit_lint::{Config, Diagnostic, Severity, RULES};
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

struct Checked {
    name: String,
    text: String,
    diagnostics: Vec<Diagnostic>,
}

/// A fixed text waiting to be written once every input has been checked.
struct Pending {
    /// Index in the checked inputs.
    index: usize,
    target: Target,
    fixed: String,
    diagnostics: Vec<Diagnostic>,
    applied: usize,
}

pub fn run(args: Args, max_size: u64) -> anyhow::Result<ExitCode> {
    // Every argument is checked before the first write: standard input
    // cannot be fixed, and each file must be one claimkit may rewrite.
    input::check_arguments(&args.files)?;
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
        Some(path) => Some(load(path, &args)?),
        None => None,
    };
    let mut found_configs: BTreeMap<PathBuf, Config> = BTreeMap::new();
    let mut checked = Vec::new();
    let mut pending = Vec::new();
    let mut texts = input::texts(&args.files, max_size);
    for (input, text, encoding) in texts.by_ref() {
        let config = match &explicit {
            Some(config) => config.clone(),
            None => {
                let start = match &input {
                    Input::File(path) => path.parent().map(Path::to_path_buf).unwrap_or_default(),
                    Input::Stdin => PathBuf::from("."),
                };
                match nearest_config(&start) {
                    Some(path) => match found_configs.get(&path) {
                        Some(config) => config.clone(),
                        None => {
                            let config = load(&path, &args)?;
                            found_configs.insert(path, config.clone());
                            config
                        }
                    },
                    None => with_flags(Config::default(), &args)?,
                }
            }
        };
        let article = claimkit_parser::extract(&text);
        let diagnostics = claimkit_lint::check(&text, &article, &config);
        if let Input::File(path) = &input {
            if let Some(target) = targets.remove(path.as_os_str()) {
                // Fixes are written as UTF-8: a decoded file is not rewritten.
                if encoding != Encoding::Utf8 {
                    anyhow::bail!(
                        "--fix does not rewrite {}: it is {}; convert it to UTF-8 first",
                        path.display(),
                        encoding.name()
                    );
                }
                let (fixed, applied) =
                    claimkit_lint::apply_fixes(&text, &diagnostics, args.unsafe_fixes);
                if applied > 0 {
                    let diagnostics =
                        claimkit_lint::check(&fixed, &claimkit_parser::extract(&fixed), &config);
                    pending.push(Pending {
                        index: checked.len(),
                        target,
                        fixed,
                        diagnostics,
                        applied,
                    });
                }
            }
        }
        checked.push(Checked {
            name: input.name(),
            text,
            diagnostics,
        });
    }
    // Only now, with every input read and checked, are files written.
    let mut write_failed = false;
    for p in pending {
        let read = checked[p.index].text.as_bytes();
        let written = Output::create(p.target).and_then(|mut file| {
            file.write_all(p.fixed.as_bytes())?;
            file.commit(Some(read))
        });
        match written {
            Ok(()) => {
                report(&format!(
                    "{}: applied {} fix{}",
                    checked[p.index].name,
                    p.applied,
                    if p.applied == 1 { "" } else { "es" }
                ));
                checked[p.index].text = p.fixed;
                checked[p.index].diagnostics = p.diagnostics;
            }
            Err(err) => {
                report(&format!("error: {err:#}"));
                write_failed = true;
            }
        }
    }
    let reports: Vec<FileReport<'_>> = checked
        .iter()
        .map(|c| FileReport {
            name: &c.name,
            text: &c.text,
            diagnostics: &c.diagnostics,
        })
        .collect();
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    let failing = threshold.is_some_and(|t| {
        checked
            .iter()
            .flat_map(|c| &c.diagnostics)
            .any(|d| d.severity >= t)
    });
    let failed = texts.failed || write_failed;
    // The result is decided before it is written: a reader that goes away
    // (`claimkit check | head -1`) does not change it.
    let code = if failed {
        ExitCode::from(2)
    } else if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // A run that could not check every input prints no summary a reader
    // could take for a clean result.
    let summary = if failed {
        "not every input was checked; see the errors above\n".to_string()
    } else {
        render::summary(&reports, args.statistics)
    };
    let mut out = io::stdout().lock();
    let written = (|| -> anyhow::Result<()> {
        match args.format {
            Format::Human => {
                let color = match args.color {
                    Color::Always => true,
                    Color::Never => false,
                    Color::Auto => {
                        !no_color_requested()
                            && (force_color_requested() || io::stdout().is_terminal())
                    }
                };
                out.write_all(render::human(&reports, color).as_bytes())?;
                out.write_all(summary.as_bytes())?;
            }
            format => {
                let text = match format {
                    Format::Concise => render::concise(&reports),
                    Format::Github => render::github(&reports),
                    Format::Json => serde_json::to_string_pretty(&render::json(&reports))? + "\n",
                    _ => serde_json::to_string_pretty(&render::sarif(&reports))? + "\n",
                };
                out.write_all(text.as_bytes())?;
                crate::report_raw(&summary);
            }
        }
        out.flush()?;
        Ok(())
    })();
    match written {
        Err(err) if !crate::is_broken_pipe(&err) => Err(err),
        _ => Ok(code),
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
    let config = Config::from_toml(&text, &path.display().to_string())?;
    with_flags(config, args)
}

fn with_flags(mut config: Config, args: &Args) -> anyhow::Result<Config> {
    if !args.select.is_empty() {
        config.select(&args.select)?;
    }
    config.ignore(&args.ignore)?;
    Ok(config)
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
