//! ## What it does
//! Finds one person's name spelled two ways in one document ("Harriet
//! Lindqvist" and "Ms Lindquist", "Ruth Abernethy" and "Ruth Abernathy"):
//! two names a letter apart (one changed, added, dropped or two swapped;
//! two letters for long names), both standing as a person's name. It flags
//! each use of the less used spelling and names the one the document uses
//! most; between two spellings used equally often it flags the later.
//!
//! A name stands as a person's when a title comes before it ("Ms", "Senator",
//! "Commissioner"), a reporting verb after it ("Kettleman said"), a
//! quotation is attributed to it, or it shares a given name or surname with
//! the other spelling. Two spellings with different given names ("Tom
//! Hansen", "Eva Hanson") are two people and are left alone, and so is a
//! spelling that is the other with an "s" ("Edward" and "Edwards").
//!
//! ## Why is this bad?
//! A misspelled name is the error readers and the people named notice
//! first, and a pipeline that links quotations to people counts one person
//! as two.
//!
//! ## Example
//! ```text
//! The inquiry heard from Ms Harriet Lindqvist ... Ms Lindqvist said ...
//! I prefer the evidence of Ms Lindquist on the afternoon of 2 August.
//! ```
//!
//! ## Fix
//! Unsafe: two people may really have names a letter apart, so a person
//! must check each change.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::edit_distance::edit_distance;
use crate::rules::name::order::{is_common, TITLES, VERBS};
use crate::rules::Sink;

/// Shortest name compared: shorter ones ("Kim", "Park", "Lee") are often
/// two people's.
const MIN_CHARS: usize = 5;
/// Longest name compared: a longer word is no name, and its spellings
/// with letters deleted would be many.
const MAX_CHARS: usize = 24;
/// Names at least this long may be two letters apart ("El-Khatib",
/// "El-Khateeb").
const LONG_CHARS: usize = 8;
/// Neighbouring names kept for each spelling: enough to tell two people
/// apart, bounded on long documents.
const MAX_NEIGHBOURS: usize = 16;

/// Everything the document says about one capitalized word.
#[derive(Default)]
struct Word<'a> {
    /// Where each use starts.
    uses: Vec<usize>,
    /// Whether some use stands as a person's name on its own evidence.
    person: bool,
    /// The capitalized words right before and after its uses ("Ruth" of
    /// "Ruth Abernethy"), titles aside.
    neighbours: BTreeSet<&'a str>,
    /// Whether some use stands after a place's preposition or an article
    /// ("in Ireland", "the Labour"): a place's or a body's name.
    placed: bool,
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let mut words: HashMap<&str, Word<'_>> = HashMap::new();
    for quotation in &cx.article.quotations {
        let Some(speaker) = &quotation.speaker else {
            continue;
        };
        if speaker.kind == claimkit_parser::SpeakerKind::Person {
            for part in speaker.name.split_whitespace().filter(|w| is_name(w)) {
                words.entry(part).or_default().person = true;
            }
        }
    }
    read_words(cx, &mut words);
    // A name with a neighbour may be a person's by the other spelling's
    // evidence: "Rui Alburquerque" beside "Minister Rui Albuquerque".
    let mut names: Vec<&str> = words
        .iter()
        .filter(|(w, word)| {
            (word.person || !word.neighbours.is_empty())
                && !word.uses.is_empty()
                && (MIN_CHARS..=MAX_CHARS).contains(&w.chars().count())
        })
        .map(|(&w, _)| w)
        .collect();
    // In a stable order: the map's is not.
    names.sort_unstable();
    // Each spelling that may be a misspelling, with the spelling it
    // misspells: the most used of those it is close to.
    let mut flagged_by: BTreeMap<&str, &str> = BTreeMap::new();
    for (a, b) in close_pairs(&names) {
        let (wa, wb) = (&words[a], &words[b]);
        // Two people: each spelling has its own given name or surname.
        let two_people = !wa.neighbours.is_empty()
            && !wb.neighbours.is_empty()
            && wa.neighbours.is_disjoint(&wb.neighbours);
        // One person's other name beside both: "Ruth" of "Ruth Abernethy"
        // and "Ruth Abernathy" (not "Asia" of "Southeast Asia").
        let shared = wa
            .neighbours
            .intersection(&wb.neighbours)
            .any(|n| words.get(n).is_some_and(|w| w.person));
        // A place or a body: "in Ireland", "the Labour".
        let placed = wa.placed || wb.placed;
        if two_people || placed || !(wa.person || shared) || !(wb.person || shared) {
            continue;
        }
        let a_kept = wa.uses.len() > wb.uses.len()
            || (wa.uses.len() == wb.uses.len() && wa.uses[0] < wb.uses[0]);
        let (kept, flagged) = if a_kept { (a, b) } else { (b, a) };
        let better = flagged_by
            .get(flagged)
            .is_none_or(|other| words[*other].uses.len() < words[kept].uses.len());
        if better {
            flagged_by.insert(flagged, kept);
        }
    }
    // A word the text also writes in lower case is a word, not a name:
    // "Assistance", "Departmental". The text is read once for all of them.
    let lower = written_lower(cx.text, flagged_by.iter().flat_map(|(a, b)| [*a, *b]));
    for (&flagged, &kept) in &flagged_by {
        if lower.contains(&flagged.to_lowercase()) || lower.contains(&kept.to_lowercase()) {
            continue;
        }
        let (kept_word, flagged_word) = (&words[kept], &words[flagged]);
        let kept_span = cx.span(kept_word.uses[0], kept_word.uses[0] + kept.len());
        let how = if kept_word.uses.len() == flagged_word.uses.len() {
            format!("the document first writes “{kept}”")
        } else {
            format!(
                "the document writes “{kept}” {} and “{flagged}” {}",
                times(kept_word.uses.len()),
                times(flagged_word.uses.len())
            )
        };
        for &at in &flagged_word.uses {
            let span = cx.span(at, at + flagged.len());
            out.report(format!("“{flagged}” is spelled “{kept}” elsewhere"), span)
                .help(format!(
                    "{how}; check which spelling is right and use it throughout"
                ))
                .related(format!("spelled “{kept}” here"), kept_span)
                .fix(
                    format!("write “{kept}”"),
                    Safety::Unsafe,
                    vec![Edit {
                        span,
                        replacement: kept.to_string(),
                    }],
                );
        }
    }
}

/// Reads every capitalized word of the text into `words`: its uses, whether
/// a title or a reporting verb marks one as a person's name, and the
/// capitalized words beside it. A line break joins two words; a blank line
/// does not.
fn read_words<'a>(cx: &Context<'a>, words: &mut HashMap<&'a str, Word<'a>>) {
    // The word before, as written, and the name it was (if it was one and
    // could be a clause's subject: "Kettleman said", not "in London
    // announced").
    let mut previous: Option<(&str, Option<&str>)> = None;
    let mut subject = true;
    let mut previous_titled = false;
    for (start, line) in cx.lines() {
        if line.trim().is_empty() {
            previous = None;
            subject = true;
            continue;
        }
        let mut at = 0;
        for raw in line.split(' ') {
            let offset = at;
            at += raw.len() + 1;
            if raw.is_empty() {
                continue;
            }
            // Most words are lower case: no name, and nothing to trim.
            let lower = raw.as_bytes()[0].is_ascii_lowercase();
            let lead = if lower {
                0
            } else {
                raw.len() - raw.trim_start_matches(OPENING).len()
            };
            let name = if lower {
                None
            } else {
                let bare = raw[lead..].trim_end_matches(|c: char| !c.is_alphabetic());
                let bare = claimkit_parser::without_possessive(bare);
                Some(bare).filter(|w| is_name(w) && !is_title(w) && !is_common(w))
            };
            // Whether this use stands after a title, itself or through the
            // given name between ("Mr. Sunil Abeyratne").
            let mut titled = false;
            if let Some((before, before_name)) = previous {
                if let Some(before_name) = before_name.filter(|_| subject) {
                    if VERBS.contains(&raw.trim_end_matches([',', '.'])) {
                        words.entry(before_name).or_default().person = true;
                    }
                }
                if let Some(name) = name {
                    // Only what touches: "Ruth Abernethy", not "Ruth, Abernethy".
                    let touching = before.ends_with(|c: char| c.is_alphabetic()) && lead == 0;
                    if let (Some(before_name), true) = (before_name, touching) {
                        add_neighbour(words.entry(before_name).or_default(), name);
                        add_neighbour(words.entry(name).or_default(), before_name);
                    }
                    titled = is_title(before.trim_start_matches(OPENING).trim_end_matches(','))
                        || (touching && previous_titled);
                }
            }
            if let Some(name) = name {
                let placed = previous.is_some_and(|(before, _)| PLACE_WORDS.contains(&before));
                let word = words.entry(name).or_default();
                word.person |= titled;
                word.placed |= placed;
                word.uses.push(start + offset + lead);
            }
            // A name after a lower-case word ("in London") is no subject.
            subject = !previous.is_some_and(|(before, _)| before.starts_with(char::is_lowercase));
            previous_titled = titled;
            previous = Some((raw, name));
        }
    }
}

/// Which of `words`, lower-cased, `text` writes in lower case as words of
/// their own.
fn written_lower<'a>(text: &str, words: impl Iterator<Item = &'a str>) -> HashSet<String> {
    let wanted: HashSet<String> = words.map(str::to_lowercase).collect();
    if wanted.is_empty() {
        return HashSet::new();
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(char::is_lowercase) && wanted.contains(*w))
        .map(str::to_string)
        .collect()
}

fn add_neighbour<'a>(word: &mut Word<'a>, neighbour: &'a str) {
    if word.neighbours.len() < MAX_NEIGHBOURS {
        word.neighbours.insert(neighbour);
    }
}

/// Words before a place's or a body's name, seldom before a person's.
const PLACE_WORDS: &[&str] = &[
    "the", "in", "at", "from", "over", "across", "into", "near", "on", "The",
];

/// Marks a word may open with: "(Senator", "“Lindqvist".
const OPENING: &[char] = &['(', '[', '“', '‘', '"', '\'', '*', '_'];

/// "Lindqvist", "El-Khatib", "O’Neill": a capital, then letters (at least
/// two of them lower case), hyphens and apostrophes. Not "NATO", not "2020".
fn is_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
        && word.chars().filter(|c| c.is_lowercase()).count() >= 2
}

/// A title before a name ("Ms", "Mr.", "Senator", "Commissioner").
fn is_title(word: &str) -> bool {
    // Titles are short ASCII words: others are not lower-cased to look.
    const LONGEST: usize = 16;
    if word.len() > LONGEST || !word.is_ascii() {
        return false;
    }
    let mut buffer = [0u8; LONGEST];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).unwrap_or("");
    TITLE_SET.contains(lower)
}

/// Both title lists as one set: every capitalized word's neighbour is
/// looked up.
static TITLE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TITLES.iter().chain(MORE_TITLES).copied().collect());

/// Titles before a name that `name/order` does not need: there two
/// capitalized words after one are read as a name in either order.
const MORE_TITLES: &[&str] = &[
    "captain",
    "commissioner",
    "coordinator",
    "councillor",
    "councilor",
    "dame",
    "deputy",
    "detective",
    "director",
    "director-general",
    "inspector",
    "lady",
    "lord",
    "officer",
    "rev.",
    "sergeant",
    "sir",
    "superintendent",
];

/// Given names that are one name transliterated two or more ways, each
/// borne by many people.
const TRANSLITERATED: &[&str] = &[
    // And two parties' names: Australia's "Labor", Britain's "Labour".
    "Labor",
    "Labour",
    "Abdallah",
    "Abdullah",
    "Ahmad",
    "Ahmed",
    "Aleksandr",
    "Alexander",
    "Catherine",
    "Hasan",
    "Hassan",
    "Husain",
    "Hussain",
    "Hussein",
    "Katherine",
    "Mohamed",
    "Mohammad",
    "Mohammed",
    "Muhammad",
    "Muhammed",
    "Phillip",
    "Philip",
    "Stephen",
    "Steven",
    "Youssef",
    "Yousef",
    "Yusuf",
];

/// Pairs of `names` a letter apart (two for long names), each once, in a
/// stable order. Names are matched through the spellings they have with one
/// letter deleted (two for long names), so the cost grows with the number
/// of names, not with its square.
fn close_pairs<'a>(names: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut by_deletion: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        for key in deletions(name) {
            let list = by_deletion.entry(key).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut pairs = BTreeSet::new();
    for list in by_deletion.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                let (a, b) = (names[i], names[j]);
                if close(a, b) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.into_iter().collect()
}

/// `name` itself and its spellings with one letter deleted, and with two
/// for long names.
fn deletions(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out = vec![name.to_string()];
    for i in 1..chars.len() {
        let one: Vec<char> = [&chars[..i], &chars[i + 1..]].concat();
        if chars.len() >= LONG_CHARS {
            for j in 1..one.len() {
                out.push([&one[..j], &one[j + 1..]].concat().into_iter().collect());
            }
        }
        out.push(one.into_iter().collect());
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether two names are one person's name misspelled: the same first
/// letter, one edit apart (two for long names), not a plural, a family's
/// "s" ("Edward", "Edwards") or a people's word ("Korea", "Korean").
fn close(name_a: &str, name_b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (name_a.chars().collect(), name_b.chars().collect());
    // "Evidence-Based", "Evidence-based": capitals, not spelling.
    if a.len().min(b.len()) < MIN_CHARS
        || a[0] != b[0]
        || a.iter()
            .flat_map(|c| c.to_lowercase())
            .eq(b.iter().flat_map(|c| c.to_lowercase()))
    {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    // "Edwards", "Australian", "Israeli": a family's s or a people's word.
    if long.len() == short.len() + 1
        && long.starts_with(short)
        && matches!(long.last(), Some('s' | 'n' | 'i'))
    {
        return false;
    }
    // "Democratic", "Chinese": adjectives and nouns of a kind, not names;
    // "Mohammad" and "Mohammed": one given name written two ways, often two
    // people's.
    let kind_word = |w: &str| {
        ["ic", "ian", "ese", "ish", "ism"]
            .iter()
            .any(|end| w.ends_with(end))
            || TRANSLITERATED.contains(&w)
    };
    // "Iceland" and "Ireland", "Slovakia" and "Slovenia": two places.
    let place = |w: &str| claimkit_parser::is_state_name(w);
    if kind_word(name_a) || kind_word(name_b) || place(name_a) || place(name_b) {
        return false;
    }
    // Two letters apart only for long names of one part: "Jae-myung" and
    // "Jae-yong" are two people's.
    let limit = if short.len() >= LONG_CHARS && !name_a.contains('-') && !name_b.contains('-') {
        2
    } else {
        1
    };
    edit_distance(name_a, name_b) <= limit
}

/// "1 time", "3 times".
fn times(n: usize) -> String {
    format!("{n} time{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::{close, close_pairs};

    #[test]
    fn tells_misspellings_from_other_names() {
        assert!(close("Abernethy", "Abernathy"));
        assert!(close("Kristoffer", "Kristofer"));
        assert!(close("Rutherford-Osei", "Rutherford-Ossei"));
        assert!(close("Lindqvist", "Lindquist"));
        assert!(
            !close("Jae-myung", "Jae-yong"),
            "two letters in a hyphenated name"
        );
        assert!(!close("Iceland", "Ireland"), "two countries");
        assert!(
            !close("Mohammad", "Mohammed"),
            "one given name, many people"
        );
        assert!(!close("Democratic", "Democrats"), "a word of a kind");
        assert!(!close("Edward", "Edwards"), "a family's s");
        assert!(!close("Australia", "Australian"), "a people's word");
        assert!(!close("Hanson", "Janson"), "another first letter");
        assert!(!close("Park", "Parks"), "too short to tell");
        assert!(!close("Morrison", "Harrison"));
        assert!(!close("Robertson", "Robinson"), "three letters apart");
    }

    #[test]
    fn pairs_each_close_pair_once() {
        let names = ["Abernathy", "Abernethy", "Lindqvist", "Lindquist", "Tanaka"];
        assert_eq!(
            close_pairs(&names),
            vec![("Abernathy", "Abernethy"), ("Lindquist", "Lindqvist")]
        );
    }
}
