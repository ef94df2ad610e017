//! ## What it does
//! Finds quotation marks that pair with nothing: an opening mark never
//! closed, or a closing mark with no opening one. It points at the unmatched
//! mark.
//!
//! ## Why is this bad?
//! Without both marks the reader cannot tell where the quoted words begin or
//! end, or whether the words are quoted at all.
//!
//! ## Example
//! ```text
//! Kim urged the Japanese government to promptly withdraw unjust measures” ...
//! ```
//! The closing mark has no opening mark: where do Kim's words begin?

use claimkit_parser::MarkRole;

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for mark in &cx.article.stray_marks {
        let (message, help) = match mark.role {
            MarkRole::Close => (
                format!("closing quotation mark {} has no opening mark", mark.mark),
                "add the opening mark where the quoted words begin, or remove this one",
            ),
            MarkRole::Open => (
                format!("opening quotation mark {} is never closed", mark.mark),
                "add the closing mark where the quoted words end, or remove this one",
            ),
        };
        out.report(message, mark.span).help(help);
    }
}
