//! The report as `schemas/report.schema.json` describes it.
//!
//! The report's keys have always come out in alphabetical order, so the
//! fields of these types are declared in that order.

use std::io::{self, Write};

use claimkit_parser::Span;
use serde::ser::{Serialize, Serializer};

use super::{counts, FileReport};
use crate::diagnostic::{Diagnostic, Edit, Fix, Related, Safety, Severity};

/// The `$id` of the report schema that [`json`] follows.
pub const REPORT_SCHEMA_ID: &str = "https://claimkit.dev/schemas/v1/report.schema.json";

/// Writes the report, indented, with a final newline.
pub fn json(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    let counts = counts(reports);
    let count = |s| counts.get(&s).copied().unwrap_or(0);
    let report = Report {
        schema: REPORT_SCHEMA_ID,
        diagnostics: Diagnostics(reports),
        summary: Summary {
            error: count(Severity::Error),
            files: reports.len(),
            info: count(Severity::Info),
            warning: count(Severity::Warning),
        },
        tool: Tool {
            name: "claimkit",
            version: env!("CARGO_PKG_VERSION"),
        },
    };
    // The serializer writes a few bytes at a time: into a buffer whose
    // writes are inlined, and from it to `out` in large pieces.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, &report)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// The report's `diagnostics`: every diagnostic of every file, as [`json`]
/// writes them, for a program that wants them as data (the Python package).
pub fn diagnostics<'a>(reports: &'a [FileReport<'a>]) -> impl Serialize + 'a {
    Diagnostics(reports)
}

#[derive(serde::Serialize)]
struct Report<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    diagnostics: Diagnostics<'a>,
    summary: Summary,
    tool: Tool,
}

/// Every diagnostic of every file, serialized as they are read.
struct Diagnostics<'a>(&'a [FileReport<'a>]);

impl Serialize for Diagnostics<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.0
                .iter()
                .flat_map(|r| r.diagnostics.iter().map(|d| FileDiagnostic::new(r.name, d))),
        )
    }
}

#[derive(serde::Serialize)]
struct FileDiagnostic<'a> {
    file: &'a str,
    fix: Option<FixOut<'a>>,
    help: Option<&'a str>,
    message: &'a str,
    related: Vec<RelatedOut<'a>>,
    rule: &'static str,
    severity: Severity,
    span: SpanOut,
}

impl<'a> FileDiagnostic<'a> {
    fn new(file: &'a str, d: &'a Diagnostic) -> Self {
        FileDiagnostic {
            file,
            fix: d.fix.as_ref().map(FixOut::from),
            help: d.help.as_deref(),
            message: &d.message,
            related: d.related.iter().map(RelatedOut::from).collect(),
            rule: d.rule.name,
            severity: d.severity,
            span: d.span.into(),
        }
    }
}

#[derive(serde::Serialize)]
struct FixOut<'a> {
    edits: Vec<EditOut<'a>>,
    message: &'a str,
    safety: Safety,
}

impl<'a> From<&'a Fix> for FixOut<'a> {
    fn from(fix: &'a Fix) -> Self {
        FixOut {
            edits: fix.edits.iter().map(EditOut::from).collect(),
            message: &fix.message,
            safety: fix.safety,
        }
    }
}

#[derive(serde::Serialize)]
struct EditOut<'a> {
    replacement: &'a str,
    span: SpanOut,
}

impl<'a> From<&'a Edit> for EditOut<'a> {
    fn from(edit: &'a Edit) -> Self {
        EditOut {
            replacement: &edit.replacement,
            span: edit.span.into(),
        }
    }
}

#[derive(serde::Serialize)]
struct RelatedOut<'a> {
    label: &'a str,
    span: SpanOut,
}

impl<'a> From<&'a Related> for RelatedOut<'a> {
    fn from(related: &'a Related) -> Self {
        RelatedOut {
            label: &related.label,
            span: related.span.into(),
        }
    }
}

#[derive(serde::Serialize)]
struct SpanOut {
    column: usize,
    end: usize,
    line: usize,
    start: usize,
}

impl From<Span> for SpanOut {
    fn from(span: Span) -> Self {
        SpanOut {
            column: span.column,
            end: span.end,
            line: span.line,
            start: span.start,
        }
    }
}

#[derive(serde::Serialize)]
struct Summary {
    error: usize,
    files: usize,
    info: usize,
    warning: usize,
}

#[derive(serde::Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}
