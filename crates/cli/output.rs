//! Writing files so that nothing is lost: a regular file is replaced by a
//! temporary file renamed over it only when complete; anything else (a
//! device, a FIFO, a terminal) is written directly.
//!
//! Every refusal (a read-only file, a file with other hard links, a
//! directory) is decided by [`Target::resolve`], which callers run for every
//! target before the first write.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use anyhow::bail;

/// A file claimkit may write, checked and with symbolic links resolved.
pub struct Target {
    /// The path as the user named it, for messages.
    name: String,
    /// The file itself: a symbolic link is followed, so the link is kept
    /// and the file it points to is written.
    path: PathBuf,
    /// The regular file there now, if any.
    existing: Option<fs::Metadata>,
    /// Not a regular file (a device, a FIFO): written directly.
    direct: bool,
}

impl Target {
    /// Checks that `path` can be written, before anything is: refuses a
    /// directory, a read-only file and a file with other hard links.
    pub fn resolve(path: &Path) -> anyhow::Result<Target> {
        let name = path.display().to_string();
        let link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let real = if link {
            match fs::canonicalize(path) {
                Ok(real) => real,
                // `/proc/self/fd/1` links to "pipe:[N]", no path: write through the link.
                Err(_) if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                    path.to_path_buf()
                }
                Err(_) => bail!(
                    "cannot write {name}: it is a symbolic link to a missing file; name the file to create"
                ),
            }
        } else {
            path.to_path_buf()
        };
        let meta = match fs::metadata(&real) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => bail!("cannot write {name}: {}", describe(&e)),
        };
        let mut target = Target {
            name,
            path: real,
            existing: None,
            direct: false,
        };
        let Some(meta) = meta else {
            return Ok(target);
        };
        let name = &target.name;
        if meta.is_dir() {
            bail!("cannot write {name}: it is a directory; name a file");
        }
        if !meta.is_file() {
            target.direct = true;
            return Ok(target);
        }
        // Root may write anything; claimkit still respects a file its owner
        // made read-only, as editors do.
        if meta.permissions().mode() & 0o222 == 0 {
            bail!("cannot write {name}: the file is read-only; make it writable (chmod u+w) first");
        }
        if meta.nlink() > 1 {
            bail!(
                "cannot write {name}: the file has {} hard links and replacing it would split them; \
                 write to another file and copy it over",
                meta.nlink()
            );
        }
        target.existing = Some(meta);
        Ok(target)
    }

    /// Whether this target is the same file as `other` (an input).
    pub fn is_same_file(&self, other: &Path) -> bool {
        match (&self.existing, fs::metadata(other)) {
            (Some(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }

    /// The target as the user named it.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A target being written: through a temporary file that replaces it on
/// [`Output::commit`], or directly for a device or FIFO. An unfinished
/// temporary file is removed when the `Output` is dropped, and by the signal
/// handler on SIGINT or SIGTERM.
pub struct Output {
    target: Target,
    sink: Sink,
}

enum Sink {
    Direct(BufWriter<fs::File>),
    Temp(BufWriter<tempfile::NamedTempFile>),
    Done,
}

impl Output {
    /// Starts writing `target`.
    pub fn create(target: Target) -> anyhow::Result<Output> {
        let fail = |e: io::Error| anyhow::anyhow!("cannot write {}: {}", target.name, describe(&e));
        let sink = if target.direct {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(&target.path)
                .map_err(fail)?;
            Sink::Direct(BufWriter::new(file))
        } else {
            install_signal_handler();
            let dir = match target.path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            // Created exclusively (O_EXCL) under a random name, so a planted
            // file or symbolic link is never followed; short enough for any
            // file system's 255-byte limit on names.
            let file = tempfile::Builder::new()
                .prefix(".claimkit-")
                .suffix(".tmp")
                .rand_bytes(12)
                // Registered before it exists, so that a signal arriving
                // right after its creation still finds it to remove.
                .make_in(&dir, |path| {
                    register(path);
                    let mut options = fs::OpenOptions::new();
                    options.write(true).create_new(true);
                    #[cfg(unix)]
                    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                    options.open(path)
                })
                .map_err(fail)?;
            Sink::Temp(BufWriter::new(file))
        };
        Ok(Output { target, sink })
    }

    /// Finishes the write: flushes, and for a regular file gives the
    /// temporary file the old file's mode, owner and group and renames it
    /// over the target. With `read`, the target must still hold exactly these
    /// bytes (what claimkit read), or nothing is written.
    pub fn commit(mut self, read: Option<&[u8]>) -> anyhow::Result<()> {
        let name = self.target.name.clone();
        let fail = |e: io::Error| anyhow::anyhow!("cannot write {name}: {}", describe(&e));
        match std::mem::replace(&mut self.sink, Sink::Done) {
            Sink::Done => Ok(()),
            Sink::Direct(mut file) => file.flush().map_err(fail),
            Sink::Temp(file) => {
                let temp_path = file.get_ref().path().to_path_buf();
                // Dropping `file` on any failure below removes the temporary file.
                let result = (|| {
                    let file = file.into_inner().map_err(|e| fail(e.into_error()))?;
                    file.as_file().sync_all().map_err(fail)?;
                    if let Some(meta) = &self.target.existing {
                        file.as_file()
                            .set_permissions(meta.permissions())
                            .map_err(fail)?;
                        std::os::unix::fs::fchown(
                            file.as_file(),
                            Some(meta.uid()),
                            Some(meta.gid()),
                        )
                        .map_err(fail)?;
                    }
                    if let Some(read) = read {
                        if !holds(&self.target.path, read) {
                            bail!("{name} changed while claimkit was fixing it; nothing written");
                        }
                    }
                    file.persist(&self.target.path).map_err(|e| fail(e.error))?;
                    Ok(())
                })();
                unregister(&temp_path);
                result
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = match &mut self.sink {
            Sink::Direct(file) => file.write(buf),
            Sink::Temp(file) => file.write(buf),
            Sink::Done => Err(io::Error::other("already committed")),
        };
        result.map_err(|e| self.name_error(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = match &mut self.sink {
            Sink::Direct(file) => file.flush(),
            Sink::Temp(file) => file.flush(),
            Sink::Done => Ok(()),
        };
        result.map_err(|e| self.name_error(e))
    }
}

impl Output {
    /// An I/O error that names the target and says what to do, keeping its kind.
    fn name_error(&self, e: io::Error) -> io::Error {
        io::Error::new(
            e.kind(),
            format!("cannot write {}: {}", self.target.name, describe(&e)),
        )
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Sink::Temp(file) = &self.sink {
            unregister(file.get_ref().path());
        }
        // The NamedTempFile removes itself when dropped with the sink.
    }
}

/// What a write error means for the user, in words.
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::StorageFull => "no space left on device; free some space".to_string(),
        io::ErrorKind::PermissionDenied => {
            "permission denied; check the write permission of the file and its directory"
                .to_string()
        }
        io::ErrorKind::NotFound => "no such directory; create it first".to_string(),
        io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_string(),
        io::ErrorKind::QuotaExceeded => "disk quota exceeded; free some space".to_string(),
        _ => {
            let text = e.to_string();
            // Drop the " (os error N)" that says nothing to a user.
            match text.find(" (os error") {
                Some(at) => text[..at].to_lowercase(),
                None => text,
            }
        }
    }
}

/// Whether the file at `path` holds exactly `expected`.
fn holds(path: &Path, expected: &[u8]) -> bool {
    let Ok(file) = fs::File::open(path) else {
        return false;
    };
    let mut now = Vec::with_capacity(expected.len());
    // One byte more than expected tells a longer file.
    match file.take(expected.len() as u64 + 1).read_to_end(&mut now) {
        Ok(_) => now == expected,
        Err(_) => false,
    }
}

/// Temporary files that exist now, removed by the signal handler.
static TEMPORARY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn register(path: &Path) {
    if let Ok(mut list) = TEMPORARY.lock() {
        list.push(path.to_path_buf());
    }
}

fn unregister(path: &Path) {
    if let Ok(mut list) = TEMPORARY.lock() {
        list.retain(|p| p != path);
    }
}

/// On SIGINT or SIGTERM, removes the temporary files and exits 130 or 143,
/// as a shell reports a process ended by those signals.
fn install_signal_handler() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        use signal_hook::consts::{SIGINT, SIGTERM};
        // Without the handler a signal still ends claimkit; only the
        // temporary file would stay behind, so a failure here is not fatal.
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                if let Ok(list) = TEMPORARY.lock() {
                    for path in list.iter() {
                        let _ = fs::remove_file(path);
                    }
                }
                std::process::exit(128 + signal);
            }
        });
    });
}
