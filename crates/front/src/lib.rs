//! What claimkit's front ends share, so that the binary and the Python
//! package write the same documents and say the same things: the records
//! `claimkit extract` writes ([`Record`], [`ErrorRecord`]) and the words a
//! configuration error is shown in ([`worded`]).
//!
//! ```
//! use claimkit_front::{Record, Source};
//!
//! let text = "May 1, 2020: Talks.\n";
//! let article = claimkit_parser::extract(text);
//! let record = Record::new(&article, Source::of_text("a.txt", text.as_bytes()));
//! let json = serde_json::to_string(&record).unwrap();
//! assert!(json.starts_with(r#"{"$schema":"#));
//! assert!(json.contains(r#""source":{"path":"a.txt","bytes":20,"sha256":""#));
//! ```

#![deny(missing_docs)]

mod record;
mod words;

pub use record::{write, ErrorRecord, Failure, Record, Source};
pub use words::worded;
