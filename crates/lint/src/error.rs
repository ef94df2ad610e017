//! Errors of the lint crate: configuration that cannot be used.

/// Why a configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration file is not valid TOML or has unknown keys or bad values.
    #[error("{path}: {message}")]
    Config {
        /// The configuration file.
        path: String,
        /// What is wrong, with line and column.
        message: String,
    },
    /// A rule or group name that no rule has.
    #[error("{origin}: unknown rule or group {name:?}{suggestion}; `claimkit rules` lists them")]
    UnknownRule {
        /// Where the name was given (a file and line, or a command-line flag).
        origin: String,
        /// The name given.
        name: String,
        /// ", did you mean ...?" when a close name exists.
        suggestion: String,
    },
}
