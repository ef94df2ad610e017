//! What changed between two versions of an article, as data: each change
//! names the item in OLD and in NEW (index, line, what it says), so that a
//! renderer or a program needs nothing else.

use serde::Serialize;
use serde_json::Value;

use crate::document::{Date, Period, Speaker};

/// One change of what an article claims.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    /// A metadata member differs (spans aside).
    MetadataChanged {
        /// The member, e.g. `title`, `authors`.
        field: String,
        /// Its value in OLD (null when absent).
        old: Value,
        /// Its value in NEW (null when absent).
        new: Value,
    },
    /// A chronology only NEW has.
    ChronologyAdded {
        /// The chronology in NEW.
        new: ChronologyRef,
    },
    /// A chronology only OLD has.
    ChronologyRemoved {
        /// The chronology in OLD.
        old: ChronologyRef,
    },
    /// A chronology's title differs.
    ChronologyTitleChanged {
        /// The chronology in OLD.
        old: ChronologyRef,
        /// The chronology in NEW.
        new: ChronologyRef,
    },
    /// A chronology's declared period differs.
    ChronologyPeriodChanged {
        /// The chronology in OLD.
        old: ChronologyRef,
        /// The chronology in NEW.
        new: ChronologyRef,
    },
    /// An entry only NEW has.
    EntryAdded {
        /// The entry in NEW.
        new: EntryRef,
    },
    /// An entry only OLD has.
    EntryRemoved {
        /// The entry in OLD.
        old: EntryRef,
    },
    /// An entry that stands in another place among the entries both have.
    EntryMoved {
        /// The entry in OLD.
        old: EntryRef,
        /// The entry in NEW.
        new: EntryRef,
    },
    /// An entry's date differs, as written or normalized.
    EntryDateChanged {
        /// The entry in OLD.
        old: EntryRef,
        /// The entry in NEW.
        new: EntryRef,
    },
    /// An entry's text differs.
    EntryReworded {
        /// The entry in OLD.
        old: EntryRef,
        /// The entry in NEW.
        new: EntryRef,
        /// The words of both texts, kept, deleted and inserted.
        words: Vec<Words>,
    },
    /// A quotation only NEW has.
    QuotationAdded {
        /// The quotation in NEW.
        new: QuotationRef,
    },
    /// A quotation only OLD has.
    QuotationRemoved {
        /// The quotation in OLD.
        old: QuotationRef,
    },
    /// A quotation's words differ.
    QuotationReworded {
        /// The quotation in OLD.
        old: QuotationRef,
        /// The quotation in NEW.
        new: QuotationRef,
        /// The words of both texts, kept, deleted and inserted.
        words: Vec<Words>,
    },
    /// Who says a quotation differs (name, role or kind).
    QuotationSpeakerChanged {
        /// The quotation in OLD.
        old: QuotationRef,
        /// The quotation in NEW.
        new: QuotationRef,
    },
    /// The verb or phrase that attributes a quotation differs.
    QuotationCueChanged {
        /// The quotation in OLD.
        old: QuotationRef,
        /// The quotation in NEW.
        new: QuotationRef,
    },
}

/// A chronology as it stands in one version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChronologyRef {
    /// Its index in `chronologies`.
    pub index: usize,
    /// Its 1-based first line, when the document has spans.
    pub line: Option<usize>,
    /// Its title.
    pub title: Option<String>,
    /// Its declared period.
    pub period: Option<Period>,
}

/// An entry as it stands in one version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryRef {
    /// The index of its chronology in `chronologies`.
    pub chronology: usize,
    /// Its index in that chronology's `entries`.
    pub index: usize,
    /// Its 1-based line, when the document has spans.
    pub line: Option<usize>,
    /// Its date.
    pub date: Date,
    /// Its text.
    pub text: String,
}

/// A quotation as it stands in one version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotationRef {
    /// Its index in `quotations`.
    pub index: usize,
    /// Its 1-based line, when the document has spans.
    pub line: Option<usize>,
    /// Its words.
    pub text: String,
    /// Who says it.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that attributes it.
    pub cue: Option<String>,
}

/// A run of words both texts share, or only one has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Words {
    /// `equal`, `delete` (only OLD) or `insert` (only NEW).
    pub op: WordOp,
    /// The words, with the spaces between them.
    pub text: String,
}

/// Whether words are kept, deleted or inserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOp {
    /// In both texts.
    Equal,
    /// Only in OLD.
    Delete,
    /// Only in NEW.
    Insert,
}

impl Change {
    /// The change's kind as written in JSON (`entry-date-changed`).
    pub fn kind(&self) -> &'static str {
        match self {
            Change::MetadataChanged { .. } => "metadata-changed",
            Change::ChronologyAdded { .. } => "chronology-added",
            Change::ChronologyRemoved { .. } => "chronology-removed",
            Change::ChronologyTitleChanged { .. } => "chronology-title-changed",
            Change::ChronologyPeriodChanged { .. } => "chronology-period-changed",
            Change::EntryAdded { .. } => "entry-added",
            Change::EntryRemoved { .. } => "entry-removed",
            Change::EntryMoved { .. } => "entry-moved",
            Change::EntryDateChanged { .. } => "entry-date-changed",
            Change::EntryReworded { .. } => "entry-reworded",
            Change::QuotationAdded { .. } => "quotation-added",
            Change::QuotationRemoved { .. } => "quotation-removed",
            Change::QuotationReworded { .. } => "quotation-reworded",
            Change::QuotationSpeakerChanged { .. } => "quotation-speaker-changed",
            Change::QuotationCueChanged { .. } => "quotation-cue-changed",
        }
    }

    /// The kind in words, for people ("entry date changed").
    pub fn label(&self) -> &'static str {
        match self {
            Change::MetadataChanged { .. } => "metadata changed",
            Change::ChronologyAdded { .. } => "chronology added",
            Change::ChronologyRemoved { .. } => "chronology removed",
            Change::ChronologyTitleChanged { .. } => "chronology title changed",
            Change::ChronologyPeriodChanged { .. } => "chronology period changed",
            Change::EntryAdded { .. } => "entry added",
            Change::EntryRemoved { .. } => "entry removed",
            Change::EntryMoved { .. } => "entry moved",
            Change::EntryDateChanged { .. } => "entry date changed",
            Change::EntryReworded { .. } => "entry reworded",
            Change::QuotationAdded { .. } => "quotation added",
            Change::QuotationRemoved { .. } => "quotation removed",
            Change::QuotationReworded { .. } => "quotation reworded",
            Change::QuotationSpeakerChanged { .. } => "speaker changed",
            Change::QuotationCueChanged { .. } => "cue changed",
        }
    }

    /// Every kind, in the order the summary counts them.
    pub const KINDS: [&'static str; 15] = [
        "metadata-changed",
        "chronology-added",
        "chronology-removed",
        "chronology-title-changed",
        "chronology-period-changed",
        "entry-added",
        "entry-removed",
        "entry-moved",
        "entry-date-changed",
        "entry-reworded",
        "quotation-added",
        "quotation-removed",
        "quotation-reworded",
        "quotation-speaker-changed",
        "quotation-cue-changed",
    ];
}
