//! Reading JSON or JSON Lines input into documents, each with its line.

use serde_json::Value;

use crate::error::DocumentError;

/// One JSON document of an input.
#[derive(Debug)]
pub struct Document {
    /// The 1-based line the document starts on.
    pub line: usize,
    /// The document, or where and why its JSON breaks.
    pub value: Result<Value, DocumentError>,
}

/// The documents of `text`: one JSON document, or one per line of JSON Lines.
///
/// A JSON Lines input with a broken line yields an error for that line and
/// goes on with the next; a single document that breaks yields one error
/// naming its line and column.
pub fn documents(text: &str) -> Vec<Document> {
    if looks_like_json_lines(text) {
        return json_lines(text);
    }
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let mut out = Vec::new();
    loop {
        let offset = stream.byte_offset();
        let start = offset + (text[offset..].len() - text[offset..].trim_start().len());
        match stream.next() {
            None => break,
            Some(Ok(value)) => out.push(Document {
                line: line_of(text, start),
                value: Ok(value),
            }),
            Some(Err(err)) => {
                out.push(Document {
                    line: line_of(text, start),
                    value: Err(describe(&err, 0)),
                });
                break;
            }
        }
    }
    if out.is_empty() {
        out.push(Document {
            line: 1,
            value: Err(DocumentError::Empty),
        });
    }
    out
}

/// Whether `text` is JSON Lines: it is not one JSON document, it has more
/// than one non-blank line, and one of them is a whole JSON object on its
/// own. Any line may be the one, so a broken first line does not turn the
/// rest into one broken document.
fn looks_like_json_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    if lines.clone().nth(1).is_none() || serde_json::from_str::<Value>(text).is_ok() {
        return false;
    }
    lines.any(|line| {
        let line = line.trim();
        line.starts_with('{')
            && line.ends_with('}')
            && serde_json::from_str::<Value>(line).is_ok_and(|v| v.is_object())
    })
}

fn json_lines(text: &str) -> Vec<Document> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value = serde_json::from_str::<Value>(line).map_err(|e| describe(&e, i));
        out.push(Document { line: i + 1, value });
    }
    out
}

/// Where and why the JSON breaks, `line_offset` lines into the input.
fn describe(err: &serde_json::Error, line_offset: usize) -> DocumentError {
    let full = err.to_string();
    let message = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m);
    DocumentError::Syntax {
        line: err.line() + line_offset,
        column: err.column(),
        message: message.to_string(),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
