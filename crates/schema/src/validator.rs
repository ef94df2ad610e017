//! Building validators from the embedded schemas, offline, once.

use std::sync::OnceLock;

use jsonschema::Registry;
use serde_json::Value;

use crate::error::{Error, ValidationError};
use crate::semantic;

/// Which embedded schema a validator checks against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// `article.schema.json`.
    Article,
    /// `report.schema.json`.
    Report,
    /// `diff.schema.json`.
    Diff,
    /// A schema file given by path.
    Custom,
}

/// A compiled schema with claimkit's own checks.
pub struct Validator {
    kind: SchemaKind,
    inner: jsonschema::Validator,
}

impl Validator {
    /// The validator of the article schema, built once.
    pub fn article() -> &'static Validator {
        static CELL: OnceLock<Validator> = OnceLock::new();
        CELL.get_or_init(|| embedded(SchemaKind::Article))
    }

    /// The validator of the report schema, built once.
    pub fn report() -> &'static Validator {
        static CELL: OnceLock<Validator> = OnceLock::new();
        CELL.get_or_init(|| embedded(SchemaKind::Report))
    }

    /// The validator of the diff schema, built once.
    pub fn diff() -> &'static Validator {
        static CELL: OnceLock<Validator> = OnceLock::new();
        CELL.get_or_init(|| embedded(SchemaKind::Diff))
    }

    /// The validator for the schema a document names in its `$schema` member.
    pub fn for_document(document: &Value) -> Result<&'static Validator, Error> {
        match document.get("$schema").and_then(Value::as_str) {
            Some(crate::ARTICLE_ID) => Ok(Self::article()),
            Some(crate::REPORT_ID) => Ok(Self::report()),
            Some(crate::DIFF_ID) => Ok(Self::diff()),
            Some(other) => Err(Error::UnknownSchema {
                found: other.to_string(),
                expected: vec![crate::ARTICLE_ID, crate::REPORT_ID, crate::DIFF_ID],
            }),
            None => Err(Error::MissingSchema),
        }
    }

    /// The validator for `article`, `report`, `diff`, or the schema file at a path.
    pub fn from_name_or_path(name: &str) -> Result<Validator, Error> {
        match name {
            "article" => Ok(embedded(SchemaKind::Article)),
            "report" => Ok(embedded(SchemaKind::Report)),
            "diff" => Ok(embedded(SchemaKind::Diff)),
            path => {
                let text =
                    std::fs::read_to_string(path).map_err(|io| Error::UnreadableSchemaFile {
                        path: path.to_string(),
                        io,
                    })?;
                let schema: Value =
                    serde_json::from_str(&text).map_err(|e| Error::SchemaFileNotJson {
                        path: path.to_string(),
                        line: e.line(),
                        column: e.column(),
                        message: e.to_string(),
                    })?;
                Ok(Validator {
                    kind: SchemaKind::Custom,
                    inner: build(&schema)?,
                })
            }
        }
    }

    /// Which schema this validator checks against.
    pub fn kind(&self) -> SchemaKind {
        self.kind
    }

    /// Every error of `document`, schema errors first, then claimkit's own
    /// checks (for the embedded schemas), each group in document order.
    pub fn validate(&self, document: &Value) -> Vec<ValidationError> {
        let mut errors: Vec<ValidationError> = self
            .inner
            .iter_errors(document)
            .map(|e| ValidationError {
                instance_path: e.instance_path().to_string(),
                schema_path: e.schema_path().to_string(),
                message: e.to_string(),
            })
            .collect();
        errors.sort();
        errors.dedup();
        // The semantic checks know articles and reports; a diff report's
        // dates are copied from articles already checked.
        if matches!(self.kind, SchemaKind::Article | SchemaKind::Report) {
            errors.extend(semantic::check(document));
        }
        errors
    }
}

fn embedded(kind: SchemaKind) -> Validator {
    let text = match kind {
        SchemaKind::Report => crate::REPORT_SCHEMA,
        SchemaKind::Diff => crate::DIFF_SCHEMA,
        _ => crate::ARTICLE_SCHEMA,
    };
    // The embedded schemas are part of this crate; a test builds both, so this cannot fail at run time.
    let schema: Value = serde_json::from_str(text).expect("embedded schema is JSON");
    Validator {
        kind,
        inner: build(&schema).expect("embedded schema compiles"),
    }
}

/// Compiles a schema with the shared definitions registered and no network access.
fn build(schema: &Value) -> Result<jsonschema::Validator, Error> {
    let definitions: Value = serde_json::from_str(crate::DEFINITIONS_SCHEMA)
        .map_err(|e| Error::InvalidSchema(e.to_string()))?;
    let registry = Registry::new()
        .add(crate::DEFINITIONS_ID, definitions)
        .and_then(|r| r.prepare())
        .map_err(|e| Error::InvalidSchema(e.to_string()))?;
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_registry(&registry)
        .offline()
        .build(schema)
        .map_err(|e| Error::InvalidSchema(e.to_string()))
}
