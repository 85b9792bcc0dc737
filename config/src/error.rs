//! [`Error`]: every way loading a board can fail, displayed as `<path>:<line>:<col>: <message>`.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong, for callers and tests that match on it; the full text is in the
/// [`Error`]'s message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// `MP_BOARD_TOML` is not set (or not valid Unicode).
    EnvNotSet,
    /// A board file (or a file it extends) could not be read.
    Unreadable,
    /// The file is not valid TOML.
    Syntax,
    /// A key that the schema does not have.
    UnknownKey,
    /// A value of the wrong TOML type (a string where a boolean belongs, ...).
    InvalidType,
    /// A value outside its allowed set (`level`, a choice feature such as `float`).
    InvalidValue,
    /// A feature set on while a feature it needs is off.
    UnmetRequirement,
    /// `heap_size` malformed, too small or not a multiple of 16.
    HeapSize,
    /// A `[modules] builtin` name that the runtime does not have.
    UnknownModule,
    /// A name listed twice in `[modules] builtin`.
    DuplicateModule,
    /// A `[modules] user` directory that does not exist or has no `src/`.
    UserModuleDir,
    /// A `[frozen]` entry whose name is not a dotted module name, or whose path is not a
    /// `.py` file or a package directory (with `__init__.py`).
    FrozenModule,
    /// A required key absent after resolving `extends`.
    MissingKey,
    /// A file extends itself, directly or through others.
    ExtendsCycle,
}

/// A 1-based line and column (in characters) in a board file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text's length).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position { line: before.matches('\n').count() + 1, col: before[line_start..].chars().count() + 1 }
    }
}

/// A failure to load or validate a board file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    position: Option<Position>,
    message: String,
}

impl Error {
    /// An error about the file `path` at `position`, if known.
    pub(crate) fn new(kind: ErrorKind, path: &Path, position: Option<Position>, message: impl Into<String>) -> Error {
        Error { kind, path: Some(path.to_path_buf()), position, message: message.into() }
    }

    /// An error that concerns no file (`MP_BOARD_TOML` unset).
    pub(crate) fn without_path(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, path: None, position: None, message: message.into() }
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The board file concerned, as given (or as joined from an `extends`).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where in the file, when the error concerns one key or value.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// The message without the path and position.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}:", path.display())?;
            if let Some(p) = self.position {
                write!(f, "{}:{}:", p.line, p.col)?;
            }
            f.write_str(" ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let text = "a = 1\nbc = \"é\" x\n";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, col: 1 });
        assert_eq!(Position::of_offset(text, 4), Position { line: 1, col: 5 });
        assert_eq!(Position::of_offset(text, 6), Position { line: 2, col: 1 });
        // `x` is after a two-byte character: columns count characters.
        let x = text.find('x').unwrap();
        assert_eq!(Position::of_offset(text, x), Position { line: 2, col: 10 });
        assert_eq!(Position::of_offset(text, 999), Position { line: 3, col: 1 });
    }

    #[test]
    fn display_formats() {
        let p = Path::new("boards/host/board.toml");
        let e = Error::new(ErrorKind::UnknownKey, p, Some(Position { line: 7, col: 1 }), "unknown key `x`");
        assert_eq!(e.to_string(), "boards/host/board.toml:7:1: unknown key `x`");
        let e = Error::new(ErrorKind::MissingKey, p, None, "missing `level`");
        assert_eq!(e.to_string(), "boards/host/board.toml: missing `level`");
        let e = Error::without_path(ErrorKind::EnvNotSet, "MP_BOARD_TOML is not set");
        assert_eq!(e.to_string(), "MP_BOARD_TOML is not set");
    }
}
