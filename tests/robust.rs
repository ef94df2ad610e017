//! Hostile and broken input: each gets a clear one-line error or a correct
//! result, never a panic or a hang. Sizes here keep the suite quick; the full
//! sizes run in `scripts/bench.sh`.

use std::io::Read;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{self, run, stderr, stdout};

fn extract_ok(input: &[u8]) -> Value {
    let out = run(&["extract", "-"], input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let document: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let errors = claimkit_schema::Validator::article().validate(&document);
    assert!(errors.is_empty(), "{errors:?}");
    document
}

fn entries(document: &Value) -> Vec<(String, u64)> {
    document["chronologies"]
        .as_array()
        .expect("chronologies")
        .iter()
        .flat_map(|c| c["entries"].as_array().cloned().unwrap_or_default())
        .map(|e| {
            (
                e["date"]["start"].as_str().unwrap_or("").to_string(),
                e["span"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

const CHRONOLOGY: &str =
    "CHRONOLOGY\n\nMay 1, 2020: One.\n\nMay 2, 2020: Two.\n\nMay 3, 2020: Three.\n";

#[test]
fn empty_and_blank_inputs() {
    for input in [&b""[..], b"   \n\t\n\n", b"\xef\xbb\xbf"] {
        let document = extract_ok(input);
        assert_eq!(document["chronologies"].as_array().map(Vec::len), Some(0));
    }
}

#[test]
fn line_endings_byte_order_mark_tabs_and_nul() {
    let lf = entries(&extract_ok(CHRONOLOGY.as_bytes()));
    assert_eq!(lf.len(), 3);
    for variant in [
        CHRONOLOGY.replace('\n', "\r\n"),
        CHRONOLOGY.replace('\n', "\r"),
        format!("\u{feff}{CHRONOLOGY}"),
        CHRONOLOGY.replace(": ", ":\t"),
    ] {
        assert_eq!(entries(&extract_ok(variant.as_bytes())), lf, "{variant:?}");
    }
    let document = extract_ok(CHRONOLOGY.replace("Two", "T\0wo").as_bytes());
    assert_eq!(entries(&document).len(), 3);
    // The byte-order mark is no text, but spans still count its bytes.
    let document = extract_ok(format!("\u{feff}{CHRONOLOGY}").as_bytes());
    let first = &document["chronologies"][0]["entries"][0]["date"]["span"];
    assert_eq!(first["start"], CHRONOLOGY.find("May 1").expect("entry") + 3);
}

#[test]
fn unreadable_inputs_name_the_file() {
    let temp = common::TempDir::new("robust");
    let dir = temp.path();
    let binary = dir.join("binary.bin");
    std::fs::write(&binary, [0x7f, b'E', b'L', b'F', 0xff, 0xfe, 0, 1]).expect("write");
    let out = run(&["extract", binary.to_str().expect("path")], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1);
    common::assert_contains(&stderr(&out), "binary.bin: not valid UTF-8 at byte 4");

    // A directory is walked for *.txt, *.md and *.markdown: binary.bin is not read.
    let out = run(&["extract", dir.to_str().expect("path")], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    common::assert_contains(&stderr(&out), "no input files found");

    // Without read permission (root reads anyway: then the file must come out whole).
    let locked = dir.join("locked.txt");
    std::fs::write(&locked, CHRONOLOGY).expect("write");
    let mut permissions = std::fs::metadata(&locked).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o000);
    std::fs::set_permissions(&locked, permissions).expect("chmod");
    let out = run(&["extract", locked.to_str().expect("path")], b"");
    if std::fs::read(&locked).is_ok() {
        // Running as root: the file is read, and must come out whole.
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let name = locked.to_str().expect("path");
        let whole = run(
            &["extract", "--stdin-filename", name, "-"],
            CHRONOLOGY.as_bytes(),
        );
        assert_eq!(out.stdout, whole.stdout);
    } else {
        assert_eq!(out.status.code(), Some(2));
        common::assert_contains(&stderr(&out), "locked.txt: permission denied");
    }
}

#[test]
fn large_inputs_complete_with_the_right_result() {
    // A long single line.
    let line = "the minister said that talks would go on ".repeat(25_000);
    let document = extract_ok(format!("{line}\n").as_bytes());
    assert_eq!(document["quotations"].as_array().map(Vec::len), Some(0));
    // A chronology of many entries.
    let mut text = String::from("CHRONOLOGY\n\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "Jan. {}, {}: Event {i}.\n\n",
            i % 28 + 1,
            1900 + i / 28
        ));
    }
    let document = extract_ok(text.as_bytes());
    assert_eq!(entries(&document).len(), 20_000);
    // Ten thousand unbalanced marks, each reported.
    let text = "He said “no and then ".repeat(10_000);
    let document = extract_ok(text.as_bytes());
    assert_eq!(
        document["stray_marks"].as_array().map(Vec::len),
        Some(10_000)
    );
    // Quotations nested fifty deep.
    let text = format!("He said {}core{}.", "“a ".repeat(50), "” b".repeat(50));
    let document = extract_ok(text.as_bytes());
    let quotations = document["quotations"].as_array().expect("quotations");
    assert_eq!(quotations.len(), 50);
    assert_eq!(quotations[49]["nested_in"], 48);
    // And the check over them ends too, with one finding per unbalanced mark.
    let out = run(
        &["check", "--format", "concise", "--select", "quote", "-"],
        "He said “no and then ".repeat(2_000).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 2_000);
}

#[test]
fn validate_hostile_json() {
    let cases: &[(&str, &str)] = &[
        (
            "{\"$schema\": \"https://claimkit.dev/schemas/v1/article.schema.json\", \"meta",
            "not valid JSON at line 1",
        ),
        (&"[".repeat(100_000), "recursion limit exceeded"),
        ("{\"n\": 1e999999}", "number out of range"),
    ];
    for (input, message) in cases {
        let out = run(&["validate", "-"], input.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{message}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
        common::assert_contains(&stderr(&out), message);
    }
    // A huge number: no hang, no panic; it is not an article.
    let big = format!(
        "{{\"$schema\": \"https://claimkit.dev/schemas/v1/article.schema.json\", \"n\": {}}}",
        "9".repeat(1_000_000)
    );
    let out = run(&["validate", "-"], big.as_bytes());
    assert!(matches!(out.status.code(), Some(1 | 2)), "{}", stderr(&out));
    // Duplicate keys: JSON leaves them undefined; the last one counts, as in most parsers.
    let article = run(&["extract", "fixtures/date-ranges.txt"], b"");
    let text = String::from_utf8(article.stdout).expect("UTF-8");
    let duplicated = text.replacen("{\"$schema\"", "{\"sections\": 5, \"$schema\"", 1);
    let out = run(&["validate", "-"], duplicated.as_bytes());
    common::assert_code(&out, 0);
}

#[test]
fn closed_stdout_ends_quietly() {
    let text = format!("{}\n", common::fixture(common::PRIMARY).display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .args(["extract", "--pretty", text.trim(), text.trim(), text.trim()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let mut errors = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut errors)
        .expect("stderr");
    let status = child.wait().expect("exits");
    assert_eq!(status.code(), Some(0), "{errors}");
    assert!(errors.is_empty(), "{errors}");
}

#[test]
fn interrupted_output_leaves_the_old_file() {
    use std::os::unix::fs::MetadataExt;
    let temp = common::TempDir::new("keep");
    let dir = temp.path();
    let target = dir.join("out.json");
    std::fs::write(&target, "old").expect("write");
    let mut permissions = std::fs::metadata(&target).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o640);
    std::fs::set_permissions(&target, permissions).expect("chmod");
    let inode = std::fs::metadata(&target).expect("meta").ino();
    // The write fails after the temporary file exists: a file-size limit of
    // a few kilobytes (with SIGXFSZ ignored, so the write returns EFBIG).
    let script = format!(
        "ulimit -f 4; trap '' XFSZ; exec '{}' extract --pretty -o '{}' fixtures/{}",
        env!("CARGO_BIN_EXE_claimkit"),
        target.display(),
        common::PRIMARY
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .current_dir(common::root())
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    common::assert_contains(&stderr(&out), "out.json");
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "old");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        left,
        [std::ffi::OsString::from("out.json")],
        "no temporary file is left"
    );
    // A successful run replaces the file by renaming a new one over it (a
    // new inode), keeping the permissions of the file it replaces.
    let out = run(
        &[
            "extract",
            "-o",
            target.to_str().expect("path"),
            "fixtures/date-ranges.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let meta = std::fs::metadata(&target).expect("meta");
    assert_ne!(
        meta.ino(),
        inode,
        "the target was written in place, not replaced whole"
    );
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777,
        0o640
    );
    assert_ne!(std::fs::read_to_string(&target).expect("read"), "old");
}

#[test]
fn bad_configuration() {
    let temp = common::TempDir::new("badconf");
    let dir = temp.path();
    let config = dir.join("claimkit.toml");
    std::fs::write(&config, "select = [\"quote\"\n").expect("write");
    let out = run(
        &[
            "check",
            "--config",
            config.to_str().expect("path"),
            "fixtures/date-ranges.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    common::assert_contains(&stderr(&out), "claimkit.toml:");
}

#[test]
fn huge_configuration_is_read_in_linear_time() {
    // 200,000 entries: reading them with positions recomputed from the start
    // for each entry took minutes; a line index built once takes a moment.
    let temp = common::TempDir::new("hugeconf");
    let dir = temp.path();
    let config = dir.join("claimkit.toml");
    let mut text = String::from("ignore = [\n");
    for _ in 0..200_000 {
        text.push_str("  \"style/quote-marks\",\n");
    }
    text.push_str("]\n");
    std::fs::write(&config, &text).expect("write");
    let args = |config: &std::path::Path| {
        [
            "check".to_string(),
            "--config".to_string(),
            config.display().to_string(),
            "fixtures/date-ranges.txt".to_string(),
        ]
    };
    let out = run(&args(&config).each_ref().map(String::as_str), b"");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    // An unknown rule at the end is still found at its line and column.
    text.insert_str(text.len() - 2, "  \"quote/mismatc\",\n");
    std::fs::write(&config, &text).expect("write");
    let out = run(&args(&config).each_ref().map(String::as_str), b"");
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "claimkit.toml:200002:3");
}

/// Runs `claimkit ARGS`, reads 16 bytes of its standard output and closes it.
fn run_with_reader_gone(args: &[&str], stdin: &[u8]) -> Option<i32> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .args(args)
        .current_dir(common::root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = std::io::Write::write_all(&mut input, &stdin);
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let status = child.wait().expect("exits");
    writer.join().expect("writer");
    status.code()
}

#[test]
fn closed_stdout_keeps_the_exit_code() {
    // Far more output than a 64 KiB pipe buffer holds.
    let marks = "He said “no and then ".repeat(5_000);
    for format in ["human", "concise", "json"] {
        let args = ["check", "--format", format, "-"];
        assert_eq!(
            run_with_reader_gone(&args, marks.as_bytes()),
            Some(1),
            "{format}"
        );
    }
    let clean = ["check", "--fail-on", "never", "--format", "concise", "-"];
    assert_eq!(run_with_reader_gone(&clean, marks.as_bytes()), Some(0));
    let invalid = "{}\n".repeat(5_000);
    assert_eq!(
        run_with_reader_gone(&["validate", "-"], invalid.as_bytes()),
        Some(1)
    );
}

#[test]
fn unwritable_stderr_never_panics() {
    for args in [
        &["check", "claimkit-no-such-file.txt"][..],
        &["extract", "claimkit-no-such-file.txt"],
        &["validate", "-"],
        &["check", "--format", "json", "fixtures/date-ranges.txt"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = Command::new(env!("CARGO_BIN_EXE_claimkit"))
            .args(args)
            .current_dir(common::root())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(full)
            .status()
            .expect("runs");
        assert!(matches!(out.code(), Some(0..=2)), "{args:?}: {out:?}");
    }
}

#[test]
fn a_failed_run_prints_no_clean_summary() {
    let out = run(&["check", "claimkit-no-such-file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(!stdout(&out).contains("0 findings"), "{}", stdout(&out));
    common::assert_contains(&stdout(&out), "not every input was checked");
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let units = bom.then_some(0xfeff).into_iter().chain(text.encode_utf16());
    units
        .flat_map(|u| {
            if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            }
        })
        .collect()
}

fn utf32(text: &str, little: bool) -> Vec<u8> {
    std::iter::once('\u{feff}')
        .chain(text.chars())
        .flat_map(|c| {
            let c = u32::from(c);
            if little {
                c.to_le_bytes()
            } else {
                c.to_be_bytes()
            }
        })
        .collect()
}

#[test]
fn utf16_and_utf32_are_decoded() {
    let text = format!("{CHRONOLOGY}\nThe minister said “no.\n");
    let expected = entries(&extract_ok(text.as_bytes()));
    let concise = |input: &[u8]| {
        let out = run(&["check", "--format", "concise", "-"], input);
        (out.status.code(), stdout(&out))
    };
    let reference = concise(text.as_bytes());
    assert_eq!(reference.0, Some(1));
    let mut failures = Vec::new();
    for (name, bytes) in [
        ("UTF-16LE with BOM", utf16(&text, true, true)),
        ("UTF-16BE with BOM", utf16(&text, false, true)),
        ("UTF-16LE", utf16(&text, true, false)),
        ("UTF-16BE", utf16(&text, false, false)),
        ("UTF-32LE", utf32(&text, true)),
        ("UTF-32BE", utf32(&text, false)),
    ] {
        let out = run(&["extract", "-"], &bytes);
        let document: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        if out.status.code() != Some(0) || entries(&document) != expected {
            failures.push(format!("{name}: extract {}", stderr(&out)));
        }
        // The same findings, at the same lines and columns.
        let found = concise(&bytes);
        if found != reference {
            failures.push(format!("{name}: check {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");

    // Broken UTF-16 names the encoding; a decoded file is not rewritten by --fix.
    let mut broken = utf16(&text, true, true);
    broken.extend([0x00, 0xd8, b'a', 0]);
    let out = run(&["extract", "-"], &broken);
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "<stdin>: not valid UTF-16LE at byte");
    let temp = common::TempDir::new("utf16-fix");
    let file = temp.path().join("article.txt");
    std::fs::write(
        &file,
        utf16("May 1 2020: A.\nMay 2, 2020: B.\n", true, true),
    )
    .expect("write");
    let before = std::fs::read(&file).expect("read");
    let out = run(&["check", "--fix", file.to_str().expect("path")], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("it is UTF-16LE; convert it to UTF-8 first"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&file).expect("read"), before);
}

#[test]
fn endless_and_oversized_inputs_stop_at_max_size() {
    let out = run(&["extract", "--max-size", "1M", "/dev/zero"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "claimkit: error: /dev/zero: larger than --max-size (1 MiB); raise --max-size to read it"
    );
    let out = run(&["check", "/dev/urandom"], b"");
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "/dev/urandom: not valid UTF-8 at byte");
    // The default limit is far above this; a smaller one is given with a unit.
    let text = CHRONOLOGY.repeat(50);
    let out = run(&["validate", "--max-size", "1K", "-"], text.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "--max-size (1 KiB)");
    assert_eq!(entries(&extract_ok(text.as_bytes())).len(), 150);
    let out = run(&["extract", "--max-size", "10X", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "unknown unit");
}

#[test]
fn fix_replaces_the_file_whole() {
    use std::os::unix::fs::MetadataExt;
    let temp = common::TempDir::new("fix-rename");
    let target = temp.path().join("article.txt");
    std::fs::copy(
        common::root().join("fixtures/rules/chronology-date-format.txt"),
        &target,
    )
    .expect("copy");
    let before = std::fs::read_to_string(&target).expect("read");
    let inode = std::fs::metadata(&target).expect("meta").ino();
    let out = run(&["check", "--fix", target.to_str().expect("path")], b"");
    assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));
    let after = std::fs::read_to_string(&target).expect("read");
    assert_ne!(after, before, "a safe fix was applied");
    assert_ne!(
        std::fs::metadata(&target).expect("meta").ino(),
        inode,
        "--fix wrote in place instead of renaming a complete file over the target"
    );
    let left = std::fs::read_dir(temp.path()).expect("dir").count();
    assert_eq!(left, 1, "no temporary file is left");
}
