//! ## What it does
//! Checks the preferred citation against the rest of the article: its
//! authors against the byline (names and their spelling), and its volume,
//! issue number and year against the issue the article says it is from.
//!
//! ## Why is this bad?
//! Readers copy the preferred citation as it stands; an error in it spreads
//! into every work that cites the article.
//!
//! ## Example
//! ```text
//! JI-YOUNG LEE, AMERICAN UNIVERSITY
//! ... Preferred citation: Ji-Young Li, “Japan-Korea Relations ...,” Vol. 22, No. 3 ...
//! ```

use claimkit_parser::{Citation, Metadata, Span};

use crate::context::Context;
use crate::edit_distance::edit_distance;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let meta = &cx.article.metadata;
    let Some(citation) = &meta.citation else {
        return;
    };
    let mut report = |message: String, related: Option<(&str, Span)>| {
        let d = out
            .report(message, citation.span)
            .help("make the citation agree with the article");
        if let Some((label, span)) = related {
            d.related(label, span);
        }
    };
    authors(meta, citation, &mut report);
    numbers(meta, citation, &mut report);
    year(meta, citation, &mut report);
}

/// What a check found: a message, and the place in the article it concerns.
type Report<'a> = dyn FnMut(String, Option<(&str, Span)>) + 'a;

/// The byline's authors, each in the citation and spelled alike, and the
/// citation's, each in the byline.
fn authors(meta: &Metadata, citation: &Citation, report: &mut Report<'_>) {
    for author in &meta.authors {
        if !citation.authors.iter().any(|c| key(c) == key(&author.name)) {
            let close = citation
                .authors
                .iter()
                .find(|c| similar(&key(c), &key(&author.name)));
            let message = match close {
                Some(c) => format!(
                    "the citation spells the author “{c}”; the byline has “{}”",
                    author.name
                ),
                None => format!(
                    "the byline's author “{}” is missing from the citation",
                    author.name
                ),
            };
            report(message, Some(("byline", author.span)));
        }
    }
    for cited in &citation.authors {
        let in_byline = meta
            .authors
            .iter()
            .any(|a| key(&a.name) == key(cited) || similar(&key(&a.name), &key(cited)));
        if !meta.authors.is_empty() && !in_byline {
            report(
                format!("the citation names “{cited}”, who is not in the byline"),
                None,
            );
        }
    }
}

/// The citation's volume and issue number against the article's.
fn numbers(meta: &Metadata, citation: &Citation, report: &mut Report<'_>) {
    for (what, cited, article) in [
        ("volume", citation.volume, meta.volume),
        ("issue number", citation.issue, meta.issue),
    ] {
        if let (Some(c), Some(a)) = (cited, article) {
            if c != a {
                report(
                    format!("the citation gives {what} {c}; the article says {a}"),
                    None,
                );
            }
        }
    }
}

/// A year in the citation (outside the cited title) against the issue's date.
fn year(meta: &Metadata, citation: &Citation, report: &mut Report<'_>) {
    let Some(year) = meta.issue_date.as_ref().map(|d| d.value.year()) else {
        return;
    };
    let years: Vec<&str> = citation
        .text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
        .collect();
    if let Some(other) = years.iter().find(|y| y.parse() != Ok(year)) {
        if !citation
            .title
            .as_deref()
            .is_some_and(|t| t.contains(*other))
        {
            report(
                format!("the citation gives the year {other}; the issue is dated {year}"),
                None,
            );
        }
    }
}

/// A name as compared: lowercase, single spaces.
fn key(name: &str) -> String {
    name.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two names differ by at most two letters (a misspelling, not another person).
fn similar(a: &str, b: &str) -> bool {
    a.chars().count().abs_diff(b.chars().count()) <= 2 && edit_distance(a, b) <= 2
}
