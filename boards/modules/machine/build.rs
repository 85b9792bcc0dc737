//! Reads the board's board.toml so the module compiles only when the board lists it
//! (`cfg(mp_user_module = "machine")`); unlisted, its names are not interned and it is empty.

fn main() {
    let board = config::load_from_env().unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    board.emit_cargo();
}
