//! Dates as chronologies write them, and their normalization to ISO 8601.
//!
//! A date is read from the start of a string as a short run of tokens (month
//! names, numbers, dashes, commas, "early"/"mid"/"late") matched against a
//! table of shapes: "July 16-17, 2020", "Dec. 30, 2019-Jan. 2, 2020",
//! "23-24 March 1997", "June 2020", "Late December", "1818" and the rest.

use std::ops::Range;

use crate::calendar::{days_in_month, Interval, IsoDate};
use crate::model::{Precision, Qualifier};

/// A date as written, before its missing years are filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrittenDate {
    /// The first day, month or year.
    pub start: Partial,
    /// The last day, month or year (equal to `start` for a single date).
    pub end: Partial,
    /// "early", "mid" or "late" before a month.
    pub qualifier: Option<Qualifier>,
}

/// A calendar date some of whose parts may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partial {
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: Option<u32>,
    /// The day of the month, 1 to 31 (not yet checked against the month).
    pub day: Option<u32>,
}

/// A date normalized to ISO 8601 strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// First day, month or year covered; `None` when the date is impossible.
    pub start: Option<IsoDate>,
    /// Last day, month or year covered; `None` when the date is impossible.
    pub end: Option<IsoDate>,
    /// How precise `start` and `end` are.
    pub precision: Precision,
    /// Why the date is impossible, when it is.
    pub problem: Option<String>,
}

impl WrittenDate {
    /// Whether any year is written.
    pub fn has_year(&self) -> bool {
        self.start.year.is_some() || self.end.year.is_some()
    }

    /// The first month named, when any.
    pub fn first_month(&self) -> Option<u32> {
        self.start.month.or(self.end.month)
    }

    /// How precise the date is as written.
    pub fn precision(&self) -> Precision {
        if self.qualifier.is_some_and(|q| q != Qualifier::Circa) && self.start.month.is_some() {
            Precision::Approximate
        } else if self.start.day.is_some() {
            Precision::Day
        } else if self.start.month.is_some() {
            Precision::Month
        } else {
            Precision::Year
        }
    }

    /// Fills a missing start year with `year` (the end follows, rolling over
    /// into the next year when its month comes earlier) and normalizes.
    pub fn normalize(&self, year: Option<i32>) -> Normalized {
        let precision = self.precision();
        let start_year =
            self.start
                .year
                .or_else(|| match (self.end.year, self.start.month, self.end.month) {
                    // "Dec. 30-Jan. 2, 2020": the range starts the year before.
                    (Some(y), Some(a), Some(b)) if a > b => Some(y - 1),
                    (Some(y), _, _) => Some(y),
                    _ => year,
                });
        let Some(start_year) = start_year else {
            return Normalized {
                start: None,
                end: None,
                precision,
                problem: None,
            };
        };
        let end_year = self
            .end
            .year
            .unwrap_or(match (self.start.month, self.end.month) {
                (Some(a), Some(b)) if b < a => start_year + 1,
                _ => start_year,
            });
        let start = Partial {
            year: Some(start_year),
            ..self.start
        };
        let end = Partial {
            year: Some(end_year),
            ..self.end
        };
        let interval = match (self.qualifier, self.start.month) {
            (Some(q), Some(month)) if q != Qualifier::Circa => approximate(start_year, month, q),
            // "Late 2001": the year's last third, as "late October" is the
            // month's.
            (Some(q), None) if q != Qualifier::Circa && self.start == self.end => {
                let (a, b) = match q {
                    Qualifier::Early => (1, 4),
                    Qualifier::Mid => (5, 8),
                    _ => (9, 12),
                };
                exact(
                    Partial {
                        month: Some(a),
                        ..start
                    },
                    Partial {
                        month: Some(b),
                        ..end
                    },
                )
            }
            _ => exact(start, end),
        };
        match interval {
            Ok((a, b)) => Normalized {
                start: Some(a),
                end: Some(b),
                precision,
                problem: None,
            },
            Err(problem) => Normalized {
                start: None,
                end: None,
                precision,
                problem: Some(problem),
            },
        }
    }
}

/// Reads a date at the start of `s`; returns it and how many bytes it takes.
///
/// Only the date is read: what follows it (a colon, a dash, the entry text)
/// is the caller's to judge. Trailing commas and spaces are not part of it.
pub fn parse_prefix(s: &str) -> Option<(WrittenDate, usize)> {
    let tokens = tokenize(s);
    // Every shape starts with a part of a date: most lines have none.
    if tokens.is_empty() {
        return None;
    }
    let mut best: Option<(WrittenDate, usize, usize)> = None;
    for shape in SHAPES {
        if let Some((date, used)) = shape.apply(&tokens) {
            if best.as_ref().is_none_or(|&(_, n, _)| used > n) {
                best = Some((date, used, tokens[used - 1].end));
            }
        }
    }
    best.map(|(date, _, end)| (date, end))
}

/// Reads `s` as one whole date ("July 16-17, 2020"), surrounding space allowed.
pub fn parse(s: &str) -> Option<WrittenDate> {
    let trimmed = s.trim_start();
    let (date, len) = parse_prefix(trimmed)?;
    trimmed[len..].trim().is_empty().then_some(date)
}

/// Where the parts of a date stand in its text, as byte ranges: produced by
/// the parser's own tokenizer, so that rules about how dates are written
/// need no scanner of their own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    /// Month words, with the full stop of an abbreviation ("Aug.").
    pub months: Vec<Range<usize>>,
    /// Months written as numbers ("3" of "3/16/2022").
    pub numeric_months: Vec<Range<usize>>,
    /// Day numbers, with an ordinal suffix ("3rd") when written.
    pub days: Vec<Range<usize>>,
    /// Four-digit years.
    pub years: Vec<Range<usize>>,
    /// Dashes of a range (hyphen, en dash or em dash).
    pub dashes: Vec<Range<usize>>,
    /// Commas.
    pub commas: Vec<Range<usize>>,
    /// "early", "mid" or "late", or a season.
    pub qualifier: Option<Range<usize>>,
    /// A day of the week before the date ("Tuesday, ").
    pub weekday: Option<Range<usize>>,
}

/// Reads `s` as one whole date, as [`parse`] does, and says where its parts
/// stand in `s`.
pub fn parts(s: &str) -> Option<(WrittenDate, DateParts)> {
    let (tokens, weekday) = tokenize_with_weekday(s);
    let mut best: Option<(WrittenDate, usize, &Shape)> = None;
    for shape in SHAPES {
        if let Some((date, used)) = shape.apply(&tokens) {
            if best.as_ref().is_none_or(|&(_, n, _)| used > n) {
                best = Some((date, used, shape));
            }
        }
    }
    let (date, used, shape) = best?;
    if !s[tokens[used - 1].end..].trim().is_empty() {
        return None;
    }
    let mut parts = Some(DateParts {
        weekday,
        ..DateParts::default()
    });
    shape.apply_with_parts(&tokens, &mut parts);
    Some((date, parts.unwrap_or_default()))
}

/// A month's number from its English name or abbreviation, any case.
pub fn month_number(word: &str) -> Option<u32> {
    // The names are ASCII lower case: compared without a lower-cased copy.
    let word = word.trim_end_matches('.');
    MONTHS.iter().find_map(|&(number, full, abbreviations)| {
        (word.eq_ignore_ascii_case(full)
            || abbreviations.iter().any(|a| word.eq_ignore_ascii_case(a)))
        .then_some(number)
    })
}

const MONTHS: [(u32, &str, &[&str]); 12] = [
    (1, "january", &["jan"]),
    (2, "february", &["feb"]),
    (3, "march", &["mar"]),
    (4, "april", &["apr"]),
    (5, "may", &[]),
    (6, "june", &["jun"]),
    (7, "july", &["jul"]),
    (8, "august", &["aug"]),
    (9, "september", &["sep", "sept"]),
    (10, "october", &["oct"]),
    (11, "november", &["nov"]),
    (12, "december", &["dec"]),
];

/// The most tokens a date can take; reading stops there, so a long line of
/// numbers costs no more than a short one.
const MAX_TOKENS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Month(u32),
    Number(u32, usize),
    /// A dash, or a word that joins the ends of a range ("to", "through",
    /// "until", "and").
    Dash,
    Comma,
    /// The slash between the parts of a numeric date ("3/16/2022").
    Slash,
    Qualifier(Qualifier),
    /// A season, by the first of its three months ("Spring" is 3).
    Season(u32),
    /// "circa", "ca." or "c." before a year.
    Circa,
    /// A decade by its first year: "1950s", "1950's".
    Decade(u32),
}

#[derive(Debug, Clone, Copy)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

/// Words that join the two ends of a range.
const RANGE_WORDS: &[&str] = &["to", "through", "thru", "until", "till", "and"];

/// The day of the week (0 for Monday) a date written with one opens with
/// ("Mon 9 Mar", "Tuesday, March 3"); `None` for a date without.
pub fn written_weekday(text: &str) -> Option<u32> {
    let word: String = text
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if !is_weekday(&word) {
        return None;
    }
    const STARTS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
    let lower = word.to_ascii_lowercase();
    STARTS
        .iter()
        .position(|s| lower.starts_with(s))
        .and_then(|k| u32::try_from(k).ok())
}

/// The day of the week (0 for Monday) of a day of the proleptic Gregorian
/// calendar.
pub fn weekday(year: i32, month: u32, day: u32) -> u32 {
    // Sakamoto's method, Sunday 0, moved to Monday 0.
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let m = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    let sunday_first =
        (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + T[m] + day as i32)
            .rem_euclid(7);
    u32::try_from((sunday_first + 6) % 7).unwrap_or(0)
}

/// Whether `word` names a day of the week, in full or short, in any case.
pub(crate) fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    const SHORT: [&str; 11] = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weds",
    ];
    DAYS.iter()
        .chain(SHORT.iter())
        .any(|day| word.eq_ignore_ascii_case(day))
}

fn tokenize(s: &str) -> Vec<Token> {
    tokenize_with_weekday(s).0
}

/// The tokens of the date at the start of `s`, and where a weekday before
/// it stands ("Tuesday, ").
fn tokenize_with_weekday(s: &str) -> (Vec<Token>, Option<Range<usize>>) {
    let mut weekday = None;
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    let bytes = s.as_bytes();
    while tokens.len() < MAX_TOKENS {
        while i < s.len() && (bytes[i] == b' ' || bytes[i] == b'\t' || s[i..].starts_with('\u{a0}'))
        {
            i += if bytes[i] < 0x80 { 1 } else { 2 };
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let start = i;
        let tok = if c == ',' {
            i += 1;
            Tok::Comma
        } else if c == '/' && !tokens.is_empty() {
            i += 1;
            Tok::Slash
        } else if matches!(c, '-' | '–' | '—') {
            i += c.len_utf8();
            Tok::Dash
        } else if c.is_ascii_digit() {
            let len = s[i..].bytes().take_while(u8::is_ascii_digit).count();
            let digits = &s[i..i + len];
            let mut end = i + len;
            for suffix in ["st", "nd", "rd", "th"] {
                if s[end..].starts_with(suffix) && !next_is_alphanumeric(s, end + 2) {
                    end += 2;
                }
            }
            let value = digits.parse().unwrap_or(0);
            // "1950s", "1950’s": a decade.
            let decade = ["s", "'s", "’s"].into_iter().find(|suffix| {
                s[end..].starts_with(suffix) && !next_is_alphanumeric(s, end + suffix.len())
            });
            if let Some(suffix) = decade.filter(|_| len == 4 && value % 10 == 0) {
                i = end + suffix.len();
                Tok::Decade(value)
            } else {
                if next_is_alphanumeric(s, end) || len > 4 {
                    break;
                }
                i = end;
                Tok::Number(value, len)
            }
        } else if c.is_alphabetic() {
            let mut len: usize = s[i..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .map(char::len_utf8)
                .sum();
            let word = &s[i..i + len];
            // Every word looked for is ASCII lower case, and no other
            // character lower-cases to one of their letters: ASCII case is
            // the only case that counts, and no lower-cased copy is made.
            let is = |w: &str| word.eq_ignore_ascii_case(w);
            let qualifier = if is("early") {
                Some(Qualifier::Early)
            } else if is("mid") || is("middle") {
                Some(Qualifier::Mid)
            } else if is("late") {
                Some(Qualifier::Late)
            } else {
                None
            };
            // "Q2 2023": a quarter, whose three months a season's shape reads.
            let quarter = (word == "Q")
                .then(|| s[i + len..].chars().next())
                .flatten()
                .and_then(|d| d.to_digit(10))
                .filter(|q| (1..=4).contains(q) && !next_is_alphanumeric(s, i + len + 1));
            let season = if let Some(q) = quarter {
                len += 1;
                Some(3 * q - 2)
            } else if is("spring") {
                Some(3)
            } else if is("summer") {
                Some(6)
            } else if is("autumn") || is("fall") {
                Some(9)
            } else if is("winter") {
                Some(12)
            } else {
                None
            };
            let circa = tokens.is_empty()
                && (is("circa") || ((is("c") || is("ca")) && s[i + len..].starts_with('.')));
            if circa {
                i += len;
                if s[i..].starts_with('.') {
                    i += 1;
                }
                Tok::Circa
            } else if let Some(q) = qualifier {
                i += len;
                if s[i..].starts_with('-') {
                    i += 1;
                }
                Tok::Qualifier(q)
            } else if let Some(first) = season.filter(|_| {
                tokens.is_empty() || (tokens.len() == 1 && matches!(tokens[0].tok, Tok::Circa))
            }) {
                i += len;
                Tok::Season(first)
            } else if !tokens.is_empty() && RANGE_WORDS.iter().any(|w| is(w)) {
                i += len;
                Tok::Dash
            } else if tokens.is_empty() && weekday.is_none() && is_weekday(word) {
                // "Tuesday, March 3, 2020": the weekday is part of the date as
                // written, but no part of its value.
                i += len;
                if s[i..].starts_with('.') {
                    i += 1;
                }
                let rest = &s[i..];
                let spaces = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
                if rest[spaces..].starts_with(',') {
                    i += spaces + 1;
                }
                weekday = Some(start..i);
                continue;
            } else if matches!(tokens.last(), Some(t) if matches!(t.tok, Tok::Dash))
                && is_weekday(word)
            {
                // "Mon 16 - Thu 19 Mar": the range's end has its weekday too.
                i += len;
                if s[i..].starts_with('.') {
                    i += 1;
                }
                if s[i..].starts_with(',') {
                    i += 1;
                }
                continue;
            } else if let Some(m) = month_number(word) {
                i += len;
                // "Aug." and also "May." or "June." as some texts write them.
                if s[i..].starts_with('.') {
                    i += 1;
                }
                Tok::Month(m)
            } else {
                break;
            }
        } else {
            break;
        };
        tokens.push(Token { tok, start, end: i });
    }
    (tokens, weekday)
}

fn next_is_alphanumeric(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// One written shape of a date: its tokens, and which captured parts go where.
struct Shape {
    /// Its elements in order: `M` month, `m` month as a number, `D` day,
    /// `Y` year, `Q` qualifier, `-` dash, `/` slash, `,` comma, `,?`
    /// optional comma.
    pattern: &'static [&'static str],
    /// Builds the date from the months, days, years and qualifier captured.
    build: fn(&Captures) -> WrittenDate,
}

#[derive(Default)]
struct Captures {
    months: Few<u32>,
    days: Few<u32>,
    years: Few<i32>,
    qualifier: Option<Qualifier>,
}

/// The few values of one kind a shape captures (two at most: a range's
/// ends), kept without allocating: every line is tried against every shape.
#[derive(Default)]
struct Few<T> {
    items: [T; 4],
    len: usize,
}

impl<T: Copy> Few<T> {
    fn push(&mut self, value: T) {
        // No shape has more than two of a kind; a fifth would be dropped.
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = value;
            self.len += 1;
        }
    }
}

impl<T> std::ops::Index<usize> for Few<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        &self.items[..self.len][i]
    }
}

impl Captures {
    fn part(&self, month: Option<usize>, day: Option<usize>, year: Option<usize>) -> Partial {
        Partial {
            month: month.map(|i| self.months[i]),
            day: day.map(|i| self.days[i]),
            year: year.map(|i| self.years[i]),
        }
    }
}

impl Shape {
    fn apply(&self, tokens: &[Token]) -> Option<(WrittenDate, usize)> {
        self.apply_with_parts(tokens, &mut None)
    }

    /// [`Shape::apply`], also noting in `parts` where each part stands.
    fn apply_with_parts(
        &self,
        tokens: &[Token],
        parts: &mut Option<DateParts>,
    ) -> Option<(WrittenDate, usize)> {
        let mut captures = Captures::default();
        let mut t = 0;
        for &element in self.pattern {
            if let (Some(parts), Some(token)) = (parts.as_mut(), tokens.get(t)) {
                let range = token.start..token.end;
                match (element, token.tok) {
                    ("M", Tok::Month(_)) => parts.months.push(range),
                    ("m", Tok::Number(..)) => parts.numeric_months.push(range),
                    ("D", Tok::Number(..)) => parts.days.push(range),
                    ("Y", Tok::Number(..)) => parts.years.push(range),
                    ("Q", Tok::Qualifier(_)) | ("S", Tok::Season(_)) | ("C", Tok::Circa) => {
                        parts.qualifier = Some(range)
                    }
                    ("-", Tok::Dash) => parts.dashes.push(range),
                    (",", Tok::Comma) | (",?", Tok::Comma) => parts.commas.push(range),
                    _ => {}
                }
            }
            let tok = tokens.get(t).map(|t| t.tok);
            match (element, tok) {
                ("M", Some(Tok::Month(m))) => captures.months.push(m),
                ("m", Some(Tok::Number(m, len))) if len <= 2 && (1..=12).contains(&m) => {
                    captures.months.push(m)
                }
                ("D", Some(Tok::Number(d, len))) if len <= 2 && (1..=31).contains(&d) => {
                    captures.days.push(d)
                }
                ("Y", Some(Tok::Number(y, 4))) if (1000..=2999).contains(&y) => {
                    captures.years.push(y as i32)
                }
                ("Q", Some(Tok::Qualifier(q))) => captures.qualifier = Some(q),
                ("C", Some(Tok::Circa)) => captures.qualifier = Some(Qualifier::Circa),
                ("Z", Some(Tok::Decade(y))) if (1000..=2990).contains(&y) => {
                    captures.years.push(y as i32)
                }
                // "1994–95": the end's last two digits, in the start's century.
                ("y", Some(Tok::Number(y, 2))) => match captures.years.len {
                    1 if captures.years[0] % 100 < y as i32 => {
                        let start = captures.years[0];
                        captures.years.push(start - start % 100 + y as i32)
                    }
                    _ => return None,
                },
                ("S", Some(Tok::Season(first))) => captures.months.push(first),
                ("-", Some(Tok::Dash))
                | (",", Some(Tok::Comma))
                | (",?", Some(Tok::Comma))
                | ("/", Some(Tok::Slash)) => {}
                (",?", _) => continue,
                _ => return None,
            }
            t += 1;
        }
        Some(((self.build)(&captures), t))
    }
}

const fn single(part: Partial) -> WrittenDate {
    WrittenDate {
        start: part,
        end: part,
        qualifier: None,
    }
}

const fn range(start: Partial, end: Partial) -> WrittenDate {
    WrittenDate {
        start,
        end,
        qualifier: None,
    }
}

const SHAPES: &[Shape] = &[
    Shape {
        pattern: &["M", "D", ",", "Y", "-", "M", "D", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), Some(0)),
                c.part(Some(1), Some(1), Some(1)),
            )
        },
    },
    Shape {
        pattern: &["M", "D", ",?", "-", "M", "D", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), None),
                c.part(Some(1), Some(1), Some(0)),
            )
        },
    },
    Shape {
        pattern: &["M", "D", "-", "M", "D"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), None),
                c.part(Some(1), Some(1), None),
            )
        },
    },
    Shape {
        pattern: &["M", "D", "-", "D", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), Some(0)),
                c.part(Some(0), Some(1), Some(0)),
            )
        },
    },
    Shape {
        pattern: &["M", "D", "-", "D"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), None),
                c.part(Some(0), Some(1), None),
            )
        },
    },
    Shape {
        pattern: &["M", "D", ",?", "Y"],
        build: |c| single(c.part(Some(0), Some(0), Some(0))),
    },
    Shape {
        pattern: &["M", "D"],
        build: |c| single(c.part(Some(0), Some(0), None)),
    },
    Shape {
        pattern: &["M", ",?", "Y", "-", "M", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), None, Some(0)),
                c.part(Some(1), None, Some(1)),
            )
        },
    },
    Shape {
        pattern: &["M", "-", "M", ",?", "Y"],
        build: |c| range(c.part(Some(0), None, None), c.part(Some(1), None, Some(0))),
    },
    Shape {
        pattern: &["M", ",?", "Y"],
        build: |c| single(c.part(Some(0), None, Some(0))),
    },
    Shape {
        // "January–June" under a year heading.
        pattern: &["M", "-", "M"],
        build: |c| range(c.part(Some(0), None, None), c.part(Some(1), None, None)),
    },
    Shape {
        pattern: &["M"],
        build: |c| single(c.part(Some(0), None, None)),
    },
    Shape {
        // "Winter 2013-2014": the winter from the first year into the
        // second; another season over two years runs from the first's to
        // the second's.
        pattern: &["S", ",?", "Y", "-", "Y"],
        build: |c| season_over(c.months[0], c.years[0], c.years[1]),
    },
    Shape {
        // "Winter 2013-14": the second year by its last two digits.
        pattern: &["S", ",?", "Y", "-", "y"],
        build: |c| season_over(c.months[0], c.years[0], c.years[1]),
    },
    Shape {
        // "Spring 1987": the season's three months; winter runs into the next year.
        pattern: &["S", ",?", "Y"],
        build: |c| season(c.months[0], Some(c.years[0])),
    },
    Shape {
        // "Spring" under a year heading, as "ca. spring" below.
        pattern: &["S"],
        build: |c| season(c.months[0], None),
    },
    Shape {
        pattern: &["Q", "M", ",?", "Y"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..single(c.part(Some(0), None, Some(0)))
        },
    },
    Shape {
        pattern: &["Q", "M"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..single(c.part(Some(0), None, None))
        },
    },
    Shape {
        pattern: &["D", "-", "D", "M", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), Some(0)),
                c.part(Some(0), Some(1), Some(0)),
            )
        },
    },
    Shape {
        pattern: &["D", "M", "-", "D", "M", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), None),
                c.part(Some(1), Some(1), Some(0)),
            )
        },
    },
    Shape {
        // "28 March – 2 April" under a year heading.
        pattern: &["D", "M", "-", "D", "M"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), None),
                c.part(Some(1), Some(1), None),
            )
        },
    },
    Shape {
        pattern: &["D", "M", ",?", "Y", "-", "D", "M", ",?", "Y"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), Some(0)),
                c.part(Some(1), Some(1), Some(1)),
            )
        },
    },
    Shape {
        pattern: &["D", "M", ",?", "Y"],
        build: |c| single(c.part(Some(0), Some(0), Some(0))),
    },
    Shape {
        pattern: &["D", "-", "D", "M"],
        build: |c| {
            range(
                c.part(Some(0), Some(0), None),
                c.part(Some(0), Some(1), None),
            )
        },
    },
    Shape {
        pattern: &["D", "M"],
        build: |c| single(c.part(Some(0), Some(0), None)),
    },
    Shape {
        // "3/16/2022": month first, as in American tables; read day first
        // ("16/3/2022") only where the first number cannot be a month.
        pattern: &["m", "/", "D", "/", "Y"],
        build: |c| single(c.part(Some(0), Some(0), Some(0))),
    },
    Shape {
        pattern: &["D", "/", "m", "/", "Y"],
        build: |c| single(c.part(Some(0), Some(0), Some(0))),
    },
    Shape {
        pattern: &["Y", "-", "y"],
        build: |c| range(c.part(None, None, Some(0)), c.part(None, None, Some(1))),
    },
    Shape {
        // "ca. July 1906", "c. March": the month, said to be about right.
        pattern: &["C", "M", ",?", "Y"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..single(c.part(Some(0), None, Some(0)))
        },
    },
    Shape {
        pattern: &["C", "M"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..single(c.part(Some(0), None, None))
        },
    },
    Shape {
        // "ca. spring" under a year heading: the season's months, about.
        pattern: &["C", "S"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..season(c.months[0], None)
        },
    },
    Shape {
        // "circa 1921", "c. 1960": the year, said to be about right.
        pattern: &["C", "Y"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..single(c.part(None, None, Some(0)))
        },
    },
    Shape {
        // "the 1950s": the decade's ten years.
        pattern: &["Z"],
        build: |c| decade(c.years[0], 0, 9, None),
    },
    Shape {
        // "early 1960s", "mid-1950s", "late 1950s": a part of the decade.
        pattern: &["Q", "Z"],
        build: |c| match c.qualifier {
            Some(Qualifier::Early) => decade(c.years[0], 0, 3, c.qualifier),
            Some(Qualifier::Mid) => decade(c.years[0], 4, 6, c.qualifier),
            _ => decade(c.years[0], 7, 9, c.qualifier),
        },
    },
    Shape {
        // "mid-1943", "early 1915": within the year, qualified.
        pattern: &["Q", "Y"],
        build: |c| WrittenDate {
            qualifier: c.qualifier,
            ..single(c.part(None, None, Some(0)))
        },
    },
    Shape {
        pattern: &["Y", "-", "Y"],
        build: |c| range(c.part(None, None, Some(0)), c.part(None, None, Some(1))),
    },
    Shape {
        pattern: &["Y"],
        build: |c| single(c.part(None, None, Some(0))),
    },
];

/// The season that starts in month `first` over the years `from` to `to`:
/// the winter from one year into the next, another season from the first
/// year's to the last's (years written backwards give a range that ends
/// before it starts, reported as such).
fn season_over(first: u32, from: i32, to: i32) -> WrittenDate {
    if first == 12 && to == from + 1 {
        season(12, Some(from))
    } else if to < from {
        // Backwards: from the first year's season to the last's start, both
        // years as written.
        range(
            season(first, Some(from)).start,
            season(first, Some(to)).start,
        )
    } else {
        range(season(first, Some(from)).start, season(first, Some(to)).end)
    }
}

/// The three months of the season that starts in month `first`; winter
/// runs into the next year.
fn season(first: u32, year: Option<i32>) -> WrittenDate {
    let (end_month, next_year) = if first == 12 { (2, 1) } else { (first + 2, 0) };
    range(
        Partial {
            year,
            month: Some(first),
            day: None,
        },
        Partial {
            year: year.map(|y| y + next_year),
            month: Some(end_month),
            day: None,
        },
    )
}

/// Years `from` to `to` of the decade starting in `first`.
fn decade(first: i32, from: i32, to: i32, qualifier: Option<Qualifier>) -> WrittenDate {
    let year = |y| Partial {
        year: Some(y),
        month: None,
        day: None,
    };
    WrittenDate {
        qualifier,
        ..range(year(first + from), year(first + to))
    }
}

/// The ISO interval of an exact date (day, month or year precision).
fn exact(start: Partial, end: Partial) -> Result<(IsoDate, IsoDate), String> {
    let a = iso(start)?;
    let b = iso(end)?;
    let interval =
        Interval::new(a, b).map_err(|_| format!("the range ends ({b}) before it starts ({a})"))?;
    Ok((interval.start(), interval.end()))
}

fn iso(p: Partial) -> Result<IsoDate, String> {
    let year = p.year.unwrap_or_default();
    IsoDate::new(year, p.month, p.day).ok_or_else(|| match (p.month, p.day) {
        (Some(m), Some(d)) if (1..=12).contains(&m) => {
            format!("{} {d}, {year} does not exist", MONTH_NAMES[m as usize - 1])
        }
        _ => format!("year {year} cannot be represented"),
    })
}

/// The days that "early", "mid" or "late" a month cover.
fn approximate(year: i32, month: u32, q: Qualifier) -> Result<(IsoDate, IsoDate), String> {
    let (a, b) = match q {
        Qualifier::Early => (1, 10),
        Qualifier::Mid => (11, 20),
        Qualifier::Late => (21, days_in_month(year, month)),
        Qualifier::Circa => (1, days_in_month(year, month)),
    };
    let day = |d| IsoDate::new(year, Some(month), Some(d));
    match (day(a), day(b)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(format!("month {month} of {year} cannot be represented")),
    }
}

/// The English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// (as written, year to assume, start, end, precision)
    const CASES: &[(&str, Option<i32>, &str, &str, Precision)] = &[
        ("circa 1921", None, "1921", "1921", Precision::Year),
        ("c. 1960", None, "1960", "1960", Precision::Year),
        ("ca. 1805", None, "1805", "1805", Precision::Year),
        ("1950s", None, "1950", "1959", Precision::Year),
        ("Q2 2023", None, "2023-04", "2023-06", Precision::Month),
        ("Q4", Some(2025), "2025-10", "2025-12", Precision::Month),
        ("early 1960s", None, "1960", "1963", Precision::Year),
        ("mid-1950s", None, "1954", "1956", Precision::Year),
        ("late 1950’s", None, "1957", "1959", Precision::Year),
        ("1994–95", None, "1994", "1995", Precision::Year),
        ("Late 2001", None, "2001-09", "2001-12", Precision::Year),
        ("early 2019", None, "2019-01", "2019-04", Precision::Year),
        ("mid-2020", None, "2020-05", "2020-08", Precision::Year),
        (
            "Winter 2013-2014",
            None,
            "2013-12",
            "2014-02",
            Precision::Month,
        ),
        (
            "Winter 2013-14",
            None,
            "2013-12",
            "2014-02",
            Precision::Month,
        ),
        (
            "Summer 2019–2020",
            None,
            "2019-06",
            "2020-08",
            Precision::Month,
        ),
        // A range whose end has its weekday too.
        (
            "Mon 16 - Thu 19 Mar",
            Some(2026),
            "2026-03-16",
            "2026-03-19",
            Precision::Day,
        ),
        (
            "Thursday, 2 to Saturday, 4 April 2026",
            None,
            "2026-04-02",
            "2026-04-04",
            Precision::Day,
        ),
        (
            "May 1, 2020",
            None,
            "2020-05-01",
            "2020-05-01",
            Precision::Day,
        ),
        (
            "June 15 2020",
            None,
            "2020-06-15",
            "2020-06-15",
            Precision::Day,
        ),
        (
            "July 16-17, 2020",
            None,
            "2020-07-16",
            "2020-07-17",
            Precision::Day,
        ),
        (
            "Oct. 18–21, 2008",
            None,
            "2008-10-18",
            "2008-10-21",
            Precision::Day,
        ),
        (
            "July 30-Aug. 2, 2020",
            None,
            "2020-07-30",
            "2020-08-02",
            Precision::Day,
        ),
        (
            "Dec. 30, 2019-Jan. 2, 2020",
            None,
            "2019-12-30",
            "2020-01-02",
            Precision::Day,
        ),
        (
            "Dec. 30-Jan. 2, 2020",
            None,
            "2019-12-30",
            "2020-01-02",
            Precision::Day,
        ),
        (
            "Sept. 3, 2008",
            None,
            "2008-09-03",
            "2008-09-03",
            Precision::Day,
        ),
        (
            "Sep. 3, 2008",
            None,
            "2008-09-03",
            "2008-09-03",
            Precision::Day,
        ),
        (
            "October 6, 2008",
            None,
            "2008-10-06",
            "2008-10-06",
            Precision::Day,
        ),
        (
            "JULY 4, 1776",
            None,
            "1776-07-04",
            "1776-07-04",
            Precision::Day,
        ),
        ("June 2020", None, "2020-06", "2020-06", Precision::Month),
        (
            "January 4",
            Some(2020),
            "2020-01-04",
            "2020-01-04",
            Precision::Day,
        ),
        (
            "Dec. 30-Jan. 2",
            Some(2019),
            "2019-12-30",
            "2020-01-02",
            Precision::Day,
        ),
        (
            "15 December 1996",
            None,
            "1996-12-15",
            "1996-12-15",
            Precision::Day,
        ),
        (
            "23-24 March 1997",
            None,
            "1997-03-23",
            "1997-03-24",
            Precision::Day,
        ),
        (
            "30 March-2 April 1997",
            None,
            "1997-03-30",
            "1997-04-02",
            Precision::Day,
        ),
        ("1818", None, "1818", "1818", Precision::Year),
        ("1996-1997", None, "1996", "1997", Precision::Year),
        (
            "February 10–August 5, 1790",
            None,
            "1790-02-10",
            "1790-08-05",
            Precision::Day,
        ),
        (
            "Late December",
            Some(2019),
            "2019-12-21",
            "2019-12-31",
            Precision::Approximate,
        ),
        (
            "early June 2020",
            None,
            "2020-06-01",
            "2020-06-10",
            Precision::Approximate,
        ),
        (
            "mid-February 2020",
            None,
            "2020-02-11",
            "2020-02-20",
            Precision::Approximate,
        ),
        (
            "MAY – AUGUST 2020",
            None,
            "2020-05",
            "2020-08",
            Precision::Month,
        ),
        (
            "December 2019-January 2020",
            None,
            "2019-12",
            "2020-01",
            Precision::Month,
        ),
        (
            "Feb. 29, 2020",
            None,
            "2020-02-29",
            "2020-02-29",
            Precision::Day,
        ),
        (
            "Jan. 1st, 2021",
            None,
            "2021-01-01",
            "2021-01-01",
            Precision::Day,
        ),
    ];

    #[test]
    fn parts_say_where_each_part_stands() {
        let show = |text: &str| {
            let (_, p) = parts(text).unwrap_or_else(|| panic!("{text:?}"));
            let cut = |ranges: &[Range<usize>]| -> Vec<&str> {
                ranges.iter().map(|r| &text[r.clone()]).collect()
            };
            (
                cut(&p.months).join("|"),
                cut(&p.days).join("|"),
                cut(&p.years).join("|"),
                cut(&p.dashes).join("|"),
                p.commas.len(),
            )
        };
        // (date, (months, days, years, dashes, number of commas))
        type Case<'a> = (&'a str, (&'a str, &'a str, &'a str, &'a str, usize));
        let cases: &[Case<'_>] = &[
            ("July 16-17, 2020", ("July", "16|17", "2020", "-", 1)),
            (
                "Dec. 30, 2019–Jan. 2, 2020",
                ("Dec.|Jan.", "30|2", "2019|2020", "–", 2),
            ),
            ("23 March 1997", ("March", "23", "1997", "", 0)),
            ("Late December", ("December", "", "", "", 0)),
            ("Sept. 3rd 2001", ("Sept.", "3rd", "2001", "", 0)),
            ("1951-1965", ("", "", "1951|1965", "-", 0)),
        ];
        for (text, want) in cases {
            let got = show(text);
            assert_eq!(
                (
                    got.0.as_str(),
                    got.1.as_str(),
                    got.2.as_str(),
                    got.3.as_str(),
                    got.4
                ),
                *want,
                "{text}"
            );
        }
        assert!(parts("July 16 and more").is_none());
    }

    #[test]
    fn normalization_table() {
        for &(text, year, start, end, precision) in CASES {
            let date = parse(text).unwrap_or_else(|| panic!("{text:?} did not parse"));
            let n = date.normalize(year);
            assert_eq!(
                (
                    n.start.map(|d| d.to_string()).as_deref(),
                    n.end.map(|d| d.to_string()).as_deref(),
                    n.precision
                ),
                (Some(start), Some(end), precision),
                "{text:?}"
            );
        }
    }

    #[test]
    fn weekdays_written_and_computed() {
        assert_eq!(written_weekday("Mon 9 Mar"), Some(0));
        assert_eq!(written_weekday("Thursday, 2 April"), Some(3));
        assert_eq!(written_weekday("9 March"), None);
        // 9 March 2026 is a Monday, 11 September 2001 a Tuesday, 29
        // February 2000 a Tuesday.
        assert_eq!(weekday(2026, 3, 9), 0);
        assert_eq!(weekday(2001, 9, 11), 1);
        assert_eq!(weekday(2000, 2, 29), 1);
    }

    #[test]
    fn circa_and_decades_keep_their_qualifier() {
        let qualifier = |text: &str| parse(text).and_then(|d| d.qualifier);
        assert_eq!(qualifier("circa 1921"), Some(Qualifier::Circa));
        assert_eq!(qualifier("late 1950s"), Some(Qualifier::Late));
        assert_eq!(qualifier("1950s"), None);
        // Not dates: a two-digit end that goes back, "c" without its stop,
        // "the" before a decade, a number ending in "s" that is no decade.
        for text in ["1999–01", "c 1960", "the 1950s", "1955s"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn impossible_dates_say_why() {
        let n = parse("Feb. 30, 2020").unwrap().normalize(None);
        assert_eq!(n.start, None);
        assert_eq!(
            n.problem.as_deref(),
            Some("February 30, 2020 does not exist")
        );
        let n = parse("July 17-16, 2020").unwrap().normalize(None);
        assert_eq!(
            n.problem.as_deref(),
            Some("the range ends (2020-07-16) before it starts (2020-07-17)")
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "Mayor Kim",
            "1/14/77",
            "12345",
            "Monday",
            "",
            "May be",
            "June 15, Kono",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn prefix_stops_before_what_follows() {
        let (_, len) = parse_prefix("July 29, 2009:Japan").unwrap();
        assert_eq!(len, "July 29, 2009".len());
        let (_, len) = parse_prefix("June 15, Kono said").unwrap();
        assert_eq!(len, "June 15".len());
    }
}
