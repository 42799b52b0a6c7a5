//! Reading files and turning their failures into located problems.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::content::problems::{line_and_column, Problem, Severity};

/// A file's text, kept so that spans found later can be turned into line numbers.
pub struct SourceText {
    /// Relative to the content directory.
    pub path: PathBuf,
    pub text: String,
}

/// Collects problems while the loader walks the content directory.
pub struct Reporter {
    root: PathBuf,
    pub problems: Vec<Problem>,
    /// Problems that do not stop serving; see `Catalog::findings`.
    pub findings: Vec<Problem>,
    /// Every byte read, in reading order, hashed as it is read into the content version.
    /// (Keeping the bytes to hash at the end held a second copy of all the content at the
    /// peak of loading: 76 MB more for 50 locales.)
    pub content_hash: xxhash_rust::xxh3::Xxh3,
}

impl Reporter {
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_owned(),
            problems: Vec::new(),
            findings: Vec::new(),
            content_hash: xxhash_rust::xxh3::Xxh3::new(),
        }
    }

    pub fn error_at(&mut self, source: &SourceText, offset: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Error, source, offset, message.into());
    }

    pub fn warning_at(&mut self, source: &SourceText, offset: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Warning, source, offset, message.into());
    }

    /// As [`Self::error_at`], for text held elsewhere (a parsed Fluent file owns its own).
    pub fn error_in_text(&mut self, path: &Path, text: &str, offset: Option<usize>, message: impl Into<String>) {
        self.push_in(Severity::Error, path, text, offset, message.into());
    }

    fn push(&mut self, severity: Severity, source: &SourceText, offset: Option<usize>, message: String) {
        self.push_in(severity, &source.path, &source.text, offset, message);
    }

    fn push_in(&mut self, severity: Severity, path: &Path, text: &str, offset: Option<usize>, message: String) {
        let position = offset.map(|offset| line_and_column(text, offset));
        self.problems.push(Problem {
            severity,
            file: path.to_owned(),
            line: position.map(|(line, _)| line),
            column: position.map(|(_, column)| column),
            message,
        });
    }

    /// A problem about a file or folder as a whole (missing, unreadable, misnamed).
    pub fn error_in(&mut self, relative: &Path, message: impl Into<String>) {
        self.push_whole(Severity::Error, relative, message.into());
    }

    fn push_whole(&mut self, severity: Severity, relative: &Path, message: String) {
        self.problems.push(Problem { severity, file: relative.to_owned(), line: None, column: None, message });
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Reads a UTF-8 file below the content root. Only regular files of a sensible size
    /// are read: a FIFO would block the load forever (a hung mount behaves the same), and
    /// a link to `/dev/zero` would fill memory, so both are refused with the file's name.
    pub fn read(&mut self, relative: &Path) -> Option<SourceText> {
        let path = self.root.join(relative);
        let size = match std::fs::metadata(&path) {
            Ok(meta) if !meta.is_file() => {
                self.error_in(
                    relative,
                    "is not a regular file (a folder, FIFO, socket or device); content files must be regular files",
                );
                return None;
            }
            Ok(meta) if meta.len() > MAX_CONTENT_FILE_BYTES => {
                self.error_in(
                    relative,
                    format!(
                        "is {} bytes; a content file may hold at most {} MiB",
                        meta.len(),
                        MAX_CONTENT_FILE_BYTES >> 20
                    ),
                );
                return None;
            }
            Ok(meta) => meta.len(),
            Err(err) => {
                self.error_in(relative, format!("cannot read the file: {err}"));
                return None;
            }
        };
        #[cfg(debug_assertions)]
        hang_if_asked(relative);
        // The size is checked again while reading, in case the file grew since. Sized to
        // the file: growing by doubling left up to half of every buffer unused, kept for
        // good in the text it becomes (40 MB over 50 locales).
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
        let read = std::fs::File::open(&path).and_then(|file| {
            std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_CONTENT_FILE_BYTES + 1), &mut bytes)
        });
        match read {
            Ok(_) if bytes.len() as u64 > MAX_CONTENT_FILE_BYTES => {
                self.error_in(relative, format!("grew past {} MiB while being read", MAX_CONTENT_FILE_BYTES >> 20));
                None
            }
            Ok(_) => {
                self.content_hash.update(relative.to_string_lossy().as_bytes());
                self.content_hash.update(&bytes);
                match String::from_utf8(bytes) {
                    Ok(text) => Some(SourceText { path: relative.to_owned(), text }),
                    Err(_) => {
                        self.error_in(relative, "the file is not valid UTF-8");
                        None
                    }
                }
            }
            Err(err) => {
                self.error_in(relative, format!("cannot read the file: {err}"));
                None
            }
        }
    }

    /// Reads and parses a TOML file, reporting a syntax or shape error at its line.
    pub fn read_toml<T: DeserializeOwned>(&mut self, relative: &Path) -> Option<(SourceText, T)> {
        let source = self.read(relative)?;
        match toml::from_str::<T>(&source.text) {
            Ok(value) => Some((source, value)),
            Err(err) => {
                let offset = err.span().map(|span| span.start);
                self.error_at(&source, offset, err.message().to_owned());
                None
            }
        }
    }

    /// Lists the entries of a folder below the root, sorted so loading is deterministic.
    pub fn list_dir(&mut self, relative: &Path) -> Vec<PathBuf> {
        match std::fs::read_dir(self.root.join(relative)) {
            Ok(entries) => {
                // Hidden entries are not content: a mounted Kubernetes ConfigMap keeps its
                // versions in `..data` and `..<timestamp>` folders beside the files.
                let mut names: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
                    .map(|entry| relative.join(entry.file_name()))
                    .collect();
                names.sort();
                names
            }
            Err(err) => {
                self.error_in(relative, format!("cannot read the folder: {err}"));
                Vec::new()
            }
        }
    }

    pub fn is_dir(&self, relative: &Path) -> bool {
        self.root.join(relative).is_dir()
    }
}

/// The largest content file Haven reads (the biggest shipped file is under 100 kB).
pub const MAX_CONTENT_FILE_BYTES: u64 = 4 << 20;

/// Debug builds only: `HAVEN_FAULT_HANG_READING=<file name>` makes reading a file of that
/// name hang for a minute, as a hung network mount does, so tests can drive the real
/// binary through a stuck reload (a FIFO no longer hangs: it is refused unread). Release
/// builds have no such switch.
#[cfg(debug_assertions)]
fn hang_if_asked(relative: &Path) {
    let Some(name) = std::env::var_os("HAVEN_FAULT_HANG_READING") else { return };
    if relative.file_name() == Some(name.as_os_str()) {
        std::thread::sleep(std::time::Duration::from_secs(60));
    }
}

/// The file name without extension, as UTF-8, if it has the wanted extension.
pub fn stem_with_extension<'p>(path: &'p Path, extension: &str) -> Option<&'p str> {
    if path.extension().and_then(|e| e.to_str()) == Some(extension) {
        path.file_stem().and_then(|stem| stem.to_str())
    } else {
        None
    }
}
