//! The module table of the board the fuzzed runtime is configured for (the workspace's
//! `.cargo/config.toml` names boards/host/board.toml) and its frozen modules, so fuzzed
//! code can import them.

fn main() {
    freezer::board::build_script(freezer::board::Package::Foreign);
}
