//! Generates this board's module table and its frozen modules from its board.toml
//! (`MP_BOARD_TOML`).

use std::path::PathBuf;

fn main() {
    let board = config::load_from_env().unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    if let Err(e) = board.check_belongs_to(&dir) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    board.emit_cargo();
    let (code, files) = qstrgen::module_table(&board).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
    }
    // The frozen modules' statics go next to the table that names them.
    let bits = std::env::var("CARGO_CFG_TARGET_POINTER_WIDTH").ok().and_then(|b| b.parse().ok()).unwrap_or(64);
    let frozen = freezer::frozen_rs(&board, bits).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("modules.rs"), code + &frozen).expect("write modules.rs");
}
