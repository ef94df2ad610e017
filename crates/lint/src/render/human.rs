//! Source excerpts with carets, like rustc.

use std::io::{self, Write};

use annotate_snippets::{
    normalize_untrusted_str, AnnotationKind, Group, Level, Origin, Renderer, Snippet,
};
use claimkit_parser::Span;

use super::FileReport;
use crate::diagnostic::{Diagnostic, Safety, Severity};

/// Writes each finding as source excerpts with carets, like rustc; `color`
/// adds ANSI colours.
pub fn human(out: &mut dyn Write, reports: &[FileReport<'_>], color: bool) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for report in reports {
        for d in report.diagnostics {
            let group = group(report, d);
            out.write_all(renderer.render(&[group]).as_bytes())?;
            out.write_all(b"\n\n")?;
        }
    }
    Ok(())
}

/// One finding as annotate-snippets shows it: title, excerpts, help, fix.
fn group<'a>(report: &FileReport<'a>, d: &'a Diagnostic) -> Group<'a> {
    let text: &'a str = report.index.text();
    let index = report.index;
    let mut group = Group::with_title(level(d.severity).primary_title(&d.message).id(d.rule.name));
    for (first, last, spans) in regions(report, d) {
        let start = index.line_range(first).map_or(0, |r| r.0);
        let end = index
            .line_range(last)
            .map_or(text.len(), |r| r.1)
            .max(start);
        let (start, end, first) = window(report, start, end, first, &spans);
        let mut snippet = Snippet::source(&text[start..end]).line_start(first);
        if start == index.line_range(first).map_or(0, |r| r.0) {
            snippet = snippet.path(report.name);
        } else {
            // A cut excerpt of a very long line: name the place ourselves,
            // since the excerpt's own columns start mid-line.
            let at = spans[0].1;
            group = group.element(
                Origin::path(report.name)
                    .line(at.line)
                    .char_column(at.column),
            );
        }
        for (kind, span, label) in spans {
            let from = span.start.clamp(start, end) - start;
            let to = span.end.clamp(start, end) - start;
            let annotation = kind.span(from..to.max(from));
            snippet = snippet.annotation(if label.is_empty() {
                annotation
            } else {
                annotation.label(label)
            });
        }
        group = group.element(snippet);
    }
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(normalize_untrusted_str(help)));
    }
    if let Some(fix) = &d.fix {
        let safety = match fix.safety {
            Safety::Safe => "safe fix",
            Safety::Unsafe => "unsafe fix, review it",
        };
        group = group.element(Level::NOTE.message(normalize_untrusted_str(&format!(
            "{safety}: {}",
            fix.message
        ))));
    }
    group
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The excerpts a diagnostic shows: the primary span with related spans
/// within a few lines of it, and one excerpt for each related span further
/// away. Each is (first line, last line, annotations).
type Region<'d> = (usize, usize, Vec<(AnnotationKind, Span, &'d str)>);

fn regions<'d>(report: &FileReport<'_>, d: &'d Diagnostic) -> Vec<Region<'d>> {
    const NEAR: usize = 3;
    let last_line = |s: &Span| report.end_position(*s).0.max(s.line);
    let mut regions: Vec<Region<'d>> = vec![(
        d.span.line,
        last_line(&d.span),
        vec![(AnnotationKind::Primary, d.span, "")],
    )];
    for r in &d.related {
        let (first, last) = (r.span.line, last_line(&r.span));
        let near = regions
            .iter_mut()
            .find(|(a, b, _)| first <= *b + NEAR && last + NEAR >= *a);
        match near {
            Some(region) => {
                region.0 = region.0.min(first);
                region.1 = region.1.max(last);
                region
                    .2
                    .push((AnnotationKind::Context, r.span, r.label.as_str()));
            }
            None => regions.push((
                first,
                last,
                vec![(AnnotationKind::Context, r.span, r.label.as_str())],
            )),
        }
    }
    regions
}

/// An excerpt longer than this is cut to the text around its annotations,
/// so a finding on a 10 MB line costs no more to show than one on a short line.
const MAX_EXCERPT: usize = 8192;
/// How much text to keep on either side of the annotations of a cut excerpt.
const CONTEXT: usize = 240;

/// The excerpt `start..end` of the text, cut to the annotations when too
/// long; returns the new range and the line it starts on.
fn window(
    report: &FileReport<'_>,
    start: usize,
    end: usize,
    first: usize,
    spans: &[(AnnotationKind, Span, &str)],
) -> (usize, usize, usize) {
    if end - start <= MAX_EXCERPT {
        return (start, end, first);
    }
    let text = report.text();
    let low = spans.iter().map(|s| s.1.start).min().unwrap_or(start);
    let high = spans.iter().map(|s| s.1.end).max().unwrap_or(end);
    let mut from = low.saturating_sub(CONTEXT).max(start);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (high + CONTEXT).min(end);
    while !text.is_char_boundary(to) {
        to += 1;
    }
    (from, to, report.index.span(from, from).line)
}
