//! `#[mp_module]`, `#[mp_function]`, `#[mp_const]`, `#[mp_class]`/`#[mp_methods]`,
//! `#[mp_exception]`: Rust functions, constants, structs and error types as a Python
//! module whose tables are const data in flash (MicroPython's
//! `MP_DEFINE_CONST_FUN_OBJ_*`, `MP_DEFINE_CONST_DICT` and `MP_REGISTER_MODULE`).
//!
//! ```ignore
//! use runtime::{mp_const, mp_function, mp_module};
//!
//! /// Module docs (become `__doc__`).
//! #[mp_module] // or #[mp_module(name = "py_name")]
//! pub mod myport {
//!     use super::*;
//!     /// Print information about this port.
//!     #[mp_function] // or #[mp_function(name = "py_name")]
//!     fn info() {
//!         runtime::mp_print!("info about my port\n");
//!     }
//!     #[mp_function]
//!     fn add(a: i32, b: Option<i32>) -> i32 {
//!         a + b.unwrap_or(1)
//!     }
//!     /// Keyword arguments and defaults: Python parameter syntax, as PyO3's attribute.
//!     #[mp_function(signature = (a, b=1, *, scale=1))]
//!     fn scaled(a: i64, b: i64, scale: i64) -> i64 {
//!         (a + b) * scale
//!     }
//!     #[mp_const]
//!     const ANSWER: i32 = 42;
//!     #[mp_const]
//!     const LIMITS: (u64, f32, &[u8]) = (u64::MAX, 0.5, b"\x00\x01");
//!
//!     /// Buffers, floats, tuples; a float default; errors as exceptions.
//!     #[mp_function(signature = (data, out, gain=1.5))]
//!     fn process(data: &[u8], out: &[Cell<u8>], gain: f32) -> Result<(usize, f32), OsError> {
//!         if out.len() < data.len() {
//!             return Err(OsError(errno::EINVAL)); // OSError: [Errno 22] EINVAL
//!         }
//!         ...
//!     }
//!
//!     /// Runs once, on the first `import myport`.
//!     #[mp_function]
//!     fn __init__() {}
//!
//!     /// Answers for attributes the module does not have.
//!     #[mp_function]
//!     fn __getattr__(name: &str) -> Result<Obj, Exc> { ... }
//!
//!     /// A submodule: `import myport.sub`, `myport.sub.x`.
//!     #[mp_module]
//!     pub mod sub {
//!         use super::*;
//!         #[mp_const]
//!         const X: i32 = 1;
//!     }
//! }
//! ```
//!
//! Conversions are `runtime::convert`'s `FromObj` (arguments) and `IntoResult` (results);
//! its header has the table of types and the messages each raises. A parameter whose type
//! has no `FromObj` is a compile error at the type (`unsupported argument type`), a result
//! whose type has no `IntoResult` a compile error at the return type. An author's error
//! type raises through `impl From<MyError> for runtime::Exc`.
//!
//! Classes and exceptions (see `class/mod.rs` and docs/ARCHITECTURE.md, "Native classes"):
//!
//! ```ignore
//! #[mp_module]
//! pub mod example {
//!     use super::*;
//!
//!     /// Raised for a bad reading; a `ValueError` (default base: `Exception`).
//!     #[mp_exception(base = ValueError)]
//!     pub struct SensorError(pub &'static str); // or a unit struct: no arguments
//!
//!     /// A counter (the docs become `Counter.__doc__`).
//!     #[mp_class] // or #[mp_class(name = "PyName")]
//!     pub struct Counter { value: i64, step: i64 }
//!
//!     #[mp_methods] // one impl per class; its #[mp_function]s are the methods
//!     impl Counter {
//!         #[mp_const]
//!         const LIMIT: i64 = 1000;
//!         #[new] // -> Self or -> Result<Self, E>
//!         #[mp_function(signature = (start=0, step=1))]
//!         fn new(start: i64, step: i64) -> Result<Self, SensorError> { ... }
//!         #[mp_function] // &mut self: exclusive borrow, checked at run time
//!         fn incr(&mut self) -> i64 { ... }
//!         #[getter]
//!         #[mp_function]
//!         fn value(&self) -> i64 { self.value }
//!         #[setter] // Python name: `name = ...`, else the fn name without `set_`
//!         #[mp_function]
//!         fn set_value(&mut self, value: i64) { self.value = value }
//!         #[staticmethod]
//!         #[mp_function]
//!         fn zero() -> Counter { ... } // a returned struct becomes a new instance
//!         #[classmethod]
//!         #[mp_function]
//!         fn of(cls: Obj, n: i64) -> Result<Obj, Exc> { ... }
//!         #[mp_function] // special methods: checked signatures
//!         fn __repr__(&self) -> Result<StrBuf, Exc> { ... }
//!         #[mp_function] // `slf: Obj`: the object itself, unborrowed
//!         fn __enter__(slf: Obj) -> Obj { slf }
//!     }
//! }
//! ```
//!
//! Inside the module, `#[mp_function]` and `#[mp_const]` must be in scope (`use super::*;`
//! as above): `#[mp_module]` registers the items, then rewrites their attribute to
//! `#[mp_function(__mp_marker)]`, which expands to the item unchanged. Keeping the
//! attribute (rather than removing it) keeps the user's imports of it used.
//!
//! The entries are thin: each macro runs `parse` → `validate` (with `signature` for
//! `signature = (...)`) → `expand`, plain functions over `proc_macro2` tokens that unit
//! tests call directly. Errors are collected in a `ctxt::Ctxt`, each with its span; when
//! there is any, the output is the errors plus the module as written (no tables, so no
//! cascade of secondary errors).
//!
//! Architecture invariant: this crate does not depend on `runtime`. The code it writes
//! names only `::runtime::__private`, `::runtime::qstr!` and `::runtime::__mp_doc!`, and
//! checks `__private::VERSION` at compile time.

#![forbid(unsafe_code)]

mod class;
mod ctxt;
mod expand;
mod parse;
mod signature;
mod suggest;
mod validate;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2, TokenTree};
use quote::{quote, ToTokens};

use ctxt::{to_compile_errors, Ctxt};
use parse::{AttrKind, MARKER};

/// Makes an inline `mod` a Python module: its `#[mp_function]`s and `#[mp_const]`s become
/// entries of a ROM dict, and `pub static __MP_MODULE` is what the board's module table
/// (generated by `qstrgen`) points at. `#[mp_module(name = "...")]` sets the Python name;
/// `///` docs become `__doc__`. An `#[mp_module] mod sub` nested inside is a submodule:
/// the attribute `sub`, imported as `import parent.sub`, named `parent.sub` (not a
/// top-level module). An `#[mp_function] fn __init__()` runs on the first import; an
/// `#[mp_function] fn __getattr__(name: &str)` answers for missing attributes.
#[proc_macro_attribute]
pub fn mp_module(args: TokenStream, input: TokenStream) -> TokenStream {
    module(args.into(), input.into()).into()
}

/// Marks a `fn` inside an `#[mp_module]` as a Python function. `#[mp_function(name =
/// "...")]` sets the Python name. Arguments convert with `FromObj` (integers of every
/// width, range-checked; `f32`/`f64` on boards with floats; `bool`; `&str`; `&[u8]` from
/// any buffer; `&[Cell<u8>]` from a writable one; tuples of up to 4; `Obj`; `Option` of
/// these, `None` giving `Option::None`), the result with `IntoResult` (the same types, `()`
/// and `Result<T, E>` with `E: Into<Exc>`, whose `Err` raises).
///
/// Without a signature the function takes positional arguments only (trailing `Option`s
/// may be left out) and keyword arguments raise `TypeError`. `#[mp_function(signature =
/// (pin, /, value=None, *args, pull=0, **opts))]` gives it Python's parameter list: its
/// names are the Rust parameters' names, in order; `/` ends the positional-only ones and
/// `*` (or `*args`) starts the keyword-only ones; defaults are integer literals, `None`,
/// `True`, `False`, float or string literals; `*args` and `**kwargs` are `Obj` parameters (the
/// tuple and the dict). It expands to a const `ArgSpec` bound by the runtime's shared
/// `parse_args`, not to per-function parsing code.
#[proc_macro_attribute]
pub fn mp_function(args: TokenStream, input: TokenStream) -> TokenStream {
    mark(AttrKind::Function, args.into(), input.into()).into()
}

/// Marks a `const` inside an `#[mp_module]` as a Python constant, a ROM object: integers
/// of every width (a ROM long int past the small ints on boards with long ints), `f32` /
/// `f64`, `bool`, `&str`, `&[u8]` and tuples of these. `#[mp_const(name = "...")]` sets the
/// Python name.
#[proc_macro_attribute]
pub fn mp_const(args: TokenStream, input: TokenStream) -> TokenStream {
    mark(AttrKind::Const, args.into(), input.into()).into()
}

/// Marks a `struct` inside an `#[mp_module]` as a Python class (`#[mp_class(name =
/// "...")]` sets the Python name): a ROM type whose instances hold the struct in the GC
/// heap. Its methods are the `#[mp_function]`s of one `#[mp_methods] impl` of it: `&self`
/// and `&mut self` methods (borrows checked at run time: a conflict is `RuntimeError`),
/// `slf: Obj` methods (the object itself), `#[new]` (the constructor, `-> Self` or `->
/// Result<Self, E>`), `#[getter]` / `#[setter]`, `#[staticmethod]`, `#[classmethod]`
/// (`cls: Obj` first), special methods (`__repr__`, `__len__`, `__getitem__`, `__next__`,
/// `__add__`, `__eq__`, `__hash__`, `__call__`, `__enter__`...: the supported ones, with
/// checked signatures), and `#[mp_const]` class constants. Subclassable from Python.
/// The struct must not need `Drop`; its `Obj` fields are kept alive by the GC.
#[proc_macro_attribute]
pub fn mp_class(args: TokenStream, input: TokenStream) -> TokenStream {
    mark(AttrKind::Class, args.into(), input.into()).into()
}

/// Marks the `impl` of an `#[mp_class]` struct whose `#[mp_function]`s are its methods
/// (see [`macro@mp_class`]).
#[proc_macro_attribute]
pub fn mp_methods(args: TokenStream, input: TokenStream) -> TokenStream {
    mark(AttrKind::Methods, args.into(), input.into()).into()
}

/// Marks a `struct` inside an `#[mp_module]` as a Python exception type deriving from
/// `base` (`#[mp_exception(base = ValueError)]`; default `Exception`; a built-in
/// exception or another `#[mp_exception]` of the module). A unit struct raises without
/// arguments, a tuple struct with one field raises with that value as its argument: a
/// function returning `Result<T, E>` raises it with `Err(E(...))`. `E::type_object()` is
/// the Python type.
#[proc_macro_attribute]
pub fn mp_exception(args: TokenStream, input: TokenStream) -> TokenStream {
    mark(AttrKind::Exception, args.into(), input.into()).into()
}

/// The backend of `#[mp_module]`.
fn module(args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    if is_marker(&args) {
        return input;
    }
    let cx = Ctxt::new();
    let parsed = parse::parse_module(args, input.clone(), &cx);
    let model = parsed.as_ref().map(|p| validate::validate(p, &cx));
    match cx.check() {
        Ok(()) => {
            let (parsed, model) = (parsed.expect("no error"), model.expect("no error"));
            expand::expand(&model, parsed.module)
        }
        Err(errors) => {
            let mut out = to_compile_errors(errors);
            // The module as written (its marks rewritten, so that they stay quiet, and its
            // submodules passed through: their tables would name this module's name).
            out.extend(parsed.map_or(input, |mut p| {
                parse::quiet_submodules(&mut p.module);
                p.module.into_token_stream()
            }));
            out
        }
    }
}

/// Whether an attribute's arguments are the marker `#[mp_module]` leaves on what it has
/// handled.
fn is_marker(args: &TokenStream2) -> bool {
    let mut tokens = args.clone().into_iter();
    matches!((tokens.next(), tokens.next()), (Some(TokenTree::Ident(i)), None) if i == MARKER)
}

/// The backend of `#[mp_function]` / `#[mp_const]`: in a module the mark has been
/// rewritten to `#[mp_function(__mp_marker)]` and the item passes through; anywhere else
/// it is an error.
fn mark(kind: AttrKind, args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    if is_marker(&args) {
        return input;
    }
    let msg = format!("#[{}] must be inside an #[mp_module] mod", kind.name());
    let error = syn::Error::new(Span::call_site(), msg).to_compile_error();
    quote!(#error #input)
}
