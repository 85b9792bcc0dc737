//! The seed's minimal host port: `micropython-minimal`. The same command line and HAL as
//! the full host board (`boards/host/src`), with this board's configuration and modules.

#[path = "../../host/src/cli.rs"]
mod cli;
#[path = "../../host/src/hal.rs"]
mod hal;
#[path = "../../host/src/os.rs"]
mod os;

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

fn main() {
    cli::main(&MODULES)
}
