//! `board.toml`: a board's configuration, parsed with `serde` + `toml`, validated, resolved
//! against its ROM level, and turned into cfgs, check-cfgs and constants for build scripts.
//!
//! ```no_run
//! // build.rs
//! let board = config::load_from_env().unwrap_or_else(|e| {
//!     eprintln!("{e}");
//!     std::process::exit(1)
//! });
//! board.emit_cargo();
//! ```
//!
//! The schema (every key optional in a single file; after `extends` is resolved, `level`,
//! `heap_size` and `[board]`'s `name`, `mcu` and `platform` are required):
//!
//! ```toml
//! extends = "board.toml"   # load that file (relative to this one) first, then override it
//! level = "minimum"        # minimum | core | basic | extra | full | everything
//! heap_size = "64K"        # bytes: an integer or "<n>K" / "<n>M"; >= 1024, a multiple of 16
//! [board]
//! name = "example-board"   # MICROPY_HW_BOARD_NAME
//! mcu = "unknown-cpu"      # MICROPY_HW_MCU_NAME
//! machine = "..."          # MICROPY_BANNER_MACHINE; default "<name> with <mcu>"
//! platform = "linux"       # sys.platform
//! build = "standard"       # sys.implementation._build (MicroPython's board/variant); default name
//! [features]               # overrides of the level's defaults, merged by name (docs/FEATURES.md)
//! attrtuple = false        # a flag: true | false
//! float = "none"           # a choice: none | float | double
//! [modules]
//! builtin = ["sys"]        # from BUILTIN_MODULES; replaces the extended file's list
//! user = { myport = "../modules/myport" }  # crate -> directory with src/; merged by name
//! ```
//!
//! Every error names the file, line and column of the offending key or value, and suggests
//! the nearest valid name for a misspelt one.
#![forbid(unsafe_code)]

mod crates;
mod date;
mod emit;
mod error;
pub mod features;
mod layer;
mod level;
mod resolve;
mod schema;
mod suggest;

use std::path::{Path, PathBuf};

pub use date::civil_date;
pub use emit::VERSION;
pub use error::{Error, ErrorKind, Position};
pub use features::{Feature, Features, Kind, Value, FEATURES};
pub use layer::{BUILTIN_MODULES, MIN_HEAP_SIZE};
pub use level::Level;

/// The environment variable naming the board's `board.toml`.
pub const ENV_VAR: &str = "MP_BOARD_TOML";

/// A module crate listed in `[modules] user`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserModule {
    pub crate_name: String,
    /// The crate's directory, absolute and canonical.
    pub dir: PathBuf,
    /// Where board.toml lists it: the file and the position of its directory string.
    pub listed_in: PathBuf,
    pub listed_at: Position,
}

/// One module frozen into the firmware (`[frozen]`; a package directory gives one entry
/// per module in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrozenModule {
    /// The dotted module name (`pkg`, `pkg.sub`).
    pub name: String,
    /// The source file, absolute.
    pub file: PathBuf,
    /// Its path under `.frozen` (`pkg/__init__.py`, `pkg/sub.py`): the import key and
    /// `__file__`.
    pub rel: String,
    /// Whether it is a package's `__init__.py`.
    pub package: bool,
    /// Where board.toml lists it: the file and the `[frozen]` key's value position.
    pub listed_in: PathBuf,
    pub listed_at: Position,
    /// The `[frozen]` key.
    pub key: String,
}

/// A board's resolved configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    /// Absolute path of the board file loaded (the leaf, not the files it extends).
    pub path: PathBuf,
    /// Every file read (the leaf first, then each file it extends), for rerun-if-changed.
    pub files: Vec<PathBuf>,
    pub name: String,
    pub mcu: String,
    pub platform: String,
    /// `[board] machine`, else `<name> with <mcu>`: the banner's machine text and
    /// `sys.implementation._machine`.
    pub machine: String,
    /// `[board] build`, else `name`: `sys.implementation._build`, the board/variant build
    /// name MicroPython's test runner reads (`standard` for the unix port's standard variant).
    pub build: String,
    pub level: Level,
    pub heap_size: usize,
    pub features: Features,
    pub builtin_modules: Vec<String>,
    /// Sorted by crate name.
    pub user_modules: Vec<UserModule>,
    /// Sorted by `rel`.
    pub frozen: Vec<FrozenModule>,
}

impl Board {
    /// Checks that this configuration belongs to the board package in `dir`: the loaded
    /// file, or one it extends, lies in `dir`. The runtime is configured per board at build
    /// time, so a board built with another board's `MP_BOARD_TOML` (say, from the wrong
    /// directory) must fail instead of silently becoming that other board.
    pub fn check_belongs_to(&self, dir: &Path) -> Result<(), String> {
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let ours = |f: &PathBuf| f.canonicalize().ok().and_then(|f| f.parent().map(|p| p == dir)).unwrap_or(false);
        if self.files.iter().any(ours) {
            return Ok(());
        }
        Err(format!(
            "{ENV_VAR} names {}, which is not this board's configuration (a board file in {} or \
             one extending it). Build this board from its own directory (`cd {} && cargo build \
             --release`, its .cargo/config.toml names its board.toml) or set {ENV_VAR} to one of \
             its board files.",
            self.path.display(),
            dir.display(),
            dir.display()
        ))
    }
}

/// Loads the board file at `path` and everything it extends.
pub fn load(path: &Path) -> Result<Board, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::new(ErrorKind::Unreadable, path, None, format!("cannot read this board file: {e}")))?;
    resolve::board(&text, path)
}

/// Loads a board from `text` as if it were the contents of `path`: `extends` and user module
/// directories are resolved relative to `path`'s directory.
pub fn parse_str(text: &str, path: &Path) -> Result<Board, Error> {
    resolve::board(text, path)
}

/// Loads the board named by `MP_BOARD_TOML` (a relative path is taken from the current
/// directory).
pub fn load_from_env() -> Result<Board, Error> {
    let value = std::env::var_os(ENV_VAR).filter(|v| !v.is_empty()).ok_or_else(|| {
        Error::without_path(
            ErrorKind::EnvNotSet,
            format!(
                "{ENV_VAR} is not set: it must name the board's board.toml. Build from the \
                 workspace root (its .cargo/config.toml sets it to boards/host/board.toml), \
                 from a board directory with its own .cargo/config.toml, or set it, e.g. \
                 {ENV_VAR}=$PWD/boards/host/board.toml"
            ),
        )
    })?;
    let path = PathBuf::from(value);
    let path = if path.is_absolute() { path } else { std::env::current_dir().map(|d| d.join(&path)).unwrap_or(path) };
    load(&path)
}
