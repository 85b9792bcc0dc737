//! The module table of the board the fuzzed runtime is configured for (the workspace's
//! `.cargo/config.toml` names boards/host/board.toml) and its frozen modules, so fuzzed
//! code can import them.

fn main() {
    let board = config::load_from_env().unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    board.emit_cargo();
    let (code, files) = qstrgen::module_table(&board).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
    }
    // The board's frozen modules (asyncio on the host board), as its own build script does.
    let frozen = freezer::frozen_rs(&board, 64).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("modules.rs"), code + &frozen).expect("write modules.rs");
}
