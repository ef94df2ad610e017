//! One line a finding: `file:line:column: severity[rule] message`.

use std::io::{self, Write};

use super::FileReport;

/// Writes one line a finding: `file:line:column: severity[rule] message`.
pub fn concise(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    for report in reports {
        for d in report.diagnostics {
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                report.name,
                d.span.line,
                d.span.column,
                d.severity.as_str(),
                d.rule.name,
                d.message.replace(['\n', '\r'], " ")
            )?;
        }
    }
    Ok(())
}
