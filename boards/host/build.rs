//! Generates this board's module table and its frozen modules from its board.toml
//! (`MP_BOARD_TOML`), after checking the board file and its module crates; and chooses how
//! the interpreter is linked.

fn main() {
    freezer::board::build_script(freezer::board::Package::Board);
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os != "linux" || features.split(',').any(|f| f == "crt-static") {
        return;
    }
    if static_link_possible() {
        // Static programs (`micropython`, `mpy-cross`; `micropython-minimal` of
        // boards/host-minimal, which builds with this script too): no dynamic loader mapping
        // and relocating the C library at each start (`-c pass` 0.93 ms -> 0.59 ms).
        // `tools/host-linker` turns rustc's shared-library flags into static ones when it
        // sees `-static`.
        println!("cargo:rustc-link-arg-bins=-static");
    }
    // Either way a position-dependent executable: a dynamic loader has no relative
    // relocations to apply (7,000 of them were a fifth of `-c pass`).
    println!("cargo:rustc-link-arg-bins=-no-pie");
}

/// Whether the link goes through `tools/host-linker` (set for x86_64 Linux in
/// `.cargo/config.toml`) and the C compiler finds the static C library (`libc.a`, in
/// Debian's `libc6-dev`). Without either, the program is linked as rustc links it.
fn static_link_possible() -> bool {
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let wrapped = std::env::var("RUSTC_LINKER").is_ok_and(|l| l.ends_with("host-linker"));
    wrapped
        && std::process::Command::new("cc")
            .arg("-print-file-name=libc.a")
            .output()
            .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim().contains('/'))
}
