//! ## What it does
//! Reports entries whose date is damaged but could still be read: a
//! misspelled month ("Febuary 5, 2020"), a lookalike or invisible character
//! in the date (the letter O for a zero in "2O20", a minus sign for a dash,
//! a zero-width space), a full stop or semicolon where the separator belongs
//! ("May 3, 2020. Talks open"), a two-digit year, an ISO date among written
//! ones. The extractor keeps such an entry, with the date it read, and says
//! what is wrong; this rule passes that on. (A section whose dates are all
//! in ISO form writes them so by design: the extractor reports no problem
//! there.)
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

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        for entry in &chronology.entries {
            let Some(problem) = &entry.problem else {
                continue;
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
