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
    // cortex-m-rt's `device` feature includes a device.x: the PAC's with `machine`; without
    // it src/main.rs defines the vectors, and the file names no handlers.
    if env::var_os("CARGO_FEATURE_MACHINE").is_none() {
        fs::write(out.join("device.x"), "/* The interrupt vectors: __INTERRUPTS in src/main.rs. */\n")
            .expect("write device.x to OUT_DIR");
    }
    println!("cargo:rerun-if-changed=build.rs");

    #[cfg(feature = "python")]
    freezer::board::build_script(freezer::board::Package::Board);
}
