//! ## What it does
//! Finds an entry that repeats an earlier one of the same chronology: the
//! same dates and the same words (ignoring case, spacing and punctuation).
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

use std::collections::HashMap;

use claimkit_parser::IsoDate;

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        let mut seen: HashMap<(Option<IsoDate>, Option<IsoDate>, String), usize> = HashMap::new();
        for (i, entry) in chronology.entries.iter().enumerate() {
            let words: String = entry
                .text
                .chars()
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .collect::<String>()
                .to_lowercase();
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            let key = (entry.date.start, entry.date.end, words);
            match seen.get(&key) {
                Some(&first) => {
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
                }
                None => {
                    seen.insert(key, i);
                }
            }
        }
    }
}
