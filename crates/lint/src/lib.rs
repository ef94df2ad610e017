//! Rules that check an article's chronologies and quotations before
//! publication, and the renderers of what they find.
//!
//! ```
//! use claimkit_lint::{check, Config};
//!
//! let text = "May 1, 2020: A.\n\nJune 15 2020: B.\n\nMay 3, 2020: C.\n\nMay 4, 2020: D.\n";
//! let article = claimkit_parser::extract(text);
//! let found = check(text, &article, &Config::default());
//! let rules: Vec<&str> = found.iter().map(|d| d.rule.name).collect();
//! assert_eq!(rules, ["chronology/date-format", "chronology/order"]);
//! ```
//!
//! Each rule lives in its own file under `rules/<group>/`, registered in one
//! table ([`RULES`]); its `//!` comment is the documentation `claimkit
//! explain` prints. A [`Diagnostic`] is data; [`render`] turns diagnostics into
//! text for people (rustc-style excerpts) and for machines (JSON, SARIF,
//! GitHub annotations).

#![deny(missing_docs)]

mod config;
mod context;
mod diagnostic;
mod edit_distance;
mod error;
mod fix;
pub mod render;
mod rules;
mod suppression;

pub use config::{Config, NameOrder, Options};
pub use context::Context;
pub use diagnostic::{Diagnostic, Edit, Fix, Related, Safety, Severity};
pub use error::{Error, Origin, Position};
pub use fix::apply_fixes;
pub use rules::{find as find_rule, Rule, RULES};

use claimkit_parser::{Article, LineIndex};

use rules::{Check, Sink};
use suppression::Suppressions;

/// Runs every rule `config` enables over `text` and the article extracted
/// from it; returns the findings not suppressed inline, in line, column,
/// rule order.
pub fn check(text: &str, article: &Article, config: &Config) -> Vec<Diagnostic> {
    check_indexed(&LineIndex::new(text), article, config)
}

/// [`check`] over a text already indexed: the index the parser used
/// ([`claimkit_parser::extract_indexed`]) serves the rules and then the
/// renderers ([`render::FileReport`]).
pub fn check_indexed(index: &LineIndex<'_>, article: &Article, config: &Config) -> Vec<Diagnostic> {
    let cx = Context::new(index, article, &config.options);
    let enabled: Vec<(&'static Rule, Severity)> = RULES
        .iter()
        .filter_map(|rule| Some((rule, config.severity_of(rule)?)))
        .collect();
    let mut found = Vec::new();
    for &(rule, severity) in &enabled {
        if let Check::Article(check) = rule.check {
            check(&cx, &mut Sink::new(rule, severity, &mut found));
        }
    }
    let mut suppressions = Suppressions::read(&cx);
    suppressions.apply(&mut found, |name| {
        enabled.iter().any(|(rule, _)| rule.is_named_by(name))
    });
    for &(rule, severity) in &enabled {
        if let Check::Suppressions(check) = rule.check {
            check(
                &cx,
                &suppressions,
                &mut Sink::new(rule, severity, &mut found),
            );
        }
    }
    // An article that did not come from this text (deserialized, edited by
    // hand) may hold spans that point anywhere: findings point into the text.
    for d in &mut found {
        d.span = fit(&cx, d.span);
        for r in &mut d.related {
            r.span = fit(&cx, r.span);
        }
        let text = cx.text;
        let in_text = |e: &Edit| {
            e.span.start <= e.span.end
                && text.is_char_boundary(e.span.start)
                && text.is_char_boundary(e.span.end)
        };
        if d.fix.as_ref().is_some_and(|f| !f.edits.iter().all(in_text)) {
            d.fix = None;
        }
    }
    sort_in_place(&mut found, |a, b| a.sort_key().cmp(&b.sort_key()));
    found.dedup();
    found
}

/// Sorts `found` stably by `cmp` without the copy of every item a stable
/// sort of the items themselves holds at once (a large text's findings are
/// the largest thing `check` keeps): the order is sorted as indices, then
/// applied cycle by cycle.
fn sort_in_place<T>(found: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by(|&a, &b| cmp(&found[a], &found[b]));
    // Position `i` takes the finding at `order[i]`; a visited position is
    // marked with `usize::MAX`.
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = order[at];
            order[at] = usize::MAX;
            if from == start {
                break;
            }
            found.swap(at, from);
            at = from;
        }
    }
}

/// `span` moved into `cx`'s text: clamped to its length, onto character
/// boundaries, not reversed, with the line and column the text gives it.
fn fit(cx: &Context<'_>, span: claimkit_parser::Span) -> claimkit_parser::Span {
    let text = cx.text;
    let floor = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = floor(span.start);
    let end = floor(span.end).max(start);
    cx.span(start, end)
}

#[cfg(test)]
mod tests {
    use super::sort_in_place;

    #[test]
    fn sorts_in_place_stably() {
        // Every rotation of a list with equal keys: ties keep their order.
        let items = [(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        for rotate in 0..items.len() {
            let mut shuffled = items.to_vec();
            shuffled.rotate_left(rotate);
            let mut reference = shuffled.clone();
            reference.sort_by_key(|&(k, _)| k);
            sort_in_place(&mut shuffled, |a, b| a.0.cmp(&b.0));
            assert_eq!(shuffled, reference, "rotated by {rotate}");
        }
        let mut reversed: Vec<u32> = (0..1000).rev().collect();
        sort_in_place(&mut reversed, |a, b| a.cmp(b));
        assert!(reversed.iter().copied().eq(0..1000));
    }
}
