//! ## What it does
//! Finds an entry that repeats an earlier one of the same chronology: the
//! same dates and the same words (ignoring case, spacing and punctuation);
//! and an entry whose words, six or more, are the whole opening of another
//! entry of the same dates (a repeat that kept or lost a sentence).
//!
//! ## Why is this bad?
//! A repeated entry is an editing slip; readers take it for a second event.
//!
//! ## Example
//! ```text
//! Aug. 7, 2020: Nippon Steel appeals the decision.
//! Aug. 7, 2020: Nippon Steel appeals the decision.
//! ```
//!
//! ## Fix
//! Unsafe: deleting the repeat is right only if it really is the same event.
//! None for a repeated opening: which of the two to keep is the editor's call.

use std::collections::HashMap;

use claimkit_parser::IsoDate;

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        // The entries of each date so far, by their words.
        let mut seen: HashMap<Dates, Vec<(usize, String)>> = HashMap::new();
        for (i, entry) in chronology.entries.iter().enumerate() {
            let words: String = entry
                .text
                .chars()
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .collect::<String>()
                .to_lowercase();
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            // A date without a resolved day ("March 4" in a list of no
            // year) is the same date only as written.
            let key = match entry.date.start {
                Some(_) => (entry.date.start, entry.date.end, String::new()),
                None => (None, None, entry.date.text.to_lowercase()),
            };
            let same_day = seen.entry(key).or_default();
            if let Some(&(first, _)) = same_day.iter().find(|(_, w)| *w == words) {
                let original = &chronology.entries[first];
                // The whole entry and the line breaks after it.
                let tail = cx.text[entry.span.end..].len()
                    - cx.text[entry.span.end..]
                        .trim_start_matches(['\r', '\n'])
                        .len();
                let remove = cx.span(entry.span.start, entry.span.end + tail);
                out.report(
                    format!("the {} entry repeats an earlier one", entry.date.text),
                    entry.span,
                )
                .related("first written here", original.span)
                .fix(
                    "delete the repeated entry",
                    Safety::Unsafe,
                    vec![Edit {
                        span: remove,
                        replacement: String::new(),
                    }],
                );
                continue;
            }
            // One entry the whole opening of the other, a sentence or more:
            // a repeat that kept or lost a sentence on the way. No fix: which
            // of the two to keep is the editor's call.
            if let Some(&(first, _)) = same_day
                .iter()
                .find(|(_, w)| opens(w, &words) || opens(&words, w))
            {
                out.report(
                    format!(
                        "the {} entry repeats the opening of an earlier one",
                        entry.date.text
                    ),
                    entry.span,
                )
                .related("first written here", chronology.entries[first].span)
                .help("keep one of the two entries");
            }
            same_day.push((i, words));
        }
    }
}

/// An entry's first and last day, or its date as written when it has none.
type Dates = (Option<IsoDate>, Option<IsoDate>, String);

/// Whether `short`, of at least [`MIN_OPENING_WORDS`] words, is how `long`
/// begins, to a word boundary.
fn opens(short: &str, long: &str) -> bool {
    long.len() > short.len()
        && long.as_bytes()[short.len()] == b' '
        && long.starts_with(short)
        && short.split(' ').count() >= MIN_OPENING_WORDS
}

/// The fewest words an entry repeated as another's opening has: "The
/// Board meets" opens many entries of one day.
const MIN_OPENING_WORDS: usize = 6;
