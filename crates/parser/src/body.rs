//! The body outside the chronologies: paragraphs, headings, figure captions,
//! and paragraphs broken by a page break joined again.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Figure, Section};
use crate::text::{Line, Plain, Source};

/// What a body paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The caps lines above the first paragraph: banner, title, byline.
    Front,
    Heading,
    Figure,
    /// A running header, footer or page number.
    Furniture,
    Text,
}

/// One paragraph of the body (several paragraphs when a page break had split it).
#[derive(Debug, Clone)]
pub(crate) struct Paragraph<'a> {
    pub role: Role,
    pub plain: Plain<'a>,
    /// Index of its first line.
    pub first_line: usize,
}

/// The paragraphs of `source` outside `skip` (line ranges taken by chronologies).
pub(crate) fn paragraphs<'a>(source: &Source<'a>, skip: &[(usize, usize)]) -> Vec<Paragraph<'a>> {
    let mut raw: Vec<(usize, Vec<Line<'_>>)> = Vec::new();
    let mut current: Vec<Line<'_>> = Vec::new();
    let mut first = 0;
    let front_matter = source.front_matter_lines();
    for (i, line) in source.lines.iter().enumerate() {
        // `skip` is in document order and its ranges are disjoint: only the
        // last one starting at or before line `i` can hold it.
        let taken = skip.partition_point(|&(a, _)| a <= i);
        let skipped = i < front_matter || taken > 0 && i <= skip[taken - 1].1;
        if line.is_blank() || skipped {
            if !current.is_empty() {
                raw.push((first, std::mem::take(&mut current)));
            }
            continue;
        }
        // "54" and "COMPARATIVE CONNECTIONS | JANUARY 2028" over the page's
        // first line, with no blank line between: furniture of their own.
        if current.is_empty() && is_furniture(line.text) {
            raw.push((i, vec![*line]));
            continue;
        }
        if current.is_empty() {
            first = i;
        }
        current.push(*line);
    }
    if !current.is_empty() {
        raw.push((first, current));
    }

    let mut out: Vec<Paragraph> = Vec::new();
    let mut in_front = true;
    for (first_line, lines) in raw {
        let plain = Plain::of_lines(&lines);
        // A Markdown heading: "# Title" is front matter, "## Section" a
        // section wherever it stands; the markers are no part of the text.
        let markers = plain.text.bytes().take_while(|&b| b == b'#').count();
        if lines.len() == 1 && (1..=6).contains(&markers) && plain.text[markers..].starts_with(' ')
        {
            let body = plain.slice(markers, plain.text.len()).into_trimmed();
            if !body.text.is_empty() {
                let role = if markers == 1 {
                    Role::Front
                } else {
                    Role::Heading
                };
                out.push(Paragraph {
                    role,
                    plain: body,
                    first_line,
                });
                continue;
            }
        }
        let text = plain.text.trim();
        let role = if text.starts_with('F') && FIGURE.is_match(text) {
            Role::Figure
        } else if lines.len() == 1 && is_furniture(text) {
            Role::Furniture
        } else if lines.len() <= 2 && is_heading(text) {
            if in_front {
                Role::Front
            } else {
                Role::Heading
            }
        } else {
            in_front = false;
            Role::Text
        };
        out.push(Paragraph {
            role,
            plain,
            first_line,
        });
    }
    join_page_breaks(source, out)
}

/// Figure captions of the body.
pub(crate) fn figures(source: &Source<'_>, paragraphs: &[Paragraph<'_>]) -> Vec<Figure> {
    let mut figures = Vec::new();
    for p in paragraphs.iter().filter(|p| p.role == Role::Figure) {
        let text = p.plain.text.trim();
        let Some(c) = FIGURE.captures(text) else {
            continue;
        };
        let body = c.get(2).map_or("", |m| m.as_str());
        let (caption, credit) = match CREDIT.find_iter(body).last() {
            Some(m) => (
                &body[..m.start()],
                Some(
                    body[m.end()..]
                        .trim()
                        .trim_end_matches('.')
                        .trim()
                        .to_string(),
                ),
            ),
            None => (body, None),
        };
        let (start, end) = p.plain.source_range(0, p.plain.text.len());
        figures.push(Figure {
            // At most six digits, not all zero: a number of 1 or more.
            number: c[1].parse().unwrap_or(1),
            caption: caption
                .trim()
                .trim_end_matches(['.', ',', ';'])
                .trim()
                .to_string(),
            credit: credit.filter(|c| !c.is_empty()),
            span: source.span(start, end),
        });
    }
    figures
}

/// Headings of the body.
pub(crate) fn sections(source: &Source<'_>, paragraphs: &[Paragraph<'_>]) -> Vec<Section> {
    paragraphs
        .iter()
        .filter(|p| p.role == Role::Heading && !is_byline(&p.plain.text))
        .map(|p| {
            let (start, end) = p.plain.source_range(0, p.plain.text.len());
            Section {
                title: p.plain.text.trim().to_string(),
                span: source.span(start, end),
            }
        })
        .collect()
}

/// Whether `text` is a byline ("By Jane Doe, Professor of History"), not a heading.
pub(crate) fn is_byline(text: &str) -> bool {
    let text = text.trim();
    // A sentence that starts with "By Monday, ..." is no byline: a byline is
    // short, and a full stop ends it only after an abbreviation ("Ph.D.").
    let sentence = text.ends_with('.')
        && text
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.chars().count() > 5);
    // "By" and white space first, before the regex is compiled or run: most
    // articles have no such line.
    let by = text.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && text[2..].starts_with(char::is_whitespace);
    by && text.chars().count() <= 120 && !sentence && BY_NAME.is_match(text)
}

/// "By" and a capitalized name.
pub(crate) static BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|bin|al|da|di|la|le|and|&)){1,8})(?:\s*,\s*(.+?))?\s*$").unwrap()
});

/// Whether a line is a running header, footer or page number left by PDF
/// conversion: a page number alone ("116", "Page 12", "- 12 -"), or a short
/// line of capitalized words naming the journal or section ("... Relations",
/// "Comparative Connections", "Chronology") with a page number and perhaps
/// an issue date, in any order ("JAPAN-KOREA RELATIONS | SEPTEMBER 2020 121").
pub(crate) fn is_furniture(text: &str) -> bool {
    let text = text.trim();
    // "| BWN-3 | Nordhavn | 8 November 2023 | 118 |": a row of a Markdown
    // table, whatever its numbers.
    if text.len() > 1 && text.starts_with('|') && text.ends_with('|') {
        return false;
    }
    // A footer spread over the page's width ("Congressional Research Service
    // ... 1") is long in spaces only: its words are what must be short.
    // Furniture holds a page number: a line without a digit is none.
    if text.is_empty() || text.len() > 4 * 90 + 200 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•'))
        .filter(|w| !w.is_empty() && !matches!(*w, "-" | "–" | "—"))
        .collect();
    if words.iter().map(|w| w.chars().count() + 1).sum::<usize>() > 91 {
        return false;
    }
    let page = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // "COMPARATIVE CONNECTIONS | JANUARY 2028" under a page number on a
    // line of its own: a journal's name and its issue, set off by a bar.
    let bar_header = text.contains(" | ")
        && words.len() <= 8
        && words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "relations" | "connections" | "quarterly"
            )
        })
        && words.iter().any(|w| crate::date::month_number(w).is_some())
        && words
            .iter()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        && words.iter().all(|w| !w.chars().any(char::is_lowercase));
    if !words.iter().any(|w| page(w)) && !bar_header {
        return false;
    }
    match words.as_slice() {
        [_] => return true,
        [first, _] if first.eq_ignore_ascii_case("page") => return true,
        // "5 Chronology", "5   Chronology": a numbered section's title, in
        // a contents list or over the section.
        [first, title]
            if page(first)
                && title.starts_with(char::is_uppercase)
                && title.chars().skip(1).all(char::is_lowercase) =>
        {
            return false
        }
        [first, ..] if matches!(*first, "Figure" | "Fig." | "Table" | "FIGURE") => return false,
        _ => {}
    }
    let keyword = words.iter().any(|w| {
        let w = w.to_lowercase();
        // A journal's or a publisher's name: "... Relations", "Comparative
        // Connections", "Regional Relations Quarterly", "Congressional
        // Research Service".
        matches!(
            w.as_str(),
            "relations" | "connections" | "chronology" | "quarterly" | "review" | "service"
        )
    });
    // "54   PACIFIC LEDGER | MAY 2024": a publication's name and issue date
    // set off by a bar, whatever the publication is called.
    // "10 FEBRUARY 2026     Valdoria: British Nationals     714": the same,
    // its parts spread over the page's width (a parliamentary record's
    // running header: the sitting's date, the debate's title, the column).
    let parts: Vec<&str> = text
        .split("   ")
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let number = |part: &str| part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
    let spread = parts.len() == 3 && (number(parts[0]) || number(parts[2]));
    let issue_footer = (text.contains('|') || spread)
        && words.iter().any(|w| crate::date::month_number(w).is_some())
        && words
            .iter()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        && words
            .iter()
            .filter(|w| {
                crate::date::month_number(w).is_none() && !w.bytes().all(|b| b.is_ascii_digit())
            })
            .count()
            >= 2;
    // "Issue No. 187 | Friday 6 March 2026": a masthead's issue line, whose
    // whole date after the bar dates the document (a running footer names
    // a month at most).
    let masthead = !spread
        && text.rsplit_once(" | ").is_some_and(|(_, last)| {
            crate::date::parse(last.trim()).is_some_and(|d| d.has_year() && d.start.day.is_some())
        });
    (keyword || issue_footer)
        && !masthead
        && words.iter().all(|w| {
            let numeric = w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 4;
            let capitalized = w.chars().next().is_some_and(char::is_uppercase)
                && !w.ends_with([',', ';', '!', '?'])
                && (!w.ends_with(':') || spread)
                && (!w.ends_with('.') || crate::date::month_number(w).is_some());
            numeric || capitalized || matches!(*w, "of" | "and" | "the" | "in")
        })
}

static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Figure|Fig\.|FIGURE)\s*(0*[1-9][0-9]{0,5})\s*[.:|–-]?\s+(.*)$").unwrap()
});
static CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\bPhotos?|\bSource|\bCredit|\bImage)\s*:\s*").unwrap());
/// A short line without a sentence's end punctuation.
pub(crate) fn is_heading(text: &str) -> bool {
    // 100 characters take at most 400 bytes: longer text is no heading,
    // whatever its words.
    text.len() <= 400
        && text.chars().count() <= 100
        && (1..=12).contains(&text.split_whitespace().count())
        && !text.contains(['“', '"'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !text.ends_with(['.', ',', ';', ':', '?', '!', '”', '"'])
}

/// Whether `text` ends a sentence, so that a page break after it is a paragraph end.
pub(crate) fn ends_sentence(text: &str) -> bool {
    // A footnote marker after the stop ("studied.”7") is no part of it.
    let t = text.trim_end();
    let marker = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let t = if (1..=3).contains(&marker)
        && t[..t.len() - marker].ends_with(['.', '?', '!', '”', '"', '’', '\'', ')'])
    {
        &t[..t.len() - marker]
    } else {
        t
    };
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '*')
    });
    t.is_empty() || t.ends_with(['.', '?', '!', ':', ';'])
}

/// Whether the source of `plain` is set wholly in Markdown emphasis (`*...*`, `_..._`).
fn emphasized(source: &Source<'_>, plain: &Plain<'_>) -> bool {
    let (start, end) = plain.source_range(0, plain.text.len());
    let before = source
        .text
        .get(..start)
        .and_then(|t| t.trim_end().chars().next_back());
    let after = source.text.get(end..).and_then(|t| t.chars().next());
    matches!(before, Some('*' | '_')) && before == after
}

/// Joins a text paragraph that stops mid-sentence with the next text
/// paragraph, past any figure or page furniture the page break put between:
/// the notes at the page's foot, and a running header (a heading line the
/// document repeats) when the text after it carries on in lower case.
fn join_page_breaks<'a>(source: &Source<'a>, paragraphs: Vec<Paragraph<'a>>) -> Vec<Paragraph<'a>> {
    let mut out: Vec<Paragraph> = Vec::with_capacity(paragraphs.len());
    let mut open: Option<usize> = None;
    // How often each line stands in the document, counted when first needed,
    // its page number aside ("CRS-3", "CRS-4").
    let mut lines: Option<HashMap<Cow<'_, str>, usize>> = None;
    let mut paragraphs = paragraphs.into_iter().peekable();
    while let Some(p) = paragraphs.next() {
        match (p.role, open) {
            (Role::Text, Some(_)) if is_page_notes(&p.plain.text) => {}
            // A paragraph that opens with a news dateline ("HOLLIN, Tamsen
            // Delta — At first light") starts the story: what stopped
            // before it (a byline, a standfirst) does not go on in it.
            (Role::Text, Some(k)) if crate::text::dateline_end(&p.plain.text).is_none() => {
                out[k].plain.join(&p.plain);
                if ends_sentence(&out[k].plain.text) || ends_with_credit(source, &out[k].plain) {
                    open = None;
                }
                continue;
            }
            (Role::Figure | Role::Furniture, Some(_)) => {}
            (Role::Heading, Some(_))
                if paragraphs
                    .peek()
                    .is_some_and(|next| next.plain.text.starts_with(char::is_lowercase)) =>
            {
                // Lines alone between blank lines only, as a heading and a
                // running header stand: far fewer than all the lines.
                let lines = lines.get_or_insert_with(|| {
                    let mut count = HashMap::new();
                    let all = &source.lines;
                    for (k, line) in all.iter().enumerate() {
                        let blank = |j: Option<usize>| {
                            j.and_then(|j| all.get(j)).is_none_or(|l| l.is_blank())
                        };
                        if !line.is_blank() && blank(k.checked_sub(1)) && blank(Some(k + 1)) {
                            *count.entry(numbers_aside(line.text.trim())).or_insert(0) += 1;
                        }
                    }
                    count
                });
                if lines
                    .get(&numbers_aside(p.plain.text.trim()))
                    .copied()
                    .unwrap_or(0)
                    < 2
                {
                    open = None;
                }
            }
            _ => open = None,
        }
        // A text paragraph (a short one would be a heading) that stops mid-sentence.
        // One set wholly in emphasis ("*Published Sept. 22 | Updated ...*")
        // is a line of its own: a byline, a dateline, an editor's note.
        // A line in capitals ("‘NOW I AM A LEAK’") is a display heading.
        let capitals = !p.plain.text.chars().any(char::is_lowercase);
        // "By Oriel Maddox-Farr" over the photographer's credit: a byline,
        // a short first line of capitalized words ("By Friday, Dana Reyes
        // had told reporters" is a sentence).
        let byline = p.plain.text.starts_with("By ") && {
            let first = &source.lines[p.first_line].text;
            let words: Vec<&str> = first.split_whitespace().skip(1).collect();
            (1..=5).contains(&words.len())
                && words.iter().all(|w| {
                    (w.starts_with(char::is_uppercase) && !w.ends_with(','))
                        || matches!(*w, "and" | "de" | "van" | "von" | "bin")
                })
        };
        // "| Born | 3 March 1958 |": a Markdown table (an infobox) ends
        // with its last row, not mid-sentence.
        let table = p.plain.text.starts_with('|') && p.plain.text.trim_end().ends_with('|');
        if p.role == Role::Text
            && open.is_none()
            && !ends_sentence(&p.plain.text)
            && !emphasized(source, &p.plain)
            && !capitals
            && !byline
            && !table
            && !ends_with_credit(source, &p.plain)
            && !ends_with_labelled_link(source, &p.plain)
        {
            open = Some(out.len());
        }
        out.push(p);
    }
    out
}

/// A line with each run of digits written "#": a running header's shape
/// whatever page it stands on.
pub(crate) fn numbers_aside(line: &str) -> Cow<'_, str> {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return Cow::Borrowed(line);
    }
    let mut shape = String::with_capacity(line.len());
    for c in line.chars() {
        if !c.is_ascii_digit() {
            shape.push(c);
        } else if !shape.ends_with('#') {
            shape.push('#');
        }
    }
    Cow::Owned(shape)
}

/// Whether a paragraph's last line is a credit set off by a dash ("— Grant
/// Holloway, US special envoy"), alone or after a quotation's closing mark:
/// a pull quote's, a signature; it ends the paragraph, full stop or not.
fn ends_with_credit(source: &Source<'_>, plain: &Plain<'_>) -> bool {
    let (_, end) = plain.source_range(plain.text.len().saturating_sub(1), plain.text.len());
    let line_start = source.text[..end.min(source.text.len())]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let last = source.text[line_start..end.min(source.text.len())].trim_start();
    let dashed = |text: &str| {
        ["— ", "― ", "-- "]
            .iter()
            .any(|dash| text.starts_with(dash))
    };
    // "> “Temporary means temporary.” — Piet Valdmaa, Finance Minister": a
    // pull quote's credit after its closing mark, on a line that opens with
    // the quotation.
    let quoted = last.trim_start_matches(['>', ' ']).starts_with(['“', '"']);
    dashed(last)
        || quoted
            && ["” ", "\" "].iter().any(|mark| {
                last.match_indices(mark)
                    .any(|(at, _)| dashed(&last[at + mark.len()..]))
            })
}

/// Whether the paragraph's last line ends with a labelled link, as a news
/// site's export sets one after a paragraph ("**Related:** [Orley’s
/// maternity closure, five years on](https://...)"): a line of its own,
/// with no sentence going on into the next paragraph.
fn ends_with_labelled_link(source: &Source<'_>, plain: &Plain<'_>) -> bool {
    let (_, end) = plain.source_range(plain.text.len().saturating_sub(1), plain.text.len());
    let end = end.min(source.text.len());
    let line_start = source.text[..end].rfind('\n').map_or(0, |at| at + 1);
    let rest = &source.text[end..];
    let line_end = end + rest.find('\n').unwrap_or(rest.len());
    let line = source.text[line_start..line_end].trim_end();
    let Some(target) = line.rfind("](").filter(|_| line.ends_with(')')) else {
        return false;
    };
    let Some(open) = line[..target].rfind('[') else {
        return false;
    };
    line[..open]
        .trim_end()
        .trim_end_matches('*')
        .trim_end()
        .ends_with(':')
}

/// The notes at a page's foot: a rule of underscores, or a note's number
/// and a capital ("1 TeleGeography, “Submarine Cable ...”", "6 Ibid.").
pub(crate) fn is_page_notes(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    text.starts_with("_____")
        || (1..=3).contains(&digits)
            && text[digits..].starts_with(' ')
            && text[digits + 1..].starts_with(|c: char| c.is_uppercase() || "“\"".contains(c))
}

#[cfg(test)]
mod tests {
    use super::is_furniture;

    #[test]
    fn page_furniture() {
        for line in [
            "116",
            "Page 12",
            "- 12 -",
            "Japan-China Relations 116 January 2009",
            "116 Comparative Connections",
            "JAPAN-KOREA RELATIONS | SEPTEMBER 2020 121",
            "121 COMPARATIVE CONNECTIONS | SEPTEMBER 2020",
            "10 FEBRUARY 2026        Valdoria: British Nationals        714",
            "713                    Valdoria: British Nationals                    10 FEBRUARY 2026",
        ] {
            assert!(is_furniture(line), "{line:?}");
        }
        for line in [
            "",
            "1818",
            "Japan-Korea relations improved in 2020.",
            "CHRONOLOGY OF JAPAN-KOREA RELATIONS",
            "US-China Relations 2020",
            "MAY – AUGUST 2020",
            "The two sides met 12 times.",
            "Figure 1 Relations 12",
            "Jordan      Singapore Jordan Free Trade Agreement      SJFTA      29 April 2004      16 May 2004      5",
            "14 July 2020         Environment Agency publishes the Strategy",
        ] {
            assert!(!is_furniture(line), "{line:?}");
        }
    }
}
