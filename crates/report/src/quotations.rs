//! The quotations of an article as a table (speaker, cue, where it
//! stands), and each statement quoted twice with different words, the two
//! versions side by side with their differences marked.

use claimkit_lint::Diagnostic;
use claimkit_parser::{Article, Context, Quotation, QuoteRole, Span};
use maud::{html, Markup};
use similar::{ChangeTag, TextDiff};

use crate::findings::{finding_id, line_id};

/// The quotations of file `file`, and the mismatches `quote/mismatch` found.
pub fn quotations(file: usize, article: &Article, diagnostics: &[Diagnostic]) -> Markup {
    let mismatches: Vec<(usize, &Diagnostic)> = diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| d.rule.name == "quote/mismatch")
        .collect();
    html! {
        @if !mismatches.is_empty() {
            section.mismatches aria-labelledby=(format!("f{file}-mismatch-title")) {
                h3 id=(format!("f{file}-mismatch-title")) { "Quoted twice with different words" }
                @for (j, d) in &mismatches {
                    (mismatch(file, article, *j, d))
                }
            }
        }
        section.quotations aria-labelledby=(format!("f{file}-quotes-title")) {
            h3 id=(format!("f{file}-quotes-title")) { "Quotations (" (article.quotations.len()) ")" }
            @if article.quotations.is_empty() {
                p { "No quotations." }
            } @else {
                div.table-scroll {
                    table {
                        thead {
                            tr {
                                th scope="col" { "Line" }
                                th scope="col" { "Quotation" }
                                th scope="col" { "Speaker" }
                                th scope="col" { "Cue" }
                                th scope="col" { "Where" }
                                th scope="col" { "Kind" }
                            }
                        }
                        tbody {
                            @for q in &article.quotations {
                                tr {
                                    td { a href=(format!("#{}", line_id(file, q.span.line))) { (q.span.line) } }
                                    td.quote { "“" (q.text) "”" }
                                    td {
                                        @match &q.speaker {
                                            Some(s) => {
                                                (s.name)
                                                @if let Some(role) = &s.role { br; span.role { (role) } }
                                                @if let Some(pronoun) = &s.resolved_from { br; span.role { "(as “" (pronoun) "”)" } }
                                            }
                                            None => { span.none { "none" } }
                                        }
                                    }
                                    td { @if let Some(cue) = &q.cue { (cue) } @else { span.none { "none" } } }
                                    td { (place(article, q)) }
                                    td { (role(q.role)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One mismatch: the two quotations side by side, each with where it
/// stands and its words, the differing ones marked.
fn mismatch(file: usize, article: &Article, j: usize, d: &Diagnostic) -> Markup {
    let first = find(article, d.span);
    let second = d.related.first().and_then(|r| find(article, r.span));
    let (Some(a), Some(b)) = (first, second) else {
        return html! {
            p { a href=(format!("#{}", finding_id(file, j))) { (d.message) } }
        };
    };
    // The body's version on the left when one of them is in the body.
    let (a, b) = if matches!(b.context, Context::Body) && !matches!(a.context, Context::Body) {
        (b, a)
    } else {
        (a, b)
    };
    let diff = TextDiff::from_words(a.text.as_str(), b.text.as_str());
    html! {
        div.side-by-side {
            p.mismatch-message {
                a href=(format!("#{}", finding_id(file, j))) { "line " (d.span.line) }
                ": " (d.message)
            }
            div.sides {
                div.side {
                    p.side-head { (place(article, a)) ", " a href=(format!("#{}", line_id(file, a.span.line))) { "line " (a.span.line) } }
                    blockquote {
                        @for change in diff.iter_all_changes() {
                            @match change.tag() {
                                ChangeTag::Equal => { (change.value()) }
                                ChangeTag::Delete => { del { (change.value()) } }
                                ChangeTag::Insert => {}
                            }
                        }
                    }
                }
                div.side {
                    p.side-head { (place(article, b)) ", " a href=(format!("#{}", line_id(file, b.span.line))) { "line " (b.span.line) } }
                    blockquote {
                        @for change in diff.iter_all_changes() {
                            @match change.tag() {
                                ChangeTag::Equal => { (change.value()) }
                                ChangeTag::Insert => { ins { (change.value()) } }
                                ChangeTag::Delete => {}
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The quotation at `span`, or the one that holds it.
fn find(article: &Article, span: Span) -> Option<&Quotation> {
    article
        .quotations
        .iter()
        .find(|q| q.span.start == span.start)
        .or_else(|| {
            article
                .quotations
                .iter()
                .find(|q| q.span.start <= span.start && span.end <= q.span.end)
        })
}

/// Where a quotation stands, in words.
fn place(article: &Article, q: &Quotation) -> String {
    let chronology = |c: usize| {
        article
            .chronologies
            .get(c)
            .and_then(|c| c.title.clone())
            .unwrap_or_else(|| "chronology".to_string())
    };
    match q.context {
        Context::Body => "body".to_string(),
        Context::Chronology {
            chronology: c,
            entry,
        } => {
            let date = article
                .chronologies
                .get(c)
                .and_then(|c| c.entries.get(entry))
                .map_or(String::new(), |e| e.date.text.clone());
            format!("chronology, entry {date}")
        }
        Context::Unparsed { chronology: c, .. } => {
            format!("{}, a line without a date", chronology(c))
        }
        Context::Subheading { chronology: c, .. } => format!("{}, a subheading", chronology(c)),
        Context::Heading { chronology: c } => format!("{}, its heading", chronology(c)),
    }
}

/// What the quoted words are, in words.
fn role(role: QuoteRole) -> &'static str {
    match role {
        QuoteRole::Statement => "statement",
        QuoteRole::Title => "title",
        QuoteRole::Term => "term",
        QuoteRole::Scare => "scare quote",
    }
}
