//! Conversions between Rust values and Python objects, used by `#[mp_function]` thunks
//! for arguments (`FromObj`) and results (`IntoResult`).

use crate::obj::exc::{self, Exc};
use crate::obj::{int, str as pystr, tuple, Obj};

/// A Rust value taken from a Python argument.
pub trait FromObj: Sized {
    /// # Errors
    /// `TypeError` when the object is of the wrong type, `OverflowError` when out of range.
    fn from_obj(o: Obj) -> Result<Self, Exc>;
}

/// A Rust value (or `Result`) turned into a Python result.
pub trait IntoResult {
    /// # Errors
    /// The `Err` of a `Result`, or `MemoryError` allocating the object.
    fn into_result(self) -> Result<Obj, Exc>;
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
            .ok_or_else(|| exc::type_error_fmt("can't convert '", o.ty().name(), "' object to str implicitly"))
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

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl FromObj for $t {
            fn from_obj(o: Obj) -> Result<Self, Exc> {
                let v = int::expect_i64(o)?;
                <$t>::try_from(v).map_err(|_| exc::new_msg(&exc::OVERFLOW_ERROR, "overflow converting int"))
            }
        }
        impl IntoResult for $t {
            fn into_result(self) -> Result<Obj, Exc> {
                match i64::try_from(self) {
                    Ok(v) => int::from_i64(v),
                    Err(_) => Err(exc::overflow()),
                }
            }
        }
    )*};
}

int_conv!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

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

impl<T: IntoResult> IntoResult for Option<T> {
    fn into_result(self) -> Result<Obj, Exc> {
        match self {
            Some(v) => v.into_result(),
            None => Ok(Obj::NONE),
        }
    }
}

impl<A: IntoResult, B: IntoResult> IntoResult for (A, B) {
    fn into_result(self) -> Result<Obj, Exc> {
        let a = self.0.into_result()?;
        let b = self.1.into_result()?;
        tuple::new(&[a, b])
    }
}

impl<A: IntoResult, B: IntoResult, C: IntoResult> IntoResult for (A, B, C) {
    fn into_result(self) -> Result<Obj, Exc> {
        let a = self.0.into_result()?;
        let b = self.1.into_result()?;
        let c = self.2.into_result()?;
        tuple::new(&[a, b, c])
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
