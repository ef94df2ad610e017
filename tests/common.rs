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

/// A directory for one test, removed when the test ends, also when it fails.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Creates `claimkit-NAME-PID` in the system's temporary directory.
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("claimkit-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary directory");
        TempDir(dir)
    }

    /// Its path.
    pub fn path(&self) -> PathBuf {
        self.0.clone()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
