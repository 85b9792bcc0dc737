//! The seed's `myport` module: `import myport; myport.info()`.
//!
//! Compiled only when the board's board.toml lists this crate under `[modules] user`.
#![no_std]
#[cfg(mp_user_module = "myport")]
use runtime::{mp_function, mp_module};

#[cfg(mp_user_module = "myport")]
#[mp_module]
pub mod myport {
    use super::*;
    /// Print information about this port.
    #[mp_function]
    fn info() {
        runtime::mp_print!("info about my port\n");
    }
}
