//! ## What it does
//! Finds entries dated wholly outside the period their chronology declares in its
//! header ("MAY – AUGUST 2020"). Only entries whose year is written are
//! checked: a year taken from the period is inside it by construction. A
//! range that reaches into the period ("2012-2013" in a chronology of
//! September 2012 - May 2013) is not flagged.
//!
//! ## Why is this bad?
//! An entry outside the declared period is either misdated (often a wrong
//! year) or belongs to another issue's chronology.
//!
//! ## Example
//! ```text
//! MAY – AUGUST 2020
//! Sept. 2, 2020: Talks resume.
//! ```

use claimkit_parser::{Period, YearSource};

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        let Some(period) = &chronology.period else {
            continue;
        };
        // "THE FOUNDING YEARS, 1936–1959" over a chronology whose later
        // sections are "EXPANSION, 1960–1989" and so on: the heading's
        // period is its first section's, and the entries under a later
        // section's heading are not held to it.
        let beyond = chronology
            .subheadings
            .iter()
            .find(|s| names_year_outside(&s.text, period))
            .map_or(usize::MAX, |s| s.span.start);
        for entry in chronology.entries.iter().filter(|e| e.span.start < beyond) {
            let date = &entry.date;
            if date.year_source != YearSource::Written {
                continue;
            }
            let (Some(dates), Some(covered)) = (date.interval(), period.interval()) else {
                continue;
            };
            // Only an entry wholly outside: a range that reaches into the
            // period ("2012-2013" in September 2012 - May 2013) belongs there.
            let before = dates.end().last_day() < covered.start().first_day();
            let after = dates.start().first_day() > covered.end().last_day();
            if before || after {
                let side = if before { "before" } else { "after" };
                out.report(
                    format!(
                        "“{}” is {side} the period the chronology covers ({})",
                        date.text, period.text
                    ),
                    date.span,
                )
                .help("check the year, or move the entry to the chronology of its period")
                .related("the declared period", period.span);
            }
        }
    }
}

/// Whether `text` ends by naming a period, a year or a range of years
/// ("EXPANSION, 1960–1989", "After 2010"), outside `period` ("Resolution
/// 2334 and after" names none).
fn names_year_outside(text: &str, period: &Period) -> bool {
    let tail = text.trim_end_matches([')', '.', ' ']);
    // "THE 1950s": a decade, outside only when none of its years is in.
    if let Some(decade) = tail
        .strip_suffix('s')
        .filter(|t| t.ends_with('0'))
        .and_then(|t| t.get(t.len().saturating_sub(4)..))
        .and_then(|y| y.parse::<i32>().ok())
    {
        return decade + 9 < period.start.year() || decade > period.end.year();
    }
    let years: Vec<i32> = tail
        .rsplit(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '–' | '—')))
        .next()
        .unwrap_or("")
        .split(['-', '–', '—'])
        .filter(|y| y.len() == 4)
        .filter_map(|y| y.parse().ok())
        .collect();
    years
        .iter()
        .any(|&year| year < period.start.year() || year > period.end.year())
}
