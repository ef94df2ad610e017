//! `claimkit report`: the page's structure on the bundled article and a
//! small fixture, escaping of hostile text, the Content-Security-Policy
//! hashes, determinism and the colour contrast of the stylesheet.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::common::{
    assert_code, assert_contains, fixture, root, run, stderr, stdout, TempDir, PRIMARY,
};

/// The page `claimkit report ARGS` writes on standard output (exit 0).
fn report(args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let out = run(&all, b"");
    assert_code(&out, 0);
    stdout(&out)
}

/// The page of `text`, read from standard input.
fn report_of(text: &str) -> String {
    let out = run(
        &["report", "--stdin-filename", "hostile.txt", "-"],
        text.as_bytes(),
    );
    assert_code(&out, 0);
    stdout(&out)
}

/// How often `part` occurs in `text`.
fn count(text: &str, part: &str) -> usize {
    text.matches(part).count()
}

/// The text between the first `open` at or after `from` and the next `close`.
fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text
        .find(open)
        .unwrap_or_else(|| panic!("{open:?} not in the page"))
        + open.len();
    let end = start + text[start..].find(close).expect("closed");
    &text[start..end]
}

/// The page's own inline script (the one that is not JSON) and style.
fn inline_script_and_style(page: &str) -> (&str, &str) {
    (
        between(page, "<script>", "</script>"),
        between(page, "<style>", "</style>"),
    )
}

fn primary_path() -> String {
    format!("fixtures/{PRIMARY}")
}

#[test]
fn bundled_article_shows_every_finding_check_reports() {
    let page = report(&[&primary_path()]);
    let out = run(&["check", "--format", "json", &primary_path()], b"");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let findings = json["diagnostics"].as_array().expect("diagnostics").len();
    assert_eq!(findings, 37, "the bundled article's findings changed");
    // One marker per finding in the text, one item per finding in the sidebar.
    assert_eq!(count(&page, "<span class=\"pin sev-"), findings);
    assert_eq!(count(&page, "<li data-finding=\"f0-d"), findings);
    assert_contains(&page, &format!("data-total=\"{findings}\""));
    // Every line of the text has its anchor.
    let lines = std::fs::read_to_string(fixture(PRIMARY))
        .unwrap()
        .lines()
        .count();
    assert_eq!(count(&page, "<div class=\"line\" id=\"f0-L"), lines);
}

#[test]
fn out_of_order_entry_is_marked_and_links_to_its_line() {
    let page = report(&[&primary_path()]);
    let marked: Vec<&str> = page
        .match_indices("class=\"entry out-of-order\"")
        .map(|(at, _)| &page[at..at + 400])
        .collect();
    assert_eq!(marked.len(), 1, "exactly one entry is out of order");
    assert_contains(marked[0], "href=\"#f0-L122\"");
    assert_contains(marked[0], "July 16-17, 2020");
    assert_contains(marked[0], "⟲ out of order");
    assert_contains(&page, "id=\"f0-L122\"");
    // Same-day entries say how many share the day: three on June 29.
    assert_eq!(count(&page, "×3 same day</text>"), 3);
}

#[test]
fn small_fixture_timeline_marks_range_approximate_repeat_and_gap() {
    let page = report(&["fixtures/report/small.txt"]);
    let classes: Vec<&str> = page
        .match_indices("<a class=\"entry")
        .map(|(at, _)| between(&page[at..], "class=\"", "\""))
        .collect();
    assert_eq!(
        classes,
        [
            "entry",
            "entry out-of-order",
            "entry",
            "entry approximate",
            "entry",
            "entry same-day",
            "entry repeated same-day",
            "entry",
        ]
    );
    assert_eq!(count(&page, "<g class=\"gap\">"), 1);
    assert_contains(&page, "gap: about 2 months");
    // The mismatch is shown side by side, the differing words marked.
    assert_contains(&page, "Quoted twice with different words");
    assert_contains(&page, "<del>shameless</del>");
    assert_contains(&page, "<ins>shameful</ins>");
    // The quotations table has a row per quotation.
    assert_eq!(count(between(&page, "<tbody>", "</tbody>"), "<tr>"), 2);
}

#[test]
fn small_fixture_page_body() {
    let page = report(&["fixtures/report/small.txt"]);
    // The stylesheet and script are checked by the browser test; the markup
    // around them is what this snapshot is for.
    let main = between(&page, "<main id=\"main\">", "</main>");
    let readable = main.replace("><", ">\n<");
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("report__small_main", readable);
    });
}

#[test]
fn page_is_the_same_bytes_every_time() {
    let first = report(&[&primary_path(), "fixtures/report/small.txt"]);
    let second = report(&[&primary_path(), "fixtures/report/small.txt"]);
    assert!(first == second, "two runs gave different pages");
    // Several files: ids stay apart.
    assert_contains(&first, "id=\"f1-L13\"");
}

#[test]
fn csp_allows_exactly_the_inline_script_and_style() {
    let page = report(&[&primary_path()]);
    let (script, style) = inline_script_and_style(&page);
    let hash = |text: &str| {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
        )
    };
    let policy = between(
        &page,
        "http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    );
    assert_eq!(
        policy,
        format!(
            "default-src 'none'; script-src {}; style-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
            hash(script),
            hash(style)
        )
    );
    // The policy comes before anything it governs.
    assert!(page.find("Content-Security-Policy").unwrap() < page.find("<style>").unwrap());
    // No inline style attribute (the policy would block it) and no event handler.
    assert_eq!(count(&page, " style="), 0);
    assert_eq!(count(&page, " onclick="), 0);
}

/// An article made to break out of every context the page puts text in.
const HOSTILE: &str = "# <script>window.pwned = 1</script> Title \"'`\n\n\
Body with <img src=x onerror=\"window.pwned=2\"> and </style><b>bold</b> ]]> and a [link](javascript:window.pwned=3) \
and [another](\"><script>window.pwned=4</script>) and “a <script>window.pwned=5</script> quotation with \"straight\" and 'single' marks inside” said the <i>minister</i>.\n\n\
CHRONOLOGY OF <svg onload=window.pwned=6>\n\n\
May 1, 2020: <script>window.pwned=7</script> “It is </script><script>window.pwned=8</script> said” says O'Brien \u{2028}&amp; co.\n\n\
May 3, 2020: ]]><![CDATA[ <a href=\"javascript:window.pwned=9\">x</a> \"quote\n\n\
May 2, 2020: {{7*7}} ${window.pwned=10} <!-- comment --> </textarea> &lt;script&gt;\n";

#[test]
fn hostile_text_is_escaped_everywhere() {
    let page = report_of(HOSTILE);
    // Exactly the page's two script elements, its one style element.
    assert_eq!(count(&page, "<script"), 2, "{page}");
    assert_eq!(count(&page, "</script>"), 2);
    assert_eq!(count(&page, "<style>"), 1);
    assert_eq!(count(&page, "</style>"), 1);
    for element in [
        "<img",
        "<b>",
        "<i>",
        "<svg onload",
        "<a href=\"javascript",
        "<![CDATA[",
        "<textarea",
        "<!-- comment",
    ] {
        assert_eq!(
            count(&page, element),
            0,
            "{element} reached the page as markup"
        );
    }
    // The text is there, escaped.
    assert_contains(
        &page,
        "&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;",
    );
    assert_contains(&page, "&lt;/style&gt;&lt;b&gt;bold&lt;/b&gt; ]]&gt;");
    assert_contains(&page, "&amp;amp; co.");
    // Every link of the page goes to a place in it; the article's links are text.
    for (at, _) in page.match_indices("href=\"") {
        assert!(
            page[at + 6..].starts_with('#'),
            "a link leaves the page: {}",
            &page[at..at + 60]
        );
    }
    assert_contains(&page, "[link](javascript:window.pwned=3)");
    // The JSON for the script: no character that ends or comments its element,
    // no raw line or paragraph separator, and it reads back to the messages.
    let json = between(
        &page,
        "<script type=\"application/json\" id=\"claimkit-data\">",
        "</script>",
    );
    for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!json.contains(c), "{c:?} in the embedded JSON");
    }
    let data: serde_json::Value = serde_json::from_str(json).expect("the embedded JSON parses");
    assert!(data["findings"].as_array().is_some_and(|f| !f.is_empty()));
}

#[test]
fn hostile_text_in_the_timeline_and_quotations_is_svg_and_table_text() {
    let page = report_of(HOSTILE);
    let svg = between(&page, "<svg", "</svg>");
    assert_contains(svg, "&lt;script&gt;window.pwned=7&lt;/script&gt;");
    assert_eq!(count(svg, "<script"), 0);
    let table = between(&page, "<tbody>", "</tbody>");
    assert_contains(
        table,
        "&lt;/script&gt;&lt;script&gt;window.pwned=8&lt;/script&gt;",
    );
}

#[test]
fn unreadable_input_and_output_over_the_input_are_refused() {
    let out = run(&["report", "no-such-file.txt"], b"");
    assert_code(&out, 2);
    assert_contains(&stderr(&out), "no-such-file.txt");
    let dir = TempDir::new("report-o");
    let article = dir.path().join("a.txt");
    std::fs::copy(fixture(PRIMARY), &article).unwrap();
    let out = run(
        &[
            "report",
            article.to_str().unwrap(),
            "-o",
            article.to_str().unwrap(),
        ],
        b"",
    );
    assert_code(&out, 2);
    assert_contains(&stderr(&out), "would overwrite the input");
    let html = dir.path().join("report.html");
    let out = run(
        &[
            "report",
            article.to_str().unwrap(),
            "-o",
            html.to_str().unwrap(),
        ],
        b"",
    );
    assert_code(&out, 0);
    assert!(std::fs::read_to_string(&html)
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
}

#[test]
fn configuration_and_rule_flags_apply_as_in_check() {
    let page = report(&["--ignore", "link", &primary_path()]);
    let out = run(
        &[
            "check",
            "--format",
            "json",
            "--ignore",
            "link",
            &primary_path(),
        ],
        b"",
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let findings = json["diagnostics"].as_array().expect("diagnostics").len();
    assert_eq!(count(&page, "<span class=\"pin sev-"), findings);
    assert_eq!(count(&page, "data-rule=\"link/placeholder\""), 0);
}

/// WCAG 2 contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn stylesheet_colours_pass_wcag_aa() {
    let css = std::fs::read_to_string(root().join("crates/report/assets/report.css")).unwrap();
    let var = |name: &str| -> String {
        let at = css
            .find(&format!("--{name}:"))
            .unwrap_or_else(|| panic!("--{name} is not defined"));
        css[at..]
            .split(['#', ';'])
            .nth(1)
            .map(|hex| format!("#{}", hex.trim()))
            .unwrap()
    };
    // Text on the backgrounds it is shown on: 4.5:1 (AA for normal text).
    let pairs = [
        ("text", "bg"),
        ("muted", "bg"),
        ("text", "panel"),
        ("muted", "panel"),
        ("link", "bg"),
        ("error", "bg"),
        ("warning", "bg"),
        ("info", "bg"),
        ("error", "panel"),
        ("warning", "panel"),
        ("info", "panel"),
        ("text", "error-bg"),
        ("text", "warning-bg"),
        ("text", "info-bg"),
        ("text", "target-bg"),
        ("muted", "target-bg"),
        ("tip-text", "error"),
        ("tip-text", "warning"),
        ("tip-text", "info"),
        ("tip-text", "tip-bg"),
        ("tip-del", "tip-bg"),
        ("tip-ins", "tip-bg"),
    ];
    let failing: Vec<String> = pairs
        .iter()
        .map(|&(fg, bg)| (fg, bg, contrast(&var(fg), &var(bg))))
        .filter(|&(_, _, ratio)| ratio < 4.5)
        .map(|(fg, bg, ratio)| format!("--{fg} on --{bg}: {ratio:.2}"))
        .collect();
    assert!(failing.is_empty(), "below 4.5:1: {failing:?}");
}

#[test]
fn times_of_day_stand_within_their_day() {
    let page = report_of(
        "CHRONOLOGY OF THE DAY\n\nSeptember 11, 2001\n\n7:59 A.M.: Flight 11 departs.\n\n\
         8:46 A.M.: Flight 11 strikes.\n\n9:03 P.M.: Evening address.\n\nSeptember 12, 2001: Next day.\n",
    );
    let xs: Vec<f64> = page
        .match_indices("<rect class=\"mark\" x=\"")
        .map(|(at, _)| {
            between(&page[at..], "x=\"", "\"")
                .parse()
                .expect("a number")
        })
        .collect();
    assert_eq!(xs.len(), 4, "{page}");
    assert!(
        xs.windows(2).all(|w| w[0] < w[1]),
        "not in time order: {xs:?}"
    );
    // 7:59 to 21:03 is 13 hours; 21:03 to the next midnight 3 hours.
    let hour = (xs[2] - xs[0]) / (13.0 + 4.0 / 60.0);
    assert!(
        (xs[3] - xs[2] - hour * (2.0 + 57.0 / 60.0)).abs() < 0.2,
        "{xs:?}"
    );
}
