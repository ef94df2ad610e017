//! The input as lines, and plain-text projections of it that remember where
//! every character came from, so that items found in plain text get spans
//! into the original bytes.

use crate::model::{Link, Span};

/// The input split into lines, with what is needed to turn byte offsets into spans.
pub(crate) struct Source<'a> {
    pub text: &'a str,
    pub lines: Vec<Line<'a>>,
    /// For lines longer than [`CHECKPOINT`] bytes, by line index: (byte
    /// offset, characters before it) every [`CHECKPOINT`] bytes, so a column
    /// costs a short count however long its line is.
    checkpoints: Vec<(usize, Vec<(usize, usize)>)>,
}

/// How far apart column checkpoints are in long lines.
const CHECKPOINT: usize = 4096;

/// One line of the input, without its line ending.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// Byte offset of the first character.
    pub start: usize,
    /// The line's text.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the line holds no text: white space, or only an HTML comment
    /// (`<!-- claimkit-disable ... -->`, a fixture's note), which is no content.
    pub fn is_blank(&self) -> bool {
        let t = self.text.trim();
        t.is_empty() || (t.starts_with("<!--") && t.ends_with("-->"))
    }

    /// The byte range of the line without surrounding white space.
    pub fn trimmed(&self) -> (usize, usize) {
        let lead = self.text.len() - self.text.trim_start().len();
        let trail = self.text.len() - self.text.trim_end().len();
        (self.start + lead, self.end() - trail)
    }
}

impl<'a> Source<'a> {
    /// Splits `text` at "\n", "\r\n" and lone "\r".
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut lines = Vec::new();
        // A byte-order mark is no text; spans still count its bytes.
        let mut start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    lines.push(Line {
                        start,
                        text: &text[start..i],
                    });
                    i += 1;
                    start = i;
                }
                b'\r' => {
                    lines.push(Line {
                        start,
                        text: &text[start..i],
                    });
                    i += if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    start = i;
                }
                _ => i += 1,
            }
        }
        if start < bytes.len() {
            lines.push(Line {
                start,
                text: &text[start..],
            });
        }
        let mut checkpoints = Vec::new();
        for (index, line) in lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.text.len() > CHECKPOINT)
        {
            let mut marks = Vec::with_capacity(line.text.len() / CHECKPOINT + 1);
            let mut next = CHECKPOINT;
            for (chars, (i, _)) in line.text.char_indices().enumerate() {
                if i >= next {
                    marks.push((line.start + i, chars));
                    next = i + CHECKPOINT;
                }
            }
            checkpoints.push((index, marks));
        }
        Source {
            text,
            lines,
            checkpoints,
        }
    }

    /// The span of bytes `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let index = match self.lines.binary_search_by(|l| l.start.cmp(&start)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        let Some(line) = self.lines.get(index) else {
            return Span {
                line: 1,
                column: 1,
                start,
                end,
            };
        };
        let mut prefix_end = start.clamp(line.start, line.end());
        while !self.text.is_char_boundary(prefix_end) {
            prefix_end -= 1;
        }
        let (from, before) = match self.checkpoints.binary_search_by_key(&index, |(i, _)| *i) {
            Ok(k) => {
                let marks = &self.checkpoints[k].1;
                match marks.partition_point(|&(at, _)| at <= prefix_end) {
                    0 => (line.start, 0),
                    n => marks[n - 1],
                }
            }
            Err(_) => (line.start, 0),
        };
        let column = before + self.text[from..prefix_end].chars().count() + 1;
        Span {
            line: index + 1,
            column,
            start,
            end,
        }
    }
}

/// Turns byte offsets into spans (1-based line, column in Unicode scalar
/// values), for programs that point into a text claimkit extracted from.
pub struct LineIndex<'a> {
    source: Source<'a>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the lines of `text` (split at "\n", "\r\n" and lone "\r").
    pub fn new(text: &'a str) -> Self {
        LineIndex {
            source: Source::new(text),
        }
    }

    /// The span of bytes `start..end` of the text.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.source.span(start, end)
    }

    /// The lines of the text: each line's first byte and its text, without
    /// the line ending.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.source.lines.iter().map(|l| (l.start, l.text))
    }

    /// The byte range of 1-based line `line`, without its line ending.
    pub fn line_range(&self, line: usize) -> Option<(usize, usize)> {
        let l = self.source.lines.get(line.checked_sub(1)?)?;
        Some((l.start, l.end()))
    }
}

/// Text with markup removed, where every byte knows the source bytes it stands for.
///
/// The map is kept as runs: most plain text is a contiguous copy of the
/// source, so memory stays near the size of the text itself.
#[derive(Debug, Default, Clone)]
pub(crate) struct Plain {
    pub text: String,
    /// Runs in plain order; the first starts at plain byte 0.
    runs: Vec<Run>,
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

impl Plain {
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
        let i = self
            .runs
            .partition_point(|r| r.plain <= p)
            .saturating_sub(1);
        self.runs[i]
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
    pub fn slice(&self, start: usize, end: usize) -> Plain {
        let mut out = Plain {
            text: self.text[start..end].to_string(),
            runs: Vec::new(),
        };
        for (i, run) in self.runs.iter().enumerate() {
            let run_end = self.runs.get(i + 1).map_or(self.text.len(), |r| r.plain);
            if run_end <= start || run.plain >= end {
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

    /// Appends `other`, separated by one space that stands for the source
    /// bytes between the two (a line break, a page break).
    pub fn join(&mut self, other: &Plain) {
        if other.text.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            let gap_start = self.end_of(floor_boundary(&self.text, self.text.len() - 1));
            let gap_end = other.start_of(0);
            self.push(' ', gap_start, gap_end.max(gap_start));
        }
        let base = self.text.len();
        self.text.push_str(&other.text);
        self.runs.extend(other.runs.iter().map(|r| Run {
            plain: r.plain + base,
            ..*r
        }));
    }

    /// The plain text without leading and trailing white space.
    pub fn trim(&self) -> Plain {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start, end)
    }

    /// Appends one character that stands for source bytes `from..to`.
    pub fn push(&mut self, c: char, from: usize, to: usize) {
        let p = self.text.len();
        self.text.push(c);
        if to.saturating_sub(from) == c.len_utf8() {
            // A copy: it extends the last run when it follows on in the source.
            if let Some(last) = self.runs.last() {
                if last.replaces.is_none() && last.source + (p - last.plain) == from {
                    return;
                }
            }
            self.runs.push(Run {
                plain: p,
                source: from,
                replaces: None,
            });
        } else {
            self.runs.push(Run {
                plain: p,
                source: from,
                replaces: Some(to.saturating_sub(from)),
            });
        }
    }

    /// Appends a line of lightly marked-up text that starts at source byte
    /// `offset`, removing emphasis, link syntax and backslash escapes.
    pub fn push_markdown(&mut self, line: &str, offset: usize) {
        let emphasis = emphasis_marks(line);
        let mut i = 0;
        while i < line.len() {
            if let Some(link) = link_at(line, i) {
                self.push_markdown(&line[link.text.0..link.text.1], offset + link.text.0);
                i = link.end;
                continue;
            }
            let c = line[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if c == '\\' {
                if let Some(next) = line[i + 1..]
                    .chars()
                    .next()
                    .filter(char::is_ascii_punctuation)
                {
                    self.push(next, offset + i, offset + i + 2);
                    i += 2;
                    continue;
                }
            }
            if c == '*' && emphasis.contains(&i) {
                i += 1;
                continue;
            }
            self.push(c, offset + i, offset + i + len);
            i += len;
        }
    }

    /// The plain text of `lines` joined by single spaces; each space stands for
    /// the line break it replaces.
    pub fn of_lines(lines: &[Line<'_>]) -> Plain {
        let mut plain = Plain::default();
        let mut previous_end = None;
        for line in lines.iter().filter(|l| !l.is_blank()) {
            let (start, end) = line.trimmed();
            if let Some(previous_end) = previous_end {
                plain.push(' ', previous_end, start);
            }
            plain.push_markdown(&line.text[start - line.start..end - line.start], start);
            previous_end = Some(end);
        }
        plain
    }
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A Markdown inline link found in a line.
struct LinkAt {
    /// Byte range of the link text, inside the brackets.
    text: (usize, usize),
    /// Byte range of the target, inside the parentheses.
    target: (usize, usize),
    /// Byte offset just past the closing parenthesis.
    end: usize,
}

/// The link that starts at byte `i` of `line`, if one does.
fn link_at(line: &str, i: usize) -> Option<LinkAt> {
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
    let paren = after.find(')')?;
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
    while i < line.len() {
        if let Some(link) = link_at(line, i) {
            let mut text = Plain::default();
            text.push_markdown(&line[link.text.0..link.text.1], offset + link.text.0);
            found.push(Link {
                text: text.text,
                target: line[link.target.0..link.target.1].to_string(),
                span: source.span(offset + i, offset + link.end),
            });
            i = link.end;
        } else {
            i += line[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// Byte offsets of the `*` characters of `line` that mark emphasis: an opening
/// `*` followed by a non-space, closed later on the line by a `*` that follows
/// a non-space. Lone asterisks (footnote markers, "5 * 3") are text.
fn emphasis_marks(line: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut marks = Vec::new();
    let mut open: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if c != '*' {
            continue;
        }
        let before = k.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(k + 1).map(|&(_, c)| c);
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
    fn markdown_is_removed_and_offsets_kept() {
        let line = r"See *Defense of Japan* [said](#) \$5";
        let mut plain = Plain::default();
        plain.push_markdown(line, 10);
        assert_eq!(plain.text, "See Defense of Japan said $5");
        let at = plain.text.find("said").unwrap();
        assert_eq!(plain.source_range(at, at + 4), (10 + 24, 10 + 28));
        let dollar = plain.text.find('$').unwrap();
        assert_eq!(plain.source_range(dollar, dollar + 1), (10 + 33, 10 + 35));
    }

    #[test]
    fn lone_asterisks_stay() {
        let mut plain = Plain::default();
        plain.push_markdown("a * b and note*", 0);
        assert_eq!(plain.text, "a * b and note*");
    }

    #[test]
    fn line_endings() {
        let source = Source::new("a\r\nb\rc\n\nd");
        let texts: Vec<&str> = source.lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "", "d"]);
        assert_eq!(source.span(8, 9).line, 5);
        assert_eq!(source.span(8, 9).column, 1);
    }
}
