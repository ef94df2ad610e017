//! A diagnostic is data: what a rule found, where, and how to fix it.
//! Renderers read it; no rule formats text for a terminal.

use claimkit_parser::Span;
use serde::Serialize;

use crate::rules::Rule;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational: worth a look, not necessarily wrong.
    Info,
    /// Probably wrong; fix before publication.
    Warning,
    /// Wrong.
    Error,
}

impl Severity {
    /// The lowercase name, as in the configuration and the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The rule that found it (serialized as its name, `group/name`).
    pub rule: &'static Rule,
    /// How serious it is (the rule's default, or as configured).
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// Where it is.
    pub span: Span,
    /// Other places it concerns, each with a label.
    pub related: Vec<Related>,
    /// A fix, when the rule has one.
    pub fix: Option<Fix>,
}

/// Another place a diagnostic concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// What this place is to the finding.
    pub label: String,
    /// Where it is.
    pub span: Span,
}

/// A fix: text edits, and whether they are safe to apply unreviewed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does.
    pub message: String,
    /// Whether applying it can change meaning.
    pub safety: Safety,
    /// Replacements of byte ranges of the input, none overlapping.
    pub edits: Vec<Edit>,
}

/// Whether a fix may be applied without a person's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Safety {
    /// Cannot change what the text says (spacing, punctuation style).
    Safe,
    /// May change what the text says; a person must review it.
    Unsafe,
}

/// One replacement of a byte range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// The bytes replaced.
    pub span: Span,
    /// What replaces them.
    pub replacement: String,
}

impl Diagnostic {
    /// A diagnostic of `rule` at `span`, at the rule's default severity.
    /// Rules report through a [`Sink`](crate::rules::Sink) instead, which
    /// gives the configured one.
    pub fn new(rule: &'static Rule, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            rule,
            severity: rule.default_severity,
            message: message.into(),
            help: None,
            span,
            related: Vec::new(),
            fix: None,
        }
    }

    /// Adds a help line.
    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a related place.
    pub fn related(&mut self, label: impl Into<String>, span: Span) -> &mut Self {
        self.related.push(Related {
            label: label.into(),
            span,
        });
        self
    }

    /// Adds a fix.
    pub fn fix(
        &mut self,
        message: impl Into<String>,
        safety: Safety,
        edits: Vec<Edit>,
    ) -> &mut Self {
        self.fix = Some(Fix {
            message: message.into(),
            safety,
            edits,
        });
        self
    }

    /// The order findings are reported in: line, column, rule, then message.
    pub fn sort_key(&self) -> (usize, usize, &'static str, &str) {
        (
            self.span.line,
            self.span.column,
            self.rule.name,
            &self.message,
        )
    }
}
