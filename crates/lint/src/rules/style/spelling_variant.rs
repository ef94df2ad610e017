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

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let quoted: Vec<(usize, usize)> = cx
        .article
        .quotations
        .iter()
        // Outer quotations only: sorted and disjoint, as `inside` needs.
        .filter(|q| q.nested_in.is_none())
        .map(|q| (q.span.start, q.span.end))
        .collect();
    // For each pair: every use (offset, word as written, spelling side, the
    // proper name it stands in, if any).
    let mut found: BTreeMap<usize, Vec<Use<'_>>> = BTreeMap::new();
    // Every word of the -ize/-ise family ("liberalization", "reorganised"):
    // its use, and where its "z" or "s" stands.
    let mut family: Vec<(Use<'_>, usize)> = Vec::new();
    for (start, line) in cx.lines() {
        let tokens = tokens(line);
        for (i, &(at, token)) in tokens.iter().enumerate() {
            if let Some((side, letter)) = ize_side(token) {
                if !inside(&quoted, start + at) {
                    let word = Use {
                        at: start + at,
                        word: token,
                        side,
                        name: None,
                    };
                    family.push((word, letter));
                }
            }
            let forms = if token.is_ascii() {
                // Every form is ASCII: an ASCII word of another length is
                // none, and one of a form's length is lower-cased in place.
                if !FORMS.lengths.get(token.len()).is_some_and(|&is| is) {
                    continue;
                }
                let mut buffer = [0u8; MAX_FORM];
                let lower = &mut buffer[..token.len()];
                lower.copy_from_slice(token.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower)
                    .ok()
                    .and_then(|lower| FORMS.uses.get(lower))
            } else {
                FORMS.uses.get(token.to_lowercase().as_str())
            };
            let Some(uses) = forms else {
                continue;
            };
            for &(k, side) in uses {
                // Quoted words keep the spelling of whoever wrote them.
                if !inside(&quoted, start + at) && !shared_sense(&tokens, i) {
                    found.entry(k).or_default().push(Use {
                        at: start + at,
                        word: token,
                        side,
                        name: name_of(line, &tokens, i),
                    });
                }
            }
        }
    }
    // The document's own spelling: decided by the words in running text of
    // every pair, then of this pair, then by every use of it, then by the
    // first.
    let common = |uses: &[Use<'_>], side: usize| {
        uses.iter()
            .filter(|u| u.side == side && u.name.is_none())
            .count()
    };
    let document = [0, 1].map(|side| found.values().map(|uses| common(uses, side)).sum::<usize>());
    for (k, uses) in &found {
        let all = |side: usize| uses.iter().filter(|u| u.side == side).count();
        let weight = |side: usize| (common(uses, side), document[side], all(side));
        let house = match weight(0).cmp(&weight(1)) {
            std::cmp::Ordering::Greater => 0,
            std::cmp::Ordering::Less => 1,
            std::cmp::Ordering::Equal => uses[0].side,
        };
        // Running text is held to the house spelling when it mixes them; a
        // proper name only to its own other uses ("Defence Minister" beside
        // "Defense Minister"), never to running text ("Five Power Defence
        // Arrangements" in a document that writes "defense").
        let mut groups: BTreeMap<Option<String>, [Vec<&Use<'_>>; 2]> = BTreeMap::new();
        for u in uses {
            groups.entry(u.name.clone()).or_default()[u.side].push(u);
        }
        for sides in groups.values() {
            if sides[0].is_empty() || sides[1].is_empty() {
                continue;
            }
            let kept_side = match sides[0].len().cmp(&sides[1].len()) {
                std::cmp::Ordering::Greater => 0,
                std::cmp::Ordering::Less => 1,
                std::cmp::Ordering::Equal => house,
            };
            report(
                cx,
                out,
                VARIANTS[*k],
                kept_side,
                sides[kept_side][0],
                all(kept_side),
                &sides[1 - kept_side],
            );
        }
    }
    family_outliers(cx, out, &family);
}

/// The words of the -ize/-ise family the document spells the other way
/// from most of them: "liberalization" among "-ise" words, "reorganised"
/// among "-ize" ones. Only words no listed pair knows are reported; the
/// listed ones ("organization") count towards the document's way.
fn family_outliers(cx: &Context<'_>, out: &mut Sink<'_>, family: &[(Use<'_>, usize)]) {
    let count = |side: usize| family.iter().filter(|(u, _)| u.side == side).count();
    let (z, s) = (count(0), count(1));
    let document_side = if z >= 2 * s.max(1) {
        Some(0)
    } else if s >= 2 * z.max(1) {
        Some(1)
    } else {
        None
    };
    // One word spelled both ways ("liberalisation", "liberalization"): the
    // way it is spelled more often, or the document's, or the first.
    let spelled_z = |(u, letter): &(Use<'_>, usize)| {
        format!("{}z{}", &u.word[..*letter], &u.word[letter + 1..]).to_lowercase()
    };
    let mut words: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    for entry in family {
        words.entry(spelled_z(entry)).or_default()[entry.0.side] += 1;
    }
    let names = ["US", "UK"];
    for entry in family {
        let (u, letter) = entry;
        let [zs, ss] = words[&spelled_z(entry)];
        let kept_side = if zs > 0 && ss > 0 {
            match zs.cmp(&ss) {
                std::cmp::Ordering::Greater => 0,
                std::cmp::Ordering::Less => 1,
                std::cmp::Ordering::Equal => document_side.unwrap_or_else(|| {
                    family
                        .iter()
                        .find(|e| spelled_z(e) == spelled_z(entry))
                        .map_or(0, |e| e.0.side)
                }),
            }
        } else {
            match document_side {
                Some(side) => side,
                None => continue,
            }
        };
        if u.side == kept_side || listed(u.word) {
            continue;
        }
        let kept = &family
            .iter()
            .find(|e| {
                e.0.side == kept_side && (zs == 0 || ss == 0 || spelled_z(e) == spelled_z(entry))
            })
            .expect("counted")
            .0;
        let span = cx.span(u.at, u.at + u.word.len());
        let swapped = if kept_side == 0 { "z" } else { "s" };
        let replacement = format!("{}{swapped}{}", &u.word[..*letter], &u.word[letter + 1..]);
        let message = if zs > 0 && ss > 0 {
            format!(
                "“{}” is the {} spelling; the document uses the {} “{}” {}",
                u.word,
                names[1 - kept_side],
                names[kept_side],
                kept.word,
                times([zs, ss][kept_side])
            )
        } else {
            format!(
                "“{}” is the {} spelling; the document spells words of its kind the {} way {}",
                u.word,
                names[1 - kept_side],
                names[kept_side],
                times(count(kept_side))
            )
        };
        out.report(message, span)
            .help(format!(
                "write “{replacement}”, unless this is a proper name that keeps its own spelling"
            ))
            .related(
                format!("{} spelling", names[kept_side]),
                cx.span(kept.at, kept.at + kept.word.len()),
            )
            .fix(
                format!("write “{replacement}”"),
                Safety::Unsafe,
                vec![Edit { span, replacement }],
            );
    }
}

/// Whether a listed pair knows `word`.
fn listed(word: &str) -> bool {
    FORMS.uses.contains_key(word.to_lowercase().as_str())
}

/// Whether `word` is of the -ize/-ise family, which side it spells (0: US
/// "z", 1: UK "s") and at which byte its "z" or "s" stands: a lowercase
/// word whose stem ends as such verbs' stems do ("liberal-", "organ-",
/// "stabil-", "recogn-", "priorit-", "modern-"), so that "advertise", "compromise",
/// "exercise" and "surprise" are none.
fn ize_side(word: &str) -> Option<(usize, usize)> {
    const SUFFIXES: [&str; 8] = ["ations", "ation", "ers", "er", "ing", "ed", "es", "e"];
    const STEMS: [&str; 16] = [
        "al", "ar", "an", "on", "il", "or", "at", "ic", "er", "gn", "im", "it", "et", "og", "rn",
        "rd",
    ];
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) || word.len() < 7 || word == "treatise" {
        return None;
    }
    for suffix in SUFFIXES {
        let Some(head) = word.strip_suffix(suffix) else {
            continue;
        };
        let side = match head.as_bytes().last() {
            Some(b'z') => 0,
            Some(b's') => 1,
            _ => continue,
        };
        let letter = head.len() - 1;
        let stem = head[..letter].strip_suffix('i')?;
        if stem.len() >= 3 && STEMS.iter().any(|e| stem.ends_with(e)) {
            return Some((side, letter));
        }
        return None;
    }
    None
}

/// One use of a spelling.
struct Use<'a> {
    at: usize,
    word: &'a str,
    /// 0: US, 1: UK.
    side: usize,
    /// The proper name the word stands in, in lower case, with the word
    /// itself left out ("minister" for "Defence Minister", "ministry of" for
    /// "Ministry of Defence"); `None` in running text.
    name: Option<String>,
}

fn report(
    cx: &Context<'_>,
    out: &mut Sink<'_>,
    stems: [&str; 2],
    kept_side: usize,
    kept: &Use<'_>,
    kept_count: usize,
    flagged: &[&Use<'_>],
) {
    let names = ["US", "UK"];
    let (kept_name, flagged_name) = (names[kept_side], names[1 - kept_side]);
    let (from, to) = (stems[1 - kept_side], stems[kept_side]);
    for u in flagged {
        let span = cx.span(u.at, u.at + u.word.len());
        let replacement = respell(u.word, from, to);
        out.report(
            format!(
                "“{}” is the {flagged_name} spelling; the document uses the {kept_name} “{}” {}",
                u.word,
                kept.word,
                times(kept_count)
            ),
            span,
        )
        .help(format!(
            "write “{replacement}”, unless this is a proper name that keeps its own spelling"
        ))
        .related(
            format!("{kept_name} spelling"),
            cx.span(kept.at, kept.at + kept.word.len()),
        )
        .fix(
            format!("write “{replacement}”"),
            Safety::Unsafe,
            vec![Edit { span, replacement }],
        );
    }
}

fn times(n: usize) -> String {
    if n == 1 {
        "once".to_string()
    } else {
        format!("{n} times")
    }
}

/// Whether `at` lies inside one of the sorted, disjoint `ranges`.
fn inside(ranges: &[(usize, usize)], at: usize) -> bool {
    let i = ranges.partition_point(|&(start, _)| start <= at);
    i > 0 && at < ranges[i - 1].1
}

/// The alphabetic words of a line, with their byte offsets.
fn tokens(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// The proper name token `i` of `line` stands in, if it is capitalized and
/// joined by a single space to a capitalized neighbour (or to "X of"): the
/// neighbour in lower case, the word after first; a capitalized word alone
/// in mid-sentence stands in a name of its own ("").
fn name_of(line: &str, tokens: &[(usize, &str)], i: usize) -> Option<String> {
    let word = tokens[i].1;
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let capital = |t: &(usize, &str)| t.1.chars().next().is_some_and(char::is_uppercase);
    let gap = |a: &(usize, &str), b: &(usize, &str)| &line[a.0 + a.1.len()..b.0];
    if let Some(next) = tokens.get(i + 1) {
        if capital(next) && gap(&tokens[i], next) == " " {
            return Some(next.1.to_lowercase());
        }
    }
    if let Some(before) = i.checked_sub(1).map(|j| &tokens[j]) {
        if gap(before, &tokens[i]) == " " {
            if capital(before) && !sentence_start(line, before.0) {
                return Some(before.1.to_lowercase());
            }
            // "Ministry of Defence", "Department of Defense".
            if let Some(owner) = i.checked_sub(2).map(|j| &tokens[j]) {
                if before.1 == "of" && capital(owner) && gap(owner, before) == " " {
                    return Some(format!("{} of", owner.1.to_lowercase()));
                }
            }
        }
    }
    // A capital in mid-sentence names something ("the Organization's").
    (!sentence_start(line, tokens[i].0)).then(String::new)
}

/// Whether the word at `at` opens a sentence (or the line).
fn sentence_start(line: &str, at: usize) -> bool {
    let before = line[..at].trim_end_matches(|c: char| {
        c == ' ' || c == '*' || c == '_' || c == '"' || c == '“' || c == '('
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':'])
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
/// The endings a stem takes ("defenses", "organized", "traveling").
const ENDINGS: [&str; 6] = ["", "s", "es", "d", "ed", "ing"];

/// Every form of every stem (a stem and one of [`ENDINGS`]), with the pair
/// and the side it spells, in the order of [`VARIANTS`]; and the lengths
/// the forms have, to pass over other words without lower-casing them.
struct Forms {
    uses: HashMap<String, Vec<(usize, usize)>>,
    /// By byte length up to [`MAX_FORM`]: whether a form is that long.
    lengths: Vec<bool>,
}

/// More bytes than the longest form ("militarisations") has.
const MAX_FORM: usize = 32;

static FORMS: LazyLock<Forms> = LazyLock::new(|| {
    let mut uses: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (k, pair) in VARIANTS.iter().enumerate() {
        for (side, stem) in pair.iter().enumerate() {
            for ending in ENDINGS {
                let found = uses.entry(format!("{stem}{ending}")).or_default();
                if !found.contains(&(k, side)) {
                    found.push((k, side));
                }
            }
        }
    }
    let mut lengths = vec![false; MAX_FORM + 1];
    for form in uses.keys().filter(|form| form.len() <= MAX_FORM) {
        lengths[form.len()] = true;
    }
    Forms { uses, lengths }
});

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
    // Not in computing, where UK English writes "program" too.
    ["program", "programme"],
];

/// Whether the use at `tokens[i]` is of a sense both spellings share: a
/// computer program ("software program"), or a form written alike on both
/// sides ("programmed").
fn shared_sense(tokens: &[(usize, &str)], i: usize) -> bool {
    let lower = tokens[i].1.to_lowercase();
    if !lower.starts_with("program") {
        return false;
    }
    let before = i
        .checked_sub(1)
        .map(|k| tokens[k].1.to_lowercase())
        .unwrap_or_default();
    lower == "programmed" || matches!(before.as_str(), "computer" | "software" | "a computer")
}
