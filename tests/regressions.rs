//! Inputs that once crashed or produced invalid output, pinned one by one.

use serde_json::Value;

use crate::common;

/// Extracts `text`, checks the document as `claimkit validate` does (schema
/// and semantic checks: no span ending before it starts), and returns it.
fn extract_valid(text: &str) -> Value {
    let article = claimkit_parser::extract(text);
    let document = serde_json::to_value(&article).expect("serializes");
    let errors = claimkit_schema::Validator::article().validate(&document);
    assert!(errors.is_empty(), "{text:?}: {errors:?}");
    document
}

#[test]
fn inverted_speaker_after_several_spaces() {
    // Found by `any_text`: the name was sliced by the length of its re-joined
    // words, which panicked inside a multibyte character (exit 101).
    let cases = [
        (
            "Oku was, said  \u{d1}\u{f1}, \u{201c}a good man.\u{201d}\n",
            "\u{d1}\u{f1}",
        ),
        ("It was, said  Bush, \"a good man.\"\n", "Bush"),
        ("It was, said\u{a0}Bush, \"a good man.\"\n", "Bush"),
        ("It was, said Bush , \"a good man.\"\n", "Bush"),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = common::speakers(&extract_valid(text));
            (got != [Some(want.to_string())]).then(|| format!("{text:?}: {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn markup_only_line_in_an_unparsed_item_keeps_its_span_forward() {
    // Found by `any_text`: a line that is all markup ("**") extended an
    // unparsed item's span to byte 0, before its start.
    let text = "CHRONOLOGY\n\u{2014}\t\u{201c}\r\n**\n\n\u{201c}";
    let document = extract_valid(text);
    let unparsed = &document["chronologies"][0]["unparsed"];
    assert!(
        unparsed.as_array().is_some_and(|u| !u.is_empty()),
        "{document}"
    );
}

#[test]
fn multibyte_space_before_a_full_stop_before_a_quotation() {
    // The word before a full stop was cut one byte after the space that
    // starts it, inside a multibyte space (exit 101).
    let spaces = ["\u{a0}", "\u{202f}", "\u{2009}", "\u{3000}", "\u{2007}"];
    common::every_case(spaces, |space| {
        let text = format!(
            "The minister said{space}. \u{201c}We will respond.\u{201d}\n\
             Mr.{space} \u{201c}x\u{201d} said Kono.\nHe spoke{space}.\u{201c}Yes,\u{201d} he said{space}.\n"
        );
        extract_valid(&text);
    });
}

#[test]
fn a_byte_order_mark_inside_the_text_shifts_nothing() {
    // Concatenated files leave a byte-order mark at the start of a line.
    let text = "CHRONOLOGY\n\n\u{feff}May 1, 2020: One.\n\nMay 2, 2020: Two \u{feff}\u{201c}quoted\u{201d}.\n\nMay 3, 2020: Three.\n";
    let document = extract_valid(text);
    let entries = document["chronologies"][0]["entries"]
        .as_array()
        .expect("entries");
    assert_eq!(entries.len(), 3, "{document}");
    for entry in entries {
        let date = &entry["date"];
        let span = &date["span"];
        let (a, b) = (
            span["start"].as_u64().expect("start") as usize,
            span["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&text[a..b], date["text"].as_str().expect("text"));
    }
    let q = &document["quotations"][0];
    let (a, b) = (
        q["span"]["start"].as_u64().expect("start") as usize,
        q["span"]["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&text[a..b], "\u{201c}quoted\u{201d}");
}

#[test]
fn deep_nesting_is_paired_to_a_bound_and_kept_linear() {
    // 20,000 levels of quotations inside quotations took 2 GB: each quotation
    // holds the words of all inside it. Past 64 levels the marks stay
    // unpaired (and `quote/unbalanced` reports them).
    let depth = 2_000;
    let text = format!(
        "He said {}x{}\n",
        "\u{201c}a ".repeat(depth),
        "\u{201d} b".repeat(depth)
    );
    let article = claimkit_parser::extract(&text);
    assert_eq!(article.quotations.len(), 64);
    assert_eq!(article.stray_marks.len(), 2 * (depth - 64));
    assert!(article
        .quotations
        .iter()
        .skip(1)
        .all(|q| q.nested_in.is_some()));
}

#[test]
fn byte_order_mark_before_a_damaged_entry() {
    // Found by `rules_on_any_deserialized_article`: a line that starts with a
    // byte-order mark was classified without it, and its entry's offsets,
    // 3 bytes short, sliced the line out of bounds (exit 101).
    let article = extract_valid("CHRONOLOGY: May 1, 2020: \n\u{feff}[May 1, 2020: ");
    assert_eq!(
        article["chronologies"][0]["entries"][0]["date"]["text"],
        "May 1, 2020"
    );
    let article = extract_valid(
        "CHRONOLOGY\n\n\u{feff}May 1, 2020: Talks.\n\n\u{feff}[May 2, 2020: More.\n\nMay 3, 2020: End.\n",
    );
    let texts: Vec<&str> = article["chronologies"][0]["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["text"].as_str().expect("text"))
        .collect();
    assert_eq!(texts, ["Talks.", "More.", "End."]);
}

#[test]
fn an_unclosed_quotation_at_a_paragraph_end() {
    // A paragraph that ends inside a quotation it opened is read as if the
    // quotation closed there, without reading past the text.
    for text in [
        "He said “ab\n\n“c”\n",
        "He said “a\n\n“",
        "“x\n\n“y\n\n“\n",
        "\u{feff}“é\n\n“ü”",
    ] {
        extract_valid(text);
    }
}

#[test]
fn one_author_per_byline_line() {
    // Found on a held-out text: the second author was read as part of the
    // first one's affiliation, so metadata/citation said the cited author
    // was not in the byline.
    let text = "JAPAN-AUSTRALIA RELATIONS\n\nFROM PARTNERS TO ALLIES\n\nHANNAH WESTBROOK, LOWELL INSTITUTE\nNAKAMURA AKIKO, TOKAI UNIVERSITY\n\nThe first months of 2023 were busy.\n";
    let document = extract_valid(text);
    let authors: Vec<(String, String)> = document["metadata"]["authors"]
        .as_array()
        .expect("authors")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap_or("").to_string(),
                a["affiliation"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        authors,
        [
            (
                "Hannah Westbrook".to_string(),
                "Lowell Institute".to_string()
            ),
            ("Nakamura Akiko".to_string(), "Tokai University".to_string())
        ]
    );
}

#[test]
fn a_quotation_goes_on_after_its_attribution_and_names_keep_particles() {
    // Found on a held-out news story: the second half of "“A,” said X.
    // “B.”" had no speaker, and "van Dijk" or "de Graaf" lost its particle.
    let text = "“We did not walk away lightly,” said Pieter van Dijk, the chief negotiator. “Our members have told us so, clearly.”\n\n“We have gone as far as we can,” Ms. Smeets said. “Everyone here knows that the terminals will change.”\n\n“It is the worst month for a strike,” Mr. de Graaf said. The union did not answer. “Nothing moves,” a docker added.\n";
    let document = extract_valid(text);
    let speakers = speakers(&document);
    assert_eq!(
        speakers,
        [
            "Pieter van Dijk",
            "Pieter van Dijk",
            "Smeets",
            "Smeets",
            "de Graaf",
            "a docker"
        ]
    );
}

#[test]
fn he_is_the_person_last_reported_not_the_last_quoted() {
    // Found on a held-out news story: "he" went to the last person quoted
    // rather than to the one the paragraph before reports.
    let text = "“We will not sign,” said Ruben Dekker, a union steward.\n\nMr. Hoekstra later told reporters that he had spoken with both sides.\n\n“I said to both of them that they are responsible,” he said.\n\nIran said it would respond. “The strait stays open,” he said.\n";
    let document = extract_valid(text);
    let speakers = speakers(&document);
    assert_eq!(speakers[..2], ["Ruben Dekker", "Hoekstra"]);
}

/// The speaker's name of each quotation of `document`, "-" for none.
fn speakers(document: &Value) -> Vec<String> {
    document["quotations"]
        .as_array()
        .expect("quotations")
        .iter()
        .map(|q| q["speaker"]["name"].as_str().unwrap_or("-").to_string())
        .collect()
}
