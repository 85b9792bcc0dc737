//! Functions: native functions in ROM (`NativeFn`, what `#[mp_function]` emits, and
//! `NativeKwFn`, which takes its keywords raw), bytecode functions (`FunObj`), and bound
//! methods.

use super::code::Code;
use super::repr::{ObjBase, PyObj};
use super::{exc, Args, Obj, Type};
use crate::gc;
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

/// A const argument spec (what `#[mp_function(signature = (...))]` emits): parsed by
/// [`parse_args`], shared code, not per-function code.
pub struct ArgSpec {
    /// Every named parameter: the first `n_pos` may be given positionally, the rest are
    /// keyword-only.
    pub names: &'static [Qstr],
    /// A default per named parameter; `Obj::NULL` marks a required one.
    pub defaults: &'static [Obj],
    pub n_pos: u8,
    /// Extra positional arguments are collected as a tuple (the slot after the names).
    pub varargs: bool,
    /// Extra keyword arguments are collected as a dict (the last slot).
    pub varkw: bool,
}

impl ArgSpec {
    /// Slots `parse_args` fills: the names, then `*args`, then `**kwargs`.
    pub const fn n_slots(&self) -> usize {
        self.names.len() + self.varargs as usize + self.varkw as usize
    }
}

/// Most slots a spec may have (the thunk's argument array lives on the stack).
pub const MAX_SPEC_SLOTS: usize = 16;

/// Bind `args` to `spec` into `out` (at least `spec.n_slots()` long), with CPython's
/// rules and the messages of MicroPython's `mp_arg_parse_all`: positional-only parameters
/// (unnamed) missing are `function missing N required positional arguments`, a named one
/// `'x' argument required`; then `extra positional arguments given` and `extra keyword
/// arguments given` (also for a keyword naming a parameter given positionally).
///
/// # Errors
/// `TypeError` for a wrong call; `MemoryError` collecting `*args`/`**kwargs`.
pub fn parse_args(spec: &ArgSpec, args: Args<'_>, out: &mut [Obj]) -> Result<(), Exc> {
    let n_names = spec.names.len();
    let n_pos = spec.n_pos as usize;
    if out.len() < spec.n_slots() {
        return Err(exc::type_error(msg!("too many parameters")));
    }
    for o in out.iter_mut() {
        *o = Obj::NULL;
    }
    let given = args.pos.len();
    let required_unnamed = (0..n_pos)
        .take_while(|&i| spec.names[i] == qstr!("") && spec.defaults.get(i).is_none_or(|d| d.is_null()))
        .count();
    if given < required_unnamed {
        return Err(exc::missing_args(required_unnamed - given));
    }
    let n = given.min(n_pos);
    out[..n].copy_from_slice(&args.pos[..n]);
    if spec.varargs {
        out[n_names] = super::tuple::new(args.pos.get(n_pos..).unwrap_or(&[]))?;
    }
    let kwdict = if spec.varkw { super::dict::new()? } else { Obj::NULL };
    let mut extra_kw = false;
    for (k, v) in args.kw_pairs() {
        match spec.names.iter().position(|&q| q != qstr!("") && (Obj::from_qstr(q) == k || super::str::eq_qstr(k, q))) {
            Some(i) if out[i].is_null() => out[i] = v,
            Some(_) => extra_kw = true,
            None => match kwdict.downcast::<super::dict::DictObj>() {
                Some(d) => d.set(k, v)?,
                None => extra_kw = true,
            },
        }
    }
    for (i, slot) in out.iter_mut().enumerate().take(n_names) {
        if slot.is_null() {
            let d = spec.defaults.get(i).copied().unwrap_or(Obj::NULL);
            if d.is_null() {
                return Err(exc::new_msg_fmt(
                    &exc::TYPE_ERROR,
                    msg!("'{}' argument required"),
                    &[spec.names[i].as_str()],
                ));
            }
            *slot = d;
        }
    }
    if given > n_pos && !spec.varargs {
        return Err(exc::type_error(msg!("extra positional arguments given")));
    }
    if extra_kw {
        return Err(extra_keywords());
    }
    if spec.varkw {
        out[n_names + spec.varargs as usize] = kwdict;
    }
    Ok(())
}

/// `TypeError: extra keyword arguments given` (MicroPython's, for a native function).
#[cold]
pub fn extra_keywords() -> Exc {
    exc::type_error(msg!("extra keyword arguments given"))
}

/// A native function type's `function` type record, its `PyObj` impl and `with_doc`: the
/// three kinds ([`NativeFn`], [`NativeSpecFn`], [`NativeKwFn`]) differ in layout and call
/// slot only.
macro_rules! native_fn_type {
    ($t:ident, $type_static:ident, $call:ident) => {
        // SAFETY: `#[repr(C)]`, `ObjBase` first; only `$type_static` objects are `$t`s.
        unsafe impl PyObj for $t {
            const TYPE: Option<&'static Type> = Some(&$type_static);
            fn has_layout(ty: &'static Type) -> bool {
                core::ptr::eq(ty, &$type_static)
            }
        }

        /// `function` to Python, as MicroPython's several native function types are.
        pub static $type_static: Type = Type {
            name: qstr!("function"),
            print: Some(fun_print),
            attr: Some(fun_attr),
            ext: Some(&TypeExt { call: Some($call), ..TypeExt::EMPTY }),
            ..Type::EMPTY
        };

        impl $t {
            /// The function with its `///` text as `__doc__` (dropped without `doc_strings`).
            #[cfg(mp_feature = "doc_strings")]
            pub const fn with_doc(mut self, doc: Option<&'static str>) -> $t {
                self.doc = doc;
                self
            }

            /// The function with its `///` text as `__doc__` (dropped without `doc_strings`).
            #[cfg(not(mp_feature = "doc_strings"))]
            pub const fn with_doc(self, _doc: Option<&'static str>) -> $t {
                self
            }
        }
    };
}

/// A native function: a converting thunk plus its argument shape. Argument checking is
/// this shared code, not per-function code.
#[repr(C)]
pub struct NativeFn {
    pub base: ObjBase,
    pub name: Qstr,
    pub min_args: u8,
    /// `u8::MAX`: any number.
    pub max_args: u8,
    /// The `///` text, kept only with `doc_strings` (8 bytes of flash a function else).
    #[cfg(mp_feature = "doc_strings")]
    pub doc: Option<&'static str>,
    /// Positional only, count-checked against `min_args..=max_args`.
    pub f: fn(&[Obj]) -> Result<Obj, Exc>,
}

/// A native function with a signature (`#[mp_function]` with `signature = (...)`,
/// `str.split`, `list.sort`): the arguments bound by its `ArgSpec` in shared code, `f`
/// getting every parameter of the spec in order (defaults filled in, `*args` as a tuple
/// and `**kwargs` as a dict in the last slots). A type of its own, so that plain
/// `NativeFn`s carry no spec field (12 bytes of ROM each, this 16).
#[repr(C)]
pub struct NativeSpecFn {
    pub base: ObjBase,
    pub name: Qstr,
    #[cfg(mp_feature = "doc_strings")]
    pub doc: Option<&'static str>,
    pub f: fn(&[Obj]) -> Result<Obj, Exc>,
    pub spec: &'static ArgSpec,
}

impl NativeSpecFn {
    pub const fn new(name: Qstr, spec: &'static ArgSpec, f: fn(&[Obj]) -> Result<Obj, Exc>) -> NativeSpecFn {
        NativeSpecFn {
            base: ObjBase::new(&NATIVE_SPEC_FN_TYPE),
            name,
            #[cfg(mp_feature = "doc_strings")]
            doc: None,
            f,
            spec,
        }
    }
}

native_fn_type!(NativeSpecFn, NATIVE_SPEC_FN_TYPE, native_spec_call);

fn native_spec_call(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let Some(n) = f.downcast::<NativeSpecFn>() else { return Err(exc::type_error(msg!("not a function"))) };
    let mut slots = [Obj::NULL; MAX_SPEC_SLOTS];
    let k = n.spec.n_slots().min(MAX_SPEC_SLOTS);
    parse_args(n.spec, args, &mut slots[..k])?;
    (n.f)(&slots[..k])
}

/// A native function that takes its positional and keyword arguments as given (`print`,
/// `min`, `dict.update`): a type of its own, as `NativeSpecFn`, so that no kind of native
/// function carries a tag saying which it is (12 bytes of ROM).
#[repr(C)]
pub struct NativeKwFn {
    pub base: ObjBase,
    pub name: Qstr,
    #[cfg(mp_feature = "doc_strings")]
    pub doc: Option<&'static str>,
    pub f: fn(Args<'_>) -> Result<Obj, Exc>,
}

impl NativeKwFn {
    pub const fn new(name: Qstr, f: fn(Args<'_>) -> Result<Obj, Exc>) -> NativeKwFn {
        NativeKwFn {
            base: ObjBase::new(&NATIVE_KW_FN_TYPE),
            name,
            #[cfg(mp_feature = "doc_strings")]
            doc: None,
            f,
        }
    }
}

native_fn_type!(NativeKwFn, NATIVE_KW_FN_TYPE, native_kw_call);

fn native_kw_call(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    match f.downcast::<NativeKwFn>() {
        Some(n) => (n.f)(args),
        None => Err(exc::type_error(msg!("not a function"))),
    }
}

impl NativeFn {
    pub const VARARGS: u8 = u8::MAX;

    /// Positional arguments, `min_args..=max_args` of them; keywords are refused.
    pub const fn new(name: Qstr, min_args: u8, max_args: u8, f: fn(&[Obj]) -> Result<Obj, Exc>) -> NativeFn {
        NativeFn {
            base: ObjBase::new(&NATIVE_FN_TYPE),
            name,
            min_args,
            max_args,
            #[cfg(mp_feature = "doc_strings")]
            doc: None,
            f,
        }
    }
}

native_fn_type!(NativeFn, NATIVE_FN_TYPE, native_call);

fn native_call(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let Some(n) = f.downcast::<NativeFn>() else { return Err(exc::type_error(msg!("not a function"))) };
    let f = n.f;
    let args = args.no_kw()?;
    let given = args.len();
    if given < n.min_args as usize || (n.max_args != NativeFn::VARARGS && given > n.max_args as usize) {
        if n.min_args == n.max_args {
            return Err(exc::arg_count(n.min_args as usize, given));
        }
        if given < n.min_args as usize {
            return Err(exc::missing_args(n.min_args as usize - given));
        }
        return Err(exc::at_most_args(n.max_args as usize, given));
    }
    f(args)
}

/// A function defined in Python: four words, one GC block, for the common function
/// without defaults or free variables; those go in a [`FunExtra`] of their own.
#[repr(C)]
pub struct FunObj {
    pub base: ObjBase,
    pub code: &'static Code,
    /// The defining module's globals (a dict).
    pub globals: Obj,
    pub extra: Option<&'static FunExtra>,
}

/// What only some functions have.
pub struct FunExtra {
    /// Default values of the last positional parameters (a tuple), or NULL.
    pub defaults: Obj,
    /// Defaults of keyword-only parameters (a dict), or NULL.
    pub kw_defaults: Obj,
    /// Free cells (a tuple of cells), or NULL.
    pub closure: Obj,
}

impl FunObj {
    /// Default values of the last positional parameters (a tuple), or NULL.
    #[inline]
    pub fn defaults(&self) -> Obj {
        self.extra.map_or(Obj::NULL, |e| e.defaults)
    }

    /// Defaults of keyword-only parameters (a dict), or NULL.
    #[inline]
    pub fn kw_defaults(&self) -> Obj {
        self.extra.map_or(Obj::NULL, |e| e.kw_defaults)
    }

    /// Free cells (a tuple of cells), or NULL.
    #[inline]
    pub fn closure(&self) -> Obj {
        self.extra.map_or(Obj::NULL, |e| e.closure)
    }
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `FUN_TYPE` objects are `FunObj`s.
unsafe impl PyObj for FunObj {
    const TYPE: Option<&'static Type> = Some(&FUN_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &FUN_TYPE)
    }
}

pub static FUN_TYPE: Type = Type {
    name: qstr!("function"),
    print: Some(fun_print),
    attr: Some(fun_attr),
    ext: Some(&TypeExt { call: Some(crate::vm::call_fun), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// A new Python function.
///
/// # Errors
/// `MemoryError`.
pub fn new_fun(code: &'static Code, globals: Obj, defaults: Obj, kw_defaults: Obj, closure: Obj) -> Result<Obj, Exc> {
    let extra = if defaults.is_null() && kw_defaults.is_null() && closure.is_null() {
        None
    } else {
        Some(gc::new(FunExtra { defaults, kw_defaults, closure })?)
    };
    let f = gc::new(FunObj { base: ObjBase::new(&FUN_TYPE), code, globals, extra })?;
    Ok(Obj::from_ref(f))
}

fn fun_name(f: Obj) -> Qstr {
    if let Some(n) = f.downcast::<NativeFn>() {
        n.name
    } else if let Some(n) = f.downcast::<NativeKwFn>() {
        n.name
    } else if let Some(n) = f.downcast::<NativeSpecFn>() {
        n.name
    } else if let Some(p) = f.downcast::<FunObj>() {
        p.code.name
    } else {
        qstr!("")
    }
}

/// MicroPython's reprs: `<function f at 0x...>` for a Python function, `<generator>` for a
/// generator function, `<function>` for a native one (`len`, `str.upper`).
fn fun_print(f: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(p) = f.downcast::<FunObj>() else { return out.write(b"<function>") };
    if p.code.flags & super::code::flags::GENERATOR != 0 {
        return out.write(b"<generator>");
    }
    out.write(b"<function ")?;
    out.write_str(p.code.name.as_str())?;
    out.write(b" at 0x")?;
    crate::print::print_int_radix(out, f.addr() as i64, 16, "")?;
    out.write(b">")
}

fn fun_attr(f: Obj, name: Qstr) -> Result<Obj, Exc> {
    if name == qstr!("__name__") {
        return Ok(Obj::from_qstr(fun_name(f)));
    }
    if name == qstr!("__globals__") {
        return Ok(f.downcast::<FunObj>().map_or(Obj::NULL, |p| p.globals));
    }
    if name == qstr!("__doc__") {
        if let Some(p) = f.downcast::<FunObj>() {
            let doc = p.code.flags & super::code::flags::DOC != 0;
            return Ok(if doc { p.code.consts().first().copied().unwrap_or(Obj::NONE) } else { Obj::NONE });
        }
        #[cfg(mp_feature = "doc_strings")]
        {
            let doc = if let Some(n) = f.downcast::<NativeFn>() {
                n.doc
            } else if let Some(n) = f.downcast::<NativeKwFn>() {
                n.doc
            } else if let Some(n) = f.downcast::<NativeSpecFn>() {
                n.doc
            } else {
                return Ok(Obj::NULL);
            };
            return doc.map_or(Ok(Obj::NONE), super::str::new_static);
        }
        #[cfg(not(mp_feature = "doc_strings"))]
        if f.downcast::<NativeFn>().is_some()
            || f.downcast::<NativeKwFn>().is_some()
            || f.downcast::<NativeSpecFn>().is_some()
        {
            return Ok(Obj::NONE);
        }
    }
    Ok(Obj::NULL)
}

/// Whether `o` is a function that binds as a method when found on a type.
#[inline]
pub fn is_function(o: Obj) -> bool {
    // Type compares, not `downcast`: no class derives from a function type (`TypeError:
    // type 'function' isn't an acceptable base type`), so there is no instance to see into.
    o.is_ptr() && {
        let t = o.ty();
        core::ptr::eq(t, &NATIVE_FN_TYPE)
            || core::ptr::eq(t, &FUN_TYPE)
            || core::ptr::eq(t, &NATIVE_KW_FN_TYPE)
            || core::ptr::eq(t, &NATIVE_SPEC_FN_TYPE)
    }
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
    const TYPE: Option<&'static Type> = Some(&BOUND_METHOD_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &BOUND_METHOD_TYPE)
    }
}

pub static BOUND_METHOD_TYPE: Type = Type {
    name: qstr!("bound_method"),
    print: Some(bound_print),
    attr: Some(bound_attr),
    ext: Some(&TypeExt { call: Some(bound_call), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn bound_attr(f: Obj, name: Qstr) -> Result<Obj, Exc> {
    let Some(b) = f.downcast::<BoundMethod>() else { return Ok(Obj::NULL) };
    Ok(match name {
        n if n == qstr!("__self__") => b.self_,
        n if n == qstr!("__func__") => b.meth,
        _ => super::lookup_attr(b.meth, name)?,
    })
}

/// `meth` bound to `self_`.
///
/// # Errors
/// `MemoryError`.
pub fn new_bound(meth: Obj, self_: Obj) -> Result<Obj, Exc> {
    let b = gc::new(BoundMethod { base: ObjBase::new(&BOUND_METHOD_TYPE), meth, self_ })?;
    Ok(Obj::from_ref(b))
}

fn bound_call(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let Some(b) = f.downcast::<BoundMethod>() else { return Err(exc::type_error(msg!("not a method"))) };
    super::call_method(b.meth, b.self_, args)
}

fn bound_print(f: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(b) = f.downcast::<BoundMethod>() else { return Ok(()) };
    out.write(b"<bound_method ")?;
    crate::print::print_int_radix(out, f.addr() as i64, 16, "")?;
    out.write(b" ")?;
    super::print(b.self_, out, PrintKind::Repr)?;
    out.write(b".")?;
    super::print(b.meth, out, PrintKind::Repr)?;
    out.write(b">")
}
