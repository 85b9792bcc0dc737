// Every kind of parameter, result and constant, type-checked against the real runtime.
// Python names must be ones the board's qstr table has (the module crates' and the
// runtime's): a test file is not scanned.
use runtime::{mp_const, mp_function, mp_module, Exc, Obj};

/// Module docs.
#[mp_module(name = "myport")]
pub mod rust_name {
    use super::*;

    /// Function docs.
    #[mp_function]
    fn info(a: i32, b: bool, s: &str, o: Obj, n: Option<u64>, m: Option<&'static str>) -> Result<Option<i32>, Exc> {
        let _ = (b, s, o, n, m);
        Ok(Some(a))
    }

    #[mp_function(name = "exit")]
    fn ints(a: i8, b: i16, c: i64, d: isize, e: u8, f: u16, g: u32, h: usize) -> (i64, u64) {
        (a as i64 + b as i64 + c + d as i64, e as u64 + f as u64 + g as u64 + h as u64)
    }

    #[mp_function(name = "version")]
    fn all_optional(a: Option<runtime::Obj>, b: Option<bool>) -> Obj {
        let _ = b;
        a.unwrap_or(Obj::NONE)
    }

    /// `signature = (...)`: positional-only, defaults of every kind, `*args`, keyword-only,
    /// `**kwargs`.
    #[mp_function(name = "add", signature = (a, /, b=-3, *args, scale=True, **opts))]
    fn with_signature(a: u8, b: Option<i16>, args: Obj, scale: bool, opts: runtime::Obj) -> Obj {
        let _ = (a, b, scale, opts);
        args
    }

    #[mp_function(name = "pin", signature = (n, value="up", *, pull=None, args=0))]
    fn keyword_only(n: Obj, value: &str, pull: Option<&'static str>, args: i32) -> Result<(), Exc> {
        let _ = (n, value, pull, args);
        Ok(())
    }

    #[mp_const(name = "platform")]
    const PLATFORM: &str = "test";

    #[mp_const(name = "maxsize")]
    const MAXSIZE: u32 = 1 << 20;

    #[mp_const(name = "implementation")]
    const FLAG: bool = true;
}

fn main() {
    let _ = &rust_name::__MP_MODULE;
}
