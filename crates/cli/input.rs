//! Reading inputs: files or standard input, as UTF-8, with errors that name
//! the file and the byte where it breaks.

use std::fmt;
use std::io::{self, IsTerminal, Read};
use std::path::PathBuf;

/// One input named on the command line.
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// Why an input could not be read.
pub struct ReadError {
    name: String,
    message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

/// The texts of the inputs named by `files`, read one at a time; an input
/// that cannot be read is reported on standard error, skipped, and remembered
/// in `failed`, so the others are still processed.
pub struct Texts {
    inputs: std::vec::IntoIter<Input>,
    /// Whether an input could not be read.
    pub failed: bool,
}

/// The texts of the inputs named by `files` (see [`Texts`]).
pub fn texts(files: &[PathBuf]) -> Texts {
    Texts {
        inputs: expand(files).into_iter(),
        failed: false,
    }
}

impl Iterator for Texts {
    type Item = (Input, String);

    fn next(&mut self) -> Option<Self::Item> {
        for input in self.inputs.by_ref() {
            match input.read_text() {
                Ok(text) => return Some((input, text)),
                Err(err) => {
                    crate::report(&format!("error: {err}"));
                    self.failed = true;
                }
            }
        }
        None
    }
}

/// Refuses arguments that cannot be read as asked, before anything is read
/// or written: standard input (`-`) named twice.
pub fn check_arguments(files: &[PathBuf]) -> anyhow::Result<()> {
    if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        anyhow::bail!("standard input (`-`) is named more than once; it can be read only once");
    }
    Ok(())
}

/// The inputs named by `files`: standard input when none is, or for `-`.
fn expand(files: &[PathBuf]) -> Vec<Input> {
    if files.is_empty() {
        return vec![Input::Stdin];
    }
    files
        .iter()
        .map(|f| {
            if f.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::File(f.clone())
            }
        })
        .collect()
}

impl Input {
    /// The input as named in messages: its path, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(path) => path.display().to_string(),
        }
    }

    /// The whole input as UTF-8 text (a byte-order mark is kept, so spans
    /// count the file's own bytes).
    pub fn read_text(&self) -> Result<String, ReadError> {
        let (name, bytes) = match self {
            Input::Stdin => {
                if io::stdin().is_terminal() {
                    return Err(ReadError {
                        name: "<stdin>".into(),
                        message: "no input: name a file, or pipe text in".into(),
                    });
                }
                let mut bytes = Vec::new();
                let result = io::stdin().lock().read_to_end(&mut bytes);
                ("<stdin>".to_string(), result.map(|_| bytes))
            }
            Input::File(path) => {
                let name = path.display().to_string();
                if path.is_dir() {
                    return Err(ReadError {
                        name,
                        message: "is a directory; name the files inside it".into(),
                    });
                }
                (name, std::fs::read(path))
            }
        };
        let bytes = bytes.map_err(|e| ReadError {
            name: name.clone(),
            message: describe(&e),
        })?;
        String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            ReadError {
                name: name.clone(),
                message: format!("not valid UTF-8 at byte {offset}; convert the file to UTF-8"),
            }
        })
    }
}

fn describe(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => {
            "permission denied; check the file's read permission".to_string()
        }
        _ => format!("cannot read: {err}"),
    }
}
