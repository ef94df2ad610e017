//! Quotations: pairing marks, and finding who each quotation is attributed to.
//!
//! Marks are paired with a stack, so nested quotations (also with the same
//! marks) and quotations interrupted by their attribution come out whole. A
//! straight mark opens or closes by what stands around it. Attribution looks
//! for a cue ("said", "responds by saying", "according to") in the sentence
//! before the quotation, or right after it, and reads the speaker off the
//! words around the cue.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Context, MarkRole, Marks, Quotation, Speaker, SpeakerKind, StrayMark};
use crate::text::{Plain, Source};

/// Remembers who was last named, so "He went on to say" finds its speaker.
#[derive(Debug, Default)]
pub(crate) struct Attribution {
    last_person: Option<Speaker>,
}

impl Attribution {
    /// Forgets the last named person (at a chronology entry, say, which names its own).
    pub fn reset(&mut self) {
        self.last_person = None;
    }

    /// Finds the quotations of one unit of text (a paragraph, an entry) and
    /// appends them and its stray marks.
    pub fn scan(
        &mut self,
        source: &Source<'_>,
        plain: &Plain,
        context: Context,
        quotations: &mut Vec<Quotation>,
        strays: &mut Vec<StrayMark>,
    ) {
        let text = plain.text.as_str();
        let (pairs, unmatched) = pair_marks(text);
        let span = |a: usize, b: usize| {
            let (start, end) = plain.source_range(a, b);
            source.span(start, end)
        };
        for (at, c, role) in unmatched {
            strays.push(StrayMark {
                mark: c.to_string(),
                role,
                span: span(at, at + c.len_utf8()),
            });
        }
        let base = quotations.len();
        for pair in &pairs {
            let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
            let (speaker, cue) = if pair.parent.is_none() {
                self.attribute(text, pair, &pairs)
            } else {
                (None, None)
            };
            quotations.push(Quotation {
                text: inner.trim().to_string(),
                marks: marks(pair.open_mark, pair.close_mark),
                speaker,
                cue,
                context,
                nested_in: pair.parent.map(|p| base + p),
                span: span(pair.open, pair.close + pair.close_mark.len_utf8()),
            });
        }
    }

    fn attribute(
        &mut self,
        text: &str,
        pair: &Pair,
        pairs: &[Pair],
    ) -> (Option<Speaker>, Option<String>) {
        let sentence = sentence_start(text, pair.open);
        // Earlier quotations of the sentence are masked so their words are not cues.
        let mut prefix: String = text[sentence..pair.open].to_string();
        // Pairs are in order of their opening marks.
        let first = pairs.partition_point(|p| p.open < sentence);
        let last = pairs.partition_point(|p| p.open < pair.open);
        for other in pairs[first..last]
            .iter()
            .filter(|p| p.parent.is_none() && p.close < pair.open)
        {
            let (a, b) = (
                other.open - sentence,
                other.close + other.close_mark.len_utf8() - sentence,
            );
            prefix.replace_range(a..b, &"\u{1}".repeat(b - a));
        }
        let found = CUE.find_iter(&prefix).last().map(|m| (m.start(), m.end()));
        let result = match found {
            Some((start, end)) => {
                let cue = cue_name(&prefix[start..end]);
                let speaker = if cue == "according to" {
                    named_run(prefix[end..].trim_start()).map(|name| classify(&name, None))
                } else if let Some(name) = inverted_speaker(&prefix[end..]) {
                    Some(classify(&name, None))
                } else {
                    self.subject(&prefix[..start], &text[sentence..], text, sentence)
                };
                (speaker, Some(cue))
            }
            None => match after_quote(&text[pair.close + pair.close_mark.len_utf8()..]) {
                Some((cue, name)) => {
                    let words: Vec<&str> = name.split_whitespace().collect();
                    let speaker = if name.starts_with(char::is_lowercase) && words.len() > 1 {
                        // "added the minister": a descriptive phrase, not a name.
                        Some(noun_phrase(&words))
                    } else {
                        self.resolve(&name, text, sentence, &text[sentence..])
                            .or_else(|| (!is_pronoun(&name)).then(|| classify(&name, None)))
                    };
                    (speaker, Some(cue))
                }
                None => (None, None),
            },
        };
        if let Some(speaker) = &result.0 {
            if speaker.kind == SpeakerKind::Person {
                self.last_person = Some(Speaker {
                    resolved_from: None,
                    ..speaker.clone()
                });
            }
        }
        result
    }

    /// The speaker named by the words before a cue.
    fn subject(
        &self,
        before: &str,
        sentence_text: &str,
        text: &str,
        sentence: usize,
    ) -> Option<Speaker> {
        let clause = before
            .rsplit([',', ';', '\u{1}', '(', '—'])
            .next()
            .unwrap_or(before)
            .trim();
        let clause = clause.trim_end_matches(" that").trim();
        let words: Vec<&str> = clause.split_whitespace().collect();
        let last = *words.last()?;
        if is_pronoun(last) {
            // A pronoun nobody fits is no speaker; never a name of its own.
            return self.resolve(last, text, sentence, sentence_text);
        }
        let lower = last.to_lowercase();
        let first_upper = last
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if first_upper {
            return Some(noun_phrase(&words));
        }
        if ORG_NOUNS.contains(&lower.as_str())
            || UNNAMED_NOUNS.contains(&lower.as_str())
            || ROLE_NOUNS.contains(&lower.as_str())
        {
            return Some(noun_phrase(&words));
        }
        // "It also states": a pronoun subject with adverbs after it.
        if let Some(s) = self.resolve(words[0], text, sentence, sentence_text) {
            return Some(s);
        }
        // "Abe holds news conference ... and states": the sentence's subject speaks.
        sentence_subject(sentence_text).map(|name| classify(&name, None))
    }

    /// A pronoun's speaker: "he"/"she" the person last named, "it"/"its"/
    /// "who" the subject of this sentence or the one before.
    fn resolve(
        &self,
        word: &str,
        text: &str,
        sentence: usize,
        sentence_text: &str,
    ) -> Option<Speaker> {
        let lower = word.to_lowercase();
        let named = match lower.as_str() {
            "he" | "she" => self.last_person.clone(),
            "its" | "who" => sentence_subject(sentence_text).map(|n| classify(&n, None)),
            "it" | "they" => {
                let before = sentence_start(text, sentence.saturating_sub(1));
                (before < sentence)
                    .then(|| sentence_subject(&text[before..sentence]))
                    .flatten()
                    .map(|n| classify(&n, None))
            }
            _ => return None,
        };
        named.map(|s| Speaker {
            resolved_from: Some(word.to_string()),
            ..s
        })
    }
}

/// A pair of quotation marks, as plain byte offsets.
#[derive(Debug)]
struct Pair {
    open: usize,
    open_mark: char,
    close: usize,
    close_mark: char,
    /// Index in the pair list of the quotation this one is nested in.
    parent: Option<usize>,
}

/// Pairs the quotation marks of `text`; returns the pairs in order of their
/// opening marks, and the marks that pair with nothing.
fn pair_marks(text: &str) -> (Vec<Pair>, Vec<(usize, char, MarkRole)>) {
    // Each open mark: its offset, the mark, whether it is single, its pair index.
    let mut stack: Vec<(usize, char, bool, usize)> = Vec::new();
    let mut pairs: Vec<Pair> = Vec::new();
    let mut unmatched = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '„') {
            continue;
        }
        let before = k.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(k + 1).map(|&(_, c)| c);
        let opens_by_place = before
            .is_none_or(|b| b.is_whitespace() || "([{—–-/\u{1}".contains(b) || is_open_mark(b))
            && after.is_some_and(|a| !a.is_whitespace());
        let closes_by_place = before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(|a| !a.is_alphanumeric());
        let double_open = stack.iter().rposition(|&(_, _, single, _)| !single);
        let top_single = stack.last().is_some_and(|&(_, _, single, _)| single);
        let role = match c {
            '“' | '„' => Some(MarkRole::Open),
            '”' => Some(MarkRole::Close),
            '"' if double_open.is_some() && closes_by_place => Some(MarkRole::Close),
            '"' if opens_by_place => Some(MarkRole::Open),
            '"' if double_open.is_some() => Some(MarkRole::Close),
            '"' => Some(MarkRole::Close),
            '‘' | '\''
                if opens_by_place
                    && after.is_some_and(|a| a.is_alphanumeric() || a == '“' || a == '"') =>
            {
                if c == '\'' && double_open.is_none() {
                    None
                } else {
                    Some(MarkRole::Open)
                }
            }
            '’' | '\'' if top_single && closes_by_place => Some(MarkRole::Close),
            _ => None,
        };
        let single = matches!(c, '‘' | '’' | '\'');
        match role {
            Some(MarkRole::Open) => {
                let parent = stack
                    .iter()
                    .rev()
                    .find(|&&(_, _, s, _)| !s || single)
                    .map(|&(_, _, _, i)| i);
                pairs.push(Pair {
                    open: at,
                    open_mark: c,
                    close: at,
                    close_mark: c,
                    parent,
                });
                stack.push((at, c, single, pairs.len() - 1));
            }
            Some(MarkRole::Close) => {
                let target = if single {
                    stack.len().checked_sub(1)
                } else {
                    double_open
                };
                match target {
                    Some(t) => {
                        // Singles left open inside a closing double were apostrophes.
                        for (_, _, _, i) in stack.drain(t + 1..) {
                            pairs[i].close = usize::MAX;
                        }
                        let (_, _, _, i) = stack.pop().unwrap_or((0, c, single, 0));
                        pairs[i].close = at;
                        pairs[i].close_mark = c;
                    }
                    None if !single => unmatched.push((at, c, MarkRole::Close)),
                    None => {}
                }
            }
            None => {}
        }
    }
    for (at, c, single, i) in stack {
        pairs[i].close = usize::MAX;
        if !single {
            unmatched.push((at, c, MarkRole::Open));
        }
    }
    // Drop pairs never closed, renumbering parents.
    let mut renumber = vec![None; pairs.len()];
    let mut kept = Vec::with_capacity(pairs.len());
    for (i, mut pair) in pairs.into_iter().enumerate() {
        if pair.close == usize::MAX {
            continue;
        }
        pair.parent = pair.parent.and_then(|p| renumber[p]);
        renumber[i] = Some(kept.len());
        kept.push(pair);
    }
    unmatched.sort_by_key(|&(at, _, _)| at);
    (kept, unmatched)
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'')
}

fn marks(open: char, close: char) -> Marks {
    match (open, close) {
        ('“' | '„', '”') => Marks::Curly,
        ('"', '"') => Marks::Straight,
        ('‘', '’') => Marks::CurlySingle,
        ('\'', '\'') => Marks::StraightSingle,
        _ => Marks::Mixed,
    }
}

/// Verbs and phrases that attribute a quotation, longest first.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:was|were|is|are)\s+reported\s+to\s+have\s+said|respond(?:s|ed)?\b[^“”\x22\x01]{0,240}?\bby\s+saying|went\s+on\s+to\s+say|goes\s+on\s+to\s+say|according\s+to|issued\s+a\s+statement|said|says|told|tells|commented|comments|remarked|remarks|urged|urges|asked|asks|stated|states|reported|reports|added|adds|wrote|writes|noted|notes|warned|warns|declared|declares|insisted|insists|explained|explains|announced|announces|assessment)\b",
    )
    .unwrap()
});

/// The cue as the output names it: "responds to reports ... by saying" is
/// "responds by saying".
fn cue_name(found: &str) -> String {
    let words: Vec<&str> = found.split_whitespace().collect();
    if words.len() > 3
        && found.to_lowercase().ends_with("by saying")
        && words[0].to_lowercase().starts_with("respond")
    {
        return format!("{} by saying", words[0]);
    }
    words.join(" ")
}

static AFTER_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?|he|she|they|it)";
    let cue =
        r"(said|says|told|added|adds|asked|wrote|writes|remarked|noted|stated|states|commented)";
    Regex::new(&format!(r"^\s*,?\s*(?:{cue}\s+{name}|{name}\s+{cue})\b")).unwrap()
});

/// "…,” Kono said" or "…,” said Kono": the cue and the name after a quotation.
fn after_quote(rest: &str) -> Option<(String, String)> {
    let c = AFTER_QUOTE.captures(rest)?;
    let (cue, name) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
        (Some(cue), Some(name), _, _) => (cue, name),
        (_, _, Some(name), Some(cue)) => (cue, name),
        _ => return None,
    };
    let mut words: Vec<&str> = name.as_str().split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| PREPOSITIONS.contains(w)) {
        words.pop();
    }
    Some((cue.as_str().to_string(), words.join(" ")))
}

/// "said Bush," before an interrupted quotation: the name right after a cue.
fn inverted_speaker(after_cue: &str) -> Option<String> {
    if !after_cue.starts_with(char::is_whitespace) {
        return None;
    }
    let (name, end) = named_run_with_end(after_cue)?;
    after_cue[end..]
        .trim_start()
        .starts_with(',')
        .then_some(name)
}

/// The capitalized words at the start of `text` ("Kyodo News", "Moon Jae-in").
fn named_run(text: &str) -> Option<String> {
    named_run_with_end(text).map(|(name, _)| name)
}

/// [`named_run`], and the byte offset in `text` just past the run's last word
/// (its trailing punctuation excluded), however the words were spaced.
fn named_run_with_end(text: &str) -> Option<(String, usize)> {
    let mut words = Vec::new();
    let mut ends = Vec::new();
    for word in text.split_whitespace() {
        let clean = word.trim_end_matches([',', '.', ';', ':']);
        let capital = clean
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if capital || (!words.is_empty() && CONNECTORS.contains(&clean)) {
            words.push(clean);
            // `word` is a slice of `text`: its offset is the pointer difference.
            ends.push(word.as_ptr() as usize - text.as_ptr() as usize + clean.len());
            if clean.len() != word.len() {
                break;
            }
        } else {
            break;
        }
    }
    while words.last().is_some_and(|w| CONNECTORS.contains(w)) {
        words.pop();
        ends.pop();
    }
    let end = *ends.last()?;
    Some((words.join(" "), end))
}

/// Whether `word` is a pronoun that may stand for a speaker ("He", "it").
fn is_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&word.to_lowercase().as_str())
}

/// The named run a sentence begins with, after an article.
fn sentence_subject(sentence: &str) -> Option<String> {
    let trimmed = sentence.trim_start();
    let trimmed = trimmed.strip_prefix("The ").unwrap_or(trimmed);
    named_run(trimmed).filter(|n| !is_pronoun(n))
}

/// The speaker a noun phrase ending just before a cue names.
fn noun_phrase(words: &[&str]) -> Speaker {
    // The named run at the end: capitalized words and connectors.
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1];
        let capital = w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let connector = CONNECTORS.contains(&w) && start < words.len();
        if (capital || connector) && !is_possessive(w) {
            start -= 1;
        } else {
            break;
        }
    }
    while start < words.len() && CONNECTORS.contains(&words[start]) {
        start += 1;
    }
    // A named run after a preposition ("an official at the Blue House") belongs
    // to the phrase before it; so does a phrase that ends in a common noun.
    let mut before = start;
    if before > 0 && words[before - 1].eq_ignore_ascii_case("the") {
        before -= 1;
    }
    let after_preposition =
        before > 0 && PREPOSITIONS.contains(&words[before - 1].to_lowercase().as_str());
    if start == words.len() || after_preposition {
        let from = words
            .iter()
            .rposition(|w| matches!(w.to_lowercase().as_str(), "a" | "an"))
            .unwrap_or(0);
        let phrase = &words[from..];
        let head = words[..if after_preposition {
            before - 1
        } else {
            words.len()
        }]
            .iter()
            .rev()
            .find(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    && !PREPOSITIONS.contains(&w.to_lowercase().as_str())
            })
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        let name = phrase.join(" ");
        let kind = if ORG_NOUNS.contains(&head.as_str()) {
            SpeakerKind::Organization
        } else {
            SpeakerKind::UnnamedSource
        };
        let name = if kind == SpeakerKind::Organization {
            strip_article(&name)
        } else {
            name
        };
        return Speaker {
            name,
            role: None,
            kind,
            resolved_from: None,
        };
    }
    // Role words before the named run: "Center director", "Ministry of Foreign Affairs spokesperson".
    let mut role_start = start;
    while role_start > 0 {
        let w = words[role_start - 1];
        let lower = w.to_lowercase();
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if ROLE_NOUNS.contains(&lower.as_str())
            || ORG_NOUNS.contains(&lower.as_str())
            || (capital && !is_possessive(w))
            || (CONNECTORS.contains(&w) && role_start < start)
        {
            role_start -= 1;
        } else {
            break;
        }
    }
    let role_words = &words[role_start..start];
    let named = words[start..].join(" ");
    let mut speaker = classify(&named, None);
    if let Some(&last_role) = role_words.last() {
        if speaker.role.is_none() && speaker.kind == SpeakerKind::Person && is_org_word(last_role) {
            // "The South Korean daily Choson Ilbo": a newspaper.
            speaker.kind = SpeakerKind::Organization;
        }
        let extra = strip_article(&role_words.join(" "));
        speaker.role = Some(match speaker.role.take() {
            Some(role) => format!("{extra} {role}"),
            None => extra,
        });
    }
    speaker
}

/// Splits a named run into role and name, and says what kind of speaker it is.
fn classify(named: &str, role: Option<String>) -> Speaker {
    let named = strip_article(named);
    let words: Vec<&str> = named.split_whitespace().collect();
    let lower = named.to_lowercase();
    if DOCUMENT_WORDS.iter().any(|d| lower.contains(d)) {
        return Speaker {
            name: named,
            role,
            kind: SpeakerKind::Document,
            resolved_from: None,
        };
    }
    // "Chief Cabinet Secretary Suga Yoshihide": a title, then a name.
    if let Some(k) = words
        .iter()
        .rposition(|w| ROLE_TITLES.contains(&w.trim_end_matches('.')))
    {
        let name = &words[k + 1..];
        if !name.is_empty() && !name.iter().any(|w| is_org_word(w)) {
            return Speaker {
                name: name.join(" "),
                role: Some(words[..=k].join(" ")),
                kind: SpeakerKind::Person,
                resolved_from: None,
            };
        }
    }
    let kind = if words.iter().any(|w| is_org_word(w)) {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Person
    };
    Speaker {
        name: named,
        role,
        kind,
        resolved_from: None,
    }
}

fn is_org_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ORG_NOUNS.contains(
        &lower
            .trim_end_matches(['’', '\''])
            .trim_end_matches("’s")
            .trim_end_matches("'s"),
    )
}

fn strip_article(name: &str) -> String {
    let name = name.trim();
    name.strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name)
        .to_string()
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// Where the sentence holding byte `at` starts.
fn sentence_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(text.len());
    // An attribution stands close to its quotation; looking further back
    // would make a long run of text without full stops cost quadratic time.
    let mut floor = at.saturating_sub(MAX_LOOKBACK);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut i = at;
    while i > floor {
        i -= 1;
        if !matches!(bytes[i], b'.' | b'?' | b'!') {
            continue;
        }
        // Closing marks after the full stop belong to the sentence that ends.
        let after = &text[i + 1..at];
        let rest = after.trim_start_matches(['”', '"', '’', ')']);
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let mut word_floor = i.saturating_sub(16).max(floor);
        while !text.is_char_boundary(word_floor) {
            word_floor += 1;
        }
        let word_start = text[word_floor..i]
            .rfind(|c: char| c.is_whitespace() || c == '(')
            .map_or(word_floor, |p| word_floor + p + 1);
        let word = &text[word_start..i];
        if word.chars().count() == 1 && word.chars().all(char::is_uppercase)
            || ABBREVIATIONS.contains(&word)
            || word.contains('.')
        {
            continue;
        }
        return at - rest.trim_start().len();
    }
    floor
}

/// How far before a quotation its sentence may start, in bytes.
const MAX_LOOKBACK: usize = 1500;

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "Nos", "Vol", "Gen", "Lt", "Col", "Sen",
    "Rep", "Gov", "Prof", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "pp", "p", "vs", "etc", "Inc", "Co", "Corp", "Ltd", "approx",
];
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "van", "von", "bin", "al", "on", "at",
];
const PREPOSITIONS: &[&str] = &["at", "in", "from", "of", "for", "with", "on", "to", "by"];
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "its", "who", "we", "i"];
/// Words that end a role and begin a name: "Chief Cabinet Secretary | Suga Yoshihide".
const ROLE_TITLES: &[&str] = &[
    "President",
    "Minister",
    "Secretary",
    "Director",
    "Director-General",
    "Ambassador",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Leader",
    "Governor",
    "Senator",
    "Representative",
    "Rep",
    "Commissioner",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
    "General",
    "Gen",
    "Admiral",
    "Premier",
    "Mayor",
    "Envoy",
    "Adviser",
    "Advisor",
    "Deputy",
    "Chief",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Prof",
    "Professor",
    "Judge",
    "Justice",
    "Speaker",
    "Counselor",
    "Councillor",
    "Prince",
    "Princess",
    "Sen",
    "Gov",
    "Lt",
    "Col",
    "Captain",
    "Commander",
    "Officer",
    "Official",
    "director",
    "spokesperson",
    "spokesman",
    "official",
];
/// Lowercase nouns that name a role ("Center director").
const ROLE_NOUNS: &[&str] = &[
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "minister",
    "secretary",
    "leader",
    "chief",
    "head",
    "president",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "chairman",
    "chair",
    "editor",
    "correspondent",
    "director-general",
    "professor",
    "governor",
    "mayor",
];
/// Nouns that make a phrase an organization.
const ORG_NOUNS: &[&str] = &[
    "government",
    "ministry",
    "agency",
    "court",
    "daily",
    "newspaper",
    "embassy",
    "group",
    "groups",
    "office",
    "council",
    "committee",
    "foundation",
    "center",
    "centre",
    "service",
    "bank",
    "department",
    "association",
    "party",
    "union",
    "assembly",
    "news",
    "press",
    "times",
    "post",
    "journal",
    "tv",
    "ilbo",
    "shimbun",
    "administration",
    "cabinet",
    "parliament",
    "congress",
    "senate",
    "company",
    "corporation",
    "institute",
    "commission",
    "house",
    "media",
    "network",
    "broadcaster",
    "nations",
    "organization",
    "organisation",
    "forum",
    "kcna",
    "yonhap",
    "kyodo",
    "reuters",
    "xinhua",
    "board",
    "body",
    "force",
    "forces",
    "army",
    "navy",
    "command",
];
/// Nouns that make a descriptive phrase an unnamed source.
const UNNAMED_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "aide",
    "aides",
    "observer",
    "observers",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "insider",
    "insiders",
    "lawmaker",
    "lawmakers",
    "person",
    "people",
    "member",
    "members",
];
/// Words that make a name a document.
const DOCUMENT_WORDS: &[&str] = &[
    "bluebook",
    "white paper",
    "defense of japan",
    "defence of japan",
    "report",
    "paper",
    "statement",
    "declaration",
    "communiqué",
    "communique",
    "strategy",
    "review",
    "treaty",
    "resolution",
    "yearbook",
    "constitution",
    "memorandum",
];
