//! Finding chronologies (runs of date-led entries) and reading their entries.
//!
//! Every line is first classified on its own; a chronology then starts at a
//! heading that names one, or at the first of three or more date-led entries
//! that follow each other closely, and reads lines until its credit line, the
//! end of the input, or text that no entry can own.

use std::sync::LazyLock;

use regex::Regex;

mod repair;

use crate::body::{ends_sentence, is_furniture, is_heading};
use crate::calendar::IsoDate;
use crate::clock;
use crate::date::{self, WrittenDate};
use crate::model::{
    Chronology, Credit, Entry, EntryDate, Lead, Period, Precision, Subheading, TimeOfDay, Unparsed,
    UnparsedReason, YearSource,
};
use crate::text::{paragraph_number, Plain, Source};

/// A chronology found in the input, with the plain text of each entry (for
/// the quotation scanner) and the lines it takes.
pub(crate) struct Found<'a> {
    pub chronology: Chronology,
    pub entry_texts: Vec<Plain<'a>>,
    /// The plain text of each item of `chronology.unparsed`.
    pub unparsed_texts: Vec<Plain<'a>>,
    /// The plain text of each subheading, with its note.
    pub subheading_texts: Vec<Plain<'a>>,
    /// The plain text of the title and of the lead.
    pub heading_texts: Vec<Plain<'a>>,
    /// Indices of the first and last line it takes.
    pub lines: (usize, usize),
}

/// Finds every chronology of `source`, in document order.
pub(crate) fn find<'a>(source: &'a Source<'a>) -> Vec<Found<'a>> {
    let lines = classify(source);
    let document_period = document_period(source, &lines);
    let dateline = dateline(source);
    let mut found = Vec::new();
    let mut headings = Headings::default();
    let mut i = 0;
    let mut free_from = 0;
    while i < lines.len() {
        let first = match &lines[i].kind {
            Kind::Heading => Some((i, true)),
            Kind::Entries(_) if run_length(&lines, i) >= MIN_RUN => {
                // A short line standing alone before the run is its title.
                let title = (free_from..i)
                    .rev()
                    .find(|&j| {
                        // A table's header row ("Date   Event") stands
                        // between a table's title and its rows.
                        !matches!(
                            lines[j].kind,
                            Kind::Blank | Kind::Continued | Kind::TableHeader
                        ) && !is_column_header(&lines[j].plain.text)
                    })
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
        headings.read_up_to(source, &lines, first);
        let mut reader = Reader::new(source, &lines, first, titled);
        reader.enclosing_year(headings.year_over(heading_level(source, &lines, first)));
        let (chronology, last) = reader.read(document_period.as_ref(), dateline.as_ref());
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

/// The Markdown headings over the line read up to, outermost first: each
/// with its level and the year it names when it names one alone ("## 2025").
#[derive(Default)]
struct Headings {
    open: Vec<(usize, Option<WrittenDate>)>,
    /// The first line not read yet.
    next: usize,
}

impl Headings {
    /// Reads the headings of the lines before `line` (those not read yet).
    fn read_up_to(&mut self, source: &Source<'_>, lines: &[ClassifiedLine<'_>], line: usize) {
        for j in self.next..line {
            let Some(level) = heading_level(source, lines, j) else {
                continue;
            };
            self.open.retain(|&(l, _)| l < level);
            let year = date::parse(&lines[j].plain.text).filter(|d| {
                d.start.month.is_none() && d.start.year.is_some() && d.start.year == d.end.year
            });
            self.open.push((level, year));
        }
        self.next = self.next.max(line);
    }

    /// The year named by the innermost heading of level two or more above
    /// a line at heading `level` (none: a line of text, under every open
    /// heading) that names one.
    fn year_over(&self, level: Option<usize>) -> Option<WrittenDate> {
        let level = level.unwrap_or(usize::MAX);
        // A level-one heading is the document's title ("# 2025"), not a
        // section of its chronology.
        self.open
            .iter()
            .rev()
            .filter(|&&(l, _)| l < level && l > 1)
            .find_map(|&(_, year)| year)
    }
}

/// The level of line `i` when it is a Markdown heading (`## 2025` is 2).
fn heading_level(source: &Source<'_>, lines: &[ClassifiedLine<'_>], i: usize) -> Option<usize> {
    (lines[i].block == Block::Heading).then(|| {
        source.lines[i]
            .text
            .trim_start()
            .bytes()
            .take_while(|&b| b == b'#')
            .count()
    })
}

/// How many entries in a row make a chronology where no heading announces one.
const MIN_RUN: usize = 3;

/// How many lines past a date-led line are looked at to tell whether a run starts there.
const MAX_RUN_SCAN: usize = 400;

/// How many paragraphs of other text may stand between two entries of one run.
const MAX_GAP: usize = 2;

/// A chronology's heading after any leading marks: see [`is_chronology_heading`].
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:chronolog(?:y|ies)|timeline|key dates)\b").unwrap());

/// Whether a line opens with a chronology's name ("Chronology", "— Key
/// dates"), after any characters that are not word characters. The leading
/// ones are trimmed in code: a repeated Unicode class costs more to compile
/// than a one-article run spends on everything else in this module.
fn is_chronology_heading(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
    HEADING.is_match(without_annex_label(text))
}

/// A heading without the label of the annex or appendix it opens ("ANNEX:
/// CHRONOLOGY OF KEY EVENTS", "Appendix B. Timeline", "Annex 2 – Key
/// dates"): the label, an optional letter or number, then a colon, a full
/// stop or a dash.
fn without_annex_label(text: &str) -> &str {
    let Some(word) = ["annex", "appendix"].iter().find(|w| {
        text.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    }) else {
        return text;
    };
    let rest = &text[word.len()..];
    let rest = rest.trim_start_matches(' ');
    // "B", "2", "IV": a short label before the punctuation.
    let label = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let after = if label <= 3 { &rest[label..] } else { rest };
    let punct = after.trim_start_matches(' ');
    match punct.strip_prefix([':', '.', '–', '—', '-']) {
        Some(heading) => heading.trim_start(),
        None => text,
    }
}
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:chronology\s+|timeline\s+)?(?:was\s+)?(?:prepared|compiled|researched)\s+by\s+(.+?)\.?$").unwrap()
});
/// The rest of a date after its separator: a day or year, then a colon.
static BROKEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-9]{1,2})?,?\s*[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th)?|[0-9]{4})\s*:").unwrap()
});

/// A credit or caption line, or a "continued" line, between entries.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:photos?|source|sources|credit|image|caption|graphic|map|video)\s*:\s*\S|\(?continued(?:\s+(?:on|from)\s+(?:the\s+)?(?:next|previous|following)\s+page)?\)?\.?$|\(?cont(?:'d|’d|inued)\.?\)?$)").unwrap()
});
/// A heading of the back matter that follows a chronology ("Notes", "Our
/// sources").
static BACK_MATTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:our|the)\s+)?(?:references|notes|endnotes|footnotes|bibliography|sources|works cited|further reading|see also|external links|acknowledge?ments|about the authors?|appendix(?:\s+\w+)?)\s*:?$").unwrap()
});

/// A caption that ends with its credit ("Inspectors on board. Photo:
/// Reuters"), or a figure's caption ("Figure 1: ...").
static CAPTION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:^|[.!?”\x22]\s+|\()(?:photos?|photograph|source|credit|image|courtesy)\s*:?\s*[^.:]{1,60}\)?\.?$|^(?:figure|fig\.|map|chart|graphic|photo)\s*\d+\s*[:.|–-])").unwrap()
});
static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*[:–—]\s|[A-Za-z]{3,9}\.?\s+[0-9]{1,2}(?:\s*[-–]\s*[0-9]{1,2})?,?\s+[0-9]{4}\s*:|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\s*:)")
        .unwrap()
});

/// Whether a line may match [`CREDIT`]: it starts with one of the
/// regex's first words in any case, or holds a long s ("ſ", which `(?i)`
/// reads as an "s") near its start. The regex is compiled and run only then.
fn may_be_credit(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(12)];
    [
        "chronology",
        "timeline",
        "was",
        "prepared",
        "compiled",
        "researched",
    ]
    .iter()
    .any(|w| head.len() >= w.len() && head[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
        || head.windows(2).any(|w| w == "ſ".as_bytes())
}

/// Whether a line may match [`HEADING`]: it holds one of the regex's words
/// in any case ("ey date" stands for "key dates", whose "k" and "s" `(?i)`
/// also reads in the Kelvin sign and the long s).
fn may_be_heading(text: &str) -> bool {
    ["chronolog", "timeline", "ey date"]
        .iter()
        .any(|w| crate::text::contains_ascii_caseless(text, w))
}

/// Whether a line may match [`CAPTION`]: its first shape holds a colon,
/// the others "cont".
fn may_be_caption(text: &str) -> bool {
    text.contains(':') || crate::text::contains_ascii_caseless(text, "cont")
}

/// Whether a line may match [`DATE_LIKE`]: each of its shapes starts with
/// white space, a colon or a dash, or holds a digit (any Unicode digit, for
/// `\d`; `is_numeric` takes them all).
fn may_be_date_like(text: &str) -> bool {
    text.starts_with(|c: char| c.is_whitespace() || matches!(c, ':' | '–' | '—'))
        || text.bytes().any(|b| b.is_ascii_digit())
        || !text.is_ascii() && text.chars().any(char::is_numeric)
}

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
    /// Begins with a few words holding a number and a colon: a lost date
    /// where it starts a paragraph, text where it goes on with a sentence
    /// (decided once the lines around it are known).
    MaybeLost,
    /// A running header, footer or page number.
    Furniture,
    /// "Chronology prepared by NAME."
    Credit(String),
    /// A photo or source credit, a caption, a "continued" line: it stands
    /// between entries without ending the chronology.
    Caption,
    /// An entry led by a time of day ("8:46 A.M.: ..."), dated by the
    /// heading above it. Boxed: the kind is kept for every line of the
    /// document, and a time is four strings.
    Time(Box<TimeStart>),
    /// The second line of a date heading wrapped over two lines, read with
    /// the line before; or a table's delimiter row (`| --- | --- |`).
    Continued,
    /// The header row of a table (`| Date | Event |`).
    TableHeader,
    /// A text box's border (`+------+`): a chronology in the box ends there.
    BoxRule,
    Text,
}

/// Where an entry led by a time of day starts in a line's plain text.
#[derive(Debug, Clone)]
struct TimeStart {
    time: TimeOfDay,
    /// Plain byte length of the time as written.
    len: usize,
    /// Plain byte offset where the entry text begins.
    text_at: usize,
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
    /// What is wrong with a damaged entry that could still be read.
    problem: Option<String>,
    /// Plain byte range of page furniture glued before the date (a running
    /// footer, a credit fragment, markup debris): neither this entry's text
    /// nor the previous one's.
    furniture: Option<(usize, usize)>,
}

struct ClassifiedLine<'a> {
    kind: Kind,
    /// The line's text without markup, list marker or heading marker.
    plain: Plain<'a>,
    /// Whether a blank line comes before this one.
    after_blank: bool,
    /// Columns of white space before the line's text (a tab counts four).
    indent: usize,
    /// What block the line opens: a list item, a Markdown heading, or neither.
    block: Block,
}

/// The Markdown block a line opens, told by its marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    /// No marker: a paragraph line (or a continuation).
    Plain,
    /// `- `, `* `, `+ `, `• `, `1. `, `1) ` (the marker is not in `plain`).
    ListItem,
    /// `# ` to `###### ` (the marker is not in `plain`).
    Heading,
    /// `| cell | cell |`, a row of a Markdown pipe table (the outer pipes
    /// are not in `plain`).
    TableRow,
    /// `> `, a Markdown blockquote: quoted text, never an entry of its own.
    Quote,
}

/// A list marker or heading marker at the start of a line, and the white
/// space after it.
static BLOCK_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?P<list>[-*+•▪◦‣·]|\d{1,3}[.)])|(?P<heading>#{1,6})|(?P<quote>>))[ \t\u{a0}]+",
    )
    .unwrap()
});

/// The line's plain text without its block marker, and the block it opens.
fn strip_block_marker(plain: Plain<'_>) -> (Plain<'_>, Block) {
    // Every marker starts with one of these (a digit, Unicode's included);
    // the regex is run only on the lines that do.
    let may_open = plain
        .text
        .starts_with(|c: char| c.is_numeric() || "-*+•▪◦‣·#>".contains(c));
    if !may_open {
        return (plain, Block::Plain);
    }
    let Some(c) = BLOCK_MARKER.captures(&plain.text) else {
        return (plain, Block::Plain);
    };
    let end = c.get(0).map_or(0, |m| m.end());
    // "- " then nothing is no list item; "1. " before a date is ("1. 7 May").
    if end >= plain.text.len() {
        return (plain, Block::Plain);
    }
    // "> ": a Markdown blockquote, quoted text in its own block.
    let block = if c.name("list").is_some() {
        Block::ListItem
    } else if c.name("quote").is_some() {
        Block::Quote
    } else {
        Block::Heading
    };
    (plain.slice(end, plain.text.len()), block)
}

/// A row of a Markdown pipe table (`| March 3, 2016 | The trust ... |`):
/// a row whose first cell is a whole date is an entry, the other cells its
/// text; the delimiter row (`| --- | --- |`) is part of the header row
/// above it; other rows are text. The outer pipes are not part of the text.
fn table_row<'a>(plain: &Plain<'a>) -> Option<(Plain<'a>, Kind)> {
    let text = &plain.text;
    if !(text.starts_with('|') && text.ends_with('|') && text.len() >= 3) {
        return None;
    }
    let inner = plain.slice(1, text.len() - 1).into_trimmed();
    if inner
        .text
        .split('|')
        .all(|cell| !cell.trim().is_empty() && cell.trim().chars().all(|c| matches!(c, '-' | ':')))
    {
        return Some((inner, Kind::Continued));
    }
    let first_end = inner.text.find('|').unwrap_or(inner.text.len());
    let cell = inner.text[..first_end].trim_end();
    let rest = inner.text[first_end..].trim_start_matches('|');
    let text_at = inner.text.len() - rest.trim_start().len();
    let kind = match date::parse(cell) {
        Some(date) if !rest.trim().is_empty() => {
            Kind::Entries(vec![cell_start(date, cell, text_at)])
        }
        _ => Kind::Text,
    };
    Some((inner, kind))
}

/// The entry a table's row starts: its date the whole first cell, its text
/// from byte `text_at` of the row.
fn cell_start(date: WrittenDate, cell: &str, text_at: usize) -> Start {
    Start {
        date,
        date_at: (0, cell.len()),
        text_at,
        alone: false,
        problem: None,
        furniture: None,
    }
}

/// A row of a plain-text table whose columns a bar divides, with no bar
/// at either end: a row whose first cell is a whole date is an entry, the
/// text after the bar its text ("12 Jan 2024     | Dhal governorate
/// declares ..."); in such a table (`in_table`), a row whose date cell is
/// empty ("                | the third failed flood season.") goes on with
/// the entry above, without its bar. Other lines are not rows.
fn bar_row<'a>(plain: &Plain<'a>, in_table: bool) -> Option<(Plain<'a>, Kind)> {
    let text = &plain.text;
    if text.ends_with('|') {
        return None;
    }
    if let Some(rest) = text.strip_prefix('|') {
        if !in_table || rest.contains('|') {
            return None;
        }
        let at = text.len() - rest.trim_start().len();
        return Some((plain.slice(at, text.len()), Kind::Text));
    }
    let bar = memchr::memchr(b'|', text.as_bytes())?;
    let cell = text[..bar].trim_end();
    let rest = &text[bar + 1..];
    // An event is words ("Q1 2024 | 1,200" is a data table's row), and a
    // running header with a bar ("March 2024 | Humanitarian Update No. 3")
    // is no row.
    let words = rest
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    if cell.is_empty() || rest.contains('|') || words < 3 || is_furniture(text) {
        return None;
    }
    let text_at = text.len() - rest.trim_start().len();
    let start = match date::parse(cell) {
        Some(date) => cell_start(date, cell, text_at),
        // "2025-04-17", "Setpember 3, 2009": a date cell as damaged or
        // out of style as an entry's date may be, read as one before a colon.
        None if cell.len() <= 40 && cell.bytes().any(|b| b.is_ascii_digit()) => {
            let (start, problem) = repair::repair(&format!("{cell}: x"))?;
            if start.date_at.1 > cell.len() || start.text_at != cell.len() + 2 {
                return None;
            }
            Start {
                text_at,
                problem: Some(problem),
                ..start
            }
        }
        None => return None,
    };
    Some((plain.clone(), Kind::Entries(vec![start])))
}

/// Columns of white space that start `line` (a tab counts four).
fn indent_of(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

fn classify<'a>(source: &Source<'a>) -> Vec<ClassifiedLine<'a>> {
    let mut out = Vec::with_capacity(source.lines.len());
    // The document's dateline is when it was written, not an entry.
    let dateline_at = dateline(source).map(|p| p.span.start);
    let mut after_blank = true;
    // The lines of paragraphs that open with a date, and whether with "On"
    // and a whole date.
    let mut dated_paragraphs: Vec<(usize, bool)> = Vec::new();
    // Whether the lines above are rows of a plain-text table whose columns
    // a bar divides ("12 Jan 2024     | Dhal governorate declares ...").
    let mut bar_table = false;
    // Which lines are parts of such a table, and which of them are entries.
    let mut bar_lines: Vec<bool> = Vec::new();
    let mut bar_entries: Vec<usize> = Vec::new();
    for line in &source.lines {
        if line.is_blank() {
            out.push(ClassifiedLine {
                kind: Kind::Blank,
                plain: Plain::default(),
                after_blank,
                indent: 0,
                block: Block::Plain,
            });
            bar_lines.push(false);
            after_blank = true;
            continue;
        }
        let mut plain = Plain::default();
        plain.push_markdown(line.text, line.start);
        let (plain, block) = strip_block_marker(plain.into_trimmed());
        let bar = (block == Block::Plain)
            .then(|| bar_row(&plain, bar_table))
            .flatten();
        bar_table = match &bar {
            Some(_) => true,
            None => bar_table && is_rule(&plain.text),
        };
        // A table's rows, its rule ("-----+-----") and its header row with a bar.
        let barish = bar.is_some() || (plain.text.contains(['|', '+']) && is_rule(&plain.text));
        if matches!(bar, Some((_, Kind::Entries(_)))) {
            bar_entries.push(out.len());
        }
        bar_lines.push(barish || (plain.text.contains('|') && is_column_header(&plain.text)));
        let (plain, kind, block) = match (table_row(&plain), bar) {
            _ if block == Block::Quote => (plain, Kind::Text, block),
            (Some((row, kind)), _) => (row, kind, Block::TableRow),
            (None, Some((row, kind))) => (row, kind, block),
            (None, None) => {
                let kind = if dateline_at.is_some_and(|at| (line.start..=line.end()).contains(&at))
                    || block != Block::ListItem && is_month_heading(&plain.text)
                {
                    Kind::Text
                } else {
                    classify_line(&plain.text)
                };
                let list_item = block == Block::ListItem;
                let kind = match kind {
                    Kind::Text if list_item && on_date_item(&plain.text).is_some() => {
                        Kind::Entries(on_date_item(&plain.text).into_iter().collect())
                    }
                    // "On 9 January 2026 four British employees were
                    // arrested ...": a paragraph (or a numbered one: "[12]
                    // On 14 February 2019 the applicant ...") that opens
                    // with a whole date, as a written statement's or a
                    // judgment's account runs.
                    Kind::Text if list_item || block == Block::Plain && after_blank => {
                        match dated_paragraph(&plain.text) {
                            Some((s, on)) => {
                                dated_paragraphs.push((out.len(), on));
                                Kind::Entries(vec![s])
                            }
                            None => Kind::Text,
                        }
                    }
                    kind => kind,
                };
                (plain, kind, block)
            }
        };
        // Kept for every line of the document: no spare room.
        let kind = match kind {
            Kind::Entries(mut starts) => {
                starts.shrink_to_fit();
                Kind::Entries(starts)
            }
            kind => kind,
        };
        out.push(ClassifiedLine {
            kind,
            plain: plain.compact(),
            after_blank,
            indent: indent_of(line.text),
            block,
        });
        after_blank = false;
    }
    // A row alone is no table: "August 2024 | Humanitarian Update No. 3"
    // between entries is a running header.
    for &k in &bar_entries {
        let next_to = |j: Option<usize>| j.and_then(|j| bar_lines.get(j)).copied().unwrap_or(false);
        if !next_to(k.checked_sub(1)) && !next_to(Some(k + 1)) {
            out[k].kind = Kind::Text;
        }
    }
    keep_dated_paragraph_runs(&mut out, &dated_paragraphs);
    read_labelled_dates(&mut out);
    mark_table_headers(&mut out);
    read_overflowing_rows(&mut out);
    join_wrapped_headings(&mut out);
    demote_stray_dates(&mut out);
    mark_repeated_lines(&mut out);
    settle_maybe_lost(&mut out);
    out
}

/// Paragraphs that open with a date are entries only in a run of three or
/// more that open with "On" and a whole date, with no other dated line
/// between them (a written statement's or a judgment's account, day by
/// day); one alone, or one in an entry under a date heading ("On August 5,
/// 2022, the Department announced ..."), is the text around it. A run
/// takes in its paragraphs that open "In September 2019" or "Between 3 and
/// 7 June 2019".
fn keep_dated_paragraph_runs(lines: &mut [ClassifiedLine<'_>], dated: &[(usize, bool)]) {
    const RUN: usize = 3;
    let mut run: Vec<(usize, bool)> = Vec::new();
    let flush = |run: &mut Vec<(usize, bool)>, lines: &mut [ClassifiedLine<'_>]| {
        if run.iter().filter(|(_, on)| *on).count() < RUN {
            for &(k, _) in run.iter() {
                lines[k].kind = Kind::Text;
            }
        }
        run.clear();
    };
    for (n, &(k, on)) in dated.iter().enumerate() {
        // Members stand one after another: between two, no other dated
        // line, no heading, and at most one paragraph of their own text.
        let joined = run.last().is_some_and(|&(last, _)| {
            let between = &lines[last + 1..k];
            between
                .iter()
                .all(|l| !matches!(l.kind, Kind::Entries(_) | Kind::Time(_) | Kind::Heading))
                && between
                    .iter()
                    .filter(|l| l.after_blank && !matches!(l.kind, Kind::Blank))
                    .count()
                    <= 1
        });
        if !joined {
            flush(&mut run, lines);
        }
        run.push((k, on));
        if n + 1 == dated.len() {
            flush(&mut run, lines);
        }
    }
}

/// A list of stages, each a label and its date after a colon ("First
/// reading: 14 January 2025", "Royal Assent: 2 June 2025"): where three
/// lines or more of such text follow one another with no blank line
/// between, each is an entry whose text is its label.
fn read_labelled_dates(lines: &mut [ClassifiedLine<'_>]) {
    const RUN: usize = 3;
    let mut k = 0;
    while k < lines.len() {
        let run = lines[k..]
            .iter()
            .enumerate()
            .take_while(|&(n, l)| {
                (n == 0 || !l.after_blank) && matches!(l.kind, Kind::Text | Kind::MaybeLost)
            })
            .map_while(|(_, l)| labelled_date(&l.plain.text))
            .count();
        if run >= RUN {
            for line in &mut lines[k..k + run] {
                if let Some(start) = labelled_date(&line.plain.text) {
                    line.kind = Kind::Entries(vec![start]);
                }
            }
        }
        k += run.max(1);
    }
}

/// A label of a few words, a colon and a whole date that ends the line
/// ("Third reading (74–9): 15 May 2025"): the date, its text the label.
/// The entry's text ends where its date starts, so its start is given at
/// the line's end (see [`Reader::entries`]).
fn labelled_date(text: &str) -> Option<Start> {
    // Cheap test first: the line ends with a year (or its full stop).
    if !text
        .trim_end()
        .trim_end_matches('.')
        .ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let colon =
        memchr::memrchr(b':', text.as_bytes()).filter(|&c| text[c + 1..].starts_with(' '))?;
    let label = text[..colon].trim();
    // "Last updated: 3 March 2025", "Published: ...": a document's own
    // dates, not its subject's.
    let lower = label.to_lowercase();
    if [
        "updated",
        "published",
        "review",
        "applies",
        "effective",
        "issued",
        "received",
        "accepted",
        "revised",
        "modified",
        "printed",
        "released",
        "date",
        "posted",
        "accessed",
    ]
    .iter()
    .any(|w| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == *w))
    {
        return None;
    }
    let words = label.split_whitespace().count();
    if !label.starts_with(char::is_uppercase) || !(1..=16).contains(&words) || label.contains(". ")
    {
        return None;
    }
    let rest = &text[colon + 2..];
    let at = colon + 2 + (rest.len() - rest.trim_start().len());
    let written = text[at..].trim_end().trim_end_matches('.');
    let (date, len) = date::parse_prefix(written)?;
    (len == written.len() && date.has_year() && date.start.day.is_some()).then(|| Start {
        date,
        date_at: (at, at + len),
        text_at: text.len(),
        alone: false,
        problem: None,
        furniture: None,
    })
}

/// A plain-text table's header row over a date column ("Date   Clause
/// Amendment   Result"), as it stands over the first rows and again after
/// each page break: "Date", a run of spaces, then the other columns' names
/// in capitals.
fn is_column_header(text: &str) -> bool {
    let Some(rest) = ["Date", "DATE", "Dates", "DATES"]
        .iter()
        .find_map(|d| text.strip_prefix(d))
    else {
        return false;
    };
    let gap = rest.len() - rest.trim_start().len();
    let words: Vec<&str> = rest.split_whitespace().collect();
    (rest.starts_with('\t') || gap >= 2)
        && (1..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
                || matches!(*w, "by" | "of" | "and" | "/" | "&" | "|")
        })
}

/// Whether a line opens like a note at a page's foot: its number, a
/// space, and a capital or a quotation mark ("11 GAO, Electricity Grid").
fn is_numbered_note(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && text[digits..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"'))
}

/// A line of one character repeated across the page: "-----", "=====".
fn is_rule(text: &str) -> bool {
    let mut chars = text.trim().chars();
    // "--------------------    --------------": a plain-text table's
    // column rules under its header, one per column.
    chars.next().is_some_and(|c| {
        "-=_*~—–".contains(c)
            && text.trim().len() >= 3 * c.len_utf8()
            // "----------+--------": where the columns meet.
            && chars.all(|d| d == c || d == ' ' || d == '\t' || (c == '-' && matches!(d, '+' | '|')))
    })
}

/// A text box's top or bottom border, as a plain-text page draws it:
/// `+-----+` or `+=====+`.
fn is_box_rule(text: &str) -> bool {
    text.len() >= 10
        && text.starts_with('+')
        && text.ends_with('+')
        && text[1..text.len() - 1]
            .bytes()
            .all(|b| matches!(b, b'-' | b'='))
}

/// Whether line `k` goes on with a sentence the line before it left open.
fn continues_sentence(lines: &[ClassifiedLine<'_>], k: usize) -> bool {
    !lines[k].after_blank
        && k > 0
        && !matches!(lines[k - 1].kind, Kind::Blank)
        && !ends_sentence(&lines[k - 1].plain.text)
}

/// A line that begins with a number and a colon is a lost date where it
/// starts a paragraph or follows a finished sentence; inside a sentence
/// ("... reduced the number of bureaus in the" / "Department to 6: ...") it
/// is text.
fn settle_maybe_lost(lines: &mut [ClassifiedLine<'_>]) {
    for k in 0..lines.len() {
        if !matches!(lines[k].kind, Kind::MaybeLost) {
            continue;
        }
        let continues = continues_sentence(lines, k);
        lines[k].kind = if continues {
            Kind::Text
        } else {
            Kind::LostDate
        };
    }
}

/// Whether `text` ends with a month or year range, in parentheses or not.
fn names_a_period(text: &str) -> bool {
    text.char_indices()
        .filter(|&(at, _)| at == 0 || text[..at].ends_with([' ', '(', ',', ':']))
        .any(|(at, _)| {
            let end = text.trim_end_matches([')', '.', ' ']).len();
            at < end
                && date::parse(&text[at..end])
                    .is_some_and(|d| d.has_year() && d.start != d.end && d.start.day.is_none())
        })
}

/// A short line of text that stands alone three times or more ("Congressional
/// Research Service" at the foot of every page) is a running header or
/// footer, wherever it stands.
fn mark_repeated_lines(lines: &mut [ClassifiedLine<'_>]) {
    let candidate = |l: &ClassifiedLine<'_>| {
        let (text, number) = page_number_aside(&l.plain.text);
        // A line with a page number set off from it may stand right under
        // the page's last line.
        matches!(l.kind, Kind::Text | Kind::MaybeLost)
            && text.len() <= 4 * 80
            && text.chars().count() <= 80
            && (l.after_blank || number.is_some())
    };
    // Each text with the page numbers it was seen with, in order.
    let mut counts: std::collections::HashMap<&str, Vec<Option<u32>>> =
        std::collections::HashMap::new();
    for line in lines.iter().filter(|l| candidate(l)) {
        let (text, number) = page_number_aside(&line.plain.text);
        counts.entry(text).or_default().push(number);
    }
    // Twice is enough for a line that names a period ("... (NOVEMBER
    // 2019-FEBRUARY 2020)"), as running headers do. Numbered, the pages
    // must rise from one to the next: a column of counts ("Members voting
    // in favour      312") is no footer.
    let repeated: std::collections::HashSet<String> = counts
        .into_iter()
        .filter(|(text, numbers)| {
            let n = numbers.len();
            let pages = numbers.iter().all(Option::is_none)
                || numbers
                    .windows(2)
                    .all(|w| matches!((w[0], w[1]), (Some(a), Some(b)) if a < b));
            pages && (n >= 3 || (n == 2 && names_a_period(text)))
        })
        .map(|(text, _)| text.to_string())
        .collect();
    for line in lines.iter_mut() {
        if candidate(line) && repeated.contains(page_number_aside(&line.plain.text).0) {
            line.kind = Kind::Furniture;
        }
    }
}

/// A running header or footer without the page number set off from it by
/// a run of spaces at its end or start ("Legislative History Series No. 7,
/// 2025      3", "4     Commons Library Research Briefing"): the part that
/// repeats from page to page, and the number. A page number has at most
/// three digits ("2019      Annual report" is a year's row).
pub(crate) fn page_number_aside(text: &str) -> (&str, Option<u32>) {
    let bytes = text.as_bytes();
    // Cheap test first: a page number ends or starts the line.
    if !(bytes.last().is_some_and(u8::is_ascii_digit)
        || bytes.first().is_some_and(u8::is_ascii_digit))
    {
        return (text, None);
    }
    let spaced = |gap: &str| gap.starts_with("  ") || gap.starts_with('\t');
    let head = text.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = text.len() - head.len();
    if (1..=3).contains(&digits)
        && spaced(&head[head.trim_end().len()..])
        && !head.trim().is_empty()
    {
        return (head.trim_end(), text[head.len()..].parse().ok());
    }
    let tail = text.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = text.len() - tail.len();
    if (1..=3).contains(&digits) && spaced(tail) && !tail.trim().is_empty() {
        return (tail.trim_start(), text[..digits].parse().ok());
    }
    (text, None)
}

/// The row above a table's delimiter row is its header row.
fn mark_table_headers(lines: &mut [ClassifiedLine<'_>]) {
    for k in 1..lines.len() {
        let delimiter =
            matches!(lines[k].kind, Kind::Continued) && lines[k].block == Block::TableRow;
        if delimiter && lines[k - 1].block == Block::TableRow {
            lines[k - 1].kind = Kind::TableHeader;
        }
    }
}

/// In a table whose date column is set off by a run of spaces, a date too
/// long for the column leaves one space before the event ("March 6, 2024
/// H.R. 7014 introduced ..." among "3/14/2024     S. 3318 ..."): such a row
/// is an entry where the date fills the column, its event starting at or
/// past the column where the other rows' events start.
fn read_overflowing_rows(lines: &mut [ClassifiedLine<'_>]) {
    let mut columns: Vec<usize> = lines
        .iter()
        .filter(|l| l.indent == 0)
        .filter_map(|l| match &l.kind {
            Kind::Entries(s) if s.len() == 1 && !s[0].alone && s[0].problem.is_none() => {
                let gap = &l.plain.text[s[0].date_at.1..s[0].text_at];
                (gap.len() >= 2 && gap.trim().is_empty()).then_some(s[0].text_at)
            }
            _ => None,
        })
        .collect();
    if columns.len() < 3 {
        return;
    }
    columns.sort_unstable();
    // The column most rows share (the narrowest on a tie).
    let mut column = (0, 0);
    for run in columns.chunk_by(|a, b| a == b) {
        if run.len() > column.1 {
            column = (run[0], run.len());
        }
    }
    if column.1 < 3 {
        return;
    }
    for line in lines.iter_mut() {
        if line.indent != 0 || !matches!(line.kind, Kind::Text) {
            continue;
        }
        let text = &line.plain.text;
        let Some((date, len)) = date::parse_prefix(text) else {
            continue;
        };
        let event = text[len..].strip_prefix(' ').filter(|e| {
            e.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"‘".contains(c))
        });
        if event.is_some() && len + 1 >= column.0 && date.has_year() {
            line.kind = Kind::Entries(vec![Start {
                date,
                date_at: (0, len),
                text_at: len + 1,
                alone: false,
                problem: None,
                furniture: None,
            }]);
        }
    }
}

/// A date heading that PDF conversion wrapped over two lines ("August
/// 1870–September" / "1871") is read as one date on the first line.
fn join_wrapped_headings(lines: &mut [ClassifiedLine<'_>]) {
    for k in 0..lines.len().saturating_sub(1) {
        let (head, tail) = lines.split_at_mut(k + 1);
        let (line, next) = (&mut head[k], &mut tail[0]);
        let short = |l: &ClassifiedLine<'_>| l.plain.text.chars().count() <= 40;
        if !matches!(line.kind, Kind::Text | Kind::LostDate)
            || !line.after_blank
            || next.after_blank
            || matches!(next.kind, Kind::Blank)
            || !short(line)
            || !short(next)
        {
            continue;
        }
        let mut joined = line.plain.clone();
        joined.join(&next.plain);
        let Some(date) = date::parse(&joined.text) else {
            continue;
        };
        let len = joined.text.len();
        line.kind = Kind::Entries(vec![Start {
            date,
            date_at: (0, len),
            text_at: len,
            alone: true,
            problem: None,
            furniture: None,
        }]);
        line.plain = joined;
        next.kind = Kind::Continued;
    }
}

/// A date alone on its line, or a damaged one, is no entry where it ends a
/// sentence the line before began ("... were organized in" / "October.",
/// "... until May 8," / "1855. The Act ..."); a date alone is no heading
/// where it stands far to the right, as report dates on a PDF's title page do.
fn demote_stray_dates(lines: &mut [ClassifiedLine<'_>]) {
    for k in 0..lines.len() {
        let (alone, repaired) = match &lines[k].kind {
            // "2020-05-09: ..." under a line that ends mid-sentence is a
            // list's first item all the same: an ISO date is no wrapped word.
            Kind::Entries(s) if s.len() == 1 => (
                s[0].alone,
                s[0].problem
                    .as_deref()
                    .is_some_and(|p| p != repair::ISO_PROBLEM),
            ),
            _ => continue,
        };
        if !alone && !repaired {
            continue;
        }
        let continues = continues_sentence(lines, k);
        if continues || (alone && lines[k].indent >= RIGHT_ALIGNED) {
            lines[k].kind = Kind::Text;
        }
    }
}

/// Columns of indentation from which a date alone on its line is layout (a
/// How far before a footnote its marker may stand, in bytes (a few pages).
const FOOTNOTE_REACH: usize = 16 * 1024;

/// right-aligned or centred date), not a heading.
const RIGHT_ALIGNED: usize = 24;

/// Whether `line` (as written) starts like an entry with text of its own.
pub(crate) fn starts_like_entry(line: &str) -> bool {
    // An entry's separator (a colon or a spaced dash) stands near its start.
    let mut head = line.len().min(120);
    while !line.is_char_boundary(head) {
        head -= 1;
    }
    let head = &line[..head];
    if !head.contains([':', '：', '–', '—']) && !head.contains(" - ") {
        return false;
    }
    let mut plain = Plain::default();
    plain.push_markdown(line, 0);
    let (plain, block) = strip_block_marker(plain.into_trimmed());
    if block != Block::ListItem && is_month_heading(&plain.text) {
        return false;
    }
    match classify_line(&plain.text) {
        Kind::Entries(starts) => !starts[0].alone,
        Kind::Time(_) => true,
        _ => false,
    }
}

/// "February: Talking Past Each Other", "April: A Summit at Last": a
/// section's heading that opens with its month alone, not an entry: a
/// month with no day or year, a colon, and a phrase of two to eight words
/// in title case with no full stop (a list item is left an entry).
fn is_month_heading(text: &str) -> bool {
    // The month's colon comes within its first ten bytes ("September: ").
    let Some(colon) = text
        .get(..text.len().min(12))
        .and_then(|head| head.find(": "))
    else {
        return false;
    };
    let (month, rest) = (&text[..colon], &text[colon + 2..]);
    if rest.len() > 120 || crate::date::month_number(month).is_none() {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && !rest.trim_end().ends_with(['.', ';', ','])
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    *w,
                    "a" | "an"
                        | "the"
                        | "and"
                        | "or"
                        | "of"
                        | "at"
                        | "on"
                        | "in"
                        | "to"
                        | "for"
                        | "with"
                        | "by"
                        | "but"
                        | "as"
                        | "from"
                        | "over"
                        | "after"
                )
        })
        && words[0].starts_with(char::is_uppercase)
}

fn classify_line(text: &str) -> Kind {
    // A byte-order mark before the line (from concatenated files) is read
    // past; the offsets found are given back in the line as it stands.
    let trimmed = text.trim_start_matches('\u{feff}');
    let bom = text.len() - trimmed.len();
    let kind = classify_trimmed(trimmed);
    if bom == 0 {
        return kind;
    }
    let shift = |(a, b): (usize, usize)| (a + bom, b + bom);
    match kind {
        Kind::Entries(starts) => Kind::Entries(
            starts
                .into_iter()
                .map(|s| Start {
                    date_at: shift(s.date_at),
                    text_at: s.text_at + bom,
                    furniture: s.furniture.map(shift),
                    ..s
                })
                .collect(),
        ),
        Kind::Time(t) => Kind::Time(Box::new(TimeStart {
            len: t.len + bom,
            text_at: t.text_at + bom,
            ..*t
        })),
        other => other,
    }
}

fn classify_trimmed(text: &str) -> Kind {
    if is_box_rule(text) {
        return Kind::BoxRule;
    }
    if let Some(c) = may_be_credit(text).then(|| CREDIT.captures(text)).flatten() {
        return Kind::Credit(c[1].trim().to_string());
    }
    let mut starts = entry_starts(text);
    for start in &mut starts {
        // "May 1\u{200b}0, 2020": the date read is not the one a reader sees.
        let names = repair::lookalikes_in(&text[start.date_at.0..start.text_at]);
        if !names.is_empty() {
            start.problem = Some(format!("the date is written with {}", names.join(", ")));
        }
    }
    if let Some(first) = starts.first_mut() {
        // "Aug: 1, 1900: Talks": the rest of the date stands after the separator.
        let rest = &text[first.text_at..];
        let numbers = rest.trim_start_matches(['-', '–', '—', ',', '.', ' ']);
        // `\d` is any Unicode digit, each of which `is_numeric` takes.
        if rest.starts_with(char::is_numeric) && BROKEN_DATE.is_match(rest)
            || ((numbers.starts_with(|c: char| c.is_ascii_digit())
                || date::parse_prefix(numbers).is_some())
                && damaged_lead(rest))
        {
            first.problem = Some(format!(
                "the date is broken by “{}”: the rest of it stands after",
                text[first.date_at.1..first.text_at].trim()
            ));
        }
        return Kind::Entries(starts);
    }
    // Cheap tests first: a time or a damaged date needs a digit near the
    // start of the line.
    let head = &text.as_bytes()[..text.len().min(96)];
    let digit_near_start = head.iter().any(u8::is_ascii_digit);
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(start) = time_start(text) {
            return Kind::Time(Box::new(start));
        }
    }
    if !digit_near_start {
        // No entry, lost date or damaged date without a number.
    } else if let Some((start, problem)) = repair::repair(text) {
        return Kind::Entries(vec![Start {
            problem: Some(problem),
            ..start
        }]);
    }
    if text.len() < 150
        && may_be_heading(text)
        && is_chronology_heading(text)
        && !text.ends_with('.')
    {
        return Kind::Heading;
    }
    if is_furniture(text) || is_rule(text) {
        return Kind::Furniture;
    }
    if is_column_header(text) {
        return Kind::Caption;
    }
    let short = |n: usize| text.len() <= 4 * n && text.chars().count() <= n;
    if (short(80) && may_be_caption(text) && CAPTION.is_match(text))
        || (short(200)
            && (text.contains(':')
                || text.starts_with(['F', 'f', 'M', 'm', 'C', 'c', 'G', 'g', 'P', 'p']))
            && CAPTION_END.is_match(text))
    {
        return Kind::Caption;
    }
    // "[24] Section 23(1) of the 2017 Act provides:": a judgment's
    // paragraph number is no date.
    let numbered = paragraph_number(text);
    let text = &text[numbered..];
    let digit_near_start =
        digit_near_start && (numbered == 0 || text.starts_with(|c: char| c.is_ascii_digit()));
    if may_be_date_like(text) && DATE_LIKE.is_match(text) {
        return Kind::LostDate;
    }
    if digit_near_start && damaged_lead(text) {
        return Kind::MaybeLost;
    }
    Kind::Text
}

/// Whether `text` begins like an entry whose date could not be read: a few
/// words holding a number, then a colon ("J4nuary 1, 19OO: ...").
fn damaged_lead(text: &str) -> bool {
    text.char_indices()
        .take(48)
        .filter(|&(_, c)| c == ':' || c == '：')
        .any(|(at, c)| {
            let (lead, after) = (&text[..at], &text[at + c.len_utf8()..]);
            (after.is_empty() || after.starts_with(char::is_whitespace))
                && lead.chars().any(|c| c.is_ascii_digit())
                && lead.split_whitespace().count() <= 8
                && !lead.contains(['?', '!'])
        })
}

/// An entry led by a time of day: the time, then a colon or a spaced dash.
fn time_start(text: &str) -> Option<TimeStart> {
    let (time, len) = clock::parse_prefix(text)?;
    let after = &text[len..];
    let trimmed = after.trim_start();
    let skipped = after.len() - trimmed.len();
    let rest = if let Some(t) = trimmed.strip_prefix(':') {
        t
    } else if skipped > 0 {
        ["– ", "— ", "- "]
            .iter()
            .find_map(|d| trimmed.strip_prefix(d))?
    } else {
        return None;
    };
    let text_at = text.len() - rest.trim_start().len();
    Some(TimeStart { time, len, text_at })
}

/// The entries that start in `text`: one at its start, and more after each
/// sentence end where another date and colon follow.
fn entry_starts(text: &str) -> Vec<Start> {
    let mut starts = Vec::new();
    let Some(first) = entry_at(text, 0, true).or_else(|| after_debris(text)) else {
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

/// A list item that opens with "On", a date and a comma ("- On 22 August,
/// the health director ..."): an entry of that date, as timelines write
/// some of their items among "22 August – ..." ones.
fn on_date_item(text: &str) -> Option<Start> {
    let rest = text.strip_prefix("On ")?;
    let (date, len) = date::parse_prefix(rest)?;
    let after = rest[len..].strip_prefix(',')?;
    let at = "On ".len();
    Some(Start {
        date,
        date_at: (at, at + len),
        text_at: text.len() - after.trim_start().len(),
        alone: false,
        problem: None,
        furniture: None,
    })
}

/// A paragraph that opens with a date, after its number if it has one
/// ("[12]", "(12)"): "On" and a whole date (true), or (false) "In" and a
/// month of a year, or "Between" and a range of days.
fn dated_paragraph(text: &str) -> Option<(Start, bool)> {
    let number = paragraph_number(text);
    let body = &text[number..];
    let (opener, on) = [("On ", true), ("In ", false), ("Between ", false)]
        .into_iter()
        .find(|(o, _)| body.starts_with(o))?;
    let rest = &body[opener.len()..];
    let (date, len) = date::parse_prefix(rest)?;
    let fits = match opener {
        "On " => date.start.day.is_some() && date.start == date.end,
        "In " => date.start.day.is_none() && date.start.month.is_some(),
        _ => date.start.day.is_some() && date.start != date.end,
    };
    if !date.has_year() || !fits {
        return None;
    }
    let after = &rest[len..];
    let after = after.strip_prefix(',').unwrap_or(after).strip_prefix(' ')?;
    // "Between 3 and 7 June 2019" is a date written whole.
    let at = number
        + if opener == "Between " {
            0
        } else {
            opener.len()
        };
    Some((
        Start {
            date,
            date_at: (at, number + opener.len() + len),
            text_at: text.len() - after.trim_start().len(),
            alone: false,
            problem: None,
            furniture: None,
        },
        on,
    ))
}

/// Whether a table's cell opens with a short lower-case reference and its
/// number: "cl 12", "sch 2", "s. 4", "para 3".
fn lower_reference(cell: &str) -> bool {
    let word = cell.split(' ').next().unwrap_or("");
    let bare = word.trim_end_matches('.');
    (1..=4).contains(&bare.len())
        && bare.bytes().all(|b| b.is_ascii_lowercase())
        && cell[word.len()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
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
    } else if let Some(t) = ["--", "—"]
        .iter()
        .find_map(|d| after.strip_prefix(d))
        .filter(|t| line_start && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        // "January 9, 2025--A mechanical supervisor ...": a typed em dash,
        // or an em dash, set solid as American style sets it.
        text.len() - t.len()
    } else if line_start
        // Two spaces, no-break spaces among them, or a tab.
        && (after.starts_with('\t') || after.chars().take(2).filter(|c| c.is_whitespace()).count() == 2)
        && (trimmed
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"‘+-−$€£¥(".contains(c))
            // "13 May 2025      cl 12   Raise ...": past a gap no sentence
            // leaves, a column may open with a short lower-case reference
            // and its number ("cl 12", "sch 2", "s. 4").
            || after.chars().take(3).filter(|c| c.is_whitespace()).count() == 3
                && lower_reference(trimmed))
    {
        // "14 July 2020         Environment Agency publishes ...": a table's
        // date column, set off by a run of spaces or a tab; its event may
        // open with a sign or a currency ("Mar 20, 2024    -25 bps to 4.25%").
        at + len + skipped
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
        problem: None,
        furniture: None,
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
            if let Some(start) = entry_at(text, at, false)
                .filter(|s| s.date.start.month.is_some())
                .or_else(|| after_glued_furniture(text, at))
            {
                return Some(start);
            }
        }
        search = end;
    }
    None
}

/// Markup left before a date by web conversion: entities (`&nbsp;`),
/// stray angle brackets (`<<`), tags and the tail of a tag's attributes
/// (`style="...">`).
static DEBRIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:&(?:nbsp|#160|#x[aA]0|emsp|ensp|thinsp|amp|lt|gt|quot);|<{2,}|>{2,}|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|[a-zA-Z-]+\s*=\s*"[^"<>]*"\s*/?>|[\s\u{a0}])+"#).unwrap()
});
/// A footnote's credit glued into the text: "* Chronology compiled by ...".
static GLUED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[*†‡]+\s*(?:chronology\s+|timeline\s+)?(?:was\s+)?(?:prepared|compiled|researched)\s+by\s+[^.]{1,120}\.").unwrap()
});

/// The entry that starts after markup debris at the start of a line
/// ("&nbsp;March 22, 2012: ..."); the debris is furniture.
fn after_debris(text: &str) -> Option<Start> {
    if !has_markup(text) {
        return None;
    }
    let debris = DEBRIS.find(text)?.end();
    if debris == 0 || !text[..debris].contains(['&', '<', '>']) {
        return None;
    }
    let start = entry_at(text, debris, true)?;
    Some(Start {
        furniture: Some((0, debris)),
        ..start
    })
}

/// Whether `text` holds a byte that markup debris must hold (`&`, `<` or
/// `>`): lines without one need not compile [`DEBRIS`].
fn has_markup(text: &str) -> bool {
    memchr::memchr3(b'&', b'<', b'>', text.as_bytes()).is_some()
}

/// The longest stretch of glued page furniture this reader looks past.
const MAX_GLUED_FURNITURE: usize = 160;

/// An entry run together with the previous one after page furniture that
/// PDF or web conversion glued between them at plain offset `at`: a running
/// footer ("US-Japan Relations 42 April 2012 March 9, 2012: ..."), a
/// credit ("* Chronology compiled by ... March 14, 2012: ..."), markup debris.
fn after_glued_furniture(text: &str, at: usize) -> Option<Start> {
    let rest = &text[at..];
    let debris = has_markup(rest).then(|| DEBRIS.find(rest)).flatten();
    if let Some(m) = debris.filter(|m| m.end() > 0) {
        if rest[..m.end()].contains(['&', '<', '>']) {
            if let Some(start) = entry_at(text, at + m.end(), false) {
                return Some(Start {
                    furniture: Some((at, at + m.end())),
                    ..start
                });
            }
        }
    }
    // Every such credit starts with a footnote mark: other lines need not
    // compile the regex.
    let marked = rest.starts_with(['*', '†', '‡']);
    if let Some(m) = marked.then(|| GLUED_CREDIT.find(rest)).flatten() {
        let after = &rest[m.end()..];
        let date_at = at + m.end() + (after.len() - after.trim_start().len());
        if let Some(start) = entry_at(text, date_at, false) {
            return Some(Start {
                furniture: Some((at, at + m.end())),
                ..start
            });
        }
    }
    // A running footer names a page: look for a date after a page number.
    let mut window = rest.len().min(MAX_GLUED_FURNITURE);
    while !rest.is_char_boundary(window) {
        window -= 1;
    }
    // Cheap tests first: a footer names the journal or a section
    // ("... Relations", "Comparative Connections") and holds a number.
    let near = &rest.as_bytes()[..window];
    let names_section = [
        "elations",
        "ELATIONS",
        "onnections",
        "ONNECTIONS",
        "hronology",
        "HRONOLOGY",
    ]
    .iter()
    .any(|w| near.windows(w.len()).any(|x| x == w.as_bytes()));
    if !names_section || !near.iter().any(u8::is_ascii_digit) {
        return None;
    }
    for (k, _) in rest[..window].match_indices(' ') {
        let date_at = at + k + 1;
        let footer = text[at..date_at].trim_end();
        if !footer.bytes().any(|b| b.is_ascii_digit()) || !crate::body::is_furniture(footer) {
            continue;
        }
        if let Some(start) = entry_at(text, date_at, false).filter(|s| s.date.start.month.is_some())
        {
            return Some(Start {
                furniture: Some((at, at + footer.len())),
                ..start
            });
        }
    }
    None
}

/// How many entries follow each other from line `i` with no more than
/// [`MAX_GAP`] paragraphs of other text between two of them.
fn run_length(lines: &[ClassifiedLine<'_>], i: usize) -> usize {
    let mut count = 0;
    let mut gap = 0;
    // Bounded, so a date-led line before a vast paragraph costs no more than before a short one.
    for line in lines[i..].iter().take(MAX_RUN_SCAN) {
        match &line.kind {
            Kind::Entries(_) | Kind::Time(_) => {
                count += match &line.kind {
                    Kind::Entries(starts) => starts.len(),
                    _ => 1,
                };
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

/// An entry, unparsed item or subheading still taking lines.
enum Open<'a> {
    Entry(Box<Building<'a>>),
    Unparsed(usize),
    /// A subheading, whose note takes the text lines before its first entry.
    Subheading(usize),
    None,
}

struct Building<'a> {
    start: Start,
    date_plain: Plain<'a>,
    text: Plain<'a>,
    alone: bool,
    /// The date of the subheading above the entry, for what its own date lacks.
    context: Option<WrittenDate>,
    /// The time of day of an entry led by one; its date is `context`'s.
    time: Option<TimeOfDay>,
    /// Whether the entry is a list item, whose indented lines continue it.
    list_item: bool,
    /// Whether the entry is a table's row, its date set off from the event
    /// by a run of spaces: a paragraph after it is no part of it.
    row: bool,
    /// The columns its first line is indented by.
    indent: usize,
}

struct Reader<'s, 'l> {
    source: &'s Source<'s>,
    lines: &'l [ClassifiedLine<'s>],
    first: usize,
    /// Whether the first line is the chronology's heading.
    titled: bool,
    title: Option<String>,
    period: Option<Period>,
    prepared_by: Option<Credit>,
    /// Entries finished as each closes (a long chronology never holds
    /// them twice), with their dates as written and their plain texts.
    entries: Vec<Entry>,
    written: Vec<Written>,
    entry_texts: Vec<Plain<'s>>,
    unparsed: Vec<Unparsed>,
    unparsed_texts: Vec<Plain<'s>>,
    subheadings: Vec<Subheading>,
    subheading_texts: Vec<Plain<'s>>,
    lead: Option<Lead>,
    /// The plain text of the title and the lead, for the quotation scanner.
    heading_texts: Vec<Plain<'s>>,
    /// The date of the last dated subheading, until a plain one replaces it.
    context: Option<WrittenDate>,
    /// The year of the last year heading, for the month headings under it.
    year_heading: Option<i32>,
    /// The year of the Markdown heading the chronology stands under.
    enclosing: Option<WrittenDate>,
    open: Open<'s>,
    /// Whether a rule of underscores, over a page's notes, stands since
    /// the last entry: the numbered lines after it are footnotes.
    notes: bool,
}

impl<'s, 'l> Reader<'s, 'l> {
    fn new(
        source: &'s Source<'s>,
        lines: &'l [ClassifiedLine<'s>],
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
            entries: Vec::new(),
            written: Vec::new(),
            entry_texts: Vec::new(),
            unparsed: Vec::new(),
            unparsed_texts: Vec::new(),
            subheadings: Vec::new(),
            subheading_texts: Vec::new(),
            lead: None,
            heading_texts: Vec::new(),
            context: None,
            year_heading: None,
            enclosing: None,
            open: Open::None,
            notes: false,
        }
    }

    /// The year of the Markdown heading the chronology stands under ("##
    /// 2025" over "### March" and its items), for entries and subheadings
    /// that write none: a note or a paragraph between two lists of one
    /// year starts a chronology apart from its heading.
    fn enclosing_year(&mut self, year: Option<WrittenDate>) {
        self.enclosing = year;
        if let Some(year) = year {
            self.year_heading = year.start.year;
            self.context = Some(year);
        }
    }

    /// Reads the chronology; returns it and the index of its last line.
    /// `document_period` is the period the document's title or running
    /// header names, for the years of a chronology that declares none;
    /// `dateline` the twelve months up to the document's own date.
    fn read(
        mut self,
        document_period: Option<&Period>,
        dateline: Option<&Period>,
    ) -> (Found<'s>, usize) {
        let mut i = self.first;
        let mut last = i;
        if self.titled {
            let plain = &self.lines[i].plain;
            self.title = Some(plain.text.to_string());
            self.heading_texts.push(plain.clone());
            self.period = period_in(self.source, plain);
            // "THE 1940s" over a history in sections by decade, under a
            // title that declares "1949-2024": the decade is the first
            // section's, the title's period the chronology's.
            if let (Some(decade), Some(whole)) = (&self.period, document_period) {
                let heading = plain.text.trim();
                let bare = heading
                    .strip_prefix("THE ")
                    .or_else(|| heading.strip_prefix("The "))
                    .unwrap_or(heading);
                let is_decade = bare.len() == 5
                    && bare.ends_with("0s")
                    && bare[..4].bytes().all(|b| b.is_ascii_digit());
                // Only ever wider: both periods together.
                if is_decade && whole.start <= decade.end && decade.start <= whole.end {
                    let mut wider = whole.clone();
                    wider.start = wider.start.min(decade.start);
                    wider.end = wider.end.max(decade.end);
                    self.period = Some(wider);
                }
            }
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
            // A second heading that restates the period ("Chronology from
            // January 2012 to April 2012") belongs to this one.
            while let Some(next) =
                (i..self.lines.len()).find(|&j| !matches!(self.lines[j].kind, Kind::Blank))
            {
                if !matches!(self.lines[next].kind, Kind::Heading) {
                    break;
                }
                let Some(period) = period_in(self.source, &self.lines[next].plain) else {
                    break;
                };
                self.period.get_or_insert(period);
                i = next + 1;
                last = next;
            }
        }
        while i < self.lines.len() {
            // The lines outlive the reader's borrow of itself.
            let lines = self.lines;
            let line = &lines[i];
            match &line.kind {
                Kind::Blank => {}
                Kind::Heading | Kind::BoxRule => break,
                Kind::Entries(starts) => {
                    self.notes = false;
                    self.entries(i, line, starts);
                }
                Kind::Time(start) => {
                    self.notes = false;
                    self.time_entry(line, start);
                }
                // "11 GAO, Electricity Grid: ...": a note under the rule at a
                // page's foot.
                Kind::Text | Kind::LostDate | Kind::MaybeLost
                    if self.notes && is_numbered_note(&line.plain.text) =>
                {
                    self.close();
                    self.open = Open::Unparsed(self.unparsed.len());
                    self.push_unparsed(&line.plain, UnparsedReason::Footnote);
                }
                // A table's delimiter row belongs to its header row.
                Kind::Continued if line.block == Block::TableRow => {
                    if let Open::Subheading(k) = self.open {
                        let end = self.span_of(&line.plain).end;
                        let heading = &mut self.subheadings[k];
                        heading.span.end = heading.span.end.max(end);
                    }
                }
                Kind::Continued => {}
                Kind::TableHeader => self.push_subheading(&line.plain, None),
                Kind::LostDate | Kind::MaybeLost => {
                    self.close();
                    self.open = Open::Unparsed(self.unparsed.len());
                    self.push_unparsed(&line.plain, UnparsedReason::MissingDate);
                }
                Kind::Furniture => {
                    // A rule drawn across the page ("-----") ends the entry
                    // above it: the lines after it are a new section's.
                    if is_rule(&line.plain.text) {
                        self.close();
                        self.notes =
                            line.plain.text.starts_with('_') && line.plain.text.len() >= 10;
                    }
                    self.push_unparsed(&line.plain, UnparsedReason::PageFurniture);
                }
                Kind::Caption => self.push_unparsed(&line.plain, UnparsedReason::Caption),
                Kind::Credit(name) => {
                    let span = self.span_of(&line.plain);
                    self.prepared_by = Some(Credit {
                        name: name.clone(),
                        text: line.plain.text.to_string(),
                        span,
                    });
                    last = i;
                    break;
                }
                // "References", "Notes", "External links": the back matter
                // after a chronology ends it.
                Kind::Text if BACK_MATTER.is_match(&line.plain.text) => break,
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
        let mut entries = std::mem::take(&mut self.entries);
        // Kept to the end of the run: no room left over from growing.
        entries.shrink_to_fit();
        let written = std::mem::take(&mut self.written);
        let entry_texts = std::mem::take(&mut self.entry_texts);
        resolve_years(
            &mut entries,
            &written,
            [period.as_ref(), document_period, dateline],
        );
        clear_iso_by_design(&mut entries, &self.subheadings);
        settle_numeric_order(&mut entries);
        let chronology = Chronology {
            title: self.title,
            period,
            prepared_by: self.prepared_by,
            entries,
            unparsed: self.unparsed,
            subheadings: self.subheadings,
            lead: self.lead,
            span: chronology_span,
        };
        (
            Found {
                chronology,
                entry_texts,
                unparsed_texts: self.unparsed_texts,
                subheading_texts: self.subheading_texts,
                heading_texts: self.heading_texts,
                lines: (self.first, last),
            },
            last,
        )
    }

    /// Starts the entries of line `i`, each taking the text up to the next;
    /// a date alone on its line over entries of their own is a subheading.
    fn entries(&mut self, i: usize, line: &ClassifiedLine<'s>, starts: &[Start]) {
        if let [start] = starts {
            if start.alone && self.heads_entries(i, start) {
                let plain = &line.plain;
                let date = self.under_year_heading(start.date);
                let n = date.normalize(None);
                self.push_subheading(plain, n.start.zip(n.end));
                self.context = Some(date);
                return;
            }
        }
        let plain = &line.plain;
        for (k, start) in starts.iter().enumerate() {
            self.close();
            if let Some((from, to)) = start.furniture {
                self.push_unparsed(&plain.slice(from, to), UnparsedReason::PageFurniture);
            }
            let text_end = starts.get(k + 1).map_or(plain.text.len(), |next| {
                next.furniture.map_or(next.date_at.0, |(from, _)| from)
            });
            // "First reading: 14 January 2025": a labelled date's text is
            // its label.
            let labelled = starts.len() == 1
                && start.date_at.0 > 0
                && start.furniture.is_none()
                && start.text_at == plain.text.len()
                && start.date_at.1 <= start.text_at
                && plain.text[..start.date_at.0].trim_end().ends_with(':');
            let (text_at, text_end) = if labelled {
                let label = plain.text[..start.date_at.0].trim_end();
                (0, label.len() - 1)
            } else {
                (start.text_at, text_end)
            };
            self.open = Open::Entry(Box::new(Building {
                start: start.clone(),
                date_plain: plain.slice(start.date_at.0, start.date_at.1),
                text: plain.slice(text_at, text_end).into_trimmed(),
                alone: start.alone,
                context: self.context,
                time: None,
                list_item: line.block == Block::ListItem,
                row: labelled || {
                    let gap = &plain.text[start.date_at.1..start.text_at];
                    gap.starts_with('\t') || gap.starts_with("  ")
                },
                indent: line.indent,
            }));
        }
    }

    /// Starts an entry led by a time of day, dated by the subheading above.
    fn time_entry(&mut self, line: &ClassifiedLine<'s>, start: &TimeStart) {
        self.close();
        let plain = &line.plain;
        let unknown = date::Partial {
            year: None,
            month: None,
            day: None,
        };
        let date = self.context.unwrap_or(WrittenDate {
            start: unknown,
            end: unknown,
            qualifier: None,
        });
        self.open = Open::Entry(Box::new(Building {
            start: Start {
                date,
                date_at: (0, start.len),
                text_at: start.text_at,
                alone: false,
                problem: None,
                furniture: None,
            },
            date_plain: plain.slice(0, start.len),
            text: plain.slice(start.text_at, plain.text.len()).into_trimmed(),
            alone: false,
            context: self.context,
            time: Some(start.time.clone()),
            list_item: line.block == Block::ListItem,
            row: false,
            indent: line.indent,
        }));
    }

    /// A month heading under a year heading ("## 2021" then "### November")
    /// is that month of that year.
    fn under_year_heading(&mut self, mut date: WrittenDate) -> WrittenDate {
        let one_year = date
            .start
            .year
            .filter(|&y| date.end.year == Some(y) && date.start.month.is_none());
        if one_year.is_some() {
            self.year_heading = one_year;
            return date;
        }
        if let Some(year) = self
            .year_heading
            .filter(|_| date.start.year.is_none() && date.end.year.is_none())
        {
            date.start.year = Some(year);
            // "December-January" under 2021 ends in 2022.
            let wraps = date.end.month < date.start.month;
            date.end.year = Some(if wraps { year + 1 } else { year });
        }
        date
    }

    /// Whether the date alone on line `i` is a heading over entries of their
    /// own (a year, a month, a day over its hours, a decade), not an entry:
    /// a span of ten years or more, or a next entry that has its own time, or
    /// its own date under a year or month, with at most a short note between.
    fn heads_entries(&self, i: usize, start: &Start) -> bool {
        if let (Some(a), Some(b)) = (start.date.start.year, start.date.end.year) {
            if start.date.start.month.is_none() && b - a >= 9 {
                return true;
            }
        }
        let (mut note_lines, mut note_chars) = (0, 0);
        for line in &self.lines[i + 1..] {
            match &line.kind {
                // "## 2024" over a table: its header row is no note.
                Kind::Blank | Kind::Furniture | Kind::Continued | Kind::TableHeader => {}
                Kind::Time(_) => return true,
                // A day with text of its own before a dated entry is an
                // entry; a year or month, or a day with nothing under it
                // but entries, heads them.
                Kind::Entries(starts) => {
                    return match starts.as_slice() {
                        // A year over a month heading of its own: "## 2021"
                        // then "### November".
                        [s] if s.alone => {
                            // "1990–1996" over "March 1990": a period of
                            // years over a date alone inside it.
                            let period = match (start.date.start.year, start.date.end.year) {
                                (Some(a), Some(b)) if b > a => {
                                    s.date.start.year.is_some_and(|y| (a..=b).contains(&y))
                                }
                                _ => false,
                            };
                            start.date.start.month.is_none()
                                && (s.date.start.year.is_none() || period)
                                && s.date.start.month.is_some()
                                && note_lines == 0
                        }
                        _ => start.date.start.day.is_none() || note_lines == 0,
                    };
                }
                Kind::Text => {
                    note_lines += 1;
                    note_chars += line.plain.text.len();
                    if note_lines > 2 || note_chars > 200 {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    fn push_subheading(&mut self, plain: &Plain<'s>, dates: Option<(IsoDate, IsoDate)>) {
        self.close();
        let span = self.span_of(plain);
        self.subheading_texts.push(plain.clone());
        self.subheadings.push(Subheading {
            text: plain.text.to_string(),
            start: dates.map(|d| d.0),
            end: dates.map(|d| d.1),
            note: None,
            span,
        });
        self.open = Open::Subheading(self.subheadings.len() - 1);
    }

    /// Gives a line of text to the open entry when it belongs there; returns
    /// false when the chronology ends before it.
    fn continue_with(&mut self, i: usize) -> bool {
        let line = &self.lines[i];
        // Prose between a chronology's heading and its first entry is its lead.
        let before_entries = self.titled
            && self.entries.is_empty()
            && matches!(self.open, Open::None)
            && self.unparsed.is_empty()
            && self.subheadings.is_empty();
        let section_title = is_heading(&line.plain.text) && line.plain.text.chars().count() <= 60;
        if before_entries && !section_title && self.entry_ahead(i) {
            let span = self.span_of(&line.plain);
            let lead = self.lead.get_or_insert_with(|| Lead {
                text: String::new(),
                span,
            });
            if !lead.text.is_empty() {
                lead.text.push(' ');
            } else {
                self.heading_texts.push(Plain::default());
            }
            lead.text.push_str(&line.plain.text);
            if let Some(text) = self.heading_texts.last_mut() {
                text.join(&line.plain);
            }
            lead.span = self
                .source
                .span(lead.span.start, span.end.max(lead.span.start));
            return true;
        }
        // "    January 9, 2025--A mechanical supervisor ...\nmanager about
        // ...\n    I now recognize ...": where each paragraph's first line
        // is indented and the rest are not, an indented line opens a new
        // paragraph.
        let indented_paragraph = match &self.open {
            Open::Entry(b) => {
                b.indent > 0
                    && !b.list_item
                    && line.indent == b.indent
                    && self.lines[..i].last().is_some_and(|p| p.indent < b.indent)
            }
            _ => false,
        };
        let same_paragraph = !line.after_blank && !indented_paragraph;
        // "10 Letter from PCFFA to NOAA, April 30, 2024.": the notes at a
        // page's foot, numbered as markers in the text before them, are
        // footnotes, not lines without a date; the lines after one in its
        // paragraph join it.
        if !same_paragraph && self.is_footnote(i) && self.entry_ahead(i) {
            self.close();
            self.open = Open::Unparsed(self.unparsed.len());
            self.push_unparsed(&line.plain, UnparsedReason::Footnote);
            return true;
        }
        let takes = match &self.open {
            // A hard-wrapped line, the text of a date heading, or the rest of
            // a sentence a page break cut: the entry's own. A date heading's
            // entry may run over several paragraphs while another entry follows.
            // A table's row goes on in its paragraph, or in its event
            // column past a page break.
            Open::Entry(b) if b.row => same_paragraph || line.indent >= 2 || b.text.text.is_empty(),
            Open::Entry(b) => {
                same_paragraph
                    || b.text.text.is_empty()
                    || !ends_sentence(&b.text.text)
                    || (b.alone && self.entry_ahead(i))
                    // "Kowalczyk responds on Facebook:" and the post quoted
                    // in the next paragraph.
                    || b.text.text.trim_end().ends_with(':')
                    // A live blog's post ("**18:12 GMT** – ...") goes on over
                    // its paragraphs until the next time stamp.
                    || (b.time.is_some() && self.entry_ahead(i))
                    // A paragraph indented under a list item is the item's.
                    || (b.list_item && line.indent >= 2 && line.block == Block::Plain)
                    || (!b.list_item && self.continues_entry(i))
            }
            Open::Unparsed(_) => same_paragraph,
            Open::Subheading(_) => true,
            Open::None => false,
        };
        if takes {
            match &mut self.open {
                Open::Entry(b) => b.text.join(&line.plain),
                // A line that is all markup ("**") has no text to add and no
                // source position of its own.
                Open::Unparsed(_) if line.plain.text.is_empty() => {}
                Open::Subheading(k) => {
                    let k = *k;
                    let span = self.span_of(&line.plain);
                    let heading = &mut self.subheadings[k];
                    let note = heading.note.get_or_insert_with(String::new);
                    if !note.is_empty() {
                        note.push(' ');
                    }
                    note.push_str(&line.plain.text);
                    self.subheading_texts[k].join(&line.plain);
                    heading.span.end = heading.span.end.max(span.end);
                }
                Open::Unparsed(k) => {
                    let k = *k;
                    let span = self.span_of(&line.plain);
                    let item = &mut self.unparsed[k];
                    item.text.push(' ');
                    item.text.push_str(&line.plain.text);
                    item.span.end = span.end;
                    self.unparsed_texts[k].join(&line.plain);
                }
                Open::None => {}
            }
            return true;
        }
        // Prose or a heading between entries is the body going on: the
        // chronology ends. A short fragment with entries after it is kept as
        // an orphan for the lint step to report.
        let text = &line.plain.text;
        // A section title with entries under it ("Planning", "Rest of
        // September") divides the chronology; it does not end it.
        if is_heading(text) && text.chars().count() <= 60 && self.entry_ahead(i) {
            self.push_subheading(&line.plain, None);
            // Under the heading's year still, when one stands over them all.
            self.context = self.enclosing;
            self.year_heading = self.enclosing.and_then(|y| y.start.year);
            return true;
        }
        if is_heading(text) || text.chars().count() > 100 || !self.entry_ahead(i) {
            return false;
        }
        self.close();
        self.push_unparsed(&line.plain, UnparsedReason::Orphan);
        true
    }

    /// Whether the paragraph that line `i` opens is the open entry's next
    /// paragraph ("The Department’s annual report for 1936 calls the week
    /// ..." after the 1936 entry): prose wrapped over two lines or more, with
    /// no date of its own, and another entry after it. A single undated line
    /// among entries is left to be reported as a line without a date.
    fn continues_entry(&self, i: usize) -> bool {
        let line = &self.lines[i];
        let wrapped = self
            .lines
            .get(i + 1)
            .is_some_and(|next| !next.after_blank && matches!(next.kind, Kind::Text));
        matches!(line.kind, Kind::Text)
            && line.block == Block::Plain
            && line.indent == 0
            && wrapped
            && line
                .plain
                .text
                .starts_with(|c: char| c.is_uppercase() || "“\"‘".contains(c))
            && self.entry_ahead(i)
    }

    /// Whether line `i` opens a footnote: a number and a capitalized word,
    /// the number standing as a marker glued after punctuation ("all.”10")
    /// earlier in the text.
    fn is_footnote(&self, i: usize) -> bool {
        let text = &self.lines[i].plain.text;
        if !is_numbered_note(text) {
            return false;
        }
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let number = &text[..digits];
        // A page's notes refer to markers on the same page: only the text
        // just before is read, so a long chronology costs linear time.
        let (start, _) = self.lines[i].plain.source_range(0, 0);
        let mut from = start.saturating_sub(FOOTNOTE_REACH);
        while !self.source.text.is_char_boundary(from) {
            from += 1;
        }
        let before = &self.source.text[from..start];
        before.match_indices(number).any(|(at, _)| {
            let glued = before[..at].ends_with(['.', ',', ';', ':', '”', '"', '’', ')']);
            let after = before[at + number.len()..].chars().next();
            glued && after.is_none_or(|c| c.is_whitespace())
        })
    }

    /// Whether another entry follows line `i` before the run would break.
    fn entry_ahead(&self, i: usize) -> bool {
        let mut gap = 0;
        for line in &self.lines[i + 1..] {
            match line.kind {
                Kind::Entries(_) | Kind::Time(_) | Kind::LostDate | Kind::Credit(_) => return true,
                Kind::Heading | Kind::BoxRule => return false,
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
            self.entries.push(self.finish_entry(&b));
            self.written.push(Written {
                date: b.start.date,
                context: b.context,
                inherited: b.time.is_some(),
            });
            self.entry_texts.push(b.text);
        }
    }

    fn push_unparsed(&mut self, plain: &Plain<'s>, reason: UnparsedReason) {
        let span = self.span_of(plain);
        self.unparsed_texts.push(plain.clone());
        self.unparsed.push(Unparsed {
            text: plain.text.to_string(),
            reason,
            span,
        });
    }

    fn span_of(&self, plain: &Plain<'_>) -> crate::model::Span {
        let (start, end) = plain.source_range(0, plain.text.len());
        self.source.span(start, end)
    }

    fn finish_entry(&self, b: &Building<'_>) -> Entry {
        let date_span = self.span_of(&b.date_plain);
        let (start, end) = if b.text.text.is_empty() {
            (date_span.start, date_span.end)
        } else {
            let text = self.span_of(&b.text);
            // A labelled date's text (its label) stands before it.
            (date_span.start.min(text.start), date_span.end.max(text.end))
        };
        let text = b.text.text.to_string();
        let events = if text.contains(" | ") {
            text.split(" | ").map(|e| e.trim().to_string()).collect()
        } else {
            Vec::new()
        };
        Entry {
            date: EntryDate {
                text: b.date_plain.text.to_string(),
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
            time: b.time.clone().map(Box::new),
            problem: b.start.problem.clone(),
            span: self.source.span(start, end),
        }
    }
}

/// An entry's date as written, with what the chronology around it says.
struct Written {
    date: WrittenDate,
    /// The date of the subheading above the entry.
    context: Option<WrittenDate>,
    /// Whether `date` is the subheading's, not the entry's own (an entry led
    /// by a time of day).
    inherited: bool,
}

/// Whether a date written with its month in words puts the day first ("14
/// February 2019": true) or the month ("February 14, 2019": false); None
/// for a date that does not say ("June 2019", "03/04/2024").
fn worded_day_first(text: &str) -> Option<bool> {
    let mut words = text.split([' ', ',']).filter(|w| !w.is_empty());
    let (first, second) = (words.next()?, words.next()?);
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let month =
        |w: &str| w.starts_with(|c: char| c.is_ascii_alphabetic()) && date::parse(w).is_some();
    if day(first) && month(second) {
        Some(true)
    } else if month(first) && day(second) {
        Some(false)
    } else {
        None
    }
}

/// Numeric dates ("03/04/2024") are read month first where either order
/// is a date. A chronology whose numeric dates put the day first wherever
/// only that order is a date ("22/05/2024", "31/06/2024") and never the
/// month reads them all day first: its "03/04/2024" is 3 April.
fn settle_numeric_order(entries: &mut [Entry]) {
    if !entries.iter().any(|e| e.date.text.contains('/')) {
        return;
    }
    let numeric = |text: &str| -> Option<(u32, u32, i32)> {
        let mut parts = text.trim().split('/');
        let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
        let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
        if parts.next().is_some() || !short(a) || !short(b) || y.len() != 4 {
            return None;
        }
        Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?))
    };
    let dates: Vec<(usize, (u32, u32, i32))> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| numeric(&e.date.text).map(|n| (i, n)))
        .collect();
    let day_first = dates
        .iter()
        .any(|&(_, (a, b, _))| (13..=31).contains(&a) && b <= 12);
    let month_first = dates
        .iter()
        .any(|&(_, (a, b, _))| (13..=31).contains(&b) && a <= 12);
    // Where no numeric date settles it, the worded dates do: "14 February
    // 2019" and never "February 14, 2019" reads "08/07/2019" as 8 July.
    let worded = |day_first: bool| {
        entries
            .iter()
            .any(|e| worded_day_first(&e.date.text) == Some(day_first))
    };
    let day_first = day_first || !month_first && worded(true) && !worded(false);
    if !day_first || month_first {
        return;
    }
    for (i, (day, month, year)) in dates {
        if day > 12 || month > 12 || day == month || month == 0 {
            continue;
        }
        let Some(written) = date::parse(&format!(
            "{day} {} {year}",
            date::MONTH_NAMES[month as usize - 1]
        )) else {
            continue;
        };
        let normalized = written.normalize(Some(year));
        let date = &mut entries[i].date;
        date.start = normalized.start;
        date.end = normalized.end;
        date.problem = normalized.problem;
    }
}

/// A section (the entries between two headings of the chronology) that
/// writes two or more dates and most of them in ISO form does so by design:
/// its ISO dates are no repairs, and a date written in words among them is
/// the one out of style. A single ISO date, or one among written dates in
/// its section, keeps its problem.
/// What is wrong with a date written in words among ISO dates.
const WORDED_AMONG_ISO: &str = "the date is written in words among dates in ISO form (YYYY-MM-DD)";

fn clear_iso_by_design(entries: &mut [Entry], subheadings: &[Subheading]) {
    let heading_between = |a: &Entry, b: &Entry| {
        subheadings
            .iter()
            .any(|h| h.span.start > a.date.span.start && h.span.start < b.date.span.start)
    };
    let mut start = 0;
    while start < entries.len() {
        let mut end = start + 1;
        while end < entries.len() && !heading_between(&entries[end - 1], &entries[end]) {
            end += 1;
        }
        let run = &mut entries[start..end];
        let iso = |e: &Entry| e.problem.as_deref() == Some(repair::ISO_PROBLEM);
        // Most of a section in ISO form writes its dates so by design; the
        // odd one out written otherwise is the date-format rule's.
        if run.len() > 1 && 2 * run.iter().filter(|e| iso(e)).count() > run.len() {
            for entry in run.iter_mut() {
                if iso(entry) {
                    entry.problem = None;
                } else if entry.problem.is_none() && entry.date.text.contains(char::is_alphabetic) {
                    // "3 March 2021" among ISO dates: the odd one out.
                    entry.problem = Some(WORDED_AMONG_ISO.to_string());
                }
            }
        }
        start = end;
    }
}

/// Fills in each entry's normalized dates. A missing year comes, in this
/// order, from the subheading above the entry, the chronology's declared
/// period (when it names only one year for the month), the period the
/// document names in its title, running header or lead sentence, or the
/// entry before.
/// `periods` are the chronology's declared period, the document's, and the
/// twelve months up to the document's date (its dateline), which is the
/// last resort: a year inferred from a neighbouring entry comes first.
fn resolve_years(entries: &mut [Entry], written_dates: &[Written], periods: [Option<&Period>; 3]) {
    let [period, document_period, dateline] = periods;
    let mut previous: Option<(i32, Option<u32>)> = None;
    // The year of the last entry that writes a year alone, until one
    // writes a year with a month.
    let mut year_alone: Option<i32> = None;
    // Until an entry resolves, no entry before has a year: the first one
    // written anywhere is the next one written.
    let first_written = written_dates.iter().find_map(|w| {
        let year = w.date.start.year.or(w.date.end.year)?;
        Some((year, w.date.first_month()))
    });
    for k in 0..entries.len() {
        let Written {
            date: written,
            context,
            inherited,
        } = written_dates[k];
        let month = written.first_month().unwrap_or(1);
        let (year, source) = if written.has_year() {
            let source = if inherited {
                YearSource::Heading
            } else {
                YearSource::Written
            };
            (None, source)
        } else if let Some(y) = context.and_then(|c| context_year(&c, month)) {
            (Some(y), YearSource::Heading)
        } else if let Some(y) = period.and_then(|p| year_in_range(p.start, p.end, month)) {
            (Some(y), YearSource::Period)
        } else if let Some(y) = document_period.and_then(|p| year_in_range(p.start, p.end, month)) {
            (Some(y), YearSource::Document)
        } else if let Some(y) = year_alone.filter(|_| {
            // Until the months turn back past the year's end ("19 Sep",
            // then "3 Jan"): then the nearest year decides.
            previous.is_none_or(|(_, m)| m.is_none_or(|m| m <= month))
        }) {
            // "2023 – The authority is formed." then "14 Feb", "19 Sep": a
            // year written alone heads the entries without one after it.
            (Some(y), YearSource::Neighbour)
        } else if let Some(neighbour) = previous.or(first_written) {
            let year = nearest_year(neighbour, month);
            // "Mon 9 Mar" under a history list that ended in 2021: the
            // weekday fits the document's own year, not the neighbour's.
            let fits = |y: i32| {
                let weekday = date::written_weekday(&entries[k].date.text);
                match (weekday, written.start.day) {
                    (Some(w), Some(day)) => date::weekday(y, month, day) == w,
                    _ => true,
                }
            };
            match dateline
                .map(|p| p.end.year())
                .filter(|&y| !fits(year) && fits(y))
            {
                Some(own) => (Some(own), YearSource::Document),
                None => (Some(year), YearSource::Neighbour),
            }
        } else if let Some(y) = dateline.and_then(|p| year_in_range(p.start, p.end, month)) {
            (Some(y), YearSource::Document)
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
            // A year written alone ("2020:") gives its year and no month.
            previous = Some((start.year(), written.first_month()));
        }
        if written.has_year() {
            year_alone = n
                .start
                .zip(n.end)
                .filter(|(a, b)| written.first_month().is_none() && a.year() == b.year())
                .map(|(a, _)| a.year());
        }
        date.start = n.start;
        date.end = n.end;
        date.problem = n.problem;
        if inherited {
            date.precision = n.start.map_or(Precision::Year, |d| d.precision());
        }
    }
}

/// The year a subheading gives to `month`: the one in which the month falls
/// when it spans several, its own when it names one year (a day of
/// February under "January 2021" is still of 2021).
fn context_year(context: &WrittenDate, month: u32) -> Option<i32> {
    let n = context.normalize(None);
    let (start, end) = (n.start?, n.end?);
    year_in_range(start, end, month).or((start.year() == end.year()).then(|| start.year()))
}

/// The year of `month` nearest to a neighbour's (year, month): "Jan." after
/// "Dec. 30, 2019" is 2020, "Dec." before "Jan. 2, 2020" is 2019; a
/// neighbour of a year alone ("2020:") gives its year.
fn nearest_year((year, neighbour_month): (i32, Option<u32>), month: u32) -> i32 {
    let Some(neighbour_month) = neighbour_month else {
        return year;
    };
    if month + 6 <= neighbour_month {
        year + 1
    } else if neighbour_month + 6 <= month {
        year - 1
    } else {
        year
    }
}

/// The one year in which `month` falls between `start` and `end`, if
/// exactly one does.
fn year_in_range(start: IsoDate, end: IsoDate, month: u32) -> Option<i32> {
    let (sy, sm) = (start.year(), start.month().unwrap_or(1));
    let (ey, em) = (end.year(), end.month().unwrap_or(12));
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

/// The period a document names in its title or running header ("COVID-19
/// and China: A Chronology of Events (December 2019-January 2020)"): the
/// first heading-like line among the first lines, or any running header,
/// that ends with a month or year period.
fn document_period(source: &Source<'_>, lines: &[ClassifiedLine<'_>]) -> Option<Period> {
    // Entry lines end with their own dates ("Tuesday, March 3, 2020"): only
    // text and headers name the document's period.
    let title_lines = lines
        .iter()
        .filter(|l| !matches!(l.kind, Kind::Blank))
        .take(TITLE_LINES)
        .filter(|l| matches!(l.kind, Kind::Text | Kind::Heading))
        .filter(|l| !l.plain.text.ends_with(['.', ';', '!', '?']));
    let headers = lines.iter().filter(|l| matches!(l.kind, Kind::Furniture));
    let named = title_lines
        .chain(headers)
        .filter(|l| l.plain.text.chars().count() <= 150)
        .find_map(|l| period_in(source, &without_page_number(&l.plain)));
    named.or_else(|| {
        lines
            .iter()
            .filter(|l| matches!(l.kind, Kind::Text))
            .take(TITLE_LINES)
            .find_map(|l| lead_period(source, &l.plain))
    })
}

/// The twelve months up to the date a document is dated, when one of its
/// first lines is that date alone, in emphasis or after a word that says so
/// ("*June 14, 2024*", "Published June 14, 2024", "Updated: 14 June
/// 2024"): a news story's timeline writes "March 4" for the March before.
/// A full date alone on a line ("12 May 2025" under a briefing's title) is
/// the dateline too when no other of those lines opens with a date (date
/// headings of a chronology that starts at once are not).
fn dateline(source: &Source<'_>) -> Option<Period> {
    let lines: Vec<_> = source
        .lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(DATELINE_LINES)
        .collect();
    let dated = lines
        .iter()
        .filter(|l| date::parse_prefix(l.text.trim()).is_some())
        .count();
    lines.into_iter().find_map(|line| {
        let trimmed = line.text.trim();
        let text = trimmed.trim_matches(['*', '_', ' ']);
        let emphasis = text.len() < trimmed.len();
        let lower = text.to_ascii_lowercase();
        let skip = ["published", "updated", "posted", "dated"]
            .iter()
            .find(|w| lower.starts_with(*w))
            .map_or(0, |w| w.len());
        // "Issue No. 187 | Friday 6 March 2026": a masthead's date after
        // its last bar.
        let masthead = text.rsplit_once(" | ").map(|(_, date)| date.trim());
        let alone = dated == 1
            && date::parse_prefix(text).is_some_and(|(d, len)| {
                len == text.len() && d.start.day.is_some() && d.start.year.is_some()
            });
        if skip == 0 && !emphasis && masthead.is_none() && !alone {
            return None;
        }
        let rest = masthead
            .filter(|_| skip == 0 && !emphasis)
            .unwrap_or(&text[skip..])
            .trim_start_matches([':', ' ', '\u{a0}'])
            .trim_end_matches('.');
        let (date, len) = date::parse_prefix(rest)?;
        let (year, month) = (date.start.year?, date.start.month?);
        if len != rest.len() || date.start.day.is_none() {
            return None;
        }
        let at = line.start + (line.text.len() - line.text.trim_start().len());
        Some(Period {
            text: text.to_string(),
            start: if month == 12 {
                IsoDate::new(year, Some(1), None)?
            } else {
                IsoDate::new(year - 1, Some(month + 1), None)?
            },
            end: IsoDate::new(year, Some(month), None)?,
            span: source.span(at, at + line.text.trim().len()),
        })
    })
}

/// A period a sentence states: "from March 1, 2021 to June 30", "from
/// December 2019 through February 2020"; months are enough, and the end
/// takes the start's year when it writes none.
fn lead_period(source: &Source<'_>, plain: &Plain<'_>) -> Option<Period> {
    let text = &plain.text;
    let lower = text.to_ascii_lowercase();
    let at = lower.find("from ")? + 5;
    let (first, len) = date::parse_prefix(&text[at..])?;
    let rest = &text[at + len..];
    let joiner = [" to ", " through ", " until ", " till ", "–", "-"]
        .iter()
        .find_map(|j| rest.to_ascii_lowercase().starts_with(j).then_some(j.len()))?;
    let (second, len2) = date::parse_prefix(&rest[joiner..])?;
    let start_year = first.start.year?;
    let (start_month, end_month) = (first.start.month?, second.end.month?);
    let end_year = second.end.year.unwrap_or(if end_month < start_month {
        start_year + 1
    } else {
        start_year
    });
    let end = at + len + joiner + len2;
    let (from, to) = plain.source_range(at, end);
    Some(Period {
        text: text[at..end].to_string(),
        start: IsoDate::new(start_year, Some(start_month), None)?,
        end: IsoDate::new(end_year, Some(end_month), None)?,
        span: source.span(from, to),
    })
}

/// A running header without the page number at its end or start
/// ("... (NOVEMBER 2019-FEBRUARY 2020) | 7").
fn without_page_number<'a>(plain: &Plain<'a>) -> Plain<'a> {
    let text = &plain.text;
    let number = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let separators = ['|', ' ', '·', '•', '-', '–'];
    let end = match text.rsplit_once(' ') {
        Some((head, last)) if number(last) => head.trim_end_matches(separators).len(),
        _ => text.len(),
    };
    let start = match text[..end].split_once(' ') {
        Some((first, tail)) if number(first) => end - tail.trim_start_matches(separators).len(),
        _ => 0,
    };
    plain.slice(start, end.max(start))
}

/// How many non-blank lines at the top of a document are read for its dateline.
const DATELINE_LINES: usize = 8;

/// How many non-blank lines at the top of a document are read for its title.
const TITLE_LINES: usize = 40;

/// A line that is nothing but a period ("MAY – AUGUST 2020"): a range of
/// months, or of a few years. A single year or month on its own line
/// ("2016", "JUNE 2020") is a subheading over the entries under it, and a
/// decade or longer ("1890–1899") a section of a long chronology.
fn whole_period(source: &Source<'_>, plain: &Plain<'_>) -> Option<Period> {
    let date = date::parse(&plain.text)?;
    let single = date.start == date.end;
    let years = date.end.year.zip(date.start.year).map(|(b, a)| b - a);
    if single || (date.start.month.is_none() && years.is_some_and(|n| n >= 9)) {
        return None;
    }
    period_from(source, plain, 0, plain.text.len(), &date)
}

/// A period at the end of a heading ("Chronology of ... December 2019-January 2020").
fn period_in(source: &Source<'_>, plain: &Plain<'_>) -> Option<Period> {
    let text = &plain.text;
    let mut at = 0;
    // "Before 2023", "Since 2020": a bound, not the period covered.
    let bound = |at: usize| {
        let word = text[..at]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        matches!(
            word.as_str(),
            "before" | "until" | "till" | "after" | "since" | "from" | "pre" | "post"
        )
    };
    while at < text.len() {
        if at == 0 || text[..at].ends_with([' ', ':', '(', ',']) {
            // "CHRONOLOGY OF EVENTS, 2025: KARVENIA": a period before the
            // subtitle's colon.
            let end = match text[at..].find(':').filter(|&c| c > 0) {
                Some(colon) => at + colon,
                None => text.trim_end_matches([')', '.', ' ']).len(),
            };
            if at < end {
                // "from January 2020 to March 2021" is the period, a range;
                // "Before 2023", one year, is a bound of it.
                let parsed = date::parse(&text[at..end]);
                if let Some(date) = parsed.filter(|d| !bound(at) || d.start != d.end) {
                    if let Some(p) = period_from(source, plain, at, end, &date) {
                        return Some(p);
                    }
                }
                // "(16 June 2025)", "since 24 February 2022": a day, whose
                // month ("June 2025") is no period either.
                if parsed.is_some_and(|d| d.start.day.is_some()) {
                    return None;
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
    // A period is months or years, or days from one to another ("28 May –
    // 16 June 2025"); one day is a date.
    let one_day = date.start.day.is_some() && date.start == date.end;
    if !date.has_year() || one_day || date.qualifier.is_some() {
        return None;
    }
    let n = date.normalize(None);
    // "EXPANSION, 1960–1989": the period starts at its first word.
    let at = end - plain.text[at..end].trim_start().len();
    let (start, stop) = plain.source_range(at, end);
    Some(Period {
        text: plain.text[at..end].to_string(),
        start: n.start?,
        end: n.end?,
        span: source.span(start, stop),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A classified line is kept for every line of the document while its
    /// chronologies are read: its size is the peak memory of a long text.
    #[test]
    fn a_classified_line_stays_small() {
        assert!(std::mem::size_of::<ClassifiedLine<'_>>() <= 112);
        assert!(std::mem::size_of::<Kind>() <= 32);
    }

    /// Every text put together from pieces that matter to the line regexes,
    /// up to four pieces long: a line a gate turns away is one its regex
    /// does not match, so skipping the regex changes nothing.
    #[test]
    fn the_regex_gates_turn_away_no_line_their_regex_matches() {
        let pieces = [
            "Chronology",
            "TIMELINE",
            "Key dates",
            "\u{212a}ey dateſ",
            "was",
            "waſ",
            "prepared",
            "reſearched",
            " by Jane",
            "by",
            " ",
            ":",
            "Photo",
            "(cont’d)",
            "Continued",
            "4",
            "٣",
            "2020",
            "May",
            "–",
            "—",
            "\u{a0}",
            ".",
            "x",
        ];
        type Gate = fn(&str) -> bool;
        let gates: [(&str, Gate, Gate); 4] = [
            ("credit", may_be_credit, |t| CREDIT.is_match(t)),
            ("heading", may_be_heading, is_chronology_heading),
            ("caption", may_be_caption, |t| CAPTION.is_match(t)),
            ("date-like", may_be_date_like, |t| DATE_LIKE.is_match(t)),
        ];
        let n = pieces.len();
        let mut matched = [0; 4];
        for code in 0..n.pow(4) {
            let (mut text, mut rest) = (String::new(), code);
            for _ in 0..4 {
                text.push_str(pieces[rest % n]);
                rest /= n;
            }
            for (k, (name, gate, matches)) in gates.iter().enumerate() {
                if matches(&text) {
                    assert!(gate(&text), "{name} gate turns away {text:?}");
                    matched[k] += 1;
                }
            }
        }
        assert!(matched.iter().all(|&m| m > 20), "{matched:?}");
    }
}
