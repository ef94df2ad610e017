//! ## What it does
//! Finds entries dated outside the period their chronology declares in its
//! header ("MAY – AUGUST 2020"). Only entries whose year is written are
//! checked: a year taken from the period is inside it by construction.
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

use claimkit_parser::YearSource;

use crate::context::Context;
use crate::diagnostic::Diagnostic;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for chronology in &cx.article.chronologies {
        let Some(period) = &chronology.period else {
            continue;
        };
        for entry in &chronology.entries {
            let date = &entry.date;
            if date.year_source != YearSource::Written {
                continue;
            }
            let (Some(start), Some(end)) = (&date.start, &date.end) else {
                continue;
            };
            let before = cut(start, &period.start) < period.start.as_str();
            let after = cut(end, &period.end) > period.end.as_str();
            if before || after {
                let side = if before { "before" } else { "after" };
                out.push(
                    Diagnostic::new(
                        "chronology/out-of-period",
                        format!(
                            "“{}” is {side} the period the chronology covers ({})",
                            date.text, period.text
                        ),
                        date.span,
                    )
                    .help("check the year, or move the entry to the chronology of its period")
                    .related("the declared period", period.span),
                );
            }
        }
    }
}

/// `date` cut to the precision of `bound` ("2020-06-15" against "2020-08" is "2020-06").
fn cut<'a>(date: &'a str, bound: &str) -> &'a str {
    &date[..date.len().min(bound.len())]
}
