//! Reading a speaker off the words around a cue: names, roles, noun
//! phrases, and where a sentence starts.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::*;
use super::lower::ToLower;
use crate::model::{Speaker, SpeakerKind};
use crate::text::FindShort;

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

/// The cues the regex below knows after a quotation, sorted.
const AFTER_QUOTE_CUES: [&str; 121] = [
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "agreed",
    "announced",
    "announces",
    "answered",
    "answers",
    "argued",
    "argues",
    "asked",
    "asks",
    "boasted",
    "called",
    "cautioned",
    "cautions",
    "chant",
    "chanted",
    "cheered",
    "claimed",
    "claims",
    "commented",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "continued",
    "continues",
    "countered",
    "counters",
    "cried",
    "declared",
    "declares",
    "demanded",
    "emphasised",
    "emphasized",
    "explained",
    "explains",
    "finds",
    "found",
    "insisted",
    "insists",
    "interjected",
    "joked",
    "jokes",
    "laughed",
    "maintained",
    "maintains",
    "mused",
    "muttered",
    "noted",
    "notes",
    "objected",
    "observed",
    "observes",
    "paused",
    "pauses",
    "pleaded",
    "pledged",
    "pledges",
    "posted",
    "posts",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "protested",
    "quipped",
    "read",
    "reads",
    "recalled",
    "recalls",
    "recounted",
    "recounts",
    "reiterated",
    "reiterates",
    "remarked",
    "replied",
    "replies",
    "responded",
    "responds",
    "retorted",
    "retorts",
    "said",
    "sang",
    "says",
    "scoffed",
    "shouted",
    "shrugged",
    "sighed",
    "snapped",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tells",
    "testified",
    "testifies",
    "told",
    "tweeted",
    "tweets",
    "urged",
    "urges",
    "vowed",
    "vows",
    "warned",
    "warns",
    "whispered",
    "wondered",
    "writes",
    "wrote",
    "yelled",
];

/// How far after a quotation its attribution is read, in bytes.
const AFTER_QUOTE_REACH: usize = 160;

/// Particles inside a name after a quotation ("Pieter van Dijk", "Mr. de Graaf").
pub(super) const NAME_PARTICLES: [&str; 19] = [
    "al", "bin", "da", "das", "de", "del", "den", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "ten", "ter", "van", "von",
];

/// The length in bytes of the start of `token` made of word characters
/// and `extra`.
fn word_prefix(token: &str, extra: &[char]) -> usize {
    token
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || extra.contains(&c)))
        .unwrap_or(token.len())
}

/// The names `tokens` may start with, longest first, each as its number of
/// tokens and its text: up to five capitalized words with particles
/// between them, the last cut at any character a name does not hold;
/// an article and one or two words; a pronoun. A token other than the last
/// must be a name word whole.
fn names_at<'a>(tokens: &[&'a str]) -> Vec<(usize, &'a str, usize)> {
    let mut found = Vec::new();
    let first = tokens.first().copied().unwrap_or("");
    // "de la Cruz said": a name may start with its particles.
    let particles = tokens
        .iter()
        .take_while(|t| NAME_PARTICLES.contains(t))
        .count();
    let named_after_particles = particles > 0
        && tokens
            .get(particles)
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase()));
    if first.starts_with(|c: char| c.is_ascii_uppercase()) || named_after_particles {
        let mut capitals = 0;
        for (k, token) in tokens.iter().enumerate() {
            if token.starts_with(|c: char| c.is_ascii_uppercase()) {
                capitals += 1;
                let end = name_part(token);
                found.push((k + 1, *token, end));
                let whole =
                    end == token.len() || word_prefix(token, &['’', '\'', '.', '-']) == token.len();
                if capitals == 5 || !whole {
                    break;
                }
            } else if !NAME_PARTICLES.contains(token) && !org_connector(tokens, k) {
                break;
            }
        }
        found.reverse();
    } else if matches!(first, "one" | "another") {
        // "one Norwegian diplomat", not "one day she".
        let mut found = names_at(&[&["a"], &tokens[1..]].concat());
        found.retain(|&(_, token, end)| is_person_noun(&token[..end].lower()));
        return found;
    } else if matches!(first, "the" | "a" | "an") {
        // "a Namara Red Cross volunteer": a name of several words before the
        // noun for the person.
        for k in (5..=7).rev() {
            let Some(token) = tokens.get(k - 1) else {
                continue;
            };
            let end = word_prefix(token, &['’', '\'', '-']);
            let named = tokens[1..k - 1].iter().all(|t| {
                t.starts_with(char::is_uppercase) && word_prefix(t, &['’', '\'', '-']) == t.len()
            });
            if end > 0 && named && is_person_noun(&token[..end].lower()) {
                found.push((k, *token, end));
            }
        }
        // "the company's chief executive", "the bank's Managing Director":
        // a phrase of up to five words that ends in a noun or title for a
        // person, whole words before it.
        let whole = |t: &&str| name_part(t) == t.len();
        let person = (4..=5).rev().find_map(|k| {
            let token = tokens.get(k - 1)?;
            let end = word_prefix(token, &['’', '\'', '-']);
            let head = &token[..end];
            let noun = is_person_noun(&head.lower()) || is_role_title(head);
            (end > 0 && noun && tokens[1..k - 1].iter().all(whole)).then_some((k, *token, end))
        });
        found.extend(person);
        // "a source close to the negotiations", "a person close to Putin":
        // an unnamed source described by whom it is close to.
        if tokens.get(2) == Some(&"close") && tokens.get(3) == Some(&"to") {
            let noun = tokens.get(1).is_some_and(|t| is_person_noun(&t.lower()));
            for k in (5..=7).rev() {
                let Some(token) = tokens.get(k - 1) else {
                    continue;
                };
                let end = name_part(token);
                if noun && end > 0 && tokens[4..k - 1].iter().all(whole) {
                    found.push((k, *token, end));
                }
            }
        }
        // "the statement", "the School District", and a longer proper name
        // ("the Millbrook Falls School District").
        // "the Ministry of Foreign Affairs and Trade": a body's name with
        // its particles.
        for k in (2..=8).rev() {
            if let Some(token) = tokens.get(k - 1) {
                let end = name_part(token);
                let whole_before = tokens[1..k - 1].iter().all(whole);
                let proper = k <= 3
                    || (1..k).all(|j| {
                        tokens[j].starts_with(|c: char| c.is_ascii_uppercase())
                            || j < k - 1 && org_connector(tokens, j)
                    });
                if end > 0 && whole_before && proper {
                    found.push((k, *token, end));
                }
            }
        }
    } else {
        let end = word_prefix(first, &[]);
        if matches!(&first[..end], "he" | "she" | "they" | "it") {
            found.push((1, first, end));
        }
    }
    found
}

/// Whether `token` is an initialism written with full stops ("U.S.",
/// "U.N.", "E.U."), which a name holds whole.
fn is_dotted_initialism(token: &str) -> bool {
    let bytes = token.as_bytes();
    bytes.len() >= 4
        && bytes.len().is_multiple_of(2)
        && bytes
            .chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The length of the part of `token` a name holds: its word characters,
/// apostrophes and hyphens, or the whole of an initialism ("U.S.").
fn name_part(token: &str) -> usize {
    if is_dotted_initialism(token) {
        token.len()
    } else {
        word_prefix(token, &['’', '\'', '-'])
    }
}

/// Whether token `k` of `tokens` joins the words of a body's name ("of" in
/// "Ministry of Defence", "for" in "Office for National Statistics", "and"
/// in "Foreign Affairs and Trade"): a particle after a noun for a body and
/// before a capitalized word.
fn org_connector(tokens: &[&str], k: usize) -> bool {
    if k == 0 || k >= tokens.len() {
        return false;
    }
    // "Chancellor of the Exchequer", "Institute for the Study of War".
    let of_the = tokens[k] == "the" && matches!(tokens[k - 1], "of" | "for" | "on");
    (matches!(tokens[k], "of" | "for" | "and" | "on") || of_the)
        && tokens[..k].iter().all(|t| name_part(t) == t.len())
        // A body's noun or an office's title right before it ("Secretary
        // of State Antony Blinken"), or within a body's name already ("for
        // the Study of War"); not a person's name ("Mayor Tobias Renwick of
        // Greer’s Landing").
        && tokens[..k].iter().any(|t| is_org_word(t) || is_role_title(t))
        && (is_org_word(tokens[k - 1])
            || is_role_title(tokens[k - 1])
            || of_the
            || tokens[..k - 1].iter().any(|t| matches!(*t, "of" | "for" | "on")))
        && tokens[k + 1..]
            .iter()
            .find(|t| **t != "the")
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// "…,” as then-President Habibie of Indonesia put it": the speaker in an
/// "as ... put it" clause after a quotation.
static AS_PUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[,.]?\s*as\s+((?:then-|former\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?)\s+(put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|observed|remarked)\b").unwrap()
});

/// "…,” Kono said" or "…,” said Kono": the cue and the name after a quotation.
pub(super) fn after_quote(rest: &str) -> Option<(String, String)> {
    after_quote_as_written(rest).or_else(|| {
        // "“...,” Sen. Chuck Grassley (R-Iowa) said": a short parenthetical
        // after the name, read without it.
        let head = crate::text::floor_boundary(rest, rest.len().min(60));
        let open = rest[..head].find_short(" (")?;
        let close = open + rest[open..].find(')')?;
        let inside = &rest[open + 2..close];
        if inside.len() > 30 || inside.contains(['“', '"', '(']) {
            return None;
        }
        after_quote_as_written(&format!("{}{}", &rest[..open], &rest[close + 1..]))
    })
}

fn after_quote_as_written(rest: &str) -> Option<(String, String)> {
    // An attribution stands within a few words of the quotation: the
    // regexes read no further, so that their cost does not grow with the
    // rest of the paragraph for every quotation in it.
    let mut reach = rest.len().min(AFTER_QUOTE_REACH);
    while !rest.is_char_boundary(reach) {
        reach -= 1;
    }
    let rest = &rest[..reach];
    let as_put = rest
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .starts_with("as ");
    if let Some(c) = as_put.then(|| AS_PUT.captures(rest)).flatten() {
        let name = c[1]
            .trim_start_matches("then-")
            .trim_start_matches("former ")
            .to_string();
        return Some((c[2].split_whitespace().collect::<Vec<_>>().join(" "), name));
    }
    // "…,” one of them said": one of a group named before.
    let lead = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    // "“Warm at the top” is how one columnist summed it up": as "That is
    // how ..." after it.
    if ["is how ", "was how "].iter().any(|w| lead.starts_with(w)) {
        return named_in_next(&format!("That {lead}"));
    }
    // "‘...’ So writes Ruth Kessington", "Thus spoke the chair": the cue
    // before the name, after the word that points back.
    if let Some(inverted) = ["So ", "Thus "].iter().find_map(|w| lead.strip_prefix(w)) {
        let cue = inverted.split(' ').next().unwrap_or("");
        if cue.len() >= 4 && AFTER_QUOTE_CUES.binary_search(&cue).is_ok() {
            return after_quote(inverted);
        }
    }
    if let Some(group) = lead.strip_prefix("one of ") {
        let words: Vec<&str> = group.split_whitespace().take(5).collect();
        if let Some(c) = words
            .iter()
            .position(|w| {
                AFTER_QUOTE_CUES
                    .binary_search(&w.trim_end_matches([',', '.']))
                    .is_ok()
            })
            .filter(|&c| (1..=3).contains(&c))
        {
            let name = format!("one of {}", words[..c].join(" "));
            return Some((words[c].trim_end_matches([',', '.']).to_string(), name));
        }
    }
    // Cheap test first: a cue or a name must follow: a capitalized word, a
    // lowercase cue, an article or a pronoun ("and the ministry" is none).
    let first = rest
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lower_start = matches!(
        first,
        "the" | "a" | "an" | "one" | "another" | "he" | "she" | "they" | "it" | "as"
    ) || (first.len() >= 4 && AFTER_QUOTE_CUES.binary_search(&first).is_ok());
    if !(first.starts_with(char::is_uppercase) || lower_start || NAME_PARTICLES.contains(&first)) {
        // "…,” museum director Tobias Wenck said": a role in lower case.
        return role_then_name(rest);
    }
    let is_cue = |w: &str| AFTER_QUOTE_CUES.binary_search(&w).is_ok();
    let text = rest.trim_start();
    let text = text.strip_prefix(',').unwrap_or(text).trim_start();
    let tokens: Vec<&str> = text.split_whitespace().take(9).collect();
    // The text of tokens `..k`, the last cut at byte `end` of token `last`.
    let joined = |k: usize, last: &str, end: usize| {
        let mut words: Vec<&str> = tokens[..k - 1].to_vec();
        words.push(&last[..end]);
        while words.len() > 1 && words.last().is_some_and(|w| PREPOSITIONS.contains(w)) {
            words.pop();
        }
        words.join(" ")
    };
    // "said Kono": a lowercase cue, then a name; "said fishmonger Luc
    // Peeters": a role in lower case before it.
    if let Some(first) = tokens
        .first()
        .filter(|t| t.bytes().all(|b| b.is_ascii_lowercase()))
    {
        if is_cue(first) {
            let role = tokens[1..]
                .iter()
                .take(3)
                .position(|t| t.starts_with(char::is_uppercase))
                .filter(|&r| {
                    let plain = |t: &&str| {
                        t.bytes().all(|b| b.is_ascii_lowercase())
                            && !PREPOSITIONS.contains(t)
                            && !CLAUSE_WORDS.contains(t)
                            && !t.ends_with("ly")
                            && !matches!(
                                *t,
                                "today"
                                    | "yesterday"
                                    | "tonight"
                                    | "later"
                                    | "then"
                                    | "also"
                                    | "again"
                                    | "earlier"
                                    | "and"
                                    | "or"
                                    | "of"
                                    | "a"
                                    | "an"
                                    | "the"
                                    | "one"
                                    | "another"
                                    | "his"
                                    | "her"
                                    | "its"
                                    | "their"
                                    | "outside"
                                    | "inside"
                                    | "near"
                                    | "under"
                                    | "about"
                                    | "during"
                                    | "across"
                                    | "around"
                                    | "behind"
                            )
                    };
                    // A full name after it, or a noun known for a person;
                    // "protesters outside Downing Street" is no role.
                    let full_name = tokens
                        .get(r + 2)
                        .is_some_and(|t| t.starts_with(char::is_uppercase))
                        && tokens[r + 1].chars().all(|c| c.is_alphabetic() || c == '-')
                        && !tokens[r].ends_with('s');
                    r > 0
                        && tokens[1..=r].iter().all(plain)
                        && (is_person_noun(tokens[r]) || full_name)
                })
                .unwrap_or(0);
            if let Some(&(k, last, end)) = names_at(&tokens[1 + role..]).first() {
                let k = k + role;
                if let Some(named) = set_beside(&tokens, 1 + role, k, last, end) {
                    return Some((first.to_string(), named));
                }
                let name = {
                    let mut words: Vec<&str> = tokens[1 + role..k].to_vec();
                    words.push(&last[..end]);
                    while words.len() > 1 && words.last().is_some_and(|w| PREPOSITIONS.contains(w))
                    {
                        words.pop();
                    }
                    words.join(" ")
                };
                return Some((first.to_string(), name));
            }
        }
    }
    // "General Sir Colin Aird, who commanded the border division in the
    // early 2000s, told me", "Douglas Finch, a land-use attorney with the
    // firm who has represented Brightwater since 2022, told the council": a
    // name, an appositive or a relative clause set off by commas, then the
    // cue.
    if let Some(&(k, last, end)) = names_at(&tokens).first() {
        // "Maria Santos, 34, told", "Rep. Jim Jordan, R-Ohio, said": an age
        // or a party and state set off too.
        let aside = |w: &str| {
            let w = w.trim_end_matches(',');
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
                || ["R-", "D-", "I-"].iter().any(|party| {
                    w.strip_prefix(party).is_some_and(|state| {
                        state.len() >= 2 && state.starts_with(|c: char| c.is_ascii_uppercase())
                    })
                })
        };
        let set_off = last.len() == end + 1
            && last.ends_with(',')
            && tokens.get(k).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && !is_cue(w) || aside(w) && w.ends_with(',')
            });
        let after_name = text.find_short(last).map(|at| at + last.len());
        // A short appositive ("Tomas Lind, the ferry union’s president,
        // said") is read with its role by `phrase_then_cue`.
        let short = set_off && phrase_then_cue(rest).is_some();
        if let Some(after) = after_name.filter(|_| set_off && !short) {
            // Within the sentence, and with no quotation of its own.
            let stop = text[after..]
                .find(['“', '”', '"', ';', '?', '!', '(', '\u{1}'])
                .map_or(text.len(), |at| after + at);
            let mut from = after;
            while let Some(comma) = text[from..stop].find_short(", ") {
                let at = from + comma;
                let clause_end = text[after..at]
                    .split_whitespace()
                    .any(|w| w.ends_with('.') && w.len() > 4 && !w.starts_with(char::is_uppercase));
                if clause_end {
                    break;
                }
                let next = text[at + 2..].split_whitespace().next().unwrap_or("");
                let next = next.trim_end_matches([',', '.']);
                if is_cue(next) {
                    return Some((next.to_string(), joined(k, last, end)));
                }
                from = at + 2;
            }
        }
    }
    // "Kono said": a name that ends its last token, then a lowercase cue.
    for (k, last, end) in names_at(&tokens) {
        let Some(next) = tokens.get(k).filter(|_| end == last.len()) else {
            continue;
        };
        let cue_end = next
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(next.len());
        let bounded = next[cue_end..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if bounded && is_cue(&next[..cue_end]) {
            return Some((next[..cue_end].to_string(), joined(k, last, end)));
        }
        // "Mr Penhallow shot back": a cue of two words.
        let back = tokens
            .get(k + 1)
            .is_some_and(|w| w.trim_end_matches([',', '.']) == "back");
        if back && matches!(*next, "shot" | "fired" | "hit") {
            return Some((format!("{next} back"), joined(k, last, end)));
        }
    }
    role_then_name(rest)
}

/// The speaker after a cue when what names them first is a phrase: the name
/// set beside it ("said the chief executive, Ana Ruiz", "said Verhaegen’s
/// chief of staff, Anneke Bril"), or a possessive and its noun with no name
/// ("said Ruiz’s spokesman"), never the possessor alone. The phrase as
/// names_at read it is `tokens[from..k]` and the first `end` bytes of
/// `last`, which is `tokens[k]`.
fn set_beside(tokens: &[&str], from: usize, k: usize, last: &str, end: usize) -> Option<String> {
    let mut next = k + 1;
    let mut phrase = Vec::new();
    if is_possessive(&last[..end]) {
        // The possessor's noun: a few words in lower case.
        phrase.extend_from_slice(tokens.get(from..k)?);
        phrase.push(&last[..end]);
        let owner = phrase.len();
        while let Some(word) = tokens
            .get(next)
            .filter(|w| w.starts_with(char::is_lowercase))
        {
            let bare = word.trim_end_matches([',', '.', ';']);
            if phrase.len() == owner + 4 || bare.is_empty() || CLAUSE_WORDS.contains(&bare) {
                break;
            }
            phrase.push(bare);
            next += 1;
            if bare.len() < word.len() {
                break;
            }
        }
        if phrase.len() == owner {
            return None;
        }
        if !tokens[next - 1].ends_with(',') {
            return Some(phrase.join(" "));
        }
    } else {
        // "the chief executive," set off by its comma.
        let described = tokens
            .get(from)
            .is_some_and(|w| matches!(*w, "the" | "a" | "an"));
        if !(described && last.len() == end + 1 && last.ends_with(',')) {
            return None;
        }
    }
    // The name set off after the phrase's comma, whole, and set off itself.
    let &(j, name_last, name_end) = names_at(&tokens[next..]).first()?;
    let closes = name_last.len() == name_end + 1 && name_last.ends_with([',', '.'])
        || name_last.len() == name_end && next + j == tokens.len();
    let words: Vec<&str> = tokens[next..next + j - 1]
        .iter()
        .copied()
        .chain([&name_last[..name_end]])
        .collect();
    let person = words.len() >= 2
        || words[0].chars().skip(1).all(char::is_lowercase) && !is_possessive(words[0]);
    let when = words.iter().any(|w| super::is_when(w));
    (closes && person && !when && words[0].starts_with(char::is_uppercase))
        .then(|| words.join(" "))
        .or_else(|| (!phrase.is_empty()).then(|| phrase.join(" ")))
}

/// The nouns a sentence after a quotation gives it by ("That was the
/// verdict of ..."), sorted.
const VERDICT_NOUNS: [&str; 24] = [
    "answer",
    "assessment",
    "comment",
    "complaint",
    "conclusion",
    "description",
    "diagnosis",
    "judgement",
    "judgment",
    "line",
    "message",
    "phrase",
    "plea",
    "prediction",
    "reaction",
    "remark",
    "response",
    "summary",
    "take",
    "verdict",
    "view",
    "warning",
    "word",
    "words",
];

/// The verbs of a "That is how X put it" after a quotation, sorted.
const SUMMING_VERBS: [&str; 22] = [
    "answered",
    "answers",
    "described",
    "describes",
    "explained",
    "explains",
    "phrased",
    "phrases",
    "put",
    "puts",
    "recalled",
    "recalls",
    "remembered",
    "remembers",
    "said",
    "says",
    "summarized",
    "summarizes",
    "summed",
    "sums",
    "tells",
    "told",
];

// A name, not a possessive before what is someone's ("South Korea’s
// defense minister"), and a phrase in lower case only for a person ("the
// view from the ground" names nobody).
/// The name `words` open with, for [`named_in_next`]: a name, or the name
/// set beside a role a possessive opens ("South Korea’s defense minister,
/// Lim Dong-jun"), or a phrase in lower case for a person ("the view from
/// the ground" names nobody).
fn name_in(rest: &[&str]) -> Option<String> {
    let &(k, last, end) = names_at(rest).first()?;
    if is_possessive(last.trim_end_matches([',', '.'])) {
        // "South Korea’s defense minister, Lim Dong-jun": the name set
        // beside the role.
        let comma = rest.iter().take(6).position(|w| w.ends_with(','))?;
        let named = &rest[comma + 1..];
        let &(k, last, end) = names_at(named).first()?;
        let mut name: Vec<&str> = named[..k - 1].to_vec();
        name.push(&last[..end]);
        return name[0]
            .starts_with(char::is_uppercase)
            .then(|| name.join(" "));
    }
    let mut name: Vec<&str> = rest[..k - 1].to_vec();
    name.push(&last[..end]);
    let lower = name[0].starts_with(char::is_lowercase);
    if lower && !is_person_noun(&last[..end].lower()) {
        return None;
    }
    Some(name.join(" "))
}

/// "“We have seen this film before.” That was the verdict of Tobias
/// Lindqvist, ...", "That's how Sanna Ferreira-Lund, who runs a co-op,
/// summed it up", "The words are those of Dr. Samuel Ayoo": the sentence
/// after a quotation that ends its own, pointing back at it, names whose
/// words they were. The cue (the noun or verb) and the name.
pub(super) fn named_in_next(rest: &str) -> Option<(String, String)> {
    let reach = crate::text::floor_boundary(rest, rest.len().min(AFTER_QUOTE_REACH * 2));
    let lead = rest[..reach].trim_start_matches(|c: char| c.is_whitespace() || c == '.');
    let first = lead.split(' ').next()?;
    if !matches!(
        first,
        "That" | "This" | "Those" | "These" | "Such" | "The" | "That’s" | "That's"
    ) {
        return None;
    }
    let tokens: Vec<&str> = lead.split_whitespace().take(32).collect();
    let (first, second) = (tokens.first()?.replace('’', "'"), *tokens.get(1)?);
    // "That was", "That's", "The words are": where the pointing ends.
    let from = match (first.as_str(), second) {
        ("That's", _) => 1,
        // "The speaker was Deputy Minister of Industry and Trade Vu Minh
        // Khoa, addressing a forum": a title and a name, to the comma.
        ("The", "speaker" | "author" | "writer")
            if matches!(tokens.get(2).copied(), Some("was" | "is")) =>
        {
            let mut name: Vec<&str> = Vec::new();
            for w in tokens.iter().skip(3).take(12) {
                let bare = w.trim_end_matches([',', '.', ';']);
                if !(bare.starts_with(char::is_uppercase)
                    || matches!(bare, "of" | "and" | "for" | "the"))
                {
                    break;
                }
                name.push(bare);
                if bare.len() != w.len() {
                    break;
                }
            }
            while name
                .last()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            {
                name.pop();
            }
            return (!name.is_empty()).then(|| ("was".to_string(), name.join(" ")));
        }
        ("The", noun) if VERDICT_NOUNS.binary_search(&noun).is_ok() => {
            match *tokens.get(2)? {
                "are" | "were" | "is" | "was" => 3,
                // "The words came not from a hawk but from South Korea’s
                // defense minister, Lim Dong-jun": the last "from", and the
                // name a role is set beside.
                "came" | "come" | "comes" => {
                    let words = &tokens[3..tokens.len().min(15)];
                    let from = words.iter().rposition(|w| *w == "from")?;
                    return name_in(&words[from + 1..]).map(|name| ("came from".to_string(), name));
                }
                _ => return None,
            }
        }
        ("The", _) => return None,
        (_, "was" | "is" | "were" | "are") => 2,
        _ => return None,
    };
    let words = &tokens[from..];
    let name_at = |at: usize| name_in(words.get(at..)?);
    match *words.first()? {
        // "That is how Ferreira-Lund ... summed it up": a verb of saying
        // ends the clause the name opens.
        "how" | "what" => {
            let name = name_at(1)?;
            let verb = words[1..]
                .iter()
                .take_while(|w| !w.ends_with(['.', '?', '!', ';']))
                .map(|w| w.trim_end_matches(','))
                .find(|w| SUMMING_VERBS.binary_search(w).is_ok())?;
            Some((verb.to_string(), name))
        }
        // "The words are those of Dr. Samuel Ayoo".
        "those" if words.get(1) == Some(&"of") => Some(("words".to_string(), name_at(2)?)),
        // "That was the verdict of Tobias Lindqvist": a noun for words,
        // within a few words, then "of" or "from".
        _ => {
            let of = words
                .iter()
                .take(5)
                .position(|w| matches!(*w, "of" | "from"))?;
            let noun = words[..of].last()?;
            let determined = matches!(words[0], "the" | "a" | "an")
                || words[0].ends_with("’s")
                || words[0].ends_with("'s");
            (determined && VERDICT_NOUNS.binary_search(noun).is_ok())
                .then(|| name_at(of + 1).map(|name| (noun.to_string(), name)))
                .flatten()
        }
    }
}

/// "…,” EU foreign policy chief Anneli Korhonen told reporters": a role in
/// lower case (ending in a role noun) and a name, then the cue.
fn role_then_name(rest: &str) -> Option<(String, String)> {
    const CUES: [&str; 8] = [
        "said", "says", "told", "added", "adds", "wrote", "writes", "noted",
    ];
    let words: Vec<&str> = rest
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .split_whitespace()
        .take(10)
        .collect();
    let cue = words
        .iter()
        .position(|w| CUES.contains(&w.trim_end_matches([',', '.'])))?;
    let capital = |w: &&&str| w.starts_with(char::is_uppercase);
    let name_len = words[..cue].iter().rev().take_while(capital).count();
    if !(1..=4).contains(&name_len) || name_len == cue {
        return None;
    }
    let role = &words[..cue - name_len];
    let noun = role.last()?.lower();
    let noun: &str = &noun;
    // Leading capitals are a qualifier ("EU", "Dutch"), as is an age
    // ("97-year-old plaintiff Hwang Geum-ja"); the rest lower case.
    let age = |w: &&&str| {
        w.split_once("-year-old")
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let plain = role
        .iter()
        .skip_while(|w| capital(w) || age(w))
        .all(|w| w.starts_with(char::is_lowercase));
    let noun_for_person = ROLE_NOUNS.binary_search(&noun).is_ok() || is_person_noun(noun);
    (plain && noun_for_person).then(|| {
        (
            words[cue].trim_end_matches([',', '.']).to_string(),
            words[cue - name_len..cue].join(" "),
        )
    })
}

/// The subject a quotation is given after it, read as a phrase: a name
/// (with particles: "de la Cruz said"), a role ("Indonesia’s transport
/// minister said"), or both set off by commas ("the transport minister,
/// Hendra Wiratama, said"; "Hendra Wiratama, the transport minister,
/// said").
pub(super) enum AfterSubject {
    /// A name, and the role an appositive gives it.
    Name(String, Option<String>),
    /// A descriptive phrase that names nobody.
    Phrase(Speaker),
}

/// "…,” Indonesia’s transport minister, Hendra Wiratama, said": the cue and
/// the subject phrase before it, when [`after_quote`] finds none. The
/// phrase is at most eight words, holds no verb of its own (no auxiliary,
/// no clause word) and ends where a cue follows it.
pub(super) fn phrase_then_cue(rest: &str) -> Option<(String, AfterSubject)> {
    let mut reach = rest.len().min(AFTER_QUOTE_REACH);
    while !rest.is_char_boundary(reach) {
        reach -= 1;
    }
    let text = rest[..reach].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let words: Vec<&str> = text.split_whitespace().take(10).collect();
    let c = words.iter().position(|w| {
        let w = w.trim_end_matches([',', '.']);
        w.bytes().all(|b| b.is_ascii_lowercase()) && AFTER_QUOTE_CUES.binary_search(&w).is_ok()
    })?;
    let phrase = &words[..c];
    // "Ingrid Solvang, chair of the Norland Dockworkers’ Union (NDU),
    // told": a name and its appositive may run longer.
    let named_first = phrase
        .iter()
        .position(|w| w.ends_with(','))
        .is_some_and(|k| {
            k < 4
                && is_plain_name(
                    &phrase[..=k]
                        .iter()
                        .map(|w| w.trim_end_matches(','))
                        .collect::<Vec<_>>(),
                )
        });
    if phrase.is_empty() || phrase.len() > if named_first { 12 } else { 8 } {
        return None;
    }
    // A sentence ends before the cue, or a clause stands in the phrase: "...,”
    // the plan would cost more than the minister said".
    let clause = phrase.iter().any(|w| {
        let bare = w.trim_end_matches(',');
        w.ends_with(['?', '!', ';', ':', '”', '"'])
            || (w.ends_with('.') && w.len() > 5)
            || CLAUSE_WORDS.contains(&bare)
    });
    if clause {
        return None;
    }
    // The phrase's parts between commas.
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for w in phrase {
        let bare = w.trim_end_matches(',');
        parts.last_mut()?.push(bare);
        if bare.len() != w.len() {
            parts.push(Vec::new());
        }
    }
    if parts.last().is_some_and(Vec::is_empty) {
        parts.pop();
    }
    let cue = words[c].trim_end_matches([',', '.']).to_string();
    let subject = match parts.as_slice() {
        [one] if is_plain_name(one) => AfterSubject::Name(one.join(" "), None),
        [one] if is_role_phrase(one) => AfterSubject::Phrase(noun_phrase(one)),
        // "an aid worker in eastern Ukraine": the person, with where.
        [one] if is_placed_role_phrase(one) => AfterSubject::Phrase(Speaker {
            name: one.join(" "),
            role: None,
            kind: SpeakerKind::UnnamedSource,
            resolved_from: None,
        }),
        [role, name] if is_role_phrase(role) && is_plain_name(name) => {
            AfterSubject::Name(name.join(" "), Some(strip_article(&role.join(" "))))
        }
        [name, role] if is_plain_name(name) && is_role_phrase(role) => {
            AfterSubject::Name(name.join(" "), Some(strip_article(&role.join(" "))))
        }
        // "Ingrid Solvang, chair of the Norland Dockworkers’ Union (NDU),":
        // a role and whose it is.
        [name, role]
            if is_plain_name(name)
                && role
                    .iter()
                    .position(|w| matches!(*w, "of" | "for" | "at"))
                    .is_some_and(|k| k > 0 && is_role_phrase(&role[..k])) =>
        {
            AfterSubject::Name(name.join(" "), Some(strip_article(&role.join(" "))))
        }
        // "the Qatari co-chair, Minister of State Khalid Al-Suwaidi,", "the
        // Service’s Chief Fire Officer, Rhiannon Castellan,": a role with
        // capitals or a title before the name.
        [role, name] if described_role(role) => {
            // Past the title: its last title word, or "of" and the word after.
            let from = name
                .iter()
                .rposition(|w| *w == "of" || super::lexicon::is_role_title(w))
                .map_or(0, |j| if name[j] == "of" { j + 2 } else { j + 1 });
            if from + 2 > name.len() || !is_plain_name(&name[from..]) {
                return None;
            }
            let title = name[..from].join(" ");
            let role = strip_article(&role.join(" "));
            let role = if title.is_empty() {
                role
            } else {
                format!("{role}, {title}")
            };
            AfterSubject::Name(name[from..].join(" "), Some(role))
        }
        _ => return None,
    };
    Some((cue, subject))
}

/// Whether `words` describe a role by what it is and whose, capitals
/// allowed: a determiner or a possessive, at most six words, a noun for a
/// person or a title last ("the Qatari co-chair", "the Service’s Chief Fire
/// Officer").
fn described_role(words: &[&str]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let opened = matches!(*first, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        || is_possessive(first);
    let lower = last.lower();
    let tail = lower.rsplit('-').next().unwrap_or(&lower);
    let person = is_person_noun(&lower)
        || is_person_noun(tail)
        || is_agent_noun(&lower)
        || super::lexicon::is_role_title(last)
        || matches!(tail, "chair" | "head" | "chief");
    opened && words.len() <= 6 && person
}

/// Words that make a clause of the words after a quotation, not a subject
/// phrase: auxiliaries, conjunctions, relatives, "not", "to".
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "after", "are", "as", "because", "before", "but", "can", "could", "had", "has", "have", "if",
    "is", "may", "might", "must", "not", "should", "than", "that", "to", "was", "were", "when",
    "which", "while", "who", "whom", "will", "would",
];

/// Whether `words` are a person's name and nothing else: capitalized words
/// with name particles between them ("de la Cruz", "Park Ji-won").
fn is_plain_name(words: &[&str]) -> bool {
    let capital = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && !is_possessive(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\'' | '.'))
    };
    !words.is_empty()
        && words.len() <= 5
        && words.last().is_some_and(|w| capital(w))
        && words
            .iter()
            .all(|w| capital(w) || NAME_PARTICLES.contains(w))
        && !words.iter().any(|w| is_org_word(w))
}

/// Whether `words` describe a speaker by role: a determiner, a possessive
/// or qualifiers, then a role noun ("Indonesia’s transport minister", "a
/// senior official", "the company's chief executive").
fn is_role_phrase(words: &[&str]) -> bool {
    let Some(head) = words.last() else {
        return false;
    };
    let head = head.lower();
    let head: &str = &head;
    is_person_noun(head)
        && words.len() <= 6
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// Whether `words` are a role phrase with a place or a body after it ("a
/// young farmer in Hollin", "an official at the ministry"): the role
/// phrase, a preposition, then at most four words.
fn is_placed_role_phrase(words: &[&str]) -> bool {
    // "a senior diplomat involved in the talks": a participle before the
    // place.
    let described = |k: usize| {
        k > 1
            && (words[k - 1].ends_with("ed")
                || matches!(words[k - 1], "familiar" | "close" | "speaking" | "working"))
            && is_role_phrase(&words[..k - 1])
    };
    words
        .iter()
        .position(|w| PREPOSITIONS.contains(w))
        .is_some_and(|k| {
            k > 0 && words.len() - k <= 5 && (is_role_phrase(&words[..k]) || described(k))
        })
}

/// "said Bush," before an interrupted quotation: the name right after
/// `cue`.
pub(super) fn inverted_speaker(cue: &str, after_cue: &str) -> Option<String> {
    if !after_cue.starts_with(char::is_whitespace) {
        return None;
    }
    // "said the central bank,", "said the Bank of England,": a body or a
    // person described, up to the comma, after a cue with no object ("told
    // the crowd," is whom she spoke to).
    let tokens: Vec<&str> = after_cue.split_whitespace().take(8).collect();
    let intransitive = matches!(
        cue,
        "said" | "says" | "added" | "adds" | "wrote" | "writes" | "continued" | "continues"
    );
    if intransitive && tokens.first() == Some(&"the") {
        return names_at(&tokens)
            .into_iter()
            .find(|&(_, last, end)| last.len() == end + 1 && last.ends_with(','))
            .map(|(k, last, end)| {
                let mut words = tokens[1..k - 1].to_vec();
                words.push(&last[..end]);
                words.join(" ")
            });
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
    let mut words: Vec<(&str, usize)> = Vec::with_capacity(8);
    run_words(text, |word, end| words.push((word, end)));
    while words.last().is_some_and(|(w, _)| CONNECTORS.contains(w)) {
        words.pop();
    }
    let end = words.last()?.1;
    let mut name = String::with_capacity(end);
    for (k, (word, _)) in words.iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.push_str(word);
    }
    Some((name, end))
}

/// Where [`named_run_with_end`] ends, without building the name.
fn named_run_end(text: &str) -> Option<usize> {
    let mut last = None;
    run_words(text, |word, end| {
        if !CONNECTORS.contains(&word) {
            last = Some(end);
        }
    });
    last
}

/// The words of the named run `text` opens with, each with the byte offset
/// just past it, trailing connectors ("of", "the") included.
fn run_words<'t>(text: &'t str, mut found: impl FnMut(&'t str, usize)) {
    let mut any = false;
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        // `word` is a slice of `text`: its offset is the pointer difference.
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        // "Newsline Pictures] The": a bracket ends a name.
        let clean = word.trim_end_matches([',', '.', ';', ':', ']']);
        // "Section 9(2)" keeps its bracket; "(Lab)" ends there.
        let clean = if clean.contains('(') {
            clean
        } else {
            clean.trim_end_matches(')')
        };
        let capital = clean
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // Francis "Frankie" Parisi: a nickname in quotation marks inside a name.
        let nickname = any && clean.len() == word.len() && is_nickname(clean);
        // "Dr. Margaret Lund": a title's full stop ends no name.
        let title = word.len() == clean.len() + 1
            && word.ends_with('.')
            && matches!(
                clean,
                "Col" | "Dr" | "Gen" | "Gov" | "Lt" | "Mr" | "Mrs" | "Ms" | "Prof" | "Rep" | "Sen"
            );
        // "U.S. Ambassador Kathleen O’Donnell", "U.N. Secretary-General":
        // an initialism's stops end no name before a title or a body.
        let initialism = is_dotted_initialism(word);
        let titled = initialism
            && words.peek().is_some_and(|next| {
                let next = next.trim_end_matches([',', '.']);
                super::lexicon::is_role_title(next)
                    || ORG_NOUNS.binary_search(&&*next.lower()).is_ok()
            });
        if title || titled {
            found(word, at + word.len());
            any = true;
            continue;
        }
        // "The U.S. military said": the initialism whole, before a word in
        // lower case that ends the run.
        if initialism
            && words
                .peek()
                .is_some_and(|next| next.starts_with(char::is_lowercase))
        {
            found(word, at + word.len());
            break;
        }
        if capital || nickname || (any && CONNECTORS.contains(&clean)) {
            found(clean, at + clean.len());
            any = true;
            if clean.len() != word.len() {
                break;
            }
        } else {
            break;
        }
    }
}

/// Whether `word` is one capitalized word in quotation marks, the way a
/// nickname stands inside a name (Francis "Frankie" Parisi).
pub(super) fn is_nickname(word: &str) -> bool {
    let inner = word
        .strip_prefix(['"', '“', '\''])
        .and_then(|w| w.strip_suffix(['"', '”', '\'']));
    inner.is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars().count() <= 20
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
    })
}

/// `text` past the marker of a list's item it opens with ("- ", "* ",
/// "• ", "3. ").
pub(super) fn past_list_marker(text: &str) -> &str {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits > 0 {
        text[digits..].strip_prefix(['.', ')'])
    } else {
        text.strip_prefix(['-', '*', '+', '•', '–'])
    };
    rest.filter(|r| r.starts_with(' '))
        .map_or(text, str::trim_start)
}

/// Whether `word` is a pronoun that may stand for a speaker ("He", "it").
pub(super) fn is_pronoun(word: &str) -> bool {
    let word = without_contraction(word);
    // "WHO tweets", "IT staff": capitals are an acronym, not "who" or "it".
    let acronym = word.len() > 1 && !word.chars().any(char::is_lowercase);
    !acronym && PRONOUNS.contains(&word.lower().as_str())
}

/// A pronoun without the auxiliary run into it: "I" of "I’ll", "she" of
/// "she’d".
pub(super) fn without_contraction(word: &str) -> &str {
    ["’ll", "'ll", "’ve", "'ve", "’d", "'d", "’m", "'m"]
        .iter()
        .find_map(|c| word.strip_suffix(c))
        .filter(|w| !w.is_empty())
        .unwrap_or(word)
}

/// Where a sentence's main clause starts: past a chronology entry's date
/// and an opening phrase.
pub(super) fn main_clause(sentence: &str) -> Option<&str> {
    let sentence = past_list_marker(sentence);
    // "[28] Ms Chua gave evidence": the paragraph's number is no subject.
    let sentence = sentence.trim_start();
    let mut trimmed = &sentence[crate::text::paragraph_number(sentence)..];
    // "January 4: In its first statement, WHO ...": a chronology entry's date
    // is no subject.
    // "Congressional Research Service 4 March 3, 2023: Secretary ...": also
    // after page furniture glued before the date.
    if let Some((date, rest)) = split_within(trimmed, ": ", 60) {
        if date.ends_with(|c: char| c.is_ascii_digit())
            || date.len() <= 30 && date.contains(|c: char| c.is_ascii_digit())
        {
            trimmed = rest.trim_start();
        }
    }
    // "Photo: Protesters outside the agency": a caption's label is no subject.
    if let Some((label, rest)) = split_within(trimmed, ": ", 12) {
        if matches!(
            label,
            "Photo" | "Photos" | "Caption" | "Image" | "Pictured" | "Above" | "Top"
        ) {
            trimmed = rest.trim_start();
        }
    }
    // "August 20 – Commissioner Vance retires": so is an entry's date
    // before a dash.
    if let Some((date, rest)) = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| split_within(trimmed, dash, 30))
    {
        if date.contains(|c: char| c.is_ascii_digit()) {
            trimmed = rest.trim_start();
        }
    }
    // "GLOUCESTER, Mass. — At 4:30 ...": a dateline is no subject, also
    // when "Mass." was taken for a sentence's end.
    trimmed = trimmed.trim_start_matches(['—', '–']).trim_start();
    if let Some(end) = crate::text::dateline_end(trimmed) {
        trimmed = trimmed[end..].trim_start();
    }
    // "Two days later, the Department’s statement": a phrase of time.
    if let Some((phrase, rest)) = split_within(trimmed, ", ", 40) {
        // Its last word says when, and nobody's possession is in it ("Holt’s
        // response a week later, however, was blunt" has a subject).
        let time = phrase.split_whitespace().count() <= 5
            && !phrase.split_whitespace().any(is_possessive)
            && phrase.split_whitespace().last().is_some_and(|w| {
                matches!(
                    w,
                    "later"
                        | "Later"
                        | "earlier"
                        | "Earlier"
                        | "ago"
                        | "afterwards"
                        | "Afterwards"
                        // "Last week,", "Late last night,", "Yesterday,".
                        | "week"
                        | "month"
                        | "year"
                        | "night"
                        | "morning"
                        | "evening"
                        | "weekend"
                        | "Yesterday"
                        | "Today"
                )
            });
        if time && !rest.is_empty() {
            trimmed = rest.trim_start();
        }
    }
    // "In a press conference on May 19, Motegi ...": the main clause's subject.
    let first = trimmed.split_whitespace().next().unwrap_or("").lower();
    // "Asked about Hungary's position, Korhonen ...": a participle opens a
    // phrase before the main clause ("United States" is a name).
    let second = trimmed.split_whitespace().nth(1).unwrap_or("");
    let participle = (first.ends_with("ed") || first.ends_with("ing"))
        && first.len() > 4
        && second.starts_with(char::is_lowercase)
        && split_within(trimmed, ", ", 100).is_some();
    if INTRODUCERS.contains(&first.as_str()) || participle {
        trimmed = match trimmed.split_once(", ") {
            // "On March 3, 2025, President Esteban Murillo": the comma
            // inside the date is not the phrase's.
            Some((_, rest))
                if rest.len() > 6
                    && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                    && rest[4..].starts_with(", ") =>
            {
                rest[6..].trim_start()
            }
            Some((_, rest)) => rest.trim_start(),
            // "In August the Office of the US Trade Representative had
            // opened": no comma after a phrase of time.
            // "In August the Office of the US Trade Representative had
            // opened": no comma after a phrase of time, the subject after it.
            None => match past_time_opening(trimmed) {
                Some(rest) => rest,
                // "In cross-examination she said": no comma, a pronoun subject.
                None => {
                    let at = trimmed
                        .match_indices(' ')
                        .map(|(at, _)| at + 1)
                        .take(12)
                        .find(|&at| {
                            let word = trimmed[at..].split(' ').next().unwrap_or("");
                            matches!(word, "he" | "she" | "they" | "we" | "I")
                        })?;
                    &trimmed[at..]
                }
            },
        };
        // "In Vesterby, a fishing town north of the capital, Ulla Kaarsberg
        // learned": the place's description is no subject either.
        if trimmed.starts_with("a ") || trimmed.starts_with("an ") || trimmed.starts_with("the ") {
            if let Some((_, rest)) = split_within(trimmed, ", ", 120) {
                if rest.starts_with(char::is_uppercase) {
                    trimmed = rest.trim_start();
                }
            }
        }
        trimmed = past_embedded_names(trimmed);
    }
    Some(trimmed)
}

/// `text` past the phrase of time that opens it with no comma after it,
/// and past the subject's article ("In August the Office ..." is "Office
/// ..."); `None` when no such phrase opens it.
fn past_time_opening(text: &str) -> Option<&str> {
    // Only "In", "On", "During" and "Since" open such a phrase here.
    if !matches!(
        text.split(' ').next(),
        Some("In" | "On" | "During" | "Since")
    ) {
        return None;
    }
    let words = super::time_opening(&text.split_whitespace().take(8).collect::<Vec<_>>());
    if words == 0 {
        return None;
    }
    let mut rest = text;
    for _ in 0..words {
        rest = rest.trim_start();
        rest = &rest[rest.find(' ').unwrap_or(rest.len())..];
    }
    let rest = rest.trim_start();
    Some(rest.strip_prefix("the ").unwrap_or(rest))
}

/// The main clause after an opening phrase whose first comma falls inside
/// a name of its own: "After an attack at the Pell County, North Carolina,
/// substation on December 3, 2022, leaving 38,000 customers without power,
/// Senator Marcus Whitlock introduced": the subject is the name after the
/// phrase's last comma, not the place ("North Carolina, substation").
/// An appositive ("Park, the vice minister, said") is kept.
fn past_embedded_names(clause: &str) -> &str {
    let mut rest = clause;
    for _ in 0..6 {
        let Some(end) = named_run_end(rest) else {
            return clause;
        };
        let embedded = rest[end..].strip_prefix(", ").is_some_and(|after| {
            let word = after.split([' ', ',']).next().unwrap_or("");
            word.starts_with(char::is_lowercase)
                && !matches!(
                    word,
                    "the" | "a" | "an" | "who" | "which" | "whose" | "said" | "says"
                )
        });
        if !embedded {
            return rest;
        }
        let Some(next) = rest[end..]
            .match_indices(", ")
            .map(|(at, _)| end + at + 2)
            .take_while(|&at| at < end + 200)
            .find(|&at| rest[at..].starts_with(char::is_uppercase))
        else {
            return clause;
        };
        rest = &rest[next..];
    }
    clause
}

/// `text` split at the first `sep` that starts within its first `max`
/// bytes; `None` when none does. Only those bytes are read, so a sentence
/// read to the end of a long paragraph costs no more than a short one.
fn split_within<'t>(text: &'t str, sep: &str, max: usize) -> Option<(&'t str, &'t str)> {
    let window = &text.as_bytes()[..text.len().min(max + sep.len())];
    let sep = sep.as_bytes();
    // Found by its first byte that is not a space, with memchr.
    let k = sep.iter().position(|&b| b != b' ').unwrap_or(0);
    let at = memchr::memchr_iter(sep[k], window)
        .filter(|&i| i >= k)
        .map(|i| i - k)
        .find(|&at| window[at..].starts_with(sep))?;
    Some((&text[..at], &text[at + sep.len()..]))
}

/// The person a sentence of narrative is about, when its subject is one: a
/// full or titled name ("Sam Whitfield, who owns ...", "Rep. Daniel Costa"),
/// a name `people` already holds as part of a full one ("Parisi, for his
/// part, ..."), or a person named by relation or role ("Her father
/// shrugged", "Its director, Lauren Achterberg, said"). Places and lone
/// unknown words ("Gloucester") are not people.
pub(super) fn person_subject(
    sentence: &str,
    people: &[String],
    in_full: &mut NamedInFull<'_>,
) -> Option<Speaker> {
    let clause = main_clause(sentence)?;
    let mut words = clause.split_whitespace();
    let first = words.next()?;
    let determiner = matches!(
        first,
        "Her" | "His" | "Their" | "Its" | "The" | "A" | "An" | "My" | "Our"
    ) || is_possessive(first);
    if determiner {
        // "Ardonia’s Lucas Ferreira-Holm stopped": a place's or a body's
        // person, named in full after it.
        if is_possessive(first) && first.starts_with(char::is_uppercase) {
            let after = clause[first.len()..].trim_start();
            if let Some((name, _)) = named_run_with_end(after).filter(|(n, _)| n.contains(' ')) {
                let named = classify(&name, None);
                if named.kind == SpeakerKind::Person && !is_pronoun(&name) {
                    // "Korastan's Energy Minister Dauletov": the place is
                    // part of the role.
                    let role = named.role.as_ref().map(|r| format!("{first} {r}"));
                    return Some(Speaker { role, ..named });
                }
            }
        }
        // "Its new director", "Her father": the noun, past a few adjectives.
        let person_noun = |w: &str| {
            let bare = w.trim_end_matches(',').lower();
            let bare: &str = &bare;
            RELATION_NOUNS.contains(&bare)
                || ROLE_NOUNS.binary_search(&bare).is_ok()
                || matches!(
                    bare,
                    "reporter" | "journalist" | "photographer" | "colleague"
                )
        };
        // "Her Malaysian counterpart", "A Malaysian official": a
        // capitalized adjective may stand before the noun.
        // "The First Minister, Rhiannon Tudor-Price, has": up to a
        // capitalized word's comma, that word included.
        let mut ended = false;
        let noun = words
            .take(5)
            .take_while(|w| {
                let end = !ended;
                ended |= w.starts_with(char::is_uppercase) && w.ends_with([',', '.', ';', ':']);
                end
            })
            // "A senior Hwaseon trade official": adjectives before the noun,
            // not a verb or a preposition ("The bill was introduced by
            // Senator ...").
            .take_while(|w| {
                !PREPOSITIONS.contains(w)
                    && !matches!(
                        *w,
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "has"
                            | "had"
                            | "and"
                            | "that"
                            | "who"
                            | "which"
                    )
            })
            .find(|w| person_noun(w));
        let Some(noun) = noun else {
            // "The Sentinel’s sketchwriter, Hal Brennock, is": a full name
            // set off by commas after a short phrase, whatever its noun.
            let comma = clause.find_short(", ")?;
            let phrase = &clause[..comma];
            let after = &clause[comma + 2..];
            let (name, end) = named_run_with_end(after)?;
            let named = classify(&name, None);
            let apposed = phrase.split_whitespace().count() <= 4
                && phrase
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && after[end..].starts_with(',')
                && name.contains(' ')
                && named.kind == SpeakerKind::Person;
            return apposed.then_some(named);
        };
        // "Korastan's Energy Minister Dauletov", "Our reporter Jonas Berg":
        // the name after a title.
        if !noun.ends_with(',') {
            let at = clause.find_short(noun)? + noun.len();
            if let Some((name, _)) = named_run_with_end(clause[at..].trim_start()) {
                let named = classify(&name, None);
                if named.kind == SpeakerKind::Person && !is_pronoun(&name) {
                    return Some(Speaker {
                        role: Some(clause[..at].to_string()),
                        ..named
                    });
                }
            }
        }
        // "Its director, Lauren Achterberg, said": the name in apposition,
        // after a role of two or three words ("SINAVAL's general
        // secretary, Rosa Quintanar, was defiant").
        let mut role_end = clause.find_short(noun)? + noun.len();
        for w in clause[role_end..].split_whitespace().take(2) {
            if clause[..role_end].ends_with(',') || !w.starts_with(char::is_lowercase) {
                break;
            }
            role_end = clause[role_end..].find_short(w)? + role_end + w.len();
        }
        // "The Minister for Transport, Hugh Maclennan, opens", "The
        // president of the ECOSS Commission, Yaw Mensah-Darko, defended":
        // the role goes on through what it is of or for, to its comma.
        let noun_end = clause.find_short(noun)? + noun.len();
        if !clause[..role_end].ends_with(',') {
            if let Some(comma) = clause[noun_end..].find_short(", ") {
                let body = &clause[noun_end..noun_end + comma];
                let of_what = body
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>();
                let institutional = of_what.len() <= 6
                    && matches!(of_what.first(), Some(&("of" | "for" | "at")))
                    && of_what.iter().skip(1).all(|w| {
                        w.starts_with(char::is_uppercase)
                            || matches!(*w, "the" | "and" | "of" | "for")
                    });
                // "The Environment Agency's duty manager for the valley,
                // Carys Morgan, has": a full name after a short "for ..."
                // is the holder's too.
                let described = of_what.len() <= 4
                    && matches!(of_what.first(), Some(&("of" | "for" | "at" | "in")))
                    && of_what.iter().all(|w| !w.contains(['“', '"', '(']))
                    && named_run_with_end(clause[noun_end + comma + 1..].trim_start())
                        .is_some_and(|(n, _)| n.contains(' '));
                if institutional || described {
                    role_end = noun_end + comma + 1;
                }
            }
        }
        if clause[..role_end].ends_with(',') {
            let after = &clause[role_end..];
            if let Some((name, _)) = named_run_with_end(after.trim_start()) {
                let named = classify(&name, None);
                if named.kind == SpeakerKind::Person && !is_pronoun(&name) {
                    return Some(named);
                }
            }
        }
        // "A senior South Korean trade official": the article in lower
        // case, the names as written; one described is an unnamed source.
        let phrase = clause[..clause.find_short(noun)? + noun.len()].trim_end_matches(',');
        let unnamed = matches!(first, "A" | "An");
        let name = match phrase.split_once(' ') {
            Some((article, rest)) => format!("{} {rest}", article.to_lowercase()),
            None => phrase.to_lowercase(),
        };
        return Some(Speaker {
            name,
            role: None,
            kind: if unnamed {
                SpeakerKind::UnnamedSource
            } else {
                SpeakerKind::Person
            },
            resolved_from: None,
        });
    }
    if let Some(one) = one_of_group(clause) {
        return Some(one);
    }
    let (name, end) = named_run_with_end(clause)?;
    if is_pronoun(&name) || is_possessive(&name) {
        return None;
    }
    // "REGIONAL RELATIONS QUARTERLY": a running header, not a name; nor is
    // "Recent Incidents" alone, a section heading with no verb after it.
    if name.contains(' ') && !name.contains(char::is_lowercase)
        || clause[end..]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
    {
        return None;
    }
    let speaker = classify(&name, None);
    // "Professor Ilse Vandermeer of the University of Lerryn argues": a
    // person of an institution.
    if let Some((person, _)) = name.split_once(" of ") {
        let person = classify(person, None);
        if person.kind == SpeakerKind::Person
            && (person.name.contains(' ') || person.role.is_some())
            && !is_pronoun(&person.name)
        {
            return Some(person);
        }
    }
    if speaker.kind != SpeakerKind::Person {
        // "HWC chief executive Jon-Erik Brevik apologises": the person
        // after the organization and the role.
        return person_after_role(&clause[end..])
            .map(|person| classify(&person, None))
            .filter(|s| s.kind == SpeakerKind::Person);
    }
    if speaker.name.contains(' ') || speaker.role.is_some() {
        return Some(speaker);
    }
    // "Okoye did not let it go": the full name, when one was given before.
    match full_name(people, &speaker.name) {
        Some(full) => Some(Speaker {
            name: full.clone(),
            ..speaker
        }),
        // "Rutherford-Osei, leaving City Hall, said": a double-barrelled
        // name is a person's, given before or not.
        None if double_barrelled(&speaker.name) => Some(speaker),
        // "Tenants' association chair Deepa Varghese": the person after a
        // word nobody was named and a role.
        None => person_after_role(&clause[end..])
            .map(|person| classify(&person, None))
            .filter(|s| s.kind == SpeakerKind::Person)
            // "Whitlock ordered that ...", "Gil was candid": one name as
            // the subject of a verb is a person's when the document names
            // the person in full ("Jonathan Whitlock", "President Gil").
            .or_else(|| {
                (finite_verb_after(&clause[end..]) && in_full.holds(&speaker.name))
                    .then_some(speaker)
            }),
    }
}

/// Names the document writes after a given name or a title ("Jonathan
/// Whitlock", "President Gil Tae-hwan"): a one-word subject ("Whitlock
/// ordered ...") is a person's when the document names the person so
/// anywhere, also in a paragraph or entry no quotation brought the
/// attribution to read. The document is read once, the first time it is
/// asked, so the cost stays linear however many names are asked about.
#[derive(Default)]
pub(crate) struct NamedInFull<'d> {
    document: &'d str,
    /// Every name, once the document has been read whole.
    named: Option<HashSet<&'d str>>,
    /// The names looked up one by one before that.
    seen: HashMap<String, bool>,
}

impl std::fmt::Debug for NamedInFull<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let known = self.named.as_ref().map_or(self.seen.len(), HashSet::len);
        write!(f, "NamedInFull({known} names)")
    }
}

/// How many names are looked up one by one (each a fast search of the
/// document) before the document is read whole once: most documents ask
/// about a few, and a long one about many costs no more than one reading.
const LOOKED_UP: usize = 24;

impl<'d> NamedInFull<'d> {
    pub(super) fn new(document: &'d str) -> Self {
        NamedInFull {
            document,
            named: None,
            seen: HashMap::new(),
        }
    }

    /// The whole document.
    pub(super) fn document(&self) -> &'d str {
        self.document
    }

    /// Whether the document writes `name` after a given name or a title.
    pub(super) fn holds(&mut self, name: &str) -> bool {
        let document = self.document;
        if let Some(named) = &self.named {
            return named.contains(name);
        }
        if let Some(&known) = self.seen.get(name) {
            return known;
        }
        if self.seen.len() >= LOOKED_UP {
            return self
                .named
                .get_or_insert_with(|| named_in_full(document))
                .contains(name);
        }
        let known = named_in_full_once(document, name);
        self.seen.insert(name.to_string(), known);
        known
    }
}

/// [`named_in_full`] for one name: its uses found by a fast search, each
/// read as that reading reads it.
fn named_in_full_once(document: &str, name: &str) -> bool {
    let bytes = document.as_bytes();
    let lower_somewhere = |word: &str| {
        let lower = word.to_lowercase();
        memchr::memmem::find_iter(bytes, lower.as_bytes())
            .any(|at| word_alone(bytes, at, at + lower.len()))
    };
    if name.len() < 2 || crate::date::month_number(name).is_some() || lower_somewhere(name) {
        return false;
    }
    let mut placed = false;
    let mut by_title = false;
    let mut givens: Vec<&str> = Vec::new();
    for at in memchr::memmem::find_iter(bytes, name.as_bytes()) {
        if !word_alone(bytes, at, at + name.len()) {
            continue;
        }
        let line_start = document[..at].rfind('\n').map_or(0, |k| k + 1);
        let line_end = document[at..].find('\n').map_or(document.len(), |k| at + k);
        if is_headline(&document[line_start..line_end]) {
            continue;
        }
        let mut before = document[line_start..at].split_ascii_whitespace().rev();
        let Some(previous) = before.next() else {
            continue;
        };
        if !document[..at].ends_with([' ', '\n']) {
            continue;
        }
        let word = previous.trim_start_matches(['[', '(', '*', '_', '"', '“']);
        if PLACE_PREPOSITIONS.contains(&word) {
            // "the Finchley bill": a person's name before what is named
            // after them, no place's.
            let next = document[at + name.len()..].split_ascii_whitespace().next();
            placed |= !(matches!(word, "the" | "The") && next.is_some_and(is_eponym_noun));
        } else if is_title_word(word) {
            by_title = true;
        } else if is_given_name(word) {
            if before
                .next()
                .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w))
            {
                placed = true;
            } else {
                givens.push(word);
            }
        }
    }
    by_title || !placed && givens.into_iter().any(|given| !lower_somewhere(given))
}

/// The capitalized words of `document` written after a title ("President
/// Gil") or a given name ("Jonathan Whitlock"). A given name is a
/// capitalized word of letters that the document never writes in lower
/// case ("Will", "Core", "Early" are words) and that names no place or
/// storm ("South Korea", "Hurricane Maria"); a word the document writes in
/// lower case ("Analysts") is no name either.
fn named_in_full(document: &str) -> HashSet<&str> {
    let mut titled: Vec<&str> = Vec::new();
    let mut after_given: Vec<(&str, &str)> = Vec::new();
    // Words written after a place's or a body's preposition or article
    // ("in Gaza", "over Saudi Aramco", "the Kremlin"): no person's.
    let mut placed: HashSet<&str> = HashSet::new();
    let mut previous: Option<&str> = None;
    let mut before_previous: Option<&str> = None;
    // A word after "the", placed unless the next word is what is named
    // after a person ("the Finchley bill").
    let mut after_the: Option<&str> = None;
    // A headline's words are all capitalized ("Will Scotland Vote Again?",
    // "Wall Street Analysts Expect ..."): no name is read from one.
    let words = document
        .lines()
        .filter(|line| !is_headline(line))
        .flat_map(str::split_ascii_whitespace);
    for raw in words {
        if let Some(name) = after_the.take().filter(|_| !is_eponym_noun(raw)) {
            placed.insert(name);
        }
        // Most words are lower case: nothing to read but their place.
        if raw.as_bytes()[0].is_ascii_lowercase() {
            before_previous = previous;
            previous = Some(raw);
            continue;
        }
        // "[Tomas Ekdahl](/wiki/...)", "**Rowena Pike**": markup aside.
        let word = raw.trim_start_matches(['[', '(', '*', '_', '"', '“']);
        // The name, up to what follows it ("Ekdahl](/wiki/...)", "Pike,").
        let end = word
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
            .unwrap_or(word.len());
        let bare = crate::text::without_possessive(word[..end].trim_end_matches(['-', '\'', '’']));
        let place = |w: Option<&str>| w.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w));
        if let Some(before) = previous {
            if bare.len() >= 2 && bare.starts_with(char::is_uppercase) {
                if matches!(before, "the" | "The") && word.len() == bare.len() {
                    after_the = Some(bare);
                } else if place(Some(before)) {
                    placed.insert(bare);
                } else if is_title_word(before) {
                    titled.push(bare);
                } else if is_given_name(before) {
                    if place(before_previous) {
                        placed.insert(bare);
                    } else {
                        after_given.push((before, bare));
                    }
                }
            }
        }
        before_previous = previous;
        // Only a word that ends where its name does, or a title's full
        // stop ("Mr."), stands before one.
        let whole = word.len() == bare.len() || word.strip_suffix('.') == Some(bare);
        previous = (whole && !bare.is_empty()).then_some(word);
    }
    placed.extend(after_the);
    // Which of the words read as names the document also writes in lower
    // case: all of them looked for in one pass.
    let mut wanted: Vec<String> = titled
        .iter()
        .chain(after_given.iter().flat_map(|(given, name)| [given, name]))
        .map(|w| w.to_lowercase())
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let lower = written_lower(document, &wanted);
    let is_word = |w: &str| lower.contains(w.to_lowercase().as_str());
    let mut named: HashSet<&str> = titled.into_iter().filter(|w| !is_word(w)).collect();
    for (given, name) in after_given {
        if !is_word(given)
            && !is_word(name)
            && !placed.contains(name)
            && crate::date::month_number(name).is_none()
        {
            named.insert(name);
        }
    }
    named
}

/// Which of `words` (lower case) `document` writes as words of their own,
/// found with one automaton in one pass.
fn written_lower(document: &str, words: &[String]) -> HashSet<String> {
    let mut found = HashSet::new();
    if words.is_empty() {
        return found;
    }
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(words)
    else {
        return found;
    };
    let bytes = document.as_bytes();
    for m in automaton.find_iter(document) {
        if word_alone(bytes, m.start(), m.end()) {
            found.insert(words[m.pattern().as_usize()].clone());
        }
    }
    found
}

/// Whether bytes `start..end` of `bytes` stand as a word of their own.
fn word_alone(bytes: &[u8], start: usize, end: usize) -> bool {
    let alone = |at: Option<&u8>| at.is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80);
    alone(start.checked_sub(1).and_then(|k| bytes.get(k))) && alone(bytes.get(end))
}

/// A line in title case with no full stop: a headline or a heading.
fn is_headline(line: &str) -> bool {
    // Most lines are longer than any headline: nothing to count.
    if line.len() >= 160 {
        return false;
    }
    let line = line.trim();
    let words = line.split_whitespace().count();
    let capitalized = line
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    line.len() < 120 && words >= 2 && !line.ends_with('.') && capitalized * 3 >= words * 2
}

/// "Jonathan", "Rowena": a capitalized word of letters that opens no
/// sentence ("The", "In"), is no title and names no place ("South").
fn is_given_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.len() >= 3
        && chars.all(char::is_lowercase)
        && !SENTENCE_OPENERS.contains(&word)
        && !PLACE_WORDS.contains(&word)
}

/// Words before a place's or a body's name ("in Gaza", "over Saudi
/// Aramco"), seldom before a person's.
/// Nouns for what is named after a person ("the Finchley bill", "the
/// Dreyfus affair"), in alphabetical order.
const EPONYM_NOUNS: &[&str] = &[
    "act",
    "affair",
    "amendment",
    "award",
    "bill",
    "case",
    "doctrine",
    "family",
    "formula",
    "inquiry",
    "memo",
    "plan",
    "principle",
    "prize",
    "report",
    "review",
    "rule",
    "scandal",
    "trial",
];

/// Whether `word` ("bill", "bill,") is one of [`EPONYM_NOUNS`].
fn is_eponym_noun(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';', ':', '”', '"', ')']);
    EPONYM_NOUNS.binary_search(&word).is_ok()
}

const PLACE_PREPOSITIONS: &[&str] = &[
    "the", "in", "of", "at", "from", "over", "across", "into", "near", "on", "to", "The",
];

/// Capitalized words before a place's or a storm's name, and a question's
/// first words, never a given name.
const PLACE_WORDS: &[&str] = &[
    "Can",
    "Could",
    "Core",
    "Did",
    "Does",
    "Has",
    "Have",
    "Is",
    "May",
    "Might",
    "Must",
    "Should",
    "Was",
    "Were",
    "Will",
    "Would",
    "Cape",
    "Central",
    "Cyclone",
    "Eastern",
    "Fort",
    "Great",
    "Greater",
    "Gulf",
    "Hurricane",
    "Lake",
    "Lower",
    "Mount",
    "New",
    "North",
    "Northern",
    "Operation",
    "Port",
    "River",
    "Royal",
    "Saint",
    "San",
    "Santa",
    "South",
    "Southern",
    "Storm",
    "Typhoon",
    "Upper",
    "West",
    "Western",
    "East",
];

/// "President", "Dr.", "Senator": a title before a name.
fn is_title_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    matches!(
        word,
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady" | "Prof"
    ) || word.starts_with(char::is_uppercase)
        && ROLE_NOUNS.binary_search(&word.lower().as_ref()).is_ok()
}

/// Capitalized words that open sentences and clauses, never given names.
const SENTENCE_OPENERS: &[&str] = &[
    "After", "Also", "And", "But", "For", "From", "His", "Her", "Its", "Their", "The", "This",
    "That", "These", "Those", "When", "While", "With", "Why", "Where", "What", "Who", "How", "Yet",
    "Under", "Until", "Since", "Before", "During", "Both", "Each", "Every", "Some", "Many", "Most",
    "All", "Any", "Few", "Several", "Such", "Not", "Only", "Even", "Then", "There", "Here", "Our",
    "Your", "Against", "About", "Among", "Between", "Into", "Over", "Through", "Without", "Within",
    "Across", "Along", "Around", "Behind", "Beyond", "Near", "Once", "Unlike", "Like", "Despite",
    "Although", "Though", "Because", "Unless", "Whether", "More", "Less", "Worse", "Better",
];

/// "One of the crew told ...", "One of his aides said": one of a group,
/// unnamed, as the subject of a finite verb.
fn one_of_group(clause: &str) -> Option<Speaker> {
    // "Last week, one of the workers ...": after an opening phrase too.
    let rest = clause
        .strip_prefix("One of ")
        .or_else(|| clause.strip_prefix("one of "))?;
    let mut end = 0;
    for (k, word) in rest.split(' ').take(4).enumerate() {
        end += word.len() + usize::from(k > 0);
        let opens = k > 0 || matches!(word, "the" | "his" | "her" | "their" | "its" | "our");
        if !opens || !word.starts_with(char::is_lowercase) || word.ends_with(',') {
            return None;
        }
        let group = word.trim_end_matches(',').lower();
        let people = is_person_noun(&group)
            || matches!(
                group.as_str(),
                "crew"
                    | "crews"
                    | "staff"
                    | "team"
                    | "family"
                    | "delegation"
                    | "passengers"
                    | "hostages"
                    | "residents"
                    | "workers"
                    | "survivors"
                    | "victims"
                    | "students"
            );
        // "One of the humanitarian workers who went to recover the trucks
        // described": a relative clause may stand before the verb.
        let verb = finite_verb_after(&rest[end..]) || rest[end..].starts_with(" who ");
        if k > 0 && people && verb {
            return Some(Speaker {
                name: format!("one of {}", &rest[..end]),
                role: None,
                kind: SpeakerKind::UnnamedSource,
                resolved_from: None,
            });
        }
    }
    None
}

/// Whether what follows a subject opens with a finite verb ("was",
/// "ordered", "argues"), past an adverb ("later said") or a parenthetical
/// ("Kusumawardhana, for his part, spoke").
fn finite_verb_after(rest: &str) -> bool {
    let mut rest = rest.trim_start();
    if let Some(aside) = rest.strip_prefix(", ") {
        // A parenthetical of a few words, closed by its comma.
        match aside.find_short(", ") {
            Some(close) if aside[..close].split(' ').count() <= 5 => {
                rest = &aside[close + 2..];
            }
            _ => return false,
        }
    }
    let mut words = rest.split(' ');
    let mut word = words.next().unwrap_or("");
    if word.ends_with("ly") || matches!(word, "also" | "then" | "later" | "now" | "still" | "again")
    {
        word = words.next().unwrap_or("");
    }
    let word = word.trim_end_matches([',', '.', ';', ':']);
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    matches!(
        word,
        "was"
            | "is"
            | "has"
            | "had"
            | "did"
            | "does"
            | "said"
            | "told"
            | "spoke"
            | "wrote"
            | "made"
            | "took"
            | "gave"
            | "left"
            | "went"
            | "came"
            | "met"
            | "kept"
            | "sent"
            | "saw"
            | "won"
            | "lost"
            | "put"
            | "set"
            | "held"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "must"
            | "should"
    ) || word.len() > 4
        && (word.ends_with("ed")
            || word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"))
}

/// Whether one word is a double-barrelled name: two capitalized parts or
/// more, each of letters ("Rutherford-Osei", "Lykke-Holm").
fn double_barrelled(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('-') {
        let mut chars = part.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        if !capital || part.chars().count() < 2 || !chars.all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// The full name given before ("Francis Parisi") that holds `name`
/// ("Parisi"), the latest such.
pub(super) fn full_name<'a>(people: &'a [String], name: &str) -> Option<&'a String> {
    people.iter().rev().find(|p| holds_name(p, name))
}

/// Whether the full name `full` ("Francis Parisi") holds `name` ("Parisi")
/// as one of its words.
pub(super) fn holds_name(full: &str, name: &str) -> bool {
    if name.is_empty() {
        return full.split(' ').any(str::is_empty);
    }
    if name.contains(' ') {
        return false;
    }
    // Where `name` stands in `full`, between spaces or the ends: searched
    // for, not compared with each word (a text keeps 64 full names, each
    // looked through for every one-word speaker).
    let (full, name) = (full.as_bytes(), name.as_bytes());
    memchr::memchr_iter(name[0], full).any(|at| {
        let end = at + name.len();
        full[at..].starts_with(name)
            && (at == 0 || full[at - 1] == b' ')
            && (end == full.len() || full[end] == b' ')
    })
}

/// "Mercia Vale Water chief executive Graham Pettifer apologises": the
/// person after the organization (`after` is what follows its name) and
/// the role.
pub(super) fn person_after_role(after: &str) -> Option<String> {
    let role_noun =
        |w: &&str| ROLE_NOUNS.binary_search(w).is_ok() || matches!(*w, "executive" | "deputy");
    // Most sentences have no role there: no words gathered for them.
    if !after
        .split_whitespace()
        .take(3)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .any(|w| role_noun(&w))
    {
        return None;
    }
    let words: Vec<&str> = after.split_whitespace().take(7).collect();
    let role = words
        .iter()
        .take(3)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .count();
    if role > 0 && words[..role].iter().any(role_noun) {
        return named_run(&words[role..].join(" "));
    }
    None
}

/// The named run a sentence begins with, after an article.
pub(super) fn sentence_subject(sentence: &str) -> Option<String> {
    let trimmed = main_clause(sentence)?;
    let trimmed = match trimmed.strip_prefix("The ") {
        // "The opposition Green Alliance", "The state-owned Kessel Water
        // Company": a name of several words after one that describes it.
        Some(rest) => match rest.split_once(' ') {
            Some((word, name))
                if word.chars().all(|c| c.is_lowercase() || c == '-')
                    && named_run(name).is_some_and(|n| n.contains(' ')) =>
            {
                name
            }
            _ => rest,
        },
        None => trimmed,
    };
    let (name, end) = named_run_with_end(trimmed).filter(|(n, _)| !is_pronoun(n))?;
    // "None of this surprised the Audit Office.": a quantifier opening the
    // sentence is nobody.
    if matches!(
        name.as_str(),
        "None" | "All" | "Some" | "Most" | "Each" | "Both" | "Neither" | "Nobody" | "Everyone"
    ) {
        return None;
    }
    if matches!(name.as_str(), "A" | "An") {
        return described_group(trimmed);
    }
    // "Her first circular ...": a possessive determiner is nobody's name.
    if matches!(
        name.as_str(),
        "His" | "Her" | "Its" | "Their" | "My" | "Our" | "Your"
    ) {
        return None;
    }
    // "Ms Adebayo-Quinn’s special adviser, Kieran O’Mahony, went": the
    // name in apposition to the possessed role.
    if name.split(' ').next_back().is_some_and(is_possessive) {
        let rest = &trimmed[end..];
        if let Some(comma) = rest.find_short(", ").filter(|&c| c <= 40) {
            let role = &rest[..comma];
            if role
                .split_whitespace()
                .all(|w| w.starts_with(char::is_lowercase))
            {
                if let Some((person, stop)) = named_run_with_end(&rest[comma + 2..]) {
                    let after = &rest[comma + 2 + stop..];
                    if person.contains(' ') && after.starts_with(',') {
                        return Some(person);
                    }
                }
            }
        }
    }
    // "One crane operator, who asked not to be named, said": a described
    // person, not a name "One".
    if name == "One" {
        if let Some(described) = described_group(trimmed) {
            return Some(described);
        }
    }
    if let Some(person) = person_after_role(&trimmed[end..]) {
        return Some(person);
    }
    // "Seven former contributors", "Hundreds of farmers": a counted group
    // is named by its plural noun, not by the number.
    if !name.contains(' ') && QUANTIFIERS.contains(&name.lower().as_str()) {
        let ahead: Vec<&str> = trimmed[end..].split_whitespace().take(4).collect();
        let plural = |w: &str| w.len() >= 4 && w.ends_with('s');
        if let Some(k) = ahead
            .iter()
            .position(|w| plural(w.trim_end_matches([',', ';', ':'])))
        {
            if ahead[..=k]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase))
            {
                return Some(format!(
                    "{name} {}",
                    ahead[..=k].join(" ").trim_end_matches([',', ';', ':'])
                ));
            }
        }
    }
    // "Sixty-four South Korean and Japanese civic groups": the common noun
    // that heads the phrase a few words on is part of it.
    let ahead: Vec<&str> = trimmed[end..].split_whitespace().take(3).collect();
    let head = ahead.iter().position(|w| {
        let w = w.trim_end_matches([',', ';', ':']).lower();
        let w: &str = &w;
        ORG_NOUNS.binary_search(&w).is_ok() || UNNAMED_NOUNS.binary_search(&w).is_ok()
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

/// "A group of 22 scientists wrote": a descriptive subject, up to its head
/// noun and an "of" phrase after it.
fn described_group(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split_whitespace().take(8).collect();
    let head = |w: &str| is_party_noun(&w.trim_end_matches([',', ';', ':']).lower());
    let mut end = 1 + words.get(1..4)?.iter().position(|w| head(w))?;
    // "A second agency, Norwood Investors Service, said": the name set off
    // after the description.
    if words[end].ends_with(',') {
        let at = sentence.find_short(words[end])? + words[end].len();
        let rest = sentence[at..].trim_start();
        if let Some((name, stop)) = named_run_with_end(rest) {
            if name.contains(' ') && rest[stop..].starts_with(',') {
                return Some(name);
            }
        }
    }
    // "of 22 scientists", "of Filipino fishermen".
    if words.get(end + 1) == Some(&"of") {
        if let Some(k) = words.get(end + 2..end + 5).and_then(|rest| {
            rest.iter()
                .position(|w| w.ends_with('s') && w.starts_with(char::is_lowercase))
        }) {
            end += 2 + k;
        }
    }
    Some(
        words[..=end]
            .join(" ")
            .trim_end_matches([',', ';', ':'])
            .to_string(),
    )
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
    // "Indonesia's Foreign Ministry": a body is named with whose it is.
    let body = words
        .last()
        .is_some_and(|w| ORG_NOUNS.binary_search(&w.lower().as_str()).is_ok());
    if body
        && start > 0
        && start < words.len()
        && is_possessive(words[start - 1])
        && words[start - 1].starts_with(char::is_uppercase)
    {
        start -= 1;
    }
    // A named run after a preposition ("an official at the Blue House") belongs
    // to the phrase before it; so does a phrase that ends in a common noun.
    let mut before = start;
    // "the surgery on Tanner’s Row": a place named with whose it is.
    if before > 1
        && is_possessive(words[before - 1])
        && words[before - 1].starts_with(char::is_uppercase)
        && PREPOSITIONS.contains(&words[before - 2])
    {
        before -= 1;
    }
    if before > 0 && words[before - 1].eq_ignore_ascii_case("the") {
        before -= 1;
    }
    let after_preposition =
        before > 0 && PREPOSITIONS.contains(&words[before - 1].lower().as_str());
    if start == words.len() || after_preposition {
        // "A mother of four sheltering in a school in Kemba": the person the
        // phrase opens with, up to the participle that describes her.
        let person_first = matches!(
            words.first().map(|w| w.lower()).as_deref(),
            Some("a" | "an")
        ) && words.get(1).is_some_and(|w| {
            let w = w.lower();
            is_person_noun(&w) || RELATION_NOUNS.contains(&w.as_str())
        });
        let from = if person_first {
            0
        } else {
            words
                .iter()
                .rposition(|w| matches!(w.lower().as_str(), "a" | "an"))
                .unwrap_or(0)
        };
        let until = if person_first {
            words
                .iter()
                .skip(2)
                .position(|w| w.len() > 4 && w.ends_with("ing"))
                .map_or(words.len(), |k| k + 2)
        } else {
            words.len()
        };
        let phrase = &words[from..until];
        let head = words[..if after_preposition {
            before - 1
        } else {
            words.len()
        }]
            .iter()
            .rev()
            .find(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    && !PREPOSITIONS.contains(&w.lower().as_str())
            })
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        let name = phrase.join(" ");
        // "an official at the ministry": a person at a body, not the body.
        let kind = if !person_first && ORG_NOUNS.binary_search(&head.as_str()).is_ok() {
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
        let lower = w.lower();
        let lower: &str = &lower;
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if ROLE_NOUNS.binary_search(&lower).is_ok()
            || ORG_NOUNS.binary_search(&lower).is_ok()
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
///
/// A text names the same few people and bodies again and again, so what a
/// name without a role was read as is kept (per thread, at most
/// [`CLASSIFIED`] names at a time): the reading is a function of the name.
pub(super) fn classify(named: &str, role: Option<String>) -> Speaker {
    thread_local! {
        static SEEN: RefCell<HashMap<String, Speaker>> = RefCell::new(HashMap::new());
    }
    if role.is_some() {
        return read_name(named, role);
    }
    if let Some(known) = SEEN.with_borrow(|seen| seen.get(named).cloned()) {
        return known;
    }
    let speaker = read_name(named, None);
    SEEN.with_borrow_mut(|seen| {
        if seen.len() >= CLASSIFIED {
            seen.clear();
        }
        seen.insert(named.to_string(), speaker.clone());
    });
    speaker
}

/// How many names [`classify`] keeps the reading of.
const CLASSIFIED: usize = 4096;

/// [`classify`], read afresh.
fn read_name(named: &str, role: Option<String>) -> Speaker {
    let named = strip_article(named);
    let words: Vec<&str> = named.split_whitespace().collect();
    let lower = named.lower();
    let lower: &str = &lower;
    // "Section 23(1) of the 2017 Act", "Article 5", "Regulation 4(2)": a
    // provision of a law speaks as a document.
    let provision = matches!(
        words.first().copied(),
        Some(
            "Section"
                | "Article"
                | "Regulation"
                | "Clause"
                | "Rule"
                | "Paragraph"
                | "Schedule"
                | "Annex"
        )
    ) && words
        .get(1)
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    // "Institute for the Study of War" is a body, "Study" or not.
    let body = words.first().is_some_and(|w| is_org_word(w));
    if provision || names_a_document(lower) && !body {
        return Speaker {
            name: named,
            role,
            kind: SpeakerKind::Document,
            resolved_from: None,
        };
    }
    // "Chief Cabinet Secretary Suga Yoshihide": a title, then a name.
    if let Some(k) = words.iter().rposition(|w| super::lexicon::is_role_title(w)) {
        // "Secretary of State John Kerry": the department is part of the title.
        let mut end = k + 1;
        if words.get(end).is_some_and(|w| matches!(*w, "of" | "for")) {
            let mut j = end + 1;
            while words
                .get(j)
                .is_some_and(|w| DEPARTMENTS.contains(w) || *w == "and" || *w == "the")
            {
                j += 1;
            }
            if j > end + 1 && j < words.len() {
                end = j;
            }
        }
        let name = &words[end..];
        // "the Secretary of Energy": an office named without its holder is
        // no name "of Energy".
        let office = name
            .first()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !NAME_PARTICLES.contains(w));
        if !name.is_empty() && !office && !name.iter().any(|w| is_org_word(w)) {
            return Speaker {
                name: name.join(" "),
                role: Some(words[..end].join(" ")),
                kind: SpeakerKind::Person,
                resolved_from: None,
            };
        }
    }
    // "WHO", "NATO", "MOTIE": one word in capitals is an acronym, an institution.
    let acronym = matches!(words[..], [w] if w.len() > 1
        && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '&')
        || is_dotted_initialism(w));
    let state = STATES.binary_search(&named.as_str()).is_ok();
    let kind = if acronym || state || words.iter().any(|w| is_org_word(w)) {
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
    let lower = word.lower();
    let lower: &str = &lower;
    ORG_NOUNS
        .binary_search(&crate::text::without_possessive(
            lower.trim_end_matches(['’', '\'']),
        ))
        .is_ok()
}

pub(super) fn strip_article(name: &str) -> String {
    let name = name.trim();
    // "When President Chae visited", "But Mr Howlett was 79": a
    // conjunction that opened the sentence is no part of the name.
    let name = match name.split_once(' ') {
        Some((first, rest))
            if rest.starts_with(char::is_uppercase)
                && matches!(
                    first,
                    "When"
                        | "After"
                        | "Before"
                        | "While"
                        | "As"
                        | "Although"
                        | "Though"
                        | "If"
                        | "Since"
                        | "Until"
                        | "Because"
                        | "Once"
                        | "Unless"
                        | "Whereas"
                        | "But"
                        | "And"
                        | "Yet"
                ) =>
        {
            rest
        }
        _ => name,
    };
    // "84-year-old Glenys Harcourt": the age is no part of the name.
    let name = match name.split_once(' ') {
        Some((age, rest))
            if rest.starts_with(char::is_uppercase)
                && age
                    .strip_suffix("-year-old")
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            rest
        }
        _ => name,
    };
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
    let at = at.min(text.len());
    memchr::memrchr3_iter(b'.', b'?', b'!', &text.as_bytes()[floor.min(at)..at])
        .find_map(|k| next_sentence(text, floor + k, at, floor))
}

/// The starts of the sentences that begin after byte `from` and before
/// byte `to`, in order.
pub(super) fn sentence_starts(
    text: &str,
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + '_ {
    let to = to.min(text.len());
    let scan = from.saturating_sub(1);
    memchr::memchr3_iter(b'.', b'?', b'!', &text.as_bytes()[scan..to])
        .filter_map(move |k| next_sentence(text, scan + k, to, scan))
        .filter(move |&s| s > from && s < to)
}

/// Where the next sentence starts when the byte at `i` ends one, reading
/// no further than `limit` nor further back than `floor`.
fn next_sentence(text: &str, i: usize, limit: usize, floor: usize) -> Option<usize> {
    if !matches!(text.as_bytes()[i], b'.' | b'?' | b'!') {
        return None;
    }
    // Closing marks after the full stop belong to the sentence that ends.
    // So do reference marks ("permanently.[43][44] In 2012", "War.”8 The",
    // "River.9 In"), when no digit stands before the stop ("6.5 mesh").
    let after = &text[i + 1..limit];
    let mut rest = after.trim_start_matches(['”', '"', '’', ')']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // "in 2023.1 Commodore", "20%.15 The": a note after a year or a share.
    let year = text[..i].len() >= 5
        && text[..i].is_char_boundary(i - 4)
        && text[i - 4..i].bytes().all(|b| b.is_ascii_digit())
        && !text[..i - 4].ends_with(|c: char| c.is_ascii_digit() || c == '.')
        && matches!(&text[i - 4..i - 2], "19" | "20");
    let note = (1..=3).contains(&digits)
        && (rest.len() < after.len()
            || text[..i].ends_with(|c: char| c.is_alphabetic() || c == '%')
            || year)
        && rest[digits..].starts_with(char::is_whitespace)
        // "strengthened.3 "It's one": a quotation may open the sentence,
        // at `limit` when it is the one whose sentence is looked for.
        && text[limit - rest.len() + digits..]
            .trim_start()
            .trim_start_matches(['“', '"', '‘'])
            .starts_with(char::is_uppercase);
    if note {
        rest = &rest[digits..];
    }
    // "[43]", and a Markdown footnote's "[^3]".
    while let Some(inner) = rest.strip_prefix('[') {
        let inner = inner.strip_prefix('^').unwrap_or(inner);
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        match inner[digits..].strip_prefix(']') {
            Some(next) if digits > 0 => rest = next,
            _ => break,
        }
    }
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '|');
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
        || ABBREVIATIONS.binary_search(&word).is_ok()
        || word.contains('.') && !is_number_word(word)
    {
        return None;
    }
    Some(limit - rest.trim_start().len())
}

/// Whether a word with a full stop in it is a number or a time ("6.5",
/// "6.12pm", "£2.4bn"), not an abbreviation ("U.S", "p.m"): a stop after it
/// ends a sentence.
fn is_number_word(word: &str) -> bool {
    let digits = word.trim_start_matches(['£', '$', '€']);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .trim_end_matches(char::is_alphabetic)
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        && !digits.ends_with('.')
}

/// How far before a quotation its sentence may start, in bytes.
pub(super) const MAX_LOOKBACK: usize = 1500;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_name_is_a_word_of_the_full_name() {
        for full in [
            "Francis Parisi",
            "Parisi",
            "Ana Parisi-Lee",
            "",
            "A  B",
            " Lee",
        ] {
            for name in ["Parisi", "Lee", "A", "B", "", "Francis Parisi", "is"] {
                let words = full.split(' ').any(|w| w == name);
                assert_eq!(holds_name(full, name), words, "{full:?} {name:?}");
            }
        }
    }

    #[test]
    fn after_quote_cues_are_sorted_and_unique() {
        assert!(AFTER_QUOTE_CUES.windows(2).all(|w| w[0] < w[1]));
        assert!(VERDICT_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(SUMMING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(EPONYM_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_sentence_after_a_quotation_may_name_whose_words_they_were() {
        let named = |rest: &str| named_in_next(rest).map(|(_, name)| name);
        assert_eq!(
            named(" That was the verdict of Tobias\nLindqvist, a former deputy governor."),
            Some("Tobias Lindqvist".to_string())
        );
        assert_eq!(
            named(" That’s how Sanna Ferreira-Lund, who runs a co-op, summed it up."),
            Some("Sanna Ferreira-Lund".to_string())
        );
        assert_eq!(
            named("\n\nThe words are those of Dr. Samuel Ayoo, the district officer."),
            Some("Dr. Samuel Ayoo".to_string())
        );
        assert_eq!(named(" That is how the system works."), None);
        assert_eq!(named(" That was the view of most economists."), None);
        assert_eq!(named(" The talks resume on Monday."), None);
    }
}
