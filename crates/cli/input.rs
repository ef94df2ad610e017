//! Reading inputs: files, directories walked as ripgrep walks them, or
//! standard input, as UTF-8, with errors that name the file and the byte
//! where it breaks, and the provenance (length, SHA-256) of what was read.

use std::fmt;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

use ignore::gitignore::Gitignore;
use ignore::overrides::{Override, OverrideBuilder};
use sha2::{Digest, Sha256};

/// The files a directory walk reads when `--include` is not given.
pub const DEFAULT_INCLUDE: [&str; 3] = ["*.txt", "*.md", "*.markdown"];

/// How the inputs named on the command line are found and named, shared by
/// `check` and `extract`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct InputArgs {
    /// In a directory, read only files matching these globs (comma-separated,
    /// as in .gitignore) instead of *.txt, *.md and *.markdown.
    #[arg(long, value_delimiter = ',', value_name = "GLOBS")]
    pub include: Vec<String>,
    /// In a directory, skip files and directories matching these globs
    /// (comma-separated, as in .gitignore).
    #[arg(long, value_delimiter = ',', value_name = "GLOBS")]
    pub exclude: Vec<String>,
    /// The name standard input goes by in output and messages (and where
    /// its configuration is looked for).
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// How many files to work on at once (default: every core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

impl InputArgs {
    /// The number of threads to use: `--jobs`, or every core.
    pub fn jobs(&self) -> usize {
        match self.jobs {
            Some(n) => usize::from(n),
            None => std::thread::available_parallelism().map_or(1, usize::from),
        }
    }
}

/// One input: named on the command line or found in a directory.
pub enum Input {
    /// Standard input, with the name `--stdin-filename` gives it.
    Stdin(Option<PathBuf>),
    File(PathBuf),
    /// A path the directory walk could not look at.
    Unwalkable(PathBuf, String),
}

/// Why an input could not be read.
pub struct ReadError {
    name: String,
    /// What went wrong, in words.
    pub message: String,
    /// What went wrong, as a stable word for programs (`not-found`,
    /// `permission-denied`, `is-directory`, `too-large`, `invalid-encoding`,
    /// `no-input`, `walk`, `io`).
    pub kind: &'static str,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.message)
    }
}

/// An input as read: its text as UTF-8 and where it came from.
pub struct Text {
    pub text: String,
    pub encoding: Encoding,
    /// The length of the input as read, before any decoding.
    pub bytes: u64,
    /// The SHA-256 of the input as read, before any decoding.
    pub sha256: [u8; 32],
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

/// The texts of the inputs named by `files`, without walking directories
/// (see [`Texts`]).
pub fn texts(files: &[PathBuf], max_size: u64) -> Texts {
    let inputs = if files.is_empty() {
        vec![Input::Stdin(None)]
    } else {
        files.iter().map(|f| named(f, None)).collect()
    };
    Texts {
        inputs: inputs.into_iter(),
        max_size,
        failed: false,
    }
}

impl Iterator for Texts {
    type Item = (Input, String, Encoding);

    fn next(&mut self) -> Option<Self::Item> {
        for input in self.inputs.by_ref() {
            match input.read_text(self.max_size) {
                Ok(text) => return Some((input, text.text, text.encoding)),
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

/// The inputs named by `files`, in order: standard input when none is, or
/// for `-`; a file as it is, whatever its name; the files of a directory
/// found by [`walk`].
///
/// `excluded` gives, for a directory, the `exclude` patterns of the
/// configuration that applies to it.
pub fn expand(
    files: &[PathBuf],
    args: &InputArgs,
    excluded: &dyn Fn(&Path) -> anyhow::Result<Option<Gitignore>>,
) -> anyhow::Result<Vec<Input>> {
    if files.is_empty() {
        return Ok(vec![Input::Stdin(args.stdin_filename.clone())]);
    }
    let mut inputs = Vec::new();
    for file in files {
        if file.is_dir() {
            walk(file, args, excluded(file)?.as_ref(), &mut inputs)?;
        } else {
            inputs.push(named(file, args.stdin_filename.as_ref()));
        }
    }
    Ok(inputs)
}

fn named(file: &Path, stdin_filename: Option<&PathBuf>) -> Input {
    if file.as_os_str() == "-" {
        Input::Stdin(stdin_filename.cloned())
    } else {
        Input::File(file.to_path_buf())
    }
}

/// Adds the files of `dir` to `inputs` in a fixed order (sorted by name,
/// depth first), as ripgrep finds them: hidden files and what `.gitignore`,
/// `.ignore` and `.git/info/exclude` ignore are skipped, and so is what
/// `--exclude` or the configuration's `exclude` names; of the rest, only
/// the files `--include` names (by default *.txt, *.md, *.markdown).
fn walk(
    dir: &Path,
    args: &InputArgs,
    excluded: Option<&Gitignore>,
    inputs: &mut Vec<Input>,
) -> anyhow::Result<()> {
    let globs = |patterns: &[String], prefix: &str| -> anyhow::Result<Override> {
        let mut builder = OverrideBuilder::new(dir);
        for pattern in patterns {
            builder
                .add(&format!("{prefix}{pattern}"))
                .map_err(|e| anyhow::anyhow!("bad glob {pattern:?}: {e}"))?;
        }
        Ok(builder.build()?)
    };
    let include = if args.include.is_empty() {
        globs(&DEFAULT_INCLUDE.map(String::from), "")?
    } else {
        globs(&args.include, "")?
    };
    // An override that only ignores: files it does not name are left to
    // the ignore files, so `--exclude` can only remove.
    let exclude = globs(&args.exclude, "!")?;
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .overrides(exclude)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry({
            let excluded = excluded.cloned();
            move |entry| match &excluded {
                Some(excluded) => !is_excluded(excluded, entry.path(), entry.file_type()),
                None => true,
            }
        })
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry
                    .file_type()
                    .is_some_and(|t| t.is_file() || t.is_symlink())
                    && entry.path().is_file();
                if entry.depth() > 0
                    && is_file
                    && include.matched(entry.path(), false).is_whitelist()
                {
                    inputs.push(Input::File(entry.into_path()));
                }
            }
            Err(err) => {
                let path = walk_error_path(&err).unwrap_or_else(|| dir.to_path_buf());
                inputs.push(Input::Unwalkable(path, err.to_string()));
            }
        }
    }
    Ok(())
}

/// Whether a configuration's `exclude` (relative to the configuration's
/// directory) names `path` or a directory above it.
fn is_excluded(excluded: &Gitignore, path: &Path, file_type: Option<std::fs::FileType>) -> bool {
    let Ok(absolute) = std::path::absolute(path) else {
        return false;
    };
    // Patterns are rooted at the configuration's directory, which is canonical.
    let absolute = std::fs::canonicalize(&absolute).unwrap_or(absolute);
    if !absolute.starts_with(excluded.path()) {
        return false;
    }
    let is_dir = file_type.is_some_and(|t| t.is_dir());
    excluded
        .matched_path_or_any_parents(&absolute, is_dir)
        .is_ignore()
}

fn walk_error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        _ => None,
    }
}

impl Input {
    /// The input as named in messages: its path, `--stdin-filename`, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin(None) => "<stdin>".to_string(),
            Input::Stdin(Some(path)) | Input::File(path) | Input::Unwalkable(path, _) => {
                path.display().to_string()
            }
        }
    }

    /// The path as given (or found by a walk): `-` for standard input
    /// without `--stdin-filename`.
    pub fn path(&self) -> String {
        match self {
            Input::Stdin(None) => "-".to_string(),
            _ => self.name(),
        }
    }

    /// The whole input as UTF-8 text, with the encoding it was read from,
    /// its length and its SHA-256.
    ///
    /// UTF-8 is read as it is (a byte-order mark is kept, so spans count the
    /// file's own bytes); UTF-16 and UTF-32 (with a byte-order mark, or
    /// UTF-16 without one told by its NUL bytes) are decoded to UTF-8, and
    /// spans then count the bytes of the decoded text. Reading stops with an
    /// error past `max_size` bytes, or at the first byte that is not UTF-8.
    pub fn read_text(&self, max_size: u64) -> Result<Text, ReadError> {
        let name = self.name();
        let fail = |kind: &'static str, message: String| ReadError {
            name: name.clone(),
            message,
            kind,
        };
        let mut size_hint = 0;
        let reader: Box<dyn Read> = match self {
            Input::Stdin(_) => {
                if io::stdin().is_terminal() {
                    return Err(fail(
                        "no-input",
                        "no input: name a file, or pipe text in".into(),
                    ));
                }
                Box::new(io::stdin().lock())
            }
            Input::File(path) => {
                if path.is_dir() {
                    return Err(fail(
                        "is-directory",
                        "is a directory; name the files inside it".into(),
                    ));
                }
                let file =
                    std::fs::File::open(path).map_err(|e| fail(io_kind(&e), describe(&e)))?;
                // A regular file says its size: the buffer is allocated once.
                // Anything else (a FIFO, a device) grows as it is read.
                size_hint = file
                    .metadata()
                    .ok()
                    .filter(|m| m.is_file())
                    .map_or(0, |m| m.len());
                Box::new(file)
            }
            Input::Unwalkable(_, message) => {
                return Err(fail("walk", format!("cannot walk: {message}")))
            }
        };
        read_limited(reader, max_size, size_hint).map_err(|problem| match problem {
            Problem::Io(e) => fail(io_kind(&e), describe(&e)),
            Problem::TooLarge => fail(
                "too-large",
                format!(
                    "larger than --max-size ({}); raise --max-size to read it",
                    show_size(max_size)
                ),
            ),
            Problem::Invalid(encoding, offset) => fail(
                "invalid-encoding",
                format!(
                    "not valid {} at byte {offset}; convert the file to UTF-8",
                    encoding.name()
                ),
            ),
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
fn read_limited(reader: impl Read, max_size: u64, size_hint: u64) -> Result<Text, Problem> {
    const CHUNK: usize = 1 << 16;
    let mut reader = reader.take(max_size.saturating_add(1));
    // Room for the whole input and the last, empty read (none for an input
    // that will be refused as too large).
    let room = usize::try_from(size_hint)
        .ok()
        .filter(|_| size_hint <= max_size)
        .unwrap_or(0);
    let mut bytes: Vec<u8> = Vec::with_capacity(room.saturating_add(CHUNK));
    let mut hasher = Sha256::new();
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
        hasher.update(&bytes[len..]);
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
    let length = bytes.len() as u64;
    let text = match encoding {
        // Checked above, chunk by chunk.
        Encoding::Utf8 => String::from_utf8(bytes)
            .map_err(|e| Problem::Invalid(Encoding::Utf8, e.utf8_error().valid_up_to()))?,
        _ => decode(&bytes, encoding)?,
    };
    Ok(Text {
        text,
        encoding,
        bytes: length,
        sha256: hasher.finalize().into(),
    })
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

fn io_kind(err: &io::Error) -> &'static str {
    match err.kind() {
        io::ErrorKind::NotFound => "not-found",
        io::ErrorKind::PermissionDenied => "permission-denied",
        _ => "io",
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
