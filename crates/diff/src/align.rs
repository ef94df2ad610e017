//! Pairing the items of two versions by what they say, never by where
//! they stand: the same item first, then the same text, then the most
//! alike texts.

use std::collections::{HashMap, VecDeque};

use crate::similarity::jaccard;

/// What an item is compared by.
pub(crate) struct Key {
    /// Everything compared: equal keys are the same item unchanged.
    pub exact: String,
    /// The text alone: equal texts are the same item, whatever else changed.
    pub text: String,
    /// The text's words and word pairs (`similarity::shingles`).
    pub shingles: Vec<u64>,
    /// What makes a weak likeness enough (the normalized date of an
    /// entry, the speaker of a quotation); empty when it has none.
    pub anchor: String,
}

/// Texts at least this alike are the same item reworded.
const ALIKE: f64 = 0.5;
/// With the same anchor, this alike is enough.
const ALIKE_ANCHORED: f64 = 0.3;
/// Above this many pairs of unpaired items, each is compared only with the
/// items near its place in the other version.
const FULL_COMPARISON: usize = 4_000_000;
/// How many items either side of its place an item is compared with then.
const WINDOW: usize = 1_000;

/// The pairs `(old, new)` of items that are the same item, sorted by `old`.
pub(crate) fn align(old: &[Key], new: &[Key]) -> Vec<(usize, usize)> {
    let mut old_pair: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_taken = vec![false; new.len()];
    pair_equal(old, new, |k| &k.exact, &mut old_pair, &mut new_taken);
    pair_equal(old, new, |k| &k.text, &mut old_pair, &mut new_taken);
    pair_alike(old, new, &mut old_pair, &mut new_taken);
    old_pair
        .iter()
        .enumerate()
        .filter_map(|(i, j)| j.map(|j| (i, j)))
        .collect()
}

/// Pairs unpaired items with equal keys, the first with the first.
fn pair_equal(
    old: &[Key],
    new: &[Key],
    key: impl Fn(&Key) -> &String,
    old_pair: &mut [Option<usize>],
    new_taken: &mut [bool],
) {
    let mut waiting: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (j, item) in new.iter().enumerate() {
        if !new_taken[j] {
            waiting.entry(key(item).as_str()).or_default().push_back(j);
        }
    }
    for (i, item) in old.iter().enumerate() {
        if old_pair[i].is_some() {
            continue;
        }
        if let Some(j) = waiting
            .get_mut(key(item).as_str())
            .and_then(VecDeque::pop_front)
        {
            old_pair[i] = Some(j);
            new_taken[j] = true;
        }
    }
}

/// Pairs the unpaired items whose texts are alike enough, the most alike
/// first (ties: the nearer in relative place, then the earlier).
fn pair_alike(old: &[Key], new: &[Key], old_pair: &mut [Option<usize>], new_taken: &mut [bool]) {
    let left: Vec<usize> = (0..old.len()).filter(|&i| old_pair[i].is_none()).collect();
    let right: Vec<usize> = (0..new.len()).filter(|&j| !new_taken[j]).collect();
    if left.is_empty() || right.is_empty() {
        return;
    }
    let full = left.len().saturating_mul(right.len()) <= FULL_COMPARISON;
    let mut candidates: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (a, &i) in left.iter().enumerate() {
        let place = a as f64 / left.len() as f64;
        let (from, to) = if full {
            (0, right.len())
        } else {
            let centre = (place * right.len() as f64) as usize;
            (
                centre.saturating_sub(WINDOW),
                (centre + WINDOW).min(right.len()),
            )
        };
        for (b, &j) in right.iter().enumerate().take(to).skip(from) {
            let similarity = jaccard(&old[i].shingles, &new[j].shingles);
            let anchored = !old[i].anchor.is_empty() && old[i].anchor == new[j].anchor;
            let enough = similarity >= ALIKE || (anchored && similarity >= ALIKE_ANCHORED);
            if enough {
                let score = similarity + if anchored { 0.1 } else { 0.0 };
                let distance = (place - b as f64 / right.len() as f64).abs();
                candidates.push((score, distance, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then(x.1.total_cmp(&y.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    for (_, _, i, j) in candidates {
        if old_pair[i].is_none() && !new_taken[j] {
            old_pair[i] = Some(j);
            new_taken[j] = true;
        }
    }
}

/// The pairs (sorted by `old`) that are out of order: those outside one
/// longest run whose `new` indices increase.
pub(crate) fn moved(pairs: &[(usize, usize)]) -> Vec<bool> {
    // Patience-style longest increasing subsequence with back links.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].1 < j);
        back[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = vec![true; pairs.len()];
    let mut k = tails.last().copied();
    while let Some(at) = k {
        out[at] = false;
        k = back[at];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::moved;

    /// Pairs `(old, new)` and whether each is out of order.
    type Case = (&'static [(usize, usize)], &'static [bool]);

    #[test]
    fn out_of_order_pairs_are_those_outside_the_longest_run_in_order() {
        let cases: [Case; 4] = [
            (&[], &[]),
            (&[(0, 0), (1, 1), (2, 2)], &[false, false, false]),
            // The entry second in OLD stands fourth in NEW.
            (
                &[(0, 0), (1, 3), (2, 1), (3, 2), (4, 4)],
                &[false, true, false, false, false],
            ),
            // Reversed: all but one moved.
            (&[(0, 2), (1, 1), (2, 0)], &[true, true, false]),
        ];
        for (pairs, expected) in cases {
            assert_eq!(moved(pairs), expected, "{pairs:?}");
        }
    }
}
