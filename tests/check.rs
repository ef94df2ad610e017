//! `claimkit check`, `rules` and `explain`: every rule fires on its fixture
//! and stays quiet on its near miss; the primary fixture gives what an
//! editor wants; every output format is what it claims to be.

use serde_json::Value;

use crate::common::{self, run, stderr, stdout, PRIMARY};

/// Each rule fixture says at its top which rule it checks and whether the
/// rule fires or stays quiet: `<!-- check RULE: fires ... -->`.
#[test]
fn rule_fixtures() {
    let dir = common::root().join("fixtures/rules");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures/rules/")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let fired = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let quiet = std::cell::RefCell::new(std::collections::BTreeSet::new());
    common::every_case(&names, |name| {
        let text = std::fs::read_to_string(dir.join(name)).expect("fixture");
        let header = text.lines().next().unwrap_or("");
        let (rule, expectation) = header
            .strip_prefix("<!-- check ")
            .and_then(|h| h.split_once(": "))
            .unwrap_or_else(|| {
                panic!("{name}: first line must be <!-- check RULE: fires|quiet ... -->")
            });
        // A suppression is judged against the rules it names, so those run too.
        let select = if rule == "suppression/unused" {
            "link,suppression".to_string()
        } else {
            rule.to_string()
        };
        let path = format!("fixtures/rules/{name}");
        let check = |format: [&str; 2]| {
            let args = ["check", format[0], format[1], "--select", &select];
            run(&[&args[..], &["--fail-on", "never", &path]].concat(), b"")
        };
        let out = check(["--format", "concise"]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        let own = stdout(&out)
            .lines()
            .filter(|l| l.contains(&format!("[{rule}]")))
            .count();
        if expectation.starts_with("fires") {
            assert!(own > 0, "{name}: {rule} should fire");
            fired.borrow_mut().insert(rule.to_string());
        } else {
            assert_eq!(
                own,
                0,
                "{name}: {rule} should stay quiet:\n{}",
                stdout(&out)
            );
            quiet.borrow_mut().insert(rule.to_string());
        }
        let human = check(["--color", "never"]);
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("check__{}", name.trim_end_matches(".txt")), stdout(&human));
        });
    });
    let (fired, quiet) = (fired.into_inner(), quiet.into_inner());
    for rule in claimkit_lint::RULES {
        assert!(
            fired.contains(rule.name),
            "{} has no fixture where it fires",
            rule.name
        );
        assert!(
            quiet.contains(rule.name),
            "{} has no near-miss fixture where it stays quiet",
            rule.name
        );
    }
}

fn findings(format_args: &[&str]) -> (Vec<(String, u64)>, std::process::Output) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(format_args);
    let out = run(&args, b"");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let list = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["span"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    (list, out)
}

/// What an editor wants from the real article, and nothing an editor would reject.
#[test]
fn primary_fixture_findings() {
    let path = format!("fixtures/{PRIMARY}");
    let (found, out) = findings(&[&path, "--ignore", "link/placeholder,style/quote-marks"]);
    assert_eq!(out.status.code(), Some(1));
    let expected = [
        ("style/spelling-variant", 30),  // Defence among Defense
        ("name/order", 30),              // Taro Kono among Kono Taro
        ("quote/unbalanced", 52),        // the closing mark with no opening one
        ("chronology/date-format", 120), // June 15 2020
        ("chronology/order", 122),       // July 16-17 between June 15 and June 18
        ("quote/mismatch", 132),         // shameless / shameful
        ("quote/mismatch", 140),         // is considered to have / is assessed to have already
        ("name/order", 148),             // Yoshihide Suga among Suga Yoshihide
    ];
    let expected: Vec<(String, u64)> = expected.iter().map(|(r, l)| (r.to_string(), *l)).collect();
    assert_eq!(found, expected);

    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let order = report["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .find(|d| d["rule"] == "chronology/order")
        .expect("order");
    assert!(
        order["help"]
            .as_str()
            .unwrap_or("")
            .contains("did you mean June 16-17, 2020?"),
        "{order}"
    );
    assert_eq!(order["fix"]["safety"], "unsafe");

    // The rules left out above fire too: placeholder links and mixed marks.
    let (all, _) = findings(&[&path]);
    assert_eq!(
        all.iter().filter(|(r, _)| r == "link/placeholder").count(),
        28
    );
    assert!(all.iter().any(|(r, _)| r == "style/quote-marks"));
    // Quotes that differ only by a final full stop (Kajiyama's, Suga's G7 remark) are not flagged.
    assert_eq!(all.iter().filter(|(r, _)| r == "quote/mismatch").count(), 2);
}

#[test]
fn primary_fixture_human_output() {
    let out = run(
        &[
            "check",
            "--color",
            "never",
            &format!("fixtures/{PRIMARY}"),
            "--ignore",
            "link,style",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("check__primary_human", stdout(&out));
    });
}

#[test]
fn json_report_validates_against_the_report_schema() {
    let mut checked = 0;
    for dir in ["fixtures", "fixtures/rules"] {
        for entry in std::fs::read_dir(common::root().join(dir)).expect("dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let out = run(
                &[
                    "check",
                    "--format",
                    "json",
                    "--fail-on",
                    "never",
                    path.to_str().expect("path"),
                ],
                b"",
            );
            let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
            let errors = claimkit_schema::Validator::for_document(&report)
                .expect("names its schema")
                .validate(&report);
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked += 1;
        }
    }
    assert!(checked > 40);
}

#[test]
fn sarif_is_valid_sarif_2_1_0() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("tests/data/sarif-schema-2.1.0.json"))
            .expect("schema"),
    )
    .expect("JSON");
    let id = schema["$id"].as_str().expect("$id").to_string();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(&id, schema).expect("resource");
    let mut schemas = boon::Schemas::new();
    let sarif = compiler
        .compile(&id, &mut schemas)
        .expect("the SARIF schema compiles");
    let out = run(
        &[
            "check",
            "--format",
            "sarif",
            &format!("fixtures/{PRIMARY}"),
            "fixtures/rules/chronology-duplicate.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    if let Err(e) = schemas.validate(&log, sarif) {
        panic!("not valid SARIF 2.1.0: {e:#}");
    }
    assert!(
        schemas
            .validate(
                &serde_json::json!({ "version": "2.0.0", "runs": [] }),
                sarif
            )
            .is_err(),
        "the check can fail"
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert_eq!(rules.len(), claimkit_lint::RULES.len());
    assert!(log["runs"][0]["results"].as_array().expect("results").len() > 30);
    // The summary goes to standard error in machine formats.
    common::assert_contains(&stderr(&out), "findings in 2 files");
}

#[test]
fn github_annotations() {
    let out = run(
        &[
            "check",
            "--format",
            "github",
            "fixtures/rules/chronology-order.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out).trim(),
        "::warning file=fixtures/rules/chronology-order.txt,line=9,col=1,endLine=9,endColumn=17,title=chronology/order::“July 16-17, 2020” is out of date order"
    );
}

#[test]
fn output_is_ordered_by_line_column_rule() {
    let first = "fixtures/rules/chronology-date-format.txt";
    let second = format!("fixtures/{PRIMARY}");
    // The primary fixture first: files keep the order they were given in.
    let out = run(&["check", "--format", "json", &second, first], b"");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let keys: Vec<(usize, u64, u64, String)> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or("");
            let rank = if file.ends_with(PRIMARY) { 0 } else { 1 };
            (
                rank,
                d["span"]["line"].as_u64().unwrap_or(0),
                d["span"]["column"].as_u64().unwrap_or(0),
                d["rule"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(keys.iter().any(|k| k.0 == 0) && keys.iter().any(|k| k.0 == 1));
    // Both files have findings on several lines, so a missing sort shows.
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "not ordered by file, line, column, rule");
}

#[test]
fn fail_on_sets_the_exit_code() {
    let primary = format!("fixtures/{PRIMARY}");
    let style = "fixtures/rules/style-quote-marks.txt"; // one info finding
    let order = "fixtures/rules/chronology-order.txt"; // one warning
    let invalid = "fixtures/rules/chronology-invalid-date.txt"; // an error
    let cases: &[(&[&str], i32)] = &[
        (&["check", "--select", "style", style], 0),
        (
            &["check", "--select", "style", "--fail-on", "info", style],
            1,
        ),
        (&["check", "--fail-on", "never", &primary], 0),
        (&["check", "--fail-on", "error", order], 0),
        (&["check", "--fail-on", "error", invalid], 1),
        (&["check", order], 1),
        // A file that cannot be read outweighs findings in another.
        (&["check", "missing.txt", order], 2),
        (&["check", order, "missing.txt"], 2),
        (
            &[
                "check",
                "missing.txt",
                "fixtures/rules/chronology-order.ok.txt",
            ],
            2,
        ),
    ];
    common::every_case(cases, |(args, code)| {
        assert_eq!(run(args, b"").status.code(), Some(*code), "{args:?}");
    });
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let file = "fixtures/rules/chronology-order.txt";
    let coloured = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_claimkit"));
        command.args(args).current_dir(common::root());
        for key in ["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE"] {
            command.env_remove(key);
        }
        command.envs(env.iter().copied());
        stdout(&command.output().expect("runs")).contains('\u{1b}')
    };
    let auto = ["check", file];
    let always = ["check", "--color", "always", file];
    let never = ["check", "--color", "never", file];
    // (arguments, environment, colour expected)
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], bool);
    let cases: &[Case<'_>] = &[
        (&auto, &[], false),
        (&always, &[], true),
        (&never, &[("FORCE_COLOR", "1")], false),
        // The flag beats the environment (no-color.org).
        (&always, &[("NO_COLOR", "1")], true),
        (&auto, &[("FORCE_COLOR", "1")], true),
        (&auto, &[("CLICOLOR_FORCE", "1")], true),
        (&auto, &[("FORCE_COLOR", "0")], false),
        (&auto, &[("FORCE_COLOR", "1"), ("NO_COLOR", "1")], false),
        // Only a non-empty NO_COLOR counts.
        (&auto, &[("FORCE_COLOR", "1"), ("NO_COLOR", "")], true),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(args, env, want)| coloured(args, env) != *want)
        .map(|(args, env, want)| format!("{args:?} {env:?}: colour expected {want}"))
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn rules_and_explain() {
    let out = run(&["rules"], b"");
    assert_eq!(out.status.code(), Some(0));
    let listing = stdout(&out);
    assert_eq!(listing.lines().count(), claimkit_lint::RULES.len());
    assert!(listing.contains("chronology/order"));
    // A fix marker: `fix` for a safe fix, `unsafe` for one --unsafe-fixes applies.
    let marker = |rule: &str| {
        let line = listing
            .lines()
            .find(|l| l.starts_with(&format!("{rule} ")))
            .unwrap_or_else(|| panic!("{rule} in\n{listing}"));
        line.split_whitespace().nth(2).map(str::to_string)
    };
    assert_eq!(marker("chronology/date-format").as_deref(), Some("fix"));
    assert_eq!(marker("chronology/order").as_deref(), Some("unsafe"));
    assert_ne!(marker("quote/unbalanced").as_deref(), Some("fix"));
    let out = run(&["explain", "quote/mismatch"], b"");
    assert_eq!(out.status.code(), Some(0));
    let doc = stdout(&out);
    assert!(
        doc.contains("## What it does")
            && doc.contains("## Why is this bad?")
            && doc.contains("## Example"),
        "{doc}"
    );
    let out = run(&["explain", "quote/nope"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown rule \"quote/nope\""));
}

#[test]
fn configuration_file() {
    let temp = common::TempDir::new("config");
    let dir = temp.path();
    let nested = dir.join("drafts");
    std::fs::create_dir_all(&nested).expect("dirs");
    let article = nested.join("article.txt");
    std::fs::copy(common::fixture("rules/style-quote-marks.txt"), &article).expect("copy");
    let arg = article.to_str().expect("path").to_string();

    // (claimkit.toml, exit code, what standard output or error must say)
    let cases: &[(&str, i32, &str)] = &[
        // Found by walking up from the file; raises style/quote-marks to an error.
        ("select = [\"style\"]\n\n[severity]\n\"style/quote-marks\" = \"error\"\n", 1, "error[style/quote-marks]"),
        // Unknown keys and bad values name the line.
        ("select = [\"style\"]\nignored = true\n", 2, "claimkit.toml:2:1: unknown field `ignored`"),
        ("[severity]\n\"style/quote-marks\" = \"loud\"\n", 2, "claimkit.toml:2:"),
        // Unknown rule names get a suggestion, in the file and on the command line.
        ("ignore = [\"quote/mismatc\"]\n", 2, "claimkit.toml:1:11: unknown rule or group \"quote/mismatc\", did you mean \"quote/mismatch\"?"),
    ];
    for (config, code, says) in cases {
        std::fs::write(dir.join("claimkit.toml"), config).expect("write");
        let out = run(&["check", "--format", "concise", &arg], b"");
        assert_eq!(out.status.code(), Some(*code), "{config}");
        let said = format!("{}{}", stdout(&out), stderr(&out));
        assert!(said.contains(says), "{config}: {said}");
    }
    let out = run(
        &[
            "check",
            "--config",
            "/dev/null",
            "--select",
            "chronolgy",
            &arg,
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(
        &stderr(&out),
        "--select: unknown rule or group \"chronolgy\", did you mean \"chronology\"?",
    );
}

#[test]
fn inline_suppression() {
    let out = run(
        &[
            "check",
            "--format",
            "concise",
            "fixtures/rules/suppression-unused.ok.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).is_empty());
}

#[test]
fn fix_applies_safe_fixes_in_place() {
    let temp = common::TempDir::new("fix");
    let dir = temp.path();
    let file = dir.join("dates.txt");
    std::fs::copy(common::fixture("rules/chronology-date-format.txt"), &file).expect("copy");
    let arg = file.to_str().expect("path");
    let out = run(&["check", "--fix", "--format", "concise", arg], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    common::assert_contains(&stderr(&out), "applied 7 fixes");
    let fixed = std::fs::read_to_string(&file).expect("read");
    for line in [
        "Sept. 10, 2008: Ministers meet.",
        "Oct. 6, 2008: Rice visits Seoul.",
        "Oct. 7, 2008: Press conference.",
        "Oct. 20–21, 2008: Third round.",
        "Oct. 22, 2008: Officials",
        "Oct. 23, 2008: The Assembly",
        "Oct. 29, 2008: The Assembly ratifies.",
    ] {
        assert!(fixed.contains(line), "{line:?} in\n{fixed}");
    }

    // The month-typo fix is unsafe: applied only when asked.
    let order = dir.join("order.txt");
    std::fs::copy(common::fixture("rules/chronology-order.txt"), &order).expect("copy");
    let arg = order.to_str().expect("path");
    let out = run(&["check", "--fix", arg], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&order).expect("read"),
        std::fs::read_to_string(common::fixture("rules/chronology-order.txt")).expect("read")
    );
    let out = run(&["check", "--fix", "--unsafe-fixes", arg], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(std::fs::read_to_string(&order)
        .expect("read")
        .contains("June 16-17, 2020: Joint anti-piracy drill"));

    let out = run(&["check", "--fix", "-"], b"May 1 2020: A.\n");
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "--fix rewrites files");
}

/// Deleting furniture glued into run-on lines leaves every entry whole and
/// the lines as the page meant them.
#[test]
fn glued_furniture_fixes_keep_every_entry() {
    let temp = common::TempDir::new("fix-glued");
    let file = temp.path().join("glued.txt");
    std::fs::copy(
        common::fixture("rules/layout-page-furniture-glued.txt"),
        &file,
    )
    .expect("copy");
    let arg = file.to_str().expect("path");
    let dates = |path: &str| -> Vec<String> {
        let out = run(&["extract", path], b"");
        let article: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        article["chronologies"][0]["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| format!("{} {}", e["date"]["start"], e["text"]))
            .collect()
    };
    let before = dates(arg);
    let out = run(&["check", "--fix", "--select", "layout", arg], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    common::assert_contains(&stderr(&out), "applied 3 fixes");
    assert_eq!(dates(arg), before);
    let fixed = std::fs::read_to_string(&file).expect("read");
    for line in [
        "without agreement. March 9, 2012: The operators",
        "annual report. March 14, 2012: Unions",
        "\nMarch 16, 2012: Ministers",
    ] {
        assert!(fixed.contains(line), "{line:?} in\n{fixed}");
    }
}

#[test]
fn line_deleting_fixes_delete_one_line_and_its_own_ending() {
    let temp = common::TempDir::new("fix-endings");
    let dir = temp.path();
    let lines = [
        "CHRONOLOGY",
        "",
        "Oct. 1, 2008: Aso talks with Wen.",
        "117",
        "Oct. 2, 2008: The ministry confirms a visit.",
        "<!-- claimkit-disable-next-line quote/mismatch -->",
        "Oct. 3, 2008: Officials meet in Beijing.",
        "",
        "The body goes on.",
    ];
    let deleted = [3, 5];
    let mixed = ["\n", "\r\n", "\r", "\r\n", "\r", "\n", "\r", "\r\n", "\n"];
    let mut failures = Vec::new();
    for (name, endings) in [
        ("lf", ["\n"; 9]),
        ("crlf", ["\r\n"; 9]),
        ("cr", ["\r"; 9]),
        ("mixed", mixed),
    ] {
        let join = |keep: &dyn Fn(usize) -> bool| -> String {
            (0..lines.len())
                .filter(|&i| keep(i))
                .map(|i| format!("{}{}", lines[i], endings[i]))
                .collect()
        };
        let file = dir.join(format!("{name}.txt"));
        std::fs::write(&file, join(&|_| true)).expect("write");
        let out = run(&["check", "--fix", file.to_str().expect("path")], b"");
        let fixed = std::fs::read_to_string(&file).expect("read");
        let expected = join(&|i| !deleted.contains(&i));
        if fixed != expected || !stderr(&out).contains("applied 2 fixes") {
            failures.push(format!(
                "{name}: {fixed:?}, expected {expected:?}; {}",
                stderr(&out)
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
