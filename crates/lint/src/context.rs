//! What a rule sees: the input text, the article extracted from it, spans,
//! and the rule options.

use claimkit_parser::{Article, LineIndex, Span};

use crate::config::Options;

/// The input of every rule.
pub struct Context<'a> {
    /// The input text, as given.
    pub text: &'a str,
    /// What the parser extracted from it.
    pub article: &'a Article,
    /// Rule options from the configuration.
    pub options: &'a Options,
    index: &'a LineIndex<'a>,
}

impl<'a> Context<'a> {
    /// A context over the indexed text and the article extracted from it.
    pub fn new(index: &'a LineIndex<'a>, article: &'a Article, options: &'a Options) -> Self {
        Context {
            text: index.text(),
            article,
            options,
            index,
        }
    }

    /// The span of bytes `start..end` of the input.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.index.span(start, end)
    }

    /// The input's bytes under `span`.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The lines of the input that hold text: each line's first byte and
    /// its text. Lines that are only an HTML comment (suppressions, notes)
    /// are left out, and so is a YAML front matter (metadata, not prose).
    pub fn lines(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.index
            .lines()
            .skip(self.index.front_matter_lines())
            .filter(|(_, l)| !is_comment(l))
    }

    /// Every line of the input, comments included.
    pub fn all_lines(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.index.lines()
    }

    /// The byte range of the line that starts at `start` with text `line`,
    /// together with its own ending ("\r\n", "\n" or a lone "\r", as the
    /// line index splits them): what a fix that deletes the line removes.
    pub fn line_with_ending(&self, start: usize, line: &str) -> (usize, usize) {
        let end = start + line.len();
        let rest = self.text.as_bytes().get(end..).unwrap_or_default();
        let ending = match rest {
            [b'\r', b'\n', ..] => 2,
            [b'\n', ..] | [b'\r', ..] => 1,
            _ => 0,
        };
        (start, end + ending)
    }
}

/// Whether a line is only an HTML comment.
pub(crate) fn is_comment(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("<!--") && t.ends_with("-->")
}

/// What stands between `<!--` and `-->` of a line that is only an HTML comment.
pub(crate) fn comment_body(line: &str) -> Option<&str> {
    line.trim().strip_prefix("<!--")?.strip_suffix("-->")
}
