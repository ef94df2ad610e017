//! Reading a speaker off the words around a cue: names, roles, noun
//! phrases, and where a sentence starts.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::*;
use crate::model::{Speaker, SpeakerKind};

/// The cue as the output names it: "responds to reports ... by saying" is
/// "responds by saying".
pub(super) fn cue_name(found: &str) -> String {
    let words: Vec<&str> = found.split_whitespace().collect();
    if let [first, .., by, how] = words.as_slice() {
        if words.len() > 3 && by.eq_ignore_ascii_case("by") {
            return format!("{first} by {how}");
        }
    }
    // "its assessment that": the noun is the cue.
    let cue = words.join(" ");
    match cue.strip_suffix(" that") {
        Some(noun) => noun.to_string(),
        None => cue,
    }
}

pub(super) static AFTER_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    // Names keep their particles: "Pieter van Dijk", "Mr. de Graaf".
    let particle = r"(?:van|von|de|der|den|du|da|di|la|le|bin|ibn|al|el|del|dos|das|ter|ten)\s+";
    let name = format!(
        r"((?:[A-Z][\w’'.-]*\s+(?:{particle})*){{0,4}}[A-Z][\w’'-]*|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?|he|she|they|it)"
    );
    let cue =
        r"(said|says|told|added|adds|asked|wrote|writes|remarked|noted|stated|states|commented)";
    Regex::new(&format!(r"^\s*,?\s*(?:{cue}\s+{name}|{name}\s+{cue})\b")).unwrap()
});

/// "…,” as then-President Habibie of Indonesia put it": the speaker in an
/// "as ... put it" clause after a quotation.
static AS_PUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[,.]?\s*as\s+((?:then-|former\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?)\s+(put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|observed|remarked)\b").unwrap()
});

/// "…,” Kono said" or "…,” said Kono": the cue and the name after a quotation.
pub(super) fn after_quote(rest: &str) -> Option<(String, String)> {
    if let Some(c) = AS_PUT.captures(rest) {
        let name = c[1]
            .trim_start_matches("then-")
            .trim_start_matches("former ")
            .to_string();
        return Some((c[2].split_whitespace().collect::<Vec<_>>().join(" "), name));
    }
    // Cheap test first: a cue or a name, a letter, must follow.
    if !rest
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .starts_with(char::is_alphabetic)
    {
        return None;
    }
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
pub(super) fn inverted_speaker(after_cue: &str) -> Option<String> {
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
pub(super) fn named_run(text: &str) -> Option<String> {
    named_run_with_end(text).map(|(name, _)| name)
}

/// [`named_run`], and the byte offset in `text` just past the run's last word
/// (its trailing punctuation excluded), however the words were spaced.
pub(super) fn named_run_with_end(text: &str) -> Option<(String, usize)> {
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
pub(super) fn is_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&word.to_lowercase().as_str())
}

/// The named run a sentence begins with, after an article.
pub(super) fn sentence_subject(sentence: &str) -> Option<String> {
    let mut trimmed = sentence.trim_start();
    // "In a press conference on May 19, Motegi ...": the main clause's subject.
    let first = trimmed
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if INTRODUCERS.contains(&first.as_str()) {
        trimmed = trimmed.split_once(", ")?.1.trim_start();
    }
    let trimmed = trimmed.strip_prefix("The ").unwrap_or(trimmed);
    let (name, end) = named_run_with_end(trimmed).filter(|(n, _)| !is_pronoun(n))?;
    // "Sixty-four South Korean and Japanese civic groups": the common noun
    // that heads the phrase a few words on is part of it.
    let ahead: Vec<&str> = trimmed[end..].split_whitespace().take(3).collect();
    let head = ahead.iter().position(|w| {
        let w = w.trim_end_matches([',', ';', ':']).to_lowercase();
        ORG_NOUNS.contains(&w.as_str()) || UNNAMED_NOUNS.contains(&w.as_str())
    });
    let lowercase = |w: &&str| w.starts_with(|c: char| c.is_lowercase());
    // Words before the head are adjectives ("civic"), not verbs ("holds news").
    let verb_like = |w: &&str| w.ends_with('s') || w.ends_with("ed");
    let ambiguous = |w: &str| matches!(w, "news" | "press" | "post" | "times" | "media");
    match head {
        Some(k)
            if ahead[..=k].iter().all(lowercase)
                && !ahead[..k].iter().any(verb_like)
                && !ambiguous(ahead[k]) =>
        {
            Some(format!(
                "{name} {}",
                ahead[..=k].join(" ").trim_end_matches([',', ';', ':'])
            ))
        }
        _ => Some(name),
    }
}

/// The speaker a noun phrase ending just before a cue names.
pub(super) fn noun_phrase(words: &[&str]) -> Speaker {
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
pub(super) fn classify(named: &str, role: Option<String>) -> Speaker {
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

pub(super) fn is_org_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ORG_NOUNS.contains(
        &lower
            .trim_end_matches(['’', '\''])
            .trim_end_matches("’s")
            .trim_end_matches("'s"),
    )
}

pub(super) fn strip_article(name: &str) -> String {
    let name = name.trim();
    name.strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name)
        .to_string()
}

pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// Where the sentence holding byte `at` starts.
pub(super) fn sentence_start(text: &str, at: usize) -> usize {
    let floor = lookback_floor(text, at);
    sentence_end_after(text, at, floor).unwrap_or(floor)
}

/// How far back from `at` a sentence is looked for: an attribution stands
/// close to its quotation, and looking further would make a long run of
/// text without full stops cost quadratic time.
pub(super) fn lookback_floor(text: &str, at: usize) -> usize {
    let mut floor = at.min(text.len()).saturating_sub(MAX_LOOKBACK);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    floor
}

/// Where the sentence holding byte `at` starts, when a sentence ends after
/// byte `floor`; `None` when none does.
pub(super) fn sentence_end_after(text: &str, at: usize, floor: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let at = at.min(text.len());
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
        // The separator may be a multibyte space (U+00A0, U+202F, U+3000).
        let word_start = text[word_floor..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || c == '(')
            .map_or(word_floor, |(p, c)| word_floor + p + c.len_utf8());
        let word = &text[word_start..i];
        if word.chars().count() == 1 && word.chars().all(char::is_uppercase)
            || ABBREVIATIONS.contains(&word)
            || word.contains('.')
        {
            continue;
        }
        return Some(at - rest.trim_start().len());
    }
    None
}

/// How far before a quotation its sentence may start, in bytes.
pub(super) const MAX_LOOKBACK: usize = 1500;
