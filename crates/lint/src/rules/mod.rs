//! The rules, one per file under `rules/<group>/<name>.rs`, and the one
//! table that registers them. A rule's name, default severity and summary
//! are written here and nowhere else: a rule reports through a [`Sink`]
//! bound to its entry, which stamps each finding with the rule and the
//! severity the configuration gives it.

use std::fmt;

use claimkit_parser::Span;

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Severity};
use crate::suppression::Suppressions;

mod chronology;
mod figure;
mod layout;
mod link;
mod metadata;
mod name;
mod quote;
mod style;
mod suppression;

/// A rule: its public name, what it finds, how serious that is by default,
/// and the function that finds it.
pub struct Rule {
    /// The public identifier, `group/name`.
    pub name: &'static str,
    /// One line: what it finds.
    pub summary: &'static str,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// Finds the rule's diagnostics.
    pub(crate) check: Check,
    /// The rule's position in [`RULES`].
    index: usize,
    /// The rule's source file, whose `//!` comment is its documentation.
    source: &'static str,
}

/// What a rule reads: the article, or the outcome of the inline suppressions
/// (which is known only once every other rule has run).
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// Reads the input and its article.
    Article(fn(&Context<'_>, &mut Sink<'_>)),
    /// Reads which suppressions hid something.
    Suppressions(fn(&Context<'_>, &Suppressions, &mut Sink<'_>)),
}

/// Where one rule reports its findings: bound to the rule's registry entry
/// and to the severity configured for it.
pub(crate) struct Sink<'a> {
    rule: &'static Rule,
    severity: Severity,
    found: &'a mut Vec<Diagnostic>,
}

impl<'a> Sink<'a> {
    /// A sink that adds `rule`'s findings, at `severity`, to `found`.
    pub(crate) fn new(
        rule: &'static Rule,
        severity: Severity,
        found: &'a mut Vec<Diagnostic>,
    ) -> Self {
        Sink {
            rule,
            severity,
            found,
        }
    }

    /// Reports a finding at `span`; help, related places and a fix are
    /// added to what it returns.
    pub(crate) fn report(&mut self, message: impl Into<String>, span: Span) -> &mut Diagnostic {
        let mut d = Diagnostic::new(self.rule, message, span);
        d.severity = self.severity;
        self.found.push(d);
        let last = self.found.len() - 1;
        &mut self.found[last]
    }
}

impl Rule {
    /// The rule's group, the part of its name before the slash.
    pub fn group(&self) -> &'static str {
        self.name.split('/').next().unwrap_or(self.name)
    }

    /// The rule's position in [`RULES`] (SARIF's `ruleIndex`).
    pub fn index(&self) -> usize {
        self.index
    }

    /// Whether `name` is this rule's name or its group's.
    pub fn is_named_by(&self, name: &str) -> bool {
        self.name == name || self.group() == name
    }

    /// The rule's documentation: the `//!` comment of its file, in Markdown.
    pub fn documentation(&self) -> String {
        let mut doc = String::new();
        for line in self.source.lines().take_while(|l| l.starts_with("//!")) {
            doc.push_str(
                line.trim_start_matches("//!")
                    .strip_prefix(' ')
                    .unwrap_or(""),
            );
            doc.push('\n');
        }
        doc
    }
}

// A rule is its name: two entries are one rule when their names are.
impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Rule {}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name)
    }
}

macro_rules! rule {
    ($kind:ident, $path:literal, $module:path, $name:literal, $severity:ident, $summary:literal) => {
        Rule {
            name: $name,
            summary: $summary,
            default_severity: Severity::$severity,
            check: {
                use $module as m;
                Check::$kind(m::check)
            },
            index: 0,
            source: include_str!($path),
        }
    };
    ($path:literal, $module:path, $name:literal, $severity:ident, $summary:literal) => {
        rule!(Article, $path, $module, $name, $severity, $summary)
    };
}

/// The rules with each one's position in the table written into it.
const fn numbered<const N: usize>(mut rules: [Rule; N]) -> [Rule; N] {
    let mut i = 0;
    while i < N {
        rules[i].index = i;
        i += 1;
    }
    rules
}

/// Every rule, in the order `claimkit rules` lists them.
pub static RULES: &[Rule] = &numbered([
    rule!(
        "chronology/order.rs",
        chronology::order,
        "chronology/order",
        Warning,
        "An entry out of date order."
    ),
    rule!(
        "chronology/date_format.rs",
        chronology::date_format,
        "chronology/date-format",
        Warning,
        "A date written unlike the document's own dominant style."
    ),
    rule!(
        "chronology/out_of_period.rs",
        chronology::out_of_period,
        "chronology/out-of-period",
        Warning,
        "An entry outside the period its chronology declares."
    ),
    rule!(
        "chronology/invalid_date.rs",
        chronology::invalid_date,
        "chronology/invalid-date",
        Error,
        "A date that does not exist, or a range that ends before it starts."
    ),
    rule!(
        "chronology/damaged_date.rs",
        chronology::damaged_date,
        "chronology/damaged-date",
        Warning,
        "A date that could be read only by repairing it: a misspelled month, a lookalike character, a wrong separator."
    ),
    rule!(
        "chronology/unread_entries.rs",
        chronology::unread_entries,
        "chronology/unread-entries",
        Warning,
        "Three or more lines that start like chronology entries but form no chronology."
    ),
    rule!(
        "chronology/missing_date.rs",
        chronology::missing_date,
        "chronology/missing-date",
        Error,
        "A chronology line with no readable date."
    ),
    rule!(
        "chronology/duplicate.rs",
        chronology::duplicate,
        "chronology/duplicate",
        Warning,
        "The same entry twice."
    ),
    rule!(
        "quote/unbalanced.rs",
        quote::unbalanced,
        "quote/unbalanced",
        Error,
        "A quotation mark that opens or closes nothing."
    ),
    rule!(
        "quote/mismatch.rs",
        quote::mismatch,
        "quote/mismatch",
        Warning,
        "The same statement quoted twice with different words."
    ),
    rule!(
        "name/order.rs",
        name::order,
        "name/order",
        Warning,
        "One person's name written in both orders."
    ),
    rule!(
        "name/spelling_variant.rs",
        name::spelling_variant,
        "name/spelling-variant",
        Warning,
        "One person's name spelled two ways."
    ),
    rule!(
        "style/spelling_variant.rs",
        style::spelling_variant,
        "style/spelling-variant",
        Warning,
        "One word in both US and UK spelling."
    ),
    rule!(
        "style/quote_marks.rs",
        style::quote_marks,
        "style/quote-marks",
        Info,
        "Straight and curly quotation marks mixed in one document."
    ),
    rule!(
        "link/placeholder.rs",
        link::placeholder,
        "link/placeholder",
        Warning,
        "A link whose target is empty or `#`."
    ),
    rule!(
        "figure/numbering.rs",
        figure::numbering,
        "figure/numbering",
        Warning,
        "Figures not numbered 1..n, or a caption without the credit the others have."
    ),
    rule!(
        "metadata/citation.rs",
        metadata::citation,
        "metadata/citation",
        Warning,
        "The preferred citation disagrees with the byline or the issue."
    ),
    rule!(
        "layout/page_furniture.rs",
        layout::page_furniture,
        "layout/page-furniture",
        Warning,
        "A running header, page number or footnote marker left by PDF conversion."
    ),
    rule!(
        Suppressions,
        "suppression/unused.rs",
        suppression::unused,
        "suppression/unused",
        Warning,
        "An inline suppression that suppresses nothing."
    ),
]);

/// The rule named `name`, if any.
pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::RULES;

    #[test]
    fn every_rule_is_documented_with_the_same_headings() {
        for rule in RULES {
            let doc = rule.documentation();
            for heading in ["## What it does", "## Why is this bad?", "## Example"] {
                assert!(doc.contains(heading), "{} lacks {heading:?}", rule.name);
            }
            if let Some(fix) = doc.split("## Fix").nth(1) {
                assert!(
                    fix.contains("Safe") || fix.contains("Unsafe"),
                    "{}: say whether the fix is safe",
                    rule.name
                );
            }
        }
    }

    #[test]
    fn every_rule_knows_its_place_in_the_table() {
        for (i, rule) in RULES.iter().enumerate() {
            assert_eq!(rule.index(), i, "{}", rule.name);
        }
    }

    #[test]
    fn names_are_unique_and_match_their_files() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
        // Every rule `group/name-of-rule` lives in `rules/group/name_of_rule.rs`,
        // and every such file is a rule.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files = Vec::new();
        for group in std::fs::read_dir(&dir).expect("rules directory") {
            let group = group.expect("entry").path();
            if !group.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&group).expect("group directory") {
                let file = file.expect("entry").path();
                let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                if stem != "mod" {
                    let group = group.file_name().and_then(|s| s.to_str()).unwrap_or("");
                    files.push(format!("{group}/{}", stem.replace('_', "-")));
                }
            }
        }
        files.sort_unstable();
        assert_eq!(files, names, "rule names and rule files differ");
    }
}
