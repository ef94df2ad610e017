//! Behaviours that no fixture snapshot pins on its own: each test here fails
//! when the behaviour it names is removed.

use serde_json::Value;

use crate::common::{self, run, stdout};

fn extract(text: &str) -> Value {
    serde_json::to_value(claimkit_parser::extract(text)).expect("serializes")
}

/// `(date as written, start, end, year_source)` of the first chronology.
fn dates(document: &Value) -> Vec<(String, String, String, String)> {
    document["chronologies"][0]["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            let d = &e["date"];
            let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (s("text"), s("start"), s("end"), s("year_source"))
        })
        .collect()
}

#[test]
fn year_from_a_neighbouring_entry_rolls_over_both_ways() {
    let cases = [
        // Forward: December 2019, then a January with no year is 2020.
        (
            "CHRONOLOGY\n\nDec. 29, 2019: Talks open.\n\nDec. 30, 2019: Talks go on.\n\nJan. 2: Talks end.\n",
            ("Jan. 2", "2020-01-02"),
        ),
        // Backward: a December with no year before January 2020 is 2019.
        (
            "CHRONOLOGY\n\nDec. 30: Talks open.\n\nJan. 2, 2020: Talks go on.\n\nJan. 3, 2020: Talks end.\n",
            ("Dec. 30", "2019-12-30"),
        ),
    ];
    common::every_case(cases, |(text, (written, iso))| {
        let found = dates(&extract(text));
        let entry = found
            .iter()
            .find(|d| d.0 == *written)
            .unwrap_or_else(|| panic!("no entry {written}: {found:?}"));
        assert_eq!(
            (entry.1.as_str(), entry.3.as_str()),
            (*iso, "neighbour"),
            "{found:?}"
        );
    });
}

fn quotation_speakers(text: &str) -> Vec<Option<String>> {
    common::speakers(&extract(text))
}

#[test]
fn a_pronoun_is_never_a_speaker_name() {
    let cases = [
        "\u{201c}It is fine,\u{201d} he said.\n",
        "He said \u{201c}it is fine.\u{201d}\n",
        "She added that \u{201c}nothing changed.\u{201d}\n",
    ];
    common::every_case(cases, |text| {
        assert_eq!(quotation_speakers(text), [None], "{text}");
    });
}

#[test]
fn pronoun_memory_ends_with_each_chronology_entry() {
    let text = "CHRONOLOGY\n\nJune 1, 2020: Kono says \u{201c}we will respond.\u{201d}\n\n\
                June 2, 2020: He says \u{201c}talks are over.\u{201d}\n\n\
                June 3, 2020: Talks resume.\n";
    let speakers = quotation_speakers(text);
    assert_eq!(speakers, [Some("Kono".to_string()), None], "{text}");
    // Within one entry the pronoun resolves.
    let text = "CHRONOLOGY\n\nJune 1, 2020: Kono says \u{201c}we will respond.\u{201d} \
                He says \u{201c}talks are over.\u{201d}\n\n\
                June 2, 2020: Talks go on.\n\nJune 3, 2020: Talks resume.\n";
    let speakers = quotation_speakers(text);
    assert_eq!(
        speakers,
        [Some("Kono".to_string()), Some("Kono".to_string())]
    );
}

/// The concise findings of `check --select RULE` on `text` given as stdin.
fn check_stdin(args: &[&str], text: &str) -> String {
    let mut all = vec!["check", "--format", "concise", "--fail-on", "never"];
    all.extend_from_slice(args);
    all.push("-");
    stdout(&run(&all, text.as_bytes()))
}

#[test]
fn month_suggestion_only_when_it_fits_between_the_neighbours() {
    let chronology = |middle: &str| {
        format!(
            "CHRONOLOGY\n\nJune 15, 2020: Talks open.\n\n{middle}: Talks go on.\n\nJune 20, 2020: Talks end.\n"
        )
    };
    let human = |middle: &str| {
        let args = [
            "check",
            "--color",
            "never",
            "--select",
            "chronology/order",
            "-",
        ];
        stdout(&run(&args, chronology(middle).as_bytes()))
    };
    let fits = human("July 16-17, 2020");
    assert!(fits.contains("did you mean June 16-17, 2020?"), "{fits}");
    // June 25 would be out of order too: no suggestion.
    let does_not_fit = human("July 25, 2020");
    assert!(does_not_fit.contains("chronology/order"), "{does_not_fit}");
    assert!(!does_not_fit.contains("did you mean"), "{does_not_fit}");
}

#[test]
fn a_disabled_region_ends_at_its_enable_comment() {
    let text = "<!-- claimkit-disable link -->\n\
                Suga [said](#) that Japan would respond.\n\
                <!-- claimkit-enable link -->\n\
                Kono [told](#) reporters.\n";
    let found = check_stdin(&["--select", "link"], text);
    let lines: Vec<&str> = found.lines().collect();
    assert_eq!(lines.len(), 1, "{found}");
    assert!(lines[0].starts_with("<stdin>:4:"), "{found}");
}

#[test]
fn statistics_count_findings_per_rule() {
    let out = run(
        &[
            "check",
            "--format",
            "concise",
            "--statistics",
            "fixtures/rules/chronology-order.txt",
            "fixtures/rules/link-placeholder.txt",
        ],
        b"",
    );
    let err = common::stderr(&out);
    let all = format!("{}{err}", stdout(&out));
    for rule in ["chronology/order", "link/placeholder"] {
        assert!(
            all.lines().any(|l| l.contains(rule)
                && l.chars().any(|c| c.is_ascii_digit())
                && !l.contains(".txt:")),
            "no count for {rule}:\n{all}"
        );
    }
}

#[test]
fn name_order_prefers_the_first_used_form_when_configured() {
    let temp = common::TempDir::new("first-used");
    let dir = temp.path();
    // "Taro Kono" twice, "Kono Taro" once but first.
    let text = "Kono Taro spoke first.\n\nLater Taro Kono spoke.\n\nThen Taro Kono left.\n";
    std::fs::write(dir.join("article.txt"), text).expect("write");
    let finding = |config: &str| {
        std::fs::write(dir.join("claimkit.toml"), config).expect("write");
        let out = run(
            &[
                "check",
                "--format",
                "concise",
                "--select",
                "name/order",
                dir.join("article.txt").to_str().expect("UTF-8"),
            ],
            b"",
        );
        stdout(&out)
    };
    let most = finding("");
    let first = finding("[name-order]\nprefer = \"first-used\"\n");
    // Most used: the one "Kono Taro" (line 1) is flagged; first used: the
    // two "Taro Kono" (lines 3 and 5) are.
    let lines = |out: &str| -> Vec<String> {
        out.lines()
            .filter_map(|l| l.split(':').nth(1).map(str::to_string))
            .collect()
    };
    assert_eq!(lines(&most), ["1"], "{most}");
    assert_eq!(lines(&first), ["3", "5"], "{first}");
}
