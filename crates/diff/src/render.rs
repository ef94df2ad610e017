//! The changes for people: grouped per file, one line per change led by a
//! marker (`+` added, `-` removed, `~` changed, `>` moved), rewordings with
//! their deleted words in `[-...-]` and inserted ones in `{+...+}` (as
//! `wdiff` writes them), in colour when asked.

use std::io::{self, Write};

use crate::change::{Change, ChronologyRef, EntryRef, QuotationRef, WordOp, Words};
use crate::document::{Date, Speaker};
use crate::report::{Report, Status};

/// How many characters of a text an excerpt shows.
const EXCERPT: usize = 80;
/// How many words a reworded text keeps either side of a change.
const CONTEXT: usize = 6;

const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// Writes the changed, added and removed files of `report` with their
/// changes; unchanged files write nothing. `color` adds ANSI colours.
pub fn human(out: &mut dyn Write, report: &Report, color: bool) -> io::Result<()> {
    let paint = Paint(color);
    for file in &report.files {
        match file.status {
            Status::Unchanged => continue,
            Status::Added => writeln!(
                out,
                "{}",
                paint.wrap(GREEN, &format!("+ {} (new file)", file.name()))
            )?,
            Status::Removed => writeln!(
                out,
                "{}",
                paint.wrap(RED, &format!("- {} (file removed)", file.name()))
            )?,
            Status::Changed => {
                writeln!(out, "{}", paint.wrap(BOLD, &file.name()))?;
                for change in &file.changes {
                    writeln!(out, "  {}", line(change, paint))?;
                }
            }
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn wrap(self, colour: &str, text: &str) -> String {
        if self.0 {
            format!("{colour}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    fn deleted(self, text: &str) -> String {
        self.wrap(RED, &format!("[-{text}-]"))
    }

    fn inserted(self, text: &str) -> String {
        self.wrap(GREEN, &format!("{{+{text}+}}"))
    }

    fn replaced(self, old: &str, new: &str) -> String {
        format!("{}{}", self.deleted(old), self.inserted(new))
    }
}

fn line(change: &Change, paint: Paint) -> String {
    let (marker, colour) = match change {
        Change::ChronologyAdded { .. }
        | Change::EntryAdded { .. }
        | Change::QuotationAdded { .. } => ('+', GREEN),
        Change::ChronologyRemoved { .. }
        | Change::EntryRemoved { .. }
        | Change::QuotationRemoved { .. } => ('-', RED),
        Change::EntryMoved { .. } => ('>', CYAN),
        _ => ('~', YELLOW),
    };
    let head = paint.wrap(colour, &format!("{marker} {}", change.label()));
    let body = match change {
        Change::MetadataChanged { field, old, new } => format!(
            ": {field}: {}",
            paint.replaced(&excerpt(&old.to_string()), &excerpt(&new.to_string()))
        ),
        Change::ChronologyAdded { new } => format!("{}: {}", at(new.line), chronology(new)),
        Change::ChronologyRemoved { old } => format!("{}: {}", at(old.line), chronology(old)),
        Change::ChronologyTitleChanged { old, new } => format!(
            "{}: {}",
            between(old.line, new.line),
            paint.replaced(
                old.title.as_deref().unwrap_or("(none)"),
                new.title.as_deref().unwrap_or("(none)")
            )
        ),
        Change::ChronologyPeriodChanged { old, new } => format!(
            "{}: {}",
            between(old.line, new.line),
            paint.replaced(&period(old), &period(new))
        ),
        Change::EntryAdded { new } => format!("{}: {}", at(new.line), entry(new)),
        Change::EntryRemoved { old } => format!("{}: {}", at(old.line), entry(old)),
        Change::EntryMoved { old, new } => format!(
            "{} (entry {} → {}): {}",
            between(old.line, new.line),
            old.index + 1,
            new.index + 1,
            entry(new)
        ),
        Change::EntryDateChanged { old, new } => format!(
            "{}: {} ({} → {}): {}",
            between(old.line, new.line),
            paint.replaced(&old.date.text, &new.date.text),
            normalized(&old.date),
            normalized(&new.date),
            excerpt(&new.text)
        ),
        Change::EntryReworded { old, new, words } => format!(
            "{}: {}: {}",
            between(old.line, new.line),
            new.date.text,
            reworded(words, paint)
        ),
        Change::QuotationAdded { new } => format!("{}: {}", at(new.line), quotation(new)),
        Change::QuotationRemoved { old } => format!("{}: {}", at(old.line), quotation(old)),
        Change::QuotationReworded { old, new, words } => format!(
            "{}: “{}”{}",
            between(old.line, new.line),
            reworded(words, paint),
            attribution(new)
        ),
        Change::QuotationSpeakerChanged { old, new } => format!(
            "{}: “{}”: {}",
            between(old.line, new.line),
            excerpt(&new.text),
            paint.replaced(
                &speaker(old.speaker.as_ref()),
                &speaker(new.speaker.as_ref())
            )
        ),
        Change::QuotationCueChanged { old, new } => format!(
            "{}: “{}”: {}",
            between(old.line, new.line),
            excerpt(&new.text),
            paint.replaced(
                old.cue.as_deref().unwrap_or("(none)"),
                new.cue.as_deref().unwrap_or("(none)")
            )
        ),
    };
    format!("{head}{body}")
}

/// ", line 12", or nothing when the document has no spans.
fn at(line: Option<usize>) -> String {
    line.map_or(String::new(), |l| format!(", line {l}"))
}

/// ", line 12 → 14", ", line 12" when both are the same.
fn between(old: Option<usize>, new: Option<usize>) -> String {
    match (old, new) {
        (Some(a), Some(b)) if a != b => format!(", line {a} → {b}"),
        (_, Some(l)) | (Some(l), None) => format!(", line {l}"),
        (None, None) => String::new(),
    }
}

fn chronology(c: &ChronologyRef) -> String {
    let title = c.title.as_deref().unwrap_or("(untitled)");
    match &c.period {
        Some(p) => format!("{title} ({})", p.text),
        None => title.to_string(),
    }
}

fn period(c: &ChronologyRef) -> String {
    match &c.period {
        Some(p) => format!(
            "{} ({}/{})",
            p.text,
            p.start.as_deref().unwrap_or("?"),
            p.end.as_deref().unwrap_or("?")
        ),
        None => "(none)".to_string(),
    }
}

fn entry(e: &EntryRef) -> String {
    format!("{}: {}", e.date.text, excerpt(&e.text))
}

fn normalized(date: &Date) -> String {
    match (&date.start, &date.end) {
        (Some(start), Some(end)) if start == end => start.clone(),
        (Some(start), Some(end)) => format!("{start}/{end}"),
        _ => "unknown".to_string(),
    }
}

fn quotation(q: &QuotationRef) -> String {
    format!("“{}”{}", excerpt(&q.text), attribution(q))
}

/// " (Motegi, says)", " (nobody)".
fn attribution(q: &QuotationRef) -> String {
    match (&q.speaker, &q.cue) {
        (Some(s), Some(cue)) => format!(" ({}, {cue})", s.name),
        (Some(s), None) => format!(" ({})", s.name),
        (None, _) => " (nobody)".to_string(),
    }
}

fn speaker(s: Option<&Speaker>) -> String {
    match s {
        Some(Speaker {
            name,
            role: Some(role),
            ..
        }) => format!("{name}, {role}"),
        Some(s) => s.name.clone(),
        None => "nobody".to_string(),
    }
}

/// A reworded text with its changes marked and long unchanged stretches
/// cut to a few words either side of a change.
fn reworded(words: &[Words], paint: Paint) -> String {
    let mut text = String::new();
    let last = words.len().saturating_sub(1);
    for (k, run) in words.iter().enumerate() {
        match run.op {
            WordOp::Delete => text.push_str(&paint.deleted(&run.text)),
            WordOp::Insert => text.push_str(&paint.inserted(&run.text)),
            WordOp::Equal => {
                let tokens: Vec<&str> = run.text.split_inclusive(' ').collect();
                let keep_head = if k == 0 { 0 } else { CONTEXT };
                let keep_tail = if k == last { 0 } else { CONTEXT };
                if tokens.len() > keep_head + keep_tail + 2 {
                    text.push_str(&tokens[..keep_head].concat());
                    text.push_str("… ");
                    text.push_str(&tokens[tokens.len() - keep_tail..].concat());
                } else {
                    text.push_str(&run.text);
                }
            }
        }
    }
    text
}

/// The first characters of a text, with "…" when cut.
fn excerpt(text: &str) -> String {
    let mut chars = text.char_indices();
    match chars.nth(EXCERPT) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_string(),
    }
}
