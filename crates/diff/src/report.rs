//! The changes of several files: what `claimkit diff --format json`
//! writes (`schemas/diff.schema.json`), and the counts of its summary.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::change::Change;

/// The `$schema` identifier of diff reports.
pub const DIFF_SCHEMA_ID: &str = "https://claimkit.dev/schemas/v1/diff.schema.json";

/// The comparison of every pair of files, in input order.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The files compared, changed or not.
    pub files: Vec<FileDiff>,
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileDiff {
    /// The file in OLD (null when only NEW has it).
    pub old: Option<String>,
    /// The file in NEW (null when only OLD has it).
    pub new: Option<String>,
    /// Whether it changed, or only one side has it.
    pub status: Status,
    /// Its changes, in document order (empty for a file added or removed).
    pub changes: Vec<Change>,
}

/// Whether a file changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Both sides have it and nothing changed.
    Unchanged,
    /// Both sides have it and something changed.
    Changed,
    /// Only NEW has it.
    Added,
    /// Only OLD has it.
    Removed,
}

/// The counts of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files compared (both sides, or one).
    pub files: usize,
    /// Files both sides have, with changes.
    pub changed: usize,
    /// Files only NEW has.
    pub added: usize,
    /// Files only OLD has.
    pub removed: usize,
    /// Changes in all files.
    pub changes: usize,
    /// Changes per kind, for the kinds that occur.
    pub kinds: BTreeMap<&'static str, usize>,
}

impl FileDiff {
    /// A file both sides have, with its changes.
    pub fn compared(old: String, new: String, changes: Vec<Change>) -> FileDiff {
        let status = if changes.is_empty() {
            Status::Unchanged
        } else {
            Status::Changed
        };
        FileDiff {
            old: Some(old),
            new: Some(new),
            status,
            changes,
        }
    }

    /// A file only NEW has.
    pub fn added(new: String) -> FileDiff {
        FileDiff {
            old: None,
            new: Some(new),
            status: Status::Added,
            changes: Vec::new(),
        }
    }

    /// A file only OLD has.
    pub fn removed(old: String) -> FileDiff {
        FileDiff {
            old: Some(old),
            new: None,
            status: Status::Removed,
            changes: Vec::new(),
        }
    }

    /// The file's name for people: `OLD → NEW`, or one path when both are the same.
    pub fn name(&self) -> String {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) if old != new => format!("{old} → {new}"),
            (Some(path), _) | (None, Some(path)) => path.clone(),
            (None, None) => "-".to_string(),
        }
    }
}

impl Report {
    /// Whether any file changed, was added or was removed.
    pub fn has_changes(&self) -> bool {
        self.files.iter().any(|f| f.status != Status::Unchanged)
    }

    /// The counts of the report.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary {
            files: self.files.len(),
            changed: 0,
            added: 0,
            removed: 0,
            changes: 0,
            kinds: BTreeMap::new(),
        };
        for file in &self.files {
            match file.status {
                Status::Unchanged => {}
                Status::Changed => summary.changed += 1,
                Status::Added => summary.added += 1,
                Status::Removed => summary.removed += 1,
            }
            for change in &file.changes {
                summary.changes += 1;
                *summary.kinds.entry(change.kind()).or_default() += 1;
            }
        }
        summary
    }

    /// Writes the report as one JSON document (`schemas/diff.schema.json`),
    /// pretty when asked, with a newline after it. Unchanged files are
    /// counted in the summary, not listed.
    pub fn write_json(&self, out: &mut dyn Write, pretty: bool) -> io::Result<()> {
        #[derive(Serialize)]
        struct Document<'a> {
            #[serde(rename = "$schema")]
            schema: &'static str,
            files: Vec<&'a FileDiff>,
            summary: Summary,
        }
        let document = Document {
            schema: DIFF_SCHEMA_ID,
            files: self
                .files
                .iter()
                .filter(|f| f.status != Status::Unchanged)
                .collect(),
            summary: self.summary(),
        };
        if pretty {
            serde_json::to_writer_pretty(&mut *out, &document)?;
        } else {
            serde_json::to_writer(&mut *out, &document)?;
        }
        out.write_all(b"\n")
    }
}

impl Summary {
    /// The summary in one line: "no changes in 3 files compared", or "4
    /// changes in 1 of 3 files: 1 entry date changed, ...; 1 file added".
    pub fn line(&self) -> String {
        let files = plural(self.files, "file");
        if self.changed + self.added + self.removed == 0 {
            return format!("no changes in {files} compared");
        }
        let mut line = format!(
            "{} in {} of {files}",
            plural(self.changes, "change"),
            self.changed
        );
        let mut kinds = Vec::new();
        for kind in Change::KINDS {
            if let Some(n) = self.kinds.get(kind) {
                kinds.push(format!("{n} {}", label(kind)));
            }
        }
        if !kinds.is_empty() {
            line.push_str(": ");
            line.push_str(&kinds.join(", "));
        }
        if self.added > 0 {
            line.push_str(&format!("; {} added", plural(self.added, "file")));
        }
        if self.removed > 0 {
            line.push_str(&format!("; {} removed", plural(self.removed, "file")));
        }
        line
    }
}

fn label(kind: &str) -> String {
    kind.replace("quotation-speaker", "speaker")
        .replace("quotation-cue", "cue")
        .replace('-', " ")
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
