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

use claimkit_parser::YearSource;

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        let Some(period) = &chronology.period else {
            continue;
        };
        for entry in &chronology.entries {
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
