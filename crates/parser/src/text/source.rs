//! The input as lines: byte offsets to lines and columns.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::Span;

/// The input split into lines, with what is needed to turn byte offsets into spans.
pub(crate) struct Source<'a> {
    pub text: &'a str,
    pub lines: Vec<Line<'a>>,
    /// For lines longer than [`CHECKPOINT`] bytes, by line index: (byte
    /// offset, characters before it) every [`CHECKPOINT`] bytes, so a column
    /// costs a short count however long its line is.
    checkpoints: Vec<(usize, Vec<(usize, usize)>)>,
    /// The line of the last span asked for: spans are mostly asked for in
    /// the order of the text, so the next one is most often on the same
    /// line or the next, found without a search.
    last_line: AtomicUsize,
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
    /// How many lines at the start are a YAML front matter: a first line
    /// `---`, lines of `key: value` (or indented or list lines under a key),
    /// and a closing `---` or `...` within 200 lines. 0 when there is none.
    pub(crate) fn front_matter_lines(&self) -> usize {
        let lines = &self.lines;
        if lines
            .first()
            .is_none_or(|l| l.text.trim_start_matches('\u{feff}').trim_end() != "---")
        {
            return 0;
        }
        for (k, line) in lines.iter().enumerate().skip(1).take(200) {
            let text = line.text.trim_end();
            if k > 1 && (text == "---" || text == "...") {
                return k + 1;
            }
            let keyed = text.split_once(':').is_some_and(|(key, _)| {
                !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || "_- ".contains(c))
            });
            if !(keyed || text.is_empty() || text.starts_with([' ', '\t', '-', '#'])) {
                return 0;
            }
        }
        0
    }

    /// Splits `text` at "\n", "\r\n" and lone "\r".
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut lines = Vec::new();
        // A byte-order mark is no text; spans still count its bytes.
        let mut start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        // Line ends found with memchr; "\r\n" is one.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if i < start {
                // The "\n" of a "\r\n" already taken.
                continue;
            }
            lines.push(Line {
                start,
                text: &text[start..i],
            });
            start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
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
            last_line: AtomicUsize::new(0),
        }
    }

    /// The span of bytes `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        // The last line that starts at or before `start` (line starts only
        // grow), else the first.
        let holds = |i: usize| {
            self.lines.get(i).is_some_and(|l| l.start <= start)
                && self.lines.get(i + 1).is_none_or(|l| l.start > start)
        };
        let last = self.last_line.load(Ordering::Relaxed);
        let index = if holds(last) {
            last
        } else if holds(last + 1) {
            last + 1
        } else {
            match self.lines.binary_search_by(|l| l.start.cmp(&start)) {
                Ok(i) => i,
                Err(0) => 0,
                Err(i) => i - 1,
            }
        };
        self.last_line.store(index, Ordering::Relaxed);
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

    /// The text indexed.
    pub fn text(&self) -> &'a str {
        self.source.text
    }

    /// The lines as the parser reads them.
    pub(crate) fn source(&self) -> &Source<'a> {
        &self.source
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

    /// How many lines at the start are a YAML front matter (both `---`
    /// lines included): metadata, not prose. 0 when there is none.
    pub fn front_matter_lines(&self) -> usize {
        self.source.front_matter_lines()
    }

    /// The byte range of 1-based line `line`, without its line ending.
    pub fn line_range(&self, line: usize) -> Option<(usize, usize)> {
        let l = self.source.lines.get(line.checked_sub(1)?)?;
        Some((l.start, l.end()))
    }
}
