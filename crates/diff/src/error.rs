//! Why two documents could not be compared.

/// Why a document could not be read for comparison, or an ignore list not understood.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The JSON is no article extraction: a member has the wrong type.
    #[error("not an article extraction: {message}")]
    NotAnArticle {
        /// What the deserializer says is wrong, with the member it concerns.
        message: String,
    },
    /// The record is the error record of an input that could not be read.
    #[error("the record of {path} is an error record ({message}); extract it again")]
    ErrorRecord {
        /// The `source.path` of the record.
        path: String,
        /// The message the record carries.
        message: String,
    },
    /// An `--ignore` name that is no ignorable field.
    #[error("unknown field to ignore {name:?}; expected one of {}", .known.join(", "))]
    UnknownField {
        /// The name given.
        name: String,
        /// Every name that can be ignored.
        known: Vec<&'static str>,
    },
}
