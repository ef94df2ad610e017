//! ## What it does
//! Finds straight quotation marks and apostrophes (" and ') in a document
//! that mostly uses curly ones (“ ” ‘ ’), or the reverse. It reports each
//! line that has marks of the less used kind once, pointing at the first.
//!
//! ## Why is this bad?
//! Mixed marks are a sign of text pasted from several sources; they look
//! careless in print and break searches for quoted words.
//!
//! ## Example
//! ```text
//! “Cold economics, cold politics” has become the new normal ...
//! ... for the so-called "comfort women" issue ...
//! ```
//!
//! ## Fix
//! Safe: each mark becomes the document's kind, opening or closing by its
//! place (after a space or at the start of a line it opens); the words are
//! unchanged.

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let (mut curly, mut straight) = (0usize, 0usize);
    for (_, line) in cx.lines() {
        for c in line.chars() {
            match c {
                '“' | '”' | '‘' | '’' => curly += 1,
                '"' | '\'' => straight += 1,
                _ => {}
            }
        }
    }
    if curly == 0 || straight == 0 {
        return;
    }
    let prefer_curly = curly >= straight;
    let (kind, other) = if prefer_curly {
        ("straight", "curly")
    } else {
        ("curly", "straight")
    };
    for (start, line) in cx.lines() {
        let mut edits = Vec::new();
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(at, c)) in chars.iter().enumerate() {
            let before = k.checked_sub(1).map(|p| chars[p].1);
            let opens = before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b));
            let replacement = match (prefer_curly, c) {
                (true, '"') => Some(if opens { '“' } else { '”' }),
                (true, '\'') => Some(if opens { '‘' } else { '’' }),
                (false, '“' | '”') => Some('"'),
                (false, '‘' | '’') => Some('\''),
                _ => None,
            };
            if let Some(r) = replacement {
                edits.push(Edit {
                    span: cx.span(start + at, start + at + c.len_utf8()),
                    replacement: r.to_string(),
                });
            }
        }
        let Some(first) = edits.first() else { continue };
        let count = edits.len();
        let what = if count == 1 {
            format!("a {kind} mark")
        } else {
            format!("{count} {kind} marks")
        };
        out.report(format!("{what} on this line; the document mostly uses {other} quotation marks and apostrophes"), first.span)
                .help(format!("use {other} marks throughout ({curly} curly, {straight} straight in this document)"))
                .fix(format!("use {other} marks on this line"), Safety::Safe, edits);
    }
}
