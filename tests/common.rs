//! Running the binary from tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The workspace root, where `fixtures/` is.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The path of a fixture file.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// The primary fixture: the real Comparative Connections article.
pub const PRIMARY: &str = "comparative-connections-japan-korea-2020-05-08.txt";

/// Runs `claimkit ARGS` with `stdin` as standard input.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    // The binary may exit before reading all of stdin; that is not a test failure.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary runs")
}

/// Runs `claimkit extract FILE` and parses its JSON.
pub fn extract(path: &Path) -> serde_json::Value {
    let out = run(&["extract", path.to_str().expect("UTF-8 path")], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("extract writes JSON")
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Fails, showing both output streams, unless the run exited with `code`.
#[track_caller]
pub fn assert_code(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}{}",
        stdout(out),
        stderr(out)
    );
}

/// Fails, showing the whole of `text`, unless it contains `part`.
#[track_caller]
pub fn assert_contains(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} is not in:\n{text}");
}

/// A directory for one test, removed when the test ends, also when it fails.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Creates `claimkit-NAME-PID/work` in the system's temporary directory.
    /// `claimkit-NAME-PID` also holds a `.git`, the mark of a repository's
    /// top, where the search for a `claimkit.toml` stops: a configuration
    /// above `$TMPDIR` never applies to a test.
    pub fn new(name: &str) -> TempDir {
        let top = std::env::temp_dir().join(format!("claimkit-{name}-{}", std::process::id()));
        std::fs::create_dir_all(top.join(".git")).expect("temporary directory");
        std::fs::create_dir_all(top.join("work")).expect("temporary directory");
        TempDir(top)
    }

    /// Its path.
    pub fn path(&self) -> PathBuf {
        self.0.join("work")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `check` on every case of a table and fails once at the end, naming
/// every case that failed and why, instead of stopping at the first.
pub fn every_case<T: std::fmt::Debug>(cases: impl IntoIterator<Item = T>, check: impl Fn(&T)) {
    let failures: Vec<String> = cases
        .into_iter()
        .filter_map(|case| {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&case)));
            result.err().map(|panic| {
                let why = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("panicked");
                format!("{case:?}: {why}")
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The speaker names of a document's quotations, in order (`None` where
/// nobody speaks).
pub fn speakers(document: &serde_json::Value) -> Vec<Option<String>> {
    document["quotations"]
        .as_array()
        .expect("quotations")
        .iter()
        .map(|q| q["speaker"]["name"].as_str().map(str::to_string))
        .collect()
}
