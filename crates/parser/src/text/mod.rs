//! The input as lines, and plain-text projections of it that remember where
//! every character came from, so that items found in plain text get spans
//! into the original bytes.

mod markdown;
mod plain;
mod source;

pub(crate) use markdown::links;
pub(crate) use plain::Plain;
pub use source::LineIndex;
pub(crate) use source::{Line, Source};

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
