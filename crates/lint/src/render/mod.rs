//! Turning diagnostics into text: for people ([`human`], [`concise`],
//! [`summary`]) and for machines ([`json`], [`sarif`], [`github`]), one
//! renderer a file. Renderers only read diagnostics, and write to an
//! [`io::Write`](std::io::Write) as they go.

use std::collections::BTreeMap;

use claimkit_parser::{LineIndex, Span};

use crate::diagnostic::{Diagnostic, Severity};

mod concise;
mod github;
mod human;
mod json;
mod sarif;
mod summary;

pub use concise::concise;
pub use github::github;
pub use human::human;
pub use json::{diagnostics, json, REPORT_SCHEMA_ID};
pub use sarif::sarif;
pub use summary::summary;

/// The findings of one checked file.
pub struct FileReport<'a> {
    /// The file as named on the command line (`<stdin>` for standard input).
    pub name: &'a str,
    /// Its text, indexed once for the parser, the rules and the renderers.
    pub index: &'a LineIndex<'a>,
    /// Its findings, in line, column, rule order.
    pub diagnostics: &'a [Diagnostic],
}

impl FileReport<'_> {
    /// The file's text.
    fn text(&self) -> &str {
        self.index.text()
    }

    /// The 1-based line and column just past the span's last character.
    fn end_position(&self, span: Span) -> (usize, usize) {
        let end = span.end.min(self.text().len());
        let s = self.index.span(end, end);
        (s.line, s.column)
    }
}

/// The number of findings of each severity.
fn counts(reports: &[FileReport<'_>]) -> BTreeMap<Severity, usize> {
    let mut counts = BTreeMap::new();
    for d in reports.iter().flat_map(|r| r.diagnostics) {
        *counts.entry(d.severity).or_insert(0) += 1;
    }
    counts
}
