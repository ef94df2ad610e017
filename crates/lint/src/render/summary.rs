//! The counts that end a run: per severity, and per rule with `--statistics`.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{counts, FileReport};
use crate::diagnostic::Severity;

/// Writes the counts per severity, and per rule with `statistics`.
pub fn summary(
    out: &mut dyn Write,
    reports: &[FileReport<'_>],
    statistics: bool,
) -> io::Result<()> {
    let counts = counts(reports);
    if statistics {
        let mut per_rule: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
        for d in reports.iter().flat_map(|r| r.diagnostics) {
            let entry = per_rule.entry(d.rule.name).or_insert((0, d.severity));
            entry.0 += 1;
        }
        for (rule, (count, severity)) in per_rule {
            writeln!(out, "{count:>5}  {rule} ({})", severity.as_str())?;
        }
    }
    let total: usize = counts.values().sum();
    let part = |s: Severity, name: &str| {
        let n = counts.get(&s).copied().unwrap_or(0);
        format!("{n} {name}{}", if n == 1 { "" } else { "s" })
    };
    let files = reports.len();
    writeln!(
        out,
        "{total} finding{} in {files} file{}: {}, {}, {}",
        if total == 1 { "" } else { "s" },
        if files == 1 { "" } else { "s" },
        part(Severity::Error, "error"),
        part(Severity::Warning, "warning"),
        part(Severity::Info, "info")
    )
}
