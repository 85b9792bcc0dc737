//! Test fixtures: board files written to a fresh directory under the system temp dir.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The seed's host board (`boards/host/board.toml`).
pub const SEED: &str = r#"# The seed's host port (MicroPython's ports/minimal, built for the host).
level = "minimum"
heap_size = 4096
[board]
name = "example-board"
mcu = "unknown-cpu"
platform = "linux"
[features]
attrtuple = false
[modules]
builtin = ["sys"]
user = { myport = "../modules/myport" }
"#;

/// A directory removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new empty directory, unique to this process and call.
    pub fn new(name: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("config-test-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir.canonicalize().unwrap())
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `text` to `rel` (creating parent directories) and returns its path.
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Creates the directory `rel` (and parents).
    pub fn mkdir(&self, rel: &str) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(&path).unwrap();
        path
    }

    /// The seed's layout: `boards/host/board.toml` and `boards/modules/myport/src/`.
    pub fn seed(name: &str) -> (TempDir, PathBuf) {
        let dir = TempDir::new(name);
        dir.mkdir("boards/modules/myport/src");
        let path = dir.write("boards/host/board.toml", SEED);
        (dir, path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A complete board file with `extra` appended (which may add tables).
pub fn board_with(top: &str, extra: &str) -> String {
    format!("{top}\n[board]\nname = \"b\"\nmcu = \"m\"\nplatform = \"p\"\n{extra}")
}
