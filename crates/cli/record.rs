//! The records `claimkit extract` writes: the article with the `source` it
//! came from, or, for an input that could not be read, an error record in
//! its place, so that line N of the JSON Lines is always input N.

use std::io::Write;

use claimkit_parser::Article;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::input::{Input, ReadError, Text};

/// Where a record came from: the path as given (or as a directory walk
/// found it; `-` for standard input unless `--stdin-filename` names it),
/// and, when it could be read, its length and SHA-256 before any decoding.
#[derive(Serialize)]
struct Source {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
}

/// Why an input gave no article.
#[derive(Serialize)]
struct Failure<'a> {
    message: &'a str,
    kind: &'a str,
}

/// An article with its source: `$schema` first, then `source`, then the
/// article's own fields.
struct Record<'a> {
    article: &'a Article,
    source: Source,
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Destructured whole, so a field added to the article is a compile
        // error here rather than missing from the output.
        let Article {
            schema,
            metadata,
            sections,
            figures,
            links,
            chronologies,
            quotations,
            stray_marks,
        } = self.article;
        let mut map = serializer.serialize_map(Some(9))?;
        map.serialize_entry("$schema", schema)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("metadata", metadata)?;
        map.serialize_entry("sections", sections)?;
        map.serialize_entry("figures", figures)?;
        map.serialize_entry("links", links)?;
        map.serialize_entry("chronologies", chronologies)?;
        map.serialize_entry("quotations", quotations)?;
        map.serialize_entry("stray_marks", stray_marks)?;
        map.end()
    }
}

/// The record of an input that could not be read.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    source: Source,
    error: Failure<'a>,
}

/// Writes the article read from `input` with its source (no newline after it).
pub fn write_article(
    out: impl Write,
    article: &Article,
    input: &Input,
    text: &Text,
    pretty: bool,
) -> serde_json::Result<()> {
    let mut sha256 = String::with_capacity(64);
    for byte in text.sha256 {
        sha256.push_str(&format!("{byte:02x}"));
    }
    let record = Record {
        article,
        source: Source {
            path: input.path(),
            bytes: Some(text.bytes),
            sha256: Some(sha256),
        },
    };
    write(out, &record, pretty)
}

/// Writes the error record of an input that could not be read (no newline
/// after it).
pub fn write_error(
    out: impl Write,
    input: &Input,
    err: &ReadError,
    pretty: bool,
) -> serde_json::Result<()> {
    let record = ErrorRecord {
        schema: claimkit_parser::ARTICLE_SCHEMA_ID,
        source: Source {
            path: input.path(),
            bytes: None,
            sha256: None,
        },
        error: Failure {
            message: &err.message,
            kind: err.kind,
        },
    };
    write(out, &record, pretty)
}

fn write(out: impl Write, value: &impl Serialize, pretty: bool) -> serde_json::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(out, value)
    } else {
        serde_json::to_writer(out, value)
    }
}
