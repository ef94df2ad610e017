//! ## What it does
//! Finds one word written in both US and UK spelling in one document
//! ("Defense" and "Defence", "labor" and "labour"). It flags each use of the
//! less used spelling and names the one the document uses most.
//!
//! ## Why is this bad?
//! A publication follows one spelling; mixing them looks careless, and in
//! names ("Ministry of Defense") it can look like two bodies.
//!
//! ## Example
//! ```text
//! Japan's 2020 Defense White Paper ... Figure 1 Defence Minister Taro Kono ...
//! ```
//!
//! ## Fix
//! Unsafe: a proper name may keep its own spelling (the UK "Ministry of
//! Defence"), so a person must check each change.

use std::collections::BTreeMap;

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    // For each pair: the uses of each spelling (offset, word as written).
    let mut found: BTreeMap<usize, [Vec<(usize, &str)>; 2]> = BTreeMap::new();
    for (start, line) in cx.lines() {
        let mut at = 0;
        for token in line.split(|c: char| !c.is_alphabetic()) {
            if !token.is_empty() {
                let lower = token.to_lowercase();
                for (k, pair) in VARIANTS.iter().enumerate() {
                    for (side, stem) in pair.iter().enumerate() {
                        if lower == *stem
                            || lower
                                .strip_prefix(stem)
                                .is_some_and(|rest| ["s", "es", "d", "ed", "ing"].contains(&rest))
                        {
                            found.entry(k).or_default()[side].push((start + at, token));
                        }
                    }
                }
            }
            at += token.len()
                + line[at + token.len()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
        }
    }
    for (k, [us, uk]) in &found {
        if us.is_empty() || uk.is_empty() {
            continue;
        }
        let (kept, flagged, kept_name, flagged_name) = if us.len() >= uk.len() {
            (us, uk, "US", "UK")
        } else {
            (uk, us, "UK", "US")
        };
        let [us_stem, uk_stem] = VARIANTS[*k];
        let (from, to) = if flagged_name == "UK" {
            (uk_stem, us_stem)
        } else {
            (us_stem, uk_stem)
        };
        let (kept_at, kept_word) = kept[0];
        for &(at, word) in flagged {
            let span = cx.span(at, at + word.len());
            let replacement = respell(word, from, to);
            out.report(format!("“{word}” is the {flagged_name} spelling; the document uses the {kept_name} “{kept_word}” {} times", kept.len()), span)
                    .help(format!("write “{replacement}”, unless this is a proper name that keeps its own spelling"))
                    .related(format!("{kept_name} spelling"), cx.span(kept_at, kept_at + kept_word.len()))
                    .fix(format!("write “{replacement}”"), Safety::Unsafe, vec![Edit { span, replacement }]);
        }
    }
}

/// `word` with its stem `from` replaced by `to`, keeping its case and ending.
fn respell(word: &str, from: &str, to: &str) -> String {
    let ending = &word[from.len().min(word.len())..];
    let mut out: String = to.to_string();
    if word.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = out.chars();
        out = chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
            .unwrap_or_default();
    }
    if word.chars().all(|c| !c.is_lowercase()) {
        out = out.to_uppercase();
    }
    out + ending
}

/// US and UK stems; an ending ("s", "ed", "ing") may follow either.
const VARIANTS: &[[&str; 2]] = &[
    ["defense", "defence"],
    ["offense", "offence"],
    ["labor", "labour"],
    ["honor", "honour"],
    ["favor", "favour"],
    ["neighbor", "neighbour"],
    ["behavior", "behaviour"],
    ["color", "colour"],
    ["harbor", "harbour"],
    ["rumor", "rumour"],
    ["endeavor", "endeavour"],
    ["center", "centre"],
    ["organization", "organisation"],
    ["organize", "organise"],
    ["recognize", "recognise"],
    ["criticize", "criticise"],
    ["apologize", "apologise"],
    ["emphasize", "emphasise"],
    ["realize", "realise"],
    ["mobilize", "mobilise"],
    ["modernize", "modernise"],
    ["normalize", "normalise"],
    ["normalization", "normalisation"],
    ["militarization", "militarisation"],
    ["analyze", "analyse"],
    ["catalog", "catalogue"],
    ["traveled", "travelled"],
];
