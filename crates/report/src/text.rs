//! The article's text, line by line, with every finding highlighted where
//! it stands and its marker at its start.
//!
//! Each line is cut at every point where a finding starts or ends; a piece
//! covered by findings is one `<mark>` naming them all, so findings that
//! overlap never nest or cross elements.

use claimkit_lint::Severity;
use maud::{html, Markup};

use crate::findings::{finding_id, line_id, marker};
use crate::Input;

/// The text of file `file` with its findings.
pub fn article(input: &Input<'_>, file: usize) -> Markup {
    let text = input.index.text();
    let lines: Vec<(usize, &str)> = input.index.lines().collect();
    // The findings touching each line, and the line each one starts on.
    let mut touching: Vec<Vec<usize>> = vec![Vec::new(); lines.len()];
    let mut starts_on: Vec<usize> = Vec::with_capacity(input.diagnostics.len());
    for (j, d) in input.diagnostics.iter().enumerate() {
        let first = line_of(&lines, d.span.start);
        let last = line_of(&lines, d.span.end).max(first);
        starts_on.push(first);
        for list in touching.iter_mut().take(last + 1).skip(first) {
            list.push(j);
        }
    }
    html! {
        div.text role="region" aria-label=(format!("Text of {}", input.name)) {
            @for (n, &(start, line)) in lines.iter().enumerate() {
                @let end = start + line.len();
                div.line id=(line_id(file, n + 1)) {
                    span.ln aria-hidden="true" { (n + 1) }
                    span.tx {
                        @for piece in pieces(input, &touching[n], &starts_on, n, start, end) {
                            @for &j in &piece.markers {
                                (marker(input, file, j, &input.diagnostics[j]))
                            }
                            @if piece.covered.is_empty() {
                                (&text[piece.start..piece.end])
                            } @else {
                                mark.(format!("hl sev-{}", strongest(input, &piece.covered)))
                                    data-f=(ids(file, &piece.covered)) {
                                    (&text[piece.start..piece.end])
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A stretch of one line: the markers that stand before it, and the
/// findings that cover it.
struct Piece {
    start: usize,
    end: usize,
    markers: Vec<usize>,
    covered: Vec<usize>,
}

/// Line `n` (bytes `start..end`) cut at the edges of the findings touching it.
fn pieces(
    input: &Input<'_>,
    touching: &[usize],
    starts_on: &[usize],
    n: usize,
    start: usize,
    end: usize,
) -> Vec<Piece> {
    let clip = |at: usize| at.clamp(start, end);
    let mut cuts = vec![start, end];
    for &j in touching {
        let span = input.diagnostics[j].span;
        cuts.push(clip(span.start));
        cuts.push(clip(span.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces = Vec::new();
    for (k, &from) in cuts.iter().enumerate() {
        let to = cuts.get(k + 1).copied().unwrap_or(end);
        let markers: Vec<usize> = touching
            .iter()
            .copied()
            .filter(|&j| starts_on[j] == n && clip(input.diagnostics[j].span.start) == from)
            .collect();
        if from == to && markers.is_empty() {
            continue;
        }
        let covered: Vec<usize> = touching
            .iter()
            .copied()
            .filter(|&j| {
                let span = input.diagnostics[j].span;
                span.start <= from && span.end >= to && from < to
            })
            .collect();
        pieces.push(Piece {
            start: from,
            end: to,
            markers,
            covered,
        });
    }
    pieces
}

/// The 0-based line holding byte `at` (a line's end belongs to it).
fn line_of(lines: &[(usize, &str)], at: usize) -> usize {
    // The last line starting at or before `at`.
    lines
        .partition_point(|&(start, _)| start <= at)
        .saturating_sub(1)
}

/// The highest severity among findings `found`, for the highlight's class.
fn strongest(input: &Input<'_>, found: &[usize]) -> &'static str {
    found
        .iter()
        .map(|&j| input.diagnostics[j].severity)
        .max()
        .unwrap_or(Severity::Info)
        .as_str()
}

/// The ids of findings `found`, space-separated, for the script's filters.
fn ids(file: usize, found: &[usize]) -> String {
    let ids: Vec<String> = found.iter().map(|&j| finding_id(file, j)).collect();
    ids.join(" ")
}
