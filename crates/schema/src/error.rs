//! Errors of the schema crate: why a validator could not be had, and what is
//! wrong with a document.

use std::fmt;

/// Why a validator could not be built or chosen.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document names no schema in a top-level `$schema` string.
    #[error("the document has no top-level \"$schema\" string; pass --schema article|report")]
    MissingSchema,
    /// The document names a schema claimkit does not know.
    #[error("unknown schema {found:?} at /$schema; expected {article:?} or {report:?}, or pass --schema", article = crate::ARTICLE_ID, report = crate::REPORT_ID)]
    UnknownSchema {
        /// The `$schema` value found.
        found: String,
    },
    /// A schema file named with `--schema PATH` could not be read or parsed.
    #[error("{path}: {message}")]
    SchemaFile {
        /// The path given.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// A schema is not a valid JSON Schema.
    #[error("invalid schema: {0}")]
    InvalidSchema(String),
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
