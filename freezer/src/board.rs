//! A board's whole build step in one call, so that no board copies it: load the board file
//! (`MP_BOARD_TOML`), check it belongs to this package and that its module crates agree
//! with the package's dependencies, emit the cfgs, and write `OUT_DIR/modules.rs` (the
//! module table from `qstrgen` plus the frozen modules' statics), and write the `.pyi`
//! stubs of the board's native modules ([`stubs_dir`]).
//!
//! ```no_run
//! // boards/<board>/build.rs, whole: `fn main() { ... }` around this line
//! freezer::board::build_script(freezer::board::Package::Board);
//! ```
//!
//! The board's `main.rs` then has `include!(concat!(env!("OUT_DIR"), "/modules.rs"));`.

use std::path::PathBuf;

/// Which package runs the build script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Package {
    /// A board: its configuration must be one of its own board files (or extend one).
    Board,
    /// A package that runs another board's configuration (the fuzz targets run the host
    /// board's): the board-file check is skipped, the module-crate check is not.
    Foreign,
}

/// Where the `.pyi` stubs of the board's native modules go: `MP_STUBS_DIR` if set, else
/// `stubs/` beside the binary (`target/release/stubs/`,
/// `target/thumbv7em-none-eabihf/release/stubs/`): `OUT_DIR` is
/// `<profile dir>/build/<package>-<hash>/out`.
pub fn stubs_dir(out_dir: &std::path::Path) -> PathBuf {
    println!("cargo::rerun-if-env-changed=MP_STUBS_DIR");
    if let Some(dir) = std::env::var_os("MP_STUBS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    out_dir.ancestors().nth(3).unwrap_or(out_dir).join("stubs")
}

/// Runs [`build`]; on failure prints the error for cargo and exits with status 1.
pub fn build_script(package: Package) {
    if let Err(e) = build(package) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

/// The board build step (see the module docs).
///
/// # Errors
/// The board file's error (file, line, key), a module crate listed on one side only, a
/// module-table or frozen-module error: each a message naming what to change.
pub fn build(package: Package) -> Result<(), String> {
    let board = config::load_from_env().map_err(|e| e.to_string())?;
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").ok_or("CARGO_MANIFEST_DIR is not set")?);
    if package == Package::Board {
        board.check_belongs_to(&dir)?;
    }
    board.check_module_crates(&dir).map_err(|e| e.to_string())?;
    println!("cargo::rerun-if-changed={}", dir.join("Cargo.toml").display());
    board.emit_cargo();
    let (code, files) = qstrgen::module_table(&board).map_err(|e| e.to_string())?;
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
    }
    // The frozen modules' statics go next to the table that names them.
    let bits = std::env::var("CARGO_CFG_TARGET_POINTER_WIDTH").ok().and_then(|b| b.parse().ok()).unwrap_or(32);
    let frozen = crate::frozen_rs(&board, bits)?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    let stubs = stubs_dir(&out);
    qstrgen::write_stubs(&board, &stubs).map_err(|e| e.to_string())?;
    let path = out.join("modules.rs");
    std::fs::write(&path, code + &frozen).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
