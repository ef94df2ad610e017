//! Applying fixes: the edits of the chosen fixes, in order, skipping any
//! fix whose edits overlap one already taken.

use crate::diagnostic::{Diagnostic, Safety};

/// The text with the fixes of `diagnostics` applied (safe ones, and unsafe
/// ones too when `unsafe_fixes`), and how many fixes were applied. A fix
/// whose edits overlap an earlier fix's is left for a later run.
pub fn apply_fixes(text: &str, diagnostics: &[Diagnostic], unsafe_fixes: bool) -> (String, usize) {
    let mut taken: Vec<(usize, usize, &str)> = Vec::new();
    let mut applied = 0;
    for fix in diagnostics.iter().filter_map(|d| d.fix.as_ref()) {
        if fix.safety == Safety::Unsafe && !unsafe_fixes {
            continue;
        }
        let edits: Vec<(usize, usize, &str)> = fix
            .edits
            .iter()
            .map(|e| (e.span.start, e.span.end, e.replacement.as_str()))
            .collect();
        let valid = edits.iter().all(|&(a, b, _)| {
            a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        });
        let overlaps = edits.iter().any(|&(a, b, _)| {
            taken
                .iter()
                .any(|&(x, y, _)| a < y && x < b || (a == b && a == x) || (x == y && x == a))
        });
        if valid && !overlaps {
            taken.extend(edits);
            applied += 1;
        }
    }
    taken.sort_by_key(|&(a, b, _)| (a, b));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (a, b, replacement) in taken {
        out.push_str(&text[at..a]);
        out.push_str(replacement);
        at = b;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

#[cfg(test)]
mod tests {
    use claimkit_parser::Span;

    use super::*;
    use crate::diagnostic::Edit;

    fn edit(start: usize, end: usize, replacement: &str) -> Edit {
        Edit {
            span: Span {
                line: 1,
                column: start + 1,
                start,
                end,
            },
            replacement: replacement.into(),
        }
    }

    #[test]
    fn safe_fixes_apply_and_overlapping_ones_wait() {
        let text = "June 15 2020: Oct.  8";
        let span = Span {
            line: 1,
            column: 1,
            start: 0,
            end: 1,
        };
        let rule = crate::find_rule("chronology/date-format").expect("a rule");
        let d = |edits, safety| {
            let mut d = Diagnostic::new(rule, "m", span);
            d.fix("f", safety, edits);
            d
        };
        let found = [
            d(vec![edit(7, 7, ",")], Safety::Safe),
            d(vec![edit(18, 20, " ")], Safety::Safe),
            d(vec![edit(18, 19, "")], Safety::Safe),
            d(vec![edit(0, 4, "July")], Safety::Unsafe),
        ];
        assert_eq!(
            apply_fixes(text, &found, false),
            ("June 15, 2020: Oct. 8".to_string(), 2)
        );
        assert_eq!(
            apply_fixes(text, &found, true),
            ("July 15, 2020: Oct. 8".to_string(), 3)
        );
    }
}
