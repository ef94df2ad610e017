//! ## What it does
//! Reports an inline suppression that suppresses nothing: a
//! `<!-- claimkit-disable-next-line RULE -->` over a line where RULE finds
//! nothing, a `<!-- claimkit-disable RULE -->` region without a finding of
//! RULE, or a suppression that names no rule claimkit has.
//!
//! Suppressions name rules (`quote/mismatch`) or groups (`quote`), several
//! separated by commas or spaces. `claimkit-disable` lasts until
//! `<!-- claimkit-enable RULE -->` or the end of the file.
//!
//! ## Why is this bad?
//! A suppression that suppresses nothing is left over from an old finding;
//! kept, it would hide a new one on the same line.
//!
//! ## Example
//! ```text
//! <!-- claimkit-disable-next-line quote/mismatch -->
//! June 29, 2020: Suga says “It’s very important to maintain the G7 framework.”
//! ```
//! If the quotation agrees everywhere, the comment suppresses nothing.
//!
//! ## Fix
//! Safe: the fix deletes the comment line, which is not part of the text.

use claimkit_parser::Span;

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Edit, Safety};
use crate::rules::RULES;

/// Findings come from the engine, which knows what each suppression hid.
pub(crate) fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}

struct Suppression {
    /// The rule and group names it lists.
    names: Vec<String>,
    /// The comment.
    span: Span,
    /// Whole-line byte range of the comment line, for the fix.
    line: (usize, usize),
    /// The 1-based lines it covers, inclusive.
    covers: (usize, usize),
    used: bool,
}

/// The inline suppressions of one input.
pub(crate) struct Suppressions(Vec<Suppression>);

impl Suppressions {
    /// Reads the suppression comments of the input.
    pub(crate) fn read(cx: &Context<'_>) -> Suppressions {
        let lines: Vec<(usize, &str)> = cx.all_lines().collect();
        let mut found: Vec<Suppression> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        for (i, &(start, text)) in lines.iter().enumerate() {
            let trimmed = text.trim();
            let Some(body) = trimmed
                .strip_prefix("<!--")
                .and_then(|b| b.strip_suffix("-->"))
            else {
                continue;
            };
            let mut words = body.split([' ', ',', '\t']).filter(|w| !w.is_empty());
            let directive = words.next().unwrap_or("");
            let names: Vec<String> = words.map(str::to_string).collect();
            let lead = text.len() - text.trim_start().len();
            let span = cx.span(start + lead, start + lead + trimmed.len());
            let line = cx.line_with_ending(start, text);
            let number = i + 1;
            match directive {
                "claimkit-disable-next-line" => {
                    let target = (i + 1..lines.len())
                        .find(|&j| !lines[j].1.trim().is_empty())
                        .map_or(number, |j| j + 1);
                    found.push(Suppression {
                        names,
                        span,
                        line,
                        covers: (target, target),
                        used: false,
                    });
                }
                "claimkit-disable" => {
                    open.push(found.len());
                    found.push(Suppression {
                        names,
                        span,
                        line,
                        covers: (number, usize::MAX),
                        used: false,
                    });
                }
                "claimkit-enable" => {
                    for &k in &open {
                        if found[k].covers.1 == usize::MAX
                            && (names.is_empty()
                                || names.iter().any(|n| found[k].names.contains(n)))
                        {
                            found[k].covers.1 = number;
                        }
                    }
                }
                _ => {}
            }
        }
        Suppressions(found)
    }

    /// Whether `d` is suppressed; marks the suppression that hides it as used.
    fn hides(&mut self, d: &Diagnostic) -> bool {
        let group = d.rule.split('/').next().unwrap_or(d.rule);
        let mut hidden = false;
        for s in &mut self.0 {
            let names = s.names.iter().any(|n| n == d.rule || n == group);
            if names && (s.covers.0..=s.covers.1).contains(&d.span.line) {
                s.used = true;
                hidden = true;
            }
        }
        hidden
    }
}

/// Removes the suppressed diagnostics; returns the findings of suppressions
/// that suppressed nothing.
/// A suppression of rules none of which ran cannot be judged and is not reported.
pub(crate) fn apply(
    cx: &Context<'_>,
    suppressions: &mut Suppressions,
    diagnostics: &mut Vec<Diagnostic>,
    enabled: impl Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    diagnostics.retain(|d| !suppressions.hides(d));
    let mut unused = Vec::new();
    for s in &suppressions.0 {
        let unknown: Vec<&String> = s
            .names
            .iter()
            .filter(|n| {
                !RULES
                    .iter()
                    .any(|r| r.name == n.as_str() || r.group() == n.as_str())
            })
            .collect();
        let message = if s.names.is_empty() {
            "this suppression names no rule".to_string()
        } else if !unknown.is_empty() {
            format!(
                "this suppression names {}, which is no claimkit rule or group",
                unknown
                    .iter()
                    .map(|n| format!("“{n}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else if !s.used && s.names.iter().any(|n| enabled(n)) {
            format!(
                "this suppression of {} suppresses nothing",
                s.names.join(", ")
            )
        } else {
            continue;
        };
        unused.push(
            Diagnostic::new("suppression/unused", message, s.span)
                .help("remove it, or name the rule it is meant for (`claimkit rules` lists them)")
                .fix(
                    "delete the suppression comment",
                    Safety::Safe,
                    vec![Edit {
                        span: cx.span(s.line.0, s.line.1),
                        replacement: String::new(),
                    }],
                ),
        );
    }
    unused
}
