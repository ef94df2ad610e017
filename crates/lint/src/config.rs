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

/// The keys of a configuration file. Each is read on its own (through a
/// struct of one field), so a bad value of one key does not hide the
/// problems of the others: every error is reported at once.
const KEYS: [&str; 7] = [
    "select",
    "extend-select",
    "ignore",
    "exclude",
    "per-file-ignores",
    "severity",
    "name-order",
];

/// A struct that reads one key of the file and ignores the others.
macro_rules! key {
    ($name:ident, $key:literal, $type:ty) => {
        #[derive(Deserialize)]
        struct $name {
            #[serde(rename = $key)]
            value: Option<$type>,
        }
    };
}

key!(SelectKey, "select", Vec<toml::Spanned<String>>);
key!(ExtendSelectKey, "extend-select", Vec<toml::Spanned<String>>);
key!(IgnoreKey, "ignore", Vec<toml::Spanned<String>>);
key!(ExcludeKey, "exclude", Vec<String>);
key!(PerFileIgnoresKey, "per-file-ignores", BTreeMap<String, Vec<toml::Spanned<String>>>);
key!(SeverityKey, "severity", BTreeMap<String, toml::Spanned<Severity>>);
key!(NameOrderKey, "name-order", NameOrderTable);

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
        let config_error = |e: toml::de::Error| Error::Config {
            file: path.to_string(),
            position: e.span().map(|s| lines.position(text, s.start)),
            message: e.message().trim().replace('\n', "; "),
        };
        // Text that is not TOML has one error: where the parser stopped.
        let keys: BTreeMap<toml::Spanned<String>, serde::de::IgnoredAny> =
            toml::from_str(text).map_err(config_error)?;
        let mut errors = Vec::new();
        for key in keys.keys() {
            if !KEYS.contains(&key.get_ref().as_str()) {
                let expected: Vec<String> = KEYS.iter().map(|k| format!("`{k}`")).collect();
                errors.push(Error::Config {
                    file: path.to_string(),
                    position: Some(lines.position(text, key.span().start)),
                    message: format!(
                        "unknown field `{}`, expected one of {}",
                        key.get_ref(),
                        expected.join(", ")
                    ),
                });
            }
        }
        let mut read = |result: Result<(), toml::de::Error>| {
            if let Err(e) = result {
                errors.push(config_error(e));
            }
        };
        let (mut select, mut extend_select, mut ignore, mut exclude) = (None, None, None, None);
        let (mut per_file_ignores, mut severity, mut name_order) = (None, None, None);
        read(toml::from_str(text).map(|k: SelectKey| select = k.value));
        read(toml::from_str(text).map(|k: ExtendSelectKey| extend_select = k.value));
        read(toml::from_str(text).map(|k: IgnoreKey| ignore = k.value));
        read(toml::from_str(text).map(|k: ExcludeKey| exclude = k.value));
        read(toml::from_str(text).map(|k: PerFileIgnoresKey| per_file_ignores = k.value));
        read(toml::from_str(text).map(|k: SeverityKey| severity = k.value));
        read(toml::from_str(text).map(|k: NameOrderKey| name_order = k.value));

        let mut config = Config::default();
        let mut check = |name: &toml::Spanned<String>| {
            let known = known(name.get_ref(), || Origin::File {
                file: path.to_string(),
                position: lines.position(text, name.span().start),
            });
            if let Err(e) = known {
                errors.push(e);
            }
        };
        if let Some(select) = &select {
            select.iter().for_each(&mut check);
            config.select = Some(names(select));
        }
        let extend_select = extend_select.unwrap_or_default();
        extend_select.iter().for_each(&mut check);
        config.extend_select = names(&extend_select);
        let ignore = ignore.unwrap_or_default();
        ignore.iter().for_each(&mut check);
        config.ignore = names(&ignore);
        config.exclude = exclude.unwrap_or_default();
        for (pattern, rules) in per_file_ignores.unwrap_or_default() {
            rules.iter().for_each(&mut check);
            config.per_file_ignores.insert(pattern, names(&rules));
        }
        for (name, severity) in severity.unwrap_or_default() {
            let spanned = toml::Spanned::new(severity.span(), name.clone());
            check(&spanned);
            config.severity.insert(name, *severity.get_ref());
        }
        if let Some(table) = name_order {
            config.options.name_order = table.prefer;
        }
        // In the order they stand in the file.
        errors.sort_by_key(|e| match e {
            Error::Config { position, .. } => position.map(|p| (p.line, p.column)),
            Error::UnknownRule {
                origin: Origin::File { position, .. },
                ..
            } => Some((position.line, position.column)),
            _ => None,
        });
        match errors.len() {
            0 => Ok(config),
            1 => Err(errors.remove(0)),
            _ => Err(Error::Several(errors)),
        }
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
