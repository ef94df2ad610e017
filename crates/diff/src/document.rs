//! What the comparison reads of an article: its metadata, chronologies,
//! entries and quotations, without the spans (only their lines, when a
//! document has them). A stored extraction written without spans
//! (`--ignore spans`) reads the same as one with them.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Error;

/// An article as the comparison sees it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// `source.path`, when the document names its source.
    pub path: Option<String>,
    /// The metadata members, spans removed, in document order.
    pub metadata: Vec<(String, Value)>,
    /// The chronologies, in document order.
    pub chronologies: Vec<Chronology>,
    /// The quotations, in document order.
    pub quotations: Vec<Quotation>,
}

/// A chronology's header and entries.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Chronology {
    /// The heading, when it has one.
    #[serde(default)]
    pub title: Option<String>,
    /// The period it declares.
    #[serde(default)]
    pub period: Option<Period>,
    /// Its entries, in document order.
    #[serde(default)]
    pub entries: Vec<Entry>,
    #[serde(default)]
    span: Option<Line>,
}

/// A declared period, as written and normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// As written.
    pub text: String,
    /// First month or year covered.
    #[serde(default)]
    pub start: Option<String>,
    /// Last month or year covered.
    #[serde(default)]
    pub end: Option<String>,
}

/// A dated entry.
#[derive(Debug, Clone, Deserialize)]
pub struct Entry {
    /// Its date.
    pub date: Date,
    /// Its text without the date.
    pub text: String,
    #[serde(default)]
    span: Option<Line>,
}

/// An entry's date, as written and normalized.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Date {
    /// As written.
    pub text: String,
    /// First day, month or year covered (ISO 8601), null when unknown.
    #[serde(default)]
    pub start: Option<String>,
    /// Last day, month or year covered, null when unknown.
    #[serde(default)]
    pub end: Option<String>,
}

/// A quotation.
#[derive(Debug, Clone, Deserialize)]
pub struct Quotation {
    /// The quoted words.
    pub text: String,
    /// Who says them.
    #[serde(default)]
    pub speaker: Option<Speaker>,
    /// The verb or phrase that attributes them.
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    context: Option<Context>,
    #[serde(default)]
    span: Option<Line>,
}

/// Where a quotation stands; only an entry matters here.
#[derive(Debug, Clone, Copy, Deserialize)]
struct Context {
    #[serde(default)]
    chronology: Option<usize>,
    #[serde(default)]
    entry: Option<usize>,
}

/// Who says a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as written.
    pub name: String,
    /// The role stated beside the name.
    #[serde(default)]
    pub role: Option<String>,
    /// person, organization, document or unnamed-source.
    #[serde(default)]
    pub kind: Option<String>,
}

/// The line of a span; the rest of it is not compared.
#[derive(Debug, Clone, Copy, Deserialize)]
struct Line {
    #[serde(default)]
    line: Option<usize>,
}

impl Chronology {
    /// The 1-based line where the chronology starts, when the document has spans.
    pub fn line(&self) -> Option<usize> {
        self.span.and_then(|s| s.line)
    }
}

impl Entry {
    /// The 1-based line where the entry starts, when the document has spans.
    pub fn line(&self) -> Option<usize> {
        self.span.and_then(|s| s.line)
    }
}

impl Quotation {
    /// The 1-based line where the quotation starts, when the document has spans.
    pub fn line(&self) -> Option<usize> {
        self.span.and_then(|s| s.line)
    }

    /// The chronology and entry the quotation stands in, when it stands in one.
    pub fn entry(&self) -> Option<(usize, usize)> {
        let context = self.context?;
        Some((context.chronology?, context.entry?))
    }
}

#[derive(Deserialize)]
struct Parts {
    #[serde(default)]
    chronologies: Vec<Chronology>,
    #[serde(default)]
    quotations: Vec<Quotation>,
}

impl Document {
    /// Reads an article document: what `claimkit extract` writes (with or
    /// without `source`, with or without spans).
    pub fn from_value(value: &Value) -> Result<Document, Error> {
        let Some(object) = value.as_object() else {
            return Err(Error::NotAnArticle {
                message: "the document is not a JSON object".to_string(),
            });
        };
        let path = object
            .get("source")
            .and_then(|s| s.get("path"))
            .and_then(Value::as_str)
            .map(str::to_string);
        if let Some(error) = object.get("error") {
            let message = error
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("no message");
            return Err(Error::ErrorRecord {
                path: path.unwrap_or_else(|| "-".to_string()),
                message: message.to_string(),
            });
        }
        let parts = Parts::deserialize(value).map_err(|e| Error::NotAnArticle {
            message: e.to_string(),
        })?;
        let metadata = match object.get("metadata") {
            Some(Value::Object(members)) => members
                .iter()
                .map(|(key, value)| (key.clone(), without_spans(value)))
                .collect(),
            Some(Value::Null) | None => Vec::new(),
            Some(_) => {
                return Err(Error::NotAnArticle {
                    message: "metadata is not an object".to_string(),
                })
            }
        };
        Ok(Document {
            path,
            metadata,
            chronologies: parts.chronologies,
            quotations: parts.quotations,
        })
    }

    /// The comparison's view of an article the parser extracted.
    pub fn from_article(article: &claimkit_parser::Article) -> Document {
        // An article always serializes to a document of its own schema.
        let value = serde_json::to_value(article).unwrap_or(Value::Null);
        Document::from_value(&value).unwrap_or_default()
    }
}

/// `value` with every `span` member removed, at any depth.
pub fn without_spans(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(key, _)| key.as_str() != "span")
                .map(|(key, value)| (key.clone(), without_spans(value)))
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_spans).collect()),
        other => other.clone(),
    }
}
