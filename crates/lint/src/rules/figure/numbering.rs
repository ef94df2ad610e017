//! ## What it does
//! Finds figures not numbered 1, 2, 3 ... in the order they stand, and a
//! caption without a photo or source credit where the other captions have
//! one.
//!
//! ## Why is this bad?
//! A skipped or repeated number suggests a lost or duplicated figure; a
//! missing credit may be a rights problem.
//!
//! ## Example
//! ```text
//! Figure 1 Ministers meet in Tokyo. Photo: AP
//! Figure 3 The summit opens. Photo: Kyodo
//! ```
//! Figure 2 is missing.

use crate::context::Context;
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let figures = &cx.article.figures;
    for (i, figure) in figures.iter().enumerate() {
        // Each number follows the one before it, so one gap is one finding.
        let expected = i.checked_sub(1).map_or(1, |p| figures[p].number + 1);
        if figure.number != expected {
            let d = out
                .report(
                    format!(
                        "Figure {} stands where Figure {expected} is expected",
                        figure.number
                    ),
                    figure.span,
                )
                .help("number figures 1, 2, 3 ... in the order they appear");
            if let Some(previous) = i.checked_sub(1).map(|p| &figures[p]) {
                d.related(
                    format!("Figure {} comes before it", previous.number),
                    previous.span,
                );
            }
        }
    }
    let credited = figures.iter().filter(|f| f.credit.is_some()).count();
    if credited * 2 > figures.len() {
        for figure in figures.iter().filter(|f| f.credit.is_none()) {
            out.report(format!("Figure {} has no photo or source credit", figure.number), figure.span)
                    .help(format!("{credited} of the {} figures credit their source; add “Photo: ...” to this caption", figures.len()));
        }
    }
}
