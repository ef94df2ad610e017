//! The page: head with its Content-Security-Policy, the sidebar of
//! findings, and for each file its timelines, text and quotations.

use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde_json::json;

use crate::embed::{csp_hash, json_for_script};
use crate::findings::{finding_id, sidebar};
use crate::quotations::quotations;
use crate::text::article;
use crate::timeline::timeline;
use crate::Input;

/// The page's stylesheet, inlined and allowed by its hash.
const STYLE: &str = include_str!("../assets/report.css");
/// The page's script (navigation and filters), inlined and allowed by its hash.
const SCRIPT: &str = include_str!("../assets/report.js");

/// The report of `inputs` as one self-contained HTML page.
pub fn render(inputs: &[Input<'_>]) -> String {
    let policy = format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; img-src 'none'; \
         base-uri 'none'; form-action 'none'",
        csp_hash(SCRIPT),
        csp_hash(STYLE)
    );
    let names: Vec<&str> = inputs.iter().map(|i| i.name).collect();
    let total: usize = inputs.iter().map(|i| i.diagnostics.len()).sum();
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(policy);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(concat!("claimkit ", env!("CARGO_PKG_VERSION")));
                title { "claimkit report: " (names.join(", ")) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                a.skip href="#main" { "Skip to the text" }
                header.top {
                    h1 { "claimkit report" }
                    p { (counted(inputs.len(), "file", "files")) ", " (counted(total, "finding", "findings")) }
                }
                div.layout {
                    aside.sidebar { (sidebar(inputs)) }
                    main #main {
                        @if inputs.is_empty() {
                            p { "No input was read." }
                        }
                        @for (file, input) in inputs.iter().enumerate() {
                            (file_section(file, input))
                        }
                    }
                }
                script type="application/json" id="claimkit-data" { (PreEscaped(json_for_script(&data(inputs)))) }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    };
    page.into_string()
}

/// One file: its title, the timeline of each chronology, the text with its
/// findings, and its quotations.
fn file_section(file: usize, input: &Input<'_>) -> Markup {
    let metadata = &input.article.metadata;
    let heading = format!("f{file}-name");
    html! {
        article.file id=(format!("f{file}")) aria-labelledby=(heading) {
            h2 id=(heading) { (input.name) }
            @if metadata.title.is_some() || metadata.subtitle.is_some() {
                p.article-title {
                    @if let Some(title) = &metadata.title { (title) }
                    @if let Some(subtitle) = &metadata.subtitle { ": " (subtitle) }
                    @if let Some(journal) = &metadata.journal { " (" (journal) ")" }
                }
            }
            p.counts {
                (counted(input.diagnostics.len(), "finding", "findings")) ", "
                (counted(input.article.chronologies.len(), "chronology", "chronologies")) ", "
                (counted(input.article.quotations.len(), "quotation", "quotations"))
            }
            @for (c, chronology) in input.article.chronologies.iter().enumerate() {
                (timeline(file, c, chronology, input.diagnostics))
            }
            section.text-section aria-labelledby=(format!("f{file}-text-title")) {
                h3 id=(format!("f{file}-text-title")) { "Text with findings" }
                (article(input, file))
            }
            (quotations(file, input.article, input.diagnostics))
        }
    }
}

/// `n` and the noun in the number it needs.
fn counted(n: usize, one: &str, several: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { several })
}

/// What the script reads: every finding in page order with its id,
/// severity, rule, place and message.
fn data(inputs: &[Input<'_>]) -> serde_json::Value {
    let mut findings = Vec::new();
    for (file, input) in inputs.iter().enumerate() {
        for (j, d) in input.diagnostics.iter().enumerate() {
            findings.push(json!({
                "id": finding_id(file, j),
                "file": input.name,
                "line": d.span.line,
                "column": d.span.column,
                "severity": d.severity.as_str(),
                "rule": d.rule.name,
                "message": d.message,
            }));
        }
    }
    json!({ "findings": findings })
}
