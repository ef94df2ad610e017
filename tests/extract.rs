//! `claimkit extract`: snapshots of every fixture, the facts of the primary
//! fixture read one by one, and the command's handling of its inputs.

use serde_json::Value;

use crate::common::{self, fixture, run, stderr, stdout, PRIMARY};

/// Every fixture's extraction, as pretty JSON, one snapshot each.
#[test]
fn fixtures_snapshots() {
    let mut names: Vec<String> = std::fs::read_dir(common::root().join("fixtures"))
        .expect("fixtures/ exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "fixtures: {names:?}");
    common::every_case(names, |name| {
        let out = run(&["extract", "--pretty", &format!("fixtures/{name}")], b"");
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("extract__{}", name.trim_end_matches(".txt")), stdout(&out));
        });
    });
}

fn entries(article: &Value) -> &Vec<Value> {
    article["chronologies"][0]["entries"]
        .as_array()
        .expect("entries")
}

fn quotation<'a>(article: &'a Value, starts_with: &str) -> &'a Value {
    article["quotations"]
        .as_array()
        .expect("quotations")
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .is_some_and(|t| t.starts_with(starts_with))
        })
        .unwrap_or_else(|| panic!("no quotation starting {starts_with:?}"))
}

#[test]
fn primary_fixture_chronology() {
    let article = common::extract(&fixture(PRIMARY));
    let chronologies = article["chronologies"].as_array().expect("chronologies");
    assert_eq!(chronologies.len(), 1);
    let chronology = &chronologies[0];
    assert_eq!(chronology["title"], "CHRONOLOGY OF JAPAN-KOREA RELATIONS");
    assert_eq!(chronology["period"]["start"], "2020-05");
    assert_eq!(chronology["period"]["end"], "2020-08");
    assert_eq!(chronology["prepared_by"]["name"], "Patrice Francis");
    assert_eq!(chronology["unparsed"].as_array().map(Vec::len), Some(0));

    let entries = entries(&article);
    assert_eq!(entries.len(), 34);
    for entry in entries {
        assert_eq!(entry["date"]["year_source"], "written", "{entry}");
        assert!(entry["date"]["start"].is_string(), "{entry}");
        assert!(!entry["text"].as_str().unwrap_or("").is_empty(), "{entry}");
    }
    let first = &entries[0];
    assert_eq!(first["date"]["text"], "May 1, 2020");
    assert_eq!(first["span"]["line"], 96);
    // The comma-less date is an entry of its own.
    let comma_less = entries
        .iter()
        .find(|e| e["date"]["text"] == "June 15 2020")
        .expect("June 15 2020");
    assert_eq!(comma_less["date"]["start"], "2020-06-15");
    assert!(comma_less["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("South Korea's First Vice Minister"));
    // The range stays one entry, in document order between June 15 and June 18.
    let range_at = entries
        .iter()
        .position(|e| e["date"]["text"] == "July 16-17, 2020")
        .expect("range");
    assert_eq!(entries[range_at]["date"]["start"], "2020-07-16");
    assert_eq!(entries[range_at]["date"]["end"], "2020-07-17");
    assert_eq!(entries[range_at - 1]["date"]["text"], "June 15 2020");
    assert_eq!(entries[range_at + 1]["date"]["text"], "June 18, 2020");
    let last = entries.last().expect("entries");
    assert_eq!(last["date"]["start"], "2020-08-28");
}

#[test]
fn primary_fixture_quotations() {
    let article = common::extract(&fixture(PRIMARY));
    let speaker = |text: &str| quotation(&article, text)["speaker"].clone();
    let cue = |text: &str| quotation(&article, text)["cue"].clone();

    // Body.
    assert_eq!(
        speaker("from the perspective of the current")["name"],
        "Motegi"
    );
    assert_eq!(cue("from the perspective of the current"), "commented");
    let went_on = speaker("Regarding Japan–ROK relations");
    assert_eq!(went_on["name"], "Motegi");
    assert_eq!(went_on["resolved_from"], "He");
    let kajiyama = speaker("It’s important that [the WTO");
    assert_eq!(kajiyama["name"], "Kajiyama Hiroshi");
    assert_eq!(kajiyama["role"], "Japanese Trade Minister");
    // Joined across the page break, and "She said" resolves to Yoo, named
    // in full before ("Yoo Myung-hee").
    assert_eq!(
        quotation(&article, "rather than")["text"],
        "rather than from the perspective of the disputes."
    );
    assert_eq!(speaker("rather than")["name"], "Yoo Myung-hee");
    assert_eq!(speaker("When they actually look")["name"], "Yoo Myung-hee");
    assert_eq!(speaker("When they actually look")["resolved_from"], "She");
    let blue_house = speaker("It is shameless");
    assert_eq!(blue_house["kind"], "unnamed-source");
    assert_eq!(cue("It is shameless"), "reported to have said");
    assert_eq!(speaker("the exhibits feature")["name"], "Choson Ilbo");
    assert_eq!(speaker("the exhibits feature")["kind"], "organization");
    assert_eq!(speaker("We interviewed over 70")["name"], "Kato Koko");
    assert_eq!(speaker("so far there have been")["name"], "Moon Jae-in");
    assert_eq!(speaker("North Korea is considered")["kind"], "document");
    // Unspoken: a title in a citation, scare quotes, a definition.
    assert!(speaker("Japan-Korea Relations: Defined").is_null());
    assert!(speaker("comfort women").is_null());
    assert!(speaker("regard with suspicion").is_null());
    // What the quoted words are.
    let role = |text: &str| quotation(&article, text)["role"].clone();
    assert_eq!(role("Japan-Korea Relations: Defined"), "title");
    assert_eq!(role("comfort women"), "scare");
    // "which led Japan to express “dismay”": Japan's word, a statement.
    assert_eq!(role("dismay"), "statement");
    assert_eq!(speaker("dismay")["name"], "Japan");
    assert_eq!(role("We interviewed over 70"), "statement");

    // Chronology.
    let suga = speaker("It’s very important to maintain the G7 framework”".trim_end_matches('”'));
    // Named in full earlier in the text, "Suga" as written.
    assert_eq!(suga["name"], "Suga Yoshihide");
    assert_eq!(suga["resolved_from"], "Suga");
    let in_entry: Vec<&Value> = article["quotations"]
        .as_array()
        .expect("quotations")
        .iter()
        .filter(|q| q["context"]["kind"] == "chronology")
        .collect();
    let by_entry = |line: u64| {
        in_entry
            .iter()
            .find(|q| q["span"]["line"] == line)
            .expect("a quotation on that line")
    };
    assert_eq!(by_entry(134)["speaker"]["name"], "Suga Yoshihide");
    assert_eq!(by_entry(134)["speaker"]["role"], "Chief Cabinet Secretary");
    assert_eq!(by_entry(104)["cue"], "responds by saying");
    assert_eq!(by_entry(104)["speaker"]["kind"], "organization");
    assert_eq!(by_entry(144)["cue"], "responds by saying");
    assert_eq!(by_entry(144)["speaker"]["name"], "Suga Yoshihide");
    assert_eq!(by_entry(140)["speaker"]["name"], "Defense of Japan 2020");
    assert_eq!(by_entry(140)["speaker"]["resolved_from"], "It");
    assert_eq!(by_entry(152)["speaker"]["name"], "Kim In-chul");
    assert_eq!(by_entry(162)["speaker"]["name"], "Abe Shinzo");

    // The closing mark with no opening one.
    let strays = article["stray_marks"].as_array().expect("stray marks");
    assert_eq!(strays.len(), 1);
    assert_eq!(strays[0]["role"], "close");
    assert_eq!(strays[0]["span"]["line"], 52);
}

#[test]
fn primary_fixture_metadata() {
    let article = common::extract(&fixture(PRIMARY));
    let meta = &article["metadata"];
    assert_eq!(meta["journal"], "Comparative Connections");
    assert_eq!(meta["title"], "Japan-Korea Relations");
    assert_eq!(meta["subtitle"], "Defined by Distrust");
    assert_eq!(meta["authors"][0]["name"], "Ji-Young Lee");
    assert_eq!(meta["authors"][0]["affiliation"], "American University");
    assert_eq!(
        (meta["volume"].as_u64(), meta["issue"].as_u64()),
        (Some(22), Some(2))
    );
    assert_eq!(meta["issue_date"]["value"], "2020-09");
    assert_eq!(
        (
            meta["pages"]["first"].as_u64(),
            meta["pages"]["last"].as_u64()
        ),
        (Some(121), Some(128))
    );
    let figures = article["figures"].as_array().expect("figures");
    assert_eq!(figures.len(), 3);
    assert_eq!(figures[0]["credit"], "AP");
    let links = article["links"].as_array().expect("links");
    assert!(links.iter().all(|l| l["target"] == "#"));
    assert_eq!(links[0]["text"], "assessment");
}

/// Every span's bytes hold what the item says, for items that carry their text as written.
#[test]
fn spans_point_at_their_text() {
    let path = fixture(PRIMARY);
    let input = std::fs::read_to_string(&path).expect("fixture");
    let article = common::extract(&path);
    let slice = |span: &Value| {
        let (a, b) = (
            span["start"].as_u64().expect("start") as usize,
            span["end"].as_u64().expect("end") as usize,
        );
        &input[a..b]
    };
    for entry in entries(&article) {
        assert_eq!(
            slice(&entry["date"]["span"]),
            entry["date"]["text"].as_str().expect("text")
        );
    }
    for q in article["quotations"].as_array().expect("quotations") {
        let written = slice(&q["span"]);
        assert!(
            written.starts_with(['“', '"', '‘', '\'']) && written.ends_with(['”', '"', '’', '\'']),
            "{written:?}"
        );
        // The span holds the marks and, between them, the quoted words (a
        // quotation over several lines has its line breaks read as spaces).
        let words = q["text"].as_str().expect("text");
        let written_words = written.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            written_words.contains(words),
            "{written:?} does not hold {words:?}"
        );
        let line = q["span"]["line"].as_u64().expect("line") as usize;
        let column = q["span"]["column"].as_u64().expect("column") as usize;
        let at_line = input.lines().nth(line - 1).expect("line exists");
        assert!(at_line
            .chars()
            .skip(column - 1)
            .collect::<String>()
            .starts_with(written.chars().next().expect("mark")));
    }
}

#[test]
fn several_inputs_give_json_lines() {
    let out = run(
        &[
            "extract",
            "fixtures/date-ranges.txt",
            "-",
            "fixtures/date-headings-and-years.txt",
        ],
        b"May 1, 2020: A.\nMay 2, 2020: B.\nMay 3, 2020: C.\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    let from_stdin: Value = serde_json::from_str(lines[1]).expect("JSON");
    assert_eq!(
        from_stdin["chronologies"][0]["entries"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
}

#[test]
fn a_bad_file_among_good_ones_is_reported_and_the_rest_written() {
    let temp = common::TempDir::new("extract");
    let dir = temp.path();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"May 1, 2020: caf\xe9 opens.\n").expect("write");
    let out = run(
        &[
            "extract",
            "fixtures/date-ranges.txt",
            bad.to_str().expect("path"),
            "missing.txt",
            "fixtures/date-ranges.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    // Line N is input N: the unreadable ones have an error record in their place.
    let records: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["source"]["path"], "fixtures/date-ranges.txt");
    assert!(records[0]["chronologies"].is_array());
    assert_eq!(records[1]["source"]["path"], bad.to_str().expect("path"));
    assert_eq!(records[1]["error"]["kind"], "invalid-encoding");
    assert_eq!(
        records[1]["error"]["message"],
        "not valid UTF-8 at byte 16; convert the file to UTF-8"
    );
    assert_eq!(records[2]["source"]["path"], "missing.txt");
    assert_eq!(records[2]["error"]["kind"], "not-found");
    assert!(records[2].get("chronologies").is_none());
    assert_eq!(records[3], records[0]);
    let errors = stderr(&out);
    assert!(
        errors.contains("latin1.txt: not valid UTF-8 at byte 16"),
        "{errors}"
    );
    assert!(errors.contains("missing.txt: no such file"), "{errors}");
    assert_eq!(errors.lines().count(), 2, "{errors}");
}

#[test]
fn output_file_is_written_whole() {
    let temp = common::TempDir::new("output");
    let dir = temp.path();
    let target = dir.join("article.json");
    std::fs::write(&target, "old").expect("write");
    let out = run(
        &[
            "extract",
            "--pretty",
            "-o",
            target.to_str().expect("path"),
            &format!("fixtures/{PRIMARY}"),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&target).expect("read")).expect("JSON");
    assert_eq!(entries(&written).len(), 34);
    let leftovers = std::fs::read_dir(&dir).expect("dir").count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn same_input_same_bytes() {
    let a = run(&["extract", &format!("fixtures/{PRIMARY}")], b"");
    let b = run(&["extract", &format!("fixtures/{PRIMARY}")], b"");
    assert_eq!(a.stdout, b.stdout);
}

/// Nothing silently lost: every non-blank line inside a chronology is in an
/// entry, in its header (title, period, credit), in a subheading, or in
/// `unparsed`.
#[test]
fn every_chronology_line_is_accounted_for() {
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["fixtures", "fixtures/rules", "fixtures/layouts"] {
        for entry in std::fs::read_dir(common::root().join(dir)).expect("dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                paths.push(path);
            }
        }
    }
    common::every_case(paths, |path| {
        let input = std::fs::read_to_string(path).expect("fixture");
        let article = common::extract(path);
        for chronology in article["chronologies"].as_array().expect("chronologies") {
            let mut covered: Vec<(u64, u64)> = Vec::new();
            let mut cover = |span: &Value| {
                if let (Some(a), Some(b)) = (span["start"].as_u64(), span["end"].as_u64()) {
                    covered.push((a, b));
                }
            };
            for entry in chronology["entries"].as_array().expect("entries") {
                cover(&entry["span"]);
            }
            for line in chronology["unparsed"].as_array().expect("unparsed") {
                cover(&line["span"]);
            }
            // A subheading ("2016", "JUNE 2020", a day over times of day) is
            // in the output too; the field is left out when there is none.
            for heading in chronology["subheadings"].as_array().into_iter().flatten() {
                cover(&heading["span"]);
            }
            cover(&chronology["period"]["span"]);
            cover(&chronology["prepared_by"]["span"]);
            cover(&chronology["lead"]["span"]);
            let span = &chronology["span"];
            let (start, end) = (
                span["start"].as_u64().expect("start") as usize,
                span["end"].as_u64().expect("end") as usize,
            );
            let title_line_end = input[start..].find('\n').map_or(end, |n| start + n) as u64;
            if !chronology["title"].is_null() {
                covered.push((start as u64, title_line_end));
            }
            // The chronology's span reaches its last entry and unparsed line.
            let last = covered.iter().map(|&(_, e)| e).max().unwrap_or(0);
            assert!(
                last <= end as u64,
                "{}: the chronology ends at byte {end}, before its content ({last})",
                path.display()
            );
            let mut offset = start;
            for line in input[start..end].split('\n') {
                let text = line.trim();
                let (a, b) = (offset as u64, (offset + line.len()) as u64);
                offset += line.len() + 1;
                if text.is_empty() || (text.starts_with("<!--") && text.ends_with("-->")) {
                    continue;
                }
                // Some covered span must overlap the line's text.
                let lead = (line.len() - line.trim_start().len()) as u64;
                assert!(
                    covered.iter().any(|&(s, e)| s < b && e > a + lead),
                    "{}: line {:?} is in no entry, header or unparsed list",
                    path.display(),
                    text
                );
            }
        }
    });
}
