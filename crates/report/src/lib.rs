//! One self-contained HTML page for editors: the article with every finding
//! in place, the timeline of each chronology, and the quotations.
//!
//! ```
//! use claimkit_parser::LineIndex;
//!
//! let text = "CHRONOLOGY\n\nMay 1, 2020: A.\n\nJune 15 2020: B.\n\nMay 3, 2020: C.\n";
//! let index = LineIndex::new(text);
//! let article = claimkit_parser::extract_indexed(&index);
//! let found = claimkit_lint::check_indexed(&index, &article, &claimkit_lint::Config::default());
//! let page = claimkit_report::render(&[claimkit_report::Input {
//!     name: "a.txt",
//!     index: &index,
//!     article: &article,
//!     diagnostics: &found,
//! }]);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("default-src 'none'"));
//! ```
//!
//! The page needs nothing from the network and runs no script but its own:
//! a Content-Security-Policy meta tag allows only the page's inline script
//! and style, by their SHA-256 hashes, computed here as the page is made.
//! Every piece of the article's text is escaped wherever it lands (HTML
//! text, attributes, SVG text, the JSON the script reads), and links in the
//! article are shown as the text they are. The same input gives the same
//! bytes.

#![deny(missing_docs)]

mod embed;
mod findings;
mod page;
mod quotations;
mod text;
mod timeline;

use claimkit_lint::Diagnostic;
use claimkit_parser::{Article, LineIndex};

pub use embed::{csp_hash, json_for_script};
pub use page::render;

/// One checked file, as the report shows it.
pub struct Input<'a> {
    /// The file as named on the command line (`<stdin>` for standard input).
    pub name: &'a str,
    /// Its text, indexed.
    pub index: &'a LineIndex<'a>,
    /// What the parser extracted from it.
    pub article: &'a Article,
    /// What the rules found in it, in line, column, rule order.
    pub diagnostics: &'a [Diagnostic],
}
