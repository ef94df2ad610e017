//! Entries whose date is damaged but can still be read: a lookalike or
//! invisible character in the date ("2O20", U+2212, a zero-width space), a
//! misspelled month ("Febuary"), a full stop or semicolon where the
//! separator belongs, a two-digit year, an ISO date. Each is read as an
//! entry and carries a `problem` saying what is wrong, so that nothing is
//! lost and `check` reports it. Characters are normalized for matching only:
//! offsets map back to the line as written.

use std::sync::LazyLock;

use regex::Regex;

use super::{entry_at, Start};
use crate::date::{self, Partial, WrittenDate, MONTH_NAMES};

/// One way of reading a damaged entry: the entry and what is wrong with it.
type Repair = fn(&str) -> Option<(Start, String)>;

/// A damaged entry at the start of `text`, and what is wrong with it.
pub(super) fn repair(text: &str) -> Option<(Start, String)> {
    // Only the start of a line can hold an entry's date and separator: the
    // work stays the same on a line of any length.
    let mut head = (2 * DATE_WINDOW).min(text.len());
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let text = &text[..head];
    let n = without_lookalikes(text);
    let repairs: [Repair; 6] = [
        |t| entry_at(t, 0, true).map(|s| (s, String::new())),
        stray_lead,
        misspelled_month,
        wrong_separator,
        two_digit_year,
        iso_date,
    ];
    let (start, problem) = repairs.iter().find_map(|repair| repair(&n.text))?;
    // Offsets in the normalized text, back to the line as written.
    let start = Start {
        date_at: (n.back[start.date_at.0], n.back[start.date_at.1]),
        text_at: n.back[start.text_at],
        ..start
    };
    // Only what the date and its separator hold is the entry's problem.
    let names: Vec<&str> = n
        .replaced
        .iter()
        .filter(|(at, _)| *at < start.text_at)
        .map(|(_, name)| name.as_str())
        .collect();
    let lookalike =
        (!names.is_empty()).then(|| format!("the date is written with {}", names.join(", ")));
    let problem = match (lookalike, problem.is_empty()) {
        (None, true) => return None,
        (None, false) => problem,
        (Some(l), true) => l,
        (Some(l), false) => format!("{problem}; {l}"),
    };
    Some((start, problem))
}

/// The names of the lookalike and invisible characters in `date` (a date
/// as written and its separator), in order; a no-break space is a space.
pub(super) fn lookalikes_in(date: &str) -> Vec<&'static str> {
    date.chars()
        .filter(|&c| c != '\u{a0}')
        .filter_map(|c| LOOKALIKES.iter().find(|(l, _, _)| *l == c))
        .map(|(_, _, name)| *name)
        .collect()
}

/// How far into a line a damaged date is looked for, in bytes.
const DATE_WINDOW: usize = 48;

/// Characters that stand for others in dates, or for nothing: (character,
/// what it stands for, its name).
const LOOKALIKES: &[(char, &str, &str)] = &[
    ('\u{a0}', " ", "U+00A0 NO-BREAK SPACE"),
    ('\u{2212}', "-", "U+2212 MINUS SIGN"),
    ('\u{2010}', "-", "U+2010 HYPHEN"),
    ('\u{2011}', "-", "U+2011 NON-BREAKING HYPHEN"),
    ('\u{2012}', "-", "U+2012 FIGURE DASH"),
    ('\u{fe63}', "-", "U+FE63 SMALL HYPHEN-MINUS"),
    ('\u{ff0d}', "-", "U+FF0D FULLWIDTH HYPHEN-MINUS"),
    ('\u{00ad}', "", "U+00AD SOFT HYPHEN"),
    ('\u{200b}', "", "U+200B ZERO WIDTH SPACE"),
    ('\u{200c}', "", "U+200C ZERO WIDTH NON-JOINER"),
    ('\u{200d}', "", "U+200D ZERO WIDTH JOINER"),
    ('\u{2060}', "", "U+2060 WORD JOINER"),
    ('\u{feff}', "", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    ('\u{2009}', " ", "U+2009 THIN SPACE"),
    ('\u{202f}', " ", "U+202F NARROW NO-BREAK SPACE"),
    ('\u{2007}', " ", "U+2007 FIGURE SPACE"),
    ('\u{2002}', " ", "U+2002 EN SPACE"),
    ('\u{2003}', " ", "U+2003 EM SPACE"),
    ('\u{3000}', " ", "U+3000 IDEOGRAPHIC SPACE"),
    ('\u{ff1a}', ":", "U+FF1A FULLWIDTH COLON"),
];

/// `text` with some characters replaced, and for every byte of the result
/// (and its end) the byte of `text` it came from.
struct Normalized {
    text: String,
    back: Vec<usize>,
    /// Where a character was replaced, and its name.
    replaced: Vec<(usize, String)>,
}

impl Normalized {
    /// `text`, each character replaced by what `replace` gives (a string
    /// and a name) or kept.
    fn new(text: &str, replace: impl Fn(usize, char) -> Option<(&'static str, String)>) -> Self {
        let mut out = Normalized {
            text: String::with_capacity(text.len()),
            back: Vec::with_capacity(text.len() + 1),
            replaced: Vec::new(),
        };
        for (at, c) in text.char_indices() {
            let mut buf = [0u8; 4];
            match replace(at, c) {
                Some((with, name)) => {
                    out.push(with, at);
                    out.replaced.push((at, name));
                }
                None => out.push(c.encode_utf8(&mut buf), at),
            }
        }
        out.back.push(text.len());
        out
    }

    fn push(&mut self, s: &str, from: usize) {
        self.back.extend(std::iter::repeat_n(from, s.len()));
        self.text.push_str(s);
    }

    /// The entry found in the normalized text, with offsets in `text`.
    fn entry(&self) -> Option<Start> {
        let start = entry_at(&self.text, 0, true)?;
        Some(Start {
            date_at: (self.back[start.date_at.0], self.back[start.date_at.1]),
            text_at: self.back[start.text_at],
            ..start
        })
    }
}

/// `text` with lookalike and invisible characters replaced for matching
/// ("May 7, 2O20:", "May 10, 2020\u{200b}:", "2019\u{2212}2020:").
fn without_lookalikes(text: &str) -> Normalized {
    let window = DATE_WINDOW.min(text.len());
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    Normalized::new(text, |at, c| {
        if at >= window {
            return None;
        }
        let before = text[..at].chars().next_back();
        let after = text[at + c.len_utf8()..].chars().next();
        if let Some((_, with, name)) = LOOKALIKES.iter().find(|(l, _, _)| *l == c) {
            // A space inside a word or a number joins it: "J anuary", "20 20".
            let inside = before.zip(after).is_some_and(|(b, a)| {
                (b.is_alphabetic() && a.is_alphabetic())
                    || (b.is_ascii_digit() && a.is_ascii_digit())
            });
            let with = if *with == " " && inside { "" } else { with };
            return Some((with, name.to_string()));
        }
        // A letter among digits: "2O20", "l998".
        let among_digits = (digit(before) || digit(after))
            && !before.is_some_and(char::is_alphabetic)
            && !after.is_some_and(char::is_alphabetic);
        match c {
            'O' | 'o' if among_digits => Some(("0", format!("the letter “{c}” for the digit 0"))),
            'l' | 'I' if among_digits => Some(("1", format!("the letter “{c}” for the digit 1"))),
            _ => None,
        }
    })
}

/// "−January 1, 1900:", "'May 3, 2020:": a stray mark or two before the date.
fn stray_lead(text: &str) -> Option<(Start, String)> {
    let (at, _) = text
        .char_indices()
        .take(3)
        .find(|(_, c)| c.is_alphanumeric())?;
    let lead = &text[..at];
    if at == 0
        || lead
            .chars()
            .any(|c| c.is_alphanumeric() || c.is_whitespace())
    {
        return None;
    }
    let start = entry_at(text, at, true)?;
    Some((start, format!("“{lead}” stands before the date")))
}

/// "Febuary 5, 2020:", "11 Jnue 2025 –": a month word one or two letters
/// from a month name, first or after the day.
fn misspelled_month(text: &str) -> Option<(Start, String)> {
    let day = text.bytes().take_while(u8::is_ascii_digit).count();
    let lead = match text[day..].strip_prefix(' ') {
        Some(_) if (1..=2).contains(&day) => day + 1,
        _ => 0,
    };
    let len = lead
        + text[lead..]
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(text.len() - lead, |(at, _)| at);
    let word = &text[lead..len];
    // A month word is followed by a day or a year.
    let followed_by_number = text[len..]
        .trim_start_matches([' ', '.', ','])
        .starts_with(|c: char| c.is_ascii_digit());
    if !followed_by_number || !(4..=11).contains(&word.chars().count()) {
        return None;
    }
    if date::month_number(word).is_some() {
        return None;
    }
    let lower = word.to_lowercase();
    let month = MONTH_NAMES.iter().find(|m| {
        let m = m.to_lowercase();
        let limit = if m.len() <= 5 { 1 } else { 2 };
        distance(&m, &lower) <= limit
    })?;
    // The month in place of the word: its bytes all stand for the word.
    let mut n = Normalized {
        text: String::new(),
        back: Vec::new(),
        replaced: Vec::new(),
    };
    // The day and its space are ASCII: each byte stands for itself.
    for at in 0..lead {
        n.push(&text[at..=at], at);
    }
    n.push(month, lead);
    for (at, c) in text[len..].char_indices() {
        let mut buf = [0u8; 4];
        n.push(c.encode_utf8(&mut buf), len + at);
    }
    n.back.push(text.len());
    let start = n.entry()?;
    Some((
        start,
        format!("“{word}” is not a month name; did you mean “{month}”?"),
    ))
}

/// "May 3, 2020. Text" or "May 3, 2020; Text": a full stop or semicolon
/// where the separator belongs.
fn wrong_separator(text: &str) -> Option<(Start, String)> {
    let (written, len) = date::parse_prefix(text)?;
    // "1998. Northern Fisheries Board, ..." is a bibliography, not an entry.
    written.start.day?;
    let after = &text[len..];
    let trimmed = after.trim_start();
    let mark = trimmed.chars().next().filter(|c| matches!(c, '.' | ';'))?;
    let rest = &trimmed[1..];
    let body = rest.trim_start();
    if rest.len() == body.len()
        || !body.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"')
    {
        return None;
    }
    Some((
        Start {
            date: written,
            date_at: (0, len),
            text_at: text.len() - body.len(),
            alone: false,
            problem: None,
            furniture: None,
        },
        format!("“{mark}” after the date where a colon belongs"),
    ))
}

static TWO_DIGIT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,?\s*[’']?(\d{2})\s*:\s*").unwrap());

/// "May 11, 20:" or "May 11, ’20:": a year written with two digits.
fn two_digit_year(text: &str) -> Option<(Start, String)> {
    let (written, len) = date::parse_prefix(text)?;
    if written.has_year() || written.start.month.is_none() {
        return None;
    }
    let c = TWO_DIGIT_YEAR.captures(&text[len..])?;
    let yy: i32 = c[1].parse().ok()?;
    let year = if yy >= 50 { 1900 + yy } else { 2000 + yy };
    let digits_end = len + c.get(1)?.end();
    let full = c.get(0)?.end();
    let date = WrittenDate {
        start: Partial {
            year: Some(year),
            ..written.start
        },
        end: Partial {
            year: Some(year),
            ..written.end
        },
        ..written
    };
    Some((
        Start {
            date,
            date_at: (0, digits_end),
            text_at: len + full,
            alone: false,
            problem: None,
            furniture: None,
        },
        format!("the year is written with two digits (read as {year})"),
    ))
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})\s*(?::|\s[-–—]\s)\s*").unwrap()
});

/// What is wrong with an ISO date among written ones.
pub(super) const ISO_PROBLEM: &str =
    "the date is written in ISO form (YYYY-MM-DD) among written dates";

/// "2020-05-09: Text": an ISO date among written ones.
fn iso_date(text: &str) -> Option<(Start, String)> {
    let c = ISO.captures(text)?;
    let number = |i: usize| c[i].parse::<u32>().ok();
    let part = Partial {
        year: Some(number(1)? as i32),
        month: Some(number(2)?).filter(|m| (1..=12).contains(m)),
        day: Some(number(3)?),
    };
    part.month?;
    Some((
        Start {
            date: WrittenDate {
                start: part,
                end: part,
                qualifier: None,
            },
            date_at: (0, 10),
            text_at: c.get(0)?.end(),
            alone: false,
            problem: None,
            furniture: None,
        },
        ISO_PROBLEM.to_string(),
    ))
}

/// Edit distance between two short words, a swap of two neighbouring
/// letters counting as one edit ("Juen" is one from "June").
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}
