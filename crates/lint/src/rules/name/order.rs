//! ## What it does
//! Finds one person's name written in both orders in one document: given
//! name first ("Taro Kono") and family name first ("Kono Taro"). It flags
//! each use of the less used form and names the form the document uses
//! most (or, with `[name-order] prefer = "first-used"` in `claimkit.toml`,
//! the form it uses first).
//!
//! ## Why is this bad?
//! Publications pick one order, often family name first for East Asian
//! names; mixing them makes a reader wonder whether two people are meant.
//!
//! ## Example
//! ```text
//! Defense Minister Kono Taro told Prime Minister Abe Shinzo ...
//! Figure 1 Defence Minister Taro Kono cited technical and cost issues ...
//! ```
//!
//! ## Fix
//! Safe: the fix swaps the two names to the document's form; the person is
//! the same.

use std::collections::BTreeMap;

use crate::config::NameOrder;
use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    // Every pair of adjacent capitalized words, with where it stands.
    let mut uses: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (start, line) in cx.lines() {
        let words = capitalized_words(line);
        for pair in words.windows(2) {
            let ((a_at, a), (b_at, b)) = (pair[0], pair[1]);
            if b_at == a_at + a.len() + 1 && a != b && !is_common(a) && !is_common(b) {
                uses.entry((a.to_string(), b.to_string()))
                    .or_default()
                    .push(start + a_at);
            }
        }
    }
    for ((a, b), forward) in &uses {
        let Some(reverse) = uses.get(&(b.clone(), a.clone())) else {
            continue;
        };
        // Each pair of forms once: from the side that sorts first.
        if (a, b) > (b, a) {
            continue;
        }
        let prefer_forward = match cx.options.name_order {
            NameOrder::MostUsed => {
                forward.len() > reverse.len()
                    || (forward.len() == reverse.len() && forward[0] < reverse[0])
            }
            NameOrder::FirstUsed => forward[0] < reverse[0],
        };
        let (kept, kept_uses, flagged, flagged_uses) = if prefer_forward {
            (format!("{a} {b}"), forward, format!("{b} {a}"), reverse)
        } else {
            (format!("{b} {a}"), reverse, format!("{a} {b}"), forward)
        };
        let kept_span = cx.span(kept_uses[0], kept_uses[0] + kept.len());
        for &at in flagged_uses {
            let span = cx.span(at, at + flagged.len());
            let how = match cx.options.name_order {
                NameOrder::MostUsed => format!(
                    "the document writes “{kept}” {} times and “{flagged}” {}",
                    kept_uses.len(),
                    flagged_uses.len()
                ),
                NameOrder::FirstUsed => format!("the document first writes “{kept}”"),
            };
            out.report(format!("“{flagged}” is written “{kept}” elsewhere"), span)
                .help(format!("{how}; use one order"))
                .related(format!("written “{kept}” here"), kept_span)
                .fix(
                    format!("write “{kept}”"),
                    Safety::Safe,
                    vec![Edit {
                        span,
                        replacement: kept.clone(),
                    }],
                );
        }
    }
}

/// Capitalized words of a line ("Kono", "Moon", "Jae-in" is not: it has a
/// lowercase part after the hyphen, which stays with its word), with offsets.
fn capitalized_words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for word in line.split(' ') {
        let clean = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let clean = clean.trim_end_matches("’s").trim_end_matches("'s");
        let mut chars = clean.chars();
        let capitalized = chars.next().is_some_and(char::is_uppercase)
            && clean.chars().count() >= 2
            && clean.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && word.starts_with(clean);
        if capitalized {
            out.push((at, clean));
        }
        at += word.len() + 1;
    }
    out
}

fn is_common(word: &str) -> bool {
    COMMON.contains(&word) || claimkit_parser::date::month_number(word).is_some()
}

/// Capitalized words that are not names (months aside), so "South Korea" is never a reversed "Korea South".
const COMMON: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "And",
    "But",
    "Or",
    "To",
    "By",
    "With",
    "From",
    "As",
    "After",
    "Before",
    "During",
    "While",
    "When",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "If",
    "Figure",
    "Photo",
    "Chronology",
    "Minister",
    "President",
    "Secretary",
    "Ministry",
    "Foreign",
    "Affairs",
    "Defense",
    "Defence",
    "Trade",
    "Prime",
    "Chief",
    "Cabinet",
    "Vice",
    "General",
    "Director",
    "Court",
    "Supreme",
    "District",
    "National",
    "Relations",
    "South",
    "North",
    "East",
    "West",
    "Korea",
    "Korean",
    "Japan",
    "Japanese",
    "China",
    "Chinese",
    "United",
    "States",
    "House",
    "Blue",
    "Sea",
    "Island",
    "Islands",
    "Government",
    "Council",
    "Committee",
    "Center",
    "Centre",
    "Agency",
    "News",
    "Press",
    "Office",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
