//! ## What it does
//! Reports entries whose date is damaged but could still be read: a
//! misspelled month ("Febuary 5, 2020"), a lookalike or invisible character
//! in the date (the letter O for a zero in "2O20", a minus sign for a dash,
//! a zero-width space), a full stop or semicolon where the separator belongs
//! ("May 3, 2020. Talks open"), a two-digit year, an ISO date among written
//! ones. The extractor keeps such an entry, with the date it read, and says
//! what is wrong; this rule passes that on.
//!
//! An ISO date ("2023-05-02") is reported only among written dates of the
//! same run of entries: a section (the entries between two headings of the
//! chronology) that writes two or more dates and all of them in ISO form
//! does so by design, and is left alone.
//!
//! ## Why is this bad?
//! A damaged date reads wrong to people and to every program that is less
//! forgiving than claimkit: a search for "February" misses "Febuary", and a
//! "2O20" does not sort with the other years.
//!
//! ## Example
//! ```text
//! Febuary 5, 2020: Talks open in Seoul.
//! May 3, 2020. Talks end.
//! ```

use claimkit_parser::{Chronology, Entry};

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        let consistent = iso_sections(chronology);
        for (entry, &iso_by_design) in chronology.entries.iter().zip(&consistent) {
            let Some(problem) = &entry.problem else {
                continue;
            };
            // In a section written in ISO form throughout, the ISO form is
            // no damage; what else the date has (a lookalike) still is.
            let problem = if iso_by_design {
                let rest: Vec<&str> = clauses(problem).filter(|c| !is_iso(c)).collect();
                if rest.is_empty() {
                    continue;
                }
                rest.join("; ")
            } else {
                problem.clone()
            };
            let read = match (entry.date.start, entry.date.end) {
                (Some(a), Some(b)) if a == b => format!("; it was read as {a}"),
                (Some(a), Some(b)) => format!("; it was read as {a} to {b}"),
                _ => String::new(),
            };
            out.report(
                format!("“{}”: {problem}", entry.date.text.trim()),
                entry.date.span,
            )
            .help(format!("write the date as the other entries do{read}"));
        }
    }
}

/// The clauses of an entry's problem: the extractor joins what is wrong
/// with "; " (the names of lookalike characters are joined with ", ").
fn clauses(problem: &str) -> impl Iterator<Item = &str> {
    problem.split("; ")
}

/// Whether a clause of a problem is the extractor's "written in ISO form".
fn is_iso(clause: &str) -> bool {
    clause.contains("ISO form")
}

/// Whether an entry's date was read as an ISO date among written ones.
fn written_iso(entry: &Entry) -> bool {
    entry
        .problem
        .as_deref()
        .is_some_and(|p| clauses(p).any(is_iso))
}

/// For each entry of `chronology`, whether it stands in a section whose
/// dates are all ISO by design: a run of two or more entries between two
/// headings of the chronology (or its start and end), every one of them
/// written in ISO form. A single ISO date under its own heading proves no
/// design and stays reported; so does any ISO date in a run that mixes
/// forms.
fn iso_sections(chronology: &Chronology) -> Vec<bool> {
    let entries = &chronology.entries;
    let mut by_design = vec![false; entries.len()];
    let mut start = 0;
    while start < entries.len() {
        let mut end = start + 1;
        while end < entries.len() && !heading_between(chronology, &entries[end - 1], &entries[end])
        {
            end += 1;
        }
        let run = &entries[start..end];
        if run.len() > 1 && run.iter().all(written_iso) {
            by_design[start..end].fill(true);
        }
        start = end;
    }
    by_design
}

/// Whether a heading of the chronology stands between two entries.
fn heading_between(chronology: &Chronology, before: &Entry, after: &Entry) -> bool {
    chronology
        .subheadings
        .iter()
        .any(|h| h.span.start > before.date.span.start && h.span.start < after.date.span.start)
}
