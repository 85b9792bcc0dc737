//! A test-only module for `tests/native_fn`: every argument conversion (`FromObj`) and
//! result conversion (`IntoResult`) of `#[mp_function]`, every kind of `#[mp_const]`, a
//! submodule, a module-level `__getattr__` and `__init__`. Each function hands its
//! argument back (or a small function of it) so the tests see what the conversion made.
//!
//! A board adds it with `convtest = "../modules/convtest"` under `[modules] user` in
//! board.toml and `convtest = { path = "../modules/convtest" }` under `[dependencies]` in
//! Cargo.toml (the host board does; the STM32F4 firmware's configurations share one
//! Cargo.toml, whose module crates every configuration must list, so it does not).
#![no_std]

use runtime::{mp_const, mp_function, mp_module, Exc, Obj};

/// An error enum of the kind a driver has, raised as Python exceptions through
/// `impl From<SensorError> for Exc`.
pub enum SensorError {
    NotReady,
    Bus(runtime::convert::OsError),
    BadChannel,
}

impl From<SensorError> for Exc {
    fn from(e: SensorError) -> Exc {
        match e {
            SensorError::NotReady => {
                runtime::exc::new_msg(&runtime::exc::RUNTIME_ERROR, runtime::msg!("sensor not ready"))
            }
            SensorError::Bus(os) => os.into(),
            SensorError::BadChannel => runtime::exc::value_error(runtime::msg!("bad channel")),
        }
    }
}

/// Hand-written `NativeFn`s doing what three of the macro's functions do (`i32`, `swap`,
/// `scale`): the code `#[mp_function]` replaces, kept to compare flash sizes
/// (`nm --size-sort` on the firmware: `hand::*_fn` against `__mp_thunk_*`) and behaviour
/// (tests/native_fn/hand_written.py).
pub mod hand {
    use runtime::exc;
    use runtime::obj::fun::{ArgSpec, NativeFn, NativeSpecFn};
    use runtime::obj::{float, int, str as pystr, tuple};
    use runtime::{qstr, Exc, Obj};

    fn overflow() -> Exc {
        exc::new_msg(&exc::OVERFLOW_ERROR, runtime::msg!("overflow converting long int to machine word"))
    }

    fn to_i32(o: Obj) -> Result<i32, Exc> {
        i32::try_from(int::expect_i64(o)?).map_err(|_| overflow())
    }

    pub static I32: NativeFn = NativeFn::new(qstr!("i32"), 1, 1, i32_fn);

    fn i32_fn(args: &[Obj]) -> Result<Obj, Exc> {
        int::from_i64(i64::from(to_i32(args[0])?))
    }

    pub static SWAP: NativeFn = NativeFn::new(qstr!("swap"), 1, 1, swap_fn);

    fn swap_fn(args: &[Obj]) -> Result<Obj, Exc> {
        let mut items = [Obj::NONE; 2];
        runtime::convert::fixed_items(args[0], &mut items)?;
        let n = to_i32(items[0])?;
        let s = pystr::as_str(items[1]).ok_or_else(|| {
            exc::type_error_fmt(runtime::msg!("can't convert '{}' object to str implicitly"), &[items[1].ty().name()])
        })?;
        tuple::new(&[pystr::new_str(s)?, int::from_i64(i64::from(n))?])
    }

    static FACTOR: float::FloatObj =
        float::FloatObj { base: runtime::obj::repr::ObjBase::new(&float::FLOAT_TYPE), value: 2.5 };
    static SCALE_SPEC: ArgSpec = ArgSpec {
        names: &[qstr!("x"), qstr!("factor"), qstr!("offset")],
        defaults: &[Obj::NULL, Obj::from_static(&FACTOR), Obj::small_int(-1)],
        n_pos: 2,
        varargs: false,
        varkw: false,
    };
    pub static SCALE: NativeSpecFn = NativeSpecFn::new(qstr!("scale"), &SCALE_SPEC, scale_fn);

    #[allow(clippy::unnecessary_cast)]
    fn scale_fn(args: &[Obj]) -> Result<Obj, Exc> {
        let x = float::expect(args[0])? as f64;
        let factor = float::expect(args[1])? as f64;
        let offset = float::expect(args[2])? as f32;
        float::new((x * factor + offset as f64) as float::Float)
    }
}

/// How many times `convtest.__init__` ran.
static INITS: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

/// Conversion tests.
#[mp_module]
pub mod convtest {
    use super::*;
    use core::cell::Cell;
    use core::sync::atomic::Ordering;
    use runtime::convert::{errno, OsError};

    // Ints of every width: each returns its argument.
    #[mp_function(name = "i8")]
    fn to_i8(v: i8) -> i8 {
        v
    }
    #[mp_function(name = "i16")]
    fn to_i16(v: i16) -> i16 {
        v
    }
    #[mp_function(name = "i32")]
    fn to_i32(v: i32) -> i32 {
        v
    }
    #[mp_function(name = "i64")]
    fn to_i64(v: i64) -> i64 {
        v
    }
    #[mp_function(name = "isize")]
    fn to_isize(v: isize) -> isize {
        v
    }
    #[mp_function(name = "u8")]
    fn to_u8(v: u8) -> u8 {
        v
    }
    #[mp_function(name = "u16")]
    fn to_u16(v: u16) -> u16 {
        v
    }
    #[mp_function(name = "u32")]
    fn to_u32(v: u32) -> u32 {
        v
    }
    #[mp_function(name = "u64")]
    fn to_u64(v: u64) -> u64 {
        v
    }
    #[mp_function(name = "usize")]
    fn to_usize(v: usize) -> usize {
        v
    }

    // Floats at the board's precision.
    #[mp_function(name = "f32")]
    fn to_f32(v: f32) -> f32 {
        v
    }
    #[mp_function(name = "f64")]
    fn to_f64(v: f64) -> f64 {
        v
    }

    /// `scale(x, factor=2.5)`: a float default.
    #[mp_function(signature = (x, factor=2.5, *, offset=-1))]
    fn scale(x: f64, factor: f64, offset: f32) -> f64 {
        x * factor + offset as f64
    }

    #[mp_function]
    fn truth(v: bool) -> bool {
        v
    }

    #[mp_function]
    fn text(s: &str) -> (&str, usize) {
        (s, s.len())
    }

    /// The bytes of any buffer, copied into a new bytes object, and its length.
    #[mp_function]
    fn buf(b: &[u8]) -> (&[u8], usize) {
        (b, b.len())
    }

    /// `fill(buf, value)`: writes `value` into every byte of a writable buffer.
    #[mp_function(signature = (buf, value=0))]
    fn fill(buf: &[Cell<u8>], value: u8) -> usize {
        for b in buf {
            b.set(value);
        }
        buf.len()
    }

    /// `checksum(data=b"")`: the sum of the bytes (a str default has a buffer too).
    #[mp_function(signature = (data="abc"))]
    fn checksum(data: &[u8]) -> u32 {
        data.iter().map(|&b| u32::from(b)).sum()
    }

    /// `swap((a, b))`: `(b, a)`; the argument may be a tuple or a list.
    #[mp_function]
    fn swap(pair: (i32, &str)) -> (&str, i32) {
        (pair.1, pair.0)
    }

    #[mp_function]
    fn nested(t: (u8, (bool, Option<f32>))) -> (u8, bool, Option<f32>) {
        (t.0, (t.1).0, (t.1).1)
    }

    #[mp_function]
    fn single(t: (i32,)) -> (i32,) {
        t
    }

    #[mp_function]
    fn maybe(v: Option<i32>) -> Option<i32> {
        v.map(|v| v * 2)
    }

    #[mp_function]
    fn ident(o: Obj) -> Obj {
        o
    }

    #[mp_function]
    fn nothing() {}

    /// The extremes of each width as results (long ints where the board has them).
    #[mp_function]
    fn extremes() -> (i64, u64, (i32, u32)) {
        (i64::MIN, u64::MAX, (i32::MIN, u32::MAX))
    }

    // Results that raise.

    /// `oserror(errno)`: `Err(OsError(errno))`.
    #[mp_function]
    fn oserror(code: i32) -> Result<(), OsError> {
        Err(OsError(code))
    }

    /// `eio()`: `OSError: [Errno 5] EIO` through `?` in a function returning `Exc`.
    #[mp_function]
    fn eio() -> Result<i32, Exc> {
        let r: Result<i32, OsError> = Err(OsError(errno::EIO));
        Ok(r?)
    }

    /// `read(channel)`: an author's error enum.
    #[mp_function]
    fn read(channel: i32) -> Result<i32, SensorError> {
        match channel {
            0 => Ok(1234),
            1 => Err(SensorError::NotReady),
            2 => Err(SensorError::Bus(OsError(errno::ETIMEDOUT))),
            _ => Err(SensorError::BadChannel),
        }
    }

    /// The hand-written twins of `i32`, `swap` and `scale` (see `hand`).
    #[mp_function]
    fn hand_written() -> (Obj, Obj, Obj) {
        (Obj::from_static(&hand::I32), Obj::from_static(&hand::SWAP), Obj::from_static(&hand::SCALE))
    }

    #[mp_function]
    fn inits() -> u32 {
        INITS.load(Ordering::Relaxed)
    }

    /// Runs once, on the first `import convtest`.
    #[mp_function]
    fn __init__() {
        INITS.fetch_add(1, Ordering::Relaxed);
    }

    /// Answers for attributes the module does not have: `lazy_*` names.
    #[mp_function]
    fn __getattr__(name: &str) -> Result<Obj, Exc> {
        match name.strip_prefix("lazy_") {
            Some(rest) => Ok(Obj::small_int(rest.len() as isize)),
            None => Err(runtime::exc::new_msg(&runtime::exc::ATTRIBUTE_ERROR, runtime::msg!("no lazy attribute"))),
        }
    }

    // Constants of every kind.
    #[mp_const]
    const I8_MIN: i8 = i8::MIN;
    #[mp_const]
    const U16_MAX: u16 = u16::MAX;
    #[mp_const]
    const I32_MIN: i32 = i32::MIN;
    #[mp_const]
    const BIG: i64 = 1 << 40;
    #[mp_const]
    const I64_MIN: i64 = i64::MIN;
    #[mp_const]
    const U64_MAX: u64 = u64::MAX;
    #[mp_const]
    const USIZE_ONE: usize = 1;
    #[mp_const]
    const HALF: f32 = 0.5;
    #[mp_const]
    const PI: f64 = core::f64::consts::PI;
    #[mp_const]
    const FLAG: bool = true;
    #[mp_const]
    const NAME: &str = "convtest";
    #[mp_const]
    const DATA: &[u8] = b"\x00\x01ab";
    #[mp_const]
    const PAIR: (i32, &str) = (1, "one");
    #[mp_const]
    const NESTED: (u8, (f32, &[u8]), bool, (i64,)) = (7, (1.5, b"xy"), false, (-(1 << 40),));

    /// A submodule: `import convtest.sub`, `convtest.sub`.
    #[mp_module]
    pub mod sub {
        use super::*;

        #[mp_function]
        fn hello() -> &'static str {
            "hello from convtest.sub"
        }

        #[mp_const]
        const DEPTH: i32 = 1;

        /// Nested twice: `convtest.sub.deeper`.
        #[mp_module]
        pub mod deeper {
            use super::*;

            #[mp_const]
            const DEPTH: i32 = 2;
        }
    }
}
