//! Findings as the page shows them: the marker and explanation that stand
//! in the text, and the sidebar that lists them by rule with filters.

use std::collections::BTreeMap;

use claimkit_lint::{Diagnostic, Safety, Severity};
use maud::{html, Markup};

use crate::Input;

/// The element id of finding `j` of file `file`: its marker in the text.
pub fn finding_id(file: usize, j: usize) -> String {
    format!("f{file}-d{j}")
}

/// The element id of line `line` (1-based) of file `file`.
pub fn line_id(file: usize, line: usize) -> String {
    format!("f{file}-L{line}")
}

/// The symbol that tells a severity without colour.
pub fn symbol(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Info => "●",
    }
}

/// The marker of one finding where it starts in the text: focusable, with
/// the rule, message, help and fix shown on hover and on focus.
pub fn marker(input: &Input<'_>, file: usize, j: usize, d: &Diagnostic) -> Markup {
    let id = finding_id(file, j);
    let tip = format!("{id}-tip");
    let severity = d.severity.as_str();
    html! {
        span.pin.(format!("sev-{severity}")) id=(id) tabindex="0" role="button"
            aria-describedby=(tip) data-rule=(d.rule.name) data-severity=(severity) {
            span.sym aria-hidden="true" { (symbol(d.severity)) }
            span.sr { (severity) ": " }
            span.tip role="tooltip" id=(tip) {
                span.tip-head { (symbol(d.severity)) " " (severity) " · " code { (d.rule.name) } }
                span.tip-msg { (d.message) }
                @if let Some(help) = &d.help {
                    span.tip-help { "Help: " (help) }
                }
                @if let Some(fix) = &d.fix {
                    (fix_markup(input, fix))
                }
            }
        }
    }
}

/// The sidebar: counts, filters by severity and by rule, and every finding
/// grouped by rule, each linking to its marker.
pub fn sidebar(inputs: &[Input<'_>]) -> Markup {
    let mut by_severity: BTreeMap<Severity, usize> = BTreeMap::new();
    let mut by_rule: BTreeMap<&str, Vec<(usize, usize, &Diagnostic)>> = BTreeMap::new();
    let mut total = 0;
    for (file, input) in inputs.iter().enumerate() {
        for (j, d) in input.diagnostics.iter().enumerate() {
            *by_severity.entry(d.severity).or_default() += 1;
            by_rule.entry(d.rule.name).or_default().push((file, j, d));
            total += 1;
        }
    }
    let several = inputs.len() > 1;
    html! {
        nav #findings aria-labelledby="findings-title" {
            h2 #findings-title {
                "Findings: " span #finding-count data-total=(total) { (total) }
            }
            @if total == 0 {
                p { "No findings." }
            } @else {
                p.keys {
                    kbd { "j" } " / " kbd { "k" } " next / previous finding; on a finding, the arrow keys too. "
                    "Hover over or focus a marker for the rule, help and fix."
                }
                p #nav-status aria-live="polite" {}
                fieldset.filters {
                    legend { "Show severities" }
                    @for severity in [Severity::Error, Severity::Warning, Severity::Info] {
                        @let count = by_severity.get(&severity).copied().unwrap_or(0);
                        label.(format!("sev-{}", severity.as_str())) {
                            input type="checkbox" checked data-filter-severity=(severity.as_str()) disabled[count == 0];
                            " " span.sym aria-hidden="true" { (symbol(severity)) } " "
                            (severity.as_str()) " (" (count) ")"
                        }
                    }
                }
                p.rules-note { "Rules (uncheck to hide):" }
                @for (rule, found) in &by_rule {
                    section.group data-rule=(rule) {
                        h3 {
                            label {
                                input type="checkbox" checked data-filter-rule=(rule);
                                " " code { (rule) } " "
                                span.count { "(" (found.len()) ")" }
                            }
                        }
                        ol {
                            @for (file, j, d) in found {
                                li data-finding=(finding_id(*file, *j)) data-severity=(d.severity.as_str()) data-rule=(d.rule.name) {
                                    a href=(format!("#{}", finding_id(*file, *j))) {
                                        span.(format!("sym sev-{}", d.severity.as_str())) { (symbol(d.severity)) }
                                        " "
                                        span.where {
                                            @if several { (inputs[*file].name) ":" }
                                            (d.span.line) ":" (d.span.column)
                                        }
                                        " " (d.message)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A fix as before and after: each edit with a little of the line around
/// it, the removed text struck out and the new text underlined.
fn fix_markup(input: &Input<'_>, fix: &claimkit_lint::Fix) -> Markup {
    let text = input.index.text();
    let safety = match fix.safety {
        Safety::Safe => "safe fix",
        Safety::Unsafe => "unsafe fix: review it",
    };
    html! {
        span.tip-fix {
            span.fix-head { "Fix (" (safety) "): " (fix.message) }
            @for edit in fix.edits.iter().take(3) {
                @let (left, old, right) = around(text, edit.span.start, edit.span.end);
                span.before { span.label { "before " } span.ctx { (left) } del { (old) } span.ctx { (right) } }
                span.after { span.label { "after " } span.ctx { (left) } ins { (edit.replacement) } span.ctx { (right) } }
            }
            @if fix.edits.len() > 3 {
                span.more { "and " (fix.edits.len() - 3) " more edits" }
            }
        }
    }
}

/// The text of `start..end` with up to 24 characters of its line on each
/// side (an ellipsis where the line goes on).
fn around(text: &str, start: usize, end: usize) -> (String, &str, String) {
    let (start, end) = (start.min(text.len()), end.min(text.len()));
    let (start, end) = (floor(text, start), floor(text, end.max(start)));
    let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = text[end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| end + i);
    let before: Vec<char> = text[line_start..start].chars().collect();
    let after: Vec<char> = text[end..line_end].chars().collect();
    const CONTEXT: usize = 24;
    let mut left: String = before[before.len().saturating_sub(CONTEXT)..]
        .iter()
        .collect();
    if before.len() > CONTEXT {
        left.insert(0, '…');
    }
    let mut right: String = after[..after.len().min(CONTEXT)].iter().collect();
    if after.len() > CONTEXT {
        right.push('…');
    }
    (left, &text[start..end], right)
}

/// The nearest character boundary at or before `at`.
fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
