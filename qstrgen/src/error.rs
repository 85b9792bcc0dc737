//! The one error type of qstrgen: a message, with the file and position it is about when known.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error from scanning or generating.
///
/// `Display` is `<file>:<line>:<col>: message` when a position is known (line and column are
/// 1-based, like rustc's), `<file>: message` when only the file is, and the bare message
/// otherwise, so a build script can print it as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    file: Option<PathBuf>,
    line_col: Option<(usize, usize)>,
    message: String,
}

impl Error {
    /// An error about no file in particular.
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Error { file: None, line_col: None, message: message.into() }
    }

    /// An error about a whole file (I/O, or no position known).
    pub(crate) fn in_file(file: &Path, message: impl Into<String>) -> Self {
        Error { file: Some(file.to_path_buf()), line_col: None, message: message.into() }
    }

    /// An error at a span of a file's text.
    pub(crate) fn at(file: &Path, span: proc_macro2::Span, message: impl Into<String>) -> Self {
        let start = span.start();
        Error {
            file: Some(file.to_path_buf()),
            // proc-macro2 columns are 0-based; report them 1-based like rustc.
            line_col: Some((start.line, start.column + 1)),
            message: message.into(),
        }
    }

    /// An error at a 1-based line and column of a file.
    pub(crate) fn at_line_col(file: &Path, line: usize, col: usize, message: impl Into<String>) -> Self {
        Error { file: Some(file.to_path_buf()), line_col: Some((line, col)), message: message.into() }
    }

    /// The file the error is about, if any.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The 1-based line and column of the error, if known.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        self.line_col
    }

    /// The message without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line_col) {
            (Some(file), Some((line, col))) => {
                write!(f, "{}:{line}:{col}: {}", file.display(), self.message)
            }
            (Some(file), None) => write!(f, "{}: {}", file.display(), self.message),
            (None, _) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}
