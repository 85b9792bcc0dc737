//! The support surface the `#[mp_module]` macro's generated code names, by absolute path
//! (`::runtime::__private::...`). Not a public API: it may change with the macro.

pub use crate::convert::{FromObj, IntoResult};
pub use crate::obj::class::{PropertyObj, WrapperObj, CLASSMETHOD_TYPE, PROPERTY_TYPE, STATICMETHOD_TYPE};
pub use crate::obj::dict::{sort_entries, RomDict, RomEntry};
pub use crate::obj::exc::Exc;
pub use crate::obj::exc::{
    ARITHMETIC_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BASE_EXCEPTION, EOF_ERROR, EXCEPTION, IMPORT_ERROR,
    INDEX_ERROR, KEY_ERROR, LOOKUP_ERROR, MEMORY_ERROR, NAME_ERROR, NOT_IMPLEMENTED_ERROR, OS_ERROR, OVERFLOW_ERROR,
    RUNTIME_ERROR, STOP_ITERATION, TYPE_ERROR, UNICODE_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR,
};
pub use crate::obj::fun::{ArgSpec, NativeFn, MAX_SPEC_SLOTS};
pub use crate::obj::module::{Module, ModuleMap};
pub use crate::obj::native_class::{self as native, NativeClass, NativeType};
pub use crate::obj::str::StrObj;
pub use crate::obj::{Obj, ObjBase, Type};
pub use phf;

/// Version of this surface; the macro checks it at compile time.
pub const VERSION: u32 = 1;

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

/// Error for a thunk called with the wrong number of arguments (the runtime checks
/// counts first, so this is a safety net, not a message users normally see).
#[cold]
pub fn arg_count(expected: usize, given: usize) -> Exc {
    crate::obj::exc::arg_count(expected, given)
}
