//! Which rules run at which severity, and rule options: from `claimkit.toml`
//! and the command line.
//!
//! ```toml
//! # claimkit.toml
//! select = ["chronology", "quote"]     # rules or groups; all when absent
//! ignore = ["chronology/date-format"]
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
    ignore: Vec<String>,
    severity: BTreeMap<String, Severity>,
    /// Options that rules read.
    pub options: Options,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    select: Option<Vec<toml::Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<toml::Spanned<String>>,
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
        file.ignore.iter().try_for_each(check)?;
        config.ignore = file.ignore.iter().map(|s| s.get_ref().clone()).collect();
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

    /// The severity of `rule`, or `None` when it does not run.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        let matches = |name: &String| name == rule.name || name == rule.group();
        if self.select.as_ref().is_some_and(|s| !s.iter().any(matches))
            || self.ignore.iter().any(matches)
        {
            return None;
        }
        // A rule's own entry wins over its group's.
        let own = self.severity.get(rule.name);
        let group = self.severity.get(rule.group());
        Some(own.or(group).copied().unwrap_or(rule.default_severity))
    }
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
