//! The claimkit JSON Schemas, embedded, and validation that reports every
//! error as data with the JSON pointer of the place it concerns.
//!
//! ```
//! use claimkit_schema::Validator;
//!
//! let article = claimkit_parser::extract("May 1, 2020: Talks.\nMay 2, 2020: More.\nMay 3, 2020: Done.\n");
//! let value = serde_json::to_value(&article).unwrap();
//! let validator = Validator::for_document(&value).unwrap();
//! assert!(validator.validate(&value).is_empty());
//! ```
//!
//! Besides the schema, [`Validator::validate`] checks what JSON Schema cannot
//! say: an interval's `end` is not before its `start`, nor a span's, and a
//! `YYYY-MM-DD` date is a real calendar day.

#![deny(missing_docs)]

mod error;
mod input;
mod semantic;
mod validator;

pub use error::{DocumentError, Error, ValidationError};
pub use input::{documents, Document};
pub use validator::{SchemaKind, Validator};

/// `schemas/article.schema.json`: what `claimkit extract` writes.
pub const ARTICLE_SCHEMA: &str = include_str!("../../../schemas/article.schema.json");
/// `schemas/report.schema.json`: what `claimkit check --format json` writes.
pub const REPORT_SCHEMA: &str = include_str!("../../../schemas/report.schema.json");
/// `schemas/diff.schema.json`: what `claimkit diff --format json` writes.
pub const DIFF_SCHEMA: &str = include_str!("../../../schemas/diff.schema.json");
/// `schemas/definitions.schema.json`: spans, dates, intervals and speakers, shared by both.
pub const DEFINITIONS_SCHEMA: &str = include_str!("../../../schemas/definitions.schema.json");

/// The `$id` of the article schema, which every article document names in
/// `$schema` (the parser writes it).
pub const ARTICLE_ID: &str = claimkit_parser::ARTICLE_SCHEMA_ID;
/// The `$id` of the report schema, which every report document names in
/// `$schema` (the JSON renderer writes it).
pub const REPORT_ID: &str = claimkit_lint::render::REPORT_SCHEMA_ID;
/// The `$id` of the diff schema, which every diff report names in
/// `$schema` (claimkit-diff writes it).
pub const DIFF_ID: &str = claimkit_diff::DIFF_SCHEMA_ID;
/// The `$id` of the shared definitions.
pub const DEFINITIONS_ID: &str = "https://claimkit.dev/schemas/v1/definitions.schema.json";

#[cfg(test)]
mod tests {
    use serde_json::Value;

    #[test]
    fn every_embedded_schema_has_the_id_documents_name() {
        for (text, id) in [
            (super::ARTICLE_SCHEMA, super::ARTICLE_ID),
            (super::REPORT_SCHEMA, super::REPORT_ID),
            (super::DIFF_SCHEMA, super::DIFF_ID),
            (super::DEFINITIONS_SCHEMA, super::DEFINITIONS_ID),
        ] {
            let schema: Value = serde_json::from_str(text).expect("JSON");
            assert_eq!(schema["$id"], id);
        }
    }
}
