//! The records `claimkit extract` writes: the article with the `source` it
//! came from, or, for an input that could not be read, an error record in
//! its place, so that line N of the JSON Lines is always input N.

use std::io::Write;

use claimkit_parser::Article;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Where a record came from: the path as given (or as a directory walk
/// found it; `-` for standard input unless `--stdin-filename` names it),
/// and, when it could be read, its length and SHA-256 before any decoding.
#[derive(Serialize)]
pub struct Source {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
}

impl Source {
    /// An input that was read: its path, length and SHA-256 (of the bytes
    /// as read, before any decoding).
    pub fn read(path: impl Into<String>, bytes: u64, sha256: &[u8; 32]) -> Source {
        let mut hex = String::with_capacity(64);
        for byte in sha256 {
            hex.push_str(&format!("{byte:02x}"));
        }
        Source {
            path: path.into(),
            bytes: Some(bytes),
            sha256: Some(hex),
        }
    }

    /// An input whose bytes are all at hand: hashes them.
    pub fn of_text(path: impl Into<String>, bytes: &[u8]) -> Source {
        let sha256: [u8; 32] = Sha256::digest(bytes).into();
        Source::read(path, bytes.len() as u64, &sha256)
    }

    /// An input that could not be read: only its path.
    pub fn unread(path: impl Into<String>) -> Source {
        Source {
            path: path.into(),
            bytes: None,
            sha256: None,
        }
    }
}

/// Why an input gave no article.
#[derive(Serialize)]
pub struct Failure<'a> {
    /// What went wrong, in words.
    pub message: &'a str,
    /// What went wrong, as a stable word for programs (`not-found`, `io`, ...).
    pub kind: &'a str,
}

/// An article with its source: `$schema` first, then `source`, then the
/// article's own fields.
pub struct Record<'a> {
    article: &'a Article,
    source: Source,
}

impl<'a> Record<'a> {
    /// The record of `article`, read from `source`.
    pub fn new(article: &'a Article, source: Source) -> Self {
        Record { article, source }
    }
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
pub struct ErrorRecord<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    source: Source,
    error: Failure<'a>,
}

impl<'a> ErrorRecord<'a> {
    /// The record of the input at `path`, which could not be read.
    pub fn new(path: impl Into<String>, error: Failure<'a>) -> Self {
        ErrorRecord {
            schema: claimkit_parser::ARTICLE_SCHEMA_ID,
            source: Source::unread(path),
            error,
        }
    }
}

/// Writes a record as `claimkit extract` does: compact, or indented with
/// `pretty` (no newline after it).
pub fn write(out: impl Write, record: &impl Serialize, pretty: bool) -> serde_json::Result<()> {
    // The serializer writes a few bytes at a time: into a buffer of its own,
    // whose writes are inlined, and from it to `out` in large pieces.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    if pretty {
        serde_json::to_writer_pretty(&mut out, record)?;
    } else {
        serde_json::to_writer(&mut out, record)?;
    }
    out.flush().map_err(serde_json::Error::io)
}
