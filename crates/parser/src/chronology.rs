//! Finding chronologies (runs of date-led entries) and reading their entries.
//!
//! Every line is first classified on its own; a chronology then starts at a
//! heading that names one, or at the first of three or more date-led entries
//! that follow each other closely, and reads lines until its credit line, the
//! end of the input, or text that no entry can own.

use std::sync::LazyLock;

use regex::Regex;

use crate::body::{ends_sentence, is_furniture, is_heading};
use crate::date::{self, WrittenDate};
use crate::model::{
    Chronology, Credit, Entry, EntryDate, Period, Unparsed, UnparsedReason, YearSource,
};
use crate::text::{Plain, Source};

/// A chronology found in the input, with the plain text of each entry (for
/// the quotation scanner) and the lines it takes.
pub(crate) struct Found {
    pub chronology: Chronology,
    pub entry_texts: Vec<Plain>,
    /// Indices of the first and last line it takes.
    pub lines: (usize, usize),
}

/// Finds every chronology of `source`, in document order.
pub(crate) fn find(source: &Source<'_>) -> Vec<Found> {
    let lines = classify(source);
    let mut found = Vec::new();
    let mut i = 0;
    let mut free_from = 0;
    while i < lines.len() {
        let first = match &lines[i].kind {
            Kind::Heading => Some((i, true)),
            Kind::Entries(_) if run_length(&lines, i) >= MIN_RUN => {
                // A short line standing alone before the run is its title.
                let title = (free_from..i)
                    .rev()
                    .find(|&j| !matches!(lines[j].kind, Kind::Blank))
                    .filter(|&j| {
                        matches!(lines[j].kind, Kind::Text)
                            && lines[j].after_blank
                            && is_heading(&lines[j].plain.text)
                    });
                Some(title.map_or((i, false), |j| (j, true)))
            }
            _ => None,
        };
        let Some((first, titled)) = first else {
            i += 1;
            continue;
        };
        let (chronology, last) = Reader::new(source, &lines, first, titled).read();
        // A heading with no entry after it ("Timeline of the crisis" over prose) is body.
        if chronology.chronology.entries.is_empty() && chronology.chronology.unparsed.is_empty() {
            i += 1;
            continue;
        }
        found.push(chronology);
        i = last + 1;
        free_from = i;
    }
    found
}

/// How many entries in a row make a chronology where no heading announces one.
const MIN_RUN: usize = 3;

/// How many lines past a date-led line are looked at to tell whether a run starts there.
const MAX_RUN_SCAN: usize = 400;

/// How many paragraphs of other text may stand between two entries of one run.
const MAX_GAP: usize = 2;

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\W*)(?:chronolog(?:y|ies)|timeline|key dates)\b").unwrap()
});
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:chronology\s+|timeline\s+)?(?:was\s+)?(?:prepared|compiled|researched)\s+by\s+(.+?)\.?$").unwrap()
});
static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*[:–—]\s|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+\d{4}\s*:|\d{1,2}/\d{1,2}/\d{2,4}\s*:)")
        .unwrap()
});

/// What one line is, judged on its own.
#[derive(Debug)]
enum Kind {
    Blank,
    /// A heading that names a chronology ("CHRONOLOGY OF JAPAN-KOREA RELATIONS").
    Heading,
    /// One or more entries start on this line (several when PDF conversion ran
    /// them together into one paragraph).
    Entries(Vec<Start>),
    /// Begins like an entry, but its date is lost or unreadable.
    LostDate,
    /// A running header, footer or page number.
    Furniture,
    /// "Chronology prepared by NAME."
    Credit(String),
    Text,
}

/// Where an entry starts in a line's plain text.
#[derive(Debug, Clone)]
struct Start {
    date: WrittenDate,
    /// Plain byte range of the date as written.
    date_at: (usize, usize),
    /// Plain byte offset where the entry text begins.
    text_at: usize,
    /// Whether the date stands alone on its line (a date heading).
    alone: bool,
}

struct ClassifiedLine {
    kind: Kind,
    plain: Plain,
    /// Whether a blank line comes before this one.
    after_blank: bool,
}

fn classify(source: &Source<'_>) -> Vec<ClassifiedLine> {
    let mut out = Vec::with_capacity(source.lines.len());
    let mut after_blank = true;
    for line in &source.lines {
        if line.is_blank() {
            out.push(ClassifiedLine {
                kind: Kind::Blank,
                plain: Plain::default(),
                after_blank,
            });
            after_blank = true;
            continue;
        }
        let mut plain = Plain::default();
        plain.push_markdown(line.text, line.start);
        let plain = plain.trim();
        let kind = classify_line(&plain.text);
        out.push(ClassifiedLine {
            kind,
            plain,
            after_blank,
        });
        after_blank = false;
    }
    out
}

fn classify_line(text: &str) -> Kind {
    let text = text.trim_start_matches('\u{feff}');
    if let Some(c) = CREDIT.captures(text) {
        return Kind::Credit(c[1].trim().to_string());
    }
    let starts = entry_starts(text);
    if !starts.is_empty() {
        return Kind::Entries(starts);
    }
    if text.len() < 150 && HEADING.is_match(text) && !text.ends_with('.') {
        return Kind::Heading;
    }
    if is_furniture(text) {
        return Kind::Furniture;
    }
    if DATE_LIKE.is_match(text) {
        return Kind::LostDate;
    }
    Kind::Text
}

/// The entries that start in `text`: one at its start, and more after each
/// sentence end where another date and colon follow.
fn entry_starts(text: &str) -> Vec<Start> {
    let mut starts = Vec::new();
    let Some(first) = entry_at(text, 0, true) else {
        return starts;
    };
    let mut from = first.text_at;
    starts.push(first);
    while let Some(next) = next_run_together(text, from) {
        from = next.text_at;
        starts.push(next);
    }
    starts
}

/// An entry that starts at plain offset `at`: a date followed by a colon, a
/// spaced dash, or (at the start of a line) nothing at all.
fn entry_at(text: &str, at: usize, line_start: bool) -> Option<Start> {
    let rest = &text[at..];
    let (date, len) = date::parse_prefix(rest)?;
    let after = &rest[len..];
    let trimmed = after.trim_start();
    let skipped = after.len() - trimmed.len();
    let text_at = if let Some(t) = trimmed.strip_prefix(':') {
        at + len + skipped + 1 + (t.len() - t.trim_start().len())
    } else if line_start && trimmed.is_empty() {
        at + len + skipped
    } else if line_start
        && skipped > 0
        && ["– ", "— ", "- ", "-- "]
            .iter()
            .any(|d| trimmed.starts_with(d))
    {
        let dash = trimmed.find(' ').unwrap_or(0);
        at + len + skipped + dash + 1
    } else {
        return None;
    };
    // A bare number ("116") or a lone year in running text is no date heading.
    let alone = trimmed.is_empty();
    if alone
        && date.precision() == crate::model::Precision::Year
        && date.start.year == date.end.year
    {
        let year = date.start.year.unwrap_or_default();
        if !(1000..=2100).contains(&year) {
            return None;
        }
    }
    Some(Start {
        date,
        date_at: (at, at + len),
        text_at,
        alone,
    })
}

/// The next entry run together with the previous one on the same line, after
/// a sentence end at or after `from`.
fn next_run_together(text: &str, from: usize) -> Option<Start> {
    let mut search = from;
    while let Some(offset) = text[search..].find(['.', '?', '!', '”', '"', ')']) {
        let end = search
            + offset
            + text[search + offset..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        let after = &text[end..];
        let spaces = after.len() - after.trim_start().len();
        if spaces > 0 {
            let at = end + spaces;
            if let Some(start) = entry_at(text, at, false).filter(|s| s.date.start.month.is_some())
            {
                return Some(start);
            }
        }
        search = end;
    }
    None
}

/// How many entries follow each other from line `i` with no more than
/// [`MAX_GAP`] paragraphs of other text between two of them.
fn run_length(lines: &[ClassifiedLine], i: usize) -> usize {
    let mut count = 0;
    let mut gap = 0;
    // Bounded, so a date-led line before a vast paragraph costs no more than before a short one.
    for line in lines[i..].iter().take(MAX_RUN_SCAN) {
        match &line.kind {
            Kind::Entries(starts) => {
                count += starts.len();
                gap = 0;
                if count >= MIN_RUN {
                    break;
                }
            }
            Kind::Text | Kind::Heading | Kind::LostDate if line.after_blank => {
                gap += 1;
                if gap > MAX_GAP {
                    break;
                }
            }
            Kind::Credit(_) => break,
            _ => {}
        }
    }
    count
}

/// An entry or unparsed item still taking lines.
enum Open {
    Entry(Building),
    Unparsed(usize),
    None,
}

struct Building {
    start: Start,
    date_plain: Plain,
    text: Plain,
    alone: bool,
}

struct Reader<'s, 'l> {
    source: &'s Source<'s>,
    lines: &'l [ClassifiedLine],
    first: usize,
    /// Whether the first line is the chronology's heading.
    titled: bool,
    title: Option<String>,
    period: Option<Period>,
    prepared_by: Option<Credit>,
    built: Vec<Building>,
    unparsed: Vec<Unparsed>,
    open: Open,
}

impl<'s, 'l> Reader<'s, 'l> {
    fn new(
        source: &'s Source<'s>,
        lines: &'l [ClassifiedLine],
        first: usize,
        titled: bool,
    ) -> Self {
        Reader {
            source,
            lines,
            first,
            titled,
            title: None,
            period: None,
            prepared_by: None,
            built: Vec::new(),
            unparsed: Vec::new(),
            open: Open::None,
        }
    }

    /// Reads the chronology; returns it and the index of its last line.
    fn read(mut self) -> (Found, usize) {
        let mut i = self.first;
        let mut last = i;
        if self.titled {
            let plain = &self.lines[i].plain;
            self.title = Some(plain.text.clone());
            self.period = period_in(self.source, plain);
            i += 1;
            last = i - 1;
            if let Some(next) =
                (i..self.lines.len()).find(|&j| !matches!(self.lines[j].kind, Kind::Blank))
            {
                if let Some(period) = self
                    .period
                    .is_none()
                    .then(|| whole_period(self.source, &self.lines[next].plain))
                    .flatten()
                {
                    self.period = Some(period);
                    i = next + 1;
                    last = next;
                }
            }
        }
        while i < self.lines.len() {
            // The lines outlive the reader's borrow of itself.
            let lines = self.lines;
            let line = &lines[i];
            match &line.kind {
                Kind::Blank => {}
                Kind::Heading => break,
                Kind::Entries(starts) => self.entries(&line.plain, starts),
                Kind::LostDate => {
                    self.close();
                    self.open = Open::Unparsed(self.unparsed.len());
                    self.push_unparsed(&line.plain, UnparsedReason::MissingDate);
                }
                Kind::Furniture => self.push_unparsed(&line.plain, UnparsedReason::PageFurniture),
                Kind::Credit(name) => {
                    let span = self.span_of(&line.plain);
                    self.prepared_by = Some(Credit {
                        name: name.clone(),
                        text: line.plain.text.clone(),
                        span,
                    });
                    last = i;
                    break;
                }
                Kind::Text => {
                    if !self.continue_with(i) {
                        break;
                    }
                }
            }
            if !matches!(line.kind, Kind::Blank) {
                last = i;
            }
            i += 1;
        }
        self.close();
        let (start, _) = self.lines[self.first].plain.source_range(0, 0);
        let (_, end) = self.lines[last]
            .plain
            .source_range(0, self.lines[last].plain.text.len());
        let chronology_span = self.source.span(start, end.max(start));
        let period = self.period.clone();
        let built = std::mem::take(&mut self.built);
        let mut entries = Vec::with_capacity(built.len());
        let mut written = Vec::with_capacity(built.len());
        let mut entry_texts = Vec::with_capacity(built.len());
        for b in built {
            entries.push(self.finish_entry(&b));
            written.push(b.start.date);
            entry_texts.push(b.text);
        }
        resolve_years(&mut entries, &written, period.as_ref());
        let chronology = Chronology {
            title: self.title,
            period,
            prepared_by: self.prepared_by,
            entries,
            unparsed: self.unparsed,
            span: chronology_span,
        };
        (
            Found {
                chronology,
                entry_texts,
                lines: (self.first, last),
            },
            last,
        )
    }

    /// Starts the entries of a line, each taking the text up to the next.
    fn entries(&mut self, plain: &Plain, starts: &[Start]) {
        for (k, start) in starts.iter().enumerate() {
            self.close();
            let text_end = starts
                .get(k + 1)
                .map_or(plain.text.len(), |next| next.date_at.0);
            self.open = Open::Entry(Building {
                start: start.clone(),
                date_plain: plain.slice(start.date_at.0, start.date_at.1),
                text: plain.slice(start.text_at, text_end).trim(),
                alone: start.alone,
            });
        }
    }

    /// Gives a line of text to the open entry when it belongs there; returns
    /// false when the chronology ends before it.
    fn continue_with(&mut self, i: usize) -> bool {
        let line = &self.lines[i];
        let same_paragraph = !line.after_blank;
        let takes = match &self.open {
            // A hard-wrapped line, the text of a date heading, or the rest of
            // a sentence a page break cut: the entry's own. A date heading's
            // entry may run over several paragraphs while another entry follows.
            Open::Entry(b) => {
                same_paragraph
                    || b.text.text.is_empty()
                    || !ends_sentence(&b.text.text)
                    || (b.alone && self.entry_ahead(i))
            }
            Open::Unparsed(_) => same_paragraph,
            Open::None => false,
        };
        if takes {
            match &mut self.open {
                Open::Entry(b) => b.text.join(&line.plain),
                // A line that is all markup ("**") has no text to add and no
                // source position of its own.
                Open::Unparsed(_) if line.plain.text.is_empty() => {}
                Open::Unparsed(k) => {
                    let k = *k;
                    let span = self.span_of(&line.plain);
                    let item = &mut self.unparsed[k];
                    item.text.push(' ');
                    item.text.push_str(&line.plain.text);
                    item.span.end = span.end;
                }
                Open::None => {}
            }
            return true;
        }
        // Prose or a heading between entries is the body going on: the
        // chronology ends. A short fragment with entries after it is kept as
        // an orphan for the lint step to report.
        let text = &line.plain.text;
        if is_heading(text) || text.chars().count() > 100 || !self.entry_ahead(i) {
            return false;
        }
        self.close();
        self.push_unparsed(&line.plain, UnparsedReason::Orphan);
        true
    }

    /// Whether another entry follows line `i` before the run would break.
    fn entry_ahead(&self, i: usize) -> bool {
        let mut gap = 0;
        for line in &self.lines[i + 1..] {
            match line.kind {
                Kind::Entries(_) | Kind::LostDate | Kind::Credit(_) => return true,
                Kind::Heading => return false,
                Kind::Text if line.after_blank => {
                    gap += 1;
                    if gap >= MAX_GAP {
                        return false;
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn close(&mut self) {
        if let Open::Entry(b) = std::mem::replace(&mut self.open, Open::None) {
            self.built.push(b);
        }
    }

    fn push_unparsed(&mut self, plain: &Plain, reason: UnparsedReason) {
        let span = self.span_of(plain);
        self.unparsed.push(Unparsed {
            text: plain.text.clone(),
            reason,
            span,
        });
    }

    fn span_of(&self, plain: &Plain) -> crate::model::Span {
        let (start, end) = plain.source_range(0, plain.text.len());
        self.source.span(start, end)
    }

    fn finish_entry(&self, b: &Building) -> Entry {
        let date_span = self.span_of(&b.date_plain);
        let end = if b.text.text.is_empty() {
            date_span.end
        } else {
            self.span_of(&b.text).end
        };
        let text = b.text.text.clone();
        let events = if text.contains(" | ") {
            text.split(" | ").map(|e| e.trim().to_string()).collect()
        } else {
            Vec::new()
        };
        Entry {
            date: EntryDate {
                text: b.date_plain.text.clone(),
                start: None,
                end: None,
                precision: b.start.date.precision(),
                year_source: YearSource::Unknown,
                qualifier: b.start.date.qualifier,
                problem: None,
                span: date_span,
            },
            text,
            events,
            span: self.source.span(date_span.start, end),
        }
    }
}

/// Fills in each entry's normalized dates, taking missing years from the
/// period when it names only one year for the month, else from the entry before.
fn resolve_years(entries: &mut [Entry], written_dates: &[WrittenDate], period: Option<&Period>) {
    let mut previous: Option<(i32, u32)> = None;
    // Until an entry resolves, no entry before has a year: the first one
    // written anywhere is the next one written.
    let first_written = written_dates.iter().find_map(|w| {
        let year = w.start.year.or(w.end.year)?;
        Some((year, w.first_month().unwrap_or(1)))
    });
    for k in 0..entries.len() {
        let written = written_dates[k];
        let month = written.first_month().unwrap_or(1);
        let (year, source) = if written.has_year() {
            (None, YearSource::Written)
        } else if let Some(y) = period.and_then(|p| year_in_period(p, month)) {
            (Some(y), YearSource::Period)
        } else if let Some(neighbour) = previous.or(first_written) {
            (Some(nearest_year(neighbour, month)), YearSource::Neighbour)
        } else {
            (None, YearSource::Unknown)
        };
        let n = written.normalize(year);
        let date = &mut entries[k].date;
        date.year_source = if n.start.is_none() && n.problem.is_none() {
            YearSource::Unknown
        } else {
            source
        };
        if let Some(start) = &n.start {
            previous = Some((
                start.year(),
                written.start.month.or(written.end.month).unwrap_or(month),
            ));
        }
        date.start = n.start;
        date.end = n.end;
        date.problem = n.problem;
    }
}

/// The year of `month` nearest to a neighbour's (year, month): "Jan." after
/// "Dec. 30, 2019" is 2020, "Dec." before "Jan. 2, 2020" is 2019.
fn nearest_year((year, neighbour_month): (i32, u32), month: u32) -> i32 {
    if month + 6 <= neighbour_month {
        year + 1
    } else if neighbour_month + 6 <= month {
        year - 1
    } else {
        year
    }
}

/// The one year in which `month` falls inside the period, if exactly one does.
fn year_in_period(period: &Period, month: u32) -> Option<i32> {
    let (sy, sm) = (period.start.year(), period.start.month().unwrap_or(1));
    let (ey, em) = (period.end.year(), period.end.month().unwrap_or(12));
    let mut found = None;
    for y in sy..=ey.min(sy + 100) {
        if (y, month) >= (sy, sm) && (y, month) <= (ey, em) {
            if found.is_some() {
                return None;
            }
            found = Some(y);
        }
    }
    found
}

/// A line that is nothing but a period ("MAY – AUGUST 2020").
fn whole_period(source: &Source<'_>, plain: &Plain) -> Option<Period> {
    let date = date::parse(&plain.text)?;
    period_from(source, plain, 0, plain.text.len(), &date)
}

/// A period at the end of a heading ("Chronology of ... December 2019-January 2020").
fn period_in(source: &Source<'_>, plain: &Plain) -> Option<Period> {
    let text = &plain.text;
    let mut at = 0;
    while at < text.len() {
        if at == 0 || text[..at].ends_with([' ', ':', '(', ',']) {
            let end = text.trim_end_matches([')', '.', ' ']).len();
            if at < end {
                if let Some(date) = date::parse(&text[at..end]) {
                    if let Some(p) = period_from(source, plain, at, end, &date) {
                        return Some(p);
                    }
                }
            }
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

fn period_from(
    source: &Source<'_>,
    plain: &Plain,
    at: usize,
    end: usize,
    date: &WrittenDate,
) -> Option<Period> {
    if !date.has_year() || date.start.day.is_some() || date.qualifier.is_some() {
        return None;
    }
    let n = date.normalize(None);
    let (start, stop) = plain.source_range(at, end);
    Some(Period {
        text: plain.text[at..end].to_string(),
        start: n.start?,
        end: n.end?,
        span: source.span(start, stop),
    })
}
