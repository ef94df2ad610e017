//! ## What it does
//! Reports every line of a chronology that the extractor could not make an
//! entry of: a line whose date was lost or cannot be read (": Japan
//! protests ..."), and a line that belongs to no entry. Running headers and
//! page numbers inside a chronology are reported by `layout/page-furniture`.
//! Together they leave nothing in a chronology unreported.
//!
//! It also reports, once per chronology, entries whose year cannot be told:
//! no year is written in them or any other entry, and the chronology
//! declares no period. A short untitled list of dates (fewer than eight,
//! "Key dates: Oct. 3 - ...") in a story that writes no year anywhere, or
//! one titled as the story's dates ("Key dates", "Key events") whatever
//! years the prose names, is news style, dated by its publication, and is
//! not reported.
//!
//! ## Why is this bad?
//! An entry without a date cannot be placed in time; it is usually a date
//! lost in conversion, and the reader sees an event with no date.
//!
//! ## Example
//! ```text
//! March 14, 2019: Deputy ministers discuss a peace treaty.
//! : Japan protests a Russian military exercise.
//! ```

use claimkit_parser::{UnparsedReason, YearSource};

use crate::context::Context;
use crate::rules::Sink;

/// Whether `text` writes a year anywhere (four digits from 1800 to 2199
/// standing alone).
fn writes_a_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && matches!(&w[..2], b"18" | b"19" | b"20" | b"21")
            && !bytes
                .get(i.wrapping_sub(1))
                .is_some_and(u8::is_ascii_alphanumeric)
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_alphanumeric)
    })
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        for line in &chronology.unparsed {
            let (message, help) = match line.reason {
                UnparsedReason::MissingDate => (
                    "this chronology entry has no readable date",
                    "write the date at the start of the line, as the other entries do",
                ),
                UnparsedReason::Orphan => (
                    "this chronology line belongs to no entry",
                    "join it to the entry it continues, give it a date, or move it out of the chronology",
                ),
                UnparsedReason::PageFurniture
                | UnparsedReason::Caption
                | UnparsedReason::Footnote => continue,
            };
            out.report(message, line.span).help(help);
        }
        let yearless: Vec<_> = chronology
            .entries
            .iter()
            .filter(|e| e.date.year_source == YearSource::Unknown && e.date.problem.is_none())
            .collect();
        // A short list of dates in a story that writes no year anywhere
        // ("Key dates: Oct. 3 - ...") takes its year from when it was
        // published: news style, nothing to fix.
        // A list titled as a story's dates ("Key dates:", "Key events") is
        // that too, whatever other years its prose names.
        let title = chronology.title.as_deref().unwrap_or("").to_lowercase();
        let titled = title.contains("chronolog") || title.contains("timeline");
        let story_dates = title.contains("dates") || title.contains("events");
        let house_style =
            !titled && chronology.entries.len() < 8 && (story_dates || !writes_a_year(cx.text));
        if let Some(first) = yearless.first().filter(|_| !house_style) {
            let count = yearless.len();
            let what = if count == 1 {
                "1 entry".to_string()
            } else {
                format!("{count} entries")
            };
            out.report(format!("the year of {what} cannot be told, starting with “{}”", first.date.text),
                    first.date.span,
                )
                .help("write the year in the dates, or declare the period in the chronology's header (\"MAY – AUGUST 2020\")");
        }
    }
}
