//! The seed's `myport` module: `import myport; myport.info()`, plus two functions that
//! take keyword arguments and defaults (`signature = (...)`).
//!
//! A board adds it with two lines that its build checks against each other: `myport =
//! "../modules/myport"` under `[modules] user` in board.toml and `myport = { path =
//! "../modules/myport" }` under `[dependencies]` in Cargo.toml.
#![no_std]
use runtime::{mp_function, mp_module, Exc, Obj};

#[mp_module]
pub mod myport {
    use super::*;
    /// Print information about this port.
    #[mp_function]
    fn info() {
        runtime::mp_print!("info about my port\n");
    }

    /// `add(a, b=1, *, scale=1)`: `(a + b) * scale`.
    #[mp_function(signature = (a, b=1, *, scale=1))]
    fn add(a: i64, b: i64, scale: i64) -> Result<i64, Exc> {
        a.checked_add(b).and_then(|sum| sum.checked_mul(scale)).ok_or_else(runtime::exc::overflow)
    }

    /// `pin(n, /, value=None, *args, pull="up", **opts)`: how the arguments bound, as
    /// `((n, value), args, (pull, opts))`.
    #[mp_function(signature = (n, /, value=None, *args, pull="up", **opts))]
    fn pin(n: i32, value: Option<i32>, args: Obj, pull: &str, opts: Obj) -> ((i32, Option<i32>), Obj, (&str, Obj)) {
        ((n, value), args, (pull, opts))
    }
}
