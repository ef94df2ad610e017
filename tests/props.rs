//! Property tests: extraction never panics, spans are sound, output is
//! deterministic and valid, and generated chronologies come back whole.

use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, RngSeed};
use serde_json::Value;

/// The configuration of every property test here: `cases` cases from a fixed
/// seed, so that CI runs the same inputs every time, and failures recorded in
/// `tests/props.proptest-regressions` (committed), which are replayed first.
///
/// To search with many random cases locally:
/// `PROPTEST_RNG_SEED=random PROPTEST_CASES=10000 cargo test --test tests props::`
/// (a number as `PROPTEST_RNG_SEED` replays that seed).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    let rng_seed = match std::env::var("PROPTEST_RNG_SEED").ok().as_deref() {
        Some("random") => RngSeed::Random,
        Some(seed) => RngSeed::Fixed(
            seed.parse()
                .expect("PROPTEST_RNG_SEED: a number or \"random\""),
        ),
        None => RngSeed::Fixed(0x00c1_a1ed),
    };
    ProptestConfig {
        cases,
        rng_seed,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

/// Pieces that real and broken text is made of: marks, dates, markup, line
/// endings, control characters, combining marks, right-to-left text.
const FRAGMENTS: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "’",
    "‘",
    "May 1, 2020: ",
    "Oct. 18–21, 2008:",
    "15 December 1996:",
    ": ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{0301}",
    "\u{202E}",
    "\u{05D0}\u{05D1}",
    "\0",
    "\t",
    "[said](#)",
    "[",
    "](",
    ")",
    "*",
    "**",
    "\\",
    "\\$",
    "CHRONOLOGY",
    "MAY – AUGUST 2020",
    "Figure 1 ",
    "Photo: ",
    "—",
    "–",
    "-",
    ". ",
    ", ",
    "Kono Taro ",
    "Taro Kono ",
    "said, ",
    "He said ",
    "Defence ",
    "Defense ",
    "116",
    "1818",
    "Japan-China Relations 116 January 2009",
    "<!-- claimkit-disable-next-line quote -->",
    "Preferred citation: ",
    "Vol. 22, No. 2",
    "x",
    "word ",
    "ẞ",
    "🙂",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\u{3000}",
    "\u{2212}",
    "\u{feff}",
    "\u{200b}",
    " said",
    "Mr.",
];

fn messy_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..120)
            .prop_map(|parts| parts.concat()),
    ]
}

/// Every `span` object of a document, with the JSON pointer it stands at.
fn spans(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "span" {
                    out.push((path.clone(), child.clone()));
                }
                spans(child, format!("{path}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                spans(child, format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The 1-based line and column of byte `offset`, counted the slow, obvious way.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let mut line_start = 0;
    let mut line = 1;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if text.starts_with('\u{feff}') && line == 1 {
        line_start = line_start.max(3).min(offset);
    }
    (line, text[line_start..offset].chars().count() + 1)
}

fn check_spans(text: &str, document: &Value) -> Result<(), TestCaseError> {
    let mut found = Vec::new();
    spans(document, String::new(), &mut found);
    for (at, span) in found {
        let start = span["start"].as_u64().unwrap_or(u64::MAX) as usize;
        let end = span["end"].as_u64().unwrap_or(u64::MAX) as usize;
        prop_assert!(
            start <= end && end <= text.len(),
            "{at}: {start}..{end} of {}",
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{at}: not on character boundaries"
        );
        let line = span["line"].as_u64().unwrap_or(0) as usize;
        let column = span["column"].as_u64().unwrap_or(0) as usize;
        prop_assert_eq!((line, column), position(text, start), "{}", at);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(300))]

    /// Any text: no panic, sound spans, the same bytes twice, and a document
    /// and a report that validate against their schemas.
    #[test]
    fn any_text(text in messy_text()) {
        let article = claimkit_parser::extract(&text);
        let json = serde_json::to_string(&article).expect("serializes");
        let again = serde_json::to_string(&claimkit_parser::extract(&text)).expect("serializes");
        prop_assert_eq!(&json, &again);
        let document: Value = serde_json::from_str(&json).expect("JSON");
        check_spans(&text, &document)?;
        let errors = claimkit_schema::Validator::article().validate(&document);
        prop_assert!(errors.is_empty(), "{:?}", errors);

        let index = claimkit_parser::LineIndex::new(&text);
        let found = claimkit_lint::check_indexed(&index, &article, &claimkit_lint::Config::default());
        let reports = [claimkit_lint::render::FileReport { name: "t.txt", index: &index, diagnostics: &found }];
        let mut report = Vec::new();
        claimkit_lint::render::json(&mut report, &reports).expect("writes to memory");
        let report: Value = serde_json::from_slice(&report).expect("JSON");
        let errors = claimkit_schema::Validator::report().validate(&report);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        for d in &found {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= text.len() && text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        }
        // Rendering for people never panics either.
        claimkit_lint::render::human(&mut Vec::new(), &reports, false).expect("writes to memory");
    }
}

/// How a generated entry's date is written.
#[derive(Debug, Clone, Copy)]
enum Style {
    Full,
    Abbreviated,
    NoComma,
    DayMonthYear,
    RangeInMonth(char),
    RangeAcrossMonths,
    MonthOnly,
}

const FULL: [&str; 12] = claimkit_parser::date::MONTH_NAMES;
const SHORT: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

#[derive(Debug, Clone)]
struct Generated {
    written: String,
    start: String,
    end: String,
    text: String,
}

fn entry() -> impl Strategy<Value = Generated> {
    let style = prop_oneof![
        Just(Style::Full),
        Just(Style::Abbreviated),
        Just(Style::NoComma),
        Just(Style::DayMonthYear),
        Just(Style::RangeInMonth('-')),
        Just(Style::RangeInMonth('–')),
        Just(Style::RangeAcrossMonths),
        Just(Style::MonthOnly),
    ];
    let words = prop::collection::vec(
        prop::sample::select(
            &[
                "talks",
                "ministers",
                "meet",
                "in",
                "tokyo",
                "and",
                "seoul",
                "agree",
                "on",
                "trade",
            ][..],
        ),
        1..12,
    );
    (style, 1900i32..2100, 1u32..=12, 1u32..=27, words).prop_map(|(style, y, m, d, words)| {
        let i = m as usize - 1;
        let day = |d: u32| format!("{y:04}-{m:02}-{d:02}");
        let (written, start, end) = match style {
            Style::Full => (format!("{} {d}, {y}", FULL[i]), day(d), day(d)),
            Style::Abbreviated => (format!("{} {d}, {y}", SHORT[i]), day(d), day(d)),
            Style::NoComma => (format!("{} {d} {y}", FULL[i]), day(d), day(d)),
            Style::DayMonthYear => (format!("{d} {} {y}", FULL[i]), day(d), day(d)),
            Style::RangeInMonth(dash) => (
                format!("{} {d}{dash}{}, {y}", SHORT[i], d + 1),
                day(d),
                day(d + 1),
            ),
            Style::RangeAcrossMonths => {
                if m == 12 {
                    (
                        format!("Dec. {d}, {y}-Jan. 2, {}", y + 1),
                        day(d),
                        format!("{:04}-01-02", y + 1),
                    )
                } else {
                    (
                        format!("{} {d}–{} 2, {y}", SHORT[i], SHORT[i + 1]),
                        day(d),
                        format!("{y:04}-{:02}-02", m + 1),
                    )
                }
            }
            Style::MonthOnly => (
                format!("{} {y}", FULL[i]),
                format!("{y:04}-{m:02}"),
                format!("{y:04}-{m:02}"),
            ),
        };
        let mut text = words.join(" ");
        text.push('.');
        let mut chars = text.chars();
        let text = chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
            .unwrap_or_default();
        Generated {
            written,
            start,
            end,
            text,
        }
    })
}

proptest! {
    #![proptest_config(config(200))]

    /// Generated entries, in any of the supported date styles, come back once
    /// each, with their dates and their text.
    #[test]
    fn generated_chronologies_round_trip(entries in prop::collection::vec(entry(), 3..40), run_together in any::<bool>()) {
        let mut text = String::from("Some body text comes first. It talks about the period at length.\n\nCHRONOLOGY\n\n");
        let separator = if run_together { " " } else { "\n\n" };
        let rendered: Vec<String> = entries.iter().map(|e| format!("{}: {}", e.written, e.text)).collect();
        // Run-together entries are split only at full dates with a day, as PDF conversion leaves them.
        let separator = if run_together && entries.iter().all(|e| e.start.len() == 10) { separator } else { "\n\n" };
        text.push_str(&rendered.join(separator));
        text.push('\n');
        let article = claimkit_parser::extract(&text);
        prop_assert_eq!(article.chronologies.len(), 1, "{}", text);
        let got = &article.chronologies[0].entries;
        prop_assert_eq!(got.len(), entries.len(), "{}", text);
        for (g, e) in got.iter().zip(&entries) {
            prop_assert_eq!(&g.date.text, &e.written);
            prop_assert_eq!(g.date.start.map(|d| d.to_string()), Some(e.start.clone()), "{}", e.written);
            prop_assert_eq!(g.date.end.map(|d| d.to_string()), Some(e.end.clone()), "{}", e.written);
            prop_assert_eq!(&g.text, &e.text);
            prop_assert_eq!(&text[g.date.span.start..g.date.span.end], e.written.as_str());
        }
        prop_assert!(article.chronologies[0].unparsed.is_empty());
    }
}

/// A document's leaves, each replaced or not: numbers by any number (huge
/// ones too), strings by any string, so that the result is still an
/// `Article` most of the time but holds values no extraction would.
fn mutate(value: &mut Value, choices: &mut impl Iterator<Item = (u8, u64, String)>) {
    match value {
        Value::Object(map) => map.values_mut().for_each(|v| mutate(v, choices)),
        Value::Array(items) => items.iter_mut().for_each(|v| mutate(v, choices)),
        Value::Number(_) => {
            if let Some((pick, n, _)) = choices.next() {
                if pick % 3 == 0 {
                    *value = Value::from(n);
                }
            }
        }
        Value::String(_) => {
            if let Some((pick, _, s)) = choices.next() {
                if pick % 3 == 0 {
                    *value = Value::from(s);
                }
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(config(100))]

    /// The rules never panic on an article that did not come from `extract`
    /// (a document deserialized from a pipeline, edited by hand), whatever
    /// its spans, dates, indices and texts say, and against any text.
    #[test]
    fn rules_on_any_deserialized_article(
        source in messy_text(),
        text in messy_text(),
        choices in prop::collection::vec((any::<u8>(), prop_oneof![0u64..40, any::<u64>()], "[0-9a-zA-Z\\- ]{0,12}"), 0..400),
    ) {
        let mut document = serde_json::to_value(claimkit_parser::extract(&source)).expect("serializes");
        mutate(&mut document, &mut choices.into_iter());
        if let Ok(article) = serde_json::from_value::<claimkit_parser::Article>(document) {
            let found = claimkit_lint::check(&text, &article, &claimkit_lint::Config::default());
            let index = claimkit_parser::LineIndex::new(&text);
            let reports = [claimkit_lint::render::FileReport { name: "t.txt", index: &index, diagnostics: &found }];
            claimkit_lint::render::human(&mut Vec::new(), &reports, false).expect("writes to memory");
        }
    }
}

/// Characters that damage a date when they replace one of its own or stand
/// beside it: Unicode spaces and dashes, invisible characters, letters that
/// look like digits, punctuation.
const DAMAGE: &[&str] = &[
    "\u{a0}", "\u{2009}", "\u{202f}", "\u{2007}", "\u{3000}", "\u{200b}", "\u{200d}", "\u{feff}",
    "\u{ad}", "\u{2212}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "-", "O",
    "o", "l", "I", ".", ";", ",", ":", "  ", "'", "’", "/", "\t",
];

proptest! {
    #![proptest_config(config(200))]

    /// One character of one entry's date replaced by, or joined with, a
    /// damaging one: every line of the chronology is still accounted for, and
    /// the damaged line either still reads as the same date or `check`
    /// reports something on it.
    #[test]
    fn a_damaged_date_is_never_lost_silently(
        entries in prop::collection::vec(entry(), 3..12),
        which in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        damage in prop::sample::select(DAMAGE),
        replace in any::<bool>(),
    ) {
        let k = which.index(entries.len());
        let mut text = String::from("CHRONOLOGY\n\n");
        let mut damaged_line = 0;
        let mut damaged = String::new();
        for (i, e) in entries.iter().enumerate() {
            let written = if i == k {
                let chars: Vec<char> = e.written.chars().collect();
                let p = at.index(chars.len());
                let mut out: String = chars[..p].iter().collect();
                out.push_str(damage);
                let keep_from = if replace { p + 1 } else { p };
                out.extend(&chars[keep_from..]);
                damaged_line = text.lines().count() + 1;
                damaged = out.clone();
                out
            } else {
                e.written.clone()
            };
            text.push_str(&format!("{written}: {}\n\n", e.text));
        }
        let article = claimkit_parser::extract(&text);
        prop_assert_eq!(article.chronologies.len(), 1, "{}", text);
        let chronology = &article.chronologies[0];
        // Every non-blank line after the heading is in an entry, an
        // unparsed item or a subheading.
        let mut covered: Vec<usize> = Vec::new();
        covered.extend(chronology.entries.iter().map(|e| e.span.line));
        covered.extend(chronology.unparsed.iter().map(|u| u.span.line));
        covered.extend(chronology.subheadings.iter().map(|h| h.span.line));
        for (n, line) in text.lines().enumerate().skip(1) {
            if !line.trim().is_empty() {
                prop_assert!(covered.contains(&(n + 1)), "line {} {:?} lost in\n{}", n + 1, line, text);
            }
        }
        let same = chronology.entries.iter().any(|e| {
            e.span.line == damaged_line
                && e.problem.is_none()
                && e.date.start.map(|d| d.to_string()) == Some(entries[k].start.clone())
                && e.date.end.map(|d| d.to_string()) == Some(entries[k].end.clone())
        });
        // A change that writes another whole, clean date ("March 10 1900" to
        // "March 1, 1900") is no damage anyone could see.
        // (A no-break space is a space: style guides put one between month
        // and day.)
        // A byte-order mark starting a line is dropped as at a file's start.
        let visible = damaged.replace('\u{a0}', " ").replace('\u{feff}', "");
        // "1. January 2025" and "- May 1900" are list items, as Markdown
        // reads them.
        let visible = match visible.split_once(' ') {
            Some((marker, rest))
                if matches!(marker, "-" | "*" | "+")
                    || (marker.len() >= 2
                        && marker.len() <= 4
                        && marker.ends_with(['.', ')'])
                        && marker[..marker.len() - 1].bytes().all(|b| b.is_ascii_digit())) =>
            {
                rest.to_string()
            }
            _ => visible,
        };
        let another_date = visible.trim().chars().all(|c| c.is_ascii() || c == '–' || c == '—')
            && !visible.trim().contains("  ")
            && claimkit_parser::date::parse(visible.trim()).is_some();
        if !same && !another_date {
            let found = claimkit_lint::check(&text, &article, &claimkit_lint::Config::default());
            prop_assert!(
                found.iter().any(|d| d.span.line == damaged_line),
                "line {} {:?} changed its date (expected {}..{}, read {:?}) and nothing reports it:\n{}",
                damaged_line,
                text.lines().nth(damaged_line - 1),
                entries[k].start,
                entries[k].end,
                chronology.entries.iter().filter(|e| e.span.line == damaged_line).map(|e| (e.date.start, e.date.end, e.date.year_source)).collect::<Vec<_>>(),
                text
            );
        }
    }
}
