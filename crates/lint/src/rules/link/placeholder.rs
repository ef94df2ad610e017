//! ## What it does
//! Finds links whose target is empty or `#`: placeholders left when the
//! text was converted or drafted, which lead nowhere.
//!
//! ## Why is this bad?
//! A reader who follows the link lands nowhere, and the source the link was
//! meant to cite is lost.
//!
//! ## Example
//! ```text
//! Chief Cabinet Secretary Suga Yoshihide [said](#) that ...
//! ```

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for link in &cx.article.links {
        let target = link.target.trim();
        if target.is_empty() || target == "#" {
            let what = if target.is_empty() {
                "an empty target"
            } else {
                "the placeholder target `#`"
            };
            out.report(format!("link “{}” has {what}", link.text), link.span)
                .help("put the address of the source the link cites, or remove the link");
        }
    }
}
