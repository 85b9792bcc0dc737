//! Puts memory.x on the linker's search path (cortex-m-rt's link.x includes it) and, with
//! the `python` feature, generates the board's module table from board.toml
//! (`MP_BOARD_TOML`, set in .cargo/config.toml) into `OUT_DIR/modules.rs`.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy("memory.x", out.join("memory.x")).expect("copy memory.x to OUT_DIR");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=build.rs");

    #[cfg(feature = "python")]
    modules(&out);
}

#[cfg(feature = "python")]
fn modules(out: &std::path::Path) {
    let board = match config::load_from_env() {
        Ok(board) => board,
        Err(e) => {
            eprintln!("error: board configuration: {e}");
            std::process::exit(1);
        }
    };
    let dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    if let Err(e) = board.check_belongs_to(&dir) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    board.emit_cargo();
    let (code, files) = match qstrgen::module_table(&board) {
        Ok(table) => table,
        Err(e) => {
            eprintln!("error: module table: {e}");
            std::process::exit(1);
        }
    };
    // The frozen modules' statics go next to the table that names them.
    let bits = env::var("CARGO_CFG_TARGET_POINTER_WIDTH").ok().and_then(|b| b.parse().ok()).unwrap_or(32);
    let frozen = match freezer::frozen_rs(&board, bits) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    fs::write(out.join("modules.rs"), code + &frozen).expect("write OUT_DIR/modules.rs");
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
}
