//! Words in lower case without allocating: attribution lowers most of the
//! words it reads to look them up in its word lists, and a `String` for
//! each was a large part of its time.

use std::ops::Deref;

/// How long an ASCII word may be and still be lowered on the stack.
const SHORT: usize = 32;

/// A text in lower case: on the stack when it is short ASCII, else a
/// `String`. Each use as a `str` checks the short form's bytes again, so a
/// lowered word read more than once is bound once:
/// `let lower = word.lower(); let lower: &str = &lower;`.
pub(super) enum Lower {
    Short([u8; SHORT], usize),
    Long(String),
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            // Lowered ASCII is ASCII, so always UTF-8.
            Lower::Short(bytes, len) => std::str::from_utf8(&bytes[..*len]).unwrap_or_default(),
            Lower::Long(text) => text,
        }
    }
}

impl Lower {
    pub(super) fn as_str(&self) -> &str {
        self
    }
}

/// `.lower()`: what `to_lowercase` gives, without allocating for a short
/// ASCII text.
pub(super) trait ToLower {
    fn lower(&self) -> Lower;
}

impl ToLower for str {
    fn lower(&self) -> Lower {
        if self.len() <= SHORT && self.is_ascii() {
            let mut bytes = [0; SHORT];
            for (to, from) in bytes.iter_mut().zip(self.bytes()) {
                *to = from.to_ascii_lowercase();
            }
            Lower::Short(bytes, self.len())
        } else {
            Lower::Long(self.to_lowercase())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_to_lowercase() {
        for text in [
            "",
            "Minister",
            "WHO",
            "İstanbul",
            "ŒUVRE",
            &"A".repeat(40),
            "déjà",
        ] {
            assert_eq!(&*text.lower(), text.to_lowercase(), "{text:?}");
        }
    }
}
