//! Errors of the schema crate: why a validator could not be had, and what is
//! wrong with a document.

use std::fmt;

/// Why a validator could not be built or chosen.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document names no schema in a top-level `$schema` string.
    #[error("the document has no top-level \"$schema\" string")]
    MissingSchema,
    /// The document names a schema claimkit does not know.
    #[error("unknown schema {found:?} at /$schema; expected {}", quoted(.expected))]
    UnknownSchema {
        /// The `$schema` value found.
        found: String,
        /// The `$id`s of the schemas claimkit knows.
        expected: Vec<&'static str>,
    },
    /// A schema file named with `--schema PATH` could not be read.
    #[error("{path}: cannot read: {io}")]
    UnreadableSchemaFile {
        /// The path given.
        path: String,
        /// Why it could not be read.
        io: std::io::Error,
    },
    /// A schema file named with `--schema PATH` is not JSON.
    #[error("{path}: not JSON at line {line}, column {column}: {message}")]
    SchemaFileNotJson {
        /// The path given.
        path: String,
        /// The 1-based line where the JSON breaks.
        line: usize,
        /// The column where it breaks, as the JSON parser counts it.
        column: usize,
        /// What the JSON parser says.
        message: String,
    },
    /// A schema is not a valid JSON Schema.
    #[error("invalid schema: {0}")]
    InvalidSchema(String),
}

/// Why an input gives no JSON document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// The input holds nothing but white space.
    #[error("no JSON document: the input is empty")]
    Empty,
    /// The JSON breaks.
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// The 1-based line of the input where it breaks.
        line: usize,
        /// The column where it breaks, as the JSON parser counts it.
        column: usize,
        /// What the JSON parser says, without its own position.
        message: String,
    },
}

/// `"a" or "b"`, `"a", "b" or "c"`.
fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// One way a document breaks its schema.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ValidationError {
    /// JSON pointer to the offending value in the document ("" for the whole document).
    pub instance_path: String,
    /// JSON pointer to the schema keyword that failed (empty for claimkit's own checks).
    pub schema_path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.instance_path.is_empty() {
            "/"
        } else {
            &self.instance_path
        };
        write!(f, "{at}: {}", self.message)
    }
}
