//! `claimkit diff OLD NEW` and `claimkit snapshot DIR --store SNAPDIR`:
//! extractions compared by what they claim (claimkit-diff), read from
//! articles, extractions or directories of either.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimkit_diff::{compare, Document, FileDiff, Ignore, Report};
use clap::ValueEnum;
use serde_json::Value;

use crate::check::Color;
use crate::input::{self, Input, InputArgs};
use crate::output::{Output, Target};
use crate::{config, is_broken_pipe, record, report};

/// Shown after `claimkit diff --help`.
pub const DIFF_AFTER_HELP: &str = "\
Examples:
  claimkit diff old.txt new.txt                  what the revision did to entries and quotations
  claimkit diff before.jsonl after.jsonl         two extractions of a corpus, records matched by source.path
  claimkit diff old/ new/                        two directories, files matched by their path under each
  claimkit diff --format json a.txt b.txt        the changes as JSON (claimkit schema diff)
  claimkit diff --ignore quotations.cue a b      leave a field alone

Fields --ignore takes (comma-separated):
  spans, metadata (or metadata.MEMBER), chronologies.title, chronologies.period,
  entries, entries.order, entries.date, entries.text,
  quotations, quotations.text, quotations.speaker, quotations.cue

Exit codes:
  0  nothing changed
  1  something changed
  2  claimkit could not do its job: usage, an unreadable or unusable input";

/// Shown after `claimkit snapshot --help`.
pub const SNAPSHOT_AFTER_HELP: &str = "\
Examples:
  claimkit snapshot articles/ --store snapshots/           write one extraction per article
  claimkit snapshot articles/ --store snapshots/ --check   compare with the stored ones (exit 1 on change)
  claimkit snapshot articles/ --store snapshots/ --accept  show the changes and store them
  claimkit snapshot articles/ --store snapshots/ --ignore spans   snapshots without spans

articles/a.txt is stored as snapshots/a.txt.json, with source.path \"a.txt\".

Fields --ignore takes (comma-separated; `spans` also leaves spans out of the snapshots):
  spans, metadata (or metadata.MEMBER), chronologies.title, chronologies.period,
  entries, entries.order, entries.date, entries.text,
  quotations, quotations.text, quotations.speaker, quotations.cue

Exit codes:
  0  snapshots written or accepted; --check: nothing changed
  1  --check: an extraction changed, or an input or snapshot was added or removed
  2  claimkit could not do its job: usage, an unreadable input, a failed write";

/// Arguments of `claimkit diff`.
#[derive(clap::Args)]
pub struct DiffArgs {
    /// The old version: an article, an extraction (JSON or JSON Lines), a
    /// directory of either, or `-`.
    old: PathBuf,
    /// The new version, of the same kinds.
    new: PathBuf,
    #[command(flatten)]
    view: View,
}

/// Arguments of `claimkit snapshot`.
#[derive(clap::Args)]
pub struct SnapshotArgs {
    /// The articles: a directory (walked as `check` walks one) or a file.
    dir: PathBuf,
    /// The directory of the snapshots (created when missing).
    #[arg(long, value_name = "SNAPDIR")]
    store: PathBuf,
    /// Compare with the stored snapshots and write nothing; exit 1 on change.
    #[arg(long, conflicts_with = "accept")]
    check: bool,
    /// Show what changed, then store the new extractions and remove the
    /// snapshots of inputs that are gone.
    #[arg(long)]
    accept: bool,
    #[command(flatten)]
    view: View,
    #[command(flatten)]
    inputs: InputArgs,
}

/// How changes are shown, and what is left alone.
#[derive(clap::Args)]
struct View {
    /// How to write the changes.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Leave these fields alone (comma-separated; see the list below).
    #[arg(long, value_delimiter = ',', value_name = "FIELDS")]
    ignore: Vec<String>,
    /// When to colour human output (as for `check`).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

/// One document of one side: the key it is matched by and the name it is shown by.
struct Side {
    key: String,
    name: String,
    document: Document,
}

/// `claimkit diff`: exit 0 when nothing changed, 1 when something did.
pub fn diff(args: DiffArgs, max_size: u64) -> anyhow::Result<ExitCode> {
    let ignore = ignore(&args.view)?;
    input::check_arguments(&[args.old.clone(), args.new.clone()])?;
    let old = load(&args.old, max_size)?;
    let new = load(&args.new, max_size)?;
    let mut report = Report::default();
    if old.len() == 1 && new.len() == 1 && !args.old.is_dir() && !args.new.is_dir() {
        // Two documents are compared whatever their names.
        let (old, new) = (&old[0], &new[0]);
        let changes = compare(&old.document, &new.document, &ignore);
        report.files.push(FileDiff::compared(
            old.name.clone(),
            new.name.clone(),
            changes,
        ));
    } else {
        report.files = matched(&old, &new, &ignore);
    }
    show(&args.view, &report)
}

/// `claimkit snapshot`: write, check or accept the snapshots of DIR.
pub fn snapshot(args: SnapshotArgs, max_size: u64) -> anyhow::Result<ExitCode> {
    let ignore = ignore(&args.view)?;
    if args.store.exists() && !args.store.is_dir() {
        anyhow::bail!(
            "--store {}: not a directory; name the directory of the snapshots",
            args.store.display()
        );
    }
    let inputs = input::expand(
        std::slice::from_ref(&args.dir),
        &args.inputs,
        &config::excluded,
    )?;
    if inputs.is_empty() {
        report("warning: no input files found; a directory walk reads *.txt, *.md and *.markdown unless --include says otherwise");
    }
    // What the inputs give now: key, snapshot text, document.
    let mut current: BTreeMap<String, (String, String, Document)> = BTreeMap::new();
    let mut failed = false;
    // Extracted on `--jobs` threads, gathered in input order.
    let work = |input: &Input| {
        let key = relative(&args.dir, input);
        let result = extracted(input, &key, max_size, ignore.spans());
        (key, result)
    };
    crate::parallel::ordered(&inputs, args.inputs.jobs(), work, |input, (key, result)| {
        match result {
            Ok((json, document)) => {
                current.insert(key, (input.name(), json, document));
            }
            Err(err) => {
                report(&format!("error: {err}"));
                failed = true;
            }
        }
        Ok(())
    })?;
    let stored = stored(&args.store, max_size)?;

    let mut report_ = Report::default();
    let keys: std::collections::BTreeSet<&String> = current.keys().chain(stored.keys()).collect();
    for key in keys {
        let diff = match (stored.get(key), current.get(key)) {
            (Some((file, _, old)), Some((name, _, new))) => {
                FileDiff::compared(file.clone(), name.clone(), compare(old, new, &ignore))
            }
            (Some((file, _, _)), None) => FileDiff::removed(file.clone()),
            (None, Some((name, _, _))) => FileDiff::added(name.clone()),
            (None, None) => continue,
        };
        report_.files.push(diff);
    }

    if args.check {
        let code = show(&args.view, &report_)?;
        return Ok(if failed { ExitCode::from(2) } else { code });
    }
    if args.accept {
        show(&args.view, &report_)?;
    }
    // Write what differs byte for byte (spans that moved too), remove the
    // snapshots of inputs that are gone (not those of unreadable inputs).
    let (mut written, mut removed) = (0, 0);
    for (key, (_, json, _)) in &current {
        let path = snapshot_path(&args.store, key);
        let unchanged = stored
            .get(key)
            .is_some_and(|(file, text, _)| Path::new(file) == path && text == json);
        if !unchanged {
            write_snapshot(&path, json)?;
            written += 1;
        }
    }
    for (key, (file, _, _)) in &stored {
        if !current.contains_key(key) && !failed {
            std::fs::remove_file(file).map_err(|e| {
                anyhow::anyhow!(
                    "cannot remove the snapshot {file}: {}",
                    crate::output::describe(&e)
                )
            })?;
            removed += 1;
        }
    }
    report(&format!(
        "{} written, {} removed, {} unchanged in {}",
        plural(written, "snapshot"),
        removed,
        current.len() - written,
        args.store.display()
    ));
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn ignore(view: &View) -> anyhow::Result<Ignore> {
    Ignore::new(&view.ignore).map_err(|e| anyhow::anyhow!("--ignore: {e}"))
}

/// Writes the report (the summary after it for people, on standard error
/// for JSON) and gives the exit code of its result.
fn show(view: &View, report_: &Report) -> anyhow::Result<ExitCode> {
    let code = if report_.has_changes() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    let summary = report_.summary().line();
    let written = (|| -> anyhow::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match view.format {
            Format::Human => {
                claimkit_diff::render::human(&mut out, report_, view.color.enabled(false))?;
                writeln!(out, "{summary}")?;
            }
            Format::Json => {
                report_.write_json(&mut out, true)?;
                crate::report_raw(&format!("{summary}\n"));
            }
        }
        out.flush()?;
        Ok(())
    })();
    match written {
        Err(err) if !is_broken_pipe(&err) => Err(err),
        _ => Ok(code),
    }
}

/// Pairs the documents of two sides by key, in key order.
fn matched(old: &[Side], new: &[Side], ignore: &Ignore) -> Vec<FileDiff> {
    let old: BTreeMap<&str, &Side> = old.iter().map(|s| (s.key.as_str(), s)).collect();
    let new: BTreeMap<&str, &Side> = new.iter().map(|s| (s.key.as_str(), s)).collect();
    let keys: std::collections::BTreeSet<&str> = old.keys().chain(new.keys()).copied().collect();
    let mut files = Vec::new();
    for key in keys {
        files.push(match (old.get(key), new.get(key)) {
            (Some(a), Some(b)) => FileDiff::compared(
                a.name.clone(),
                b.name.clone(),
                compare(&a.document, &b.document, ignore),
            ),
            (Some(a), None) => FileDiff::removed(a.name.clone()),
            (None, Some(b)) => FileDiff::added(b.name.clone()),
            (None, None) => continue,
        });
    }
    files
}

/// The documents of one side: an article, the records of an extraction,
/// or every article and extraction of a directory (keyed by their path
/// under it, or by the records' `source.path`).
fn load(path: &Path, max_size: u64) -> anyhow::Result<Vec<Side>> {
    if !path.is_dir() {
        let input = if path.as_os_str() == "-" {
            Input::Stdin(None)
        } else {
            Input::File(path.to_path_buf())
        };
        let name = input.name();
        return read(&input, &name, max_size);
    }
    let args = InputArgs {
        include: ["*.txt", "*.md", "*.markdown", "*.json", "*.jsonl"]
            .map(String::from)
            .to_vec(),
        ..InputArgs::default()
    };
    let mut sides = Vec::new();
    for input in input::expand(&[path.to_path_buf()], &args, &config::excluded)? {
        let key = relative(path, &input);
        sides.extend(read(&input, &key, max_size)?);
    }
    Ok(sides)
}

/// The documents of one file; `key` is what an article (or a record
/// without `source`) is matched by.
fn read(input: &Input, key: &str, max_size: u64) -> anyhow::Result<Vec<Side>> {
    let text = input
        .read_text(max_size)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = input.name();
    if !is_json(&name, &text.text) {
        let article = claimkit_parser::extract(&text.text);
        return Ok(vec![Side {
            key: key.to_string(),
            name,
            document: Document::from_article(&article),
        }]);
    }
    let mut sides = Vec::new();
    for document in claimkit_schema::documents(&text.text) {
        let line = document.line;
        let value = document.value.map_err(|e| {
            anyhow::anyhow!("{name}:{line}: {e}; pass an article or what `claimkit extract` writes")
        })?;
        let document = Document::from_value(&value).map_err(|e| {
            anyhow::anyhow!("{name}:{line}: {e}; pass an article or what `claimkit extract` writes")
        })?;
        let source = document.path.clone();
        sides.push(Side {
            key: source.clone().unwrap_or_else(|| key.to_string()),
            name: source.unwrap_or_else(|| name.clone()),
            document,
        });
    }
    Ok(sides)
}

/// Whether a file holds JSON: by its name, or by its first character (an
/// article never opens with `{`).
fn is_json(name: &str, text: &str) -> bool {
    let by_name = [".json", ".jsonl", ".ndjson"]
        .iter()
        .any(|ext| name.ends_with(ext));
    by_name
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('{')
}

/// The path of an input under the directory walked, with `/` between its
/// parts; the file's name when `dir` is the file itself.
fn relative(dir: &Path, input: &Input) -> String {
    let Input::File(path) = input else {
        return input.path();
    };
    let under = path
        .strip_prefix(dir)
        .ok()
        .filter(|p| !p.as_os_str().is_empty());
    let under = match under {
        Some(under) => under.to_path_buf(),
        None => PathBuf::from(path.file_name().unwrap_or(path.as_os_str())),
    };
    under
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// An input's snapshot text (pretty JSON, newline-terminated, `source.path`
/// its path under DIR, without spans when asked) and its document.
fn extracted(
    input: &Input,
    key: &str,
    max_size: u64,
    no_spans: bool,
) -> anyhow::Result<(String, Document)> {
    let text = input
        .read_text(max_size)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let article = claimkit_parser::extract(&text.text);
    let mut json = Vec::new();
    record::write_article(
        &mut json,
        &article,
        &Input::File(PathBuf::from(key)),
        &text,
        true,
    )?;
    let mut json = String::from_utf8(json)?;
    if no_spans {
        let value: Value = serde_json::from_str(&json)?;
        let expected = claimkit_diff::without_spans(&value);
        json = match drop_span_lines(&json) {
            // The members keep the record's order; checked, since it is done on text.
            Some(text) if serde_json::from_str::<Value>(&text).ok() == Some(expected.clone()) => {
                text
            }
            _ => serde_json::to_string_pretty(&expected)?,
        };
    }
    json.push('\n');
    let value: Value = serde_json::from_str(&json)?;
    let document = Document::from_value(&value)?;
    Ok((json, document))
}

/// Pretty JSON without its `"span": {...}` members, every other member in
/// its place; `None` when the text is not laid out as expected.
fn drop_span_lines(json: &str) -> Option<String> {
    let mut kept: Vec<String> = Vec::new();
    let mut lines = json.lines();
    while let Some(line) = lines.next() {
        let indent = &line[..line.len() - line.trim_start().len()];
        if line.trim_start() != "\"span\": {" {
            kept.push(line.to_string());
            continue;
        }
        let closing = loop {
            let inner = lines.next()?;
            if inner.starts_with(indent) && inner[indent.len()..].starts_with('}') {
                break &inner[indent.len()..];
            }
        };
        if closing == "}" {
            // It was the last member: the one before it loses its comma.
            let previous = kept.last_mut()?;
            if previous.ends_with(',') {
                previous.pop();
            } else if previous.trim_end().ends_with('{') {
                // The only member: `{` and `}` of an object now empty.
            } else {
                return None;
            }
        }
    }
    Some(kept.join("\n"))
}

/// The stored snapshots, keyed by their record's `source.path`: file, text, document.
fn stored(
    store: &Path,
    max_size: u64,
) -> anyhow::Result<BTreeMap<String, (String, String, Document)>> {
    let mut found = BTreeMap::new();
    if !store.is_dir() {
        return Ok(found);
    }
    let args = InputArgs {
        include: vec!["*.json".to_string()],
        ..InputArgs::default()
    };
    for input in input::expand(&[store.to_path_buf()], &args, &|_| Ok(None))? {
        let name = input.name();
        let text = input
            .read_text(max_size)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let value: Value = serde_json::from_str(&text.text).map_err(|e| {
            anyhow::anyhow!("{name}: not a snapshot ({e}); remove it or write the snapshots again")
        })?;
        let document = Document::from_value(&value).map_err(|e| {
            anyhow::anyhow!("{name}: not a snapshot ({e}); remove it or write the snapshots again")
        })?;
        let key = match &document.path {
            Some(path) => path.clone(),
            None => relative(store, &input)
                .trim_end_matches(".json")
                .to_string(),
        };
        if let Some((other, _, _)) = found.get(&key) {
            anyhow::bail!("{name} and {other} are both the snapshot of {key}; remove one");
        }
        found.insert(key, (name, text.text, document));
    }
    Ok(found)
}

fn snapshot_path(store: &Path, key: &str) -> PathBuf {
    store.join(format!("{key}.json"))
}

/// Writes one snapshot through a temporary file, creating its directory.
fn write_snapshot(path: &Path, json: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            anyhow::anyhow!(
                "cannot create {}: {}",
                parent.display(),
                crate::output::describe(&e)
            )
        })?;
    }
    let mut file = Output::create(Target::resolve(path)?)?;
    file.write_all(json.as_bytes())?;
    file.commit(None)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
