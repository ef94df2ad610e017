//! Writing files (`extract -o`, `check --fix`): devices and FIFOs written
//! directly, links kept, owners and modes kept, nothing overwritten that
//! changed or was named twice, temporary files never left behind.

use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{self, run, stderr};

const FIXABLE: &str = "rules/layout-page-furniture.txt";

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The claimkit temporary files left in `dir`.
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains(".claimkit-"))
        .collect()
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn devices_and_fifos_are_written_directly() {
    let temp = common::TempDir::new("write-fifo");
    let dir = temp.path();
    let fifo = dir.join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("read the FIFO"))
    };
    let out = run(
        &["extract", "-o", arg(&fifo), "fixtures/date-ranges.txt"],
        b"",
    );
    let read = reader.join().expect("reader");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice::<serde_json::Value>(&read).expect("JSON through the FIFO");
    let kind = std::fs::symlink_metadata(&fifo).expect("meta").file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced by {kind:?}");
    assert!(leftovers(&dir).is_empty(), "{:?}", leftovers(&dir));

    let out = run(
        &["extract", "-o", "/dev/null", "fixtures/date-ranges.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kind = std::fs::symlink_metadata("/dev/null")
        .expect("meta")
        .file_type();
    assert!(kind.is_char_device(), "/dev/null is now {kind:?}");

    let out = run(
        &["extract", "-o", "/dev/full", "fixtures/date-ranges.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    common::assert_contains(
        &stderr(&out),
        "cannot write /dev/full: no space left on device",
    );
}

#[test]
fn fix_through_a_symlink_keeps_the_link_and_hard_links_are_refused() {
    let temp = common::TempDir::new("write-links");
    let dir = temp.path();
    let original = std::fs::read_to_string(common::fixture(FIXABLE)).expect("fixture");
    let file = dir.join("article.txt");
    let link = dir.join("link.txt");
    std::fs::write(&file, &original).expect("write");
    std::os::unix::fs::symlink("article.txt", &link).expect("symlink");
    let out = run(&["check", "--fix", arg(&link)], b"");
    common::assert_contains(&stderr(&out), "applied 3 fixes");
    let meta = std::fs::symlink_metadata(&link).expect("meta");
    assert!(meta.file_type().is_symlink(), "the link was replaced");
    assert_ne!(std::fs::read_to_string(&file).expect("read"), original);

    std::fs::write(&file, &original).expect("write");
    let hard = dir.join("hard.txt");
    std::fs::hard_link(&file, &hard).expect("hard link");
    let out = run(&["check", "--fix", arg(&hard)], b"");
    assert_eq!(out.status.code(), Some(2));
    common::assert_contains(&stderr(&out), "hard.txt: the file has 2 hard links");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
    assert_eq!(std::fs::metadata(&file).expect("meta").nlink(), 2);
    assert!(leftovers(&dir).is_empty(), "{:?}", leftovers(&dir));
}

#[test]
fn a_file_changed_while_fixing_is_not_overwritten() {
    // The same file named twice: both are read and fixed before either is
    // written, so the second write finds the file changed by the first.
    let temp = common::TempDir::new("write-changed");
    let dir = temp.path();
    let original = std::fs::read_to_string(common::fixture(FIXABLE)).expect("fixture");
    let file = dir.join("article.txt");
    let again = dir.join(".").join("article.txt");
    std::fs::write(&file, &original).expect("write");
    let out = run(&["check", "--fix", arg(&file), arg(&again)], b"");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "{} changed while claimkit was fixing it; nothing written",
            again.display()
        )),
        "{}",
        stderr(&out)
    );
    assert!(leftovers(&dir).is_empty(), "{:?}", leftovers(&dir));
}

#[test]
fn owner_group_and_mode_are_kept_and_read_only_files_refused() {
    let temp = common::TempDir::new("write-owner");
    let dir = temp.path();
    let original = std::fs::read_to_string(common::fixture(FIXABLE)).expect("fixture");
    let file = dir.join("article.txt");
    std::fs::write(&file, &original).expect("write");
    chmod(&file, 0o640);
    // Tests run as root here; elsewhere the file keeps the user's own ids.
    let _ = std::os::unix::fs::chown(&file, Some(1234), Some(5678));
    let before = std::fs::metadata(&file).expect("meta");
    let out = run(&["check", "--fix", arg(&file)], b"");
    common::assert_contains(&stderr(&out), "applied 3 fixes");
    let after = std::fs::metadata(&file).expect("meta");
    assert_eq!(
        (after.uid(), after.gid(), after.mode() & 0o7777),
        (before.uid(), before.gid(), 0o640)
    );

    std::fs::write(&file, &original).expect("write");
    chmod(&file, 0o444);
    let out = run(&["check", "--fix", arg(&file)], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("article.txt: the file is read-only; make it writable"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
}

#[test]
fn temporary_files_fit_long_names_and_go_on_signals() {
    let temp = common::TempDir::new("write-temp");
    let dir = temp.path();
    // A 250-byte name: the temporary file's name must still fit in 255 bytes.
    let long = dir.join(format!("{}.txt", "a".repeat(246)));
    std::fs::copy(common::fixture(FIXABLE), &long).expect("copy");
    let out = run(&["check", "--fix", arg(&long)], b"");
    common::assert_contains(&stderr(&out), "applied 3 fixes");

    for (signal, code) in [("-TERM", 143), ("-INT", 130)] {
        let target = dir.join("out.json");
        // Standard input stays open: claimkit waits for it with its temporary file created.
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
            .args(["extract", "-o", arg(&target), "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("runs");
        let start = Instant::now();
        while leftovers(&dir).is_empty() && start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(leftovers(&dir).len(), 1, "no temporary file appeared");
        let killed = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
        // `wait` would close standard input first, and on a loaded machine
        // claimkit could then finish its work before the signal is handled:
        // standard input stays open until it has exited.
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("waits") {
                break status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "{signal}: still running"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(child.stdin.take());
        assert_eq!(status.code(), Some(code), "{signal}");
        assert!(
            leftovers(&dir).is_empty(),
            "{signal}: {:?}",
            leftovers(&dir)
        );
        assert!(!target.exists());
    }
}

#[test]
fn arguments_are_checked_before_the_first_write() {
    let temp = common::TempDir::new("write-args");
    let dir = temp.path();
    let original = std::fs::read_to_string(common::fixture(FIXABLE)).expect("fixture");
    let file = dir.join("article.txt");
    std::fs::write(&file, &original).expect("write");
    let locked = dir.join("locked.txt");
    std::fs::write(&locked, &original).expect("write");
    chmod(&locked, 0o444);
    let cases: &[(&[&str], &str)] = &[
        (
            &["extract", "-o", arg(&file), arg(&file)],
            "would overwrite the input",
        ),
        (
            &["check", "--fix", arg(&file), "-"],
            "--fix rewrites files; name the files instead of reading standard input",
        ),
        (
            &["check", "--fix", arg(&file), arg(&locked)],
            "locked.txt: the file is read-only",
        ),
        (
            &["extract", "-", "-"],
            "standard input (`-`) is named more than once",
        ),
    ];
    let mut failures = Vec::new();
    for (args, message) in cases {
        let out = run(args, b"May 1 2020: A.\n");
        let unchanged = std::fs::read_to_string(&file).expect("read") == original;
        if out.status.code() != Some(2)
            || !stderr(&out).contains(message)
            || !unchanged
            || !out.stdout.is_empty()
        {
            failures.push(format!("{args:?}: unchanged {unchanged}; {}", stderr(&out)));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
