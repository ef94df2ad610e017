//! `claimkit diff` and `claimkit snapshot`: changes of claims, not of bytes.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::common::{
    self, assert_code, assert_contains, fixture, stderr, stdout, TempDir, PRIMARY,
};

/// The edited copy of the bundled article: a paragraph (with a quotation)
/// inserted above the body, one entry's date changed, one quotation
/// reworded, one speaker changed. `fixtures/diff/japan-korea-edited.txt` is
/// exactly this, so the README can show it.
fn edited() -> String {
    let text = std::fs::read_to_string(fixture(PRIMARY)).expect("fixture");
    let note = "Editor’s note: this revision corrects a date, a quotation and an attribution; \
                “we regret the errors,” the editors said.\n\n";
    let edits = [
        (
            "“Cold economics, cold politics”",
            &format!("{note}“Cold economics, cold politics”")[..],
        ),
        (
            "May 19, 2020: South Korean Ministry of Foreign Affairs responds",
            "May 20, 2020: South Korean Ministry of Foreign Affairs responds",
        ),
        (
            "GSOMIA is something that can be terminated at any time.",
            "GSOMIA is something that could be terminated at any moment.",
        ),
        (
            "Abe says, \"We should renew",
            "Kono says, \"We should renew",
        ),
    ];
    let mut edited = text.clone();
    for (from, to) in edits {
        assert_eq!(
            edited.matches(from).count(),
            1,
            "{from:?} is in the article once"
        );
        edited = edited.replacen(from, to, 1);
    }
    edited
}

const EDITED: &str = "fixtures/diff/japan-korea-edited.txt";

/// Runs `claimkit ARGS` in `dir`.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("diff --format json writes JSON")
}

fn kinds(report: &Value) -> Vec<String> {
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| f["changes"].as_array().expect("changes"))
        .map(|c| c["kind"].as_str().expect("kind").to_string())
        .collect()
}

#[test]
fn the_edited_fixture_is_the_bundled_article_with_four_edits() {
    let committed = std::fs::read_to_string(common::root().join(EDITED)).expect("fixture");
    assert_eq!(committed, edited());
}

#[test]
fn an_edited_article_gives_exactly_its_four_changes() {
    let primary = format!("fixtures/{PRIMARY}");
    let out = common::run(&["diff", "--format", "json", &primary, EDITED], b"");
    assert_code(&out, 1);
    let report = json(&out);
    assert_eq!(
        kinds(&report),
        [
            "entry-date-changed",
            "quotation-added",
            "quotation-speaker-changed",
            "quotation-reworded"
        ]
    );
    let changes = &report["files"][0]["changes"];
    // The date, as written and normalized, of the entry that stands at the
    // same index but two lines lower.
    let date = &changes[0];
    assert_eq!(date["old"]["date"]["text"], "May 19, 2020");
    assert_eq!(date["new"]["date"]["text"], "May 20, 2020");
    assert_eq!(date["new"]["date"]["start"], "2020-05-20");
    assert_eq!(date["old"]["line"], 104);
    assert_eq!(date["new"]["line"], 106);
    let added = &changes[1]["new"];
    assert_eq!(added["text"], "we regret the errors,");
    assert_eq!(added["line"], 22);
    let speaker = &changes[2];
    assert_eq!(speaker["old"]["speaker"]["name"], "Abe Shinzo");
    assert_eq!(speaker["new"]["speaker"]["name"], "Kono");
    let words: Vec<(String, String)> = changes[3]["words"]
        .as_array()
        .expect("words")
        .iter()
        .filter(|w| w["op"] != "equal")
        .map(|w| (w["op"].to_string(), w["text"].to_string()))
        .collect();
    assert_eq!(
        words,
        [
            ("\"delete\"".into(), "\"can\"".into()),
            ("\"insert\"".into(), "\"could\"".into()),
            ("\"delete\"".into(), "\"time.\"".into()),
            ("\"insert\"".into(), "\"moment.\"".into()),
        ]
    );
    assert_eq!(report["summary"]["changes"], 4);
    assert_eq!(
        stderr(&out),
        "4 changes in 1 of 1 file: 1 entry date changed, 1 quotation added, \
         1 quotation reworded, 1 speaker changed\n"
    );

    // What `claimkit validate` says of the report, through its own schema.
    let dir = TempDir::new("diff-validate");
    let path = dir.path().join("report.json");
    std::fs::write(&path, &out.stdout).expect("write");
    let valid = common::run(&["validate", path.to_str().expect("UTF-8")], b"");
    assert_code(&valid, 0);
}

#[test]
fn an_edited_article_for_people() {
    let primary = format!("fixtures/{PRIMARY}");
    let out = common::run(&["diff", &primary, EDITED], b"");
    assert_code(&out, 1);
    insta::assert_snapshot!("diff__edited_human", stdout(&out));
    assert!(!stdout(&out).contains('\x1b'), "no colour off a terminal");
    let coloured = common::run(&["diff", "--color", "always", &primary, EDITED], b"");
    assert_contains(
        &stdout(&coloured),
        "\x1b[31m[-can-]\x1b[0m\x1b[32m{+could+}\x1b[0m",
    );
}

#[test]
fn identical_inputs_report_nothing() {
    let primary = format!("fixtures/{PRIMARY}");
    let out = common::run(&["diff", &primary, &primary], b"");
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "no changes in 1 file compared\n");
    let out = common::run(&["diff", "--format", "json", &primary, &primary], b"");
    assert_code(&out, 0);
    let report = json(&out);
    assert_eq!(report["files"], serde_json::json!([]));
    assert_eq!(report["summary"]["files"], 1);
}

#[test]
fn an_article_and_its_extraction_are_the_same() {
    let dir = TempDir::new("diff-extraction");
    let extraction = dir.path().join("primary.json");
    let out = common::run(&["extract", &format!("fixtures/{PRIMARY}")], b"");
    std::fs::write(&extraction, &out.stdout).expect("write");
    let out = common::run(
        &[
            "diff",
            extraction.to_str().expect("UTF-8"),
            &format!("fixtures/{PRIMARY}"),
        ],
        b"",
    );
    assert_code(&out, 0);
}

#[test]
fn records_of_json_lines_are_matched_by_source_path() {
    let dir = TempDir::new("diff-jsonl");
    let (old, new) = (dir.path().join("old.jsonl"), dir.path().join("new.jsonl"));
    let primary = format!("fixtures/{PRIMARY}");
    let out = common::run(&["extract", "fixtures/date-ranges.txt", &primary], b"");
    std::fs::write(&old, &out.stdout).expect("write");
    // NEW lists the records the other way round, and the article's record
    // is the edited text under the article's name.
    let edited = common::run(
        &["extract", "--stdin-filename", &primary, "-"],
        edited().as_bytes(),
    );
    let ranges = common::run(&["extract", "fixtures/date-ranges.txt"], b"");
    let mut lines = edited.stdout.clone();
    lines.extend_from_slice(&ranges.stdout);
    std::fs::write(&new, lines).expect("write");
    let out = common::run(
        &[
            "diff",
            "--format",
            "json",
            old.to_str().expect("UTF-8"),
            new.to_str().expect("UTF-8"),
        ],
        b"",
    );
    assert_code(&out, 1);
    let report = json(&out);
    assert_eq!(report["files"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["files"][0]["old"], primary);
    assert_eq!(report["summary"]["files"], 2);
    assert_eq!(kinds(&report).len(), 4);
}

/// A chronology of five entries, written with `edits` applied.
fn chronology(entries: &[&str]) -> String {
    let mut text = String::from("CHRONOLOGY\n\nMAY – JUNE 2020\n\n");
    for entry in entries {
        text.push_str(entry);
        text.push_str("\n\n");
    }
    text
}

const ENTRIES: [&str; 5] = [
    "May 1, 2020: The ministers meet in Seoul to discuss export controls.",
    "May 5, 2020: The court orders the seizure of company assets.",
    "May 9, 2020: Tokyo protests the ruling in a formal note.",
    "May 14, 2020: Both sides agree to resume working-level talks.",
    "June 2, 2020: The trade ministry files a complaint with the WTO.",
];

fn diff_texts(name: &str, old: &str, new: &str, extra: &[&str]) -> Output {
    let dir = TempDir::new(name);
    std::fs::write(dir.path().join("old.txt"), old).expect("write");
    std::fs::write(dir.path().join("new.txt"), new).expect("write");
    let mut args = vec!["diff", "--format", "json"];
    args.extend_from_slice(extra);
    args.extend(["old.txt", "new.txt"]);
    run_in(&dir.path(), &args)
}

#[test]
fn entries_are_aligned_by_content_not_by_place() {
    let old = chronology(&ENTRIES);
    let cases: Vec<(&str, Vec<&str>, Vec<&str>)> = vec![
        (
            "an entry inserted first",
            vec![
                "April 28, 2020: The foreign ministers speak by phone.",
                ENTRIES[0],
                ENTRIES[1],
                ENTRIES[2],
                ENTRIES[3],
                ENTRIES[4],
            ],
            vec!["entry-added"],
        ),
        (
            "an entry removed",
            vec![ENTRIES[0], ENTRIES[2], ENTRIES[3], ENTRIES[4]],
            vec!["entry-removed"],
        ),
        (
            "an entry moved",
            vec![ENTRIES[0], ENTRIES[2], ENTRIES[3], ENTRIES[1], ENTRIES[4]],
            vec!["entry-moved"],
        ),
        (
            "an entry reworded",
            vec![
                ENTRIES[0],
                "May 5, 2020: The district court orders the seizure of the company's assets.",
                ENTRIES[2],
                ENTRIES[3],
                ENTRIES[4],
            ],
            vec!["entry-reworded"],
        ),
        (
            "a date written another way, same day",
            vec![
                ENTRIES[0],
                ENTRIES[1],
                "May 9: Tokyo protests the ruling in a formal note.",
                ENTRIES[3],
                ENTRIES[4],
            ],
            vec!["entry-date-changed"],
        ),
    ];
    common::every_case(cases, |(name, new, expected)| {
        let out = diff_texts("diff-entries", &old, &chronology(new), &[]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert_eq!(kinds(&json(&out)), *expected, "{name}");
    });
}

#[test]
fn a_period_and_a_title_changed() {
    let old = chronology(&ENTRIES);
    let new = old
        .replace("CHRONOLOGY\n", "CHRONOLOGY OF JAPAN-KOREA RELATIONS\n")
        .replace("MAY – JUNE 2020", "MAY – JULY 2020");
    let out = diff_texts("diff-period", &old, &new, &[]);
    assert_code(&out, 1);
    assert_eq!(
        kinds(&json(&out)),
        ["chronology-title-changed", "chronology-period-changed"]
    );
}

#[test]
fn ignored_fields_are_left_alone() {
    let primary = format!("fixtures/{PRIMARY}");
    let out = common::run(
        &[
            "diff",
            "--format",
            "json",
            "--ignore",
            "quotations.speaker,entries.date",
            &primary,
            EDITED,
        ],
        b"",
    );
    assert_code(&out, 1);
    // The speaker's name is part of its entry's text: with speaker changes
    // ignored, that entry's rewording is no longer explained by them.
    assert_eq!(
        kinds(&json(&out)),
        ["entry-reworded", "quotation-added", "quotation-reworded"]
    );
    let out = common::run(
        &["diff", "--ignore", "quotations,entries", &primary, EDITED],
        b"",
    );
    assert_code(&out, 0);
    let out = common::run(
        &["diff", "--ignore", "quotation.cue", &primary, EDITED],
        b"",
    );
    assert_code(&out, 2);
    assert_contains(
        &stderr(&out),
        "unknown field to ignore \"quotation.cue\"; expected one of spans,",
    );
}

#[test]
fn unusable_inputs_are_errors_naming_the_file() {
    let dir = TempDir::new("diff-errors");
    std::fs::write(dir.path().join("broken.json"), "{\"chronologies\": 3}\n").expect("write");
    std::fs::write(dir.path().join("a.txt"), "May 1, 2020: Talks.\n").expect("write");
    let out = run_in(&dir.path(), &["diff", "broken.json", "a.txt"]);
    assert_code(&out, 2);
    assert_contains(&stderr(&out), "broken.json:1: not an article extraction");
    let out = run_in(&dir.path(), &["diff", "missing.txt", "a.txt"]);
    assert_code(&out, 2);
    assert_eq!(stderr(&out), "claimkit: error: missing.txt: no such file\n");
}

#[test]
fn the_diff_schema_is_printed_and_known_to_validate() {
    let out = common::run(&["schema", "diff"], b"");
    assert_code(&out, 0);
    let schema: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        schema["$id"],
        "https://claimkit.dev/schemas/v1/diff.schema.json"
    );
    let bad = br#"{"$schema": "https://claimkit.dev/schemas/v1/diff.schema.json", "files": [], "summary": {}}"#;
    let out = common::run(&["validate", "-"], bad);
    assert_code(&out, 1);
    let out = common::run(&["validate", "--schema", "diff", "-"], bad);
    assert_code(&out, 1);
}

#[test]
fn snapshots_written_checked_edited_and_accepted() {
    let dir = TempDir::new("snapshot-workflow");
    let articles = dir.path().join("articles");
    std::fs::create_dir_all(articles.join("sub")).expect("mkdir");
    for (from, to) in [
        (PRIMARY, PRIMARY),
        ("date-ranges.txt", "date-ranges.txt"),
        ("interrupted-and-nested-quotes.txt", "sub/quotes.txt"),
    ] {
        std::fs::copy(fixture(from), articles.join(to)).expect("copy");
    }
    let snapshot = |mode: &[&str]| {
        let mut args = vec!["snapshot", "articles", "--store", "snaps"];
        args.extend_from_slice(mode);
        run_in(&dir.path(), &args)
    };

    // Write: one pretty extraction per input, mirroring the paths.
    let out = snapshot(&[]);
    assert_code(&out, 0);
    assert_eq!(
        stderr(&out),
        "claimkit: 3 snapshots written, 0 removed, 0 unchanged in snaps\n"
    );
    let stored = dir.path().join("snaps").join("sub/quotes.txt.json");
    let text = std::fs::read_to_string(&stored).expect("snapshot of sub/quotes.txt");
    assert!(text.starts_with("{\n  \"$schema\""), "pretty JSON: {text}");
    let record: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(record["source"]["path"], "sub/quotes.txt");
    let out = run_in(&dir.path(), &["validate", "snaps/sub/quotes.txt.json"]);
    assert_code(&out, 0);

    // Check: clean.
    let out = snapshot(&["--check"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "no changes in 3 files compared\n");

    // Edit: the bundled article becomes the edited copy (every line below
    // the new paragraph moves), one input is removed, one added.
    std::fs::write(articles.join(PRIMARY), edited()).expect("write");
    std::fs::remove_file(articles.join("date-ranges.txt")).expect("remove");
    std::fs::copy(fixture("date-ranges.txt"), articles.join("ranges-2.txt")).expect("copy");
    let out = snapshot(&["--check"]);
    assert_code(&out, 1);
    insta::assert_snapshot!("diff__snapshot_check", stdout(&out));
    let out = snapshot(&["--check", "--format", "json"]);
    assert_code(&out, 1);
    let report = json(&out);
    assert_eq!(report["summary"]["changes"], 4);
    assert_eq!(report["summary"]["added"], 1);
    assert_eq!(report["summary"]["removed"], 1);
    // Check wrote nothing.
    assert_eq!(std::fs::read_to_string(&stored).expect("unchanged"), text);
    assert!(dir.path().join("snaps/date-ranges.txt.json").exists());

    // Accept: shows the changes, stores them, removes the stale snapshot.
    let out = snapshot(&["--accept"]);
    assert_code(&out, 0);
    assert_contains(&stdout(&out), "~ entry date changed");
    assert_eq!(
        stderr(&out),
        "claimkit: 2 snapshots written, 1 removed, 1 unchanged in snaps\n"
    );
    assert!(!dir.path().join("snaps/date-ranges.txt.json").exists());
    let out = snapshot(&["--check"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "no changes in 3 files compared\n");
}

#[test]
fn snapshots_without_spans_stay_quiet_when_lines_move() {
    let dir = TempDir::new("snapshot-spans");
    let articles = dir.path().join("articles");
    std::fs::create_dir_all(&articles).expect("mkdir");
    let text = chronology(&ENTRIES);
    std::fs::write(articles.join("a.txt"), &text).expect("write");
    let args = [
        "snapshot", "articles", "--store", "snaps", "--ignore", "spans",
    ];
    assert_code(&run_in(&dir.path(), &args), 0);
    let first = std::fs::read_to_string(dir.path().join("snaps/a.txt.json")).expect("snapshot");
    assert!(!first.contains("\"span\""), "{first}");
    // The record's own order of members is kept.
    let keys: Vec<&str> = first
        .lines()
        .filter(|l| l.starts_with("  \""))
        .map(|l| l.trim().split('"').nth(1).expect("key"))
        .collect();
    assert_eq!(
        keys,
        [
            "$schema",
            "source",
            "metadata",
            "sections",
            "figures",
            "links",
            "chronologies",
            "quotations",
            "stray_marks"
        ]
    );
    // A blank line above everything moves every span; the snapshot without
    // spans changes only in its source's length and hash.
    std::fs::write(articles.join("a.txt"), format!("\n\n{text}")).expect("write");
    let mut check = args.to_vec();
    check.push("--check");
    let out = run_in(&dir.path(), &check);
    assert_code(&out, 0);
    assert_code(&run_in(&dir.path(), &args), 0);
    let second = std::fs::read_to_string(dir.path().join("snaps/a.txt.json")).expect("snapshot");
    let changed: Vec<(&str, &str)> = first
        .lines()
        .zip(second.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    assert!(changed
        .iter()
        .all(|(a, _)| a.contains("\"bytes\"") || a.contains("\"sha256\"")));
}
