//! Light Markdown: inline links and emphasis marks.

use super::plain::Plain;
use super::source::Source;
use crate::model::Link;

/// A Markdown inline link found in a line.
pub(super) struct LinkAt {
    /// Byte range of the link text, inside the brackets.
    pub(super) text: (usize, usize),
    /// Byte range of the target, inside the parentheses.
    pub(super) target: (usize, usize),
    /// Byte offset just past the closing parenthesis.
    pub(super) end: usize,
}

/// The link that starts at byte `i` of `line`, if one does.
pub(super) fn link_at(line: &str, i: usize) -> Option<LinkAt> {
    let rest = line.get(i..)?;
    if !rest.starts_with('[') {
        return None;
    }
    let mut depth = 0usize;
    let mut close = None;
    for (j, c) in rest.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let after = &rest[close + 1..];
    if !after.starts_with('(') {
        return None;
    }
    // The target ends at the parenthesis that closes it: one it holds in
    // pairs is part of it, as CommonMark has it ("/wiki/Mercury_(planet)"),
    // and so is one escaped ("\("). Unbalanced ("/ruiz-(statement) on"),
    // it ends at the first ")", as a reader would take it.
    let destination = &after[1..];
    let mut depth = 0usize;
    let mut escaped = false;
    let mut closing = None;
    for (k, c) in destination.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' if depth == 0 => {
                closing = Some(k);
                break;
            }
            ')' => depth -= 1,
            c if c.is_whitespace() => break,
            _ => {}
        }
    }
    let paren = 1 + closing.or_else(|| destination.find(')'))?;
    let target = &after[1..paren];
    if target.chars().any(char::is_whitespace) {
        return None;
    }
    let target_start = i + close + 2;
    Some(LinkAt {
        text: (i + 1, i + close),
        target: (target_start, target_start + target.len()),
        end: target_start + target.len() + 1,
    })
}

/// Every Markdown link of `line`, which starts at source byte `offset`.
pub(crate) fn links(line: &str, offset: usize, source: &Source<'_>) -> Vec<Link> {
    let mut found = Vec::new();
    let mut i = 0;
    // A link starts at a `[`: the bytes between two are skipped at once.
    while let Some(k) = memchr::memchr(b'[', &line.as_bytes()[i..]) {
        i += k;
        if let Some(link) = link_at(line, i) {
            let mut text = Plain::default();
            text.push_markdown(&line[link.text.0..link.text.1], offset + link.text.0);
            found.push(Link {
                text: text.text.into_owned(),
                target: line[link.target.0..link.target.1].to_string(),
                span: source.span(offset + i, offset + link.end),
            });
            i = link.end;
        } else {
            i += 1;
        }
    }
    found
}

/// Byte offsets of the `*` characters of `line` that mark emphasis: an opening
/// `*` followed by a non-space, closed later on the line by a `*` that follows
/// a non-space. Lone asterisks (footnote markers, "5 * 3") are text.
pub(super) fn emphasis_marks(line: &str) -> Vec<usize> {
    let mut marks = Vec::new();
    let mut open: Option<usize> = None;
    // Only the `*` bytes are visited, each with the characters around it.
    for i in memchr::memchr_iter(b'*', line.as_bytes()) {
        let before = line[..i].chars().next_back();
        let after = line[i + 1..].chars().next();
        let can_close = before.is_some_and(|b| !b.is_whitespace());
        let can_open = after.is_some_and(|a| !a.is_whitespace());
        match open {
            Some(o) if can_close => {
                marks.push(o);
                marks.push(i);
                open = None;
            }
            _ if can_open => open = Some(i),
            _ => {}
        }
    }
    marks.sort_unstable();
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_target_holds_parentheses_in_pairs() {
        let line = "the [Authority](/wiki/Water_Authority_(Maranova)) described";
        let link = link_at(line, 4).expect("a link");
        assert_eq!(&line[link.text.0..link.text.1], "Authority");
        assert_eq!(
            &line[link.target.0..link.target.1],
            "/wiki/Water_Authority_(Maranova)"
        );
        assert_eq!(&line[link.end..], " described");
        // With a space: no link. Unbalanced: to the first ")". Escaped: kept.
        assert!(link_at("[a](b c)", 0).is_none());
        let open = "[a](https://example.com/ruiz-(statement) on Monday";
        let link = link_at(open, 0).expect("a link");
        assert_eq!(
            &open[link.target.0..link.target.1],
            "https://example.com/ruiz-(statement"
        );
        let escaped = r"[a](https://example.com/ruiz\(a), the leader";
        let link = link_at(escaped, 0).expect("a link");
        assert_eq!(&escaped[link.end..], ", the leader");
        let plain = link_at("[a](b) (c)", 0).expect("a link");
        assert_eq!(plain.end, 6);
    }
}
