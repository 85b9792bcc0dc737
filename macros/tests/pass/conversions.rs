// Every kind of argument, result and constant added for floats, buffers, tuples and
// errors; a submodule, `__getattr__` and `__init__`. Python names are convtest's (a test
// file is not scanned: its names must be in the board's qstr table).
use core::cell::Cell;
use runtime::convert::OsError;
use runtime::{mp_const, mp_function, mp_module, Exc, Obj};

pub enum MyError {
    Busy,
}

impl From<MyError> for Exc {
    fn from(_: MyError) -> Exc {
        OsError(16).into()
    }
}

#[mp_module(name = "convtest")]
pub mod rust_name {
    use super::*;

    #[mp_function(name = "scale", signature = (x, factor=2.5, *, offset=-1))]
    fn floats(x: f32, factor: f64, offset: f32) -> (f32, f64) {
        (x + offset, factor)
    }

    #[mp_function(name = "buf", signature = (data="abc", value=None))]
    fn buffers(data: &[u8], value: Option<&[Cell<u8>]>) -> Result<&'static [u8], OsError> {
        let _ = (data, value);
        Err(OsError(5))
    }

    #[mp_function(name = "swap")]
    fn tuples(a: (i32,), b: (u8, (bool, Option<&str>)), c: (Obj, i64, u64, f64)) -> Result<(i32, u8, Obj, f64), MyError> {
        let _ = (b, c.1, c.2);
        Ok((a.0, b.0, c.0, c.3))
    }

    #[mp_function]
    fn __init__() {}

    #[mp_function]
    fn __getattr__(name: Obj) -> Obj {
        name
    }

    #[mp_const(name = "I8_MIN")]
    const A: i8 = i8::MIN;
    #[mp_const(name = "U64_MAX")]
    const B: u64 = u64::MAX;
    #[mp_const(name = "PI")]
    const C: f64 = 3.25;
    #[mp_const(name = "DATA")]
    const D: &[u8] = b"\x00";
    #[mp_const(name = "NESTED")]
    const E: (u8, (f32, &[u8]), bool, (i64,)) = (7, (1.5, b"xy"), false, (-(1 << 40),));

    #[mp_module]
    pub mod sub {
        use super::*;

        #[mp_const(name = "DEPTH")]
        const DEPTH: usize = 1;
    }
}

fn main() {
    let _ = &rust_name::__MP_MODULE;
    let _ = &rust_name::sub::__MP_MODULE;
}
