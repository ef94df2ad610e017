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

use std::collections::{BTreeMap, BTreeSet};

use crate::config::NameOrder;
use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    // Every pair of adjacent capitalized words, with where it stands, and
    // the pairs that somewhere stand as a person's name.
    let mut uses: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    let mut people: BTreeSet<(String, String)> = BTreeSet::new();
    for (start, line) in cx.lines() {
        let words = capitalized_words(line);
        for pair in words.windows(2) {
            let ((a_at, a), (b_at, b)) = (pair[0], pair[1]);
            if b_at == a_at + a.len() + 1 && a != b && !is_common(a) && !is_common(b) {
                let key = (a.to_string(), b.to_string());
                if is_person(line, a_at, b_at + b.len()) {
                    people.insert(key.clone());
                }
                uses.entry(key).or_default().push(start + a_at);
            }
        }
    }
    for ((a, b), forward) in &uses {
        let Some(reverse) = uses.get(&(b.clone(), a.clone())) else {
            continue;
        };
        // Each pair of forms once: from the side that sorts first. Two
        // words in both orders are one person's name only when a title or
        // a reporting verb says so: "Operations Management" and
        // "Management Operations" are two offices.
        let person =
            people.contains(&(a.clone(), b.clone())) || people.contains(&(b.clone(), a.clone()));
        if (a, b) > (b, a) || !person {
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
            // "Abe Shinzo Abe" holds both forms; swapping one would garble
            // the other.
            if kept_uses
                .iter()
                .any(|&k| k < at + flagged.len() && at < k + kept.len())
            {
                continue;
            }
            let span = cx.span(at, at + flagged.len());
            let how = match cx.options.name_order {
                NameOrder::MostUsed => format!(
                    "the document writes “{kept}” {} and “{flagged}” {}",
                    times(kept_uses.len()),
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

/// "1 time", "3 times".
fn times(n: usize) -> String {
    format!("{n} time{}", if n == 1 { "" } else { "s" })
}

/// Capitalized words of a line ("Kono", "Moon", "Jae-in" is not: it has a
/// lowercase part after the hyphen, which stays with its word), with offsets.
fn capitalized_words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for word in line.split(' ') {
        // The word as cleaned starts as the word does: most are lowercase.
        if !word.chars().next().is_some_and(char::is_uppercase) {
            at += word.len() + 1;
            continue;
        }
        let clean = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let clean = claimkit_parser::without_possessive(clean);
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

/// Whether the two words at `start..end` of `line` stand as a person's
/// name: after a title ("Minister Kono Taro", "Mr. Abe") or before a
/// reporting verb ("Kono Taro said", "Suga Yoshihide [told](#)"), and
/// where the name ends.
fn is_person(line: &str, start: usize, end: usize) -> bool {
    let before = line[..start].trim_end();
    let title = before
        .rsplit([' ', '(', '['])
        .next()
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .is_some_and(|w| TITLES.contains(&w.as_str()));
    let rest = &line[end..];
    let after = rest
        .strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .unwrap_or(rest)
        .trim_start_matches([',', ' ', '[']);
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // A name ends here: "Chief Information Security Officer" names no one.
    let ends = !line[end..].starts_with(' ') || !next.starts_with(char::is_uppercase);
    // "Mori Kentaro, the first Japanese minister to the Republic,": a
    // title in the apposition after the name.
    let appositive = rest.strip_prefix(", ").is_some_and(|apposition| {
        // A description ("the first ... minister", "by then dean"), not a
        // clause ("Seoul Station, where the minister ...").
        let described = apposition.split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "the" | "a" | "an" | "by" | "then" | "now" | "later" | "formerly"
            )
        });
        described
            && apposition
                .split([',', '.', ';', ':'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(8)
                .any(|w| w.starts_with(char::is_lowercase) && TITLES.contains(&w))
    });
    // "said Ahn Ji-hoon, a senior fellow": a name right after a reporting
    // verb.
    let after_verb = VERBS.contains(&before.rsplit(' ').next().unwrap_or("")) && ends;
    (title && ends) || VERBS.contains(&next) || appositive || after_verb
}

/// Titles before a person's name, in lower case.
pub(super) const TITLES: &[&str] = &[
    "adm.",
    "admiral",
    "ambassador",
    "amb.",
    "envoy",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "col.",
    "colonel",
    "commander",
    "dr.",
    "emperor",
    "gen.",
    "general",
    "governor",
    "gov.",
    "judge",
    "justice",
    "king",
    "lt.",
    "mayor",
    "minister",
    "mr.",
    "mrs.",
    "ms.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "premier",
    "president",
    "prince",
    "princess",
    "prof.",
    "professor",
    "queen",
    "rep.",
    "representative",
    "secretary",
    "sen.",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "lawmaker",
    "mp",
    "counselor",
    "counsellor",
    "adviser",
    "advisor",
    "diplomat",
    "negotiator",
    "representative",
    "nominee",
    "candidate",
];

/// Reporting verbs after a person's name.
pub(super) const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "argued",
    "asked",
    "claimed",
    "declared",
    "denied",
    "explained",
    "insisted",
    "noted",
    "remarked",
    "replied",
    "responded",
    "stated",
    "stressed",
    "warned",
    "wrote",
    "announced",
    "met",
    "visited",
    "called",
    "spoke",
    "speaks",
];

/// Whether a capitalized word is a common word or a month, never a name;
/// looked up in a set, since the name rules ask it of every capitalized
/// word of a text.
pub(super) fn is_common(word: &str) -> bool {
    static COMMON_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| COMMON.iter().copied().collect());
    COMMON_SET.contains(word) || claimkit_parser::date::month_number(word).is_some()
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
