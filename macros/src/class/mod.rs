//! `#[mp_class]`, `#[mp_methods]` and `#[mp_exception]` inside an `#[mp_module]`: Rust
//! structs as Python classes, and exception types declared in Rust.
//!
//! ```ignore
//! #[mp_class]                       // or #[mp_class(name = "PyName")]
//! pub struct Counter { value: i64 }
//!
//! #[mp_methods]
//! impl Counter {
//!     #[new]
//!     #[mp_function(signature = (start=0))]
//!     fn new(start: i64) -> Counter { Counter { value: start } }
//!     #[mp_function]
//!     fn incr(&mut self) -> i64 { self.value += 1; self.value }
//!     #[getter]
//!     #[mp_function]
//!     fn value(&self) -> i64 { self.value }
//!     #[mp_function]
//!     fn __repr__(&self) -> Result<StrBuf, Exc> { ... }
//! }
//!
//! #[mp_exception(base = ValueError)]
//! pub struct SensorError(pub &'static str);
//! ```
//!
//! The stages mirror the module's: [`parse`] reads the marked struct and impl (and strips
//! the helper attributes `#[new]`, `#[getter]`, ...), [`validate`] checks them into a
//! [`Class`] whose methods are ordinary [`crate::validate::Function`]s (the same
//! argument conversions, `signature = (...)` and checks as `#[mp_function]`), and
//! [`expand`] writes the ROM type record and tables. Each method becomes a small
//! *synthetic* function `__mp_<Class>_<method>(__mp_self: Obj, args...)` that borrows the
//! instance and calls the method; the module's own function expansion then gives it a
//! `NativeFn` and a thunk, so there is one argument-binding path for functions and methods.

pub mod expand;
pub mod parse;
pub mod validate;

pub use parse::{ClassInput, ExceptionInput, MethodsInput};
pub use validate::{Class, Exception};
