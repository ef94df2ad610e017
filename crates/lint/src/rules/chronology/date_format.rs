//! ## What it does
//! Finds dates written unlike the document's own dominant style: a missing
//! comma before the year ("June 15 2020"), a full month name where the
//! document abbreviates ("October 6" among "Oct. 7") or the reverse, "Sep."
//! beside "Sept.", a month in capitals among title-case ones, no space after
//! the colon ("July 29, 2009:Japan"), a space before the colon ("May 5,
//! 2020 :") or two after it, a double space inside a date or a
//! space before its comma ("March , 2020", often where a day was lost), and a
//! hyphen where the document's ranges use an en dash (or the reverse), an
//! entry whose date is followed by another mark than most entries' (" – "
//! among ":"), and a date written day first among dates written month
//! first ("7 August" among "August 9"), or the reverse, and a day written
//! as an ordinal ("August 1st") among days written as plain numbers
//! ("August 1"), and a date written with the month's name among numeric
//! dates ("March 6, 2024" among "3/14/2024", M/D/YYYY), or a numeric date
//! among dates written with the month's name. Separators, the order of day
//! and month, and numeric dates against written ones are flagged only
//! against a clear majority. A numeric date says nothing of how months are
//! spelled or days written (abbreviation, capitals, "Sept.", ordinals).
//!
//! The style is the document's own: whatever most of its dates do. Whether
//! the document abbreviates months at all is told by the months that both
//! AP and Chicago abbreviate before a day (Jan., Feb., Aug. to Dec.). March
//! and April, which Chicago abbreviates ("Mar. 10") and AP spells out, are
//! compared among themselves, and so are June and July, which both spell
//! out ("June 8" says nothing about "Mar. 10"); either pair is held to the
//! full name only where the document spells out the months both styles
//! abbreviate. May, which has no shorter form, is never compared.
//!
//! ## Why is this bad?
//! Inconsistent dates look careless and make a chronology harder to scan;
//! a missing comma or space is often a sign of a conversion error nearby.
//!
//! ## Example
//! ```text
//! June 14, 2020: Center opens to press.
//! June 15 2020: Lee summons Ambassador Tomita.
//! ```
//! The second date lacks the comma that every other date has.
//!
//! ## Fix
//! Safe: each fix rewrites only the date's punctuation, spacing or month
//! spelling to the document's dominant form; the date itself is unchanged.
//! A date rewritten between the numeric and the written form ("3/6/2024",
//! "March 6, 2024") is a safe fix where its numbers can be read one way
//! only (the day cannot be a month, or the chronology's other numeric dates
//! show the order); otherwise the fix is unsafe: "9/4/2020" may be 9 April.

use claimkit_parser::{date, IsoDate, Span};

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        let mut dates: Vec<Written> = chronology
            .entries
            .iter()
            .filter_map(|e| Written::read(cx, e.date.span).map(|w| w.settled(e.date.start)))
            .collect();
        // A section (between two headings of the chronology) whose two or
        // more dates are all numeric, or all written with the month's name,
        // is so by design: "## 2024" over a table copied from a works
        // programme that writes "03/04/2024".
        let mut cuts: Vec<usize> = chronology
            .subheadings
            .iter()
            .map(|h| h.span.start)
            .collect();
        cuts.sort_unstable();
        let section = |at: usize| cuts.partition_point(|&cut| cut <= at);
        let mut k = 0;
        while k < dates.len() {
            let end = k + dates[k..]
                .iter()
                .take_while(|d| section(d.at) == section(dates[k].at))
                .count();
            let forms: Vec<Option<bool>> = dates[k..end].iter().map(|d| d.numeric).collect();
            if forms.len() >= 2 && forms[0].is_some() && forms.iter().all(|f| *f == forms[0]) {
                for d in &mut dates[k..end] {
                    d.form_by_design = true;
                }
            }
            // "1936:" through the founding years, "March 14, 1960 – " after:
            // a section of three or more entries that all use one separator
            // uses it by design, when there are several sections.
            let marks: Vec<Option<char>> = dates[k..end]
                .iter()
                .map(|d| d.separator.map(|s| s.mark))
                .collect();
            if !cuts.is_empty()
                && marks.len() >= 3
                && marks[0].is_some()
                && marks.iter().all(|m| *m == marks[0])
            {
                for d in &mut dates[k..end] {
                    d.separator_by_design = true;
                }
            }
            k = end;
        }
        let style = Style::dominant(cx, &dates);
        for d in &dates {
            d.check(cx, &style, out);
        }
    }
}

/// The parts of one date as written that style concerns.
struct Written {
    /// Byte offset of the date in the input.
    at: usize,
    text: String,
    /// Offset in `text` and the month word.
    month: Option<(usize, String)>,
    /// Whether a day is written: house styles spell out a month that stands
    /// alone ("November 2008") even where they abbreviate it before a day.
    has_day: bool,
    /// The ordinal suffixes of the days ("st" of "August 1st"): offset in
    /// `text` and length; empty where the days are plain numbers.
    ordinals: Vec<(usize, usize)>,
    /// Whether a day and a year are written, and whether a comma stands between.
    comma: Option<bool>,
    /// The offset just past the day number that comes before the year.
    day_end: Option<usize>,
    /// The dash of a range, with its offset in `text`.
    dash: Option<(usize, char)>,
    /// Whether a colon follows, and whether a space follows the colon.
    colon_space: Option<bool>,
    /// The white space between the date and its colon ("May 5, 2020 :").
    space_before_colon: Option<usize>,
    /// Bytes of blank space after the colon.
    spaces_after_colon: usize,
    /// What separates the date from the entry's text: ":" or a dash with a
    /// space on each side; `None` for a date alone on its line or another mark.
    separator: Option<Separator>,
    /// Whether the day comes before the month ("7 August"), when both are written.
    day_first: Option<bool>,
    /// For a date with a month and a day: whether the month is a number
    /// ("3/16/2022") or a word ("March 16, 2022").
    numeric: Option<bool>,
    /// For a numeric date, how its numbers are written.
    numbers: Option<Numbers>,
    /// The month, day and year of a single date that writes all three and
    /// nothing more (no range, weekday or qualifier): what a fix between
    /// the numeric and the written form can rewrite.
    mdy: Option<(u32, u32, i32)>,
    /// In a table row (the date, spaces, then the entry's text on the same
    /// line): the date's column and the spaces after it, counted in
    /// characters, so that a date rewritten to another length keeps the text
    /// in its column.
    row: Option<Row>,
    /// Whether its section writes every date in its form (numeric or with
    /// the month's name): no slip against the rest of the chronology.
    form_by_design: bool,
    /// Whether its section puts the same separator after every date.
    separator_by_design: bool,
}

#[derive(Clone, Copy)]
struct Row {
    /// The column the date starts at.
    column: usize,
    /// The spaces between the date and the text.
    spaces: usize,
}

impl Written {
    /// The column the entry's text starts at, after the colon and the
    /// spaces that follow it.
    fn colon_text_column(&self, cx: &Context<'_>) -> Option<usize> {
        self.colon_space.filter(|&space| space)?;
        let column = cx.text[..self.at]
            .rsplit(['\n', '\r'])
            .next()
            .unwrap_or("")
            .chars()
            .count();
        Some(
            column
                + self.text.chars().count()
                + self.space_before_colon.unwrap_or(0)
                + 1
                + self.spaces_after_colon,
        )
    }
}

/// How a numeric date writes its numbers.
#[derive(Clone, Copy)]
struct Numbers {
    /// The day before the month ("21/7/2021"), as the parser reads it.
    day_first: bool,
    /// Whether the order is certain: the day cannot be a month ("3/16/2022"),
    /// or the two numbers are the same.
    certain: bool,
    /// A one-digit number written with a zero ("03/06/2024", true) or
    /// without ("3/6/2024"); `None` where no number is below ten.
    padded: Option<bool>,
}

/// The mark between an entry's date and its text, and where it stands.
#[derive(Clone, Copy)]
struct Separator {
    /// Offset in the input of the first blank before the mark (or of the
    /// mark), and of the end of the blanks after it.
    start: usize,
    end: usize,
    mark: char,
}

impl Written {
    /// A numeric date as the parser settled it: day first where the
    /// chronology's other numeric dates can only be ("03/04/2024" among
    /// "22/05/2024" is 3 April).
    fn settled(mut self, start: Option<IsoDate>) -> Written {
        if let (Some(numbers), Some((m, d, y)), Some(start)) =
            (self.numbers.as_mut(), self.mdy, start)
        {
            if !numbers.day_first && m != d && start.month() == Some(d) && start.day() == Some(m) {
                numbers.day_first = true;
                self.mdy = Some((d, m, y));
            }
        }
        self
    }

    fn read(cx: &Context<'_>, span: Span) -> Option<Written> {
        let text = cx.slice(span).to_string();
        let (value, parts) = date::parts(&text)?;
        let month = parts.months.first().map(|range| {
            let word = &text[range.clone()];
            // The full stop stays with an abbreviation only ("Aug.", not "May.").
            let letters = word.trim_end_matches('.');
            let word = if MonthForm::of(letters).abbreviated {
                word
            } else {
                letters
            };
            (range.start, word.to_string())
        });
        let has_day = !parts.days.is_empty();
        let ordinals = parts
            .days
            .iter()
            .filter_map(|day| {
                let digits = text[day.clone()].trim_end_matches(|c: char| c.is_ascii_alphabetic());
                (digits.len() < day.len())
                    .then_some((day.start + digits.len(), day.len() - digits.len()))
            })
            .collect();
        let month_first = parts.months.first().is_some_and(|m| m.start == 0);
        let comma =
            (has_day && !parts.years.is_empty() && month_first).then_some(!parts.commas.is_empty());
        // The day just before the (last) year, where a missing comma goes.
        let day_end = parts.years.last().and_then(|year| {
            parts
                .days
                .iter()
                .rev()
                .find(|day| day.end <= year.start)
                .map(|day| day.end)
        });
        // A hyphen or an en dash only: a range written with "to" has no dash style.
        let dash = parts.dashes.first().and_then(|range| {
            let c = text[range.clone()].chars().next()?;
            matches!(c, '-' | '–').then_some((range.start, c))
        });
        let after = &cx.text[span.end..];
        let blank = |c: char| matches!(c, ' ' | '\t' | '\u{a0}');
        let before_colon = after.len() - after.trim_start_matches(blank).len();
        let colon = after[before_colon..].strip_prefix(':');
        let colon_space =
            colon.map(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace));
        let after_colon = colon.map_or(0, |rest| rest.len() - rest.trim_start_matches(blank).len());
        let line_rest = after.split(['\n', '\r']).next().unwrap_or("");
        let separator = line_rest[before_colon..]
            .chars()
            .next()
            .filter(|&c| matches!(c, ':' | '–' | '—' | '-'))
            .and_then(|mark| {
                let past = &line_rest[before_colon + mark.len_utf8()..];
                let spaces = past.len() - past.trim_start_matches(blank).len();
                // A dash between words, not one glued to them ("2020-05").
                let spaced = mark == ':' || (before_colon > 0 && spaces > 0);
                (spaced && !past.trim().is_empty()).then_some(Separator {
                    start: span.end,
                    end: span.end + before_colon + mark.len_utf8() + spaces,
                    mark,
                })
            });
        let row = {
            let gap = &line_rest[..before_colon];
            let next = line_rest[before_colon..].chars().next();
            (before_colon > 0
                && gap.chars().all(|c| c == ' ')
                && next.is_some_and(|c| !matches!(c, ':' | '–' | '—' | '-' | ' ' | '\t')))
            .then(|| Row {
                column: cx.text[..span.start]
                    .rsplit(['\n', '\r'])
                    .next()
                    .unwrap_or("")
                    .chars()
                    .count(),
                spaces: before_colon,
            })
        };
        let day_first = match (parts.days.first(), parts.months.first()) {
            (Some(day), Some(month)) => Some(day.start < month.start),
            _ => None,
        };
        let numeric = if !parts.numeric_months.is_empty() {
            Some(true)
        } else {
            (month.is_some() && has_day).then_some(false)
        };
        let start = value.start;
        let mdy = match (start.month, start.day, start.year) {
            (Some(m), Some(d), Some(y))
                if value.end == start
                    && value.qualifier.is_none()
                    && parts.weekday.is_none()
                    && parts.dashes.is_empty()
                    && parts.months.len() + parts.numeric_months.len() == 1 =>
            {
                Some((m, d, y))
            }
            _ => None,
        };
        let numbers = match (parts.numeric_months.first(), parts.days.first()) {
            (Some(m), Some(d)) => {
                let (month_text, day_text) = (&text[m.clone()], &text[d.clone()]);
                let short = |t: &str| t.len() == 1;
                let padded = if month_text.starts_with('0') || day_text.starts_with('0') {
                    Some(true)
                } else {
                    (short(month_text) || short(day_text)).then_some(false)
                };
                Some(Numbers {
                    day_first: d.start < m.start,
                    certain: start
                        .day
                        .is_some_and(|day| day > 12 || start.month == Some(day)),
                    padded,
                })
            }
            _ => None,
        };
        Some(Written {
            at: span.start,
            text,
            month,
            has_day,
            ordinals,
            comma,
            day_end,
            dash,
            colon_space,
            space_before_colon: (colon.is_some() && before_colon > 0).then_some(before_colon),
            spaces_after_colon: after_colon,
            separator,
            day_first,
            numeric,
            numbers,
            mdy,
            row,
            form_by_design: false,
            separator_by_design: false,
        })
    }

    fn check(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        self.check_month(cx, style, out);
        self.check_comma(cx, style, out);
        self.check_ordinal(cx, style, out);
        self.check_dash(cx, style, out);
        self.check_double_space(cx, out);
        self.check_space_before_comma(cx, out);
        self.check_colon(cx, style, out);
        self.check_separator(cx, style, out);
        self.check_order(cx, style, out);
        self.check_numeric(cx, style, out);
    }

    /// A date written with the month's name among numeric dates
    /// ("March 6, 2024" among "3/14/2024"), or the reverse.
    fn check_numeric(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        let (Some(numeric), Some((wanted, n, of))) = (self.numeric, style.numeric) else {
            return;
        };
        if self.form_by_design {
            return;
        }
        if numeric == wanted {
            return;
        }
        let (message, help, rewrite) = if numeric {
            let day_first = self.numbers.is_some_and(|n| n.day_first);
            let form = numeric_form(day_first);
            let rewrite = self.mdy.map(|(m, d, y)| {
                let certain = self.numbers.is_some_and(|n| n.certain);
                (
                    style.in_words(m, d, y),
                    certain || style.order_certain(day_first),
                )
            });
            (
                format!(
                    "“{}” is numeric ({form}); {n} of the {of} dates are written with the month's name",
                    self.text
                ),
                "write the month's name, as most entries do".to_string(),
                rewrite,
            )
        } else {
            let form = numeric_form(style.numeric_day_first);
            let rewrite = self.mdy.map(|(m, d, y)| {
                let certain = d > 12 || d == m || style.order_certain(style.numeric_day_first);
                (style.in_numbers(m, d, y), certain)
            });
            (
                format!(
                    "“{}” is written with the month's name; {n} of the {of} dates are numeric ({form})",
                    self.text
                ),
                format!("write the date as numbers ({form}), as most entries do"),
                rewrite,
            )
        };
        let span = self.span_of(cx, 0, self.text.len());
        let report = out.report(message, span);
        match rewrite {
            // The fix is safe where the numbers can be read one way only: the
            // day cannot be a month, or the other numeric dates show the order.
            Some((written, certain)) => {
                // In a table, the spaces after the date change with its
                // length, so that the text stays in the table's column (two
                // spaces at least, which end a date column).
                let (edit, replacement) = match (self.row, style.text_column) {
                    (Some(row), Some(column)) => {
                        let end = row.column + written.chars().count();
                        let spaces = column.saturating_sub(end).max(2);
                        (
                            self.span_of(cx, 0, self.text.len() + row.spaces),
                            format!("{written}{}", " ".repeat(spaces)),
                        )
                    }
                    _ => (span, written.clone()),
                };
                report
                    .help(format!("write “{written}”, as the other dates do"))
                    .fix(
                        format!("write “{written}”"),
                        if certain {
                            Safety::Safe
                        } else {
                            Safety::Unsafe
                        },
                        vec![Edit {
                            span: edit,
                            replacement,
                        }],
                    );
            }
            None => {
                report.help(help);
            }
        }
    }

    /// An entry whose date is followed by another mark than most entries'
    /// (" – " among ":").
    fn check_separator(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        let (Some(sep), Some((wanted, n, of))) = (self.separator, style.separator) else {
            return;
        };
        if sep.mark == wanted || self.separator_by_design {
            return;
        }
        let (found, replacement) = (separator_name(sep.mark), separator_text(wanted));
        let span = cx.span(sep.start, sep.end);
        out.report(
            format!(
                "“{}” is followed by {found}; {n} of the {of} entries use {}",
                self.text,
                separator_name(wanted)
            ),
            span,
        )
        .help(format!(
            "write “{}{}”, as most entries do",
            self.text,
            replacement.trim_end()
        ))
        .fix(
            format!("write “{}”", replacement.trim_end()),
            Safety::Safe,
            vec![Edit { span, replacement }],
        );
    }

    /// A date written day first among dates written month first, or the reverse.
    fn check_order(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        let (Some(day_first), Some((wanted, n, of))) = (self.day_first, style.day_first) else {
            return;
        };
        if day_first == wanted {
            return;
        }
        let (found, other) = if day_first {
            ("day first", "month first")
        } else {
            ("month first", "day first")
        };
        out.report(
            format!(
                "“{}” is written {found}; {n} of the {of} dates are written {other}",
                self.text
            ),
            self.span_of(cx, 0, self.text.len()),
        )
        .help(format!("write the date {other}, as most entries do"));
    }

    /// The span of `len` bytes at `from` in the date.
    fn span_of(&self, cx: &Context<'_>, from: usize, len: usize) -> Span {
        cx.span(self.at + from, self.at + from + len)
    }

    /// One finding for the month word, naming every way it departs from the
    /// style, with one fix that writes it in the style.
    fn check_month(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        let Some((at, word)) = &self.month else {
            return;
        };
        let number = date::month_number(word).unwrap_or(1);
        let form = MonthForm::of(word);
        let expected = if self.has_day {
            style.abbreviated(number)
        } else {
            // "Nov. 2024" among three or more months alone spelled out, and
            // at most a third as many abbreviated.
            let (spelled, abbreviated) = (style.alone.no, style.alone.yes);
            (form.abbreviated && number != 5 && spelled >= 3 && 3 * abbreviated <= spelled)
                .then_some(false)
        };
        let mut reasons = Vec::new();
        let abbreviated = match expected {
            Some(expected) if expected != form.abbreviated => {
                reasons.push(if expected {
                    "spelled out where the other dates abbreviate the month"
                } else {
                    "abbreviated where the other dates spell the month out"
                });
                expected
            }
            _ => form.abbreviated,
        };
        let capitals = if form.capitals && style.capitals == Some(false) {
            reasons.push("in capitals where the other dates are not");
            false
        } else {
            form.capitals
        };
        if number == 9 && abbreviated && form.abbreviated {
            let sep = word.trim_end_matches('.').eq_ignore_ascii_case("sep");
            if style.sept.is_some_and(|sept| sept != sep) {
                reasons.push(if sep {
                    "not “Sept.” as in the other dates"
                } else {
                    "not “Sep.” as in the other dates"
                });
            }
        }
        let dotted = word.ends_with('.');
        if abbreviated && form.abbreviated && style.dots == Some(true) && !dotted {
            reasons.push("an abbreviation without the full stop the other dates give it");
        }
        if !reasons.is_empty() {
            let mut replacement = month_in(number, abbreviated, capitals, style.sept);
            if style.dots == Some(false) {
                replacement = replacement.trim_end_matches('.').to_string();
            }
            let message = format!("“{word}” is {}", reasons.join(", and "));
            fixed(out, message, self.span_of(cx, *at, word.len()), replacement);
        }
    }

    fn check_comma(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        if self.comma == Some(false) && style.comma == Some(true) {
            if let Some(day_end) = self.day_end {
                let (n, of) = style.commas.share(true);
                let why = if 2 * n == of {
                    format!("as many dates have one as not ({n} each), and house style writes it")
                } else {
                    format!("{n} of the {of} dates with a day and a year have one")
                };
                out.report(
                    format!("“{}” has no comma before the year; {why}", self.text),
                    self.span_of(cx, 0, self.text.len()),
                )
                .help("write the comma, as the other dates do")
                .fix(
                    "insert a comma before the year",
                    Safety::Safe,
                    vec![Edit {
                        span: self.span_of(cx, day_end, 0),
                        replacement: ",".into(),
                    }],
                );
            }
        }
    }

    /// A day written as an ordinal ("August 1st") where the other dates
    /// write plain numbers ("August 1"), as house styles do.
    fn check_ordinal(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        if self.ordinals.is_empty() || style.ordinals.or_house(false) != Some(false) {
            return;
        }
        let (n, of) = style.ordinals.share(false);
        let why = if 2 * n == of {
            format!(
                "as many dates write the day as a plain number as not ({n} each), \
                 and house style writes it plain"
            )
        } else {
            format!("{n} of the {of} dates with a day write it as a plain number")
        };
        let mut plain = self.text.clone();
        for &(at, len) in self.ordinals.iter().rev() {
            plain.replace_range(at..at + len, "");
        }
        out.report(
            format!("“{}” writes the day as an ordinal; {why}", self.text),
            self.span_of(cx, 0, self.text.len()),
        )
        .help(format!("write “{plain}”, as the other dates do"))
        .fix(
            "remove the ordinal suffix",
            Safety::Safe,
            self.ordinals
                .iter()
                .map(|&(at, len)| Edit {
                    span: self.span_of(cx, at, len),
                    replacement: String::new(),
                })
                .collect(),
        );
    }

    fn check_dash(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        if let (Some((at, dash)), Some(expected)) = (self.dash, style.dash) {
            if dash != expected {
                let (found, wanted) = (dash_name(dash), dash_name(expected));
                let (n, of) = style.hyphens.share(expected == '-');
                let why = if 2 * n == of {
                    format!("as many ranges use one as the other ({n} each), and house style writes ranges with {wanted}")
                } else {
                    format!("{n} of the {of} ranges use {wanted}")
                };
                out.report(
                    format!("this range uses {found}; {why}"),
                    self.span_of(cx, at, dash.len_utf8()),
                )
                .fix(
                    format!("use {wanted}"),
                    Safety::Safe,
                    vec![Edit {
                        span: self.span_of(cx, at, dash.len_utf8()),
                        replacement: expected.to_string(),
                    }],
                );
            }
        }
    }

    fn check_double_space(&self, cx: &Context<'_>, out: &mut Sink<'_>) {
        // Two white-space characters in a row, a no-break space among them.
        let run = self.text.char_indices().find(|&(at, c)| {
            c.is_whitespace()
                && self.text[at + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace)
        });
        if let Some((run, _)) = run {
            let len = self.text[run..].len() - self.text[run..].trim_start().len();
            out.report(
                format!("“{}” has a double space", self.text),
                self.span_of(cx, run, len),
            )
            .fix(
                "use one space",
                Safety::Safe,
                vec![Edit {
                    span: self.span_of(cx, run, len),
                    replacement: " ".into(),
                }],
            );
        }
    }

    /// "March , 1900": white space before a comma of the date (often where a
    /// day was lost).
    fn check_space_before_comma(&self, cx: &Context<'_>, out: &mut Sink<'_>) {
        let Some(comma) = self.text.find(',') else {
            return;
        };
        let before = self.text[..comma].trim_end();
        if before.len() == comma {
            return;
        }
        let gap = comma - before.len();
        out.report(
            format!("“{}” has a space before its comma", self.text),
            self.span_of(cx, before.len(), gap + 1),
        )
        .help("check whether a day is missing before the comma")
        .fix(
            "remove the space",
            Safety::Unsafe,
            vec![Edit {
                span: self.span_of(cx, before.len(), gap),
                replacement: String::new(),
            }],
        );
    }

    fn check_colon(&self, cx: &Context<'_>, style: &Style, out: &mut Sink<'_>) {
        let before = self.space_before_colon.unwrap_or(0);
        if before > 0 {
            let span = self.span_of(cx, self.text.len(), before);
            out.report(
                format!("a space before the colon after “{}”", self.text),
                span,
            )
            .help("write the colon right after the date, as the other entries do")
            .fix(
                "remove the space",
                Safety::Safe,
                vec![Edit {
                    span,
                    replacement: String::new(),
                }],
            );
        }
        let colon = self.text.len() + before;
        let aligned = self
            .colon_text_column(cx)
            .is_some_and(|c| style.aligned_after_colon.contains(&c));
        if self.spaces_after_colon > 1 && !aligned {
            let span = self.span_of(cx, colon + 1, self.spaces_after_colon);
            out.report(format!("a double space after “{}:”", self.text), span)
                .fix(
                    "use one space",
                    Safety::Safe,
                    vec![Edit {
                        span,
                        replacement: " ".into(),
                    }],
                );
        }
        if self.colon_space == Some(false) && style.colon_space != Some(false) {
            out.report(
                "no space after the colon that ends the date",
                self.span_of(cx, colon, 1),
            )
            .fix(
                "insert a space after the colon",
                Safety::Safe,
                vec![Edit {
                    span: self.span_of(cx, colon + 1, 0),
                    replacement: " ".into(),
                }],
            );
        }
    }
}

fn fixed(out: &mut Sink<'_>, message: String, span: Span, replacement: String) {
    out.report(message, span)
        .help(format!("write “{replacement}”, as the other dates do"))
        .fix(
            format!("write “{replacement}”"),
            Safety::Safe,
            vec![Edit { span, replacement }],
        );
}

/// Months that both AP and Chicago abbreviate before a day (Jan., Feb.,
/// Aug., Sept., Oct., Nov., Dec.): the only evidence of whether a document
/// abbreviates months at all.
const AP_ABBREVIATED: [u32; 7] = [1, 2, 8, 9, 10, 11, 12];

/// Months that Chicago abbreviates (Mar., Apr.) and AP spells out.
const CHICAGO_ABBREVIATED: [u32; 2] = [3, 4];

/// Months that AP and Chicago both spell out (May has no shorter form and
/// is never compared).
const SPELLED_OUT: [u32; 2] = [6, 7];

struct MonthForm {
    abbreviated: bool,
    capitals: bool,
}

impl MonthForm {
    fn of(word: &str) -> MonthForm {
        let letters = word.trim_end_matches('.');
        MonthForm {
            abbreviated: !date::MONTH_NAMES
                .iter()
                .any(|m| m.eq_ignore_ascii_case(letters)),
            capitals: letters.chars().count() > 1 && letters.chars().all(|c| c.is_uppercase()),
        }
    }
}

/// The form more than half of `forms` take, with its count and the count
/// of all; `None` on a tie or when there are none.
fn clear_majority(forms: impl Iterator<Item = bool>) -> Option<(bool, usize, usize)> {
    let (mut yes, mut all) = (0, 0);
    for form in forms {
        yes += usize::from(form);
        all += 1;
    }
    match (2 * yes).cmp(&all) {
        std::cmp::Ordering::Greater => Some((true, yes, all)),
        std::cmp::Ordering::Less => Some((false, all - yes, all)),
        std::cmp::Ordering::Equal => None,
    }
}

/// Counts of the two forms of one feature; the majority is the style.
#[derive(Default)]
struct Count {
    yes: usize,
    no: usize,
    /// The form seen first, which wins a tie.
    first: Option<bool>,
}

impl Count {
    fn add(&mut self, yes: bool) {
        self.first.get_or_insert(yes);
        if yes {
            self.yes += 1;
        } else {
            self.no += 1;
        }
    }

    /// The more common form; on a tie, `house`, the documented house style.
    fn or_house(&self, house: bool) -> Option<bool> {
        match self.yes.cmp(&self.no) {
            std::cmp::Ordering::Equal if self.yes > 0 => Some(house),
            _ => self.dominant(),
        }
    }

    /// How many use `form`, and how many use either.
    fn share(&self, form: bool) -> (usize, usize) {
        (if form { self.yes } else { self.no }, self.yes + self.no)
    }

    /// The more common form; on a tie, the one seen first.
    fn dominant(&self) -> Option<bool> {
        match self.yes.cmp(&self.no) {
            std::cmp::Ordering::Greater => Some(true),
            std::cmp::Ordering::Less => Some(false),
            std::cmp::Ordering::Equal => self.first,
        }
    }
}

struct Style {
    /// Abbreviated or not, for months that AP and Chicago both abbreviate.
    abbreviable: Count,
    /// Abbreviated or not, for a month that stands alone ("November 2023",
    /// "Nov. 2024"), any month but May.
    alone: Count,
    /// Abbreviated or not, for March and April.
    chicago: Count,
    /// Abbreviated or not, for June and July.
    spelled: Count,
    /// Dates with a day: written as an ordinal ("1st", yes) or not.
    ordinals: Count,
    /// Whether "Sep." (true) or "Sept." (false) dominates; None when tied or unused.
    sept: Option<bool>,
    capitals: Option<bool>,
    /// Whether abbreviated months end with a full stop ("Aug." or "Aug").
    dots: Option<bool>,
    comma: Option<bool>,
    /// Dates with a day and a year: with a comma between (yes) or not.
    commas: Count,
    dash: Option<char>,
    /// Ranges written with a hyphen (yes) or an en dash.
    hyphens: Count,
    colon_space: Option<bool>,
    /// The separator most entries use, with its count and the count of
    /// entries that have one; `None` when no mark has a majority.
    separator: Option<(char, usize, usize)>,
    /// Whether most dates with a day and a month put the day first, with
    /// the counts; `None` on a tie.
    day_first: Option<(bool, usize, usize)>,
    /// Whether most dates with a month and a day write the month as a
    /// number, with the counts; `None` on a tie.
    numeric: Option<(bool, usize, usize)>,
    /// Whether most numeric dates put the day first (as the parser reads
    /// them: day first only where the first number cannot be a month).
    numeric_day_first: bool,
    /// Whether most numeric dates write a one-digit number with a zero.
    numeric_padded: bool,
    /// The column most table rows start their text at, where two spaces or
    /// more follow the date.
    text_column: Option<usize>,
    /// The columns three or more entries start their text at after a colon,
    /// two of them or more after two spaces or more ("Mon 9 Mar:   Eurogroup"
    /// over "Tue 10 Mar:  Council"): a list aligned by design, its spaces no
    /// slip. One entry padded into a column others reach by chance is one.
    aligned_after_colon: Vec<usize>,
    /// Whether some numeric date can be read month first only ("3/16/2022"),
    /// and whether some can be read day first only ("21/7/2021").
    month_first_seen: bool,
    day_first_seen: bool,
}

impl Style {
    fn dominant(cx: &Context<'_>, dates: &[Written]) -> Style {
        let (mut dots, mut chicago, mut ordinals) =
            (Count::default(), Count::default(), Count::default());
        let (mut abbreviable, mut spelled, mut sep, mut capitals, mut comma, mut hyphen, mut colon) = (
            Count::default(),
            Count::default(),
            Count::default(),
            Count::default(),
            Count::default(),
            Count::default(),
            Count::default(),
        );
        let mut alone = Count::default();
        for d in dates {
            if let Some((_, word)) = &d.month {
                let number = date::month_number(word).unwrap_or(1);
                let form = MonthForm::of(word);
                if !d.has_day {
                    // A month alone is spelled out, in every house style.
                    if number != 5 {
                        alone.add(form.abbreviated);
                    }
                } else if AP_ABBREVIATED.contains(&number) {
                    abbreviable.add(form.abbreviated);
                } else if CHICAGO_ABBREVIATED.contains(&number) {
                    chicago.add(form.abbreviated);
                } else if SPELLED_OUT.contains(&number) {
                    spelled.add(form.abbreviated);
                }
                if number == 9 && form.abbreviated {
                    sep.add(word.trim_end_matches('.').eq_ignore_ascii_case("sep"));
                }
                capitals.add(form.capitals);
                if form.abbreviated {
                    dots.add(word.ends_with('.'));
                }
            }
            // A numeric date has no ordinal form: it says nothing of the style.
            if d.has_day && d.month.is_some() {
                ordinals.add(!d.ordinals.is_empty());
            }
            if let Some(c) = d.comma {
                comma.add(c);
            }
            if let Some((_, dash)) = d.dash {
                hyphen.add(dash == '-');
            }
            if let Some(space) = d.colon_space {
                colon.add(space);
            }
        }
        // Separators and the order of day and month are flagged only against
        // a clear majority: on a tie neither form is the document's.
        let mut marks: Vec<(char, usize)> = Vec::new();
        for sep in dates.iter().filter_map(|d| d.separator) {
            match marks.iter_mut().find(|(m, _)| *m == sep.mark) {
                Some((_, n)) => *n += 1,
                None => marks.push((sep.mark, 1)),
            }
        }
        let with_mark: usize = marks.iter().map(|(_, n)| n).sum();
        let separator = marks
            .iter()
            .find(|&&(_, n)| 2 * n > with_mark)
            .map(|&(m, n)| (m, n, with_mark));
        let day_first = clear_majority(dates.iter().filter_map(|d| d.day_first));
        // Numeric dates against dates written with the month's name, also
        // against a clear majority only.
        let numeric = clear_majority(dates.iter().filter_map(|d| d.numeric));
        let (mut order, mut padded) = (Count::default(), Count::default());
        let (mut month_first_seen, mut day_first_seen) = (false, false);
        for n in dates.iter().filter_map(|d| d.numbers) {
            order.add(n.day_first);
            if let Some(p) = n.padded {
                padded.add(p);
            }
            if n.day_first {
                day_first_seen = true;
            } else if n.certain {
                month_first_seen = true;
            }
        }
        let mut columns: Vec<(usize, usize)> = Vec::new();
        for d in dates {
            let Some(row) = d.row.filter(|row| row.spaces >= 2) else {
                continue;
            };
            let column = row.column + d.text.chars().count() + row.spaces;
            match columns.iter_mut().find(|(c, _)| *c == column) {
                Some((_, n)) => *n += 1,
                None => columns.push((column, 1)),
            }
        }
        // The most common column; on a tie, the first seen.
        let text_column = columns
            .iter()
            .fold(None, |best: Option<(usize, usize)>, &(c, n)| match best {
                Some((_, m)) if m >= n => best,
                _ => Some((c, n)),
            })
            .map(|(c, _)| c);
        // Per column: the entries whose text starts there, and how many of
        // them after two spaces or more.
        let mut columns_after_colon: std::collections::BTreeMap<usize, (usize, usize)> =
            std::collections::BTreeMap::new();
        for d in dates {
            if let Some(column) = d.colon_text_column(cx) {
                let count = columns_after_colon.entry(column).or_default();
                count.0 += 1;
                count.1 += usize::from(d.spaces_after_colon >= 2);
            }
        }
        let aligned_after_colon: Vec<usize> = columns_after_colon
            .into_iter()
            .filter(|&(_, (all, padded))| all >= 3 && padded >= 2)
            .map(|(column, _)| column)
            .collect();
        Style {
            separator,
            day_first,
            text_column,
            aligned_after_colon,
            numeric,
            // Month first on a tie, as the parser reads a date that can be
            // read either way.
            numeric_day_first: order.or_house(false) == Some(true),
            numeric_padded: padded.or_house(false) == Some(true),
            month_first_seen,
            day_first_seen,
            abbreviable,
            alone,
            chicago,
            spelled,
            ordinals,
            sept: sep.dominant(),
            capitals: capitals.dominant(),
            dots: dots.dominant(),
            // House style on a tie: "June 15, 2020" and "June 15–17" (AP
            // and Chicago alike).
            comma: comma.or_house(true),
            commas: comma,
            dash: hyphen.or_house(false).map(|h| if h { '-' } else { '–' }),
            hyphens: hyphen,
            colon_space: colon.dominant(),
        }
    }

    /// Whether the document's numeric dates show that they are written day
    /// first (or month first), and never the other way.
    fn order_certain(&self, day_first: bool) -> bool {
        if day_first {
            self.day_first_seen && !self.month_first_seen
        } else {
            self.month_first_seen && !self.day_first_seen
        }
    }

    /// A date written with the month's name in the document's style
    /// ("Mar. 16, 2022", "16 March 2022").
    fn in_words(&self, month: u32, day: u32, year: i32) -> String {
        let abbreviated = self.abbreviated(month).unwrap_or(false);
        let mut word = month_in(month, abbreviated, self.capitals == Some(true), self.sept);
        if self.dots == Some(false) {
            word = word.trim_end_matches('.').to_string();
        }
        if self.day_first.is_some_and(|(first, _, _)| first) {
            format!("{day} {word} {year}")
        } else if self.comma == Some(false) {
            format!("{word} {day} {year}")
        } else {
            format!("{word} {day}, {year}")
        }
    }

    /// A date written as numbers in the document's style ("3/6/2024").
    fn in_numbers(&self, month: u32, day: u32, year: i32) -> String {
        let number = |n: u32| {
            if self.numeric_padded {
                format!("{n:02}")
            } else {
                n.to_string()
            }
        };
        let (first, second) = if self.numeric_day_first {
            (day, month)
        } else {
            (month, day)
        };
        format!("{}/{}/{year}", number(first), number(second))
    }

    /// Whether the month numbered `number`, written before a day, should be
    /// abbreviated in the document's style; `None` when nothing tells.
    fn abbreviated(&self, number: u32) -> Option<bool> {
        let pair = match number {
            _ if AP_ABBREVIATED.contains(&number) => return self.abbreviable.dominant(),
            _ if CHICAGO_ABBREVIATED.contains(&number) => &self.chicago,
            _ if SPELLED_OUT.contains(&number) => &self.spelled,
            // May has no shorter form, so it says nothing about the style.
            _ => return None,
        };
        // A document that spells out the months every house style
        // abbreviates spells out every month; otherwise either form of
        // March and April (Chicago's or AP's), and of June and July, is
        // the document's when the others of the pair agree.
        if self.abbreviable.dominant() == Some(false) {
            Some(false)
        } else {
            pair.dominant()
        }
    }
}

/// The month written in the document's style.
fn month_in(number: u32, abbreviated: bool, capitals: bool, sept_is_sep: Option<bool>) -> String {
    // March, April, June and July are abbreviated only in a document that
    // abbreviates them (Chicago's "Mar.", a table's "Jun.").
    const SHORT: [&str; 12] = [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    let i = number.clamp(1, 12) as usize - 1;
    let word = if !abbreviated {
        date::MONTH_NAMES[i].to_string()
    } else if number == 9 && sept_is_sep == Some(true) {
        "Sep.".to_string()
    } else {
        SHORT[i].to_string()
    };
    if capitals {
        word.to_uppercase()
    } else {
        word
    }
}

/// How a numeric date is written, for messages.
fn numeric_form(day_first: bool) -> &'static str {
    if day_first {
        "D/M/YYYY"
    } else {
        "M/D/YYYY"
    }
}

fn separator_name(c: char) -> &'static str {
    match c {
        ':' => "a colon",
        '–' => "an en dash",
        '—' => "an em dash",
        _ => "a hyphen",
    }
}

/// The separator as written after a date: ": " or " – ".
fn separator_text(c: char) -> String {
    if c == ':' {
        ": ".to_string()
    } else {
        format!(" {c} ")
    }
}

fn dash_name(c: char) -> &'static str {
    if c == '-' {
        "a hyphen"
    } else {
        "an en dash"
    }
}
