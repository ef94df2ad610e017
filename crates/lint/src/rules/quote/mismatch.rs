//! ## What it does
//! Finds the same statement quoted twice with different words, typically
//! once in the text and once in the chronology. Quotations are compared word
//! by word, ignoring case, punctuation and curly or straight marks, so
//! quotations that differ only in those are not flagged; nor is a quotation
//! that quotes only part of the other. It shows both places and the words
//! that differ. Only statements are compared: quoted names and titles
//! (“Bureau of Economic and Business Affairs”, “An act to regulate ...”,
//! addresses), terms and scare quotes (the quotation's `role`) name
//! something rather than state it, the halves of one quotation split by
//! its attribution (“...,” she said, “...”) are one statement, and one
//! speaker's quotations in one paragraph are sentences in turn, not
//! versions of each other.
//!
//! ## Why is this bad?
//! At most one of the two can be what was said. A reader who notices the
//! difference stops trusting both.
//!
//! ## Example
//! ```text
//! ... was reported to have said, “It is shameless for the Japanese government ...”
//! June 29, 2020: ... official says, “It’s shameful for the Japanese government ...”
//! ```

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use claimkit_parser::QuoteRole;

use crate::context::Context;
use crate::rules::Sink;

/// Quotations shorter than this are phrases ("dismay"), too short to
/// compare; a four-word quotation ("a fair, lasting deal") is a statement.
const MIN_WORDS: usize = 4;
/// The share of the shorter quotation's words the two must have in common.
const MIN_SHARED: f64 = 0.75;
/// The stretch of common wording, word for word, beside which one
/// substituted word still counts as standing together.
const MIN_RUN: usize = 3;
/// Word pairs beyond which two quotations are too long to compare: a
/// pathological pair stays cheap.
const LCS_CAP: usize = 4_000_000;
/// A two-word sequence in more quotations than this says nothing about a pair.
const MAX_POSTINGS: usize = 50;
/// Bytes between two quotations of one paragraph within which they are one
/// statement split by its attribution, not two versions of it.
const SPLIT_GAP: usize = 60;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let quotations = &cx.article.quotations;
    // Candidate pairs share a two-word sequence; this keeps the work near
    // linear. Sequences are kept as hashes, not words, so that the words of
    // every quotation need not be held at once: a collision only adds a
    // pair for `compare` to turn down.
    let mut kept: Vec<usize> = Vec::new();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, q) in quotations.iter().enumerate() {
        if q.nested_in.is_some() || q.role != QuoteRole::Statement {
            continue;
        }
        let w = words(&q.text);
        if w.len() < MIN_WORDS {
            continue;
        }
        let grams: BTreeSet<u64> = w.windows(2).map(|g| gram(&g[0].key, &g[1].key)).collect();
        for g in grams {
            postings.entry(g).or_default().push(kept.len());
        }
        kept.push(i);
    }
    let mut pairs = BTreeSet::new();
    for list in postings.values().filter(|l| l.len() <= MAX_POSTINGS) {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                pairs.insert((kept[a], kept[b]));
            }
        }
    }
    drop(postings);
    // The words of the quotations in some pair, each read once.
    let mut read: HashMap<usize, Vec<Word<'_>>> = HashMap::new();
    for &(a, b) in &pairs {
        for i in [a, b] {
            read.entry(i).or_insert_with(|| words(&quotations[i].text));
        }
    }
    for (a, b) in pairs {
        let (qa, qb) = (&quotations[a], &quotations[b]);
        // “The law is clear,” Harrowby says, “and the law is wrong.”: the
        // two halves of one statement, the first ending in its comma and a
        // few words apart, are no versions of it.
        let (first, second) = if qa.span.start <= qb.span.start {
            (qa, qb)
        } else {
            (qb, qa)
        };
        let one_paragraph = cx
            .text
            .get(first.span.end..second.span.start)
            .is_some_and(|between| !between.contains("\n\n") && !between.contains("\n\r\n"));
        let split = first.text.ends_with(',')
            && second.span.start.saturating_sub(first.span.end) <= SPLIT_GAP
            && one_paragraph;
        // “That is the number that matters for the birds,” said Dr
        // Brannigan, a seabird ecologist .... “Forty thousand is the number
        // that matters for the model.”: one speaker's next sentence in the
        // same paragraph, its words parallel by design.
        let same_speaker = one_paragraph
            && first.speaker.is_some()
            && first.speaker.as_ref().map(|s| &s.name) == second.speaker.as_ref().map(|s| &s.name);
        if split || same_speaker {
            continue;
        }
        if let Some(message) = compare(&read[&a], &read[&b]) {
            out.report(message, qb.span)
                .related("the same statement, quoted differently", qa.span)
                .help("check both against the source and make them agree");
        }
    }
}

/// A two-word sequence as a number. `DefaultHasher::new` hashes alike in
/// every run, so the order of candidate pairs (and of findings) is stable.
fn gram(first: &str, second: &str) -> u64 {
    let mut h = DefaultHasher::new();
    (first, second).hash(&mut h);
    h.finish()
}

/// A word of a quotation: as compared (lowercase, without punctuation, so
/// "It’s" is "its") and as written. The key borrows the text when it is
/// already lowercase.
struct Word<'a> {
    key: Cow<'a, str>,
    written: &'a str,
}

impl PartialEq for Word<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

fn words(text: &str) -> Vec<Word<'_>> {
    fn word(w: &str) -> Word<'_> {
        let written = w.trim_matches(|c: char| !c.is_alphanumeric());
        let key = if written
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            Cow::Borrowed(written)
        } else {
            Cow::Owned(
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<String>()
                    .to_lowercase(),
            )
        };
        Word { key, written }
    }
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut broken: Option<usize> = None;
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '/')) {
        if w.is_empty() {
            continue;
        }
        // "unregu- lated": a word hyphenated at a line break the conversion
        // joined with a space is one word, as "unregulated" and
        // "well-known" are.
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        match broken.take() {
            Some(start) if w.starts_with(char::is_lowercase) => {
                out.pop();
                out.push(word(&text[start..at + w.len()]));
            }
            _ => out.push(word(w)),
        }
        if w.len() > 1 && w.ends_with('-') && w[..w.len() - 1].ends_with(char::is_alphabetic) {
            broken = Some(at);
        }
    }
    out.retain(|w| !w.key.is_empty());
    out
}

/// What differs, when two quotations quote one statement differently.
fn compare(a: &[Word<'_>], b: &[Word<'_>]) -> Option<String> {
    // One quoting a stretch of the other word for word ("We have agreed to
    // keep talking" in "We have not agreed on the shoal. We have agreed to
    // keep talking"): a partial quotation, however the common words align.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if a.len() * b.len() <= LCS_CAP && long.windows(short.len()).any(|w| w == short) {
        return None;
    }
    let matched = lcs(a, b);
    // Only words that stand together in both count: scattered "already",
    // "on", "the" through a long quotation are no shared wording.
    let together = |near: usize| {
        let close = |(i, j): (usize, usize), (x, y): (usize, usize)| x - i <= near && y - j <= near;
        matched
            .iter()
            .enumerate()
            .filter(|&(k, &here)| {
                let next = matched.get(k + 1).is_some_and(|&after| close(here, after));
                let prev = k > 0 && close(matched[k - 1], here);
                next || prev
            })
            .count()
    };
    // Beside a stretch of common wording, a word one substituted word
    // away from the next common one stands with it ("not a final plan" /
    // "not a finished plan"); “on the cautious side” and “on the same
    // side as ...” share two words and a place, no wording.
    let run = matched
        .windows(2)
        .scan(1, |run, w| {
            *run = if w[1] == (w[0].0 + 1, w[0].1 + 1) {
                *run + 1
            } else {
                1
            };
            Some(*run)
        })
        .max()
        .unwrap_or(1);
    let together = together(if run >= MIN_RUN { 2 } else { 1 });
    let shared = together as f64 / a.len().min(b.len()) as f64;
    if shared < MIN_SHARED || matched.is_empty() {
        return None;
    }
    // Words before the first and after the last common word are a partial
    // quotation, not a difference.
    let hunks = differences(a, b, &matched);
    if hunks.is_empty() {
        return None;
    }
    let shown: Vec<String> = hunks
        .iter()
        .map(|(x, y)| format!("“{x}” / “{y}”"))
        .collect();
    Some(format!(
        "quoted with different words elsewhere: {}",
        shown.join(", ")
    ))
}

/// The pairs of indices of a longest common subsequence of words.
fn lcs(a: &[Word<'_>], b: &[Word<'_>]) -> Vec<(usize, usize)> {
    // Long quotations are rare; cap the table so a pathological pair stays cheap.
    if a.len() * b.len() > LCS_CAP {
        return Vec::new();
    }
    let mut table = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The differing stretches between common words, merged when close, each
/// shown with one common word of context on either side. Words before the
/// first or after the last common word differ only when both quotations
/// have some there; otherwise one quotes part of the other.
fn differences(
    a: &[Word<'_>],
    b: &[Word<'_>],
    matched: &[(usize, usize)],
) -> Vec<(String, String)> {
    let (Some(&(i_first, j_first)), Some(&(i_last, j_last))) = (matched.first(), matched.last())
    else {
        return Vec::new();
    };
    let mut gaps: Vec<((usize, usize), (usize, usize))> = Vec::new();
    if i_first > 0 && j_first > 0 {
        gaps.push(((0, i_first), (0, j_first)));
    }
    for pair in matched.windows(2) {
        let ((i0, j0), (i1, j1)) = (pair[0], pair[1]);
        if i1 > i0 + 1 || j1 > j0 + 1 {
            gaps.push(((i0 + 1, i1), (j0 + 1, j1)));
        }
    }
    if i_last + 1 < a.len() && j_last + 1 < b.len() {
        gaps.push(((i_last + 1, a.len()), (j_last + 1, b.len())));
    }
    // Merge gaps separated by at most two common words.
    let mut merged: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for gap in gaps {
        match merged.last_mut() {
            Some(last) if gap.0 .0 <= last.0 .1 + 2 && gap.1 .0 <= last.1 .1 + 2 => {
                last.0 .1 = gap.0 .1;
                last.1 .1 = gap.1 .1;
            }
            _ => merged.push(gap),
        }
    }
    let show = |w: &[Word<'_>], from: usize, to: usize| {
        w[from.saturating_sub(1)..(to + 1).min(w.len())]
            .iter()
            .map(|w| w.written)
            .collect::<Vec<_>>()
            .join(" ")
    };
    merged
        .into_iter()
        .map(|((a0, a1), (b0, b1))| (show(a, a0, a1), show(b, b0, b1)))
        .collect()
}
