//! Plain-text projections of the input that remember, byte for byte,
//! where every character came from, so that items found in plain text get
//! spans into the original bytes.

use std::borrow::Cow;

use super::markdown::{emphasis_marks, link_at};
use super::source::Line;

/// Text with markup removed, where every byte knows the source bytes it stands for.
///
/// The map is kept as runs: most plain text is a contiguous copy of the
/// source, so memory stays near the size of the text itself. Text that is
/// one such copy (a line without markup, most lines of a document) borrows
/// the source instead of copying it, and its one run needs no allocation.
#[derive(Debug, Default, Clone)]
pub(crate) struct Plain<'a> {
    pub text: Cow<'a, str>,
    /// Runs in plain order; the first starts at plain byte 0.
    runs: Runs,
}

/// A plain text's runs, the commonest case of one run kept inline.
#[derive(Debug, Clone)]
enum Runs {
    One(Run),
    Many(Vec<Run>),
}

impl Default for Runs {
    fn default() -> Self {
        Runs::Many(Vec::new())
    }
}

impl Runs {
    fn as_slice(&self) -> &[Run] {
        match self {
            Runs::One(run) => std::slice::from_ref(run),
            Runs::Many(runs) => runs,
        }
    }

    fn push(&mut self, run: Run) {
        match self {
            Runs::Many(runs) if runs.is_empty() => *self = Runs::One(run),
            Runs::Many(runs) => runs.push(run),
            Runs::One(first) => *self = Runs::Many(vec![*first, run]),
        }
    }

    fn shrink_to_fit(&mut self) {
        if let Runs::Many(runs) = self {
            match runs.as_slice() {
                [one] => *self = Runs::One(*one),
                _ => runs.shrink_to_fit(),
            }
        }
    }
}

/// Where a stretch of plain text came from.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Plain byte where the run starts; it lasts until the next run.
    plain: usize,
    /// Source byte the run starts at.
    source: usize,
    /// `None` for a copy of the source, byte for byte; `Some(len)` for one
    /// character that stands for `len` source bytes (an escape, a line break).
    replaces: Option<usize>,
}

impl<'a> Plain<'a> {
    /// The source byte range of plain bytes `start..end`.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.text.is_empty() {
            return (0, 0);
        }
        let last_byte = self.text.len() - 1;
        let start = floor_boundary(&self.text, start.min(last_byte));
        let last = floor_boundary(&self.text, end.saturating_sub(1).clamp(start, last_byte));
        (self.start_of(start), self.end_of(last))
    }

    fn run_at(&self, p: usize) -> Run {
        let runs = self.runs.as_slice();
        let i = runs.partition_point(|r| r.plain <= p).saturating_sub(1);
        runs[i]
    }

    /// The source offset of the character at plain byte `p`.
    fn start_of(&self, p: usize) -> usize {
        let run = self.run_at(p);
        match run.replaces {
            None => run.source + (p - run.plain),
            Some(_) => run.source,
        }
    }

    /// The source offset just past the character at plain byte `p`.
    fn end_of(&self, p: usize) -> usize {
        let run = self.run_at(p);
        match run.replaces {
            None => {
                let len = self.text[p..].chars().next().map_or(1, char::len_utf8);
                run.source + (p - run.plain) + len
            }
            Some(len) => run.source + len,
        }
    }

    /// Plain bytes `start..end` as a plain text of their own.
    pub fn slice(&self, start: usize, end: usize) -> Plain<'a> {
        let text = match &self.text {
            Cow::Borrowed(text) => Cow::Borrowed(&text[start..end]),
            Cow::Owned(text) => Cow::Owned(text[start..end].to_string()),
        };
        let mut out = Plain {
            text,
            runs: Runs::default(),
        };
        // Runs are in plain order: start at the one `start` falls in.
        let runs = self.runs.as_slice();
        let first = runs.partition_point(|r| r.plain <= start).saturating_sub(1);
        for (i, run) in runs.iter().enumerate().skip(first) {
            if run.plain >= end {
                break;
            }
            let run_end = runs.get(i + 1).map_or(self.text.len(), |r| r.plain);
            if run_end <= start {
                continue;
            }
            let from = run.plain.max(start);
            let source = match run.replaces {
                None => run.source + (from - run.plain),
                Some(_) => run.source,
            };
            out.runs.push(Run {
                plain: from - start,
                source,
                replaces: run.replaces,
            });
        }
        out
    }

    /// Gives back the room its text and runs grew into: a plain line kept
    /// for every line of a long document would otherwise hold four runs'
    /// room for its one.
    pub fn compact(mut self) -> Plain<'a> {
        if let Cow::Owned(text) = &mut self.text {
            text.shrink_to_fit();
        }
        self.runs.shrink_to_fit();
        self
    }

    /// The plain bytes that stand for a paragraph break: a space standing
    /// for source bytes (of `source`) that hold a blank line.
    pub fn paragraph_breaks(&self, source: &str) -> Vec<usize> {
        let runs = self.runs.as_slice();
        let mut out = Vec::new();
        for run in runs {
            let Some(len) = run.replaces else {
                continue;
            };
            let gap = source.get(run.source..run.source + len).unwrap_or("");
            // Between two line ends, a line of nothing but white space.
            let lines: Vec<&str> = gap.split('\n').collect();
            let blank = lines.len() >= 3
                && lines[1..lines.len() - 1]
                    .iter()
                    .any(|line| line.trim().is_empty());
            if blank && self.text.as_bytes().get(run.plain) == Some(&b' ') {
                out.push(run.plain);
            }
        }
        out
    }

    /// Appends `other`, separated by one space that stands for the source
    /// bytes between the two (a line break, a page break).
    pub fn join(&mut self, other: &Plain<'_>) {
        if other.text.is_empty() {
            return;
        }
        if !self.text.is_empty() && !hyphen_break(&self.text, &other.text) {
            let gap_start = self.end_of(floor_boundary(&self.text, self.text.len() - 1));
            let gap_end = other.start_of(0);
            self.push(' ', gap_start, gap_end.max(gap_start));
        }
        let base = self.text.len();
        self.text.to_mut().push_str(&other.text);
        for run in other.runs.as_slice() {
            self.runs.push(Run {
                plain: run.plain + base,
                ..*run
            });
        }
    }

    /// The plain text without leading and trailing white space; the text
    /// itself, not a copy, when there is nothing to trim.
    pub fn into_trimmed(self) -> Plain<'a> {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        if start == 0 && end == self.text.len() {
            return self;
        }
        self.slice(start, end)
    }

    /// Appends one character that stands for source bytes `from..to`.
    pub fn push(&mut self, c: char, from: usize, to: usize) {
        let p = self.text.len();
        self.text.to_mut().push(c);
        if to.saturating_sub(from) == c.len_utf8() {
            self.copied(p, from);
        } else {
            self.runs.push(Run {
                plain: p,
                source: from,
                replaces: Some(to.saturating_sub(from)),
            });
        }
    }

    /// Appends source bytes `from..` copied as they are: the same as pushing
    /// each character of `text` on its own, without the per-character cost.
    /// The first text pushed is borrowed, not copied.
    fn push_copy(&mut self, text: &'a str, from: usize) {
        if text.is_empty() {
            return;
        }
        let p = self.text.len();
        if p == 0 {
            self.text = Cow::Borrowed(text);
        } else {
            self.text.to_mut().push_str(text);
        }
        self.copied(p, from);
    }

    /// Notes that the text from plain byte `p` on is a copy of the source
    /// from byte `from`: it extends the last run when it follows on in the
    /// source.
    fn copied(&mut self, p: usize, from: usize) {
        if let Some(last) = self.runs.as_slice().last() {
            if last.replaces.is_none() && last.source + (p - last.plain) == from {
                return;
            }
        }
        self.runs.push(Run {
            plain: p,
            source: from,
            replaces: None,
        });
    }

    /// Appends a line of lightly marked-up text that starts at source byte
    /// `offset`, removing emphasis, link syntax and backslash escapes.
    /// What stands between markup is copied in one piece: a line whose `[`,
    /// `*` and `\\` are no markup stays borrowed.
    pub fn push_markdown(&mut self, line: &'a str, offset: usize) {
        let emphasis = emphasis_marks(line);
        let bytes = line.as_bytes();
        // Text from `copy` to the markup at `i` is copied as it stands.
        let mut copy = 0;
        let mut i = 0;
        while let Some(k) = memchr::memchr3(b'[', b'\\', b'*', &bytes[i..]) {
            i += k;
            if let Some(link) = link_at(line, i) {
                self.push_copy(&line[copy..i], offset + copy);
                self.push_markdown(&line[link.text.0..link.text.1], offset + link.text.0);
                i = link.end;
                copy = i;
                continue;
            }
            // `[`, `\\` and `*` are one byte each.
            if bytes[i] == b'\\' {
                if let Some(next) = line[i + 1..]
                    .chars()
                    .next()
                    .filter(char::is_ascii_punctuation)
                {
                    self.push_copy(&line[copy..i], offset + copy);
                    self.push(next, offset + i, offset + i + 2);
                    i += 2;
                    copy = i;
                    continue;
                }
            }
            if bytes[i] == b'*' && emphasis.binary_search(&i).is_ok() {
                self.push_copy(&line[copy..i], offset + copy);
                copy = i + 1;
            }
            i += 1;
        }
        self.push_copy(&line[copy..], offset + copy);
    }

    /// The plain text of `lines` joined by single spaces; each space stands for
    /// the line break it replaces.
    pub fn of_lines(lines: &[Line<'a>]) -> Plain<'a> {
        let mut plain = Plain::default();
        let mut previous_end = None;
        for line in lines.iter().filter(|l| !l.is_blank()) {
            let (start, end) = line.trimmed();
            let text = &line.text[start - line.start..end - line.start];
            if let Some(previous_end) = previous_end {
                if !hyphen_break(&plain.text, text) {
                    plain.push(' ', previous_end, start);
                }
            }
            plain.push_markdown(text, start);
            previous_end = Some(end);
        }
        plain
    }
}

/// Whether a line ending `before` and the next starting `after` break one
/// word at a hyphen ("Minis-" and "ter Rui Albuquerque"): joined, they are
/// one word again, its hyphen kept ("long-term" breaks the same way, and
/// "Jong-" and "un").
fn hyphen_break(before: &str, after: &str) -> bool {
    let mut tail = before.chars().rev();
    tail.next() == Some('-')
        && tail
            .next()
            .is_some_and(|c| c.is_alphabetic() && c.is_lowercase())
        && tail.next().is_some_and(char::is_alphabetic)
        && after.starts_with(|c: char| c.is_alphabetic() && c.is_lowercase())
        // "short-" and "and long-term": a hyphen left hanging on purpose.
        && !["and ", "or ", "to "].iter().any(|w| after.starts_with(w))
}

/// The largest char boundary of `text` at or before `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_without_markup_is_borrowed_and_maps_back() {
        let line = "  Jan. 4: Kono said \u{201c}fine.\u{201d}  ";
        let mut plain = Plain::default();
        plain.push_markdown(line, 100);
        let plain = plain.into_trimmed().compact();
        assert!(matches!(plain.text, Cow::Borrowed(_)));
        assert!(matches!(plain.runs, Runs::One(_)));
        assert_eq!(plain.text, line.trim());
        let at = plain.text.find("Kono").unwrap();
        assert_eq!(plain.source_range(at, at + 4), (110, 114));
    }

    #[test]
    fn markup_and_joins_keep_every_byte_mapped() {
        let line = "a *b* [c](https://x.org) \\* d";
        let mut plain = Plain::default();
        plain.push_markdown(line, 10);
        assert_eq!(plain.text, "a b c * d");
        assert_eq!(plain.source_range(2, 3), (13, 14));
        assert_eq!(plain.source_range(4, 5), (17, 18));
        assert_eq!(plain.source_range(6, 7), (35, 37));
        let mut other = Plain::default();
        other.push_markdown("e f", 50);
        plain.join(&other);
        assert_eq!(plain.text, "a b c * d e f");
        assert_eq!(plain.source_range(10, 13), (50, 53));
        // The space stands for the bytes between the two texts.
        assert_eq!(plain.source_range(9, 10), (39, 50));
        let tail = plain.slice(8, 13);
        assert_eq!(tail.text, "d e f");
        assert_eq!(tail.source_range(0, 5), (38, 53));
    }
}
