//! The seed's `myport` module: `import myport; myport.info()`.
#![no_std]
use runtime::{mp_function, mp_module};

#[mp_module]
pub mod myport {
    use super::*;
    /// Print information about this port.
    #[mp_function]
    fn info() {
        runtime::mp_print!("info about my port\n");
    }
}
