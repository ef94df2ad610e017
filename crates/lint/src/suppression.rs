//! The inline suppression engine: reads `<!-- claimkit-disable-next-line
//! RULE -->` and `<!-- claimkit-disable RULE -->` ... `<!-- claimkit-enable
//! RULE -->` comments, removes the findings they hide, and remembers which
//! of them hid something, for `suppression/unused` to report the rest.

use claimkit_parser::Span;

use crate::context::Context;
use crate::diagnostic::Diagnostic;
use crate::rules::RULES;

/// One suppression comment.
pub(crate) struct Suppression {
    /// The rule and group names it lists.
    pub(crate) names: Vec<String>,
    /// The comment.
    pub(crate) span: Span,
    /// Whole-line byte range of the comment line, with its ending.
    pub(crate) line: (usize, usize),
    /// The 1-based lines it covers, inclusive.
    covers: (usize, usize),
    /// Whether it hid a finding.
    pub(crate) used: bool,
    /// Whether a rule it names ran, so that hiding nothing means something.
    pub(crate) judged: bool,
}

impl Suppression {
    fn new(names: Vec<String>, span: Span, line: (usize, usize), covers: (usize, usize)) -> Self {
        Suppression {
            names,
            span,
            line,
            covers,
            used: false,
            judged: false,
        }
    }

    /// The names it lists that are no rule and no group.
    pub(crate) fn unknown_names(&self) -> Vec<&str> {
        self.names
            .iter()
            .map(String::as_str)
            .filter(|n| !RULES.iter().any(|r| r.is_named_by(n)))
            .collect()
    }
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
            let Some(body) = crate::context::comment_body(text) else {
                continue;
            };
            let mut words = body.split([' ', ',', '\t']).filter(|w| !w.is_empty());
            let directive = words.next().unwrap_or("");
            let names: Vec<String> = words.map(str::to_string).collect();
            let lead = text.len() - text.trim_start().len();
            let span = cx.span(start + lead, start + text.trim_end().len());
            let line = cx.line_with_ending(start, text);
            let number = i + 1;
            match directive {
                "claimkit-disable-next-line" => {
                    let target = (i + 1..lines.len())
                        .find(|&j| !lines[j].1.trim().is_empty())
                        .map_or(number, |j| j + 1);
                    found.push(Suppression::new(names, span, line, (target, target)));
                }
                "claimkit-disable" => {
                    open.push(found.len());
                    found.push(Suppression::new(names, span, line, (number, usize::MAX)));
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

    /// Removes the findings the suppressions hide, marking each suppression
    /// that hid one as used, and each that names a rule that ran (`ran`) as
    /// judged.
    pub(crate) fn apply(&mut self, found: &mut Vec<Diagnostic>, ran: impl Fn(&str) -> bool) {
        found.retain(|d| !self.hides(d));
        for s in &mut self.0 {
            s.judged = s.names.iter().any(|n| ran(n));
        }
    }

    /// Every suppression, in the order of the text.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Suppression> {
        self.0.iter()
    }

    /// Whether `d` is suppressed; marks the suppressions that hide it as used.
    fn hides(&mut self, d: &Diagnostic) -> bool {
        let mut hidden = false;
        for s in &mut self.0 {
            let named = s.names.iter().any(|n| d.rule.is_named_by(n));
            if named && (s.covers.0..=s.covers.1).contains(&d.span.line) {
                s.used = true;
                hidden = true;
            }
        }
        hidden
    }
}
