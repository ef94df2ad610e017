//! Compare two extractions of an article by what they claim, not by their
//! bytes: entries and quotations are aligned by content (the same item,
//! the same text, or the most alike text, with the normalized date or the
//! speaker as a tie-breaker), never by index or span, so a paragraph
//! inserted at the top does not make everything below it "changed".
//!
//! ```
//! use claimkit_diff::{compare, Change, Document, Ignore};
//!
//! let old = claimkit_parser::extract("May 1, 2020: Talks.\nMay 2, 2020: More talks.\nMay 3, 2020: Done.\n");
//! let new = claimkit_parser::extract("Intro.\n\nMay 1, 2020: Talks.\nMay 2, 2020: More talks.\nMay 4, 2020: Done.\n");
//! let changes = compare(&Document::from_article(&old), &Document::from_article(&new), &Ignore::none());
//! assert_eq!(changes.len(), 1);
//! assert!(matches!(changes[0], Change::EntryDateChanged { .. }));
//! ```
//!
//! [`Report`] gathers the changes of several files, writes them as JSON
//! (`schemas/diff.schema.json`) and counts them; [`render::human`] writes
//! them for people.

#![deny(missing_docs)]

mod align;
mod change;
mod compare;
mod document;
mod error;
mod ignore;
pub mod render;
mod report;
mod similarity;

pub use change::{Change, ChronologyRef, EntryRef, QuotationRef, WordOp, Words};
pub use compare::compare;
pub use document::{without_spans, Chronology, Date, Document, Entry, Period, Quotation, Speaker};
pub use error::Error;
pub use ignore::{Ignore, IGNORABLE};
pub use report::{FileDiff, Report, Status, Summary, DIFF_SCHEMA_ID};
