//! The support surface the `#[mp_module]` macro's generated code names, by absolute path
//! (`::runtime::__private::...`). Not a public API: it may change with the macro.

pub use crate::convert::{FromObj, IntoResult};
pub use crate::obj::bytes::BytesObj;
pub use crate::obj::class::{PropertyObj, WrapperObj, CLASSMETHOD_TYPE, PROPERTY_TYPE, STATICMETHOD_TYPE};
pub use crate::obj::dict::{sort_entries, RomDict, RomEntry};
pub use crate::obj::exc::Exc;
pub use crate::obj::exc::{
    ARITHMETIC_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BASE_EXCEPTION, EOF_ERROR, EXCEPTION, IMPORT_ERROR,
    INDEX_ERROR, KEY_ERROR, LOOKUP_ERROR, MEMORY_ERROR, NAME_ERROR, NOT_IMPLEMENTED_ERROR, OS_ERROR, OVERFLOW_ERROR,
    RUNTIME_ERROR, STOP_ITERATION, TYPE_ERROR, UNICODE_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR,
};
pub use crate::obj::fun::{ArgSpec, NativeFn, NativeSpecFn, MAX_SPEC_SLOTS};
pub use crate::obj::module::{Module, ModuleMap};
pub use crate::obj::native_class::{self as native, ClassType, NativeClass, NativeType, RomObj};
pub use crate::obj::str::StrObj;
pub use crate::obj::tuple::RomTuple;
pub use crate::obj::{type_flags, Obj, ObjBase, Type, TypeExt};

/// Version of this surface; the macro checks it at compile time.
pub const VERSION: u32 = 2;

// ---------------------------------------------------------------------------------------
// Constants in ROM whose representation depends on the board: ints past the small ints
// and floats. The macro writes `static X: BigConst = big_const(v, &DIGITS)` beside every
// int constant and names it only through `int_obj`, which picks the small int when the
// value fits; the unreferenced static is then dropped by the linker.

/// Whether `v` is a small int on this board.
const fn fits_small(v: i128) -> bool {
    v >= i64::MIN as i128 && v <= i64::MAX as i128 && Obj::fits_small_int(v as i64)
}

/// The magnitude of `v` as four 32-bit digits, least significant first.
pub const fn big_digits(v: i128) -> [u32; 4] {
    let m = v.unsigned_abs();
    [m as u32, (m >> 32) as u32, (m >> 64) as u32, (m >> 96) as u32]
}

/// A ROM long int.
#[cfg(mp_longint = "mpz")]
pub type BigConst = crate::obj::longint::LongObj;

/// The ROM long int of `v` (its digits in `digits`, from [`big_digits`]).
#[cfg(mp_longint = "mpz")]
pub const fn big_const(v: i128, digits: &'static [u32; 4]) -> BigConst {
    let mut n = 4;
    while n > 0 && digits[n - 1] == 0 {
        n -= 1;
    }
    let base = crate::obj::repr::ObjBase::new(&crate::obj::int::INT_TYPE);
    BigConst { base, neg: v < 0, digits: digits.split_at(n).0 }
}

/// A ROM 64-bit int.
#[cfg(mp_longint = "longlong")]
pub type BigConst = crate::obj::int::LongLongObj;

/// The ROM 64-bit int of `v`.
#[cfg(mp_longint = "longlong")]
pub const fn big_const(v: i128, _digits: &'static [u32; 4]) -> BigConst {
    assert!(v >= i64::MIN as i128 && v <= i64::MAX as i128, "an int constant past 64 bits needs longint = \"mpz\"");
    BigConst { base: crate::obj::repr::ObjBase::new(&crate::obj::int::INT_TYPE), value: v as i64 }
}

/// Nothing: a board without long ints.
#[cfg(mp_longint = "none")]
pub struct BigConst;

/// Fails the build for a value past the small ints.
#[cfg(mp_longint = "none")]
pub const fn big_const(v: i128, _digits: &'static [u32; 4]) -> BigConst {
    assert!(
        fits_small(v),
        "an int constant beyond the small ints needs a board with long ints (board.toml longint = \"mpz\" or \"longlong\")"
    );
    BigConst
}

/// The `Obj` of the int constant `v`: a small int, or `big` (built from `v`).
#[cfg(not(mp_longint = "none"))]
pub const fn int_obj(v: i128, big: &'static BigConst) -> Obj {
    if fits_small(v) {
        Obj::small_int(v as isize)
    } else {
        Obj::from_static(big)
    }
}

/// The `Obj` of the int constant `v` (a small int: `big_const` checked it).
#[cfg(mp_longint = "none")]
pub const fn int_obj(v: i128, _big: &'static BigConst) -> Obj {
    Obj::small_int(v as isize)
}

/// A ROM float at the board's precision.
#[cfg(not(mp_float = "none"))]
pub type FloatConst = crate::obj::float::FloatObj;

/// The ROM float of `v`, rounded to the board's precision.
#[cfg(not(mp_float = "none"))]
pub const fn float_const(v: f64) -> FloatConst {
    let base = crate::obj::repr::ObjBase::new(&crate::obj::float::FLOAT_TYPE);
    FloatConst { base, value: v as crate::obj::float::Float }
}

/// The `Obj` of a ROM float.
#[cfg(not(mp_float = "none"))]
pub const fn float_obj(f: &'static FloatConst) -> Obj {
    Obj::from_static(f)
}

/// Nothing: a board without floats.
#[cfg(mp_float = "none")]
pub struct FloatConst;

/// Fails the build: float constants and defaults need floats.
#[cfg(mp_float = "none")]
pub const fn float_const(_v: f64) -> FloatConst {
    panic!("float constants and defaults need a board with floats (board.toml float = \"float\" or \"double\")")
}

/// Never called with a value (`float_const` fails the build first).
#[cfg(mp_float = "none")]
pub const fn float_obj(_f: &'static FloatConst) -> Obj {
    Obj::NONE
}

/// `Some(doc)` when the board keeps doc strings, else `None` (the text is not linked).
#[cfg(mp_feature = "doc_strings")]
#[macro_export]
#[doc(hidden)]
macro_rules! __mp_doc {
    ($s:literal) => {
        ::core::option::Option::Some($s)
    };
}

/// `Some(doc)` when the board keeps doc strings, else `None` (the text is not linked).
#[cfg(not(mp_feature = "doc_strings"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __mp_doc {
    ($s:literal) => {
        ::core::option::Option::None
    };
}

/// A module's or class's `__doc__` value: the text as a ROM str when the board keeps doc
/// strings, else None (the text is not linked).
#[cfg(mp_feature = "doc_strings")]
#[macro_export]
#[doc(hidden)]
macro_rules! __mp_doc_obj {
    ($s:literal) => {{
        static DOC: $crate::__private::StrObj = $crate::__private::StrObj::rom($s);
        $crate::__private::Obj::from_static(&DOC)
    }};
}

/// A module's or class's `__doc__` value: the text as a ROM str when the board keeps doc
/// strings, else None (the text is not linked).
#[cfg(not(mp_feature = "doc_strings"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __mp_doc_obj {
    ($s:literal) => {
        $crate::__private::Obj::NONE
    };
}

/// Error for a thunk called with the wrong number of arguments (the runtime checks
/// counts first, so this is a safety net, not a message users normally see).
#[cold]
pub fn arg_count(expected: usize, given: usize) -> Exc {
    crate::obj::exc::arg_count(expected, given)
}
