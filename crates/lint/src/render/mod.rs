//! Turning diagnostics into text: for people (`human`, `concise`) and for
//! machines (`json`, `sarif`, `github`). Renderers only read diagnostics.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use annotate_snippets::{
    normalize_untrusted_str, AnnotationKind, Group, Level, Origin, Renderer, Snippet,
};
use claimkit_parser::{LineIndex, Span};
use serde_json::{json, Value};

use crate::diagnostic::{Diagnostic, Safety, Severity};
use crate::rules::RULES;

/// The `$id` of the report schema that [`json`] follows.
pub const REPORT_SCHEMA_ID: &str = "https://claimkit.dev/schemas/v1/report.schema.json";

/// The findings of one checked file.
pub struct FileReport<'a> {
    /// The file as named on the command line (`<stdin>` for standard input).
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
    /// Its findings, in line, column, rule order.
    pub diagnostics: &'a [Diagnostic],
}

/// Source excerpts with carets, like rustc; `color` adds ANSI colours.
pub fn human(reports: &[FileReport<'_>], color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for report in reports {
        let index = LineIndex::new(report.text);
        for d in report.diagnostics {
            let level = level(d.severity);
            let mut group = Group::with_title(level.primary_title(&d.message).id(d.rule.name));
            for (first, last, spans) in regions(d, &index, report.text) {
                let start = index.line_range(first).map_or(0, |r| r.0);
                let end = index
                    .line_range(last)
                    .map_or(report.text.len(), |r| r.1)
                    .max(start);
                let (start, end, first) = window(report.text, &index, start, end, first, &spans);
                let source = &report.text[start..end];
                let mut snippet = Snippet::source(source).line_start(first);
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
            out.push_str(&renderer.render(&[group]));
            out.push_str("\n\n");
        }
    }
    out
}

/// One line a finding: `file:line:column: severity[rule] message`.
pub fn concise(reports: &[FileReport<'_>]) -> String {
    let mut out = String::new();
    for report in reports {
        for d in report.diagnostics {
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                report.name,
                d.span.line,
                d.span.column,
                d.severity.as_str(),
                d.rule.name,
                one_line(&d.message)
            );
        }
    }
    out
}

/// GitHub Actions workflow commands, one annotation a finding.
pub fn github(reports: &[FileReport<'_>]) -> String {
    let mut out = String::new();
    for report in reports {
        let index = LineIndex::new(report.text);
        for d in report.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let end = end_position(&index, report.text, d.span);
            let _ = writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(report.name),
                d.span.line,
                d.span.column,
                end.0,
                end.1,
                escape_property(d.rule.name),
                escape_data(&d.message)
            );
        }
    }
    out
}

/// The report as `schemas/report.schema.json` describes it.
pub fn json(reports: &[FileReport<'_>]) -> Value {
    let mut diagnostics = Vec::new();
    for report in reports {
        for d in report.diagnostics {
            let mut value = serde_json::to_value(d).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut value {
                map.insert("file".into(), Value::String(report.name.to_string()));
            }
            diagnostics.push(value);
        }
    }
    let counts = counts(reports);
    json!({
        "$schema": REPORT_SCHEMA_ID,
        "tool": { "name": "claimkit", "version": env!("CARGO_PKG_VERSION") },
        "diagnostics": diagnostics,
        "summary": {
            "files": reports.len(),
            "error": counts.get(&Severity::Error).copied().unwrap_or(0),
            "warning": counts.get(&Severity::Warning).copied().unwrap_or(0),
            "info": counts.get(&Severity::Info).copied().unwrap_or(0),
        },
    })
}

/// A SARIF 2.1.0 log with every rule described in `tool.driver.rules`.
pub fn sarif(reports: &[FileReport<'_>]) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let doc = r.documentation();
            json!({
                "id": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": first_paragraph(&doc) },
                "help": { "text": doc, "markdown": doc },
                "defaultConfiguration": { "level": sarif_level(r.default_severity) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        let index = LineIndex::new(report.text);
        let location = |span: Span| {
            let (end_line, end_column) = end_position(&index, report.text, span);
            json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": report.name },
                    "region": {
                        "startLine": span.line,
                        "startColumn": span.column,
                        "endLine": end_line,
                        "endColumn": end_column,
                        "byteOffset": span.start,
                        "byteLength": span.end - span.start,
                    }
                }
            })
        };
        for d in report.diagnostics {
            let rule_index = d.rule.index();
            let related: Vec<Value> = d
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut l = location(r.span);
                    l["id"] = json!(i + 1);
                    l["message"] = json!({ "text": r.label });
                    l
                })
                .collect();
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message = format!("{message}. Help: {help}");
            }
            let mut result = json!({
                "ruleId": d.rule.name,
                "ruleIndex": rule_index,
                "level": sarif_level(d.severity),
                "message": { "text": message },
                "locations": [location(d.span)],
            });
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            if let Some(fix) = &d.fix {
                let replacements: Vec<Value> = fix
                    .edits
                    .iter()
                    .map(|e| {
                        json!({
                            "deletedRegion": { "byteOffset": e.span.start, "byteLength": e.span.end - e.span.start },
                            "insertedContent": { "text": e.replacement },
                        })
                    })
                    .collect();
                result["fixes"] = json!([{
                    "description": { "text": format!("{} ({})", fix.message, if fix.safety == Safety::Safe { "safe" } else { "unsafe" }) },
                    "artifactChanges": [{ "artifactLocation": { "uri": report.name }, "replacements": replacements }],
                }]);
            }
            results.push(result);
        }
    }
    json!({
        "$schema": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "claimkit",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://claimkit.dev",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

/// Counts per severity, and per rule with `statistics`, for standard error.
pub fn summary(reports: &[FileReport<'_>], statistics: bool) -> String {
    let counts = counts(reports);
    let mut out = String::new();
    if statistics {
        let mut per_rule: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
        for d in reports.iter().flat_map(|r| r.diagnostics) {
            let entry = per_rule.entry(d.rule.name).or_insert((0, d.severity));
            entry.0 += 1;
        }
        for (rule, (count, severity)) in per_rule {
            let _ = writeln!(out, "{count:>5}  {rule} ({})", severity.as_str());
        }
    }
    let total: usize = counts.values().sum();
    let part = |s: Severity, name: &str| {
        let n = counts.get(&s).copied().unwrap_or(0);
        format!("{n} {name}{}", if n == 1 { "" } else { "s" })
    };
    let files = reports.len();
    let _ = writeln!(
        out,
        "{total} finding{} in {files} file{}: {}, {}, {}",
        if total == 1 { "" } else { "s" },
        if files == 1 { "" } else { "s" },
        part(Severity::Error, "error"),
        part(Severity::Warning, "warning"),
        part(Severity::Info, "info")
    );
    out
}

fn counts(reports: &[FileReport<'_>]) -> BTreeMap<Severity, usize> {
    let mut counts = BTreeMap::new();
    for d in reports.iter().flat_map(|r| r.diagnostics) {
        *counts.entry(d.severity).or_insert(0) += 1;
    }
    counts
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The excerpts a diagnostic shows: the primary span with related spans
/// within a few lines of it, and one excerpt for each related span further
/// away. Each is (first line, last line, annotations).
type Region<'d> = (usize, usize, Vec<(AnnotationKind, Span, &'d str)>);

fn regions<'d>(d: &'d Diagnostic, index: &LineIndex<'_>, text: &str) -> Vec<Region<'d>> {
    const NEAR: usize = 3;
    let last_line = |s: &Span| end_position(index, text, *s).0.max(s.line);
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
    text: &str,
    index: &LineIndex<'_>,
    start: usize,
    end: usize,
    first: usize,
    spans: &[(AnnotationKind, Span, &str)],
) -> (usize, usize, usize) {
    if end - start <= MAX_EXCERPT {
        return (start, end, first);
    }
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
    (from, to, index.span(from, from).line)
}

/// The 1-based line and column just past the span's last character.
fn end_position(index: &LineIndex<'_>, text: &str, span: Span) -> (usize, usize) {
    let end = span.end.min(text.len());
    let s = index.span(end, end);
    (s.line, s.column)
}

fn first_paragraph(doc: &str) -> String {
    doc.split("\n\n")
        .find(|p| !p.trim().is_empty() && !p.trim_start().starts_with('#'))
        .or_else(|| doc.split("\n\n").nth(1))
        .unwrap_or("")
        .replace('\n', " ")
        .trim()
        .to_string()
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
