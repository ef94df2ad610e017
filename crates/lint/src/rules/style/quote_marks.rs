//! ## What it does
//! Finds straight quotation marks and apostrophes (" and ') in a document
//! that mostly uses curly ones (“ ” ‘ ’), or the reverse: one finding for
//! the document, at the first such mark, with every other line that has
//! some listed beside it. A document that writes each kind of mark one way
//! (curly quotation marks, straight apostrophes) mixes nothing. It also finds lookalike characters standing for
//! an apostrophe between two letters (“Japan‟s”, “Japan′s”, “Japan´s”),
//! and double marks nested inside double marks of the same kind (“He
//! said “no” twice.”), where the inner quotation takes single marks.
//!
//! Marks inside inline code, a URL or an HTML attribute (`href="..."`) are
//! markup, not punctuation, and are neither counted nor changed; neither
//! are inch and minute marks after a number (`12"`).
//!
//! ## Why is this bad?
//! Mixed marks are a sign of text pasted from several sources; they look
//! careless in print and break searches for quoted words. A lookalike
//! apostrophe breaks searches for the word it stands in, and a quotation
//! inside a quotation with the same marks reads as two quotations.
//!
//! ## Example
//! ```text
//! “Cold economics, cold politics” has become the new normal ...
//! ... for the so-called "comfort women" issue ...
//! ... a statement calling it Japan‟s “best chance.”
//! ```
//!
//! ## Fix
//! Safe: each mark becomes the document's kind, opening or closing by its
//! place (after a space or at the start of a line it opens; before a number,
//! as in ’90s, it is an apostrophe); a lookalike apostrophe becomes the
//! document's apostrophe; nested double marks become single ones. The words
//! are unchanged. Unsafe when the document's kind is straight: straight
//! marks no longer say which mark opens a quotation and which closes it, so
//! the quotations may pair differently; a person checks the result.

use claimkit_parser::Span;

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

/// Characters that stand in for an apostrophe between two letters.
const LOOKALIKES: &[char] = &['‟', '‛', '′', '´', 'ʹ', '`', '”', '“'];

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    let (mut curly, mut straight) = (0usize, 0usize);
    // Quotation marks and apostrophes, each: [curly, straight].
    let (mut quotation, mut apostrophe) = ([0usize; 2], [0usize; 2]);
    let mut lines = Vec::new();
    for (start, line) in cx.lines() {
        // Most lines hold no mark: their markup need not be found.
        if !line.contains(['“', '”', '‘', '’', '"', '\'']) {
            lines.push((start, line, Vec::new()));
            continue;
        }
        let markup = markup_ranges(line);
        // A straight double mark after a number is an inch mark unless a
        // quotation in straight marks is open there ("began in 2020").
        let mut open_straight = false;
        let marks: Vec<(usize, char)> = line
            .char_indices()
            .filter(|&(at, c)| {
                let mark = matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'')
                    && !markup.iter().any(|r| r.contains(&at))
                    && (open_straight || !claimkit_parser::is_measure_mark(line, at));
                if mark && c == '"' {
                    open_straight = !open_straight;
                }
                mark
            })
            .collect();
        // Whether a single quotation mark is open on the line, so that a
        // mark after a plural ("the ministers' ") may close it.
        let mut single_open = false;
        for &(at, c) in &marks {
            let straight_mark = matches!(c, '"' | '\'');
            if straight_mark {
                straight += 1;
            } else {
                curly += 1;
            }
            // "Japan’s", "O'Dowd", "’90s": an apostrophe.
            let before = line[..at].chars().next_back();
            let after = line[at + c.len_utf8()..].chars().next();
            let single = matches!(c, '’' | '\'' | '‘');
            let elision = matches!(c, '’' | '\'')
                && after.is_some_and(char::is_alphanumeric)
                && before.is_none_or(|b| b.is_alphanumeric() || b.is_whitespace());
            // "the seafarers' union": a plural's possessive, unless it closes
            // a quotation the line opened.
            let possessive = matches!(c, '’' | '\'')
                && !single_open
                && before.is_some_and(|b| b == 's')
                && !after.is_some_and(char::is_alphanumeric);
            if single && !elision && !possessive {
                single_open = before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b));
            }
            let kind = if elision || possessive {
                &mut apostrophe
            } else {
                &mut quotation
            };
            kind[usize::from(straight_mark)] += 1;
        }
        lines.push((start, line, marks));
    }
    let prefer_curly = curly >= straight;
    for &(start, line, _) in &lines {
        lookalike_apostrophes(cx, start, line, prefer_curly, out);
    }
    nested_double_marks(cx, out);
    // Curly quotation marks and straight apostrophes throughout (or the
    // reverse) are a house style: each kind of mark is written one way.
    let mixed = |[c, s]: [usize; 2]| c > 0 && s > 0;
    if curly == 0 || straight == 0 || !mixed(quotation) && !mixed(apostrophe) {
        return;
    }
    let (kind, other) = if prefer_curly {
        ("straight", "curly")
    } else {
        ("curly", "straight")
    };
    let mut edits = Vec::new();
    let mut first_on_line: Vec<Span> = Vec::new();
    for (start, line, marks) in &lines {
        let before_count = edits.len();
        for &(at, c) in marks {
            let before = line[..at].chars().next_back();
            let after = line[at + c.len_utf8()..].chars().next();
            let opens = before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b))
                && !after.is_some_and(|a| a.is_ascii_digit() && c == '\'');
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
        if edits.len() > before_count {
            first_on_line.push(edits[before_count].span);
        }
    }
    let Some(first) = first_on_line.first().copied() else {
        return;
    };
    let count = edits.len();
    let lines_with = first_on_line.len();
    let what = match (count, lines_with) {
        (1, _) => format!("a {kind} mark"),
        (_, 1) => format!("{count} {kind} marks on this line"),
        _ => format!("{count} {kind} marks on {lines_with} lines"),
    };
    let d = out
        .report(
            format!(
                "{what} in a document that mostly uses {other} quotation marks and apostrophes"
            ),
            first,
        )
        .help(format!(
            "use {other} marks throughout ({curly} curly, {straight} straight in this document)"
        ));
    for span in &first_on_line[1..] {
        d.related(format!("{kind} marks on line {}", span.line), *span);
    }
    // Straight marks lose which mark opens and which closes, and with it
    // how the quotations pair: a person checks that direction.
    let safety = if prefer_curly {
        Safety::Safe
    } else {
        Safety::Unsafe
    };
    d.fix(format!("use {other} marks throughout"), safety, edits);
}

/// Byte ranges of `line` that are markup: inline code and URLs (as the
/// parser reads them), and HTML attribute values (`href="..."`).
fn markup_ranges(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = claimkit_parser::markup_ranges(line);
    let bytes = line.as_bytes();
    // `="` and `='`, found byte by byte (no string searcher for each line).
    let attributes = bytes
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| pair[0] == b'=' && matches!(pair[1], b'"' | b'\''))
        .map(|(at, _)| at);
    for at in attributes {
        let quote = &line[at + 1..at + 2];
        let end = line[at + 2..]
            .find(quote)
            .map_or(line.len(), |e| at + 2 + e + 1);
        ranges.push(at + 1..end);
    }
    ranges
}

/// A lookalike character between two letters, where an apostrophe belongs.
fn lookalike_apostrophes(
    cx: &Context<'_>,
    start: usize,
    line: &str,
    prefer_curly: bool,
    out: &mut Sink<'_>,
) {
    if !line.contains(LOOKALIKES) {
        return;
    }
    let apostrophe = if prefer_curly { "’" } else { "'" };
    let single_tick = line.matches('`').count() == 1;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for k in 1..chars.len().saturating_sub(1) {
        let (at, c) = chars[k];
        if !LOOKALIKES.contains(&c) || (c == '`' && !single_tick) {
            continue;
        }
        let (before, after) = (chars[k - 1].1, chars[k + 1].1);
        // "Japan‟s", "don′t": a letter on each side, a short ending after.
        let ending: String = chars[k + 1..]
            .iter()
            .map(|&(_, c)| c)
            .take_while(|c| c.is_alphabetic())
            .collect();
        if !before.is_alphabetic()
            || !after.is_lowercase()
            || !matches!(ending.as_str(), "s" | "t" | "d" | "m" | "ll" | "re" | "ve")
        {
            continue;
        }
        let span = cx.span(start + at, start + at + c.len_utf8());
        out.report(
            format!("“{c}” (U+{:04X}) used as an apostrophe", c as u32),
            span,
        )
        .help(format!("write the apostrophe “{apostrophe}”"))
        .fix(
            format!("write “{apostrophe}”"),
            Safety::Safe,
            vec![Edit {
                span,
                replacement: apostrophe.to_string(),
            }],
        );
    }
}

/// A quotation inside another that both take double marks of one kind
/// (“... “no” ...”): the inner one takes single marks.
fn nested_double_marks(cx: &Context<'_>, out: &mut Sink<'_>) {
    let quotations = &cx.article.quotations;
    for q in quotations {
        let Some(outer) = q.nested_in.and_then(|i| quotations.get(i)) else {
            continue;
        };
        let inner_text = cx.slice(q.span);
        let outer_text = cx.slice(outer.span);
        let (Some(open), Some(close)) = (inner_text.chars().next(), inner_text.chars().next_back())
        else {
            continue;
        };
        let double = |c: char| matches!(c, '“' | '”' | '"');
        if !double(open) || !outer_text.starts_with(open) {
            continue;
        }
        let (single_open, single_close) = if open == '"' {
            ("'", "'")
        } else {
            ("‘", "’")
        };
        let open_span = cx.span(q.span.start, q.span.start + open.len_utf8());
        let close_span = cx.span(q.span.end - close.len_utf8(), q.span.end);
        out.report(
            "double quotation marks inside a quotation in double marks",
            open_span,
        )
        .related("the quotation it stands in", outer.span)
        .help("a quotation within a quotation takes single marks")
        .fix(
            "use single marks for the inner quotation",
            Safety::Safe,
            vec![
                Edit {
                    span: open_span,
                    replacement: single_open.to_string(),
                },
                Edit {
                    span: close_span,
                    replacement: single_close.to_string(),
                },
            ],
        );
    }
}
