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

/// The texts of the inputs named by `files`, read one at a time (each with
/// the encoding it was read from); an input
/// that cannot be read is reported on standard error, skipped, and remembered
/// in `failed`, so the others are still processed.
pub struct Texts {
    inputs: std::vec::IntoIter<Input>,
    max_size: u64,
    /// Whether an input could not be read.
    pub failed: bool,
}

/// The texts of the inputs named by `files` (see [`Texts`]).
pub fn texts(files: &[PathBuf], max_size: u64) -> Texts {
    Texts {
        inputs: expand(files).into_iter(),
        max_size,
        failed: false,
    }
}

impl Iterator for Texts {
    type Item = (Input, String, Encoding);

    fn next(&mut self) -> Option<Self::Item> {
        for input in self.inputs.by_ref() {
            match input.read_text(self.max_size) {
                Ok((text, encoding)) => return Some((input, text, encoding)),
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

    /// The whole input as UTF-8 text, and the encoding it was read from.
    ///
    /// UTF-8 is read as it is (a byte-order mark is kept, so spans count the
    /// file's own bytes); UTF-16 and UTF-32 (with a byte-order mark, or
    /// UTF-16 without one told by its NUL bytes) are decoded to UTF-8, and
    /// spans then count the bytes of the decoded text. Reading stops with an
    /// error past `max_size` bytes, or at the first byte that is not UTF-8.
    pub fn read_text(&self, max_size: u64) -> Result<(String, Encoding), ReadError> {
        let name = self.name();
        let fail = |message: String| ReadError {
            name: name.clone(),
            message,
        };
        let reader: Box<dyn Read> = match self {
            Input::Stdin => {
                if io::stdin().is_terminal() {
                    return Err(fail("no input: name a file, or pipe text in".into()));
                }
                Box::new(io::stdin().lock())
            }
            Input::File(path) => {
                if path.is_dir() {
                    return Err(fail("is a directory; name the files inside it".into()));
                }
                Box::new(std::fs::File::open(path).map_err(|e| fail(describe(&e)))?)
            }
        };
        read_limited(reader, max_size).map_err(|problem| {
            fail(match problem {
                Problem::Io(e) => describe(&e),
                Problem::TooLarge => format!(
                    "larger than --max-size ({}); raise --max-size to read it",
                    show_size(max_size)
                ),
                Problem::Invalid(encoding, offset) => format!(
                    "not valid {} at byte {offset}; convert the file to UTF-8",
                    encoding.name()
                ),
            })
        })
    }
}

/// The encoding an input was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

impl Encoding {
    /// Its usual name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Utf32Le => "UTF-32LE",
            Encoding::Utf32Be => "UTF-32BE",
        }
    }
}

/// Parses a size such as `1000`, `512K`, `10M`, `10MiB` or `1G` (units are
/// powers of 1024), for `--max-size`.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is no size; write it like 1000, 512K, 10M or 1G"))?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        _ => return Err(format!("{text:?}: unknown unit; use K, M, G or T")),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("{text:?} is too large"))
}

fn show_size(bytes: u64) -> String {
    for (shift, unit) in [(40, "TiB"), (30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

enum Problem {
    Io(io::Error),
    TooLarge,
    /// Not valid in this encoding at this byte of the input.
    Invalid(Encoding, usize),
}

/// Reads at most `max_size` bytes in chunks, checking UTF-8 as it arrives
/// (so `/dev/urandom` stops at its first bad byte) and decoding UTF-16 and
/// UTF-32, told from the first chunk.
fn read_limited(reader: impl Read, max_size: u64) -> Result<(String, Encoding), Problem> {
    const CHUNK: usize = 1 << 16;
    let mut reader = reader.take(max_size.saturating_add(1));
    let mut bytes: Vec<u8> = Vec::new();
    let mut checked = 0;
    let mut encoding = None;
    loop {
        let len = bytes.len();
        bytes.resize(len + CHUNK, 0);
        let n = loop {
            match reader.read(&mut bytes[len..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Problem::Io(e)),
            }
        };
        bytes.truncate(len + n);
        if bytes.len() as u64 > max_size {
            return Err(Problem::TooLarge);
        }
        let done = n == 0;
        if encoding.is_none() && (bytes.len() >= 1024 || done) {
            encoding = Some(detect(&bytes));
        }
        if encoding == Some(Encoding::Utf8) {
            // Only the new bytes are checked; an incomplete character at the
            // end waits for the next chunk.
            if let Err(e) = std::str::from_utf8(&bytes[checked..]) {
                if e.error_len().is_some() || done {
                    return Err(Problem::Invalid(Encoding::Utf8, checked + e.valid_up_to()));
                }
                checked += e.valid_up_to();
            } else {
                checked = bytes.len();
            }
        }
        if done {
            break;
        }
    }
    let encoding = encoding.unwrap_or(Encoding::Utf8);
    let text = match encoding {
        // Checked above, chunk by chunk.
        Encoding::Utf8 => String::from_utf8(bytes)
            .map_err(|e| Problem::Invalid(Encoding::Utf8, e.utf8_error().valid_up_to()))?,
        _ => decode(&bytes, encoding)?,
    };
    Ok((text, encoding))
}

/// The encoding of an input from its first bytes: a UTF-32 or UTF-16
/// byte-order mark, or the NUL bytes of mostly-ASCII UTF-16 without one.
fn detect(head: &[u8]) -> Encoding {
    match head {
        [0xff, 0xfe, 0, 0, ..] => return Encoding::Utf32Le,
        [0, 0, 0xfe, 0xff, ..] => return Encoding::Utf32Be,
        [0xff, 0xfe, ..] => return Encoding::Utf16Le,
        [0xfe, 0xff, ..] => return Encoding::Utf16Be,
        _ => {}
    }
    let head = &head[..head.len().min(1024) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return Encoding::Utf8;
    }
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    // ASCII in UTF-16 has a NUL in every other byte; text with a stray NUL does not.
    if odd * 10 >= pairs * 9 && even * 10 < pairs {
        Encoding::Utf16Le
    } else if even * 10 >= pairs * 9 && odd * 10 < pairs {
        Encoding::Utf16Be
    } else {
        Encoding::Utf8
    }
}

fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, Problem> {
    let invalid = |offset: usize| Problem::Invalid(encoding, offset);
    let mut text = String::with_capacity(bytes.len());
    match encoding {
        Encoding::Utf32Le | Encoding::Utf32Be => {
            for (i, unit) in bytes.chunks(4).enumerate() {
                let unit: [u8; 4] = unit.try_into().map_err(|_| invalid(i * 4))?;
                let value = if encoding == Encoding::Utf32Le {
                    u32::from_le_bytes(unit)
                } else {
                    u32::from_be_bytes(unit)
                };
                text.push(char::from_u32(value).ok_or_else(|| invalid(i * 4))?);
            }
        }
        _ => {
            if bytes.len() % 2 == 1 {
                return Err(invalid(bytes.len() - 1));
            }
            let units = bytes.chunks_exact(2).map(|u| {
                if encoding == Encoding::Utf16Le {
                    u16::from_le_bytes([u[0], u[1]])
                } else {
                    u16::from_be_bytes([u[0], u[1]])
                }
            });
            let mut at = 0;
            for c in char::decode_utf16(units) {
                let c = c.map_err(|_| invalid(at))?;
                at += c.len_utf16() * 2;
                text.push(c);
            }
        }
    }
    Ok(text)
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
