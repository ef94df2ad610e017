//! Safe means safe: on every fixture (and every document of the corpus when
//! it is present, `../shared/corpus` or `$CLAIMKIT_CORPUS`), applying all
//! safe fixes keeps the entries and quotations the text had, and the text
//! it gives has no finding the original did not have.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use claimkit_lint::{apply_fixes, check, Config};
use claimkit_parser::{extract, Article};

use crate::common;

/// Every text file under `dir`, sorted.
fn texts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = listing.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md")
            && !path.ends_with("README.md")
        {
            out.push(path);
        }
    }
}

/// What a fix must not change: each entry's dates and each quotation's
/// words (all quotation marks read alike: making them curly, or single
/// inside double, is a fix).
fn claims(article: &Article) -> Vec<String> {
    let entries = article
        .chronologies
        .iter()
        .flat_map(|c| &c.entries)
        .map(|e| format!("entry {:?}..{:?}", e.date.start, e.date.end));
    let quotes = article.quotations.iter().map(|q| {
        let words: String = q
            .text
            .chars()
            .map(|c| match c {
                '\'' | '‘' | '’' | '“' | '”' | '′' | '″' | '`' | '´' => '"',
                c => c,
            })
            .collect();
        format!("quotation {words}")
    });
    entries.chain(quotes).collect()
}

/// Findings per rule.
fn counts(text: &str, article: &Article, config: &Config) -> BTreeMap<&'static str, usize> {
    let mut out = BTreeMap::new();
    for d in check(text, article, config) {
        *out.entry(d.rule.name).or_default() += 1;
    }
    out
}

#[test]
fn safe_fixes_keep_the_claims_and_add_no_finding() {
    let mut paths = Vec::new();
    texts(&common::root().join("fixtures"), &mut paths);
    let corpus = std::env::var("CLAIMKIT_CORPUS")
        .map_or_else(|_| common::root().join("../shared/corpus"), PathBuf::from);
    texts(&corpus, &mut paths);
    let config = Config::default();
    let mut fixed_some = 0;
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue; // Not UTF-8: the encoding fixtures.
        };
        let article = extract(&text);
        let found = check(&text, &article, &config);
        let (fixed, applied) = apply_fixes(&text, &found, false);
        if applied == 0 {
            continue;
        }
        fixed_some += 1;
        let after = extract(&fixed);
        let name = path.display();
        let (old, new) = (claims(&article), claims(&after));
        let changed = old.iter().zip(&new).find(|(a, b)| a != b);
        assert!(
            old.len() == new.len() && changed.is_none(),
            "{name}: safe fixes changed the claims ({} to {}): {changed:?}",
            old.len(),
            new.len()
        );
        let before = counts(&text, &article, &config);
        for (rule, n) in counts(&fixed, &after, &config) {
            let was = before.get(rule).copied().unwrap_or(0);
            assert!(
                n <= was,
                "{name}: safe fixes raised {rule} from {was} to {n} findings"
            );
        }
    }
    assert!(fixed_some >= 10, "only {fixed_some} texts had a safe fix");
}
