//! Generates this board's module table and its frozen modules from its board.toml
//! (`MP_BOARD_TOML`), after checking the board file and its module crates.

fn main() {
    freezer::board::build_script(freezer::board::Package::Board);
}
