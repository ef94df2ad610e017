//! Finding and reading `claimkit.toml` (or `.claimkit.toml`), and what the
//! binary does with the keys about paths: `exclude` for directory walks and
//! `per-file-ignores`.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use claimkit_lint::Config;
use ignore::gitignore::{Gitignore, GitignoreBuilder};

/// The names a configuration file may have, in the order they are looked
/// for in each directory: `claimkit.toml` wins over `.claimkit.toml`.
pub const NAMES: [&str; 2] = ["claimkit.toml", ".claimkit.toml"];

/// The nearest configuration file in `dir` or a directory above it, up to
/// the root of the repository `dir` is in (the first directory holding
/// `.git`): a configuration outside the repository never applies to its
/// files.
pub fn nearest(dir: &Path) -> Option<PathBuf> {
    let start = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let absolute = std::fs::canonicalize(start).ok()?;
    for directory in absolute.ancestors() {
        for name in NAMES {
            let candidate = directory.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        if directory.join(".git").exists() {
            break;
        }
    }
    None
}

/// The configuration file at `path`, as written (no command-line flags).
pub fn read(path: &Path) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read configuration {}", path.display()))?;
    Config::from_toml(&text, &path.display().to_string()).map_err(worded)
}

/// For `extract`: the `exclude` patterns of the configuration nearest to
/// `dir`, as a matcher a directory walk applies.
pub fn excluded(dir: &Path) -> anyhow::Result<Option<Gitignore>> {
    let Some(path) = nearest(dir) else {
        return Ok(None);
    };
    exclusions(&path, &read(&path)?)
}

/// The `exclude` patterns of `config`, read from the file at `path`, as a
/// matcher rooted at the file's directory (as a `.gitignore` there would be).
pub fn exclusions(path: &Path, config: &Config) -> anyhow::Result<Option<Gitignore>> {
    if config.exclude().is_empty() {
        return Ok(None);
    }
    Ok(Some(matcher(path, config.exclude())?))
}

/// `config` for the file at `file`: with the rules its `per-file-ignores`
/// name for that file ignored too.
pub fn for_file(config: &Config, path: Option<&Path>, file: &Path) -> anyhow::Result<Config> {
    let Some(path) = path else {
        return Ok(config.clone());
    };
    let mut ignored = Vec::new();
    for (pattern, rules) in config.per_file_ignores() {
        if matches(&matcher(path, &[pattern.to_string()])?, file) {
            ignored.extend(rules.iter().cloned());
        }
    }
    let mut config = config.clone();
    if !ignored.is_empty() {
        config.ignore(&ignored).map_err(worded)?;
    }
    Ok(config)
}

/// A configuration error as claimkit says it (`claimkit_front::worded`),
/// several errors each on a line of their own.
pub fn worded(err: claimkit_lint::Error) -> anyhow::Error {
    anyhow::anyhow!(claimkit_front::worded(&err).join("\nclaimkit: error: "))
}

/// Patterns as in a `.gitignore` beside the configuration file at `path`.
fn matcher(path: &Path, patterns: &[String]) -> anyhow::Result<Gitignore> {
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let root = absolute.parent().unwrap_or(Path::new("/"));
    let mut builder = GitignoreBuilder::new(root);
    for pattern in patterns {
        builder
            .add_line(None, pattern)
            .map_err(|e| anyhow::anyhow!("{}: bad pattern {pattern:?}: {e}", path.display()))?;
    }
    Ok(builder.build()?)
}

/// Whether `file` (or a directory above it) matches `patterns`.
fn matches(patterns: &Gitignore, file: &Path) -> bool {
    // `--stdin-filename` may name a file that does not exist.
    let Ok(absolute) = std::fs::canonicalize(file).or_else(|_| std::path::absolute(file)) else {
        return false;
    };
    absolute.starts_with(patterns.path())
        && patterns
            .matched_path_or_any_parents(&absolute, absolute.is_dir())
            .is_ignore()
}
