//! Functions: native functions in ROM (`NativeFn`, what `#[mp_function]` emits),
//! bytecode functions (`FunObj`), and bound methods.

use super::code::Code;
use super::repr::{ObjBase, PyObj};
use super::{exc, Obj, Type};
use crate::gc;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

/// A native function: a converting thunk plus a const argument spec. Argument-count
/// checking is this shared code, not per-function code.
#[repr(C)]
pub struct NativeFn {
    pub base: ObjBase,
    pub name: Qstr,
    pub min_args: u8,
    /// `u8::MAX`: any number.
    pub max_args: u8,
    pub doc: Option<&'static str>,
    pub f: fn(&[Obj]) -> Result<Obj, Exc>,
}

impl NativeFn {
    pub const VARARGS: u8 = u8::MAX;

    pub const fn new(name: Qstr, min_args: u8, max_args: u8, f: fn(&[Obj]) -> Result<Obj, Exc>) -> NativeFn {
        NativeFn { base: ObjBase::new(&NATIVE_FN_TYPE), name, min_args, max_args, doc: None, f }
    }

    pub const fn with_doc(mut self, doc: Option<&'static str>) -> NativeFn {
        self.doc = doc;
        self
    }
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `NATIVE_FN_TYPE` objects are `NativeFn`s.
unsafe impl PyObj for NativeFn {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &NATIVE_FN_TYPE)
    }
}

pub static NATIVE_FN_TYPE: Type = Type {
    name: qstr!("function"),
    print: Some(fun_print),
    call: Some(native_call),
    attr: Some(fun_attr),
    ..Type::EMPTY
};

fn native_call(f: Obj, args: &[Obj]) -> Result<Obj, Exc> {
    let Some(n) = f.downcast::<NativeFn>() else { return Err(exc::type_error("not a function")) };
    let given = args.len();
    if given < n.min_args as usize || (n.max_args != NativeFn::VARARGS && given > n.max_args as usize) {
        if n.min_args == n.max_args {
            return Err(exc::arg_count(n.min_args as usize, given));
        }
        return Err(exc::type_error_fmt("wrong number of arguments to '", n.name.as_str(), "'"));
    }
    (n.f)(args)
}

/// A function defined in Python.
#[repr(C)]
pub struct FunObj {
    pub base: ObjBase,
    pub code: &'static Code,
    /// The defining module's globals (a dict).
    pub globals: Obj,
    /// Default values of the last positional parameters (a tuple), or NULL.
    pub defaults: Obj,
    /// Free cells (a tuple of cells), or NULL.
    pub closure: Obj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `FUN_TYPE` objects are `FunObj`s.
unsafe impl PyObj for FunObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &FUN_TYPE)
    }
}

pub static FUN_TYPE: Type = Type {
    name: qstr!("function"),
    print: Some(fun_print),
    call: Some(crate::vm::call_fun),
    attr: Some(fun_attr),
    ..Type::EMPTY
};

/// A new Python function.
///
/// # Errors
/// `MemoryError`.
pub fn new_fun(code: &'static Code, globals: Obj, defaults: Obj, closure: Obj) -> Result<Obj, Exc> {
    let f = gc::new(FunObj { base: ObjBase::new(&FUN_TYPE), code, globals, defaults, closure })?;
    Ok(Obj::from_ref(f))
}

fn fun_name(f: Obj) -> Qstr {
    if let Some(n) = f.downcast::<NativeFn>() {
        n.name
    } else if let Some(p) = f.downcast::<FunObj>() {
        p.code.name
    } else {
        qstr!("")
    }
}

fn fun_print(f: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<function ")?;
    out.write_str(fun_name(f).as_str())?;
    out.write(b" at 0x")?;
    crate::print::print_int_radix(out, f.addr() as i64, 16, "")?;
    out.write(b">")
}

fn fun_attr(f: Obj, name: Qstr) -> Result<Obj, Exc> {
    if name == qstr!("__name__") {
        return Ok(Obj::from_qstr(fun_name(f)));
    }
    if name == qstr!("__doc__") {
        if let Some(n) = f.downcast::<NativeFn>() {
            return match n.doc {
                Some(d) => super::str::new_static(d),
                None => Ok(Obj::NONE),
            };
        }
    }
    Ok(Obj::NULL)
}

/// Whether `o` is a function that binds as a method when found on a type.
pub fn is_function(o: Obj) -> bool {
    o.downcast::<NativeFn>().is_some() || o.downcast::<FunObj>().is_some()
}

/// A method bound to its instance.
#[repr(C)]
pub struct BoundMethod {
    pub base: ObjBase,
    pub meth: Obj,
    pub self_: Obj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `BOUND_METHOD_TYPE` objects are `BoundMethod`s.
unsafe impl PyObj for BoundMethod {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &BOUND_METHOD_TYPE)
    }
}

pub static BOUND_METHOD_TYPE: Type = Type { name: qstr!("bound_method"), call: Some(bound_call), ..Type::EMPTY };

/// `meth` bound to `self_`.
///
/// # Errors
/// `MemoryError`.
pub fn new_bound(meth: Obj, self_: Obj) -> Result<Obj, Exc> {
    let b = gc::new(BoundMethod { base: ObjBase::new(&BOUND_METHOD_TYPE), meth, self_ })?;
    Ok(Obj::from_ref(b))
}

fn bound_call(f: Obj, args: &[Obj]) -> Result<Obj, Exc> {
    let Some(b) = f.downcast::<BoundMethod>() else { return Err(exc::type_error("not a method")) };
    let mut all: gc::GcVec<Obj> = gc::GcVec::with_capacity(args.len() + 1)?;
    all.push(b.self_)?;
    all.extend_from_slice(args)?;
    super::call(b.meth, &all)
}
