//! Built for pipelines and CI: directories walked as ripgrep walks them,
//! every core with output in input order, the source of every extract
//! record, and the conventions of ruff (`--exit-zero`, `--diff`, `-o`,
//! `--show-settings`, `.claimkit.toml`, `extend-select`, `per-file-ignores`).

use std::path::Path;

use serde_json::Value;

use crate::common::{self, assert_code, assert_contains, run, stderr, stdout};

const CHRONOLOGY: &str = "May 1, 2020: Talks.\nMay 2, 2020: More.\nMay 3, 2020: Done.\n";
/// `sha256sum` of [`CHRONOLOGY`].
const CHRONOLOGY_SHA256: &str = "dcc7cf7db065e6076b7c827136f2fb4e49f13f0dd2fc526cd95763c60e429577";
/// A chronology with one finding: the missing comma of `chronology/date-format`.
const ONE_FINDING: &str =
    "May 1, 2020: Talks.\n\nMay 2, 2020: More.\n\nMay 3 2020: Done.\n\nMay 4, 2020: End.\n";

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(path, text).expect("write");
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The JSON Lines of an extract run.
fn records(out: &std::process::Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON Lines"))
        .collect()
}

/// Each record's `source.path`, relative to `dir`.
fn sources(records: &[Value], dir: &Path) -> Vec<String> {
    let prefix = format!("{}/", dir.display());
    records
        .iter()
        .map(|r| {
            let path = r["source"]["path"].as_str().expect("source.path");
            path.strip_prefix(&prefix).unwrap_or(path).to_string()
        })
        .collect()
}

/// A tree with files a walk reads and files it must skip.
fn tree(dir: &Path) {
    for name in [
        "b.md",
        "a.txt",
        "c.markdown",
        "sub/d.txt",
        "sub/deeper/e.txt",
        "drafts/f.txt",
        // Skipped: another extension, hidden, ignored by .gitignore.
        "notes.json",
        ".hidden.txt",
        ".hidden/g.txt",
        "ignored.txt",
        "build/h.txt",
    ] {
        write(&dir.join(name), CHRONOLOGY);
    }
    write(&dir.join(".gitignore"), "ignored.txt\nbuild/\n");
}

#[test]
fn a_directory_is_walked_in_sorted_order_respecting_gitignore_and_hidden_files() {
    let temp = common::TempDir::new("walk");
    let dir = temp.path();
    tree(&dir);
    let out = run(&["extract", arg(&dir)], b"");
    assert_code(&out, 0);
    assert_eq!(
        sources(&records(&out), &dir),
        [
            "a.txt",
            "b.md",
            "c.markdown",
            "drafts/f.txt",
            "sub/d.txt",
            "sub/deeper/e.txt"
        ]
    );
    // check reads the same files.
    let out = run(&["check", "--format", "json", arg(&dir)], b"");
    assert_code(&out, 0);
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["summary"]["files"], 6, "{report}");
}

#[test]
fn include_and_exclude_globs_and_the_configuration_exclude() {
    let temp = common::TempDir::new("globs");
    let dir = temp.path();
    tree(&dir);
    let walked = |extra: &[&str]| {
        let mut args = vec!["extract"];
        args.extend_from_slice(extra);
        args.push(arg(&dir));
        let out = run(&args, b"");
        assert_code(&out, 0);
        sources(&records(&out), &dir)
    };
    assert_eq!(
        walked(&["--exclude", "drafts,*.md"]),
        ["a.txt", "c.markdown", "sub/d.txt", "sub/deeper/e.txt"]
    );
    assert_eq!(walked(&["--include", "*.json"]), ["notes.json"]);
    assert_eq!(
        walked(&["--include", "sub/**/*.txt", "--exclude", "deeper"]),
        ["sub/d.txt"]
    );
    // --exclude only removes: it never brings back what .gitignore ignores.
    assert!(!walked(&["--exclude", "nothing"]).contains(&"ignored.txt".to_string()));

    // The configuration's `exclude`, as in a .gitignore beside it.
    write(
        &dir.join(".claimkit.toml"),
        "exclude = [\"sub/deeper/\", \"b.md\"]\n",
    );
    assert_eq!(
        walked(&[]),
        ["a.txt", "c.markdown", "drafts/f.txt", "sub/d.txt"]
    );
    let out = run(&["check", "--format", "concise", arg(&dir)], b"");
    assert_code(&out, 0);
    common::assert_contains(&stderr(&out), "0 findings in 4 files");
}

#[test]
fn named_files_are_read_whatever_their_name_and_an_empty_walk_warns() {
    let temp = common::TempDir::new("named");
    let dir = temp.path();
    tree(&dir);
    // Explicit files are read even when a walk would skip them.
    let (json, hidden) = (dir.join("notes.json"), dir.join(".hidden.txt"));
    let out = run(&["extract", arg(&json), arg(&hidden)], b"");
    assert_code(&out, 0);
    assert_eq!(sources(&records(&out), &dir), ["notes.json", ".hidden.txt"]);

    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).expect("dir");
    let out = run(&["check", arg(&empty)], b"");
    assert_code(&out, 0);
    assert_contains(&stderr(&out), "no input files found");
}

#[test]
fn every_record_names_its_source_and_validates() {
    let temp = common::TempDir::new("source");
    let dir = temp.path();
    let file = dir.join("a.txt");
    write(&file, CHRONOLOGY);
    // One input: one document, with its source.
    let out = run(&["extract", arg(&file)], b"");
    assert_code(&out, 0);
    let document: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(document["source"]["path"], arg(&file));
    assert_eq!(document["source"]["bytes"], CHRONOLOGY.len());
    assert_eq!(document["source"]["sha256"], CHRONOLOGY_SHA256);
    // `$schema` first, `source` second: a reader of `head -c` sees both.
    assert!(stdout(&out).starts_with(&format!(
        "{{\"$schema\":\"https://claimkit.dev/schemas/v1/article.schema.json\",\"source\":{{\"path\":{:?},",
        arg(&file)
    )));

    // Standard input is `-` unless --stdin-filename names it.
    let out = run(&["extract"], CHRONOLOGY.as_bytes());
    let document: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(document["source"]["path"], "-");
    assert_eq!(document["source"]["sha256"], CHRONOLOGY_SHA256);
    let out = run(
        &["extract", "--stdin-filename", "news/today.txt", "-"],
        CHRONOLOGY.as_bytes(),
    );
    let document: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(document["source"]["path"], "news/today.txt");
    let out = run(
        &[
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "news/today.txt",
        ],
        ONE_FINDING.as_bytes(),
    );
    assert_code(&out, 1);
    assert_contains(
        &stdout(&out),
        "news/today.txt:5:1: warning[chronology/date-format]",
    );

    // An unreadable input has an error record in its place; all validate.
    let lines = dir.join("all.jsonl");
    let out = run(
        &[
            "extract",
            "-o",
            arg(&lines),
            arg(&file),
            "missing.txt",
            arg(&file),
        ],
        b"",
    );
    assert_code(&out, 2);
    let out = run(&["validate", arg(&lines)], b"");
    assert_code(&out, 0);
    let text = std::fs::read_to_string(&lines).expect("read");
    let records: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(records.len(), 3);
    assert_eq!(
        records[1],
        serde_json::json!({
            "$schema": "https://claimkit.dev/schemas/v1/article.schema.json",
            "source": { "path": "missing.txt" },
            "error": { "message": "no such file", "kind": "not-found" }
        })
    );

    // The schema holds an error record to its shape.
    let broken = dir.join("broken.jsonl");
    let mut bad = records[1].clone();
    bad["metadata"] = serde_json::json!({});
    let mut no_kind = records[1].clone();
    no_kind["error"] = serde_json::json!({ "message": "x" });
    let mut no_hash = records[0].clone();
    no_hash["source"] = serde_json::json!({ "path": "a.txt" });
    std::fs::write(&broken, format!("{bad}\n{no_kind}\n{no_hash}\n")).expect("write");
    let out = run(&["validate", arg(&broken)], b"");
    assert_code(&out, 1);
    let said = stdout(&out);
    for line in ["broken.jsonl:1:", "broken.jsonl:2:", "broken.jsonl:3:"] {
        assert_contains(&said, line);
    }
}

#[test]
fn output_is_in_input_order_on_every_core() {
    let temp = common::TempDir::new("order");
    let dir = temp.path();
    // Sizes differ widely, so files finish out of order.
    let mut names = Vec::new();
    for i in 0..40 {
        let name = format!("{i:02}.txt");
        let copies = if i % 7 == 0 { 200 } else { 1 };
        write(&dir.join(&name), &CHRONOLOGY.repeat(copies));
        names.push(name);
    }
    let mut outputs = Vec::new();
    for jobs in ["1", "2", "4"] {
        let out = run(&["extract", "--jobs", jobs, arg(&dir)], b"");
        assert_code(&out, 0);
        assert_eq!(sources(&records(&out), &dir), names, "--jobs {jobs}");
        let out_check = run(
            &["check", "--jobs", jobs, "--format", "concise", arg(&dir)],
            b"",
        );
        outputs.push((out.stdout, out_check.stdout));
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
    let out = run(&["extract", "--jobs", "0", arg(&dir)], b"");
    assert_code(&out, 2);
}

#[test]
fn exit_zero_and_output_file() {
    let temp = common::TempDir::new("exitzero");
    let dir = temp.path();
    let file = dir.join("a.txt");
    write(&file, ONE_FINDING);
    assert_code(&run(&["check", arg(&file)], b""), 1);
    let out = run(&["check", "--exit-zero", arg(&file)], b"");
    assert_code(&out, 0);
    assert_contains(&stdout(&out), "1 finding in 1 file");
    // Not being able to do the job is still 2.
    assert_code(&run(&["check", "--exit-zero", "missing.txt"], b""), 2);

    let report = dir.join("report.json");
    let out = run(
        &["check", "--format", "json", "-o", arg(&report), arg(&file)],
        b"",
    );
    assert_code(&out, 1);
    assert!(out.stdout.is_empty());
    let out = run(&["validate", arg(&report)], b"");
    assert_code(&out, 0);
    let out = run(&["check", "--output-file", arg(&file), arg(&file)], b"");
    assert_code(&out, 2);
    assert_contains(&stderr(&out), "would overwrite the input");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), ONE_FINDING);
}

#[test]
fn diff_shows_what_fix_would_change_and_writes_nothing() {
    let temp = common::TempDir::new("diff");
    let dir = temp.path();
    let file = dir.join("a.txt");
    write(&file, ONE_FINDING);
    let out = run(&["check", "--diff", arg(&file)], b"");
    assert_code(&out, 1);
    let name = arg(&file);
    assert_eq!(
        stdout(&out),
        format!(
            "--- a/{name}\n+++ b/{name}\n@@ -2,6 +2,6 @@\n \n May 2, 2020: More.\n \n-May 3 2020: Done.\n+May 3, 2020: Done.\n \n May 4, 2020: End.\n"
        )
    );
    assert_contains(&stderr(&out), "would apply 1 fix to 1 file");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), ONE_FINDING);
    // Nothing to fix: exit 0, no diff.
    write(&file, CHRONOLOGY);
    let out = run(&["check", "--diff", arg(&file)], b"");
    assert_code(&out, 0);
    assert!(out.stdout.is_empty());
    // The summary says how many --fix would fix.
    write(&file, ONE_FINDING);
    let out = run(&["check", arg(&file)], b"");
    assert_contains(
        &stdout(&out),
        "1 finding in 1 file: 0 errors, 1 warning, 0 infos\n1 fixable with --fix\n",
    );
}

#[test]
fn configuration_names_extend_select_per_file_ignores_and_show_settings() {
    let temp = common::TempDir::new("settings");
    let dir = temp.path();
    let (a, b) = (dir.join("a.txt"), dir.join("notes/b.txt"));
    write(&a, ONE_FINDING);
    write(&b, ONE_FINDING);
    let concise = |extra: &[&str]| {
        let mut args = vec!["check", "--format", "concise"];
        args.extend_from_slice(extra);
        args.push(arg(&dir));
        run(&args, b"")
    };
    // .claimkit.toml is found like claimkit.toml.
    write(&dir.join(".claimkit.toml"), "select = [\"quote\"]\n");
    assert_code(&concise(&[]), 0);
    write(
        &dir.join(".claimkit.toml"),
        "select = [\"quote\"]\nextend-select = [\"chronology/date-format\"]\n",
    );
    assert_eq!(stdout(&concise(&[])).lines().count(), 2);
    // claimkit.toml wins over .claimkit.toml in the same directory.
    write(
        &dir.join("claimkit.toml"),
        "[per-file-ignores]\n\"notes/\" = [\"chronology\"]\n",
    );
    let out = concise(&[]);
    assert_code(&out, 1);
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert_contains(&stdout(&out), "a.txt:5:1:");
    // --extend-select on the command line.
    std::fs::remove_file(dir.join("claimkit.toml")).expect("rm");
    write(&dir.join(".claimkit.toml"), "select = [\"quote\"]\n");
    assert_eq!(
        stdout(&concise(&["--extend-select", "chronology"]))
            .lines()
            .count(),
        2
    );

    write(
        &dir.join("claimkit.toml"),
        "ignore = [\"style\"]\nexclude = [\"drafts/\"]\n[per-file-ignores]\n\"notes/*.txt\" = [\"chronology/order\"]\n",
    );
    let out = run(&["check", "--show-settings", arg(&b)], b"");
    assert_code(&out, 0);
    let said = stdout(&out);
    assert_contains(&said, &format!("# {}\n", arg(&b)));
    assert_contains(&said, "claimkit.toml\n");
    assert_contains(&said, "exclude = [\"drafts/\"]");
    assert_contains(&said, "\"notes/*.txt\" = [\"chronology/order\"]");
    assert_contains(&said, "\"chronology/order\" = \"off\"");
    assert_contains(&said, "\"style/quote-marks\" = \"off\"");
    assert_contains(&said, "\"chronology/date-format\" = \"warning\"");
    let out = run(&["check", "--show-settings", arg(&a)], b"");
    assert_contains(&stdout(&out), "\"chronology/order\" = \"warning\"");
}

#[test]
fn help_completions_and_man_page() {
    let out = run(&["--help"], b"");
    assert_code(&out, 0);
    for part in [
        "Examples:",
        "claimkit check articles/",
        "Exit codes:",
        "2  claimkit could not do its job",
    ] {
        assert_contains(&stdout(&out), part);
    }
    let out = run(&["check", "--help"], b"");
    for part in [
        "--diff",
        "--exit-zero",
        "--output-file",
        "--jobs",
        "--stdin-filename",
        "Exit codes:",
    ] {
        assert_contains(&stdout(&out), part);
    }
    common::every_case(["bash", "zsh", "fish", "elvish", "powershell"], |shell| {
        let out = run(&["completions", shell], b"");
        assert_code(&out, 0);
        assert_contains(&stdout(&out), "claimkit");
        assert_contains(&stdout(&out), "extend-select");
    });
    let out = run(&["completions", "tcsh"], b"");
    assert_code(&out, 2);
    let out = run(&["man"], b"");
    assert_code(&out, 0);
    assert!(stdout(&out).contains(".TH claimkit 1"), "{}", stdout(&out));
    assert_contains(&stdout(&out), "Exit codes:");
}

#[test]
fn every_configuration_error_is_reported_at_once() {
    let temp = common::TempDir::new("configerrors");
    let dir = temp.path();
    let file = dir.join("a.txt");
    write(&file, CHRONOLOGY);
    write(
        &dir.join("claimkit.toml"),
        "select = [\"styl\"]\nignored = true\n\n[severity]\n\"style/quote-marks\" = \"loud\"\n\n[name-order]\nprefer = \"sometimes\"\n",
    );
    let out = run(&["check", arg(&file)], b"");
    assert_code(&out, 2);
    let said = stderr(&out);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 4, "{said}");
    for (line, part) in lines.iter().zip([
        "claimkit.toml:1:11: unknown rule or group \"styl\", did you mean \"style\"?",
        "claimkit.toml:2:1: unknown field `ignored`, expected one of `select`,",
        "claimkit.toml:5:23: unknown variant `loud`",
        "claimkit.toml:8:10: unknown variant `sometimes`",
    ]) {
        assert!(line.starts_with("claimkit: error: "), "{said}");
        assert_contains(line, part);
    }
}

#[test]
fn pretty_with_several_inputs_stays_json_lines() {
    let out = run(
        &[
            "extract",
            "--pretty",
            "fixtures/date-ranges.txt",
            "fixtures/date-ranges.txt",
        ],
        b"",
    );
    assert_code(&out, 0);
    // One record a line, so line N is input N.
    assert_eq!(records(&out).len(), 2);
    let out = run(&["extract", "--pretty", "fixtures/date-ranges.txt"], b"");
    assert!(stdout(&out).starts_with("{\n  \"$schema\""));
}

/// Runs `claimkit ARGS` where the last input is a FIFO that is written only
/// after the first line of output arrives (or after a long wait, so that a
/// claimkit that does not stream still ends): returns whether the first
/// line came before the FIFO was written, and the run's output.
fn first_line_before_last_input(args: &[&str], fifo: &Path) -> (bool, std::process::Output) {
    use std::io::BufRead;
    let status = std::process::Command::new("mkfifo")
        .arg(fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .args(args)
        .arg(fifo)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let stdout = child.stdout.take().expect("stdout");
    let (sender, receiver) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut lines = std::io::BufReader::new(stdout).lines();
        let first = lines.next();
        let _ = sender.send(());
        let rest: Vec<String> = lines.map_while(Result::ok).collect();
        (first, rest)
    });
    let streamed = receiver
        .recv_timeout(std::time::Duration::from_secs(30))
        .is_ok();
    std::fs::write(fifo, ONE_FINDING).expect("write the FIFO");
    let (first, rest) = reader.join().expect("reader");
    let mut out = child.wait_with_output().expect("exits");
    let mut text = first.map(|l| l.expect("line") + "\n").unwrap_or_default();
    for line in rest {
        text.push_str(&line);
        text.push('\n');
    }
    out.stdout = text.into_bytes();
    (streamed, out)
}

#[test]
fn output_streams_before_later_inputs_are_read() {
    let temp = common::TempDir::new("stream");
    let dir = temp.path();
    let first = dir.join("first.txt");
    write(&first, ONE_FINDING);
    let (streamed, out) = first_line_before_last_input(
        &["check", "--format", "concise", arg(&first)],
        &dir.join("check.fifo"),
    );
    assert!(
        streamed,
        "check wrote nothing before its last input was read"
    );
    assert_code(&out, 1);
    assert_eq!(stdout(&out).lines().count(), 2, "{}", stdout(&out));
    let (streamed, out) =
        first_line_before_last_input(&["extract", arg(&first)], &dir.join("extract.fifo"));
    assert!(
        streamed,
        "extract wrote nothing before its last input was read"
    );
    assert_code(&out, 0);
    assert_eq!(records(&out).len(), 2);
}
