//! The full host port, MicroPython's unix port (standard variant): `micropython`.
//! The command line is in `cli.rs`, the terminal and files in `hal.rs`; both are shared
//! with the seed's minimal host board (`boards/host-minimal`).

mod cli;
mod hal;
mod os;

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

fn main() {
    cli::main(&MODULES)
}
