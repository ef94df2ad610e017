//! Pairing quotation marks: a stack, so nested quotations (also with the
//! same marks) and quotations interrupted by their attribution come out
//! whole; a straight mark opens or closes by what stands around it.

use crate::model::{MarkRole, Marks};

/// A pair of quotation marks, as plain byte offsets.
#[derive(Debug)]
pub(super) struct Pair {
    pub(super) open: usize,
    pub(super) open_mark: char,
    pub(super) close: usize,
    pub(super) close_mark: char,
    /// Index in the pair list of the quotation this one is nested in.
    pub(super) parent: Option<usize>,
    /// Never closed: the quotation runs to the end of its sentence, where
    /// `close` is the white space after the stop.
    pub(super) unclosed: bool,
}

/// Pairs the quotation marks of `text`; returns the pairs in order of their
/// opening marks, and the marks that pair with nothing.
pub(super) fn pair_marks(text: &str) -> (Vec<Pair>, Vec<(usize, char, MarkRole)>) {
    // Each open mark: its offset, the mark, whether it is single, its pair index.
    let mut stack: Vec<(usize, char, bool, usize)> = Vec::new();
    let mut pairs: Vec<Pair> = Vec::new();
    let mut unmatched = Vec::new();
    // The value of an HTML attribute (`data-sort-value="1912-05-19"`): its
    // marks are markup, not quotation marks.
    let mut in_attribute: Option<char> = None;
    let mut too_deep = 0usize;
    // Found at the first straight mark: most text has none.
    let mut markup: Option<Vec<std::ops::Range<usize>>> = None;
    let bytes = text.as_bytes();
    let mut from = 0;
    // Every mark is `"`, `'`, or a three-byte character that starts with
    // 0xE2: only those bytes are looked at.
    while let Some(k) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]) {
        let at = from + k;
        let c = text[at..].chars().next().unwrap_or(' ');
        from = at + c.len_utf8();
        if !matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '„') {
            continue;
        }
        // Straight marks in inline code or a URL are markup; after a number,
        // with no quotation in straight marks open, they are inch or minute
        // marks (`12"`, `5'`).
        let quoting = stack.iter().any(|&(_, open, _, _)| open == c);
        if matches!(c, '"' | '\'')
            && ((!quoting && crate::text::is_measure_mark(text, at))
                || markup
                    .get_or_insert_with(|| crate::text::markup_ranges(text))
                    .iter()
                    .any(|r| r.contains(&at)))
        {
            continue;
        }
        if let Some(mark) = in_attribute {
            if c == mark {
                in_attribute = None;
            }
            continue;
        }
        let before = text[..at].chars().next_back();
        let after = text[from..].chars().next();
        if matches!(c, '"' | '\'') && before == Some('=') {
            in_attribute = Some(c);
            continue;
        }
        let opens_by_place = before
            .is_none_or(|b| b.is_whitespace() || "([{—–-/_*\u{1}".contains(b) || is_open_mark(b))
            && after.is_some_and(|a| !a.is_whitespace());
        // "leave.’9": a footnote's number after a closing mark that
        // follows a stop.
        // "reading.”’33": after a nested quotation's closing mark too.
        let note_after = before.is_some_and(|b| ".,;:!?”\"".contains(b))
            && after.is_some_and(|a| a.is_ascii_digit());
        let closes_by_place = before.is_some_and(|b| !b.is_whitespace())
            && (after.is_none_or(|a| !a.is_alphanumeric()) || note_after);
        let double_open = stack.iter().rposition(|&(_, _, single, _)| !single);
        let top_single = stack.last().is_some_and(|&(_, _, single, _)| single);
        let role = match c {
            '“' | '„' => Some(MarkRole::Open),
            '”' => Some(MarkRole::Close),
            '"' if double_open.is_some() && closes_by_place => Some(MarkRole::Close),
            // "done ": a closing mark after a space, before punctuation or the end.
            '"' if double_open.is_some()
                && after.is_none_or(|a| a.is_whitespace() || ".,;:!?)_*".contains(a)) =>
            {
                Some(MarkRole::Close)
            }
            '"' if opens_by_place => Some(MarkRole::Open),
            '"' if double_open.is_some() => Some(MarkRole::Close),
            '"' => Some(MarkRole::Close),
            '‘' | '\''
                if opens_by_place
                    && after.is_some_and(|a| a.is_alphanumeric() || a == '“' || a == '"') =>
            {
                if c == '\'' && double_open.is_none() && !straight_single_opens(text, from) {
                    None
                } else {
                    Some(MarkRole::Open)
                }
            }
            '’' | '\'' if top_single && closes_by_place => Some(MarkRole::Close),
            _ => None,
        };
        let single = matches!(c, '‘' | '’' | '\'');
        match role {
            // Beyond any real nesting: the marks are left unpaired, so that
            // nesting costs linear time and memory (each quotation holds the
            // words of those inside it).
            Some(MarkRole::Open) if stack.len() >= MAX_NESTING => {
                too_deep += 1;
                unmatched.push((at, c, MarkRole::Open));
            }
            Some(MarkRole::Close) if too_deep > 0 && !single => {
                too_deep -= 1;
                unmatched.push((at, c, MarkRole::Close));
            }
            Some(MarkRole::Open) => {
                let parent = stack
                    .iter()
                    .rev()
                    .find(|&&(_, _, s, _)| !s || single)
                    .map(|&(_, _, _, i)| i);
                pairs.push(Pair {
                    open: at,
                    open_mark: c,
                    close: at,
                    close_mark: c,
                    parent,
                    unclosed: false,
                });
                stack.push((at, c, single, pairs.len() - 1));
            }
            Some(MarkRole::Close) => {
                let target = if single {
                    stack.len().checked_sub(1)
                } else {
                    double_open
                };
                match target {
                    Some(t) => {
                        // Singles left open inside a closing double were apostrophes.
                        for (_, _, _, i) in stack.drain(t + 1..) {
                            pairs[i].close = usize::MAX;
                        }
                        let (_, _, _, i) = stack.pop().unwrap_or((0, c, single, 0));
                        pairs[i].close = at;
                        pairs[i].close_mark = c;
                    }
                    None if !single => unmatched.push((at, c, MarkRole::Close)),
                    None => {}
                }
            }
            None => {}
        }
    }
    let mut cut_short = false;
    for (at, c, single, i) in stack {
        pairs[i].close = usize::MAX;
        // A curly single mark left open before words ("‘look carefully at
        // the lessons ..."): a quotation never closed, as for double marks.
        if !single || (c == '‘' && opens_words(text, at + c.len_utf8())) {
            unmatched.push((at, c, MarkRole::Open));
            // Quotations open after it: it runs to the end of its sentence.
            // Pairs are in order of their opening marks: the next one opens first.
            // Not a double mark that opens the paragraph with only single
            // marks after it: a quotation going on into the next paragraph,
            // the quotations it holds nested in it ("“... and he said,
            // ‘Miss Q, nobody’s going to notice.’").
            let opens_paragraph = at == text.len() - text.trim_start().len();
            // Each introduced as speech is ("he said, ‘...’"), not scare
            // quotes in narrative a stray mark opened by mistake.
            // So for a single mark with double marks inside (British
            // style: "‘Darren rang me ... He said, “It’ll be Callum.”").
            let nested_only = pairs[i + 1..].iter().all(|p| {
                matches!(p.open_mark, '‘' | '\'') != single
                    && text[..p.open].trim_end().ends_with([',', ':'])
            });
            if opens_paragraph && nested_only {
                continue;
            }
            if let Some((close, mark)) = pairs
                .get(i + 1)
                .and_then(|later| sentence_close(text, at, later.open))
            {
                pairs[i].close = close;
                pairs[i].close_mark = mark;
                pairs[i].unclosed = true;
                cut_short = true;
            }
        }
    }
    // A quotation cut short at its sentence's end holds none of the later
    // ones: they belong to its parent (parents come before children).
    if cut_short {
        for k in 0..pairs.len() {
            let mut parent = pairs[k].parent;
            while let Some(p) =
                parent.filter(|&p| pairs[p].unclosed && pairs[k].open > pairs[p].close)
            {
                parent = pairs[p].parent;
            }
            pairs[k].parent = parent;
        }
    }
    // "‘Darren rang me. He said, “It’ll be Callum.”’": a double quotation
    // inside a closed single one (British style) is nested in it; which
    // singles close is known only now. One sweep, with the singles still
    // open at each opening mark on a stack.
    let mut singles: Vec<usize> = Vec::new();
    for k in 0..pairs.len() {
        while singles
            .last()
            .is_some_and(|&j| pairs[j].close < pairs[k].open)
        {
            singles.pop();
        }
        let (open, close) = (pairs[k].open, pairs[k].close);
        if close == usize::MAX {
            continue;
        }
        if matches!(pairs[k].open_mark, '‘' | '\'') {
            if !pairs[k].unclosed {
                singles.push(k);
            }
        } else if let Some(&j) = singles.last() {
            if pairs[j].open < open
                && close < pairs[j].close
                && pairs[k].parent.is_none_or(|p| p < j)
            {
                pairs[k].parent = Some(j);
            }
        }
    }
    // Drop pairs never closed, renumbering parents.
    let mut renumber = vec![None; pairs.len()];
    let mut kept = Vec::with_capacity(pairs.len());
    for (i, mut pair) in pairs.into_iter().enumerate() {
        if pair.close == usize::MAX {
            continue;
        }
        pair.parent = pair.parent.and_then(|p| renumber[p]);
        renumber[i] = Some(kept.len());
        kept.push(pair);
    }
    unmatched.sort_by_key(|&(at, _, _)| at);
    (kept, unmatched)
}

/// Whether a straight single mark outside any double quotation, ending at
/// `from`, opens a quotation ('big attack'): its word is no elision ('n',
/// 'em, '90s) and a mark that closes by place follows on the same line,
/// soon. Anything less is an apostrophe.
fn straight_single_opens(text: &str, from: usize) -> bool {
    let rest = &text[from..];
    if !opens_a_word(rest) {
        return false;
    }
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    line.match_indices('\'')
        .take_while(|&(k, _)| k < SINGLE_REACH)
        .any(|(k, _)| {
            let before = line[..k].chars().next_back();
            let after = rest[k + 1..].chars().next();
            // "leaving.'9": a note's number may follow.
            let note = before.is_some_and(|b| ".,;:!?".contains(b))
                && after.is_some_and(|a| a.is_ascii_digit());
            before.is_some_and(|b| !b.is_whitespace())
                && (after.is_none_or(|a| !a.is_alphanumeric()) || note)
        })
}

/// Whether words follow an opening single mark that ends at `from`: no
/// number or elision ('90s, 'n'), and at least three words.
fn opens_words(text: &str, from: usize) -> bool {
    let rest = &text[from..];
    opens_a_word(rest)
        && rest.starts_with(char::is_alphabetic)
        && rest.split_whitespace().take(3).count() == 3
}

/// Whether the word `rest` starts with can follow an opening mark: no
/// number ('90s) and no elision ('n', 'em).
fn opens_a_word(rest: &str) -> bool {
    let word_end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    !word.starts_with(|c: char| c.is_ascii_digit())
        && !ELISIONS.contains(&word.to_ascii_lowercase().as_str())
}

/// Where a quotation opened at `open` and never closed ends, when a later
/// one opens at `limit`: at the white space after the first stop of its
/// sentence, or the white space before `limit`; with that white space.
fn sentence_close(text: &str, open: usize, limit: usize) -> Option<(usize, char)> {
    let span = text.get(open..limit)?;
    let stop = span.char_indices().find_map(|(k, c)| {
        let next = span[k + c.len_utf8()..].chars().next()?;
        (matches!(c, '.' | '?' | '!') && next.is_whitespace()).then_some(k + c.len_utf8())
    });
    let at = match stop {
        Some(k) => open + k,
        None => open + span.trim_end().len(),
    };
    let c = text[at..].chars().next().filter(|c| c.is_whitespace())?;
    (at > open + 1).then_some((at, c))
}

/// Words written with a leading apostrophe for letters left out, sorted.
const ELISIONS: [&str; 12] = [
    "bout", "cause", "cos", "em", "n", "nother", "round", "s", "t", "til", "tis", "twas",
];

/// How far a quotation in straight single marks may run.
const SINGLE_REACH: usize = 200;

/// How deep quotations are paired inside each other.
const MAX_NESTING: usize = 64;

pub(super) fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'')
}

pub(super) fn marks(open: char, close: char) -> Marks {
    match (open, close) {
        ('“' | '„', '”') => Marks::Curly,
        ('"', '"') => Marks::Straight,
        ('‘', '’') => Marks::CurlySingle,
        ('\'', '\'') => Marks::StraightSingle,
        _ => Marks::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions_are_sorted_and_unique() {
        assert!(ELISIONS.windows(2).all(|w| w[0] < w[1]), "{ELISIONS:?}");
    }

    #[test]
    fn straight_single_marks_pair_only_as_quotations() {
        let words = |text: &str| {
            pair_marks(text)
                .0
                .iter()
                .map(|p| text[p.open + 1..p.close].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            words("The board warned of a 'structural gap' in fees."),
            ["structural gap"]
        );
        assert_eq!(
            words("## 'Pay as you dock' is no plan"),
            ["Pay as you dock"]
        );
        assert!(words("In the '90s they played 'em rock 'n' roll at O'Neill's.").is_empty());
        assert!(words("The pilots' union met. 'Tis late.").is_empty());
        // No closing mark on the same line: an apostrophe.
        assert!(words("He wrote 'tomorrow\nand then the pilots' union").is_empty());
    }
}
