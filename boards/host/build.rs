//! Generates this board's module table and its frozen modules from its board.toml
//! (`MP_BOARD_TOML`), after checking the board file and its module crates.

fn main() {
    freezer::board::build_script(freezer::board::Package::Board);
    // A position-dependent executable: the dynamic loader has no relative relocations to
    // apply (7,000 of them were a fifth of `-c pass`). Not with `+crt-static`, whose
    // start-up code expects a static PIE.
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" && !features.split(',').any(|f| f == "crt-static") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
