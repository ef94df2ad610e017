//! Levenshtein distance: how many characters to insert, delete or replace
//! to turn one string into another. It finds the rule a misspelt name meant
//! ("did you mean") and the citation author a byline spells differently.

/// The Levenshtein distance between `a` and `b`, in characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for j in 1..=b.len() {
            let current = row[j];
            row[j] = (row[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous + usize::from(ca != b[j - 1]));
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn counts_insertions_deletions_and_replacements_in_characters() {
        for (a, b, d) in [
            ("", "", 0),
            ("quote", "quote", 0),
            ("quot", "quote", 1),
            ("chronolgy", "chronology", 1),
            ("Lee", "Li", 2),
            ("Kōno", "Kono", 1),
            ("", "abc", 3),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a:?} {b:?}");
            assert_eq!(edit_distance(b, a), d, "{b:?} {a:?}");
        }
    }
}
