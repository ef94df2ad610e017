//! GitHub Actions workflow commands, one annotation a finding.

use std::io::{self, Write};

use super::FileReport;
use crate::diagnostic::Severity;

/// Writes one workflow command (`::warning file=...::message`) a finding.
pub fn github(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    for report in reports {
        for d in report.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let end = report.end_position(d.span);
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(report.name),
                d.span.line,
                d.span.column,
                end.0,
                end.1,
                escape_property(d.rule.name),
                escape_data(&d.message)
            )?;
        }
    }
    Ok(())
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
