//! ## What it does
//! Finds entry dates that do not exist ("Feb. 30, 2020") and ranges that end
//! before they start ("July 17-16, 2020").
//!
//! ## Why is this bad?
//! An impossible date is certainly wrong, and it cannot be placed in the
//! chronology's order or checked against its period.
//!
//! ## Example
//! ```text
//! Feb. 30, 2020: Ministers meet.
//! ```

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        for entry in &chronology.entries {
            if let Some(problem) = &entry.date.problem {
                out.report(format!("“{}”: {problem}", entry.date.text), entry.date.span)
                    .help("correct the date against the source of the entry");
            }
        }
    }
}
