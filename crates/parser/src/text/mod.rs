//! The input as lines, and plain-text projections of it that remember where
//! every character came from, so that items found in plain text get spans
//! into the original bytes.

mod markdown;
mod plain;
mod source;

pub(crate) use markdown::links;
pub(crate) use plain::{floor_boundary, Plain};
pub use source::LineIndex;
pub(crate) use source::{Line, Source};

/// Byte ranges of `text` whose straight marks are markup: inline code
/// (between a pair of backticks) and URLs (from the scheme to white space).
pub fn markup_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    if text.contains('`') {
        let ticks: Vec<usize> = text.match_indices('`').map(|(at, _)| at).collect();
        for pair in ticks.chunks_exact(2) {
            ranges.push(pair[0]..pair[1] + 1);
        }
    }
    // A URL, found at its first letter (memchr): most lines hold none.
    for at in memchr::memchr2_iter(b'h', b'w', text.as_bytes()) {
        let rest = &text[at..];
        if ["http://", "https://", "www."]
            .iter()
            .any(|scheme| rest.starts_with(scheme))
        {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == ')' || c == '>')
                .map_or(text.len(), |e| at + e);
            ranges.push(at..end);
        }
    }
    ranges
}

/// Whether the straight mark at byte `at` of `text` is an inch or minute
/// mark after a number (`12"`, `5'`) rather than a quotation mark.
pub fn is_measure_mark(text: &str, at: usize) -> bool {
    let Some(c) = text[at..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\''))
    else {
        return false;
    };
    let before = text[..at].chars().next_back();
    let after = text[at + c.len_utf8()..].chars().next();
    before.is_some_and(|b| b.is_ascii_digit())
        && after.is_none_or(|a| a.is_whitespace() || ",.;:)x×".contains(a))
}

/// Where a news dateline that opens `text` ends: a place in capitals before
/// a spaced dash within its first 60 bytes ("GLOUCESTER, Mass. — ",
/// "HOLLIN, Tamsen Delta — ", "CHICAGO, Oct 23 (Meridian Wire) - "), the
/// byte just past the dash. A hyphen counts only after a region, a date or
/// an agency ("NATO - and" is no dateline).
pub(crate) fn dateline_end(text: &str) -> Option<usize> {
    // The place in capitals first: most text opens otherwise.
    let head = text.split([' ', ',']).next().unwrap_or("");
    if head.chars().count() < 3 || !head.chars().all(|c| c.is_uppercase() || c == '-') {
        return None;
    }
    let within = |dash: &str| {
        let window = &text.as_bytes()[..text.len().min(60 + dash.len())];
        window
            .windows(dash.len())
            .position(|w| w == dash.as_bytes())
            .map(|at| (at, at + dash.len()))
    };
    let (at, end) = within(" — ")
        .or_else(|| within(" – "))
        .or_else(|| within(" - ").filter(|&(at, _)| text[..at].contains([',', '('])))?;
    let place = &text[..at];
    // The place in capitals, then its region in capitalized words, a date
    // and the agency in brackets ("NATO support — and" is no dateline).
    let region = place[head.len()..]
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.trim_start_matches('(').trim_end_matches(')');
            w.starts_with(char::is_uppercase)
                || w.ends_with('.')
                || !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
        });
    region.then_some(end)
}

/// `word` without the possessive endings it ends with ("Kono’s" is
/// "Kono"): every "’s", then every "'s", as `trim_end_matches` with each
/// would give, without building a searcher for each word.
pub fn without_possessive(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

/// `find` and `rfind` for the short fixed words attribution looks for in
/// a sentence (" named ", ", whose "), with the same answers: `str::find`
/// builds a Two-Way searcher for each call, about 500 instructions before
/// it reads a byte, more than the search itself over one sentence. These
/// scan with `memchr` for the needle's first byte that is no space or
/// punctuation (a space stands every few bytes) and compare there.
pub(crate) trait FindShort {
    fn find_short(&self, needle: &str) -> Option<usize>;
    fn rfind_short(&self, needle: &str) -> Option<usize>;
    /// `split_once` with the same search.
    fn split_once_short(&self, needle: &str) -> Option<(&str, &str)>;
}

/// The byte of `needle` to scan for, and its offset in the needle.
fn key_byte(needle: &[u8]) -> Option<(usize, u8)> {
    let common = |b: &u8| matches!(b, b' ' | b',' | b'.' | b';' | b':');
    needle
        .iter()
        .position(|b| !common(b))
        .or((!needle.is_empty()).then_some(0))
        .map(|k| (k, needle[k]))
}

impl FindShort for str {
    fn find_short(&self, needle: &str) -> Option<usize> {
        let (hay, needle) = (self.as_bytes(), needle.as_bytes());
        let Some((k, key)) = key_byte(needle) else {
            return Some(0);
        };
        memchr::memchr_iter(key, hay.get(k..)?).find(|&at| hay[at..].starts_with(needle))
    }

    fn rfind_short(&self, needle: &str) -> Option<usize> {
        let (hay, needle) = (self.as_bytes(), needle.as_bytes());
        let Some((k, key)) = key_byte(needle) else {
            return Some(hay.len());
        };
        memchr::memrchr_iter(key, hay.get(k..)?).find(|&at| hay[at..].starts_with(needle))
    }

    fn split_once_short(&self, needle: &str) -> Option<(&str, &str)> {
        let at = self.find_short(needle)?;
        Some((&self[..at], &self[at + needle.len()..]))
    }
}

/// Whether `text` holds `needle` (ASCII, lower case) in any letter case: a
/// test before a case-insensitive regex whose letters have no Unicode case
/// variants outside ASCII (no "k" or "s"), so that text without the
/// phrase is not run through the regex's backtracker.
///
/// The text is scanned with `memchr` for the needle's rarest byte in
/// English, in either case, and only there compared whole.
pub(crate) fn contains_ascii_caseless(text: &str, needle: &str) -> bool {
    const COMMON_LAST: &[u8] = b" etaoinshrdlcumwfgypbvkjxqz";
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((at, key)) = needle.iter().copied().enumerate().max_by_key(|&(_, b)| {
        COMMON_LAST
            .iter()
            .position(|&c| c == b)
            .unwrap_or(usize::MAX)
    }) else {
        return true;
    };
    memchr::memchr2_iter(key.to_ascii_lowercase(), key.to_ascii_uppercase(), hay).any(|i| {
        i >= at
            && hay
                .get(i - at..i - at + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// The length of a judgment's or a report's paragraph number and the
/// space after it: "[12]  ", "(12) ", "4.20   " (a report's, set off by a
/// run of spaces); 0 for none.
pub(crate) fn paragraph_number(text: &str) -> usize {
    let Some(close) = (match text.as_bytes().first() {
        Some(b'[') => Some(']'),
        Some(b'(') => Some(')'),
        Some(b'0'..=b'9') => return report_paragraph_number(text),
        _ => None,
    }) else {
        return 0;
    };
    let Some(end) = text[1..].find(close).map(|e| e + 1) else {
        return 0;
    };
    let digits = &text[1..end];
    if !(1..=4).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let rest = &text[end + 1..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() {
        return 0;
    }
    text.len() - trimmed.len()
}

/// "4.20   The Inquiry finds": a chapter's and a paragraph's numbers
/// joined by a full stop, then a run of spaces or a tab.
fn report_paragraph_number(text: &str) -> usize {
    let number = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let digits = &text[..number];
    let rest = &text[number..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let gap = &rest[..rest.len() - trimmed.len()];
    let dotted = digits.contains('.') && !digits.ends_with('.') && !digits.starts_with('.');
    if number <= 8 && dotted && (gap.len() >= 2 || gap.contains('\t')) {
        text.len() - trimmed.len()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_short_answers_as_find_does() {
        let texts = [
            "",
            " ",
            "said, whose statement read, whose",
            "aaa",
            "the minister named named  the envoy",
            "— Ms Ōta, ‘yes’, and — no",
            ", , ,",
        ];
        let needles = [
            "", " ", ", whose ", "aa", " named ", "named", "—", " — ", ", ", "x",
        ];
        for text in texts {
            for needle in needles {
                assert_eq!(
                    text.find_short(needle),
                    text.find(needle),
                    "{text:?} {needle:?}"
                );
                assert_eq!(
                    text.rfind_short(needle),
                    text.rfind(needle),
                    "{text:?} {needle:?}"
                );
                assert_eq!(
                    text.split_once_short(needle),
                    text.split_once(needle),
                    "{text:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn paragraph_numbers_of_judgments_and_reports() {
        assert_eq!(paragraph_number("[12]  On 14 February"), 6);
        assert_eq!(paragraph_number("(3) The Minister"), 4);
        assert_eq!(paragraph_number("4.20   The Inquiry finds"), 7);
        assert_eq!(paragraph_number("4.7\tMr Teague said"), 4);
        // A year, a decimal, a number in running text: none.
        assert_eq!(paragraph_number("2019      Annual report"), 0);
        assert_eq!(paragraph_number("4.20 per cent of homes"), 0);
        assert_eq!(paragraph_number("12. The Committee"), 0);
    }

    #[test]
    fn contains_ascii_caseless_finds_the_needle_in_any_case_anywhere() {
        for (text, needle, expected) in [
            (
                "This article is EXTRACTED FROM the journal",
                "extracted from",
                true,
            ),
            ("extracted from", "extracted from", true),
            ("xextracted fro", "extracted from", false),
            ("Preferred Citation: Doe", "citation:", true),
            ("citation", "citation:", false),
            ("x", "", true),
            ("Key dates ahead", "ey date", true),
            ("(cont’d)", "cont", true),
        ] {
            assert_eq!(
                contains_ascii_caseless(text, needle),
                expected,
                "{text:?} {needle:?}"
            );
        }
    }

    #[test]
    fn markdown_is_removed_and_offsets_kept() {
        let line = r"See *Defense of Japan* [said](#) \$5";
        let mut plain = Plain::default();
        plain.push_markdown(line, 10);
        assert_eq!(plain.text, "See Defense of Japan said $5");
        let at = plain.text.find("said").unwrap();
        assert_eq!(plain.source_range(at, at + 4), (10 + 24, 10 + 28));
        let dollar = plain.text.find('$').unwrap();
        assert_eq!(plain.source_range(dollar, dollar + 1), (10 + 33, 10 + 35));
    }

    #[test]
    fn lone_asterisks_stay() {
        let mut plain = Plain::default();
        plain.push_markdown("a * b and note*", 0);
        assert_eq!(plain.text, "a * b and note*");
    }

    #[test]
    fn line_endings() {
        let source = Source::new("a\r\nb\rc\n\nd");
        let texts: Vec<&str> = source.lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "", "d"]);
        assert_eq!(source.span(8, 9).line, 5);
        assert_eq!(source.span(8, 9).column, 1);
    }
}
