//! Quotations: pairing marks, and finding who each quotation is attributed to.
//!
//! Marks are paired with a stack, so nested quotations (also with the same
//! marks) and quotations interrupted by their attribution come out whole. A
//! straight mark opens or closes by what stands around it. Attribution looks
//! for a cue ("said", "responds by saying", "according to") in the sentence
//! before the quotation, or right after it, and reads the speaker off the
//! words around the cue.

mod cues;
mod lexicon;
mod lower;
mod marks;
mod speaker;

use lexicon::*;
use lower::ToLower;
use marks::*;
use speaker::*;

use crate::body::{is_page_notes, Paragraph, Role};
use crate::chronology::Found;
use crate::model::{
    Context, MarkRole, Marks, Quotation, QuoteRole, Speaker, SpeakerKind, StrayMark,
};
use crate::text::{FindShort, Plain, Source};

/// Every quotation of the article, and the marks that pair with nothing:
/// read unit by unit (body paragraphs and chronology entries) in document
/// order, so that "he" finds the person last named before it.
pub(crate) fn read(
    source: &Source<'_>,
    paragraphs: &[Paragraph<'_>],
    found: &[Found<'_>],
    author: Option<&str>,
) -> (Vec<Quotation>, Vec<StrayMark>) {
    // Quotations are read unit by unit in document order, so that "he" finds
    // the person last named before it.
    enum Unit<'a> {
        Paragraph(&'a Paragraph<'a>),
        /// A part of a chronology: an entry, a line that is no entry, a
        /// subheading, the title or lead.
        Chronology(&'a Plain<'a>, Context),
    }
    // A heading without a quotation mark quotes nobody, and the names in it
    // ("Recent Incidents", a running title) are no one a "he" stands for.
    // A headline in the front matter quotes too ("Murder accused told
    // friend business partner was ‘finished’, jury hears"), when a mark in
    // it opens a quotation; an apostrophe alone ("Japan’s") opens none.
    let quoting = |p: &&Paragraph<'_>| match p.role {
        Role::Front => p.plain.text.contains(['“', '‘', '"', '„', '«']),
        Role::Furniture => false,
        // "Renata Kovac -- President and Chief Executive Officer": a line
        // set like a heading that opens a turn.
        Role::Heading => {
            p.plain.text.contains(QUOTATION_MARKS) || label_line(&p.plain.text).is_some()
        }
        _ => true,
    };
    // Where each section of references ("## References", "Notes") starts
    // and ends: what the items there quote are the titles of works.
    let mut references: Vec<(usize, bool)> = paragraphs
        .iter()
        .filter(|p| p.role == Role::Heading)
        .map(|p| {
            let start = source.lines[p.first_line].start;
            (start, is_references_heading(&p.plain.text))
        })
        .collect();
    references.dedup_by_key(|(_, refs)| *refs);
    let in_references = |at: usize| {
        let k = references.partition_point(|&(start, _)| start <= at);
        k > 0 && references[k - 1].1
    };
    let mut units: Vec<(usize, Unit<'_>)> = paragraphs
        .iter()
        .filter(quoting)
        .map(|p| (source.lines[p.first_line].start, Unit::Paragraph(p)))
        .collect();
    for (c, f) in found.iter().enumerate() {
        let chronology = c;
        let parts = f
            .entry_texts
            .iter()
            .enumerate()
            .map(|(entry, text)| (text, Context::Chronology { chronology, entry }))
            .chain(f.unparsed_texts.iter().enumerate().filter_map(|(k, text)| {
                let furniture =
                    f.chronology.unparsed[k].reason == crate::model::UnparsedReason::PageFurniture;
                (!furniture).then_some((
                    text,
                    Context::Unparsed {
                        chronology,
                        unparsed: k,
                    },
                ))
            }))
            .chain(f.subheading_texts.iter().enumerate().map(|(k, text)| {
                let context = Context::Subheading {
                    chronology,
                    subheading: k,
                };
                (text, context)
            }))
            .chain(
                f.heading_texts
                    .iter()
                    .map(|text| (text, Context::Heading { chronology })),
            );
        for (text, context) in parts {
            // Most parts hold no quotation mark at all: skip them cheaply.
            if !text.text.contains(QUOTATION_MARKS) {
                continue;
            }
            let (start, _) = text.source_range(0, 0);
            units.push((start, Unit::Chronology(text, context)));
        }
    }
    units.sort_by_key(|(key, _)| *key);

    let mut quotations = Vec::new();
    let mut stray_marks = Vec::new();
    let mut attribution = Attribution {
        in_full: NamedInFull::new(source.text),
        author: author.map(|name| Speaker {
            name: name.to_string(),
            role: None,
            kind: SpeakerKind::Person,
            resolved_from: None,
        }),
        ..Attribution::default()
    };
    // A transcript or a parliamentary record: two or more paragraphs of
    // text open with a speaker's label.
    let transcript = paragraphs
        .iter()
        .filter(|p| match p.role {
            Role::Text => label(&p.plain.text).is_some(),
            Role::Heading => label_line(&p.plain.text).is_some(),
            _ => false,
        })
        .nth(1)
        .is_some();
    let mut unclaimed: Option<usize> = None;
    let mut colon_lead: Option<String> = None;
    let mut colon_leads: Vec<(usize, String)> = Vec::new();
    for (_, unit) in units {
        let pending = unclaimed.take();
        let lead = colon_lead.take();
        // Only a transcript's paragraphs of text and its label lines open
        // turns; another heading ends one.
        if let Unit::Paragraph(p) = unit {
            let opens = match p.role {
                Role::Text => true,
                Role::Heading => label_line(&p.plain.text).is_some(),
                _ => false,
            };
            attribution.labels = transcript && opens;
            if p.role == Role::Heading && !attribution.labels {
                attribution.turn = None;
            }
        }
        match unit {
            // The notes at a page's foot and the items of a list of
            // references quote titles; the names in them are nobody the text
            // around them goes on about.
            Unit::Paragraph(p)
                if p.role == Role::Text
                    && (is_page_notes(&p.plain.text)
                        || in_references(source.lines[p.first_line].start)) =>
            {
                let narrative = attribution.narrative();
                let first = quotations.len();
                attribution.scan(
                    source,
                    &p.plain,
                    Context::Body,
                    &mut quotations,
                    &mut stray_marks,
                );
                attribution.resume(narrative);
                for q in &mut quotations[first..] {
                    if q.speaker.is_none() && q.role == QuoteRole::Statement {
                        q.role = QuoteRole::Title;
                    }
                }
            }
            Unit::Paragraph(p) => {
                // "“We were not ready for this. ...” ¶ The words are those
                // of Dr. Samuel Ayoo": a paragraph that is a quotation
                // nobody was found for, given by the next one's opening.
                if let Some(k) = pending {
                    if let Some((_, name)) = named_in_next(&p.plain.text) {
                        let words: Vec<&str> = name.split_whitespace().collect();
                        let q: &mut Quotation = &mut quotations[k];
                        if q.speaker.is_none() && !is_pronoun(&name) {
                            q.speaker = Some(if name.starts_with(char::is_lowercase) {
                                described_speaker(&words)
                            } else {
                                classify(&name, None)
                            });
                        }
                    }
                }
                let first = quotations.len();
                attribution.scan(
                    source,
                    &p.plain,
                    Context::Body,
                    &mut quotations,
                    &mut stray_marks,
                );
                // "... an unusual venue for a message to Japan: ¶ “The court
                // has spoken ...”": a paragraph that opens with a quotation
                // nobody was found for, after one whose last sentence ends
                // in a colon, is that sentence's subject's.
                // The quotation may close paragraphs later: given at the end.
                if let Some(lead) = lead {
                    if p.plain.text.starts_with(['“', '"', '‘']) {
                        colon_leads.push((p.plain.source_range(0, 0).0, lead));
                    }
                }
                let text = p.plain.text.trim_end();
                if text.ends_with(':') {
                    let start = sentence_start(text, text.len() - 1);
                    colon_lead = Some(text[start..].to_string());
                }
                let (_, end) = p.plain.source_range(text.len(), text.len());
                unclaimed = quotations[first..]
                    .iter()
                    .rposition(|q| q.nested_in.is_none())
                    .map(|k| first + k)
                    .filter(|&k| {
                        let q = &quotations[k];
                        q.speaker.is_none() && q.role == QuoteRole::Statement && q.span.end >= end
                    });
            }
            Unit::Chronology(text, context) => {
                // Each entry names its own people.
                attribution.reset();
                // Nothing carries on into an entry from before it.
                attribution.carry = None;
                attribution.described = None;
                let first = quotations.len();
                // "She said: “... Kestrian. ¶ “We will not ...”": an entry's
                // paragraphs are read one by one, so that a quotation one
                // leaves open and the next reopens is one quotation.
                // Only where a paragraph opens with a quotation mark: a
                // page break inside a quotation ("harder than it ¶ 90 |
                // HEADER ¶ sounds.”") is no new paragraph of it.
                let mut breaks = text.paragraph_breaks(source.text);
                breaks.retain(|&at| text.text[at + 1..].starts_with(['“', '"', '‘']));
                let mut from = 0;
                for (k, &at) in breaks.iter().chain([&text.text.len()]).enumerate() {
                    attribution.continued = k < breaks.len();
                    attribution.paragraphs = !breaks.is_empty();
                    let part = if breaks.is_empty() {
                        std::borrow::Cow::Borrowed(text)
                    } else {
                        std::borrow::Cow::Owned(text.slice(from, at))
                    };
                    attribution.scan(source, &part, context, &mut quotations, &mut stray_marks);
                    from = (at + 1).min(text.text.len());
                }
                attribution.continued = false;
                attribution.paragraphs = false;
                // A page's notes quote titles, as in the body.
                let note = match context {
                    Context::Unparsed {
                        chronology,
                        unparsed,
                    } => {
                        found[chronology].chronology.unparsed[unparsed].reason
                            == crate::model::UnparsedReason::Footnote
                    }
                    _ => false,
                };
                for q in quotations[first..]
                    .iter_mut()
                    .filter(|q| note && q.context == context)
                {
                    if q.speaker.is_none() && q.role == QuoteRole::Statement {
                        q.role = QuoteRole::Title;
                    }
                }
            }
        }
    }

    if let Some(last) = attribution.dangling.take() {
        quotations.push(last.unclosed(source));
    }
    for q in quotations
        .iter_mut()
        .filter(|q| q.speaker.is_none() && q.role == QuoteRole::Statement && q.nested_in.is_none())
    {
        if let Ok(k) = colon_leads.binary_search_by_key(&q.span.start, |(at, _)| *at) {
            // "Here is the statement in full:" names nobody.
            q.speaker = sentence_subject(&colon_leads[k].1)
                .filter(|name| !matches!(name.as_str(), "Here" | "This" | "That" | "These" | "It"))
                .map(|name| classify(&name, None))
                .filter(|s| matches!(s.kind, SpeakerKind::Person | SpeakerKind::Organization));
        }
    }
    quoted_again(&mut quotations);
    (quotations, stray_marks)
}

/// How many of the last quotations with a speaker a quotation is compared
/// with in [`quoted_again`]: the cost stays linear in the text.
const QUOTED_AGAIN_REACH: usize = 64;

/// Words quoted again that a recent quotation gave to its speaker ("The
/// Minister told the House that the scheme had “never been stronger”." ...
/// "I am asking whether “never been stronger” is a statement you would
/// make"): when the words quoted again have no speaker of their own, or
/// only the "I" who asks about them, they are still the first speaker's.
fn quoted_again(quotations: &mut [Quotation]) {
    let mut spoken: Vec<usize> = Vec::new();
    for k in 0..quotations.len() {
        let q = &quotations[k];
        let mention = q.nested_in.is_none()
            && q.role == QuoteRole::Statement
            && match &q.speaker {
                // A cue whose speaker was not found is no mention.
                // Nor a sentence of someone's own ("Nobody told us to
                // leave," one said), only a phrase ("merely “a standard
                // form of words”").
                None => q.cue.is_none() && q.text.starts_with(char::is_lowercase),
                // "I am asking whether “...” is": the asker mentions them;
                // "I told her that “...”" says them again.
                Some(s) => {
                    matches!(s.resolved_from.as_deref(), Some("I" | "We"))
                        && q.cue.as_deref().is_none_or(|c| c.starts_with("ask"))
                }
            };
        let words = q.text.split_whitespace().count();
        if mention && (2..=12).contains(&words) {
            let needle = q
                .text
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // Words nobody is named for are taken back only a paragraph or
            // two; the asker's "I" anywhere in a transcript.
            let reach = if q.speaker.is_none() {
                1500
            } else {
                usize::MAX
            };
            let at = q.span.start;
            let earlier = spoken.iter().rev().find(|&&e| {
                let e = &quotations[e];
                at.saturating_sub(e.span.start) <= reach
                    && e.text.len() >= needle.len()
                    && e.text.to_lowercase().contains(&needle)
                    && e.speaker.as_ref().map(|s| &s.name) != q.speaker.as_ref().map(|s| &s.name)
            });
            if let Some(&e) = earlier {
                let (speaker, cue) = (quotations[e].speaker.clone(), quotations[e].cue.clone());
                quotations[k].speaker = speaker;
                quotations[k].cue = cue;
                continue;
            }
        }
        if quotations[k].speaker.is_some() && quotations[k].nested_in.is_none() {
            spoken.push(k);
            if spoken.len() > 2 * QUOTED_AGAIN_REACH {
                spoken.drain(..QUOTED_AGAIN_REACH);
            }
        }
    }
}

/// Whether `word` is a listed country's or state's name.
pub(crate) fn is_state_name(word: &str) -> bool {
    STATES.binary_search(&word).is_ok()
}

/// Whether a heading opens a list of references ("References", "Notes",
/// "Sources", "Bibliography", "Further reading").
fn is_references_heading(text: &str) -> bool {
    let lower = text.trim().trim_end_matches(':').lower();
    matches!(
        lower.as_str(),
        "references"
            | "notes"
            | "endnotes"
            | "footnotes"
            | "sources"
            | "bibliography"
            | "works cited"
            | "further reading"
            | "notes and references"
            | "citations"
    )
}

/// Every character that may open or close a quotation.
const QUOTATION_MARKS: [char; 9] = ['"', '“', '”', '„', '«', '»', '‘', '’', '\''];

/// Whether the words between a quotation and the next are a second verb
/// of the same subject (", and warned that"): a conjunction, the cue, and
/// no more than a few words.
/// `n` bytes of U+0001, the mask over an earlier quotation: borrowed from
/// one static run when it is long enough, as it nearly always is.
fn mask(n: usize) -> std::borrow::Cow<'static, str> {
    const RUN: [u8; 2048] = [1; 2048];
    const MASK: &str = match std::str::from_utf8(&RUN) {
        Ok(run) => run,
        Err(_) => "",
    };
    match MASK.get(..n) {
        Some(run) => run.into(),
        None => "\u{1}".repeat(n).into(),
    }
}

fn same_subject(between: &str, cue: &str) -> bool {
    let words: Vec<&str> = between
        .trim_start_matches(|c: char| c.is_whitespace() || ",;".contains(c))
        .split_whitespace()
        .collect();
    matches!(words.first(), Some(&("and" | "but")))
        && words.len() <= 5
        && words
            .iter()
            .any(|w| w.starts_with(cue.split(' ').next().unwrap_or(cue)))
}

/// Whether the words between two quotations of a sentence are a verb with
/// no subject of its own (“...,” and adds, “...”; “...” but then added
/// that “...”): the cue comes right after the conjunction, past adverbs.
fn no_subject(between: &str, cue: &str) -> bool {
    let mut words = between
        .trim_start_matches(|c: char| c.is_whitespace() || ",;".contains(c))
        .split_whitespace();
    let head = cue.split(' ').next().unwrap_or(cue);
    // “...,” adding: “...”: a participle right after the words.
    let first = words.next();
    if head.len() > 4
        && head.ends_with("ing")
        && head.starts_with(char::is_lowercase)
        && first.is_some_and(|w| w.trim_end_matches([',', ':']) == head)
    {
        return true;
    }
    matches!(first, Some("and" | "but"))
        && words
            .find(|w| !(w.ends_with("ly") || matches!(*w, "then" | "later" | "also" | "again")))
            .is_some_and(|w| w.trim_end_matches([',', ':']) == head)
}

/// Whether a quotation that names no speaker goes on with the one before it
/// (“We did not walk away,” said Pieter van Dijk. “Our members ...”): it
/// opens a sentence of its own words, and only the attribution of the
/// quotation before stands between them.
fn goes_on(between: &str, inner: &str, cue: Option<&str>) -> bool {
    let between = between.trim();
    // The attribution itself may run long when it opens with its cue and
    // describes the speaker (", said Dr. Anjali Raman, a fisheries
    // ecologist at ... ."); other words between are narrative.
    let head = &between[..crate::text::floor_boundary(between, between.len().min(40))];
    let reach = if cue.is_some_and(|c| head.contains(c)) {
        300
    } else {
        120
    };
    // "Ms. Smeets said." ends one sentence, not two.
    let title = |i: usize| {
        let word = between[..i].rsplit(' ').next().unwrap_or("");
        word.chars().count() <= 3 && word.starts_with(char::is_uppercase)
    };
    let ends = between
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && between[i + 1..].starts_with(' ') && !title(i)
        })
        .count();
    let opens_sentence = between.is_empty() || between.ends_with(['.', '!', '?', ':']);
    opens_sentence
        && ends == 0
        && between.chars().count() <= reach
        && inner.trim_start().starts_with(|c: char| c.is_uppercase())
        // "“...,” he said. “They laughed.”": a short sentence of its own too.
        && (inner.split_whitespace().count() >= 3 || inner.trim_end().ends_with(['.', '!', '?']))
}

/// The subject of a verb joined to a cue by "and" ("My father would unfold
/// the map and say", "The manager came down here and told us", "He called
/// me that night and said"): a pronoun, a relation or role after a
/// determiner, or a name, that opens the words before the cue; the words
/// as they are otherwise.
fn joined_subject<'a, 'w>(all: &'a [&'w str]) -> &'a [&'w str] {
    if all.len() < 3 || all.last() != Some(&"and") {
        return all;
    }
    // "And his manager looked at them and said": past the conjunction.
    let mut skip = usize::from(all.len() > 3 && matches!(all[0], "And" | "But" | "Then" | "So"));
    // "every day an officer came and asked": past a phrase of time.
    let time = all[skip..]
        .iter()
        .take_while(|w| {
            matches!(
                **w,
                "every"
                    | "each"
                    | "one"
                    | "that"
                    | "day"
                    | "night"
                    | "morning"
                    | "evening"
                    | "week"
                    | "time"
                    | "later"
                    | "then"
                    | "once"
                    | "Every"
                    | "One"
                    | "Then"
                    | "Later"
                    | "Once"
            )
        })
        .count();
    if time > 0
        && all
            .get(skip + time)
            .is_some_and(|w| matches!(*w, "a" | "an" | "the"))
    {
        skip += time;
    }
    let words = &all[skip..];
    let noun = |w: &str| {
        let lower = w.lower();
        is_relation_noun(&lower) || is_person_noun(&lower)
    };
    let len = match words[0] {
        "I" | "We" | "He" | "She" => 1,
        // "Their chief executive", "The new harbour manager": past a few
        // modifiers in lower case.
        "My" | "Our" | "Her" | "His" | "Their" | "The" | "A" | "An" | "his" | "her" | "my"
        | "the" | "their" | "our" | "a" | "an" => {
            match (1..words.len().min(4)).find(|&k| noun(words[k])) {
                // "chief executive": the last noun of a compound.
                Some(k)
                    if words[1..k]
                        .iter()
                        .all(|w| w.starts_with(char::is_lowercase)) =>
                {
                    (k + 1..words.len() - 1)
                        .take_while(|&j| noun(words[j]))
                        .last()
                        .unwrap_or(k)
                        + 1
                }
                _ => return all,
            }
        }
        _ => {
            let joined = words.join(" ");
            match named_run_with_end(&joined) {
                Some((name, end)) if !is_pronoun(&name) => joined[..end].split_whitespace().count(),
                _ => return all,
            }
        }
    };
    // The subject's own verb follows it in lower case.
    match words.get(len) {
        Some(verb) if len < words.len() - 1 && verb.starts_with(char::is_lowercase) => {
            &words[..len]
        }
        _ => all,
    }
}

/// A relation noun, singular or plural ("father", "brothers").
fn is_relation_noun(lower: &str) -> bool {
    RELATION_NOUNS.contains(&lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|s| RELATION_NOUNS.contains(&s))
}

/// "My husband went back to see the house. He called me": the person the
/// words of a quotation (`scope`, before the sentence of a "he" or "she"
/// of `gender`) last describe, with "my", "our", "a", "an" or "the"
/// before a noun for a person, singular and named by no name after it.
fn story_antecedent(scope: &str, gender: Gender) -> Option<Speaker> {
    let words: Vec<&str> = scope.split_whitespace().collect();
    let at = words.iter().rposition(|w| {
        let noun = w.trim_end_matches([',', '.', ';', ':', '?', '!']);
        let lower = noun.lower();
        noun.starts_with(char::is_lowercase)
            && !noun.ends_with('s')
            && (RELATION_NOUNS.contains(&lower.as_str()) || is_person_noun(&lower))
            && word_gender(noun).is_none_or(|g| g == gender)
    })?;
    // A name after it, not a place or a time ("went back to Umm Sirin in
    // April").
    let named_after = words[at..].windows(2).any(|pair| {
        pair[1].starts_with(char::is_uppercase)
            && !matches!(pair[1], "I" | "He" | "She")
            && !pair[0].ends_with(['.', '?', '!'])
            && !pair[0].starts_with(char::is_uppercase)
            && !PREPOSITIONS.contains(&pair[0])
            && !matches!(pair[0], "the" | "The")
    });
    let from = (at.saturating_sub(3)..at)
        .rev()
        .find(|&j| matches!(words[j].lower().as_str(), "my" | "our" | "a" | "an" | "the"))?;
    let plain = words[from + 1..at]
        .iter()
        .all(|w| w.starts_with(char::is_lowercase) && !w.ends_with(','));
    let noun = words[at].trim_end_matches([',', '.', ';', ':', '?', '!']);
    (plain && !named_after).then(|| Speaker {
        name: format!("{} {noun}", words[from..at].join(" ").to_lowercase()),
        role: None,
        kind: SpeakerKind::UnnamedSource,
        resolved_from: None,
    })
}

/// The words before a cue without the earlier quotations that stand inside
/// a clause as a noun would ("The Forum, whose report “Standing Still” is
/// much quoted by ministers, concludes"): masked, they would end the
/// clause. None when there is none.
fn inline_quotations(before: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = before;
    let mut found = false;
    while let Some(a) = rest.find('\u{1}') {
        let b = a + rest[a..].find(|c| c != '\u{1}').unwrap_or(rest.len() - a);
        let inline = rest[..a]
            .strip_suffix(' ')
            .is_some_and(|r| r.ends_with(char::is_alphabetic))
            && rest[b..].strip_prefix(' ').is_some_and(|r| {
                matches!(
                    r.split(' ').next(),
                    Some("is" | "was" | "are" | "were" | "has" | "had" | "have" | "remains")
                )
            });
        out.push_str(&rest[..a]);
        if inline {
            found = true;
            out.pop();
        } else {
            out.push_str(&rest[a..b]);
        }
        rest = &rest[b..];
    }
    out.push_str(rest);
    found.then_some(out)
}

/// Whether words a verb of naming quotes judge rather than name ("called it
/// “too slow”", "called the plan “reckless”", "branded the move “deeply
/// irresponsible”"): an adverb of degree first, or one adjective.
fn judgement(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !first.starts_with(char::is_lowercase) {
        return false;
    }
    let degree = matches!(
        *first,
        "too" | "very" | "so" | "not" | "more" | "less" | "most" | "quite" | "rather" | "far"
    ) || (first.len() > 4 && first.ends_with("ly") && words.len() > 1);
    let adjective = words.len() == 1
        && ["able", "ible", "ous", "ful", "less", "ive"]
            .iter()
            .any(|s| first.trim_end_matches(['.', ',']).ends_with(s));
    // "disappointing and premature", "reckless but predictable": two
    // qualities joined, no determiner before them.
    let qualities = words.len() == 3
        && matches!(words[1], "and" | "but" | "yet")
        && !matches!(*first, "a" | "an" | "the");
    // "called it “a door left ajar”": a likeness the quoted words draw
    // with their own indefinite article; a name given is definite ("the
    // Ghost") or capitalized.
    let likeness = words.len() >= 3 && matches!(*first, "a" | "an");
    // "calls it “world-leading”", "“ill-judged”": one compound adjective;
    // "“de-risking”" after a prefix is a term.
    let compound = words.len() == 1
        && first
            .trim_end_matches(['.', ',', '!'])
            .split_once('-')
            .is_some_and(|(head, tail)| {
                !matches!(
                    head,
                    "de" | "re" | "co" | "pre" | "post" | "non" | "anti" | "pro" | "sub"
                ) && (tail.ends_with("ing") || tail.ends_with("ed"))
            });
    degree || adjective || qualities || likeness || compound
}

/// "In announcing the ceasefire between Iran and “their allies,” Prime
/// Minister Sharif ...": a cue in an opening phrase belongs to the subject
/// of the main clause that follows the quotation.
fn opening_phrase_speaker(before_cue: &str, cue: &str, text: &str, pair: &Pair) -> Option<Speaker> {
    let first = before_cue.split_whitespace().next()?.lower();
    let first: &str = &first;
    if !cue.ends_with("ing") || !INTRODUCERS.contains(&first) || before_cue.contains(',') {
        return None;
    }
    // The main clause starts right after the quotation (its comma inside
    // the marks) or after the comma that ends the opening phrase.
    let after = text[pair.close + pair.close_mark.len_utf8()..].trim_start();
    let main = match after.strip_prefix(',') {
        Some(rest) => rest.trim_start(),
        None if after.starts_with(char::is_uppercase) => after,
        None => {
            let comma = after.find(',').filter(|&c| c <= 200)?;
            after[comma + 1..].trim_start()
        }
    };
    let (name, _) = named_run_with_end(main)?;
    Some(classify(&name, None))
}

/// What quoted words are, from the text before them, the words, and
/// whether someone was found to speak them.
fn quote_role(before: &str, inner: &str, spoken: bool, cue: Option<&str>) -> QuoteRole {
    let words = inner.split_whitespace().count();
    if so_called(before) {
        QuoteRole::Scare
    } else if spoken {
        QuoteRole::Statement
    } else if names_something(inner) || inscription(before) {
        QuoteRole::Title
    }
    // "“We are leaving,” she said": a short clause with its cue is still a
    // statement when nobody is found to say it; "line units" is a term.
    else if (words <= 3 && !(cue.is_some() && inner.trim_end().ends_with([',', '!', '?'])))
        || cue.is_some_and(names_a_term)
    {
        QuoteRole::Term
    } else {
        QuoteRole::Statement
    }
}

/// Whether quoted words name something rather than state it: a title in
/// capitals ("Bureau of Economic and Business Affairs", "Defense of Japan
/// 2020"), the title of an act ("An act to regulate ..."), an address.
pub(crate) fn names_something(text: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
        "or", "the", "to", "via", "with",
    ];
    // Only the opening words are lowered: the longest title opening below
    // is 18 ASCII bytes.
    let trimmed = text.trim_start();
    let mut head = trimmed.len().min(32);
    while !trimmed.is_char_boundary(head) {
        head -= 1;
    }
    let lower = trimmed[..head].lower();
    let lower: &str = &lower;
    // "An act to amend ...", "A bill for ...": a statute's or a bill's
    // title; "an act of piracy" is a judgement.
    let act = ["an act ", "act ", "a bill ", "bill "].iter().any(|a| {
        lower.strip_prefix(a).is_some_and(|rest| {
            [
                "to ",
                "for ",
                "relating ",
                "making ",
                "providing ",
                "concerning ",
                "respecting ",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
        })
    });
    if act || text.contains("://") || crate::text::contains_ascii_caseless(text, "www.") {
        return true;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .collect();
    let capitalized = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    // One capitalized word opens any sentence: a title has two or more.
    words.len() >= 2 && capitalized * 10 >= words.len() * 8
}

/// Whether quoted words read as a statement of their own: four words or
/// more, ending a sentence or a clause, and not a title.
fn states(inner: &str) -> bool {
    // "... He said, “It’ll be Callum.”": a sentence ends inside the nested
    // quotation that closes it.
    inner.split_whitespace().nth(3).is_some()
        && inner
            .trim_end()
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with(['.', ',', '?', '!', '—'])
        && !names_something(inner)
}

/// Whether a cue introduces what follows it up to the quotation: not when
/// an auxiliary follows it at once (the cue is in a relative clause: "the
/// vessels Japan had promised were"), nor when its clause has ended (",
/// and that", a semicolon).
fn governs(after_cue: &str) -> bool {
    let next = after_cue
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let auxiliary = matches!(
        next,
        "is" | "are" | "was" | "were" | "would" | "will" | "had" | "has" | "have" | "could"
    );
    // "countered that ..., and that": the cue's own clause goes on.
    // "said in a statement that ..., and that": so does a cue whose
    // "that" comes a few words on.
    // "said the envoy would meet ..., and that": so does a cue whose
    // clause, with no "that", has a finite verb of its own.
    let own_that = after_cue.find_short(", and that ").is_some_and(|a| {
        let clause = &after_cue[..a];
        clause.find_short(" that ").is_some()
            || clause.split_whitespace().take(8).any(|w| {
                matches!(
                    w,
                    "would" | "will" | "had" | "has" | "was" | "were" | "could" | "should"
                )
            })
    });
    let ended = after_cue.contains(';')
        || (next != "that" && !own_that && after_cue.contains(", and that "));
    !auxiliary && !ended
}

/// "..., whose statement read": the body or person named right before
/// ", whose" and a document or a reply of theirs.
fn whose_document(before: &str) -> Option<Speaker> {
    let at = before.rfind_short(", whose ")?;
    let tail: Vec<&str> = before[at + ", whose ".len()..].split_whitespace().collect();
    let noun = tail.first()?.lower();
    // The noun, and at most an auxiliary or an adverb: not "whose report
    // he said was", whose cue has a subject of its own.
    let own = tail.len() == 1
        || tail.len() == 2 && tail[1].starts_with(char::is_lowercase) && !is_pronoun(tail[1]);
    if !own || !(DOCUMENT_WORDS.contains(&noun.as_str()) || REPLY_NOUNS.contains(&&*noun)) {
        return None;
    }
    // The capitalized words that end the text before the comma.
    let words: Vec<&str> = before[..at].split_whitespace().collect();
    let mut from = words.len();
    while from > 0
        && (words[from - 1].starts_with(char::is_uppercase)
            || from < words.len() && CONNECTORS.contains(&words[from - 1]))
    {
        from -= 1;
    }
    while from < words.len() && CONNECTORS.contains(&words[from]) {
        from += 1;
    }
    if from == words.len() {
        return None;
    }
    let named = classify(&words[from..].join(" "), None);
    matches!(named.kind, SpeakerKind::Organization | SpeakerKind::Person).then_some(named)
}

/// `before` without an aside between dashes at its end ("The Minister’s
/// direction — I have seen a draft — "), of at most 80 bytes and no name
/// in apposition.
fn dashed_aside(before: &str) -> Option<String> {
    let trimmed = before.trim_end();
    ["—", "–", " - "].iter().find_map(|dash| {
        let inner = trimmed.strip_suffix(dash.trim())?.trim_end();
        let open = inner.rfind_short(dash)?;
        let aside = inner[open + dash.len()..].trim();
        // "The company’s founder — Jane Smith — said": a name in
        // apposition is the subject's, no aside.
        let named = speaker::named_run_with_end(aside).is_some_and(|(_, end)| end == aside.len());
        let short = !aside.is_empty() && aside.len() <= 80 && !aside.contains('\u{1}');
        (short && !named).then(|| format!("{} ", inner[..open].trim_end()))
    })
}

/// "Its report says - I've got it here, I'll read it to you - that “...”":
/// a cue (`prefix[start..end]`) inside an aside between dashes, right
/// after an earlier cue and closed right before the words' lead ("that",
/// a colon, a comma or nothing), is the writer's; the earlier cue, found.
fn cue_before_dashed_aside(prefix: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    ["—", "–", " - "].iter().find_map(|dash| {
        let open = prefix[..start].rfind_short(dash)?;
        let close = end + prefix[end..].find_short(dash)?;
        let lead = prefix[close + dash.len()..].trim();
        if !matches!(lead, "" | "that" | ":" | ",") || prefix[open..close].contains(['.', ';']) {
            return None;
        }
        let (a, b) = lexicon::last_cue(&prefix[..open])?;
        prefix[b..open].trim().is_empty().then_some((a, b))
    })
}

/// Whether `word` is an article or a possessive determiner ("the", "our"),
/// in any case.
fn is_determiner(word: &str) -> bool {
    matches!(
        word.lower().as_str(),
        "the" | "a" | "an" | "its" | "our" | "their" | "his" | "her" | "this"
    )
}

/// "As the Ministry of Commerce made clear in its announcement of April 28,
/// the licensing system is designed “...”", "As our consultation document
/// makes clear, the library will offer ‘...’": the one an opening "As"
/// clause says made the point, for a quotation with no cue of its own.
fn as_made_clear(lead: &str) -> Option<Speaker> {
    let rest = lead.trim_start().strip_prefix("As ")?;
    let clause = &rest[..rest.find(',')?];
    let at = [" made clear", " makes clear", " make clear"]
        .iter()
        .filter_map(|v| clause.find_short(v))
        .min()?;
    let subject = clause[..at]
        .trim_end_matches(" has")
        .trim_end_matches(" have");
    let words: Vec<&str> = subject.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    if DOCUMENT_WORDS.contains(&words[words.len() - 1].lower().as_str()) {
        // Past its determiner: "our consultation document".
        let from = words
            .iter()
            .rposition(|w| is_determiner(w))
            .map_or(0, |k| k + 1);
        return (from < words.len()).then(|| Speaker {
            name: words[from..].join(" "),
            role: None,
            kind: SpeakerKind::Document,
            resolved_from: None,
        });
    }
    let subject = subject.strip_prefix("the ").unwrap_or(subject);
    let (name, end) = speaker::named_run_with_end(subject)?;
    (end == subject.len()).then(|| classify(&name, None))
}

/// Words the lexicon leaves out because they are mostly nouns ("campaign
/// promises", "a post"), but which are verbs between a subject and the
/// quotation they introduce ("Labor Minister Oh Jae-sung promises “a full
/// inquiry”", "she pledges to “settle it”"). Sorted in byte order.
const NOUN_LIKE_VERBS: &[&str] = &[
    "pledges", "posts", "promises", "protests", "records", "reports",
];

/// The cue of `before` (a sentence up to a quotation's opening mark) when
/// it ends in one of [`NOUN_LIKE_VERBS`], with "to" or "that" after it or
/// nothing, and a subject before it: a name, a pronoun, a party noun or a
/// document after its determiner; also a finding ("found that"), and
/// "promising" after a comma right before the quotation.
fn verb_before_quotation(before: &str) -> Option<(usize, usize)> {
    let mut words = before.trim_end().rsplit(' ');
    let mut verb = words.next()?;
    if matches!(verb, "to" | "that") {
        verb = words.next()?;
    }
    if matches!(verb, "found" | "finds" | "find") {
        return finding_before_quotation(before, verb);
    }
    // "..., promising “concrete deliverables”": after a comma, right before
    // the quotation, a participle and not an adjective.
    if verb == "promising" {
        let end = before.trim_end().len();
        let start = before[..end].rfind_short(verb)?;
        return before[..start]
            .trim_end()
            .ends_with(',')
            .then_some((start, start + verb.len()));
    }
    if NOUN_LIKE_VERBS.binary_search(&verb).is_err() {
        return None;
    }
    let subject = words.next()?;
    let preceding = words.next().unwrap_or("");
    let third = words.next().unwrap_or("");
    // A name of two words or more ("Oh Jae-sung promises", "Rutger Vane
    // pledges"), a pronoun, or a party after its article ("the ministry
    // pledges"); not "Social media posts" nor "Broken promises".
    let capital = |w: &str| w.starts_with(char::is_uppercase) && !is_possessive(w);
    let named = capital(subject) && capital(preceding);
    let pronoun = matches!(subject, "he" | "she" | "they" | "He" | "She" | "They");
    let party = is_party_noun(subject) && matches!(preceding, "the" | "The" | "its" | "Its");
    // "His field diary records “rain every day”": a document's record.
    // With its determiner or whose it is within two words: not "obtained
    // text records “...”".
    let determined = |w: &str| is_possessive(w) || is_determiner(w);
    let document = DOCUMENT_WORDS.contains(&subject.lower().as_str())
        && (determined(preceding) || determined(third));
    if !(named || pronoun || party || document) {
        return None;
    }
    // The verb's offset: `before` up to the words after it.
    let end = before.trim_end().len();
    let start = before[..end].rfind_short(verb)?;
    Some((start, start + verb.len()))
}

/// "The organisers call the convoy “...”", "critics call it “...”": "call",
/// which the lexicon leaves out as mostly a noun, after a plural subject
/// (a noun for people or bodies, or "they", "we", "you") and before an
/// object of a few words that ends `before`.
fn call_before_quotation(before: &str) -> Option<(usize, usize)> {
    let lead = before.trim_end();
    let words: Vec<&str> = lead.rsplit(' ').take(7).collect();
    let k = words.iter().position(|w| *w == "call")?;
    let object = &words[..k];
    let subject = words.get(k + 1)?;
    // "used a privilege speech on July 9 to call the incident “...”": an
    // infinitive, whose subject is the clause's; not a habit of naming
    // ("what the lawyers like to call an “equity cure”", "came to call"),
    // a choice of words or a judgement of them ("refused to call it", "it
    // is wrong to call it").
    let infinitive = *subject == "to"
        && words.get(k + 2).is_some_and(|w| {
            !matches!(
                w.trim_end_matches(',').lower().as_str(),
                "like"
                    | "likes"
                    | "liked"
                    | "love"
                    | "loves"
                    | "loved"
                    | "came"
                    | "come"
                    | "comes"
                    | "used"
                    | "began"
                    | "begin"
                    | "begins"
                    | "started"
                    | "start"
                    | "starts"
                    | "tend"
                    | "tends"
                    | "tended"
                    | "prefer"
                    | "prefers"
                    | "preferred"
                    | "chose"
                    | "choose"
                    | "chooses"
                    | "want"
                    | "wants"
                    | "wanted"
                    | "decided"
                    | "refused"
                    | "refuse"
                    | "refuses"
                    | "declined"
                    | "hard"
                    | "fair"
                    | "wrong"
                    | "right"
                    | "easy"
                    | "unfair"
                    | "would"
                    | "rather"
                    | "how"
                    | "what"
                    | "grew"
                    | "learned"
                    | "learnt"
            )
        });
    let plural = matches!(*subject, "they" | "They" | "we" | "We" | "you" | "You")
        || infinitive
        || subject.ends_with('s') && is_party_noun(&subject.lower());
    let short = (1..=4).contains(&object.len())
        && object.iter().all(|w| !w.ends_with(['.', ';', ',', ':']));
    if !(plural && short) {
        return None;
    }
    let start = lead.len() - words[..=k].iter().map(|w| w.len() + 1).sum::<usize>() + 1;
    Some((start, start + "call".len()))
}

/// "The report found ‘no injuries ...’", "Its audit of the yard last
/// September found “...”", "State inspectors find “...”": "find", which the
/// lexicon keeps only with its "that" (it also means "come upon"), right
/// before the quotation of a sentence whose subject is a document, a body,
/// people or a pronoun.
fn finding_before_quotation(before: &str, verb: &str) -> Option<(usize, usize)> {
    let end = before.trim_end().len();
    let start = before[..end].rfind_short(verb)?;
    let clause = speaker::main_clause(&before[..start]).unwrap_or(&before[..start]);
    let subject: Vec<&str> = clause.split_whitespace().take(6).collect();
    let first = subject.first()?;
    let pronoun = matches!(*first, "He" | "She" | "They" | "It" | "We");
    let party = subject.iter().any(|w| {
        let w = w.trim_end_matches([',', ';']).lower();
        DOCUMENT_WORDS.contains(&w.as_str()) || is_party_noun(&w)
    });
    (pronoun || party).then_some((start, start + verb.len()))
}

/// "The Audit Office found in January that councils had “...”": "found" or
/// "finds" and a short phrase of time before its "that", with the subject
/// [`finding_before_quotation`] asks for.
fn finding_after_time(lead: &str) -> Option<(usize, usize)> {
    const OPENINGS: [(&str, [&str; 4]); 2] = [
        (
            "found",
            [
                " found in ",
                " found on ",
                " found last ",
                " found earlier ",
            ],
        ),
        (
            "finds",
            [
                " finds in ",
                " finds on ",
                " finds last ",
                " finds earlier ",
            ],
        ),
    ];
    OPENINGS.iter().find_map(|(verb, openings)| {
        let at = openings.iter().find_map(|o| lead.find_short(o))? + 1;
        let rest = &lead[at + verb.len()..];
        let phrase = &rest[..rest.find_short(" that ")?];
        let short = phrase.split_whitespace().count() <= 4;
        (short && !phrase.contains([',', '.', ';', '“', '"']))
            .then(|| finding_before_quotation(&lead[..at + verb.len()], verb))
            .flatten()
    })
}

/// How far before a nested quotation its cue is looked for, in bytes.
const NESTED_REACH: usize = 400;

/// The name whose words a quotation is said to be, right before it: "Dr
/// Tulloch’s words:", "the minister's own words,". A capitalized name of
/// one to four words, its last in the possessive.
fn words_of(before: &str, cued: bool) -> Option<String> {
    let lead = before.trim_end().trim_end_matches([':', ',']).trim_end();
    // "In Ruiz's own words, spoken to the committee in May, “...”": a
    // participle that says where they were said, between.
    let mut tail_from = lead.len().saturating_sub(160);
    while !lead.is_char_boundary(tail_from) {
        tail_from += 1;
    }
    if let Some(at) = lead[tail_from..]
        .rfind_short(" words, ")
        .map(|at| tail_from + at)
    {
        let tail = &lead[at + " words, ".len()..];
        let placed = tail.split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "spoken" | "written" | "delivered" | "uttered" | "given" | "posted"
            )
        }) && !tail.contains(['.', ';', ',', '“', '"']);
        if placed {
            return words_of(&lead[..at + " words".len()], cued);
        }
    }
    // "Ekdahl’s assurance “...”": a noun of speech, as his words, where no
    // cue governs them ("Critics called Baker’s pledge “a fantasy”" is the
    // critics').
    let speech: &[&str] = if cued { &[] } else { &SPOKEN_NOUNS };
    let lead = ["words", "phrase", "formulation", "telling"]
        .iter()
        .chain(speech)
        .find_map(|noun| lead.strip_suffix(noun)?.strip_suffix(' '))?;
    // "in Ms Fenner’s memorable phrase", "in his own words": one word
    // that describes them.
    let lead = match lead.rsplit_once(' ') {
        Some((head, w)) if w.starts_with(char::is_lowercase) && !is_possessive(w) => head,
        _ => lead,
    };
    let mut names: Vec<&str> = Vec::new();
    for (k, w) in lead.rsplit(' ').take(4).enumerate() {
        let w = if k == 0 {
            let bare = crate::text::without_possessive(w);
            if bare.len() == w.len() {
                return None;
            }
            bare
        } else {
            w
        };
        // "In Dr Tulloch’s words", "Echoing Churchill’s words": the phrase's
        // first word is no part of the name.
        let lower = w.to_lowercase();
        if !w.starts_with(char::is_uppercase)
            || INTRODUCERS.contains(&lower.as_str())
            || PREPOSITIONS.contains(&lower.as_str())
            || lower.ends_with("ing")
        {
            break;
        }
        names.push(w);
    }
    if names.is_empty() {
        return None;
    }
    names.reverse();
    Some(names.join(" "))
}

/// Nouns of something said that a possessive right before a quotation
/// gives as the possessor's ("his assurance “...”", "Ruiz’s warning
/// “...”"): fewer than [`SPEECH_NOUNS`], whose "his view" or "her point"
/// opens a sentence about the words rather than naming them.
const SPOKEN_NOUNS: [&str; 7] = [
    "assurance",
    "boast",
    "pledge",
    "promise",
    "remark",
    "vow",
    "warning",
];

/// The pronoun a possessive and a noun of speech right before a quotation
/// stand for: "his assurance “...”" is "he"'s, "laughed at her promise:
/// “...”" is "she"'s, "her best applause line (“...”)" too, past two words
/// that describe the noun. Not past a comma ("After her warning, “...”"),
/// where the words are another clause's.
fn possessive_speech(lead: &str) -> Option<&'static str> {
    let lead = lead.trim_end().trim_end_matches([':', '(', '—']).trim_end();
    let mut words = lead.rsplit(' ');
    let noun = words.next()?;
    if !(SPOKEN_NOUNS.contains(&noun) || matches!(noun, "insistence" | "quip" | "retort" | "line"))
    {
        return None;
    }
    // "her best applause line", not "her new fashion line “Sunday Best”".
    let described = lead.rsplit(' ').nth(1).unwrap_or("");
    if noun == "line"
        && !matches!(
            described,
            "applause" | "punch" | "best" | "opening" | "closing" | "favourite" | "favorite"
        )
    {
        return None;
    }
    for word in words.take(3) {
        match word {
            "his" | "His" => return Some("he"),
            "her" | "Her" => return Some("she"),
            // "her best applause line": lower-case words that describe it.
            w if w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !is_determiner(w)
                && !PREPOSITIONS.contains(&w) => {}
            _ => return None,
        }
    }
    None
}

/// The last word of `before`, read from its last 40 bytes only: a text
/// without spaces must not be read whole for each quotation in it.
fn last_word(before: &str) -> &str {
    let trimmed = before.trim_end_matches(char::is_whitespace);
    let mut from = trimmed.len().saturating_sub(40);
    while !trimmed.is_char_boundary(from) {
        from += 1;
    }
    trimmed[from..]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

/// Whether quoted words are a name the sentence uses rather than words
/// anyone says: a title after the noun for a work ("her book “Islands of
/// Contention,”"), the title of a document ("‘Annual Maritime Domain
/// Awareness Report 2023’"), or a short term after a determiner ("the
/// ‘white-hull turn’ has", "the "Buckets" ran").
fn is_named_term(before: &str, inner: &str) -> bool {
    let last = last_word(before).trim_end_matches(',').lower();
    let last: &str = &last;
    let words = inner.split_whitespace().count();
    if names_something(inner) {
        let lower = inner.lower();
        let lower: &str = &lower;
        let document = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "report"
                    | "review"
                    | "strategy"
                    | "act"
                    | "yearbook"
                    | "agreement"
                    | "treaty"
                    | "convention"
                    | "accord"
                    | "declaration"
                    | "charter"
                    | "protocol"
            )
        });
        // "published last month as “Below the Waterline”": a work's title.
        let published_as = last == "as" && {
            let head = before.trim_end();
            head[..head.len() - 2]
                .split_whitespace()
                .rev()
                .take(4)
                .any(|w| {
                    matches!(
                        w.lower().as_str(),
                        "published"
                            | "released"
                            | "issued"
                            | "reissued"
                            | "billed"
                            | "marketed"
                            | "rebranded"
                            | "renamed"
                            | "relaunched"
                            | "broadcast"
                            | "aired"
                    )
                })
        };
        // "commonly described as the “Four Nos”": a short title after "the".
        return WORK_NOUNS.contains(&last)
            || published_as
            || (document && words >= 3)
            || last == "the" && words <= 4 && !inner.trim_end().ends_with(['.', '!', '?']);
    }
    // "the phrase ‘joint enterprise’", "the term “safe harbour”": words
    // named as words.
    let named_as_words = matches!(
        last,
        "phrase" | "term" | "expression" | "slogan" | "motto" | "catchphrase" | "label"
    ) && words <= 5;
    named_as_words || short_after_determiner(before, inner) && inner.starts_with(char::is_uppercase)
}

/// "the $2.4 billion “Connect ASEAN” facility", "its “Made in China 2025”
/// plan": words in title case that name the thing the noun after them is.
fn names_a_thing(inner: &str, after: &str) -> bool {
    let noun = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    matches!(
        noun,
        "facility"
            | "initiative"
            | "program"
            | "programme"
            | "fund"
            | "plan"
            | "framework"
            | "strategy"
            | "campaign"
            | "scheme"
            | "project"
            | "mechanism"
            | "partnership"
            | "doctrine"
            | "policy"
            | "operation"
            | "exercise"
            | "drills"
            | "summit"
            | "dialogue"
            | "forum"
            | "agenda"
            | "package"
            | "compact"
    ) && !inner.trim_end().ends_with(['.', '!', '?', ','])
        && inner.split_whitespace().count() <= 6
        && names_something(inner)
}

/// Whether a quotation is a term a text defines in parentheses: "the First
/// Respondent (the “Minister”)", "the Applicant (“Meridian”)", "(hereinafter
/// the “Agreement”)". Nobody speaks it, whatever verb stands before.
fn defines_term(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let opening = [
        "(",
        "(the",
        "(a",
        "(an",
        "(hereinafter",
        "(hereinafter the",
        "(hereafter the",
    ]
    .iter()
    .any(|o| {
        before.ends_with(o)
            && (o.len() == 1
                || before[..before.len() - o.len()].ends_with(' ')
                || before.len() == o.len())
    });
    opening && after.trim_start_matches(['.', ',']).starts_with(')')
}

/// Whether quoted words can be a defined term: a few words, capitalized
/// ("Agreement", "Decision Letter"), not a sentence in parentheses.
fn term_like(inner: &str) -> bool {
    inner.starts_with(char::is_uppercase) && inner.split_whitespace().count() <= 4
}

/// Whether quoted words are a short phrase right after a determiner ("the
/// ‘white-hull turn’", "a ‘proper national plan’"): a term, unless a cue
/// makes them its object.
fn short_after_determiner(before: &str, inner: &str) -> bool {
    // "its own “sediment budget”": the possessive before "own".
    let last = match last_word(before) {
        "own" => last_word(before.trim_end().strip_suffix("own").unwrap_or("")),
        word => word,
    };
    let determiner = matches!(
        last.lower().as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this"
    ) && before.ends_with(char::is_whitespace);
    // "agree to “explore” a minerals agreement": one verb of an
    // infinitive, quoted.
    let infinitive = last == "to"
        && before.ends_with(char::is_whitespace)
        && inner.split_whitespace().count() == 1
        && matches!(
            last_word(before.trim_end().strip_suffix("to").unwrap_or("")),
            "agree" | "agrees" | "agreed" | "agreeing"
        );
    (determiner && inner.split_whitespace().count() <= 3 || infinitive)
        && !inner.trim_end().ends_with(['.', '!', '?', ',', ';'])
}

/// Whether the words are an inscription the text before gives: "a sign
/// beside it reads ‘Free water’", "placards reading “No more”", "a mug
/// that says ‘World’s Best Boss’". Nobody speaks them.
fn inscription(before: &str) -> bool {
    const THINGS: &[&str] = &[
        "badge",
        "badges",
        "banner",
        "banners",
        "billboard",
        "billboards",
        "card",
        "graffiti",
        "mug",
        "placard",
        "placards",
        "poster",
        "posters",
        "shirt",
        "shirts",
        "sign",
        "signs",
        "sticker",
        "stickers",
        "t-shirt",
        "t-shirts",
    ];
    // The verb stands right before the words ("reads ‘...’", "reading:"),
    // the thing a few words before it, with no comma between.
    let reads = matches!(
        last_word(before).trim_end_matches([',', ':']),
        "reads" | "read" | "reading" | "says" | "saying" | "said" | "bearing" | "bore"
    );
    // "a plaque bearing Dr Tulloch’s words:": the words are his.
    if !reads || words_of(before, false).is_some() {
        return false;
    }
    // Trimmed as `last_word` reads it: a run of spaces before the words
    // leaves the verb the first of `words`.
    let before = before.trim_end();
    let tail = &before[crate::text::floor_boundary(before, before.len().saturating_sub(80))..];
    let words: Vec<&str> = tail.split_whitespace().rev().take(8).collect();
    // "Their placards read": the words of those who carry them.
    let Some(thing) = words[1..]
        .iter()
        .take(4)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .position(|w| THINGS.contains(&w.lower().as_str()))
    else {
        return false;
    };
    !words.get(thing + 2).is_some_and(|w| {
        matches!(w.lower().as_str(), "their" | "his" | "her" | "its" | "our") || is_possessive(w)
    })
}

/// The sender of a message the quoted words are part of: "a warning from
/// the Association of Retirement Savers that any cut would be", "an appeal
/// from a local imam: ". The quotation stands in what the message says.
fn message_from(lead: &str) -> Option<Speaker> {
    const MESSAGES: &[&str] = &[
        "appeal",
        "assurance",
        "call",
        "complaint",
        "demand",
        "email",
        "letter",
        "message",
        "note",
        "plea",
        "pledge",
        "promise",
        "rebuke",
        "reminder",
        "reply",
        "response",
        "statement",
        "threat",
        "warning",
    ];
    let at = lead.rfind_short(" from ")?;
    let noun = lead[..at].rsplit(' ').next()?.lower();
    if !MESSAGES.contains(&noun.as_str()) {
        return None;
    }
    let rest = &lead[at + 6..];
    let (phrase, tail) = match rest.find_short(" that ") {
        Some(k) => (&rest[..k], &rest[k..]),
        // "an appeal from a local imam: “...”", not a source list's "Letter
        // from ISSA to the Commandant, “Comments on ...”".
        None => {
            let k = rest
                .find(':')
                .filter(|&k| rest[k + 1..].trim().is_empty())?;
            (&rest[..k], "")
        }
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // The quoted words are what the message says: no other clause, no
    // sentence end between.
    if words.is_empty()
        || words.len() > 8
        || phrase.contains(['.', ';', '(', '“', '"'])
        || tail.contains(['.', ';', ','])
        || tail.split_whitespace().count() > 14
    {
        return None;
    }
    let name = strip_article(&words.join(" "));
    Some(if name.starts_with(char::is_uppercase) {
        classify(&name, None)
    } else {
        noun_phrase(&words)
    })
}

/// Whether the text before a quotation ends in "so-called": a scare quote.
fn so_called(before: &str) -> bool {
    let before = before.trim_end().as_bytes();
    let tail = before[before.len().saturating_sub(9)..].to_ascii_lowercase();
    tail == b"so-called" || tail == b"so called"
}

/// The speaker of a quotation that opens a paragraph and names nobody: the
/// one who spoke at the end of the paragraph before (news style), or, for
/// words in the first person, the person that paragraph's last sentence is
/// about ("De la Cruz appealed to the holdouts directly." then "“To our
/// friends I say: ...").
fn opening_speaker(
    inner: &str,
    carried: &Option<Speaker>,
    described: &Option<Speaker>,
) -> Option<Speaker> {
    let first_person = || {
        inner
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "I" | "we" | "We" | "our" | "Our" | "my" | "My" | "us"))
    };
    carried
        .clone()
        .or_else(|| described.clone().filter(|_| first_person()))
}

/// A pull quote's credit: a dash and a name, and a role after a comma, that
/// end the paragraph right after the quotation ("“...” — Grant Holloway, US
/// special envoy for critical minerals").
fn credit_line(rest: &str) -> Option<Speaker> {
    if rest.len() > 200 {
        return None;
    }
    let dashed = rest.trim_start();
    let named = ["—", "―", "--", "–"]
        .iter()
        .find_map(|dash| dashed.strip_prefix(dash))?
        .trim_start();
    let (name, end) = speaker::named_run_with_end(named)?;
    let after = named[end..].trim();
    // A credit is a name and a role, no sentence: not "— Marsh, for her
    // part, disagreed." nor "— Beijing, Moscow and Tehran objected."
    if !(after.is_empty() || after.starts_with(',')) || after.ends_with(['.', '!', '?']) {
        return None;
    }
    let role = after.trim_start_matches(',').trim().trim_end_matches('.');
    let speaker = classify(&name, (!role.is_empty()).then(|| role.to_string()));
    matches!(
        speaker.kind,
        SpeakerKind::Person | SpeakerKind::Organization
    )
    .then_some(speaker)
}

/// "Riyadh has drafted “a memorandum” arguing ..., according to a person
/// familiar with the position.": a source phrase later in the sentence
/// that holds the quotation, when nothing nearer attributes it.
fn according_to_after(rest: &str) -> Option<Speaker> {
    let reach = crate::text::floor_boundary(rest, rest.len().min(300));
    let rest = &rest[..reach];
    // The sentence ends at the first full stop that a space or the end follows.
    let end = rest
        .match_indices('.')
        .map(|(i, _)| i)
        .find(|&i| rest[i + 1..].starts_with(char::is_whitespace) || i + 1 == rest.len())
        .unwrap_or(rest.len());
    let clause = &rest[..end];
    // Another quotation in between has its own attribution.
    if clause.contains(['“', '"']) {
        return None;
    }
    let at = clause.find_short("according to ")?;
    source_speaker("according to", &clause[at + "according to".len()..])
}

/// A source the sentence opens with ("According to X, ...") that speaks
/// the quotation: when the cue found lies inside the source's own phrase
/// ("According to press reports citing unnamed officials, the CNSP has
/// opened talks about “...”"), or the main clause's subject is no person
/// named ("According to Wulandari, the two agreed to “...”"). A person the
/// main clause names speaks for themself ("According to the ministry, Kim
/// said “...”"). With the source, where "According to" stands in `prefix`.
fn opening_according(prefix: &str, cue_start: usize) -> Option<(Speaker, usize)> {
    // "... restored on November 19. According to ...": a sentence the
    // reading took to go on past a date's full stop.
    let at = if prefix.starts_with("According to ") {
        0
    } else {
        prefix.rfind_short(". According to ")? + 2
    };
    let (prefix, cue_start) = (&prefix[at..], cue_start.checked_sub(at)?);
    let rest = prefix.strip_prefix("According to ")?;
    let comma = rest.find_short(", ")?;
    let phrase_end = "According to ".len() + comma;
    if cue_start >= phrase_end {
        let subject = prefix[phrase_end + 2..cue_start].trim_start();
        // "the ministry will propose a 7% increase, a compromise one of
        // them described as": a clause of its own is nearer.
        let mut words = subject.split(' ');
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        // "the two sides", "both", "they": the parties the source speaks
        // for; not "the minister said", a speaker of its own.
        let counted =
            first == "the" && matches!(second, "two" | "three" | "four" | "two," | "both");
        let group = (counted || matches!(first, "both" | "they" | "all"))
            && !subject.contains(',')
            && !subject
                .split(' ')
                .any(|w| w.starts_with(char::is_uppercase));
        if !group {
            return None;
        }
    }
    // "a Tongan official quoted in the Tavuni Star": the source, not where
    // it was quoted.
    let phrase = &rest[..comma];
    let phrase = [
        " quoted ",
        " citing ",
        " cited ",
        " speaking ",
        " interviewed ",
    ]
    .iter()
    .filter_map(|p| phrase.find_short(p))
    .min()
    .map_or(phrase, |at| &phrase[..at]);
    // "According to FRP's country director in Kesh, Joost Ambersley,": the
    // person named beside the role.
    let described = phrase.split_whitespace().any(|w| {
        let w = w.lower();
        is_person_noun(&w) || matches!(w.as_str(), "head" | "chief")
    });
    let beside = &rest[comma + 2..];
    if let Some((name, end)) = speaker::named_run_with_end(beside).filter(|_| described) {
        let person = classify(&name, None);
        if beside[end..].starts_with(',')
            && person.kind == SpeakerKind::Person
            && person.name.contains(' ')
        {
            return Some((person, at));
        }
    }
    source_speaker("according to", phrase)
        .filter(|s| !is_pronoun(&s.name))
        .map(|s| (s, at))
}

/// The speaker a source phrase names: "according to a senior defense
/// official", "per the ministry", "in the words of Kim Jong Un".
fn source_speaker(cue: &str, rest: &str) -> Option<Speaker> {
    let rest = rest.trim_start();
    let phrase = &rest[..phrase_end(rest)];
    let words: Vec<&str> = phrase.split_whitespace().take(10).collect();
    let first = *words.first()?;
    if first.starts_with(char::is_uppercase) {
        let (name, end) = speaker::named_run_with_end(phrase)?;
        // "according to White House spokesman John Kirby": the person,
        // with the body and the role as the role.
        if let Some(person) = speaker::person_after_role(&phrase[end..]) {
            if let Some(at) = phrase[end..].find_short(person.as_str()) {
                let role = phrase[..end + at].trim_end().to_string();
                return Some(classify(&person, Some(role)));
            }
        }
        return Some(classify(&name, None));
    }
    // "per cent", "per day": a "per" before a lowercase word names nobody,
    // unless the word opens a noun phrase ("per an Iranian source").
    let determiner = matches!(first, "a" | "an" | "the" | "one" | "two" | "several");
    if (cue.eq_ignore_ascii_case("per") && !determiner) || is_pronoun(first) {
        return None;
    }
    // "in the words of a fellow officer quoted in the book": the phrase
    // ends where a clause says where the words were found.
    let end = (2..words.len())
        .find(|&k| matches!(words[k], "quoted" | "cited" | "who" | "whom" | "which"))
        .unwrap_or(words.len());
    Some(noun_phrase(&words[..end]))
}

/// Whether a speaker's name was read from words that are no noun phrase:
/// a relative or passive clause ("who said cooperatives in Shimane", "a
/// copy seen by Tally", "first reported by the Lisk Ledger", "a meeting ...
/// at which"), a clause with its verb ("line was not about piracy"), a
/// closing mark at its end ("Options for the Port Company”"), or a
/// determiner and an adjective alone ("A senior").
fn malformed(name: &str) -> bool {
    const CLAUSE: &[&str] = &[
        " seen by ",
        " reported by ",
        " at which ",
        " was ",
        " were ",
    ];
    let first = name.split(' ').next().unwrap_or("");
    let words = name.split(' ').count();
    CLAUSE.iter().any(|c| name.contains(c))
        || matches!(
            first,
            "who" | "which" | "when" | "where" | "whose" | "first"
        )
        || name.ends_with(['”', '"'])
        || (words == 2
            && matches!(first, "A" | "An" | "a" | "an" | "The" | "the")
            && matches!(
                name.rsplit(' ').next(),
                Some("senior" | "former" | "top" | "retired" | "junior" | "local" | "foreign")
            ))
}

/// Whether a speaker's name, read from words that open a sentence or a
/// phrase, is no name at all: an article or a conjunction ("A banner
/// reads", "But the question is"), a sentence adverb ("Separately, an
/// official was quoted"), "Let me", a possessive, a number ("submission
/// 17, says") or a lone letter.
fn names_nobody(name: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "a",
        "also",
        "and",
        "but",
        "earlier",
        "finally",
        "first",
        "here",
        "however",
        "indeed",
        "instead",
        "its",
        "later",
        "let",
        "meanwhile",
        "moreover",
        "my",
        "next",
        "now",
        "or",
        "our",
        "separately",
        "still",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "this",
        "those",
        "today",
        "what",
        "which",
        "yesterday",
        "yet",
        "your",
    ];
    let name = name.trim();
    // "What I", "That I'm", "I'll": a clause the subject was read from,
    // not a name.
    let clause = |w: &str| {
        // At most four bytes with each ’ counted as a ', without a copy.
        (w.starts_with("I'") || w.starts_with("I’")) && w.len() - 2 * w.matches('’').count() <= 4
    };
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    // "25-06871 3/24 S/PV.9999 The": a page's running header.
    if name.contains('/') && name.contains(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if clause(first)
        || words.clone().any(|w| w == "I" || clause(w))
        || (words.next().is_some()
            && matches!(first, "What" | "Which" | "How" | "Why" | "Whatever"))
    {
        return true;
    }
    if name.contains(' ') || name.is_empty() {
        return false;
    }
    // "directly" ("and I'm quoting directly"): an adverb.
    let adverb =
        name.len() > 4 && name.ends_with("ly") && name.bytes().all(|b| b.is_ascii_lowercase());
    // "Nine days later it issued": a number counts, it names nobody; nor
    // does a month or a day ("used in every statement since last June,
    // describing"; not "May" nor "Jun", names too), nor a word of place
    // ("Underneath, someone has written").
    let nobody = matches!(
        name,
        "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "Underneath"
            | "Beneath"
            | "Nearby"
            | "Elsewhere"
            | "Outside"
            | "Inside"
    );
    adverb
        || nobody
        || name.bytes().all(|b| b.is_ascii_digit())
        || name == "A"
        || FUNCTION_WORDS.contains(&name.lower().as_str())
}

/// The document a sentence opens with ("The report goes further.", "This
/// letter is dated 3 May."), for an "it" in the sentence after it.
fn document_opening(sentence: &str) -> Option<Speaker> {
    // "* 30 November – The inquiry's interim report proposes": an entry
    // opens on its date and a dash.
    let sentence = speaker::past_list_marker(sentence.trim_start());
    let head = &sentence[..crate::text::floor_boundary(sentence, sentence.len().min(32))];
    let sentence = match head.find_short(" – ").or_else(|| head.find_short(" — ")) {
        Some(k) if head[..k].contains(|c: char| c.is_ascii_digit()) => {
            sentence[k..].trim_start_matches([' ', '–', '—'])
        }
        _ => sentence,
    };
    let words: Vec<&str> = sentence.split_whitespace().take(5).collect();
    let first = *words.first()?;
    // "The inquiry's interim report": whose, or a word that describes it,
    // not a verb ("The government rejected the report").
    let k = (1..words.len().min(4))
        .find(|&j| {
            let bare = words[j].trim_end_matches([',', '.', ';', ':']);
            DOCUMENT_WORDS.contains(&bare.lower().as_str())
        })
        .filter(|&j| {
            // Past the noun's own word, only after whose it is ("The
            // inspector general’s report"), not "The ministry took note".
            (j == 1 || words[1..j].iter().any(|w| is_possessive(w)))
                && words[1..j].iter().all(|w| {
                    (is_possessive(w) || w.starts_with(char::is_lowercase))
                        && !w.ends_with([',', '.', ';', ':'])
                        && !w.ends_with("ed")
                        && !matches!(*w, "the" | "a" | "an")
                })
        })?;
    let noun = words[k].trim_end_matches([',', '.', ';', ':']);
    matches!(first, "The" | "This" | "That" | "Its").then(|| Speaker {
        name: noun.to_string(),
        role: None,
        kind: SpeakerKind::Document,
        resolved_from: None,
    })
}

/// Verbs that bring a document out: the document they take as object is
/// what a following "It says" stands for. Sorted in byte order.
const PUBLISHING_VERBS: &[&str] = &[
    "adopted",
    "adopts",
    "circulated",
    "circulates",
    "commissioned",
    "commissions",
    "delivered",
    "delivers",
    "filed",
    "files",
    "issued",
    "issues",
    "presented",
    "presents",
    "produced",
    "produces",
    "publish",
    "published",
    "publishes",
    "release",
    "released",
    "releases",
    "sends",
    "sent",
    "submits",
    "submitted",
    "unveiled",
    "unveils",
];

/// "The new government publishes an audit of state companies.": the
/// document a sentence brings out ("audit"), which an "It" in the next
/// sentence stands for rather than the sentence's subject.
fn document_object(sentence: &str) -> Option<Speaker> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // "He had received a WhatsApp message from the defendant.": a message
    // is its sender's words.
    let sent = words.iter().enumerate().position(|(k, w)| {
        matches!(
            *w,
            "message" | "letter" | "email" | "e-mail" | "note" | "text" | "memo"
        ) && words.get(k + 1) == Some(&"from")
    });
    if let Some(k) = sent {
        let determined = words[k.saturating_sub(3)..k]
            .iter()
            .any(|w| matches!(w.lower().as_str(), "a" | "an" | "the"));
        let mut sender: Vec<&str> = words[k + 2..]
            .iter()
            .take(5)
            .take_while(|w| {
                !PREPOSITIONS.contains(w)
                    && !CLAUSE_WORDS.contains(w)
                    && !matches!(**w, "and" | "saying")
            })
            .copied()
            .collect();
        let last = *sender.last()?;
        let cut = last.trim_end_matches([',', '.', ';', ':']);
        *sender.last_mut()? = cut;
        if determined && !cut.is_empty() && last.len() - cut.len() <= 1 {
            return Some(if sender[0].starts_with(char::is_uppercase) {
                classify(&sender.join(" "), None)
            } else {
                noun_phrase(&sender)
            });
        }
    }
    // "We have read the letter of the Permanent Representative", "His
    // office sent us a short statement": what the writer has read or been
    // sent is what "It" then says, and a letter is its writer's.
    // "We asked Meta about the report" is no reading of it.
    let reading = words.iter().take(4).any(|w| {
        matches!(
            *w,
            "read" | "received" | "obtained" | "seen" | "reviewed" | "studied"
        )
    });
    let reader = reading
        && matches!(words.first(), Some(&("I" | "We" | "I’ve" | "We’ve" | "I've" | "We've")))
        // ("He sent me a message": his, which the pronoun gives.)
        || (sentence.contains(" sent us ") || sentence.contains(" sent me "))
            && !words.first().is_some_and(|w| is_pronoun(w));
    if reader {
        if let Some(found) = read_document(&words) {
            return Some(found);
        }
    }
    let verb = words
        .iter()
        .position(|w| PUBLISHING_VERBS.binary_search(w).is_ok())?;
    let determiner = verb + 1;
    if !words.get(determiner).is_some_and(|w| {
        matches!(
            *w,
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "new"
        )
    }) {
        return None;
    }
    // A statement or a communiqué is its issuer's voice: "It called" after
    // "The ministry issued a short statement" is the ministry.
    let noun = (determiner + 1..words.len().min(determiner + 5)).find(|&k| {
        let w = words[k].trim_end_matches([',', '.', ';', ':']).lower();
        // "its draft environmental impact statement": "draft" before more
        // words of the name is no document of its own.
        let modifier = w.as_str() == "draft" && words[k].len() == w.len() && k + 1 < words.len();
        DOCUMENT_WORDS.contains(&w.as_str())
            && !modifier
            && !matches!(
                w.as_str(),
                "statement" | "declaration" | "communiqué" | "communique" | "release"
            )
    })?;
    let phrase = words[determiner + 1..=noun].join(" ");
    Some(Speaker {
        name: phrase.trim_end_matches([',', '.', ';', ':']).to_string(),
        role: None,
        kind: SpeakerKind::Document,
        resolved_from: None,
    })
}

/// The body a sentence is about: its subject ("The Kremlin rejected the
/// proposal.") or a body named by its noun after "The".
fn sentence_body(sentence: &str) -> Option<Speaker> {
    if !sentence.trim_start().starts_with("The ") {
        return None;
    }
    sentence_subject(sentence)
        .map(|n| classify(&n, None))
        .filter(|s| s.kind == SpeakerKind::Organization)
        .or_else(|| body_opening(sentence))
}

/// "The Ministry of Foreign Affairs responded on January 12.": a body whose
/// sentence is its cue and a few words of when or how, before the words it
/// gave.
fn replying_body(sentence: &str) -> Option<Speaker> {
    let (start, end) = lexicon::last_cue(sentence)?;
    let tail = sentence[end..].trim_end_matches(['.', '!']);
    if tail.split_whitespace().count() > 4 || tail.contains(" that") || tail.contains(',') {
        return None;
    }
    // The subject a name whole, not a clause.
    let subject = sentence[..start].trim();
    let named = subject.split(' ').all(|w| {
        w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "on" | "the")
    });
    if !subject.starts_with(char::is_uppercase) || !named {
        return sentence_body(sentence);
    }
    Some(classify(subject, None)).filter(|s| s.kind == SpeakerKind::Organization)
}

/// "The ministry issued a statement", "The Israeli army said": the body a
/// sentence opens with, named by its noun after "The" and at most two
/// words that describe it.
fn body_opening(sentence: &str) -> Option<Speaker> {
    let rest = sentence.trim_start().strip_prefix("The ")?;
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let noun = words.iter().position(|w| {
        w.starts_with(char::is_lowercase) && is_org_noun(w.trim_end_matches([',', '.']))
    })?;
    let speaker = described_speaker(&words[..=noun]);
    (speaker.kind == SpeakerKind::Organization).then_some(speaker)
}

/// The document a sentence's writer has read or been sent: the first
/// "a/the ... letter" of `words` (a few words at most), or its writer when
/// "of" or "from" names one.
fn read_document(words: &[&str]) -> Option<Speaker> {
    let bare = |w: &str| w.trim_end_matches([',', '.', ';', ':']).lower();
    let noun = words
        .iter()
        .position(|w| DOCUMENT_WORDS.contains(&bare(w).as_str()))?;
    let determiner = words[noun.saturating_sub(3)..noun]
        .iter()
        .rposition(|w| {
            matches!(
                w.lower().as_str(),
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            )
        })
        .map(|k| noun.saturating_sub(3) + k)?;
    let writer = words
        .get(noun + 1)
        .filter(|w| matches!(**w, "of" | "from"))
        .and_then(|_| {
            let name: Vec<&str> = words[noun + 2..]
                .iter()
                .take(6)
                .take_while(|w| w.starts_with(char::is_uppercase) || matches!(**w, "of" | "the"))
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .collect();
            let name = name.join(" ");
            let name = name.trim_end_matches(" of").trim_end_matches(" the");
            (!name.is_empty() && !words[noun].ends_with([',', '.'])).then(|| name.to_string())
        });
    Some(match writer {
        Some(name) => classify(&strip_article(&name), None),
        None => Speaker {
            name: words[determiner + 1..=noun]
                .join(" ")
                .trim_end_matches([',', '.', ';', ':'])
                .to_string(),
            role: None,
            kind: SpeakerKind::Document,
            resolved_from: None,
        },
    })
}

/// Nouns of what a person says or thinks ("her warning", "his view"):
/// a possessive before one stands for the speaker.
const SPEECH_NOUNS: &[&str] = &[
    "answer",
    "approach",
    "argument",
    "assurance",
    "claim",
    "comment",
    "conclusion",
    "line",
    "message",
    "phrase",
    "pledge",
    "point",
    "position",
    "promise",
    "remark",
    "remarks",
    "reply",
    "response",
    "verdict",
    "view",
    "views",
    "warning",
    "words",
];

/// Where the noun phrase that opens `text` ends: at a comma, a colon, a
/// semicolon, a quotation or a parenthesis, or at a full stop that is no
/// initial's ("the U.S. trade representative", "John F. Kennedy").
fn phrase_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(k) = text[at..].find([',', '.', ';', ':', '\u{1}', '“', '"', '(']) {
        let end = at + k;
        let initial = bytes[end] == b'.'
            && end > 0
            && bytes[end - 1].is_ascii_uppercase()
            && (end == 1 || !bytes[end - 2].is_ascii_alphabetic());
        if !initial {
            return end;
        }
        at = end + 1;
    }
    text.len()
}

/// The person a sentence names before its pronoun `pronoun` (the last word
/// of `before`): a title or role word and the words of its phrase.
fn person_before(before: &str, pronoun: &str) -> Option<Speaker> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let end = words.len().checked_sub(1)?;
    // "Asked by the committee's chair, Fiona Marsh, who would decide, he
    // replied": the one who asks is not the one who answers.
    if matches!(
        words[..],
        [
            "Asked" | "Pressed" | "Questioned" | "Challenged" | "Quizzed",
            "by",
            ..
        ]
    ) {
        return None;
    }
    let k = words[..end].iter().rposition(|w| {
        let w = w.trim_end_matches([',', ';']);
        lexicon::is_role_title(w) || ROLE_NOUNS.binary_search(&w.lower().as_str()).is_ok()
    })?;
    let mut from = k;
    while from > 0 && words[from - 1].starts_with(|c: char| c.is_uppercase()) {
        from -= 1;
    }
    if from > 0
        && matches!(
            words[from - 1].lower().as_str(),
            "a" | "an" | "the" | "one" | "another"
        )
    {
        from -= 1;
    }
    // "In his letter to the prime minister he writes": a person after a
    // preposition (past an adjective or two and an article), when a "his"
    // or "her" before it already stands for the pronoun's person, is no
    // subject the pronoun stands for; nor is "as prime minister; she
    // pledges", another clause's person.
    let possessive = words[..from]
        .iter()
        .any(|w| matches!(w.lower().as_str(), "his" | "her"));
    let mut lead = from;
    while lead > 0 && from - lead < 3 {
        let word = words[lead - 1].lower();
        let preposition = PREPOSITIONS.contains(&word.as_str())
            || matches!(
                word.as_str(),
                "about" | "against" | "toward" | "towards" | "under" | "over" | "into"
            );
        if preposition && possessive {
            return None;
        }
        if word.as_str() == "as" && words[k].ends_with(';') {
            // "named Ana Duarte as prime minister; she": the person named
            // before "as", when there is one.
            let named: Vec<&str> = words[..lead - 1]
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .copied()
                .collect();
            if named.len() < 2 {
                return None;
            }
            let name: Vec<&str> = named.into_iter().rev().collect();
            return Some(Speaker {
                resolved_from: Some(pronoun.to_string()),
                ..classify(&name.join(" "), None)
            });
        }
        if !words[lead - 1].starts_with(char::is_lowercase) || word.ends_with(',') {
            break;
        }
        lead -= 1;
    }
    let mut to = k + 1;
    while to < end && words[to].starts_with(|c: char| c.is_uppercase()) {
        to += 1;
    }
    let phrase: Vec<&str> = words[from..to]
        .iter()
        .map(|w| w.trim_end_matches([',', ';']))
        .collect();
    // "In a speech to the General Assembly ... he warned": a body whose
    // name holds a title is no person "he" stands for.
    Some(Speaker {
        resolved_from: Some(pronoun.to_string()),
        ..noun_phrase(&phrase)
    })
    .filter(|s| s.kind != SpeakerKind::Organization)
}

/// The people a sentence names with a title, wherever in it ("The bill
/// was introduced by Senator Marcus Delacroix-Hale"), in order, each once.
fn titled_people(sentence: &str) -> Vec<Speaker> {
    let mut found: Vec<Speaker> = Vec::new();
    let (mut at, mut run_start, mut read) = (0, None, None);
    for word in sentence.split(' ') {
        let here = at;
        at += word.len() + 1;
        if !word.starts_with(char::is_uppercase) {
            run_start = None;
            continue;
        }
        // The capitalized words before the title are the title's too
        // ("Foreign Minister Baek Jun-seo"); a comma ends the run ("Senator
        // Ada Kamara, Senator Bo Lin").
        let here = *run_start.get_or_insert(here);
        if word.ends_with([',', ';', ':']) {
            run_start = None;
        }
        // Each run is read once, however many titles it holds.
        if read == Some(here) {
            continue;
        }
        // Only a run that holds a title: most sentences hold none, and
        // then no run is read at all.
        if !lexicon::is_role_title(word) {
            continue;
        }
        read = Some(here);
        let Some((run, _)) = speaker::named_run_with_end(&sentence[here..]) else {
            continue;
        };
        let person = classify(&run, None);
        if person.kind != SpeakerKind::Person || person.role.is_none() || !person.name.contains(' ')
        {
            continue;
        }
        // "Ruth Cole on February 8": the name ends at its first
        // lower-case word.
        let name: Vec<&str> = person
            .name
            .split(' ')
            .take_while(|w| !w.starts_with(char::is_lowercase))
            .collect();
        let name = name.join(" ");
        found.retain(|f| f.name != name);
        found.push(Speaker { name, ..person });
        // A list of many titled people is read no further.
        if found.len() == MAX_RECENT {
            break;
        }
    }
    found
}

/// The label a speaker's turn opens with in a transcript or a
/// parliamentary record, before a colon.
struct Label<'t> {
    /// A titled name ("Ms Okafor"), an office ("The Minister for Housing")
    /// or a surname in capitals ("IRIARTE").
    head: &'t str,
    /// The office's holder, in brackets after it ("Mr Tom Reyes").
    holder: Option<&'t str>,
    /// Whether `head` is a surname in capitals.
    capitals: bool,
    /// Whether `head` is a person's initials ("RH:" in a printed Q&A).
    initials: bool,
    /// Where the turn's own words start.
    end: usize,
    /// The part a label line gives after the name ("Renata Kovac --
    /// President and Chief Executive Officer").
    role: Option<String>,
}

/// The person a sentence gives an age ("Amina, 34,", "Among them was
/// Musa, 45, a neighbour"): the capitalized words before a comma, a number
/// of years and a comma.
fn aged_person(sentence: &str) -> Option<Speaker> {
    let mut from = 0;
    while let Some(at) = sentence[from..].find_short(", ").map(|k| from + k) {
        from = at + 2;
        let rest = &sentence[at + 2..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let aged = (1..=3).contains(&digits)
            && rest[digits..].starts_with(',')
            && rest[..digits]
                .parse::<u32>()
                .is_ok_and(|n| (1..=120).contains(&n));
        if !aged {
            continue;
        }
        let words: Vec<&str> = sentence[..at].split_whitespace().collect();
        let run = words
            .iter()
            .rev()
            .take(3)
            .take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\'' | '.'))
            })
            .count();
        if run == 0 {
            continue;
        }
        let name = words[words.len() - run..].join(" ");
        let person = classify(&name, None);
        if !is_pronoun(&name) && !matches!(person.kind, SpeakerKind::Document) {
            return Some(Speaker {
                kind: SpeakerKind::Person,
                ..person
            });
        }
    }
    None
}

/// The label `text` opens with: a titled name, perhaps with its
/// constituency and party ("Dr Hannah Moyo (Ashby Vale) (Lab):"), an office
/// with its holder ("The Minister for Housing (Mr Tom Reyes):"), or one
/// word in capitals ("IRIARTE:").
fn label(full: &str) -> Option<Label<'_>> {
    // "[00:01:39] FAIRBAIRN:": a time stamp before the label.
    let text = &full[time_stamp(full)..];
    if let Some(label) = period_label(full, text) {
        return Some(label);
    }
    if let Some(label) = label_line(full) {
        return Some(label);
    }
    let (label, rest) = text.split_once(':')?;
    let end = full.len() - rest.trim_start().len();
    if label.len() > 160 || rest.trim().is_empty() {
        return None;
    }
    let mut head = label.trim();
    let mut holder = None;
    while let Some(inner) = head.strip_suffix(')') {
        let open = inner.rfind('(')?;
        let group = inner[open + 1..].trim();
        if group.split_whitespace().next().is_some_and(is_honorific) {
            holder = Some(group);
        }
        head = inner[..open].trim_end();
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let (&first, others) = words.split_first()?;
    // An office may take many words ("The Secretary of State for Foreign,
    // Commonwealth and Development Affairs"), a name a few.
    if words.len() > if first == "The" { 12 } else { 6 } {
        return None;
    }
    if is_honorific(first) || first == "The" {
        let titled = others.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "for" | "of" | "the" | "and")
        });
        return (titled && !others.is_empty()).then_some(Label {
            head,
            holder,
            capitals: false,
            initials: false,
            end,
            role: None,
        });
    }
    // "IRIARTE:", "NELL FAIRBAIRN:", "HOST:": a name or a part in capitals.
    let capitals = words.len() <= 3
        && first.chars().count() >= 3
        && words.iter().all(|w| {
            w.chars().count() >= 2
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’' | '.'))
        });
    // "RH:": a person's initials, when the text names someone they fit.
    let initials = words.len() == 1
        && (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_uppercase());
    (capitals || initials).then_some(Label {
        head,
        holder: None,
        capitals: true,
        initials,
        end,
        role: None,
    })
}

/// A paragraph that is a turn's label alone, as an earnings call's
/// transcript sets it: "Operator", "Renata Kovac -- President and Chief
/// Executive Officer", "Marcus Lindqvist -- Halloway Securities -- Analyst".
fn label_line(full: &str) -> Option<Label<'_>> {
    let text = full.trim();
    if matches!(text, "Operator" | "OPERATOR" | "Moderator" | "MODERATOR") {
        return Some(Label {
            head: text,
            holder: None,
            capitals: false,
            initials: false,
            end: full.len(),
            role: None,
        });
    }
    if text.len() > 100 {
        return None;
    }
    let (name, role) = [" -- ", " — ", " – ", " - "]
        .iter()
        .find_map(|dash| text.split_once(dash).map(|(n, r)| (n, r, *dash)))
        .map(|(n, r, dash)| (n, r.split(dash).collect::<Vec<_>>().join(", ")))?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        });
    // A role, not a sentence or a chapter's title ("Part One – The
    // Crossing"): no full stop ends it, and it holds a role's word.
    let office = role.split([' ', ',']).any(|w| {
        lexicon::is_role_title(w)
            || is_org_word(w)
            || ROLE_NOUNS.binary_search(&w.lower().as_str()).is_ok()
            || matches!(w, "Analyst" | "Officer" | "Relations" | "Partners")
    });
    (named && office && !role.ends_with(['.', '?', '!'])).then_some(Label {
        head: name,
        holder: None,
        capitals: false,
        initials: false,
        end: full.len(),
        role: Some(role),
    })
}

/// The first name in `document` whose words start with `initials` in turn
/// ("Joss Barraclough" for "JB"), each a capitalised word of letters.
fn name_with_initials(document: &str, initials: &str) -> Option<String> {
    let fits = |word: &str, initial: char| {
        let mut chars = word.chars();
        chars.next() == Some(initial)
            && word.len() >= 2
            && chars.all(|c| c.is_lowercase() || c == '-')
    };
    let n = initials.chars().count();
    let mut window: Vec<&str> = Vec::with_capacity(n);
    for word in document.split_whitespace() {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let bare = bare
            .strip_suffix("’s")
            .or(bare.strip_suffix("'s"))
            .unwrap_or(bare);
        window.push(bare);
        if window.len() > n {
            window.remove(0);
        }
        // Only the last word may end a clause: "Joss Barraclough." is a
        // name, "Just, But" is none.
        let whole = window.len() == n
            && window.iter().zip(initials.chars()).all(|(w, c)| fits(w, c))
            && word.len() - bare.len() <= 3;
        if whole {
            return Some(window.join(" "));
        }
        if bare.len() != word.len() {
            window.clear();
        }
    }
    None
}

/// How many bytes of a time stamp a transcript's turn opens with
/// ("[00:01:39] ", "(12:31) "): none when there is none.
fn time_stamp(text: &str) -> usize {
    let Some(close) = text
        .strip_prefix(['[', '('])
        .and_then(|r| r.find([']', ')']))
    else {
        return 0;
    };
    let stamp = &text[1..=close];
    let clock = stamp.contains(':')
        && stamp.len() <= 12
        && stamp
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'));
    if !clock {
        return 0;
    }
    let after = &text[close + 2..];
    text.len() - after.trim_start().len()
}

/// The label of a congressional hearing's turn: a title and a surname in
/// capitals, then a full stop ("Chairman SMITH. The subcommittee will come
/// to order.", "Ms. LEE. Thank you.", "The CHAIRMAN. Without objection.").
/// `text` is `full` past any time stamp.
fn period_label<'t>(full: &'t str, text: &'t str) -> Option<Label<'t>> {
    let trimmed = text.trim_start();
    let mut words = trimmed.splitn(3, ' ');
    let (first, second) = (words.next()?, words.next()?);
    let title = is_honorific(first)
        || matches!(
            first,
            "The" | "Chairman" | "Chairwoman" | "Chair" | "Senator" | "Representative" | "Judge"
        );
    let surname = second.strip_suffix('.')?;
    let capitals = surname.chars().count() >= 3
        && surname
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'));
    if !title || !capitals || words.next().is_none_or(|rest| rest.trim().is_empty()) {
        return None;
    }
    let head_start = full.len() - trimmed.len();
    let head = &full[head_start..head_start + first.len() + 1 + surname.len()];
    let end = head_start + first.len() + 1 + second.len() + 1;
    Some(Label {
        head,
        holder: None,
        capitals: false,
        initials: false,
        end: end.min(full.len()),
        role: None,
    })
}

/// Whether `word` is a courtesy title before a name ("Ms", "Sir", "Dr.").
fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady" | "Baroness"
    )
}

/// Where `text` last says "he", "she", "his" or "her", as a word: read
/// from the end at each "h" (found with memchr), so that no word is cut out
/// of the text.
fn last_pronoun(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    for i in memchr::memrchr2_iter(b'h', b'H', b) {
        let start = if i > 0 && b[i - 1] | 0x20 == b's' {
            i - 1
        } else {
            i
        };
        if start > 0 && b[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let end = i
            + 1
            + b[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        let word = &text[start..end];
        if ["he", "she", "his", "her"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
        {
            return Some(start);
        }
    }
    None
}

/// The full names a sentence sets in apposition to a role or a relation
/// ("his counterpart, Inês Carvalhal, since", "the ombudsman, Ruth Cole.").
fn appositive_names(sentence: &str) -> Vec<String> {
    let mut names = Vec::new();
    let bytes = sentence.as_bytes();
    for at in memchr::memchr_iter(b',', bytes) {
        // ", " and a capital: only then is the word before it read.
        let capital = bytes
            .get(at + 2)
            .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80);
        if bytes.get(at + 1) != Some(&b' ') || !capital {
            continue;
        }
        let rest = &sentence[at + 2..];
        if !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let noun = sentence[..at].rsplit(' ').next().unwrap_or("");
        let role = noun.starts_with(char::is_lowercase)
            && (ROLE_NOUNS.binary_search(&noun).is_ok() || RELATION_NOUNS.contains(&noun));
        if !role {
            continue;
        }
        let Some((name, end)) = speaker::named_run_with_end(rest) else {
            continue;
        };
        let person = classify(&name, None);
        if rest[end..].starts_with([',', '.', ';'])
            && person.kind == SpeakerKind::Person
            && person.name.contains(' ')
        {
            names.push(person.name);
        }
    }
    names
}

/// "A 2022 report by the Comptroller General, The Salt and the State,
/// found": a document named by its title between commas speaks as the
/// document the subject describes, not as its title.
fn titled_document(before: &str) -> Option<Speaker> {
    let trimmed = before.trim_end().strip_suffix(',')?;
    let comma = trimmed.rfind_short(", ")?;
    let (head, title) = (&trimmed[..comma], &trimmed[comma + 2..]);
    let titled = title.starts_with(char::is_uppercase)
        && title.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || CONNECTORS.contains(&w)
        });
    let words: Vec<&str> = head.split_whitespace().collect();
    let document = words.len() <= 10
        && !head.contains([',', ';', '\u{1}'])
        && words
            .iter()
            .take(4)
            .any(|w| DOCUMENT_WORDS.contains(&w.lower().as_str()));
    if !titled || !document {
        return None;
    }
    Some(Speaker {
        name: strip_article(
            ["A ", "An "]
                .iter()
                .find_map(|a| head.strip_prefix(a))
                .unwrap_or(head),
        ),
        role: None,
        kind: SpeakerKind::Document,
        resolved_from: None,
    })
}

/// "Her neighbor, a tire repairer named Bogdan Levsky, has less
/// patience.": the person the sentence's subject names after "named" or
/// "called".
fn named_subject(sentence: &str) -> Option<Speaker> {
    let head = &sentence[..crate::text::floor_boundary(sentence, sentence.len().min(80))];
    let Some(at) = head
        .find_short(" named ")
        .or_else(|| head.find_short(" called "))
    else {
        return described_then_named(head).or_else(|| one_of_many(sentence));
    };
    let lead = &sentence[..at];
    let described = lead
        .split_whitespace()
        .skip(1)
        .all(|w| w.starts_with(char::is_lowercase) && !w.ends_with(['.', ';']));
    if !described || lead.split_whitespace().count() > 8 {
        return None;
    }
    let rest = &sentence[at..].trim_start()[sentence[at..].trim_start().find(' ')? + 1..];
    let (name, end) = speaker::named_run_with_end(rest)?;
    let person = classify(&name, None);
    (rest[end..].starts_with([',', ' '])
        && person.kind == SpeakerKind::Person
        && name.contains(' '))
    .then_some(person)
}

/// "Others, including Committee Chair Lydia Marchetti, have argued", "Some
/// lawmakers, among them Sen. Ann Roe, said": the one person named among a
/// group the sentence opens with, set off by commas.
fn one_of_many(sentence: &str) -> Option<Speaker> {
    let head = &sentence[..crate::text::floor_boundary(sentence, sentence.len().min(160))];
    let (lead, rest) = head
        .split_once_short(", including ")
        .or_else(|| head.split_once_short(", among them "))?;
    let mut words = lead.split_whitespace();
    let first = words.next()?;
    let group = matches!(
        first,
        "Others" | "Some" | "Many" | "Several" | "Critics" | "Supporters" | "Opponents" | "Members"
    );
    if !group || words.count() > 3 || lead.contains(['.', ';', ':']) {
        return None;
    }
    let (name, end) = speaker::named_run_with_end(rest)?;
    let person = classify(&name, None);
    // Then the cue, with at most an auxiliary and an adverb before it: not
    // "including Tom Reed, were hurt, and police said", nor a list of names.
    let between = rest[end..].strip_prefix(',')?;
    let plain = between.split_whitespace().count() <= 3
        && !between.contains([',', ';'])
        && between
            .split_whitespace()
            .all(|w| w.starts_with(char::is_lowercase) && w != "and");
    (plain && person.kind == SpeakerKind::Person && name.contains(' ')).then_some(person)
}

/// "One of her classmates, Desmond Hurley, recalled": the name set off
/// after a subject that describes a person, in the opening `head` of a
/// sentence.
fn described_then_named(head: &str) -> Option<Speaker> {
    // Read only after an opening determiner or with an apostrophe in the
    // head: most sentences open otherwise, and are passed by at once.
    let opening = head.split_whitespace().next().unwrap_or("");
    let determined = matches!(
        opening,
        "A" | "An"
            | "One"
            | "Another"
            | "The"
            | "His"
            | "Her"
            | "Their"
            | "My"
            | "Our"
            | "a"
            | "an"
            | "one"
            | "another"
            | "the"
    );
    if !determined && memchr::memchr2(b'\'', 0x99, head.as_bytes()).is_none() {
        return None;
    }
    let comma = memchr::memchr(b',', head.as_bytes())?;
    let (lead, rest) = (&head[..comma], head[comma + 1..].strip_prefix(' ')?);
    // A noun for a person ends the lead, or nothing is read further.
    let noun = lead.rsplit(' ').next()?.lower();
    let person = is_person_noun(&noun) || is_agent_noun(&noun) || RELATION_NOUNS.contains(&&*noun);
    if !person {
        return None;
    }
    let words: Vec<&str> = lead.split_whitespace().collect();
    // "Ostrander Chemie's chief executive": whose, then the noun.
    let owner = words.iter().position(|w| is_possessive(w));
    let from = owner.map_or(1, |k| k + 1);
    let described = words.len() <= 8
        && (determined
            || owner.is_some_and(|k| words[..=k].iter().all(|w| w.starts_with(char::is_uppercase))))
        && from < words.len()
        // "the Skerrow lighthouse keeper": a place may qualify the noun.
        && words[words.len() - 1].starts_with(char::is_lowercase)
        && words[from..].iter().all(|w| !w.ends_with([',', '.', ';']));
    if !described {
        return None;
    }
    let (name, end) = speaker::named_run_with_end(rest)?;
    let person = classify(&name, None);
    // Set off by a comma, or ending a colon's lead.
    let set_off = rest[end..].starts_with(',') || rest[end..].trim().is_empty();
    (set_off && person.kind == SpeakerKind::Person && name.contains(' ')).then_some(person)
}

/// "Serangan’s Coordinating Minister for Maritime Affairs, Arief
/// Wicaksono, was unpersuaded.": the person a sentence's main clause opens
/// with, named after a role and set off by commas before its verb.
fn role_then_named(sentence: &str) -> Option<Speaker> {
    let clause = speaker::main_clause(sentence)
        .unwrap_or(sentence)
        .trim_start();
    let comma = clause.find_short(", ")?;
    let lead = &clause[..comma];
    let words = lead.split_whitespace().count();
    let role = lead
        .split_whitespace()
        .any(|w| ROLE_NOUNS.binary_search(&w.lower().as_str()).is_ok());
    // A title's words, capitalized but for its particles: not a clause
    // ("Seohan’s Foreign Ministry summoned the Maravian ambassador, Sorin
    // Dragomir, three days later").
    let title = lead.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "the" | "and" | "on")
    });
    if words > 9 || !role || !title {
        return None;
    }
    let rest = &clause[comma + 2..];
    let (name, end) = speaker::named_run_with_end(rest)?;
    let verb = rest[end..]
        .strip_prefix(", ")?
        .split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    let person = classify(&name, None);
    (verb && person.kind == SpeakerKind::Person && name.contains(' ')).then_some(person)
}

/// "When the Secretary-General visited Port Aldane, he met families": the
/// subject of the clause a sentence opens with, when the main clause's
/// subject is the `pronoun` ("he" or "she") and the opening subject is a
/// person, named or by role.
fn opening_clause_subject(sentence: &str, pronoun: &str) -> Option<Speaker> {
    let sentence = sentence.trim_start();
    let (first, rest) = sentence.split_once(' ')?;
    if !matches!(
        first,
        "When" | "After" | "As" | "Before" | "While" | "Although" | "Though" | "Once" | "Until"
    ) {
        return None;
    }
    let comma = rest.find_short(", ")?;
    let main = rest[comma + 2..].split_whitespace().next()?;
    if !main.eq_ignore_ascii_case(pronoun) || rest[..comma].contains(['“', '"']) {
        return None;
    }
    // The subject: an article or none, then capitalized words.
    let words: Vec<&str> = rest[..comma].split_whitespace().collect();
    let skip = usize::from(matches!(words.first(), Some(&("the" | "The"))));
    let named = words[skip..]
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) || CONNECTORS.contains(w))
        .count();
    if named == 0 || skip + named >= words.len() {
        return None;
    }
    let phrase = &words[skip..skip + named];
    let found = classify(&phrase.join(" "), None);
    let role = ROLE_NOUNS
        .binary_search(&phrase[named - 1].lower().as_str())
        .is_ok()
        || phrase[named - 1].contains('-') && phrase[named - 1].starts_with("Secretary");
    (found.kind == SpeakerKind::Person && (role || (skip == 0 && named >= 2))).then_some(found)
}

/// What a person or a body answers or states: "Pryor’s response", "the
/// Treasury’s statement".
const REPLY_NOUNS: &[&str] = &[
    "advice",
    "answer",
    "assessment",
    "comment",
    "explanation",
    "message",
    "position",
    "reaction",
    "reply",
    "response",
    "retort",
    "statement",
    "verdict",
    "view",
    "words",
];

/// Whose words the sentence before an "It reads:" brings out: "The
/// manager's reply came two hours later.", "We asked the Council for a
/// response.", "It is from an officer in the Permits Branch to a
/// colleague."
fn reply_owner(sentence: &str) -> Option<Speaker> {
    let clause = speaker::main_clause(sentence)
        .unwrap_or(sentence)
        .trim_start();
    if let Some(rest) = ["It is from ", "It was from ", "It came from "]
        .iter()
        .find_map(|p| clause.strip_prefix(p))
    {
        let words: Vec<&str> = rest
            .split_whitespace()
            .take(8)
            .take_while(|w| !matches!(*w, "to" | "and" | "dated" | "sent"))
            .collect();
        let last = words.iter().position(|w| w.ends_with([',', '.', ';']));
        let words = &words[..last.map_or(words.len(), |k| k + 1)];
        let mut words = words.to_vec();
        if let Some(w) = words.last_mut() {
            *w = w.trim_end_matches([',', '.', ';']);
        }
        let found = if words.first()?.starts_with(char::is_uppercase) {
            classify(&words.join(" "), None)
        } else {
            noun_phrase(&words)
        };
        return Some(found);
    }
    if let Some(at) = clause.find_short(" asked ") {
        let object = &clause[at + " asked ".len()..];
        let asked = |noun: &str| {
            ["a ", "an ", "its ", "their "]
                .iter()
                .find_map(|d| object.find_short(&format!(" for {d}{noun}")))
        };
        if let Some(k) = ["response", "reply", "comment", "statement"]
            .iter()
            .find_map(|n| asked(n))
        {
            let named = strip_article(&object[..k]);
            let found = classify(&named, None);
            return matches!(found.kind, SpeakerKind::Person | SpeakerKind::Organization)
                .then_some(found);
        }
    }
    let clause = clause.strip_prefix("The ").unwrap_or(clause);
    let mut words = clause.split_whitespace();
    let (owner, noun) = (words.next()?, words.next()?);
    let name = owner
        .strip_suffix("’s")
        .or_else(|| owner.strip_suffix("'s"))?;
    (name.starts_with(char::is_uppercase) || clause.len() < sentence.trim_start().len())
        .then_some(())?;
    REPLY_NOUNS
        .contains(&noun.trim_end_matches(','))
        .then(|| classify(name, None))
}

/// Whose words a lead names as the words that follow: "Allow me to read
/// out the words of President Jonas Mbarga in his address ...:", "the
/// statement made on 9 March by the Minister, Mr. Hamadou Sissoko, that".
fn words_owner(lead: &str) -> Option<Speaker> {
    const NOUNS: &[&str] = &[
        "words",
        "statement",
        "remarks",
        "letter",
        "message",
        "address",
        "communiqué",
    ];
    let rest = NOUNS.iter().find_map(|noun| {
        let at = lead.rfind_short(&format!("the {noun} "))?;
        let rest = &lead[at + 5 + noun.len()..];
        // "of X", or "made on 9 March by X".
        let by = rest.strip_prefix("of ").or_else(|| {
            rest.find_short(" by ")
                .filter(|&b| b <= 40)
                .map(|b| &rest[b + 4..])
        })?;
        Some(by)
    })?;
    let (name, _) = speaker::named_run_with_end(rest)?;
    let speaker = classify(&name, None);
    matches!(
        speaker.kind,
        SpeakerKind::Person | SpeakerKind::Organization
    )
    .then_some(speaker)
}

/// A person a sentence introduces anywhere in it by a noun and "called" or
/// "named" ("I got a call from a man who'd worked on the bridge, an
/// inspector called Dave Kerrigan."), for a "he" or "she" after it.
fn called_person(sentence: &str) -> Option<Speaker> {
    [" called ", " named "].iter().find_map(|word| {
        sentence.match_indices(word).find_map(|(at, _)| {
            let noun = sentence[..at].rsplit(' ').next()?;
            let lower = noun.lower();
            if !noun.starts_with(char::is_lowercase)
                || !(RELATION_NOUNS.contains(&lower.as_str()) || lexicon::is_person_noun(&lower))
            {
                return None;
            }
            let rest = &sentence[at + word.len()..];
            let (name, end) = speaker::named_run_with_end(rest)?;
            let person = classify(&name, None);
            (rest[end..].starts_with([',', ' ', '.', ';'])
                && person.kind == SpeakerKind::Person
                && name.contains(' '))
            .then_some(person)
        })
    })
}

/// The people a sentence names in full and describes right after, between
/// commas ("Fatoumata Sidibé, a former World Bank economist,"); at most two.
fn described_people(sentence: &str) -> Vec<Speaker> {
    let mut people = Vec::new();
    for (at, _) in sentence.match_indices(", ") {
        let rest = &sentence[at + 2..];
        if !["a ", "an ", "the "].iter().any(|d| rest.starts_with(d))
            || !rest.contains(',')
            || people.len() == 2
        {
            continue;
        }
        let words: Vec<&str> = sentence[..at]
            .rsplit(' ')
            .take_while(|w| w.starts_with(char::is_uppercase))
            .take(4)
            .collect();
        if words.len() < 2 {
            continue;
        }
        let name: Vec<&str> = words.into_iter().rev().collect();
        let person = classify(&name.join(" "), None);
        if person.kind == SpeakerKind::Person && !is_pronoun(&person.name) {
            people.push(person);
        }
    }
    people
}

/// The person a sentence opens by describing ("One analyst in Sarvo, who
/// advises exporters, was less sanguine.", "A diplomat in Geneva was
/// blunt."): the words up to a comma or the verb, one of them a noun for a
/// person.
fn described_subject(sentence: &str) -> Option<Speaker> {
    let head = &sentence[..sentence
        .find([',', ';', ':', '.'])
        .unwrap_or(sentence.len())];
    let words: Vec<&str> = head
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "was"
                    | "is"
                    | "were"
                    | "are"
                    | "has"
                    | "had"
                    | "have"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "did"
                    | "does"
                    | "said"
                    | "says"
                    | "who"
                    | "that"
            )
        })
        .take(9)
        .collect();
    let person = words.len() >= 2
        && words.len() < 9
        && words[1..]
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) && lexicon::is_person_noun(w));
    person.then(|| noun_phrase(&words))
}

/// The sentence before the one that starts at byte `sentence` of `text`,
/// within the reach of a look back; `None` when there is none.
fn previous_sentence(text: &str, sentence: usize) -> Option<&str> {
    let floor = lookback_floor(text, sentence);
    let back = crate::text::floor_boundary(text, sentence.checked_sub(1)?);
    (sentence > floor).then(|| &text[sentence_start(text, back).max(floor)..sentence])
}

/// Whether a speaker's name stands for several people: its last word a
/// plural noun for people ("MPs", "local officials"), unless it is one of
/// them ("one of the officials").
fn names_group(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let plural_initials = last.len() >= 3
        && last.ends_with('s')
        && last[..last.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_uppercase());
    // "Critics" opening a sentence is a group too.
    let lower = last.lower();
    let plural_noun = (last.starts_with(char::is_lowercase) || !name.contains(' '))
        && lower.ends_with('s')
        && is_person_noun(&lower)
        && UNNAMED_NOUNS
            .binary_search(&lower.trim_end_matches('s'))
            .is_ok();
    !name.to_ascii_lowercase().starts_with("one of") && (plural_initials || plural_noun)
}

/// "The engineer on Train 14K is one of our members.": a person the
/// sentence opens by describing with "the", a noun for an unnamed source
/// (not a role, which a name often stands for) and where they are.
fn the_one_described(sentence: &str) -> Option<Speaker> {
    let mut words = sentence.split_whitespace();
    words.next().filter(|w| *w == "The")?;
    let noun = words.next()?;
    let place = words.next()?;
    (UNNAMED_NOUNS.binary_search(&noun).is_ok()
        && !noun.ends_with('s')
        && matches!(place, "on" | "of" | "at" | "in" | "from"))
    .then(|| described_subject(sentence))
    .flatten()
    .map(|_| {
        let head = &sentence[..sentence.find([',', ';', '.']).unwrap_or(sentence.len())];
        let phrase: Vec<&str> = head
            .split_whitespace()
            .take_while(|w| !matches!(*w, "is" | "was" | "has" | "had" | "said" | "says" | "who"))
            .take(6)
            .collect();
        // Written as a later "he" stands for it: "the engineer on ...".
        Speaker {
            name: format!("the {}", phrase[1..].join(" ")),
            role: None,
            kind: SpeakerKind::UnnamedSource,
            resolved_from: None,
        }
    })
}

/// "A donor representative in Azra, the capital, put the problem plainly",
/// "A woman who has lived in Tel Hamra since 2024 described the change": the
/// person a sentence opens by describing, for the quotation it introduces.
fn opens_described(sentence: &str) -> Option<Speaker> {
    let first = sentence.split_whitespace().next()?;
    matches!(first, "A" | "An" | "One" | "Another")
        .then(|| described_subject(sentence))
        .flatten()
}

/// The person who is the subject of a sentence's last coordinated clause
/// (", and Chae, who had been expected to attend, sent"), when it names a
/// person the text has named in full or with a title.
fn coordinated_subject(sentence: &str, people: &[String]) -> Option<Speaker> {
    // "...the sins of others,” and Prime Minister Faridah Osman took": the
    // comma may stand inside the quotation's marks.
    let at = [", and ", ", but ", "; ", "” and ", "\" and ", "” but "]
        .iter()
        .filter_map(|sep| {
            let mut to = sentence.len();
            while let Some(at) = sentence[..to].rfind_short(sep) {
                // "the Committee on Banking, Housing, and Urban Affairs": the
                // last of a list of names, not a clause's subject.
                let item = sentence[..at].rsplit(", ").next().unwrap_or("");
                let listed = item.len() < at
                    && item.split(' ').count() <= 2
                    && item.split(' ').all(|w| w.starts_with(char::is_uppercase));
                if sentence[at + sep.len()..].starts_with(char::is_uppercase) && !listed {
                    return Some(at + sep.len());
                }
                to = at;
            }
            None
        })
        .max()?;
    person_subject(&sentence[at..], people, &mut NamedInFull::default())
        .filter(|s| s.kind == SpeakerKind::Person && s.name.starts_with(char::is_uppercase))
}

/// A name as a person is remembered by: without a possessive ending or a
/// conjunction that opened the sentence.
fn remembered_name(name: &str) -> &str {
    let name = name
        .strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(name);
    match name.split_once(' ') {
        Some((first, rest))
            if matches!(
                first,
                "But" | "And" | "Yet" | "So" | "Or" | "Nor" | "Then" | "Still"
            ) && rest.starts_with(char::is_uppercase) =>
        {
            rest
        }
        _ => name,
    }
}

/// The people a sentence names, in order: each named run that is a
/// person, until `keep` says to stop.
fn named_people(sentence: &str, mut keep: impl FnMut(Speaker) -> bool) {
    let mut rest = sentence;
    while let Some(at) = rest.find(|c: char| c.is_uppercase()) {
        rest = &rest[at..];
        let Some((run, end)) = named_run_with_end(rest) else {
            let skip = rest.chars().next().map_or(1, char::len_utf8);
            rest = &rest[skip..];
            continue;
        };
        let speaker = classify(&run, None);
        if speaker.kind == SpeakerKind::Person && !keep(speaker) {
            return;
        }
        rest = &rest[end..];
    }
}

/// The people a sentence names with a title ("Foreign Minister Gemba
/// Koichiro meets Secretary Clinton"), in order, at most three.
fn people_in(sentence: &str) -> Vec<String> {
    let mut people = Vec::new();
    named_people(sentence, |person| {
        if person.role.is_some() {
            people.push(person.name);
        }
        people.len() < 3
    });
    people
}

/// The full name of the one person the sentence before byte `sentence` of
/// `text` names, when it names exactly one.
fn only_person_in(text: &str, sentence: usize) -> Option<String> {
    let mut back = sentence.saturating_sub(1);
    while !text.is_char_boundary(back) {
        back -= 1;
    }
    let previous = &text[sentence_start(text, back)..sentence];
    let mut found: Option<String> = None;
    let mut several = false;
    named_people(previous, |person| {
        if person.name.contains(' ') {
            several = found.as_ref().is_some_and(|f| *f != person.name);
            found = Some(person.name);
        }
        !several
    });
    found.filter(|_| !several)
}

/// The words of the subject that ends `before` (the text up to a cue):
/// the last clause, past an appositive ("The spokesperson, Claire Moreau,")
/// or a parenthetical ("Canada, in a March 3 statement,"), without the
/// auxiliaries and adverbs between it and the cue.
fn subject_words(before: &str) -> Vec<&str> {
    let separators = [',', ';', '\u{1}', '(', ')', '—'];
    let mut trimmed = before.trim_end();
    // "Sen. John Smith (R-Texas) said", "Cllr Fairweather (Letters, 17
    // March) says": a parenthetical right after a name describes it.
    // "Lydia Okonjo, president of the ... Association (ATOA), told": so
    // does a short parenthetical (an acronym) at the end of an appositive,
    // before its comma, when it holds no space.
    let comma = trimmed.strip_suffix(',').map(str::trim_end);
    let mut comma_after = false;
    if let Some(open) = comma
        .unwrap_or(trimmed)
        .strip_suffix(')')
        .and_then(|t| t.rfind('('))
    {
        let whole = comma.unwrap_or(trimmed);
        let head = whole[..open].trim_end();
        let named = head
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_possessive(w));
        let short = comma.is_none() || !whole[open..].contains(' ');
        if named && short && !whole[open..].contains('\u{1}') {
            trimmed = head;
            comma_after = comma.is_some();
        }
    }
    // A clause right before its cue is the subject's own ("as one Member
    // put it"); one set off by commas may be a parenthetical.
    let mut set_off = comma_after || trimmed.ends_with(separators);
    let mut rest = trimmed.trim_end_matches(separators).trim_end();
    loop {
        // "about 3,000 boat owners": a comma between digits is a number's.
        let mut end = rest.len();
        let last = loop {
            let bytes = rest.as_bytes();
            match rest[..end].rfind(separators) {
                Some(at)
                    if bytes[at] == b','
                        && at > 0
                        && bytes[at - 1].is_ascii_digit()
                        && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    end = at;
                }
                found => break found,
            }
        };
        let (head, clause) = match last {
            Some(at) => (&rest[..at], rest[at..].trim_start_matches(separators)),
            None => ("", rest),
        };
        let mut words: Vec<&str> = clause.split_whitespace().collect();
        // "a pipeline,”7 and Mareș ... spoke of": a footnote marker glued
        // to the quotation before is no word of the subject.
        let glued = clause.starts_with(|c: char| c.is_ascii_digit())
            && rest[..rest.len() - clause.len()].ends_with('\u{1}');
        if glued
            && words.len() > 1
            && words[0].len() <= 3
            && words[0].bytes().all(|b| b.is_ascii_digit())
        {
            words.remove(0);
        }
        while words.len() > 1
            && words.last().is_some_and(|w| {
                // "repeatedly", not "Vesely": an adverb is written in lower case.
                BETWEEN_SUBJECT_AND_CUE.contains(w)
                    || (w.ends_with("ly")
                        && w.len() > 4
                        && w.starts_with(char::is_lowercase)
                        && !LY_NOUNS.contains(w))
            })
        {
            words.pop();
        }
        let parenthetical = words
            .first()
            .is_some_and(|w| PREPOSITIONS.contains(w) || INTRODUCERS.contains(w));
        // "Rep. Daniel Costa, a Democrat whose district includes Gloucester,
        // tweeted"; "Salcedo, who had campaigned for it, answered": an
        // appositive or relative clause after a name describes the name.
        // "As one former student, now a senior engineer ..., put it": a
        // person described, too.
        let named_head = head.trim_end().rsplit(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && !is_possessive(w)
                || w.starts_with(char::is_lowercase) && is_person_noun(w)
        });
        // "A delegate from a coastal state, who asked not to be named,
        // said": a relative clause set off by commas describes the subject.
        // "..., and who asked not to be named, told me" too.
        let relative_at = usize::from(matches!(words.first(), Some(&("and" | "but"))));
        let relative = set_off
            && words.len() > relative_at + 1
            && matches!(words[relative_at], "who" | "which" | "whose")
            && !head.trim().is_empty();
        // "Her first circular, sent to every shipping agent, asks": a
        // participle phrase set off by commas describes the subject.
        // "A senior official, briefing reporters on background, said": a
        // present participle too.
        // "The memo, first reported by the Lisk Ledger, also warns", "The
        // draft text, seen by Reuters, calls for": an adverb may come first.
        // "The report, titled “Holding the Line” and published alongside
        // the decision, describes": the phrase goes on past its title.
        let titled = head.trim_end().ends_with('\u{1}');
        let adverbs = words
            .iter()
            .take_while(|w| {
                matches!(
                    **w,
                    "first" | "also" | "later" | "since" | "originally" | "widely"
                ) || titled && **w == "and"
            })
            .count();
        let participle = set_off
            && words.get(adverbs).is_some_and(|w| {
                (w.len() > 4 && w.ends_with("ed"))
                    || (w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase))
                    || matches!(
                        *w,
                        "sent"
                            | "written"
                            | "given"
                            | "made"
                            | "taken"
                            | "known"
                            | "held"
                            | "led"
                            | "built"
                            | "drawn"
                            | "signed"
                            | "issued"
                            | "seen"
                            | "shown"
                            | "read"
                            | "heard"
                    )
            });
        // "The Association’s submission, submission 17, says", "Your own
        // safety manual, section 4.2, says": a label set off by commas.
        let label = matches!(words[..], [noun, number]
            if noun.starts_with(char::is_lowercase) && number.starts_with(|c: char| c.is_ascii_digit()));
        let appositive = relative
            || participle
            || label
            || set_off
                && named_head
                && (words.first().is_some_and(|w| {
                    // "Denise Harrow, president of the Waterways Council, a trade
                    // association, told": a description in lower case, however long.
                    // "Zhou Mingli, Director of the Civil Aviation Administration,
                    // tells": an office's title.
                    w.starts_with(char::is_lowercase)
                        || w.chars().all(|c| c.is_ascii_digit())
                        || words.get(1) == Some(&"of") && lexicon::is_role_title(w)
                })
                // "Chief Marian Wapemoose, Thomas Wapemoose’s daughter, says":
                // a relation or a role of someone named.
                || words.len() >= 2
                    && is_possessive(words[words.len() - 2])
                    && {
                        let noun = words[words.len() - 1].lower();
                        RELATION_NOUNS.contains(&noun.as_str())
                            || ROLE_NOUNS.binary_search(&noun.as_str()).is_ok()
                    });
        // "Villanueva, it said, had thanked": an auxiliary alone after a
        // comma, and a parenthetical "it said", stand between subject and cue.
        let auxiliary = matches!(words[..], [w] if BETWEEN_SUBJECT_AND_CUE.contains(&w));
        // "The Agency’s review, “Too Slow”, found that": a title set off by
        // commas (masked, so no words are left of it) names the subject
        // before it.
        let title = words.is_empty() && set_off;
        let aside = set_off
            && matches!(words[..], [who, verb] if is_pronoun(who)
                && matches!(verb, "said" | "says" | "added" | "noted" | "reported"));
        if (parenthetical || appositive || aside || title) && set_off && !head.trim().is_empty()
            || (auxiliary && !head.trim().is_empty())
        {
            rest = head.trim_end().trim_end_matches(separators).trim_end();
            set_off = true;
            continue;
        }
        if parenthetical && !set_off && words.len() > 1 && words[0] == "as" {
            words.remove(0);
        }
        // "The House Committee on Science, Space, and Technology", "the
        // Ministry of Investment, Trade and Industry": a name with commas
        // in it is one subject.
        let named_list = words.len() >= 2
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "&"))
            && words.iter().any(|w| matches!(*w, "and" | "&"))
            && {
                // The head ends "Ministry of Investment": a body's noun, "of"
                // and one more capitalized word.
                let tail: Vec<&str> = head.split_whitespace().rev().take(3).collect();
                matches!(tail[..], [last, "of", body, ..]
                    if last.starts_with(char::is_uppercase)
                        && ORG_NOUNS.binary_search(&&*body.lower()).is_ok())
            };
        if named_list {
            let tail: Vec<&str> = head.split_whitespace().rev().take(3).collect();
            let first = tail[2];
            let start = first.as_ptr() as usize - rest.as_ptr() as usize;
            return rest[start..]
                .split_whitespace()
                .take(3 + words.len())
                .collect();
        }
        if words.first() == Some(&"and")
            && words
                .get(1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            let named: Vec<&str> = head
                .split_whitespace()
                .rev()
                .take_while(|w| {
                    let w = w.trim_end_matches(',');
                    w.starts_with(char::is_uppercase) || CONNECTORS.contains(&w)
                })
                .collect();
            if named
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            {
                // The name as written, its commas kept: from its first word
                // in `rest` on, as many words as it and the clause hold.
                let first = named[named.len() - 1];
                let start = first.as_ptr() as usize - rest.as_ptr() as usize;
                return rest[start..]
                    .split_whitespace()
                    .take(named.len() + words.len())
                    .collect();
            }
        }
        // "But Lykke-Holm said", "As one senior official put it": a word
        // that joins the sentence to the one before is no part of its subject.
        if words.len() > 1
            && matches!(
                words[0],
                "But"
                    | "And"
                    | "Or"
                    | "Yet"
                    | "So"
                    | "Still"
                    | "Then"
                    | "Now"
                    | "As"
                    | "Also"
                    | "Thus"
                    | "Instead"
                    | "Meanwhile"
                    | "However"
            )
        {
            words.remove(0);
        }
        // "Kim said “...” and the ministry called it": the subject of the
        // second clause, without the conjunction that joins it.
        if words.len() > 1
            && matches!(words[0], "and" | "but" | "or" | "while" | "whereas")
            && (words[1].starts_with(char::is_lowercase) || head.ends_with('\u{1}'))
        {
            words.remove(0);
        }
        // "Last week Hartwell Ratings affirmed", "In July you told us": a
        // phrase of time with no comma after it is no part of the subject.
        let when = time_opening(&words);
        if when > 0 {
            words.drain(..when);
        }
        return words;
    }
}

/// How many words at the start of `words` say when, with no comma after
/// them ("Last week", "Yesterday", "On 3 March 2024", "In early July"),
/// when a subject follows them: a capitalized word, a determiner or a
/// personal pronoun. Zero otherwise.
fn time_opening(words: &[&str]) -> usize {
    const TIME_NOUNS: &[&str] = &[
        "afternoon",
        "autumn",
        "evening",
        "fall",
        "month",
        "morning",
        "night",
        "spring",
        "summer",
        "week",
        "weekend",
        "winter",
        "year",
    ];
    let dated = |w: &str| is_when(w) || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let length = match words {
        [first, ..]
            if matches!(
                *first,
                "Yesterday" | "Today" | "Tonight" | "Earlier" | "Later" | "Recently" | "Separately"
            ) =>
        {
            1
        }
        [first, second, ..]
            if matches!(*first, "Last" | "Next" | "That" | "This" | "Early" | "Late")
                && (TIME_NOUNS.contains(second) || is_when(second)) =>
        {
            2
        }
        [first, rest @ ..] if matches!(*first, "In" | "On" | "During" | "Since") => {
            let mut inner = rest
                .iter()
                .take(5)
                .take_while(|w| {
                    dated(w)
                        || TIME_NOUNS.contains(w)
                        || matches!(**w, "early" | "late" | "mid" | "the" | "of")
                })
                .count();
            // "In August the Office": the article is the subject's.
            while inner > 0 && matches!(rest[inner - 1], "the" | "of") {
                inner -= 1;
            }
            // It ends with when: "In the spring of 2022", not "In the".
            let ends =
                inner > 0 && (dated(rest[inner - 1]) || TIME_NOUNS.contains(&rest[inner - 1]));
            if ends {
                1 + inner
            } else {
                0
            }
        }
        _ => 0,
    };
    let subject = words.get(length).is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(
                *w,
                "the" | "a" | "an" | "he" | "she" | "they" | "we" | "you" | "its" | "his" | "her"
            )
    });
    if subject {
        length
    } else {
        0
    }
}

/// Nouns that end as adverbs do ("his family said", "the assembly
/// voted"): never dropped from a subject as an adverb would be.
const LY_NOUNS: &[&str] = &[
    "ally", "anomaly", "assembly", "family", "homily", "monopoly", "rally", "reply", "supply",
];

/// Whether a word can head the subject of a cue: a capitalized name, or a
/// noun for an organization, a person's role or an agent ("officials",
/// "ministry", "appropriators").
fn is_subject_noun(word: &str) -> bool {
    let lower = word.trim_end_matches([',', ';']).lower();
    let lower: &str = &lower;
    word.starts_with(char::is_uppercase) || is_party_noun(lower)
}

/// Where the noun phrase that ends `words` starts, when it is a
/// determiner and lowercase words ending in a person's noun ("one
/// organizer", "the agency’s program manager") after other words.
fn trailing_phrase(words: &[&str]) -> Option<usize> {
    let last = words.last()?;
    let lower = last.lower();
    let lower: &str = &lower;
    let listed = is_person_noun(lower);
    // "in a vote that opposition parties described as", "that critics
    // call": the subject of a relative clause, after its "that".
    let plural_body = lower.ends_with('s') && is_org_noun(lower);
    if let Some(r) = words
        .iter()
        .rposition(|w| matches!(*w, "that" | "which" | "whom"))
    {
        let subject = &words[r + 1..];
        if r > 0
            && (1..=3).contains(&subject.len())
            && (listed || plural_body)
            && subject.iter().all(|w| w.starts_with(char::is_lowercase))
        {
            return Some(r + 1);
        }
    }
    if !listed && !is_agent_noun(lower) {
        return None;
    }
    let from = words.iter().rposition(|w| {
        matches!(
            w.lower().as_str(),
            "a" | "an" | "the" | "one" | "some" | "several" | "many" | "its" | "their"
        )
    })?;
    // "a move one Gulf delegate described": a capitalized qualifier may
    // stand before a listed noun, which is in lower case; a word that only
    // looks like an agent noun ("banners") takes lower-case words alone.
    let plain = if listed {
        last.starts_with(char::is_lowercase)
    } else {
        words[from + 1..]
            .iter()
            .all(|w| w.starts_with(char::is_lowercase) || is_possessive(w))
    };
    (from > 0 && words.len() - from <= 5 && plain).then_some(from)
}

/// The document a relative "that" or "which" ending `before` stands for:
/// the noun phrase before it, from its determiner, when its head is a
/// document's noun ("a 2022 ministry briefing that").
fn document_antecedent(before: &str) -> Option<Speaker> {
    let head = before.trim_end();
    let head = head
        .strip_suffix("that")
        .or_else(|| head.strip_suffix("which"))?
        .trim_end();
    // "19 new textbooks, all but two of which describe": a part of them.
    let head = match head.strip_suffix(" of") {
        Some(part) => {
            let comma = part.rfind(',')?;
            let quantity = &part[comma + 1..];
            if quantity.split_whitespace().count() > 4 || quantity.contains(char::is_uppercase) {
                return None;
            }
            &part[..comma]
        }
        None => head.trim_end_matches(','),
    };
    let words: Vec<&str> = head.split_whitespace().rev().take(8).collect();
    // "the Diplomatic Bluebook 2027": the year of an edition after its name.
    let edition = words
        .iter()
        .take_while(|w| w.bytes().all(|b| b.is_ascii_digit()))
        .count();
    let last = words.get(edition)?.lower();
    let singular = last.strip_suffix('s').unwrap_or(&last);
    // "a press release that said": a document of two words too.
    let two = words
        .get(edition + 1)
        .is_some_and(|w| DOCUMENT_WORDS.contains(&&*format!("{w} {}", &*last).lower()));
    if !DOCUMENT_WORDS.contains(&last.as_str()) && !DOCUMENT_WORDS.contains(&singular) && !two {
        return None;
    }
    // From its determiner, or a number that counts them.
    let noun_from = edition + 1 + usize::from(two);
    let from = noun_from
        + words.get(noun_from..)?.iter().position(|w| {
            matches!(w.lower().as_str(), "a" | "an" | "the" | "its" | "their")
                || w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 3
        })?;
    let phrase: Vec<&str> = words[..=from]
        .iter()
        .rev()
        .copied()
        .filter(|w| !matches!(w.lower().as_str(), "a" | "an" | "the" | "its" | "their"))
        .collect();
    Some(Speaker {
        name: phrase.join(" "),
        role: None,
        kind: SpeakerKind::Document,
        resolved_from: None,
    })
}

/// The noun phrase a relative "who" after a comma stands for: the last
/// words before the comma, from their determiner ("a new
/// Secretary-General, who told").
fn body_before_which(before: &str) -> Option<Speaker> {
    let head = before
        .trim_end()
        .strip_suffix("which")?
        .trim_end()
        .strip_suffix(',')?;
    let mut name: Vec<&str> = head
        .split_whitespace()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase) || CONNECTORS.contains(w))
        .take(8)
        .collect();
    name.reverse();
    let first = name.iter().position(|w| !CONNECTORS.contains(w))?;
    let body = classify(&name[first..].join(" "), None);
    (body.kind == SpeakerKind::Organization).then_some(body)
}

fn relative_antecedent(before: &str) -> Option<Speaker> {
    let head = before
        .trim_end()
        .strip_suffix("who")?
        .trim_end()
        .strip_suffix(',')?;
    // "Ingrid Solberg, head of research at Nordfjell Securities, who": the
    // name the description is set beside.
    if let Some((lead, description)) = head.rsplit_once(',') {
        let description = description.trim();
        let name: Vec<&str> = lead
            .split_whitespace()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase) || CONNECTORS.contains(w))
            .collect();
        let name: Vec<&str> = name
            .into_iter()
            .rev()
            .skip_while(|w| CONNECTORS.contains(w))
            .collect();
        if description.starts_with(char::is_lowercase)
            && description.split_whitespace().count() <= 12
            && (1..=4).contains(&name.len())
        {
            let person = classify(&name.join(" "), Some(description.to_string()));
            if person.kind == SpeakerKind::Person {
                return Some(person);
            }
        }
    }
    let words: Vec<&str> = head.split_whitespace().rev().take(6).collect();
    let words: Vec<&str> = words.into_iter().rev().collect();
    let last = *words.last()?;
    if !is_subject_noun(last) || is_pronoun(last) {
        return None;
    }
    // From the determiner ("a new Secretary-General"), or the name alone
    // ("backed by Maria Lopez, who").
    let named = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase) || CONNECTORS.contains(w))
        .count();
    let from = words
        .iter()
        .rposition(|w| matches!(w.lower().as_str(), "a" | "an" | "the" | "its" | "their"))
        .filter(|&k| named == 0 || k + 1 >= words.len() - named)
        .unwrap_or(words.len() - named.max(1));
    let speaker = noun_phrase(&words[from..]);
    (speaker.kind != SpeakerKind::Document).then_some(speaker)
}

/// What attribution learnt reading up to a quotation: where it opens, where
/// its sentence starts, and the last cue of that sentence before it.
#[derive(Debug, Clone, Copy)]
struct Before {
    open: usize,
    sentence: usize,
    cue: Option<(usize, usize)>,
}

/// Words that open a short object or place between a cue and the words it
/// introduces inside another quotation ("I told my staff, ‘...’").
const OBJECT_OPENERS: &[&str] = &["a", "an", "in", "into", "my", "our", "the", "their", "to"];

/// How many full names attribution keeps to know a surname by.
const MAX_PEOPLE: usize = 64;

/// How many people back "he" or "she" may reach.
const MAX_RECENT: usize = 6;

/// How many of the people last named a definite role ("the minister") may
/// stand for.
const NAMED_ROLE_REACH: usize = 3;

/// Whether `document` writes `name` after a title holding `noun`, within
/// the few words before it ("Voskarian Energy Minister Dmitar Solvik", "the
/// Health Minister, Clare Hallinan"); the first 16 uses are read.
fn titled_before(document: &str, name: &str, noun: &str) -> bool {
    let bytes = document.as_bytes();
    memchr::memmem::find_iter(bytes, name.as_bytes())
        .take(16)
        .any(|at| {
            let from = crate::text::floor_boundary(document, at.saturating_sub(48));
            // Within the name's sentence, words only: "... of External
            // Affairs. From 12" is no title of "From 12".
            let mut words: Vec<&str> = document[from..at]
                .split_whitespace()
                .rev()
                .take(4)
                .take_while(|w| {
                    !w.ends_with(['.', '!', '?', ';', ':']) && w.chars().any(char::is_alphabetic)
                })
                .map(|w| w.trim_end_matches(','))
                .collect();
            words.reverse();
            holds_title(&words, noun)
        })
}

/// Whether the words of a title hold `noun` as the title itself, not a
/// deputy's or a shadow's ("Deputy Governor", "Shadow Minister"), nor
/// another title that ends with it ("Prime Minister" is no "the minister").
fn holds_title(words: &[&str], noun: &str) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).lower();
    words.iter().enumerate().any(|(k, w)| {
        bare(w).as_str() == noun.lower().as_str()
            && !k.checked_sub(1).is_some_and(|j| {
                matches!(
                    bare(words[j]).as_str(),
                    "deputy"
                        | "vice"
                        | "shadow"
                        | "assistant"
                        | "junior"
                        | "former"
                        | "opposition"
                        | "prime"
                )
            })
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender a pronoun gives ("He" and "he" alike).
fn pronoun_gender(pronoun: &str) -> Option<Gender> {
    match pronoun.lower().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a title or relation noun gives ("Mr.", "Mrs.", "uncle").
fn word_gender(word: &str) -> Option<Gender> {
    let word = word.trim_end_matches(['.', ',']).lower();
    let word: &str = &word;
    if MALE_WORDS.contains(&word) {
        Some(Gender::Male)
    } else if FEMALE_WORDS.contains(&word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The one a first-person narrator spoke to in `scope`, for a "he" or
/// "she" of `gender` after it: the last phrase of a determiner ("a", "an",
/// "my", "our", "one of the") and a noun for a person ("a friend", "one
/// of the librarians"), after an "I" or "we" and with nobody named after
/// it.
fn unnamed_antecedent(scope: &str, gender: Gender) -> Option<Speaker> {
    // The narration only: "“We won,” a senior official said" has no
    // narrator.
    let mut inside = false;
    let narration: String = scope
        .chars()
        .filter(|&c| {
            let mark = matches!(c, '“' | '”' | '"');
            inside = match c {
                '“' => true,
                '”' => false,
                '"' => !inside,
                _ => inside,
            };
            !inside && !mark
        })
        .collect();
    let scope = narration.as_str();
    let words: Vec<&str> = scope.split_whitespace().collect();
    let narrator = words.iter().position(|w| matches!(*w, "I" | "We" | "we"))?;
    let noun_at = words.iter().rposition(|w| {
        let noun = w.trim_end_matches([',', '.', ';', ':']);
        // "librarians", "a pharmacist": agent nouns of a person only.
        let agent = is_agent_noun(noun)
            && ["ian", "ians", "ist", "ists"]
                .iter()
                .any(|e| noun.ends_with(e));
        noun.starts_with(char::is_lowercase)
            && (is_person_noun(noun) || agent || RELATION_NOUNS.contains(&noun))
    })?;
    let noun = words[noun_at].trim_end_matches([',', '.', ';', ':']);
    // Nobody named after it: "the Courier" is a place, "Ruth" a person.
    let named_after = words[noun_at + 1..].windows(2).any(|pair| {
        pair[1].starts_with(char::is_uppercase)
            && pair[1] != "I"
            && !matches!(pair[0], "the" | "The" | "to" | "at" | "in" | "from")
    });
    // Nor anyone named in full before it ("the foreign minister, Ilse
    // Brandvold, and I was expecting a folder").
    let mut named_before = false;
    named_people(scope, |person| {
        named_before |= person.name.contains(' ');
        !named_before
    });
    if named_after || named_before || word_gender(noun).is_some_and(|g| g != gender) {
        return None;
    }
    let from = (noun_at.saturating_sub(3)..noun_at)
        .rev()
        .find_map(|j| match words[j] {
            "a" | "an" | "my" | "our" if !noun.ends_with('s') => Some(j),
            "the" | "my" | "our" if j >= 2 && words[j - 2..j] == ["one", "of"] => Some(j - 2),
            _ => None,
        })?;
    let modifiers = &words[from + 1..noun_at];
    let plain = modifiers
        .iter()
        .all(|w| w.starts_with(char::is_lowercase) && !w.ends_with(','));
    (narrator < from && plain).then(|| Speaker {
        name: format!("{} {noun}", words[from..noun_at].join(" ")),
        role: None,
        kind: SpeakerKind::UnnamedSource,
        resolved_from: None,
    })
}

/// "Two officials familiar with the contacts said ... One of them said it
/// was “...”": "one of them" is one of the people a plural noun named
/// last, within the few sentences before (`before` ends at the quotation).
fn member_of_group(speaker: Option<Speaker>, before: &str) -> Option<Speaker> {
    let Some(s) = speaker.as_ref() else {
        return speaker;
    };
    let lower = s.name.lower();
    let Some(pointer) = [
        "one of them",
        "one of those",
        "another of them",
        "one of the two",
    ]
    .into_iter()
    .find(|p| lower.as_str() == *p) else {
        return speaker;
    };
    let mut from = before.len().saturating_sub(MEMBER_LOOKBACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let words: Vec<&str> = before[from..]
        .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(MEMBER_WORDS)
        .collect();
    let group = |k: usize| {
        let w = words[k];
        w.starts_with(char::is_lowercase)
            && (w.ends_with('s') || w == "people")
            && is_person_noun(w)
    };
    // "Two officials familiar with the contacts said the ministers met":
    // a group counted is the one "them" counts from; else the nearest.
    // The count before the noun, with no other person's noun between
    // ("Two officials told ministers": not the ministers).
    let counted = |k: usize| {
        words[k + 1..words.len().min(k + 4)]
            .iter()
            .take_while(|w| !is_person_noun(&w.lower()))
            .any(|w| {
                matches!(
                    w.lower().as_str(),
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "several"
                        | "both"
                        | "some"
                        | "many"
                        | "few"
                )
            })
    };
    let group = (0..words.len())
        .find(|&k| group(k) && counted(k))
        .or_else(|| (0..words.len()).find(|&k| group(k)))
        .map(|k| words[k]);
    Some(match group {
        Some(noun) => Speaker {
            name: format!("one of the {noun}"),
            role: None,
            kind: SpeakerKind::UnnamedSource,
            resolved_from: Some(pointer.to_string()),
        },
        None => s.clone(),
    })
}

/// "The Ministry of Industry and Trade sounded more defensive. “...,” the
/// ministry said": a body named by its common noun alone is the one the
/// text last named in full with that noun.
fn definite_body(speaker: Option<Speaker>, before: &str) -> Option<Speaker> {
    let Some(s) = speaker.as_ref() else {
        return speaker;
    };
    let Some(noun) = Some(s.name.strip_prefix("the ").unwrap_or(&s.name)).filter(|n| {
        matches!(
            *n,
            "ministry"
                | "agency"
                | "department"
                | "office"
                | "commission"
                | "council"
                | "committee"
                | "embassy"
                | "court"
                | "tribunal"
                | "authority"
        )
    }) else {
        return speaker;
    };
    let mut from = before.len().saturating_sub(MEMBER_LOOKBACK * 2);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = &before[from..];
    let capital = format!("{}{}", noun[..1].to_ascii_uppercase(), &noun[1..]);
    let at = window.rmatch_indices(capital.as_str()).find_map(|(at, m)| {
        let end = at + m.len();
        let whole = !window[end..].starts_with(char::is_alphabetic)
            && !window[..at].ends_with(char::is_alphabetic);
        whole.then_some(at)
    });
    let Some(at) = at else {
        return speaker;
    };
    // Capitalized words before it ("Foreign Ministry"), not the sentence's
    // "The"; "of", "for" and "and" with capitalized words after it.
    let head: Vec<&str> = window[..at]
        .split_whitespace()
        .rev()
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !matches!(*w, "The" | "A" | "An")
        })
        .take(3)
        .collect();
    // The name as written, from its first word to its last.
    let offset = |w: &str| w.as_ptr() as usize - window.as_ptr() as usize;
    let start = head.last().map_or(at, |w| offset(w));
    let mut end = at + capital.len();
    let mut words = head.len() + 1;
    // "Ministry of Investment, Trade and Industry": a comma between the
    // capitalized words of one name.
    let mut tail = window[at + capital.len()..].split_whitespace().peekable();
    let mut pending: Vec<&str> = Vec::new();
    while let Some(w) = tail.next() {
        let bare = w.trim_end_matches([',', '.', ';', ':', '’', '\'', '”', '"']);
        if matches!(bare, "of" | "for" | "and") && bare.len() == w.len() && pending.len() < 2 {
            pending.push(bare);
            continue;
        }
        // "the Ministry of Foreign Affairs and Japan's embassy": no
        // possessive is part of the name.
        if !bare.starts_with(char::is_uppercase) || words > 8 || is_possessive(bare) {
            break;
        }
        words += pending.len() + 1;
        pending.clear();
        end = offset(w) + bare.len();
        let listed = w.ends_with(',')
            && tail
                .peek()
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if bare.len() != w.len() && !listed {
            break;
        }
    }
    Some(Speaker {
        name: window[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        role: None,
        kind: SpeakerKind::Organization,
        resolved_from: Some(s.name.clone()),
    })
}

/// How far before a "one of them" its group is looked for, in bytes and in words.
const MEMBER_LOOKBACK: usize = 600;
const MEMBER_WORDS: usize = 80;

/// Whether a word after a cue says when, not what: "said Tuesday", "said
/// in March".
fn is_when(word: &str) -> bool {
    crate::date::is_weekday(word) || crate::date::month_number(word).is_some()
}

/// "briefing reporters on February 11, 2027, said": the comma inside a
/// date is no edge of a phrase, and the date no part of a name: the date
/// becomes spaces (same length).
fn mask_date_commas(prefix: &mut String) {
    let bytes = prefix.as_bytes();
    let dates: Vec<(usize, usize)> = memchr::memchr_iter(b',', bytes)
        .filter_map(|k| {
            let year = bytes.get(k + 2..k + 6).is_some_and(|y| {
                y.iter().all(u8::is_ascii_digit) && matches!(&y[..2], b"19" | b"20")
            }) && bytes.get(k + 1) == Some(&b' ');
            let day = bytes[..k]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if !year || !(1..=2).contains(&day) {
                return None;
            }
            let before = prefix[..k - day].strip_suffix(' ')?;
            let month = before.rsplit(' ').next()?;
            crate::date::month_number(month).map(|_| (k - day - 1 - month.len(), k + 6))
        })
        .collect();
    for (a, b) in dates {
        prefix.replace_range(a..b, &" ".repeat(b - a));
    }
}

/// The subject of the last clause of `before` that opens after "while",
/// "whereas", ", and", ", but" or ";" with a subject of its own ("...,
/// and Ikeda said she would ███, while pointedly noting": "Ikeda").
fn clause_subject(before: &str) -> Option<String> {
    clause_subject_within(before, 4)
}

/// [`clause_subject`], over at most `clauses` clauses from the end.
fn clause_subject_within(before: &str, clauses: usize) -> Option<String> {
    // A masked quotation ("\u{1}") may hold the comma before "and".
    const BOUNDARIES: [&str; 7] = [
        " while ",
        " whereas ",
        ", and ",
        "\u{1} and ",
        ", but ",
        "\u{1} but ",
        "; ",
    ];
    let mut end = before.len();
    for _ in 0..clauses {
        let (at, len) = BOUNDARIES
            .iter()
            .filter_map(|b| before[..end].rfind_short(b).map(|at| (at, b.len())))
            .max()?;
        let clause = &before[at + len..];
        let first = clause.split_whitespace().next().unwrap_or("");
        let opens = first.starts_with(char::is_uppercase) && !is_pronoun(first)
            || matches!(first, "the" | "its" | "their");
        if opens {
            let clause = clause.trim_start();
            let clause = clause.strip_prefix("the ").unwrap_or(clause);
            // "toured Egypt, Uganda, and Ethiopia, telling": a list's last
            // item is no clause; a clause goes on past its subject.
            let name = sentence_subject(clause)?;
            let rest = clause
                .find_short(name.as_str())
                .map_or("", |k| &clause[k + name.len()..]);
            let goes_on = rest
                .trim_start_matches([',', ' '])
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
            return goes_on.then_some(name);
        }
        end = at;
    }
    None
}

/// The person a clause opens with when a relative clause set off by commas
/// runs from the name to the cue ("Baek Jae-hoon, who negotiated ... with
/// the trade minister, Kuramochi Isao,"), whatever names the clause holds.
fn opens_past_relative(before: &str) -> Option<Speaker> {
    let lead = before.trim_start();
    let (name, end) = speaker::named_run_with_end(lead)?;
    let rest = &lead[end..];
    let relative = rest.starts_with(", who ") || rest.starts_with(", whose ");
    if !relative || !rest.trim_end().ends_with(',') || rest.contains(['.', ';', '“', '”', '"'])
    {
        return None;
    }
    Some(classify(&name, None)).filter(|s| s.kind == SpeakerKind::Person)
}

/// A possessive alone is nobody's name ("Lettmark’s", "Okusato’s"): the
/// subject it stands beside in `before` (the text before the quotation),
/// when there is one: the name before the comma that sets it off
/// ("GridLett, Lettmark’s grid operator, told"), or the title quoted right
/// after it ("Okusato’s “Diplomatic Bluebook 2026,” ... called").
fn past_possessor(speaker: Speaker, before: &str) -> Speaker {
    if !is_possessive(&speaker.name) || speaker.name.contains(' ') {
        return speaker;
    }
    let Some(at) = before.rfind_short(speaker.name.as_str()) else {
        return speaker;
    };
    let after = &before[at + speaker.name.len()..];
    let title = after
        .strip_prefix(" “")
        .and_then(|t| t.split_once('”'))
        .map(|(title, _)| title.trim_end_matches(','));
    if let Some(title) = title.filter(|t| t.starts_with(char::is_uppercase) && t.len() <= 80) {
        return Speaker {
            name: title.to_string(),
            role: None,
            kind: SpeakerKind::Document,
            resolved_from: None,
        };
    }
    let Some(head) = before[..at].strip_suffix(", ") else {
        return speaker;
    };
    let start = head
        .rfind(['.', ',', ';', ':', '“', '”'])
        .map_or(0, |k| k + 1);
    match speaker::named_run(head[start..].trim()) {
        Some(name) if head[start..].trim().ends_with(name.as_str()) => classify(&name, None),
        _ => speaker,
    }
}

/// A descriptive phrase as a speaker ("the minister"), a document when its
/// last word names one ("the statement", "the final declaration").
fn described_speaker(words: &[&str]) -> Speaker {
    // "a farmer later wrote": the adverb before the cue is no part of it.
    let mut end = words.len();
    while end > 1
        && matches!(
            words[end - 1],
            "later" | "earlier" | "then" | "also" | "again" | "once" | "today" | "yesterday"
        )
    {
        end -= 1;
    }
    let words = &words[..end];
    let mut phrase = noun_phrase(words);
    if words
        .last()
        .is_some_and(|last| DOCUMENT_WORDS.contains(&last.lower().as_str()))
    {
        phrase.kind = SpeakerKind::Document;
    }
    phrase
}

/// The gender a full name's given name says ("Tomás Breslin" is a "he"),
/// when the name is borne almost only by men or only by women.
/// The last person `text` names by a given name of `gender` alone or
/// with a surname after it ("Darren rang me", "Darren Oakes said").
fn given_name_in(text: &str, gender: Gender) -> Option<Speaker> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let list = match gender {
        Gender::Male => lexicon::MALE_GIVEN_NAMES,
        Gender::Female => lexicon::FEMALE_GIVEN_NAMES,
    };
    // Not a name addressed at the start of quoted words ("‘Peter, I need
    // you to ...’").
    let k = words.iter().rposition(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        bare.starts_with(char::is_uppercase)
            && bare.chars().skip(1).any(char::is_lowercase)
            && !w.starts_with(['“', '"', '‘', '\''])
            && list.binary_search(&bare.lower().as_str()).is_ok()
    })?;
    // "introduced by Senator Ada Kamara, Senator Bo Lin and others": one
    // of several named together is none of them.
    let together = words[k + 1..]
        .iter()
        .take(8)
        .take_while(|w| !w.ends_with(['.', '?', '!']))
        .any(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic());
            lexicon::is_role_title(bare) || is_honorific(bare)
        });
    if together {
        return None;
    }
    let given = words[k].trim_matches(|c: char| !c.is_alphabetic());
    // "Tomas Ek, has": the surname before its comma.
    let surname = words
        .get(k + 1)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .filter(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    Some(classify(
        &match surname {
            Some(s) if words[k] == given => format!("{given} {s}"),
            _ => given.to_string(),
        },
        None,
    ))
}

fn given_name_gender(name: &str) -> Option<Gender> {
    // "Detective Sergeant Nadia Rahman": the given name after the titles.
    let words: Vec<&str> = name.split_whitespace().collect();
    let k = words
        .iter()
        .position(|w| !(lexicon::is_role_title(w) || is_honorific(w)))?;
    if k + 1 >= words.len() {
        return None;
    }
    let given = words[k].lower();
    let given: &str = &given;
    if lexicon::MALE_GIVEN_NAMES.binary_search(&given).is_ok() {
        Some(Gender::Male)
    } else if lexicon::FEMALE_GIVEN_NAMES.binary_search(&given).is_ok() {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Remembers who was last named, so "He went on to say" finds its speaker.
#[derive(Debug, Default)]
pub(crate) struct Attribution<'d> {
    /// Whether the text being read is followed by another paragraph of the
    /// same chronology entry.
    continued: bool,
    /// Whether the text being read is one of a chronology entry's
    /// paragraphs, read one by one.
    paragraphs: bool,
    /// One-word subjects the document names in full elsewhere.
    in_full: NamedInFull<'d>,
    /// The people last named or quoted, most recent last, for "he" and "she".
    recent: Vec<Speaker>,
    /// The body last quoted or last opening a sentence, for an "it" that
    /// nothing nearer stands for.
    body: Option<Speaker>,
    /// Whether a person is "he" or "she", as the text has shown.
    genders: Vec<(String, Gender)>,
    /// The full names of the people named so far ("Francis Parisi"), so
    /// that "Parisi" alone is known for a person, most recent last.
    people: Vec<String>,
    /// A quotation a paragraph opened and did not close, which the next
    /// paragraph may carry on by opening again (the news convention for a
    /// quotation over several paragraphs).
    dangling: Option<Dangling>,
    /// The speaker of the quotation a body paragraph ended with, for a next
    /// paragraph that opens with a quotation and names nobody.
    carry: Option<Speaker>,
    /// The person the last sentence of a body paragraph without quotations
    /// is about, for a next paragraph that opens with first-person words.
    described: Option<Speaker>,
    /// Where the paragraph being read last says "he", "she", "his" or "her".
    last_pronoun: Option<usize>,
    /// Whose turn it is in a transcript or a parliamentary record, as the
    /// label of the last turn says ("Ms Okafor:", "The Minister for
    /// Housing (Mr Tom Reyes):"): the "I" of the paragraphs after it.
    turn: Option<Speaker>,
    /// The one author the byline names: the "I" of the narrative when no
    /// turn of a transcript is open ("As I wrote in these pages in 2019").
    author: Option<Speaker>,
    /// Where the paragraph being read starts its own words: past a turn's
    /// label, which is no sentence of its narrative.
    opening: usize,
    /// Whether the paragraph being read may open with a turn's label: a
    /// paragraph of text in a transcript.
    labels: bool,
    /// The names initials labels ("JB:") were found to stand for, looked up
    /// in the whole document once per label.
    initials: std::collections::HashMap<String, Option<String>>,
    /// Whether the document writes a word a line broke at a hyphen
    /// ("De-partment") whole, looked up once per word.
    unbroken: std::collections::HashMap<String, bool>,
}

/// What [`Attribution`] knows of the people a text is about.
struct Narrative {
    recent: Vec<Speaker>,
    people: Vec<String>,
    carry: Option<Speaker>,
    described: Option<Speaker>,
}

/// The part of a quotation before a paragraph break that left it open.
#[derive(Debug)]
struct Dangling {
    /// Its mark, which the next paragraph opens with to carry it on.
    mark: char,
    /// The words so far.
    text: String,
    /// The source byte of its opening mark.
    start: usize,
    /// Its index in the stray marks, where it stands until carried on.
    stray: usize,
    /// The source byte where the paragraph that left it open ends.
    end: usize,
    context: Context,
    role: QuoteRole,
    speaker: Option<Speaker>,
    cue: Option<String>,
}

impl Dangling {
    /// Never carried on: a quotation that runs to the end of the paragraph
    /// that opened it, its mark still reported as a stray.
    fn unclosed(self, source: &Source<'_>) -> Quotation {
        Quotation {
            text: self.text,
            marks: Marks::Unclosed,
            speaker: self.speaker,
            cue: self.cue,
            role: self.role,
            context: self.context,
            nested_in: None,
            span: source.span(self.start, self.end),
        }
    }
}

impl Attribution<'_> {
    /// Forgets the last named person (at a chronology entry, say, which names its own).
    /// The speaker whose turn it is goes on: a statement's dated paragraphs
    /// are still its maker's.
    pub fn reset(&mut self) {
        self.recent.clear();
        self.body = None;
        self.labels = false;
    }

    /// Who the text is about so far, set aside while an aside (the notes at
    /// a page's foot) is read, and given back with [`Attribution::resume`].
    fn narrative(&mut self) -> Narrative {
        Narrative {
            recent: std::mem::take(&mut self.recent),
            people: std::mem::take(&mut self.people),
            carry: self.carry.take(),
            described: self.described.take(),
        }
    }

    fn resume(&mut self, narrative: Narrative) {
        self.recent = narrative.recent;
        self.people = narrative.people;
        self.carry = narrative.carry;
        self.described = narrative.described;
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
        let text: &str = &plain.text;
        self.last_pronoun = last_pronoun(text);
        self.opening = 0;
        if context == Context::Body && self.labels {
            if let Some((turn, end)) = self.turn_label(text) {
                // "NELL FAIRBAIRN:" then "FAIRBAIRN:": the full name known.
                if turn.kind == SpeakerKind::Person {
                    self.know(&turn.name);
                }
                self.turn = Some(turn);
                self.opening = end;
            }
        }
        let (pairs, unmatched) = pair_marks(text);
        let span = |a: usize, b: usize| {
            let (start, end) = plain.source_range(a, b);
            source.span(start, end)
        };
        // The quotation the paragraph before left open goes on here when
        // this paragraph opens with the same mark.
        let first = text.len() - text.trim_start().len();
        let carried = match self.dangling.take() {
            Some(d) if d.context == context && text[first..].starts_with(d.mark) => Some(d),
            Some(d) => {
                quotations.push(d.unclosed(source));
                None
            }
            None => None,
        };
        // This paragraph's last mark opens a quotation it never closes.
        let dangling_at = match unmatched.last() {
            Some(&(at, c, MarkRole::Open))
                if matches!(c, '“' | '"' | '‘')
                    // Quotations after the mark are inside it ("“I asked him
                    // why, and he said, ‘Miss Q, nobody’s going to notice.’").
                    && pairs.iter().all(|p| p.close < at || p.open > at)
                    && !text[at + c.len_utf8()..].trim().is_empty() =>
            {
                Some((at, c))
            }
            _ => None,
        };
        // The quotation the paragraph leaves open, as if it closed where
        // the paragraph ends.
        let left_open = dangling_at.map(|(at, c)| Pair {
            open: at,
            open_mark: c,
            close: text.len(),
            close_mark: c,
            parent: None,
            unclosed: true,
        });
        let strays_before = strays.len();
        for &(at, c, role) in &unmatched {
            strays.push(StrayMark {
                mark: c.to_string(),
                role,
                span: span(at, at + c.len_utf8()),
            });
        }
        let mut before: Option<Before> = None;
        // Carried on by this paragraph's first quotation, the open mark
        // before the break is no stray.
        let reopened = dangling_at.is_some_and(|(at, _)| at == first);
        let (continues, carried) = match carried {
            Some(old) if !reopened && pairs.first().is_some_and(|p| p.open == first) => {
                (Some(old), None)
            }
            Some(old) if !reopened => {
                quotations.push(old.unclosed(source));
                (None, None)
            }
            carried => (None, carried),
        };
        let mut own_strays = strays_before;
        if let Some(old) = &continues {
            strays.remove(old.stray);
            own_strays -= 1;
        }
        let base = quotations.len();
        // A body paragraph, or a later paragraph of one chronology entry,
        // goes on from the paragraph before.
        let flowing = context == Context::Body || self.paragraphs;
        let carried_speaker = self.carry.take().filter(|_| flowing);
        let described = self.described.take().filter(|_| flowing);
        // The last quotation with a speaker: where it ends, who, which cue.
        let mut said: Option<(usize, Speaker, Option<String>)> = None;
        // Where the narrative was last followed up to: the end of the last
        // outer quotation.
        let mut narrative = self.opening;
        for (k, pair) in pairs.iter().enumerate() {
            let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
            // Francis "Frankie" Parisi: a nickname is part of the narrative's name.
            let nickname = pair.open > 0
                && text[..pair.open].ends_with(' ')
                && text[pair.open..]
                    .split_whitespace()
                    .next()
                    .is_some_and(is_nickname)
                && text[..pair.open - 1].ends_with(|c: char| c.is_alphabetic())
                && text[pair.close + pair.close_mark.len_utf8()..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
            if pair.parent.is_none() && pair.open >= narrative && !nickname {
                self.follow(text, narrative, pair.open);
                narrative = pair.close;
            }
            // A quotation inside the one the paragraph leaves open is
            // nested in it, whose speaker is not known yet.
            let open_around = left_open
                .as_ref()
                .filter(|open| pair.parent.is_none() && pair.open > open.open);
            let (mut speaker, mut cue) = match pair.parent {
                None if open_around.is_some() => {
                    self.nested(text, pair, open_around.unwrap_or(pair), None)
                }
                None => self.attribute(text, pair, &pairs, &mut before),
                Some(parent) => {
                    let outer = quotations
                        .get(base + parent)
                        .and_then(|q| q.speaker.clone());
                    self.nested(text, pair, &pairs[parent], outer.as_ref())
                }
            };
            // A paragraph that opens with a quotation nobody is named for,
            // after one that ended with a quotation and its speaker: the
            // same speaker goes on (news style).
            if k == 0 && pair.open == first && speaker.is_none() && states(inner) {
                speaker = opening_speaker(inner, &carried_speaker, &described);
            }
            // “...,” and warned that “...”: a second verb of the same subject;
            // “...,” and adds, “...”: a verb with no subject of its own has
            // the one before, whatever the clause's words were read as.
            if pair.parent.is_none() {
                if let (Some(verb), Some((end, who, _))) = (&cue, &said) {
                    let between = text.get(*end..pair.open);
                    if (speaker.is_none() && between.is_some_and(|b| same_subject(b, verb)))
                        || between.is_some_and(|b| no_subject(b, verb))
                    {
                        speaker = Some(who.clone());
                    }
                }
            }
            // Not past a cue of its own ("“...,” she wrote", a "she" nobody
            // fits): its speaker is that cue's subject, whoever it is.
            if pair.parent.is_none() && speaker.is_none() && cue.is_none() {
                if let Some((_, who, how)) = said.as_ref().filter(|(end, _, how)| {
                    text.get(*end..pair.open)
                        .is_some_and(|b| goes_on(b, inner, how.as_deref()))
                }) {
                    speaker = Some(who.clone());
                    cue = how.clone();
                }
            }
            let speaker = self.in_full(speaker);
            if let (None, Some(who)) = (pair.parent, &speaker) {
                said = Some((
                    pair.close + pair.close_mark.len_utf8(),
                    who.clone(),
                    cue.clone(),
                ));
            }
            let mut quotation = Quotation {
                text: inner.trim().to_string(),
                marks: if pair.unclosed {
                    Marks::Unclosed
                } else {
                    marks(pair.open_mark, pair.close_mark)
                },
                role: quote_role(&text[..pair.open], inner, speaker.is_some(), cue.as_deref()),
                speaker,
                cue,
                context,
                nested_in: pair.parent.map(|p| base + p),
                span: span(pair.open, pair.close + pair.close_mark.len_utf8()),
            };
            if let Some(old) = continues.as_ref().filter(|_| k == 0) {
                // One quotation over a paragraph break: its words joined,
                // its span from the first opening mark, its speaker the
                // first paragraph's unless this one names another.
                quotation.text = format!("{} {}", old.text, quotation.text);
                quotation.span = source.span(old.start, quotation.span.end);
                if old.speaker.is_some() {
                    quotation.speaker = old.speaker.clone();
                    quotation.cue = old.cue.clone();
                }
                quotation.role = QuoteRole::Statement;
            }
            quotations.push(quotation);
        }
        if let (Some((at, c)), Some(open)) = (dangling_at, left_open.as_ref()) {
            // Read as if the quotation closed where the paragraph ends, so
            // that nothing after it is taken for an attribution.
            let closed = format!("{text}{c}");
            // The narrative before it is read as before any quotation.
            if at >= narrative {
                self.follow(text, narrative, at);
            }
            // Quotations nested in it were read first: the sentence state
            // they left lies after its opening mark.
            if before.is_some_and(|b| b.open > at) {
                before = None;
            }
            let (mut speaker, mut cue) = self.attribute(&closed, open, &pairs, &mut before);
            let alone = pairs.iter().all(|p| p.open > at);
            // Its words may end with a quotation they hold ("... notice.’").
            let words_end = text.trim_end().trim_end_matches(['’', '\'']);
            if speaker.is_none() && at == first && alone && states(&words_end[at..]) {
                speaker = opening_speaker(&text[at..], &carried_speaker, &described);
            }
            let words = text[at + c.len_utf8()..].trim();
            // “...,” adding: “...”: the subject of the words before.
            if let (Some(verb), Some((end, who, _))) = (&cue, &said) {
                if text.get(*end..at).is_some_and(|b| no_subject(b, verb)) {
                    speaker = Some(who.clone());
                }
            }
            if speaker.is_none() {
                if let Some((_, who, how)) = said.take().filter(|(end, _, how)| {
                    text.get(*end..at)
                        .is_some_and(|b| goes_on(b, words, how.as_deref()))
                }) {
                    speaker = Some(who);
                    cue = how;
                }
            }
            let speaker = self.in_full(speaker);
            let (start, end) = plain.source_range(at, text.trim_end().len());
            let mut dangling = Dangling {
                mark: c,
                text: words.to_string(),
                start,
                stray: own_strays + unmatched.len() - 1,
                end,
                context,
                role: quote_role(&text[..at], words, speaker.is_some(), cue.as_deref()),
                speaker,
                cue,
            };
            // A third paragraph of one quotation: the second opened it again
            // and left it open too.
            if let Some(old) = carried {
                dangling.text = format!("{} {}", old.text, dangling.text);
                dangling.start = old.start;
                dangling.role = QuoteRole::Statement;
                dangling.speaker = dangling.speaker.take().or(old.speaker);
                dangling.cue = dangling.cue.take().or(old.cue);
                strays.remove(old.stray);
                dangling.stray -= 1;
            }
            // Only a body paragraph, or an entry's paragraph before another
            // of the same entry, is carried on by the next one.
            if context == Context::Body || self.continued {
                self.dangling = Some(dangling);
            } else {
                quotations.push(dangling.unclosed(source));
            }
        } else if flowing {
            self.follow(text, narrative, text.len());
            self.remember_reporter(text, &pairs);
            // The paragraph ends with a quotation and its attribution.
            self.carry = said
                .filter(|(end, _, _)| text.len().saturating_sub(*end) <= 80)
                .map(|(_, who, _)| who);
            // "De la Cruz appealed to the holdouts directly." then a
            // paragraph that opens "“To our friends I say: ...": the person
            // the last sentence is about, for words in the first person.
            self.described = None;
            if pairs.is_empty() && text.trim_end().ends_with(['.', ':']) {
                let last = sentence_start(text, text.trim_end().len().saturating_sub(1));
                self.described = person_subject(&text[last..], &self.people, &mut self.in_full)
                    .filter(|s| s.kind == SpeakerKind::Person && !is_pronoun(&s.name))
                    .or_else(|| opens_described(&text[last..]));
                // "She then read from a statement ...:" introduces the
                // quotation the next paragraph opens with, first person or
                // not: its words are the subject's.
                if text.trim_end().ends_with(':') && self.carry.is_none() {
                    // "In her address the next day she spoke ...:": the main
                    // clause's subject, past an opening phrase.
                    let first = speaker::main_clause(&text[last..])
                        .unwrap_or(&text[last..])
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    let owner = words_owner(&text[last..]);
                    self.carry = owner.or_else(|| match pronoun_gender(first) {
                        Some(_) => self.person_for(first).map(|s| Speaker {
                            resolved_from: Some(first.to_string()),
                            ..s
                        }),
                        // "... has issued a short statement. It reads:": the
                        // document or the one whose it is.
                        None if first == "It" => self.resolve(first, text, last, &text[last..]),
                        // "Section 23(1) of the 2017 Act provides:": a
                        // provision's words follow.
                        // "In it, Ms Hale said:": whoever the sentence's
                        // subject is, when its cue ends it.
                        None => self.described.clone().or_else(|| {
                            let sentence = text[last..].trim_end();
                            let cue_ends = lexicon::last_cue(sentence)
                                .is_some_and(|(_, end)| sentence[end..].trim() == ":");
                            sentence_subject(sentence)
                                .map(|name| classify(&name, None))
                                .filter(|s| cue_ends || s.kind == SpeakerKind::Document)
                                .map(|s| self.in_full(Some(s.clone())).unwrap_or(s))
                        }),
                    });
                }
            }
        }
    }

    /// The speaker of a quotation inside another, when the outer one names
    /// it with a cue ("She told me, ‘We are close’"); nobody otherwise.
    fn nested(
        &mut self,
        text: &str,
        pair: &Pair,
        parent: &Pair,
        around: Option<&Speaker>,
    ) -> (Option<Speaker>, Option<String>) {
        let outer_speaker = around.map(|s| s.name.as_str());
        // The cue stands within a sentence or two of the quotation: the
        // words around it are read no further back, so that a quotation
        // holding thousands costs no more for each.
        let mut base =
            (parent.open + parent.open_mark.len_utf8()).max(pair.open.saturating_sub(NESTED_REACH));
        while !text.is_char_boundary(base) {
            base += 1;
        }
        let outer = &text[base..pair.open];
        let Some((start, end)) = lexicon::last_cue(outer) else {
            return (None, None);
        };
        let sentence = sentence_start(outer, start);
        // "She told me, ‘...’": at most an object pronoun between.
        let between = outer[end..].trim();
        // "said to me,", "say back,".
        // "told my staff,", "wrote in the log,": a short object or place
        // set off before the words.
        let object = matches!(
            between.trim_end_matches([',', ':']),
            "" | "me" | "us" | "him" | "her" | "them" | "you" | "to me" | "to us" | "back"
        ) || (between.ends_with([',', ':'])
            && between.split_whitespace().count() <= 4
            && between
                .split_whitespace()
                .next()
                .is_some_and(|w| OBJECT_OPENERS.contains(&w)));
        if !object || cue_class(&outer[start..end]) == cues::Class::Source {
            return (None, None);
        }
        // "He told me ‘never give up’," Tanaka said: a speaker never calls
        // himself "he".
        let lead = outer[sentence..start].trim();
        let lead_words: Vec<&str> = lead
            .split_whitespace()
            .skip_while(|w| matches!(*w, "And" | "But" | "So" | "and" | "but" | "so"))
            .collect();
        // "On the Monday I told my staff": past a phrase of time or place
        // that opens the sentence.
        let opener = lead_words
            .iter()
            .take(7)
            .position(|w| matches!(*w, "I" | "We"))
            .filter(|&k| {
                k > 0
                    && matches!(
                        lead_words[0],
                        "On" | "At" | "In" | "By" | "After" | "Before" | "Then"
                    )
                    && lead_words[1..k].iter().all(|w| !w.ends_with(['.', ';']))
            })
            .unwrap_or(0);
        let lead_words = joined_subject(&lead_words[opener..]);
        let first = lead_words.first().copied().unwrap_or("");
        // The subject's own words up to the cue: "I told her", "And I
        // always wanted to say back", "My mother used to say", not "I heard
        // him say", "I was told".
        let own = |from: usize| {
            lead_words.iter().skip(from).all(|w| {
                matches!(
                    *w,
                    "always"
                        | "once"
                        | "then"
                        | "just"
                        | "also"
                        | "never"
                        | "finally"
                        | "wanted"
                        | "used"
                        | "to"
                        | "would"
                )
            })
        };
        let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
        // "“I told her, ‘...’” she said": the "I" of the words around it
        // is their speaker; not for a term the speaker mentions ("I said
        // ‘open check,’").
        if matches!(first, "I" | "We") && own(1) && inner.split_whitespace().nth(2).is_some() {
            return match around {
                Some(s) => (
                    Some(Speaker {
                        resolved_from: Some(first.to_string()),
                        ..s.clone()
                    }),
                    Some(cue_name(&outer[start..end])),
                ),
                None => (None, None),
            };
        }
        // "My mother used to say to me, ‘...’", "My chemistry teacher said,
        // ‘...’": a relative of the speaker, or someone the speaker knows
        // by a role.
        if matches!(first, "My" | "Our" | "Her" | "His" | "Their") {
            let person = (1..lead_words.len().min(4)).find(|&k| {
                let noun = lead_words[k].lower();
                let singular = noun.strip_suffix('s').unwrap_or(&noun);
                let modifiers = lead_words[1..k]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase));
                modifiers
                    && own(k + 1)
                    && (RELATION_NOUNS.contains(&noun.as_str())
                        || RELATION_NOUNS.contains(&singular)
                        || (k > 1 && is_person_noun(&noun)))
            });
            if let Some(k) = person {
                let speaker = Speaker {
                    name: format!(
                        "{} {}",
                        first.to_lowercase(),
                        lead_words[1..=k].join(" ").to_lowercase()
                    ),
                    role: None,
                    kind: SpeakerKind::Person,
                    resolved_from: None,
                };
                return (Some(speaker), Some(cue_name(&outer[start..end])));
            }
        }
        // "The manager came down here and told us, ‘...’": someone the
        // speaker's story describes by a role.
        if matches!(first, "The" | "the") && lead_words.len() == 2 {
            let noun = lead_words[1].lower();
            if is_person_noun(&noun) || RELATION_NOUNS.contains(&noun.as_str()) {
                return (
                    Some(noun_phrase(lead_words)),
                    Some(cue_name(&outer[start..end])),
                );
            }
        }
        let lead = &lead_words.join(" ");
        // Inside words nobody is known to speak (a quotation left open
        // over paragraphs), a "he" is someone of the speaker's story.
        // "‘Darren rang me ... He said, “...”’": someone the outer words
        // name, before anyone named outside them; inside words nobody is
        // known to speak (a quotation left open over paragraphs), nobody
        // else.
        let speaker = if let Some(gender) = pronoun_gender(lead) {
            given_name_in(&outer[..sentence], gender)
                .or_else(|| story_antecedent(&outer[..sentence], gender))
                .or_else(|| {
                    outer_speaker
                        .is_some()
                        .then(|| self.person_except(lead, outer_speaker))
                        .flatten()
                })
                .map(|s| Speaker {
                    resolved_from: Some(lead.to_string()),
                    ..s
                })
        } else {
            // Only a name that is the whole subject ("Korhonen told me");
            // "My kids keep asking me" names nobody to quote.
            named_run(lead)
                .filter(|name| name.len() == lead.len() && !is_pronoun(name))
                .map(|name| classify(&name, None))
                .or_else(|| {
                    // "..., and twice the duty manager said, “...”": a
                    // person described by a role, the clause's subject.
                    let words = subject_words(lead);
                    let from = words
                        .iter()
                        .rposition(|w| matches!(*w, "the" | "The" | "a" | "A" | "an" | "An"))?;
                    let words = &words[from..];
                    let described = (2..=4).contains(&words.len())
                        && words[1..].iter().all(|w| w.starts_with(char::is_lowercase))
                        && is_person_noun(&words[words.len() - 1].lower());
                    described.then(|| noun_phrase(words))
                })
        };
        match speaker {
            Some(s) => (Some(s), Some(cue_name(&outer[start..end]))),
            None => (None, None),
        }
    }

    /// A person the paragraph reports without quoting after its last
    /// quotation ("Mr. Hoekstra later told NOS that ..."): the "he" of the
    /// quotations that follow is that person, not the last one quoted.
    fn remember_reporter(&mut self, text: &str, pairs: &[Pair]) {
        let from = pairs
            .iter()
            .filter(|p| p.parent.is_none())
            .map(|p| p.close + p.close_mark.len_utf8())
            .max()
            .unwrap_or(0)
            .max(self.opening);
        let Some((start, end)) = text.get(from..).and_then(last_cue) else {
            return;
        };
        let at = from + start;
        let sentence = sentence_start(text, at).max(from);
        let mut speaker = self.subject(&text[sentence..at], &text[sentence..], text, sentence);
        // "... cost more than 1 billion euros, said Sophie Lindgren, a
        // defence analyst": the name after the cue.
        if speaker.is_none() {
            speaker = inverted_speaker(&text[from + start..from + end], &text[from + end..])
                .map(|name| classify(&name, None))
                .filter(|s| s.kind == SpeakerKind::Person);
        }
        // "Lindgren also noted that": the full name given before.
        if let Some(s) = speaker.as_mut().filter(|s| !s.name.contains(' ')) {
            if let Some(full) = full_name(&self.people, &s.name) {
                s.name = full.clone();
            }
        }
        // A full name or a titled one ("Mr. Hoekstra"): a lone capitalized
        // word ("Iran") is as often a country as a person.
        let named = |s: &Speaker| s.name.contains(' ') || s.role.is_some();
        if speaker
            .as_ref()
            .is_some_and(|s| s.kind == SpeakerKind::Person && s.resolved_from.is_none() && named(s))
        {
            self.remember(&speaker);
        }
    }

    fn attribute(
        &mut self,
        text: &str,
        pair: &Pair,
        pairs: &[Pair],
        before: &mut Option<Before>,
    ) -> (Option<Speaker>, Option<String>) {
        let (speaker, cue) = self.attribute_in_sentence(text, pair, pairs, before);
        let speaker = speaker.map(|s| past_possessor(s, &text[..pair.open]));
        // "Foreign Minister Penny Wong travelled to Beijing. “...,” the
        // minister said": the one the text last named with that title.
        match speaker.as_ref().and_then(|s| self.named_role(s)) {
            Some(named) => {
                let named = Some(named);
                self.remember(&named);
                (named, cue)
            }
            None => (speaker, cue),
        }
    }

    /// The person last named, when the title a definite role names ("the
    /// minister", "the senator") is theirs.
    fn named_role(&self, speaker: &Speaker) -> Option<Speaker> {
        // "the minister", or "Minister" as "the Minister" is read.
        let noun = speaker
            .name
            .strip_prefix("the ")
            .or_else(|| speaker.name.strip_prefix("The "))
            .or_else(|| {
                (speaker.role.is_none() && speaker.resolved_from.is_none())
                    .then_some(speaker.name.as_str())
            })?;
        if noun.contains(' ') || ROLE_NOUNS.binary_search(&noun.lower().as_str()).is_err() {
            return None;
        }
        // One of the last few people named, the latest with that title:
        // the title remembered with the name, or written before it in the
        // document ("the Health Minister, Clare Hallinan"). Further back, a
        // person with that title may not be the one meant ("Vice Minister
        // Park ... said"; pages on, "the minister said" of another).
        // (The role itself may be remembered already.)
        let document = self.in_full.document();
        self.recent
            .iter()
            .rev()
            .filter(|s| s.name != speaker.name && s.name != noun)
            .take(NAMED_ROLE_REACH)
            .filter(|s| s.kind == SpeakerKind::Person)
            .find(|s| {
                s.role.as_deref().is_some_and(|r| {
                    let words: Vec<&str> = r.split_whitespace().collect();
                    holds_title(&words, noun)
                }) || titled_before(document, &s.name, noun)
            })
            .map(|s| Speaker {
                resolved_from: Some(speaker.name.clone()),
                ..s.clone()
            })
    }

    fn attribute_in_sentence(
        &mut self,
        text: &str,
        pair: &Pair,
        pairs: &[Pair],
        before: &mut Option<Before>,
    ) -> (Option<Speaker>, Option<String>) {
        // The sentence and its last cue carry on from the quotation before
        // when no sentence ends between them: each byte is read once, however
        // many quotations a sentence holds.
        // No sentence ends between the start found for the quotation before
        // and its opening mark; so only what lies after that mark is read.
        // A turn's label is no part of its first sentence.
        let floor = lookback_floor(text, pair.open).max(self.opening.min(pair.open));
        let mut sentence = match *before {
            Some(b) => sentence_end_after(text, pair.open, b.open.max(floor))
                .unwrap_or(b.sentence.max(floor)),
            None => sentence_start(text, pair.open).max(floor),
        };
        // "“... is predictability. Not affection, not lectures,” Quek said,
        // adding that “...”": a full stop inside an earlier quotation ends
        // no sentence of the text around it.
        let opened = pairs.partition_point(|p| p.open < sentence);
        if let Some(inside) = pairs[..opened]
            .iter()
            .rev()
            .take(4)
            .find(|p| p.parent.is_none() && sentence <= p.close && p.close < pair.open)
        {
            sentence = match *before {
                Some(b) if b.open == inside.open => b.sentence.max(floor),
                _ => sentence_start(text, inside.open).max(floor),
            };
        }
        let (scan_from, mut last_cue) = match *before {
            Some(b) if b.open >= sentence => {
                (b.open, b.cue.filter(|&(start, _)| start >= sentence))
            }
            _ => (sentence, None),
        };
        // Earlier quotations of the sentence are not read for cues: the text
        // between them is.
        let first = pairs.partition_point(|p| p.open < scan_from);
        let last = pairs.partition_point(|p| p.open < pair.open);
        let masked: Vec<(usize, usize)> = pairs[first..last]
            .iter()
            .filter(|p| p.parent.is_none() && p.close < pair.open)
            .map(|p| (p.open, p.close + p.close_mark.len_utf8()))
            .collect();
        let mut from = scan_from;
        for &(a, b) in masked.iter().chain([(pair.open, pair.open)].iter()) {
            if a > from {
                if let Some((start, end)) = lexicon::last_cue(&text[from..a]) {
                    last_cue = Some((from + start, from + end));
                }
            }
            from = from.max(b);
        }
        // Only where no cue follows the quotation ("Social media posts
        // “should not be trusted”, the regulator warned").
        if last_cue.is_none() {
            let lead = &text[sentence..pair.open];
            last_cue = verb_before_quotation(lead)
                .or_else(|| call_before_quotation(lead))
                .or_else(|| finding_after_time(lead))
                .filter(|_| after_quote(&text[pair.close + pair.close_mark.len_utf8()..]).is_none())
                .map(|(a, b)| (sentence + a, sentence + b));
        }
        *before = Some(Before {
            open: pair.open,
            sentence,
            cue: last_cue,
        });
        let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
        if so_called(&text[..pair.open])
            || inscription(&text[..pair.open])
            || is_named_term(&text[..pair.open], inner)
            || names_a_thing(inner, &text[pair.close + pair.close_mark.len_utf8()..])
            || term_like(inner)
                && defines_term(
                    &text[..pair.open],
                    &text[pair.close + pair.close_mark.len_utf8()..],
                )
        {
            return (None, None);
        }
        // "argues that the ‘white-hull turn’ has": a term that the reported
        // clause goes on past, not the cue's object ("says that talks have
        // reached a "dead end" and").
        let goes_past = text[pair.close + pair.close_mark.len_utf8()..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(&w)
                    && !matches!(w, "and" | "or" | "but" | "rather" | "as" | "than")
            });
        // "a plaque bearing Dr Tulloch’s words: “...”": the words of the one
        // whose words they are said to be.
        // "Critics called his promise “a fantasy”", "said Baker’s pledge
        // “was reckless”": a possessive right after the cue is its object,
        // and the words are the cue's subject's.
        let cue_object = last_cue.is_some_and(|(_, end)| {
            text.get(end..pair.open)
                .and_then(|between| between.split_whitespace().next())
                .is_some_and(|w| matches!(w, "his" | "her" | "their" | "its") || is_possessive(w))
        });
        if let Some(name) = words_of(&text[..pair.open], cue_object) {
            let speaker = classify(&name, None);
            self.remember(&Some(speaker.clone()));
            return (Some(speaker), None);
        }
        // "he accepts that his assurance “Nobody ... unsafe water” had no
        // basis": words a possessive and a noun of speech give as someone's.
        if let Some(pronoun) = possessive_speech(&text[sentence..pair.open]).filter(|_| !cue_object)
        {
            if let Some(speaker) = self
                .resolve(pronoun, text, sentence, &text[sentence..])
                .filter(|s| s.kind == SpeakerKind::Person)
            {
                return (Some(speaker), None);
            }
        }
        // "Korvenko’s “within weeks” was on 24 June": the words of a person
        // named in full before, quoted as theirs.
        if last_cue.is_none()
            && !names_something(inner)
            && inner.split_whitespace().nth(1).is_some()
        {
            let word = last_word(&text[..pair.open]);
            let name = crate::text::without_possessive(word);
            if name.len() < word.len() && name.starts_with(char::is_uppercase) {
                if let Some(full) = full_name(&self.people, name) {
                    let speaker = classify(full, None);
                    if speaker.kind == SpeakerKind::Person {
                        self.remember(&Some(speaker.clone()));
                        return (Some(speaker), None);
                    }
                }
            }
        }
        let term =
            short_after_determiner(&text[..pair.open], inner) && (last_cue.is_none() || goes_past);
        if term {
            return (None, None);
        }
        let Some((cue_start, cue_end)) = last_cue else {
            // "the paper carries a warning from the Association of
            // Retirement Savers that any cut would be ‘...’": the sender.
            if let Some(source) = as_made_clear(&text[sentence..pair.open]) {
                self.remember(&Some(source.clone()));
                return (Some(source), Some("made clear".to_string()));
            }
            if let Some(source) = message_from(&text[sentence..pair.open]) {
                self.remember(&Some(source.clone()));
                return (Some(source), None);
            }
            return self.after(text, pair, sentence);
        };
        // Earlier quotations of the sentence are masked so their words are not cues.
        let mut prefix: String = text[sentence..pair.open].to_string();
        let first = pairs.partition_point(|p| p.open < sentence);
        for other in pairs[first..last]
            .iter()
            .filter(|p| p.parent.is_none() && p.close < pair.open)
        {
            let (a, b) = (
                other.open - sentence,
                other.close + other.close_mark.len_utf8() - sentence,
            );
            prefix.replace_range(a..b, &mask(b - a));
        }
        mask_date_commas(&mut prefix);
        let (mut start, mut end) = (cue_start - sentence, cue_end - sentence);
        // "He added, and I think this is the most honest sentence anyone
        // has written to me, “...”", "she said, and I quote, “...”": a
        // cue in the writer's aside after the cue is not the one that
        // introduces the words.
        // "He said to me, and I wrote it down, “...”", "I said in my
        // evidence, and I'll say it again, “...”": past a few words after
        // the cue. (The sentence is read for an earlier cue only when it
        // holds such an aside at all: most do not, and a long one costs.)
        const ASIDES: [&str; 5] = [
            ", and I ",
            ", and I'",
            ", and we ",
            ", I ",
            ", and this is ",
        ];
        let opens_aside = |p: &str| {
            let p = p.replace('’', "'");
            ASIDES.iter().any(|o| p.starts_with(o))
        };
        let may_aside = [", and I", ", and we ", ", I ", ", and this is "]
            .iter()
            .any(|o| prefix.contains(o));
        if let Some((a, b)) = may_aside
            .then(|| lexicon::last_cue(&prefix[..start]))
            .flatten()
        {
            let after = &prefix[b..];
            let aside = after
                .match_indices(", ")
                .map(|(at, _)| &after[at..])
                .find(|p| opens_aside(p))
                .filter(|p| {
                    after.len() - p.len() <= 24
                        && !after[..after.len() - p.len()].contains(['.', ';', '“', '"'])
                });
            if aside.is_some_and(|p| p.trim_end().ends_with(',') && start >= prefix.len() - p.len())
            {
                (start, end) = (a, b);
            }
        }
        if let Some(earlier) = cue_before_dashed_aside(&prefix, start, end) {
            (start, end) = earlier;
        }
        if let Some((source, at)) = opening_according(&prefix, start) {
            self.remember(&Some(source.clone()));
            let cue = prefix[at..at + "According to".len()].to_string();
            return (Some(source), Some(cue));
        }
        // "the vessels Japan had promised were “...”", "what Beijing calls
        // Xianbin Jiao, and that ... “...”": a cue whose clause ends before
        // the quotation does not introduce it; an earlier one may.
        while !governs(&prefix[end..]) {
            match lexicon::last_cue(&prefix[..start]) {
                Some((a, b)) => (start, end) = (a, b),
                None => return self.after(text, pair, sentence),
            }
        }
        // "In the words of the act, the Secretary must maintain “...”": a
        // source the sentence opens with speaks the words a stance verb
        // after a modal takes as its object.
        let opening_source = ["According to ", "In the words of "]
            .iter()
            .find(|p| prefix.starts_with(*p))
            .map(|p| p.len());
        // Only a verb after a modal ("must maintain") is no report of its own.
        let modal = matches!(
            prefix[..start].trim_end().rsplit(' ').next(),
            Some("must" | "shall" | "should" | "may" | "will" | "would" | "can" | "could")
        );
        if let Some(len) = opening_source.filter(|&len| len <= start && modal) {
            if cue_class(&prefix[start..end]) == cues::Class::Stance {
                if let Some(found) = lexicon::last_cue(&prefix[..len]) {
                    (start, end) = found;
                }
            }
        }
        // "in the words of a fellow officer quoted in the book": a
        // participle that describes a noun introduces nothing; the cue
        // before it does.
        let described = prefix[end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "in" | "by" | "on" | "at"));
        if matches!(&prefix[start..end], "quoted" | "cited") && described {
            let auxiliary = prefix[..start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being"));
            if !auxiliary {
                if let Some(earlier) = lexicon::last_cue(&prefix[..start]) {
                    (start, end) = earlier;
                }
            }
        }
        let cue = cue_name(&prefix[start..end]);
        // "dubbed “Operation Sunrise”": a name given, which nobody says; "calls
        // the music “a passing fever”" is the caller's judgement.
        // "called it “a step”, “a start” and “a chance”": the terms of a
        // list after one object are names given too.
        let object_words = prefix[end..]
            .split(['\u{1}', ','])
            .flat_map(str::split_whitespace)
            .filter(|w| !matches!(*w, "and" | "or"))
            .count();
        // "called it “a statement of fact.”": words that end a sentence are
        // the caller's judgement, not a name.
        // "what one procurement official called “paper factories”": the
        // words of the one named between "what" and the verb; not "what is
        // sometimes called".
        let what_subject =
            prefix[..start]
                .trim_end()
                .rsplit_once("what ")
                .is_some_and(|(_, subject)| {
                    let words: Vec<&str> = subject.split_whitespace().collect();
                    (2..=5).contains(&words.len())
                        && (is_determiner(words[0]) || words[0].eq_ignore_ascii_case("one"))
                        && !words.iter().any(|w| {
                            matches!(
                                *w,
                                "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have"
                            )
                        })
                });
        if names_a_term(&cue)
            && !what_subject
            && !judgement(inner)
            && inner.split_whitespace().count() <= 4
            && (inner.starts_with(char::is_uppercase) || object_words <= 1)
            && (!inner.trim_end().ends_with(['.', '!', '?']) || names_something(inner))
        {
            return (None, None);
        }
        // "The report found that the agency had “no reliable data”": what a
        // finding quotes is the finder's. But "has found that country's
        // protection to be adequate, if it has “...”", "found that the
        // authority ignored its own “sediment budget”": a few words past a
        // clause the finding does not reach, or a thing's name, are someone
        // else's wording.
        if matches!(cue.as_str(), "find" | "finds" | "found" | "finding")
            && (prefix[end..].contains(',') || short_after_determiner(&prefix[end..], inner))
            && inner.split_whitespace().count() <= 4
            && !inner.trim_end().ends_with(['.', '!', '?', ','])
        {
            return (None, None);
        }
        // "he tells the paper’s political editor, adding that the memo
        // ‘...’": a participle set off by a comma has the subject of the
        // cue before it, not that cue's object.
        let participle = cue.ends_with("ing") && prefix[..start].trim_end().ends_with(',');
        // "When the minister said ..., Jane Hollis walked out, saying": the
        // cue of a clause that opens on a subordinator is not the main one.
        let subordinate = prefix
            .split_whitespace()
            .next()
            .is_some_and(|w| SUBORDINATORS.contains(&w.lower().as_str()));
        let earlier = participle
            .then(|| lexicon::last_cue(&prefix[..start]))
            .flatten()
            .filter(|&(a, b)| {
                matches!(
                    prefix[a..b].split(' ').next().unwrap_or(""),
                    "tells"
                        | "told"
                        | "tell"
                        | "assured"
                        | "assures"
                        | "reminded"
                        | "reminds"
                        | "informed"
                        | "informs"
                        | "said"
                        | "says"
                ) && !subordinate
            })
            .and_then(|earlier| self.cue_speaker(&prefix, earlier, text, pair, sentence));
        let mut speaker =
            earlier.or_else(|| self.cue_speaker(&prefix, (start, end), text, pair, sentence));
        // "Its chair, Sir Geoffrey Lyle, said the inquiry would ask ‘...’":
        // when the nearest cue names nobody, the one before it may.
        if speaker.is_none() {
            if let Some(earlier) = lexicon::last_cue(&prefix[..start]) {
                speaker = self.cue_speaker(&prefix, earlier, text, pair, sentence);
            }
        }
        // "The crew called the captain a “gentle giant”": a name given by
        // nobody the text names is a term.
        if speaker.is_none() && names_a_term(&cue) {
            return (None, None);
        }
        // "What they're saying: “...,” CEO Tobias Lindqvist wrote": a cue
        // whose subject is nobody gives way to one after the quotation.
        // Only where the quotation breaks off for it, a comma before or
        // after its closing mark, and the speaker is a name or a role.
        let breaks_off = inner.split_whitespace().nth(2).is_some()
            && inner.trim_end().ends_with(',')
            || text[pair.close + pair.close_mark.len_utf8()..].starts_with(',');
        let nobody = speaker.as_ref().is_none_or(|s| names_nobody(&s.name));
        if nobody && breaks_off {
            let recent = self.recent.clone();
            let after = self.after(text, pair, sentence);
            if after.1.is_some()
                && after
                    .0
                    .as_ref()
                    .is_some_and(|s| !s.name.split(' ').any(is_pronoun))
            {
                return after;
            }
            self.recent = recent;
        }
        let speaker = definite_body(
            member_of_group(speaker, &text[..pair.open]),
            &text[..pair.open],
        );
        self.remember(&speaker);
        (speaker, Some(cue))
    }

    /// The speaker of the cue at `start..end` of `prefix` (the sentence up
    /// to the quotation, earlier quotations masked).
    fn cue_speaker(
        &self,
        prefix: &str,
        (start, end): (usize, usize),
        text: &str,
        pair: &Pair,
        sentence: usize,
    ) -> Option<Speaker> {
        let cue = &cue_name(&prefix[start..end]);
        if cue_class(cue) == cues::Class::Source {
            return source_speaker(cue, &prefix[end..]);
        }
        if let Some(main) = opening_phrase_speaker(&prefix[..start], cue, text, pair) {
            return Some(main);
        }
        // "describe Takeshima, known in Korea as Dokdo, as": a verb that
        // names its object before "as" has that object after it.
        let names_object = [
            "describ",
            "call",
            "label",
            "dub",
            "term",
            "brand",
            "character",
        ]
        .iter()
        .any(|v| cue.starts_with(v));
        if let Some(name) = inverted_speaker(cue, &prefix[end..]).filter(|_| !names_object) {
            return Some(classify(&name, None));
        }
        // "was rejected by the council as": the agent of a passive.
        let passive = prefix[..start]
            .split_whitespace()
            .rev()
            .find(|w| !(w.ends_with("ly") || matches!(*w, "later" | "then" | "also" | "since")))
            .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are"));
        // "the Action Plan, described in the final declaration as": a
        // participle set off by a comma is a passive too, and a document it
        // is found in is its agent.
        let reduced = prefix[..start].trim_end().ends_with(',') && cue.ends_with("ed");
        let after = prefix[end..].trim_start();
        let agent = after.strip_prefix("by ").or_else(|| {
            after.strip_prefix("in ").filter(|rest| {
                let phrase = rest.split(" as ").next().unwrap_or("");
                rest.contains(" as ")
                    && phrase.split_whitespace().count() <= 5
                    && phrase
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| DOCUMENT_WORDS.contains(&w.lower().as_str()))
            })
        });
        // "a policy summed up by its first prime minister, Sir Iosefa
        // Talemaka, in the phrase": a participle after a common noun, not a
        // verb after its subject ("she replied by text message", "Ana Ruiz
        // replied by Twitter"), and an agent the words are then given for
        // ("as", "in the phrase"): not "A review ordered by Health Secretary
        // Ana Ruiz in March found “...”".
        let after_noun = prefix[..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !is_pronoun(w)
                    && !w.ends_with("ly")
                    && !matches!(w, "and" | "but" | "or" | "then" | "also")
            });
        let given = [" as ", " phrase", " words"]
            .iter()
            .any(|p| after.contains(p));
        let participle_by = cue.split(' ').next().is_some_and(|w| w.ends_with("ed"))
            && after.starts_with("by ")
            && !after.starts_with("by way of ")
            && after_noun
            && given
            && !after.trim_end().ends_with('(');
        if let Some(agent) = agent.filter(|_| passive || reduced || participle_by) {
            // "by its first prime minister, Sir Iosefa Talemaka, in": the
            // person the role is set beside.
            let mut parts = agent.split([',', ';', '\u{1}']);
            let role = parts.next().unwrap_or("");
            if let Some(named) = parts
                .next()
                .filter(|_| agent[role.len()..].starts_with(','))
                .and_then(|p| speaker::named_run_with_end(p.trim_start()))
                .filter(|(name, end)| {
                    let rest = &agent[role.len() + 1..].trim_start()[*end..];
                    name.contains(' ') && (rest.is_empty() || rest.starts_with(','))
                })
                .filter(|_| {
                    // "its first prime minister", "the Minister for Transport":
                    // the noun before any "for" or "of".
                    let head = role.split(" for ").next().unwrap_or(role);
                    let head = head.split(" of ").next().unwrap_or(head);
                    head.split_whitespace()
                        .last()
                        .is_some_and(|w| is_person_noun(&w.lower()))
                })
                .map(|(name, _)| {
                    let words: Vec<&str> = role.split_whitespace().collect();
                    let bare = match words.first() {
                        Some(w) if is_determiner(w) => &words[1..],
                        _ => &words[..],
                    };
                    classify(&name, Some(bare.join(" ")))
                })
                .filter(|s| s.kind == SpeakerKind::Person)
            {
                return Some(named);
            }
            let phrase = role.split(" as ").next().unwrap_or(role);
            // "by Prime Minister Iosefa Talemaka in the phrase": the agent
            // ends where a phrase of place or time begins, not inside a name
            // ("the Institute for Fiscal Studies", "Council on Foreign
            // Relations"), where a capital follows the preposition.
            let all: Vec<&str> = phrase.split_whitespace().take(6).collect();
            let cut = (1..all.len())
                .find(|&k| {
                    matches!(
                        all[k],
                        "in" | "at" | "on" | "during" | "after" | "before" | "with" | "for"
                    ) && !all
                        .get(k + 1)
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
                .unwrap_or(all.len());
            let words = &all[..cut];
            if !words.is_empty() {
                return Some(described_speaker(words));
            }
        }
        // "The pledge was described as “...” by Pellonia's finance
        // minister, Jarek Sowa": the agent after the words.
        if passive && matches!(after.trim_end(), "as" | "") {
            let rest = &text[pair.close + pair.close_mark.len_utf8()..];
            let agent = rest
                .trim_start_matches(['.', ','])
                .strip_prefix(" by ")
                .filter(|a| {
                    // "by Monday night", "by 6 p.m.": when, not who.
                    let first = a.split_whitespace().next().unwrap_or("");
                    !first.starts_with(|c: char| c.is_ascii_digit())
                        && !is_when(first.trim_end_matches([',', '.']))
                        && !matches!(
                            first,
                            "then" | "now" | "midnight" | "noon" | "late" | "early"
                        )
                });
            if let Some(agent) = agent {
                let reach = crate::text::floor_boundary(agent, agent.len().min(160));
                let clause = agent[..reach]
                    .split(['.', ';', '“', '"', '\u{1}'])
                    .next()
                    .unwrap_or("");
                let mut parts = clause.split(", ");
                let role: Vec<&str> = parts
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .take(6)
                    .collect();
                let name = parts.next().and_then(named_run);
                match name {
                    Some(name) if name.split(' ').count() >= 2 && !role.is_empty() => {
                        return Some(classify(&name, Some(strip_article(&role.join(" ")))));
                    }
                    _ if !role.is_empty() && role.len() < 6 => {
                        return Some(described_speaker(&role));
                    }
                    _ => {}
                }
            }
        }
        let found = self.subject(&prefix[..start], &text[sentence..], text, sentence);
        // "telling reporters that the draft text asked her people “...”": a
        // document inside what someone says is their account of it, in
        // their words.
        let inner = found.as_ref().is_some_and(|s| {
            matches!(s.kind, SpeakerKind::Document | SpeakerKind::Organization)
                || matches!(s.resolved_from.as_deref(), Some("it" | "they"))
        });
        if inner {
            if let Some(outer) = self.outer_speaker(prefix, start, text, pair, sentence) {
                return Some(outer);
            }
        }
        found
    }

    /// The speaker of a cue of speech whose "that" opens the clause a cue
    /// at `start` stands in: "she walked out, telling reporters that".
    fn outer_speaker(
        &self,
        prefix: &str,
        start: usize,
        text: &str,
        pair: &Pair,
        sentence: usize,
    ) -> Option<Speaker> {
        // "Solberg says it will ask": with no object, "that" may be left out.
        let (a, b, object) = match prefix[..start].rfind_short(" that ") {
            Some(that) => {
                let (a, b) = lexicon::last_cue(&prefix[..that + 1])?;
                (a, b, &prefix[b..that])
            }
            None => {
                let (a, b) = lexicon::last_cue(&prefix[..start])?;
                (a, b, "")
            }
        };
        let clause = prefix[b + object.len()..start].trim_start();
        let clause = clause.strip_prefix("that ").unwrap_or(clause);
        if cue_class(&prefix[a..b]) != cues::Class::Speech
            || object.contains([',', ';', '\u{1}'])
            || object.split_whitespace().count() > 6
            // "said it so often that my board calls it": a result, not
            // what was said.
            || object.split_whitespace().any(|w| matches!(w, "so" | "such"))
            || clause.contains([',', ';', '\u{1}'])
            // "a press release that said": a relative "that" opens no clause.
            || !(1..=7).contains(&clause.split_whitespace().count())
        {
            return None;
        }
        self.cue_speaker(prefix, (a, b), text, pair, sentence)
    }

    /// The cue and speaker after a quotation ("…,” Kono said), when no cue
    /// stands before it.
    fn after(
        &mut self,
        text: &str,
        pair: &Pair,
        sentence: usize,
    ) -> (Option<Speaker>, Option<String>) {
        if let Some(credit) = credit_line(&text[pair.close + pair.close_mark.len_utf8()..]) {
            let result = (Some(credit), None);
            self.remember(&result.0);
            return result;
        }
        let rest = &text[pair.close + pair.close_mark.len_utf8()..];
        let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
        // "“We have not run out.” Rezende countered: “...”": a new sentence
        // whose cue ends in a colon introduces the quotation after it.
        let introduces_next = inner.trim_end().ends_with(['.', '!', '?']) && {
            let head = rest.trim_start();
            head.starts_with(char::is_uppercase)
                && head.find(':').is_some_and(|c| {
                    c <= 80
                        && !head[..c].contains(['.', '“', '"', '‘'])
                        && head[c + 1..].trim_start().starts_with(['“', '"', '‘'])
                })
        };
        // "“...” That was the verdict of Tobias Lindqvist": a quotation that
        // ends its sentence, given by the sentence after it.
        let ends_sentence =
            inner.trim_end().ends_with(['.', '!', '?']) || rest.starts_with(['.', '!', '?']);
        // "“... policy.” Sakaguchi said the two countries had learned":
        // after a full stop, a "said" with a clause of its own opens the
        // next sentence and reports something else.
        let reports_next = |(cue, name): &(String, String)| {
            if !(inner.trim_end().ends_with('.') && matches!(cue.as_str(), "said" | "says")) {
                return false;
            }
            let reach = crate::text::floor_boundary(rest, rest.len().min(200));
            let Some(at) = rest[..reach].find_short(name.as_str()) else {
                return false;
            };
            let tail = &rest[at + name.len()..];
            let tail = tail.trim_start().strip_prefix(cue.as_str()).unwrap_or("");
            let next = tail.split_whitespace().next().unwrap_or("");
            tail.starts_with(' ')
                && (matches!(
                    next,
                    "that"
                        | "the"
                        | "a"
                        | "an"
                        | "its"
                        | "they"
                        | "their"
                        | "he"
                        | "his"
                        | "she"
                        | "her"
                        | "we"
                        | "there"
                        | "this"
                        | "these"
                        | "those"
                ) || next.starts_with(char::is_uppercase)
                    && !is_when(next.trim_end_matches(['.', ','])))
        };
        let result = match after_quote(rest)
            .filter(|_| !introduces_next)
            .filter(|found| !reports_next(found))
            .or_else(|| ends_sentence.then(|| named_in_next(rest)).flatten())
        {
            Some((cue, name)) => {
                let words: Vec<&str> = name.split_whitespace().collect();
                let particle_name = words
                    .iter()
                    .find(|w| !NAME_PARTICLES.contains(w))
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
                // "said Ruiz’s spokesman": the possessor's, not the possessor
                // ("Marestan's Ministry of Foreign Affairs" is a name).
                let possessed = words.first().is_some_and(|w| is_possessive(w))
                    && words
                        .get(1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase));
                let speaker = if possessed
                    || name.starts_with(char::is_lowercase) && words.len() > 1 && !particle_name
                {
                    // "added the minister": a descriptive phrase, not a name;
                    // "the statement read": a document's.
                    Some(described_speaker(&words))
                } else {
                    self.resolve(&name, text, sentence, &text[sentence..])
                        .or_else(|| (!is_pronoun(&name)).then(|| classify(&name, None)))
                };
                // "“...,” she told Ramaswamy": not the one she tells.
                let addressee = |s: &Speaker| {
                    let surname = s.name.rsplit(' ').next().unwrap_or("");
                    let told = rest
                        .find_short(cue.as_str())
                        .map(|k| &rest[k + cue.len()..])
                        .and_then(|r| r.split_whitespace().next())
                        .map(|w| w.trim_end_matches([',', '.', ';']));
                    surname.len() > 1 && told == Some(surname)
                };
                let speaker = match speaker {
                    Some(s) if is_pronoun(&name) && addressee(&s) => {
                        let gender = pronoun_gender(&name.lower());
                        self.recent
                            .iter()
                            .rev()
                            .filter(|p| p.kind == SpeakerKind::Person && p.name != s.name)
                            .find(|p| self.gender(p).is_none_or(|g| Some(g) == gender))
                            .map(|p| Speaker {
                                resolved_from: Some(name.clone()),
                                ..p.clone()
                            })
                    }
                    other => other,
                };
                (speaker, Some(cue))
            }
            // A quotation that ends its sentence ('... information." His
            // lawyer says') is not the subject phrase's after it.
            None => match (!text[..pair.close].ends_with('.'))
                .then(|| phrase_then_cue(&text[pair.close + pair.close_mark.len_utf8()..]))
                .flatten()
            {
                Some((cue, AfterSubject::Name(name, role))) => {
                    (Some(classify(&name, role)), Some(cue))
                }
                Some((cue, AfterSubject::Phrase(speaker))) => (Some(speaker), Some(cue)),
                None => {
                    match according_to_after(&text[pair.close + pair.close_mark.len_utf8()..]) {
                        Some(speaker) => (Some(speaker), Some("according to".to_string())),
                        None => match self.own_verb(text, pair, sentence) {
                            (None, _) => (
                                self.before_colon(text, pair, sentence)
                                    .or_else(|| self.beat(text, pair, sentence)),
                                None,
                            ),
                            found => found,
                        },
                    }
                }
            },
        };
        let before = &text[..pair.open];
        let result = (
            definite_body(member_of_group(result.0, before), before),
            result.1,
        );
        self.remember(&result.0);
        result
    }

    /// "Tom Kowalczyk, the cooperative's president, has a different phrase
    /// for it: “...”": a sentence about a person that ends in a colon
    /// before the quotation gives it to that person.
    fn before_colon(&mut self, text: &str, pair: &Pair, sentence: usize) -> Option<Speaker> {
        let lead = speaker::past_list_marker(text[sentence..pair.open].trim_end());
        // "Vilhena’s response, that “...”": a reply's words, as after a colon.
        let (lead, colon) = match lead.strip_suffix(':') {
            Some(lead) => (lead, true),
            None => (
                [", that", " was that", " is that"]
                    .iter()
                    .find_map(|s| lead.strip_suffix(s))?,
                false,
            ),
        };
        let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
        if lead.len() > 320 || inner.split_whitespace().nth(3).is_none() {
            return None;
        }
        // "Let me repeat what I wrote in 2019:", "I put it to him plainly:":
        // the words of the text's "I", its author or the turn's speaker.
        if let Some(me) = self.turn.as_ref().or(self.author.as_ref()) {
            let clause = speaker::main_clause(lead).unwrap_or(lead);
            if colon && (clause.starts_with("I ") || clause.starts_with("Let me ")) {
                return Some(Speaker {
                    resolved_from: Some("I".to_string()),
                    ..me.clone()
                });
            }
        }
        if let Some(owner) = words_owner(lead) {
            return Some(owner);
        }
        // "Pryor’s response the next morning was crisp:": the one whose
        // reply it is.
        // "Two days later, the Department’s statement was more direct:": the
        // main clause's subject, past an opening phrase and an article.
        let clause = speaker::main_clause(lead).unwrap_or(lead);
        let clause = ["the ", "The "]
            .iter()
            .find_map(|a| clause.strip_prefix(a))
            .unwrap_or(clause);
        let mut words = clause.split_whitespace();
        if let (Some(owner), Some(noun)) = (words.next(), words.next()) {
            let name = owner
                .strip_suffix("’s")
                .or_else(|| owner.strip_suffix("'s"));
            let reply = REPLY_NOUNS.contains(&noun.trim_end_matches(','));
            if let Some(name) = name.filter(|n| n.starts_with(char::is_uppercase) && reply) {
                let mut owner = classify(name, None);
                // "the Treasury’s statement": a body's, unless the text has
                // named a person so.
                let document = matches!(noun.trim_end_matches(','), "statement" | "position");
                if document
                    && owner.kind == SpeakerKind::Person
                    && !name.contains(' ')
                    && full_name(&self.people, name).is_none()
                {
                    owner.kind = SpeakerKind::Organization;
                }
                return Some(owner);
            }
            // "Her answer was blunt:": the person "she" stands for.
            let pronoun = match owner {
                "His" => Some("he"),
                "Her" => Some("she"),
                _ => None,
            };
            if let Some(person) = pronoun.filter(|_| reply).and_then(|p| self.person_for(p)) {
                return Some(Speaker {
                    resolved_from: Some(owner.to_string()),
                    ..person
                });
            }
        }
        if !colon {
            return None;
        }
        // "Mayor Ada Kamara:", "Kamara:": a name alone before the colon, as
        // a table's cell or a transcript gives the words to their speaker.
        if let Some((name, end)) = speaker::named_run_with_end(lead.trim()) {
            // One word alone is a name only when the text has given it
            // ("Kamara:"), not a label ("Translation:", "Update:").
            let known = name.contains(' ')
                || full_name(&self.people, &name).is_some()
                || self.recent_by_surname(&name).is_some();
            // "Hedda Voss, president of Couriers United:", "Sen. Aurelio
            // Matsen (Liberal Reform), who chairs the committee:": a name
            // and what it is, as a digest sets its voices.
            let rest = lead.trim()[end..].trim_start();
            let appositive = rest.starts_with([',', '(']) && rest.len() <= 120;
            if (rest.is_empty() || appositive) && !is_pronoun(&name) && known {
                let named = classify(&name, None);
                if named.kind == SpeakerKind::Person {
                    return Some(match full_name(&self.people, &named.name) {
                        Some(full) if !named.name.contains(' ') => Speaker {
                            name: full.clone(),
                            ..named
                        },
                        _ => named,
                    });
                }
            }
        }
        // "She was direct about the plan:": the person "she" stands for.
        if let Some(pronoun) = lead
            .split_whitespace()
            .next()
            .filter(|w| matches!(*w, "He" | "She"))
        {
            return self
                .person_for(&pronoun.to_lowercase())
                .map(|person| Speaker {
                    resolved_from: Some(pronoun.to_string()),
                    ..person
                });
        }
        let clause = speaker::main_clause(lead).unwrap_or(lead).trim_start();
        // "The Service’s report quotes the lighthouse keeper, Fergus Innes:":
        // the one quoted.
        if let Some(at) = [" quotes ", " quoted ", " cites ", " cited "]
            .iter()
            .find_map(|v| clause.find_short(v).map(|k| k + v.len()))
        {
            let object = &clause[at..];
            return described_then_named(object).or_else(|| {
                let (name, end) = speaker::named_run_with_end(object)?;
                let named = classify(&name, None);
                (object[end..].trim().is_empty() && named.kind == SpeakerKind::Person)
                    .then_some(named)
            });
        }
        // "Ostrander Chemie's chief executive, Pieter Kalman, apologises
        // ...:": the name set beside the subject.
        if let Some(person) = described_then_named(clause) {
            return Some(person);
        }
        // "One of them, speaking to the authors, was blunt:": one of the
        // group named before.
        if let Some(rest) = clause.strip_prefix("One of them") {
            if rest.starts_with([',', ' ']) {
                let one = Speaker {
                    name: "one of them".to_string(),
                    role: None,
                    kind: SpeakerKind::UnnamedSource,
                    resolved_from: None,
                };
                return member_of_group(Some(one), &text[..sentence]);
            }
        }
        person_subject(lead, &self.people, &mut self.in_full)
            .filter(|s| !is_pronoun(&s.name))
            .or_else(|| opens_described(lead))
    }

    /// "She stopped at the end of the row and looked back at the hill.
    /// “They found nothing.”": words that make a sentence of their own with
    /// no cue, right after a sentence about a person, are that person's
    /// (the beats of a feature's narration). "Was he under pressure? “...”":
    /// the answer of the one a question asks about.
    fn beat(&mut self, text: &str, pair: &Pair, sentence: usize) -> Option<Speaker> {
        let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
        let after = text[pair.close + pair.close_mark.len_utf8()..].trim_start();
        let whole = inner.trim_end().ends_with(['.', '!', '?', '—', '-'])
            && (after.is_empty() || after.starts_with(char::is_uppercase));
        if !text[sentence..pair.open].trim().is_empty()
            || !whole
            || !inner.trim_start().starts_with(char::is_uppercase)
            || inner.split_whitespace().nth(2).is_none()
            || names_something(inner)
        {
            return None;
        }
        let lead = text[self.opening.min(sentence)..sentence].trim_end();
        if !lead.ends_with(['.', '!', '?']) {
            return None;
        }
        let last = lead[sentence_start(lead, lead.len() - 1)..].trim();
        if last.contains(QUOTATION_MARKS) {
            return None;
        }
        let clause = speaker::main_clause(last).unwrap_or(last);
        let mut words = clause.split_whitespace();
        let first = words.next()?;
        let second = words.next().unwrap_or("");
        let question = last.ends_with('?')
            && matches!(
                first,
                "Was" | "Is" | "Did" | "Does" | "Had" | "Has" | "Would" | "Will" | "Could" | "Can"
            );
        let pronoun = match (first, second) {
            ("He" | "She", _) => Some(first),
            (_, "he" | "she") if question => Some(second),
            _ => None,
        };
        if let Some(pronoun) = pronoun {
            return self.person_for(&pronoun.to_lowercase()).map(|s| Speaker {
                resolved_from: Some(pronoun.to_string()),
                ..s
            });
        }
        if last.ends_with('?') {
            return None;
        }
        person_subject(last, &self.people, &mut self.in_full)
            .filter(|s| s.kind == SpeakerKind::Person && !is_pronoun(&s.name))
            .or_else(|| replying_body(last))
    }

    /// A quotation that carries its own verb right after its subject: the
    /// minister “regrets that ...”, the ministry “welcomes the ruling”.
    fn own_verb(
        &self,
        text: &str,
        pair: &Pair,
        sentence: usize,
    ) -> (Option<Speaker>, Option<String>) {
        let inner = &text[pair.open + pair.open_mark.len_utf8()..pair.close];
        let verb = inner
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let before = text[sentence..pair.open].trim_end();
        if cues::SUBJECT_VERBS.binary_search(&verb).is_err()
            || !before.ends_with(|c: char| c.is_alphanumeric())
        {
            return (None, None);
        }
        let speaker = self.subject(before, &text[sentence..], text, sentence);
        match speaker {
            Some(s) => (Some(s), Some(verb.to_string())),
            None => (None, None),
        }
    }

    /// Remembers a person who speaks, for "he" and "she" after.
    fn remember(&mut self, speaker: &Option<Speaker>) {
        // The author is the text's "I", never a "he" or "she" of it.
        let author = |s: &Speaker| self.author.as_ref().is_some_and(|a| a.name == s.name);
        if let Some(speaker) = speaker
            .as_ref()
            .filter(|s| !names_nobody(&s.name) && !author(s))
        {
            if speaker.kind == SpeakerKind::Organization && speaker.resolved_from.is_none() {
                self.body = Some(speaker.clone());
            }
            // "Yoo Myung-hee’s bid", "But Lykke-Holm said": the person is
            // "Yoo Myung-hee", "Lykke-Holm".
            let bare = remembered_name(&speaker.name);
            let cleaned;
            let speaker = if bare.len() == speaker.name.len() {
                speaker
            } else {
                cleaned = Speaker {
                    name: bare.to_string(),
                    ..speaker.clone()
                };
                &cleaned
            };
            // "Work at Mill Shoals and Greer's Landing": a capitalized run
            // with lower-case words other than a name's particles is a
            // phrase, not a person ("her father" is a person described).
            let phrase = speaker.name.starts_with(char::is_uppercase)
                && speaker
                    .name
                    .split(' ')
                    .any(|w| w.starts_with(char::is_lowercase) && !NAME_PARTICLES.contains(&w));
            // "a senior official in the ministry", "one of the crew": a
            // person described stands for a later "he" or "she" too.
            // "One analyst in Sarvo" opening a sentence is described too.
            let determiner = speaker.name.split(' ').next().unwrap_or("");
            let opening = matches!(determiner, "A" | "An" | "One" | "Another");
            let described = speaker.kind == SpeakerKind::UnnamedSource
                && (speaker.name.starts_with(char::is_lowercase) || opening)
                && (speaker.name.starts_with("one of ")
                    || matches!(
                        determiner.lower().as_str(),
                        "a" | "an" | "the" | "one" | "another"
                    ) && speaker.name.split(' ').take(5).any(is_person_noun));
            if described {
                self.recent.retain(|s| s.name != speaker.name);
                if self.recent.len() == MAX_RECENT {
                    self.recent.remove(0);
                }
                self.recent.push(speaker.clone());
            }
            if speaker.kind == SpeakerKind::Person && !phrase {
                if speaker.resolved_from.is_none() {
                    self.know(&speaker.name);
                }
                // "“...,” she said": the person is a "she" from now on.
                if let Some(gender) = speaker.resolved_from.as_deref().and_then(pronoun_gender) {
                    self.learn(&speaker.name, gender);
                }
                // "Mr Lind became an engineer": so is "Oskar Lind", named
                // in full before.
                let titled = speaker
                    .role
                    .iter()
                    .flat_map(|r| r.split_whitespace())
                    .find_map(word_gender);
                if let Some(gender) = titled {
                    let surname = speaker.name.rsplit(' ').next().unwrap_or(&speaker.name);
                    if let Some(full) = full_name(&self.people, surname).cloned() {
                        self.learn(&full, gender);
                    }
                }
                self.recent.retain(|s| s.name != speaker.name);
                if self.recent.len() == MAX_RECENT {
                    self.recent.remove(0);
                }
                self.recent.push(Speaker {
                    resolved_from: None,
                    ..speaker.clone()
                });
            }
        }
    }

    /// A sentence whose subject is the last word of the name of someone
    /// already quoted ("Okonedo-Hale said the Department had heard ..."
    /// after "said Secretary Okonedo-Hale"): that person.
    fn recent_subject(&self, sentence: &str) -> Option<Speaker> {
        // The first word, and only a recent speaker's surname, is worth a
        // closer look.
        let first = sentence.trim_start().split(' ').next()?;
        let surname = |s: &&Speaker| first.starts_with(s.name.rsplit(' ').next().unwrap_or(""));
        self.recent.iter().rev().find(surname)?;
        let (name, end) = speaker::named_run_with_end(sentence.trim_start())?;
        if name.contains(' ') || !sentence.trim_start()[end..].starts_with(' ') {
            return None;
        }
        self.recent_by_surname(&name).cloned()
    }

    /// The latest person quoted whose name is `surname` or ends with it.
    fn recent_by_surname(&self, surname: &str) -> Option<&Speaker> {
        self.recent
            .iter()
            .rev()
            .find(|s| s.name.rsplit(' ').next() == Some(surname))
    }

    /// Keeps a person's full name, for the surname alone later.
    fn know(&mut self, name: &str) {
        if name.contains(' ')
            && name.starts_with(char::is_uppercase)
            && !self.people.iter().any(|p| p == name)
        {
            // A bounded memory: a long text names many people.
            if self.people.len() == MAX_PEOPLE {
                self.people.remove(0);
            }
            self.people.push(name.to_string());
        }
    }

    /// "De-partment" as "Department", when the document writes the word
    /// whole elsewhere; any other word as it is.
    fn unbroken(&mut self, word: &str) -> String {
        // "De-partment’s": the possessive kept as it is.
        let core = word.trim_end_matches("’s").trim_end_matches("'s");
        let suffix = &word[core.len()..];
        let Some((a, b)) = core.split_once('-') else {
            return word.to_string();
        };
        let broken = a.len() <= 6
            && a.starts_with(|c: char| c.is_ascii_uppercase())
            && a[1..].bytes().all(|c| c.is_ascii_lowercase())
            && b.len() >= 4
            && b.bytes().all(|c| c.is_ascii_lowercase());
        if !broken {
            return word.to_string();
        }
        let joined = format!("{a}{b}");
        let document = self.in_full.document();
        let whole = *self.unbroken.entry(joined.clone()).or_insert_with(|| {
            document.contains(&joined) || document.contains(joined.lower().as_str())
        });
        if whole {
            joined + suffix
        } else {
            word.to_string()
        }
    }

    /// A person the text calls by one name ("Tanaka said") under the full
    /// name it gave before ("Foreign Minister Taro Tanaka"), when only one
    /// person named so far holds that name, so that a pipeline finds all of
    /// a speaker's quotations under one name; `resolved_from` keeps the name
    /// as written.
    fn in_full(&mut self, speaker: Option<Speaker>) -> Option<Speaker> {
        let mut s = speaker.filter(|s| s.role.is_some() || !names_nobody(&s.name))?;
        if malformed(&s.name) {
            return None;
        }
        // "Last month the government", "That evening an officer": the
        // phrase of time is no part of who speaks.
        let words: Vec<&str> = s.name.split(' ').collect();
        let time = time_opening(&words);
        if time > 0 && s.kind != SpeakerKind::Person {
            s.name = words[time..].join(" ");
        }
        // "Smith on Tuesday said", "The ministry on Tuesday said": the day
        // after the subject is no part of it.
        if let Some(at) = s.name.find_short(" on ") {
            let day = &s.name[at + 4..];
            let weekday = matches!(
                day,
                "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            );
            let date = day.split_once(' ').is_some_and(|(month, n)| {
                crate::date::month_number(month).is_some() && n.bytes().all(|b| b.is_ascii_digit())
            });
            if at > 0 && (weekday || date) {
                s.name.truncate(at);
            }
        }
        // "the De-partment’s statement": a word a page's line broke at a
        // hyphen, in a body's name, is one word when the document writes
        // it so ("Self-Defense Forces" and "Sixty-four ... groups" keep
        // theirs).
        if s.kind != SpeakerKind::Person && s.name.contains('-') {
            let words: Vec<String> = s.name.split(' ').map(|w| self.unbroken(w)).collect();
            s.name = words.join(" ");
        }
        if let Some(role) = s.role.take() {
            let words: Vec<String> = role.split(' ').map(|w| self.unbroken(w)).collect();
            s.role = Some(words.join(" "));
        }
        // "the Sarundi Health Cluster’s assessment found": the body, not
        // its possessive.
        if s.name.contains(' ') {
            if let Some(bare) = ["’s", "'s"].iter().find_map(|p| s.name.strip_suffix(p)) {
                s.name = bare.to_string();
            }
        }
        if s.kind == SpeakerKind::Person
            && !s.name.contains(' ')
            && s.name.starts_with(char::is_uppercase)
        {
            let mut holders = self
                .people
                .iter()
                .filter(|p| speaker::holds_name(p, &s.name));
            if let (Some(full), None) = (holders.next(), holders.next()) {
                let short = std::mem::replace(&mut s.name, full.clone());
                s.resolved_from.get_or_insert(short);
            }
        }
        Some(s)
    }

    fn learn(&mut self, name: &str, gender: Gender) {
        if self.genders.iter().any(|(n, _)| n == name) {
            return;
        }
        if self.genders.len() == MAX_PEOPLE {
            self.genders.remove(0);
        }
        self.genders.push((name.to_string(), gender));
    }

    /// Whether `person` is a "he" or a "she": as the text has shown, or as
    /// a title or relation says ("Mrs. Lee", "her uncle").
    fn gender(&self, person: &Speaker) -> Option<Gender> {
        self.genders
            .iter()
            .find(|(n, _)| *n == person.name)
            .map(|&(_, g)| g)
            .or_else(|| {
                person
                    .role
                    .iter()
                    .flat_map(|r| r.split_whitespace())
                    .chain(person.name.split_whitespace())
                    .find_map(word_gender)
            })
            .or_else(|| given_name_gender(&person.name))
            // "Roarke", after "Dame Imelda Roarke ... she".
            .or_else(|| {
                let full =
                    full_name(&self.people, &person.name).filter(|_| !person.name.contains(' '))?;
                self.gender(&classify(full, None))
            })
    }

    /// "Vesely's thinking on small-state diplomacy holds that ...": a
    /// sentence about what a person the text has named in full thinks or
    /// does is about that person, for a "he" or "she" after it.
    fn owner(&mut self, sentence: &str) -> Option<Speaker> {
        let mut words: Vec<&str> = speaker::past_list_marker(sentence)
            .split_whitespace()
            .take(4)
            .collect();
        // "Related: Orley’s maternity closure": a label is no part of it.
        if let Some(label) = words.iter().position(|w| w.ends_with(':')) {
            words.drain(..=label);
        }
        // "In Ruiz's view": the preposition is no part of the name.
        if words
            .first()
            .is_some_and(|w| PREPOSITIONS.contains(&w.lower().as_str()))
        {
            words.remove(0);
        }
        let k = words.iter().position(|w| is_possessive(w))?;
        let named = words[..=k]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase));
        let last = crate::text::without_possessive(words[k]);
        if !named || last.is_empty() {
            return None;
        }
        // "Rosalind Harcastle’s office, on the fourth floor, looks out":
        // a person named in full, whoever's thing the sentence is about.
        if k > 0 {
            let name = format!("{} {last}", words[..k].join(" "));
            return Some(classify(&name, None)).filter(|s| s.kind == SpeakerKind::Person);
        }
        let Some(full) = full_name(&self.people, last) else {
            // "Hallinan’s answer ran to four minutes", where only an
            // object or an appositive named "Clare Hallinan" before: a
            // surname the document writes after a given name or a title.
            return self
                .in_full
                .holds(last)
                .then(|| classify(last, None))
                .filter(|s| s.kind == SpeakerKind::Person);
        };
        Some(classify(full, None)).filter(|s| s.kind == SpeakerKind::Person)
    }

    /// "Parliament elects Oršić prime minister by 98 votes to 49. In his
    /// inaugural speech he promises": the one person named in full before
    /// whom a sentence names anywhere, for a "he" or "she" after it.
    fn one_known_person(&self, sentence: &str) -> Option<Speaker> {
        let mut found: Option<&String> = None;
        for word in sentence.split_whitespace().skip(1) {
            // "In cross-examination she said she had told Ms Lindqvist": a
            // sentence whose "he" or "she" comes first is about someone else.
            if found.is_none() && pronoun_gender(word).is_some() {
                return None;
            }
            let word =
                crate::text::without_possessive(word.trim_matches(|c: char| !c.is_alphanumeric()));
            if word.len() < 3 || !word.starts_with(char::is_uppercase) {
                continue;
            }
            if let Some(full) = full_name(&self.people, word) {
                if found.is_some_and(|f| f != full) {
                    return None;
                }
                found = Some(full);
            }
        }
        Some(classify(found?, None)).filter(|s| s.kind == SpeakerKind::Person)
    }

    /// The most recent person "he" or "she" can stand for.
    fn person_for(&self, pronoun: &str) -> Option<Speaker> {
        let gender = pronoun_gender(pronoun);
        let Some(gender) = gender else {
            return self.recent.last().cloned();
        };
        // A "he" or "she" is a person, not a body a sentence was about, nor
        // a group ("one of his party's MPs", "local officials").
        self.recent
            .iter()
            .rev()
            .filter(|s| s.kind != SpeakerKind::Organization && s.kind != SpeakerKind::Document)
            .filter(|s| !names_group(&s.name))
            .find(|s| self.gender(s).is_none_or(|g| g == gender))
            .cloned()
    }

    /// The most recent person other than `except` known to be the "he" or
    /// "she" `pronoun` says: inside a quotation a guess is worse than nobody.
    fn person_except(&self, pronoun: &str, except: Option<&str>) -> Option<Speaker> {
        let gender = pronoun_gender(pronoun)?;
        self.recent
            .iter()
            .rev()
            // "Lindqvist" is "Peter Lindqvist" too.
            .filter(|s| {
                except.is_none_or(|e| {
                    fn last(n: &str) -> &str {
                        n.rsplit(' ').next().unwrap_or("")
                    }
                    s.name != e && last(&s.name) != last(e)
                })
            })
            .find(|s| self.gender(s) == Some(gender))
            .cloned()
    }

    /// Follows the narrative between quotations: a sentence whose subject
    /// is a person ("Parisi, for his part, has seen the film twice.") makes
    /// that person the "he" or "she" of the quotations after it. Reads the
    /// sentences that start after byte `from` (or at it, at a paragraph's
    /// start) and before byte `to`.
    fn follow(&mut self, text: &str, from: usize, to: usize) {
        let first = (from == self.opening).then_some(from);
        let starts: Vec<usize> = first
            .into_iter()
            .chain(sentence_starts(text, from, to))
            .collect();
        // Each sentence is read to its end, not to `to`: a colon or a dash
        // further on in the paragraph is no part of its opening.
        let ends: Vec<usize> = starts.iter().skip(1).copied().chain([to]).collect();
        for (start, end) in starts.into_iter().zip(ends) {
            let sentence = &text[start..end];
            // "his Lusanian counterpart, Inês Carvalhal, since": a name in
            // apposition to a role is known by surname from now on.
            for name in appositive_names(sentence) {
                self.know(&name);
            }
            // "She drives home on weekends": the person is a "she".
            let first = sentence.split_whitespace().next().unwrap_or("");
            if let Some(gender) = pronoun_gender(first) {
                if let Some(person) = self.person_for(first) {
                    self.learn(&person.name, gender);
                }
                continue;
            }
            // A titled person outside the subject is read only for a "he"
            // or "she" later in the paragraph: reading every sentence's
            // titles would cost more than all the rest of following.
            let pronoun_ahead = self.last_pronoun.is_some_and(|p| p > start);
            // "One analyst in Sarvo was less sanguine.": the person the
            // sentence opens by describing, not the place named in it.
            let described = match first {
                "A" | "An" | "One" | "Another" => described_subject(sentence),
                "The" => the_one_described(sentence),
                _ => None,
            };
            // "Amina, 34, a mother of three from Gedo village, arrived":
            // a person given an age is whom the sentence introduces.
            let mut person = match described {
                Some(one) => Some(one),
                None => person_subject(sentence, &self.people, &mut self.in_full)
                    .or_else(|| aged_person(sentence)),
            };
            if person.is_none() && pronoun_ahead {
                // The one person the sentence names with a title is whom it
                // is about; of several ("introduced by Senator Ada Kamara,
                // Senator Bo Lin and others"), none is, but their full names
                // are known from now on ("Brito was unmoved").
                let mut titled = titled_people(sentence);
                if titled.len() == 1 {
                    person = titled.pop();
                }
                for other in titled {
                    self.know(&other.name);
                }
                // "The CNSP names Fatoumata Sidibé, a former World Bank
                // economist, as prime minister; she pledges": the one person
                // the sentence describes.
                if person.is_none() {
                    if let [one] = &described_people(sentence)[..] {
                        person = Some(one.clone());
                    }
                }
            }
            // "Her neighbor, a tire repairer named Bogdan Levsky, has": the
            // name, before the noun it describes.
            let person = named_subject(sentence)
                .or(person)
                .or_else(|| pronoun_ahead.then(|| called_person(sentence)).flatten())
                .or_else(|| self.recent_subject(sentence))
                .or_else(|| self.owner(sentence))
                .or_else(|| {
                    pronoun_ahead
                        .then(|| self.one_known_person(sentence))
                        .flatten()
                });
            if person.is_some() {
                self.remember(&person);
            } else if let Some(body) = sentence_body(sentence) {
                self.body = Some(body);
            }
            // "A gala was downgraded, and Chae, who had been expected to
            // attend, sent a message": a later clause's subject is nearer.
            if pronoun_ahead {
                if let Some(second) = coordinated_subject(sentence, &self.people) {
                    self.remember(&Some(second));
                }
            }
        }
    }

    /// The speaker named by the words before a cue.
    fn subject(
        &self,
        before: &str,
        sentence_text: &str,
        text: &str,
        sentence: usize,
    ) -> Option<Speaker> {
        // Where the cue stands in `text`.
        let cue_at = sentence + before.len();
        // "- The memo also warns": a list's item opens with its marker.
        let before = speaker::past_list_marker(before);
        // "a formal protest from the Calderan Foreign Ministry, whose
        // statement read:": the body whose document it is.
        if let Some(body) = whose_document(before) {
            return Some(body);
        }
        // "The Minister’s direction — I have seen a draft — says": an aside
        // between dashes stands between the subject and its cue.
        // Then without the quotations the sentence holds before the cue.
        let without: std::borrow::Cow<str> = dashed_aside(before).map_or(before.into(), Into::into);
        let without = inline_quotations(&without).map_or(without, Into::into);
        let before: &str = &without;
        // "Baek Jae-hoon, who negotiated the deal with Okusato’s trade
        // minister, Kuramochi Isao, called": the name the sentence opens
        // with, past its relative clause and the names that clause holds.
        if let Some(person) = opens_past_relative(before) {
            return Some(person);
        }
        // "an official was quoted by Bloomberg as saying": the one quoted,
        // not who quoted them.
        let before = [
            " was quoted ",
            " were quoted ",
            " was cited ",
            " were cited ",
        ]
        .iter()
        .find_map(|p| before.rfind_short(p))
        .map_or(before, |k| &before[..=k]);
        // "A group of 22 scientists wrote to NOAA ..., describing": a
        // participle after a comma has the main clause's subject.
        // "while pointedly noting": after "while" or "when", and an adverb.
        let joined = {
            let mut words = before.split_whitespace().rev();
            let mut last = words.next().unwrap_or("");
            if last.ends_with("ly") {
                last = words.next().unwrap_or("");
            }
            matches!(last, "while" | "when" | "before" | "after")
        };
        let participle = (before.trim_end().ends_with(',') || joined)
            && text[cue_at..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|cue| cue.len() > 4 && cue.ends_with("ing"));
        // "..., and the Asahi Shimbun struck a similar note, cautioning",
        // "while the Forum, whose members ..., said": the subject of the
        // clause the cue stands in, after "while" or ", and".
        if participle {
            if let Some(name) = clause_subject(before).or_else(|| sentence_subject(sentence_text)) {
                return Some(classify(&name, None));
            }
        } else if before.contains(" while ") || before.contains(" whereas ") {
            // "EuroConsom called it “...”, while the Forum, whose members
            // ..., said": the subject after "while", when the cue is its verb.
            let last = before
                .rfind_short(" while ")
                .max(before.rfind_short(" whereas "));
            let clause = last.map_or("", |at| &before[at..]);
            if lexicon::last_cue(clause).is_none() {
                // "while the Forum, whose members ..., said": the subject,
                // perhaps set off with a clause of its own, then the cue;
                // "speaking while Biden looked on, said" is no such clause.
                if let Some(name) = clause_subject_within(before, 1).filter(|name| {
                    let after = clause
                        .find_short(name.as_str())
                        .map_or("", |k| &clause[k + name.len()..])
                        .trim();
                    after.is_empty() || after.starts_with(',') && after.ends_with(',')
                }) {
                    return Some(classify(&name, None));
                }
            }
        }
        // "One of them, a grandmother named Ruth Abernathy, took my hand
        // and asked me": the person the subject names.
        if let Some(person) = named_subject(before) {
            return Some(person);
        }
        // "On January 9, a mechanical supervisor in the Toledo yard wrote":
        // one described after an opening phrase.
        if let Some(clause) = speaker::main_clause(before).filter(|c| c.len() < before.trim().len())
        {
            if clause.starts_with("a ") || clause.starts_with("an ") {
                if let Some(one) = described_subject(clause.trim_end()) {
                    return Some(Speaker {
                        kind: SpeakerKind::UnnamedSource,
                        ..one
                    });
                }
            }
        }
        // "publishes a 2022 ministry briefing that warned of": the document
        // the relative clause is about.
        if let Some(document) = document_antecedent(before) {
            return Some(document);
        }
        // "The chief executive set it down on the table and said": the
        // subject of the verb the cue is joined to.
        let all: Vec<&str> = before.split_whitespace().collect();
        if let [determiner, ..] = joined_subject(&all) {
            let phrase = joined_subject(&all);
            if phrase.len() < all.len()
                && matches!(
                    *determiner,
                    "My" | "Our"
                        | "Her"
                        | "His"
                        | "Their"
                        | "The"
                        | "A"
                        | "An"
                        | "his"
                        | "her"
                        | "my"
                        // "Then the president stood up ... and said".
                        | "the"
                        | "their"
                        | "our"
                )
            {
                return Some(noun_phrase(phrase));
            }
        }
        if let Some(document) = titled_document(before) {
            return Some(document);
        }
        let mut words = subject_words(before);
        // "Senator Ignacio Pardo of the center-right Alianza Republicana
        // called": the person, not the party or the place after "of".
        if let Some(k) = words.iter().position(|w| *w == "of").filter(|&k| k >= 2) {
            if words[..k].iter().all(|w| w.starts_with(char::is_uppercase)) {
                let person = classify(&words[..k].join(" "), None);
                let named = person.name.split(' ').count() >= 2
                    && person.name.split(' ').all(|w| {
                        !lexicon::is_role_title(w)
                            && ROLE_NOUNS.binary_search(&w.lower().as_str()).is_err()
                    });
                if person.kind == SpeakerKind::Person && named {
                    return Some(person);
                }
            }
        }
        // "The Inquiry further finds that on 11 June 2021 the control room
        // told": the subject of the clause after "that", past the date that
        // opens it.
        let participle_cue = text[cue_at..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|cue| cue.ends_with("ing"));
        if let Some(k) = words.iter().rposition(|w| *w == "that").filter(|&k| {
            // A verb before "that" ("finds that", "concluded that"), not a
            // noun a relative "that" describes ("The charity that the
            // Duchess founded").
            let verb = |w: &str| {
                w.starts_with(char::is_lowercase)
                    && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
            };
            !participle_cue
                && k > 0
                && k + 2 < words.len()
                && verb(words[k - 1])
                && !words[k..].iter().any(|w| w.contains('\u{1}'))
        }) {
            let rest = &words[k + 1..];
            let dated = matches!(rest[0], "on" | "in" | "at" | "by" | "since")
                .then(|| {
                    rest.iter()
                        .take(5)
                        .rposition(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                })
                .flatten();
            let from = k + 1 + dated.map_or(0, |d| d + 1);
            if from < words.len() && matches!(words[from], "the" | "The" | "a" | "an") {
                words.drain(..from);
            }
        }
        // "Officials in Gyeongwon spent the summer calling": who spent the
        // time is who speaks, not the time spent.
        let gerund = text[cue_at..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|cue| cue.len() > 4 && cue.ends_with("ing"));
        if let Some(k) = words
            .iter()
            .rposition(|w| matches!(*w, "spent" | "spend" | "spends" | "spending"))
            .filter(|&k| gerund && k > 0 && words.len() - k <= 5)
        {
            words.truncate(k);
        }
        // "I said to him", "As I told the House", "My letter said": in a
        // speaker's turn, the speaker.
        if let Some(turn) = self.turn.as_ref().or(self.author.as_ref()) {
            // The clause's subject ("I said", "As I told", "On 7 February I
            // spoke to ... and told"), not an aside's ("She said, and I
            // wrote it down, ‘...’"), nor one whose clause has a subject of
            // its own after it ("I asked whether it was safe and he said",
            // "I was told"); "My" before a document ("My letter said").
            // "Let me repeat what I wrote": the "I" of the request.
            let opened = words
                .first()
                .is_some_and(|w| INTRODUCERS.contains(&w.lower().as_str()))
                || words.starts_with(&["Let", "me"]);
            let first_person = words
                .iter()
                .take(6)
                .position(|w| matches!(*w, "I" | "My"))
                .filter(|&k| k == 0 || opened)
                // An author's "I" is the cue's own subject, a few words
                // before it ("As I wrote in these pages in 2019"), not a
                // clause before the one that speaks.
                .filter(|&k| self.turn.is_some() || words.len() - k <= 6)
                .filter(|&k| {
                    let after = &words[k + 1..];
                    let passive = matches!(after.first(), Some(&("was" | "am" | "were" | "had")))
                        && matches!(after.get(1), Some(&("told" | "informed" | "assured")));
                    let another = after
                        .iter()
                        .any(|w| matches!(w.lower().as_str(), "he" | "she" | "they" | "we" | "it"));
                    let document = words[k] == "I"
                        || after.first().is_some_and(|w| {
                            matches!(
                                *w,
                                "letter"
                                    | "statement"
                                    | "reply"
                                    | "report"
                                    | "note"
                                    | "email"
                                    | "question"
                                    | "speech"
                                    | "amendment"
                                    | "motion"
                            )
                        });
                    !passive && !another && document
                })
                .map(|k| words[k]);
            if let Some(word) = first_person {
                return Some(Speaker {
                    resolved_from: Some(word.to_string()),
                    ..turn.clone()
                });
            }
        }
        // "took the opportunity of her visit to Tokyo on May 3 to insist": a
        // purpose, spoken by the subject before the verb, whatever stands
        // between the verb and "to".
        if words.last() == Some(&"to") {
            let purpose = words
                .iter()
                .position(|w| {
                    matches!(*w, "used" | "uses" | "took" | "takes" | "seized" | "seizes")
                })
                .filter(|&k| {
                    // Not "It took President Alvarez three days to concede".
                    k > 0
                        && !matches!(words[0], "It" | "it")
                        && !words
                            .iter()
                            .any(|w| *w != "on" && CONTROL_VERBS.contains(w))
                });
            if let Some(k) = purpose {
                words.truncate(k);
            }
        }
        // "which led Japan to express", "urged Seoul to say": the one who
        // is led to speak is the name before "to".
        if words.len() >= 2 && words[words.len() - 1] == "to" {
            let named = &words[..words.len() - 1];
            let run = named
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_uppercase) || CONNECTORS.contains(w))
                .count();
            let mut first = named.len() - run;
            while first < named.len() && CONNECTORS.contains(&named[first]) {
                first += 1;
            }
            let run = named.len() - first;
            let led = first > 0 && CONTROL_VERBS.contains(&named[first - 1]);
            if run > 0 && named[first].starts_with(char::is_uppercase) {
                if !led {
                    // "used a speech marking the People Power Revolution to
                    // insist": a purpose, spoken by the sentence's subject.
                    return sentence_subject(sentence_text).map(|name| classify(&name, None));
                }
                words = named[first..].to_vec();
            } else if named[0].starts_with(char::is_lowercase)
                && !is_subject_noun(named[0])
                && !matches!(named[0], "the" | "a" | "an" | "one" | "another" | "some")
                && !named.iter().any(|w| CONTROL_VERBS.contains(w))
            {
                // "Park, the vice minister, used the same news conference to
                // announce": the clause is a predicate whose subject stands
                // before it; a purpose again.
                if let Some(name) = sentence_subject(sentence_text) {
                    return Some(classify(&name, None));
                }
            } else if let Some(k) = named.iter().rev().take(4).position(|w| is_subject_noun(w)) {
                // "Japanese officials were careful to say": the subject,
                // past the words that lead up to "to".
                words.truncate(named.len() - k);
            }
        }
        // "produced what the Australian side called": the subject of the
        // free relative.
        if let Some(k) = words
            .iter()
            .rposition(|w| *w == "what")
            .filter(|&k| k + 1 < words.len())
        {
            words.drain(..=k);
            // "what employers called": a group named by its plural noun.
            if let [group] = words[..] {
                if group.len() > 3 && group.ends_with('s') && group.starts_with(char::is_lowercase)
                {
                    return Some(noun_phrase(&words));
                }
            }
        }
        // "music that one organizer described": the noun phrase that ends
        // right before the cue, from its determiner.
        if let Some(from) = trailing_phrase(&words) {
            words.drain(..from);
        }
        // "A senior Japanese diplomat who asked not to be named put it":
        // the subject, without its relative clause.
        if let Some(k) = words
            .iter()
            .position(|w| *w == "who")
            .filter(|&k| k > 0 && is_subject_noun(words[k - 1]))
        {
            words.truncate(k);
        }
        // "elected a new Secretary-General, who told": the noun phrase
        // before the relative pronoun.
        if words == ["who"] {
            if let Some(person) = relative_antecedent(before) {
                return Some(person);
            }
        }
        // "the opposition Democratic Renewal Party, which calls": the body
        // named before the relative pronoun.
        if words == ["which"] {
            if let Some(body) = body_before_which(before) {
                return Some(body);
            }
        }

        // "49 deputies meeting in a hotel declare": a counted group, without
        // the participle or the preposition that describes it.
        if words.len() > 2 && words[0].parse::<u32>().is_ok() {
            if let Some(k) = words
                .iter()
                .skip(2)
                .position(|w| PREPOSITIONS.contains(w) || (w.len() > 4 && w.ends_with("ing")))
            {
                words.truncate(k + 2);
            }
        }
        // "More than 30 countries have called for": a counted group.
        let counted = words.len() <= 6
            && words.first().is_some_and(|w| {
                QUANTIFIERS.contains(&w.lower().as_str()) || w.parse::<u32>().is_ok()
            })
            && words.last().is_some_and(|w| {
                w.len() >= 4 && w.ends_with('s') && w.starts_with(char::is_lowercase)
            });
        if counted {
            return Some(noun_phrase(&words));
        }
        // "One of the two described the gap as", "a compromise one of them
        // described as": one of a group named before, from "one".
        if let Some(k) = words
            .windows(2)
            .rposition(|w| w[0].eq_ignore_ascii_case("one") && w[1] == "of")
        {
            let tail = &words[k..];
            // Not "A spokesman for one of the large container lines".
            let whose = k > 0 && (PREPOSITIONS.contains(&words[k - 1]) || words[k - 1] == "for");
            // Nor "was one of the first to respond": a predicate.
            if !whose
                && (3..=6).contains(&tail.len())
                && tail[2..]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase) && *w != "to")
            {
                return Some(Speaker {
                    name: tail.join(" "),
                    role: None,
                    kind: SpeakerKind::UnnamedSource,
                    resolved_from: None,
                });
            }
        }
        // "A delegate from a West African coastal state said": a person
        // described by where they come from, the whole phrase.
        if words.len() <= 9
            && matches!(
                words.first().map(|w| w.lower()).as_deref(),
                Some("a" | "an" | "one")
            )
            && words.get(1).is_some_and(|w| {
                // "a friend of the Oakes family" too.
                let lower = w.lower();
                is_person_noun(&lower) || is_agent_noun(&lower) || RELATION_NOUNS.contains(&&*lower)
            })
            && words
                .get(2)
                .is_some_and(|w| matches!(*w, "from" | "of" | "at" | "in" | "with"))
            && words.len() > 3
        {
            return Some(Speaker {
                name: words.join(" "),
                role: None,
                kind: SpeakerKind::UnnamedSource,
                resolved_from: None,
            });
        }
        // "A Veshkent official involved in the negotiations described": a
        // person described by a noun a few words on, the phrase up to it.
        if words.len() >= 3 && matches!(words[0].lower().as_str(), "a" | "an" | "one" | "another") {
            let noun = words[1..words.len().min(4)]
                .iter()
                .position(|w| is_person_noun(&w.trim_end_matches([',', ';']).lower()));
            // "A spokesperson for HHS" keeps the words that say whose.
            let whose = |k: usize| {
                words
                    .get(k + 2)
                    .is_some_and(|w| PREPOSITIONS.contains(w) || *w == "for")
            };
            // "One former ambassador to the region": the whole phrase, when
            // short.
            let place = |k: usize| words.get(k + 2).is_some_and(|w| *w != "for");
            // "One person familiar with the company's thinking, who asked
            // not to be named,": the phrase up to its comma.
            let familiar = |k: usize| {
                words.get(k + 2).is_some_and(|w| {
                    matches!(*w, "familiar" | "close" | "briefed" | "knowledgeable")
                }) && words.get(k + 3).is_some_and(|w| PREPOSITIONS.contains(w))
            };
            let phrase_end = |k: usize| {
                words[k + 2..]
                    .iter()
                    .position(|w| w.ends_with(','))
                    .map_or(words.len(), |j| k + 3 + j)
            };
            if let Some(k) = noun.filter(|&k| {
                words[1..=k].iter().all(|w| !w.ends_with(','))
                    && (!whose(k) || place(k) && words.len() <= 9)
            }) {
                let end = if familiar(k) && phrase_end(k) <= 10 {
                    phrase_end(k)
                } else if whose(k) {
                    words.len()
                } else {
                    k + 2
                };
                return Some(Speaker {
                    name: words[..end]
                        .join(" ")
                        .trim_end_matches([',', ';'])
                        .to_string(),
                    role: None,
                    kind: SpeakerKind::UnnamedSource,
                    resolved_from: None,
                });
            }
        }
        // "The Estonian agency's announcement calls": the organization
        // whose words they are.
        if let Some(k) = words.iter().position(|w| {
            let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            stem.is_some_and(|s| ORG_NOUNS.binary_search(&s.lower().as_str()).is_ok())
        }) {
            if k + 1 < words.len()
                && DOCUMENT_WORDS.contains(&words[words.len() - 1].lower().as_str())
            {
                let mut named: Vec<&str> = words[..=k].to_vec();
                let last = named[k];
                named[k] = last
                    .strip_suffix("'s")
                    .or_else(|| last.strip_suffix("’s"))
                    .unwrap_or(last);
                return Some(Speaker {
                    name: strip_article(&named.join(" ")),
                    role: None,
                    kind: SpeakerKind::Organization,
                    resolved_from: None,
                });
            }
        }
        // "A plaque on the control building reads", "A statutory inspection
        // under the Act recommends": the head noun, before its preposition.
        // "Its audit of your Toledo yard last September found": a
        // possessive's too.
        let article = words.first().is_some_and(|w| {
            matches!(
                w.lower().as_str(),
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            )
        });
        if let Some(p) = words
            .iter()
            .position(|w| PREPOSITIONS.contains(w) || *w == "under")
            .filter(|&p| article && p >= 2)
        {
            // Only for a document: "an official at the Blue House" keeps
            // the words that say where the official works; "the railroad's
            // representative on the scene" is the representative, when the
            // place is no name.
            let last = words[words.len() - 1];
            let unnamed_place =
                last.starts_with(char::is_lowercase) && !is_party_noun(&last.lower());
            if DOCUMENT_WORDS.contains(&words[p - 1])
                || unnamed_place && is_person_noun(&words[p - 1].lower())
            {
                words.truncate(p);
            }
        }
        // "the conference report accompanying the act notes": a document
        // and the participle that says which.
        if let Some(p) = (1..words.len()).find(|&p| {
            matches!(
                words[p],
                "accompanying"
                    | "outlining"
                    | "detailing"
                    | "covering"
                    | "governing"
                    | "implementing"
                    | "establishing"
                    | "setting"
                    | "summarizing"
                    | "summarising"
            ) && DOCUMENT_WORDS.contains(&words[p - 1].lower().as_str())
        }) {
            words.truncate(p);
        }
        // "She repeated the phrase on Wednesday, telling reporters", "she
        // wrote on X, adding that": a clause that opens with a personal
        // pronoun and its verb has the pronoun for subject.
        // "At our first meeting he put a chart on the table and said": also
        // after an opening phrase left without its comma.
        let opened = words
            .first()
            .is_some_and(|w| INTRODUCERS.contains(&w.lower().as_str()));
        let pronoun_at = (0..words.len().min(10)).find(|&k| {
            (k == 0 || opened)
                && matches!(words[k].lower().as_str(), "he" | "she" | "they")
                && words.get(k + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !matches!(*w, "and" | "or" | "who")
                })
        });
        if let Some(k) = pronoun_at {
            words.drain(..k);
            words.truncate(1);
        }
        let last = *words.last()?;
        if matches!(last.lower().as_str(), "he" | "she") {
            // "one Senator applauded what he described as ...": the person
            // the sentence names before the pronoun.
            if let Some(person) = person_before(before, last) {
                return Some(person);
            }
        }
        // "The Forum said it welcomed “...”": "it" is the subject of the
        // reporting verb before it, in the same sentence.
        if matches!(last, "it" | "they") {
            let head = before
                .trim_end()
                .strip_suffix(last)
                .unwrap_or("")
                .trim_end();
            let head = head.strip_suffix(" that").unwrap_or(head);
            let verb = head.rsplit(' ').next().unwrap_or("");
            if matches!(
                verb,
                "said"
                    | "says"
                    | "added"
                    | "adds"
                    | "stated"
                    | "states"
                    | "announced"
                    | "noted"
                    | "insisted"
                    | "argued"
                    | "warned"
                    | "confirmed"
            ) {
                let outer = &head[..head.len() - verb.len()];
                if let Some(speaker) = self.subject(outer, sentence_text, text, sentence) {
                    return Some(speaker);
                }
            }
        }
        // "his family said", "her lawyer said", "My dad used to say": someone
        // of the possessor's speaks, not the possessor.
        let head = words[words.len() - 1].lower();
        let head: &str = &head;
        if words.len() >= 2
            && matches!(
                words[0],
                "His" | "his" | "Her" | "her" | "Their" | "their" | "My" | "my" | "Our" | "our"
            )
            && (head == "family" || RELATION_NOUNS.contains(&head) || is_person_noun(head))
        {
            return Some(noun_phrase(&words));
        }
        // "Her warning that “...”": the words of the one the possessive
        // stands for, read as its pronoun.
        // "His view of the post was summed up": the subject is his, when
        // nothing after the possessive names anyone else.
        let owner = words[0];
        let possessive = match owner {
            "His" | "his" => Some("he"),
            "Her" | "her" => Some("she"),
            "Their" | "their" => Some("they"),
            _ => None,
        };
        // "Her warning", "his view of the post": a noun of what the person
        // says or thinks is theirs; "His doctor", "Her critics", "his
        // ministry" are others who speak.
        let owned = words.len() == 1
            || words.len() <= 6
                && words[1..]
                    .iter()
                    .take_while(|w| !PREPOSITIONS.contains(w))
                    .last()
                    .is_some_and(|w| {
                        SPEECH_NOUNS.contains(&w.trim_end_matches([',', '.']).lower().as_str())
                    });
        if let Some(person) = possessive
            .filter(|_| owned)
            .and_then(|pronoun| self.resolve(pronoun, text, sentence, sentence_text))
        {
            return Some(Speaker {
                resolved_from: Some(owner.to_string()),
                ..person
            });
        }
        if is_pronoun(last) {
            // "When I told a friend I was writing, she laughed and said",
            // "I asked one of the librarians ... She thought about it and
            // said": the one a first-person narrator spoke to.
            if let Some(gender) = pronoun_gender(&last.lower()) {
                let head = before.rfind_short(last).map_or("", |k| &before[..k]);
                let found = unnamed_antecedent(head, gender).or_else(|| {
                    (!head.split_whitespace().any(|w| w == "I"))
                        .then(|| previous_sentence(text, sentence))
                        .flatten()
                        .and_then(|p| unnamed_antecedent(p, gender))
                });
                if let Some(one) = found {
                    return Some(Speaker {
                        resolved_from: Some(last.to_string()),
                        ..one
                    });
                }
            }
            // "Asked by the chair, Fiona Marsh, whether ..., he replied": not
            // the one who asks.
            if matches!(
                before.split_whitespace().take(2).collect::<Vec<_>>()[..],
                [
                    "Asked" | "Pressed" | "Questioned" | "Challenged" | "Quizzed",
                    "by"
                ]
            ) {
                let gender = pronoun_gender(last);
                return self
                    .recent
                    .iter()
                    .rev()
                    .filter(|s| {
                        !s.name
                            .split(' ')
                            .next_back()
                            .is_some_and(|n| before.contains(n))
                    })
                    .find(|s| gender.is_none() || self.gender(s).is_none_or(|g| Some(g) == gender))
                    .map(|s| Speaker {
                        resolved_from: Some(last.to_string()),
                        ..s.clone()
                    });
            }
            // A pronoun nobody fits is no speaker; never a name of its own.
            return self.resolve(last, text, sentence, sentence_text);
        }
        let lower = last.lower();
        let lower: &str = &lower;
        let first_upper = last
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if first_upper {
            return Some(noun_phrase(&words));
        }
        // "the agency’s program manager", "some appropriators": a noun
        // phrase headed by a person's noun.
        let determined = words.len() <= 5
            && matches!(
                words[0].lower().as_str(),
                "a" | "an"
                    | "the"
                    | "one"
                    | "another"
                    | "some"
                    | "several"
                    | "many"
                    | "most"
                    | "few"
                    | "other"
                    | "two"
                    | "three"
                    | "four"
                    | "both"
                    | "its"
                    | "their"
            );
        if is_org_noun(lower) || is_person_noun(lower) || (determined && is_agent_noun(lower)) {
            // "In the joint statement of last September the two sides": the
            // phrase from its last article, past an opening phrase.
            let opened = INTRODUCERS.contains(&words[0].lower().as_str());
            let from = words
                .iter()
                .rposition(|w| matches!(*w, "the" | "a" | "an"))
                .filter(|_| opened)
                .unwrap_or(0);
            return Some(noun_phrase(&words[from..]));
        }
        // "His letter says", "Her first circular asks", "Their announcement
        // says": the words are the possessor's, whom the pronoun stands for;
        // the determiner is never a name of its own.
        // "Its" opening the sentence is the sentence before's subject's.
        // "But its report says": past a conjunction, too.
        let opening = sentence_text.trim_start();
        let opening = ["But ", "And ", "Yet ", "So ", "Still, ", "However, "]
            .iter()
            .find_map(|c| opening.strip_prefix(c))
            .unwrap_or(opening);
        let opens = opening.starts_with(words[0]);
        if let Some(pronoun) =
            words
                .first()
                .filter(|_| words.len() >= 2)
                .and_then(|w| match w.lower().as_str() {
                    "his" => Some("he"),
                    "her" => Some("she"),
                    "their" => Some("they"),
                    "its" if opens => Some("it"),
                    "its" => Some("its"),
                    _ => None,
                })
        {
            let resolved = self
                .resolve(pronoun, text, sentence, sentence_text)
                .or_else(|| {
                    // "The pilots elect Ada Lindqvist as secretary. Her first
                    // circular ...": the one person the sentence before names.
                    let named = matches!(pronoun, "he" | "she")
                        .then(|| only_person_in(text, sentence))
                        .flatten()?;
                    Some(classify(&named, None))
                });
            if let Some(s) = resolved {
                return Some(Speaker {
                    resolved_from: Some(words[0].to_string()),
                    ..s
                });
            }
            // Nobody fits: a document the phrase names ("its annual report")
            // is all there is to go on.
            return DOCUMENT_WORDS.contains(&lower).then(|| Speaker {
                name: words[1..].join(" "),
                role: None,
                kind: SpeakerKind::Document,
                resolved_from: None,
            });
        }
        // "The statement says", "the joint communiqué states", "a press
        // release described": a document.
        let two_words = words.len() >= 2 && {
            let pair = format!("{} {}", words[words.len() - 2], last).lower();
            DOCUMENT_WORDS.contains(&pair.as_str())
        };
        // "produced a joint statement pledging": the document, from its
        // article; not "said the inquiry would ask", a reported clause's
        // subject.
        let determiner = |w: &&str| {
            matches!(
                *w,
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
            )
        };
        let reported = words.iter().any(|w| {
            matches!(
                *w,
                "said"
                    | "says"
                    | "told"
                    | "tells"
                    | "added"
                    | "adds"
                    | "wrote"
                    | "writes"
                    | "noted"
                    | "notes"
                    | "warned"
                    | "warns"
                    | "stated"
                    | "states"
                    | "argued"
                    | "argues"
            )
        });
        // "The authority issued a statement saying": the document is the
        // object after its own article, not the clause that brings it out.
        let later = words.iter().skip(1).rposition(determiner).map(|k| k + 1);
        let from = if reported {
            None
        } else if later.is_some() {
            later
        } else if words[0].starts_with(char::is_uppercase) || determiner(&words[0]) {
            Some(0)
        } else {
            None
        };
        if let Some(from) =
            from.filter(|_| (DOCUMENT_WORDS.contains(&lower) || two_words) && words.len() <= 5)
        {
            return Some(Speaker {
                name: strip_article(&words[from..].join(" ")),
                role: None,
                kind: SpeakerKind::Document,
                resolved_from: None,
            });
        }
        // "It also states": a pronoun subject with adverbs after it.
        if let Some(s) = self.resolve(words[0], text, sentence, sentence_text) {
            return Some(s);
        }
        // "where Abaya and a handful of allies have promised", "the European
        // Union and eleven member states say": the name that opens the
        // clause, after a subordinator or an article.
        let opening = words
            .iter()
            .position(|w| !SUBORDINATORS.contains(&w.lower().as_str()))
            .filter(|&k| k <= 1);
        if let Some(k) = opening.filter(|_| words.len() <= 8) {
            let clause = words[k..].join(" ");
            if let Some(name) = named_run(&clause) {
                if !is_pronoun(&name) && !INTRODUCERS.contains(&name.lower().as_str()) {
                    return Some(classify(&name, None));
                }
            }
        }
        // "Abe holds news conference ... and states": the sentence's subject speaks.
        sentence_subject(sentence_text).map(|name| classify(&name, None))
    }

    /// The speaker a transcript's or a parliamentary record's paragraph
    /// opens with (see [`label`]); a surname in capitals only when the text
    /// has named that person in full ("IRIARTE:").
    fn turn_label(&mut self, text: &str) -> Option<(Speaker, usize)> {
        let label = label(text)?;
        // "Chairman SMITH", "NELL FAIRBAIRN": names in capitals read as
        // names are written.
        let titled = |head: &str| -> String {
            head.split(' ')
                .map(|w| {
                    let caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && w.chars().all(|c| !c.is_lowercase());
                    if !caps {
                        return w.to_string();
                    }
                    let mut chars = w.chars();
                    chars
                        .next()
                        .into_iter()
                        .chain(chars.flat_map(char::to_lowercase))
                        .collect()
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        if label.initials {
            let fits = |name: &&String| {
                let words: Vec<&str> = name.split(' ').collect();
                words.len() == label.head.len()
                    && words
                        .iter()
                        .zip(label.head.chars())
                        .all(|(w, c)| w.starts_with(c))
            };
            // "JB:" for the interviewer the standfirst names ("She talks
            // to Joss Barraclough"), whom no quotation has named yet.
            let person = match self.people.iter().rev().find(fits) {
                Some(person) => person.clone(),
                None => {
                    let document = self.in_full.document();
                    self.initials
                        .entry(label.head.to_string())
                        .or_insert_with(|| name_with_initials(document, label.head))
                        .clone()?
                }
            };
            return Some((classify(&person, None), label.end));
        }
        if label.capitals {
            let name = titled(label.head);
            let known = full_name(&self.people, &name).or_else(|| {
                name.rsplit(' ')
                    .next()
                    .and_then(|s| full_name(&self.people, s))
            });
            return Some((classify(known.unwrap_or(&name), None), label.end));
        }
        if !label.capitals {
            let speaker = match label.holder {
                // "The Minister for Housing (Mr Tom Reyes)": the holder,
                // with the office for a role.
                Some(holder) => Speaker {
                    role: Some(label.head.trim_start_matches("The ").to_string()),
                    ..classify(holder, None)
                },
                None => {
                    let person = classify(&titled(label.head), None);
                    Speaker {
                        role: label.role.clone().or(person.role),
                        ..person
                    }
                }
            };
            return Some((speaker, label.end));
        }
        None
    }

    /// "Talks resume after Edevane meets both sides separately; he says":
    /// the one person the clauses before the pronoun's semicolon name, known
    /// in full.
    fn named_before_semicolon(&self, sentence_text: &str, pronoun: &str) -> Option<Speaker> {
        let k = sentence_text.find_short(&format!("; {pronoun} "))?;
        let words: Vec<&str> = sentence_text[..k].split_whitespace().collect();
        let mut found: Option<&str> = None;
        for (j, word) in words.iter().enumerate() {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if !bare.starts_with(char::is_uppercase) {
                continue;
            }
            // Known in full, or a surname that opens a clause after "after",
            // "when" and the like, its verb in lower case after it.
            let opens_clause = j > 0
                && matches!(
                    words[j - 1],
                    "after" | "before" | "when" | "while" | "until" | "once" | "as" | "since"
                )
                && bare.len() == word.len()
                && bare.chars().skip(1).all(char::is_lowercase)
                && words.get(j + 1).is_some_and(|v| {
                    v.starts_with(char::is_lowercase)
                        && (v.ends_with('s') || v.ends_with("ed"))
                        && !matches!(*v, "was" | "has" | "is" | "does")
                });
            let name = match full_name(&self.people, bare) {
                Some(full) => full.as_str(),
                None if opens_clause => bare,
                None => continue,
            };
            if found.is_some_and(|f| f != name) {
                return None;
            }
            found = Some(name);
        }
        Some(classify(found?, None)).filter(|p| p.kind == SpeakerKind::Person)
    }

    /// "Lystrian Prime Minister Oskar Veski agreed. “...,” he said": the
    /// one person the sentence right before names, as its subject, when
    /// nothing says the person is not a "he" (or "she").
    fn subject_before(&self, text: &str, sentence: usize, gender: Gender) -> Option<Speaker> {
        let previous = previous_sentence(text, sentence)?;
        // "Serangan’s Coordinating Minister for Maritime Affairs, Arief
        // Wicaksono, was unpersuaded.": a role, then the name set off.
        if let Some(named) = role_then_named(previous) {
            return self
                .gender(&named)
                .is_none_or(|g| g == gender)
                .then_some(named);
        }
        // "Tull sat on the board ... until 2021. He resigned, he says, to
        // avoid “...”": a surname the text has named in full, opening the
        // sentence before its verb.
        let mut opening = previous.split_whitespace();
        let (surname, verb) = (opening.next()?, opening.next().unwrap_or(""));
        let surname_first = surname.len() > 2
            && surname.starts_with(char::is_uppercase)
            && surname.chars().all(char::is_alphabetic)
            && verb.starts_with(char::is_lowercase)
            && !PREPOSITIONS.contains(&verb)
            && !matches!(verb, "and" | "or" | "of");
        // A name's words, each capitalized and then in lower case.
        let last_word = |full: &&String| {
            full.rsplit(' ').next() == Some(surname)
                && full.split(' ').all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
                })
                && !matches!(
                    surname,
                    "The" | "This" | "That" | "These" | "Those" | "His" | "Her" | "Its" | "Their"
                )
        };
        // Named in full among the people known, or earlier in the text
        // ("... their own member of parliament, Gideon Tull. Tull sat").
        let full = || {
            full_name(&self.people, surname)
                .filter(last_word)
                .cloned()
                .or_else(|| {
                    // The sentence before ends where this one starts.
                    let at = sentence - previous.len();
                    let mut found = None;
                    named_people(&text[lookback_floor(text, at)..at], |p| {
                        if p.kind == SpeakerKind::Person && p.name.contains(' ') {
                            found = Some(p.name).filter(|n| last_word(&n)).or(found.take());
                        }
                        true
                    });
                    found
                })
        };
        if let Some(full) = surname_first.then(full).flatten() {
            let named = classify(&full, None);
            return (named.kind == SpeakerKind::Person
                && self.gender(&named).is_none_or(|g| g == gender))
            .then_some(named);
        }
        let mut people = Vec::new();
        named_people(previous, |person| {
            people.push(person);
            true
        });
        let [person] = people.as_slice() else {
            return None;
        };
        // "Ardonia’s Lucas Ferreira-Holm": the person, without whose.
        let words: Vec<&str> = person.name.split(' ').collect();
        let own = words
            .iter()
            .rposition(|w| is_possessive(w))
            .map_or(0, |k| k + 1);
        let person = &match own {
            0 => person.clone(),
            k if words.len() - k >= 2 => classify(&words[k..].join(" "), None),
            _ => return None,
        };
        // The subject: the sentence opens with the name, after at most a
        // few capitalized words of a title ("Lystrian Prime Minister").
        let given = person.name.split(' ').next().unwrap_or("");
        let opening = previous
            .split_whitespace()
            .take(5)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .any(|w| w == given);
        let first = person.name.split(' ').next().unwrap_or("").lower();
        (person.name.contains(' ')
            && person.kind == SpeakerKind::Person
            && !person.name.bytes().any(|b| b.is_ascii_digit())
            && !PREPOSITIONS.contains(&first.as_str())
            && !matches!(
                first.as_str(),
                "a" | "an" | "the" | "her" | "his" | "its" | "their" | "our" | "my" | "your"
            )
            && opening
            && self.gender(person).is_none_or(|g| g == gender))
        .then(|| person.clone())
    }

    /// The person last quoted, when the sentence before byte `sentence`
    /// quotes words and names their speaker by surname after them ("“We
    /// talked frankly,” Carney said.") and nothing says they are not the
    /// `pronoun`.
    fn quoted_just_before(&self, text: &str, sentence: usize, pronoun: &str) -> Option<Speaker> {
        let previous = previous_sentence(text, sentence)?;
        let last = self.recent.last()?;
        let surname = last.name.rsplit(' ').next()?;
        // The name in the attribution after the last quoted words.
        let close = previous.rfind(['”', '"'])?;
        let quoted = !previous[..close].trim().is_empty();
        let named = previous[close..]
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'')
            .any(|w| w == surname);
        (quoted
            && named
            && last.kind == SpeakerKind::Person
            && surname.starts_with(char::is_uppercase)
            && self
                .gender(last)
                .is_none_or(|g| Some(g) == pronoun_gender(pronoun)))
        .then(|| last.clone())
    }

    /// "At their last meeting, Envik recalls, Mr Vell did not look up": the
    /// one person the sentence before byte `sentence` names by a surname
    /// with a title of `gender`, in full when the text has named them so.
    fn titled_before(&self, text: &str, sentence: usize, gender: Gender) -> Option<Speaker> {
        let previous = previous_sentence(text, sentence)?;
        let mut found: Vec<Speaker> = Vec::new();
        named_people(previous, |person| {
            let titled = person
                .role
                .iter()
                .flat_map(|r| r.split_whitespace())
                .find_map(word_gender);
            if titled.is_some() && !person.name.contains(' ') {
                found.push(person);
            }
            found.len() < 2
        });
        let [person] = found.as_slice() else {
            return None;
        };
        (self.gender(person) == Some(gender)).then(|| match full_name(&self.people, &person.name) {
            Some(full) => Speaker {
                name: full.clone(),
                ..person.clone()
            },
            None => person.clone(),
        })
    }

    /// "The most damaging testimony comes from Dame Alys Penhallow, who ...
    /// The board declined to comment. ‘...,’ she tells the Sentinel": a
    /// person of `gender` the paragraph named a sentence or two before byte
    /// `sentence`, whom no subject made the one it is about.
    fn named_before(&self, text: &str, sentence: usize, gender: Gender) -> Option<Speaker> {
        let floor = lookback_floor(text, sentence);
        let mut end = sentence;
        for _ in 0..3 {
            if end <= floor {
                break;
            }
            let mut back = end - 1;
            while !text.is_char_boundary(back) {
                back -= 1;
            }
            let start = sentence_start(text, back).max(floor);
            // "He was appointed by Sir Keir Starmer.": a sentence
            // about the "he" already followed names someone else.
            let opener = text[start..end].split_whitespace().next().unwrap_or("");
            if pronoun_gender(&opener.lower()) == Some(gender) {
                return None;
            }
            let mut fitting = None;
            let mut named = 0;
            // "a fact its prime minister, Edda Varn, has not allowed anyone
            // to forget. “...,” she said": in the sentence right before, a
            // person named in full whose gender is not known fits too.
            // Only one set beside a role as its holder.
            let beside_role = if end == sentence && !is_pronoun(opener) {
                appositive_names(&text[start..end])
            } else {
                Vec::new()
            };
            named_people(&text[start..end], |person| {
                // Known to be a "she" ("Dame Alys"): a place
                // or a date read as a name never is.
                if person.name.contains(' ') {
                    named += 1;
                    let known = self.gender(&person);
                    if known == Some(gender)
                        || known.is_none() && beside_role.contains(&person.name)
                    {
                        fitting = Some(person);
                    }
                }
                true
            });
            // Of several named together ("introduced by Senator
            // Ada Kamara, Senator Bo Lin and others"), none; but the subject
            // of the last clause of the sentence right before ("..., and
            // Prime Minister Faridah Osman took the argument to parliament")
            // is whom it goes on about.
            if named > 1 {
                return (end == sentence)
                    .then(|| coordinated_subject(&text[start..end], &self.people))
                    .flatten()
                    .filter(|p| self.gender(p).is_none_or(|g| g == gender));
            }
            if fitting.is_some() {
                return fitting;
            }
            end = start;
        }
        None
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
        let lower = without_contraction(word).lower();
        let lower: &str = &lower;
        // Only up to the first " it " within the next 300 bytes, before any
        // sentence's end.
        let within = (lower == "it" && !sentence_text.trim_start().starts_with("It"))
            .then(|| {
                let reach =
                    crate::text::floor_boundary(sentence_text, sentence_text.len().min(300));
                let head = &sentence_text[..reach];
                head.find_short(" it ")
                    .filter(|&k| !head[..k].contains(". "))
            })
            .flatten()
            .and_then(|k| {
                // "...; the Foreign Ministry issued a statement saying it
                // had": the clause after a semicolon.
                let clause = &sentence_text[..k];
                let clause = clause
                    .rfind_short("; ")
                    .map_or(clause, |c| &clause[c + 2..]);
                sentence_subject(clause.strip_prefix("the ").unwrap_or(clause))
            })
            .map(|n| classify(&n, None))
            .filter(|s| s.kind == SpeakerKind::Organization);
        let named = match lower {
            // Nobody named before: the one person the sentence before names
            // ("I put the question to Ilse Brandt when she visited.").
            // "When Gerald appointed me, he didn't ... He said": a man
            // the paragraph names by his given name before the sentence.
            // "“We talked frankly,” Carney said. “...,” he added.": the
            // one whose words the sentence before quoted, by name.
            "he" | "she" => self
                .quoted_just_before(text, sentence, lower)
                .or_else(|| self.named_before_semicolon(sentence_text, lower))
                .or_else(|| opening_clause_subject(sentence_text, lower))
                .or_else(|| opening_clause_subject(previous_sentence(text, sentence)?, lower))
                .filter(|p| {
                    self.gender(p)
                        .is_none_or(|g| Some(g) == pronoun_gender(lower))
                })
                .or_else(|| self.subject_before(text, sentence, pronoun_gender(lower)?))
                // "The engineer on Train 14K is one of our members. “...,” he
                // told": the one the sentence before opens by describing.
                .or_else(|| the_one_described(previous_sentence(text, sentence)?.trim_start()))
                .or_else(|| self.titled_before(text, sentence, pronoun_gender(lower)?))
                .or_else(|| {
                    let g = pronoun_gender(lower)?;
                    given_name_in(&text[lookback_floor(text, sentence)..sentence], g)
                })
                .map(|p| {
                    // "Peter" of "Peter Lindqvist", named in full before.
                    let full = (!p.name.contains(' '))
                        .then(|| {
                            self.people
                                .iter()
                                .rev()
                                .find(|n| n.split(' ').next() == Some(p.name.as_str()))
                        })
                        .flatten();
                    let p = match full {
                        Some(n) => classify(n, None),
                        None => p,
                    };
                    // As remembered, with the title or role given then.
                    self.recent
                        .iter()
                        .rev()
                        .find(|s| s.name == p.name)
                        .cloned()
                        .unwrap_or(p)
                })
                .or_else(|| self.named_before(text, sentence, pronoun_gender(lower)?))
                .or_else(|| self.person_for(lower))
                .or_else(|| {
                    only_person_in(text, sentence)
                        .map(|named| classify(&named, None))
                        .filter(|p| {
                            self.gender(p)
                                .is_none_or(|g| Some(g) == pronoun_gender(lower))
                        })
                })
                // "FAIRBAIRN: I did. And she said": in a speaker's turn, a
                // "he" or "she" is someone else, the "I" never.
                .and_then(|p| match &self.turn {
                    Some(turn) if turn.name == p.name => self
                        .recent
                        .iter()
                        .rev()
                        .filter(|s| s.name != turn.name && s.kind != SpeakerKind::Organization)
                        .find(|s| {
                            self.gender(s)
                                .is_none_or(|g| Some(g) == pronoun_gender(lower))
                        })
                        .cloned(),
                    _ => Some(p),
                }),

            "its" | "who" => sentence_subject(sentence_text).map(|n| classify(&n, None)),
            // "I said," in a turn of a transcript or in a signed text: the
            // turn's speaker or the author.
            "i" => self.turn.clone().or_else(|| self.author.clone()),
            // "USTR had opened an investigation into what it called": an
            // "it" inside its sentence is the body the sentence is about.
            "it" if within.is_some() => within,
            "it" | "they" => {
                // The sentence before: from the last character before this one.
                let mut back = sentence.saturating_sub(1);
                while !text.is_char_boundary(back) {
                    back -= 1;
                }
                // A turn's label ("The CHAIR:") is no part of the sentence.
                let mut before = sentence_start(text, back);
                if (before..sentence).contains(&self.opening) {
                    before = self.opening;
                }
                let previous = &text[before..sentence];
                // "Gemba meets Secretary Clinton. They agree that ...": both.
                let people = (lower == "they").then(|| people_in(previous));
                match people {
                    Some(people) if people.len() >= 2 => Some(Speaker {
                        name: people.join(" and "),
                        role: None,
                        kind: SpeakerKind::Person,
                        resolved_from: None,
                    }),
                    _ => (before < sentence)
                        .then(|| (lower == "it").then(|| document_object(previous)).flatten())
                        .flatten()
                        .or_else(|| {
                            (before < sentence && lower == "it")
                                .then(|| reply_owner(previous))
                                .flatten()
                        })
                        .or_else(|| {
                            (before < sentence)
                                .then(|| sentence_subject(previous))
                                .flatten()
                                .map(|n| classify(&n, None))
                        })
                        .or_else(|| {
                            (lower == "it")
                                .then(|| document_opening(previous))
                                .flatten()
                        })
                        // "The ministry issued a statement on Friday. “...,”
                        // it said": a body named by its noun.
                        .or_else(|| {
                            (before < sentence)
                                .then(|| body_opening(previous))
                                .flatten()
                        })
                        // "The Kremlin rejected the proposal." and, in the
                        // next paragraph, "“...,” it said": nothing nearer.
                        // Only a body's words of speech, not a document's
                        // "it found".
                        .or_else(|| {
                            // "“...,” it said", "..., it added": not "what it says".
                            // Within the sentence's first 300 bytes, not the
                            // rest of the paragraph, for each "it".
                            let reach = crate::text::floor_boundary(
                                sentence_text,
                                sentence_text.len().min(300),
                            );
                            let head = &sentence_text[..reach];
                            let spoken = ["” it ", "\" it ", ", it "].iter().any(|lead| {
                                head.match_indices(lead).any(|(k, _)| {
                                    let verb = head[k + lead.len()..]
                                        .split([' ', ',', '.'])
                                        .next()
                                        .unwrap_or("");
                                    matches!(verb, "said" | "says" | "added" | "adds" | "told")
                                })
                            });
                            self.body.clone().filter(|_| spoken)
                        }),
                }
            }
            _ => return None,
        };
        named.map(|s| Speaker {
            resolved_from: Some(word.to_string()),
            ..s
        })
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inscription_verb_before_a_run_of_spaces() {
        // The verb is read past the spaces, and the words before it too.
        let before = format!("Outside the town hall, a sign reads:{}", " ".repeat(100));
        assert!(inscription(&before));
        assert!(!inscription(&" ".repeat(100)));
    }

    #[test]
    fn word_lists_of_the_attributor_are_sorted_and_unique() {
        for list in [PUBLISHING_VERBS, LY_NOUNS, NOUN_LIKE_VERBS, &SPOKEN_NOUNS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn a_document_a_sentence_brings_out_or_a_message_s_sender_is_what_it_stands_for() {
        let audit = document_object("The new government publishes an audit of state companies. ");
        assert_eq!(audit.map(|s| s.name), Some("audit".to_string()));
        let statement = document_object("The ministry issued a short statement the next day. ");
        assert!(statement.is_none());
        let sender = document_object("He received a text message from the defendant at 6pm. ");
        assert_eq!(sender.map(|s| s.name), Some("the defendant".to_string()));
    }

    #[test]
    fn a_time_s_full_stop_ends_a_sentence_and_an_abbreviation_s_does_not() {
        let text = "It came at 6.12pm. It read";
        assert_eq!(
            sentence_start(text, text.len()),
            text.find_short("It read").unwrap()
        );
        let text = "It came at 6 p.m. on Monday";
        assert_eq!(sentence_start(text, text.len()), 0);
    }

    #[test]
    fn a_short_clause_with_its_cue_is_a_statement_and_a_short_phrase_a_term() {
        assert_eq!(
            quote_role("", "We are leaving,", false, Some("said")),
            QuoteRole::Statement
        );
        assert_eq!(
            quote_role("the ", "line units", false, Some("said")),
            QuoteRole::Term
        );
        assert_eq!(quote_role("a ", "done", false, None), QuoteRole::Term);
    }

    #[test]
    fn a_person_given_an_age_is_the_one_a_sentence_introduces() {
        let amina = aged_person("Amina, 34, a mother of three, arrived in Kebbeh on 18 January.");
        assert_eq!(amina.map(|s| s.name), Some("Amina".to_string()));
        let musa = aged_person("Among them was Musa, 45, a neighbour of Yusuf’s.");
        assert_eq!(musa.map(|s| s.name), Some("Musa".to_string()));
        // A count or a year is no age.
        assert!(aged_person("Prices rose in Harlow, 2024, and fell.").is_none());
        assert!(aged_person("Of the deputies, 250, a majority, voted.").is_none());
    }

    #[test]
    fn a_message_s_sender_speaks_the_words_its_that_clause_quotes() {
        let from = message_from(
            "the paper carries a warning from the Association of Savers that any cut would be ",
        );
        assert_eq!(
            from.map(|s| s.name),
            Some("Association of Savers".to_string())
        );
        // The clause has ended before the quotation.
        assert!(message_from(
            "Despite a warning from the Bank that inflation would persist, investors remained "
        )
        .is_none());
        // A source list's letter and its title.
        assert!(message_from("Letter from ISSA to the Commandant, ").is_none());
    }

    #[test]
    fn a_sign_s_words_are_nobody_s_but_a_placard_s_are_its_carriers() {
        assert!(inscription("A hand-painted sign beside the pump reads "));
        assert!(inscription("Protesters waved placards reading: "));
        assert!(!inscription("Their placards read "));
        assert!(!inscription("The board of directors said the bid "));
        assert!(!inscription(
            "Amid signs of strain, Smith said the plan was "
        ));
    }

    #[test]
    fn a_label_line_names_a_speaker_and_a_role_and_a_chapter_title_is_none() {
        let label = label_line("Renata Kovac -- President and Chief Executive Officer").unwrap();
        assert_eq!(label.head, "Renata Kovac");
        assert_eq!(
            label.role.as_deref(),
            Some("President and Chief Executive Officer")
        );
        let analyst = label_line("Leo Brandt -- Ashgrove Partners -- Analyst").unwrap();
        assert_eq!(analyst.role.as_deref(), Some("Ashgrove Partners, Analyst"));
        assert!(label_line("Operator").is_some());
        assert!(label_line("Part One – The Crossing").is_none());
        assert!(label_line("Marta Kowal -- she said it was over.").is_none());
    }

    #[test]
    fn initials_stand_for_the_first_name_whose_words_they_begin() {
        let text = "Housing Minister Ruth Harlan talks to Joss Barraclough about the levy.";
        assert_eq!(
            name_with_initials(text, "JB").as_deref(),
            Some("Joss Barraclough")
        );
        assert_eq!(
            name_with_initials(text, "RH").as_deref(),
            Some("Ruth Harlan")
        );
        assert_eq!(name_with_initials(text, "XY"), None);
    }

    fn unnamed(name: &str) -> Option<Speaker> {
        Some(Speaker {
            name: name.to_string(),
            role: None,
            kind: SpeakerKind::UnnamedSource,
            resolved_from: None,
        })
    }

    #[test]
    fn one_of_them_is_one_of_the_group_counted_before() {
        let before = "Two officials familiar with the contacts said the ministers met \
                      privately on the sidelines. ";
        let member = member_of_group(unnamed("One of them"), before).map(|s| s.name);
        assert_eq!(member.as_deref(), Some("one of the officials"));
        // Nobody counted: the nearest group.
        let member = member_of_group(unnamed("one of them"), "Angry residents packed the hall. ")
            .map(|s| s.name);
        assert_eq!(member.as_deref(), Some("one of the residents"));
        // No group at all: as written; and any other speaker untouched.
        let member = member_of_group(unnamed("one of them"), "It rained. ").map(|s| s.name);
        assert_eq!(member.as_deref(), Some("one of them"));
        let other = member_of_group(unnamed("a senior official"), before).map(|s| s.name);
        assert_eq!(other.as_deref(), Some("a senior official"));
    }

    #[test]
    fn the_ministry_is_the_one_last_named_in_full() {
        let body = |before: &str| definite_body(unnamed("the ministry"), before).map(|s| s.name);
        assert_eq!(
            body("The Ministry of Industry and Trade sounded more defensive. ").as_deref(),
            Some("Ministry of Industry and Trade")
        );
        assert_eq!(
            body("In December, the Ministry of Investment, Trade and Industry objected. ")
                .as_deref(),
            Some("Ministry of Investment, Trade and Industry")
        );
        assert_eq!(
            body("Japan's Foreign Ministry summoned the envoy. ").as_deref(),
            Some("Foreign Ministry")
        );
        // Nothing named: as written.
        assert_eq!(body("Talks resumed. ").as_deref(), Some("the ministry"));
    }

    #[test]
    fn a_date_inside_a_subject_is_masked_at_its_length() {
        let mut prefix = "An official, briefing reporters on February 11, 2027, said".to_string();
        let len = prefix.len();
        mask_date_commas(&mut prefix);
        assert_eq!(prefix.len(), len);
        assert!(!prefix.contains("2027"));
        assert!(prefix.contains("on                  , said"), "{prefix:?}");
        // A list of numbers is no date.
        let mut list = "rose 11, 2027 and 12 points".to_string();
        mask_date_commas(&mut list);
        assert_eq!(list, "rose 11, 2027 and 12 points");
    }

    #[test]
    fn a_phrase_of_time_before_a_subject_is_no_part_of_it() {
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        assert_eq!(
            time_opening(&words("Last week Hartwell Ratings affirmed")),
            2
        );
        assert_eq!(time_opening(&words("In July you told us")), 2);
        assert_eq!(time_opening(&words("In August the Office of")), 2);
        assert_eq!(time_opening(&words("On 3 March 2024 the minister")), 4);
        assert_eq!(
            time_opening(&words("Yesterday Chancellor Bram Oyelaran")),
            1
        );
        // A subject of its own: "That official", "In the House".
        assert_eq!(time_opening(&words("That official said")), 0);
        assert_eq!(time_opening(&words("In the House he said")), 0);
        // Nothing after the phrase to be a subject.
        assert_eq!(time_opening(&words("Last week")), 0);
    }

    #[test]
    fn a_narrator_s_he_or_she_is_the_one_the_narrator_spoke_to() {
        let one = |scope: &str| unnamed_antecedent(scope, Gender::Female).map(|s| s.name);
        assert_eq!(
            one("When I told a friend I was writing to the Courier, "),
            Some("a friend".to_string())
        );
        assert_eq!(
            one("Last week I asked one of the librarians what would happen. "),
            Some("one of the librarians".to_string())
        );
        // A "her" is a man's no more than a folder is a person.
        assert_eq!(one("I asked my brother about it. "), None);
        assert_eq!(one("I was expecting a folder of red lines. "), None);
        // Nobody narrates inside a quotation; a person named in full wins.
        assert_eq!(one("“We won,” a senior official said. "), None);
        assert_eq!(one("I asked a nurse and Ruth Abernathy. "), None);
    }

    #[test]
    fn a_group_is_no_he_or_she() {
        assert!(names_group("MPs"));
        assert!(names_group("local officials"));
        assert!(names_group("Critics"));
        assert!(!names_group("one of the officials"));
        assert!(!names_group("Ruth Abernathy"));
        assert!(!names_group("a senior official"));
    }

    #[test]
    fn a_name_set_beside_a_described_subject_is_the_speaker() {
        let named = |head: &str| described_then_named(head).map(|s| s.name);
        assert_eq!(
            named("One of her classmates, Desmond Hurley, recalled"),
            Some("Desmond Hurley".to_string())
        );
        assert_eq!(
            named("Ostrander Chemie's chief executive, Pieter Kalman, apologises"),
            Some("Pieter Kalman".to_string())
        );
        assert_eq!(
            named("the Skerrow lighthouse keeper, Fergus Innes"),
            Some("Fergus Innes".to_string())
        );
        // A place after a comma is no person.
        assert_eq!(named("The talks, Geneva, resumed"), None);
    }

    #[test]
    fn the_last_clause_with_a_subject_of_its_own_gives_a_participle_its_subject() {
        assert_eq!(
            clause_subject(
                "Tokyo called it \u{1}\u{1} and Ikeda said she would \u{1}\u{1} while pointedly "
            )
            .as_deref(),
            Some("Ikeda")
        );
        assert_eq!(
            clause_subject(
                "The Chosun Ilbo warned \u{1}\u{1} and the Asahi Shimbun struck a note, "
            )
            .as_deref(),
            Some("Asahi Shimbun")
        );
        assert_eq!(clause_subject("The ministry said on Monday, "), None);
    }
}
