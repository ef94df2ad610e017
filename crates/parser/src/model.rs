//! The extracted article: the data model every other claimkit crate reads.
//!
//! Field names are the public JSON contract (see `schemas/article.schema.json`);
//! renaming one is a breaking change of the output format.

use serde::{Deserialize, Serialize};

pub use crate::calendar::{DateError, Interval, IsoDate};

/// The `$schema` identifier every extracted article document carries.
pub const ARTICLE_SCHEMA_ID: &str = "https://claimkit.dev/schemas/v1/article.schema.json";

/// Everything claimkit extracts from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The schema this document follows ([`ARTICLE_SCHEMA_ID`]).
    #[serde(rename = "$schema")]
    pub schema: String,
    /// Journal, title, authors, issue and citation.
    pub metadata: Metadata,
    /// Section headings of the body, in document order.
    pub sections: Vec<Section>,
    /// Figure captions, in document order.
    pub figures: Vec<Figure>,
    /// Markdown links, in document order.
    pub links: Vec<Link>,
    /// Every chronology found, in document order.
    pub chronologies: Vec<Chronology>,
    /// Every quotation, in body and chronologies, in document order.
    pub quotations: Vec<Quotation>,
    /// Quotation marks that open or close nothing.
    pub stray_marks: Vec<StrayMark>,
}

/// Where an item stands in the input.
///
/// `line` and `column` are 1-based and point at the first character; columns
/// count Unicode scalar values. `start` and `end` are byte offsets into the
/// input, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// 1-based line of the first character.
    pub line: usize,
    /// 1-based column of the first character, in Unicode scalar values.
    pub column: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// Article metadata; every field is optional because real articles lack some.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The journal, e.g. "Comparative Connections".
    pub journal: Option<String>,
    /// The relationship or main title, e.g. "Japan-Korea Relations".
    pub title: Option<String>,
    /// The subtitle, e.g. "Defined by Distrust".
    pub subtitle: Option<String>,
    /// Authors from the byline, in order.
    pub authors: Vec<Author>,
    /// Journal volume.
    pub volume: Option<u32>,
    /// Journal issue number.
    pub issue: Option<u32>,
    /// Issue date as written, with its normalized month.
    pub issue_date: Option<IssueDate>,
    /// Page range in the journal.
    pub pages: Option<PageRange>,
    /// The preferred citation.
    pub citation: Option<Citation>,
}

/// One author of the byline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Author {
    /// The name, in the case the citation uses when it names the author.
    pub name: String,
    /// The affiliation, when the byline gives one.
    pub affiliation: Option<String>,
    /// Where the byline entry stands.
    pub span: Span,
}

/// The date of a journal issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueDate {
    /// As written, e.g. "September 2020".
    pub text: String,
    /// Normalized, `YYYY-MM` or `YYYY`.
    pub value: IsoDate,
}

/// A page range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRange {
    /// First page.
    pub first: u32,
    /// Last page.
    pub last: u32,
}

/// The article's preferred citation, and what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// The citation text without markup.
    pub text: String,
    /// Author names as the citation writes them.
    pub authors: Vec<String>,
    /// The cited title, e.g. "Japan-Korea Relations: Defined by Distrust".
    pub title: Option<String>,
    /// The cited volume.
    pub volume: Option<u32>,
    /// The cited issue number.
    pub issue: Option<u32>,
    /// The cited page range.
    pub pages: Option<PageRange>,
    /// Where the citation text stands.
    pub span: Span,
}

/// A section heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The heading text without markup.
    pub title: String,
    /// Where the heading stands.
    pub span: Span,
}

/// A figure caption.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The figure number as written.
    pub number: u32,
    /// The caption without the credit.
    pub caption: String,
    /// The photo or source credit, when given.
    pub credit: Option<String>,
    /// Where the caption stands.
    pub span: Span,
}

/// A Markdown link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The link text without markup.
    pub text: String,
    /// The target as written (may be empty or `#`).
    pub target: String,
    /// Where the whole link, brackets included, stands.
    pub span: Span,
}

/// One chronology: a run of dated entries, with its header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chronology {
    /// The heading, when the chronology has one.
    pub title: Option<String>,
    /// The period it declares covering.
    pub period: Option<Period>,
    /// The "prepared by" credit.
    pub prepared_by: Option<Credit>,
    /// Entries in document order.
    pub entries: Vec<Entry>,
    /// Lines inside the chronology that are neither entries nor header.
    pub unparsed: Vec<Unparsed>,
    /// Headings inside the chronology: section titles ("Planning") and
    /// dates that give their year, month or day to the entries under them
    /// ("2016", "JUNE 2020", "September 11, 2001" over its hours).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subheadings: Vec<Subheading>,
    /// The paragraph between the heading and the first entry ("This
    /// timeline covers the months from March 1, 2021 to June 30 ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Lead>,
    /// From the first to the last line of the chronology.
    pub span: Span,
}

/// The text a chronology opens with, before its first entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    /// Its lines, joined.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// A heading inside a chronology; never an entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subheading {
    /// As written, without markup.
    pub text: String,
    /// The first day, month or year the heading names, when it is a date
    /// whose year is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<IsoDate>,
    /// The last day, month or year the heading names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<IsoDate>,
    /// Lines of text between the heading and its first entry ("All times
    /// are local"), joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The heading and its note.
    pub span: Span,
}

/// The period a chronology declares, e.g. "MAY – AUGUST 2020".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// As written.
    pub text: String,
    /// First month or year covered (`YYYY-MM` or `YYYY`).
    pub start: IsoDate,
    /// Last month or year covered (`YYYY-MM` or `YYYY`).
    pub end: IsoDate,
    /// Where the period stands.
    pub span: Span,
}

impl Period {
    /// The months or years the period covers; `None` when reversed.
    pub fn interval(&self) -> Option<Interval> {
        Interval::new(self.start, self.end).ok()
    }
}

/// The credit line of a chronology.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Credit {
    /// Who prepared it.
    pub name: String,
    /// The whole credit line.
    pub text: String,
    /// Where the credit line stands.
    pub span: Span,
}

/// A dated chronology entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The entry's date.
    pub date: EntryDate,
    /// The entry text without its date and markup, lines joined.
    pub text: String,
    /// Events of an entry that lists several separated by " | ".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// The time of day of an entry led by one ("8:46 A.M.:"); its date is
    /// then the day of the heading above it. Boxed: few entries have one,
    /// and a long chronology holds many entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Box<TimeOfDay>>,
    /// What is wrong with how the entry is written, when it could still be
    /// read: a misspelled month, a lookalike character in the date, a full
    /// stop where the separator belongs, a two-digit year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// From the date to the end of the entry text.
    pub span: Span,
}

/// A time of day or a span of one day's hours, as an entry writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeOfDay {
    /// As written, e.g. "8:42-46 A.M.".
    pub text: String,
    /// `HH:MM` or `HH:MM:SS`, on a 24-hour clock.
    pub start: String,
    /// `HH:MM` or `HH:MM:SS`; equal to `start` for one moment.
    pub end: String,
    /// The time zone when written ("EST", "GMT").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Whether the time is marked approximate ("(approx)", "about").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
}

/// The date of an entry, as written and normalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryDate {
    /// As written, e.g. "July 16-17, 2020".
    pub text: String,
    /// First day, month or year covered (ISO 8601); null when the date is
    /// impossible or its year could not be told.
    pub start: Option<IsoDate>,
    /// Last day, month or year covered (ISO 8601); equal to `start` for one day.
    pub end: Option<IsoDate>,
    /// How precise `start` and `end` are.
    pub precision: Precision,
    /// Where the year came from.
    pub year_source: YearSource,
    /// "early", "mid" or "late" for an approximate date or a part of a
    /// decade ("late 1950s"); "circa" for "circa 1921", "c. 1960".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// Why `start`/`end` are missing, when the date as written is impossible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// Where the date as written stands.
    pub span: Span,
}

impl EntryDate {
    /// The days the date covers, when it is known and not reversed (a
    /// deserialized document may hold anything).
    pub fn interval(&self) -> Option<Interval> {
        Interval::new(self.start?, self.end?).ok()
    }
}

/// How precise a normalized date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A day or a range of days (`YYYY-MM-DD`).
    Day,
    /// A part of a month ("late December"), given as the days it covers.
    Approximate,
    /// A month (`YYYY-MM`).
    Month,
    /// A year (`YYYY`).
    Year,
}

/// Where an entry's year came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum YearSource {
    /// Written in the date itself.
    Written,
    /// Inferred from the chronology's declared period.
    Period,
    /// Inferred from a neighbouring entry.
    Neighbour,
    /// Taken from a heading above the entry inside the chronology ("2016",
    /// "JUNE 2020", the day over a run of hours).
    Heading,
    /// Taken from the period the document names outside the chronology: its
    /// title, a running header, or a lead sentence ("this timeline covers
    /// the months from March 2021 to June"), or, when no neighbouring entry
    /// writes a year, the twelve months up to the document's dateline.
    Document,
    /// Could not be told.
    Unknown,
}

/// The part of a month an approximate date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// Days 1 to 10 of a month; January to April of a year ("early 2019").
    Early,
    /// Days 11 to 20 of a month; May to August of a year ("mid-1943").
    Mid,
    /// Day 21 to the month's end; September to December of a year.
    Late,
    /// "circa", "c." or "ca.": about the year written.
    Circa,
}

/// A line of a chronology that is neither an entry nor its header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unparsed {
    /// The line as written.
    pub text: String,
    /// Why it is not an entry.
    pub reason: UnparsedReason,
    /// Where the line stands.
    pub span: Span,
}

/// Why a chronology line is not an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnparsedReason {
    /// The line begins like an entry but its date is missing or unreadable.
    MissingDate,
    /// A running header, footer or page number left by PDF conversion.
    PageFurniture,
    /// Text that belongs to no entry.
    Orphan,
    /// A photo or source credit, a caption or a "continued" line standing
    /// between entries: part of the page, not of the chronology.
    Caption,
    /// The notes at the foot of a page, numbered as markers in the text
    /// before them, standing between entries.
    Footnote,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quotation {
    /// The quoted words without their marks, page breaks joined.
    pub text: String,
    /// Which marks enclose it.
    pub marks: Marks,
    /// Who says it; null for titles, scare quotes and definitions.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that attributes it ("said", "responds by saying").
    pub cue: Option<String>,
    /// What the quoted words are: said by someone, a title, a term, a scare quote.
    #[serde(default)]
    pub role: QuoteRole,
    /// Where the quotation stands.
    pub context: Context,
    /// Index in `quotations` of the quotation this one is nested in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nested_in: Option<usize>,
    /// From the opening to the closing mark, both included.
    pub span: Span,
}

/// What quoted words are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteRole {
    /// Words someone said or wrote, attributed or not.
    #[default]
    Statement,
    /// The name of a work, a document, an act or a body ("Defense of Japan
    /// 2020", "An act to regulate ...", "Bureau of Economic Affairs").
    Title,
    /// A short phrase quoted as a term, or the name a verb gives ("called
    /// him a “gentle giant”"); nobody is said to speak it.
    Term,
    /// Words held at a distance ("the so-called “reform”").
    Scare,
}

/// The quotation marks used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Marks {
    /// “ and ”.
    Curly,
    /// " and ".
    Straight,
    /// ‘ and ’.
    #[serde(rename = "curly-single")]
    CurlySingle,
    /// ' and '.
    #[serde(rename = "straight-single")]
    StraightSingle,
    /// One curly and one straight.
    Mixed,
    /// An opening mark the paragraph or entry never closes: the quotation
    /// runs to its end (and the mark is also a stray mark).
    Unclosed,
}

/// Who a quotation is attributed to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as written (or as last written, for a pronoun).
    pub name: String,
    /// The role stated beside the name, e.g. "Chief Cabinet Secretary".
    pub role: Option<String>,
    /// What kind of speaker this is.
    pub kind: SpeakerKind,
    /// The pronoun or short name the text uses, when the name was resolved
    /// from it: "she", or "Tanaka" for a Taro Tanaka named in full before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_from: Option<String>,
}

/// What kind of speaker a quotation has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A government, ministry, company, newspaper or other body.
    Organization,
    /// A document: a white paper, a bluebook, a statement.
    Document,
    /// An unnamed source ("a senior official").
    UnnamedSource,
}

/// Where a quotation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Context {
    /// In the body of the article.
    Body,
    /// In a chronology entry.
    Chronology {
        /// Index of the chronology in `chronologies`.
        chronology: usize,
        /// Index of the entry in that chronology's `entries`.
        entry: usize,
    },
    /// In a line of a chronology that is no entry (a line that lost its
    /// date, an orphan, a caption).
    Unparsed {
        /// Index of the chronology in `chronologies`.
        chronology: usize,
        /// Index of the line in that chronology's `unparsed`.
        unparsed: usize,
    },
    /// In a heading inside a chronology, or the note under it.
    Subheading {
        /// Index of the chronology in `chronologies`.
        chronology: usize,
        /// Index of the heading in that chronology's `subheadings`.
        subheading: usize,
    },
    /// In a chronology's title or lead.
    Heading {
        /// Index of the chronology in `chronologies`.
        chronology: usize,
    },
}

/// A quotation mark that opens or closes nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StrayMark {
    /// The mark itself.
    pub mark: String,
    /// Whether it opens or closes.
    pub role: MarkRole,
    /// Where the mark stands.
    pub span: Span,
}

/// Whether a stray mark opens or closes a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkRole {
    /// An opening mark never closed.
    Open,
    /// A closing mark never opened.
    Close,
}
