//! Which rules run at which severity, and rule options: from `claimkit.toml`
//! and the command line.
//!
//! ```toml
//! # claimkit.toml
//! select = ["chronology", "quote"]     # rules or groups; all when absent
//! extend-select = ["link"]              # added to select
//! ignore = ["chronology/date-format"]
//! exclude = ["drafts/"]                 # skipped when a directory is walked
//!
//! [per-file-ignores]
//! "notes/*.md" = ["style"]
//!
//! [severity]
//! "style/quote-marks" = "warning"
//!
//! [name-order]
//! prefer = "first-used"                # or "most-used" (the default)
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostic::Severity;
use crate::edit_distance::edit_distance;
use crate::error::{Error, Origin, Position};
use crate::rules::{Rule, RULES};

/// Options that rules read.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Which order of a name `name/order` keeps.
    pub name_order: NameOrder,
}

/// Which of a name's two orders `name/order` keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NameOrder {
    /// The order the document uses most.
    #[default]
    MostUsed,
    /// The order the document uses first.
    FirstUsed,
}

/// The rules to run, their severities and options.
#[derive(Debug, Clone, Default)]
pub struct Config {
    select: Option<Vec<String>>,
    extend_select: Vec<String>,
    ignore: Vec<String>,
    exclude: Vec<String>,
    per_file_ignores: BTreeMap<String, Vec<String>>,
    severity: BTreeMap<String, Severity>,
    /// Options that rules read.
    pub options: Options,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    select: Option<Vec<toml::Spanned<String>>>,
    #[serde(default, rename = "extend-select")]
    extend_select: Vec<toml::Spanned<String>>,
    #[serde(default)]
    ignore: Vec<toml::Spanned<String>>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default, rename = "per-file-ignores")]
    per_file_ignores: BTreeMap<String, Vec<toml::Spanned<String>>>,
    #[serde(default)]
    severity: BTreeMap<String, toml::Spanned<Severity>>,
    #[serde(rename = "name-order")]
    name_order: Option<NameOrderTable>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NameOrderTable {
    prefer: NameOrder,
}

impl Config {
    /// Reads a `claimkit.toml`; `path` names it in errors, which give the
    /// line and column of the problem.
    pub fn from_toml(text: &str, path: &str) -> Result<Config, Error> {
        // Line starts are indexed once and positions computed only for an
        // error, so a configuration of any size is read in linear time.
        let lines = LineStarts::new(text);
        let file: File = toml::from_str(text).map_err(|e| Error::Config {
            file: path.to_string(),
            position: e.span().map(|s| lines.position(text, s.start)),
            message: e.message().trim().replace('\n', "; "),
        })?;
        let mut config = Config::default();
        let check = |name: &toml::Spanned<String>| {
            known(name.get_ref(), || Origin::File {
                file: path.to_string(),
                position: lines.position(text, name.span().start),
            })
        };
        if let Some(select) = &file.select {
            select.iter().try_for_each(check)?;
            config.select = Some(select.iter().map(|s| s.get_ref().clone()).collect());
        }
        file.extend_select.iter().try_for_each(check)?;
        config.extend_select = names(&file.extend_select);
        file.ignore.iter().try_for_each(check)?;
        config.ignore = names(&file.ignore);
        config.exclude = file.exclude;
        for (pattern, rules) in &file.per_file_ignores {
            rules.iter().try_for_each(check)?;
            config
                .per_file_ignores
                .insert(pattern.clone(), names(rules));
        }
        for (name, severity) in &file.severity {
            known(name, || Origin::File {
                file: path.to_string(),
                position: lines.position(text, severity.span().start),
            })?;
            config.severity.insert(name.clone(), *severity.get_ref());
        }
        if let Some(table) = file.name_order {
            config.options.name_order = table.prefer;
        }
        Ok(config)
    }

    /// Runs only these rules or groups (`--select`), replacing the file's `select`.
    pub fn select(&mut self, names: &[String]) -> Result<(), Error> {
        names
            .iter()
            .try_for_each(|n| known(n, || Origin::Flag("--select")))?;
        self.select = Some(names.to_vec());
        Ok(())
    }

    /// Skips these rules or groups too (`--ignore`).
    pub fn ignore(&mut self, names: &[String]) -> Result<(), Error> {
        names
            .iter()
            .try_for_each(|n| known(n, || Origin::Flag("--ignore")))?;
        self.ignore.extend(names.iter().cloned());
        Ok(())
    }

    /// Runs these rules or groups too (`--extend-select`), besides those selected.
    pub fn extend_select(&mut self, names: &[String]) -> Result<(), Error> {
        names
            .iter()
            .try_for_each(|n| known(n, || Origin::Flag("--extend-select")))?;
        self.extend_select.extend(names.iter().cloned());
        Ok(())
    }

    /// Path patterns (as in `.gitignore`) a directory walk skips: the
    /// file's `exclude`.
    pub fn exclude(&self) -> &[String] {
        &self.exclude
    }

    /// The file's `per-file-ignores`: path patterns (as in `.gitignore`)
    /// and the rules or groups skipped in the files they match.
    pub fn per_file_ignores(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.per_file_ignores
            .iter()
            .map(|(pattern, rules)| (pattern.as_str(), rules.as_slice()))
    }

    /// The severity of `rule`, or `None` when it does not run.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        let matches = |name: &String| name == rule.name || name == rule.group();
        let selected = self.select.as_ref().is_none_or(|s| s.iter().any(matches))
            || self.extend_select.iter().any(matches);
        if !selected || self.ignore.iter().any(matches) {
            return None;
        }
        // A rule's own entry wins over its group's.
        let own = self.severity.get(rule.name);
        let group = self.severity.get(rule.group());
        Some(own.or(group).copied().unwrap_or(rule.default_severity))
    }
}

fn names(list: &[toml::Spanned<String>]) -> Vec<String> {
    list.iter().map(|s| s.get_ref().clone()).collect()
}

/// The first byte of every line of a configuration file.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> LineStarts {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineStarts(starts)
    }

    /// The line and column (1-based; the column counts characters) of byte `offset`.
    fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.0.partition_point(|&start| start <= offset).max(1);
        let column = text[self.0[line - 1]..offset].chars().count() + 1;
        Position { line, column }
    }
}

/// Checks that `name` is a rule or a group; the error says where it was
/// given (`origin()`) and which names are close to it.
fn known(name: &str, origin: impl FnOnce() -> Origin) -> Result<(), Error> {
    if RULES.iter().any(|r| r.is_named_by(name)) {
        return Ok(());
    }
    let mut close: Vec<(usize, &'static str)> = RULES
        .iter()
        .flat_map(|r| [r.name, r.group()])
        .map(|n| (edit_distance(n, name), n))
        .filter(|&(d, _)| d <= 3)
        .collect();
    close.sort_unstable();
    close.dedup();
    Err(Error::UnknownRule {
        origin: origin(),
        name: name.to_string(),
        candidates: close.into_iter().map(|(_, n)| n).collect(),
    })
}
