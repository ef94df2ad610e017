//! Edit distance: how many characters to insert, delete or replace, or
//! pairs of neighbours to swap, to turn one string into another (optimal
//! string alignment). It finds the rule a misspelt name meant ("did you
//! mean"), the citation author a byline spells differently and a person's
//! name spelled two ways ("Kettleman", "Kettelman").

/// The edit distance between `a` and `b`, in characters: a swap of two
/// neighbours counts as one edit.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Three rows: the one two back is what a swap reads.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let mut best = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + usize::from(a[i - 1] != b[j - 1]));
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            row[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut row);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn counts_insertions_deletions_replacements_and_swaps_in_characters() {
        for (a, b, d) in [
            ("", "", 0),
            ("quote", "quote", 0),
            ("quot", "quote", 1),
            ("chronolgy", "chronology", 1),
            ("Lee", "Li", 2),
            ("Kōno", "Kono", 1),
            ("", "abc", 3),
            ("Kettleman", "Kettelman", 1),
            ("El-Khatib", "El-Khateeb", 2),
            ("ab", "ba", 1),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a:?} {b:?}");
            assert_eq!(edit_distance(b, a), d, "{b:?} {a:?}");
        }
    }
}
