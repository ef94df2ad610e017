//! Article metadata: the front matter's title and byline, and the
//! "extracted from" and "Preferred citation" sentences.

use std::sync::LazyLock;

use regex::Regex;

use crate::body::{Paragraph, Role};
use crate::date;
use crate::model::{Author, Citation, IssueDate, Metadata, PageRange};
use crate::text::Source;

/// Reads the metadata from the body's paragraphs.
pub(crate) fn read(source: &Source<'_>, paragraphs: &[Paragraph<'_>]) -> Metadata {
    let mut meta = Metadata {
        citation: paragraphs
            .iter()
            .filter(|p| p.role == Role::Text)
            .find_map(|p| citation(source, p)),
        ..Metadata::default()
    };
    let extracted = paragraphs
        .iter()
        .filter(|p| {
            p.role == Role::Text
                && crate::text::contains_ascii_caseless(&p.plain.text, "extracted from")
        })
        .find_map(|p| EXTRACTED.captures(&p.plain.text));
    if let Some(c) = &extracted {
        meta.journal = Some(c[1].trim().to_string());
        meta.volume = c.get(2).and_then(|m| m.as_str().parse().ok());
        meta.issue = c.get(3).and_then(|m| m.as_str().parse().ok());
        meta.issue_date = c.get(4).and_then(|m| issue_date(m.as_str()));
    }
    if let Some(cite) = &meta.citation {
        meta.volume = meta.volume.or(cite.volume);
        meta.issue = meta.issue.or(cite.issue);
        meta.pages = cite.pages;
        if meta.journal.is_none() {
            meta.journal = CITED_JOURNAL
                .captures(&cite.text)
                .map(|c| c[1].trim().to_string());
        }
    }

    let front: Vec<&Paragraph<'_>> = paragraphs
        .iter()
        .filter(|p| p.role == Role::Front)
        .collect();
    // "By Jane Doe, Professor of History": a byline anywhere before the body.
    if let Some(p) = paragraphs
        .iter()
        .take(FRONT_PARAGRAPHS)
        .find(|p| crate::body::is_byline(&p.plain.text))
    {
        meta.authors.extend(by_line(source, p));
    }
    // "COAST GUARDS, CABLES, AND A CROWDED SEA" reads like "NAME,
    // AFFILIATION": a line the citation gives as its title or subtitle, or
    // one with a part that starts with an article, is no byline.
    let title_parts: Vec<String> = meta
        .citation
        .as_ref()
        .and_then(|c| c.title.as_deref())
        .map(|t| t.split(": ").map(normalized).collect())
        .unwrap_or_default();
    let titled = |text: &str| {
        title_parts.contains(&normalized(text))
            || text.split(',').any(|part| {
                // "..., AND A CROWDED SEA": past a joining "and".
                let mut words = part.split_whitespace().map(str::to_lowercase);
                let first = words.next().unwrap_or_default();
                let first = if first == "and" || first == "&" {
                    words.next().unwrap_or_default()
                } else {
                    first
                };
                ["a", "an", "the"].contains(&first.as_str())
            })
    };
    let byline_at = front.iter().position(|p| {
        reads_as_byline(&p.plain.text)
            && !crate::body::is_byline(&p.plain.text)
            && !titled(&p.plain.text)
    });
    if let Some(b) = byline_at {
        for p in &front[b..] {
            meta.authors
                .extend(authors(source, p, meta.citation.as_ref()));
        }
    }
    match meta.citation.as_ref().and_then(|c| c.title.clone()) {
        Some(title) => {
            let (main, sub) = match title.split_once(": ") {
                Some((a, b)) => (a.to_string(), Some(b.to_string())),
                None => (title, None),
            };
            meta.title = Some(main);
            meta.subtitle = sub;
        }
        None => {
            let before = &front[..byline_at.unwrap_or(front.len())];
            if let Some(at) = before
                .iter()
                .rposition(|p| p.plain.text.to_lowercase().ends_with("relations"))
            {
                meta.title = Some(title_case(&before[at].plain.text));
                let rest: Vec<String> = before[at + 1..]
                    .iter()
                    .map(|p| title_case(&p.plain.text))
                    .collect();
                meta.subtitle = (!rest.is_empty()).then(|| rest.join(" "));
            }
        }
    }
    if meta.title.is_none() {
        meta.title = markdown_title(source);
    }
    meta
}

/// How many paragraphs from the top a byline starting with "By" is looked for in.
const FRONT_PARAGRAPHS: usize = 12;

/// The authors of a "By NAME[, ROLE]" line ("By Jane Doe and John Roe, ...").
fn by_line(source: &Source<'_>, p: &Paragraph<'_>) -> Vec<Author> {
    let text = p.plain.text.trim();
    let Some(c) = crate::body::BY_NAME.captures(text) else {
        return Vec::new();
    };
    let role = c.get(2).map(|m| m.as_str().trim().to_string());
    let (start, end) = c
        .get(1)
        .map_or((0, 0), |m| p.plain.source_range(m.start(), m.end()));
    AUTHOR_SPLIT
        .split(&c[1])
        .filter(|name| !name.trim().is_empty())
        .map(|name| Author {
            name: name.trim().to_string(),
            affiliation: role.clone(),
            span: source.span(start, end),
        })
        .collect()
}

/// The text of the first level-one Markdown heading ("# Title"), or the
/// `title:` of a YAML front matter, when the document has one.
fn markdown_title(source: &Source<'_>) -> Option<String> {
    let lines = &source.lines;
    let front_matter = lines.first().is_some_and(|l| l.text.trim() == "---");
    let mut in_front = front_matter;
    let mut yaml_title = None;
    for (k, line) in lines.iter().enumerate() {
        let text = line.text.trim();
        if in_front {
            if k > 0 && text == "---" {
                in_front = false;
            } else if let Some(t) = text.strip_prefix("title:") {
                let t = t.trim().trim_matches(['"', '\'']).trim();
                yaml_title = (!t.is_empty()).then(|| t.to_string());
            }
            continue;
        }
        if let Some(title) = text.strip_prefix("# ") {
            let title = title.trim().trim_matches('#').trim();
            if !title.is_empty() {
                return Some(title.to_string());
            }
        }
    }
    yaml_title
}

static EXTRACTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)extracted from\s+([^:,]+?)\s*[:,][^.]*?Vol(?:ume)?\.?\s*([0-9]+),?\s*(?:No\.?|Number|Issue)\s*([0-9]+)(?:,\s*([A-Z][a-z]+\.?\s+[0-9]{4}))?")
        .unwrap()
});
static PREFERRED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:preferred\s+)?citation:\s*").unwrap());
static CITED_JOURNAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[”\x22]\s*([^,]+),\s*Vol").unwrap());
static VOLUME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bVol(?:ume)?\.?\s*(\d+)").unwrap());
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:No\.?|Number|Issue)\s*(\d+)").unwrap());
static PAGES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bpp?\.?\s*([0-9]+)\s*[-–]\s*([0-9]+)").unwrap());
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*,\s*\S").unwrap()
});
/// Whether `text` is a byline of capitalized names and a comma ("AKIKO
/// KUBOTA, TOKAI UNIVERSITY"): a capital and a comma are looked for first,
/// then [`BYLINE`] is read by hand while the text is ASCII; the regex is
/// compiled and run only for names with other letters.
fn reads_as_byline(text: &str) -> bool {
    // `\p{Lu}` is part of what `char::is_uppercase` accepts.
    text.starts_with(char::is_uppercase)
        && text.contains(',')
        && byline_ascii(text).unwrap_or_else(|| BYLINE.is_match(text))
}

/// [`BYLINE`] read by hand: two to four names of a capital and then
/// letters, stops, apostrophes or hyphens, white space between them, then a
/// comma and something after it. `None` when a character outside ASCII
/// stands where the regex's Unicode classes would decide.
fn byline_ascii(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    let ascii = |i: usize| match b.get(i) {
        Some(c) if !c.is_ascii() => None,
        c => Some(c.copied()),
    };
    let space = |c: Option<u8>| matches!(c, Some(b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'));
    let (mut i, mut names) = (0, 0);
    loop {
        // A name: a capital, then its other characters.
        if !ascii(i)?.is_some_and(|c| c.is_ascii_uppercase()) {
            return Some(false);
        }
        i += 1;
        while ascii(i)?.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b'\'' | b'-'))
        {
            i += 1;
        }
        names += 1;
        let mut j = i;
        while space(ascii(j)?) {
            j += 1;
        }
        match ascii(j)? {
            Some(c) if c.is_ascii_uppercase() && j > i && names < 4 => i = j,
            Some(b',') if names >= 2 => return Some(!text[j + 1..].trim_start().is_empty()),
            _ => return Some(false),
        }
    }
}
static AUTHOR_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:AND|and|&)\s+|\s*[;/]\s*").unwrap());

fn citation(source: &Source<'_>, p: &Paragraph<'_>) -> Option<Citation> {
    if !crate::text::contains_ascii_caseless(&p.plain.text, "citation:") {
        return None;
    }
    let m = PREFERRED.find(&p.plain.text)?;
    let text = p.plain.text[m.end()..].trim_end();
    let (start, end) = p.plain.source_range(m.end(), m.end() + text.len());
    let open = text.find(['“', '"']);
    let authors = open
        .map(|o| {
            text[..o]
                .trim()
                .trim_end_matches(',')
                .split([',', '&'])
                .flat_map(|part| part.split(" and "))
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let title = open.and_then(|o| {
        let after = &text[o..];
        let first = after.chars().next()?;
        let inner = &after[first.len_utf8()..];
        let close = inner.find(['”', '"'])?;
        Some(
            inner[..close]
                .trim()
                .trim_end_matches(',')
                .trim()
                .to_string(),
        )
    });
    Some(Citation {
        text: text.to_string(),
        authors,
        title,
        volume: VOLUME.captures(text).and_then(|c| c[1].parse().ok()),
        issue: NUMBER.captures(text).and_then(|c| c[1].parse().ok()),
        pages: PAGES.captures(text).and_then(|c| {
            Some(PageRange {
                first: c[1].parse().ok()?,
                last: c[2].parse().ok()?,
            })
        }),
        span: source.span(start, end),
    })
}

fn issue_date(text: &str) -> Option<IssueDate> {
    let written = date::parse(text)?;
    let value = written.normalize(None).start?;
    Some(IssueDate {
        text: text.to_string(),
        value,
    })
}

/// The authors of one byline paragraph ("JI-YOUNG LEE, AMERICAN UNIVERSITY").
/// The lines of a byline paragraph as offsets into its plain text: one
/// author per line ("HANNAH WESTBROOK, LOWELL INSTITUTE" over "NAKAMURA
/// AKIKO, TOKAI UNIVERSITY") when every line reads as a byline, else the
/// whole paragraph.
fn byline_lines<'p>(source: &Source<'_>, p: &'p Paragraph<'_>) -> Vec<(usize, &'p str)> {
    let text: &str = &p.plain.text;
    let lines: Vec<&str> = source.lines[p.first_line.min(source.lines.len())..]
        .iter()
        .take_while(|l| !l.is_blank())
        .map(|l| l.text.trim())
        .collect();
    let mut out = Vec::new();
    let mut cursor = 0;
    for line in &lines {
        match text[cursor..].find(line) {
            Some(at) if lines.len() > 1 && reads_as_byline(line) => {
                out.push((cursor + at, &text[cursor + at..cursor + at + line.len()]));
                cursor += at + line.len();
            }
            _ => return vec![(0, text)],
        }
    }
    if out.is_empty() {
        out.push((0, text));
    }
    out
}

fn authors(source: &Source<'_>, p: &Paragraph<'_>, citation: Option<&Citation>) -> Vec<Author> {
    let mut out = Vec::new();
    let mut parts: Vec<(usize, &str)> = Vec::new();
    for (line_at, line) in byline_lines(source, p) {
        let mut at = 0;
        for m in AUTHOR_SPLIT.find_iter(line) {
            parts.push((line_at + at, &line[at..m.start()]));
            at = m.end();
        }
        parts.push((line_at + at, &line[at..]));
    }
    for (offset, part) in parts {
        let (name, affiliation) = match part.split_once(',') {
            Some((n, a)) => (n.trim(), Some(a.trim())),
            None => (part.trim(), None),
        };
        if name.is_empty() {
            continue;
        }
        let cited = citation.and_then(|c| c.authors.iter().find(|a| a.eq_ignore_ascii_case(name)));
        let name = cited.cloned().unwrap_or_else(|| {
            if is_caps(name) {
                title_case(name)
            } else {
                name.to_string()
            }
        });
        let (start, end) = p.plain.source_range(offset, offset + part.trim_end().len());
        out.push(Author {
            name,
            affiliation: affiliation.filter(|a| !a.is_empty()).map(|a| {
                if is_caps(a) {
                    title_case(a)
                } else {
                    a.to_string()
                }
            }),
            span: source.span(start, end),
        });
    }
    out
}

/// `text` in lower case with its runs of space made one, for comparing.
fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn is_caps(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// "JAPAN-KOREA RELATIONS" → "Japan-Korea Relations"; small words stay lowercase.
pub(crate) fn title_case(text: &str) -> String {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    ];
    let mut out = Vec::new();
    for (k, word) in text.split_whitespace().enumerate() {
        let lower = word.to_lowercase();
        if k > 0 && SMALL.contains(&lower.as_str()) {
            out.push(lower);
        } else if word.chars().count() == 2 && is_caps(word) {
            out.push(word.to_string());
        } else {
            let mut w = String::new();
            let mut capital = true;
            for c in lower.chars() {
                if capital {
                    w.extend(c.to_uppercase());
                } else {
                    w.push(c);
                }
                capital = c == '-' || c == '/';
            }
            out.push(w);
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text put together from pieces that matter to the byline
    /// pattern, up to five pieces long: the hand-written reading agrees
    /// with the regex wherever it gives an answer.
    #[test]
    fn the_hand_written_byline_agrees_with_its_regex() {
        let pieces = [
            "AKIKO", "Kubota", "O'Neil", "J.", "Jean-Luc", "de", "x", " ", "  ", "\t", ",", ", ",
            "TOKAI", "7", "(", "É", "\u{a0}", "’", "",
        ];
        let (mut checked, mut bylines) = (0, 0);
        let n = pieces.len();
        for code in 0..n.pow(5) {
            let mut text = String::new();
            let mut rest = code;
            for _ in 0..5 {
                text.push_str(pieces[rest % n]);
                rest /= n;
            }
            if let Some(hand) = byline_ascii(&text) {
                assert_eq!(hand, BYLINE.is_match(&text), "{text:?}");
                checked += 1;
                bylines += hand as usize;
            }
        }
        assert!(
            checked > 1_000_000 && bylines > 1_000,
            "{checked} checked, {bylines} bylines"
        );
    }
}
