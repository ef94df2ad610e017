//! How alike two texts are (Jaccard similarity of their words and word
//! pairs), and their word-level difference.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use similar::{ChangeTag, TextDiff};

use crate::change::{WordOp, Words};

/// The words and word pairs of a text, lowercased, hashed, sorted and
/// without duplicates, so that two sets meet in one merge.
pub(crate) fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut hashes = Vec::with_capacity(words.len() * 2);
    for (i, word) in words.iter().enumerate() {
        hashes.push(hash(&[word]));
        if let Some(next) = words.get(i + 1) {
            hashes.push(hash(&[word, next]));
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// |A ∩ B| / |A ∪ B| of two sets from [`shingles`]; 1 for two empty sets.
pub(crate) fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f64 / (a.len() + b.len() - both) as f64
}

/// The words of `old` and `new`, in runs kept, deleted and inserted.
pub(crate) fn words(old: &str, new: &str) -> Vec<Words> {
    let diff = TextDiff::from_words(old, new);
    let mut runs: Vec<Words> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => WordOp::Equal,
            ChangeTag::Delete => WordOp::Delete,
            ChangeTag::Insert => WordOp::Insert,
        };
        match runs.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => runs.push(Words {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    runs
}

/// Spaces collapsed, for telling texts equal that differ only in them.
pub(crate) fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hash(words: &[&String]) -> u64 {
    let mut hasher = DefaultHasher::new();
    words.hash(&mut hasher);
    hasher.finish()
}
