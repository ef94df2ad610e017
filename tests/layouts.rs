//! The layouts chronologies come in (`fixtures/layouts/`): each fixture says
//! on its first line what `extract` should find in it, and one test holds
//! every fixture to its word.
//!
//! The first line is an HTML comment of `; `-separated fields:
//!
//! ```text
//! <!-- layout: what it holds; expect: 2016-03-03 | 2016-04-05..2016-04-07 | 2016-05; period: none -->
//! ```
//!
//! - `expect:` (required) every entry of every chronology, in document
//!   order: the ISO start, `..` and the end when it differs, `T` and the
//!   time of day for an entry led by one (`2001-09-11T08:42..2001-09-11T08:46`),
//!   `?` for a null start, and `!` after an entry that carries a `problem`.
//! - `unparsed:` the reasons of the chronologies' unparsed lines, in order.
//! - `period:` each chronology's declared period, `start..end` or `none`.
//! - `title:`, `authors:`, `sections:`, `chronologies:` the metadata title,
//!   the authors' names, the section titles and the chronologies' titles.
//! - `stray-marks:` the roles (`open`, `close`) of the stray quotation marks.
//! - `quotes:` each quotation as `context=speaker`: where it stands (`body`,
//!   `chronology`, `unparsed`, `subheading`, `heading`) and the speaker's
//!   name, or `none`.
//!
//! A list that is empty is written `none`. A field left out is not checked. Any other field is description. Every
//! fixture is also held to what is true of any article: an entry whose year
//! comes from the period is in a chronology that declares one.

use std::path::Path;

use serde_json::Value;

use crate::common::{self, run, stderr, stdout};

/// Fixtures whose output is wrong today: the layout test checks that each
/// still differs from its `expect:` line (so a fix is noticed and the entry
/// removed), and none of them is snapshotted, since a snapshot would record
/// wrong output as right.
const KNOWN_FAILING: &[&str] = &[];

/// Every layout fixture gives what its first line expects; a known-failing
/// one still does not.
#[test]
fn layout_fixtures_give_their_expected_entries() {
    let names = fixture_names();
    for known in KNOWN_FAILING {
        assert!(
            names.iter().any(|n| n == known),
            "KNOWN_FAILING names {known}, which is not in fixtures/layouts/"
        );
    }
    common::every_case(names, |name| {
        let text = std::fs::read_to_string(dir().join(name)).expect("fixture");
        let header =
            Header::parse(text.lines().next().unwrap_or("")).unwrap_or_else(|why| panic!("{why}"));
        let out = run(&["extract", &format!("fixtures/layouts/{name}")], b"");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let article: Value = serde_json::from_slice(&out.stdout).expect("extract writes JSON");
        let differences = header.differences(&article);
        if KNOWN_FAILING.contains(&name.as_str()) {
            assert!(
                !differences.is_empty(),
                "it now gives what it expects: remove it from KNOWN_FAILING in \
                 tests/layouts.rs and accept its snapshot"
            );
        } else {
            assert!(differences.is_empty(), "\n{}", differences.join("\n"));
        }
    });
}

/// Every layout fixture's extraction, as pretty JSON, one snapshot each,
/// except those known to be wrong.
#[test]
fn layout_snapshots() {
    let names: Vec<String> = fixture_names()
        .into_iter()
        .filter(|n| !KNOWN_FAILING.contains(&n.as_str()))
        .collect();
    common::every_case(names, |name| {
        let out = run(
            &["extract", "--pretty", &format!("fixtures/layouts/{name}")],
            b"",
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let stem = Path::new(name)
            .file_stem()
            .expect("a name")
            .to_string_lossy();
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("extract__layouts__{stem}"), stdout(&out));
        });
    });
}

/// What a fixture's first line says it should produce.
#[derive(Debug)]
struct Header {
    /// Field name and value, in the order written; `expect` is always there.
    fields: Vec<(&'static str, String)>,
}

/// The fields a header may check.
const FIELDS: &[&str] = &[
    "expect",
    "unparsed",
    "period",
    "title",
    "authors",
    "sections",
    "chronologies",
    "stray-marks",
    "quotes",
];

impl Header {
    fn parse(line: &str) -> Result<Header, String> {
        let inner = line
            .strip_prefix("<!--")
            .and_then(|l| l.strip_suffix("-->"))
            .ok_or("the first line must be <!-- layout: ...; expect: ... -->")?;
        let mut fields = Vec::new();
        for part in inner.split("; ") {
            let Some((key, value)) = part.trim().split_once(": ") else {
                continue;
            };
            if let Some(field) = FIELDS.iter().find(|f| **f == key) {
                fields.push((*field, value.trim().to_string()));
            }
        }
        if !fields.iter().any(|(f, _)| *f == "expect") {
            return Err("the first line has no `expect:` field".to_string());
        }
        Ok(Header { fields })
    }

    /// One line per field that `article` does not give as expected.
    fn differences(&self, article: &Value) -> Vec<String> {
        let mut differences = Vec::new();
        for (field, expected) in &self.fields {
            let found = match found(field, article) {
                items if items.is_empty() => "none".to_string(),
                items => items.join(" | "),
            };
            if &found != expected {
                differences.push(format!(
                    "{field}:\n  expected {expected}\n  found    {found}"
                ));
            }
        }
        // Whatever the fields say, a year taken from the period needs one.
        for chronology in array(&article["chronologies"]) {
            if !chronology["period"].is_null() {
                continue;
            }
            for e in array(&chronology["entries"]) {
                if e["date"]["year_source"] == "period" {
                    differences.push(format!(
                        "year_source: {:?} takes its year from the period, but its chronology declares none",
                        text_or_none(&e["date"]["text"])
                    ));
                }
            }
        }
        differences
    }
}

/// What `article` gives for a header field, one item per entry, line,
/// chronology or author.
fn found(field: &str, article: &Value) -> Vec<String> {
    let chronologies = array(&article["chronologies"]);
    let strings = |items: &[Value], key: &str| -> Vec<String> {
        items.iter().map(|v| text_or_none(&v[key])).collect()
    };
    match field {
        "expect" => chronologies
            .iter()
            .flat_map(|c| array(&c["entries"]))
            .map(entry)
            .collect(),
        "unparsed" => chronologies
            .iter()
            .flat_map(|c| array(&c["unparsed"]))
            .map(|u| text_or_none(&u["reason"]))
            .collect(),
        "period" => chronologies
            .iter()
            .map(|c| match &c["period"] {
                Value::Null => "none".to_string(),
                period => interval(&period["start"], &period["end"]),
            })
            .collect(),
        "title" => vec![text_or_none(&article["metadata"]["title"])],
        "authors" => strings(array(&article["metadata"]["authors"]), "name"),
        "sections" => strings(array(&article["sections"]), "title"),
        "chronologies" => strings(chronologies, "title"),
        "stray-marks" => strings(array(&article["stray_marks"]), "role"),
        // Where each quotation stands and who says it: "unparsed=Motegi".
        "quotes" => array(&article["quotations"])
            .iter()
            .map(|q| {
                let speaker = q["speaker"]["name"].as_str().unwrap_or("none");
                format!("{}={speaker}", text_or_none(&q["context"]["kind"]))
            })
            .collect(),
        _ => unreachable!("{field} is not in FIELDS"),
    }
}

/// An entry as `expect:` writes it.
fn entry(entry: &Value) -> String {
    let date = &entry["date"];
    let at = |day: &Value, time: &Value| match (day.as_str(), time.as_str()) {
        (Some(day), Some(time)) => Value::String(format!("{day}T{time}")),
        _ => day.clone(),
    };
    let time = &entry["time"];
    let mut written = interval(
        &at(&date["start"], &time["start"]),
        &at(&date["end"], &time["end"]),
    );
    if entry.get("problem").is_some() || date.get("problem").is_some() {
        written.push('!');
    }
    written
}

/// `start`, or `start..end` when they differ; `?` for a null start.
fn interval(start: &Value, end: &Value) -> String {
    match (start.as_str(), end.as_str()) {
        (None, _) => "?".to_string(),
        (Some(start), Some(end)) if end != start => format!("{start}..{end}"),
        (Some(start), _) => start.to_string(),
    }
}

fn text_or_none(value: &Value) -> String {
    value.as_str().unwrap_or("none").to_string()
}

fn array(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

fn dir() -> std::path::PathBuf {
    common::root().join("fixtures/layouts")
}

/// The fixtures' file names, sorted.
fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("fixtures/layouts/ exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 11, "layout fixtures: {names:?}");
    names
}
