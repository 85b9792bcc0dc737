use core::cell::Cell;
use runtime::{mp_const, mp_function, mp_module, Exc, Obj};

/// Every kind of argument, result and constant; a submodule, `__getattr__` and `__init__`.
#[mp_module]
pub mod conv {
    use super::*;

    #[mp_function(signature = (x, data, out, pair, factor=2.5))]
    fn convert(x: f32, data: &[u8], out: &[Cell<u8>], pair: (u8, Option<&str>), factor: f64) -> (f64, usize) {
        let _ = (data, out, pair);
        (x as f64 * factor, data.len())
    }

    #[mp_function]
    fn fail(code: i32) -> Result<(), runtime::convert::OsError> {
        Err(runtime::convert::OsError(code))
    }

    #[mp_function]
    fn __init__() {}

    #[mp_function]
    fn __getattr__(name: &str) -> Result<Obj, Exc> {
        let _ = name;
        Ok(Obj::NONE)
    }

    #[mp_const]
    const SMALL: u8 = 255;
    #[mp_const]
    const WIDE: u64 = u64::MAX;
    #[mp_const]
    const RATIO: f32 = 0.5;
    #[mp_const]
    const DATA: &[u8] = b"\x00\x01";
    #[mp_const]
    const PAIR: (i32, (&str, bool)) = (1, ("one", true));

    /// A submodule: `conv.sub`.
    #[mp_module]
    pub mod sub {
        use super::*;

        #[mp_const]
        const DEPTH: i32 = 1;
    }
}
