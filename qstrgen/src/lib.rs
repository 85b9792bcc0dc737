//! qstrgen: the build-script library behind build-time interning and module registration
//! (MicroPython's makeqstrdefs.py, makeqstrdata.py and makemoduledefs.py).
//!
//! - [`scan_source`] / [`scan_dir`] find the names Rust sources use: `qstr!("...")` literals
//!   anywhere (macro input included) and the items of `#[mp_module]`s.
//! - [`generate_qstrs`] writes the interned-name table the runtime `include!`s in its `qstr`
//!   module: stable ids (`""`, then [`CORE`], then the rest sorted), the names as one text with
//!   end offsets, hashes, an open-addressing table from name to id and
//!   the `qstr!` macro. [`qstrs_for_board`] does it all for `runtime/build.rs`.
//! - [`module_table`] writes a board's `MODULES` map for the board's `build.rs`.
//! - [`write_stubs`] writes a `.pyi` stub per `#[mp_module]` of the board's module crates.
//!
//! Everything is deterministic: the same sources and board give the same bytes.

#![forbid(unsafe_code)]

/// The board's cfgs applied to the sources before scanning.
pub mod cfg;
mod error;
mod gen_modules;
/// The compressed message table and `msg!`.
pub mod gen_msg;
mod gen_qstr;
/// The hash of interned names (FNV-1a), the same code at build time and at run time: its text
/// is embedded in the generated table.
mod hash;
mod items;
/// Which bytes of the compressed message table are codes (embedded in the output too).
mod msg_token;
/// The names frozen Python modules need.
pub mod python;
mod scan;
/// `.pyi` stubs of native modules.
mod stubs;

use std::path::{Path, PathBuf};

pub use error::Error;
pub use gen_modules::module_table;
pub use gen_qstr::{generate_qstrs, ordered_names, CORE};
pub use hash::qstr_hash;
pub use scan::{scan_dir, scan_dir_with, scan_source, Found, ModuleDef};
pub use stubs::{stubs_for, write_stubs, Stub};

/// Everything `runtime/build.rs` needs: scans `runtime_src` and every user module crate's
/// `src`, adds the board's built-in module names, and generates the qstr file.
///
/// Returns the code and the paths to watch for `cargo:rerun-if-changed` (each scanned
/// directory, so that new files are noticed, then every file read).
pub fn qstrs_for_board(board: &config::Board, runtime_src: &Path) -> Result<(String, Vec<PathBuf>), Error> {
    let user_srcs: Vec<PathBuf> = board.user_modules.iter().map(|m| m.dir.join("src")).collect();
    let mut extra = board.builtin_modules.clone();
    // Frozen modules: their names, `.frozen` paths (`__file__`) and every name they use.
    let mut names = std::collections::BTreeSet::new();
    let mut frozen_files = Vec::new();
    for m in &board.frozen {
        let text = std::fs::read_to_string(&m.file)
            .map_err(|e| Error::new(format!("frozen module {}: cannot read {}: {e}", m.name, m.file.display())))?;
        python::names(&text, &mut names);
        names.insert(m.rel.clone());
        names.insert(m.name.clone());
        names.extend(m.name.split('.').map(str::to_string));
        frozen_files.push(m.file.clone());
    }
    extra.extend(names);
    // The runtime's build script sets exactly these cfgs, so its sources are scanned as
    // compiled. Module crates are scanned whole: they may not see the same cfgs.
    let cfgs = cfg::Cfgs::new(&board.cfgs(), &config::Board::check_cfgs());
    let (code, mut watched) = qstrs_for(runtime_src, Some(&cfgs), &user_srcs, &extra)?;
    watched.extend(frozen_files);
    Ok((code, watched))
}

/// [`qstrs_for_board`] from its inputs.
fn qstrs_for(
    runtime_src: &Path,
    runtime_cfgs: Option<&cfg::Cfgs>,
    user_srcs: &[PathBuf],
    builtin_modules: &[String],
) -> Result<(String, Vec<PathBuf>), Error> {
    let mut found = Found::default();
    let mut watched = Vec::new();
    let srcs = std::iter::once((runtime_src, runtime_cfgs)).chain(user_srcs.iter().map(|s| (s.as_path(), None)));
    for (src, cfgs) in srcs {
        let (more, files) = scan_dir_with(src, cfgs)?;
        found.merge(more);
        watched.push(src.to_path_buf());
        watched.extend(files);
    }
    let extra: Vec<&str> = builtin_modules.iter().map(String::as_str).collect();
    Ok((generate_qstrs(&found, &extra)?, watched))
}

#[cfg(test)]
mod tests;
