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

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;
use crate::suppression::Suppressions;

/// Reports every suppression that names no rule, names an unknown one, or
/// hid nothing although a rule it names ran.
pub(crate) fn check(cx: &Context<'_>, suppressions: &Suppressions, out: &mut Sink<'_>) {
    for s in suppressions.iter() {
        let unknown = s.unknown_names();
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
        } else if !s.used && s.judged {
            format!(
                "this suppression of {} suppresses nothing",
                s.names.join(", ")
            )
        } else {
            continue;
        };
        out.report(message, s.span)
            .help("remove it, or name the rule it is meant for (`claimkit rules` lists them)")
            .fix(
                "delete the suppression comment",
                Safety::Safe,
                vec![Edit {
                    span: cx.span(s.line.0, s.line.1),
                    replacement: String::new(),
                }],
            );
    }
}
