//! Reads the board's `board.toml` (named by `MP_BOARD_TOML`), turns it into cfgs and
//! constants, and generates the interned-name table from the runtime's sources and the
//! module crates the board lists.

use std::path::PathBuf;

fn main() {
    let board = config::load_from_env().unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    board.emit_cargo();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let consts = board.constants_rs();
    std::fs::write(out.join("config.rs"), consts).expect("write config.rs");
    let (code, files) = qstrgen::qstrs_for_board(&board, &manifest.join("src")).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
    }
    println!("cargo::rerun-if-changed=src");
    std::fs::write(out.join("qstrs.rs"), code).expect("write qstrs.rs");
}
