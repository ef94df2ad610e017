//! The fields a comparison can be told to leave alone.

use std::collections::BTreeSet;

use crate::error::Error;

/// Every field `--ignore` takes, with what ignoring it does; the README
/// and `--help` list the same.
pub const IGNORABLE: [(&str, &str); 12] = [
    (
        "spans",
        "never compared; `snapshot` also leaves spans out of the files it writes",
    ),
    (
        "metadata",
        "every metadata member (or one: `metadata.title`, `metadata.authors`, ...)",
    ),
    ("chronologies.title", "a chronology's title"),
    ("chronologies.period", "a chronology's declared period"),
    ("entries", "every change of entries"),
    ("entries.order", "entries moved in order"),
    ("entries.date", "an entry's date, as written and normalized"),
    ("entries.text", "an entry's text"),
    ("quotations", "every change of quotations"),
    ("quotations.text", "a quotation's words"),
    ("quotations.speaker", "who says a quotation"),
    (
        "quotations.cue",
        "the verb or phrase that attributes a quotation",
    ),
];

/// The fields to leave alone, checked against [`IGNORABLE`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ignore {
    fields: BTreeSet<String>,
}

impl Ignore {
    /// Nothing ignored.
    pub fn none() -> Ignore {
        Ignore::default()
    }

    /// The fields named, each one of [`IGNORABLE`] or `metadata.MEMBER`.
    pub fn new<S: AsRef<str>>(names: &[S]) -> Result<Ignore, Error> {
        let mut fields = BTreeSet::new();
        for name in names {
            let name = name.as_ref().trim();
            let known = IGNORABLE.iter().any(|(field, _)| *field == name)
                || name
                    .strip_prefix("metadata.")
                    .is_some_and(|member| !member.is_empty());
            if !known {
                return Err(Error::UnknownField {
                    name: name.to_string(),
                    known: IGNORABLE.iter().map(|(field, _)| *field).collect(),
                });
            }
            fields.insert(name.to_string());
        }
        Ok(Ignore { fields })
    }

    /// Whether `field` is ignored, itself or through the group it belongs
    /// to (`entries` for `entries.date`).
    pub fn ignores(&self, field: &str) -> bool {
        self.fields.contains(field)
            || field
                .split_once('.')
                .is_some_and(|(group, _)| self.fields.contains(group))
    }

    /// Whether spans are to be left out of what is written.
    pub fn spans(&self) -> bool {
        self.fields.contains("spans")
    }
}
