//! ## What it does
//! Finds running headers, footers and page numbers that PDF conversion left
//! inside the body or a chronology ("Japan-China Relations 116 January
//! 2009", a lone "116"), the same glued by conversion into a run-on
//! chronology line before an entry's date ("... without agreement. US-Japan
//! Relations 42 April 2012 March 9, 2012: ..."), with a compiler's note
//! ("* Chronology compiled by ...") or markup debris (`&nbsp;`, `<<`) in
//! the same place, and footnote markers glued to words ("in 2015.12
//! The", "talks¹").
//!
//! ## Why is this bad?
//! They are not part of the text: inside a paragraph or an entry they break
//! sentences and mislead readers and tools alike.
//!
//! ## Example
//! ```text
//! Oct. 3, 2008: Officials meet in Beijing.
//! Japan-China Relations 116 January 2009
//! Oct. 5, 2008: Trade rose 12 percent.
//! ```
//!
//! ## Fix
//! Safe for a header, footer or page number alone on its line: the fix
//! deletes the line. Unsafe for a line found only because it repeats (a
//! report's short title at every page top): it may be a title after all. Safe for furniture glued before an entry: the fix
//! deletes it and the space after it, and nothing else. Footnote markers get no fix; the note they point to
//! may need to move.

use std::sync::LazyLock;

use regex::Regex;

use claimkit_parser::{Unparsed, UnparsedReason};

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[\p{Ll}\.,;:”\x22)][¹²³⁴⁵⁶⁷⁸⁹⁰]+",
        // "in 2015.12 The", "commitments.\"3 Chinese", "cosmetic”.2 Asked"
        r"|[\p{Ll}0-9](?:[.,;][”\x22)’]{0,2}|[”\x22)]{1,2}[.,;]?|’[”\x22)]?[.,;])[0-9]{1,2}\s+\p{Lu}",
        // After a quotation's comma, before the sentence carries on: "a
        // summit,”12 and Tarumen's press"
        r"|\p{Ll}[,;]?[”\x22][0-9]{1,2}\s+(?:and|but|or|while|whereas|which|although|though|as|so)\s",
        // At the end of a line, after a word: "four new sites.6", "region.\"8",
        // "‘wait and see.’”3"
        r"|(\p{Ll}{2,})(?:[.,;][”\x22)’]{0,2}|[”\x22)]{1,2}[.,;]?|’[”\x22)]?[.,;])[0-9]{1,2}$",
    ))
    .unwrap()
});

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    // The furniture found inside chronologies, by where it starts, each with
    // its place in document order so that a line reports its own in that order.
    let mut furniture: Vec<(usize, &Unparsed)> = cx
        .article
        .chronologies
        .iter()
        .flat_map(|c| &c.unparsed)
        .filter(|u| u.reason == UnparsedReason::PageFurniture)
        .enumerate()
        .collect();
    furniture.sort_by_key(|&(order, u)| (u.span.start, order));
    let running = running_headers(cx);
    for (start, line) in cx.lines() {
        let trimmed = line.trim();
        let furniture_line = claimkit_parser::is_page_furniture(trimmed) && !in_front(cx, start);
        if furniture_line || running.binary_search(&start).is_ok() {
            let lead = line.len() - line.trim_start().len();
            let span = cx.span(start + lead, start + lead + trimmed.len());
            let (from, to) = cx.line_with_ending(start, line);
            // "REGIONAL RELATIONS QUARTERLY | MAY 2024 ... 58": one space
            // for the run that spread it over the page's width.
            let shown = trimmed.split_whitespace().collect::<Vec<_>>().join(" ");
            out.report(
                format!("“{shown}” looks like a running header, footer or page number"),
                span,
            )
            .help("delete it; it is not part of the text")
            // A repeated title is furniture by count alone: deleting it is
            // left to the editor (`--unsafe-fixes`).
            .fix(
                "delete the line",
                if furniture_line {
                    Safety::Safe
                } else {
                    Safety::Unsafe
                },
                vec![Edit {
                    span: cx.span(from, to),
                    replacement: String::new(),
                }],
            );
        }
        glued(cx, start, line, &furniture, out);
        if let Some((from, to)) = marker_after_year(line) {
            out.report(
                "this looks like a footnote marker left in the text",
                cx.span(start + from, start + to),
            )
            .help("remove the marker, or turn it into a proper note reference");
        }
        for c in FOOTNOTE.captures_iter(line) {
            let Some(m) = c.get(0) else { continue };
            // "see pp.12", "Vol.3" at a line's end are references, not markers.
            if c.get(1)
                .is_some_and(|w| ABBREVIATIONS.contains(&w.as_str()))
            {
                continue;
            }
            let marker = m.as_str();
            let digits_at = marker
                .find(|c: char| c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c))
                .unwrap_or(0);
            // "$1.8 Billion", "(PDF, 4.2 MB)": a decimal number, not a year
            // and its marker ("in 2015.12 The").
            // (The match may open with a letter of several bytes, "é", or
            // "”": the digits are counted only when it opens with one.)
            let decimal = marker.starts_with(|c: char| c.is_ascii_digit()) && {
                let digits_before = 1 + line[..m.start()]
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_digit)
                    .count();
                digits_before <= 2 && marker[1..].starts_with(['.', ','])
            };
            // "85 m³/s", "12 km²": a unit's power after a number, not a marker.
            let unit = marker[digits_at..].starts_with(['²', '³']) && {
                let before = &line[..m.start() + digits_at];
                let word = before.trim_end_matches(char::is_alphabetic);
                matches!(
                    &before[word.len()..],
                    "m" | "km" | "cm" | "mm" | "µm" | "nm" | "ft" | "in" | "yd" | "mi" | "dm"
                ) && word.trim_end().ends_with(|c: char| c.is_ascii_digit())
            };
            if decimal || unit {
                continue;
            }
            // "2.1   Background": a section's number opening the line (and
            // not "phone.”7", a quotation's last word on a line of its own).
            let lead = line[..m.start() + digits_at].trim_start_matches([' ', '\t', '#', '*', '>']);
            if lead.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                continue;
            }
            let digits_len = marker[digits_at..]
                .find(|c: char| !(c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c)))
                .unwrap_or(marker.len() - digits_at);
            let at = start + m.start() + digits_at;
            out.report(
                "this looks like a footnote marker left in the text",
                cx.span(at, at + digits_len),
            )
            .help("remove the marker, or turn it into a proper note reference");
        }
    }
}

/// The starts of the lines that repeat a running header: a short line of
/// three words or more, no sentence and no Markdown block, written alike
/// three times or more ("Federal Dam Safety: The High Hazard Dam
/// Rehabilitation Grant Program" at the top of every page), its page number
/// aside ("Legislative History Series No. 7, 2025      3"). The first time
/// is the title itself and is left alone, unless it is numbered or has a
/// bar between its parts.
fn running_headers(cx: &Context<'_>) -> Vec<usize> {
    // Each line's key is the line without a page number set off from it
    // ("Legislative History Series No. 7, 2025      3"), kept with the
    // number.
    let mut seen: std::collections::HashMap<&str, Vec<(usize, Option<u32>)>> =
        std::collections::HashMap::new();
    for (start, line) in cx.lines() {
        let trimmed = line.trim();
        let (key, number) = claimkit_parser::page_number_aside(trimmed);
        let words = key.split_whitespace().count();
        let candidate = (3..=16).contains(&words)
            && key.len() <= 160
            && key.starts_with(char::is_uppercase)
            && !key.ends_with(['.', ',', ';', ':', '?', '!', '”', '"'])
            && !claimkit_parser::is_page_furniture(trimmed);
        if candidate {
            seen.entry(key).or_default().push((start, number));
        }
    }
    // The first time may be the title itself, and is left alone; not when
    // it carries a page number or a bar between its parts ("STRAITS AND
    // SEAS | MAY 2026"), as only a page's header or footer does. Numbered,
    // the pages rise from one to the next: a column of counts is no footer.
    let mut starts: Vec<usize> = seen
        .into_iter()
        .filter(|(_, at)| at.len() >= 3)
        .filter(|(_, at)| {
            at.iter().all(|(_, n)| n.is_none())
                || at
                    .windows(2)
                    .all(|w| matches!((w[0].1, w[1].1), (Some(a), Some(b)) if a < b))
        })
        .flat_map(|(key, at)| {
            let title = at
                .first()
                .is_some_and(|&(_, number)| number.is_none() && !key.contains(" | "));
            at.into_iter()
                .skip(usize::from(title))
                .map(|(start, _)| start)
        })
        .collect();
    // "CRS-3", "CRS-4", ...: one word ending with a dash and the page's
    // number, three times or more, each with another number ("COVID-19"
    // three times is one word thrice); the first is furniture too.
    let mut numbered: std::collections::HashMap<std::borrow::Cow<'_, str>, Vec<(usize, &str)>> =
        std::collections::HashMap::new();
    let lines: Vec<(usize, &str)> = cx.lines().collect();
    for (k, &(start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim();
        // A page header stands alone between blank lines (or the text's ends).
        let blank = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_none_or(|(_, l)| l.trim().is_empty())
        };
        let alone = blank(k.checked_sub(1)) && blank(Some(k + 1));
        let word = alone
            && trimmed.len() <= 16
            && !trimmed.contains(char::is_whitespace)
            && trimmed.starts_with(|c: char| c.is_ascii_uppercase())
            && trimmed.bytes().any(|b| b.is_ascii_digit())
            && !claimkit_parser::is_page_furniture(trimmed);
        if word {
            numbered
                .entry(claimkit_parser::numbers_aside(trimmed))
                .or_default()
                .push((start, trimmed));
        }
    }
    for (shape, found) in numbered {
        if !shape.ends_with("-#") {
            continue;
        }
        // The page numbers rise from one to the next ("CRS-2", "CRS-3").
        let number = |t: &str| t.rsplit('-').next().and_then(|n| n.parse::<u32>().ok());
        let rising = found.windows(2).all(|w| {
            number(w[0].1)
                .zip(number(w[1].1))
                .is_some_and(|(a, b)| a < b)
        });
        if found.len() >= 3 && rising {
            starts.extend(found.into_iter().map(|(start, _)| start));
        }
    }
    starts.sort_unstable();
    starts
}

/// Words that a number follows after a full stop without being a footnote.
const ABBREVIATIONS: &[&str] = &[
    "pp", "vol", "no", "ch", "fig", "art", "sec", "para", "ed", "op", "cf",
];

/// Page furniture the parser found glued inside line `line` (starting at
/// byte `start`) of a chronology, before an entry's date: the fix removes
/// it and the white space after it, so the entries read as the page meant.
/// `furniture` is every furniture item with its document order, sorted by start.
fn glued(
    cx: &Context<'_>,
    start: usize,
    line: &str,
    furniture: &[(usize, &Unparsed)],
    out: &mut Sink<'_>,
) {
    let (line_start, line_end) = (start, start + line.len());
    // Markdown markers before furniture alone on its line ("## Page 3")
    // glue nothing.
    let lead = line.len()
        - line
            .trim_start_matches([' ', '\t', '#', '>', '*', '_', '-'])
            .len();
    let trail = line.len() - line.trim_end_matches([' ', '\t', '#', '*', '_']).len();
    // Only the items that start inside the line can lie in it.
    let first = furniture.partition_point(|(_, u)| u.span.start < line_start);
    let mut inside: Vec<(usize, &Unparsed)> = furniture[first..]
        .iter()
        .take_while(|(_, u)| u.span.start <= line_end)
        .filter(|(_, u)| {
            u.span.end <= line_end
                && (u.span.start > line_start + lead || u.span.end < line_end - trail)
        })
        .copied()
        .collect();
    inside.sort_by_key(|&(order, _)| order);
    for (_, item) in inside {
        let text = cx.slice(item.span);
        let after = &cx.text[item.span.end..line_end];
        let spaces = after.len() - after.trim_start().len();
        let what = if text.contains(['&', '<', '>']) {
            "markup left by web conversion"
        } else {
            "a running header, footer or note glued into the line"
        };
        out.report(format!("“{}” looks like {what}", text.trim()), item.span)
            .help("delete it; it is not part of the entries around it")
            .fix(
                "delete it",
                Safety::Safe,
                vec![Edit {
                    span: cx.span(item.span.start, item.span.end + spaces),
                    replacement: String::new(),
                }],
            );
    }
}

/// Whether byte `offset` lies before the first section or chronology, among
/// the banner and byline lines at the top.
fn in_front(cx: &Context<'_>, offset: usize) -> bool {
    let first_item = cx.article.sections.first().map(|s| s.span.start);
    let byline = cx.article.metadata.authors.last().map(|a| a.span.end);
    match (byline, first_item) {
        (Some(b), _) => offset <= b,
        _ => false,
    }
}

/// A marker after a year that ends its sentence at a line's end: "between
/// 2015 and 2022.6", "in 2025.10", "on March 11, 2024.8" (a year after a
/// preposition, a conjunction or a date's comma; no decimal has a year's
/// four digits before one or two after), as the offsets of the marker's
/// digits.
fn marker_after_year(line: &str) -> Option<(usize, usize)> {
    let text = line.trim_end();
    let bytes = text.as_bytes();
    let digits = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let dot = text.len().checked_sub(digits + 1)?;
    if !(1..=2).contains(&digits) || bytes[dot] != b'.' || dot < 5 {
        return None;
    }
    // Bytes, not a slice of the text: what stands before may be any character.
    let year = &bytes[dot - 4..dot];
    let is_year =
        year.iter().all(u8::is_ascii_digit) && (year.starts_with(b"19") || year.starts_with(b"20"));
    if !is_year || bytes[dot - 5] != b' ' {
        return None;
    }
    // The words before the year are ASCII up to the space checked above.
    let before = text[..dot - 5].trim_end();
    let word = before.rsplit(' ').next().unwrap_or("");
    let leads = word.ends_with(',')
        || matches!(
            word,
            "in" | "and"
                | "to"
                | "since"
                | "until"
                | "by"
                | "of"
                | "through"
                | "from"
                | "between"
                | "during"
                | "before"
                | "after"
        );
    leads.then_some((dot + 1, text.len()))
}

#[cfg(test)]
mod tests {
    use super::marker_after_year;

    #[test]
    fn a_marker_after_a_year_is_read_from_bytes() {
        assert_eq!(marker_after_year("between 2015 and 2022.6"), Some((22, 23)));
        assert_eq!(
            marker_after_year("a final rule on March 11, 2024.8"),
            Some((31, 32))
        );
        for line in [
            "the reforms would be “slow but sure…”.1",
            "東京.1",
            "The index closed on Friday at 2015.33",
            "This is version 2023.12",
        ] {
            assert_eq!(marker_after_year(line), None, "{line}");
        }
    }
}
