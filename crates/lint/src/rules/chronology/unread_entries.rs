//! ## What it does
//! Reports a document with three or more lines that start like chronology
//! entries (a date or a time of day, then a separator) but that form no
//! chronology: they stand too far apart, among prose, for the extractor to
//! read them as one.
//!
//! ## Why is this bad?
//! Those lines are dated events that no pipeline receives as entries, and
//! the rules that check chronologies never see them. Either they belong to a
//! chronology whose layout the extractor could not follow (say so, and keep
//! the chronology together), or they are prose that only looks like entries.
//!
//! ## Example
//! ```text
//! May 3, 2020: The ministers meet.
//!
//! (two paragraphs of prose)
//!
//! May 9, 2020: The ministers meet again.
//! ```

use crate::context::Context;
use crate::rules::Sink;

/// How many such lines make a finding.
const MIN_LINES: usize = 3;

/// How many of them a finding points at.
const MAX_RELATED: usize = 10;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let inside = |at: usize| {
        cx.article
            .chronologies
            .iter()
            .any(|c| c.span.start <= at && at < c.span.end.max(c.span.start + 1))
    };
    // "February: Talking Past Each Other": a section's heading that opens
    // with its month.
    let mut headings: Vec<usize> = cx.article.sections.iter().map(|s| s.span.line).collect();
    headings.sort_unstable();
    let lines: Vec<(usize, &str)> = cx
        .lines()
        .filter(|&(at, line)| {
            !inside(at)
                && claimkit_parser::starts_like_entry(line)
                && headings.binary_search(&cx.span(at, at).line).is_err()
        })
        .collect();
    if lines.len() < MIN_LINES {
        return;
    }
    let (first_at, first) = lines[0];
    let lead = first.len() - first.trim_start().len();
    let span = cx.span(first_at + lead, first_at + first.len());
    let d = out
        .report(
            format!(
                "{} lines start like chronology entries but form no chronology",
                lines.len()
            ),
            span,
        )
        .help("keep the entries together under one heading, or write the dates into the prose");
    for &(at, line) in lines.iter().skip(1).take(MAX_RELATED) {
        let lead = line.len() - line.trim_start().len();
        d.related(
            "also starts like an entry",
            cx.span(at + lead, at + line.len()),
        );
    }
}
