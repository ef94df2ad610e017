//! Errors of the lint crate: configuration that cannot be used. They are
//! data (the file, the position, the name given, the names close to it);
//! the program that shows them words them for its users.

use std::fmt;

/// Why a configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration file is not valid TOML or has unknown keys or bad values.
    #[error("{}: {message}", at(.file, *.position))]
    Config {
        /// The configuration file.
        file: String,
        /// Where in it, when the TOML parser says.
        position: Option<Position>,
        /// What is wrong, as the TOML parser says it.
        message: String,
    },
    /// A rule or group name that no rule has.
    #[error("{origin}: unknown rule or group {name:?}")]
    UnknownRule {
        /// Where the name was given.
        origin: Origin,
        /// The name given.
        name: String,
        /// Rule and group names close to it, closest first.
        candidates: Vec<&'static str>,
    },
    /// More than one of the above, in the order they stand in the file.
    #[error("{}", several(.0))]
    Several(Vec<Error>),
}

fn several(errors: &[Error]) -> String {
    let lines: Vec<String> = errors.iter().map(Error::to_string).collect();
    lines.join("\n")
}

/// A place in a text file: 1-based line, and column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Where a rule or group name was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A configuration file, at a position.
    File {
        /// The configuration file.
        file: String,
        /// Where the name stands in it.
        position: Position,
    },
    /// A command-line flag (`--select`, `--ignore`).
    Flag(&'static str),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File { file, position } => write!(f, "{}", at(file, Some(*position))),
            Origin::Flag(flag) => f.write_str(flag),
        }
    }
}

/// "FILE:LINE:COLUMN", or "FILE" without a position.
fn at(file: &str, position: Option<Position>) -> String {
    match position {
        Some(p) => format!("{file}:{p}"),
        None => file.to_string(),
    }
}
