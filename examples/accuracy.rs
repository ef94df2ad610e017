//! Accuracy on real documents, against hand annotations.
//!
//! ```sh
//! cargo run --release --example accuracy [CORPUS_DIR]
//! ```
//!
//! Reads the annotations in `CORPUS_DIR/annotations/` (default
//! `../shared/corpus`, or `$CLAIMKIT_CORPUS`) and this repository's own in
//! `tests/accuracy/` (whose documents are in the corpus or in `fixtures/`),
//! extracts each annotated document, and prints per
//! document: for chronology entries, how many are expected, found (an
//! extracted entry on the expected line, or in the expected order when the
//! annotation gives no line), exact (same start and end day), extra
//! (extracted but not annotated) and lost (annotated, not extracted and not
//! reported as an `unparsed` line either); for quotations, how many are
//! found and how many have the right speaker. The documents are not part of
//! the repository; when they are absent the report says so and exits 0.
//!
//! Then the precision of `check` (default rules) per rule: every finding on
//! a document that `tests/accuracy/*.findings.json` judges is counted true
//! (a problem an editor wants reported), false (a false alarm) or unjudged
//! (not in the annotations: judge it), and the problems annotated as
//! "missed" that no finding reports are listed. `tuned.findings.json`
//! judges the documents the rules were tuned on; `holdout-*.findings.json`
//! judges texts written after the rules, which measure precision honestly.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use claimkit_parser::{Article, IsoDate};
use serde_json::Value;

fn main() {
    let corpus = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("CLAIMKIT_CORPUS").ok())
        .map_or_else(|| PathBuf::from("../shared/corpus"), PathBuf::from);
    if !corpus.is_dir() {
        println!(
            "no corpus at {}: nothing to measure (give its directory as the argument)",
            corpus.display()
        );
        return;
    }
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/accuracy");
    let mut annotations: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for dir in [corpus.join("annotations"), own] {
        let Ok(listing) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = listing.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter(|p| !p.to_string_lossy().ends_with(".findings.json"))
        {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            match serde_json::from_str::<Value>(&text) {
                Ok(v) => {
                    let file = v["file"].as_str().unwrap_or_default().to_string();
                    annotations.entry(file).or_default().push(v);
                }
                Err(e) => eprintln!("{}: not JSON: {e}", path.display()),
            }
        }
    }
    let mut entries_table = String::new();
    let mut quotes_table = String::new();
    let (mut e_total, mut q_total) = (Totals::default(), Totals::default());
    for (file, notes) in &annotations {
        // The corpus's documents, or this repository's own fixtures.
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let Ok(text) = std::fs::read_to_string(corpus.join(file))
            .or_else(|_| std::fs::read_to_string(fixtures.join(file)))
        else {
            println!("{file}: annotated but not in the corpus; skipped");
            continue;
        };
        let article = claimkit_parser::extract(&text);
        if detail() {
            eprintln!("{file}:");
        }
        for note in notes {
            if let Some(expected) = note["entries"].as_array() {
                let mut t = entries(&article, expected);
                t.lines_lost = lines_lost(&text, &article);
                let _ = writeln!(
                    entries_table,
                    "| {file} | {} | {} | {} | {} | {} | {} |",
                    t.expected, t.found, t.exact, t.extra, t.lost, t.lines_lost
                );
                e_total.add(&t);
            }
            if let Some(expected) = note["quotes"].as_array() {
                let t = quotes(&article, expected);
                let _ = writeln!(
                    quotes_table,
                    "| {file} | {} | {} | {} |",
                    t.expected, t.found, t.exact
                );
                q_total.add(&t);
            }
        }
    }
    println!("Chronology entries\n");
    println!("| document | expected | found | exact | extra | lost | lines lost |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    print!("{entries_table}");
    println!(
        "| all | {} | {} | {} | {} | {} | {} |\n",
        e_total.expected,
        e_total.found,
        e_total.exact,
        e_total.extra,
        e_total.lost,
        e_total.lines_lost
    );
    println!("Quotations\n");
    println!("| document | expected | found | speaker right |");
    println!("| --- | ---: | ---: | ---: |");
    print!("{quotes_table}");
    println!(
        "| all | {} | {} | {} |",
        q_total.expected, q_total.found, q_total.exact
    );
    if detail() {
        eprintln!("(details were printed on stderr under each document's name)");
    }
    precision(&corpus);
}

/// The verdicts of one findings annotation: per document, (rule, line) ->
/// verdict, and the problems no finding should miss.
#[derive(Default)]
struct Verdicts {
    judged: BTreeMap<(String, u64), bool>,
    missed: Vec<(String, u64)>,
}

/// Per rule: findings judged true, false, not judged; whether the rule is
/// an error by default.
#[derive(Default)]
struct Precision {
    right: usize,
    wrong: usize,
    unjudged: usize,
    error: bool,
}

impl Precision {
    /// The row of the table for `name`.
    fn row(&self, name: &str) {
        println!(
            "| {name} | {} | {} | {} | {} | {} |",
            self.right + self.wrong + self.unjudged,
            self.right,
            self.wrong,
            self.unjudged,
            percent(self.right, self.right + self.wrong)
        );
    }
}

fn precision(corpus: &Path) {
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/accuracy");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut sets: Vec<(String, BTreeMap<String, Verdicts>)> = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&own)
        .map(|l| l.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".findings.json"))
    {
        let Ok(v) =
            serde_json::from_str::<Value>(&std::fs::read_to_string(path).unwrap_or_default())
        else {
            eprintln!("{}: not JSON", path.display());
            continue;
        };
        // One document ("file", "findings", "missed") or several ("documents").
        let mut docs: Vec<(String, &Value)> = Vec::new();
        if let Some(file) = v["file"].as_str() {
            docs.push((file.to_string(), &v));
        }
        if let Some(map) = v["documents"].as_object() {
            docs.extend(map.iter().map(|(k, d)| (k.clone(), d)));
        }
        let set = path
            .file_name()
            .map(|n| n.to_string_lossy().replace(".findings.json", ""))
            .unwrap_or_default();
        let set = if set.starts_with("holdout") {
            "holdout"
        } else {
            "tuned"
        }
        .to_string();
        let index = sets
            .iter()
            .position(|(name, _)| *name == set)
            .unwrap_or_else(|| {
                sets.push((set, BTreeMap::new()));
                sets.len() - 1
            });
        for (file, doc) in docs {
            let verdicts = sets[index].1.entry(file).or_default();
            let key = |f: &Value| {
                (
                    f["rule"].as_str().unwrap_or("").to_string(),
                    f["line"].as_u64().unwrap_or(0),
                )
            };
            for f in doc["findings"].as_array().into_iter().flatten() {
                verdicts.judged.insert(key(f), f["verdict"] == "true");
            }
            verdicts
                .missed
                .extend(doc["missed"].as_array().into_iter().flatten().map(key));
        }
    }
    for (set, documents) in &sets {
        let mut rules: BTreeMap<String, Precision> = BTreeMap::new();
        let mut missed = Vec::new();
        let mut checked = 0;
        for (file, verdicts) in documents {
            let Ok(text) = std::fs::read_to_string(corpus.join(file))
                .or_else(|_| std::fs::read_to_string(fixtures.join(file)))
            else {
                println!("{file}: judged but not found; skipped");
                continue;
            };
            checked += 1;
            let article = claimkit_parser::extract(&text);
            let found = claimkit_lint::check(&text, &article, &claimkit_lint::Config::default());
            for d in &found {
                let p = rules.entry(d.rule.name.to_string()).or_default();
                p.error |= d.severity == claimkit_lint::Severity::Error;
                match verdicts
                    .judged
                    .get(&(d.rule.name.to_string(), d.span.line as u64))
                {
                    Some(true) => p.right += 1,
                    Some(false) => p.wrong += 1,
                    None => {
                        p.unjudged += 1;
                        if detail() {
                            eprintln!(
                                "{file}:{}: unjudged {}: {}",
                                d.span.line, d.rule.name, d.message
                            );
                        }
                    }
                }
            }
            for (rule, line) in &verdicts.missed {
                if !found
                    .iter()
                    .any(|d| d.rule.name == rule && d.span.line as u64 == *line)
                {
                    missed.push(format!("{file}:{line} ({rule})"));
                }
            }
        }
        println!("\nFindings on the {set} documents ({checked}): precision per rule\n");
        println!("| rule | findings | true | false | unjudged | precision |");
        println!("| --- | ---: | ---: | ---: | ---: | ---: |");
        let mut all = Precision::default();
        let mut errors = Precision::default();
        for (rule, p) in &rules {
            let name = format!("{rule}{}", if p.error { " (error)" } else { "" });
            p.row(&name);
            for total in [&mut all].into_iter().chain(p.error.then_some(&mut errors)) {
                total.right += p.right;
                total.wrong += p.wrong;
                total.unjudged += p.unjudged;
            }
        }
        all.row("all");
        errors.row("error rules");
        if !missed.is_empty() {
            println!(
                "\nProblems annotated that no finding reports: {}",
                missed.join(", ")
            );
        }
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_string()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

#[derive(Default)]
struct Totals {
    expected: usize,
    found: usize,
    exact: usize,
    extra: usize,
    lost: usize,
    /// Non-blank lines inside a chronology in no entry, header, subheading
    /// or `unparsed` list.
    lines_lost: usize,
}

impl Totals {
    fn add(&mut self, other: &Totals) {
        self.expected += other.expected;
        self.found += other.found;
        self.exact += other.exact;
        self.extra += other.extra;
        self.lost += other.lost;
        self.lines_lost += other.lines_lost;
    }
}

/// An extracted entry: line, column, date as written, first and last day.
struct Got {
    line: usize,
    column: usize,
    text: String,
    days: Option<Days>,
}

fn detail() -> bool {
    std::env::var_os("CLAIMKIT_ACCURACY_DETAIL").is_some()
}

/// The first and last day an interval covers, as (year, month, day).
type Days = ((i32, u32, u32), (i32, u32, u32));

fn days(start: &str, end: &str) -> Option<Days> {
    let (a, b): (IsoDate, IsoDate) = (start.parse().ok()?, end.parse().ok()?);
    Some((a.first_day(), b.last_day()))
}

fn entries(article: &Article, expected: &[Value]) -> Totals {
    let got: Vec<Got> = article
        .chronologies
        .iter()
        .flat_map(|c| &c.entries)
        .map(|e| Got {
            line: e.date.span.line,
            column: e.date.span.column,
            text: e.date.text.clone(),
            days: e
                .date
                .start
                .zip(e.date.end)
                .map(|(a, b)| (a.first_day(), b.last_day())),
        })
        .collect();
    let unparsed_lines: Vec<usize> = article
        .chronologies
        .iter()
        .flat_map(|c| &c.unparsed)
        .map(|u| u.span.line)
        .collect();
    let mut used = vec![false; got.len()];
    let mut t = Totals {
        expected: expected.len(),
        ..Totals::default()
    };
    // Without lines, entries are matched in order by the date as written.
    let mut cursor = 0;
    for want in expected {
        let text = want["text"].as_str().unwrap_or_default();
        let want_days = days(
            want["start"].as_str().unwrap_or_default(),
            want["end"].as_str().unwrap_or_default(),
        );
        let hit = match want["line"].as_u64() {
            Some(line) => {
                let col = want["col"].as_u64();
                (0..got.len()).find(|&i| {
                    !used[i]
                        && got[i].line == line as usize
                        && col.is_none_or(|c| got[i].column == c as usize)
                })
            }
            None => {
                // The annotation may keep the line break of a wrapped heading.
                let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                let found =
                    (cursor..got.len()).find(|&i| !used[i] && squash(&got[i].text) == squash(text));
                if let Some(i) = found {
                    cursor = i + 1;
                }
                found
            }
        };
        match hit {
            Some(i) => {
                used[i] = true;
                t.found += 1;
                if got[i].days == want_days && want_days.is_some() {
                    t.exact += 1;
                } else if detail() {
                    eprintln!(
                        "  inexact: line {} {:?}: got {:?} {:?}, want {:?}",
                        got[i].line, text, got[i].text, got[i].days, want_days
                    );
                }
            }
            None => {
                let line = want["line"].as_u64().map(|l| l as usize);
                let reported = line.is_some_and(|l| unparsed_lines.contains(&l));
                if !reported {
                    t.lost += 1;
                }
                if detail() {
                    let how = if reported { "unparsed" } else { "LOST" };
                    eprintln!("  {how}: line {line:?} {text:?}");
                }
            }
        }
    }
    t.extra = used.iter().filter(|u| !**u).count();
    if detail() {
        for (i, g) in got.iter().enumerate().filter(|(i, _)| !used[*i]) {
            eprintln!("  extra #{i}: line {} {:?}", g.line, g.text);
        }
    }
    t
}

fn quotes(article: &Article, expected: &[Value]) -> Totals {
    let mut t = Totals {
        expected: expected.len(),
        ..Totals::default()
    };
    for want in expected {
        let line = want["line"].as_u64().unwrap_or_default() as usize;
        // A quotation's text holds no marks of its own: an annotation that
        // copied its opening or closing mark ("40,000 seabirds”") names the
        // words inside.
        let contains = want["contains"]
            .as_str()
            .unwrap_or_default()
            .trim_matches(['"', '“', '”', '‘', '’', '\'']);
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        // The innermost quotation holding the words: a nested one is
        // annotated by its own words, which its parent holds too.
        let Some(q) = article
            .quotations
            .iter()
            .filter(|q| q.span.line == line && squash(&q.text).contains(&squash(contains)))
            .min_by_key(|q| q.text.len())
        else {
            if detail() {
                eprintln!("  quotation not found: line {line} {contains:?}");
            }
            continue;
        };
        t.found += 1;
        let words: Vec<String> = want["speaker"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|w| w.as_str().map(str::to_lowercase))
                    .collect()
            })
            .unwrap_or_default();
        let null_ok = want["speaker"].is_null() || want["null_ok"].as_bool() == Some(true);
        let right = match &q.speaker {
            None => null_ok,
            Some(s) => {
                let said = format!("{} {}", s.name, s.role.as_deref().unwrap_or("")).to_lowercase();
                words.iter().any(|w| said.contains(w.as_str()))
            }
        };
        if right {
            t.exact += 1;
        } else if detail() {
            eprintln!(
                "  speaker: line {line} {contains:?}: got {:?}, want {:?}",
                q.speaker.as_ref().map(|s| (&s.name, &s.role)),
                want["speaker"]
            );
        }
    }
    t
}

/// Non-blank lines inside the chronologies of `article` that no entry,
/// header, subheading or `unparsed` item covers.
fn lines_lost(text: &str, article: &Article) -> usize {
    let mut lost = 0;
    for c in &article.chronologies {
        let mut covered: Vec<(usize, usize)> = Vec::new();
        covered.extend(c.entries.iter().map(|e| (e.span.start, e.span.end)));
        covered.extend(c.unparsed.iter().map(|u| (u.span.start, u.span.end)));
        covered.extend(c.subheadings.iter().map(|h| (h.span.start, h.span.end)));
        covered.extend(c.period.iter().map(|p| (p.span.start, p.span.end)));
        covered.extend(c.prepared_by.iter().map(|p| (p.span.start, p.span.end)));
        covered.extend(c.lead.iter().map(|l| (l.span.start, l.span.end)));
        let (start, end) = (c.span.start, c.span.end.min(text.len()));
        let mut at = start;
        let mut first = true;
        for line in text[start..end].split('\n') {
            let (a, b) = (at, at + line.len());
            at = b + 1;
            let trimmed = line.trim();
            // The title line, blank lines and HTML comments are not entries.
            if std::mem::take(&mut first) && c.title.is_some()
                || trimmed.is_empty()
                || (trimmed.starts_with("<!--") && trimmed.ends_with("-->"))
            {
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            if !covered.iter().any(|&(s, e)| s < b && e > a + lead) {
                lost += 1;
                if detail() {
                    eprintln!("  line lost: {trimmed:?}");
                }
            }
        }
    }
    lost
}
