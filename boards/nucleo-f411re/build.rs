//! Puts memory.x on the linker's search path (cortex-m-rt's link.x includes it) and
//! generates the board's module table from board.toml (`MP_BOARD_TOML`, set in
//! .cargo/config.toml) into `OUT_DIR/modules.rs`.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy("memory.x", out.join("memory.x")).expect("copy memory.x to OUT_DIR");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=build.rs");
    freezer::board::build_script(freezer::board::Package::Board);
}
