//! The records `claimkit extract` writes (built by `claimkit_front`, which
//! the Python package shares): the article with the `source` it came from,
//! or, for an input that could not be read, an error record in its place,
//! so that line N of the JSON Lines is always input N.

use std::io::Write;

use claimkit_front::{ErrorRecord, Failure, Record, Source};
use claimkit_parser::Article;

use crate::input::{Input, ReadError, Text};

/// Writes the article read from `input` with its source (no newline after it).
pub fn write_article(
    out: impl Write,
    article: &Article,
    input: &Input,
    text: &Text,
    pretty: bool,
) -> serde_json::Result<()> {
    let source = Source::read(input.path(), text.bytes, &text.sha256);
    claimkit_front::write(out, &Record::new(article, source), pretty)
}

/// Writes the error record of an input that could not be read (no newline
/// after it).
pub fn write_error(
    out: impl Write,
    input: &Input,
    err: &ReadError,
    pretty: bool,
) -> serde_json::Result<()> {
    let failure = Failure {
        message: &err.message,
        kind: err.kind,
    };
    claimkit_front::write(out, &ErrorRecord::new(input.path(), failure), pretty)
}
