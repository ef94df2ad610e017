//! `claimkit validate` and `claimkit schema`, and every extraction checked
//! against the article schema.

use serde_json::{json, Value};

use crate::common::{self, run, stderr, stdout, PRIMARY};

#[test]
fn every_fixture_extraction_validates() {
    let mut checked = 0;
    for entry in std::fs::read_dir(common::root().join("fixtures")).expect("fixtures/") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let document = common::extract(&path);
        let validator =
            claimkit_schema::Validator::for_document(&document).expect("names its schema");
        let errors = validator.validate(&document);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 12);
}

#[test]
fn extract_piped_into_validate_exits_0() {
    let extracted = run(&["extract", &format!("fixtures/{PRIMARY}")], b"");
    let out = run(&["validate", "-"], &extracted.stdout);
    common::assert_code(&out, 0);
    assert!(stdout(&out).is_empty());
}

/// Each broken document fails with the pointer of the place that is wrong.
#[test]
fn broken_documents_name_their_pointer() {
    let good = common::extract(&common::fixture(PRIMARY));
    type Break = fn(&mut Value);
    let cases: &[(&str, Break, &str, &str)] = &[
        (
            "missing member",
            |d| {
                drop(
                    d["chronologies"][0]["entries"][2]
                        .as_object_mut()
                        .map(|o| o.remove("text")),
                )
            },
            "/chronologies/0/entries/2",
            "\"text\" is a required property",
        ),
        (
            "wrong type",
            |d| d["metadata"]["volume"] = json!("22"),
            "/metadata/volume",
            "is not of types",
        ),
        (
            "bad date pattern",
            |d| d["chronologies"][0]["entries"][0]["date"]["start"] = json!("2020-5-1"),
            "/chronologies/0/entries/0/date/start",
            "\"2020-5-1\" is not valid under any of the schemas",
        ),
        (
            "unknown member",
            |d| d["quotations"][0]["extra"] = json!(true),
            "/quotations/0",
            "'extra' was unexpected",
        ),
        (
            "end before start",
            |d| d["chronologies"][0]["entries"][1]["date"]["end"] = json!("2020-05-01"),
            "/chronologies/0/entries/1/date/end",
            "interval ends (2020-05-01) before it starts (2020-05-12)",
        ),
        (
            "span end before start",
            |d| d["links"][0]["span"]["end"] = json!(0),
            "/links/0/span/end",
            "span ends at byte 0",
        ),
        (
            "impossible day",
            |d| d["chronologies"][0]["entries"][0]["date"]["start"] = json!("2020-02-30"),
            "/chronologies/0/entries/0/date/start",
            "2020-02-30 is not a calendar day",
        ),
        (
            "closed vocabulary",
            |d| d["quotations"][0]["marks"] = json!("angled"),
            "/quotations/0/marks",
            "is not one of",
        ),
    ];
    for (what, corrupt, pointer, message) in cases {
        let mut document = good.clone();
        corrupt(&mut document);
        let out = run(&["validate", "-"], document.to_string().as_bytes());
        assert_eq!(out.status.code(), Some(1), "{what}: {}", stderr(&out));
        let text = stdout(&out);
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("<stdin>:1: {pointer}: ")))
            .unwrap_or_else(|| panic!("{what}: no error at {pointer} in\n{text}"));
        assert!(line.contains(message), "{what}: {line}");
    }
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let mut document = common::extract(&common::fixture(PRIMARY));
    document["metadata"]["volume"] = json!("x");
    document["figures"][0]["number"] = json!(-1);
    document["chronologies"][0]["entries"][3]["date"]["precision"] = json!("week");
    let out = run(&["validate", "-"], document.to_string().as_bytes());
    assert_eq!(out.status.code(), Some(1));
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("validate__three_errors", stdout(&out));
    });
}

#[test]
fn json_lines_with_a_broken_line_checks_the_others() {
    let good = common::extract(&common::fixture("date-ranges.txt")).to_string();
    let mut bad: Value = serde_json::from_str(&good).expect("JSON");
    bad["sections"] = json!(7);
    let input = format!("{good}\n{{\"truncated\": \n{bad}\n");
    let out = run(&["validate", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "<stdin>: not valid JSON at line 2, column");
    assert!(
        stdout(&out).starts_with("<stdin>:3: /sections: "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn input_that_is_not_json_says_where_it_breaks() {
    let out = run(&["validate", "-"], b"{\n  \"a\": [1, 2,\n  ]\n}\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "claimkit: error: <stdin>: not valid JSON at line 3, column 3: trailing comma"
    );
}

#[test]
fn a_document_without_schema_can_be_checked_with_schema_flag() {
    let out = run(&["validate", "-"], b"{}");
    assert_eq!(out.status.code(), Some(1));
    common::assert_contains(&stdout(&out), "no top-level \"$schema\"");
    let out = run(&["validate", "--schema", "article", "-"], b"{}");
    assert_eq!(out.status.code(), Some(1));
    common::assert_contains(&stdout(&out), "\"metadata\" is a required property");
}

#[test]
fn schema_command_prints_the_embedded_schemas() {
    for (name, id) in [
        ("article", claimkit_schema::ARTICLE_ID),
        ("report", claimkit_schema::REPORT_ID),
    ] {
        let out = run(&["schema", name], b"");
        assert_eq!(out.status.code(), Some(0));
        let schema: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(schema["$id"], id);
        let on_disk: Value = serde_json::from_str(
            &std::fs::read_to_string(common::root().join(format!("schemas/{name}.schema.json")))
                .expect("file"),
        )
        .expect("JSON");
        assert_eq!(schema, on_disk);
    }
}

#[test]
fn json_lines_with_a_broken_first_line_checks_the_others() {
    let good = common::extract(&common::fixture("date-ranges.txt")).to_string();
    let mut bad: Value = serde_json::from_str(&good).expect("JSON");
    bad["sections"] = json!(7);
    let input = format!("{{\"truncated\": \n{good}\n{bad}\n");
    let out = run(&["validate", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "claimkit: error: <stdin>: not valid JSON at line 1, column 14: EOF while parsing a value"
    );
    assert!(
        stdout(&out).starts_with("<stdin>:3: /sections: "),
        "{}",
        stdout(&out)
    );
}

/// Numbers JSON Schema takes for integers (3.0, 2^64) but no byte offset can
/// be, and indices that point past their list.
#[test]
fn out_of_range_numbers_and_indices_are_errors() {
    let good = common::extract(&common::fixture(PRIMARY));
    let text = good.to_string();
    let first_start = format!("\"start\":{}", good["sections"][0]["span"]["start"]);
    let mut failures = Vec::new();
    for (replacement, message) in [
        (
            "\"start\":18446744073709551616",
            "1.8446744073709552e+19 is not a whole number",
        ),
        ("\"start\":300.0", "300.0 is not a whole number"),
        ("\"start\":1.5", "1.5 is not of type \"integer\""),
    ] {
        let input = text.replacen(&first_start, replacement, 1);
        let out = run(&["validate", "-"], input.as_bytes());
        let expected = format!("<stdin>:1: /sections/0/span/start: {message}");
        if out.status.code() != Some(1) || !stdout(&out).contains(&expected) {
            failures.push(format!("{expected}\n{}{}", stdout(&out), stderr(&out)));
        }
    }
    let in_chronology = good["quotations"]
        .as_array()
        .expect("quotations")
        .iter()
        .position(|q| q["context"]["kind"] == "chronology")
        .expect("a quotation in a chronology");
    type Break = fn(&mut Value, usize);
    let cases: &[(Break, &str, &str)] = &[
        (
            |d, _| d["quotations"][0]["nested_in"] = json!(100_000),
            "/quotations/0/nested_in",
            "quotation 100000 is out of range",
        ),
        (
            |d, q| d["quotations"][q]["context"]["chronology"] = json!(7),
            "/context/chronology",
            "chronology 7 is out of range: the document has 1",
        ),
        (
            |d, q| d["quotations"][q]["context"]["entry"] = json!(5_000),
            "/context/entry",
            "entry of chronology 0 5000 is out of range",
        ),
    ];
    for (corrupt, pointer, message) in cases {
        let mut document = good.clone();
        corrupt(&mut document, in_chronology);
        let out = run(&["validate", "-"], document.to_string().as_bytes());
        let found = stdout(&out)
            .lines()
            .any(|l| l.contains(&format!("{pointer}: ")) && l.contains(message));
        if out.status.code() != Some(1) || !found {
            failures.push(format!("{pointer}: {message}\n{}", stdout(&out)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
