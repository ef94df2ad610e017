//! Extract the chronologies and quotations of a policy or news article.
//!
//! [`extract`] turns the article's text (plain text converted from a PDF, with
//! light Markdown) into an [`Article`]: metadata, sections, figures, links,
//! every chronology with its dated entries, and every quotation with who said
//! it. Every item carries a [`Span`] into the input's bytes.
//!
//! ```
//! let text = "CHRONOLOGY\n\nMAY – JUNE 2020\n\nMay 19, 2020: Motegi says \"it matters.\"\n\n\
//!             June 2: Talks resume.\n";
//! let article = claimkit_parser::extract(text);
//! let chronology = &article.chronologies[0];
//! assert_eq!(chronology.entries.len(), 2);
//! assert_eq!(chronology.entries[1].date.start.unwrap().to_string(), "2020-06-02");
//! assert_eq!(article.quotations[0].speaker.as_ref().unwrap().name, "Motegi");
//! ```
//!
//! The function is pure (no I/O) and total: any string gives an article, and
//! a chronology line it cannot read lands in that chronology's `unparsed` list.

#![deny(missing_docs)]

mod body;
mod calendar;
mod chronology;
mod clock;
pub mod date;
mod metadata;
mod model;
mod quote;
mod text;

pub use model::*;
pub use text::{is_measure_mark, markup_ranges, without_possessive, LineIndex};

/// Whether a line is a running header, footer or page number that PDF
/// conversion left in the text ("Japan-China Relations 116 January 2009", "116").
pub fn is_page_furniture(line: &str) -> bool {
    body::is_furniture(line)
}

/// A line with each run of digits written "#": the shape a running header
/// keeps whatever page it stands on ("CRS-3" and "CRS-4" are "CRS-#").
pub fn numbers_aside(line: &str) -> std::borrow::Cow<'_, str> {
    body::numbers_aside(line)
}

/// A running header or footer without the page number set off from it by
/// a run of spaces ("Legislative History Series No. 7, 2025      3", "4
/// Commons Library Research Briefing"), and that number; the line itself
/// and none when it holds no page number so set off.
pub fn page_number_aside(line: &str) -> (&str, Option<u32>) {
    chronology::page_number_aside(line)
}

/// Whether `word` is the name of a country or of a country's state or
/// province ("Iceland", "Slovenia", "Alberta"), as the attribution knows them.
pub fn is_state_name(word: &str) -> bool {
    quote::is_state_name(word)
}

/// Whether a line starts like a chronology entry: a date or a time of day
/// followed by a separator ("May 3, 2020: ...", "- 7 August 1965 – ..."),
/// after any list marker, also when the date is damaged.
pub fn starts_like_entry(line: &str) -> bool {
    chronology::starts_like_entry(line)
}

/// Extracts everything claimkit knows how to find from an article's text.
pub fn extract(input: &str) -> Article {
    extract_indexed(&LineIndex::new(input))
}

/// [`extract`] from a text already indexed, so that the index can be shared
/// with whatever reads the article's spans next (the lint rules, renderers).
pub fn extract_indexed(index: &LineIndex<'_>) -> Article {
    let source = index.source();
    let found = chronology::find(source);
    let taken: Vec<(usize, usize)> = found.iter().map(|f| f.lines).collect();
    let paragraphs = body::paragraphs(source, &taken);

    let mut links = Vec::new();
    for line in &source.lines {
        links.extend(text::links(line.text, line.start, source));
    }
    let mut sections = body::sections(source, &paragraphs);
    sections.extend(found.iter().filter_map(|f| {
        let title = f.chronology.title.clone()?;
        let line = &source.lines[f.lines.0];
        let (start, end) = line.trimmed();
        Some(Section {
            title,
            span: source.span(start, end),
        })
    }));
    sections.sort_by_key(|s| s.span.start);

    let metadata = metadata::read(source, &paragraphs);
    // The one author a byline names is the "I" of the text's own narrative.
    let author = match &metadata.authors[..] {
        [one] => Some(one.name.as_str()),
        _ => None,
    };
    let (quotations, stray_marks) = quote::read(source, &paragraphs, &found, author);

    Article {
        schema: ARTICLE_SCHEMA_ID.to_string(),
        metadata,
        sections,
        figures: body::figures(source, &paragraphs),
        links,
        chronologies: found.into_iter().map(|f| f.chronology).collect(),
        quotations,
        stray_marks,
    }
}
