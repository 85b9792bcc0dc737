//! Conversions between Rust values and Python objects, used by `#[mp_function]` thunks
//! for arguments (`FromObj`) and results (`IntoResult`), with MicroPython's messages.
//!
//! | Rust | from a Python argument | to a Python result |
//! |---|---|---|
//! | `i8`..`i64`, `isize`, `u8`..`u64`, `usize` | an int (or bool) in the type's range, else `OverflowError: overflow converting long int to machine word`; a non-int `TypeError: can't convert str to int` | an int (a long int past the small ints where the board has them, else `OverflowError`) |
//! | `f32`, `f64` (boards with floats) | a float, int or bool (`TypeError: can't convert str to float`) | a float at the board's precision |
//! | `bool` | any object, by its truth value | `True`/`False` |
//! | `&str` | a str (`TypeError: can't convert 'int' object to str implicitly`) | a new str |
//! | `&[u8]` | any object with the buffer protocol: bytes, bytearray, memoryview, array, str (`TypeError: object with buffer protocol required`) | a new bytes |
//! | `&[Cell<u8>]` | a writable buffer: bytearray, memoryview of one, array | - |
//! | `(A, B)`.. `(A, B, C, D)` | a tuple or list of that length (`ValueError: requested length 2 but object has length 3`) | a tuple |
//! | `Option<T>` | `None`, or what `T` takes | `None` for `None` |
//! | `Obj` | anything | itself |
//! | `()` | - | `None` |
//! | `Result<T, E>` with `E: Into<Exc>` | - | `T`'s, or raises `E` ([`OsError`], `Exc` itself, an author's error enum with `impl From<MyError> for Exc`) |
//!
//! Buffers are borrowed for the call, not copied. Why that is memory-safe: the bytes of
//! a bytes or str never change, and a bytearray's block is replaced, never freed, when it
//! grows ("Buffers and views" in docs/ARCHITECTURE.md), so a slice stays valid for the
//! whole call. A `&[u8]` of a *writable* buffer assumes nothing writes it during the call:
//! a function that also takes the same object as `&[Cell<u8>]`, or runs Python code that
//! stores into it, must take `&[Cell<u8>]` (which allows writes through other views) for
//! both. `&mut [u8]` is not offered: two arguments may be the same bytearray, and a
//! `&mut` must be unique.

use core::cell::Cell;

use crate::obj::exc::{self, Exc};
use crate::obj::{buffer, bytes, int, str as pystr, tuple, Obj};

/// A Rust value taken from a Python argument.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a Python function argument on this board",
    note = "arguments convert with `FromObj`: integers, f32/f64 (boards with floats), bool, &str, &[u8], &[Cell<u8>], tuples, Option<...>, Obj"
)]
pub trait FromObj: Sized {
    /// # Errors
    /// `TypeError` when the object is of the wrong type, `OverflowError` when out of range.
    fn from_obj(o: Obj) -> Result<Self, Exc>;
}

/// A Rust value (or `Result`) turned into a Python result.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a Python function's result on this board",
    note = "results convert with `IntoResult`: (), integers, f32/f64 (boards with floats), bool, &str, &[u8], tuples, Option<...>, Obj, Result<T, E> with E: Into<Exc>"
)]
pub trait IntoResult {
    /// # Errors
    /// The `Err` of a `Result`, or `MemoryError` allocating the object.
    fn into_result(self) -> Result<Obj, Exc>;
}

/// `OSError(errno)` as a Rust error: `Err(OsError(errno::EIO))` raises
/// `OSError: [Errno 5] EIO`, as MicroPython's `mp_raise_OSError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsError(pub i32);

impl From<OsError> for Exc {
    fn from(e: OsError) -> Exc {
        exc::os_error(e.0 as isize)
    }
}

/// The errno values MicroPython's `errno` module names (the same numbers as Linux).
pub mod errno {
    pub const EPERM: i32 = 1;
    pub const ENOENT: i32 = 2;
    pub const EIO: i32 = 5;
    pub const EBADF: i32 = 9;
    pub const EAGAIN: i32 = 11;
    pub const ENOMEM: i32 = 12;
    pub const EACCES: i32 = 13;
    pub const EEXIST: i32 = 17;
    pub const ENODEV: i32 = 19;
    pub const EISDIR: i32 = 21;
    pub const EINVAL: i32 = 22;
    pub const EOPNOTSUPP: i32 = 95;
    pub const ETIMEDOUT: i32 = 110;
}

impl FromObj for Obj {
    fn from_obj(o: Obj) -> Result<Self, Exc> {
        Ok(o)
    }
}

impl FromObj for bool {
    fn from_obj(o: Obj) -> Result<Self, Exc> {
        crate::obj::is_true(o)
    }
}

impl FromObj for &'static str {
    fn from_obj(o: Obj) -> Result<Self, Exc> {
        pystr::as_str(o)
            .ok_or_else(|| exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()]))
    }
}

impl FromObj for &'static [u8] {
    fn from_obj(o: Obj) -> Result<Self, Exc> {
        Ok(buffer::get_or_raise(o)?.bytes())
    }
}

impl FromObj for &'static [Cell<u8>] {
    fn from_obj(o: Obj) -> Result<Self, Exc> {
        buffer::get(o)
            .and_then(|b| b.cells())
            .ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))
    }
}

impl<T: FromObj> FromObj for Option<T> {
    fn from_obj(o: Obj) -> Result<Self, Exc> {
        if o == Obj::NONE {
            Ok(None)
        } else {
            T::from_obj(o).map(Some)
        }
    }
}

/// MicroPython's message for an int that does not fit the machine type asked for.
#[cold]
fn overflow_word() -> Exc {
    exc::new_msg(&exc::OVERFLOW_ERROR, msg!("overflow converting long int to machine word"))
}

/// The int `o` if it is in `min..=max` (one shared body for every signed width).
///
/// # Errors
/// `TypeError` for a non-int, `OverflowError` out of range.
#[inline(never)]
pub fn int_in(o: Obj, min: i64, max: i64) -> Result<i64, Exc> {
    let v = int::expect_i64(o)?;
    if min <= v && v <= max {
        Ok(v)
    } else {
        Err(overflow_word())
    }
}

/// The int `o` if it is in `0..=max` (one shared body for every unsigned width; above
/// `i64::MAX` from a long int).
///
/// # Errors
/// `TypeError` for a non-int, `OverflowError` out of range or negative.
#[inline(never)]
pub fn uint_in(o: Obj, max: u64) -> Result<u64, Exc> {
    let v = match int::as_i64(o) {
        Some(v) => u64::try_from(v).map_err(|_| overflow_word())?,
        None => big_u64(o)?,
    };
    if v <= max {
        Ok(v)
    } else {
        Err(overflow_word())
    }
}

/// A long int past `i64::MAX` as a `u64`, if it fits.
fn big_u64(o: Obj) -> Result<u64, Exc> {
    #[cfg(mp_longint = "mpz")]
    if let Some(p) = crate::obj::longint::parts(o) {
        return match p.mag() {
            [lo, hi] if !p.neg => Ok(u64::from(*lo) | u64::from(*hi) << 32),
            _ => Err(overflow_word()),
        };
    }
    // The errors of a non-int, or of an int past 64 bits.
    int::expect_i64(o).and(Err(overflow_word()))
}

macro_rules! signed_conv {
    ($($t:ty),*) => {$(
        impl FromObj for $t {
            // No inlined small-int fast path: the call into the shared body is the whole
            // conversion, which keeps each thunk small (the body tests small ints first).
            #[inline]
            fn from_obj(o: Obj) -> Result<Self, Exc> {
                Ok(int_in(o, <$t>::MIN as i64, <$t>::MAX as i64)? as $t)
            }
        }
    )*};
}

/// `i8`, `i16`, `u8`, `u16` results: always a small int (31 bits at least), no check.
macro_rules! narrow_result {
    ($($t:ty),*) => {$(
        impl IntoResult for $t {
            #[inline]
            fn into_result(self) -> Result<Obj, Exc> {
                Ok(Obj::small_int(self as isize))
            }
        }
    )*};
}

macro_rules! unsigned_conv {
    ($($t:ty),*) => {$(
        impl FromObj for $t {
            #[inline]
            fn from_obj(o: Obj) -> Result<Self, Exc> {
                Ok(uint_in(o, <$t>::MAX as u64)? as $t)
            }
        }
    )*};
}

macro_rules! unsigned_result {
    ($($t:ty),*) => {$(
        impl IntoResult for $t {
            #[inline]
            fn into_result(self) -> Result<Obj, Exc> {
                int::from_u64(self as u64)
            }
        }
    )*};
}

macro_rules! signed_result {
    ($($t:ty),*) => {$(
        impl IntoResult for $t {
            #[inline]
            fn into_result(self) -> Result<Obj, Exc> {
                int::from_i64(self as i64)
            }
        }
    )*};
}

signed_conv!(i8, i16, i32, i64, isize);
unsigned_conv!(u8, u16, u32, u64, usize);
narrow_result!(i8, i16, u8, u16);
signed_result!(i32, i64, isize);
unsigned_result!(u32, u64, usize);

#[cfg(not(mp_float = "none"))]
mod floats {
    use super::{Exc, FromObj, IntoResult, Obj};
    use crate::obj::float;

    // `Float` is the board's precision: one of these casts is a no-op on each board.
    #[allow(clippy::unnecessary_cast)]
    impl FromObj for f32 {
        fn from_obj(o: Obj) -> Result<Self, Exc> {
            Ok(float::expect(o)? as f32)
        }
    }

    // By bits: at single precision no `__aeabi_f2d`/`__aeabi_d2f` (see `float::to_f64_bits`).
    impl FromObj for f64 {
        fn from_obj(o: Obj) -> Result<Self, Exc> {
            Ok(f64::from_bits(float::to_f64_bits(float::expect(o)?)))
        }
    }

    #[allow(clippy::unnecessary_cast)]
    impl IntoResult for f32 {
        fn into_result(self) -> Result<Obj, Exc> {
            float::new(self as float::Float)
        }
    }

    impl IntoResult for f64 {
        fn into_result(self) -> Result<Obj, Exc> {
            float::new(float::from_f64_bits(self.to_bits()))
        }
    }
}

/// The `N` items of the tuple or list `o` (MicroPython's `mp_obj_get_array_fixed_n`).
///
/// # Errors
/// `TypeError: object 'int' isn't a tuple or list`, `ValueError: requested length 2 but
/// object has length 3`.
#[inline(never)]
pub fn fixed_items(o: Obj, out: &mut [Obj]) -> Result<(), Exc> {
    let n = if let Some(items) = tuple::as_slice(o) {
        if items.len() == out.len() {
            out.copy_from_slice(items);
        }
        items.len()
    } else if let Some(l) = o.downcast::<crate::obj::list::ListObj>() {
        let n = l.len();
        if n == out.len() {
            for (i, slot) in out.iter_mut().enumerate() {
                *slot = l.get(i).unwrap_or(Obj::NONE);
            }
        }
        n
    } else {
        return Err(exc::type_error_fmt(msg!("object '{}' isn't a tuple or list"), &[o.ty().name()]));
    };
    if n == out.len() {
        return Ok(());
    }
    let (mut a, mut b) = ([0u8; 24], [0u8; 24]);
    let want = crate::print::int_str(out.len() as i64, &mut a);
    let got = crate::print::int_str(n as i64, &mut b);
    Err(exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("requested length {} but object has length {}"), &[want, got]))
}

macro_rules! tuple_conv {
    ($n:literal: $($name:ident $i:tt),*) => {
        impl<$($name: FromObj),*> FromObj for ($($name,)*) {
            fn from_obj(o: Obj) -> Result<Self, Exc> {
                let mut items = [Obj::NONE; $n];
                fixed_items(o, &mut items)?;
                Ok(($($name::from_obj(items[$i])?,)*))
            }
        }
        impl<$($name: IntoResult),*> IntoResult for ($($name,)*) {
            fn into_result(self) -> Result<Obj, Exc> {
                let items = [$(self.$i.into_result()?),*];
                tuple::new(&items)
            }
        }
    };
}

tuple_conv!(1: A 0);
tuple_conv!(2: A 0, B 1);
tuple_conv!(3: A 0, B 1, C 2);
tuple_conv!(4: A 0, B 1, C 2, D 3);

impl IntoResult for () {
    fn into_result(self) -> Result<Obj, Exc> {
        Ok(Obj::NONE)
    }
}

impl IntoResult for Obj {
    fn into_result(self) -> Result<Obj, Exc> {
        Ok(self)
    }
}

impl IntoResult for bool {
    fn into_result(self) -> Result<Obj, Exc> {
        Ok(Obj::from_bool(self))
    }
}

impl IntoResult for &str {
    fn into_result(self) -> Result<Obj, Exc> {
        pystr::new_str(self)
    }
}

impl IntoResult for &[u8] {
    fn into_result(self) -> Result<Obj, Exc> {
        bytes::from_slice(self)
    }
}

impl<T: IntoResult> IntoResult for Option<T> {
    fn into_result(self) -> Result<Obj, Exc> {
        match self {
            Some(v) => v.into_result(),
            None => Ok(Obj::NONE),
        }
    }
}

impl<T: IntoResult, E: Into<Exc>> IntoResult for Result<T, E> {
    fn into_result(self) -> Result<Obj, Exc> {
        match self {
            Ok(v) => v.into_result(),
            Err(e) => Err(e.into()),
        }
    }
}
