//! A SARIF 2.1.0 log with every rule described in `tool.driver.rules`.

use std::io::{self, Write};

use claimkit_parser::Span;
use serde_json::{json, Value};

use super::FileReport;
use crate::diagnostic::{Diagnostic, Safety, Severity};
use crate::rules::{Rule, RULES};

/// Writes a SARIF 2.1.0 log with every rule described in `tool.driver.rules`.
pub fn sarif(out: &mut dyn Write, reports: &[FileReport<'_>]) -> io::Result<()> {
    let rules: Vec<Value> = RULES.iter().map(descriptor).collect();
    let results: Vec<Value> = reports
        .iter()
        .flat_map(|report| report.diagnostics.iter().map(move |d| result(report, d)))
        .collect();
    let log = json!({
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
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
}

/// A rule's `reportingDescriptor`: its summary, documentation and level.
fn descriptor(rule: &Rule) -> Value {
    let doc = rule.documentation();
    json!({
        "id": rule.name,
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": first_paragraph(&doc) },
        "help": { "text": doc, "markdown": doc },
        "defaultConfiguration": { "level": sarif_level(rule.default_severity) },
    })
}

/// One finding as a SARIF `result`.
fn result(report: &FileReport<'_>, d: &Diagnostic) -> Value {
    let related: Vec<Value> = d
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut l = location(report, r.span);
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
        "ruleIndex": d.rule.index(),
        "level": sarif_level(d.severity),
        "message": { "text": message },
        "locations": [location(report, d.span)],
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
        let safety = match fix.safety {
            Safety::Safe => "safe",
            Safety::Unsafe => "unsafe",
        };
        result["fixes"] = json!([{
            "description": { "text": format!("{} ({safety})", fix.message) },
            "artifactChanges": [{ "artifactLocation": { "uri": report.name }, "replacements": replacements }],
        }]);
    }
    result
}

/// A `physicalLocation` of `span` in the report's file.
fn location(report: &FileReport<'_>, span: Span) -> Value {
    let (end_line, end_column) = report.end_position(span);
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
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
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
